"""Rules: days, weekdays, weeks, months and years relative to the publication date; 'ago' and 'later'."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .core import _Ctx, _month_num, _nearest_yearless, _Res, _rule, _unknown, _weekday_resolve
from .rules_years import _pick_quarter
from .values import (
    _add_months,
    _duration_value,
    _fmt_num,
    _parse_num,
    _pubstr,
    _quarter_of,
    _safe_date,
    _unit_key,
    _v_century,
    _v_day,
    _v_decade,
    _v_half,
    _v_month,
    _v_quarter,
    _v_week,
    _v_weekend,
    _v_year,
    _Val,
)
from .vocab import (
    _DAY,
    _DAY_END,
    _MON_DAYSAFE,
    _NUM,
    _ORD,
    _ORDINALS,
    _PARTS,
    _QMOD,
    _RELDAY,
    _UNIT,
    _UNIT_CODE,
    _UNIT_GRAN,
    _WD,
    _WEEKDAY_WORDS,
    _WEEKDAYS,
    _YEAR,
    ANAPHORIC,
)

# ---- days relative to publication ---------------------------------------------------------


@_rule(
    "relday",
    r"(?P<pre>(?:early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|today|tonight|tomorrow)(?![\w-])(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    24,
    back=10,
    words={"yesterday", "today", "tonight", "tomorrow"},
)
def _r_relday(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    w = " ".join(m["w"].lower().split())
    part = (m["part"] or "").lower()
    if w == "tonight":
        part = part or "night"
    typ = "TIME" if part else "DATE"
    if ctx.pub is None:
        return _unknown(s, e, typ, "time" if part else "day", f"'{phrase}': counted from publication")
    d = ctx.pub + timedelta(days=_RELDAY[w])
    v = _v_day(d)
    if part:
        v = _Val(f"{d.isoformat()}T{_PARTS[part]}", "time", d, d)
    return _Res(s, e, typ, v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {_RELDAY[w]:+d} day(s) -> {v.value}")


@_rule(
    "partday2",
    r"(?P<pre>(?:early|late|mid)[\s-]?)?(?P<part>morning|afternoon|evening|night)\s+(?P<w>yesterday|today|tomorrow|"
    + _WD
    + r")(?![\w-])",
    23,
    back=22,
    words={"yesterday", "today", "tomorrow"} | _WEEKDAY_WORDS,
)
def _r_partday2(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "mid-afternoon yesterday", "late morning Friday"."""
    s, e = m.span()
    phrase = m.group(0)
    if not m["pre"] and m["w"].lower() not in _RELDAY:
        return None  # "Saturday night Friday ..." is rarely one expression
    part = m["part"].lower()
    if ctx.pub is None:
        return _unknown(s, e, "TIME", "time", f"'{phrase}': counted from publication")
    w = m["w"].lower()
    if w in _RELDAY:
        d, why = ctx.pub + timedelta(days=_RELDAY[w]), f"'{w}'"
    else:
        t = ctx.tense(s, e)
        d, why = _weekday_resolve(ctx.pub, _WEEKDAYS[w], "future" if t == "future" else "past")
    v = _Val(f"{d.isoformat()}T{_PARTS[part]}", "time", d, d)
    return _Res(s, e, "TIME", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {why}, {part} -> {v.value}")


@_rule(
    "partday",
    r"(?P<pre>(?:early|late|earlier|later)\s+)?(?P<w>this|last|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)\b",
    24,
    back=12,
    words={"morning", "afternoon", "evening", "night"},
)
def _r_partday(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    w = m["w"].lower()
    part = m["part"].lower()
    if ctx.pub is None:
        return _unknown(s, e, "TIME", "time", f"'{phrase}': counted from publication")
    off = {"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1 if part in ("night", "evening") else 0}[w]
    if w == "last" and part in ("morning", "afternoon"):
        return None
    d = ctx.pub + timedelta(days=off)
    v = _Val(f"{d.isoformat()}T{_PARTS[part]}", "time", d, d)
    return _Res(s, e, "TIME", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {off:+d} day(s), {part} -> {v.value}")


# ---- weekdays ---------------------------------------------------------------------------


#: Words that make a weekday after them part of a name ("Bloody Sunday", "Super
#: Tuesday", "Black Friday", "Ash Wednesday"): no day of the week counted from
#: the publication date (Good Friday and Easter Sunday are holidays, read as such).
_NAMED_DAYS = frozenset({"bloody", "super", "black", "cyber", "ash", "holy", "palm", "maundy", "shrove", "giving"})
#: A capitalised word before the name word makes it a surname ("elected Ana Black
#: Tuesday"); not a capitalised function word opening a sentence ("The Black Friday ...").
_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|On|In|At|By|Since|Until|Before|After|Last|This|Next|Every|Each)\b)[A-Z][a-z]+\s+\S+\s*$"
)


@_rule(
    "weekday",
    r"(?P<mod>(?:last|next|this\s+past|this\s+coming|this|coming|past|early|late|earlier|later|on|until|by|since|before|after|every|each)\s+)?(?P<wd>"
    + _WD
    + r")(?P<pl>s)?(?![\w])(?:\s+(?P<part>morning|afternoon|evening|night)s?)?\b",
    28,
    back=14,
    words=_WEEKDAY_WORDS,
)
def _r_weekday(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("on", "until", "by", "since", "before", "after"):
        s = m.start("wd")
        mod = "" if mod not in ("on",) else "on"
    phrase = ctx.text[s:e]
    wd = _WEEKDAYS[m["wd"].lower()]
    part = (m["part"] or "").lower()
    if m["pl"] or mod in ("every", "each"):
        code = f"XXXX-WXX-{wd + 1}" + (f"T{_PARTS[part]}" if part else "")
        return _Res(s, e, "SET", _Val(code, "unknown"), False, f"'{phrase}': recurring weekday -> {code}")
    if m["wd"] == "Sunday" and ctx.next_word(e) in ("Times", "Telegraph", "Mirror", "Express", "Post", "School"):
        return None
    if ctx.prev_word(s) in _NAMED_DAYS and not _NAME_BEFORE.search(ctx.text, max(0, s - 40), s):
        return None  # "Bloody Sunday", "Super Tuesday", "Black Friday": the name of a day, not the day
    typ = "TIME" if part else "DATE"
    if ctx.pub is None:
        return _unknown(s, e, typ, "time" if part else "day", f"'{phrase}': weekday counted from publication")
    pub = ctx.pub
    if mod in ("last", "this past", "past"):
        d, why = _weekday_resolve(pub, wd, "last")
    elif mod in ("next", "this coming", "coming"):
        d, why = _weekday_resolve(pub, wd, "next")
    elif mod == "this":
        t = ctx.tense(s, e)
        if t == "past":
            d, why = _weekday_resolve(pub, wd, "past")
            why += " ('this', past-tense context)"
        elif t == "future":
            d, why = _weekday_resolve(pub, wd, "future")
            why += " ('this', future context)"
        else:
            d, why = _weekday_resolve(pub, wd, "this")
    else:
        t = ctx.tense(s, e)
        if t == "future":
            d, why = _weekday_resolve(pub, wd, "future")
            why += " (future context)"
        else:
            d, why = _weekday_resolve(pub, wd, "past")
            why += " (past-tense context)" if t == "past" else ""
    v = _v_day(d)
    if part:
        v = _Val(f"{d.isoformat()}T{_PARTS[part]}", "time", d, d)
    return _Res(s, e, typ, v, True, f"'{phrase}', {_pubstr(pub)} -> {why} -> {v.value}")


# ---- week / month / year relative to publication -------------------------------------------

_REL_DET = (
    r"(?P<det>this\s+past|this\s+coming|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|the\s+current|"
    r"the\s+latest|the\s+most\s+recent|the\s+prior|the\s+upcoming|the\s+same|the\s+following|"
    r"this|last|next|past|previous|coming|current|upcoming|that|the)"
)


#: Words before "the next week" that make it the period to come from publication.
_SPAN_FROM_NOW = frozenset({"in", "over", "within", "during", "for", "through", "throughout", "into", "by", "until"})


@_rule(
    "relunit",
    r"(?P<pre>(?:(?:the\s+)?(?:end|beginning|start|middle|close|rest|remainder|balance|first\s+half"
    r"|second\s+half|turn)\s+of\s+|(?:early|late|mid|earlier|later)(?:\s+in)?[\s-]+))?"
    + _REL_DET
    + r"\s+(?:(?:fiscal|calendar|financial|school|academic|trading|business|working)\s+)?(?P<u>week|weekend|month|year|quarter|decade|century|period)(?![\w-])",
    27,
    back=48,
    words={"week", "weekend", "month", "year", "quarter", "decade", "century", "period"},
)
def _r_relunit(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    det = " ".join(m["det"].lower().split())
    u = m["u"].lower()
    pre = " ".join((m["pre"] or "").lower().split())
    nxt = ctx.next_word(e).lower()
    if u == "period":
        # "the latest period": the reporting period, i.e. a quarter
        if det not in ("the latest", "the most recent", "the current") or pre:
            return None
        u = "quarter"
    if det == "the":
        if u == "weekend":
            pass
        elif u in ("year", "month", "week", "quarter") and pre:
            pass  # "the end of the year"
        elif u == "quarter" and nxt not in ("of", "ended", "ending", "to", "through"):
            pass  # "the quarter": the quarter just reported
        else:
            return None
    if (
        u in ("year", "month", "week")
        and nxt in ("of", "in", "before", "after", "when")
        and det in ("the", "the last", "the first", "the same")
        and not pre
    ):
        return None
    if det in ("the same", "that", "the following") and u not in ("decade", "century"):
        return _Res(s, e, "DATE", _Val(None, "unknown"), True, f"'{phrase}': {ANAPHORIC}", ANAPHORIC)
    if (
        det == "the next"
        and u not in ("decade", "century")
        and ctx.prev_word(s) not in _SPAN_FROM_NOW
        and ctx.tense(s, e) != "future"
    ):
        # "The next year, the plant closed": the year after the one the story is telling,
        # as "the following year" ("in the next week", "will resign the next month": to come)
        return _Res(s, e, "DATE", _Val(None, "unknown"), True, f"'{phrase}': {ANAPHORIC}", ANAPHORIC)
    if det in ("the coming", "coming", "the upcoming", "upcoming") and u in ("week", "month", "year"):
        typ = "DATE"
        if ctx.pub is None:
            return _unknown(s, e, typ, "unknown", f"'{phrase}': vague future")
        return _Res(
            s,
            e,
            "DATE",
            _Val("FUTURE_REF", "unknown"),
            True,
            f"'{phrase}', {_pubstr(ctx.pub)} -> vague future reference -> FUTURE_REF",
        )
    if det in ("the past", "the last", "past", "the next", "the following", "the coming", "the previous") and u in (
        "decade",
        "century",
    ):
        period = "P10Y" if u == "decade" else "P100Y"
        return _Res(
            s,
            e,
            "DURATION",
            _Val(period, "decade" if u == "decade" else "unknown"),
            False,
            f"'{phrase}': a period of one {u} -> {period}",
        )
    if ctx.pub is None:
        return _unknown(
            s,
            e,
            "DATE",
            {"weekend": "week"}.get(u, u if u != "century" else "unknown"),
            f"'{phrase}': counted from publication",
        )
    if det == "the" and u == "year" and pre:
        return _year_part(ctx, s, e, pre)
    pub = ctx.pub
    step = 0
    if det in ("last", "the last", "the past", "past", "the previous", "previous", "the prior", "this past"):
        step = -1
    elif det in ("next", "the next"):
        step = 1
    elif det in ("the latest", "the most recent"):
        step = -1 if u in ("quarter", "year") else 0
    meta = None
    sunday = ""
    if u == "week":
        d = pub + timedelta(weeks=step)
        if step == -1 and pub.weekday() == 6:
            d = pub  # on a Sunday, "last week" is the week now ending
            sunday = " (published on a Sunday: the week just ending)"
        v = _v_week(d)
    elif u == "weekend":
        # weekends are named by the ISO week they end: Saturday and Sunday of that week
        sat_this = pub - timedelta(days=pub.weekday()) + timedelta(days=5)
        week = timedelta(days=7)
        if step == -1:  # "last weekend": the one before the publication week's
            d = sat_this - week
        elif step == 1:  # "next weekend": the one after the publication week's
            d = sat_this + week
        else:  # "this weekend", "the weekend": by tense, the one just passed or the coming one
            t = ctx.tense(s, e)
            if t == "future":
                d = sat_this if pub.weekday() < 6 else sat_this + week
            elif t == "past" or det != "this":
                d = sat_this if pub.weekday() >= 5 else sat_this - week
            else:
                d = sat_this
        v = _v_weekend(d)
    elif u == "month":
        y, mo = _add_months(pub.year, pub.month, step)
        v = _v_month(y, mo)
    elif u == "quarter":
        q = _quarter_of(pub)
        if det == "the":
            t = ctx.tense(s, e)
            step = 0 if t == "future" else -1
        y, mo = _add_months(pub.year, 3 * q - 2, 3 * step)
        v = _v_quarter(y, _quarter_of(date(y, mo, 1)))
        if det in ("the", "the latest", "the most recent", "the current", "this"):
            meta = {"the_quarter": True}
    elif u == "year":
        v = _v_year(pub.year + step)
    elif u == "decade":
        v = _v_decade(pub.year + 10 * step)
    else:
        c = (pub.year - 1) // 100 + 1 + step
        v = _v_century(c)
    which = {-1: "previous", 0: "same", 1: "next"}[step]
    return _Res(
        s,
        e,
        "DATE",
        v,
        True,
        f"'{phrase}', {_pubstr(pub)} -> {which} {u} relative to publication{sunday} -> {v.value}",
        meta=meta,
    )


@_rule(
    "ended",
    r"(?P<t>the\s+(?:(?P<q>first|second|third|fourth)\s+|latest\s+|most\s+recent\s+)?(?:fiscal\s+)?(?P<u>quarter|period"
    r"|three\s+months|six\s+months|half))\s+(?:that\s+|which\s+)?(?P<how>ended|ending|ends)\s+(?:on\s+)?(?P<mon>"
    + _MON_DAYSAFE
    + r")\s*(?P<d>"
    + _DAY
    + r")"
    + _ORD
    + r"(?:\s*,\s*(?P<y>"
    + _YEAR
    + r"))?"
    + _DAY_END,
    24,
    back=30,
    words={"quarter", "period", "months", "half"},
)
def _r_ended(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "the quarter ended Sept. 30": the quarter (or half) that ends on that date."""
    s, e = m.span("t")
    phrase = m.group(0)
    mo, d = _month_num(m["mon"]), int(m["d"])
    if m["y"]:
        end = _safe_date(int(m["y"]), mo, d)
        relative = False
    else:
        if ctx.pub is None:
            return _unknown(s, e, "DATE", "quarter", f"'{phrase}': period ending on a date without a year")
        cands = [c for c in (_safe_date(ctx.pub.year + k, mo, d) for k in (-1, 0, 1)) if c]
        past = [c for c in cands if c <= ctx.pub]
        end = (
            max(past)
            if m["how"].lower() == "ended" and past
            else (_nearest_yearless(ctx.pub, cands, None)[0] if cands else None)
        )
        relative = True
    if end is None:
        return None
    u = m["u"].lower()
    if u in ("half", "six months"):
        mid = end - timedelta(days=90)
        v = _v_half(mid.year, 1 if mid.month <= 6 else 2)
    else:
        mid = end - timedelta(days=45)
        v = _v_quarter(mid.year, _quarter_of(mid))
    return _Res(s, e, "DATE", v, relative, f"'{phrase}': the {u} ending {end.isoformat()} -> {v.value}")


@_rule(
    "fullyear",
    r"the\s+(?:full|entire|whole|calendar|fiscal)\s+year(?!\s+(?:ended|ending|to|through|of)\b)(?![\w-])",
    28,
    back=20,
    words={"year"},
)
def _r_fullyear(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "year", f"'{m.group(0)}': the year of publication")
    t = ctx.tense(s, e)
    y = ctx.pub.year
    why = "the publication year"
    if t == "past" and ctx.pub.month <= 3:
        y -= 1
        why = "the year just ended (past tense, published early in the year)"
    v = _v_year(y)
    return _Res(s, e, "DATE", v, True, f"'{m.group(0)}', {_pubstr(ctx.pub)} -> {why} -> {v.value}")


def _year_part(ctx: _Ctx, s: int, e: int, pre: str) -> _Res:
    """ "the end of the year": the current year, or the last one when the
    clause is in the past tense and the current year's end is still ahead."""
    phrase = ctx.text[s:e]
    assert ctx.pub is not None
    t = ctx.tense(s, e)
    y = ctx.pub.year
    why = "the publication year"
    if re.search(r"end|close|turn", pre) and t == "past" and ctx.pub.month < 12:
        y -= 1
        why = "the last year-end before publication (past-tense context)"
    v = _v_year(y)
    return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {why} -> {v.value}")


@_rule(
    "yearend",
    r"(?:(?:the\s+)?(?P<w>end|beginning|start|middle|close|turn)\s+of\s+year|(?P<ye>year[\s-]end)|(?:the\s+)?year['’]s\s+end)(?![\w-])",
    27,
    back=22,
    words={"year", "end"},
)
def _r_yearend(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "year", f"'{m.group(0)}': part of a year counted from publication")
    return _year_part(ctx, s, e, (m["w"] or "end").lower())


# ---- "two weeks ago", "three days later" ------------------------------------------------------


@_rule(
    "ago",
    r"(?:(?P<q>"
    + _QMOD
    + r")\s+)?(?P<n>"
    + _NUM
    + r")(?:\s+and\s+a\s+half)?[\s-]+(?P<u>"
    + _UNIT
    + r")(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+(?P<dir>ago|from\s+now|hence|earlier|later|before|after|previously|prior|back)\b",
    18,
    back=48,
    words={"ago", "now", "hence", "earlier", "later", "before", "after", "previously", "prior", "back"},
)
def _r_ago(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    n = _parse_num(m["n"])
    if n is None:
        return None
    if "and a half" in phrase.lower() and isinstance(n, (int, float)):
        n += 0.5
    u = _unit_key(m["u"])
    dr = " ".join(m["dir"].lower().split())
    code = _UNIT_CODE[u][0]
    if ctx.next_word(e).lower() == "than":
        return None  # "a month earlier than usual" is a length of time
    nxt = ctx.next_word(e)
    if dr in ("before", "after", "prior") and (nxt[:1].isalnum() or nxt in ('"', "“", "'")):
        # "two years after his diagnosis": the length of time between two events
        qe = m.start("dir")
        while qe > s and ctx.text[qe - 1].isspace():
            qe -= 1
        if dr == "prior" and nxt.lower() != "to":
            qe = e
        if qe < e:
            val = _duration_value(n, u)
            return _Res(
                s,
                qe,
                "DURATION",
                _Val(val, _UNIT_GRAN.get(code, "unknown")),
                False,
                f"'{ctx.text[s:qe]}': a length of time between two events -> {val}",
            )
    if dr in ("before", "after", "earlier", "later", "previously", "prior"):
        return _Res(
            s,
            e,
            "DATE",
            _Val(None, _UNIT_GRAN.get(code, "unknown")),
            True,
            f"'{phrase}': {ANAPHORIC}",
            ANAPHORIC,
            meta={"n": n, "u": u, "dir": dr},
        )
    if ctx.pub is None:
        return _unknown(s, e, "DATE", _UNIT_GRAN.get(code, "unknown"), f"'{phrase}': counted back from publication")
    pub = ctx.pub
    sign = -1 if dr in ("ago", "back") else 1
    if n == "X":
        val = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _Res(s, e, "DATE", _Val(val, "unknown"), True, f"'{phrase}', {_pubstr(pub)} -> vague amount -> {val}")
    assert isinstance(n, (int, float))
    if u in ("second", "minute", "min", "hour", "hr"):
        k = {"S": 1 / 86400, "M": 1 / 1440, "H": 1 / 24}[code] * n
        d = pub + timedelta(days=sign * int(k))
        v = _v_day(d)
    elif code == "D":
        d = pub + timedelta(days=sign * int(round(n)))
        v = _v_day(d)
    elif code == "W":
        weeks = n * (2 if u == "fortnight" else 1)
        d = pub + timedelta(days=sign * int(round(7 * weeks)))
        v = _v_week(d)
    elif code == "M" and u not in ("minute", "min"):
        months = n * (6 if u == "semester" else 1)
        if float(months).is_integer():
            y, mo = _add_months(pub.year, pub.month, sign * int(months))
            v = _v_month(y, mo)
        else:
            d = pub + timedelta(days=sign * int(round(30.4 * months)))
            v = _v_month(d.year, d.month)
    elif code == "Q":
        y, mo = _add_months(pub.year, pub.month, sign * int(3 * n))
        v = _v_quarter(y, (mo - 1) // 3 + 1)
    elif code == "Y":
        if float(n).is_integer():
            v = _v_year(pub.year + sign * int(n))
        else:
            d = pub + timedelta(days=sign * int(round(365.25 * n)))
            v = _v_month(d.year, d.month)
    elif code == "DE":
        v = _v_decade(pub.year + sign * int(10 * n))
    else:
        v = _v_century((pub.year + sign * int(100 * n) - 1) // 100 + 1)
    return _Res(
        s,
        e,
        "DATE",
        v,
        True,
        f"'{phrase}', {_pubstr(pub)} -> {_fmt_num(n)} {u}(s) {'before' if sign < 0 else 'after'} publication -> {v.value}",
        meta={"n": n, "u": u, "dir": dr},
    )


@_rule(
    "yearago",
    r"(?:the\s+)?(?:(?:comparable|same|corresponding|equivalent)\s+)?year(?:-(?P<w1>earlier|ago)|\s+(?P<w2>earlier|ago)(?=\s+(?:first|second|third|fourth|fiscal|quarter|period|nine|six"
    r"|months?|results?|levels?)\b))(?:\s+(?P<noun>(?:(?P<q>first|second|third|fourth)[\s-])?(?:fiscal\s+)?quarter|period|(?:first\s+)?(?:six|nine)\s+months|month|year))?(?![\w-])",
    19,
    back=30,
    words={"earlier", "ago"},
)
def _r_yearago(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    if m["q"]:
        if ctx.pub is None:
            return _unknown(s, e, "DATE", "quarter", f"'{phrase}': quarter a year before publication")
        q = _ORDINALS[m["q"].lower()]
        y, why = _pick_quarter(ctx.pub, q, "past")
        v = _v_quarter(y - 1, q)
        return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {why}, one year earlier -> {v.value}")
    noun = (m["noun"] or "").lower()
    typ = "DURATION" if "months" in noun else "DATE"
    if typ == "DURATION":
        return None
    return _Res(
        s,
        e,
        "DATE",
        _Val(None, "unknown"),
        True,
        f"'{phrase}': {ANAPHORIC}",
        ANAPHORIC,
        meta={"n": 1, "u": "year", "dir": "earlier", "adj": True},
    )


@_rule(
    "sameperiod",
    r"(?:the\s+)?(?:(?:same|corresponding|comparable|equivalent|year-ago|year-earlier)\s+)(?P<noun>period|quarter|month|week|time|season|(?:six|nine|three)\s+months)\s+(?:of\s+"
    r"|in\s+)?(?:(?P<rel>last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior|last|preceding)\s+year|(?:the\s+)?year\s+(?:before|earlier))|(?P<y>"
    + _YEAR
    + r"))(?![\w-])"
    r"|(?P<ly>last\s+year['’]s|the\s+previous\s+year['’]s|the\s+prior\s+year['’]s)\s+(?:(?P<q>first"
    r"|second|third|fourth)\s+)?(?:fiscal\s+)?(?P<noun2>quarter|period|month)(?![\w-])"
    r"|the\s+(?P<y2>"
    + _YEAR
    + r")\s+(?:(?P<q2>first|second|third|fourth)\s+)?(?:fiscal\s+)?(?P<noun3>period|quarter)(?![\w-])",
    19,
    back=44,
    words={"period", "quarter", "month", "week", "time", "season"},
)
def _r_sameperiod(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "the same period last year", "last year's quarter", "the 1988 period"."""
    s, e = m.span()
    phrase = m.group(0)
    noun = (m["noun"] or m["noun2"] or m["noun3"] or "").lower()
    if "months" in noun:
        return None
    q = m["q"] or m["q2"]
    y = m["y"] or m["y2"]
    if q and y:
        v = _v_quarter(int(y), _ORDINALS[q.lower()])
        return _Res(s, e, "DATE", v, False, f"'{phrase}': quarter of an explicit year -> {v.value}")
    if q:
        if ctx.pub is None:
            return _unknown(s, e, "DATE", "quarter", f"'{phrase}': quarter of last year")
        v = _v_quarter(ctx.pub.year - 1, _ORDINALS[q.lower()])
        return _Res(
            s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> that quarter of the previous year -> {v.value}"
        )
    if y:
        v = _v_year(int(y))
        return _Res(
            s,
            e,
            "DATE",
            v,
            False,
            f"'{phrase}': a period of {y} -> {v.value}",
            meta={"period_year": int(y), "noun": noun},
        )
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "unknown", f"'{phrase}': the same period a year before")
    if (m["rel"] or "").lower().startswith("last") or m["ly"]:
        v = _v_year(ctx.pub.year - 1)
        how = f"'{phrase}', {_pubstr(ctx.pub)} -> no period named earlier: the previous year -> {v.value}"
        return _Res(s, e, "DATE", v, True, how, meta={"n": 1, "u": "year", "dir": "earlier", "adj": True, "noun": noun})
    return _Res(
        s,
        e,
        "DATE",
        _Val(None, "unknown"),
        True,
        f"'{phrase}': {ANAPHORIC}",
        ANAPHORIC,
        meta={"n": 1, "u": "year", "dir": "earlier", "adj": True, "noun": noun},
    )


@_rule(
    "theday",
    r"(?:(?:end|ended|ends|ending|finish|finished|finishing|close|closed|closing|for|during|of|later\s+in|earlier\s+in|early\s+in|late\s+in|(?:the\s+)?(?:start|end|rest"
    r"|close)\s+of)\s+)(?P<t>the\s+(?:trading\s+)?day)(?!\s+(?:before|after)\s+(?!\w+ing\b))(?!\s+(?:of|when|that|which|he|she|they|it|we|i|in\s+which)\b)(?!\s*,?\s*"
    + _WD
    + r")(?![\w-])",
    46,
    back=34,
    words={"day"},
)
def _r_theday(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "ended the day at", "later in the day": the day the story is about."""
    s, e = m.span("t")
    return _Res(
        s, e, "DATE", _Val(None, "day"), True, f"'{ctx.text[s:e]}': {ANAPHORIC}", ANAPHORIC, meta={"the_day": True}
    )


@_rule(
    "anaphoric",
    r"(?P<t>(?:the|that|this)\s+(?:very\s+)?(?:same|next|following|previous|preceding|prior)\s+(?:day|morning|evening|night|afternoon|week|weekend|month|year)|that\s+(?:day"
    r"|morning|evening|night|afternoon|week|weekend|month|year)|the\s+day\s+(?:before|after)|the\s+(?:next|following)\s+(?:morning|evening|afternoon))(?![\w-])",
    45,
    back=30,
    words={
        "day",
        "morning",
        "evening",
        "night",
        "afternoon",
        "week",
        "weekend",
        "month",
        "year",
        "before",
        "after",
    },
)
def _r_anaphoric(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    if phrase.lower().startswith("this") and "same" not in phrase.lower():
        return None
    if re.search(r"(?:before|after)$", phrase, re.I) and ctx.next_word(e).lower().endswith("ing"):
        return None  # "late in the day after falling 250 points"
    typ = "TIME" if re.search(r"morning|evening|night|afternoon", phrase, re.I) else "DATE"
    return _Res(s, e, typ, _Val(None, "unknown"), True, f"'{phrase}': {ANAPHORIC}", ANAPHORIC)
