"""Event mentions clustered across articles into events, and the corpus graph.

Mentions are blocked by event type and participants; inside a block, mentions
whose dates overlap form one event. A repeatable event (a call, a meeting) with
two different day-level dates is two events: "one call, conflicting dates" is
only concluded when the articles give evidence that the mentions are the same
event. Undated mentions join an event only when exactly one candidate fits.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import networkx as nx

from ..knowledge.base import Knowledge
from ..model.models import Event, Extraction, Fact, TimeMention


@dataclass(frozen=True)
class Mention:
    """An event mention: a fact with an event trigger, after definite references
    ("the call") took the time and participants of the event they refer to."""

    fact: Fact
    type: str
    participants: frozenset[str]
    time: TimeMention | None
    inherited_from: str | None = None  # fact id

    @property
    def day(self) -> date | None:
        t = self.time
        if t is None or t.start is None or t.end is None:
            return None
        return t.start if t.start == t.end else None

    @property
    def range(self) -> tuple[date, date] | None:
        t = self.time
        if t is None or t.start is None or t.end is None:
            return None
        return (t.start, t.end)


def event_mentions(extractions: list[Extraction]) -> list[Mention]:
    out: list[Mention] = []
    for ex in extractions:
        recent: dict[str, Mention] = {}
        for f in ex.facts:
            if f.event_type is None:
                continue
            m = Mention(
                fact=f,
                type=f.event_type,
                participants=frozenset(f.participants),
                time=f.time if _usable(f.time) else None,
            )
            prev = recent.get(f.event_type)
            if (
                prev is not None
                and f.definite
                and f.sentence - prev.fact.sentence <= 6
                and (m.time is None)
                and (len(m.participants) < 2 or m.participants <= prev.participants)
            ):
                m = Mention(
                    fact=f,
                    type=f.event_type,
                    participants=prev.participants | m.participants,
                    time=prev.time,
                    inherited_from=prev.fact.id,
                )
            if m.time is not None or len(m.participants) >= 2:
                recent[f.event_type] = m
            out.append(m)
    return out


def _usable(t: TimeMention | None) -> bool:
    return t is not None and t.start is not None and t.end is not None


def _overlap(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def _participants_match(a: frozenset[str], b: frozenset[str]) -> bool:
    if len(a) >= 2 and len(b) >= 2:
        return len(a & b) >= 2
    return bool(a & b) and (a <= b or b <= a)


def cluster_events(mentions: list[Mention], knowledge: Knowledge) -> tuple[list[Event], dict[str, str]]:
    """Cluster mentions into events. Returns the events and a map from fact id
    to event id (only for mentions that were placed)."""
    clusters: list[dict] = []
    placed: dict[str, int] = {}
    by_key: dict[tuple[str, str], set[int]] = {}  # (type, participant) -> clusters: only those can fit

    # 1. day-dated mentions with at least two participants seed the events
    def seeds_first(m: Mention) -> tuple:
        return (m.day is None, -len(m.participants), m.fact.article, m.fact.sentence, m.fact.id)

    for m in sorted(mentions, key=seeds_first):
        if len(m.participants) < 2 and m.day is None:
            continue
        fits = _fits(clusters, by_key, m)
        if m.day is None:
            # a coarse or missing date joins only an unambiguous event
            if len(fits) == 1:
                _place(clusters, by_key, fits[0], m)
                placed[m.fact.id] = fits[0]
            elif not fits and m.range is None and len(m.participants) >= 2:
                placed[m.fact.id] = _place(clusters, by_key, None, m)
            continue
        placed[m.fact.id] = _place(clusters, by_key, fits[0] if fits else None, m)

    # 2. mentions with one participant join an unambiguous event of their type
    for m in mentions:
        if m.fact.id in placed:
            continue
        fits = _fits(clusters, by_key, m)
        if len(fits) == 1 and (m.participants or m.inherited_from):
            _place(clusters, by_key, fits[0], m)
            placed[m.fact.id] = fits[0]

    # clusters with one id (one type, participants and first day: a dated mention
    # naming nobody starts a cluster each time) are one event, as fact_event reads them
    merged: dict[str, dict] = {}
    for c in clusters:
        days = sorted({m.day for m in c["mentions"] if m.day is not None})
        eid = (
            "ev-"
            + hashlib.sha1(
                "|".join([c["type"], ",".join(sorted(c["participants"])), days[0].isoformat() if days else ""]).encode()
            ).hexdigest()[:10]
        )
        if eid in merged:
            merged[eid]["mentions"] = merged[eid]["mentions"] + c["mentions"]
        else:
            merged[eid] = c
    events: list[Event] = []
    fact_event: dict[str, str] = {}
    for eid, c in merged.items():
        ms: list[Mention] = c["mentions"]
        days = sorted({m.day for m in ms if m.day is not None})
        why = f"{c['type']} mentions with participants {', '.join(sorted(c['participants']))}"
        if days:
            why += f", dated {', '.join(d.isoformat() for d in days)}"
        events.append(
            Event(
                id=eid,
                type=c["type"],
                participants=tuple(sorted(c["participants"])),
                facts=tuple(m.fact.id for m in ms),
                articles=tuple(sorted({m.fact.article for m in ms})),
                date=days[0].isoformat() if len(days) == 1 else None,
                why=why,
            )
        )
        for m in ms:
            fact_event[m.fact.id] = eid
    events.sort(key=lambda e: (e.type, e.date or "", e.id))
    return events, fact_event


def _fits(clusters: list[dict], by_key: dict[tuple[str, str], set[int]], m: Mention) -> list[int]:
    """The clusters a mention fits, in order. A fit shares a participant, so
    only the clusters holding one of the mention's participants are tried."""
    tried = sorted({i for p in m.participants for i in by_key.get((m.type, p), ())})
    return [
        i
        for i in tried
        if clusters[i]["type"] == m.type
        and _participants_match(clusters[i]["participants"], m.participants)
        and _overlap(clusters[i]["range"], m.range)
    ]


def _place(clusters: list[dict], by_key: dict[tuple[str, str], set[int]], i: int | None, m: Mention) -> int:
    """Add the mention to cluster ``i``, or to a new one; returns the cluster."""
    if i is None:
        clusters.append(_new(m))
        i = len(clusters) - 1
    else:
        _add(clusters[i], m)
    for p in clusters[i]["participants"]:
        by_key.setdefault((m.type, p), set()).add(i)
    return i


def _new(m: Mention) -> dict:
    return {"type": m.type, "participants": set(m.participants), "range": m.range if m.day else None, "mentions": [m]}


def _add(c: dict, m: Mention) -> None:
    c["mentions"].append(m)
    if len(m.participants) >= 2 or not c["participants"]:
        c["participants"] |= m.participants
    if c["range"] is None and m.day is not None:
        c["range"] = m.range


def build_graph(extractions: list[Extraction], events: list[Event]) -> nx.MultiDiGraph:
    """Articles, entities, events and facts as one graph."""
    g = nx.MultiDiGraph()
    for ex in extractions:
        a = f"article:{ex.article.id}"
        g.add_node(a, kind="article", published=ex.article.published.isoformat() if ex.article.published else None)
        for f in ex.facts:
            fn = f"fact:{f.id}"
            g.add_node(fn, kind="fact", article=f.article, line=f.line, predicate=f.predicate, polarity=f.polarity)
            g.add_edge(a, fn, rel="states")
            for ent in f.entities:
                g.add_node(f"entity:{ent}", kind="entity")
                g.add_edge(fn, f"entity:{ent}", rel="mentions")
    for ev in events:
        en = f"event:{ev.id}"
        g.add_node(en, kind="event", type=ev.type, date=ev.date)
        for p in ev.participants:
            g.add_node(f"entity:{p}", kind="entity")
            g.add_edge(en, f"entity:{p}", rel="participant")
        for fid in ev.facts:
            g.add_edge(f"fact:{fid}", en, rel="describes")
    return g
