"""A relative date inside a quotation is read from the day the words were
said, when the article names that day ("'...yesterday,' she said Wednesday")."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article, Extraction, TimeMention

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))
THURSDAY = date(2025, 5, 1)


def _extract(text: str, published: date | None = THURSDAY) -> Extraction:
    return extract(
        Article(
            id="t",
            path="t.md",
            text=text + "\n",
            published=published,
            published_source="front_matter" if published else "none",
        ),
        KNOWLEDGE,
    )


def _time(ex: Extraction, words: str) -> TimeMention:
    found = [t for t in ex.times if t.text == words]
    assert found, f"no time '{words}' in {[t.text for t in ex.times]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "“I spoke to him yesterday,” Maria Lopez said Wednesday.",
        "“I spoke to him yesterday,” Maria Lopez said on Wednesday.",
        "Maria Lopez said Wednesday: “I spoke to him yesterday.”",
    ],
)
def test_yesterday_in_a_quotation_is_the_day_before_it_was_said(text):
    ex = _extract(text)
    y = _time(ex, "yesterday")
    assert y.value == "2025-04-29"  # the Tuesday: said on Wednesday, published on Thursday
    assert "said 'Wednesday' (2025-04-30)" in y.how
    assert _time(ex, "Wednesday").value == "2025-04-30"
    spoke = next(f for f in ex.facts if f.lemma == "speak")
    assert spoke.time is not None and spoke.time.value == "2025-04-29"


def test_without_a_day_of_saying_the_publication_date_is_the_anchor():
    y = _time(_extract("“I spoke to him yesterday,” Maria Lopez said."), "yesterday")
    assert y.value == "2025-04-30"
    assert "said" not in y.how


def test_said_on_the_publication_day_changes_nothing():
    y = _time(_extract("“I spoke to him yesterday,” Maria Lopez said Thursday."), "yesterday")
    assert y.value == "2025-04-30"


def test_a_dated_saying_resolves_a_quotation_in_an_undated_article():
    ex = _extract("“I spoke to him yesterday,” Maria Lopez said on April 30, 2025.", published=None)
    assert _time(ex, "yesterday").value == "2025-04-29"


def test_a_relative_date_outside_the_quotation_keeps_the_publication_date():
    ex = _extract("Maria Lopez said Wednesday that the two had met yesterday.")
    assert _time(ex, "yesterday").value == "2025-04-30"
