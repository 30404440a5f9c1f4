"""Frozen data models that flow through the pipeline.

article -> sentences -> mentions -> facts -> events/graph -> findings -> report

Every object that comes from text keeps its article id and a character span
into ``Article.text`` (the whole file as decoded, front matter included), so
that line numbers, SARIF regions and HTML highlights are derived, not stored
twice.
"""

from __future__ import annotations

import hashlib
from datetime import date
from enum import Enum, StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator

_FIELDS_SETS: dict[frozenset[str], set[str]] = {}


class Frozen(BaseModel):
    """An immutable model. Instances with the same set of explicitly given
    fields share one ``__pydantic_fields_set__`` (a set per instance costs
    more memory than a small model's values; ``model_copy`` copies it before
    changing it, so sharing is safe)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    def model_post_init(self, context: object, /) -> None:
        given = self.__pydantic_fields_set__
        shared = _FIELDS_SETS.setdefault(frozenset(given), given)
        if shared is not given:
            object.__setattr__(self, "__pydantic_fields_set__", shared)


class Span(Frozen):
    """Half-open character range ``[start, end)`` into ``Article.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def slice(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


# --------------------------------------------------------------------------- articles

DateSource = Literal["front_matter", "text", "none"]


class Article(Frozen):
    id: str
    path: str
    text: str
    body_start: int = 0
    published: date | None = None
    published_source: DateSource = "none"
    published_note: str = ""
    #: The day the text's own dateline gives ("Published: July 29, 2004") when
    #: it is more than a day from the front matter's, which still dates the article.
    dateline: date | None = None
    outlet: str | None = None
    title: str | None = None
    meta: dict[str, str] = Field(default_factory=dict)
    sha256: str = ""

    def line_of(self, offset: int) -> int:
        """1-based line number in the file of a character offset."""
        return self.text.count("\n", 0, offset) + 1

    def digest(self) -> str:
        """The SHA-256 of the file, or of the text when the article was not read from a file."""
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class Sentence(Frozen):
    article: str
    index: int
    span: Span
    line: int
    text: str  # verbatim slice of the article text (may hold line breaks)
    furniture: bool = False  # page furniture: yields no facts


# --------------------------------------------------------------------------- mentions

Granularity = Literal["time", "day", "week", "month", "quarter", "season", "year", "decade", "unknown"]


class TimeMention(Frozen):
    """A time expression and what it resolves to.

    ``value`` is a TIMEX3-style value: ``2025-03-28``, ``2025-03``, ``2025-W14``,
    ``2025``, ``PRESENT_REF``, ``P2D`` (durations) or ``None`` when unresolved.
    ``start``/``end`` give the inclusive calendar range for dates, so two
    mentions can be compared for overlap whatever their granularity.
    """

    article: str
    span: Span
    text: str
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = None
    granularity: Granularity = "unknown"
    start: date | None = None
    end: date | None = None
    relative: bool = False
    how: str = ""  # human explanation: "'Friday' (published Fri 2025-03-28) -> 2025-03-28"
    unresolved_reason: str | None = None


class Quantity(Frozen):
    article: str
    span: Span
    text: str
    value: float
    unit: str  # "percent", "USD", "CAD", "count", or a noun such as "seats"
    normalized: str  # canonical text used for comparison: "25 percent", "USD 1300000000"
    how: str = ""


class EntityMention(Frozen):
    article: str
    span: Span
    text: str
    entity: str  # canonical entity id, e.g. "jane-roe"
    type: str = "name"  # person | organization | place | other | name (unknown)
    how: str = ""  # "alias", "fuzzy 93", "title", "pronoun"


class Quote(Frozen):
    article: str
    span: Span  # span of the quoted words, without the quote marks
    text: str
    speaker: str | None = None  # canonical entity id when resolved
    speaker_text: str | None = None  # the speaker as written
    speaker_span: Span | None = None
    cue: str | None = None  # "said", "wrote", "reads"
    sentence: int = 0


class Negation(Frozen):
    article: str
    span: Span  # the cue
    text: str
    scope: Span  # the words it governs


Polarity = Literal["positive", "negative"]


class Attribution(Frozen):
    """Who a clause is reported by.

    ``via`` keeps nested reports nested: in "A said B told him 'let's make a
    deal'" the words are B's (``source``), reported by A (``via`` holds A's
    attribution). ``span`` is the source phrase, ``cue_span`` the reporting verb.
    """

    source: str | None = None  # canonical entity id, or the source as written
    source_text: str | None = None
    cue: str | None = None  # reporting verb lemma or phrase: "say", "tell", "according to", "confirm"
    kind: Literal["direct", "reported", "anonymous", "document", "none"] = "none"
    span: Span | None = None
    cue_span: Span | None = None
    via: Attribution | None = None  # the outer reporter of a nested report


# --------------------------------------------------------------------------- facts and events

Modality = Literal["actual", "possible", "expected", "planned", "hypothetical", "question"]
AttachmentKind = Literal["number", "date", "place", "age", "ordinal", "score"]


class Argument(Frozen):
    """One argument of a clause's predicate, read from the dependency tree.

    ``role`` is the grammatical role after voice is undone: ``subject`` (the
    doer: nsubj, or the by-phrase of a passive), ``object`` (obj, or nsubj:pass),
    ``iobj``, ``attr`` (copular complement), ``obl:<preposition>`` (obliques keep
    their preposition: ``obl:in``, ``obl:on``, ``obl:to``), ``ccomp``/``xcomp``
    (clausal complements), ``appos``.
    """

    role: str
    text: str  # the argument phrase, verbatim
    span: Span
    head: str  # lemma of the phrase's head word ("passenger", "contract")
    head_span: Span
    entity: str | None = None  # canonical entity id when the phrase is, or is headed by, an entity mention
    entity_type: str | None = None  # person | organization | place | other
    pos: str = ""  # the head word's universal part of speech ("ADJ" of "was ill")


class Measure(Frozen):
    """What a start date is the start of ("a 25% tariff on autos, effective
    May 3"): what it applies to and what tells it apart from another measure of
    its kind."""

    applies_to: tuple[str, ...]  # lemmas (or "@id") of what it applies to: ("auto",)
    details: tuple[str, ...] = ()  # other nouns and names of that phrase: "smoking in bars" -> ("bar",)
    qualities: tuple[str, ...] = ()  # adjectives on what it applies to: "electric cars" -> ("electric",)
    kinds: tuple[str, ...] = ()  # words that make it a kind of its noun: "export duty" -> ("export",)
    rate: str | None = None  # the rate it is told with: "25 percent"
    by: str | None = None  # who makes it: "@westshire" of "Westshire's tariffs" (or "westshirean")


class Attachment(Frozen):
    """A value attached to what it describes: a number to the noun it counts or
    measures ("120 passengers", "a $3 billion contract"), an age in apposition
    ("Smith, 61,"), a date to the verb or event noun it dates, a place to its
    verb or noun ("in Mobile, Alabama")."""

    kind: AttachmentKind
    text: str  # the value as written
    span: Span
    value: str | None = None  # normalised: Quantity.normalized, TimeMention.value, place entity id, age in years
    head: str  # lemma of the word the value describes (noun counted, verb dated, ...)
    head_span: Span
    relation: str = ""  # how it attaches: "nummod", "compound", "appos", "obl:in", "obl:tmod", "amod", ...
    unit: str | None = None  # numbers: the quantity's unit ("percent", "USD", "count")
    hedge: str | None = None  # "about", "more than", "nearly", "at least", "up to"
    place_within: tuple[
        str, ...
    ] = ()  # places: the containing places the text shows ("Mobile, Alabama" -> ("Alabama",))
    period: str | None = None  # numbers: the part of a period they are told for ("1 half", "last 24 hour")
    sides: tuple[str, ...] = ()  # scores: the entity ids of the sides the result word names
    measure: Measure | None = None  # start dates: what starts to apply that day


class Fact(Frozen):
    id: str
    article: str
    sentence: int
    line: int
    span: Span
    subject: str | None
    predicate: str
    object: str
    entities: tuple[str, ...] = ()
    time: TimeMention | None = None
    quantities: tuple[Quantity, ...] = ()
    polarity: Polarity = "positive"
    negation: Negation | None = None
    attribution: Attribution = Attribution()
    event_type: str | None = None
    trigger: str | None = None
    trigger_span: Span | None = None
    participants: tuple[str, ...] = ()  # people taking part in the event, canonical ids
    definite: bool = False  # "the call": refers back to an event mentioned before
    text: str = ""  # the clause, verbatim
    in_quote: bool = False
    # Read from the parse (the dependency tree of the shipped spaCy pipeline):
    lemma: str = ""  # predicate lemma; phrasal verbs joined: "step down"; copular clauses: the complement's head
    predicate_span: Span | None = None  # the predicate's head word
    voice: Literal["active", "passive"] = "active"
    args: tuple[Argument, ...] = ()
    modality: Modality = "actual"
    modality_cue: str | None = None  # "expected to", "would", "plans to", "may"
    attachments: tuple[Attachment, ...] = ()
    parent: str | None = None  # id of the fact whose clause embeds this one (reported clauses, relative clauses)


class Extraction(Frozen):
    """Everything extracted from one article: the unit that is cached."""

    article: Article
    sentences: tuple[Sentence, ...]
    entities: tuple[EntityMention, ...] = ()
    times: tuple[TimeMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    negations: tuple[Negation, ...] = ()
    facts: tuple[Fact, ...] = ()
    error: str | None = None  # set when extraction failed: the article was not checked


class Event(Frozen):
    """A cluster of event mentions believed to be one real-world event."""

    id: str
    type: str
    participants: tuple[str, ...]
    facts: tuple[str, ...]  # fact ids
    articles: tuple[str, ...]
    date: str | None = None  # resolved date (ISO) when the mentions agree
    why: str = ""  # why these mentions were clustered together


# --------------------------------------------------------------------------- findings


class Severity(StrEnum):
    """How much a finding matters, most severe first: the one table of ranks.

    A rule's ``severity`` is what its contradictions get; its other findings
    (see :data:`Label`) are ``info`` unless the rule's options say otherwise.
    ``check --fail-on`` compares with :meth:`at_least`. The values are the
    strings the report schema allows."""

    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        """0 for the most severe; the order of declaration above."""
        return _SEVERITY_ORDER.index(self)

    def at_least(self, other: Severity | str) -> bool:
        """As severe as ``other`` or more."""
        return self.rank <= Severity(other).rank


_SEVERITY_ORDER: tuple[Severity, ...] = tuple(Severity)

Label = Literal["contradiction", "possible", "later update", "different events"]
"""What kind of disagreement a finding is: a *contradiction* (confident: both
cannot be true), *possible* (the evidence that it is one thing, or that it
differs, is weak), a *later update* (a later article supersedes an earlier
figure or "has not yet"), *different events* (the values belong to two events)."""

Category = Literal["date", "number", "quote", "attribution", "polarity", "incompatible", "other"]


class Claim(Frozen):
    """One side's evidence: where it is, what it says, and what it means."""

    article: str
    line: int
    text: str  # the sentence, verbatim
    span: Span  # the sentence span
    value: str | None = None  # the value as written ("Friday")
    value_span: Span | None = None
    normalized: str | None = None  # "2025-03-28"
    how: str = ""  # how the value was normalised
    side: str = "a"  # which side of the disagreement
    outlet: str | None = None
    published: str | None = None


class Finding(Frozen):
    """One disagreement. ``category`` says what differs (a date, a number, a
    quotation...); the JSON report also carries it as ``kind``, the field the
    report schema requires, and a report read back from JSON gives ``kind``."""

    id: str
    rule: str
    name: str
    category: Category
    severity: Severity
    message: str
    claims: tuple[Claim, ...]
    conclusion: str = ""  # what the engine concluded ("two calls, not one")
    settle: str = ""  # what would settle it
    confidence: Literal["conflict", "possible"] = "conflict"  # "conflict" exactly when label is "contradiction"
    event: str | None = None
    label: Label = "contradiction"

    @model_validator(mode="before")
    @classmethod
    def _kind_is_category(cls, data: Any) -> Any:
        if isinstance(data, dict) and "kind" in data:
            data = dict(data)
            kind = data.pop("kind")
            data.setdefault("category", kind)
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def kind(self) -> Category:
        """The report schema's name for :attr:`category`."""
        return self.category


class ArticleSummary(Frozen):
    id: str
    path: str
    published: str | None
    published_source: DateSource
    published_note: str = ""
    outlet: str | None = None
    title: str | None = None


class SkippedFile(Frozen):
    """An input file that was not checked, and why (also one of the notes)."""

    path: str
    line: int | None = None
    reason: str


class Report(Frozen):
    version: str
    articles: tuple[ArticleSummary, ...]
    findings: tuple[Finding, ...]
    events: tuple[Event, ...] = ()
    notes: tuple[str, ...] = ()  # loader notes: inferred dates, files not checked, ...
    skipped: tuple[SkippedFile, ...] = ()  # every input file that was not checked


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    html = "html"
    github = "github"
