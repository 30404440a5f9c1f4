"""event_date: the same kind of event between the same participants, dated
differently by different sources.

Each side's expression is shown with its resolved date. Expressions that
resolve to the same day agree ("Friday" in an article of 2025-03-28 and
"March 28"). A repeatable event (a call, a meeting) on two different days is
read as two events, reported as different events with that conclusion (at
``distinct_severity``), never as a contradiction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import combinations
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from ..engine.corpus import Corpus
from ..model.models import Finding, Label, Severity
from ._common import tag
from .base import RuleView, make_finding

CATEGORY: Final = "date"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    event_types: list[str] | None = Field(None, description="event types to check; all when omitted")
    min_participants: int = Field(2, ge=1, description="participants an event needs before its dates are compared")
    distinct_severity: Severity = Field(
        Severity.info, description="severity when the dates are read as separate events of a repeatable type"
    )


def severities(severity: Severity, options: Options) -> dict[Label, Severity]:
    """A once-only event on two days is a contradiction, at the rule's
    severity; a repeatable one is read as different events, at ``distinct_severity``."""
    return {"contradiction": severity, "different events": options.distinct_severity}


def _groups(events, min_participants: int):
    """Union events of one type whose participant sets share at least
    ``min_participants`` members. Blocked by participant combinations: only
    events that share such a combination are ever compared."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    block: dict[tuple, int] = {}
    for i, e in enumerate(events):
        people = sorted(set(e.participants))
        if len(people) > 8:
            people = people[:8]  # a crowd is not a call; keep the blocking bounded
        for combo in combinations(people, min_participants):
            key = (e.type, combo)
            if key in block:
                parent[find(i)] = find(block[key])
            else:
                block[key] = i
    out: dict[int, list] = defaultdict(list)
    for i, e in enumerate(events):
        out[find(i)].append(e)
    return [g for g in out.values() if len(g) > 1]


def check(rule: RuleView, opts: Options, corpus: Corpus) -> Iterator[Finding]:
    events = [
        e
        for e in corpus.events
        if e.date is not None
        and len(e.participants) >= opts.min_participants
        and (opts.event_types is None or e.type in opts.event_types)
    ]
    # candidates are blocked by event type and participants: only events that
    # share participants are ever compared
    by_type: dict[str, list] = defaultdict(list)
    for e in events:
        by_type[e.type].append(e)
    for etype in sorted(by_type):
        for group in _groups(by_type[etype], opts.min_participants):
            yield from _finding_for(rule, corpus, sorted(group, key=lambda e: e.date), opts)


def _finding_for(rule, corpus: Corpus, group, opts: Options) -> Iterator[Finding]:
    claims = []
    per_date: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    seen = set()
    for side, ev in enumerate(group):
        for fid in ev.facts:
            m = corpus.mention_by_fact.get(fid)
            if m is None or m.inherited_from is not None or m.day is None:
                continue
            f = m.fact
            key = (f.article, f.sentence, ev.date)
            if key in seen:
                continue
            seen.add(key)
            t = m.time
            if t is None:
                continue
            claims.append(
                corpus.claim(
                    f.article,
                    t.span.start,
                    value=t.text,
                    value_span=t.span,
                    normalized=ev.date,
                    how=t.how,
                    side=chr(ord("a") + side),
                )
            )
            pub = corpus.extractions[f.article].article.published
            per_date[ev.date].append((tag(f.article), t.text, pub.isoformat() if pub else "unknown"))
    articles = {c.article for c in claims}
    if len(per_date) < 2 or len(articles) < 2:
        return
    etype = group[0].type
    kind_info = corpus.knowledge.event_type(etype)
    repeatable = kind_info.repeatable if kind_info else True
    people = sorted({p for ev in group for p in ev.participants})
    names = " and ".join(corpus.entity_name(p) for p in people[:3])
    dates = sorted(per_date)
    parts = []
    for d in dates:
        exprs = "; ".join(f"'{expr}' ({art}, published {pub})" for art, expr, pub in sorted(set(per_date[d])))
        parts.append(f"{d}: {exprs}")
    agree = [d for d in dates if len({e for _, e, _ in per_date[d]}) > 1]
    conclusion_bits = []
    for d in agree:
        agreeing = sorted({e for _, e, _ in per_date[d]})
        conclusion_bits.append(" and ".join(f"'{e}'" for e in agreeing) + f" agree on {d}")
    if repeatable:
        ordinal = ["first", "second", "third", "fourth", "fifth"]
        later = ", ".join(f"{d} is a {ordinal[min(i + 1, 4)]} {etype}" for i, d in enumerate(dates[1:]))
        conclusion_bits.append(
            f"{later}: read as {len(dates)} separate {etype}s, not one {etype} with conflicting dates"
        )
        label: Label = "different events"
        message = f"{len(dates)} dates for a {etype} between {names}: " + " | ".join(parts)
    else:
        conclusion_bits.append(f"a {etype} happens once: the dates {', '.join(dates)} contradict each other")
        label = "contradiction"
        message = f"The {etype} involving {names} is dated differently: " + " | ".join(parts)
    yield make_finding(
        rule,
        category=CATEGORY,
        message=message,
        claims=claims,
        severity=severities(rule.spec.severity, opts)[label],
        label=label,
        conclusion="; ".join(conclusion_bits) + ".",
        event=group[0].id,
    )
