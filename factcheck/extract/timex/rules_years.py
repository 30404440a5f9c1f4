"""Rules: years, decades, centuries, quarters, halves and seasons."""

from __future__ import annotations

import re
from datetime import date

from .core import (
    _PREP_TIME,
    _apostrophe_year,
    _Ctx,
    _decade_token,
    _four_digits,
    _month_num,
    _ordinal_token,
    _quarter_token,
    _Res,
    _rule,
    _tense_word,
    _time_res,
    _unknown,
    _year_after_dash,
)
from .rules_dates import _MONTH_MOD
from .values import (
    _month_end,
    _parse_num,
    _pubstr,
    _quarter_of,
    _season_containing,
    _season_start,
    _v_century,
    _v_decade,
    _v_half,
    _v_month,
    _v_quarter,
    _v_season,
    _v_year,
    _Val,
)
from .vocab import _CENTURY_WORDS, _DECADE_WORDS, _MON_FULL, _MONTHS, _ORDINALS, _SEASONS, _SMALL, _YEAR, ANAPHORIC

# ---- years, decades, centuries ------------------------------------------------------------

_NAME_BEFORE = re.compile(r"([.!?\n]\s*)?\b([A-Z][A-Za-z]+)\s+$")
_QUANT_BEFORE = {
    "about",
    "nearly",
    "almost",
    "some",
    "than",
    "to",
    "least",
    "around",
    "approximately",
    "roughly",
    "estimated",
    "total",
    "of",
    "over",
    "under",
    "only",
    "just",
    "by",
    "all",
}
_YEARISH_NEXT = {
    "was",
    "is",
    "has",
    "as",
    "its",
    "this",
    "his",
    "thus",
    "plus",
    "less",
    "unless",
    "levels",
    "figures",
    "results",
    "elections",
    "olympics",
    "games",
    "highs",
    "lows",
    "earnings",
    "sales",
    "models",
    "prices",
    "rates",
    "totals",
    "numbers",
    "standards",
    "campaigns",
    "season's",
    "budgets",
    "accounts",
    "attacks",
    "forecasts",
    "contracts",
}


@_rule(
    "year",
    _MONTH_MOD
    + r"(?P<pre>(?:fiscal|calendar|FY|the\s+year|model\s+year)\s*'?)?(?P<y>"
    + _YEAR
    + r")(?=\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d))?",
    40,
    back=30,
    digit=_four_digits,
)
def _r_year(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    y = int(m["y"])
    text = ctx.text
    before = text[max(0, s - 2) : s]
    after = text[e : e + 12]
    if re.search(r"[\d$€£#.,/:]$|[A-Za-z]-$", before) or re.match(
        r"\s*(?:%|percent|per\s+cent)|[.,/:]\d|\d|'s\b|-(?:year|month|day|week)", after
    ):
        return None
    if re.match(r"\s*(?:,\d{3}|\.\d)", after):
        return None
    prev = ctx.prev_word(m.start("y"))
    prev2 = ctx.prev_word(m.start("y"), 2)
    nxt = ctx.next_word(e)
    strong = bool(m["mod"] or m["pre"]) or prev.rstrip("-") in _PREP_TIME
    if not strong:
        if not (1900 <= y <= 2099):
            return None
        if prev in (
            "no",
            "no.",
            "number",
            "#",
            "route",
            "room",
            "flight",
            "page",
            "pages",
            "article",
            "section",
            "chapter",
            "model",
            "suite",
            "apt",
            "box",
            "highway",
            "interstate",
            "ward",
            "gate",
            "level",
            "code",
            "windows",
            "office",
            "euro",
            "vision",
            "class",
            "ca",
            "sb",
            "hb",
            "s",
            "h.r",
            "hr",
            "resolution",
            "item",
            "exhibit",
            "rule",
            "form",
        ):
            return None
        if (
            (prev in _QUANT_BEFORE or prev2.endswith("more than") or prev2.endswith("less than"))
            and nxt[:1].islower()
            and nxt.lower() not in _YEARISH_NEXT
        ):
            return None
        if (
            nxt[:1].islower()
            and nxt.endswith("s")
            and not nxt.endswith(("ss", "is", "us"))
            and nxt.lower() not in _YEARISH_NEXT
        ):
            return None
        # "Windows 2000", "Euro 2012", "Vision 2030": a name, unless the capital is a sentence start
        pw = text[max(0, m.start("y") - 30) : m.start("y")]
        w = _NAME_BEFORE.search(pw)
        if (
            w
            and w.group(2).lower() not in _PREP_TIME
            and w.group(2).lower() not in _MONTHS
            and not (w.group(1) and w.group(1).strip())
            and w.start(2) > 0
        ):
            return None
    v = _v_year(y)
    mod = f" ({' '.join(m['mod'].split())})" if m["mod"] else ""
    return _Res(s, e, "DATE", v, False, f"'{text[s:e]}': a year{mod} -> {v.value}")


_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_UNITW = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TENSW = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_YEAR_WORDS = (
    rf"(?:(?P<c>nineteen|eighteen)[\s-]+(?:(?P<h>hundred)(?:\s+and\s+|\s+)?)?(?P<yy>{_TENSW}(?:[\s-]{_UNITW})?|{_TEENS}|(?:oh[\s-])?{_UNITW})?"
    rf"|(?:the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?P<yy2>{_TENSW}(?:[\s-]{_UNITW})?|{_TEENS}|{_UNITW}))?)"
)


def _year_words(m: re.Match[str]) -> int | None:
    if m["c"]:
        base = 1900 if m["c"].lower() == "nineteen" else 1800
        if not m["yy"]:
            return base if m["h"] else None
        n = _parse_num(m["yy"].lower().replace("oh ", "").replace("oh-", ""))
        return base + int(n) if isinstance(n, (int, float)) else None
    n = _parse_num(m["yy2"]) if m["yy2"] else 0
    return 2000 + int(n) if isinstance(n, (int, float)) else None


@_rule(
    "yearw",
    r"(?:(?P<mon>" + _MON_FULL + r")\s+)?" + _YEAR_WORDS + r"(?![\w-])",
    39,
    back=28,
    words={"nineteen", "eighteen", "thousand"},
)
def _r_yearw(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """Years in words, as in broadcast transcripts: "nineteen ninety-six"."""
    s, e = m.span()
    y = _year_words(m)
    if y is None or (m["c"] and not (m["yy"] or m["h"])):
        return None
    nxt = ctx.next_word(e).lower()
    if nxt in ("people", "dollars", "percent", "years", "times", "members", "votes"):
        return None
    if m["mon"]:
        v = _v_month(y, _month_num(m["mon"]))
        return _Res(s, e, "DATE", v, False, f"'{m.group(0)}': month and year in words -> {v.value}")
    if (
        "thousand" in m.group(0).lower()
        and not m.group(0).lower().startswith("the year")
        and ctx.prev_word(s) not in ("in", "since", "by", "until", "of", "year", "before", "after")
    ):
        return None  # "two thousand people"
    v = _v_year(y)
    return _Res(s, e, "DATE", v, False, f"'{m.group(0)}': a year in words -> {v.value}")


@_rule("year_apos", r"['’](?P<yy>\d\d)(?![\d'’%]|s\b)", 42, back=1, digit=_apostrophe_year)
def _r_year_apos(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "since '82", "the class of '98": a two-digit year."""
    s, e = m.span()
    prev = ctx.prev_word(s)
    if (
        prev
        not in (
            "in",
            "since",
            "of",
            "until",
            "by",
            "from",
            "to",
            "through",
            "before",
            "after",
            "and",
            "summer",
            "spring",
            "fall",
            "winter",
            "autumn",
        )
        and prev.lower() not in _MONTHS
    ):
        return None
    yy = int(m["yy"])
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "year", f"'{m.group(0)}': two-digit year, century unknown")
    y = ctx.pub.year - ctx.pub.year % 100 + yy
    if y > ctx.pub.year + 10:
        y -= 100
    v = _v_year(y)
    return _Res(
        s, e, "DATE", v, True, f"'{m.group(0)}', {_pubstr(ctx.pub)} -> two-digit year, nearest century -> {v.value}"
    )


@_rule(
    "clock_words",
    r"(?P<h>1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<part>morning"
    r"|afternoon|evening)|at\s+night)(?![\w-])",
    17,
    back=30,
    words={"morning", "afternoon", "evening", "night"},
)
def _r_clock_words(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "4 in the morning", "ten at night"."""
    h = int(m["h"]) if m["h"].isdecimal() else int(_SMALL[m["h"].lower()])
    part = (m["part"] or "night").lower()
    if part in ("afternoon", "evening", "night") and h < 12 and not (part == "night" and h <= 4):
        h += 12
    return _time_res(ctx, m, h, 0, "clock time")


@_rule("year2", r"(?<=(?:1[5-9]|20)\d\d[-–/])(?P<yy>\d\d)(?![\d%])", 41, back=0, digit=_year_after_dash)
def _r_year2(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    first = int(ctx.text[s - 5 : s - 1])
    y = first - first % 100 + int(m["yy"])
    if y <= first:
        y += 100
    if y - first > 10:
        return None
    v = _v_year(y)
    return _Res(
        s, e, "DATE", v, False, f"'{m.group(0)}': second year of the range '{ctx.text[s - 5 : e]}' -> {v.value}"
    )


@_rule(
    "decade",
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<y>(?:1[0-9]|20)\d0)'?s|['’](?P<yy>\d0)['’]?s|(?<=the\s)(?P<yy3>[1-9]0)s(?!\s*(?:degrees"
    r"|percent|%|F\b|C\b))|(?P<w>(?:nineteen[\s-]?)?(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))\b",
    35,
    back=12,
    words=set(_DECADE_WORDS),
    digit=_decade_token,
)
def _r_decade(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    if m["y"]:
        y0 = int(m["y"])
        v = _v_decade(y0)
        return _Res(s, e, "DATE", v, False, f"'{phrase}': a decade -> {v.value}")
    if m["w"] and not phrase.lower().startswith("the") and "nineteen" not in m["w"].lower():
        return None  # "in his forties" is an age
    d = (
        int(m["yy"] or m["yy3"])
        if m["yy"] or m["yy3"]
        else _DECADE_WORDS[m["w"].lower().split()[-1].split("-")[-1]] * 10
    )
    if ctx.pub is None and not (m["w"] and "nineteen" in m["w"].lower()):
        return _unknown(s, e, "DATE", "decade", f"'{phrase}': decade without its century")
    # otherwise the most recent such decade that had begun by publication
    base = (
        1900
        if m["w"] and "nineteen" in m["w"].lower() or ctx.pub is None
        else max((c for c in (1800, 1900, 2000) if c + d <= ctx.pub.year), default=1900)
    )
    v = _v_decade(base + d)
    return _Res(
        s,
        e,
        "DATE",
        v,
        ctx.pub is not None,
        f"'{phrase}': a decade, century taken as the most recent one begun by publication -> {v.value}",
    )


@_rule(
    "century",
    r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-]+century\b",
    35,
    back=22,
    words={"century"},
    digit=_ordinal_token,
)
def _r_century(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    c = int(m["n"]) if m["n"] else _CENTURY_WORDS[" ".join(m["w"].lower().replace("-", " ").split())]
    if not 1 <= c <= 22:
        return None
    v = _v_century(c)
    return _Res(s, e, "DATE", v, False, f"'{m.group(0)}': the {c}th century -> {v.value}")


# ---- quarters, halves, seasons -----------------------------------------------------------


def _pick_quarter(pub: date, q: int, tense: str | None) -> tuple[int, str]:
    pq = _quarter_of(pub)
    if tense == "future":
        # the nearest such quarter: results for a quarter that just ended are
        # still announced in the future tense
        def dist(y: int) -> int:
            st, en = date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
            return 0 if st <= pub <= en else min(abs((st - pub).days), abs((pub - en).days))

        y = min((pub.year - 1, pub.year, pub.year + 1), key=lambda yy: (dist(yy), -yy))
        return y, "the nearest such quarter (future context)"
    y = pub.year if q <= pq else pub.year - 1
    return y, "the most recent such quarter that has begun by publication"


@_rule(
    "quarter",
    r"(?:the\s+)?(?:(?P<py>"
    + _YEAR
    + r")(?:['’]s)?\s+|(?P<pyrel>this|last|next)\s+year['’]s\s+)?(?:(?P<fy>fiscal|calendar)\s+)?(?P<q>first"
    + r"|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal\s+)?quarters?\b"
    r"(?:\s*(?:of\s+|,\s*)?(?:(?:fiscal\s+)?(?P<y>"
    + _YEAR
    + r")|(?P<yrel>this|last|next)\s+year(?:'s)?|the\s+(?P<yrel2>current|previous|prior)\s+(?:fiscal\s+)?year))?",
    25,
    back=30,
    words={"quarter", "quarters"},
)
def _r_quarter(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    qw = m["q"].lower()
    if qw == "last" and not (m["y"] or m["yrel"] or m["yrel2"]):
        return None  # "last quarter" is handled as a relative unit
    q = _ORDINALS[qw]
    if m["y"] or m["py"]:
        v = _v_quarter(int(m["y"] or m["py"]), q)
        return _Res(s, e, "DATE", v, False, f"'{phrase}': quarter of an explicit year -> {v.value}")
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "quarter", f"'{phrase}': quarter without a year")
    rel = (m["yrel"] or m["yrel2"] or m["pyrel"] or "").lower()
    if rel:
        y = ctx.pub.year + {"this": 0, "current": 0, "last": -1, "previous": -1, "prior": -1, "next": 1}[rel]
        why = f"'{rel} year' is {y}"
    else:
        y, why = _pick_quarter(ctx.pub, q, ctx.tense(s, e))
    v = _v_quarter(y, q)
    return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {why} -> {v.value}")


@_rule(
    "qshort", r"\b(?-i:Q)(?P<q>[1-4])(?:\s*(?P<y>" + _YEAR + r")|\s*'(?P<yy>\d\d))?\b", 25, back=0, digit=_quarter_token
)
def _r_qshort(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    q = int(m["q"])
    if m["y"] or m["yy"]:
        y = int(m["y"]) if m["y"] else 2000 + int(m["yy"])
        v = _v_quarter(y, q)
        return _Res(s, e, "DATE", v, False, f"'{m.group(0)}': quarter of an explicit year -> {v.value}")
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "quarter", f"'{m.group(0)}': quarter without a year")
    y, why = _pick_quarter(ctx.pub, q, ctx.tense(s, e))
    v = _v_quarter(y, q)
    return _Res(s, e, "DATE", v, True, f"'{m.group(0)}', {_pubstr(ctx.pub)} -> {why} -> {v.value}")


@_rule(
    "half",
    r"(?:the\s+)?(?P<h>first|second|last|latter|1st|2nd)\s+half(?:\s+of)?(?:\s+(?:(?P<y>"
    + _YEAR
    + r")|(?P<yrel>this|last|next)\s+year|the\s+year))?(?![\w-])",
    26,
    back=20,
    words={"half"},
)
def _r_half(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    if not (m["y"] or m["yrel"] or re.search(r"year$", phrase)):
        nxt = ctx.next_word(e).lower()
        if nxt in ("of", "an", "a", "the", "hour", "mile", "point", "percent"):
            return None
        if not re.search(
            r"\b(?:year|quarter|sales|earnings|profit|revenue|results|growth|economy|fiscal)\b",
            ctx.text[max(0, s - 200) : e + 200],
            re.I,
        ):
            return None
    h = 1 if m["h"].lower() in ("first", "1st") else 2
    if m["y"]:
        v = _v_half(int(m["y"]), h)
        return _Res(s, e, "DATE", v, False, f"'{phrase}': half of an explicit year -> {v.value}")
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "unknown", f"'{phrase}': half-year without a year")
    if m["yrel"]:
        y = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        why = f"'{m['yrel'].lower()} year' is {y}"
    else:
        ph = 1 if ctx.pub.month <= 6 else 2
        t = ctx.tense(s, e)
        y = (
            (ctx.pub.year if h >= ph else ctx.pub.year + 1)
            if t == "future"
            else ctx.pub.year
            if h <= ph
            else ctx.pub.year - 1
        )
        why = f"half-year nearest to publication ({_tense_word(t)})"
    v = _v_half(y, h)
    return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(ctx.pub)} -> {why} -> {v.value}")


@_rule(
    "season",
    r"(?P<mod>(?:(?:early|late|mid|the|this|last|next|this\s+past|this\s+coming|past|coming|that|the\s+early"
    r"|the\s+late)[\s-]+)+)?(?P<s>spring|summer|fall|autumn|winter)(?P<yr>\s+(?:of\s+)?(?P<y>"
    + _YEAR
    + r")|\s+of\s+(?P<yw>"
    + _YEAR_WORDS
    + r")|\s+(?P<yrel>this|last|next)\s+year)?\b",
    32,
    back=26,
    words=set(_SEASONS),
)
def _r_season(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    code = _SEASONS[m["s"].lower()]
    mods = " ".join((m["mod"] or "").lower().replace("-", " ").split()).split()
    nxt = ctx.next_word(e).lower()
    prev = ctx.prev_word(s)
    if (
        m["s"].lower() == "fall"
        and not m["y"]
        and not m["yrel"]
        and (
            not mods
            or nxt in ("of", "in", "to", "from", "by", "was", "has", "is", "will")
            or mods == ["the"]
            and nxt == ""
        )
        and not (mods and mods[-1] in ("last", "this", "next", "early", "late", "mid", "past", "coming"))
        and not (mods == ["the"] and prev in ("in", "during", "by", "until", "since", "through", "this", "that"))
    ):
        return None
    if m["yw"] and _year_words(m):
        v = _v_season(_year_words(m), code)  # type: ignore[arg-type]
        return _Res(s, e, "DATE", v, False, f"'{phrase}': season of an explicit year -> {v.value}")
    if m["y"]:
        v = _v_season(int(m["y"]), code)
        return _Res(s, e, "DATE", v, False, f"'{phrase}': season of an explicit year -> {v.value}")
    if (
        not mods
        and not m["yrel"]
        and prev
        not in (
            "in",
            "during",
            "by",
            "until",
            "since",
            "through",
            "this",
            "last",
            "next",
            "early",
            "late",
            "over",
            "that",
        )
    ):
        return None
    if mods == ["that"]:
        return _Res(s, e, "DATE", _Val(None, "season"), True, f"'{phrase}': {ANAPHORIC}", ANAPHORIC)
    if (
        mods
        and mods[0] == "the"
        and nxt in ("season", "olympics", "games", "solstice", "months", "break", "recess", "session", "term")
    ):
        return None
    if not mods and nxt in ("season", "olympics", "games", "solstice", "months", "break", "recess", "session", "term"):
        return None
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "season", f"'{phrase}': season without a year")
    pub = ctx.pub
    cur_y, cur_c = _season_containing(pub)
    if m["yrel"]:
        y = pub.year + {"this": 0, "last": -1, "next": 1}[m["yrel"].lower()]
        why = f"'{m['yrel'].lower()} year' is {y}"
    else:
        starts = [(yy, _season_start(yy, code)) for yy in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
        if "last" in mods or "past" in mods:
            y = max(yy for yy, st in starts if st <= pub and (yy, code) != (cur_y, cur_c))
            why = "most recent one before the current season ('last')"
        elif "next" in mods or "coming" in mods:
            y = min(yy for yy, st in starts if st > pub)
            why = "next one after publication ('next')"
        elif "this" in mods:
            y = cur_y if cur_c == code else pub.year if code != "WI" else pub.year if pub.month >= 3 else pub.year - 1
            why = "the one of the publication year ('this')"
        else:
            t = ctx.tense(s, e)
            if t == "future":
                y = cur_y if cur_c == code else min(yy for yy, st in starts if st > pub)
            elif t == "past":
                y = max(yy for yy, st in starts if st <= pub)
            else:
                y = cur_y if cur_c == code else pub.year
            why = f"season nearest to publication ({_tense_word(t)})"
    v = _v_season(y, code)
    return _Res(s, e, "DATE", v, True, f"'{phrase}', {_pubstr(pub)} -> {why} -> {v.value}")
