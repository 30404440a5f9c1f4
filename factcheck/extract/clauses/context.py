"""Shared vocabulary of the fact reader (reporting verbs and the like), fact ids, and the parsed sentence a fact is read from (SentenceContext)."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ...knowledge.base import Knowledge
from ...model.models import (
    Attribution,
    EntityMention,
    Negation,
    Quantity,
    Sentence,
    Span,
    TimeMention,
)
from ...text.words import ORDINAL_WORDS

#: Lemmas of verbs that report speech or a claim.
REPORTING = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "claim",
        "announce",
        "confirm",
        "report",
        "note",
        "insist",
        "argue",
        "write",
        "explain",
        "warn",
        "acknowledge",
        "deny",
        "admit",
        "assert",
        "declare",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "indicate",
        "suggest",
        "reply",
        "respond",
        "tweet",
        "post",
        "testify",
        "allege",
        "maintain",
        "predict",
        "promise",
        "vow",
        "recall",
        "disclose",
        "reveal",
        "estimate",
        "conclude",
        "observe",
        "remark",
        "caution",
        "concede",
        "complain",
        "joke",
        "quip",
        "answer",
        "ask",
        "inform",
    ]
)
#: Source nouns that make an attribution a document ("a statement from X said").
_DOCUMENTS = frozenset(
    [
        "statement",
        "readout",
        "memo",
        "report",
        "summary",
        "release",
        "post",
        "letter",
        "filing",
        "transcript",
        "document",
    ]
)
_ANONYMOUS = frozenset(["anonymous", "unnamed", "familiar", "condition"])
_RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
_WH = frozenset({"where", "when", "while", "whereas", "as", "because", "if"})
_NOT_PREDICATE_DEPS = frozenset(
    {"aux", "aux:pass", "auxpass", "amod", "compound", "case", "mark", "fixed", "det", "cop", "flat"}
)
_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj", "csubj", "csubj:pass", "root", "ROOT"}
)
_NOUN_PHRASE_DEPS = frozenset(
    {"det", "amod", "compound", "nmod:poss", "nummod", "flat", "flat:name", "advmod:emph", "fixed"}
)
_NOT_LOCATIVE = frozenset(
    {"nsubj", "nsubj:pass", "csubj", "obj", "dobj", "iobj", "conj", "appos", "list", "parataxis", "ROOT", "root"}
)
_CORE_DEPS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp", "obl", "obl:tmod", "obl:npmod", "nsubj"})
_NESTED = frozenset({"acl", "acl:relcl", "relcl", "appos", "parataxis"})
_HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as", "no more than",
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "just over",
    "just under", "close to", "in excess of", "upwards of", "well over", "well under", "just shy of",
)  # fmt: skip
_ORDINAL_WORDS = {w: str(n) for n, w in enumerate(ORDINAL_WORDS, 1)} | {"last": "last"}
_MEASURE_WORDS = frozenset({"percent", "dollar", "cent", "billion", "million", "trillion", "thousand", "hundred"})
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
#: An age in words: "sixty", "twenty-three", "two".
_AGE_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\u2010\u2011 ]?"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)"
)
_AGE_RE = re.compile(
    rf"\b(\d{{1,3}}|{_AGE_WORDS}) ?[-\u2010\u2011 ] ?years?(?: ?[-\u2010\u2011 ] ?| )old\b", re.IGNORECASE
)
#: An age told with "aged" or "age": "Smith, aged 61,", "Smith, age 61,", "died at the age of 61", "at age 61".
_AGED_RE = re.compile(
    r"\b(?:aged\s+|(?<=,\s)age\s+|at\s+(?:the\s+)?age\s+(?:of\s+)?)(\d{1,3})\b(?!\s*(?:%|percent|per cent))",
    re.IGNORECASE,
)


NO_ATTRIBUTION = Attribution()
#: Verbs whose object event noun takes the clause's date ("held a meeting on Monday").
_LIGHT_VERBS = frozenset(
    [
        "have",
        "hold",
        "make",
        "take",
        "get",
        "do",
        "receive",
        "conduct",
        "place",
        "schedule",
        "host",
        "join",
        "begin",
        "end",
    ]
)


def fact_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


@dataclass
class SentenceContext:
    """What a sentence's facts are read against."""

    article: str
    text: str
    sentence: Sentence
    doc: Doc
    base: int
    entity_of: dict[int, EntityMention]  # token index -> entity mention
    pronoun_of: dict[int, tuple[str, ...]]  # token index -> resolved entity ids
    times: Sequence[TimeMention]
    quantities: Sequence[Quantity]
    places: Sequence[EntityMention]
    quote_spans: Sequence[tuple[int, int]]
    knowledge: Knowledge
    negations: list[Negation] = field(default_factory=list)
    tokens: list[Token] = field(init=False)
    starts: list[int] = field(init=False)  # character offset of each token in the sentence
    heads: list[int] = field(init=False)
    _spans: dict[tuple[int, int], Span] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        self.starts = [t.idx for t in self.tokens]
        self.heads = [t.head.i for t in self.tokens]

    def span(self, start: int, end: int) -> Span:
        """One shared :class:`Span` object per character range of the sentence
        (facts of one sentence point at the same words many times)."""
        key = (start, end)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = Span(start=start, end=end)
        return found

    def token_range(self, span: Span) -> range:
        """Indices of the tokens that start inside an article span."""
        a = bisect.bisect_left(self.starts, span.start - self.base)
        b = bisect.bisect_left(self.starts, span.end - self.base)
        return range(a, b)
