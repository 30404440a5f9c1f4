"""Two dates of events of one kind that the words of their nouns tell apart
("the opening ceremony" / "the closing ceremony") are only a possible conflict
(info): they may be two events, or one worded two ways ("a gun attack" / "a
shooting"). factcheck.engine.align.events_told_apart,
factcheck.engine.claims._event_qualifiers. Invented sentences, run through the
shipped pipeline."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of

TWO_EVENTS = [
    (
        "The opening ceremony of the Westshire games will be held on July 3.",
        "The closing ceremony of the Westshire games will be held on July 13.",
    ),
    ("A hearing on bail for Tom Reyes was held on March 3.", "A hearing on the plea of Tom Reyes was held on March 5."),
    (
        "A budget vote in the Northvale council was held on March 3.",
        "A confidence vote in the Northvale council was held on March 5.",
    ),
    (
        "The trial of Tom Reyes for fraud will be held on March 3.",
        "The trial of Tom Reyes for assault will be held on March 10.",
    ),
    (
        "An auction of old stamps was held in Northvale on March 3.",
        "An auction of vintage cars was held in Northvale on March 5.",
    ),
    ("An award ceremony for Ana Ruiz was held on March 3.", "A wedding ceremony for Ana Ruiz was held on March 5."),
    (
        "Local elections will be held in Westshire on May 4.",
        "A general election will be held in Westshire on October 12.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_EVENTS)
def test_two_events_of_one_kind_told_apart_by_their_words_are_only_possible(ruleset, tmp_path, a, b):
    assert [c for c in claims_of_text(a, published="2025-02-24") if c.slot == "date"]
    assert [c for c in claims_of_text(b, published="2025-02-26") if c.slot == "date"]
    (found,) = findings_of(ruleset, tmp_path, [(a, "2025-02-24"), (b, "2025-02-26")], "FC002")
    assert (found.label, found.severity.value) == ("possible", "info")
    assert "may tell two events apart" in found.conclusion


def test_words_of_one_meaning_or_adjectives_do_not_tell_events_apart(ruleset, tmp_path):
    """Adjectives describe, or have synonyms one report uses and another not
    ("a legislative election" / "a parliamentary election", "a shocking attack"
    / "an unprecedented attack"): no reason to doubt one event."""
    (found,) = findings_of(
        ruleset,
        tmp_path,
        [
            ("Legislative elections will be held in Westshire on May 4.", "2025-02-24"),
            ("Parliamentary elections will be held in Westshire on May 11.", "2025-02-24"),
        ],
        "FC002",
    )
    assert found.label == "contradiction"


ONE_EVENT = [
    # the same words on both sides
    (
        "The opening ceremony of the Westshire games will be held on July 3.",
        "The opening ceremony of the Westshire games will be held on July 13.",
    ),
    # one side says which one, the other does not
    (
        "The opening ceremony of the Westshire games will be held on July 3.",
        "The ceremony of the Westshire games will be held on July 13.",
    ),
    # nouns that only describe the event ("key", "major": _DESCRIBING)
    (
        "A key vote in the Northvale council was held on March 3.",
        "A major vote in the Northvale council was held on March 5.",
    ),
    # words of one meaning ("car" / "automobile")
    (
        "A car crash occurred on the Northvale highway on Sunday.",
        "An automobile crash occurred on the Northvale highway on Monday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_EVENT)
def test_one_event_told_with_or_without_describing_words_still_conflicts(ruleset, tmp_path, a, b):
    (found,) = findings_of(ruleset, tmp_path, [(a, "2025-02-24"), (b, "2025-02-24")], "FC002")
    assert found.label == "contradiction"
