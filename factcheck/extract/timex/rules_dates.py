"""Rules: absolute full dates, month-day without a year, month and year."""

from __future__ import annotations

import re
from datetime import date

from .core import _MONTH_PREP, _Ctx, _day_slash, _four_digits_dash, _month_num, _nearest_yearless, _Res, _rule, _unknown
from .tense import NEUTRAL_FUTURE_MONTHS
from .values import _dateparser, _pubstr, _safe_date, _v_day, _v_month, _Val
from .vocab import (
    _DAY,
    _DAY_END,
    _MON_ABBR,
    _MON_ALONE,
    _MON_DAYSAFE,
    _MONTH_WORDS,
    _ORD,
    _WD,
    _WD_ABBR,
    _WD_NAMES,
    _WEEKDAYS,
    _YEAR,
    ANAPHORIC,
)

# ---- absolute full dates ---------------------------------------------------------------


def _full_date(ctx: _Ctx, s: int, e: int, y: int, mo: int, d: int, phrase: str) -> _Res:
    dt = _safe_date(y, mo, d)
    dp = _dateparser(phrase)
    if dp is not None and dt is not None and dp == dt:
        how = f"'{phrase}': absolute date (read by dateparser) -> {dt.isoformat()}"
    elif dt is not None:
        how = f"'{phrase}': absolute date -> {dt.isoformat()}"
    else:
        return _Res(
            s,
            e,
            "DATE",
            _Val(None, "day"),
            False,
            f"'{phrase}': not a valid calendar date",
            "not a valid calendar date",
        )
    return _Res(s, e, "DATE", _v_day(dt), False, how)


@_rule(
    "iso",
    r"\b(?P<y>" + _YEAR + r")-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])"
    r"(?:T(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?",
    10,
    back=0,
    digit=_four_digits_dash,
)
def _r_iso(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    r = _full_date(ctx, s, e, int(m["y"]), int(m["m"]), int(m["d"]), m.group(0)[:10])
    if m["H"] and r.val and r.val.value:
        v = r.val
        r.val = _Val(f"{v.value}T{m['H']}:{m['M']}", "time", v.start, v.end)
        r.type = "TIME"
        r.how = f"'{m.group(0)}': ISO date-time -> {r.val.value}"
    return r


@_rule(
    "numeric",
    r"(?<![\d/.])(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
    12,
    back=0,
    digit=_day_slash,
)
def _r_numeric(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    s, e = m.span()
    return _full_date(ctx, s, e, y, int(m["a"]), int(m["b"]), f"{m['a']}/{m['b']}/{y}")


_WD_PREFIX = rf"(?:(?P<wd>{_WD}|{_WD_ABBR}),?\s+)?"


@_rule(
    "mdy",
    _WD_PREFIX + rf"(?P<mon>{_MON_DAYSAFE})\s*(?P<d>{_DAY}){_ORD}(?:\s*,\s*|\s+)(?P<y>{_YEAR})\b",
    10,
    back=34,
    words=_MONTH_WORDS,
)
def _r_mdy(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    return _full_date(ctx, s, e, int(m["y"]), _month_num(m["mon"]), int(m["d"]), m.group(0))


@_rule(
    "dmy",
    _WD_PREFIX + rf"(?:the\s+)?(?P<d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<mon>{_MON_DAYSAFE})\s*,?\s+(?P<y>{_YEAR})\b",
    11,
    back=34,
    words=_MONTH_WORDS,
)
def _r_dmy(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    return _full_date(ctx, s, e, int(m["y"]), _month_num(m["mon"]), int(m["d"]), m.group(0))


# ---- month-day without a year -----------------------------------------------------------


def _month_day(ctx: _Ctx, m: re.Match[str], mo: int, d: int) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    mod = (m["mod"] or "").lower().split()
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "day", f"'{phrase}': month and day without a year")
    pub = ctx.pub
    cands = [c for c in (_safe_date(pub.year + k, mo, d) for k in (-1, 0, 1)) if c]
    if not cands:
        return _Res(
            s, e, "DATE", _Val(None, "day"), True, f"'{phrase}': not a valid calendar date", "not a valid calendar date"
        )
    wd = _WEEKDAYS.get((m["wd"] or "").lower().rstrip("."))
    if wd is not None:
        match = [c for c in cands if c.weekday() == wd]
        if len(match) == 1:
            c = match[0]
            return _Res(
                s,
                e,
                "DATE",
                _v_day(c),
                True,
                f"'{phrase}', {_pubstr(pub)} -> the year in which it falls on a {_WD_NAMES[wd]} -> {c.isoformat()}",
            )
    if mod and mod[0] == "last" or mod[:2] == ["this", "past"]:
        past = [c for c in cands if c < pub]
        c, why = max(past), "most recent before publication ('last')"
    elif mod and (mod[0] == "next" or mod[:2] == ["this", "coming"]):
        fut = [c for c in cands if c > pub]
        c, why = min(fut), "next after publication ('next')"
    else:
        t = ctx.tense(s, e)
        c, why = _nearest_yearless(pub, cands, t)
    return _Res(s, e, "DATE", _v_day(c), True, f"'{phrase}', {_pubstr(pub)} -> no year given: {why} -> {c.isoformat()}")


_MOD_MD = r"(?:(?P<mod>last|next|this\s+past|this\s+coming|this)\s+)?"


@_rule(
    "md",
    _MOD_MD + _WD_PREFIX + rf"(?P<mon>{_MON_DAYSAFE})\s*(?P<d>{_DAY}){_ORD}{_DAY_END}",
    20,
    back=34,
    words=_MONTH_WORDS,
)
def _r_md(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    return _month_day(ctx, m, _month_num(m["mon"]), int(m["d"]))


@_rule(
    "dm",
    _MOD_MD + _WD_PREFIX + rf"(?:the\s+)?(?P<d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<mon>{_MON_DAYSAFE})(?![\w])",
    21,
    back=34,
    words=_MONTH_WORDS,
)
def _r_dm(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    if m["mon"].rstrip(".") in ("May", "Mar") and not re.search(r"(st|nd|rd|th|of)\b", m.group(0)):
        # "10 May ..." is rarely a date in running English text
        nxt = ctx.next_word(m.end())
        if not (nxt[:1].isdigit() or nxt in (",", ".", ";", ")")):
            return None
    return _month_day(ctx, m, _month_num(m["mon"]), int(m["d"]))


# ---- month and year ---------------------------------------------------------------------

_MONTH_MOD = (
    r"(?P<mod>(?:early|late|mid|the\s+(?:end|beginning|start|middle|close|turn)\s+of|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    r"earlier\s+in|later\s+in|early\s+in|late\s+in|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)?"
)


@_rule(
    "my",
    _MONTH_MOD + rf"(?P<mon>{_MON_ALONE}|{_MON_ABBR}(?=\s+\d)),?\s+(?:of\s+)?(?P<y>{_YEAR})\b",
    15,
    back=34,
    words=_MONTH_WORDS,
)
def _r_my(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    y, mo = int(m["y"]), _month_num(m["mon"])
    phrase = m.group(0)
    core = phrase[m.start("mon") - s :]
    dp = _dateparser(core)
    via = " (read by dateparser)" if dp is not None and (dp.year, dp.month) == (y, mo) else ""
    v = _v_month(y, mo)
    return _Res(s, e, "DATE", v, False, f"'{phrase}': month and year{via} -> {v.value}")


def _pick_month(pub: date, mo: int, mode: str, tense: str | None) -> tuple[int, str]:
    """Year for a bare month name, counted from the publication month."""
    pm = pub.year * 12 + pub.month - 1
    cands = [(y, (y * 12 + mo - 1) - pm) for y in (pub.year - 1, pub.year, pub.year + 1)]
    if mode == "last":
        y = max(c for c in cands if c[1] < 0)[0]
        return y, "most recent one before the publication month ('last')"
    if mode == "next":
        y = min(c for c in cands if c[1] > 0)[0]
        return y, "first one after the publication month ('next')"
    if mode == "this":
        return pub.year, "the one in the publication year ('this')"
    if tense == "past":
        y = max(c for c in cands if c[1] <= 0)[0]
        return y, "most recent one on or before publication (past-tense context)"
    if tense == "future":
        y = min(c for c in cands if c[1] >= 0)[0]
        return y, "next one on or after publication (future context)"
    y = min(cands, key=lambda c: (abs(c[1]) + (NEUTRAL_FUTURE_MONTHS if c[1] > 0 else 0), c[1] > 0))[0]
    return y, "nearest one to publication (no clear tense)"


@_rule(
    "month",
    _MONTH_MOD + r"(?P<rel>(?:last|next|this\s+past|this\s+coming|this|past|coming)\s+)?"
    rf"(?P<mon>{_MON_ALONE})(?![\w-]|\.\w)"
    r"(?P<yr>,?\s+(?:of\s+)?(?:(?P<yrel>this|last|next|the\s+same|that|the\s+previous|the\s+following)\s+year))?",
    30,
    back=34,
    words=_MONTH_WORDS,
)
def _r_month(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    mon_txt = m["mon"]
    mo = _month_num(mon_txt)
    nxt = ctx.next_word(e)
    prev = ctx.prev_word(s)
    prev_ok = prev.rstrip("-") in _MONTH_PREP
    has_mod = bool(m["mod"] or m["rel"] or m["yrel"])
    if mo == 5 and mon_txt == "May" and not has_mod:
        if prev not in (
            "in",
            "last",
            "next",
            "early",
            "late",
            "mid",
            "mid-",
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
            "of",
            "this",
            "between",
            "around",
            "into",
            "and",
        ):
            return None
        if (
            prev in ("and", "of", "from", "by")
            and not re.search(
                r"\b(?:January|February|March|April|June|July|August|September|October|November|December)\b",
                ctx.text[max(0, s - 30) : s],
            )
            and prev != "by"
        ):
            return None
        if nxt[:1].isupper() and nxt not in ("I",) and prev == "by":
            return None
        if nxt in ("I", "we", "you", "he", "she", "they", "it", "be", "have"):
            return None
    if not has_mod and not prev_ok:
        # "the March on Washington", "April Ryan said" are not months
        if prev in ("the", "a", "an") and nxt.lower() in (
            "on",
            "to",
            "for",
            "against",
            "through",
            "from",
            "of",
            "toward",
            "towards",
            "in",
            "across",
        ):
            return None
        if nxt[:1].isupper() and nxt not in ("I",) and nxt.lower() not in _WEEKDAYS:
            return None
        if mon_txt == "March" and nxt.lower() in ("on", "to", "against", "through", "toward", "towards", "across"):
            return None
    rel = " ".join((m["rel"] or "").lower().split())
    mode = {
        "last": "last",
        "this past": "last",
        "past": "last",
        "next": "next",
        "this coming": "next",
        "coming": "next",
        "this": "this",
    }.get(rel, "")
    if m["yrel"]:
        yrel = " ".join(m["yrel"].lower().split())
        if yrel in ("the same", "that", "the previous", "the following"):
            return _Res(s, e, "DATE", _Val(None, "month"), True, f"'{phrase}': {ANAPHORIC}", ANAPHORIC)
        if ctx.pub is None:
            return _unknown(s, e, "DATE", "month", f"'{phrase}': month of a year counted from publication")
        y = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[yrel]
        v = _v_month(y, mo)
        return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> '{yrel} year' is {y} -> {v.value}")
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "month", f"'{phrase}': month without a year")
    t = ctx.tense(s, e) if not mode else None
    if not mode and m["mod"] and re.match(r"earlier", m["mod"], re.I):
        t = "past"  # "earlier in October"
    y, why = _pick_month(ctx.pub, mo, mode, t)
    v = _v_month(y, mo)
    return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> month without a year: {why} -> {v.value}")
