"""Alignment: which claims of different articles fill the same slot, on the corpus graph.

Every :class:`~.claims.SlotClaim` becomes a node of the corpus graph
(``claim:<id>``) linked to its *block keys* (``key:<slot>|<meaning
class>|<anchor>``) and, in an analysis of a whole corpus in memory, to its
article, fact, entities and event (a focused check, a streamed or a Dask run
adds only the key edges, all that alignment reads): one per meaning class
of what it is about (the measured noun for numbers, the predicate for dates,
places and polarity) and per anchor (a resolved entity or an argument head).
Candidate pairs are the claims that share a key node; keys held by more than
``max_df`` claims are too common to block on. Never all pairs.

The scorer decides "same slot" (:func:`score`):

1. the slots, roles and meanings must agree: same slot and role (a place "in"
   is not a place "near"; a count of passengers is not a percentage; a count
   of a kind and a count of what it is a kind of, "three bank workers died" /
   "four people died", only when one predicate tells both, :func:`count_kind`),
   the measured nouns in one meaning class or one a kind of the other,
   predicates in one meaning class (for polarity: or opposites, "approve" /
   "reject");
2. the subjects and objects, when both sides name them, must agree;
3. the score is the IDF-weighted Jaccard overlap of the anchors (entities
   count double: a rare entity weighs more than a common word; two names of
   one natural phenomenon, "quake" / "temblor", count as one shared anchor,
   :func:`synonym_pairs`), IDF taken over the articles of the corpus; halved
   for a number, ordinal or place whose two predicates differ in meaning
   ("carrying 300 passengers" / "300 passengers on board" align, but only
   loosely: "killed 30" / "injured 50" must not be a contradiction). For
   polarity, two claims with one subject where one side's anchors (two at
   least) are all among the other's score at least
   ``CONTAINED_SCORE``: one source states the bare clause, the other adds details;
   so do two plain counts of one noun by one event predicate about one named
   subject ("Roe missed four games" / "... six games this season after the loss").

Counts are compared as part and whole (:func:`~.compare.compare_part_whole`)
when one counts a kind of the other's noun, or a modified noun ("one final
chance", "four straight points") against the plain one ("two chances"): the
part may be fewer, never more.

Verbatim twins (:func:`twin_signature`): claims that differ only in where
they were read (the same sentence in a republished wire story) align with
every other claim as one. Without a focus, only the first of each twin class
is paired (:meth:`ClaimIndex.candidates`) and the others join its slot when
the pairs are grouped (:attr:`Alignment.twins`): k copies of a story cost
the pairs of one, not k x k.

Two claims about different events never conflict (:func:`different_events`):
facts clustered into two events, facts whose own dates do not overlap (a
call on Monday and a call on Friday), or positions in a series told on
different days ("the first call", a month later "the second call").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date

import networkx as nx

from ..knowledge import meaning
from ..knowledge.lexicon import Lexicon
from ..model.models import Article, Extraction
from ..text.words import (
    DEATH,
    DYING,
    GENERATIONAL,
    HURT,
    LEAVE_NOUNS,
    NAMING_VERBS,
    NOT_LENGTHS,
    ONES,
    TEENS,
    TENS,
)
from .claims import (
    ABOUT,
    AGE_BACK_THEN,
    AGE_THEN_YEAR,
    APPLIES_DETAIL,
    APPLIES_QUALITY,
    APPLIES_TO,
    BARE,
    CAPACITY,
    CLOCK_WRITTEN,
    COMPLEMENT,
    DAY_PART,
    DAY_WRITTEN,
    DEFERRING,
    DIED,
    EFFORT,
    EVENT_AFTER,
    EVENT_BEFORE,
    FIRST,
    GAME_DAY,
    HAVE_TENSE,
    HOME,
    MADE_BY,
    MANNER,
    MEASURE_KIND,
    MEASURED,
    MODIFIERS,
    NAMED,
    NARROWED,
    OBJECT_AFTER,
    OBJECT_INDEFINITE,
    OBJECT_MODIFIERS,
    OBJECT_UNNAMED,
    OCCASIONS,
    OFFICE,
    OFFICE_OF,
    ONE_OF,
    PERIOD,
    PUT_OFF,
    QUALIFIED,
    RATE,
    RESULT,
    SERIES,
    SEVERITY,
    SPEECH,
    SPEECH_ACTS,
    START,
    START_RATE,
    ZONE_WRITTEN,
    Payload,
    SlotClaim,
    claims_of_extraction,
    is_not_yet,
)
from .compare import (
    Clock,
    DateValue,
    NumberValue,
    PartialDate,
    PlaceValue,
    Verdict,
    compare_age_birth,
    compare_ages,
    compare_clocks,
    compare_dates,
    compare_holders,
    compare_numbers,
    compare_ordinals,
    compare_part_whole,
    compare_partial_dates,
    compare_places,
    compare_polarity,
    compare_quotations,
    compare_scores,
    compare_speakers,
    compare_titles,
    day_offset,
    entails,
    measure_of,
    opposite_lemmas,
    partial_date,
    quote_words,
    same_day,
    shifted,
    slips,
    unit_relation,
)
from .names import name_map, renamed
from .titles import NOT_NOW

ENTITY_WEIGHT = 2.0
QUOTE_SHINGLE = 3  # words in a quotation's block key
PREDICATE_MISMATCH = 0.5  # score factor when the predicates of a number, ordinal or place differ
MAX_DF = 200  # a block key held by more claims than this (twins count once) is too common to block on
CONTAINED_SCORE = 0.6  # polarity: every anchor of one side (two at least) among the other's


@dataclass(frozen=True)
class Alignment:
    """A candidate pair that the scorer kept, with its score and why."""

    a: SlotClaim
    b: SlotClaim
    score: float
    why: str
    different_events: str | None = None  # why the two claims are about different events
    pinned: bool = False  # a shared entity, or the same subject and another shared anchor
    #: The verbatim twins of a and b (:attr:`ClaimIndex.twins`): not paired
    #: themselves, they join the pair's slot when pairs are grouped.
    twins: tuple[SlotClaim, ...] = ()
    #: Why the two claims may be of two events of one kind that their words tell
    #: apart (:func:`events_told_apart`): a difference is then only possible.
    apart: str = ""

    @property
    def firm(self) -> bool:
        """Evidence enough for a finding: the claims share a resolved entity, or
        two anchors and the same subject ("the council" ... "the budget"); a
        common word alone ("the cause", "the strategy") does not pin down what is meant."""
        return self.pinned or self.a.slot in ("quote", "age")


#: Where a claim was read: two claims equal in every other field are verbatim twins.
_WHERE = frozenset({"id", "article", "fact", "sentence", "line", "span", "value_span"})
_WHAT = tuple(f.name for f in fields(SlotClaim) if f.name not in _WHERE)


def twin_signature(c: SlotClaim, event: str | None) -> tuple[object, ...]:
    """What a claim says, and the event it is clustered into, without where it
    was read: claims with one signature score, gate and compare alike against
    any other claim (:func:`score`, :func:`gate`, :func:`different_events` and
    :func:`compare_claims` read only these fields), and agree with one another."""
    return (event, *(getattr(c, name) for name in _WHAT))


def _place(c: SlotClaim) -> tuple[str, int, str]:
    return (c.article, c.span.start, c.id)


@dataclass
class ClaimIndex:
    """All claims of a corpus, their idf weights and the aligned pairs.

    The graph is complete when the index is made (:func:`index_of_claims`):
    the block keys of each slot and the candidate pairs are listed from it once
    and kept."""

    claims: list[SlotClaim]
    by_id: dict[str, SlotClaim]
    idf: Mapping[str, float]
    graph: nx.MultiDiGraph
    fact_event: dict[str, str]
    lexicon: Lexicon
    max_df: int = MAX_DF
    #: Claims per block key in the whole corpus, when this index holds only part
    #: of it (``check`` on the claims index: the new articles' candidates); the
    #: keys of the focus claims must be there. ``None``: counted on the graph.
    key_counts: Mapping[str, int] | None = None
    #: The first claim of each twin class (see :func:`twin_signature`) -> the
    #: other members, which join its slot when aligned pairs are grouped.
    twins: dict[str, tuple[SlotClaim, ...]] = field(default_factory=dict)
    _pairs: dict[tuple[str, str], list[tuple[SlotClaim, SlotClaim]]] = field(default_factory=dict)
    _first: dict[str, str] | None = None  # claim id -> the id of its twin class's first claim
    _slot_keys: dict[str, list[str]] | None = None  # slot -> its block key nodes, sorted

    def weight(self, anchor: str) -> float:
        w = self.idf.get(anchor, 1.0)
        return w * ENTITY_WEIGHT if anchor.startswith("@") else w

    def first_twins(self) -> dict[str, str]:
        """Each claim's twin class, by the id of its first claim (by article,
        position, id); fills :attr:`twins`."""
        if self._first is None:
            classes: dict[tuple[object, ...], list[SlotClaim]] = defaultdict(list)
            for c in self.claims:
                classes[twin_signature(c, self.fact_event.get(c.fact))].append(c)
            self._first = {}
            for members in classes.values():
                members.sort(key=_place)
                for c in members:
                    self._first[c.id] = members[0].id
                if len(members) > 1:
                    self.twins[members[0].id] = tuple(members[1:])
        return self._first

    def candidates(self, slot: str, focus: frozenset[str] | None = None) -> list[tuple[SlotClaim, SlotClaim]]:
        """Pairs of claims of one slot from different articles that share a
        block key node of the graph (each pair once, in a canonical order).
        Without a focus, a twin class is paired through its first claim only."""
        cache_key = (slot, ",".join(sorted(focus)) if focus is not None else "")
        if cache_key in self._pairs:
            return self._pairs[cache_key]
        g = self.graph
        seen: set[tuple[str, str]] = set()
        out: list[tuple[SlotClaim, SlotClaim]] = []
        keys = self._keys_of(slot)
        first = self.first_twins() if focus is None else None
        for k in keys:
            members = sorted({u for u, _v in g.in_edges(k)})
            if len(members) < 2:
                continue
            cs = [self.by_id[m[len("claim:") :]] for m in members]
            if focus is not None and not any(c.article in focus for c in cs):
                continue  # no pair here involves a focus article
            if first is not None:
                cs = [c for c in cs if first[c.id] == c.id]
            # how common a key is counts what is said, not how often it was republished
            if self._held(k, len(cs) if first is not None else len(members)) > self.max_df:
                continue
            if focus is None:
                pairs: Iterable[tuple[SlotClaim, SlotClaim]] = ((a, b) for i, a in enumerate(cs) for b in cs[i + 1 :])
            else:  # a pair holds a focus claim: each with every other (two focus claims meet twice, kept once)
                pairs = ((a, b) for a in cs if a.article in focus for b in cs)
            for a, b in pairs:
                if a.article == b.article:
                    continue
                x, y = (a, b) if (a.article, a.span.start, a.id) <= (b.article, b.span.start, b.id) else (b, a)
                pk = (x.id, y.id)
                if pk not in seen:
                    seen.add(pk)
                    out.append((x, y))
        out.sort(key=lambda p: (p[0].article, p[0].span.start, p[0].id, p[1].article, p[1].span.start, p[1].id))
        self._pairs[cache_key] = out
        return out

    def _keys_of(self, slot: str) -> list[str]:
        """The block key nodes of one slot, sorted (the graph's nodes listed once for every slot)."""
        if self._slot_keys is None:
            by_slot: dict[str, list[str]] = defaultdict(list)
            for n in self.graph.nodes:
                if n.startswith("key:"):
                    by_slot[n[len("key:") :].partition("|")[0]].append(n)
            self._slot_keys = {k: sorted(v) for k, v in by_slot.items()}
        return self._slot_keys.get(slot, [])

    def _held(self, node: str, members: int) -> int:
        """How many claims of the corpus hold a block key node."""
        if self.key_counts is None:
            return members
        return self.key_counts.get(node[len("key:") :], members)


def block_keys(c: SlotClaim) -> set[str]:
    """The block keys of a claim: meaning class x anchor (or the meaning class
    alone for a claim with no anchors but a quotation's words)."""
    if c.slot == "quote":
        words = quote_words(str(c.payload))
        if len(words) >= QUOTE_SHINGLE + 1:
            # one statement quoted by two sources shares a run of words, whoever the
            # speaker is said to be (a readout, "the office", the leader)
            return {"quote|" + " ".join(words[i : i + QUOTE_SHINGLE]) for i in range(len(words) - QUOTE_SHINGLE + 1)}
        speaker = sorted(c.anchors) or ["?"]
        return {f"quote|{w}|{s}" for w in sorted(c.noun_classes) for s in speaker}
    if c.slot == "age":
        return {f"age|{a}" for a in c.anchors}
    if c.slot == "date" and c.role == START:
        # the start of a measure: blocked by what the measure is ("tariff"); what it
        # applies to ("autos" / "vehicles") is compared by meaning in the gate
        return {f"date|{START}|{m}" for m in sorted(c.noun_classes)}
    if c.slot == "polarity":
        # any predicate: opposites and kinds ("murder" / "kill") share no class; the
        # gate decides, the anchors keep the blocks small
        meanings = {"any"}
    elif c.slot in ("number", "ordinal"):
        # any measured noun: "people" and "passengers" share no class, one is a
        # kind of the other (the gate checks); the anchors keep blocks small
        meanings = {"any"}
    else:
        meanings = set(c.noun_classes) | set(c.pred_classes) | {"lemma:" + c.noun}
    return {f"{c.slot}|{m}|{a}" for m in meanings for a in sorted({block_anchor(x) for x in c.anchors})}


#: The nouns whose synonyms pin one thing: names of a natural phenomenon ("quake",
#: "temblor", "earthquake"). Not people ("director" / "manager", "activist" /
#: "militant" name different people on purpose), acts ("measure" / "step") nor
#: things ("license" / "permit"), whose synonyms a story uses for different ones.
SYNONYM_ROOT = "natural phenomenon"


def _phenomenon(anchor: str) -> str | None:
    """The most frequent sense of a common noun that names a natural phenomenon, or None."""
    if anchor.startswith("@") or not meaning.is_a(anchor, SYNONYM_ROOT):
        return None
    return meaning.first_sense(anchor, "n")


def block_anchor(anchor: str) -> str:
    """What an anchor blocks on: a phenomenon's most frequent sense, so that its
    synonyms meet ("the temblor" / "the earthquake"); any other anchor itself."""
    sense = _phenomenon(anchor)
    return "~" + sense if sense else anchor


def synonym_pairs(a: SlotClaim, b: SlotClaim) -> tuple[tuple[str, str], ...]:
    """Anchors of one side and of the other, not shared as words, that name
    one phenomenon ("quake" / "temblor"): each pair counts as one shared anchor
    in the score."""
    theirs: dict[str, str] = {}
    for y in sorted(b.anchors - a.anchors):
        sense = _phenomenon(y)
        if sense:
            theirs.setdefault(sense, y)
    out: list[tuple[str, str]] = []
    for x in sorted(a.anchors - b.anchors):
        sense = _phenomenon(x)
        match = theirs.pop(sense, None) if sense else None
        if match is not None:
            out.append((x, match))
    return tuple(out)


def idf_weight(n_articles: int, df: int) -> float:
    """The IDF weight of an anchor used by ``df`` of ``n_articles`` articles.

    Both count distinct files (:meth:`~factcheck.model.models.Article.digest`):
    an article filed twice, or republished byte for byte under another name,
    counts once, so that copies never move the weights (nor the findings)."""
    return math.log((1 + n_articles) / (1 + df)) + 1.0


def later_copies(articles: Iterable[Article]) -> tuple[int, frozenset[str]]:
    """The number of distinct files among ``articles`` and the ids of the
    articles that repeat an earlier one's (in id order): their anchors are not
    counted again in the IDF weights."""
    first: dict[str, str] = {}
    copies: set[str] = set()
    for a in sorted(articles, key=lambda a: a.id):
        if first.setdefault(a.digest(), a.id) != a.id:
            copies.add(a.id)
    return len(first), frozenset(copies)


def build_index(
    extractions: Iterable[Extraction], graph: nx.MultiDiGraph, fact_event: dict[str, str], lexicon: Lexicon
) -> ClaimIndex:
    """Claims of every article, added to the corpus graph with their block keys."""
    claims: list[SlotClaim] = []
    df: dict[str, set[str]] = defaultdict(set)
    exs = sorted(extractions, key=lambda e: e.article.id)
    n_articles, copies = later_copies(ex.article for ex in exs)
    # "Okafor" in one article is "Ada Okafor" of another, "NMC" is "Northvale Mining Corporation"
    surnames = name_map(exs)
    for ex in exs:
        for c in claims_of_extraction(ex):
            c = renamed(c, surnames)
            claims.append(c)
            if ex.article.id not in copies:
                for a in c.anchors:
                    df[a].add(c.article)
    idf = {a: idf_weight(n_articles, len(arts)) for a, arts in df.items()}
    return index_of_claims(claims, graph, fact_event, lexicon, idf=idf)


def index_of_claims(
    claims: list[SlotClaim],
    graph: nx.MultiDiGraph,
    fact_event: dict[str, str],
    lexicon: Lexicon,
    *,
    idf: Mapping[str, float],
    key_counts: Mapping[str, int] | None = None,
    keys: Collection[str] | None = None,
    blocking_only: bool = False,
) -> ClaimIndex:
    """Claims (in article order) added to the corpus graph with their block
    keys. ``keys``: only these block keys are added (a focused check's: the
    keys of the focus claims, since every pair it aligns holds a focus claim
    and meets on one of its keys); ``None``: every key. ``blocking_only``:
    only the claims' edges to their keys, which is all the alignment reads (a
    focused check on the claims index, as the streamed and Dask runs)."""
    for c in claims:
        node = f"claim:{c.id}"
        if not blocking_only:
            _link_claim(graph, node, c, fact_event)
        for k in sorted(block_keys(c)):
            if keys is None or k in keys:
                graph.add_edge(node, f"key:{k}", rel="keyed")
    return ClaimIndex(claims, {c.id: c for c in claims}, idf, graph, fact_event, lexicon, key_counts=key_counts)


def _link_claim(graph: nx.MultiDiGraph, node: str, c: SlotClaim, fact_event: Mapping[str, str]) -> None:
    """A claim's node, linked to its article, fact, event and entities."""
    graph.add_node(node, kind="claim", slot=c.slot, article=c.article, line=c.line, key=c.key())
    graph.add_edge(f"article:{c.article}", node, rel="claims")
    if c.fact:
        graph.add_edge(node, f"fact:{c.fact}", rel="from")
        ev = fact_event.get(c.fact)
        if ev:
            graph.add_edge(node, f"event:{ev}", rel="about")
    for e in sorted(c.entities):
        graph.add_edge(node, f"entity:{e}", rel="about")


# --------------------------------------------------------------------------- scoring


def _same_noun(a: SlotClaim, b: SlotClaim) -> bool:
    if a.noun == b.noun or a.noun_classes & b.noun_classes:
        return True
    return meaning.is_a(a.noun, b.noun) or meaning.is_a(b.noun, a.noun)


def _dates_noun(a: SlotClaim, b: SlotClaim) -> bool:
    """Whether either date claim dates an event noun other than its clause's
    predicate ("the Monday shooting", "a fire on Tuesday destroyed ...")."""
    return any(c.noun and c.predicate and c.noun != c.predicate for c in (a, b))


def _same_predicate(a: SlotClaim, b: SlotClaim) -> bool:
    if not a.predicate or not b.predicate:
        return False
    return a.predicate == b.predicate or bool(a.pred_classes & b.pred_classes)


def _agree(x: str | None, y: str | None) -> bool:
    """Two argument anchors agree when either is missing, equal, or the same meaning."""
    if x is None or y is None or x == y:
        return True
    if x.startswith("@") and y.startswith("@"):
        return False
    if x.startswith("@") or y.startswith("@"):
        # an entity and a common noun agree when the noun is the entity's last name word ("@city-council" / "council")
        ent, noun = (x, y) if x.startswith("@") else (y, x)
        return ent[1:].split("-")[-1] == noun
    return meaning.same_meaning(x, y, "n") or meaning.is_a(x, y) or meaning.is_a(y, x)


def _same_group(x: str | None, y: str | None) -> bool:
    """Two named groups that may be one: the same name, or one name the
    start of the other ("@acme" / "@acme-corp")."""
    if x is None or y is None:
        return False
    wx, wy = x[1:].split("-"), y[1:].split("-")
    n = min(len(wx), len(wy))
    return wx[:n] == wy[:n]


def _named_group(c: SlotClaim) -> bool:
    """Whether what a number counts is told by a name ("two Acme workers",
    "three million iPhones"): the count's object is an entity."""
    return c.object is not None and c.object.startswith("@")


def _agent(c: SlotClaim) -> str | None:
    """The subject of a claim, unless it is what a number counts ("26 pirates
    arrested": the pirates are counted, not the ones who arrest)."""
    if c.slot == "number" and c.subject is not None and c.subject in (c.noun, c.role):
        return None
    return c.subject


def _same_unit(a: SlotClaim, b: SlotClaim) -> bool:
    """Two numbers in one unit written two ways: "$" and "USD" (the
    comparison says the difference rests on '$' being that currency), or
    counted nouns that are synonyms ("persons" / "people")."""
    if a.slot != "number":
        return False
    relation = unit_relation(a.role, b.role)
    if relation == "duration":
        return _lengths_of_one_thing(a, b)
    if relation != "none":
        return True
    return meaning.same_meaning(a.role, b.role, "n")


def _one_measure(a: SlotClaim, b: SlotClaim) -> bool:
    """Two figures of one measure whose nouns are their units ("winds of 160
    km/h" / "winds of 100 mph": the nouns "km" and "mph" are no things counted)."""
    if a.slot != "number" or unit_relation(a.role, b.role) not in ("exact", "measure"):
        return False
    return all(measure_of(c.role) is not None and measure_of(c.noun) is not None for c in (a, b))


def _lengths_of_one_thing(a: SlotClaim, b: SlotClaim) -> bool:
    """Two lengths of time in different units are compared only as the length
    of one named thing ("a 60-day stay" / "a three-month stay"): a bare length
    ("lasted 14 days") may be any of the sentence's others ("three years old",
    "two years ago", "seven days a week")."""
    return (
        a.noun == b.noun
        and unit_relation(a.noun, a.role) == "none"
        and a.noun not in NOT_LENGTHS
        and not (_working_days(a) or _working_days(b))
    )


def _working_days(c: SlotClaim) -> bool:
    """A count of days that may be working days: of leave ("a 20-day
    leave"), or written so ("a five-business-day review")."""
    return c.role == "day" and (c.noun in LEAVE_NOUNS or any(w in c.value.casefold() for w in ("business", "working")))


#: Units that are no counted noun: a count of one is never a kind of the other, nor
#: a part of it ("a strong 5.6-magnitude earthquake" measures the quake).
_NOT_COUNTED = frozenset({"count", "percent", "percentage point", "basis point", "$", "magnitude"})


def _counted(role: str) -> bool:
    return role not in _NOT_COUNTED and not (len(role) == 3 and role.isalpha() and role.isupper())


def count_kind(a: SlotClaim, b: SlotClaim) -> str | None:
    """For two counts of different nouns, which counts a kind of the other's:
    ``"a"`` when a's counted noun is a kind of b's ("workers" / "people"),
    ``"b"`` the other way round, None when neither is (or they are no counts)."""
    if a.slot != "number" or a.role == b.role or not (_counted(a.role) and _counted(b.role)):
        return None
    if unit_relation(a.role, b.role) in ("exact", "measure"):
        return None  # "meters" / "metres", "feet" / "metres": one measure, no kind of another
    if meaning.is_a(a.role, b.role):
        return "a"
    if meaning.is_a(b.role, a.role):
        return "b"
    return None


#: Events that happen once to what they are about whoever does them: a death, a
#: founding, a creation. Not a launch (a product is launched again in another market
#: or by a partner), a building (rebuilt), an acquisition or a start ("Acme acquired
#: the Northvale Gallery in 2001" / "Beta acquired it in 2005" are two sales).
ONCE_WHOEVER = frozenset({DEATH, "found", "establish", "create", "cofound", "co-found"})


def _once(a: SlotClaim, b: SlotClaim) -> bool:
    """Two claims of the date or place of one event that happens once to one
    entity whoever does it (:data:`ONCE_WHOEVER`)."""
    return a.role == b.role == "once" and a.noun == b.noun in ONCE_WHOEVER and bool(a.anchors & b.anchors)


def _same_event(a: SlotClaim, b: SlotClaim) -> bool:
    """Predicates of one meaning that say what happened: not a light verb ("had
    two chances") nor a count verb ("finished with", "ended the day with"),
    which state a figure of any event."""
    return bool(a.pred_classes & b.pred_classes) and a.predicate not in COUNT_VERBS and b.predicate not in COUNT_VERBS


#: What is or was and what is expected or planned of one thing: "Acme will pay $30
#: million for Widgetco" / "Acme is paying $40 million for Widgetco". May, might,
#: should, a condition ("if") and questions tell no value of the thing.
_SETTLED = frozenset({"actual", "expected", "planned"})


def told_as_expected(a: SlotClaim, b: SlotClaim) -> bool:
    """Two claims of a value (a date, number, place or holder), one told as
    what happened or is, the other as what is expected or planned: one slot
    that a plan may have changed (:mod:`.grouping` labels it possible)."""
    return (
        a.slot in ("date", "number", "ordinal", "place", "holder")
        and a.modality != b.modality
        and "actual" in (a.modality, b.modality)
        and a.modality in _SETTLED
        and b.modality in _SETTLED
    )


def gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two claims cannot be one slot, or None when they may be."""
    if a.slot != b.slot:
        return "different slots"
    if a.modality != b.modality and a.slot != "age" and not told_as_expected(a, b):
        # (an age in apposition is the person's, whatever the clause: "Smith, 61, may run")
        return f"{a.modality} vs {b.modality}"
    if a.slot in ("quote", "age"):
        return None
    if a.slot == "score":
        return _score_gate(a, b)
    why_not = _office_gate(a, b)
    if why_not is not None:
        return why_not
    if a.slot == "date" and a.modality != b.modality and a.predicate != b.predicate and a.noun != b.noun:
        # a date scheduled and a date something happened, told by two predicates, are
        # most often two steps of one story ("will be sentenced May 3" / "was convicted")
        return f"{a.modality} '{a.predicate}' and {b.modality} '{b.predicate}' are two steps"
    if a.role != b.role and not _same_unit(a, b) and not (count_kind(a, b) and _same_event(a, b)):
        # a count of a kind aligns with a count of what it is a kind of ("three bank
        # workers died" / "four people died") only when told by one predicate
        return f"different roles ({a.role} / {b.role})"
    if a.slot == "date" and a.role == START:
        return _start_gate(a, b)
    if (
        a.slot in ("number", "ordinal", "holder")
        and not _same_noun(a, b)
        and unit_relation(a.noun, b.noun) == "none"
        and not _one_measure(a, b)
    ):
        # (a sum's noun is its currency: "US$434 million" / "$334 million")
        return f"'{a.noun}' and '{b.noun}' are different things"
    if a.slot == "date" and not (_same_noun(a, b) or _same_predicate(a, b) and not _dates_noun(a, b)):
        # a date of an event noun dates that event, not its clause: "arrested Ana Ruiz two days
        # after the Monday shooting" is no date of an arrest on Wednesday
        return f"'{a.noun}' and '{b.noun}' are different events"
    if a.slot in ("date", "number", "ordinal", "place") and not _agree(_agent(a), _agent(b)) and not _once(a, b):
        # (what happens once to one entity happens once, whoever is said to do it: "Ana Ruiz
        # founded Acme in 1990" / "Tom Reyes founded Acme in 1992")
        return "different subjects"
    if a.slot == "number" and (why_not := _number_gate(a, b)) is not None:
        return why_not
    if a.slot == "polarity":
        return _polarity_gate(a, b)
    return None


#: The most days between two articles whose start dates of one measure are compared: a
#: measure of the same kind brought in again months later is another ("a curfew for
#: teenagers, effective Monday" in March and in June); a weekday only within one week.
START_WINDOW_DAYS = 60
WEEKDAY_WINDOW_DAYS = 6


def events_told_apart(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two dates may be of two events of one kind that the words of their
    nouns tell apart: both say which one ("the opening ceremony" / "the
    closing ceremony", "a hearing on bail" / "a hearing on the plea", "the
    trial for fraud" / "for assault"), and no word of one side is one of the
    other's or of its meaning, in any part of speech. One side saying more
    ("the ceremony" / "the opening ceremony") is no difference. Reports of
    one event may word it two ways ("a gun attack" / "a shooting"), so the
    pair stays aligned, and a difference is only possible (:mod:`.grouping`)."""
    for key in (EVENT_BEFORE, EVENT_AFTER):
        x, y = dict(a.extra).get(key, "").split(), dict(b.extra).get(key, "").split()
        if x and y and not any(_any_meaning(u, v) for u in x for v in y):
            return f"two events of one kind: '{' '.join(x)}' / '{' '.join(y)}'"
    return None


def _any_meaning(x: str, y: str) -> bool:
    """One word, or words of one meaning in some part of speech ("car" / "automobile")."""
    return x == y or any(meaning.same_meaning(x, y, pos) for pos in ("n", "a", "v"))


def _start_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two start dates are not of one measure: measures of different
    kinds, applied to different things ("tariffs on steel" / "tariffs on
    autos"; "autos" and "vehicles" are one) or to things told apart ("smoking
    in bars" / "in parks", "electric cars" / "used cars"), not told with one
    rate on both sides ("a 10% tariff" / "a 25% tariff", or a ban with none),
    or told in articles too far apart (:data:`START_WINDOW_DAYS`). Makers are
    compared in :func:`makers_apart`."""
    if not _same_noun(a, b):
        return f"'{a.noun}' and '{b.noun}' are different measures"
    on_a, on_b = _extra(a, APPLIES_TO), _extra(b, APPLIES_TO)
    if not any(_agree(x, y) for x in on_a for y in on_b):
        return f"applied to different things ({', '.join(on_a)} / {', '.join(on_b)})"
    words = _narrowing_words(a), _narrowing_words(b)
    if words[0] and words[1] and not any(x == y or _agree(x, y) for x in words[0] for y in words[1]):
        # "electric cars" / "diesel cars" (an adjective on one side, a noun on the other)
        return f"applied to different kinds ({', '.join(words[0])} / {', '.join(words[1])})"
    for key, what in (
        (APPLIES_DETAIL, "applied to"),
        (APPLIES_QUALITY, "applied to"),
        (MEASURE_KIND, "measures of"),
    ):
        # "smoking in bars" / "smoking in parks", "electric cars" / "used cars", "export duty" /
        # "import duty"; a word on one side only ("a higher tariff on steel" / "a tariff on
        # steel", "Westshirean cars" / "vehicles made outside its borders") tells nothing apart
        xa, xb = _extra(a, key), _extra(b, key)
        if xa and xb and not any(x == y or _agree(x, y) for x in xa for y in xb):
            return f"{what} different kinds ({', '.join(xa)} / {', '.join(xb)})"
    rates = dict(a.extra).get(START_RATE), dict(b.extra).get(START_RATE)
    if not all(rates):
        # a measure is pinned by its rate as well ("a 25% tariff on cars"): bans, curfews and
        # measures told without one are brought in, lifted and changed too often, by too many
        # makers the parse does not name, for two untold rates to say they are one
        return "no rate on both sides"
    if rates[0] != rates[1]:
        return f"measures of different rates ({rates[0]} / {rates[1]})"
    full = isinstance(a.payload, DateValue) and isinstance(b.payload, DateValue)
    if full and abs((a.payload.start - b.payload.start).days) > START_WINDOW_DAYS * 3:  # type: ignore[union-attr]
        return "start dates half a year apart: maybe two measures of the kind"
    places = _places_narrowing(a), _places_narrowing(b)
    if places[0] and places[1] and not places[0] & places[1]:
        # "imports from Westshire" / "Northvalean imports": the places the targets are of differ
        return (
            f"applied to things of different places ({', '.join(sorted(places[0]))} / {', '.join(sorted(places[1]))})"
        )
    if a.published is not None and b.published is not None:
        gap = abs((a.published - b.published).days)
        weekday = any(isinstance(c.payload, PartialDate) and c.payload.month is None for c in (a, b))
        if gap > (WEEKDAY_WINDOW_DAYS if weekday else START_WINDOW_DAYS):
            return f"told {gap} days apart: maybe another measure of its kind"
    return None


def makers_apart(a: SlotClaim, b: SlotClaim, lexicon: Lexicon) -> str | None:
    """Why two start dates may be of measures of two makers: either side names
    no maker (in a trade dispute each side imposes the same 25% tariff on the
    same cars: "the government will impose", "its tariff", "we will impose"
    say too little), or the names differ ("Westshire's tariffs" / "Northvale
    would impose tariffs", and "Northvale City" / "Northvale"), unless the story's
    lexicon says one acts for the other (a leader and the country,
    ``speaks_for``). Recognised names are typed unreliably,
    so a person and a place are two makers unless the lexicon says otherwise."""
    ma, mb = dict(a.extra).get(MADE_BY), dict(b.extra).get(MADE_BY)
    if not ma or not mb:
        return "who makes the measure is named on one side at most"
    if ma == mb:
        return None
    if ma.startswith("@") and mb.startswith("@") and lexicon.related(ma[1:], mb[1:]):
        return None  # (not one name the start of the other: "Northvale City" / "Northvale", "Acme Steel" / "Acme")
    return f"measures made by two ({ma.lstrip('@')} / {mb.lstrip('@')})"


def _narrowing_words(c: SlotClaim) -> list[str]:
    """The words other than names that narrow what a measure applies to, nouns
    and adjectives together ("electric cars": "electric"; "diesel cars": "diesel")."""
    words = _extra(c, APPLIES_DETAIL) + _extra(c, APPLIES_QUALITY)
    return sorted(x for x in words if not x.startswith("@") and not x[:1].isupper())


def _places_narrowing(c: SlotClaim) -> set[str]:
    """The names and capitalised adjectives that narrow what a measure applies
    to ("imports from Westshire": "@westshire"; "Northvalean imports": "Northvalean")."""
    names = {x for x in _extra(c, APPLIES_DETAIL) if x.startswith("@")}
    return names | {x for x in _extra(c, APPLIES_QUALITY) if x[:1].isupper()}


def _extra(c: SlotClaim, key: str) -> list[str]:
    return sorted(v for k, v in c.extra if k == key)


def _score_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two scores are not of one game: other sides, or another day. Every
    score claim names two sides or more and the day the text dates its game
    (:func:`~factcheck.engine.claims._score_claim`); the same sides meet
    again, in a series, home and away or year after year, and only the day
    tells the meetings apart."""
    if a.entities != b.entities:
        return "results that do not name the same sides"
    day_a, day_b = dict(a.extra)[GAME_DAY], dict(b.extra)[GAME_DAY]
    if day_a != day_b:
        return f"games on different days ({day_a} / {day_b})"
    return None


def _number_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two number claims of one noun and agent are still not one figure."""
    if a.role == b.role == "magnitude" and (why := _magnitude_gate(a, b)) is not None:
        return why
    if dict(a.extra).get(MEASURED) != dict(b.extra).get(MEASURED):
        # "fell 3,000 metres" / "fell from 35,000 feet", "10 km deep" / "40 km from Northvale",
        # "20 kg of cocaine" / "11 lb of heroin": a level, a depth, an amount of another thing
        return "figures of different aspects of a measure"
    if dict(a.extra).get(RATE) != dict(b.extra).get(RATE):
        # "300 people die on the roads each year" / "the crash killed four people"
        return "a rate and a count, or rates per different periods"
    if dict(a.extra).get(PERIOD) != dict(b.extra).get(PERIOD):
        # "scored 10 points in the first half" / "scored 23 points": a part and the whole
        return "figures for different parts of a period"
    if dict(a.extra).get(SEVERITY) != dict(b.extra).get(SEVERITY):
        # "seriously injured 10 people" / "injured 55 people": some of the hurt and all of them
        return "counts of harm of different degrees"
    if dict(a.extra).get(CAPACITY) != dict(b.extra).get(CAPACITY):
        # "spent seven seasons as an assistant" / "played for the Hawks for 11 seasons"
        return "figures of different capacities"
    tenses = {dict(a.extra).get(HAVE_TENSE), dict(b.extra).get(HAVE_TENSE)}
    if tenses == {"up to now", "now"}:
        # "has had 26 wives" / "has 20 wives": all of them up to now, and those of now
        return "a count up to now and a count of now"
    if _named_group(a) and _named_group(b) and not _same_group(a.object, b.object):
        # "two Acme workers were killed" / "three Beta workers were killed": two groups counted
        return "counts of different named groups"
    if (_named(a) or _named(b)) and not any(x[0] != "@" for x in a.anchors & b.anchors):
        # "Ana Ruiz was injured" counts one person; that it tells of the event a count
        # of none tells of ("no one was injured in the fire") needs a word of the event
        # in common, not only a name (which a short name may merge with another)
        return "a named person and a count share no word of the event"
    return None


def _magnitude_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two magnitudes are of two events of one kind (a quake, its foreshock
    and aftershocks, an earlier one), or None."""
    if not _one_meaning(a.noun, b.noun):
        # "a 6.1-magnitude earthquake" / "a 4.5-magnitude aftershock": a kind of the event is another
        return f"'{a.noun}' and '{b.noun}' are different events"
    if SERIES in dict(a.extra) or SERIES in dict(b.extra):
        # "a 4.8 quake hit Northvale on Sunday, minutes after a stronger quake", "posts
        # falsely claimed a 7.2 quake had hit Northvale"
        return "one of several events of its kind, or one not told as it happened"
    if _days_apart(a, b):
        # "struck on Sunday" / "struck on Monday", in articles with no date to resolve them
        return "two days"
    if _hours_apart(a, b):
        # "struck Westshire at 9:27 a.m." / "struck Westshire at 4:15 p.m.": two quakes of one day
        return "two times of day hours apart"
    return None


def _office_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Claims of naming two offices ("was elected deputy mayor" / "was not elected
    mayor", "minister of health" / "minister of finance") tell of two elections or
    appointments. A naming dated in another year, both years written, is
    another naming (a re-election, a title won again)."""
    ea, eb = dict(a.extra), dict(b.extra)
    office_a, office_b = ea.get(OFFICE), eb.get(OFFICE)
    if office_a and office_b:
        of_a, of_b = ea.get(OFFICE_OF), eb.get(OFFICE_OF)
        if of_a and of_b and of_a != of_b:
            return f"offices of different things ('{office_a} of {of_a}' / '{office_b} of {of_b}')"
        if office_a != office_b:
            # (even a denial of the plainer title: a deputy mayor is no mayor, a foreign minister a minister)
            return f"different offices ('{office_a}' / '{office_b}')"
    if (
        a.slot == "date"
        and not (FIRST in ea and FIRST in eb)  # "was first elected mayor": once
        and (office_a or office_b or a.predicate in NAMING_VERBS)
        and a.predicate == b.predicate
        and isinstance(a.payload, DateValue)
        and isinstance(b.payload, DateValue)
        and not (a.payload.relative or b.payload.relative)  # both years written ("April" may be a slip of one)
        and (a.payload.end.year < b.payload.start.year or b.payload.end.year < a.payload.start.year)
    ):
        return f"'{a.predicate}' in {a.payload.start.year} and in {b.payload.start.year}: two namings"
    return None


def cross_speech(a: SlotClaim, b: SlotClaim) -> bool:
    """Two polarity claims of speaking told by different verbs ("has yet to
    comment" / "said on Tuesday"), one of them at least a speech act."""
    return (any(k == SPEECH for k, _ in a.extra) or any(k == SPEECH for k, _ in b.extra)) and not _same_predicate(a, b)


def _speech_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """A remark answers only a "has not yet" of the same named speaker: "did
    not comment on the tariffs" is no denial of anything he said."""
    sa, sb = dict(a.extra).get(SPEECH), dict(b.extra).get(SPEECH)
    if sa is None or sb is None:
        return f"'{a.predicate}' and '{b.predicate}' are different predicates"
    if a.polarity == b.polarity:
        return "both tell the same of speaking"
    neg = a if a.polarity == "negative" else b
    if dict(neg.extra).get(SPEECH) != "yet":
        return "only a 'has not yet' is answered by any remark"
    if a.subject is None or a.subject != b.subject or not a.subject.startswith("@"):
        return "different speakers"
    return "the remark is about something else" if _about_else(a, b) else None


def _unnamed_object(a: SlotClaim, b: SlotClaim) -> bool:
    """``a``'s object is a thing it does not name ("those responsible") and
    ``b`` names its own."""
    return a.object is None and OBJECT_UNNAMED in dict(a.extra) and b.object is not None


def _about_else(a: SlotClaim, b: SlotClaim) -> bool:
    """A "has not yet" of speaking about something the remark is not about
    ("has yet to comment on the tariffs" / "said he would visit Paris",
    "commented on the budget")."""
    if a.polarity == b.polarity:
        return False
    neg, pos = (a, b) if a.polarity == "negative" else (b, a)
    if dict(neg.extra).get(SPEECH) != "yet" or SPEECH not in dict(pos.extra):
        return False
    if pos.time is not None and neg.published is not None and pos.time.end < neg.published:
        return True  # "said last year that ...": before the "not yet" was written
    put_off = {v for k, v in pos.extra if k == PUT_OFF}
    if put_off & (SPEECH_ACTS | DEFERRING | {neg.predicate}):
        return True  # "said she would not comment", "would respond next week", "too early to comment"
    # what the "not yet" is about: its words, and a name only when it is the object ("Tom Ray's letter" is a letter)
    rest = neg.anchors - {neg.subject} - _REQUEST_WORDS
    topic = {x for x in rest if not x.startswith("@") or x == neg.object} or rest
    # and what it says was not yet said ("has yet to say whether she will run": v:run)
    topic |= {v for k, v in neg.extra if k == ABOUT}
    said = pos.anchors | {v for k, v in pos.extra if k == ABOUT}
    if any(t.startswith("v:") and t in said for t in topic):
        return False  # "has yet to say whether she will run" / "said she will run for governor"
    if topic & put_off:
        return True  # "has not yet announced the winner" / "said the winner would be named on Friday"
    return bool(topic) and not topic & said


#: What a "has not yet responded to a request for comment" asked, not what it is about.
_REQUEST_WORDS = frozenset({"request", "comment", "question", "inquiry", "enquiry", "query", "message", "call"})


def _complements_differ(a: SlotClaim, b: SlotClaim) -> bool:
    """Both predicates take a clause of what is done, and the clauses tell of
    different acts or of acts on different things ("agreed to buy Widgetco" /
    "agreed to sell Widgetco", "helped found the league" / "helped found the
    union"); or a verb of effort takes one on one side only ("struggled to get
    inside his reach" / "did not fight": an attempt, and the act itself); or one
    side takes a clause and no object, the other an object and no clause ("did
    not allow her photo to be taken" / "granted interviews": what was let be
    done, and what was given), unless the object names the clause's act
    ("did not plan to attack the base" / "planned the attack": one act)."""
    ca, cb = dict(a.extra).get(COMPLEMENT), dict(b.extra).get(COMPLEMENT)
    if bool(ca) != bool(cb):
        if EFFORT & {a.predicate, b.predicate}:
            return True  # "struggled to get inside his reach" / "did not fight": an attempt and the act
        clause, plain = (a, b) if ca else (b, a)
        act = (ca or cb or "").partition("\t")[0]
        # "did not allow [anyone] to take her photo" / "granted interviews": an act let be, a thing given
        return clause.object is None and plain.object is not None and not _names_act(plain.object, act)
    if not ca or not cb:
        return False
    (la, _, oa), (lb, _, ob) = ca.partition("\t"), cb.partition("\t")
    if la != lb and not meaning.same_meaning(la, lb, "v"):
        return True
    if "-" in (oa, ob):
        return False  # a pronoun: "agreed to buy it"
    if bool(oa) != bool(ob):
        return True  # "agreed to take over Widgetco" / "agreed to take over" (the parse lost the object)
    return not _agree(oa or None, ob or None) and not _one_name(oa, ob)


def _names_act(obj: str, act: str) -> bool:
    """Whether an object's head names the act a clause tells: the same word or
    one of its meaning ("attack" / "attack", "arrest" / "arrest", "launch" /
    "launch", "release" / "release", "delay" / "postpone")."""
    if obj.startswith("@") or not act:
        return False
    obj, act = meaning.normalise(obj), meaning.normalise(act)
    return obj == act or bool(meaning.classes(obj, "n") & meaning.classes(act, "v"))


def _one_name(x: str, y: str) -> bool:
    """Two names that may be one written short: one the start of the other
    ("@widgetco" / "@widgetco-inc"), or a surname ("@smith" / "@john-smith");
    never a junior and a senior ("@tom-ray" / "@tom-ray-jr")."""
    if not (x.startswith("@") and y.startswith("@")):
        return False
    wx, wy = x[1:].split("-"), y[1:].split("-")
    if {wx[-1], wy[-1]} & GENERATIONAL and wx[-1] != wy[-1]:
        return False
    short, long = sorted((wx, wy), key=len)
    return _same_group(x, y) or long[-len(short) :] == short


def _qualified_apart(a: SlotClaim, b: SlotClaim) -> bool:
    """Both sides name one noun of their clauses by a person, and no person of
    one side's is the other's ("an Ana Ruiz supporter" / "a Tom Ray supporter");
    a surname alone is the person of the full name it ends ("a Ray supporter").
    Or one side tells of a person's noun and the other of the person ("Tom Hale's
    son was not arrested" / "Tom Hale was arrested")."""
    qa, qb = _qualifiers(a), _qualifiers(b)
    if any(n in qb and not any(_same_person(x, y) for x in qa[n] for y in qb[n]) for n in qa):
        return True
    return _of_the_person(a, qa, b, qb) or _of_the_person(b, qb, a, qa)


def _of_the_person(a: SlotClaim, qa: dict[str, set[str]], b: SlotClaim, qb: dict[str, set[str]]) -> bool:
    """``a`` tells of a person's noun ("Tom Hale's son", parsed with the person as
    its argument too) and ``b`` of the person, without that noun."""

    def people(c: SlotClaim) -> set[str]:
        return {x[1:] for x in (c.subject, c.object) if x and x.startswith("@")}

    mine, theirs = people(a), people(b)
    return any(
        n not in qb and any(_same_person(w, p) for w in who for p in theirs) and any(w in mine for w in who)
        for n, who in qa.items()
    )


def _qualifiers(c: SlotClaim) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for k, v in c.extra:
        if k == QUALIFIED:
            noun, _, who = v.partition("@")
            out[noun].add(who)
    return out


def _same_person(x: str, y: str) -> bool:
    return x == y or ("-" not in x and y.endswith("-" + x)) or ("-" not in y and x.endswith("-" + y))


def _named(c: SlotClaim) -> bool:
    return any(k == NAMED for k, _ in c.extra)


def other_occasions(a: SlotClaim, b: SlotClaim) -> bool:
    """An undated act told of several or other occasions against a denial of one
    ("police arrested Tom Hale twice" / "did not arrest him this time", "was
    attacked once before" / "was not attacked on Friday"), or one whose sentence
    names no time at all against a dated denial ("Tom Hale was arrested" / "was
    not arrested on Monday": maybe on Tuesday). A repeat ("arrested again") is
    the latest occasion, which "this time" may be; an act dated to the denial's
    time answers it."""
    act, denial = (a, b) if a.polarity == "positive" else (b, a)
    told, bound = dict(act.extra).get(OCCASIONS), dict(denial.extra).get(OCCASIONS)
    if act.polarity == denial.polarity or told is None or bound is None or act.time is not None:
        return False
    if told == "undated":
        return bound == "dated"  # "Tom Hale was arrested" / "was not arrested on Monday": maybe on Tuesday
    return not (told == "again" and bound == "this time")


def denied_manner(neg: SlotClaim, pos: SlotClaim) -> bool:
    """A denial narrowed by an adverb (:data:`.claims.MANNER`: "not formally",
    "not fully", "not immediately") against a statement not told with an adverb
    of the same meaning."""
    manner = dict(neg.extra).get(MANNER)
    return neg.polarity == "negative" and bool(manner) and dict(pos.extra).get(MANNER) != manner


def _narrowed_denial(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why a denial does not answer the other side's act: it is of one occasion
    and the act of others, or it is of how, how far or when the act was done."""
    if other_occasions(a, b):
        return "an act of other occasions against a denial of one"
    if denied_manner(a, b) or denied_manner(b, a):
        # "has not formally overturned the rule" / "overturned the rule"
        return "a denial of how or when, not of whether"
    return None


def _polarity_gate(a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two polarity claims cannot tell of one clause, or None."""
    if cross_speech(a, b):
        return _speech_gate(a, b)
    if (
        not _same_predicate(a, b)
        and not opposite_lemmas(a.predicate, b.predicate, states=a.role == "state")
        and not entails(a.predicate, b.predicate)
    ):
        return f"'{a.predicate}' and '{b.predicate}' are different predicates"
    if not _agree(a.subject, b.subject):
        return "different subjects"
    if not _agree(a.object, b.object):
        return "different objects"
    if _unnamed_object(a, b) or _unnamed_object(b, a):
        # "declined to describe the bomb" / "described those responsible as dangerous"
        return "one object is not named"
    if _qualified_apart(a, b):
        # "arrested an Ana Ruiz supporter" / "did not arrest any Tom Ray supporter"
        return "one noun of different people"
    if _complements_differ(a, b):
        # "agreed to buy Widgetco" / "did not agree to buy Northco", or "to sell Widgetco"
        return "they tell of doing different things"
    if dict(a.extra).get("verdict") != dict(b.extra).get("verdict"):
        # "presumed dead" and "found alive" tell two steps of a story, not one state twice
        return "states told by different verdicts"
    if (why := _narrowed_denial(a, b)) is not None:
        return why
    if dict(a.extra).get("object_count") != dict(b.extra).get("object_count"):
        # "attacked nearly 100 vessels" does not answer "did not attack a vessel"
        return "the objects are counted differently"
    if not _same_predicate(a, b) and (
        a.subject is None or a.subject != b.subject or (a.object is None) != (b.object is None)
    ):
        return "opposites or kinds need the same subject, and objects on both sides or neither"
    if a.in_quote != b.in_quote:
        return "one is quoted speech"
    if _about_else(a, b):
        return "the remark is about something else"
    return None


#: Words of a written count that are part of the number ("two hundred", "a dozen", "2.5 million").
_NUMBER_PARTS = frozenset(
    {*ONES, *TEENS, *TENS, "a", "an", "and", "half", "dozen", "dozens", "hundred", "thousand", "million", "billion"}
)


_UNIT_ON = re.compile(r"[\d.,]+[a-z/]+")


def _plain_count(c: SlotClaim) -> bool:
    """A number and its noun with nothing between ("six games", "2.5 million people")
    and no clause after it that narrows it: a modified count ("four straight points",
    "two former bosses", "51 wins coming by way of knockout") may count a part of
    what a plain one counts."""
    if (NARROWED, "1") in c.extra:
        return False  # "51 wins coming by way of knockout": some of the wins
    tokens = c.value.casefold().replace("-", " ").split()
    # (a unit written onto the figure, "150m", "20kg", is its noun)
    words = [w for w in tokens if not any(ch.isdigit() for ch in w) or _UNIT_ON.fullmatch(w)]
    # (a bare number, "five were killed", is its count of people, as plain as "five people")
    return len([w for w in words if w not in _NUMBER_PARTS]) == (0 if (BARE, "1") in c.extra else 1)


def _contained_count(a: SlotClaim, b: SlotClaim) -> bool:
    """Two plain counts of one noun told by one event predicate about one named
    subject (or, for the times an act was done, one named person it was done to:
    "Smith was shot 11 times" / "police shot Smith seven times")."""
    named = a.subject is not None and a.subject.startswith("@") and a.subject == b.subject
    done_to = (
        a.role == "time"
        and a.object is not None
        and a.object.startswith("@")
        and a.object == b.object
        and _agree(a.subject, b.subject)
    )
    return (
        (named or done_to)
        and unit_relation(a.role, b.role) == "exact"  # ("metres" / "meters")
        and _same_event(a, b)
        and _plain_count(a)
        and _plain_count(b)
    )


def event_toll(a: SlotClaim, b: SlotClaim) -> bool:
    """Two plain counts of one noun (not a measure: seconds, miles, dollars) by
    one predicate whose subject is one event noun, named by neither side ("the
    earthquake killed 16 people" / "the earthquake killed 10 people, officials
    said"): the toll of the event the articles report, when both or neither
    date it (a dated one may be an earlier event: "the 2003 quake killed 26,000
    people") and the names each side gives, if both give some, meet."""
    return (
        a.slot == "number"
        and a.subject is not None
        and b.subject is not None
        and not a.subject.startswith("@")
        and not b.subject.startswith("@")
        and _one_meaning(a.subject, b.subject)
        and meaning.is_event(a.subject)
        and a.predicate == b.predicate
        and a.predicate not in COUNT_VERBS
        and a.role == b.role
        and _counted(a.role)
        and not meaning.is_a(a.role, "measure")  # how long it lasted, how far it was felt: told per witness
        and (a.time is None) == (b.time is None)
        and _plain_count(a)
        and _plain_count(b)
        and not _named_apart(a, b)
    )


def _one_meaning(x: str, y: str) -> bool:
    return x == y or meaning.same_meaning(x, y, "n")


#: The most minutes between two times of day of one event: reports of one quake give
#: its time a few minutes apart ("5:11 p.m." / "5:06 p.m."); a flurry's quakes are hours apart.
ONE_EVENT_MINUTES = 60


def _days_apart(a: SlotClaim, b: SlotClaim) -> bool:
    """Two days named without a year that cannot be one ("Sunday" / "Monday"; not
    "late Saturday" / "early Sunday", one night, nor "Sunday, May 4" / "Sunday"),
    nor a day before or after the other told with a time in another zone ("on Sunday"
    / "at 2240 GMT on Saturday"), nor with times either side of midnight within the
    hour ("11:50 p.m. on Saturday" / "12:05 a.m. on Sunday")."""
    pa, pb = _written_day(a), _written_day(b)
    if pa is None or pb is None or compare_partial_dates(pa, pb).relation != "differ":
        return False
    if day_offset(pa, pb) not in (-1, 1):
        return True
    if _written_zone(a) != _written_zone(b):
        return False  # ("2240 GMT Saturday" is Sunday morning in Asia)
    if {dict(c.extra).get(DAY_PART) for c in (a, b)} & NIGHT_PARTS:
        return False  # ("overnight Saturday into Sunday" / "at 1:05 a.m. on Sunday")
    return _written_clock(a) is None or _written_clock(b) is None or _hours_apart(a, b)


#: Parts of a day that run into the next.
NIGHT_PARTS = frozenset({"night", "overnight", "small hours"})


def _written_day(c: SlotClaim) -> PartialDate | None:
    day = dict(c.extra).get(DAY_WRITTEN)
    return partial_date(day) if day else None


def _written_zone(c: SlotClaim) -> str:
    """The time zone written with a claim's day, if any ("at 2240 GMT on Saturday")."""
    clock = _written_clock(c)
    return (clock.zone or "") if clock is not None else dict(c.extra).get(ZONE_WRITTEN, "")


def _written_clock(c: SlotClaim) -> Clock | None:
    low, high, zone = ((dict(c.extra).get(CLOCK_WRITTEN) or "") + "||").split("|")[:3]
    return Clock(int(low), int(high), zone or None) if low and high else None


#: The minutes after midnight each part of a day may stand for: news writes "early
#: Sunday morning" of 3 a.m. and "Sunday evening" of 11 p.m.; a night runs into the
#: next morning (minutes past 1440), "overnight" may be the night before or after.
DAY_PARTS: dict[str, tuple[tuple[int, int], ...]] = {
    "small hours": ((0, 360),),
    "dawn": ((180, 480),),
    "sunrise": ((180, 480),),
    "morning": ((0, 720),),
    "afternoon": ((720, 1080),),
    "sunset": ((1020, 1260),),
    "evening": ((1020, 1440),),
    "night": ((1140, 1800),),
    "overnight": ((-180, 420), (1320, 1860)),
}


def _hours_apart(a: SlotClaim, b: SlotClaim) -> bool:
    """Two times of day of one zone more than :data:`ONE_EVENT_MINUTES` apart, when
    both claims give one (of a resolved day, or as written in an undated article);
    two parts of the day that do not meet ("morning" / "evening"), or a time of day
    more than that outside the other's part ("9:27 a.m." / "afternoon"). Each on its
    own day when both days are known ("Saturday night" / "12:30 a.m. on Sunday" are
    one night, "1:30 a.m. on Sunday" / "Sunday night" are not); either side of one
    midnight when they are not. A time in another zone, or one side's zone unknown,
    is not compared ("5:11 p.m." / "1336 GMT")."""
    x, y = _span_of_day(a), _span_of_day(b)
    if x is None or y is None or x[2] != y[2]:
        return False
    slack = 0 if x[1] and y[1] else ONE_EVENT_MINUTES
    gap = _day_gap(a, b)
    shifts = (gap * 1440,) if gap is not None else (-1440, 0, 1440)
    return all(
        lo1 - slack >= hi2 + shift or lo2 + shift - slack >= hi1
        for lo1, hi1 in x[0]
        for lo2, hi2 in y[0]
        for shift in shifts
    )


def _day_gap(a: SlotClaim, b: SlotClaim) -> int | None:
    """How many days b's day is after a's, when both are known (resolved, or written
    as weekdays or dates), else None."""
    if a.time is not None and b.time is not None:
        if a.time.start != a.time.end or b.time.start != b.time.end:
            return None
        return (b.time.start - a.time.start).days
    pa, pb = _written_day(a), _written_day(b)
    if pa is None or pb is None:
        return None
    offset = day_offset(pa, pb)
    if offset in (-1, 1):
        return offset  # ("late Saturday" / "early Sunday")
    return 0 if compare_partial_dates(pa, pb).relation in ("same", "compatible") else None


def _span_of_day(c: SlotClaim) -> tuple[tuple[tuple[int, int], ...], bool, str] | None:
    """The minutes of the day a claim's clause names, whether they are a part of the
    day, and their zone: its time of day, else its part of the day (in the clause's
    own zone)."""
    if c.time is not None and c.time.clock is not None:
        return ((c.time.clock.low, c.time.clock.high),), False, (c.time.clock.zone or "").casefold()
    clock = _written_clock(c)
    if clock is not None:
        return ((clock.low, clock.high),), False, clock.zone or ""
    part = dict(c.extra).get(DAY_PART)
    return (DAY_PARTS[part], True, "") if part in DAY_PARTS else None


def _named_apart(a: SlotClaim, b: SlotClaim) -> bool:
    """Both sides name something and nothing named is shared ("the earthquake
    killed 16 people in Harlow" / "the earthquake killed 10 people in Vexa"):
    two events."""
    na = {x for x in a.anchors if x.startswith("@")}
    nb = {x for x in b.anchors if x.startswith("@")}
    return bool(na and nb and not na & nb)


def _smaller(index: ClaimIndex, a: SlotClaim, b: SlotClaim) -> frozenset[str]:
    """The anchors of the side that weighs less."""
    return min(a.anchors, b.anchors, key=lambda s: (sum(index.weight(x) for x in sorted(s)), sorted(s)))


def score(index: ClaimIndex, a: SlotClaim, b: SlotClaim) -> float:
    """IDF-weighted Jaccard overlap of the two claims' anchors (0..1)."""
    if a.slot in ("quote", "age"):
        # the words (or the person) are the alignment: one speaker, or one side
        # naming none, is confident; two different speakers are not
        if a.anchors & b.anchors:
            return 1.0
        return 0.8 if not a.anchors or not b.anchors else 0.5
    if a.slot == "date" and a.role == b.role == START:
        return 1.0  # one measure (the gate): what it applies to and one rate on both sides pin it
    shared = a.anchors & b.anchors
    union = a.anchors | b.anchors
    if a.slot == "polarity" and a.role == b.role == "state" and a.predicate != b.predicate:
        # two opposite states ("X is dead" / "X is alive"): each state's own word is
        # what is told of X, not what the claim is about
        union = union - {a.predicate, b.predicate}
    if not union:
        return 0.0
    # two synonyms count once, as one shared anchor of the lesser weight
    synonyms = [(x, y) for x, y in synonym_pairs(a, b) if x in union and y in union]
    # summed in a fixed order: a set's iteration order varies with the hash seed, and so would the last digits
    both = sum(index.weight(x) for x in sorted(shared)) + sum(
        min(index.weight(x), index.weight(y)) for x, y in synonyms
    )
    either = sum(index.weight(x) for x in sorted(union)) - sum(
        min(index.weight(x), index.weight(y)) for x, y in synonyms
    )
    jaccard = both / either
    if a.slot == "number" and set(_smaller(index, a, b)) <= shared and _contained_count(a, b):
        # one named subject, one predicate, one plain count ("Roe missed four games" /
        # "Roe missed six games this season after the loss at Westland"): every anchor of
        # one side found in the other pins the count, whatever details the other adds
        return max(jaccard, CONTAINED_SCORE)
    if event_toll(a, b):
        return max(jaccard, CONTAINED_SCORE)
    if a.slot == "polarity":
        # one side states the bare clause, the other adds details ("X released the
        # patch" / "X has not released the patch for the browser"): one subject named
        # on both sides and every anchor of the shorter side, two at least, found in
        # the longer one pins the clause
        small = min(a.anchors, b.anchors, key=lambda s: (sum(index.weight(x) for x in sorted(s)), sorted(s)))
        if a.subject is not None and a.subject == b.subject and len(small) >= 2 and small <= shared:
            return max(jaccard, CONTAINED_SCORE)
        if _named_theme(a, b, small):
            # one predicate of one named theme: "The Northvale bridge was not built in
            # 1889" / "The Northvale bridge was built in 1889 for the fair"
            return max(jaccard, CONTAINED_SCORE)
    return jaccard


def _named_theme(a: SlotClaim, b: SlotClaim, small: frozenset[str]) -> bool:
    """One side's only anchor is a named entity that is what both clauses are
    about, in one position (the subject of both, or the object of both, the
    subjects agreeing as the gate asks), and the predicates are one ("X was not
    built" / "X was built in 1889 for the fair")."""
    if len(small) != 1 or not _same_predicate(a, b):
        return False
    (theme,) = small
    if not theme.startswith("@"):
        return False
    return a.subject == b.subject == theme or a.object == b.object == theme


#: Verbs that only state a count, adding no event of their own ("finished with
#: 23 points", "the toll stands at 10", "posted a loss of $5 billion"): a number
#: told with one of them is the same count as the one another verb states.
COUNT_VERBS = frozenset(
    {"finish", "end", "total", "tally", "post", "record", "register", "log", "reach", "stand", "put", "number"}
)


def predicates_differ(a: SlotClaim, b: SlotClaim) -> bool:
    """A number, ordinal or place whose two predicates mean different things
    ("carrying 300 passengers" / "300 passengers on board", but also "killed 30
    people" / "injured 50 people"): aligned only loosely, never confidently.
    A number stated by a count verb ("finished with 23 points") differs in
    nothing from the same count told by an event verb ("scored 23 points")."""
    if a.slot == "number" and (a.predicate in COUNT_VERBS or b.predicate in COUNT_VERBS):
        return False
    if a.slot == "number" and _where_it_was(a) and _where_it_was(b):
        # "the quake struck 13 miles east of Northvale" / "was centred 13 miles east of
        # Northvale": where the thing was, told by a verb that says no more
        return False
    return (
        a.slot in ("number", "ordinal", "place")
        and bool(a.pred_classes and b.pred_classes)
        and not _same_predicate(a, b)
    )


#: Verbs that say only where an event was ("the quake was centred") or that it
#: happened ("occurred", "struck"): a figure of where it was, told by either, is
#: one figure. Not where something began or ended, nor where it was found ("was
#: located"), nor where an effect was felt ("hit", "rocked"): another point.
LOCATING_VERBS = frozenset({"center", "centre", "occur", "happen", "take place", "strike"})


def _where_it_was(c: SlotClaim) -> bool:
    """A figure of a measure that places an event (a distance from, a depth,
    told with an aspect: "13 miles east of", "10 km deep"), stated by a verb
    that says only where it was or that it happened, acting on nothing but
    the event itself ("the quake was centred": "rocked buildings 80 miles
    east" is where it was felt), and not of one of a series ("a second quake
    struck 20 miles east")."""
    extra = dict(c.extra)
    return (
        c.predicate in LOCATING_VERBS
        and extra.get(MEASURED) is not None
        and SERIES not in extra
        and (
            c.object is None
            or c.object == extra[MEASURED].partition("|")[2]  # "struck 13 miles east": the parse's object
            or measure_of(c.object) is not None  # "occurred 10 km deep": the unit
            or _an_event(c.object)
        )
    )


def _an_event(anchor: str) -> bool:
    return not anchor.startswith("@") and meaning.is_event(anchor)


def different_events(index: ClaimIndex, a: SlotClaim, b: SlotClaim) -> str | None:
    """Why two claims are about different events, or None."""
    ea, eb = index.fact_event.get(a.fact), index.fact_event.get(b.fact)
    if ea and eb and ea != eb and a.slot != "score" and not (a.slot == "date" and a.role == START):
        # (a score names its game by its sides, whatever clause tells it: "was hurt in a
        # 27-24 loss to Westshire" / "sprained his knee in the 27-17 loss at Westshire";
        # a start date its measure, whatever clause tells it)
        return f"clustered as two events ({ea}, {eb})"
    # (only date, number and place claims carry the word: :func:`~.claims._with_one_of`)
    one_of = dict(a.extra).get(ONE_OF), dict(b.extra).get(ONE_OF)
    if one_of[0] != one_of[1]:
        if None in one_of:
            # "A 6.1-magnitude earthquake struck" / "Another 5.2-magnitude earthquake struck", "a
            # second fire killed five": one of several events of a kind is not the one told plainly
            return f"one of several events ('{one_of[0] or one_of[1]}' in one clause only)"
        if "another" not in one_of:
            # "a second fire" / "a third fire" ("another" may be any of the series)
            return f"two of several events ('{one_of[0]}' / '{one_of[1]}')"
    results = dict(a.extra).get(RESULT), dict(b.extra).get(RESULT)
    if a.slot == "date" and all(results) and results[0] != results[1]:
        # "Thursday's 91-73 win" / "Saturday's 80-70 win": two games, whoever played them
        return f"two games ({results[0]} / {results[1]})"
    if a.slot == "ordinal" and a.published != b.published:
        # "the first call" and, a month later, "their second conversation": a series grows
        return "positions in a series told on different days"
    if a.time is not None and b.time is not None and a.slot != "date":
        v = compare_dates(a.time, b.time)
        if v.relation == "differ":
            return f"the facts happened at different times: {v.why}"
    return _planned_after(a, b)


def _planned_after(a: SlotClaim, b: SlotClaim) -> str | None:
    """A date told as planned, for a day after the article that tells it, and
    a date something happened on before that article was published ("will
    speak on Wednesday", published Sunday 10 March, and "spoke on Wednesday",
    6 March): the plan was made after the other occasion had passed, so it is
    another occasion, not a plan that changed. Only for a plan's day read
    from the publication date (a weekday, "next week"): a date written in
    full ("will be sentenced on March 21" / "was sentenced on March 14") is
    the one occasion, and its difference a possible conflict."""
    if a.slot != "date" or not told_as_expected(a, b):
        return None
    plan, done = (a, b) if a.modality != "actual" else (b, a)
    told, planned, happened = plan.published, plan.payload, done.payload
    if told is None or not isinstance(planned, DateValue) or not isinstance(happened, DateValue):
        return None
    written = partial_date(planned.text) if planned.text else None
    by_publication = planned.relative and (written is None or written.month is None)
    if by_publication and planned.start > told and happened.end < told:
        return (
            f"'{plan.value}' ({planned.start}) is planned in an article of {told}, after '{done.value}'"
            f" ({happened.end}) had happened: another occasion"
        )
    return None


def align(index: ClaimIndex, slot: str, *, min_score: float, focus: frozenset[str] | None = None) -> list[Alignment]:
    """Candidate pairs of one slot that the scorer keeps as the same slot."""
    out: list[Alignment] = []
    for a, b in index.candidates(slot, focus):
        why_not = gate(a, b)
        if why_not is None and a.slot == "date" and a.role == START:
            why_not = makers_apart(a, b, index.lexicon)
        if why_not is not None:
            continue
        s = score(index, a, b)
        loose = predicates_differ(a, b)
        if loose:
            s *= PREDICATE_MISMATCH
        if s < min_score:
            continue
        shared = sorted(a.anchors & b.anchors) + [f"{x}/{y}" for x, y in synonym_pairs(a, b)]
        why = f"score {s:.2f}; shared: {', '.join(x.lstrip('@') for x in shared[:5]) or 'none'}"
        if a.slot == "date" and a.role == START:
            applied = " / ".join(sorted({x.lstrip("@") for c in (a, b) for x in _extra(c, APPLIES_TO)}))
            why = f"one {a.noun} at {dict(a.extra).get(START_RATE)} applied to {applied}"
        if loose:
            why += f"; predicates differ ('{a.predicate}' / '{b.predicate}')"
        firm = (
            (a.slot == "date" and a.role == b.role == START)  # one measure, applied to one thing (the gate)
            or any(x.startswith("@") for x in shared)
            or (len(shared) >= 2 and _agree(a.subject, b.subject))
            or (event_toll(a, b) and different_events(index, a, b) is None)  # the toll is pinned by the event
        )
        twins = index.twins.get(a.id, ()) + index.twins.get(b.id, ())
        apart = (events_told_apart(a, b) or "") if a.slot == "date" else ""
        out.append(Alignment(a, b, s, why, different_events(index, a, b), firm, twins, apart))
    return out


# --------------------------------------------------------------------------- comparison of two claims


def _compare_polarity_claims(a: SlotClaim, b: SlotClaim) -> Verdict:
    if cross_speech(a, b) and a.polarity != b.polarity:
        # the gate let through only a "has not yet" against a remark of the same speaker
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        return Verdict("differ", f"not yet '{neg.predicate}' in one; '{pos.predicate}' in the other")
    if a.role == b.role == "state" and a.polarity != b.polarity:
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        other = sorted(_modifiers(pos) & NOT_NOW_STATES)
        if other:
            # "is a former member" / "is not a member", "a non-member", "a retired judge":
            # the stated side says the state is not, or not now, what the denial denies
            return Verdict("unknown", f"'{' '.join(other)} {pos.predicate}' is no plain '{pos.predicate}'")
        extra = _denied_more(neg, pos, MODIFIERS)
        if extra:
            # "is not a major party" / "is a party", "is not very happy" / "is happy": the
            # denial is of more than the other states
            return Verdict("unknown", f"'{' '.join(extra)} {neg.predicate}' is denied, which the other does not state")
    elif a.role == b.role and a.polarity != b.polarity:
        neg, pos = (a, b) if a.polarity == "negative" else (b, a)
        # (a "not yet" of a new occasion is read by its scope: "has yet to sign a new
        # contract" / "signed a contract" stays possible)
        verdict = None if is_not_yet(neg) else _denied_object(neg, pos)
        if verdict is not None:
            return verdict
    return compare_polarity(a.predicate, a.polarity, b.predicate, b.polarity, states=a.role == "state")


def _denied_object(neg: SlotClaim, pos: SlotClaim) -> Verdict | None:
    """How a denial of a qualified object stands against a stated act on it:
    no conflict when the stated side tells of its object what the denial does
    not ("did not approve the old budget" / "approved the new budget", "the
    budget for schools" / "for hospitals"), when the denial tells of more of
    it or of another one ("the full fine", "another contract") or when the
    stated object is indefinite ("paid a fine"); a possible one when the stated
    side tells no qualifier the denial lacks ("did not approve the proposed
    merger" / "approved the merger"); None when the denial tells nothing more."""
    extra = _denied_more(neg, pos, OBJECT_MODIFIERS)
    if not extra:
        return None
    told = f"not '{neg.predicate}' the '{' '.join(extra)}' {(neg.object or 'one').lstrip('@')}"
    own = _object_words(pos)
    theirs = _object_words(neg) | _named_words(neg)
    other = [w for w in own if not _stated(w, theirs)]
    if other or set(extra) & _OTHER_ONE or OBJECT_INDEFINITE in dict(pos.extra):
        # another thing, or more of it, or one not told which
        return Verdict("unknown", f"{told}, which the other does not tell of")
    return Verdict("differ", f"{told}; the other tells of no such qualifier", weak=True)


def _object_words(c: SlotClaim) -> set[str]:
    """What a predicate claim tells of its object: the qualifiers before its
    head and the words after it ("new" of "the new budget", "schools" of "the
    budget for schools")."""
    return _modifiers(c, OBJECT_MODIFIERS) | _modifiers(c, OBJECT_AFTER)


def _named_words(c: SlotClaim) -> set[str]:
    """The words of the names a claim anchors, and runs of them joined ("@tom-o-brien": "obrien")."""
    out: set[str] = set()
    for x in c.anchors:
        if x.startswith("@"):
            parts = x[1:].split("-")
            out |= {"".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
    return out


def _stated(word: str, words: set[str]) -> bool:
    """Whether a qualifier is among ``words``: the same word, its base form, a synonym."""
    forms = {word, *meaning.base_forms(word, "n")}
    return bool(forms & words) or any(
        meaning.same_meaning(word, x) or bool(forms & set(meaning.base_forms(x, "n"))) for x in words
    )


#: Qualifiers of a denied object that tell of another one, or of more of it,
#: than the plain object of the other side ("did not pay the full fine" / "paid
#: the fine", "did not sign another contract" / "signed the contract", "did not
#: approve the original plan" / "approved the plan").
_OTHER_ONE = frozenset(
    {"full", "entire", "whole", "complete", "total", "another", "other", "further", "additional", "extra",
     "first", "second", "third", "next", "last", "previous", "earlier", "later", "final", "original",
     "initial", "old", "every", "each", "both", "all"}
)  # fmt: skip


def _denied_more(neg: SlotClaim, pos: SlotClaim, key: str) -> list[str]:
    """The qualifiers (of a state, or of a predicate's object) that a denial
    tells and the stated side does not. A name the stated side tells as an
    anchor is stated ("the Labour party leader" / "the leader of the Labour
    party"), and so is a synonym, or a compound written open or closed."""
    stated = _modifiers(pos, key)
    denied = _modifier_words(neg, key)
    if key == OBJECT_MODIFIERS:
        # ("the fine of $5 million" states the "$5 million fine", "for schools" the "school
        # budget"; a denial's words after the head are denied as well)
        stated |= _modifiers(pos, OBJECT_AFTER)
        denied = denied + _modifier_words(neg, OBJECT_AFTER)
    named = _named_words(pos)  # (a name the other side anchors is stated)
    extra = [w for w in dict.fromkeys(denied) if w not in named and not _stated(w, stated)]
    if extra and _one_run(_modifier_words(neg, key), _modifier_words(pos, key)):
        # (the words before the head are one compound written open or closed; those after it still count)
        return [w for w in extra if w not in _modifiers(neg, key)]
    return extra


#: Qualifiers of a stated state that say it does not hold, or not now, or not
#: surely: "a former member", "a non-member", "a retired judge", "the acting
#: mayor", "the alleged gunman" (hyphens folded: "would-be" is "wouldbe").
NOT_NOW_STATES = frozenset(
    {w.replace("-", "") for w in NOT_NOW}
    | {"non", "erstwhile", "prospective", "alleged", "suspected", "accused", "presumed", "purported", "putative"}
)


def _one_run(words: list[str], of: list[str]) -> bool:
    """Whether some run of whole words of ``of`` is ``words`` written closed or
    open ("full time" / "fulltime"): "voting" is no run of "nonvoting"."""
    joined = "".join(words)
    return any("".join(of[i:j]) == joined for i in range(len(of)) for j in range(i + 1, len(of) + 1))


def _modifier_words(c: SlotClaim, key: str = MODIFIERS) -> list[str]:
    """A claim's qualifiers (of its state, or of its object), in text order."""
    return dict(c.extra).get(key, "").split()


def _modifiers(c: SlotClaim, key: str = MODIFIERS) -> set[str]:
    return set(_modifier_words(c, key))


def _compare_holder(a: SlotClaim, b: SlotClaim, lexicon: Lexicon) -> Verdict:
    """The holders of one role, or the titles of one person."""
    pa, pb = str(a.payload), str(b.payload)
    if a.role.startswith("title of "):
        return compare_titles(pa, pb)
    return compare_holders(pa, pb, same_person=lexicon.same_person(pa, pb))


def _compare_place_claims(a: SlotClaim, b: SlotClaim, pa: PlaceValue, pb: PlaceValue) -> Verdict:
    v = compare_places(pa, pb)
    told_of = (HOME, "of") in a.extra or (HOME, "of") in b.extra
    if a.role == HOME and told_of and v.conflict and not _one_region(pa, pb):
        # "of Houston" / "of Texas", "of CNN" / "of Atlanta", "a refugee from Syria" / "of
        # Northvale": a home told at two levels, an employer or an origin may all be right
        # (two places a person is "from", as a place of the clause was, differ loosely)
        return Verdict("unknown", f"'{pa.text}' and '{pb.text}': homes shown in no one region")
    return v


def _one_region(a: PlaceValue, b: PlaceValue) -> bool:
    """Two places the text shows within one region ("Burnsville, Minn." / "Edina, Minn.")."""
    fold = {w.casefold().rstrip(".") for w in a.within}
    return bool(fold & {w.casefold().rstrip(".") for w in b.within})


#: Days after the attack that killed someone within which the death may be told.
DIED_LATER_DAYS = 30


def _died_after_killing(a: SlotClaim, b: SlotClaim) -> Verdict | None:
    """A death told as a killing on one day and as dying on a later one: the
    person may have died of the attack days after it ("was killed in Friday's
    shooting" / "died in hospital on Sunday"). None when it is no such pair."""
    if a.role != "once" or b.role != "once" or a.noun != DEATH or b.noun != DEATH:
        return None
    kill, die = (a, b) if b.predicate in DYING else (b, a)
    if kill.predicate in DYING or die.predicate not in DYING:
        return None
    pk, pd = kill.payload, die.payload
    if not isinstance(pk, DateValue) or not isinstance(pd, DateValue):
        if isinstance(pk, PartialDate) or isinstance(pd, PartialDate):
            return Verdict(
                "unknown", f"'{kill.value}' (a killing) and '{die.value}' (a death) on days of no known order"
            )
        return None
    if 0 < (pd.start - pk.end).days <= DIED_LATER_DAYS:
        return Verdict(
            "compatible",
            f"died '{die.value}', after the attack that killed '{kill.value}': a death days after it",
        )
    return None


def _compare_date_claims(a: SlotClaim, b: SlotClaim) -> Verdict:
    if a.role == b.role == START and _one_night(a.payload, b.payload):
        # "11:59 p.m. on April 8" / "12:01 a.m. on April 9": a start at midnight, told either side of it
        return Verdict("compatible", f"'{a.value}' and '{b.value}' are one night: a start at midnight")
    later = _died_after_killing(a, b)
    if later is not None:
        return later
    v = _compare_days(a.payload, b.payload)
    if v.relation == "differ" and _clocks_told(a, b):
        # times of day of what happens once to one person ("died at 9:27 a.m." / "at 11:45
        # a.m."): a conflict of times, or of days told across midnight
        return v
    # anything else may happen more than once a day ("spoke to reporters at 10 a.m." / "at
    # 4 p.m."; "voting began at 7 a.m." / "ended at 8 p.m."): the times may only make two
    # days one night ("11:58 p.m. Saturday" / "12:01 a.m. Sunday"), never two times of a day differ
    days = _compare_days(_without_clock(a.payload), _without_clock(b.payload))
    return v if v.agree and days.conflict else days


#: Minutes either side of midnight within which a start told on two neighbouring days is one night.
MIDNIGHT_MINUTES = 60


def _one_night(pa: Payload, pb: Payload) -> bool:
    """Two days next to each other, the earlier told late at night or the later
    early in the morning, within :data:`MIDNIGHT_MINUTES` of midnight ("11:59
    p.m. on Tuesday" / "Wednesday", "12:01 a.m. on April 9" / "April 8")."""
    if not isinstance(pa, (DateValue, PartialDate)) or not isinstance(pb, (DateValue, PartialDate)):
        return False
    step = _day_step(pa, pb)
    if step is None or abs(step) != 1:
        return False
    first, second = (pa, pb) if step == 1 else (pb, pa)
    late = first.clock is not None and first.clock.high >= 24 * 60 - MIDNIGHT_MINUTES
    early = second.clock is not None and second.clock.low <= MIDNIGHT_MINUTES
    return late or early


def _day_step(pa: DateValue | PartialDate, pb: DateValue | PartialDate) -> int | None:
    """How many days ``pb`` is after ``pa`` (-1, 0, 1 ...) when both name a day
    of the month (the year left out) or both a weekday; else None."""
    days: list[tuple[int | None, int | None, int | None] | None] = []
    for p in (pa, pb):
        if isinstance(p, DateValue):
            days.append((p.start.month, p.start.day, p.start.weekday()) if p.granularity in ("day", "time") else None)
        else:
            days.append((p.month, p.day, p.weekday))
    (ma, da, wa), (mb, db, wb) = days[0] or (None, None, None), days[1] or (None, None, None)
    if ma and da and mb and db:
        one, two = date(2001, ma, min(da, 28 if ma == 2 else da)), date(2001, mb, min(db, 28 if mb == 2 else db))
        step = (two - one).days
        return step - 365 if step > 182 else step + 365 if step < -182 else step
    if wa is not None and wb is not None:
        step = (wb - wa) % 7
        return step - 7 if step > 3 else step
    return None


def _clocks_told(a: SlotClaim, b: SlotClaim) -> bool:
    """Times of day that are compared: of one event that happens once to one
    entity (a death), told by one predicate on both sides ("died" / "passed
    away": a killing and the death it caused may be hours apart)."""
    one_predicate = a.predicate == b.predicate or (a.predicate in DYING and b.predicate in DYING)
    return a.role == b.role == "once" and a.noun == b.noun and one_predicate


def _without_clock(d: Payload) -> Payload:
    return replace(d, clock=None) if isinstance(d, (DateValue, PartialDate)) and d.clock is not None else d


def _compare_days(pa: object, pb: object) -> Verdict:
    """Two dates, and on one day the times of day they give ("at 9:27 a.m." /
    "at about 11:30 a.m."), or on two days told on either side of one midnight."""
    if not isinstance(pa, (DateValue, PartialDate)) or not isinstance(pb, (DateValue, PartialDate)):
        return Verdict("unknown", "not comparable")
    # (one side names a day without its year: compared as days of the week and of the month)
    v = (
        compare_dates(pa, pb)
        if isinstance(pa, DateValue) and isinstance(pb, DateValue)
        else compare_partial_dates(pa, pb)
    )
    if pa.clock is None or pb.clock is None:
        return v
    if v.relation in ("same", "compatible") and same_day(pa, pb):
        clocks = compare_clocks(pa.clock, pb.clock)
        return clocks if clocks.relation != "unknown" else v
    offset = day_offset(pa, pb)
    if offset in (-1, 1) and not (slips(pa) or slips(pb)):
        # two days told with their times: "11:58 p.m. on Saturday" / "12:01 a.m. on Sunday" are one
        # night, "9 p.m. on Saturday" / "4 a.m. on Sunday" are not, whatever the words say
        clocks = compare_clocks(pa.clock, shifted(pb.clock, offset * 24 * 60))
        if clocks.relation != "unknown":
            return Verdict("differ" if clocks.conflict else "compatible", f"{clocks.why} (across midnight)")
    return v


def _modified_side(a: SlotClaim, b: SlotClaim) -> str | None:
    """Of two counts of one noun, the one whose noun is modified ("one final
    chance", "four straight points") when the other's is not ("two chances",
    "14 points"): it may count a part of what the plain one counts."""
    if a.slot != "number" or a.role != b.role or not _counted(a.role):
        return None
    died_a, died_b = (DIED, "1") in a.extra, (DIED, "1") in b.extra
    if died_a != died_b:
        return "a" if died_a else "b"  # "two died in hospital": maybe some of the toll
    for part, whole, side in ((a, b, "a"), (b, a, "b")):
        if _in_care(part) and whole.predicate in HURT:
            return side  # "three were taken to hospital": some of the five injured
    bare_a, bare_b = (BARE, "1") in a.extra, (BARE, "1") in b.extra
    if died_a and bare_a != bare_b:
        return "a" if bare_a else "b"  # "two died in hospital" / "five people died in the blast"
    plain_a, plain_b = _plain_count(a), _plain_count(b)
    if plain_a == plain_b:
        return None
    return "b" if plain_a else "a"


#: Verbs that count the people cared for after an event: with "hospital" among the
#: clause's words, or on their own ("hospitalized").
_CARE_VERBS = frozenset({"take", "treat", "admit", "rush", "airlift", "fly", "transport", "carry"})
_HOSPITALISE = frozenset({"hospitalize", "hospitalise"})


def _in_care(c: SlotClaim) -> bool:
    """Whether a count is of the people taken to or treated in hospital."""
    return c.predicate in _HOSPITALISE or (c.predicate in _CARE_VERBS and "hospital" in c.anchors)


def _compare_counts(a: SlotClaim, pa: NumberValue, b: SlotClaim, pb: NumberValue) -> Verdict:
    """Numbers, a count of a kind against a count of what it is a kind of, or
    counts of nouns that are synonyms ("persons" / "people")."""
    kind = count_kind(a, b) or _modified_side(a, b)
    if kind is not None:
        return compare_part_whole(pa, pb) if kind == "a" else compare_part_whole(pb, pa)
    if a.role != b.role and _same_unit(a, b) and unit_relation(pa.unit, pb.unit) == "none":
        return compare_numbers(pa, replace(pb, unit=pa.unit))
    return compare_numbers(pa, pb)


def _born(year: int, age: int) -> set[int]:
    """The years a person of ``age`` in ``year`` may have been born in."""
    return {year - age - 1, year - age}


def _ages_of_then(a: SlotClaim, pa: int, b: SlotClaim, pb: int) -> Verdict | None:
    """Two ages that may be one person's when one side's, told in a clause
    dated years back (or to a year alone, in an undated article), is read as of
    that year ("Felt, 92, told CNN in 2006" / "died at 95" in 2008: born in
    1913 or 1914, and in 1912 or 1913); against an age of an undated article,
    such an age cannot be checked. None when neither reading applies."""
    years = dict(a.extra).get(AGE_THEN_YEAR), dict(b.extra).get(AGE_THEN_YEAR)
    if years[0] is not None and years[1] is not None:
        # ("Tom Reyes, 92, told the radio in 2006" / "Tom Reyes, 94, told it in 2008")
        if _born(int(years[0]), pa) & _born(int(years[1]), pb):
            return Verdict("compatible", f"{pa} in {years[0]} and {pb} in {years[1]} are one person's ages")
        return None
    for then, age, other, other_age in ((a, pa, b, pb), (b, pb, a, pa)):
        year = dict(then.extra).get(AGE_THEN_YEAR)
        if year is None:
            continue
        if other.published is None:
            return Verdict("unknown", f"{age} may be the age in {year}, and the other article has no date")
        if _born(int(year), age) & _born(other.published.year, other_age):
            return Verdict(
                "compatible", f"{age} in {year} and {other_age} on {other.published.isoformat()} are one person's ages"
            )
    return None


def _compare_age_claims(a: SlotClaim, b: SlotClaim) -> Verdict:
    """Two ages, an age and a birth date, or two birth dates."""
    pa, pb = a.payload, b.payload
    if isinstance(pa, int) and isinstance(pb, int):
        then = (AGE_BACK_THEN, "1") in a.extra or (AGE_BACK_THEN, "1") in b.extra
        verdict = compare_ages(pa, a.published, pb, b.published, swapped_is_slip=not then)
        if verdict.conflict and (agreed := _ages_of_then(a, pa, b, pb)) is not None:
            return agreed
        return verdict
    for age, birth in ((a, b), (b, a)):
        if isinstance(age.payload, int) and (AGE_BACK_THEN, "1") in age.extra and isinstance(birth.payload, DateValue):
            # "In 1990, Tom Reyes, 25, ...": maybe his age in 1990, which a birth date can't check as of publication
            return Verdict("unknown", f"the age {age.payload} may be of a time years back")
    if isinstance(pa, int) and isinstance(pb, DateValue):
        return compare_age_birth(pa, a.published, pb.start, pb.end)
    if isinstance(pa, DateValue) and isinstance(pb, int):
        return compare_age_birth(pb, b.published, pa.start, pa.end)
    if isinstance(pa, DateValue) and isinstance(pb, DateValue):
        return compare_dates(pa, pb)
    return Verdict("unknown", "not comparable")


def compare_claims(a: SlotClaim, b: SlotClaim, lexicon: Lexicon, *, same_occasion: bool = False) -> Verdict:
    """The typed comparison of two claims of one slot."""
    pa, pb = a.payload, b.payload
    if a.slot == "date":
        return _compare_date_claims(a, b)
    if a.slot == "number" and isinstance(pa, NumberValue) and isinstance(pb, NumberValue):
        return _compare_counts(a, pa, b, pb)
    if a.slot == "ordinal":
        return compare_ordinals(str(pa), str(pb))
    if a.slot == "score":
        return compare_scores(str(pa), str(pb))
    if a.slot == "place" and isinstance(pa, PlaceValue) and isinstance(pb, PlaceValue):
        return _compare_place_claims(a, b, pa, pb)
    if a.slot == "age":
        return _compare_age_claims(a, b)
    if a.slot == "holder":
        return _compare_holder(a, b, lexicon)
    if a.slot == "polarity":
        return _compare_polarity_claims(a, b)
    if a.slot == "quote":
        sa, sb = a.source, b.source
        if sa is None and sb is None:
            # neither speaker resolved: the names as written still tell one speaker
            sa, sb = dict(a.extra).get("speaker_text") or None, dict(b.extra).get("speaker_text") or None
            if sa != sb:
                sa = sb = None
        speakers = compare_speakers(
            sa,
            sb,
            same_person=bool(sa and sb and lexicon.same_person(sa, sb)),
            related=bool(sa and sb and lexicon.related(sa, sb)),
        )
        if speakers.relation == "differ":
            return Verdict("unknown", speakers.why)
        return compare_quotations(
            str(pa), str(pb), same_speaker_and_occasion=same_occasion and speakers.relation == "same"
        )
    return Verdict("unknown", "not comparable")
