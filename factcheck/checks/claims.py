"""claims: what sources say differently about the same thing, however they word it.

The engine reads claims from every fact (:mod:`factcheck.engine.claims`: one per
slot: a date, a number and what it counts, a place, an age, a role holder, the
polarity of a predicate, a quotation), aligns them across articles on the
corpus graph (:mod:`factcheck.engine.align`: blocking on meaning classes and
entities, an IDF-weighted scorer), compares values by type
(:mod:`factcheck.engine.compare`) and groups every claim on one slot into value
groups (:mod:`factcheck.engine.grouping`). A rule of this check type picks the slots it
checks. One finding per disagreement, with every value group, the articles
behind it and how many independent sources back it (wire copies count once).

Labels: a contradiction is reported at the rule's severity; a possible
conflict (a weak alignment, or a difference resting on missing evidence) as
info; a later update (an earlier figure or "has not yet" superseded by a later
article) at ``update_severity`` (info by default); claims about different
events are no finding unless ``show_different_events`` is set (then as info).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..engine.align import ClaimIndex, align, build_index
from ..engine.claims import APPLIES_TO, HOME, START, Slot
from ..engine.corpus import Corpus
from ..engine.grouping import Disagreement, ValueGroup, disagreements, source_clusters
from ..extract.quantities import MONEY_UNITS
from ..model.models import Category, Claim, Finding, Label, Severity
from ._common import short
from .base import RuleView, make_finding

CATEGORY: Final = "date | number | polarity | quote | attribution | other"

_CATEGORY: dict[str, Category] = {
    "date": "date",
    "number": "number",
    "ordinal": "number",
    "score": "number",
    "age": "number",
    "place": "other",
    "holder": "other",
    "polarity": "polarity",
    "quote": "quote",
}
_ENTITY_REF = re.compile(r"@([\w.-]+)")
_WHAT: dict[str, str] = {
    "date": "the date of '{topic}'",
    "number": "the number of '{topic}'",
    "ordinal": "the position of '{topic}'",
    "score": "the result of '{topic}'",
    "age": "an age",
    "place": "where '{topic}' happened",
    "holder": "who is the {topic}",
    "polarity": "whether '{topic}' happened",
    "quote": "the words of a quotation",
}


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    slots: list[Literal["date", "number", "ordinal", "score", "place", "age", "holder", "polarity", "quote"]] = Field(
        min_length=1, description="the claim slots this rule compares"
    )
    min_score: float = Field(0.3, gt=0, le=1, description="alignment score two claims need to be one slot")
    confident_score: float = Field(
        0.55, gt=0, le=1, description="at or above this a difference is a contradiction; below, a possible one"
    )
    max_quote_words: int | None = Field(
        None, ge=2, description="quotations: compare only quotations of at most this many words"
    )
    report_possible: bool = Field(
        False,
        description="also report a difference on a weak alignment (below confident_score) as a possible conflict",
    )
    update_severity: Severity = Field(Severity.info, description="severity of a later update")
    show_different_events: bool = Field(
        False, description="also report claims that differ because they are about different events (as info)"
    )


def severities(severity: Severity, options: Options) -> dict[Label, Severity]:
    """A contradiction at the rule's severity; a later update at
    ``update_severity``; a possible conflict and different events as info."""
    return {
        "contradiction": severity,
        "possible": Severity.info,
        "later update": options.update_severity,
        "different events": Severity.info,
    }


def claim_index(corpus: Corpus) -> ClaimIndex:
    """The corpus's claims on its graph, built once per corpus and shared by every rule."""
    if corpus.claim_index is not None:
        return corpus.claim_index
    graph = corpus.graph
    assert graph is not None
    corpus.claim_index = build_index(corpus.extractions.values(), graph, corpus.fact_event, corpus.knowledge.lexicon)
    return corpus.claim_index


def source_groups(corpus: Corpus) -> Mapping[str, str]:
    """Each article's independent-source cluster (wire copies count once), built once per corpus."""
    if corpus.sources is None:
        corpus.sources = source_clusters(corpus.extractions.values())
    return corpus.sources


def check(rule: RuleView, opts: Options, corpus: Corpus) -> Iterator[Finding]:
    index = claim_index(corpus)
    sources = source_groups(corpus)
    for slot in opts.slots:
        alignments = align(index, slot, min_score=opts.min_score, focus=corpus.focus)
        if slot == "quote" and opts.max_quote_words is not None:
            limit = opts.max_quote_words
            alignments = [al for al in alignments if min(len(al.a.value.split()), len(al.b.value.split())) <= limit]
        for d in disagreements(alignments, index.lexicon, sources, confident=opts.confident_score):
            if d.label == "different events" and not opts.show_different_events:
                continue
            if d.label == "possible" and d.score < opts.confident_score and not opts.report_possible:
                continue
            yield _finding(rule, corpus, d, slot, opts)


def _finding(rule: RuleView, corpus: Corpus, d: Disagreement, slot: Slot, opts: Options) -> Finding:
    claims: list[Claim] = []
    parts: list[str] = []
    for i, g in enumerate(d.groups):
        side = chr(ord("a") + min(i, 25))
        seen: set[tuple[str, int]] = set()
        for c in g.claims:
            if (c.article, c.line) in seen:
                continue
            seen.add((c.article, c.line))
            pos = c.value_span.start if c.value_span is not None else c.span.start
            claims.append(
                corpus.claim(
                    c.article,
                    pos,
                    value=c.value,
                    value_span=c.value_span,
                    normalized=c.normalized,
                    how=f"{d.verdict.why}; {c.how}" if slot == "quote" else c.how,
                    side=side,
                )
            )
        parts.append(_group_text(g))
    first = d.groups[0].first
    topic = _ENTITY_REF.sub(lambda m: corpus.entity_name(m.group(1)), first.topic)
    # a person's titles ("title of @id", engine/titles.py) read as "the title of <name>"
    what = topic if first.role.startswith("title of ") else _WHAT[slot].format(topic=topic)
    if slot == "number" and first.topic in MONEY_UNITS:
        what = "a sum of money"  # not "the number of '$'" ("the number of 'ransom'" names what the sum is)
    if slot == "number" and first.role == "magnitude":
        what = f"the magnitude of the {topic}"  # not "the number of 'temblor'"
    if slot == "place" and first.role == HOME:
        what = f"where {topic} is from"
    if slot == "date" and first.role == START:
        applied = sorted({v for g in d.groups for c in g.claims for k, v in c.extra if k == APPLIES_TO})
        names = " / ".join(_ENTITY_REF.sub(lambda m: corpus.entity_name(m.group(1)), x) for x in applied)
        what = f"when the {topic} ({names}) starts"  # "when the tariff (auto / vehicle) starts"
    if slot == "polarity" and first.role == "state":
        what = f"whether '{topic}' holds"  # "is not a lawyer", "was found not guilty": a state, not an act
    if slot == "quote" and first.source:
        what += f" by {corpus.entity_name(first.source)}"  # a resolved speaker, by name (never "he")
    message = f"Sources differ on {what}: " + " | ".join(parts)
    conclusion = f"{d.label}: {d.why}; {d.verdict.why}"
    return make_finding(
        rule,
        category=_CATEGORY[slot],
        message=message,
        claims=claims,
        severity=severities(rule.spec.severity, opts)[d.label],
        label=d.label,
        conclusion=conclusion,
    )


def _group_text(g: ValueGroup) -> str:
    c = g.first
    written = "; ".join(sorted({f"'{short(x.value, 50)}'" for x in g.claims}))
    arts = ", ".join(g.articles[:6]) + (" ..." if len(g.articles) > 6 else "")
    src = f"{g.sources} independent source{'s' if g.sources != 1 else ''}"
    if c.slot == "quote":
        value = short(c.normalized, 60)
    elif c.slot == "polarity":
        value = c.predicate if c.polarity == "positive" else f"not {c.predicate}"
    else:
        value = c.normalized
    return f"{value} ({written}; {src}: {arts})"
