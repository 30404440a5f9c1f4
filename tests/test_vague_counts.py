"""A count given without a figure ("several people were hurt", "a few
passengers died", "dozens of homes were destroyed") is a number claim of the
least it admits, hedged "at least": "no one was hurt" and "one person was
hurt" contradict it, "three people were hurt" does not."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.value, c.normalized, c.payload.hedge) for c in claims_of_text(text) if c.slot == "number"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Several people were injured in the fire at the Northvale warehouse.", ("Several people", "2 person")),
        ("A few passengers died when the ferry sank near Northvale.", ("A few passengers", "2 passenger")),
        ("Police arrested several suspects in Northvale on Monday.", ("several suspects", "2 suspect")),
        ("Many people were killed in the attack on the Northvale market.", ("Many people", "2 person")),
        ("Dozens of homes were destroyed by the storm in Northvale.", ("Dozens of homes", "20 home")),
        ("Hundreds of people were evacuated from Northvale on Monday.", ("Hundreds of people", "100 person")),
    ],
)
def test_a_count_without_a_figure_is_the_least_it_admits(sentence, count):
    assert (*count, "at least") in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Few people were hurt in the fire at the Northvale warehouse.",  # not many
        "Only a few people were hurt in the fire at the Northvale warehouse.",
        "Not many people were hurt in the fire at the Northvale warehouse.",
        "So many people died in the Northvale flood.",
        "Police did not arrest several suspects in Northvale.",
        "Several hundred people were evacuated from Northvale on Monday.",  # a figure, not "several"
        "Several years passed before the trial in Northvale.",  # a length of time
        "Many people know why the fire started.",  # no event
    ],
)
def test_no_vague_count_where_the_sentence_gives_none(sentence):
    assert not [c for c in _counts(sentence) if c[2] == "at least" and not c[0][0].isdigit()]


def test_a_vague_count_against_none_conflicts(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Several people were injured in the fire at the Northvale church on Friday.",
        "No one was injured in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert {c.article: c.value for c in finding.claims} == {"a": "Several people", "b": "No one"}


def test_a_vague_count_against_one_conflicts(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Several people were injured in the fire at the Northvale church on Friday.",
        "One person was injured in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert {c.article: c.value for c in finding.claims} == {"a": "Several people", "b": "One person"}


@pytest.mark.parametrize(
    ("vague", "figure"),
    [
        ("Several people were injured", "Three people were injured"),
        ("A few people were injured", "Two people were injured"),
        ("Dozens of people were injured", "At least 50 people were injured"),
        ("Hundreds of people were injured", "More than 300 people were injured"),
        ("Several people were injured", "One firefighter was injured"),  # a kind of person: a part
    ],
)
def test_a_vague_count_agrees_with_any_figure_it_admits(ruleset, tmp_path, vague, figure):
    tail = " in the fire at the Northvale church on Friday."
    assert findings_of_two(ruleset, tmp_path, vague + tail, figure + tail, "FC003") == []
