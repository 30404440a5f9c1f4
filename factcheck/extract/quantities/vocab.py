"""Word lists and patterns the number reader uses: units, number words, currencies, masks, stop words, plurals."""

from __future__ import annotations

import re

from ...text.words import CASUALTY_ACTS, ONES, TEENS, TENS, UNIT_SYMBOLS

_UNITS = ONES
_TEENS = TEENS
_TENS = TENS
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
#: A sum joined to its currency by a hyphen, as a modifier of the noun after it: "a two
#: million-euro heist", "a 10-billion-dollar plan". Not a rate or an exchange rate
#: ("a 30-dollar-a-barrel price", "40-cents-on-the-dollar", "the 150-yen-to-the-dollar
#: level"), a coin, note or bill (its face value, no sum paid), a shop or a word
#: named by a price ("a 99-cent store", "a ten-dollar word"), euro cents or the euro zone.
_HYPHEN_MONEY_WORD = re.compile(
    r"^-(?P<word>dollars?|euros?|cents?|yen|yuan)"
    r"(?=\s+(?!(?:coins?|notes?|bills?|banknotes?|stores?|shops?|words?|increments?|levels?|marks?"
    r"|thresholds?|barriers?|question|cents?|zone)\b)[a-z])",
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
#: Units of measure written as a symbol right after a figure ("10 km", "2000ft",
#: "20kg", "100 mph"), by the name a quantity takes for them. An "m" is read
#: with the scales ("2m users") and on its own as metres; "in", "g", "ha" and
#: "t" are left alone (words, and "5G").
MEASURE_SYMBOLS = {sym: unit for sym, unit in UNIT_SYMBOLS.items() if sym != "m"}
MEASURE_SYMBOL_RE = re.compile(
    r"^\s?(?P<sym>"
    + "|".join(re.escape(sym) for sym in sorted(MEASURE_SYMBOLS, key=len, reverse=True))
    + r")(?![A-Za-z/])"
)
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
        "including",
        "excluding",
        "like",
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
#: States of people after an event, counted as people when no noun follows ("three dead").
_CASUALTY = frozenset(CASUALTY_ACTS)

# Adjectives allowed between "one"/"1" and its noun ("one more seat").
_ONE_ADJ = frozenset(
    {"more", "other", "new", "single", "additional", "extra", "big", "small", "major", "key", "final", "last", "only"}
)
_NOUN_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]|[A-Za-z]")
