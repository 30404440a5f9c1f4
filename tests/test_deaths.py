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
        # a reported killing is one; dying before the day of one's killing is no death of it
        ("Police said a gunman killed Ana Ruiz on Friday.", "Ana Ruiz died on Tuesday."),
        ("Tom Reyes was killed in 2004.", "Tom Reyes died in 2010."),
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
        # no death: nearly, denied, vowed, threatened
        ("Tom Reyes was nearly killed on Friday.", "Tom Reyes died on Tuesday."),
        ("Tom Reyes almost died on Friday.", "Tom Reyes died on Tuesday."),
        ("Tom Reyes denied killing Ana Ruiz on Friday.", "Ana Ruiz died on Tuesday."),
        ("Ana Ruiz vowed to kill Tom Reyes on Friday.", "Tom Reyes died on Tuesday."),
        ("Ana Ruiz threatened to kill Tom Reyes on Friday.", "Tom Reyes died on Tuesday."),
        # a relative clause's killing, dated by its main clause
        ("The gunman who killed Ana Ruiz was killed by police on Friday.", "Ana Ruiz died on Tuesday."),
        # killed in an attack on one day, died of it days later
        (
            "Ana Ruiz, who was shot on Friday, died in hospital on Sunday.",
            "Ana Ruiz was killed in a shooting on Friday.",
        ),
        (
            "Tom Reyes stabbed Ana Ruiz on Friday. She died in hospital on Sunday.",
            "Tom Reyes killed Ana Ruiz on Friday, police said.",
        ),
    ],
)
def test_one_death_or_two_people_agree(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002") == []
