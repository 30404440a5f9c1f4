"""polarity: one source states P, another states not-P.

Clauses are aligned by content (negation words left out); a pair with opposite
polarity, the same subject and a compatible time is flagged. Two statements
about different times ("did not comment on Monday", "commented on Wednesday")
are both true and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from ..engine.corpus import Corpus
from ..model.models import Fact, Finding
from ..text.words import content_stems
from ._common import graded, ranges_overlap, resolved, short
from .base import RuleView, make_finding

FINDING_KIND: Final = "polarity"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_similarity: float = Field(0.75, gt=0, le=1, description="how alike the two clauses must be, negation aside")
    confident_similarity: float = Field(
        0.9, gt=0, le=1, description="at or above this, the pair is a conflict; below, a possible one"
    )
    min_words: int = Field(3, ge=1, description="content words a clause needs to be compared")


def check(rule: RuleView, corpus: Corpus) -> Iterator[Finding]:
    opts = rule.options
    assert isinstance(opts, Options)
    facts = [
        f for ex in corpus.extractions.values() for f in ex.facts if len(f.stems) >= opts.min_words and f.predicate
    ]
    for a, b, score in corpus.similar_fact_pairs(facts, min_overlap=opts.min_similarity):
        if a.polarity == b.polarity:
            continue
        if a.subject and b.subject and a.subject != b.subject:
            continue
        if a.predicate != b.predicate and a.predicate not in b.stems and b.predicate not in a.stems:
            continue
        if (
            a.time is not None
            and b.time is not None
            and resolved(a.time)
            and resolved(b.time)
            and not ranges_overlap(a.time, b.time)
        ):
            continue
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        if _has_cue(corpus, pos):
            continue  # "I don't need to," she added: a cue not counted here is still a cue
        if not _negates_shared(corpus, neg, pos):
            continue  # "suffered a heart attack and never regained consciousness"
        confident = score >= opts.confident_similarity
        claims = []
        for side, f in (("a", a), ("b", b)):
            if f.polarity == "negative" and f.negation is not None:
                claims.append(
                    corpus.claim(
                        f.article,
                        f.span.start,
                        value=f.negation.text,
                        value_span=f.negation.span,
                        normalized="negative",
                        how="negation cue in the clause",
                        side=side,
                    )
                )
            else:
                claims.append(
                    corpus.claim(
                        f.article,
                        f.span.start,
                        value=short(f.text, 60),
                        normalized="positive",
                        how="no negation in the clause",
                        side=side,
                    )
                )
        msg = f"One source says '{short(pos.text, 60)}', another says the opposite: '{short(neg.text, 60)}'"
        yield make_finding(
            rule,
            kind=FINDING_KIND,
            message=msg,
            claims=claims,
            **graded(rule, confident),
            conclusion="the clauses match apart from the negation"
            if confident
            else "the clauses are alike but not identical; the negation may concern something else",
        )


def _has_cue(corpus: Corpus, f: Fact) -> bool:
    """Whether a negation cue lies in the clause, counted for its polarity or
    not (cues inside a quotation that is only part of the clause are not)."""
    return any(f.span.start <= n.span.start < f.span.end for n in corpus.extractions[f.article].negations)


def _negates_shared(corpus: Corpus, neg: Fact, pos: Fact) -> bool:
    """Whether the negation governs something the other side states: some
    content word of the cue's scope is in the positive clause."""
    n = neg.negation
    if n is None:
        return True
    scope = corpus.extractions[neg.article].article.text[n.scope.start : n.scope.end]
    return bool(content_stems(scope) & set(pos.stems))
