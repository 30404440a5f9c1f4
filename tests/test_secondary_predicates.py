"""A verdict verb's adjective complement is a state claimed of its object:
"was found not guilty", "is presumed dead", "declared William Carter dead".
The polarity is the adjective's, and the state is the object's, never the
judge's."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _states(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.predicate, c.polarity, c.subject) for c in claims_of_text(text) if c.slot == "polarity" and c.role == "state"
    ]


@pytest.mark.parametrize(
    ("sentence", "state"),
    [
        ("William Carter was found guilty of fraud on Thursday.", ("guilty", "positive", "@william-carter")),
        ("William Carter was found not guilty of fraud on Thursday.", ("guilty", "negative", "@william-carter")),
        ("William Carter is presumed dead after the fall.", ("dead", "positive", "@william-carter")),
        ("The coroner declared William Carter dead.", ("dead", "positive", "@william-carter")),
    ],
)
def test_the_adjective_of_a_verdict_is_a_state_of_its_object(sentence, state):
    assert state in _states(sentence)


def test_an_adjective_after_another_verb_is_no_state():
    assert _states("William Carter left the court angry.") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "William Carter was found guilty of fraud by a Harlow jury on Thursday.",
            "William Carter was found not guilty of fraud by a Harlow jury on Thursday.",
        ),
        (
            "William Carter is presumed dead, the Vexa mountain rescue service said.",
            "William Carter is presumed alive, the Vexa mountain rescue service said.",
        ),
    ],
)
def test_two_verdicts_on_one_person_disagree(ruleset, tmp_path, a, b):
    (finding,) = findings_of_two(ruleset, tmp_path, a, b, "FC004")
    assert {c.article for c in finding.claims} == {"a", "b"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a presumption and a later finding are two steps of a story
        (
            "William Carter was presumed dead after the avalanche, the Vexa rescue service said.",
            "William Carter was found alive on Friday, the Vexa rescue service said.",
        ),
        # a trial and an appeal years later are two verdicts
        (
            "William Carter was found guilty of fraud in 2019.",
            "William Carter was found not guilty of fraud on appeal in 2023.",
        ),
    ],
)
def test_two_verdicts_of_two_steps_do_not_conflict(ruleset, tmp_path, a, b):
    found = findings_of_two(ruleset, tmp_path, a, b, "FC004")
    assert [f for f in found if f.label == "contradiction"] == []


def test_a_state_given_another_subject_by_the_parse_is_no_claim():
    # the parser may hang "pronounced" on "Doctors": the doctors are not dead
    assert [s for s in _states("Doctors pronounced Maria Lindqvist dead at the scene.") if s[2] == "doctor"] == []
