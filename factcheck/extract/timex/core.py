"""The resolution context and result, and the rule registry: each rule is declared once, with its trigger."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .tense import NEUTRAL_FUTURE_DAYS, _tense
from .values import _pubstr, _safe_date, _Val
from .vocab import _MONTHS, _RELDAY, _WD_NAMES, _WEEKDAYS, UNKNOWN_PUBLICATION, _rx

# --------------------------------------------------------------------------- resolution core


@dataclass
class _Ctx:
    text: str
    pub: date | None
    tense_override: Callable[[], str | None] | None = None

    def tense(self, s: int, e: int) -> str | None:
        if self.tense_override is not None:
            return self.tense_override()
        return _tense(self.text, s, e)

    def prev_word(self, s: int, n: int = 1) -> str:
        words = re.findall(r"[A-Za-z$'’\-]+|\d[\d,.]*|[$€£#]", self.text[max(0, s - 40) : s])
        return " ".join(words[-n:]).lower() if words else ""

    def next_word(self, e: int) -> str:
        m = re.match(r"\s*([A-Za-z]+|\d+|\S)", self.text[e : e + 30])
        return m.group(1) if m else ""


@dataclass
class _Res:
    start: int
    end: int
    type: str
    val: _Val | None
    relative: bool
    how: str
    reason: str | None = None
    meta: dict | None = None  # hints for the discourse pass


def _unknown(s: int, e: int, typ: str, gran: str, what: str) -> _Res:
    return _Res(
        s,
        e,
        typ,
        _Val(None, gran),
        True,
        f"{what}; publication date unknown, so it cannot be resolved",
        UNKNOWN_PUBLICATION,
    )


def _tense_word(t: str | None) -> str:
    return {"past": "past-tense context", "future": "future context"}.get(t or "", "no clear tense")


def _weekday_resolve(pub: date, wd: int, mode: str) -> tuple[date, str]:
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    name = _WD_NAMES[wd]
    if mode == "last":
        d = pub - timedelta(days=back or 7)
        return d, f"most recent {name} before publication"
    if mode == "next":
        d = pub + timedelta(days=fwd or 7)
        return d, f"next {name} after publication"
    if mode == "future":
        return pub + timedelta(days=fwd), f"next {name} on or after publication"
    if mode == "this":
        mon = pub - timedelta(days=pub.weekday())
        return mon + timedelta(days=wd), f"the {name} of the publication week"
    return pub - timedelta(days=back), f"most recent {name} on or before publication"


def _nearest_yearless(pub: date, cands: list[date], tense: str | None) -> tuple[date, str]:
    """Pick among the same day/month in neighbouring years, biased by tense."""
    penalty = 200  # days: how much a tense cue outweighs raw distance

    def score(d: date) -> float:
        delta = (d - pub).days
        sc: float = abs(delta)
        if tense == "past" and delta > 0:
            sc += penalty
        if tense == "future" and delta < 0:
            sc += penalty
        if tense is None and delta > 0:
            sc += NEUTRAL_FUTURE_DAYS + 0.5
        return sc

    best = min(cands, key=score)
    delta = (best - pub).days
    if tense == "past" and delta <= 0:
        why = "most recent on or before publication (past-tense context)"
    elif tense == "future" and delta >= 0:
        why = "next on or after publication (future context)"
    else:
        why = f"nearest to publication ({_tense_word(tense)})"
    return best, why


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    """One rule, declared once by :func:`_rule`: its pattern, its resolver, its
    priority, and what triggers it."""

    name: str
    rx: re.Pattern[str]
    fn: Callable[[_Ctx, re.Match[str]], _Res | None]
    prio: int
    back: int  # how far (characters) before its trigger token a match may start
    words: frozenset[str]  # lower-cased tokens that trigger it
    digit: DigitTrigger | None  # whether a token starting with a digit triggers it


_RULES: list[_Rule] = []

RuleFn = Callable[[_Ctx, re.Match[str]], "_Res | None"]


def _rule(
    name: str,
    pattern: str,
    prio: int = 50,
    *,
    back: int,
    words: Iterable[str] = (),
    digit: DigitTrigger | None = None,
) -> Callable[[RuleFn], RuleFn]:
    """Register a rule: ``pattern`` is matched anchored at token starts up to
    ``back`` characters before a trigger token (one of ``words``, or a token
    starting with a digit that ``digit`` accepts)."""
    if not words and digit is None:
        raise ValueError(f"time rule {name!r} has no trigger")
    if any(r.name == name for r in _RULES):
        raise ValueError(f"time rule {name!r} is declared twice")

    def deco(fn: RuleFn) -> RuleFn:
        _RULES.append(_Rule(name, _rx(pattern), fn, prio, back, frozenset(words), digit))
        return fn

    return deco


def _span(m: re.Match[str]) -> tuple[int, int]:
    if "t" in m.re.groupindex and m.group("t") is not None:
        return m.span("t")
    return m.span()


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


_MONTH_PREP = {
    "in",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "since",
    "until",
    "till",
    "by",
    "through",
    "during",
    "throughout",
    "before",
    "after",
    "from",
    "this",
    "of",
    "between",
    "and",
    "or",
    "around",
    "to",
    "into",
    "circa",
    "that",
    "for",
    "ending",
    "ended",
    "end",
    "beginning",
    "starting",
    "on",
    "as",
    "at",
    "within",
    "each",
    "every",
}
_PREP_TIME = {
    "in",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "since",
    "until",
    "till",
    "by",
    "through",
    "during",
    "throughout",
    "before",
    "after",
    "from",
    "this",
    "of",
    "between",
    "and",
    "or",
    "around",
    "to",
    "on",
    "into",
    "circa",
    "c.",
    "fiscal",
    "year",
    "the",
    "that",
    "as",
    "for",
    "at",
    "within",
    "ending",
    "ended",
    "end",
    "beginning",
    "starting",
    "mid-",
    "pre",
    "post",
}


# ---- what triggers a rule: a token that starts with a digit (other tokens trigger by word)

_RX_DIGIT4 = re.compile(r"\d{4}")
_RX_DECADE_TOK = re.compile(r"\d*0s")
_RX_ORD_TOK = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_RX_AMPM_TOK = re.compile(r"\d{1,4}[ap]m", re.I)
_RX_Q_TOK = re.compile(r"Q[1-4]")

DigitTrigger = Callable[[str, str, int, int], bool]


def _four_digits(tok: str, text: str, s: int, e: int) -> bool:
    return tok.isdigit() and len(tok) == 4


def _four_digits_dash(tok: str, text: str, s: int, e: int) -> bool:
    return tok.isdigit() and len(tok) == 4 and text[e : e + 1] == "-"


def _day_slash(tok: str, text: str, s: int, e: int) -> bool:
    return tok.isdigit() and len(tok) <= 2 and text[e : e + 1] == "/"


def _year_after_dash(tok: str, text: str, s: int, e: int) -> bool:
    return (
        tok.isdigit()
        and len(tok) <= 2
        and s >= 5
        and text[s - 1] in "-–/"
        and _RX_DIGIT4.fullmatch(text[s - 5 : s - 1]) is not None
    )


def _apostrophe_year(tok: str, text: str, s: int, e: int) -> bool:
    return tok.isdigit() and len(tok) == 2 and s >= 1 and text[s - 1] in "'’"


def _decade_token(tok: str, text: str, s: int, e: int) -> bool:
    return _RX_DECADE_TOK.fullmatch(tok) is not None


def _ordinal_token(tok: str, text: str, s: int, e: int) -> bool:
    return _RX_ORD_TOK.fullmatch(tok) is not None


def _am_pm_token(tok: str, text: str, s: int, e: int) -> bool:
    return _RX_AMPM_TOK.fullmatch(tok) is not None


def _quarter_token(tok: str, text: str, s: int, e: int) -> bool:
    # only tokens that start with a digit are offered to digit triggers, so
    # "Q3" never reaches here: kept as the scanner has always behaved
    return _RX_Q_TOK.fullmatch(tok) is not None


# ---- a clock time on a day (shared by the clock rules and 'ten in the morning')


def _time_res(ctx: _Ctx, m: re.Match[str], hh: int, mm: int, label: str) -> _Res | None:
    s, e = m.span()
    if e > s and ctx.text[e - 1] == ",":
        e -= 1
    phrase = ctx.text[s:e]
    day = (m["day"] or "").lower() if "day" in m.re.groupindex else ""
    explicit = "dy" in m.re.groupindex and bool(m["dy"])
    if ctx.pub is None and not explicit:
        return _unknown(s, e, "TIME", "time", f"'{phrase}': clock time on a day counted from publication")
    pub = ctx.pub or date.min
    if "dmon" in m.re.groupindex and m["dmon"]:
        mo, dd = _month_num(m["dmon"]), int(m["dd"])
        if m["dy"]:
            d0 = _safe_date(int(m["dy"]), mo, dd)
            why = "explicit date"
        else:
            cands = [c for c in (_safe_date(pub.year + k, mo, dd) for k in (-1, 0, 1)) if c]
            wd = _WEEKDAYS.get((m["dwd"] or "").lower())
            match = [c for c in cands if wd is not None and c.weekday() == wd]
            if len(match) == 1:
                d0, why = match[0], "the year in which the weekday matches"
            else:
                d0, why = _nearest_yearless(pub, cands, ctx.tense(s, e)) if cands else (None, "")
        if d0 is None:
            return None
        d = d0
        why = f"date {d.isoformat()} ({why})"
    elif day in _RELDAY:
        d = pub + timedelta(days=_RELDAY[day])
        why = f"'{day}' -> {d.isoformat()}"
    elif day:
        wd = _WEEKDAYS[day]
        t = ctx.tense(s, e)
        d, why = _weekday_resolve(pub, wd, "future" if t == "future" else "past")
    else:
        d = pub
        why = "no day given: taken as the publication day"
    val = f"{d.isoformat()}T{hh:02d}:{mm:02d}"
    tz = (m["tz"] or "").upper() if "tz" in m.re.groupindex else ""
    if tz in ("UTC", "GMT", "Z"):
        val += "Z"
    if explicit:
        return _Res(s, e, "TIME", _Val(val, "time", d, d), False, f"'{phrase}': {label}, {why} -> {val}")
    return _Res(s, e, "TIME", _Val(val, "time", d, d), True, f"'{phrase}', {_pubstr(pub)} -> {label}, {why} -> {val}")
