"""A number joined to its unit by a hyphen measures the noun the pair modifies
("a 90-day stay", "an eight-year offer"), read from the parse: generic
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.engine.claims import claims_of_extraction
from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _numbers(text: str) -> list[tuple[str, str, str, str]]:
    ex = extract(
        Article(id="t", path="t.md", text=text + "\n", published=date(2025, 5, 2), published_source="front_matter"),
        KNOWLEDGE,
    )
    return [(c.value, c.noun, c.role, c.normalized) for c in claims_of_extraction(ex) if c.slot == "number"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The club made an eight-year offer to the pitcher.", ("eight-year", "offer", "year", "8 year")),
        ("He began a 90-day stay at the clinic.", ("90-day", "stay", "day", "90 day")),
        # tokenised text, a space each side of the hyphen
        ("He began a 90 - day stay at the clinic.", ("90 - day", "stay", "day", "90 day")),
        ("The 6.1-magnitude quake struck the island.", ("6.1-magnitude", "quake", "magnitude", "6.1 magnitude")),
    ],
)
def test_a_hyphenated_measure_measures_the_noun_it_modifies(text, claim):
    assert claim in _numbers(text)


def test_an_age_and_a_count_are_no_measure():
    numbers = _numbers("The 33-year-old driver began a 30-day sentence.")
    assert ("30-day", "sentence", "day", "30 day") in numbers
    assert [n for n in numbers if n[2] != "day"] == []  # the age is no measure of years
    assert [n[2] for n in _numbers("Ten fire engines made a 20-minute drive.")] == ["engine", "minute"]
