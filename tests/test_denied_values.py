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


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a figure the sentence takes as given is stated, denied clause or not
        ("The 300 residents of Osk were not evacuated.", "All 500 residents of Osk were evacuated."),
        ("Orvik did not sell its 40 percent stake in Keld Mining.", "Orvik sold its 25 percent stake in Keld Mining."),
    ],
)
def test_a_given_figure_of_a_denied_clause_is_stated(ruleset, tmp_path, a, b):
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC003")) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "until" that ends what the verb starts or keeps; "until further notice"; "the till"
        (
            "The Brisa club did not extend Ana Ruiz's contract until 2028.",
            "The Brisa club extended Ana Ruiz's contract until 2028.",
        ),
        (
            "Police did not close the Osk bridge until further notice.",
            "Police closed the Osk bridge until further notice.",
        ),
        ("Tom Reyes did not empty the till.", "Tom Reyes emptied the till."),
    ],
)
def test_an_until_that_does_not_bound_the_denial_keeps_it(ruleset, tmp_path, a, b):
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC004")) == 1
