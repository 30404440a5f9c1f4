"""Values as shown (format_value), singular nouns, and numbers written in words."""

from __future__ import annotations

import re
from decimal import Decimal

from .vocab import (
    _INVARIANT,
    _IRREGULAR_PLURALS,
    _NOT_PLURAL_S,
    _NUMBER_WORDS,
    _SCALES,
    _STOP,
    _TEENS,
    _TENS,
    _UNITS,
    _WORD_TOKEN,
)

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
