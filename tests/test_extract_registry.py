"""Extractors are registered units: a toy extractor, defined and registered
only here, runs in its place in the order, changes the extraction as it
declares, and moves the cache key; a unit that misdeclares what it needs or
assigns is refused."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

from factcheck.extract.extractor import PIPELINE, extract
from factcheck.extract.registry import Pipeline, State, Unit
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.errors import InternalError
from factcheck.model.models import Article
from factcheck.pipeline import cache as _cache

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))
TEXT = (
    'The mayor said the bridge "will open in May after the final inspection."\n\n'
    'A resident called the plan "reckless" at the meeting.\n'
)


# --------------------------------------------------------------------------- the toy extractor (one unit)


def _long_quotes(st: State) -> Mapping[str, Any]:
    """Keeps quotations of two words or more; counts the ones dropped."""
    kept = [q for q in st.quotes if len(q.text.split()) > 1]
    return {"quotes": kept, "ext.dropped_quotes": len(st.quotes) - len(kept)}


TOY = Unit("long_quotes", "1", ("quotes",), ("quotes", "ext.dropped_quotes"), _long_quotes)


# --------------------------------------------------------------------------- tests


def _article() -> Article:
    return Article(id="t", path="t.md", text=TEXT, published=None, published_source="none")


def test_the_toy_unit_runs_where_it_is_registered_and_changes_only_what_it_assigns():
    with_toy = PIPELINE.add(TOY, after="speakers")
    assert with_toy.names == (*PIPELINE.names, "long_quotes")
    assert "long_quotes" not in PIPELINE.names  # registered only here
    plain = extract(_article(), KNOWLEDGE)
    toy = extract(_article(), KNOWLEDGE, pipeline=with_toy)
    assert [q.text for q in plain.quotes] == ["will open in May after the final inspection.", "reckless"]
    assert [q.text for q in toy.quotes] == ["will open in May after the final inspection."]
    assert toy.quotes[0] == plain.quotes[0]  # the speaker found by the units before it is kept
    assert toy.model_dump(exclude={"quotes"}) == plain.model_dump(exclude={"quotes"})


def test_a_units_extension_field_is_kept_for_the_units_after_it():
    seen: list[int] = []

    def _read(st: State) -> Mapping[str, Any]:
        seen.append(st.ext["dropped_quotes"])
        return {"ext.read": True}

    reader = Unit("reader", "1", ("ext.dropped_quotes",), ("ext.read",), _read)
    extract(_article(), KNOWLEDGE, pipeline=PIPELINE.add(TOY).add(reader))
    assert seen == [1]
    with pytest.raises(InternalError, match="requires ext.dropped_quotes"):
        PIPELINE.add(reader)  # nothing before it assigns the field


def test_every_units_version_is_in_the_cache_key(monkeypatch):
    assert PIPELINE.fingerprint.split(",")[:3] == ["sentences@1", "parse@1", "entities@1"]
    assert PIPELINE.fingerprint in _cache.extractor_version()
    before = _cache.extractor_version()
    monkeypatch.setattr(_cache, "PIPELINE", PIPELINE.add(TOY))
    assert "long_quotes@1" in _cache.extractor_version() and _cache.extractor_version() != before
    monkeypatch.setattr(_cache, "PIPELINE", PIPELINE.add(Unit("long_quotes", "2", TOY.requires, TOY.assigns, TOY.run)))
    assert "long_quotes@2" in _cache.extractor_version()


def test_misdeclared_units_are_refused():
    with pytest.raises(InternalError, match="requires quotes"):
        Pipeline([TOY])  # no unit before it assigns the quotations
    with pytest.raises(InternalError, match="unknown fields: colour"):
        PIPELINE.add(Unit("odd", "1", ("quotes",), ("colour",), _long_quotes))
    with pytest.raises(InternalError, match="registered twice"):
        PIPELINE.add(Unit("quotes", "2", ("body",), ("quotes",), _long_quotes))
    with pytest.raises(InternalError, match="no extractor unit named 'nope'"):
        PIPELINE.add(TOY, after="nope")
    liar = Unit("liar", "1", ("quotes",), ("quotes",), _long_quotes)  # also returns ext.dropped_quotes
    with pytest.raises(InternalError, match="not what it assigns"):
        extract(_article(), KNOWLEDGE, pipeline=PIPELINE.add(liar))
