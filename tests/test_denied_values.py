"""What a denied clause states: not the day, place or figure it gives its own
predicate ("the jobs were not moved to Veltria on Monday" says neither where
nor when they were moved), and not that it did not happen when "until"
bounds it ("were not moved until 2021"). A denial of who or what ("no one
was hurt in the fire on Monday") still states the rest of its clause.
Generic sentences."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _slots(text: str) -> list[tuple[str, str]]:
    return [(c.slot, c.value) for c in claims_of_text(text) if c.slot in ("date", "place", "number")]


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("The Keld plant was not closed on Monday.", "The Keld plant was closed on Tuesday.", "FC002"),
        ("Acme did not move the jobs to Veltria.", "Acme moved the jobs to Marenia.", "FC007"),
        ("Acme did not move 200 jobs to Veltria.", "Acme moved 300 jobs to Veltria.", "FC003"),
    ],
)
def test_a_denied_clause_gives_no_value_to_compare(ruleset, tmp_path, a, b, rule):
    assert findings_of_two(ruleset, tmp_path, a, b, rule) == []
    assert _slots(a) == []


def test_a_denial_of_who_or_what_states_the_rest_of_its_clause():
    assert ("date", "Monday") in _slots("No one was hurt in the fire at the Keld plant on Monday.")
    assert ("number", "No one") in _slots("No one was killed in the crash.")
    # the day of an event noun is stated whatever the clause denies
    assert ("date", "Monday") in _slots("Tom Reyes was not hurt in Monday's fire.")


def test_a_denial_bounded_by_until_tells_that_it_happened(ruleset, tmp_path):
    b = "The jobs were moved to Veltria in 2021."
    assert findings_of_two(ruleset, tmp_path, "The jobs were not moved to Veltria until 2021.", b, "FC004") == []
    a = "Tom Reyes did not leave the building until police arrived."
    assert findings_of_two(ruleset, tmp_path, a, "Tom Reyes left the building.", "FC004") == []
    # a plain denial still answers the act
    assert (
        len(
            findings_of_two(
                ruleset, tmp_path, "Tom Reyes did not leave the building.", "Tom Reyes left the building.", "FC004"
            )
        )
        == 1
    )
