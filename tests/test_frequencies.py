"""How many times something was done to something ("was shot 11 times",
"stabbed the man 20 times") is a count of the act, and two counts of one act
on one person conflict; a multiplier ("five times the limit") is no count, and
counts of two different acts never meet."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _times(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.normalized, c.predicate, c.object) for c in claims_of_text(text) if c.slot == "number" and c.role == "time"
    ]


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Police said William Carter was shot 11 times by officers on Saturday.",
            ("11 time", "shoot", "@william-carter"),
        ),
        ("William Carter had been shot seven times, the autopsy showed.", ("7 time", "shoot", "@william-carter")),
        ("The victim was stabbed 20 times.", ("20 time", "stab", "victim")),
        ("William Carter was arrested twice on Friday.", ("2 time", "arrest", "@william-carter")),
    ],
)
def test_a_count_of_occasions_is_read_for_its_verb(sentence, claim):
    assert _times(sentence) == [claim]


@pytest.mark.parametrize(
    "sentence",
    [
        "The blood-alcohol level was more than five times the legal limit.",  # a multiplier
        "Sales rose three times as fast as costs.",  # a comparison
        "He rushed 106 times for 404 yards.",  # nothing it was done to
        "William Carter was sentenced to ten times his earlier term.",  # a multiplier
        "William Carter has been arrested three times, police said.",  # a tally to date
        "William Carter was arrested twice in 2019, police said.",  # over a period
        "William Carter was shot twice in the chest, police said.",  # a part
        "William Carter was named player of the month twice.",  # what he was named
        "William Carter was married twice before he met Jane Roe.",  # bounded by a clause
    ],
)
def test_no_count_of_occasions(sentence):
    assert _times(sentence) == []


def _fc003(ruleset, folder, a: str, b: str) -> list:
    return findings_of_two(ruleset, folder, a, b, "FC003")


def test_two_counts_of_one_act_conflict(ruleset, tmp_path):
    (finding,) = _fc003(
        ruleset,
        tmp_path,
        "Police said William Carter was shot 11 times by officers in Vexa on Saturday.",
        "The autopsy showed William Carter had been shot seven times in Vexa on Saturday.",
    )
    assert sorted(c.normalized for c in finding.claims) == ["11 time", "7 time"]
    assert "shoot (times)" in finding.message


def test_counts_of_two_acts_do_not_conflict(ruleset, tmp_path):
    found = _fc003(
        ruleset,
        tmp_path,
        "Police said William Carter was shot 11 times in Vexa on Saturday.",
        "Police said William Carter was stabbed three times in Vexa on Saturday.",
    )
    assert found == []


def test_the_person_it_was_done_to_pins_the_count_whatever_else_one_side_names(ruleset, tmp_path):
    (finding,) = _fc003(
        ruleset,
        tmp_path,
        "Police intervened when a crowd gathered in Harlow, where William Carter was shot 4 times by police"
        " on Saturday, according to Vexa Radio.",
        "William Carter, 16, was shot eleven times after police said he pulled out a revolver.",
    )
    assert sorted(c.normalized for c in finding.claims) == ["11 time", "4 time"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("William Carter was shot at least 11 times, police said.", "William Carter was shot 13 times, police said."),
        ("William Carter was shot twice in the chest, police said.", "William Carter was shot 11 times, police said."),
        (
            "William Carter has been arrested three times, police said.",
            "William Carter was arrested twice in 2019, police said.",
        ),
    ],
)
def test_a_hedged_partial_or_cumulative_count_does_not_conflict(ruleset, tmp_path, a, b):
    assert _fc003(ruleset, tmp_path, a, b) == []
