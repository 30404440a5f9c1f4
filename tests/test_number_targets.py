"""What a number counts or measures, read from the parse: generic sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.engine.claims import claims_of_extraction
from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _numbers(text: str) -> list[tuple[str, str]]:
    ex = extract(
        Article(id="t", path="t.md", text=text + "\n", published=date(2025, 5, 2), published_source="front_matter"),
        KNOWLEDGE,
    )
    return [(c.value, c.noun) for c in claims_of_extraction(ex) if c.slot == "number"]


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        # the hedge is not what the amount measures
        ("The company posted a loss of close to $15 billion in 2008.", "$15 billion", "loss"),
        ("The storm killed close to 300 people.", "300 people", "people"),
        # an amount of money before a compound is the cost of its last noun
        ("Westco won a $40 billion tanker contract.", "$40 billion", "contract"),
    ],
)
def test_a_number_measures_the_noun_it_describes(text, value, noun):
    assert (value, noun) in _numbers(text)
