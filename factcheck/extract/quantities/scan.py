"""Number candidates in a sentence: digits and number words, outside masks (dates, times, codes), with money prefixes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from ...model.models import Quantity
from .values import _parse_words, _read_words
from .vocab import (
    _DIGITS,
    _HYPHEN_MONEY_WORD,
    _MASKS,
    _MONEY_ABBR_RE,
    _MONTH,
    _MONTH_AFTER,
    _MONTH_BEFORE,
    _PREFIX_CODE,
    _PREFIX_SYMBOL,
    _SCALE_WORD,
    _SCALES,
    _SYMBOL_CODE,
    _SYMBOL_UNIT,
    _TIGHT_CODES,
    _TIME_AFTER,
    _WORD_START,
    MEASURE_SYMBOL_RE,
)

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


#: A group of three digits after a comma and one space, then no further digit or group.
_CUT_THOUSANDS = re.compile(r", (\d{3})(?![\d.]|,\s?\d)")
#: A figure that is itself after a comma and a space, in a list ("1, 2, 300"): not joined.
_CUT_BEFORE = re.compile(r"\d,\s?$")


def _scan_numbers(text: str, start: int, end: int, masks: list[tuple[int, int]]) -> list[_Num]:
    nums: list[_Num] = []
    joined_to = -1  # the end of a figure whose thousands were cut off by a space ("2, 000ft")
    # digits
    for m in _DIGITS.finditer(text, start, end):
        a, b = m.start(), m.end()
        if a < joined_to or _in_mask(masks, a, b):
            continue
        prev = text[a - 1] if a > 0 else ""
        if prev in "-–" and a >= 2 and text[a - 2].isalpha():
            continue  # COVID-19, F-35
        raw = m.group().replace(",", "")
        cut = _CUT_THOUSANDS.match(text, b, end) if len(m.group()) <= 3 and m.group().isdigit() else None
        if cut is not None and not _CUT_BEFORE.search(text, max(0, a - 4), a):
            # "2, 000ft", "$5, 000", "some 1, 500 people": one figure whose comma a space follows
            raw += cut.group(1)
            b = joined_to = cut.end()
        nxt = text[b] if b < len(text) else ""
        try:
            value = Decimal(raw)
        except InvalidOperation:  # pragma: no cover - the regex only matches numbers
            continue
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            continue  # "007", "05": no figure
        if nxt in ":/" and b + 1 < len(text) and text[b + 1].isdigit():
            continue  # 10:30, 3/4, 9/11
        if _TIME_AFTER.match(text, b):
            continue
        if nxt.isalpha() and not _MONEY_ABBR_RE.match(text[b:]) and not MEASURE_SYMBOL_RE.match(text[b:]):
            continue  # 51st, 1990s, 4G, 10am (not 2000ft, 20kg)
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
        if (
            re.match(r"-[A-Za-z]", text[b : b + 2])
            and not re.match(r"-(?:per[\s-]?cent|percent)\b", text[b : b + 12], re.IGNORECASE)
            and not _HYPHEN_MONEY_WORD.match(text[b:end])
        ):
            continue  # two-year, one-on-one (not "a two million-euro heist")
        if _TIME_AFTER.match(text, b):
            continue
        scaled = any(w[0] in _SCALES for w in words[:used])
        nums.append(_Num(a, b, value, "words", scaled=scaled))
    nums.sort(key=lambda n: n.start)
    return nums
