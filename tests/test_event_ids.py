"""Clusters that get one event id are one event in the report, as the claim
rules already read them (fact -> event id)."""

from __future__ import annotations

from datetime import date

from factcheck.engine.events import Mention, cluster_events
from factcheck.knowledge.base import Knowledge
from factcheck.model.models import Fact, Span, TimeMention


def _mention(article: str, participants: frozenset[str], day: date) -> Mention:
    span = Span(start=0, end=10)
    fact = Fact(
        id=f"{article}-0", article=article, sentence=0, line=1, span=span, subject=None, predicate="call", object=""
    )
    when = TimeMention(
        article=article, span=span, text="Friday", value=day.isoformat(), granularity="day", start=day, end=day
    )
    return Mention(fact=fact, type="call", participants=participants, time=when)


def test_dated_mentions_naming_nobody_are_one_event_per_day():
    day = date(2025, 3, 28)
    mentions = [_mention(a, frozenset(), day) for a in ("a", "b", "c")]
    mentions.append(_mention("d", frozenset(), date(2025, 4, 29)))
    events, fact_event = cluster_events(mentions, Knowledge())
    assert [(e.date, e.articles) for e in events] == [("2025-03-28", ("a", "b", "c")), ("2025-04-29", ("d",))]
    assert len({e.id for e in events}) == len(events)
    assert fact_event["a-0"] == fact_event["c-0"] != fact_event["d-0"]


def test_events_with_participants_are_unchanged():
    day = date(2025, 3, 28)
    mentions = [_mention("a", frozenset({"ana-lima", "rui-costa"}), day)]
    mentions.append(_mention("b", frozenset({"ana-lima", "rui-costa"}), day))
    mentions.append(_mention("c", frozenset({"ana-lima", "eva-mora"}), day))
    events, _ = cluster_events(mentions, Knowledge())
    assert sorted(e.articles for e in events) == [("a", "b"), ("c",)]
