"""Claims with keys: what each fact says, one comparable claim per slot.

A fact read from the parse ("About 300 passengers were on board the ferry,
which sank near Northvale, Westshire, on Monday") yields one :class:`SlotClaim` per
slot it fills:

- ``date``: the date of an event (a date attached to a verb or event noun);
- ``number``: a number and the noun it counts or measures ("300 passengers");
- ``ordinal``: a numbered position ("the second round");
- ``place``: a place attached to a verb or noun ("in Northvale, Westshire");
- ``age``: an age of a named person ("Smith, 61,", "the 61-year-old Smith");
- ``holder``: who holds a role ("X is the first customer", "X is the manager
  of Y": the complement noun with an ordinal or an ``of`` entity);
- ``polarity``: whether a predicate is stated or denied;
- ``quote``: a quotation and its speaker (nested reports keep the inner speaker).

A claim's *key* is what it is about, not how it is worded: the resolved
entities and argument heads of its fact (the *anchors*), the meaning classes
of its predicate and of the measured noun (WordNet: "resign" / "step down" /
"resignation", "people" / "passengers"), and the role the value fills. Every
claim keeps its article, sentence, line and spans, the value as written, the
normalised value and how it was normalised, so a finding cites evidence.
"""

from __future__ import annotations

import bisect
import builtins
import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from types import MappingProxyType
from typing import Any, Literal

from ..extract.clauses import REPORTING as SPEECH_VERBS
from ..extract.clauses.attachments import AT_DEATH, BARE
from ..extract.clauses.attachments import START as START_RELATION
from ..extract.clauses.predicates import VERDICT_VERBS
from ..extract.negation import POSITIVE_IMPLICATIVES, PREVENTING
from ..knowledge import meaning
from ..model.models import Argument, Attachment, Extraction, Fact, Quote, Sentence, Span, TimeMention
from ..text.words import (
    CALENDAR_WORDS,
    CASUALTY_ACTS,
    CHANGED_PLAN,
    DEATH,
    DEATHS,
    DENYING,
    DYING,
    DYING_VERBS,
    FORMER_PLAN,
    GAME_NOUNS,
    GAME_RESULT_WORDS,
    GAME_STATISTICS,
    HURT,
    NAMING_VERBS,
    OCCURRENCE_VERBS,
    ONCE_EVENTS,
    ONCE_FOR_ORGANISATIONS,
    ONES,
    PERIOD_SPANS,
    PLANNED_ACTS,
    SIZE_WORDS,
    SPORTS_STATISTICS,
    STAND_INS,
    STOPWORDS,
    STREET_WORDS,
    TARGET_NOUNS,
    TEENS,
    TENS,
    TIME_WORDS,
    WORD_RE,
    slug,
)
from .compare import (
    CLOCK_12,
    HEDGE_PHRASES,
    Clock,
    DateValue,
    NumberValue,
    PartialDate,
    PlaceValue,
    measure_of,
    number_from,
    one_day,
    partial_date,
    quote_words,
)
from .titles import HEAD_ROLES, Title, titles_of

Slot = Literal["date", "number", "ordinal", "score", "place", "age", "holder", "polarity", "quote"]
SLOTS: tuple[Slot, ...] = ("date", "number", "ordinal", "score", "place", "age", "holder", "polarity", "quote")
Payload = DateValue | PartialDate | NumberValue | PlaceValue | int | str

#: Predicates that report speech: their polarity is not a claim about the world.
#: Admitting, confirming and denying are claims in themselves ("did not confirm");
#: "according to" parses as a predicate.
REPORTING = (SPEECH_VERBS - {"admit", "confirm", "deny"}) | {"accord"}
#: A part before a total ("28 of 41 passes", "eight of her 23 points", "two of the three
#: suspects", "10 of the team's game-high 23 points"): the total is no count of its own.
#: Broad on purpose: it can only drop a claim, at the cost of a real total now and
#: then ("one of the city's 300 buses caught fire").
_PART_OF = re.compile(
    r"(?:\d|\b(?:" + "|".join([*ONES, *TEENS, *TENS]) + r"))\s+(?:of|out of)\s+"
    r"(?:(?:his|her|their|its|the|[a-z]+['\u2019]s)\s+)*(?:[a-z]+-[a-z]+\s+)?$",
    re.IGNORECASE,
)
_SCORE = re.compile(r" ?[-\u2013] ?\d")  # a record after a name: "Smith, 45-7-2," or "45 - 7 - 2"
#: Predicates whose date is a birth date.
BIRTH = frozenset({"bear", "born"})
#: Light predicates: they carry no meaning of their own for alignment.
LIGHT = frozenset(["be", "have", "do", "get", "make", "take", "include", "become", "remain", "seem", "appear"])
#: The predicate of a count of what is on board ("300 people on board" is "carrying 300 people").
CARRY = "carry"
#: The mark of a count of one read from a named person ("Ana Ruiz was arrested").
NAMED = "named"
#: ``extra`` keys: the office a naming verb gives ("elected deputy mayor": "deputy mayor"),
#: and what it is of, when the text says ("minister of health": "health").
OFFICE = "office"
OFFICE_OF = "office of"
#: ``extra`` key of a naming told as the first ("was first elected mayor").
FIRST = "first"
_FIRST = re.compile(r"\bfirst\s+$", re.IGNORECASE)
#: Words that end what an office is of ("director of Orvex in Northvale").
_AFTER_OFFICE = frozenset(
    {",", "in", "on", "at", "for", "since", "from", "to", "by", "with", "during", "after", "before", "until", "and"}
)
#: Words before an office that are not part of its name.
_OFFICE_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "new"})

#: A count per period ("300 people die on the roads each year", "sells 50 cars a day"): a
#: rate, compared only with a rate per the same period.
RATE = "rate"
#: ``extra`` key of a figure told for a part of a period ("10 points in the first half",
#: "in the past 24 hours"), compared only with a figure for the same part.
PERIOD = "period"
#: ``extra`` key of a player's or a team's figure of a game ("scored 20 points", "had 11
#: rebounds"): the same player has figures in every game and in the season, so two of them
#: conflict only when both clauses are dated to one day (:mod:`.grouping`). A word that also
#: counts other things ("points", "yards", :data:`~factcheck.text.words.GAME_STATISTICS`)
#: is read so only in an article that reports a game (it holds a game's score or a word
#: only games count, :data:`~factcheck.text.words.SPORTS_STATISTICS`).
GAME_FIGURE = "game figure"
#: ``extra`` key of a date, number or place told of one event of several of its kind: the
#: word that opens the clause's subject or object, an event noun ("Another 5.2-magnitude
#: earthquake struck", "a second fire killed five people"). Such a claim is of another
#: event than one told plainly (:func:`~factcheck.engine.align.different_events`).
ONE_OF = "one of"
#: A word of a series opening a phrase: not "another 20" (more of a count; "another
#: 5.2-magnitude quake" is one), "another's", "second-degree" nor "second-in-command".
_ONE_OF = re.compile(
    r"(?:(?:a|an|the)\s+)?(another|second|third|fourth|fifth|sixth)\b(?![-\u2010\u2011'\u2019]|\s+\d[\d.,]*(?:\s|$))",
    re.IGNORECASE,
)
#: ``extra`` key of the date of a game or its result ("in Thursday's 91-73 win"): the one
#: score its clause hangs on that word, the higher figure first. Two games with different
#: scores are two games, whatever their sides (:func:`~factcheck.engine.align.different_events`).
RESULT = "result"
#: ``extra`` key of a polarity claim: the adverb that narrows its predicate, read right
#: after a negation ("has not formally overturned it", "has not been fully repaired", "did
#: not immediately respond") or beside the predicate of a statement ("formally overturned",
#: "opened the plant officially"): how, how far, when or how often it was done. A denial so
#: narrowed is not of whether: the act may have been done another way, in part, later or
#: at times, and the denial answers only a statement told with a word of the same meaning
#: (:data:`MANNER_CLASSES`).
MANNER = "manner"
#: The adverbs that narrow a denial, each with its meaning: "formally" and "officially" are
#: one, and so are "fully", "completely", "entirely", "totally" and "wholly". Not "exactly"
#: ("did not exactly win" says it did not win).
MANNER_CLASSES: Mapping[str, str] = MappingProxyType(
    {
        **dict.fromkeys(("formally", "officially"), "formally"),
        **dict.fromkeys(("fully", "completely", "entirely", "totally", "wholly"), "fully"),
        **{w: w for w in ("publicly", "personally", "directly", "explicitly", "specifically", "immediately")},
        **{w: w for w in ("necessarily", "always")},
    }
)
_MANNER_WORDS = "(" + "|".join(sorted(MANNER_CLASSES)) + ")"
_NOT_SO = re.compile(r"(?:\s+(?:yet|been|be|being))*\s+" + _MANNER_WORDS + r"\b", re.IGNORECASE)
_SO_BEFORE = re.compile(r"\b" + _MANNER_WORDS + r"(?:\s+(?:been|be|being|also|now))*\s+$", re.IGNORECASE)
# (not one before a participle or an adjective in -ed: "sold the publicly owned plant")
_SO_AFTER = re.compile(r"\b" + _MANNER_WORDS + r"\b(?!\s+\w+(?:ed|en|ing)\b)", re.IGNORECASE)
#: Where a statement's clause ends for an adverb after its predicate: a comma, or a word
#: that opens another clause ("overturned the rule, which was formally adopted").
_CLAUSE_END = re.compile(r"[,;:(]|\b(?:which|who|that|when|while|after|before|because|as|and|but)\b", re.IGNORECASE)
#: ``extra`` key of a count of harm told with its degree ("seriously injured 10",
#: "critically wounded"): some of the hurt, compared only with a count of the same degree.
SEVERITY = "severity"
#: ``extra`` key of a stretch of time spent in one role ("spent seven seasons as an
#: assistant coach", "served 12 years as deputy mayor"): the role, :func:`_capacity`. A
#: stretch in another role, or in none told, is another stretch ("spent 11 seasons with
#: the Hawks").
CAPACITY = "capacity"
#: ``extra`` key of a count told with "have": "up to now" for "has had 26 wives" (all of
#: them up to now), "now" for "has 20 wives" (those of now). The two are not one figure;
#: either meets a count told otherwise ("had 20 wives", "married 20 women").
HAVE_TENSE = "have tense"
#: The perfect of "have" right before its own "had": "has had", "have had", "'s had",
#: "has now had", "has already had", "has so far had".
_HAS_HAD = re.compile(
    r"\b(?:has|have|'s|\u2019s|'ve|\u2019ve)\s+(?:(?:\w+ly|now|since|already|also|just|ever|so\s+far)\s+)?$",
    re.IGNORECASE,
)
#: ``extra`` key of a count whose noun a clause after it narrows ("51 wins coming by
#: way of knockout", "30 people who were inside the church"): a part of what the noun
#: counts, as a count with a modifier before its noun is.
NARROWED = "narrowed"
_NARROWING = re.compile(r"\s+(?:(who|which)\s|([a-z]+ing)\b)")
#: Words in -ing after a counted noun that do not narrow it: they list some of it
#: ("10 people including two children"), tell when ("30 deaths following the
#: quake", "evening") or whom it concerns.
_NOT_NARROWING = frozenset(
    {
        "including",
        "according",
        "following",
        "regarding",
        "concerning",
        "during",
        "morning",
        "evening",
        "notwithstanding",
    }
)
_SEVERE = re.compile(
    r"\b(seriously|critically|severely|badly|gravely|slightly|lightly|mildly|moderately|fatally|mortally)\s+$",
    re.IGNORECASE,
)
_UNITS = r"(year|month|week|day|night|hour|minute|decade|season)"
_NOT_BEFORE_RATE = "".join(
    rf"(?<!\b{w} )"
    for w in (
        "for",
        "in",
        "within",
        "over",
        "than",
        "under",
        "during",
        "on",
        "about",
        "just",
        "lasted",
        "took",
        "spent",
    )
)  # ("lasted a week and killed 40": how long, not how often)
_RATE = re.compile(
    r"\b(?:each|every|per)\s+(?:single\s+)?" + _UNITS + r"\b"
    r"|"
    + _NOT_BEFORE_RATE
    + r"(?:\ban?\s+|(?<=\w)-(?:an?|per)-)"  # "50 cars a day", "a $20 million-a-year contract"
    + _UNITS
    + r"\b(?!\s*(?:ago|earlier|later|after|before|of|into|-|'s|\u2019s)|\s*(?:or|and)\s+(?:a|an|one|two|three|\d))"
    r"|\b(?P<adverb>annually|yearly|monthly|weekly|daily|nightly|hourly)\b|\bper\s+(?P<annum>annum)\b"
    r"|\b(?:in|within|over)\s+(?:the\s+(?:past|last|first|next)\s+)?(?P<span>\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|twelve|\d+\s*-)\s*(?P<spanunit>hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_ADVERB_UNIT = {"annually": "year", "yearly": "year", "annum": "year", "monthly": "month", "weekly": "week",
                "daily": "day", "nightly": "night", "hourly": "hour"}  # fmt: skip


def _rate_unit(m: re.Match[str]) -> str:
    if m.group("span"):
        # "arrested 12 in 24 hours": a count within a span, compared only within the same span
        return f"{m.group('span').strip(' -').casefold()} {meaning.normalise(m.group('spanunit')).rstrip('s')}"
    word = m.group(1) or m.group(2) or m.group("adverb") or m.group("annum")
    return _ADVERB_UNIT.get(word.casefold(), word.casefold())


def _clause_stretch(ctx: _Context, f: Fact) -> str:
    """A clause's text with the words around it up to the nearest comma or
    semicolon of its sentence: a period or a place written before or after
    it ("every year about 300 people die", "... die on the roads each year,
    and the crash killed four")."""
    text = ctx.ex.article.text
    sentence = _sentence_at(ctx, f.span.start)
    lo, hi = (sentence.span.start, sentence.span.end) if sentence else (f.span.start, f.span.end)
    left = max(text.rfind(",", lo, f.span.start), text.rfind(";", lo, f.span.start), lo)
    if left > lo and len(text[lo:left].split()) <= 3:
        left = lo  # "Every year, about 300 people die": a short opening phrase is the clause's
    right = f.span.end
    for _ in range(3):
        ends = [i for i in (text.find(",", right, hi), text.find(";", right, hi)) if i >= 0]
        if not ends:
            return text[left:hi]
        nxt = [i for i in (text.find(",", min(ends) + 1, hi), text.find(";", min(ends) + 1, hi)) if i >= 0]
        stop = min(nxt) if nxt else hi
        if len(text[min(ends) + 1 : stop].split()) > 3:
            return text[left : min(ends)]
        right = min(ends) + 1  # "die on the roads, on average, each year": a short phrase between commas
    return text[left:right]


#: A count of those who died: maybe some of a toll ("two died in hospital"), never more.
DIED = "died"
#: Prepositions grouped by what they say about a place: a place "in" and a place
#: "near" fill different slots.
PLACE_ROLES = {
    "in": "at", "at": "at", "inside": "at", "within": "at", "on": "at", "across": "at", "throughout": "at",
    "near": "near", "outside": "near", "off": "near", "around": "near", "by": "near",
    "from": "from", "to": "to", "into": "to", "toward": "to", "towards": "to", "for": "to",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class SlotClaim:
    """One comparable claim: one slot of one fact, with its key and evidence.

    Slotted: a corpus's aligned pairs hold tens of thousands of claims, and an
    instance dictionary of thirty fields costs about 1.4 KB a claim. A claim is
    pickled (into the store's claims index) as its field values in order, so
    adding, removing or reordering a field must bump the store's extractor
    version (``pipeline.cache.EXTRACTOR_VERSION``); a row in another layout is
    refused, never read into the wrong fields."""

    id: str
    slot: Slot
    article: str
    fact: str
    sentence: int
    line: int
    span: Span  # the fact's clause
    value: str  # as written
    value_span: Span | None
    normalized: str
    how: str
    payload: Payload
    topic: str  # what the value is of, for the report: "passenger", "resign"
    predicate: str  # the fact's predicate lemma
    pred_classes: frozenset[str]
    noun: str  # the measured / dated / placed word's lemma
    noun_classes: frozenset[str]
    role: str  # how the value fills the slot: "at", "near", "count", the role noun...
    entities: frozenset[str]  # resolved entities of the fact (the value itself left out)
    anchors: frozenset[str]  # entities as "@id" and argument head lemmas: what the claim is about
    subject: str | None = None  # "@id" or the subject's head lemma
    object: str | None = None
    polarity: str = "positive"
    negation: str | None = None  # the negation cue as written
    modality: str = "actual"
    source: str | None = None  # who the article attributes it to
    in_quote: bool = False
    published: date | None = None
    time: DateValue | None = None  # when the fact happened, when resolved (not for date claims)
    extra: tuple[tuple[str, str], ...] = field(default=())

    def __getstate__(self) -> list[Any]:
        return [getattr(self, name) for name in _CLAIM_FIELDS]

    def __setstate__(self, state: Any) -> None:
        if not isinstance(state, list) or len(state) != len(_CLAIM_FIELDS):
            raise ValueError("a claim stored in another layout: the store must be rebuilt")
        for name, value in zip(_CLAIM_FIELDS, state, strict=True):
            builtins.object.__setattr__(self, name, value)  # frozen; ("object" is a field here)

    def key(self) -> str:
        """A readable key: slot, what it is of, and the entities it is about."""
        ents = ",".join(sorted(self.entities)[:4])
        return f"{self.slot}:{self.topic}:{self.role}:{ents}"


#: A claim's field names in order: its pickled state (read for every stored claim a run aligns).
_CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(SlotClaim))


def claim_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def word_classes(lemma: str, pos: str) -> frozenset[str]:
    """Meaning classes of a lemma in one part of speech, or the lemma itself
    (``lemma:...``) when WordNet does not know it, so it still blocks."""
    if not lemma:
        return frozenset()
    found = meaning.classes(lemma, pos)
    return found if found else frozenset({"lemma:" + meaning.normalise(lemma)})


def _date_value(t: TimeMention) -> DateValue | None:
    if t.start is None or t.end is None or t.type not in ("DATE", "TIME"):
        return None
    return DateValue(t.start, t.end, t.granularity, t.text, t.relative)


#: Dates fine enough to date one event: a year ("served in 1995") dates a
#: period of a life, often one of several.
EVENT_GRANULARITIES = frozenset({"time", "day", "week", "month"})


def _office(f: Fact, lemma: str) -> tuple[tuple[str, str], ...]:
    """The office a naming verb gives, as written up to its head noun, and what
    it is of ("was appointed minister of health": "minister", "health"); a
    possessive before it is whose it is, not its name ("the team's head coach":
    "head coach"). Nothing for another verb, or when no common noun names one
    ("was elected in 2019", "named Ana Ruiz")."""
    if lemma not in NAMING_VERBS:
        return ()
    after = f.predicate_span.end if f.predicate_span is not None else f.span.start
    for a in f.args:
        if a.role not in ("xcomp", "object", "obl:as") or a.entity or not a.head.isalpha() or not a.head.islower():
            continue
        if a.span.start < after:
            continue  # an office follows its verb ("elected her mayor", "was named coach")
        cut = max(0, a.head_span.end - a.span.start)
        words = [w for w in a.text[:cut].casefold().split() if not w.endswith(("'s", "\u2019s", "'", "\u2019"))]
        while words and words[0] in _OFFICE_DETERMINERS:
            words = words[1:]
        if not words:
            continue
        rest = a.text[cut:].casefold().replace(",", " , ").split()
        of: list[str] = []
        if rest[:1] == ["of"]:
            for w in rest[1:]:
                if w in _AFTER_OFFICE:
                    break  # "President of Veltria in 2016": what it is of, not when or where
                if w not in _OFFICE_DETERMINERS:
                    of.append(w)
        return ((OFFICE, " ".join(words)), *(((OFFICE_OF, " ".join(of)),) if of else ()))
    return ()


def _anchor(arg: Argument) -> str | None:
    if arg.entity:
        return "@" + arg.entity
    head = arg.head.casefold()
    if (
        not head
        or head in STAND_INS
        or head in STOPWORDS
        or head in _HEDGE_HEADS
        or not any(ch.isalpha() for ch in head)
    ):
        return None
    return head


#: Heads of hedges the parse makes an argument ("paid in excess of $5 million", "upwards of 300"): no thing named.
_HEDGE_HEADS = frozenset({"excess", "upwards"})


@dataclass(frozen=True)
class _Context:
    ex: Extraction
    lemma_of: dict[str, str]  # fact id -> predicate lemma, to read a clause's parent
    times: dict[tuple[int, int], TimeMention]
    entity_at: dict[tuple[int, int], str]
    published: date | None
    in_dates: frozenset[str] = frozenset()  # entities only ever named inside a time expression ("Oct." of "Oct. 12")
    #: event noun -> the entities of its first mention with any ("a fire at the X church" ... "the fire")
    event_entities: dict[str, frozenset[str]] = field(default_factory=dict)
    #: fact id -> the facts of the clauses it governs ("announced it is buying X")
    children: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    fact_of: dict[str, Fact] = field(default_factory=dict)
    #: the people's mentions (start, end, person), in text order
    people: tuple[tuple[int, int, str], ...] = ()
    #: the start of each sentence, in text order (to find the sentence of an offset)
    sentence_starts: tuple[int, ...] = ()
    #: the indices of the sentences that hold a time expression
    timed_sentences: frozenset[int] = frozenset()
    #: the entities whose death the article dates years before its publication
    died_years_back: frozenset[str] = frozenset()
    #: whether the article reports a game: it holds a game's score or a figure only games count
    game_report: bool = False
    #: the spans of the start dates of measures already claimed (once, not per conjoined clause)
    started: set[tuple[int, int]] = field(default_factory=set)


def _context(ex: Extraction) -> _Context:
    in_dates = _inside_times(ex)
    starts = tuple(x.span.start for x in ex.sentences)
    at = ((bisect.bisect_right(starts, t.span.start) - 1, t.span.start) for t in ex.times)
    timed = {i for i, pos in at if i >= 0 and pos < ex.sentences[i].span.end}  # (as _sentence_at reads them)
    ctx = _Context(
        ex=ex,
        lemma_of={f.id: meaning.normalise(f.lemma or f.predicate or "") for f in ex.facts},
        times={(t.span.start, t.span.end): t for t in ex.times},
        entity_at={(m.span.start, m.span.end): m.entity for m in ex.entities},
        published=ex.article.published,
        in_dates=in_dates,
        event_entities=_event_entities(ex, in_dates),
        children=_children(ex),
        fact_of={f.id: f for f in ex.facts},
        people=tuple(sorted((m.span.start, m.span.end, m.entity) for m in ex.entities if m.type in ("person", "name"))),
        sentence_starts=starts,
        timed_sentences=frozenset(ex.sentences[i].index for i in timed),
        game_report=any(
            att.kind == "score" or (att.kind == "number" and meaning.normalise(att.head) in SPORTS_STATISTICS)
            for f in ex.facts
            for att in f.attachments
        ),
    )
    return replace(ctx, died_years_back=_died_years_back(ctx))


def _sentence_at(ctx: _Context, pos: int) -> Sentence | None:
    """The sentence that holds a character offset (a binary search: the
    sentences are in text order)."""
    i = bisect.bisect_right(ctx.sentence_starts, pos) - 1
    if i < 0:
        return None
    x = ctx.ex.sentences[i]
    return x if x.span.start <= pos < x.span.end else None


def _children(ex: Extraction) -> dict[str, tuple[Fact, ...]]:
    out: dict[str, list[Fact]] = defaultdict(list)
    for f in ex.facts:
        if f.parent is not None:
            out[f.parent].append(f)
    return {k: tuple(v) for k, v in out.items()}


def _event_nouns(f: Fact) -> set[str]:
    """The event nouns of a fact ("fire" in "a fire at the church", "the
    explosion occurred"): argument heads and the words its dates attach to
    that name something that happens, not a thing, person or place."""
    pred = meaning.normalise(f.lemma or f.predicate or "")
    heads = {a.head for a in f.args if not a.entity} | {t.head for t in f.attachments if t.kind == "date"}
    heads.discard(pred)  # the predicate itself is a verb ("damaged"), not an event noun
    return {n for n in (meaning.normalise(h) for h in heads) if n and meaning.is_event(n)}


def _event_entities(ex: Extraction, in_dates: frozenset[str]) -> dict[str, frozenset[str]]:
    """Per event noun, the entities of the fact that first names it with any
    ("a fire destroyed the X plant" ... "the fire started at night"): a later
    mention that names none is taken to speak of the same event (an article
    tells one story; a second fire it would name again)."""
    out: dict[str, frozenset[str]] = {}
    for f in ex.facts:
        ents = frozenset("@" + e for e in (*f.entities, *f.participants) if e not in in_dates)
        if not ents:
            continue
        for n in sorted(_event_nouns(f)):
            out.setdefault(n, ents)
    return out


def _inside_times(ex: Extraction) -> frozenset[str]:
    """Entity ids whose every mention lies inside a time expression: a month
    the tagger took for a name is no anchor. One merge pass over both sorted lists."""
    times = sorted((t.span.start, t.span.end) for t in ex.times)
    inside: set[str] = set()
    outside: set[str] = set()
    i = 0
    for m in sorted(ex.entities, key=lambda m: (m.span.start, m.span.end)):
        while i < len(times) and times[i][1] <= m.span.start:
            i += 1
        if i < len(times) and times[i][0] <= m.span.start and m.span.end <= times[i][1]:
            inside.add(m.entity)
        else:
            outside.add(m.entity)
    return frozenset(inside - outside)


_APPOSED = re.compile(r"\s*,\s*(?:an?|the)\s+$", re.IGNORECASE)


def _apposed_person(ctx: _Context, span: Span) -> str | None:
    """The person named just before an apposition that holds an age ("Roe, a
    32-year-old salesman,"): the parse may split the apposition off as a
    second subject."""
    text = ctx.ex.article.text
    for m in ctx.ex.entities:
        if m.how == "apposition" or m.type != "person" or not 0 < span.start - m.span.end <= 8:
            continue
        if _APPOSED.fullmatch(text, m.span.end, span.start):
            return m.entity
    return None


def _entity_near(ctx: _Context, fact: Fact, span: Span, value: Span | None = None) -> str | None:
    """The entity whose mention is (or contains) ``span``: an argument headed
    there, a mention there, then an argument around it (the name itself
    before a conjoined phrase that holds it: "A, 44, and B, 59"; with
    ``value``, only a name written before the value, not a modifier after
    it: "a 35-year-old Northvale man" is no age of Northvale)."""
    for a in fact.args:
        if a.entity and a.head_span.overlaps(span) and _names(ctx, a, span, value):
            return a.entity
    hit = ctx.entity_at.get((span.start, span.end))
    if hit:
        return hit
    for m in ctx.ex.entities:
        if m.span.overlaps(span) and m.how != "apposition":
            # (an apposition holds nouns of its own: "Ana Ruiz, the mother of a two-year-old
            # boy," is no age of Ana Ruiz; "Roe, a 32-year-old salesman," is read apart)
            return m.entity
    text = ctx.ex.article.text
    for a in fact.args:
        if a.entity and a.span.contains(span) and _names(ctx, a, span, value):
            if value is not None and not a.head_span.overlaps(span) and text[span.start : span.start + 1].islower():
                continue  # "found Smith guilty of killing his 20 year old girlfriend": her age, not his
            return a.entity
    return None


def _names(ctx: _Context, a: Argument, head: Span, value: Span | None) -> bool:
    """Whether the argument's entity is what its phrase names, for a value at
    ``value`` describing the word at ``head``: its mention holds that word
    ("the 61-year-old Ana Ruiz") or comes before the value ("Ana Ruiz, 61,"),
    not a modifier between the value and a common noun ("a 35-year-old
    Northvale man")."""
    if value is None:
        return True
    mentions = [m for m in ctx.ex.entities if m.entity == a.entity and a.span.contains(m.span)]
    return not mentions or any(m.span.overlaps(head) or m.span.start < value.start for m in mentions)


def claims_of_extraction(ex: Extraction) -> list[SlotClaim]:
    """Every slot claim of one article, in text order."""
    if ex.error:
        return []
    last = _LAST_READ[0]
    if last is not None and last[0] is ex:
        return list(last[1])  # the one extraction read twice in a row (stored with its index rows, then checked)
    ctx = _context(ex)
    out: list[SlotClaim] = []
    for f in ex.facts:
        if f.modality == "question":
            continue
        out.extend(claims_of_fact(ctx, f))
    out.extend(_quote_claims(ctx))
    out.extend(_title_claims(ctx))
    out.extend(_apposed_ages(ctx, {c.value_span for c in out if c.slot == "age"}))
    _LAST_READ[0] = (ex, tuple(out))
    return out


#: The claims of the last extraction read, by that very object (extractions are
#: frozen): a check reads a new article's claims to store its index rows and
#: again to compare them.
_LAST_READ: list[tuple[Extraction, tuple[SlotClaim, ...]] | None] = [None]


#: Predicates that tell a toll of an event: who were killed, died, injured.
_TOLL_LEMMAS = frozenset({*CASUALTY_ACTS, *CASUALTY_ACTS.values(), *DEATHS})
#: The words that tie a toll to the event its clause tells: "injured when / as the fire hit";
#: "after" only for the hurt ("two later died in hospital after the fire swept through it"
#: are later deaths; "three were injured after the fire hit the church" are its injured).
_TOLL_CLAUSE_BEFORE = re.compile(r"\b(?:when|as)\s*$", re.IGNORECASE)
_TOLL_CLAUSE_AT = re.compile(r"(?:when|as)\b", re.IGNORECASE)
_AFTER_BEFORE = re.compile(r"\bafter\s*$", re.IGNORECASE)
_AFTER_AT = re.compile(r"after\b", re.IGNORECASE)


def _fact_anchors(ctx: _Context, f: Fact) -> set[str]:
    """What a fact is about: its arguments and entities, not the dates that place it in time."""
    dates = [t.span for t in f.attachments if t.kind == "date"]
    out = {a for a in (_anchor(x) for x in f.args if not any(x.head_span.overlaps(d) for d in dates)) if a}
    return out | {"@" + e for e in f.entities if e not in ctx.in_dates}


def _when_event(ctx: _Context, f: Fact, after: bool = False) -> tuple[set[str], DateValue | None]:
    """The anchors and the time of the event a "when" clause ties to a toll
    ("when the fire hit the Northvale church on Sunday": "fire", "@northvale",
    Sunday), an "as" clause ("as the fire swept through the church") or, with
    ``after`` (a toll of the hurt), an "after" clause ("injured after the fire
    hit the church"). Only a clause whose subject is an event noun, and not
    another one ("when a second bomb exploded"): "when the roof collapsed",
    "when police opened fire" tell a part or an act, not the event."""
    out: set[str] = set()
    when = None
    text = ctx.ex.article.text
    for c in ctx.children.get(f.id, ()):
        before = text[max(0, c.span.start - 12) : c.span.start]
        if not (_TOLL_CLAUSE_BEFORE.search(before) or _TOLL_CLAUSE_AT.match(text, c.span.start)) and not (
            after and (_AFTER_BEFORE.search(before) or _AFTER_AT.match(text, c.span.start))
        ):
            continue
        subject = next((a for a in c.args if a.role == "subject"), None)
        if subject is None or subject.entity or not meaning.is_event(meaning.normalise(subject.head)):
            continue
        if _ANOTHER_ONE.search(subject.text):
            continue
        out |= _fact_anchors(ctx, c)
        when = when or _fact_time(ctx, c, ctx.lemma_of.get(c.id, ""))
    return out, when


_ANOTHER_ONE = re.compile(r"\b(?:second|third|another|new|more|later|earlier|further)\b", re.IGNORECASE)
#: A count right before the state it is in: "three people were injured", "five are dead".
_COUNT_IN_STATE = re.compile(r"\s+(?:were|are|was|is|have\s+been|has\s+been|had\s+been)\s+$", re.IGNORECASE)


def _toll(
    ctx: _Context, f: Fact, lemma: str, anchors: set[str], base: dict, fact_time: DateValue | None
) -> tuple[set[str], DateValue | None, tuple[Attachment, dict] | None]:
    """The anchors and time of a toll's counts: the event its "when" clause
    tells when the count names none of its own ("three people were injured
    when the fire hit the church", dated by the clause); and the count right
    before the state it is in, with the base of the act the state tells
    ("three people were injured": injured by the act, as "injured three
    people"; "five are dead": five died), if any."""
    if lemma not in _TOLL_LEMMAS:
        return anchors, fact_time, None
    toll, time = anchors, fact_time
    if not any(meaning.is_event(a) for a in anchors if not a.startswith("@")):
        extra, when = _when_event(ctx, f, after=lemma in HURT)
        toll, time = anchors | extra, fact_time or when
    act = "die" if lemma == "dead" else CASUALTY_ACTS.get(lemma)
    counted = next((a for a in f.attachments if a.kind == "number"), None)
    if (
        act is None
        or f.predicate_span is None
        or counted is None
        or not _COUNT_IN_STATE.fullmatch(ctx.ex.article.text[counted.span.end : f.predicate_span.start])
    ):
        return toll, time, None  # ("three children were among the injured": some of them)
    return toll, time, (counted, {**base, "predicate": act, "pred_classes": word_classes(act, "v")})


def _with_one_of(f: Fact, claim: SlotClaim) -> SlotClaim:
    """A date, number or place claim with the word that tells its clause's event
    one of several (:data:`ONE_OF`): opening its subject or object phrase, whose
    head is an event noun ("a second fire", not "a second term")."""
    if claim.slot not in ("date", "number", "place"):
        return claim
    for arg in f.args:
        if arg.role not in ("subject", "object") or not meaning.is_event(arg.head):
            continue
        m = _ONE_OF.match(arg.text)
        if m is not None:
            return replace(claim, extra=(*claim.extra, (ONE_OF, m.group(1).casefold())))
    return claim


def claims_of_fact(ctx: _Context, f: Fact) -> Iterator[SlotClaim]:
    lemma = predicate_lemma(ctx, f)
    pred_pos = "n" if lemma in _noun_lemmas(f) else "v"
    pred_classes = word_classes(lemma, pred_pos) if lemma and lemma not in LIGHT else frozenset()
    anchors = _fact_anchors(ctx, f) | {"@" + p for p in f.participants}
    subject = next((_anchor(a) for a in f.args if a.role == "subject"), None)
    obj = next((_anchor(a) for a in f.args if a.role == "object"), None)
    fact_time = _fact_time(ctx, f, lemma)
    polarity, cue, cue_span = _polarity(ctx, f)
    base = {
        "article": f.article,
        "fact": f.id,
        "sentence": f.sentence,
        "line": f.line,
        "span": f.span,
        "predicate": lemma,
        "pred_classes": pred_classes,
        "subject": subject,
        "object": obj,
        "polarity": polarity,
        "negation": cue,
        "modality": f.modality,
        "source": f.attribution.source,
        "in_quote": f.in_quote,
        "published": ctx.published,
    }
    office = _office(f, lemma)
    if (
        office
        and f.predicate_span is not None
        and _FIRST.search(ctx.ex.article.text, f.span.start, f.predicate_span.start)
    ):
        office = (*office, (FIRST, "1"))  # "was first elected mayor in 2019": one election, whatever the year
    if office:
        base["extra"] = office
    dated = False
    toll, toll_time, in_state = _toll(ctx, f, lemma, anchors, base, fact_time)
    for att in f.attachments:
        number = att.kind == "number"
        counted = in_state[1] if in_state is not None and att is in_state[0] else base
        made = _from_attachment(ctx, f, att, toll if number else anchors, counted, toll_time if number else fact_time)
        if made is not None:
            dated = dated or made.slot == "date"
            yield _with_one_of(f, made)
    if not dated:
        made = _undated_claim(ctx, f, anchors, base)
        if made is not None:
            yield made
    holder = _holder(f, lemma, anchors, base)
    if holder is not None:
        yield holder
    if (
        _asserted(ctx, f, lemma, subject, obj)
        and not (polarity == "negative" and _compared(ctx, f))
        and not (polarity == "negative" and _later_occasion(ctx, f, cue))
        and not (polarity == "negative" and _not_until(ctx, f))
    ):
        claim = _claim(
            "polarity", base, cue or lemma, cue_span,
            polarity, "negation cue governs the predicate" if cue else "no negation governs the predicate",
            polarity, topic=lemma, noun=lemma, noun_classes=pred_classes,
            role="state" if lemma in _noun_lemmas(f) else "predicate",
            anchors=frozenset(anchors), entities=_ents(anchors), time=fact_time,
        )  # fmt: skip
        verdict = _verdict_of(ctx, f) if f.parent is not None else None
        if verdict is not None:
            # a verdict's state is compared only with the same verdict ("presumed dead" /
            # "presumed alive", not "found alive" later), at the verdict's time (a trial in
            # 2019 and an appeal in 2023 are two verdicts)
            time = fact_time or (_date_value(verdict.time) if verdict.time is not None else None)
            claim = replace(claim, time=time, extra=(("verdict", ctx.lemma_of.get(verdict.id, "")),))
        claim = replace(claim, extra=(*claim.extra, *_counted_extras(ctx, f, polarity, fact_time)))
        claim = _with_manner(ctx, f, _with_modifiers(ctx, f, claim), cue_span)
        if lemma in SPEECH_ACTS:
            claim = replace(claim, extra=(*claim.extra, *_speech_extra(ctx, f, cue)))
        else:
            scoped = bool(_SCOPED.search(ctx.ex.article.text[f.span.start : f.span.end]))
            if polarity == "negative" and _yet(ctx, f, cue):
                claim = replace(claim, extra=(*claim.extra, (NOT_YET, "scoped" if scoped else "1")))
            elif polarity == "positive" and scoped:
                # "signed the new contract", "won again": the occasion a scoped "not yet" speaks of
                claim = replace(claim, extra=(*claim.extra, (SCOPE, "1")))
        if f.time is not None and _OPEN_TIME.search(_text_before(ctx, f.time.span.start)):
            # "signed it after March 1", "since 2020", "between February 1 and March 5":
            # the date does not say when it was done
            claim = replace(claim, extra=(*claim.extra, (OPEN_TIME, "1")))
        yield replace(claim, extra=(*claim.extra, *((QUALIFIED, q) for q in _qualified(ctx, f))))
    elif lemma in SPEECH_ACTS and _spoke(ctx, f, subject, polarity, cue):
        # a remark, or "has not yet responded": what answers an earlier "has yet to comment";
        # the head of what was said ("fired" of "said she was fired") is no anchor of it
        said = {_anchor(a) for a in f.args if a.role in ("ccomp", "xcomp") and not a.entity}
        own = anchors - said
        spoke = _claim(
            "polarity", base, cue or lemma, cue_span,
            polarity, "negation cue governs the predicate" if cue else "no negation governs the predicate",
            polarity, topic=lemma, noun=lemma, noun_classes=pred_classes, role="predicate",
            anchors=frozenset(own), entities=_ents(own), time=fact_time,
        )  # fmt: skip
        about = sorted((_said_about(ctx, f) - own) | {"v:" + h for h in said if h})
        put_off = sorted(_put_off(ctx, f))
        yield replace(
            spoke,
            extra=(*_speech_extra(ctx, f, cue), *((ABOUT, a) for a in about), *((PUT_OFF, a) for a in put_off)),
        )


#: Verbs that tell someone spoke with nothing said after them ("Ana Ruiz responded").
_SPOKEN = frozenset({"comment", "remark", "respond", "reply", "answer", "speak"})
#: Verbs of speaking: that someone spoke (said, responded, commented) answers an
#: earlier article's "has yet to comment" or "has not yet responded", whatever
#: the verb. Not verbs of a report by others ("report", "write", "indicate").
SPEECH_ACTS = frozenset(
    {
        "say", "tell", "state", "announce", "note", "insist", "argue", "explain", "warn",
        "acknowledge", "assert", "declare", "stress", "emphasize", "emphasise", "reiterate",
        *_SPOKEN,
    }
)  # fmt: skip
#: The extra of a speech act's polarity claim: "1", or "yet" when it says the
#: speaker has not yet spoken ("has yet to comment", "has not yet responded").
SPEECH = "speech"
#: The extra of a remark's polarity claim: an anchor of what was said ("the
#: letter" of "said the letter was a stunt").
ABOUT = "about"
#: The extra of a remark that puts off what it is about: the anchors of a planned or
#: expected clause it reports ("said the winner would be named on Friday"), and a
#: speech act it says is still to come or will not come ("said she would not
#: comment", "said she would respond next week", "had no comment").
PUT_OFF = "put_off"
# "has not yet (been) paid", "has not yet formally approved"
_YET_BEFORE = re.compile(r"\byet\s+(?:been\s+)?(?:" + _MANNER_WORDS + r"\s+)?$", re.IGNORECASE)
# "has not left Paris yet", "as yet": not "yet another", "Yet Corp"
_YET_AFTER = re.compile(r"^[^,;.]*(?:\byet\s*(?:[,;.!?]|$)|\bas\s+yet\b)", re.IGNORECASE)


#: The extra of a denial that says the act has not happened yet ("has yet to
#: sign", "has not left Paris yet"); a speech act's is :data:`SPEECH` "yet".
NOT_YET = "not_yet"


#: Words that limit a "not yet" to a new occasion ("has yet to win a race this
#: season", "has yet to sign a new contract"): an undated act may be an earlier one.
#: ("new" in lower case: "The New York Times has yet to respond" is no new occasion)
_SCOPED = re.compile(
    r"(?<!\bat )\b(?:[Tt]his\s+(?:season|year|month|week|term|time)|[Ss]o\s+far|new|again|(?<!\bone )another)\b"
)
#: The extra of a positive polarity claim whose clause names an occasion as a
#: scoped "not yet" does ("signed the new contract", "won again").
SCOPE = "scope"
#: Words after a predicate that tell of occasions other than the one a dated
#: denial speaks of ("was arrested twice", "again", "once before"); not a
#: multiplier ("three times faster", "twice as fast", "five times the amount")
#: nor "at once".
_OCCASIONS_WORDS = re.compile(
    r"\b(?:twice|thrice|again|repeatedly|(?<!\bat\s)once|"
    r"(?:several|many|multiple|numerous|two|three|four|five|\d+)\s+times)\b"
    r"(?!\s+(?:as|more|less|the|that|over|per|a|an|\w+er)\b)",
    re.IGNORECASE,
)
_THIS_TIME = re.compile(r"\bthis\s+time\b", re.IGNORECASE)
_ONCE_AGAIN = re.compile(r"\bonce\s+again\b", re.IGNORECASE)
#: The extra of a polarity claim told of other occasions ("repeated", or "again": a
#: positive one) or of one occasion ("dated", or "this time": a denial).
OCCASIONS = "occasions"
#: The extra of a polarity claim whose date only bounds when it happened ("after
#: March 1", "since 2020", "between February 1 and March 5").
OPEN_TIME = "open_time"
_OPEN_TIME = re.compile(r"\b(?:after|since|following|between|from|until|till)\s+(?:the\s+)?$", re.IGNORECASE)


#: The extra of a state claim: the words that qualify its noun or adjective, in
#: text order ("minor political" of "is a minor political party", "very" of "is
#: not very happy").
MODIFIERS = "modifiers"
#: Words before a state's noun or adjective that end its qualifiers: the copula,
#: the negation and what says when or how often.
_STATE_STOP = frozenset(
    {"is", "are", "was", "were", "be", "been", "being", "am", "'s", "\u2019s", "not", "n't", "never", "no",
     "become", "became", "becomes", "remain", "remains", "remained", "seem", "seems", "seemed", "still", "yet",
     "ever", "longer", "now", "then", "also", "as", "and", "or", "but", "that", "who", "which", ",", ";", ":"}
)  # fmt: skip
#: Words before a state's noun that qualify nothing: determiners and possessives.
_STATE_DETERMINERS = frozenset(
    {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "any"}
)
_STATE_WORD = re.compile(r"[\w'\u2019-]+|[,;:]")


#: The extra of a predicate's polarity claim: the words that qualify the head
#: of its object, in text order ("old" of "approved the old budget", "x" of
#: "discovered x-rays"; hyphens and apostrophes folded).
OBJECT_MODIFIERS = "object_modifiers"
#: The extra of a predicate's polarity claim: the words after the head of its
#: object that tell of it ("5 million" of "paid the fine of $5 million").
OBJECT_AFTER = "object_after"
#: The extra of a predicate's polarity claim whose object is indefinite ("paid a fine").
OBJECT_INDEFINITE = "object_indefinite"
#: The extra of a predicate's polarity claim whose object names nothing by its
#: head: a demonstrative ("described those responsible", "denied that") or a
#: pronoun or quantifier with words of its own ("the other", "those who fled",
#: "each of them"): a thing the claim does not name, not a missing object. A
#: quantifier of a named thing is that thing's ("any of the fine").
OBJECT_UNNAMED = "object_unnamed"
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def _of_named(after: str) -> bool:
    """The words after an object's head are "of" and a thing named by a noun
    ("any of the fine"), not by a pronoun ("each of them")."""
    words = after.split()
    return len(words) >= 2 and words[0].casefold() == "of" and words[-1].strip(".,;:").casefold() not in STAND_INS


#: The extra of a polarity claim whose predicate takes a clause of what is
#: done ("agreed to buy Widgetco", "helped found the league"): that clause's
#: predicate lemma, and after a tab its object's anchor, or "-" for an object
#: that names nothing (a pronoun: "agreed to buy it").
COMPLEMENT = "complement"


def _with_manner(ctx: _Context, f: Fact, claim: SlotClaim, cue_span: Span | None) -> SlotClaim:
    """A polarity claim with the meaning (:data:`MANNER_CLASSES`) of the adverb
    that narrows its predicate: right after the negation of a negated clause;
    before the predicate, or after it within the clause, of a statement."""
    text = ctx.ex.article.text
    m: re.Match[str] | None = None
    if cue_span is not None:
        m = _NOT_SO.match(text, cue_span.end)
    elif f.predicate_span is not None:
        start, end = f.predicate_span.start, f.predicate_span.end
        stop = _CLAUSE_END.search(text, end, max(end, f.span.end))
        m = _SO_BEFORE.search(text, max(0, start - 30), start) or _SO_AFTER.search(
            text, end, stop.start() if stop else max(end, f.span.end)
        )
    if m is None or (claim.predicate in SPEECH_ACTS and m.group(1).casefold() == "publicly"):
        return claim  # (a remark the news reports was made in public: "did not publicly comment")
    return replace(claim, extra=(*claim.extra, (MANNER, MANNER_CLASSES[m.group(1).casefold()])))


def _with_modifiers(ctx: _Context, f: Fact, claim: SlotClaim) -> SlotClaim:
    """A state claim with the words that qualify its noun or adjective, a
    predicate's with those that qualify its object and with the clause it
    takes, if any."""
    if f.predicate_span is None:
        return claim
    if claim.role == "state":
        mods = _state_modifiers(ctx.ex.article.text, f.predicate_span.start)
        return replace(claim, extra=(*claim.extra, (MODIFIERS, mods))) if mods else claim
    extra = []
    obj = next((a for a in f.args if a.role == "object"), None)
    text = ctx.ex.article.text
    if obj is not None and obj.entity is None and obj.span.start < obj.head_span.start:
        mods = _object_modifiers(text[obj.span.start : obj.head_span.start])
        if mods:
            extra.append((OBJECT_MODIFIERS, mods))
        if text[obj.span.start : obj.head_span.start].split()[0].casefold() in ("a", "an", "some"):
            extra.append((OBJECT_INDEFINITE, "1"))  # "paid a fine": not told which one
    if (
        obj is not None
        and obj.entity is None
        and _anchor(obj) is None
        and (obj.head.casefold() in _DEMONSTRATIVES or obj.span != obj.head_span)
        and not _of_named(text[obj.head_span.end : obj.span.end])
    ):
        extra.append((OBJECT_UNNAMED, "1"))
    if obj is not None and obj.entity is None:
        # ("the fine of $5 million", "the agreement for peace": what the object's head
        # is told of after it, which a denial may tell before it; the parse may hang
        # the phrase on the verb: "approved the budget for schools")
        after = next(
            (
                a.span.end
                for a in f.args
                if a.role in ("obl:for", "obl:of") and not text[obj.span.end : a.span.start].strip()
            ),
            obj.span.end,
        )
        rest = _object_after(text[obj.head_span.end : after]) if obj.head_span.end < after else ""
        if rest:
            extra.append((OBJECT_AFTER, rest))
    complement = _complement(ctx, f)
    if complement:
        extra.append((COMPLEMENT, complement))
    return replace(claim, extra=(*claim.extra, *extra)) if extra else claim


#: Words around an object that only stress it ("did not cast a single vote",
#: "made no such claim", "its own budget", "the merger itself").
_OBJECT_EMPHASIS = frozenset(
    {"single", "such", "whatsoever", "own", "very", "itself", "themselves", "himself", "herself"}
)  # fmt: skip
#: Prepositions that open a phrase after an object's head that tells which one
#: it is ("the fine of $5 million", "the agreement for peace").
_OBJECT_PREPOSITIONS = frozenset({"of", "for", "to", "in", "on", "with", "from", "at", "over", "against", "worth"})
#: A word or a figure of an object's qualifier: "2nd", "1990s", "$4.5bn" ("4.5"
#: and "bn"), "two-year", "x-rays".
_OBJECT_WORD = re.compile(r"\d+(?:st|nd|rd|th|s)\b|\d+(?:-[^\W\d_]+)+|\d+(?:[.,]\d+)*|[^\W\d_]+(?:['\u2019-][^\W_]+)*")
#: Abbreviations of amounts after a figure, written out: "$4.5bn" is "$4.5 billion".
_AMOUNT_WORDS = {"bn": "billion", "b": "billion", "m": "million", "mn": "million", "k": "thousand", "tn": "trillion"}
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third"}


def _object_modifiers(words: str) -> str:
    """The words before an object's head that qualify it ("the old" -> "old",
    "any new" -> "new", "x-" -> "x", "the 'emergency'" -> "emergency",
    "$4.5bn" -> "4.5 billion", "two-year" -> "2year", "2nd" -> "second"): no
    determiner, no word of emphasis, apostrophes and hyphens folded, figures
    as written in digits."""
    mods: list[str] = []
    money = _names_a_sum(words)  # ("$400m" is a sum; "a 400m race" no)
    for w in _OBJECT_WORD.findall(words.replace("\u2019", "'")):
        low = _ORDINALS.get(w.casefold(), w.casefold()).removesuffix("'s").replace("'", "")
        low = _written_number(low)
        if mods and mods[-1][:1].isdigit() and low in _AMOUNT_WORDS and (money or len(low) > 1):
            low = _AMOUNT_WORDS[low]  # ("$4.5bn": only right after a figure; "the B team" stays)
        low = low.replace(",", "") if low[:1].isdigit() else low
        if low and low not in _NOT_OBJECT_QUALIFIERS:
            mods.append(low)
    return " ".join(mods)


def _names_a_sum(words: str) -> bool:
    """Whether words hold a currency sign ("$4.5bn", "\u00a380m")."""
    return any(c in words for c in "$\u00a3\u20ac\u00a5")


def _written_number(word: str) -> str:
    """A hyphenated word with its numbers in digits: "two-year" -> "2year",
    "twenty-five-year" -> "25year"."""
    out: list[str] = []
    total: int | None = None
    for part in word.split("-"):
        n = _NUMBER_WORD.get(part)
        if n is not None:
            if total is not None and (total % 10 or n >= 10):
                out.append(str(total))  # ("five-twenty": two numbers)
                total = None
            total = n if total is None else total + n
            continue
        if total is not None:
            out.append(str(total))
            total = None
        out.append(part)
    if total is not None:
        out.append(str(total))
    return "".join(out)


def _object_after(words: str) -> str:
    """What the phrase after an object's head tells of which one it is: the
    head of a phrase that a preposition opens, with any figure in it ("of the
    first defendant" -> "defendant", "of $5 million" -> "5 million", "for
    peace" -> "peace"); "" for anything else ("itself", a relative clause)."""
    found = _OBJECT_WORD.findall(words.replace("\u2019", "'"))
    if not found or found[0].casefold() not in _OBJECT_PREPOSITIONS:
        return ""
    phrase: list[str] = []
    for w in found[1:]:
        if w.casefold() in _OBJECT_PREPOSITIONS or w.casefold() in ("that", "which", "who", "whose", "and", "or"):
            break
        phrase.append(w)
    if not phrase:
        return ""
    # ("of $4.5bn" is a sum, as "$4.5bn fine" is)
    mods = _object_modifiers(("$" if _names_a_sum(words) else "") + " ".join(phrase)).split()
    return " ".join(dict.fromkeys([*(w for w in mods if w[:1].isdigit()), *mods[-1:]]))


_NUMBER_WORD = {**ONES, **TEENS, **TENS}


def _complement(ctx: _Context, f: Fact) -> str:
    """The clause a predicate takes of what is done, as "lemma", "lemma <tab>
    anchor" ("agreed to buy Widgetco" -> "buy\t@widgetco") or "lemma <tab> -"
    (an object that names nothing: "agreed to buy it"), or ""."""
    arg = next((a for a in f.args if a.role == "xcomp"), None)
    if arg is None:
        return ""
    clause = next(
        (c for c in ctx.children.get(f.id, ()) if c.predicate_span is not None and c.predicate_span == arg.head_span),
        None,
    )
    if clause is None:
        return ""
    lemma = ctx.lemma_of.get(clause.id, "") or clause.lemma
    # (a pronoun names nothing here, "-": "agreed to meet her" may be anyone's meeting)
    obj = next(
        ("-" if x.text.casefold() in STAND_INS else (_anchor(x) or "-") for x in clause.args if x.role == "object"),
        "",
    )
    return f"{lemma}\t{obj}" if obj and lemma else lemma


#: Words before a state that qualify nothing: they stress or date the state
#: ("is not actually a member", "is not at all happy", "is not currently eligible").
_STATE_EMPHASIS = frozenset(
    {"actually", "even", "at", "all", "in", "fact", "currently", "indeed", "really", "truly", "presently", "today"}
)  # fmt: skip
#: Words around an object that qualify nothing: determiners, emphasis, the copula and the negation.
_NOT_OBJECT_QUALIFIERS = _STATE_DETERMINERS | _STATE_EMPHASIS | _STATE_STOP | _OBJECT_EMPHASIS


def _state_modifiers(text: str, head: int) -> str:
    """The words that qualify a state's noun or adjective, read back from it to
    the copula or the negation: "a minor political party" -> "minor political",
    "not very happy" -> "very", "the first coach" -> "first", "Ana Ruiz's lawyer"
    -> "ana ruiz" (apostrophes and hyphens folded: "full-time" -> "fulltime")."""
    words = _STATE_WORD.findall(text[max(0, head - 80) : head].replace("\u2019", "'"))
    mods: list[str] = []
    for w in reversed(words):
        low = w.casefold()
        if low in _STATE_STOP or low.endswith("n't"):
            break
        low = low.removesuffix("'s").removesuffix("'").replace("-", "")
        if low and low not in _STATE_DETERMINERS and low not in _STATE_EMPHASIS:
            mods.append(low)
        if len(mods) > 4:
            return ""  # no copula near: not a state told by one
    return " ".join(reversed(mods))


def _text_before(ctx: _Context, start: int) -> str:
    return ctx.ex.article.text[max(0, start - 16) : start]


def _yet(ctx: _Context, f: Fact, cue: str | None) -> bool:
    """Whether a negated clause says "not yet": "has yet to comment", "has not
    yet responded", "has not commented yet"."""
    if cue is None:
        return False
    if cue.casefold() == "yet to" or _YET_BEFORE.search(_before(ctx, f)):
        return True
    return f.predicate_span is not None and bool(
        _YET_AFTER.search(ctx.ex.article.text[f.predicate_span.end : f.span.end])
    )


def is_scoped(c: SlotClaim) -> bool:
    """A "not yet" limited to a new occasion ("this season", "a new contract")."""
    return (NOT_YET, "scoped") in c.extra


def is_not_yet(c: SlotClaim) -> bool:
    """A polarity claim that says its act has not happened yet."""
    return any((k == NOT_YET) or (k == SPEECH and v == "yet") for k, v in c.extra)


def _speech_extra(ctx: _Context, f: Fact, cue: str | None) -> tuple[tuple[str, str], ...]:
    return ((SPEECH, "yet" if _yet(ctx, f, cue) else "1"),)


_GOING_ON = re.compile(r"\b(?:is|are|was|were|be|been|still)\s+$", re.IGNORECASE)
_BEING = re.compile(r"\bbeing\s+$", re.IGNORECASE)  # "the letter was being reviewed"


def _done(ctx: _Context, c: Fact) -> bool:
    """Whether a reported clause tells it was done: "had read the letter",
    "had decided to ignore it"; not "had not read", "would decide", "to
    discuss", "were reviewing"."""
    if c.polarity == "negative" or c.modality != "actual":
        return False
    before = _before(ctx, c)
    word = ctx.ex.article.text[c.predicate_span.start : c.predicate_span.end] if c.predicate_span else ""
    going_on = (word.casefold().endswith("ing") and bool(_GOING_ON.search(before))) or bool(_BEING.search(before))
    return not going_on and not _INFINITIVE.search(before)


def _reported(ctx: _Context, f: Fact) -> list[Fact]:
    """The clauses a remark reports, and theirs ("said she had decided to ignore the letter")."""
    out: list[Fact] = []
    stack, seen = list(ctx.children.get(f.id, ())), {f.id}
    while stack:
        c = stack.pop()
        if c.id not in seen:
            seen.add(c.id)
            out.append(c)
            stack.extend(ctx.children.get(c.id, ()))
    return out


def _put_off(ctx: _Context, f: Fact) -> set[str]:
    """What a remark puts off (see :data:`PUT_OFF`): the verbs of speaking or
    deciding it reports as not done, and the anchors of a plan it reports."""
    out: set[str] = set()
    reported = _reported(ctx, f)
    for c in reported:  # "said it was too early to comment"
        lemma = ctx.lemma_of.get(c.id, "")
        if (lemma in SPEECH_ACTS or lemma in DEFERRING) and not _done(ctx, c):
            out.add(lemma)
        if c.modality != "actual" and c.parent == f.id:
            out |= {a for a in (_anchor(x) for x in c.args) if a}
        elif c.polarity == "negative" and any(a.head == "comment" and a.role == "object" for a in c.args):
            out.add("comment")  # "said she had no comment"
    for arg in f.args if not reported else ():
        # a complement the parse made no clause of
        if arg.role in ("ccomp", "xcomp"):
            for w in WORD_RE.findall(arg.text.casefold()):
                out |= {v for v in meaning.base_forms(w, "v") if v in SPEECH_ACTS or v in DEFERRING}
    return out


#: Words that make what follows them a subordinate clause ("If Ana Ruiz says ...",
#: "Reports that Ana Ruiz said ... were false").
_SUBORDINATORS = frozenset(
    {"if", "unless", "whether", "that", "when", "once", "until", "because", "although", "though", "while", "whereas"}
)


def _own_clause(ctx: _Context, f: Fact) -> bool:
    """Whether a remark (or a "not yet") is told in the article's own voice: no
    subordinating word before its subject ("If Ana Ruiz says"), and no report of
    someone else's before it ("Tom Ray said Ana Ruiz has yet to respond"), in
    the stretch of the sentence after the last comma before the subject."""
    who = next((a for a in f.args if a.role == "subject"), None)
    start = who.span.start if who is not None else f.span.start
    sentence = _sentence_at(ctx, start)
    if sentence is None:
        return False
    lead = ctx.ex.article.text[sentence.span.start : start]
    # what a comma sets off before the speaker is an adverbial ("That night,", "When asked,")
    from_ = sentence.span.start + lead.rfind(",") + 1
    if set(WORD_RE.findall(ctx.ex.article.text[from_:start].casefold())) & _SUBORDINATORS:
        return False
    if "according" in WORD_RE.findall(lead.casefold()):
        return False  # "According to Tom Ray, Ana Ruiz said": his report
    speaker = who.entity if who is not None else None
    return not any(
        g.id != f.id
        and g.sentence == f.sentence
        and g.predicate_span is not None
        and from_ <= g.predicate_span.start
        and g.predicate_span.end <= start
        and ctx.lemma_of.get(g.id, "") in REPORTING
        # another speaker's report ("Tom Ray said Ana Ruiz ..."), not her own "Speaking to reporters,"
        and any(a.role == "subject" and a.entity != speaker for a in g.args)
        for g in ctx.ex.facts
    )


#: What a remark may say that tells it does not answer yet: "too early to comment",
#: "not ready to respond", "had yet to read the letter", "would decide next month".
DEFERRING = frozenset({"discuss", "decide", "read", "review", "consider", "study", "think", "examine"})


def _said_about(ctx: _Context, f: Fact) -> set[str]:
    """What a remark was about: the anchors of the clauses it governs, and the
    words of a complement the parse made no clause of ("said that the tariffs
    were unjustified"), each as its noun."""
    children = _reported(ctx, f)
    out = {a for c in children for a in (_anchor(x) for x in c.args) if a}
    # and what was said of them, as verbs: "v:run" of "said she will run" (never matched with a noun)
    out |= {"v:" + lemma for c in children if (lemma := ctx.lemma_of.get(c.id, ""))}
    for arg in f.args if not children else ():
        if arg.role in ("ccomp", "xcomp"):
            for w in WORD_RE.findall(arg.text.casefold()):
                if len(w) > 2 and w not in STOPWORDS and w not in STAND_INS:
                    out.add(next(iter(meaning.base_forms(w, "n")), w))
    return out


def _spoke(ctx: _Context, f: Fact, subject: str | None, polarity: str, cue: str | None) -> bool:
    """Whether a reporting clause says plainly that a named speaker spoke, or has
    not yet spoken: in the article's own voice, not embedded, not a plan."""
    if f.modality != "actual" or f.in_quote or subject is None or not subject.startswith("@"):
        return False
    if not _own_clause(ctx, f):
        return False
    yet = dict(_speech_extra(ctx, f, cue))[SPEECH] == "yet"
    if f.parent is not None and not (yet and ctx.lemma_of.get(f.parent, "") == "have"):
        return False  # embedded; but "has yet to respond" with "has" as the main verb
    if polarity != "positive":
        return yet
    # a remark says something, or is one of the verbs that need not ("Ana Ruiz responded")
    lemma = ctx.lemma_of.get(f.id, "")
    said = ("ccomp", "xcomp") if lemma in ("tell", "warn") else ("ccomp", "xcomp", "object")  # (whom it was told)
    return lemma in _SPOKEN or any(a.role in said for a in f.args) or bool(ctx.children.get(f.id))


#: The extra of a claim that names a noun of its clause by a person's name before
#: it: "supporter@ana-ruiz" ("an Ana Ruiz supporter", "Ana Ruiz's aides").
QUALIFIED = "qualified"


def _qualified(ctx: _Context, f: Fact) -> list[str]:
    """The nouns heading the fact's arguments that a person's name right before
    them qualifies ("arrested an Ana Ruiz supporter and a Tom Ray supporter",
    "fired Ana Ruiz's aides"), as "noun@person": the name only tells whose the
    noun is. Read from the spans of the clause's person mentions and the word
    after each, whatever the parse hung the name on. A name that is itself an
    argument ("sent Ana Ruiz letters") or the end of a hyphenated one
    ("Ruiz-Lopez") qualifies nothing."""
    text = ctx.ex.article.text
    dates = [t.span for t in f.attachments if t.kind == "date"]
    heads = {
        meaning.normalise(a.head)
        for a in f.args
        if a.head and not a.entity and not any(a.head_span.overlaps(d) for d in dates)
    }
    if not heads:
        return []
    named = [(a.span, a.head_span) for a in f.args if a.entity]
    out: set[str] = set()
    for start, end, who in ctx.people:
        if start < f.span.start or end > f.span.end:
            continue
        if text[start - 1 : start] == "-" or any(
            sp.start <= start and end <= sp.end and start <= h.start and h.end <= end for sp, h in named
        ):
            continue
        m = _NOUN_AFTER.match(text, end)
        if m is None:
            continue
        word = m.group(1)
        noun = next((b for b in (word, *meaning.base_forms(word, "n")) if b in heads), None)
        if noun is not None:
            out.add(f"{noun}@{who}")
    return sorted(out)


#: The lowercase word right after a person's name, across a space or a possessive ending.
_NOUN_AFTER = re.compile(r"(?:['\u2019]s?)? ([a-z][a-z-]*)\b")


#: Nouns of occasions: an oblique that counts them ("played in the past six
#: games") tells of many occasions. Other counted obliques tell how it went on
#: one ("sentenced to 10 years", "passed by 12 votes", "landed with 150 passengers").
_OCCASIONS = frozenset(
    {"game", "match", "race", "start", "appearance", "occasion", "contest", "outing", "tournament", "season", "bout"}
)


def _object_count(f: Fact) -> str | None:
    """The count of the fact's object, or of an oblique's occasions, when a number
    counts it ("attacked nearly 100 vessels": "100 vessel"; "played in the past six
    games"): such a clause tells of many things or occasions, not of the one another
    clause denies ("did not attack a vessel", "did not play last Sunday")."""
    for arg in f.args:
        oblique = arg.role.startswith("obl")
        if arg.role != "object" and not oblique:
            continue
        for att in f.attachments:
            if att.kind != "number" or att.head_span != arg.head_span:
                continue
            if oblique and (att.unit or "") not in _OCCASIONS and not _bound_read_as_case(arg.role, att):
                continue
            if arg.entity and not oblique and (att.value or "").split()[:1] == ["1"]:
                continue  # a named object is one person ("Tom Hale was arrested"): what a denial denies
            return att.value or att.text
    return None


#: Bounds on a count the parser may read as a preposition of the counted noun
#: ("attacked as many as 100 vessels": "as" the case of "vessels"), leaving the
#: counted object an oblique. Not "as much as", a bound on a measure ("rose as
#: much as 3 feet"), which tells how much, not how many things were done to.
_AS_BOUNDS = frozenset({"as many as", "as few as"})


def _bound_read_as_case(role: str, att: Attachment) -> bool:
    """An oblique "as" that is the last word of a bound on a count: the object counted."""
    return role == "obl:as" and (att.hedge or "") in _AS_BOUNDS


def predicate_lemma(ctx: _Context, f: Fact) -> str:
    """The predicate's lemma as WordNet knows it: the parse's lemma, or the
    base form of the word as written when the lemma is not a known word
    ("sank" -> "sink")."""
    lemma = meaning.normalise(f.lemma or f.predicate or "")
    if not lemma or lemma in _noun_lemmas(f) or meaning.base_forms(lemma, "v") == (lemma,):
        return lemma
    if " " in lemma and meaning.classes(lemma, "v"):
        return lemma  # a verb with its particle that WordNet knows ("break out", "step down")
    if f.predicate_span is not None:
        word = ctx.ex.article.text[f.predicate_span.start : f.predicate_span.end]
        forms = meaning.base_forms(word, "v") or meaning.base_forms(lemma, "v")
    else:
        forms = meaning.base_forms(lemma, "v")
    return forms[0] if forms else lemma


#: Verbs that mostly carry aspect or future ("is going to", "came to") rather than an event.
_ASPECTUAL = frozenset({"go", "come", "want", "need", "try", "seem", "begin", "start", "continue", "keep", "let"})
#: Verbs of effort: with a clause of what was tried ("struggled to get inside his
#: reach", "fought to save the plant") they tell an attempt, not the act the verb
#: names on its own ("did not fight"); the attempt is compared only with an attempt
#: at the same act.
EFFORT = frozenset({"struggle", "strive", "attempt", "seek", "fight", "battle", "endeavor", "endeavour", "scramble"})
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_NOT_ONLY = re.compile(r"^\s+(?:only|just|merely)\b", re.IGNORECASE)


#: A denial of a later occasion ("never agreed to it again", "does not own it
#: any more"): it does not answer that the act once happened.
_AGAIN = re.compile(r"\b(?:again|any\s?more)\b", re.IGNORECASE)


def _counted_extras(ctx: _Context, f: Fact, polarity: str, time: DateValue | None) -> tuple[tuple[str, str], ...]:
    """The count of the clause's object and what it tells of its occasions."""
    counted = _object_count(f)
    occasions = _occasions(ctx, f, polarity, time)
    return (
        *((("object_count", counted),) if counted is not None else ()),
        *(((OCCASIONS, occasions),) if occasions else ()),
    )


def _occasions(ctx: _Context, f: Fact, polarity: str, time: DateValue | None) -> str | None:
    """ "repeated" for an act told of several or other occasions ("arrested him
    twice", "was attacked once before"), "again" for one told as a repeat ("once
    again" too); "dated" or "this time" for a denial of one occasion (see
    :func:`factcheck.engine.align.other_occasions`)."""
    start = f.predicate_span.end if f.predicate_span is not None else f.span.start
    clause = ctx.ex.article.text[start : f.span.end]
    if polarity == "positive":
        if _THIS_TIME.search(clause):
            return None  # "arrested him again this time": the occasion a denial speaks of
        words = {" ".join(m.group(0).casefold().split()) for m in _OCCASIONS_WORDS.finditer(clause)}
        if _ONCE_AGAIN.search(clause):
            words.discard("once")
        if words:
            return "again" if words == {"again"} else "repeated"
        # an act whose sentence names no time at all; a time of another clause of its
        # sentence may be its own ("was arrested as he left the court on Monday")
        return "undated" if time is None and f.sentence not in ctx.timed_sentences else None
    return "dated" if time is not None else "this time" if _THIS_TIME.search(clause) else None


def _later_occasion(ctx: _Context, f: Fact, cue: str | None) -> bool:
    """Whether a denial speaks of a later occasion: "again" or "any more" after
    its predicate in its own clause or in a clause it governs ("never agreed
    to having her photograph taken again"), not in a report of it ("did not
    leak it, Acme said again") nor in a clause joined to it ("and will try
    again"). A "not yet ... again" is a new occasion of its own
    (:data:`NOT_YET`)."""
    if _yet(ctx, f, cue):
        return False
    text = ctx.ex.article.text
    start = f.predicate_span.end if f.predicate_span is not None else f.span.start
    spans = [(start, f.span.end)]
    todo = list(ctx.children.get(f.id, ()))
    while todo:
        child = todo.pop()
        spans.append((child.span.start, child.span.end))
        todo.extend(ctx.children.get(child.id, ()))
    return any(_AGAIN.search(text, a, b) for a, b in spans if a < b)


_UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
_FURTHER_NOTICE = re.compile(r"(?:until|till)\s+further\s+notice\b", re.IGNORECASE)
#: Verbs whose "until" is the end of what they start or keep ("extended the
#: contract until 2028", "stayed until Friday"): denied, they did not happen.
DURATIVE = frozenset(
    {
        "extend", "prolong", "renew", "postpone", "delay", "defer", "adjourn", "suspend", "remand", "stay",
        "remain", "keep", "last", "continue", "wait", "live", "serve", "run", "ban", "bar", "freeze", "halt",
    }
)  # fmt: skip


def _not_until(ctx: _Context, f: Fact) -> bool:
    """Whether a denial is bounded by "until": "the jobs were not moved until
    2021", "did not leave until the police arrived" tell that it happened,
    then, not that it did not. Not a verb whose "until" ends what it starts
    or keeps ("did not extend the contract until 2028"), nor "until further
    notice", nor "the till"."""
    if ctx.lemma_of.get(f.id, "") in DURATIVE:
        return False
    text = ctx.ex.article.text
    bounds = [a.span.start for a in f.args if a.role in ("obl:until", "obl:till")]
    bounds += [child.span.start for child in ctx.children.get(f.id, ()) if _UNTIL.match(text, child.span.start)]
    return any(_UNTIL.match(text, b) and not _FURTHER_NOTICE.match(text, b) for b in bounds)


#: Subordinators whose clause the sentence takes as true, whatever its main
#: clause says (presupposition): "celebrated after they won", "fired him because
#: he leaked the memo", "although it rained". Not "before", "until", "if", "once".
PRESUPPOSING = frozenset({"after", "when", "because", "since", "although", "though", "while", "whereas"})


#: Words that hedge a clause: what it says is not taken as true ("after he
#: reportedly leaked the memo").
_HEDGED = re.compile(
    r"\b(?:reportedly|allegedly|apparently|purportedly|supposedly|possibly|probably|perhaps|likely)\b", re.IGNORECASE
)
#: Subordinators that may give a reason: a denied main clause may deny the
#: reason ("did not fire him because he leaked the memo; it fired him for being
#: late"). "Since" may be a reason or a time ("has not spoken to him since he
#: left"); it is read as the reason, so that no denial is taken for a fact.
_REASONS = frozenset({"because", "since"})


def _presupposed(ctx: _Context, f: Fact) -> bool:
    """Whether ``f`` is an adverbial clause the article states as a fact: it
    opens with a presupposing subordinator that is its own (the subordinator
    right before its subject: not "after claims he leaked"), it is not hedged
    ("reportedly"), and the clause it hangs on is one the article states
    happened (actual, in its own voice, not itself embedded but under a
    report, not a denial; for a reason, not denied)."""
    first, _, rest = f.text.partition(" ")
    first = first.casefold()
    subject = next((a for a in f.args if a.role == "subject"), None)
    parent = ctx.fact_of.get(f.parent or "")
    if first not in PRESUPPOSING or subject is None or parent is None:
        return False
    own = ctx.ex.article.text[f.span.start + len(first) : subject.span.start].strip() == ""
    if not own or _HEDGED.search(rest) or parent.modality != "actual" or parent.in_quote:
        return False
    if first in _REASONS and parent.polarity == "negative":
        return False
    if ctx.lemma_of.get(parent.id, "") in DENYING:
        return False  # "Acme denied that it fired him after he leaked the memo": the leak may be denied too
    return parent.parent is None or ctx.lemma_of.get(parent.parent, "") in REPORTING


def _asserted(ctx: _Context, f: Fact, lemma: str, subject: str | None, obj: str | None) -> bool:
    """Whether a fact asserts its predicate plainly enough for its polarity to
    be compared: an actual (not expected, planned or hypothetical) clause in
    the article's own voice (not inside a quotation), with a named or nominal
    subject (or, in the passive, object), not embedded under anything but a
    report, an implicative verb that settles it (:func:`_implied`) or a
    clause that takes it as true (:func:`_presupposed`), whose predicate is
    not an infinitive ("to pay", "chose not to pay"), a reporting verb or a
    light or aspectual verb."""
    if not lemma or lemma in REPORTING or lemma in LIGHT or lemma in _ASPECTUAL:
        return False
    if f.modality != "actual" or f.in_quote:
        return False
    before = _before(ctx, f)
    implied = f.parent is not None and _implied(ctx, f, before)
    if (
        f.parent is not None
        and ctx.lemma_of.get(f.parent, "") not in REPORTING
        and not implied
        and not _presupposed(ctx, f)
    ):
        # a clause embedded under anything but a report ("discounted rumors that he
        # was the source", "denied that he was") is not stated by the article, unless
        # the clause it hangs on settles it ("failed to reach") or takes it as true
        # ("fired him after he leaked the memo")
        return False
    if subject is None and not (f.voice == "passive" and obj is not None):
        return False  # "he was coach": who is meant is too uncertain to accuse a source
    # "has yet to comment" parsed with "has" as an auxiliary: the cue says it has not happened
    yet = f.negation is not None and f.negation.text.casefold() == "yet to"
    return implied or yet or not _INFINITIVE.search(before)


#: Governing verbs that tell whether their complement happened whichever way they
#: go: "failed to reach" (it did not), "did not fail to reach" (it did).
_TWO_WAY_NEGATIVE = frozenset({"fail", "neglect", "forget"})
#: Governing verbs that tell only when they hold: "refused to sign" (it was not
#: signed); "did not refuse to sign" leaves it open.
_ONE_WAY_NEGATIVE = frozenset({"refuse", "decline", "unable"})
#: Verbs of choice: "chose not to run" tells it did not happen; "chose to run" may be a plan.
_CHOICE = frozenset({"choose", "decide", "opt", "elect"})


def _implied(ctx: _Context, f: Fact, before: str) -> bool:
    """Whether the clause governing ``f`` tells whether ``f`` happened
    (implicative verbs, Karttunen 1971): "failed to reach", "managed to reach",
    "did not manage to reach", "refused to sign", "barred observers from
    overseeing", "chose not to run", "has yet to comment". The governing clause
    must itself be what the article states happened. ``before``: the text
    just before the predicate (:func:`_before`)."""
    parent = ctx.fact_of.get(f.parent or "")
    if parent is None or parent.modality != "actual" or parent.in_quote:
        return False
    if parent.parent is not None and ctx.lemma_of.get(parent.parent, "") not in REPORTING:
        return False
    lemma = ctx.lemma_of.get(parent.id, "")
    cue = f.negation.text.casefold() if f.negation is not None else ""
    if lemma in PREVENTING:
        # "barred observers from overseeing"; "stopped to refuel" tells why, "stopped
        # producing" that it had been produced
        return parent.polarity == "positive" and f.polarity == "negative" and bool(_FROM.search(before))
    if lemma in VERDICT_VERBS:
        # "was found not guilty", "is presumed dead": the verdict states the state
        return _verdict_of(ctx, f) is not None
    if not _INFINITIVE.search(before):
        return False  # "forgot signing", "did not remember whether", "decided that": not settled
    if lemma in _TWO_WAY_NEGATIVE or (lemma in POSITIVE_IMPLICATIVES and lemma != "able"):
        return True
    if lemma in _ONE_WAY_NEGATIVE:
        return parent.polarity == "positive" and f.polarity == "negative"
    if lemma == "able":  # "was able to" may tell a skill; "was not able to reach" tells it did not happen
        return parent.polarity == "negative" and f.polarity == "negative"
    if lemma in _CHOICE:
        return parent.polarity == "positive" and f.polarity == "negative" and cue in ("not", "never", "n't")
    return lemma == "have" and cue == "yet to"


def _verdict_of(ctx: _Context, f: Fact) -> Fact | None:
    """The verdict that states ``f`` ("found" of "was found not guilty"), when
    ``f`` is the adjective it states of its object, the object the state's
    subject (a parse that gives the state another subject is no verdict)."""
    parent = ctx.fact_of.get(f.parent or "")
    if parent is None or ctx.lemma_of.get(parent.id, "") not in VERDICT_VERBS or parent.polarity != "positive":
        return None
    if not any(a.role == "attr" for a in f.args):
        return None
    of = next((_anchor(a) for a in parent.args if a.role in ("object", "iobj")), None)
    subject = next((_anchor(a) for a in f.args if a.role == "subject"), None)
    return parent if of is not None and of == subject else None


_THAN = re.compile(r"\bthan\b", re.IGNORECASE)


def _compared(ctx: _Context, f: Fact) -> bool:
    """A comparison in the predicate's own phrase ("did not pay more than
    Britain", "sold no fewer than ten cars"): a negation there denies the
    amount, not that the act happened. The phrase ends at the first comma,
    so a report after it ("did not resign, more than a dozen staff said")
    is not read as one."""
    if f.predicate_span is None:
        return False
    own = ctx.ex.article.text[f.predicate_span.end : f.span.end].split(",")[0]
    return _THAN.search(own) is not None


def _before(ctx: _Context, f: Fact) -> str:
    """The text just before the predicate word."""
    if f.predicate_span is None:
        return ""
    return ctx.ex.article.text[max(0, f.predicate_span.start - 24) : f.predicate_span.start]


def _polarity(ctx: _Context, f: Fact) -> tuple[str, str | None, Span | None]:
    """The fact's polarity, its cue and the cue's span. A subject or object
    determined by "no" ("no worker was hurt", "found no evidence") negates
    the predicate too; a denying verb ("failed to reach", "was unable to
    reach") is the cue the parse gave the complement; "not only" does not negate."""
    text = ctx.ex.article.text
    if f.negation is not None:
        if f.negation.text.casefold() == "not" and _NOT_ONLY.match(
            text[f.negation.span.end : f.negation.span.end + 10]
        ):
            return "positive", None, None
        return f.polarity, f.negation.text, f.negation.span
    if f.polarity == "negative":
        return "negative", None, None
    for a in f.args:
        if a.role in ("subject", "object") and a.text.casefold().startswith(("no ", "none of ")):
            word = a.text.split()[0]
            return "negative", word, Span(start=a.span.start, end=a.span.start + len(word))
    return "positive", None, None


#: Verbs that, like "be", join a subject to a state ("remained in critical condition").
_STATE_VERBS = frozenset({"remain", "stay"})


def _a_state(f: Fact, lemma: str) -> bool:
    """Whether a clause tells a state, which holds over days ("was ill", "is
    innocent", "remained at large"): an adjective complement of a copula that
    is no participle of a verb ("were injured", "was closed"), with no event
    noun among the clause's other arguments ("dead on arrival", "deliveries
    are due"), or a verb of remaining. A noun complement ("the winner", "the
    victim of an attack") may tell an event."""
    if lemma in _STATE_VERBS:
        return True
    attr = next((a for a in f.args if a.role == "attr" and a.head.casefold() == lemma), None)
    if attr is None or attr.pos != "ADJ" or any(b != lemma for b in meaning.base_forms(lemma, "v")):
        return False
    return not any(a is not attr and meaning.is_event(meaning.normalise(a.head)) for a in f.args)


def _noun_lemmas(f: Fact) -> set[str]:
    """Lemmas that are the head of an attr argument (copular complements)."""
    return {a.head.casefold() for a in f.args if a.role == "attr"}


def _ents(anchors: Iterable[str]) -> frozenset[str]:
    return frozenset(a[1:] for a in anchors if a.startswith("@"))


def _claim(
    slot: Slot,
    base: dict,
    value: str,
    value_span: Span | None,
    normalized: str,
    how: str,
    payload: Payload,
    *,
    topic: str,
    noun: str,
    noun_classes: frozenset[str],
    role: str,
    anchors: frozenset[str],
    entities: frozenset[str],
    time: DateValue | None,
) -> SlotClaim:
    start = value_span.start if value_span else base["span"].start
    return SlotClaim(
        id=claim_id(base["fact"], slot, start, value),
        slot=slot,
        value=value,
        value_span=value_span,
        normalized=normalized,
        how=how,
        payload=payload,
        topic=topic,
        noun=noun,
        noun_classes=noun_classes,
        role=role,
        anchors=anchors,
        entities=entities,
        time=time,
        **base,
    )


#: A definite or possessive determiner right before a figure: the figure is given.
_GIVEN_FIGURE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|my|your|this|that|these|those|all)|['\u2019]s)\s+(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
#: Negations that deny who or what, not that it happened ("no one was hurt").
_NOMINAL_CUES = frozenset({"no", "none", "nobody", "nothing", "neither", "nor", "nowhere"})


def _denied_value(text: str, att: Attachment, head: str, base: dict) -> bool:
    """A value a denied clause gives its predicate, which it does not state:
    "the jobs were not outsourced to Veltria on Monday" tells neither where
    nor when they were (maybe elsewhere, another day, or not at all), "Acme
    did not move 200 jobs" no number moved. A denial of who or what ("no one
    was hurt in the fire on Monday") states the rest of its clause, and its
    count of none is its own value; a day or a place of an event noun ("was
    not hurt in Monday's fire") is stated, and so is a person's home ("Ruiz of
    Northvale was not arrested")."""
    cue = (base["negation"] or "").casefold().split()
    if base["polarity"] != "negative" or (cue and cue[0] in _NOMINAL_CUES):
        return False  # "no one was hurt in the fire on Monday": the fire was on Monday
    if att.kind == "number":
        # a figure the sentence takes as given is stated: "the 300 residents were not
        # evacuated", "did not sell its 40 percent stake", "the $5 million loan"
        given = _GIVEN_FIGURE.search(text, max(0, att.span.start - 40), att.span.start)
        return not (att.value or "").startswith("0 ") and given is None
    if att.kind == "place" and att.relation.partition(":")[0] == "nmod":
        return False  # (on a noun: a home, or where a thing is)
    return att.kind in ("date", "place", "ordinal") and head == base["predicate"]


def _from_attachment(
    ctx: _Context, f: Fact, att: Attachment, all_anchors: set[str], base: dict, fact_time: DateValue | None
) -> SlotClaim | None:
    head = att.head.casefold()
    # the value's own argument ("on Monday", "near Northvale") is not what the claim is about
    own = {
        _anchor(a)
        for a in f.args
        if a.head_span.overlaps(att.span)
        or (att.kind == "place" and a.span.contains(att.span) and meaning.is_area(a.head.casefold()))
    }  # ("in the town of Northvale": the town is the place itself)
    # and no name written inside the value ("6.6 on the Richter scale")
    own |= {"@" + eid for (start, end), eid in ctx.entity_at.items() if att.span.start <= start and end <= att.span.end}
    anchors = all_anchors - own
    if head == meaning.normalise(f.lemma or f.predicate or "") or (
        f.predicate_span is not None and att.head_span.overlaps(f.predicate_span)
    ):
        head = base["predicate"]  # the lemma as WordNet knows it ("broke" of "broke out" -> "break out")
    if _denied_value(ctx.ex.article.text, att, head, base):
        return None
    if att.kind == "date":
        return _date_claim(ctx, f, att, head, anchors, base)
    if att.kind == "number":
        return _number_claim(ctx, f, att, head, anchors, base, fact_time)
    if att.kind == "ordinal":
        if not head:
            return None
        return _claim(
            "ordinal", base, att.text, att.span, (att.value or att.text).casefold(), f"'{att.text}' as a position",
            att.text, topic=head, noun=head, noun_classes=word_classes(head, "n"), role="position",
            anchors=frozenset(anchors - {head}), entities=_ents(anchors), time=fact_time,
        )  # fmt: skip
    if att.kind == "score":
        return _score_claim(ctx, f, att, base, fact_time)
    if att.kind == "place" and (home := _home(ctx, f, att, base)) is not None:
        return home
    if att.kind == "place":
        role = _place_role(att)
        if role and att.relation.casefold() == "obl:on" and _object_lemma(f) in TARGET_NOUNS:
            role = ""  # "declared war on Northvale", "imposed sanctions on Westshire": the target
        if not head or not role:
            return None  # a place as subject or object is an entity, not where something happened
        pid = att.value or att.text
        value_anchor = "@" + pid
        within = tuple(att.place_within)
        rest = frozenset(a for a in anchors if a != value_anchor and a[1:] not in {_slug(w) for w in within})
        how = f"'{att.text}'" + (f" within {', '.join(within)} (as the text says)" if within else "")
        once = _once_entity(ctx, f, base) if role == "at" else None
        if once and "@" + once != value_anchor:
            # where a named person died or a company was founded: it happens once, so
            # the place is compared by the entity alone, like the date of it
            told, noun = _once_event(base, once)
            return _claim(
                "place", told, att.text, att.span, pid, how, PlaceValue(pid, att.text, within),
                topic=noun, noun=noun, noun_classes=word_classes(noun, "v"),
                role="once", anchors=frozenset({"@" + once}), entities=frozenset({once}), time=fact_time,
            )  # fmt: skip
        return _claim(
            "place", base, att.text, att.span, pid, how, PlaceValue(pid, att.text, within),
            topic=head, noun=head, noun_classes=word_classes(head, "v") | word_classes(head, "n"), role=role,
            anchors=rest, entities=_ents(rest), time=fact_time,
        )  # fmt: skip
    if att.kind == "age":
        return _age_claim(ctx, f, att, base, fact_time)
    return None


#: ``extra`` key of a score claim: the day the text dates the game, as an ISO date
#: (:func:`_game_day`).
GAME_DAY = "game day"


def _game_day(ctx: _Context, f: Fact, att: Attachment, fact_time: DateValue | None) -> str | None:
    """The one day the text dates a game, as an ISO date: a date hung on the
    result word itself ("in last Thursday's 27-24 loss", "won 3-1 on
    Sunday"), or, when the result word is the clause's predicate, the object
    of a verb of getting a result (:data:`GETTING_A_RESULT`: "recorded a 3-1
    win"), or a phrase of "in", "during" or "with" that tells what the clause
    happened in ("was hurt last Thursday in a 27-24 loss"), a date hung on the
    predicate or the clause's time. Not the date of a clause the game only
    came before or is the object of ("fired the coach on Monday after a 27-24
    loss", "avenged an 80-75 loss on Thursday"): there, only a day written
    before the result word ("avenged Monday's 80-75 loss"). None for no day,
    a day that does not resolve (an article with no date), several days or a
    stretch ("in March", "this season")."""
    pred = f.predicate_span
    own = pred is not None and att.head_span.overlaps(pred)
    arg = next((a for a in f.args if a.head_span.overlaps(att.head_span)), None)
    if arg is not None and arg.role.partition(":")[2] in ("in", "during", "with"):
        own = True
    if arg is not None and arg.role == "object" and (f.lemma or "").casefold() in GETTING_A_RESULT:
        own = True
    # the clause's words a date of the game may hang on: its predicate, and the sides the
    # parse hangs it on ("recorded a 2-0 win over the Westshire Rams on Sunday")
    clause = [pred] if own and pred is not None else []
    clause += [a.head_span for a in f.args if own and a.entity in att.sides]
    others = [x.head_span for x in f.attachments if x.kind == "score" and x is not att]
    found: set[str] = set()
    for d in f.attachments:
        if d.kind != "date":
            continue
        on_word = d.head_span.overlaps(att.head_span) and (own or d.span.end <= att.head_span.start)
        if not (on_word or any(d.head_span.overlaps(w) for w in clause)):
            # (by position: "a 91-73 win three days after Monday's 80-75 win"; and in a clause
            # not the game's, only a day written before the result word: "avenged Monday's 80-75
            # loss", not "avenged an 80-75 loss to Westshire on Thursday", which may be the day
            # of the avenging)
            continue
        lo, hi = sorted((att.head_span.start, d.span.start))
        if any(lo < o.start < hi for o in others):
            continue  # another result between: "avenged an 80-75 loss with a 91-73 win on Thursday"
        t = ctx.times.get((d.span.start, d.span.end))
        dv = _date_value(t) if t is not None else None
        found.add(dv.start.isoformat() if dv is not None and dv.start == dv.end else "no one day")
    if not found and own and fact_time is not None:
        found.add(fact_time.start.isoformat() if fact_time.start == fact_time.end else "no one day")
    return found.pop() if len(found) == 1 and "no one day" not in found else None


#: Verbs whose object is a result they got: the game's day is the clause's ("recorded a
#: 3-1 win on Sunday"). Not a verb of reacting to a result ("avenged an 80-75 loss on
#: Thursday": the loss came before).
GETTING_A_RESULT = frozenset(
    {"record", "post", "earn", "notch", "suffer", "secure", "seal", "claim", "register", "pick up", "complete"}
    | {"hand", "give", "clinch", "grab", "snatch", "take"}
)


def _score_claim(ctx: _Context, f: Fact, att: Attachment, base: dict, fact_time: DateValue | None) -> SlotClaim | None:
    """The score of a game ("Northvale beat Westshire 91-73 on Thursday",
    "Westshire lost 73-91 to Northvale on Thursday"), keyed on the sides the
    parse names with its result word (:attr:`Attachment.sides`) and the day
    the text dates the game (:func:`_game_day`). A score that names fewer than
    two sides or dates the game on no one day, or a denied one ("did not win
    3-1"), is no claim: it could not tell one meeting of two sides from
    another (:func:`~factcheck.engine.align.gate`)."""
    on_predicate = f.predicate_span is not None and att.head_span.overlaps(f.predicate_span)
    if on_predicate and base["polarity"] == "negative":
        return None
    sides = set(att.sides)
    day = _game_day(ctx, f, att, fact_time)
    if len(sides) < 2 or day is None:
        return None
    a, _, b = (att.value or "").partition("-")
    high, low = max(int(a), int(b)), min(int(a), int(b))
    extra = ((GAME_DAY, day),)
    normalized = f"{high}-{low}"
    anchors = frozenset("@" + e for e in sides)
    return _claim(
        "score", {**base, "subject": None, "object": None, "extra": extra}, att.text, att.span, normalized,
        f"'{att.text}' -> {normalized}, the result of a game ('{att.head}')", normalized,
        topic=att.head, noun="score", noun_classes=frozenset({"game"}), role="game",
        anchors=anchors, entities=frozenset(sides), time=fact_time,
    )  # fmt: skip


def _age_claim(ctx: _Context, f: Fact, att: Attachment, base: dict, fact_time: DateValue | None) -> SlotClaim | None:
    """The age of a named person, as of the publication date; none for an age
    of another time (a clause dated years back, an age at death told long
    before publication), and a mark on an apposition in a clause dated years
    back (:data:`AGE_BACK_THEN`)."""
    who = _entity_near(ctx, f, att.head_span, att.span) or _apposed_person(ctx, att.span)
    if who is None or not att.value or not att.value.isdigit() or _SCORE.match(ctx.ex.article.text[att.span.end :]):
        return None  # "Smith, 45-7-2,": a record, not an age
    back = _years_back(ctx, fact_time) and not _since(f)
    if back and att.relation not in ("appos", "aged"):
        # "died in 1995 at 77", "in 1970, police arrested the 28-year-old Tom Reyes": the age
        # back then, not as of publication (one in a clause of what has gone on since a year
        # is the age now: "the 61-year-old Tom Reyes has lived in Northvale since 1990")
        return None
    if att.relation == AT_DEATH and _long_before_publication(ctx, fact_time):
        return None  # "died in January at 77", in an article of May: the age then
    if att.relation == AT_DEATH and who in ctx.died_years_back:
        return None  # "Tom Reyes, who died at 77, ..." in an article that dates his death years back
    age = int(att.value)
    claim = _claim(
        "age", base, att.text, att.span, str(age), _age_how(ctx, att.text, age), age,
        topic="age", noun="age", noun_classes=frozenset({"age"}), role="age of @" + who,
        anchors=frozenset({"@" + who}), entities=frozenset({who}), time=None,
    )  # fmt: skip
    # an age in apposition is the person's now ("Smith, 49, was convicted in 2010"), but in a
    # clause dated years back it may be the age then ("in 1960, Smith, 28, was elected"): marked,
    # and in an undated article so is one in a clause dated to a year alone
    if back or (att.relation in ("appos", "aged") and _undated_years_back(ctx, fact_time) and not _since(f)):
        assert fact_time is not None
        now = _recent_time_in_sentence(ctx, att.span.start)
        return replace(claim, extra=_back_then(fact_time.end.year, dated=back, now=now))
    return claim


def _age_how(ctx: _Context, written: str, age: int) -> str:
    """How an age claim was read: the words, the years, as of publication."""
    how = f"'{written}' -> {age} years"
    return how + (f" as of {ctx.published.isoformat()} (publication)" if ctx.published else "")


#: The mark of an age in apposition in a clause dated years back (see :func:`_age_claim`).
AGE_BACK_THEN = "age_back_then"
#: The last year of the time that clause tells: the age may be of then (of an
#: apposition in a clause dated years back, or in an undated article, of a clause
#: dated to a year alone: "Felt, 92, told CNN in 2006").
AGE_THEN_YEAR = "age_then_year"


def _back_then(year: int, *, dated: bool, now: bool) -> tuple[tuple[str, str], ...]:
    """The extras of an age that may be of the year of its clause: marked
    :data:`AGE_BACK_THEN` when the article's date puts that year years back, and
    given the year unless the sentence also tells of now ("Tom Reyes, 40, who
    served from 2015 to 2020, retired on Monday": 40 is the age of Monday)."""
    then = () if now else ((AGE_THEN_YEAR, str(year)),)
    return ((AGE_BACK_THEN, "1"), *then) if dated else then


def _sentence_times(ctx: _Context, sentence: Sentence) -> Iterator[TimeMention]:
    """The time expressions that start in a sentence."""
    return (t for t in ctx.ex.times if sentence.span.start <= t.span.start < sentence.span.end)


def _recent_time_in_sentence(ctx: _Context, pos: int) -> bool:
    """Whether the sentence at ``pos`` holds a time that is not years back: a
    day resolved against the publication date, or in an undated article any
    time that is no year alone ("on Monday", "on March 3")."""
    sentence = _sentence_at(ctx, pos)
    if sentence is None:
        return False
    for t in _sentence_times(ctx, sentence):
        when = _date_value(t)
        if ctx.published is not None and when is not None and not _years_back(ctx, when):
            return True
        if ctx.published is None and (when is None or when.granularity != "year") and t.type in ("DATE", "TIME"):
            return True
    return False


def _undated_years_back(ctx: _Context, when: DateValue | None) -> bool:
    """In an undated article, whether a time is a year alone: the article may be
    of years later ("Felt, 92, told CNN in 2006", in an article of 2008 that
    names no later year). A day ("was arrested on March 3, 2019") more often
    dates the news the article reports."""
    return ctx.published is None and when is not None and when.granularity == "year"


def _years_back(ctx: _Context, when: DateValue | None) -> bool:
    """Whether a time ends in a year before the year before publication."""
    return when is not None and ctx.published is not None and when.end.year < ctx.published.year - 1


#: Days before publication beyond which the day of a death is not the day of its report.
DEATH_REPORT_DAYS = 60


def _long_before_publication(ctx: _Context, when: DateValue | None) -> bool:
    """Whether a time ends more than :data:`DEATH_REPORT_DAYS` before publication."""
    return when is not None and ctx.published is not None and (ctx.published - when.end).days > DEATH_REPORT_DAYS


#: Who dies in a clause of dying or killing: the subject of "died", the object of "killed".
_WHO_DIES = {**dict.fromkeys(DYING_VERBS, "subject"), **dict.fromkeys(DEATHS - DYING, "object")}


def _died_years_back(ctx: _Context) -> frozenset[str]:
    """The entities whose death the article tells as done and dates years
    before its publication ("Reyes died in 2010", in an article of 2024): not
    a killer ("Reyes killed Ana Ruiz in 1990"), a death nearly met ("was
    nearly killed in 1990") or feared."""
    out = set()
    for f in ctx.ex.facts:
        lemma = ctx.lemma_of.get(f.id, "")
        role = _WHO_DIES.get(lemma)
        if role is None or f.polarity != "positive" or f.modality != "actual":
            continue
        who = next((a.entity for a in f.args if a.role == role and a.entity), None)
        if who and _years_back(ctx, _fact_time(ctx, f, lemma)) and _a_death(ctx, f, lemma):
            out.add(who)
    return frozenset(out)


def _since(f: Fact) -> bool:
    """Whether a clause's time is where a state began ("has lived there since 1990")."""
    return any(a.role == "obl:since" for a in f.args)


def _object_lemma(f: Fact) -> str:
    """The lemma of the fact's object's head word, or ""."""
    obj = next((a for a in f.args if a.role == "object"), None)
    return meaning.normalise(obj.head) if obj is not None else ""


def _place_role(att: Attachment) -> str:
    """What a place attachment says of where (:data:`PLACE_ROLES`), or "" when
    it tells no place of the clause."""
    rel, _, prep = att.relation.partition(":")
    noun = meaning.normalise(att.head)
    if rel == "compound":
        return "at" if meaning.is_site(noun) else ""  # "a Northvale hospital": the hospital is in Northvale
    if rel == "nmod" and prep.casefold() == "on" and noun in TARGET_NOUNS:
        return ""  # "sanctions on Russia", "a ban on Westshire": their target, not where
    return PLACE_ROLES.get(prep.casefold(), "") if rel in ("obl", "nmod") else ""


def _number_claim(
    ctx: _Context, f: Fact, att: Attachment, head: str, anchors: set[str], base: dict, fact_time: DateValue | None
) -> SlotClaim | None:
    """A count or an amount and the noun it counts or measures."""
    if not att.value or not head or _PART_OF.search(ctx.ex.article.text[max(0, att.span.start - 48) : att.span.start]):
        return None  # "28 of 41 passes": a total beside a part, not a count of its own
    nv = number_from(att.value, att.unit, hedge=att.hedge, text=att.text)
    if nv is None or _denied(ctx, f):
        return None
    anchors = _with_event_entities(ctx, f, anchors)  # "the quake killed 10 people": the quake of the article
    anchors |= _reporter_names(ctx, f, att, anchors)
    if (
        (att.relation == "named" or att.value.startswith("0 "))
        and base["subject"] is not None
        and any(a.role == "subject" and a.head_span.overlaps(att.head_span) for a in f.args)
    ):
        # the subject is what is counted ("nobody died", "Ana Ruiz died" as one person
        # at least): no one else is the agent ("two Acme workers died" keeps Acme)
        base = {**base, "subject": None}
    if att.relation == "aboard":
        # "crashed with 300 people on board", "350 passengers were aboard": the
        # count of what was carried, whatever verb the clause has
        base = {**base, "predicate": CARRY, "pred_classes": word_classes(CARRY, "v")}
    attribute = _measures_its_noun(att, head)
    # (a figure of its noun keeps it when the noun is the clause's predicate: "is to be a
    # three-month stay")
    noun = head if head != base["predicate"] or attribute else (att.unit or "count")
    if att.unit == "percent":
        # "60 per cent" is "60 percent": the parse's head "cent" is the unit's last word, not a noun counted
        noun = "percent" if noun in _PER_CENT else noun
        anchors = anchors - _PER_CENT
        if base["predicate"] in _PER_CENT:  # "turnout was 60 per cent"
            base = {**base, "predicate": "percent", "pred_classes": word_classes("percent", "n")}
    if att.relation == BARE:
        # "five were killed": the number is the people, not an argument's word
        word = att.text.casefold()
        base = {**base, **{k: "people" for k in ("subject", "object") if base[k] == word}}
        anchors = anchors - {word}
    casualty = _casualty(ctx, f, att, base)
    if casualty is None and _STATE_END.search(att.text):
        return None  # "12 injured were taken to hospital": no act says what they count
    died = False
    if casualty is not None:
        # (a count of none, "nobody died", is the whole toll: none)
        died = bool(casualty.pop(DIED, False)) and not (att.value or "").startswith("0 ")
        base = casualty
        anchors = anchors - set(CASUALTY_ACTS)
        if noun in CASUALTY_ACTS or (noun == att.unit == "person" and att.relation != "named"):
            noun = "people"  # "three dead", "12 injured" of "left three dead and 12 injured"
    how = f"'{att.text}' -> {att.value}" + (f" (hedged: '{att.hedge}')" if att.hedge else "")
    # "was shot 11 times": the number of times someone was shot
    topic = f"{base['predicate']} (times)" if noun == "time" and att.unit == "time" else noun
    claim = _claim(
        "number", base, att.text, att.span, att.value, how, nv,
        topic=topic, noun=noun, noun_classes=word_classes(noun, "n"), role=att.unit or "count",
        anchors=frozenset(anchors - {noun}), entities=_ents(anchors), time=fact_time,
    )  # fmt: skip
    extra: tuple[tuple[str, str], ...] = ((att.relation, "1"),) if att.relation in (NAMED, BARE) else ()
    extra += ((DIED, "1"),) if died else ()
    rate = _RATE.search(_clause_stretch(ctx, f))
    if rate and not (att.period and rate.group("span")):  # ("in the past 24 hours": the period says it)
        extra += ((RATE, _rate_unit(rate)),)
    extra += ((PERIOD, att.period),) if att.period else ()
    severe = _SEVERE.search(_text_before(ctx, f.predicate_span.start)) if f.predicate_span is not None else None
    extra += ((SEVERITY, severe.group(1).casefold()),) if severe else ()
    capacity = _capacity(f, noun)
    extra += ((CAPACITY, capacity),) if capacity else ()
    tense = _have_tense(ctx, f, base["predicate"])
    extra += ((HAVE_TENSE, tense),) if tense else ()
    extra += ((NARROWED, "1"),) if _narrowed(ctx.ex.article.text, att, base["predicate"]) else ()
    aspect = _measured_aspect(ctx.ex.article.text, att) if measure_of(att.unit or "", att.text) else None
    extra += ((MEASURED, aspect),) if aspect else ()
    extra += ((SERIES, "1"),) if aspect and _one_of_series(ctx, f) else ()
    game = noun in SPORTS_STATISTICS or (noun in GAME_STATISTICS and ctx.game_report and not aspect)
    extra += ((GAME_FIGURE, "1"),) if game else ()
    extra += _when_of_event(ctx, f, att, fact_time) if att.unit == "magnitude" else ()
    return replace(claim, extra=extra) if extra else claim


#: ``extra`` keys of an event's magnitude (:func:`~.align.gate` compares them to tell one
#: quake from another): in an article with no publication date, the day its clause names
#: as written ("Sunday", "late Saturday", "December 14") and the time of day it gives, as
#: the minutes after midnight it may stand for and its zone ("562|572|gmt"); in any
#: article, the part of the day it names ("morning", "evening").
DAY_WRITTEN = "day as written"
CLOCK_WRITTEN = "clock as written"
#: The time zone written with a day whose time of day is not read ("at 2240 GMT on
#: Saturday"): that day may be the next one where the quake struck.
ZONE_WRITTEN = "zone as written"
DAY_PART = "part of day"
_DAY_PART = re.compile(
    r"\b(small hours|dawn|sunrise|morning|afternoon|sunset|evening|night|overnight)\b", re.IGNORECASE
)
_QUAKE = r"(?:quake|earthquake|tremor|temblor|shock|jolt)"
_QUAKES = r"(?:quakes|earthquakes|tremors|temblors|shocks|aftershocks|after-shocks|foreshocks)"
_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
#: A magnitude as a word before the quake it sizes ("the 5.8 quake", "a 5.8-magnitude shock").
_SIZE = r"\d(?:\.\d)?(?:-magnitude)?|magnitude-?\d(?:\.\d)?"
#: Words of the quake's own noun phrase that tell it is one of several, or not the
#: main one, or is of a past year: "a smaller 4.1-magnitude quake", "another 5.2-magnitude
#: quake", "a second 5.4-magnitude earthquake", "a fresh 4.1-magnitude quake", "a 4.8
#: aftershock", "the latest 6.1 quake", "the 7.0-magnitude quake of 1990" (not "since a
#: 6.3-magnitude quake in 1990", a phrase of the sentence about another quake than the
#: one the magnitude measures).
_ONE_OF_SEVERAL = re.compile(
    r"\b(?:smaller|weaker|milder|lesser|secondary|bigger|larger|stronger|more\s+powerful|less\s+powerful|"
    r"another|second|third|fourth|fifth|sixth|latest|precursor|fresh|new|further|follow-up|earlier|subsequent|"
    r"aftershocks?|after-shocks?|foreshocks?)\b(?!-)|"
    r"\b" + _QUAKE + r"s?\s+(?:of|in)\s+(?:\w+\s+)?(?:1[89]|20)\d\d\b|\b(?:1[89]|20)\d\d\s+" + _QUAKE + r"\b",
    re.IGNORECASE,
)
#: Phrases of a magnitude's clause that tell its quake is one of several of one day or
#: one long past: "one of dozens of aftershocks", "the strongest aftershock", "believed
#: to be an aftershock", "minutes after a stronger quake", "hours after a deadlier one",
#: "hours before the main shock", "following the 5.8 quake", "within hours of the main
#: quake", "a prelude to the deadly quake", "followed by a stronger quake", "12 hours
#: later", "the 12th since Friday", "the second to hit the town that day", "the latest
#: powerful tremor", "the latest of more than 200", "the largest in a flurry", "marked
#: the anniversary of a 6.0 quake", "a 7.0 quake struck on March 3 decades ago", "last
#: struck ... in 1990", "rocked Northvale again", "the biggest of about 100 in a day",
#: "historically ... roughly every 50 years". A magnitude told with one is not
#: compared: the story's quake, its aftershocks and its predecessors are told with the
#: same nouns. Words of any report of one quake ("more than 40 aftershocks followed",
#: "one of the strongest quakes to hit the region", "the strongest quake in the region
#: since 2005", "the second quake to hit the region this year", "injuring another
#: eight", "a bridge built in 1968", "followed by major landslides") are not among them.
_OTHER_QUAKES = re.compile(
    r"\b(?:one|two|three|several|some|many|most)\s+of\s+(?!the\s+(?:\w+est|most)\b)(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?" + _QUAKES + r"\b|"
    r"\b(?:strongest|largest|biggest|most\s+powerful)\s+(?:of\s+the\s+)?(?:aftershocks?|foreshocks?)\b|"
    r"\bthe\s+(?:strongest|largest|biggest)\s+(?:a\s+)?(?:magnitude|\d)|"
    r"\b(?:strongest|largest|biggest|most\s+powerful)\s+of\s+(?:about\s+|some\s+|more\s+than\s+|nearly\s+)?\d|"
    r"\bevery\s+(?:\d+\s+)?(?:years?|decades?|centur(?:y|ies))\b|\bhistorically\b|"
    r"\b(?:an?|the)\s+(?:after-?shock|foreshock|precursor)\b(?!s)|"
    r"\b(?:minutes|hours|an\s+hour|moments)\s+(?:after|before)\s+(?:[\w.-]+\s+){0,3}?(?:" + _QUAKE + r"s?|one)\b|"
    r"\b(?:after|before|following|preceding|since|within\s+hours\s+of|ahead\s+of|prelude\s+to)\s+the\s+"
    r"(?:(?:main|big|bigger|stronger|larger|deadly|deadlier|first|initial|earlier|previous|major|" + _SIZE + r")\s+)"
    r"{1,2}(?:" + _QUAKE + r"|one)\b|"
    r"\b(?:minutes|hours|\d+\s+hours)\s+later\b|"
    r"\b" + _ORDINAL + r"\s+(?:[\w-]+\s+)?(?:" + _QUAKE + r"\s+|one\s+)?"
    r"(?:of\s+the\s+day|since\s+\w+day|since\s+(?:this|the)\s+morning|in\s+(?:a|one)\s+day|in\s+\d+\s+hours|"
    r"(?:to\s+\w+\s+(?:[\w-]+\s+){0,2})?(?:that|this|the\s+same)\s+day|today)\b|"
    r"\bthe\s+latest\s+(?:[\w-]+\s+){0,2}?" + _QUAKE + r"\b|\bthe\s+latest\s+of\b|"
    r"\bin\s+an?\s+(?:swarm|flurry)\b|"
    r"\b(?:swarm|flurry|series|sequence|cluster)\s+of\s+(?:[\w-]+\s+){0,2}?" + _QUAKES + r"\b|"
    r"\b(?:on|marked|marking|mark|marks)\s+the\s+(?:\w+\s+)?anniversary\s+of\s+(?:the|an?)\s+"
    r"(?:[\w.-]+\s+){0,3}?" + _QUAKE + r"|"
    r"\bon\s+(?:a\s+)?\w+day,?\s+in\s+(?:1[89]|20)\d\d\b|"
    r"\b(?:struck|hit|shook|rocked)\b[^.,;]{0,40}?\b(?:years|decades)\s+ago\b|\blast\s+(?:struck|hit|shook|rocked)\b|"
    r"\b(?:struck|hit|shook|rocked|rattled|jolted)\s+(?:[\w-]+\s+){0,3}?again\b",
    re.IGNORECASE,
)
#: Where a magnitude's clause ends within its sentence: a new clause joined by ", and" or
#: ";", or a participle set off by a comma (", setting off a series of aftershocks", ",
#: terrifying residents who lived through a quake decades ago").
_CLAUSE_END = re.compile(
    r",\s+(?:and|but|while|as|where|when)\s|;|\s[-\u2013\u2014]{1,2}\s|,\s+(?!following\b|preceding\b)\w+ing\s"
)
#: Where a noun phrase read from the text ends, at the latest.
_PHRASE_END = re.compile(r"[,;:()]|\.(?:\s|$)")
#: "followed by a stronger quake", "followed by several aftershocks and a bigger quake":
#: the quake of the clause came before the main one (not "followed by major landslides").
_FOLLOWED_BY_ANOTHER = re.compile(
    r"\bfollowed\s+by\s+(?:[\w.-]+\s+){0,6}?(?:stronger|bigger|larger|more\s+powerful|main|deadly|major)\s+"
    r"(?:[\w.-]+\s+){0,2}?(?:" + _QUAKE + r"|one)\b",
    re.IGNORECASE,
)
#: "jolted the island on Sunday, followed by several aftershocks on Monday": the quake
#: of the clause is the one the aftershocks followed (not "followed by a stronger quake").
_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?:[\w.-]+\s+){0,4}?aftershocks?\b", re.IGNORECASE)
#: Phrases of a sentence that tell a quake as not having happened as told: "falsely
#: claimed", "rumours of a 6.5 quake", "a hoax", "a drill simulated a 7.8 quake", "a
#: prediction by", "predicted a 7.8-magnitude quake", "a test of the alert system", "in
#: the video game" (not "had long predicted a major quake", "a test of the building code").
_NOT_AS_TOLD = re.compile(
    r"\b(?:falsely|hoax)\b|\bmisinformation\s+(?:[\w-]+\s+){0,3}?claimed\b|"
    r"\brumou?rs?\s+(?:[\w-]+\s+){0,3}?(?:of|that)\s+(?:an?\s+)?(?:[\w.-]+\s+){0,2}?" + _QUAKE + r"|"
    r"\bsimulat(?:ed|es|ing|ion\s+of)\s+an?\b|\bprediction\s+(?:of|by)\b|"
    r"\bpredict(?:ed|s)\s+(?:that\s+)?an?\s+(?:" + _SIZE + r")\b|"
    r"\ba\s+test\s+of\s+the\s+(?:[\w'-]+\s+){0,2}?(?:alert|warning|siren|system)\b|"
    r"\bin\s+the\s+(?:video\s+game|game|film|movie|novel)\b",
    re.IGNORECASE,
)


def _when_of_event(ctx: _Context, f: Fact, att: Attachment, fact_time: DateValue | None) -> tuple[tuple[str, str], ...]:
    """What tells an event's magnitude of one occasion: whether its noun phrase or its
    clause tells of another quake, or of one that did not happen as told; the part of
    the day; and the day (and time of day) its clause names without a year to resolve
    it ("a 4.2 magnitude earthquake shook the county on Sunday morning": Sunday), not a
    day it was said on ("officials said Sunday a quake struck", maybe the day after)."""
    out: tuple[tuple[str, str], ...] = ()
    sentence = _sentence_at(ctx, f.span.start)
    start, end = (sentence.span.start, sentence.span.end) if sentence is not None else (f.span.start, f.span.end)
    text = ctx.ex.article.text
    # the magnitude's own clause: from the sentence's start or the last clause break
    # before it, to the next clause break after it
    before = list(_CLAUSE_END.finditer(text, start, att.span.start))
    after = _CLAUSE_END.search(text, att.span.end, end)
    start, end = (before[-1].end() if before else start), (after.start() if after else end)
    told = _FOLLOWED_BY.sub(" ", text[start:end])
    # the quake's own noun phrase: the clause's argument that holds the magnitude, or
    # the words from the magnitude to the next comma ("since a 6.3-magnitude quake in 1990")
    phrase = (
        next((a.text for a in f.args if a.span.contains(att.span)), "")
        or _PHRASE_END.split(text[att.span.start : min(end, att.span.start + 80)], maxsplit=1)[0]
    )
    if (
        _OTHER_QUAKES.search(told)
        or _FOLLOWED_BY_ANOTHER.search(text[start:end])
        or _ONE_OF_SEVERAL.search(_FOLLOWED_BY.sub(" ", phrase))
    ):
        out += ((SERIES, "1"),)
    elif _NOT_AS_TOLD.search(told):
        out += ((SERIES, "not as told"),)
    t = f.time
    if t is None:
        return out
    # the part of the day its time names, or its clause ("struck at dawn on Sunday")
    part = _DAY_PART.search(t.text) or _DAY_PART.search(f.text)
    out += ((DAY_PART, " ".join(part.group(1).casefold().split())),) if part else ()
    if fact_time is not None or t.value is not None or t.type not in ("DATE", "TIME") or _said_on(text, t.span):
        return out
    if partial_date(t.text) is None:
        return out
    clock = clock_of(text, t)
    out += ((DAY_WRITTEN, t.text),)
    if clock is not None:
        return out + ((CLOCK_WRITTEN, f"{clock.low}|{clock.high}|{(clock.zone or '').casefold()}"),)
    zone = _ZONE.search(t.text)
    return out + (((ZONE_WRITTEN, zone.group(1).casefold()),) if zone else ())


#: A figure joined to its unit by a hyphen, as written before a noun ("5.6-magnitude",
#: "eight-year", "60 - day" in text with spaced hyphens).
_FIGURE_AND_UNIT = re.compile(r"[\w.,]+\s*-\s*[A-Za-z]+")


def _measures_its_noun(att: Attachment, head: str) -> bool:
    """Whether a figure is written before its noun as one word with its unit
    ("a 5.6-magnitude earthquake", "a 60-day stay"), the noun being no unit
    itself: the thing's own size."""
    unit = att.unit or ""
    return (
        unit not in ("", "count", "percent")
        and head != unit
        and measure_of(head) is None
        and _FIGURE_AND_UNIT.fullmatch(att.text) is not None
    )


def _have_tense(ctx: _Context, f: Fact, predicate: str) -> str | None:
    """ "up to now" for a count told with "has had", "now" for one told with "has"
    or "have" (:data:`HAVE_TENSE`), or None."""
    if predicate != "have" or f.predicate_span is None:
        return None
    text = ctx.ex.article.text
    start = f.predicate_span.start
    word = text[start : f.predicate_span.end].casefold()
    if word == "had" and _HAS_HAD.search(text[max(0, start - 30) : start]) is not None:
        return "up to now"
    return "now" if word in ("has", "have") else None


#: Words before the noun of an "as" phrase that make it another role ("assistant coach",
#: "deputy mayor"); other words there ("head coach", "the Hawks' coach") name the same one.
_OTHER_ROLE = frozenset({"assistant", "deputy", "interim", "acting", "vice", "associate", "co"})


def _capacity(f: Fact, noun: str) -> str | None:
    """The role a stretch of time was spent in, as the clause's "as" phrase tells
    it: its head, a person noun, with a word before it that makes it another role
    ("spent seven seasons as an assistant coach": "assistant coach"; "as head
    coach", "as the Hawks' coach": "coach"), or None. Only for a count of a stretch
    of time (years, seasons, terms): "as part of", "as many as 30 people" and "as
    a precaution" tell no role."""
    if noun not in PERIOD_SPANS:
        return None
    arg = next((a for a in f.args if a.role == "obl:as"), None)
    if arg is None or not meaning.is_a(arg.head, "person", "n"):
        return None
    before = {w.strip("'\u2019").casefold() for w in arg.text[: max(0, arg.head_span.start - arg.span.start)].split()}
    other = sorted(before & _OTHER_ROLE)
    return " ".join([*other, arg.head])


def _narrowed(text: str, att: Attachment, predicate: str) -> bool:
    """Whether a clause right after the counted noun narrows it: a relative
    pronoun ("30 people who were inside"; not "that", which may point: "30
    deaths that night") or a participle in -ing that is not the count's own
    verb ("51 wins coming by way of knockout", "two people living nearby"),
    save words that list or date (:data:`_NOT_NARROWING`)."""
    m = _NARROWING.match(text, att.head_span.end)
    if m is None:
        return False
    if m.group(1):
        return True
    if m.group(2) in _NOT_NARROWING:
        return False
    base = meaning.base_forms(m.group(2), "v")
    return bool(base) and base[0] != predicate


_OWNER_PRONOUN = re.compile(r"\b(?:his|her|its|their|our|my|your)\b", re.IGNORECASE)
#: Words that make a figure's subject wider than any reporter's place ("the national
#: unemployment rate", "the statewide vaccination rate").
_WIDER = re.compile(
    r"\b(?:national|nationwide|statewide|state|federal|global|worldwide|international|regional|countrywide|overall)\b",
    re.IGNORECASE,
)


def _reporter_names(ctx: _Context, f: Fact, att: Attachment, anchors: set[str]) -> set[str]:
    """The entities of the clause that reports a clause of being whose figure
    names none ("officials in Northvale said turnout was 60 percent": the
    turnout of Northvale), or none: not when the clause's subject is no noun
    ("said it was 60 percent"), is someone's ("said her salary was") or is
    wider than a place ("the national unemployment rate")."""
    if att.relation != "root" or f.parent is None or any(a.startswith("@") for a in anchors):
        return set()
    subject = next((a for a in f.args if a.role == "subject"), None)
    if (
        subject is None
        or subject.pos not in ("NOUN", "PROPN")
        or _OWNER_PRONOUN.search(subject.text)
        or _WIDER.search(subject.text)
    ):
        # "said it was 60 percent", "said her salary was $90,000": what the figure is
        # of is named elsewhere, maybe not by the reporter
        return set()
    parent = ctx.fact_of.get(f.parent)
    return set() if parent is None else {a for a in _fact_anchors(ctx, parent) if a.startswith("@")}


#: The extra of a figure of a measure that says which aspect it gives: the word
#: before it that makes it a level or an end ("from 35,000 feet", "to 30 metres",
#: "at 10,000 feet") and the word after it that names a dimension or a thing
#: ("10 km deep", "40 km from Northvale", "20 kg of cocaine").
MEASURED = "measured"
_HEDGE_WORDS = (
    r"(?:"
    + "|".join(r"\s+".join(map(re.escape, h.split())) for h in sorted(HEDGE_PHRASES, key=len, reverse=True))
    + r")"
)
_LEVEL_BEFORE = re.compile(
    r"\b(from|to|at|by|above|below|beneath|under|over|within|beyond|into)\s+(?:" + _HEDGE_WORDS + r"\s+)*$", re.I
)
_ASPECT_WORDS = SIZE_WORDS | {"thick", "from", "off", "up", "down", "offshore", "inland", "underground", "underwater"}
_ASPECT_WORDS |= {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
_ASPECT_AFTER = re.compile(r"^[\s-]*(" + "|".join(sorted(_ASPECT_WORDS)) + r"|of\s+[a-z]+)\b", re.I)


def _measured_aspect(text: str, att: Attachment) -> str | None:
    """Which aspect of a measure a figure gives, from the words around it, or
    None for a plain amount ("fell 600 metres")."""
    before = _LEVEL_BEFORE.search(text, max(0, att.span.start - 40), att.span.start)
    after = _ASPECT_AFTER.match(text[att.span.end : att.span.end + 40])
    if before is None and after is None:
        return None
    return (
        f"{before.group(1).casefold() if before else ''}|{' '.join(after.group(1).casefold().split()) if after else ''}"
    )


_PER_CENT = frozenset({"cent", "pct", "%"})


def _denied(ctx: _Context, f: Fact) -> bool:
    """Whether a clause is the content of a denial, itself or through the
    clauses above it ("police denied (reports) that five people died"): its
    figures are not the article's. Only a "that" clause joined to the denial
    with no comma between counts ("rejected the claim, saying five died" is
    said, "denied wrongdoing when five died" is not denied), and not under a
    denial itself negated ("did not deny that")."""
    text = ctx.ex.article.text
    parent, depth = f.parent, 0
    while parent is not None and depth < 3:
        above = ctx.fact_of.get(parent)
        if above is None:
            return False
        if ctx.lemma_of.get(parent, "") in DENYING and above.predicate_span is not None:
            gap = text[above.predicate_span.end : (f.predicate_span or f.span).start]
            return above.negation is None and _THAT.search(gap) is not None and not _BREAK.search(gap)
        parent, depth = above.parent, depth + 1
    return False


_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_BREAK = re.compile(r"[,;:]")


_STATES = "|".join(CASUALTY_ACTS)
_STATE_AFTER = re.compile(r"\s+(" + _STATES + r")\b", re.IGNORECASE)  # "left five people dead"
_STATE_END = re.compile(r"\b(" + _STATES + r")$", re.IGNORECASE)  # "left three dead"
#: a state joined to another ("dead or injured", "dead and missing"): no one count of either
_JOINED = re.compile(r"\s*(?:or|and|/)\s*[a-z]", re.IGNORECASE)
#: Words right before a verb that tell it did not quite happen ("was nearly killed").
_NEARLY = re.compile(r"\b(?:nearly|almost|narrowly|barely|all\s+but)\s+(?:been\s+|be\s+)?$", re.IGNORECASE)
_CAUSE_ROLES = frozenset({"obl:of", "obl:from", "nmod:of", "nmod:from"})


def _casualty(ctx: _Context, f: Fact, att: Attachment, base: dict) -> dict | None:
    """A count of people killed or hurt, told as what became of them: "five
    people died" (as "five people were killed"), "left five people dead",
    "left three dead and 12 injured" (as "killed five people", "injured 12").
    The claim is then compared as the act's count, the counted noun its object;
    what they died of ("of cholera", "from their injuries") is its agent."""
    pred = base["predicate"]
    text = ctx.ex.article.text
    if pred in DYING:
        counted = next((a for a in f.args if a.role == "subject" and a.span.contains(att.span)), None)
        if counted is None:
            return None  # "died with 300 people on board"
        if (base["polarity"] == "negative" and not (att.value or "").startswith("0 ")) or (
            f.predicate_span is not None and _NEARLY.search(_text_before(ctx, f.predicate_span.start))
        ):
            return None  # "did not die", "nearly died": no one killed ("nobody died" is a count of none)
        cause = next((a for a in f.args if a.role in _CAUSE_ROLES), None)
        act, subject = "kill", _anchor(cause) if cause is not None else None
    elif pred == "leave":
        counted = next(
            (a for a in f.args if a.role in ("object", "xcomp", "ccomp") and a.span.contains(att.span)), None
        )
        m = _STATE_END.search(text, att.span.start, att.span.end) or _STATE_AFTER.match(text, att.span.end)
        if counted is None or m is None or _JOINED.match(text, m.end()):
            return None  # (not "left five dead or missing")
        act, subject = CASUALTY_ACTS[m.group(1).casefold()], base["subject"]
    else:
        return None
    people = _anchor(counted)
    obj = "people" if people is None or people in CASUALTY_ACTS or att.relation == BARE else people
    out = {**base, "predicate": act, "pred_classes": word_classes(act, "v"), "subject": subject, "object": obj}
    # who died may be some of the toll ("two died in hospital", "three more died"): a part
    return {**out, DIED: True} if pred in DYING else out


def _undated_claim(ctx: _Context, f: Fact, anchors: set[str], base: dict) -> SlotClaim | None:
    """The date of a clause none of whose attachments dates it: the date of
    the clause a "when" clause restates, or, for an extraction without
    attachments, the clause's time."""
    made = _when_clause_date(ctx, f, anchors, base)
    lemma = base["predicate"]
    if made is not None or f.time is None or f.attachments:
        return made
    dv = _date_value(f.time)
    if dv is None or dv.granularity not in EVENT_GRANULARITIES or not lemma or lemma in LIGHT or lemma in REPORTING:
        return None
    return _claim(
        "date", base, f.time.text, f.time.span, f.time.value or dv.start.isoformat(), f.time.how, dv,
        topic=lemma, noun=lemma, noun_classes=base["pred_classes"], role="when",
        anchors=frozenset(anchors), entities=_ents(anchors), time=None,
    )  # fmt: skip


#: A past perfect right before a verb: "had already destroyed", "'d left" (not a "had" of a
#: clause inserted before it: "when the blaze, which had started in the kitchen, destroyed").
_HAD_BEFORE = re.compile(r"(?:\bhad|['’]d)(?:\s+(?:not|never|already|just|been|\w+ly))*\s+$", re.IGNORECASE)
#: A "when" clause set off right after a date: "lost part of its history on Tuesday, when a blaze ..."
_COMMA_WHEN = re.compile(r"\s*,\s*when\s+", re.IGNORECASE)


def _when_clause_date(ctx: _Context, f: Fact, anchors: set[str], base: dict) -> SlotClaim | None:
    """The date of a "when" clause that restates the time of the clause it
    hangs on: "Northvale lost part of its history on Tuesday, when a blaze
    destroyed the Acme warehouse" dates the destruction Tuesday as well. Only
    a clause with no date of its own, set off by a comma right after its
    parent's date, and told as done."""
    parent = ctx.fact_of.get(f.parent) if f.parent else None
    if parent is None or f.modality != "actual" or parent.modality != "actual" or f.predicate_span is None:
        return None
    if any(a.kind == "date" for a in f.attachments):
        return None
    text = ctx.ex.article.text
    lemma = base["predicate"]
    if not lemma or lemma in LIGHT or lemma in REPORTING:
        return None
    word = text[f.predicate_span.start : f.predicate_span.end].casefold()
    if word.endswith(("s", "ing")) or word == lemma:
        return None  # "on Friday, when the storm hits", "when they practise": no past told ("hit": none told)
    if _HAD_BEFORE.search(text[max(f.span.start, f.predicate_span.start - 40) : f.predicate_span.start]):
        return None  # "arrived on Tuesday, when the blaze had destroyed the warehouse": done before it
    start = f.span.start + (len("when ") if text[f.span.start : f.span.start + 5].casefold() == "when " else 0)
    for att in parent.attachments:
        if att.kind == "date" and _COMMA_WHEN.fullmatch(text, att.span.end, start):
            return _date_claim(ctx, f, att, lemma, anchors, base)
    return None


#: The role of a date on which a measure starts to apply ("tariffs on autos, effective
#: May 3"), and the ``extra`` keys of what tells the measure apart (:class:`~factcheck.model.models.Measure`):
#: what it applies to, the other nouns of that phrase, the words that make it a kind of
#: its noun, its rate, and who makes it ("@id").
START = START_RELATION
APPLIES_TO = "applies to"
APPLIES_DETAIL = "applies detail"
APPLIES_QUALITY = "applies quality"
MEASURE_KIND = "measure kind"
START_RATE = "start rate"
MADE_BY = "made by"
#: A year written in a date ("3 May 2025"), which is then compared with its year.
_YEAR_WRITTEN = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Modalities a start date is told with: what is and what is expected or planned;
#: not what may be, a condition or a question.
_START_MODALITIES = frozenset({"actual", "expected", "planned"})


def _start_claim(ctx: _Context, f: Fact, att: Attachment, base: dict) -> SlotClaim | None:
    """The day a measure starts to apply (:func:`~factcheck.extract.clauses.attachments._start_of`):
    a claim of the measure's noun and what it applies to, whatever clause
    tells it ("would impose a 25% tariff on vehicles, starting April 2" /
    "25 per cent tariffs on autos (effective May 3)"). Only a measure told
    with what it applies to, in a clause of what is or is expected; the
    alignment compares two only when both name its maker and rate
    (:func:`~factcheck.engine.align.makers_apart`)."""
    t = ctx.times.get((att.span.start, att.span.end))
    m = att.measure
    if t is None or m is None or base["modality"] not in _START_MODALITIES:
        return None
    if (att.span.start, att.span.end) in ctx.started:
        return None  # one start told once, however many conjoined clauses share it
    value = _day_value(ctx, f, att, t, base, False)
    if value is None:
        return None
    ctx.started.add((att.span.start, att.span.end))
    payload, normalized, how = value
    written = None if _YEAR_WRITTEN.search(t.text) else partial_date(t.text)
    if written is not None and (written.weekday is not None or (written.month and written.day)):
        # a day with no year ("effective July 1") or a weekday ("effective Monday"): the year
        # or week read from the tense of the clause ("takes effect July 1, officials said" read
        # as last year's, "effective Monday" as the Monday before) is a guess a plan often
        # defeats, so the day is compared as written
        clock = payload.clock if isinstance(payload, (DateValue, PartialDate)) else None
        payload, normalized = replace(written, clock=clock), f"{written.describe()} (as written)"
        how = f"'{t.text}' names {written.describe()} with no year or week, so the day is compared as written"
    noun = meaning.normalise(att.head)
    extra = (
        *((APPLIES_TO, x) for x in m.applies_to),
        *((APPLIES_DETAIL, x) for x in m.details),
        *((APPLIES_QUALITY, x) for x in m.qualities),
        *((MEASURE_KIND, x) for x in m.kinds),
        *(((START_RATE, m.rate),) if m.rate else ()),
        *(((MADE_BY, m.by),) if m.by else ()),
    )
    what = " and ".join(x.lstrip("@") for x in m.applies_to)
    # (what the measure is, not the clause that tells it: "impose", "risk triggering")
    told = {**base, "subject": None, "object": None, "predicate": START, "pred_classes": frozenset()}
    claim = _claim(
        "date", told, att.text, att.span, normalized,
        f"{how}; the start of the {noun} applied to {what}", payload,
        topic=noun, noun=noun, noun_classes=word_classes(noun, "n") | {"lemma:" + noun}, role=START,
        anchors=frozenset(m.applies_to), entities=frozenset(), time=None,
    )  # fmt: skip
    return replace(claim, extra=(*claim.extra, *extra))


def _date_claim(ctx: _Context, f: Fact, att: Attachment, head: str, anchors: set[str], base: dict) -> SlotClaim | None:
    """The date of what a date attachment dates (a birth date is an age claim)."""
    if att.relation == START:
        return _start_claim(ctx, f, att, base)
    if base["predicate"] in REPORTING:
        content = _announced(ctx, f, base)
        if content is None:
            return None  # when something was said is not when it happened
        anchors = anchors | content
    if base["predicate"] in BIRTH:
        return _birth(ctx, f, att, base)
    if head == base["predicate"] and _a_state(f, base["predicate"]):
        return None  # "was ill on Tuesday", "was innocent": a state holds over days, unlike an event
    t = ctx.times.get((att.span.start, att.span.end))
    if t is None or not head:
        return None
    text = ctx.ex.article.text
    if _modifier_day(text, att, att.head):
        return None  # "a Friday deadline": not when anything happened
    event_day = _event_day(text, att, att.head)
    if _bound_day(text, att, f) and not _near_clock(text, att) and not event_day:
        return None  # "until Friday", "effective Friday": a bound of the clause, not when it happened
    if base["predicate"] not in SPEECH_VERBS and _said_on(text, att.span):
        return None  # "officials said Monday the quake killed 30": the day it was said, whatever the parse
    # (the day of an event noun is no day of a death or a founding: "died after Sunday's attack")
    once = None if event_day else _once_entity(ctx, f, base)
    value = _day_value(ctx, f, att, t, base, once is not None)
    if value is None:
        return None
    payload, normalized, how = value
    if once:
        # a death, a founding: the date of what happens once to one entity, compared like an age
        told, noun = _once_event(base, once)
        return _claim(
            "date", told, att.text, att.span, normalized, how, payload,
            topic=noun, noun=noun, noun_classes=word_classes(noun, "v"), role="once",
            anchors=frozenset({"@" + once}), entities=frozenset({once}), time=None,
        )  # fmt: skip
    head, event = _dated_event(f, head, base)
    classes = word_classes(head, "v") | word_classes(head, "n")
    if event:
        classes |= word_classes(event, "n")
        if base["subject"] == event:
            base = {**base, "subject": None}  # "the explosion occurred": the subject is the event, no participant
        if not any(a.startswith("@") for a in anchors):
            anchors = anchors | ctx.event_entities.get(event, frozenset())
    claim = _claim(
        "date", base, att.text, att.span, normalized, how, payload,
        topic=event or head, noun=head, noun_classes=classes, role="when",
        anchors=frozenset(anchors), entities=_ents(anchors), time=None,
    )  # fmt: skip
    result = _result_of_game(f, event or head)
    plan = _plan_day(text, f, att, base, head, event)
    more: tuple[tuple[str, str], ...] = ((RESULT, result),) if result else ()
    more += ((PLAN_DAY, plan),) if plan else ()
    return replace(claim, extra=(*claim.extra, *more, *_event_qualifiers(ctx, f, att, event)))


#: ``extra`` keys of a date claim of an event a noun names: the words before the noun
#: that tell which one it is ("opening" of "the opening ceremony", "bail" of "a bail
#: hearing"), and the heads of the phrases after it ("fraud" of "the trial of Tom Reyes
#: for fraud", "plea" of "a hearing on the plea"); names left out.
EVENT_BEFORE = "event before"
EVENT_AFTER = "event after"
#: Words after an event noun that end the phrases telling which one it is.
_EVENT_PHRASE_END = frozenset({"that", "which", "who", "whose", "where", "when", "and", "or", "to", "as"})
#: Prepositions that open a phrase after an event noun ("a hearing on bail", "the
#: trial for fraud", "talks between ...").
_EVENT_PREPOSITIONS = _OBJECT_PREPOSITIONS | {"between", "by", "near", "about", "among", "into", "amid", "involving"}
#: Words before an event noun that describe it, not tell which one it is: "a powerful
#: earthquake" and "a 5.6 magnitude earthquake" may be one; "a huge offer", "the recent
#: shooting". (Figures are left out too: a magnitude is compared as a value.)
_DESCRIBING = frozenset(
    {"huge", "large", "big", "small", "tiny", "major", "minor", "powerful", "strong", "weak", "deadly", "massive"}
    | {"violent", "dramatic", "recent", "latest", "new", "old", "brief", "long", "short", "early", "late", "fierce"}
    | {"heavy", "serious", "severe", "significant", "historic", "rare", "possible", "alleged", "planned", "expected"}
    | {"scheduled", "annual", "special", "main", "key", "important", "bloody", "fatal", "tragic", "horrific"}
    | {"brutal", "devastating", "magnitude", "public", "private", "official", "formal", "quick", "rapid"}
    | {"shallow", "deep", "comfortable", "brazen", "giant", "close", "fast", "full", "largest", "biggest", "pending"}
    | {"straight", "aggravating", "broad", "terrible", "daring", "audacious", "bold", "spectacular", "lucrative"}
    | {"successful", "unsuccessful", "failed", "foiled", "botched", "surprise", "sudden", "apparent", "suspected"}
    | {"according", "from", "by", "with", "of", "at", "in", "on", "for"}
)


def _event_qualifiers(ctx: _Context, f: Fact, att: Attachment, event: str | None) -> tuple[tuple[str, str], ...]:
    """The words that tell which event of its kind a date is of, as
    :data:`EVENT_BEFORE` and :data:`EVENT_AFTER` extras: of the event noun an
    occurrence verb takes as subject ("the closing ceremony took place"), or
    of an object that names an event ("the opening ceremony will be held",
    "held a budget vote"): before the noun, the nouns that qualify it (not
    names, figures, the date itself, determiners, adjectives, nor nouns that
    only describe, :data:`_DESCRIBING`: "the Westshire opening ceremony" is
    told apart by "opening", "a powerful earthquake" by nothing); after it,
    the heads of its first two phrases ("a hearing on bail", "the trial of
    Tom Reyes for fraud"), no time words."""
    want = "subject" if event and _occurrence_clause(f) else "object"
    arg = next((a for a in f.args if a.role == want and not a.entity), None)
    if arg is None or not meaning.is_event(meaning.normalise(arg.head)):
        return ()
    if _first_word(arg.text) in _EVENT_PREPOSITIONS:
        return ()  # a phrase the parse took for the object ("by Alaska Gov. Sarah Palin")
    end = arg.span.end
    for a in sorted(f.args, key=lambda a: a.span.start):
        # a phrase of the noun the parse hung on the verb ("An auction | of Tom Reyes's paintings")
        if 0 <= a.span.start - end <= 1 and _first_word(a.text) in _OBJECT_PREPOSITIONS - {"on", "at", "in"}:
            end = a.span.end
    text = ctx.ex.article.text
    spans = [m.span for m in ctx.ex.entities if arg.span.start <= m.span.start < end] + [att.span]

    def plain(start: int, stop: int) -> str:
        chars = list(text[start:stop])
        for sp in spans:
            for i in range(max(sp.start, start), min(sp.end, stop)):
                chars[i - start] = " "
        return "".join(chars)

    before = [
        _noun_lemma(w)
        for w in _object_modifiers(plain(arg.span.start, arg.head_span.start)).split()
        if _qualifying_word(w)
    ]
    after = _phrase_heads(_OBJECT_WORD.findall(plain(arg.head_span.end, end).replace("\u2019", "'")))
    out = []
    if before:
        out.append((EVENT_BEFORE, " ".join(sorted(set(before)))))
    if after:
        out.append((EVENT_AFTER, " ".join(sorted(set(after)))))
    return tuple(out)


#: Words of amounts, which a figure before an event noun is written with ("$160 million offer").
_AMOUNTS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})


def _first_word(text: str) -> str:
    """The first word of a phrase, in lower case ("" for none)."""
    return next(iter(text.split()), "").casefold()


def _qualifying_word(w: str) -> bool:
    """A word before an event noun that may tell which one it is: a noun
    WordNet knows ("opening", "budget", "bail"), no figure, amount, function
    word, word that only describes (:data:`_DESCRIBING`), nor an adjective
    only ("shocking", "legislative": adjectives describe, or have synonyms
    one report uses and another not)."""
    if w[:1].isdigit() or len(w) < 3 or w in _DESCRIBING or w in _AMOUNTS or w in STOPWORDS:
        return False
    return w not in _EVENT_PREPOSITIONS and bool(meaning.classes(w, "n"))


def _phrase_heads(words: list[str]) -> list[str]:
    """The nouns that head the first two phrases after an event noun ("on bail
    for [name]" -> "bail"; "of [name] for fraud" -> "fraud"), no time words;
    none when the words open no phrase (a relative clause, an apposition)."""
    if not words or words[0].casefold() not in _EVENT_PREPOSITIONS:
        return []
    heads: list[str] = []
    phrase: list[str] = []
    for w in [*words, "of"]:
        low = w.casefold().removesuffix("'s")
        if low in _EVENT_PREPOSITIONS or low in _EVENT_PHRASE_END:
            head = phrase[-1] if phrase else ""
            if head and head not in TIME_WORDS and meaning.classes(head, "n") and len(heads) < 2:
                heads.append(head)
            phrase = []
            if low in _EVENT_PHRASE_END:
                break
        elif low not in _NOT_OBJECT_QUALIFIERS and low not in STOPWORDS and not low[:1].isdigit():
            phrase.append(_noun_lemma(low))
    return heads


def _noun_lemma(word: str) -> str:
    """A word as its noun's lemma when WordNet knows one ("paintings" -> "painting")."""
    return next(iter(meaning.base_forms(word, "n")), word)


def _occurrence_clause(f: Fact) -> bool:
    """Whether the clause's verb says only that its subject happened (:data:`OCCURRENCE_VERBS`, "take place")."""
    return meaning.normalise(f.lemma or f.predicate or "") in OCCURRENCE_VERBS or _takes_place(f)


#: ``extra`` key of a date claim that is the day of a planned act, told ahead of it
#: (:func:`_plan_day`): "1", or the word that tells the plan was changed ("now"); two
#: such days told weeks apart, or the changed one told later, are read by
#: :mod:`.grouping` as a plan that may have changed.
PLAN_DAY = "plan day"

#: A day set off by an apposition that names what happened on it ("on March 3, the day
#: it was founded"): the day is fixed by that, not by a plan.
_DAY_OF_SOMETHING = re.compile(r"\s*,\s*(?:the|a)\s+(?:same\s+)?(?:day|date|anniversary)\b", re.IGNORECASE)


def _plan_day(text: str, f: Fact, att: Attachment, base: dict, head: str, event: str | None) -> str:
    """Whether a date is the day of an act told as planned or expected, that
    a plan may move: an act people plan (:data:`PLANNED_ACTS`: "the vote will
    be held on March 3", "Acme will launch the phone on Friday"), the date on
    the act itself (not on an event noun: "an inquiry will examine the fire of
    March 3"), asserted (not denied), about no holiday, season or date of a
    life (:data:`CALENDAR_WORDS`: "Ramadan will begin on", "will celebrate his
    birthday on"), not an old plan stated as fact ("was originally scheduled
    for", "had been due to open on"), and no day an apposition fixes ("on
    March 3, the day it was founded"). "1" for such a day, the word that
    tells the plan was changed for a day told as the new one (:data:`CHANGED_PLAN`:
    "will now be held on March 10"), "" for none."""
    pred = meaning.normalise(base["predicate"] or "")
    if base["modality"] not in ("expected", "planned") or base["polarity"] != "positive" or head != base["predicate"]:
        return ""
    if pred not in PLANNED_ACTS and not _takes_place(f) and not (event and pred in OCCURRENCE_VERBS):
        return ""
    # the words of the verb group (after the last comma before the predicate: "will now
    # be held", "was originally scheduled for"; not "..., which residents now oppose,"),
    # and those before the event noun ("the postponed vote")
    start = f.predicate_span.start if f.predicate_span is not None else att.span.start
    group = text[max(f.span.start, start - 30) : start].rsplit(",", 1)[-1]
    obj = next((a for a in f.args if a.role == "object" or (event and a.head.casefold() == event)), None)
    before = text[obj.span.start : obj.head_span.start] if obj is not None else ""
    words = {w.casefold() for w in WORD_RE.findall(f"{group} {before}")}
    # what the plan is of: the words of its subject and object ("Ramadan", "the shortest
    # day of the year", "daylight saving time"), not of its other phrases ("this year")
    told = {w for x in (base["subject"], base["object"], event) for w in (x or "").lstrip("@").split("-")}
    told |= {w for a in f.args if a.role in ("subject", "object") for w in WORD_RE.findall(a.text.casefold())}
    if words & FORMER_PLAN or told & CALENDAR_WORDS or _DAY_OF_SOMETHING.match(text, att.span.end):
        return ""
    return min(words & CHANGED_PLAN, default="1")


def _result_of_game(f: Fact, noun: str) -> str:
    """The one score a clause gives of the game a date dates, hung on the same
    word ("91-73" of "in Thursday's 91-73 win", "73-91" read as "91-73"; not
    the 80-70 of "in Thursday's win after an 80-70 loss"), or ""."""
    word = meaning.normalise(noun)
    if word not in GAME_RESULT_WORDS | GAME_NOUNS:
        return ""
    scores = [a for a in f.attachments if a.kind == "score" and meaning.normalise(a.head) == word]
    if len(scores) != 1:
        return ""
    figures = sorted((int(x) for x in re.findall(r"\d+", scores[0].text)), reverse=True)
    return "-".join(str(x) for x in figures) if len(figures) == 2 else ""


#: Reporting verbs whose date is the date of an event of its own: a deal or a
#: result is announced once ("announced on Monday a deal to buy Acme").
ANNOUNCING = frozenset({"announce", "disclose", "reveal", "unveil"})


def _announced(ctx: _Context, f: Fact, base: dict) -> frozenset[str] | None:
    """The entities an organisation or person announces, when the clause
    dates an announcement ("Acme on Monday announced a deal to acquire
    Widgetco", "Acme announced Wednesday it is buying Widgetco"): a named
    subject, stated as done, and a named entity in what is announced (the
    object or the clauses it governs). None when the clause only reports speech."""
    if base["predicate"] not in ANNOUNCING or f.modality != "actual" or base["polarity"] != "positive":
        return None
    subject = base["subject"]
    if not subject or not subject.startswith("@"):
        return None
    named = {"@" + a.entity for a in f.args if a.role == "object" and a.entity}
    for child in ctx.children.get(f.id, ()):
        named |= {"@" + e for e in (*child.entities, *child.participants) if e not in ctx.in_dates}
    named.discard(subject)
    return frozenset(named) if named else None


def _once_event(base: dict, once: str) -> tuple[dict, str]:
    """The fields and the event word of a claim about what happens once to
    ``once``. A death is one event however it is told: "Ana Ruiz died",
    "passed away", "was killed", "Tom Ray killed Ana Ruiz" are all her death,
    whose subject is the one who died (not the killer)."""
    if base["predicate"] in DEATHS:
        return {**base, "subject": "@" + once, "object": None}, DEATH
    return base, base["predicate"]


#: Of the events that happen once to an organisation, those that happen once to anything
#: named, as a name the recogniser left untyped: a fund or a club is created or co-founded
#: once (not launched: a product is launched again in another market, a fair every year).
ONCE_FOR_NAMES = frozenset({"create", "cofound", "co-found"})


def _once_entity(ctx: _Context, f: Fact, base: dict) -> str | None:
    """The entity an event that happens once is about ("Ana Ruiz died", "Acme
    was founded", "X was killed"), when the clause states it as done and
    names it; else None."""
    role = ONCE_EVENTS.get(base["predicate"])
    organisation = role is None
    if organisation:
        role = ONCE_FOR_ORGANISATIONS.get(base["predicate"])
    if role is None or f.modality != "actual" or base["polarity"] != "positive":
        return None
    arg = next((a for a in f.args if a.role == role), None)
    if arg is None or not arg.entity or arg.entity in ctx.in_dates:
        return None
    if base["predicate"] not in DEATHS and _slug(arg.head) not in arg.entity.split("-"):
        return None  # "created 500 Acme jobs", "built an Acme store": the jobs and the store, not Acme
    if (
        organisation
        and arg.entity_type != "organization"
        and not (arg.entity_type == "name" and base["predicate"] in ONCE_FOR_NAMES)
    ):
        # ("created the Northvale Fund": a name the recogniser left untyped, created once; not one
        # "started" or "acquired", a player or a painting)
        return None
    if base["predicate"] in DEATHS and not _a_death(ctx, f, base["predicate"]):
        return None
    return arg.entity


def _a_death(ctx: _Context, f: Fact, predicate: str) -> bool:
    """Whether a clause of dying or killing tells a death: not "was nearly
    killed", "almost died"; and a killing only in a clause of its own or one
    reported ("police said a gunman killed her"), not one denied, vowed or
    threatened ("denied killing her", "vowed to kill him") or a relative
    clause whose day may be its main clause's ("the gunman who killed her was
    shot on Friday")."""
    start = f.predicate_span.start if f.predicate_span is not None else f.span.start
    if _NEARLY.search(ctx.ex.article.text, max(0, start - 25), start):
        return False
    if predicate in DYING or f.parent is None:
        return True
    parent = ctx.fact_of.get(f.parent)
    if parent is None or ctx.lemma_of.get(f.parent, "") not in REPORTING:
        return False
    # reported ("said a gunman killed her"), not a speech act's aim ("vowed to kill him")
    return not any(a.role == "xcomp" and a.span.overlaps(f.span) for a in parent.args)


def _with_event_entities(ctx: _Context, f: Fact, anchors: set[str]) -> set[str]:
    """Anchors that name no entity, of a clause whose subject or object is an
    event noun ("the quake killed 10 people"), take the entities of that
    event's first mention in the article ("a quake struck Westland")."""
    if any(a.startswith("@") for a in anchors):
        return anchors
    for a in f.args:
        if a.role in ("subject", "object") and not a.entity:
            noun = meaning.normalise(a.head)
            if noun in ctx.event_entities:
                return anchors | ctx.event_entities[noun]
    return anchors


#: The role of a place where a named person is from: "Ana Ruiz of Northvale", "Tom Reyes,
#: 45, of Eastbury", "Mark Vinar, a climber from Perth".
HOME = "home"


def _home(ctx: _Context, f: Fact, att: Attachment, base: dict) -> SlotClaim | None:
    """Where a named person is from, told beside the name: "LuAnn Johnson of
    Burnsville", "Tom Reyes, 45, of Eastbury" (the place hangs on the name),
    "Mark Vinar, an Australian climber from Perth" (on a noun in apposition
    to it). One person has one home in a story, whatever the clause says of
    them, so the claim is the person's, like an age. "The mayor of Northvale"
    or "a spokeswoman from Northvale" without the name is no one's home."""
    rel, _, prep = att.relation.partition(":")
    if rel != "nmod" or prep.casefold() not in ("of", "from") or not att.value:
        return None
    if att.text.split()[-1].casefold().rstrip(".") in STREET_WORDS:
        return None  # "of Newton Street": an address, finer than the town another source gives
    who = next(
        (
            m
            for m in ctx.ex.entities
            if m.type == "person"
            and m.span.overlaps(att.head_span)
            and (
                m.how == "apposition"
                and prep.casefold() == "from"
                or m.how != "apposition"
                and not m.span.overlaps(att.span)
            )
        ),
        None,
    )
    if who is None or not who.entity:
        return None
    within = tuple(att.place_within)
    how = f"'{att.text}', where {ctx.ex.article.text[who.span.start : who.span.end]} is from" + (
        f", within {', '.join(within)} (as the text says)" if within else ""
    )
    person = "@" + who.entity
    # the person's, whatever the clause says of them: "Ruiz of Northvale was not arrested"
    own = {
        **base,
        "predicate": "",
        "pred_classes": frozenset(),
        "subject": person,
        "object": None,
        "polarity": "positive",
        "negation": None,
        "modality": "actual",
    }
    claim = _claim(
        "place", own, att.text, att.span, att.value, how, PlaceValue(att.value, att.text, within),
        topic=person, noun=HOME, noun_classes=frozenset({HOME}), role=HOME,
        anchors=frozenset({person}), entities=frozenset({who.entity}), time=None,
    )  # fmt: skip
    return replace(claim, extra=((HOME, prep.casefold()),))  # "of" or "from"


def _day_value(
    ctx: _Context, f: Fact, att: Attachment, t: TimeMention, base: dict, once: bool
) -> tuple[DateValue | PartialDate, str, str] | None:
    """The value, normalised value and explanation of a date claim: a resolved
    date (a clock time that names no day on the day its clause names; on no
    day, none) or, with no publication date, the day it names; with the time
    of day the text gives (:func:`clock_of`)."""
    clock = clock_of(ctx.ex.article.text, t)
    dv = _date_value(t)
    if dv is not None:
        if dv.granularity not in EVENT_GRANULARITIES and not (once and dv.granularity == "year"):
            return None  # a year dates a period of a life, often one of several; not a death or a founding
        dv = replace(dv, clock=clock)
        if not _clock_only(t):
            return dv, att.value or dv.start.isoformat(), t.how
        day = _clause_day(ctx, f, att)
        if day is None:
            # "touched down at 11:40 a.m.": the publication day is a guess (a story filed the next
            # morning, a clause whose day another clause names); the time dates nothing
            return None
        # "died at 12:45 p.m. at his home on Thursday": the clock time is on its clause's day,
        # not on the publication day the time expression alone was given
        normalized = day.start.isoformat() + (att.value or "")[10:]
        how = f"'{t.text}': a time of the day its clause names ('{day.text}') -> {normalized}"
        return replace(dv, start=day.start, end=day.end, relative=day.relative), normalized, how
    # no publication date to place "Friday" or "June 24": the day it names is still comparable
    pd = partial_date(t.text) if t.value is None and t.type in ("DATE", "TIME") else None
    if pd is None:
        return None
    pd = replace(pd, clock=clock)
    how = f"'{t.text}' names {pd.describe()}; unresolved ({t.unresolved_reason or 'no year'}), so only the day is compared"
    return pd, pd.describe() + " (year unknown)", how


#: The extra of a figure told of one of a series of events ("a second quake struck 20
#: miles east of Northvale"): where one of them was is not where the story's one was.
SERIES = "series"
#: Words that make an event one of a series: "the first quake", "a second blast",
#: "another explosion", "struck again", "an aftershock".
_SERIES = re.compile(
    r"\b(?:first|second|third|fourth|fifth|another|again|latest|initial|subsequent|earlier|later|new|"
    r"aftershocks?|\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)


def _one_of_series(ctx: _Context, f: Fact) -> bool:
    """Whether a clause tells one of several events of its kind ("the first
    quake struck at 4:43 a.m.", "a second explosion", "struck again", "hours
    after the first"), read over its whole sentence (the parse may leave the
    subject out): where it was is not where the story's one was."""
    sentence = _sentence_at(ctx, f.span.start)
    start, end = (sentence.span.start, sentence.span.end) if sentence is not None else (f.span.start, f.span.end)
    return _SERIES.search(ctx.ex.article.text, start, end) is not None


#: A time of day as written: "9:27 a.m.", "8.49pm", "6am" (:data:`~.compare.CLOCK_12`), "20:49", "noon".
_CLOCK_24 = re.compile(r"\b([01]?\d|2[0-3]):([0-5]\d)\b")
_NOON = re.compile(r"\b(noon|midday)\b", re.IGNORECASE)
#: A time zone written after a time: "GMT", "UTC", "PST", "EDT", "BST", "ET", "local time".
_ZONE = re.compile(r"\b(GMT|UTC|[A-Z][A-Z]?[SD]?T|local time)\b")
#: Hedges before a time of day, and the minutes they allow before and after it.
_CLOCK_HEDGES = (
    (re.compile(r"\b(?:just|shortly|soon|right|immediately|a few minutes)\s+(?:after|past)\s+$", re.I), 0, 30),
    (re.compile(r"\b(?:just|shortly|right|immediately|a few minutes)\s+before\s+$", re.I), 30, 0),
    (re.compile(r"\b(?:about|around|approximately|roughly|some|circa|nearly|almost|close to)\s+$", re.I), 15, 15),
)


def clock_of(text: str, t: TimeMention) -> Clock | None:
    """The time of day a time expression gives, as the minutes it may stand
    for: a time written to the minute ("9:27") within 5 minutes, on the half
    hour ("4:30") within 15, on the hour ("4 p.m.", "noon") within 30 (such
    times are often rounded); a hedge widens it by 15 ("about 9:30", "9:30 or
    so") or makes it the half hour on one side ("just after 6am", "shortly
    before 9pm"). The zone is the one written right after the time. None when
    it gives no one time of day: none written, "midnight" (the end of one day
    or the start of the next), a range or an alternative ("9-10 a.m.",
    "between 9 and 10", "10 or 11 a.m."), a bound ("as early as 5 a.m."), or
    a time given in two zones ("1400 GMT (9 a.m. local time)")."""
    if t.type != "TIME" or _NOT_ONE_TIME.search(t.text):
        return None
    lead = text[max(0, t.span.start - 30) : t.span.start]
    tail = text[t.span.end : t.span.end + 25]
    if _RANGE_AFTER.match(tail) or _CONVERSION.search(tail) or lead.endswith("("):
        return None
    first = _FIRST_OF_RANGE.search(lead)
    if _RANGE_BEFORE.search(lead) and first is None:
        return None
    m12, m24, noon = CLOCK_12.search(t.text), _CLOCK_24.search(t.text), _NOON.search(t.text)
    if m12 is not None and 1 <= int(m12.group(1)) <= 12:
        hour = int(m12.group(1)) % 12 + (12 if m12.group(3).casefold() == "p" else 0)
        minute, written, end = int(m12.group(2) or 0), m12.group(2) is not None, m12.end()
    elif m24 is not None:
        hour, minute, written, end = int(m24.group(1)), int(m24.group(2)), True, m24.end()
    elif noon is not None:
        hour, minute, written, end = 12, 0, False, noon.end()
    else:
        return None
    if minute > 59:
        return None
    at = hour * 60 + minute
    # the zone written right after the time ("9 a.m. PST"), in the expression or after it
    zone = _ZONE.match(t.text, end + 1) or (_ZONE.match(text, t.span.end + 1) if end == len(t.text) else None)
    written_zone = _zone(zone.group(1)) if zone else None
    if first is not None:
        # "between 9 and 10 p.m.", "2-3 a.m.": from the first to the second, the first in
        # the second's half of the day unless it says its own
        if first.group(4):  # "between noon and 2 p.m."
            low = 12 * 60
        else:
            low = int(first.group(1)) % 12 * 60 + int(first.group(2) or 0)
            low += 12 * 60 if (first.group(3) or (m12.group(3) if m12 is not None else "a")).casefold() == "p" else 0
        if not 0 <= at - low <= 12 * 60:
            return None
        return Clock(low, at, written_zone, text[first.start() + t.span.start - len(lead) : t.span.end])
    slack = 5 if written and minute not in (0, 30) else 15 if written else 30
    before, after = slack, slack
    lead = re.sub(r"\bat\s+$", "", lead)
    for pattern, less, more in _CLOCK_HEDGES:
        if pattern.search(lead):
            # "about 9:30" widens the time; "just after 6am" puts it in the half hour after
            before, after = (slack + less, slack + more) if less and more else (less, more)
            break
    else:
        if _OR_SO.match(tail):
            before, after = slack + 15, slack + 15
    return Clock(at - before, at + after, written_zone, t.text)


#: Expressions that give no one time: two times joined ("9:00-10:00 a.m.", "9 to 10
#: a.m."), or midnight, which ends one day and starts the next.
_NOT_ONE_TIME = re.compile(r"\d\s*(?:[-–]|\bto\b|\bor\b|\band\b)\s*\d|\bmidnight\b", re.IGNORECASE)
#: Before a time: the other end of a range or alternative ("9-", "between 9 and", "10
#: or"), or a bound ("as early as", "no later than", "until", "by").
_RANGE_BEFORE = re.compile(
    r"(?:\d\s*(?:[-–]|to|or|and)|\bnoon\s+(?:and|to|[-–])|\bbetween|\bfrom|\buntil|\btill|\bby|"
    r"\bas\s+(?:early|late|soon)\s+as|\bno\s+(?:earlier|later)\s+than)\s*$",
    re.IGNORECASE,
)
#: Before a time: the first end of a range of the same hours ("between 9 and", "from
#: 9 to", "2-", "between noon and"), its half of the day if written.
_FIRST_OF_RANGE = re.compile(
    r"(?:\bbetween|\bfrom)?\s*\b(?:(\d{1,2})(?:[:.](\d\d))?\s*(?:([ap])\.?\s?m\b\.?)?|(noon))\s*(?:and|to|[-–])\s*$",
    re.IGNORECASE,
)
#: After a time: the other end of a range ("9 a.m. to 5 p.m.", "9 a.m.-noon").
_RANGE_AFTER = re.compile(r"\s*(?:[-–]|to\b|or\b|and\b|until\b|till\b)\s*\d", re.IGNORECASE)
#: A time given again in another zone, in brackets after it ("9 a.m. (1400 GMT)").
_CONVERSION = re.compile(r"^\W{0,3}\(\s*\d", re.IGNORECASE)
#: A hedge written after a time: "9:30 or so".
_OR_SO = re.compile(r"\s*or\s+so\b", re.IGNORECASE)


def _zone(written: str) -> str:
    """One name for one zone: "GMT" and "UTC" are one."""
    return "UTC" if written in ("GMT", "UTC") else written.casefold() if written == "local time" else written


#: "just after", "shortly before": a time of day told approximately, not a bound
#: (unless a bound comes before it: "until shortly after 6am").
_APPROXIMATELY = re.compile(
    r"(?P<bound>\b(?:until|till|through|by|since|from|before|after)\s+)?"
    r"\b(?:just|shortly|soon|right|immediately|a few minutes)\s+(?:after|past|before)\s+$",
    re.I,
)


def _near_clock(text: str, att: Attachment) -> bool:
    """A time of day told as just before or just after ("shortly before 9pm on
    Friday", "just after 6am"): the time of the clause, not a bound of it."""
    m = _APPROXIMATELY.search(text, max(0, att.span.start - 40), att.span.start)
    return (
        m is not None
        and m.group("bound") is None
        and bool(CLOCK_12.search(att.text) or _CLOCK_24.search(att.text) or _NOON.search(att.text))
    )


#: Words of a time expression that name its day.
_DAY_WORDS = re.compile(r"\b(?:today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
#: The TIMEX3 value of a clock time on a day ("2025-05-02T12:45").
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
#: Words before a day that make it a bound or another event's, not the day a clause
#: happened on: "until Friday", "effective Friday", "ahead of Friday's deadline",
#: "48 hours after the Monday shooting", "the third since January 1".
_BOUNDS = r"until|till|through|thru|by|since|before|after|effective|from|ahead\s+of|due|as\s+of"
_NOT_THE_DAY = re.compile(rf"\b(?:{_BOUNDS})\s+(?:the\s+|this\s+|next\s+|last\s+|on\s+)?$", re.IGNORECASE)
#: A phrase of the clause that bounds it, with the days inside it ("ahead of a deadline on Friday").
_BOUND_PHRASE = re.compile(rf"(?:{_BOUNDS})\b", re.IGNORECASE)
#: Prepositions of an argument that tells where a clause happened ("at his home").
_WHERE = frozenset({"at", "in", "inside", "near", "outside"})


#: The word right before a day ("said Monday", "announced on Tuesday"), and the one
#: before it.
_WORD_BEFORE = re.compile(r"(?:\b(\w+)\s+)?(\w+)\s+(?:on\s+)?$")
#: Verbs of saying in a form that can be a tense ("say", "said", "says", "told",
#: "confirms", a form in -ed), and not after a determiner: "the state", "its report",
#: "a claim" are things.
_SAID_FORMS = re.compile(r"say|said|says|tell|told|tells|wrote|writes|\w+ed|\w+s", re.IGNORECASE)
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "annual", "first"})


def _fact_time(ctx: _Context, f: Fact, lemma: str) -> DateValue | None:
    """When a fact happened, if resolved, with its time of day (which may make
    two days one night). A day it was said on ("officials said Monday the
    quake killed 40") is that day or the day before: what is said on a day
    mostly happened then or the day before."""
    dv = _date_value(f.time) if f.time is not None else None
    if dv is None or f.time is None:
        return None
    if lemma not in SPEECH_VERBS and _said_on(ctx.ex.article.text, f.time.span):
        if dv.start != dv.end:
            return None
        return replace(dv, start=dv.start - timedelta(days=1), relative=False)
    return replace(dv, clock=clock_of(ctx.ex.article.text, f.time))


def _said_on(text: str, span: Span) -> bool:
    """A day written right after a verb of saying ("officials said Monday the
    quake killed 30", "announced on Tuesday it had bought"): when it was said.
    The parse often hangs it on the clause said, which did not happen then.
    Only a verb in a tense with no determiner before it ("its annual report
    on Monday", "the state on Monday" are things)."""
    m = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None or not _SAID_FORMS.fullmatch(m.group(2)) or (m.group(1) or "").casefold() in _DETERMINERS:
        return False
    return any(b in SPEECH_VERBS for b in meaning.base_forms(m.group(2).casefold(), "v"))


def _bound_day(text: str, att: Attachment, f: Fact) -> bool:
    """A day that bounds the clause, not the day it happened on: "in force until
    Friday", "resigned, effective Friday", "reopened ahead of Friday's deadline",
    "the third since January 1", or a day inside such a phrase of the clause
    ("ahead of a deadline on Friday")."""
    if _NOT_THE_DAY.search(text, max(0, att.span.start - 30), att.span.start) is not None:
        return True
    return any(a.span.contains(att.span) and _BOUND_PHRASE.match(a.text) for a in f.args)


def _modifier_day(text: str, att: Attachment, head: str) -> bool:
    """A day that modifies a thing, not an event: "a Friday deadline",
    "Friday's deadline" ("the Monday shooting", "Sunday's game" date events)."""
    modifier = att.relation.partition(":")[0] in ("compound", "amod") or _possessive(text, att)
    return modifier and not meaning.is_event(meaning.normalise(head))


def _event_day(text: str, att: Attachment, head: str) -> bool:
    """A day that modifies one past event, told by a noun after a bound that
    looks back ("after the Monday attack", "since Sunday's blast",
    "following the Friday vote"): it dates the event, which the bound puts
    before the clause, so a bare weekday is the one before publication. A
    bound that looks ahead ("before Sunday's race", "ahead of the Monday
    vote") may speak of an event to come, and a plural ("after the Friday
    prayers") of one that comes back."""
    modifier = att.relation.partition(":")[0] in ("compound", "amod") or _possessive(text, att)
    if not modifier or not meaning.is_event(meaning.normalise(head)):
        return False
    written = text[att.head_span.start : att.head_span.end].casefold()
    if written != head and written.endswith("s"):
        return False  # a plural: events that recur
    return _LOOKING_BACK.search(text, max(0, att.span.start - 30), att.span.start) is not None


#: A bound before an event noun's day that puts the event in the past.
_LOOKING_BACK = re.compile(r"\b(?:after|since|following)\s+(?:the\s+|last\s+)?$", re.IGNORECASE)


def _possessive(text: str, att: Attachment) -> bool:
    """A day written as a possessive: "Friday's deadline"."""
    return text.startswith("'s", att.span.end)


def _clock_only(t: TimeMention) -> bool:
    """A clock time that names no day of its own ("at 12:45 p.m.", not "9:30
    p.m. Tuesday" nor "yesterday at noon"): resolved, for want of a day, on
    the publication day."""
    if t.type != "TIME" or not t.value or not _CLOCK_VALUE.match(t.value):
        return False
    pd = partial_date(t.text)
    return not _DAY_WORDS.search(t.text) and (pd is None or (pd.weekday is None and pd.month is None))


def _clause_day(ctx: _Context, f: Fact, att: Attachment) -> DateValue | None:
    """The one day another time expression of the clause gives the word a clock
    time dates: "died at 12:45 p.m. at his home on Thursday". The day must date
    that same word, or hang on where the clause happened, which no day is of
    ("at his home on Thursday", "in Santa Rosa on Thursday"); not a bound ("until
    Friday", "effective Friday"), a possessive ("Friday's deadline"), a noun's
    modifier ("the Monday shooting", "a Friday deadline") or another word's
    ("a deadline on Friday")."""
    text = ctx.ex.article.text
    # where the clause happened: its place arguments and place values ("at his home", "in Santa Rosa")
    places = [x.head_span for x in f.args if x.role.partition(":")[2] in _WHERE]
    places += [x.span for x in f.attachments if x.kind == "place"]
    days: list[DateValue] = []
    for a in f.attachments:
        if a.kind != "date" or a is att or a.relation.partition(":")[0] not in ("obl", "nmod"):
            continue
        if a.head_span != att.head_span and not any(p.overlaps(a.head_span) for p in places):
            continue
        if _bound_day(text, a, f) or _possessive(text, a):
            continue
        t = ctx.times.get((a.span.start, a.span.end))
        dv = _date_value(t) if t is not None and not _clock_only(t) else None
        if dv is not None and one_day(dv):
            days.append(dv)
    return days[0] if len({(d.start, d.end) for d in days}) == 1 else None


def _dated_event(f: Fact, head: str, base: dict) -> tuple[str, str | None]:
    """What a date dates, and the event noun that names it, if any.

    A date the parse hangs on a noun that names no event ("fired coach Smith
    on Saturday", "in the gulf on Friday") dates the clause's predicate; an
    event noun keeps it ("the December 6 killing"). An occurrence verb with
    an event noun as subject ("the explosion occurred Friday", "a fire broke
    out"), or a fixed phrase of a verb and a bare event noun ("the store caught
    fire on Saturday"), is dated as that event."""
    pred = base["predicate"]
    usable = bool(pred) and pred not in LIGHT and (pred not in REPORTING or pred in ANNOUNCING)
    if head != pred and usable and not meaning.is_event(head) and head not in _noun_lemmas(f):
        head = pred
    if meaning.is_event(head) and (head != pred or pred in _noun_lemmas(f)):
        return head, head
    if head == pred and pred in OCCURRENCE_VERBS:
        subject = next((a.head for a in f.args if a.role == "subject" and not a.entity), None)
        noun = meaning.normalise(subject) if subject else ""
        if noun and meaning.is_event(noun):
            return head, noun
    if head == pred and (noun := _bare_event_object(f)):
        return head, noun  # "the store caught fire on Saturday": the fire's day
    return head, None


def _takes_place(f: Fact) -> bool:
    """Whether the clause says its subject will "take place", which the parse
    reads as "take" with a bare object "place"."""
    return meaning.normalise(f.lemma or f.predicate or "") == "take" and any(
        a.role == "object" and a.text.casefold() == "place" for a in f.args
    )


#: Fixed phrases of a verb and a bare event noun that tell the event began: the
#: day of the phrase is the event's ("the store caught fire on Saturday"). Not
#: phrases of what did not happen or was only feared, ordered or avoided
#: ("feared attack", "avoided arrest", "ordered evacuation", "drew fire").
EVENT_PHRASES = frozenset({("catch", "fire"), ("set", "fire")})


def _bare_event_object(f: Fact) -> str:
    """The event noun a verb takes as a bare object, with no determiner or
    modifier, in a fixed phrase that tells the event began (:data:`EVENT_PHRASES`:
    "caught fire", "set fire to"), or ""."""
    obj = next((a for a in f.args if a.role == "object" and not a.entity), None)
    if obj is None or obj.text.casefold() != obj.head.casefold():
        return ""
    noun = meaning.normalise(obj.head)
    return noun if (meaning.normalise(f.lemma or f.predicate or ""), noun) in EVENT_PHRASES else ""


def _birth(ctx: _Context, f: Fact, att: Attachment, base: dict) -> SlotClaim | None:
    """A birth date of a named person ("Reyes was born on June 1, 1963"), as a
    claim of the person's age slot: it is compared with the ages other
    articles give, each as of its publication date."""
    t = ctx.times.get((att.span.start, att.span.end))
    dv = _date_value(t) if t is not None else None
    who = next((a.entity for a in f.args if a.entity and a.role in ("object", "subject")), None)
    if t is None or dv is None or who is None or dv.granularity not in ("day", "month", "year"):
        return None
    return _claim(
        "age", base, att.text, att.span, f"born {t.value or dv.start.isoformat()}", t.how or f"born '{att.text}'", dv,
        topic="age", noun="age", noun_classes=frozenset({"age"}), role="age of @" + who,
        anchors=frozenset({"@" + who}), entities=frozenset({who}), time=None,
    )  # fmt: skip


def _slug(s: str) -> str:
    return slug(s)  # as entity ids are made ("N.C." -> "n-c")


def _holder(f: Fact, lemma: str, anchors: set[str], base: dict) -> SlotClaim | None:
    """A role and its holder: a copular clause whose subject is a named entity
    and whose complement is a role noun made unique by an ordinal ("the first
    customer") or an ``of`` entity ("the manager of Y")."""
    subj = next((a for a in f.args if a.role == "subject" and a.entity), None)
    if subj is None or subj.entity is None or not lemma or lemma in LIGHT or f.polarity != "positive":
        return None
    if lemma not in _noun_lemmas(f) and not meaning.classes(lemma, "n"):
        return None
    if meaning.classes(lemma, "v") and lemma not in _noun_lemmas(f):
        return None  # a verb, not a role noun
    ordinal = next((a for a in f.attachments if a.kind == "ordinal" and a.head.casefold() == lemma), None)
    of = next((a for a in f.args if a.role == "obl:of" and a.entity), None)
    if ordinal is None and of is None:
        return None
    role = " ".join(x for x in ((ordinal.text.casefold() if ordinal else ""), lemma) if x)
    if of is not None:
        role += f" of @{of.entity}"
    rest = frozenset(a for a in anchors if a != "@" + subj.entity)
    return _claim(
        "holder", base, subj.text, subj.span, subj.entity, f"'{subj.text}' is the {role}", subj.entity,
        topic=role, noun=lemma, noun_classes=word_classes(lemma, "n"), role=role,
        anchors=rest, entities=_ents(rest), time=_date_value(f.time) if f.time is not None else None,
    )  # fmt: skip


def _quote_claims(ctx: _Context) -> Iterator[SlotClaim]:
    facts_by_sentence: dict[int, list[Fact]] = {}
    for f in ctx.ex.facts:
        facts_by_sentence.setdefault(f.sentence, []).append(f)
    for q in ctx.ex.quotes:
        yield _quote_claim(ctx, q, facts_by_sentence.get(q.sentence, []))


def _speaker_shown(ex: Extraction, q: Quote) -> str:
    """The speaker as a reader knows them: the longest name the article gives
    the resolved speaker, the speaker as written unless a pronoun ("he"), or
    "the speaker"; never a bare pronoun or an entity id."""
    if q.speaker:
        names = [m.text for m in ex.entities if m.entity == q.speaker and m.text.casefold() not in STAND_INS]
        return max(names, key=lambda t: (len(t), t)) if names else q.speaker.replace("-", " ").title()
    written = " ".join((q.speaker_text or "").split())
    return written if written and written.casefold() not in STAND_INS else "the speaker"


def _quote_claim(ctx: _Context, q: Quote, facts: list[Fact]) -> SlotClaim:
    reporter = None
    for f in facts:
        if f.attribution.via is not None and f.span.overlaps(q.span):
            reporter = f.attribution.via.source
    speaker = q.speaker  # a resolved entity; the speaker as written is only shown
    line = ctx.ex.article.line_of(q.span.start)
    how = f"quoted words of {_speaker_shown(ctx.ex, q)}" + (f", as reported by {reporter}" if reporter else "")
    anchors = frozenset({"@" + speaker} if speaker else set())
    words = sorted({w for w in quote_words(q.text) if w.isalpha() and w not in STOPWORDS})
    return SlotClaim(
        id=claim_id(q.article, "quote", q.span.start),
        slot="quote",
        article=q.article,
        fact="",
        sentence=q.sentence,
        line=line,
        span=q.span,
        value=q.text,
        value_span=q.span,
        normalized=" ".join(q.text.split()),
        how=how,
        payload=q.text,
        topic="quotation",
        predicate=q.cue or "say",
        pred_classes=frozenset(),
        noun="quotation",
        noun_classes=frozenset(words),
        role="words",
        entities=frozenset({speaker} if speaker else set()),
        anchors=anchors,
        source=speaker,
        in_quote=True,
        published=ctx.published,
        extra=(("reporter", reporter or ""), ("speaker_text", " ".join((q.speaker_text or "").casefold().split()))),
    )


#: A number between commas right after a name: "Gary Gomes, 35, of New Bedford". Not
#: the first group of a number written with thousands ("Ana Ruiz, 5,210 votes", or "5, 210"
#: as a tokenised corpus writes it), nor the first of a run of numbers ("Reyes, 5, 7 and 9").
_APPOSED_AGE = re.compile(r"\s*,\s*([1-9]\d{0,2})\s*,(?!\d|\s*\d{3}\b|\s*\d{1,3}\s*(?:,|and\b|or\b))")
#: A name another noun holds, up to a few words of title or a first conjunct after
#: "of" ("the son of Tom Reyes, 12,", "the son of former mayor Tom Reyes, 12,", "the
#: daughter of Tom Reyes and Ana Ruiz, 12,"). (Not a name after a possessive: "Ana
#: Ruiz's son Tom Reyes, 12," and "Northvale's Tom Reyes, 45," are the named one's ages.)
_HELD_NAME = re.compile(r"\bof\s+(?:[\w.'\u2019-]+\s+){0,3}(?:(?:and|&)\s+(?:[\w.'\u2019-]+\s+){0,3})?$")
#: The number that ends the list item before a name ("1, Tom Reyes, 2,"), and the one
#: after the next name ("Nadal, 1, Federer, 2,"): ranks or places counted up, not ages.
_NUMBER_BEFORE = re.compile(r"\b(\d{1,3})\s*[,.):]\s*$")
_NUMBER_AFTER_NEXT = re.compile(r"\s*(?:[A-Z][\w.'\u2019-]*\s*){1,4},\s*(\d{1,3})\s*[,.;]")


def _ranked(text: str, m_start: int, after: int, age: int, since: int) -> bool:
    """Whether the number beside a name counts up a list ("Results: 1, Tom
    Reyes, 2, Ana Ruiz, 3", "Seeds: Nadal, 1, Federer, 2"): the item before
    ends with the number one less, or the next name has the number one more."""
    before = _NUMBER_BEFORE.search(text, since, m_start)
    nxt = _NUMBER_AFTER_NEXT.match(text, after)
    return (before is not None and int(before.group(1)) == age - 1) or (
        nxt is not None and int(nxt.group(1)) == age + 1
    )


def _apposed_ages(ctx: _Context, taken: set[Span | None]) -> Iterator[SlotClaim]:
    """The age in apposition to a person's name ("Gary Gomes, 35, of New
    Bedford pleaded not guilty"), read from the text beside the mention when
    no clause of the sentence gave it (``taken``: the value spans of the
    article's age claims): a misread sentence keeps the age it tells. Not
    the age of a name another noun holds (:data:`_HELD_NAME`: "the son of
    Tom Reyes, 12,"), a record ("Reyes, 45-7-2,": no comma after the first
    number), a number written with thousands or the first of a run of
    numbers (:data:`_APPOSED_AGE`: "Ana Ruiz, 5,210 votes", "Reyes, 5, 7 and
    9"), a rank of a list counted up (:func:`_ranked`: "1, Tom Reyes, 2, Ana
    Ruiz, 3"), nor a number over 120; marked as maybe of back then
    (:data:`AGE_BACK_THEN`) in a sentence that holds a time years before
    publication, which no birth date checks
    (:func:`~.align._compare_age_claims`), and given the latest such year
    (:data:`AGE_THEN_YEAR`; in an undated article, of a time that is a year
    alone) unless the sentence also tells of now."""
    text = ctx.ex.article.text
    for m in ctx.ex.entities:
        if m.type != "person" or m.how == "apposition":
            continue
        hit = _APPOSED_AGE.match(text, m.span.end)
        if hit is None or not 0 < int(hit.group(1)) <= 120:
            continue
        vspan = Span(start=hit.start(1), end=hit.end(1))
        sentence = _sentence_at(ctx, m.span.start)
        if vspan in taken or sentence is None or hit.end() > sentence.span.end:
            continue
        since = max(sentence.span.start, m.span.start - 60)
        if _HELD_NAME.search(text, since, m.span.start) or _ranked(
            text, m.span.start, hit.end(), int(hit.group(1)), since
        ):
            continue
        taken.add(vspan)
        age = int(hit.group(1))
        years = [
            when.end.year
            for t in _sentence_times(ctx, sentence)
            if (when := _date_value(t)) is not None and (_years_back(ctx, when) or _undated_years_back(ctx, when))
        ]
        yield SlotClaim(
            id=claim_id(ctx.ex.article.id, "age", "apposed", vspan.start),
            slot="age",
            article=ctx.ex.article.id,
            fact="",
            sentence=sentence.index,
            line=ctx.ex.article.line_of(m.span.start),
            span=Span(start=m.span.start, end=hit.end(1)),
            value=hit.group(1),
            value_span=vspan,
            normalized=str(age),
            how=_age_how(ctx, text[m.span.start : hit.end(1)], age),
            payload=age,
            topic="age",
            predicate="",
            pred_classes=frozenset(),
            noun="age",
            noun_classes=frozenset({"age"}),
            role="age of @" + m.entity,
            entities=frozenset({m.entity}),
            anchors=frozenset({"@" + m.entity}),
            subject="@" + m.entity,
            published=ctx.published,
            extra=_back_then(
                max(years), dated=ctx.published is not None, now=_recent_time_in_sentence(ctx, m.span.start)
            )
            if years
            else (),
        )


def _title_claims(ctx: _Context) -> Iterator[SlotClaim]:
    """Holder claims from the titles beside names (:mod:`.titles`): who holds a
    head role of a named organisation, and which title a person holds."""
    heads = set(HEAD_ROLES.values())
    for t in titles_of(ctx.ex):
        for role in t.roles:
            if role in heads and t.org:
                key = f"{role} of @{t.org}"
                yield _title_claim(ctx, t, "holder", key, t.holder, frozenset({"@" + t.org}), role)
        yield _title_claim(
            ctx, t, "title", f"title of @{t.holder}", ",".join(t.roles) + "|" + (t.org or ""),
            frozenset({"@" + t.holder}), "title",
        )  # fmt: skip


def _title_claim(
    ctx: _Context, t: Title, what: str, role: str, payload: str, anchors: frozenset[str], noun: str
) -> SlotClaim:
    text = ctx.ex.article.text
    start = min(t.span[0], t.holder_span[0])
    end = max(t.span[1], t.holder_span[1])
    sentence = _sentence_at(ctx, start)
    if what == "holder":
        value, vspan = text[t.holder_span[0] : t.holder_span[1]], Span(start=t.holder_span[0], end=t.holder_span[1])
        how = f"'{text[start:end]}': the {role} is {value}"
    else:
        value, vspan = text[t.span[0] : t.span[1]], Span(start=t.span[0], end=t.span[1])
        how = f"'{text[start:end]}': a title of {text[t.holder_span[0] : t.holder_span[1]]}"
    return SlotClaim(
        id=claim_id(ctx.ex.article.id, "holder", what, start, role),
        slot="holder",
        article=ctx.ex.article.id,
        fact="",
        sentence=sentence.index if sentence is not None else 0,
        line=ctx.ex.article.line_of(start),
        span=Span(start=start, end=end),
        value=value,
        value_span=vspan,
        normalized=payload if what == "holder" else " and ".join(t.roles) + (f" of {t.org}" if t.org else ""),
        how=how,
        payload=payload,
        topic=role if what == "holder" else "the " + role,
        predicate="",
        pred_classes=frozenset(),
        noun=noun,
        noun_classes=word_classes(noun, "n") if what == "holder" else frozenset({"title"}),
        role=role,
        entities=frozenset(a[1:] for a in anchors),
        anchors=anchors,
        subject="@" + t.holder if what == "title" else None,
        published=ctx.published,
    )
