"""attribute: one statement made by two sources with a different date or a
different number.

Statements are aligned by their content (stems and entities, blocked through
an inverted index); the compared value is left out of the alignment, so "the
company cut 300 jobs" and "the company cut 350 jobs" align, and then differ.
Equal values written differently ("25%" and "25 per cent", "Friday" and the
date it resolves to) never differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..engine.corpus import Corpus
from ..extract.quantities import comparable, same_quantity
from ..model.models import Finding
from ._common import graded, ranges_overlap, resolved, short, value_of
from .base import RuleView, make_finding

FINDING_KIND = "date | number"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")
    attribute: Literal["date", "quantity"]
    min_similarity: float = Field(0.6, gt=0, le=1, description="how alike two statements must be to be compared")
    confident_similarity: float = Field(
        0.85, gt=0, le=1, description="at or above this, a difference is a conflict; below, a possible one"
    )
    rel_tolerance: float = Field(0.0, ge=0, description="relative difference between numbers still taken as equal")
    day_tolerance: int = Field(0, ge=0, description="days apart two dates may be and still agree")


def check(rule: RuleView, corpus: Corpus) -> Iterator[Finding]:
    opts = rule.options
    assert isinstance(opts, Options)
    facts = []
    for ex in corpus.extractions.values():
        for f in ex.facts:
            if f.in_quote:
                continue
            if (
                opts.attribute == "date"
                and resolved(f.time)
                and corpus.fact_event.get(f.id) is None
                or opts.attribute == "quantity"
                and f.quantities
            ):
                facts.append(f)
    for a, b, score in corpus.similar_fact_pairs(facts, min_overlap=opts.min_similarity):
        confident = score >= opts.confident_similarity
        if opts.attribute == "date":
            yield from _dates(rule, corpus, a, b, confident, opts)
        else:
            yield from _numbers(rule, corpus, a, b, confident, opts)


def _finish(rule, corpus, kind, message, claims, confident):
    return make_finding(
        rule,
        kind=kind,
        message=message,
        claims=claims,
        **graded(rule, confident),
        conclusion=(
            "the statements match word for word apart from this value"
            if confident
            else "the statements are alike but not identical: they may describe different things"
        ),
    )


def _dates(rule, corpus, a, b, confident, opts):
    ta, tb = a.time, b.time
    if ranges_overlap(ta, tb, opts.day_tolerance):
        return
    claims = [
        corpus.claim(
            a.article, ta.span.start, value=ta.text, value_span=ta.span, normalized=value_of(ta), how=ta.how, side="a"
        ),
        corpus.claim(
            b.article, tb.span.start, value=tb.text, value_span=tb.span, normalized=value_of(tb), how=tb.how, side="b"
        ),
    ]
    msg = f"The same statement is dated differently: '{ta.text}' ({value_of(ta)}) vs '{tb.text}' ({value_of(tb)}): {short(a.text, 70)}"
    yield _finish(rule, corpus, "date", msg, claims, confident)


def _numbers(rule, corpus, a, b, confident, opts):
    for qa in a.quantities:
        same_unit_b = [q for q in b.quantities if comparable(qa, q)]
        same_unit_a = [q for q in a.quantities if comparable(qa, q)]
        if len(same_unit_b) != 1 or len(same_unit_a) != 1:
            continue  # several numbers of one unit: which pairs with which is unclear
        qb = same_unit_b[0]
        if same_quantity(qa, qb, rel_tol=opts.rel_tolerance):
            continue
        claims = [
            corpus.claim(
                a.article,
                qa.span.start,
                value=qa.text,
                value_span=qa.span,
                normalized=qa.normalized,
                how=qa.how,
                side="a",
            ),
            corpus.claim(
                b.article,
                qb.span.start,
                value=qb.text,
                value_span=qb.span,
                normalized=qb.normalized,
                how=qb.how,
                side="b",
            ),
        ]
        msg = f"The same statement gives different numbers: '{qa.text}' ({qa.normalized}) vs '{qb.text}' ({qb.normalized}): {short(a.text, 70)}"
        yield _finish(rule, corpus, "number", msg, claims, confident)
