"""The engine: the corpus context every check reads (facts, events, lookups),
candidate blocking, claims with their evidence, and stable finding ids."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

import networkx as nx

from ..knowledge.base import Knowledge
from ..model.models import Claim, Event, Extraction, Fact, Sentence, Span
from ..text.words import fold, normalize_space
from .events import Mention, build_graph, cluster_events, event_mentions

if TYPE_CHECKING:  # the index is built from a corpus; only its type is named here
    from ..extract.quotes import QuoteComparison
    from ..model.models import Quote
    from .align import ClaimIndex


class CorpusStats(Protocol):
    """Counts over a whole corpus when a :class:`Corpus` holds only the part of
    it that a focus can reach (``check`` on the claims index): what blocking
    must count over every article, not over the ones loaded."""

    def quote_postings(self, shingle: str, min_words: int) -> int | None:
        """Quotations of at least ``min_words`` words that hold ``shingle`` (a
        run of three normalised words), or ``None`` when no focus quotation
        holds it (then the loaded ones are counted)."""
        ...


@dataclass
class Corpus:
    """Everything the rules may look at, built once per run."""

    # By article id, in id order: in memory, or read from a store when asked
    # for (a streamed run, factcheck.pipeline.streamed; a check on the claims index).
    extractions: Mapping[str, Extraction]
    knowledge: Knowledge
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    fact_event: dict[str, str] = field(default_factory=dict)
    graph: nx.MultiDiGraph | None = None
    # When set, only pairs that involve one of these articles are compared
    # (``check`` of new articles against a corpus): the rest is known.
    focus: frozenset[str] | None = None
    stats: CorpusStats | None = None
    # The claims on the graph and the independent-source clusters, built once
    # per corpus by the claim rules (checks.claims.claim_index), or handed in by
    # a caller that built them another way (the claims index, a Dask cluster).
    claim_index: ClaimIndex | None = None
    sources: Mapping[str, str] | None = None
    # Pairs of quotations that share a shingle, with their comparison, per
    # (min_words, max_df, the relations kept): computed once (checks._quotepairs).
    quote_pairs: dict[tuple[int, int, frozenset[str], bool], list[tuple[Quote, Quote, QuoteComparison]]] = field(
        default_factory=dict
    )

    @classmethod
    def build(
        cls,
        extractions: Iterable[Extraction],
        knowledge: Knowledge,
        *,
        focus: Iterable[str] | None = None,
        stats: CorpusStats | None = None,
    ) -> Corpus:
        exs = sorted(extractions, key=lambda e: e.article.id)
        mentions = event_mentions(exs)
        events, fact_event = cluster_events(mentions, knowledge)
        graph = build_graph(exs, events)
        return cls(
            {e.article.id: e for e in exs},
            knowledge,
            mentions,
            events,
            fact_event,
            graph,
            frozenset(focus) if focus is not None else None,
            stats,
        )

    def in_focus(self, *articles: str) -> bool:
        return self.focus is None or any(a in self.focus for a in articles)

    # ------------------------------------------------------------------ lookups
    @cached_property
    def facts(self) -> dict[str, Fact]:
        return {f.id: f for ex in self.extractions.values() for f in ex.facts}

    @cached_property
    def mention_by_fact(self) -> dict[str, Mention]:
        return {m.fact.id: m for m in self.mentions}

    @cached_property
    def events_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.events}

    def sentence(self, article: str, index: int) -> Sentence:
        return self.extractions[article].sentences[index]

    def sentence_at(self, article: str, pos: int) -> Sentence:
        for s in self.extractions[article].sentences:
            if s.span.start <= pos < s.span.end:
                return s
        raise KeyError(pos)

    def entity_name(self, entity_id: str | None) -> str:
        if entity_id is None:
            return "an unnamed source"
        info = self.knowledge.lexicon.info(entity_id)
        return info.name if info else entity_id.replace("-", " ").title()

    def event_of(self, fact: Fact, *, window: int = 2, event_type: str | None = None) -> str | None:
        """The event a fact is about: its own trigger's event or, for a
        sentence with no trigger, the most recent event mentioned in the same
        article within ``window`` sentences."""
        eid = self.fact_event.get(fact.id)
        if eid is not None and (event_type is None or self.events_by_id[eid].type == event_type):
            return eid
        best = None
        for f in self.extractions[fact.article].facts:
            if f.sentence > fact.sentence:
                break
            if fact.sentence - f.sentence > window:
                continue
            cand = self.fact_event.get(f.id)
            if cand is not None and (event_type is None or self.events_by_id[cand].type == event_type):
                best = cand
        return best

    def mentions_event_near(self, fact: Fact, *, window: int = 2, event_type: str | None = None) -> bool:
        """Whether the fact's sentence or one of the ``window`` before it
        mentions an event (of ``event_type``), clustered or not."""
        for f in self.extractions[fact.article].facts:
            if f.sentence > fact.sentence:
                break
            if (
                fact.sentence - f.sentence <= window
                and f.event_type
                and (event_type is None or f.event_type == event_type)
            ):
                return True
        return False

    # ------------------------------------------------------------------ claims
    def claim(
        self,
        article: str,
        pos: int,
        *,
        value: str | None = None,
        value_span: Span | None = None,
        normalized: str | None = None,
        how: str = "",
        side: str = "a",
    ) -> Claim:
        ex = self.extractions[article]
        s = self.sentence_at(article, pos)
        art = ex.article
        if value_span is not None and not s.span.contains(value_span):
            value_span = None  # the value (a speaker, say) stands in another sentence
        return Claim(
            article=article,
            line=s.line,
            text=s.text,
            span=s.span,
            value=value,
            value_span=value_span,
            normalized=normalized,
            how=how,
            side=side,
            outlet=art.outlet,
            published=art.published.isoformat() if art.published else None,
        )


def fingerprint(rule_id: str, claims: Iterable[Claim]) -> str:
    """Stable across reruns, line shifts and article order: the rule, the
    articles and each claim's normalised sentence, sorted."""
    parts = sorted({f"{c.article}\x1f{normalize_space(fold(c.text)).casefold()}" for c in claims})
    h = hashlib.sha256("\x1e".join([rule_id, *parts]).encode()).hexdigest()
    return f"{rule_id}-{h[:12]}"
