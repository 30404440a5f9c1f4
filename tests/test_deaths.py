"""One death, however told: "Ana Ruiz died", "passed away", "was killed", "a
gunman killed Ana Ruiz" are all her death, dated and placed once. Two days or
two places for it conflict; the killer is not the one who died."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes died on Tuesday in Northvale.",
        "Tom Reyes passed away on Tuesday in Northvale.",
        "Tom Reyes was killed on Tuesday in Northvale.",
        "Tom Reyes was murdered on Tuesday in Northvale.",
        "The gunman killed Tom Reyes on Tuesday.",
    ],
)
def test_a_death_is_dated_as_the_dead_persons(text):
    dates = [c for c in claims_of_text(text) if c.slot == "date" and c.role == "once"]
    assert dates, [(c.slot, c.role, c.value) for c in claims_of_text(text)]
    assert {(c.noun, c.subject, c.object) for c in dates} == {("die", "@tom-reyes", None)}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Reyes was killed on Friday when he knocked on the door.", "Tom Reyes died on Tuesday in Northvale."),
        ("Tom Reyes was murdered on Friday at his home.", "Tom Reyes passed away on Tuesday at his home."),
    ],
)
def test_two_days_of_one_death_conflict(ruleset, tmp_path, a, b):
    found = findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002")
    assert len(found) == 1 and found[0].label == "contradiction"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one day
        ("Tom Reyes was killed on Friday when he knocked on the door.", "Tom Reyes died on Friday in Northvale."),
        # two people
        ("Tom Reyes was killed on Friday when he knocked on the door.", "Ana Ruiz died on Tuesday in Northvale."),
        # the killer's other acts are no death of his
        ("Tom Reyes killed a deer on Friday.", "Tom Reyes died on Tuesday in Northvale."),
    ],
)
def test_one_death_or_two_people_agree(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002") == []
