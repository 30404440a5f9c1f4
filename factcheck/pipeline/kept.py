"""The claim index the claim rules read after the pairs were aligned key group
by key group (streamed, or on a Dask cluster): the kept pairs, and which
slots the rules compare at which lowest score.

The kept pairs are written to the store as they are found
(:class:`KeptStore`: the ids of their claims, and of their claims' verbatim
twins), never held; the claim rules read them back one slot at a time
(:class:`StoredPairs`), so what a run holds of them is one slot's claims,
not every slot's."""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from ..checks.claims import Options as ClaimOptions
from ..engine.align import ClaimIndex, twin_signature
from ..engine.claims import SlotClaim
from ..engine.names import renamed
from ..knowledge.lexicon import Lexicon
from ..rules.ruleset import RuleSet
from .cache import SQLiteCache

Wanted = tuple[tuple[str, float], ...]  # (slot, min_score) of every claim rule


#: The fields of a claim whose values many claims repeat: the slot, the article,
#: the fact, the words it is about and their meaning classes.
SHARED_FIELDS = (
    "slot", "article", "fact", "topic", "predicate", "pred_classes", "noun", "noun_classes", "role", "entities",
    "anchors", "subject", "object", "polarity", "negation", "modality", "source", "published", "time", "extra",
)  # fmt: skip


class HeldClaims:
    """One copy of each claim of a slot's kept pairs, by id, and one copy of
    each value of :data:`SHARED_FIELDS` they repeat. Claims read back one by
    one from the store each bring their own copy of every string and set: the
    meaning classes of one predicate, held by thousands of claims, would be
    held thousands of times. Equal values, one object: nothing compares
    claims by identity. (The payload, the value and its normal form are left
    alone: a float and an int may be equal.)"""

    def __init__(self) -> None:
        self.claims: dict[str, SlotClaim] = {}
        self._values: dict[object, object] = {}

    def __call__(self, c: SlotClaim) -> SlotClaim:
        held = self.claims.get(c.id)
        if held is None:
            held = self.claims[c.id] = self._shared(c)
        return held

    def _shared(self, c: SlotClaim) -> SlotClaim:
        values = self._values
        changes: dict[str, Any] = {}
        for name in SHARED_FIELDS:
            v = getattr(c, name)
            if v is not None:
                one = values.setdefault(v, v)
                if one is not v:
                    changes[name] = one
        return dataclasses.replace(c, **changes) if changes else c


#: A kept pair, by where its two claims were read: (slot, article, span start,
#: claim id of the one, then of the other), in the engine's pair order of a and b.
PairRow = tuple[str, str, int, str, str, int, str]
#: A verbatim twin of a kept pair's claim: (slot, the id of its class's first
#: claim, its place among the others, its article, its claim id).
TwinRow = tuple[str, str, int, str, str]
#: What one Dask partition kept: the rows of its pairs and of their claims' twins.
PartitionKept = tuple[list[PairRow], list[TwinRow]]

_KEPT_TABLES = (
    "CREATE TEMP TABLE IF NOT EXISTS kept_pairs (slot TEXT NOT NULL,"
    " a_article TEXT NOT NULL, a_start INTEGER NOT NULL, a_claim TEXT NOT NULL, a_aid INTEGER NOT NULL,"
    " b_article TEXT NOT NULL, b_start INTEGER NOT NULL, b_claim TEXT NOT NULL, b_aid INTEGER NOT NULL,"
    " PRIMARY KEY (slot, a_claim, b_claim)) WITHOUT ROWID",
    "CREATE TEMP TABLE IF NOT EXISTS kept_twins (slot TEXT NOT NULL, first TEXT NOT NULL, n INTEGER NOT NULL,"
    " aid INTEGER NOT NULL, claim TEXT NOT NULL, PRIMARY KEY (slot, first, n)) WITHOUT ROWID",
    "DELETE FROM kept_pairs",
    "DELETE FROM kept_twins",
)
_ROWS = 1_000  # rows written at a time


def pair_row(slot: str, a: SlotClaim, b: SlotClaim) -> PairRow:
    return (slot, a.article, a.span.start, a.id, b.article, b.span.start, b.id)


class TwinClasses:
    """The claims of a block of key groups, one per verbatim twin class
    (:func:`~factcheck.engine.align.twin_signature`): the first of each class
    (by article, position and id, the order
    :meth:`~factcheck.engine.align.ClaimIndex.first_twins` picks it in) is
    kept, and only where the others were read. k copies of a story are then
    aligned as one, as the engine aligns them, holding one copy's claims,
    not k (a twin class lies whole in every block of key groups that holds
    it: twins share their block keys). A claim added twice counts once; a
    claim added is held only while it is the first of its class.

    The index the firsts are aligned in then holds no twins
    (:attr:`~factcheck.engine.align.ClaimIndex.twins` stays empty): the rows
    of each first's twins come from :meth:`rows`."""

    def __init__(self, fact_event: Mapping[str, str]) -> None:
        self.fact_event = fact_event
        self._first: dict[tuple[object, ...], SlotClaim] = {}
        self._places: dict[tuple[object, ...], set[tuple[str, int, str]]] = {}
        self._signature_of: dict[str, tuple[object, ...]] = {}  # the id of each class's first -> its class

    def add(self, c: SlotClaim) -> None:
        sig = twin_signature(c, self.fact_event.get(c.fact))
        place = (c.article, c.span.start, c.id)
        self._places.setdefault(sig, set()).add(place)
        first = self._first.get(sig)
        if first is None or place < (first.article, first.span.start, first.id):
            if first is not None:
                del self._signature_of[first.id]
            self._first[sig] = c
            self._signature_of[c.id] = sig

    def firsts(self) -> dict[str, SlotClaim]:
        """The first claim of each class, by id."""
        return {c.id: c for c in self._first.values()}

    def rows(self, first: SlotClaim) -> list[TwinRow]:
        """The other members of a first claim's class, in their order: the rows of its verbatim twins."""
        places = sorted(self._places[self._signature_of[first.id]])
        return [(first.slot, first.id, n, article, claim) for n, (article, _start, claim) in enumerate(places[1:])]


class KeptStore:
    """Writes the kept pairs of each slot (one row each, however often they
    are found) and the verbatim twins of their claims to temporary tables of
    the store, by the ids of the claims, which the store's ``claims`` table
    holds; ``aid_of``: each article's row id there. The tables are emptied
    when a store is made: a connection holds the kept pairs of one corpus at
    a time (its :class:`StoredPairs`)."""

    def __init__(self, conn: sqlite3.Connection, aid_of: Mapping[str, int]) -> None:
        self.conn = conn
        self.aid_of = aid_of
        for sql in _KEPT_TABLES:
            conn.execute(sql)
        self._pairs: list[tuple[object, ...]] = []
        self._twins: list[tuple[object, ...]] = []

    def pairs(self, rows: Iterable[PairRow]) -> None:
        aid = self.aid_of
        self._pairs.extend((s, a, sa, ca, aid[a], b, sb, cb, aid[b]) for s, a, sa, ca, b, sb, cb in rows)
        if len(self._pairs) >= _ROWS:
            self.flush()

    def twins(self, rows: Iterable[TwinRow]) -> None:
        self._twins.extend((s, first, n, self.aid_of[art], c) for s, first, n, art, c in rows)
        if len(self._twins) >= _ROWS:
            self.flush()

    def flush(self) -> None:
        self.conn.executemany("INSERT OR IGNORE INTO kept_pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", self._pairs)
        self.conn.executemany("INSERT OR IGNORE INTO kept_twins VALUES (?, ?, ?, ?, ?)", self._twins)
        self._pairs, self._twins = [], []


class StoredPairs(ClaimIndex):
    """The corpus's claim index as the claim rules see it after the pairs were
    aligned key group by key group: the candidate pairs of a slot are its
    kept pairs (:class:`KeptStore`), read from the store when the slot is
    asked for, in the engine's pair order, their claims with their short
    names read as the corpus's long ones (``names``) and their verbatim twins
    in :attr:`twins`, which :func:`~factcheck.engine.align.align` reads next
    (kept until the next slot is asked for). Each call reads afresh: a slot's
    claims go once its rule is done with them. Valid while the store's
    connection holds this corpus's kept pairs (until the next
    :class:`KeptStore` on it); a closed or rebuilt store is an
    :class:`sqlite3.Error`, as any failure of the store."""

    def __init__(
        self,
        store: SQLiteCache,
        names: dict[str, str],
        idf: Mapping[str, float],
        fact_event: dict[str, str],
        lexicon: Lexicon,
    ) -> None:
        super().__init__([], {}, idf, nx.MultiDiGraph(), fact_event, lexicon)
        self.store = store
        self.conn = store.connection
        self.names = names

    def candidates(self, slot: str, focus: frozenset[str] | None = None) -> list[tuple[SlotClaim, SlotClaim]]:
        if focus is not None:
            raise ValueError("pairs aligned key group by key group have no focus")
        conn = self.store.connection
        if conn is None or conn is not self.conn:
            raise sqlite3.OperationalError("the claims store was closed or rebuilt while the rules ran")
        pairs = conn.execute(
            "SELECT a_claim, b_claim FROM kept_pairs WHERE slot = ?"
            " ORDER BY a_article, a_start, a_claim, b_article, b_start, b_claim",  # the engine's pair order
            (slot,),
        ).fetchall()
        twins = conn.execute("SELECT first, claim FROM kept_twins WHERE slot = ? ORDER BY first, n", (slot,)).fetchall()
        held = HeldClaims()
        claims: dict[str, SlotClaim] = {}
        for (data,) in conn.execute(
            "SELECT data FROM claims WHERE (aid, claim) IN (SELECT a_aid, a_claim FROM kept_pairs WHERE slot = ?1"
            " UNION SELECT b_aid, b_claim FROM kept_pairs WHERE slot = ?1"
            " UNION SELECT aid, claim FROM kept_twins WHERE slot = ?1)",
            (slot,),
        ):
            c = held(renamed(pickle.loads(data), self.names))  # noqa: S301 - written by this cache, in this store
            claims[c.id] = c
        by_first: dict[str, list[SlotClaim]] = {}
        for first, claim in twins:
            by_first.setdefault(first, []).append(claims[claim])
        self.twins = {first: tuple(members) for first, members in by_first.items()}
        return [(claims[a], claims[b]) for a, b in pairs]


def wanted_slots(ruleset: RuleSet) -> Wanted:
    """Each claim slot a rule compares, with the lowest ``min_score`` asked of it."""
    lowest: dict[str, float] = {}
    for rule in ruleset.rules:
        opts = rule.options
        if isinstance(opts, ClaimOptions):
            for slot in opts.slots:
                lowest[slot] = min(lowest.get(slot, opts.min_score), opts.min_score)
    return tuple(sorted(lowest.items()))
