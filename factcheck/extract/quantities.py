"""Numbers with their units: percentages, money and counts of things.

:func:`extract_quantities` finds the numbers a news article states as facts and
normalises them so that two articles can be compared:

* percentages: "25%", "25 per cent", "25-per-cent", "25 percent", "25 pct",
  "two per cent", "twenty-five per cent" -> unit ``percent``, normalized
  ``"25 percent"``; "3 percentage points" -> unit ``percentage point``;
* money: "$1.3 billion", "$1.3-billion", "US$5 million", "C$10", "CAD 5",
  "€3m", "125 billion dollars", "50 cents" -> unit ``USD``/``CAD``/``EUR``/
  ``GBP``/... and the value in units (1.3e9), normalized ``"USD 1300000000"``.
  A bare ``$`` stays ``$``: the currency is ambiguous (a paper's dollars
  are usually its own country's) and ``how`` says so;
* counts with a noun: "169 seats", "three people", "2,000 auto workers",
  "1.5 million barrels" -> unit = the singular of the noun (``seat``),
  normalized ``"169 seat"``; a scaled number with no noun ("40 million") is a
  ``count``.

Numbers written in words are read too (one .. ninety-nine, hundred, thousand,
million, billion, trillion, "a dozen", "half a million", "two and a half").

Not quantities: years ("in 2025", "November 2024 election"), day numbers in
dates ("March 28", "28 March", "March 28th"), ordinals ("51st"), times
("10 a.m.", "10:30"), phone numbers, version numbers, hex hashes, numbers glued
to words ("G7", "COVID-19") or inside URLs, bare numbers without a unit, and
idioms ("one of the ...", "no one", "someone", "one day").

Every :class:`~factcheck.model.models.Quantity` keeps the exact span it was read
from and a ``how`` that shows the normalisation: ``"'25 per cent' -> 25 percent"``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal

from ..model.models import Quantity, Span

__all__ = [
    "DOLLAR_CURRENCIES",
    "comparable",
    "extract_quantities",
    "format_value",
    "same_quantity",
    "singular",
    "unit_match",
]

# --------------------------------------------------------------------------- vocabulary

_UNITS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMBER_WORDS = (
    frozenset(_UNITS)
    | frozenset(_TENS)
    | frozenset(_TEENS)
    | frozenset(_SCALES)
    | {"hundred", "dozen", "half", "a", "an", "and"}
)
_WORD_START = re.compile(
    r"(?<![\w\-’'])(?:"
    + "|".join(sorted(set(_UNITS) | set(_TEENS) | set(_TENS) | {"a", "an", "half"}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_WORD_TOKEN = re.compile(r"[A-Za-z]+")

# Scale abbreviations accepted only right after an amount of money ("€3m", "$5bn").
_MONEY_ABBR = {
    "k": 10**3,
    "K": 10**3,
    "m": 10**6,
    "M": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mil": 10**6,
    "b": 10**9,
    "B": 10**9,
    "bn": 10**9,
    "bln": 10**9,
    "bil": 10**9,
    "tn": 10**12,
    "T": 10**12,
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b")
_TIME_AFTER = re.compile(r"\s*(?:[ap]\.\s?m\.?|[ap]m\b|[AP]M\b|o['’]clock\b|h\d\d\b)", re.IGNORECASE)
_YEAR_PRE = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "of",
        "during",
        "before",
        "after",
        "to",
        "through",
        "the",
        "a",
        "an",
        "this",
        "last",
        "next",
        "that",
        "circa",
        "early",
        "late",
        "mid",
        "fiscal",
        "around",
    ]
)

# Currency written before the number. Single letters and short prefixes must
# touch the symbol ("C$10", "A$5"); "US $5" may have a space.
_PREFIX_SYMBOL = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>US|U\.S\.|USD|CAD|CDN|Cdn|CA|C|AUD|AU|A|NZ|HK|S)(?P<sp>\s?))?(?P<sym>[$€£¥])\s?$"
)
_PREFIX_CODE = re.compile(r"(?<![A-Za-z])(?P<code>USD|CAD|EUR|GBP|AUD|JPY|CHF|CNY|NZD|HKD|MXN)\s?$")
_SYMBOL_CODE = {
    "US": "USD",
    "U.S.": "USD",
    "USD": "USD",
    "CAD": "CAD",
    "CDN": "CAD",
    "Cdn": "CAD",
    "CA": "CAD",
    "C": "CAD",
    "AUD": "AUD",
    "AU": "AUD",
    "A": "AUD",
    "NZ": "NZD",
    "HK": "HKD",
    "S": "SGD",
}
_SYMBOL_UNIT = {"$": "$", "€": "EUR", "£": "GBP", "¥": "JPY"}
_TIGHT_CODES = frozenset({"CA", "C", "AU", "A", "NZ", "HK", "S"})

_SUFFIX_CODE = re.compile(r"^\s?(?P<code>USD|CAD|EUR|GBP|AUD|JPY|CHF|CNY|NZD|HKD|MXN)\b")
_SUFFIX_MONEY_WORD = re.compile(
    r"^\s+(?:(?P<adj>U\.S\.|US|American|Canadian|Cdn\.?|Australian)\s+)?"
    r"(?P<word>dollars?|euros?|cents?|pounds\s+sterling|yen|yuan)\b",
    re.IGNORECASE,
)
_ADJ_CURRENCY = {
    "u.s.": "USD",
    "us": "USD",
    "american": "USD",
    "canadian": "CAD",
    "cdn": "CAD",
    "cdn.": "CAD",
    "australian": "AUD",
}
_WORD_CURRENCY = {"euro": "EUR", "euros": "EUR", "pounds sterling": "GBP", "yen": "JPY", "yuan": "CNY"}

_PERCENT = re.compile(
    r"^(?:\s?(?P<sign>%)|[\s-]+(?P<pc>per[\s-]?cent|percent)\b|\s+(?P<pct>pct)\b"
    r"|\s+(?P<pp>percentage[\s-]points?)\b|\s+(?P<bp>basis[\s-]points?)\b)",
    re.IGNORECASE,
)
_SCALE_WORD = re.compile(r"^(?:\s+|\s?-\s?)(?P<scale>thousand|million|billion|trillion)\b", re.IGNORECASE)
_MONEY_ABBR_RE = re.compile(r"^\s?(?P<abbr>mln|bln|mil|bil|mn|bn|tn|[kKmMbBT])(?![A-Za-z])")
_QUALIFIER = re.compile(
    r"\b(?P<q>about|around|roughly|approximately|nearly|almost|just\s+over|just\s+under|over|more\s+than|less\s+than|fewer\s+than"
    r"|up\s+to|at\s+least|at\s+most|some|under|above|below|close\s+to|upwards\s+of|an\s+estimated)\s+$",
    re.IGNORECASE,
)
_RANGE_JOIN = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)

# Spans where digits are not quantities.
_MASKS = (
    re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"”]+"),
    re.compile(r"(?i)\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|ca|gov|edu|io|co|uk|us|info|news)\b(?:/[^\s<>\"”]*)?"),
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"(?<!\d)(?:\+?1[\s.-])?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)"),  # phone numbers
    re.compile(r"(?<![\w.])[vV]?\d+(?:\.\d+){2,}(?![\w.]*\w)"),  # 1.2.3, IP addresses
    re.compile(r"(?<!\w)[vV]\d+(?:\.\d+)*\b"),  # v2, v2.1
    re.compile(r"(?i)\bversion\s+\d+(?:\.\d+)*"),
    re.compile(r"(?<!\w)(?=[0-9a-fA-F]*[a-fA-F])(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{7,}(?!\w)"),  # hashes
    re.compile(r"(?<!\w)\d{11,}(?!\w)"),  # long identifiers
)

_DIGITS = re.compile(r"(?<![\w.,/:#'’])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")

# Words that cannot be (or stand between a number and) the counted noun.
_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "about",
        "as",
        "into",
        "onto",
        "over",
        "under",
        "than",
        "then",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "has",
        "have",
        "had",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "not",
        "no",
        "yes",
        "so",
        "if",
        "when",
        "while",
        "after",
        "before",
        "since",
        "until",
        "because",
        "though",
        "although",
        "whether",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "either",
        "neither",
        "few",
        "several",
        "many",
        "much",
        "more",
        "most",
        "less",
        "least",
        "other",
        "another",
        "such",
        "same",
        "own",
        "only",
        "just",
        "also",
        "very",
        "too",
        "still",
        "even",
        "again",
        "ago",
        "later",
        "earlier",
        "shy",
        "apiece",
        "each",
        "per",
        "percent",
        "pct",
        "cent",
        "times",
        "time",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "one",
        "ones",
        "half",
        "out",
        "up",
        "down",
        "off",
        "way",
        "back",
        "away",
        "around",
        "last",
        "next",
        "first",
        "second",
        "third",
        "instead",
        "plus",
        "minus",
        "versus",
        "via",
        "against",
        "between",
        "among",
        "within",
        "without",
        "through",
        "during",
        "toward",
        "towards",
        "upon",
        "across",
        "behind",
        "beyond",
        "except",
        "like",
        "unlike",
        "near",
    ]
)
_IRREGULAR_PLURALS = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "police": "police",
    "staff": "staff",
    "personnel": "personnel",
    "cattle": "cattle",
    "sheep": "sheep",
    "fish": "fish",
    "deer": "deer",
    "aircraft": "aircraft",
    "data": "data",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "lives": "life",
    "wives": "wife",
    "knives": "knife",
    "halves": "half",
    "wolves": "wolf",
    "shelves": "shelf",
    "thieves": "thief",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "vetoes": "veto",
    "echoes": "echo",
    "crises": "crisis",
    "analyses": "analysis",
    "theses": "thesis",
    "diagnoses": "diagnosis",
    "indices": "index",
    "media": "media",
    "series": "series",
    "species": "species",
    "votes": "vote",
    "leaves": "leaf",
    "calves": "calf",
    "loaves": "loaf",
    "troops": "troop",
    "dice": "die",
}
_INVARIANT = frozenset(
    {
        "police",
        "staff",
        "personnel",
        "cattle",
        "sheep",
        "fish",
        "deer",
        "aircraft",
        "people",
        "children",
        "men",
        "women",
        "media",
        "data",
    }
)
_NOT_PLURAL_S = frozenset(
    [
        "this",
        "his",
        "hers",
        "its",
        "was",
        "is",
        "has",
        "does",
        "as",
        "us",
        "yes",
        "thus",
        "plus",
        "minus",
        "less",
        "unless",
        "across",
        "always",
        "perhaps",
        "whereas",
        "besides",
        "towards",
        "afterwards",
        "sometimes",
        "nevertheless",
        "news",
        "various",
        "famous",
        "previous",
        "serious",
        "means",
        "lens",
        "bus",
        "gas",
        "chaos",
        "bias",
        "status",
        "virus",
        "campus",
        "census",
        "consensus",
        "bonus",
        "focus",
        "thesis",
        "crisis",
        "basis",
        "analysis",
        "axis",
    ]
)
_ONE_IDIOMS = frozenset({"day", "another", "way", "hand", "other", "anyone", "someone"})
_ONE_BLOCKERS = frozenset({"no", "any", "every", "some", "each"})
# Adjectives allowed between "one"/"1" and its noun ("one more seat").
_ONE_ADJ = frozenset(
    {"more", "other", "new", "single", "additional", "extra", "big", "small", "major", "key", "final", "last", "only"}
)
_NOUN_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")


# --------------------------------------------------------------------------- values


def format_value(value: Decimal | float | int) -> str:
    """A plain decimal string without exponent or trailing zeros: 1300000000, 0.5."""
    d = (
        value
        if isinstance(value, Decimal)
        else Decimal(repr(float(value)))
        if isinstance(value, float)
        else Decimal(value)
    )
    if d == d.to_integral_value():
        return str(int(d))
    s = format(d.normalize(), "f")
    return s.rstrip("0").rstrip(".") if "." in s else s


def singular(noun: str) -> str:
    """The singular of an English plural noun ("countries" -> "country",
    "people" -> "person", "MPs" -> "MP"); lower-cased unless an acronym."""
    if re.fullmatch(r"[A-Z]{2,}s", noun):
        return noun[:-1]
    w = noun.lower().replace("’", "'")
    if w in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 2:
        return w[:-1]
    return w


def _is_plural(word: str) -> bool:
    if re.fullmatch(r"[A-Z]{2,}s", word):
        return True
    w = word.lower()
    if w in _IRREGULAR_PLURALS or w in _INVARIANT:
        return True
    if w in _NOT_PLURAL_S or w in _STOP:
        return False
    return len(w) >= 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s", "’s"))


# --------------------------------------------------------------------------- number words


def _read_words(text: str, pos: int, end: int) -> list[tuple[str, int, int, str]]:
    """Consecutive number-vocabulary words from ``pos``: (word, start, end, separator before)."""
    out: list[tuple[str, int, int, str]] = []
    i = pos
    sep = ""
    while i < end and len(out) < 12:
        m = _WORD_TOKEN.match(text, i, end)
        if not m or m.group().lower() not in _NUMBER_WORDS:
            break
        out.append((m.group().lower(), m.start(), m.end(), sep))
        j = m.end()
        sm = re.match(r"[ \t]+|-|[ \t]*\n[ \t]*", text[j:end])
        if not sm:
            break
        sep = sm.group()
        i = j + len(sep)
    return out


def _parse_small(ws: list[str], seps: list[str], i: int) -> tuple[int, int] | None:
    if i >= len(ws):
        return None
    w = ws[i]
    if w in _UNITS:
        return _UNITS[w], i + 1
    if w in _TEENS:
        return _TEENS[w], i + 1
    if w in _TENS:
        if i + 1 < len(ws) and ws[i + 1] in _UNITS and "\n" not in seps[i + 1]:
            return _TENS[w] + _UNITS[ws[i + 1]], i + 2
        return _TENS[w], i + 1
    return None


def _parse_group(ws: list[str], seps: list[str], i: int) -> tuple[Decimal, int] | None:
    """A number below one thousand ("two hundred and fifty", "a hundred"), or
    the "a" of "a million"."""
    n = len(ws)
    if i < n and ws[i] in ("a", "an"):
        if i + 1 < n and ws[i + 1] in _SCALES:
            return Decimal(1), i + 1
        if i + 1 < n and ws[i + 1] == "dozen":
            return Decimal(12), i + 2
        if i + 1 < n and ws[i + 1] == "hundred":
            value, j = 100, i + 2
        else:
            return None
    else:
        small = _parse_small(ws, seps, i)
        if small is None:
            return None
        value, j = small
        if j < n and ws[j] == "dozen":
            return Decimal(value * 12), j + 1
        if j < n and ws[j] == "hundred" and value < 10:
            value, j = value * 100, j + 1
        else:
            return Decimal(value), j
    # after "hundred": optional "and" + small, or small
    if j < n and ws[j] == "and":
        rest = _parse_small(ws, seps, j + 1)
        if rest:
            return Decimal(value + rest[0]), rest[1]
        return Decimal(value), j
    rest = _parse_small(ws, seps, j)
    if rest:
        return Decimal(value + rest[0]), rest[1]
    return Decimal(value), j


def _parse_words(ws: list[str], seps: list[str]) -> tuple[Decimal, int] | None:
    """The longest number at the start of ``ws``: (value, words consumed)."""
    n = len(ws)
    if n >= 3 and ws[0] == "half" and ws[1] in ("a", "an") and (ws[2] in _SCALES or ws[2] == "dozen"):
        mult = Decimal(12) if ws[2] == "dozen" else Decimal(_SCALES[ws[2]])
        return mult / 2, 3
    total = Decimal(0)
    i = 0
    best: tuple[Decimal, int] | None = None
    last_scale = 10**13
    while i < n:
        g = _parse_group(ws, seps, i)
        if g is None:
            break
        value, j = g
        if ws[j : j + 3] == ["and", "a", "half"]:
            value += Decimal("0.5")
            j += 3
        if j < n and ws[j] in _SCALES and _SCALES[ws[j]] < last_scale:
            last_scale = _SCALES[ws[j]]
            total += value * last_scale
            i = j + 1
            best = (total, i)
            if i < n and ws[i] == "and":
                i += 1  # "a million and a half" is not handled; "one million and ten" is
            continue
        if value == 1 and ws[i] in ("a", "an") and j == i + 1:
            break  # a lone "a"
        total += value
        best = (total, j)
        break
    return best


# --------------------------------------------------------------------------- candidates


@dataclass
class _Num:
    start: int  # first character of the number (currency prefix excluded)
    end: int  # after the number and its scale word
    value: Decimal  # as read, scale included
    written: str  # "digits" | "words"
    scaled: bool = False
    is_year: bool = False
    mult: Decimal = Decimal(1)  # scale applied to the written number (1e9 for "billion", 0.01 for "cents")
    qty: Quantity | None = None
    unit: str | None = None
    prefix_start: int | None = None
    currency: str | None = None


def _masked(text: str, start: int, end: int) -> list[tuple[int, int]]:
    lo = max(0, start - 200)
    hi = min(len(text), end + 200)
    out = []
    for rx in _MASKS:
        for m in rx.finditer(text, lo, hi):
            out.append((m.start(), m.end()))
    return out


class _LazyMasks:
    """The masked spans around a sentence, found on first use: most sentences
    hold no number that needs checking against them."""

    __slots__ = ("_args", "_spans")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._args = (text, start, end)
        self._spans: list[tuple[int, int]] | None = None

    def __iter__(self):
        if self._spans is None:
            self._spans = _masked(*self._args)
        return iter(self._spans)


def _in_mask(masks: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in masks)


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z’']+)[^\S\n]*$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


_NOT_LABELS = frozenset(
    [
        "about",
        "some",
        "nearly",
        "almost",
        "only",
        "just",
        "all",
        "another",
        "over",
        "under",
        "more",
        "fewer",
        "less",
        "these",
        "those",
        "the",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "at",
        "in",
        "on",
        "by",
        "for",
        "with",
        "from",
        "to",
        "of",
        "and",
        "but",
        "or",
        "so",
        "yet",
        "roughly",
        "around",
        "approximately",
        "exactly",
        "precisely",
        "up",
        "since",
        "after",
        "before",
        "until",
        "every",
        "each",
        "both",
        "top",
        "first",
        "last",
        "latest",
        "perhaps",
        "maybe",
        "still",
        "even",
        "then",
        "now",
        "today",
        "yesterday",
        "when",
        "while",
        "if",
        "as",
        "than",
        "like",
        "unlike",
        "per",
        "plus",
        "minus",
        "including",
        "among",
        "between",
        "within",
        "without",
        "against",
        "during",
        "via",
        "some",
        "any",
        "no",
    ]
)


def _after_label(text: str, pos: int) -> bool:
    """Is the number at ``pos`` a label's identifier ("Section 232", "Flight
    302", "No. 10") rather than a count?"""
    m = re.search(r"([A-Z][A-Za-z]*)(\.?)[ \t]+$", text[max(0, pos - 30) : pos])
    if not m:
        return False
    word = m.group(1)
    if word in ("No", "Nos") and m.group(2):
        return True
    if m.group(2) or word.lower() in _NOT_LABELS or word.isupper():
        return False
    return not re.fullmatch(_MONTH + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", word)


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40) : pos].rstrip(" \t“\"‘'(")
    return not before or before[-1] in ".!?:\n—–"


def _money_prefix(text: str, pos: int) -> tuple[int, str] | None:
    window = text[max(0, pos - 12) : pos]
    base = pos - len(window)
    m = _PREFIX_SYMBOL.search(window)
    if m:
        code = m.group("code")
        unit = _SYMBOL_UNIT[m.group("sym")]
        start = base + m.start("sym")
        if code and not (code in _TIGHT_CODES and m.group("sp")) and m.group("sym") == "$":
            unit = _SYMBOL_CODE[code]
            start = base + m.start("code")
        return start, unit
    m = _PREFIX_CODE.search(window)
    if m:
        return base + m.start("code"), m.group("code")
    return None


def _scan_numbers(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> list[_Num]:
    nums: list[_Num] = []
    # digits
    for m in _DIGITS.finditer(text, start, end):
        a, b = m.start(), m.end()
        if _in_mask(masks, a, b):
            continue
        prev = text[a - 1] if a > 0 else ""
        if prev in "-–" and a >= 2 and text[a - 2].isalpha():
            continue  # COVID-19, F-35
        nxt = text[b] if b < len(text) else ""
        raw = m.group().replace(",", "")
        try:
            value = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the regex only matches numbers
            continue
        if nxt in ":/" and b + 1 < len(text) and text[b + 1].isdigit():
            continue  # 10:30, 3/4, 9/11
        if _TIME_AFTER.match(text, b):
            continue
        if nxt.isalpha() and not _MONEY_ABBR_RE.match(text[b:]):
            continue  # 51st, 1990s, 4G, 10am
        is_int = "," not in m.group() and "." not in m.group()
        if (
            is_int
            and 1 <= value <= 31
            and (_MONTH_BEFORE.search(text[max(0, a - 30) : a]) or _MONTH_AFTER.match(text[b : b + 20]))
        ):
            continue  # March 28, 28 March, 28th of March
        num = _Num(a, b, value, "digits")
        num.is_year = is_int and len(raw) == 4 and 1900 <= value <= 2100
        sm = _SCALE_WORD.match(text[b:end])
        if sm:
            num.mult = Decimal(_SCALES[sm.group("scale").lower()])
            num.value = value * num.mult
            num.end = b + sm.end()
            num.scaled = True
            num.is_year = False
        nums.append(num)
    # words
    taken = [(n.start, n.end) for n in nums]
    pos = start
    for m in _WORD_START.finditer(text, start, end):
        if m.start() < pos:
            continue
        words = _read_words(text, m.start(), end)
        if not words:
            continue
        parsed = _parse_words([w[0] for w in words], [w[3] for w in words])
        if parsed is None:
            pos = words[0][2]
            continue
        value, used = parsed
        a, b = words[0][1], words[used - 1][2]
        pos = b
        if _in_mask(masks, a, b) or any(s < b and a < e for s, e in taken):
            continue
        first = text[a : words[0][2]]
        if first[0].isupper() and not first.isupper() and not _at_sentence_start(text, a):
            continue  # a name: "Air Force One", "the Big Three"
        if re.match(r"-[A-Za-z]", text[b : b + 2]) and not re.match(
            r"-(?:per[\s-]?cent|percent)\b", text[b : b + 12], re.IGNORECASE
        ):
            continue  # two-year, one-on-one
        if _TIME_AFTER.match(text, b):
            continue
        scaled = any(w[0] in _SCALES for w in words[:used])
        nums.append(_Num(a, b, value, "words", scaled=scaled))
    nums.sort(key=lambda n: n.start)
    return nums


# --------------------------------------------------------------------------- units


def _count_noun(text: str, pos: int, end: int, value: Decimal) -> tuple[str, int] | None:
    """The counted noun after a number: (singular lemma, end offset)."""
    words: list[tuple[str, int]] = []
    i = pos
    while len(words) < 3:
        m = re.match(r"[ \t]+|[ \t]*\n[ \t]*", text[i:end])
        if not m:
            break
        wm = _NOUN_RE.match(text, i + m.end(), end)
        if not wm:
            break
        words.append((wm.group(), wm.end()))
        i = wm.end()
    if not words:
        return None
    if value == 1:
        for k, (w, e) in enumerate(words[:2]):
            lw = w.lower()
            if lw in _ONE_ADJ and k == 0:
                continue
            if lw in _STOP or lw in _ONE_IDIOMS or lw in _NUMBER_WORDS or _is_plural(w) or lw.endswith(("ly", "ed")):
                return None
            if text[e : e + 2] in ("'s", "’s"):
                return None
            return singular(w), e
        return None
    for w, e in words:
        lw = w.lower()
        if lw in _STOP or lw in _NUMBER_WORDS or lw in _SCALES:
            return None
        if _is_plural(w):
            return singular(w), e
    return None


def _quantity(
    article_id: str, text: str, start: int, end: int, value: Decimal, unit: str, notes: list[str]
) -> Quantity:
    v = format_value(value)
    if unit in ("percent",):
        normalized = f"{v} percent"
    elif unit in _MONEY_UNITS or unit == "$":
        normalized = f"{unit} {v}"
    else:
        normalized = f"{v} {unit}"
    written = " ".join(text[start:end].split())
    how = f"'{written}' -> {normalized}"
    if notes:
        how += " (" + "; ".join(notes) + ")"
    return Quantity(
        article=article_id,
        span=Span(start=start, end=end),
        text=text[start:end],
        value=float(value),
        unit=unit,
        normalized=normalized,
        how=how,
    )


_MONEY_UNITS = frozenset({"USD", "CAD", "EUR", "GBP", "AUD", "JPY", "CHF", "CNY", "NZD", "HKD", "SGD", "MXN"})
DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})


def _qualifier(text: str, pos: int) -> list[str]:
    m = _QUALIFIER.search(text[max(0, pos - 25) : pos])
    return [f"qualified: '{' '.join(m.group('q').split())}'"] if m else []


def _resolve(article_id: str, text: str, num: _Num, end: int) -> None:
    """Attach a unit to ``num`` (sets ``num.qty``) when one is written."""
    tail = text[num.end : end]
    prefix = _money_prefix(text, num.start) if num.written == "digits" else None

    if prefix is not None:  # $1.3 billion, US$5 million, C$10, CAD 5, €3m
        p_start, unit = prefix
        notes = _qualifier(text, p_start)
        q_end = num.end
        am = None if num.scaled else _MONEY_ABBR_RE.match(tail)
        if am:
            num.mult *= _MONEY_ABBR[am.group("abbr")]
            num.value *= _MONEY_ABBR[am.group("abbr")]
            q_end = num.end + am.end()
        code = _SUFFIX_CODE.match(text[q_end:end])
        if code and unit == "$":  # "$5 million USD"
            unit = code.group("code")
            q_end += code.end()
        if unit == "$":
            notes.append("bare '$': currency ambiguous, USD or CAD")
        num.prefix_start, num.currency, num.unit = p_start, unit, unit
        num.qty = _quantity(article_id, text, p_start, q_end, num.value, unit, notes)
        return

    notes = _qualifier(text, num.start)
    pm = _PERCENT.match(tail)
    if pm:  # 25%, 25 per cent, 25-per-cent, 25 percent, 25 pct, 3 percentage points
        unit = "percentage point" if pm.group("pp") else "basis point" if pm.group("bp") else "percent"
        num.unit = unit
        num.qty = _quantity(article_id, text, num.start, num.end + pm.end(), num.value, unit, notes)
        return

    mw = _SUFFIX_MONEY_WORD.match(tail)
    if mw:  # 125 billion dollars, 50 cents, ten euros
        word = " ".join(mw.group("word").lower().split())
        adj = (mw.group("adj") or "").lower()
        if word.startswith(("dollar", "cent")):
            unit = _ADJ_CURRENCY.get(adj, "$")
            if word.startswith("cent"):
                num.mult /= 100
                num.value /= 100
            if unit == "$":
                notes.append(f"bare '{word}': currency ambiguous, USD or CAD")
        else:
            unit = _WORD_CURRENCY[word]
        num.unit = num.currency = unit
        num.qty = _quantity(article_id, text, num.start, num.end + mw.end(), num.value, unit, notes)
        return

    code = _SUFFIX_CODE.match(tail) if num.written == "digits" else None
    if code:  # 5 million USD
        num.unit = num.currency = code.group("code")
        num.qty = _quantity(article_id, text, num.start, num.end + code.end(), num.value, num.unit, notes)
        return

    if num.value == 1 and _prev_word(text, num.start) in _ONE_BLOCKERS:
        return  # no one, any one, every one
    if num.written == "digits" and _after_label(text, num.start):
        return  # Section 232 tariffs, Highway 401 drivers, No. 10 staff: identifiers
    noun = _count_noun(text, num.end, end, num.value)
    if noun is not None:  # 169 seats, three people, 1.5 million barrels
        if num.is_year:
            pw = _prev_word(text, num.start)
            if pw in _YEAR_PRE or _MONTH_BEFORE.search(text[max(0, num.start - 30) : num.start]):
                return  # "the 2024 elections", "in 2025 voters"
        lemma, n_end = noun
        num.unit = lemma
        num.qty = _quantity(article_id, text, num.start, n_end, num.value, lemma, notes)
        return

    if num.scaled and num.value >= 10**6:  # "a population of 40 million"
        notes.append("no noun: a count")
        num.unit = "count"
        num.qty = _quantity(article_id, text, num.start, num.end, num.value, "count", notes)


def _ranges(article_id: str, text: str, nums: list[_Num]) -> None:
    """ "20-25%", "20 to 25 per cent", "between two and three people", "$20 to
    $30 billion": the first number of a range takes the unit (and the scale)
    of the second."""
    for a, b in zip(nums, nums[1:]):
        if b.qty is None or b.unit is None or a.is_year:
            continue
        money_scale = (
            a.qty is not None and a.currency is not None and a.currency == b.currency and b.mult != 1 and a.mult == 1
        )
        if a.qty is not None and not money_scale:
            continue
        if a.qty is None and a.scaled:
            continue
        a_end = a.qty.span.end if a.qty is not None else a.end
        b_start = b.prefix_start if b.prefix_start is not None else b.start
        join = text[a_end:b_start]
        if not _RANGE_JOIN.match(join):
            continue
        a_first = a.prefix_start if a.prefix_start is not None else a.start
        if re.search(r"(?i)\band\b", join) and _prev_word(text, a_first) != "between":
            continue
        note = f"range: unit from '{' '.join(b.qty.text.split())}'"
        if a.qty is not None:
            a.qty = _quantity(article_id, text, a.qty.span.start, a.qty.span.end, a.value * b.mult, a.qty.unit, [note])
        else:
            a.qty = _quantity(
                article_id, text, a.start, a.end, a.value * b.mult, b.unit, _qualifier(text, a.start) + [note]
            )
        a.unit = b.unit


def extract_quantities(article_id: str, text: str, *, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``; spans are absolute offsets into ``text``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    masks = _LazyMasks(text, start, end)
    nums = _scan_numbers(text, start, end, masks)  # type: ignore[arg-type]
    for num in nums:
        _resolve(article_id, text, num, end)
    _ranges(article_id, text, nums)
    out: list[Quantity] = []
    last_end = -1
    for num in sorted(nums, key=lambda n: n.start):
        q = num.qty
        if q is None or q.span.start < last_end or q.span.end > end or q.span.start < start:
            continue
        out.append(q)
        last_end = q.span.end
    return out


# --------------------------------------------------------------------------- comparison

UnitMatch = Literal["exact", "possible", "none"]


def _unit_key(unit: str) -> str:
    return unit if unit in _MONEY_UNITS or unit == "$" else unit.casefold()


def unit_match(a: Quantity, b: Quantity) -> UnitMatch:
    """Do the units agree? ``"exact"`` for the same unit, ``"possible"`` for a
    bare ``$`` against a dollar currency (USD, CAD, ...) or against another
    bare ``$`` (two ``$`` amounts in different outlets may be different
    dollars), ``"none"`` otherwise."""
    ua, ub = _unit_key(a.unit), _unit_key(b.unit)
    if ua == ub:
        return "exact"
    if (ua == "$" and ub in DOLLAR_CURRENCIES) or (ub == "$" and ua in DOLLAR_CURRENCIES):
        return "possible"
    return "none"


def comparable(a: Quantity, b: Quantity) -> bool:
    """Could ``a`` and ``b`` measure the same thing? Same unit, or a bare ``$``
    against USD/CAD (only possibly the same currency: see :func:`unit_match`)."""
    return unit_match(a, b) != "none"


def same_quantity(a: Quantity, b: Quantity, *, rel_tol: float = 0.0, abs_tol: float = 0.0) -> bool:
    """Same unit family and the same value within tolerance.

    ``"25%" == "25 per cent" == "25 percent"``. A bare ``$`` amount matches a
    USD or CAD amount of the same value, but only as a *possible* match: check
    :func:`unit_match` to tell ``"exact"`` from ``"possible"``. A tiny relative
    slack (1e-9) absorbs float rounding.
    """
    if not comparable(a, b):
        return False
    return math.isclose(a.value, b.value, rel_tol=max(rel_tol, 1e-9), abs_tol=abs_tol)
