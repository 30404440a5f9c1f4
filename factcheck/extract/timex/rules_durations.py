"""Rules: durations, present/past/future references, sets."""

from __future__ import annotations

import re

from .core import _Ctx, _Res, _rule, _unknown
from .values import _duration_value, _parse_num, _pubstr, _unit_key, _Val
from .vocab import (
    _MON_FULL,
    _MONTHS,
    _NUM,
    _NUMD,
    _NUMW,
    _PARTS,
    _PLURAL_UNITS,
    _QMOD,
    _SEASONS,
    _UNIT,
    _UNIT_CODE,
    _UNIT_GRAN,
    _UNIT_PL,
    _UNIT_WORDS,
)

# ---- durations --------------------------------------------------------------------------

_DUR_DET = (
    r"(?:(?:the|these|those|its|their|his|her|our|my|your|each\s+of\s+the|all|for\s+the|in\s+the)\s+)?"
    r"(?:(?:past|last|next|first|final|previous|coming|following|initial|remaining|latest"
    r"|other|additional|further|extra|preceding|succeeding|subsequent|ensuing|prior)\s+)?"
)


_RATE_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundred|thousand|million|billion))"
    r"\s+(?:[A-Za-z]+\s+)?$",
    re.IGNORECASE,
)
_NOT_RATE_PREV = {
    "for",
    "in",
    "within",
    "over",
    "after",
    "about",
    "nearly",
    "almost",
    "than",
    "by",
    "of",
    "to",
    "from",
    "since",
    "during",
    "under",
    "past",
    "last",
    "next",
    "first",
}


@_rule(
    "duration",
    r"(?:(?P<q>"
    + _QMOD
    + r")\s+)?(?P<det>"
    + _DUR_DET
    + r")(?P<n>"
    + _NUM
    + r")(?P<half>\s+and\s+a\s+half)?[\s-]+(?:(?:more|additional|straight|consecutive|full|long"
    + r"|short|trading|business|working|calendar|fiscal|hour|light|school)[\s-]+)?(?P<u>"
    + _UNIT
    + r")(?P<half2>\s+and\s+a\s+half)?(?P<old>-old)?(?![\w-])",
    60,
    back=48,
    words=_UNIT_WORDS,
)
def _r_duration(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    det = " ".join(m["det"].lower().split())
    if det.startswith(("for the", "in the")):
        s = ctx.text.index(m["det"].split()[1], m.start("det"))  # the preposition is not part of it
    if m["q"] and m["q"].lower() == "over" and det:
        s = m.start("det")  # "over the past two years": 'over' is a preposition here
    phrase = ctx.text[s:e]
    nw = " ".join(m["n"].lower().split())
    u = _unit_key(m["u"])
    n = _parse_num(nw)
    if n is None:
        return None
    if nw in ("a", "an", "single") and u in ("second", "quarter", "night"):
        return None
    if nw in ("some", "many") and not det and not m["q"] and not m["u"].lower().endswith("s"):
        return None
    if u == "quarter" and ctx.next_word(e).lower() == "of":
        # "three quarters of the vote" is a fraction; "two quarters of losses" is time
        after = re.match(r"\s*of\s+(\w+)", ctx.text[e : e + 30])
        if (
            after is None
            or after.group(1).lower()
            in (
                "the",
                "a",
                "an",
                "its",
                "their",
                "all",
                "his",
                "her",
                "our",
                "those",
                "these",
                "them",
                "it",
                "us",
                "you",
                "that",
                "this",
                "each",
                "every",
                "my",
                "your",
            )
            or after.group(1)[:1].isdigit()
        ):
            return None
    if m["old"] or re.match(r"\s+old\b", ctx.text[e : e + 6]) or ctx.prev_word(s) in ("aged", "ages", "age"):
        return None  # an age, not a time
    if u == "min" and not m["u"].lower().startswith("min"):
        return None
    if m["u"][:1].isupper() and m["n"][:1].isdigit() and ctx.text[max(0, s - 2) : s].strip(" \"'“‘(") != "":
        return None  # "60 Minutes" is a title
    if (m["half"] or m["half2"]) and isinstance(n, (int, float)):
        n += 0.5
    # "15 a year", "$5 a day", "four flights a week": a rate, not a duration
    if nw in ("a", "an") and not det and not m["q"]:
        before = ctx.text[max(0, s - 30) : s]
        if _RATE_BEFORE.search(before) and ctx.prev_word(s) not in _NOT_RATE_PREV:
            val = f"P1{_UNIT_CODE[u][0]}" if not _UNIT_CODE[u][1] else f"PT1{_UNIT_CODE[u][0]}"
            return _Res(s, e, "SET", _Val(val, "unknown"), False, f"'{phrase}': a rate (per {u}) -> {val}")
    val = _duration_value(n, u)
    gran = _UNIT_GRAN.get(_UNIT_CODE[u][0] if not _UNIT_CODE[u][1] else "S", "unknown")
    return _Res(s, e, "DURATION", _Val(val, gran), False, f"'{phrase}': a length of time -> {val}")


@_rule(
    "dur_range",
    r"(?:between\s+)?(?P<n>"
    + _NUMD
    + r"|"
    + _NUMW
    + r")(?=\s*(?:and|to|or|-|–)\s*(?:"
    + _NUM
    + r")[\s-]+(?P<u>"
    + _UNIT
    + r")(?![\w-]))",
    61,
    back=40,
    words=_UNIT_WORDS,
)
def _r_dur_range(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span("n")
    n = _parse_num(m["n"])
    if n is None or n == "X" or m["n"].lower() in ("a", "an", "some", "many", "few", "several"):
        return None
    val = _duration_value(n, _unit_key(m["u"]))
    return _Res(
        s,
        e,
        "DURATION",
        _Val(val, "unknown"),
        False,
        f"'{m['n']}': first bound of a range of {m['u'].lower()} -> {val}",
    )


@_rule(
    "fraction",
    r"(?:half\s+an?\s+(?P<u1>hour|day|year|century|decade|minute)|(?P<q>a\s+quarter)\s+of\s+an?\s+(?P<u2>hour|century))\b",
    60,
    back=18,
    words={"hour", "day", "year", "century", "decade", "minute"},
)
def _r_fraction(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    u = (m["u1"] or m["u2"]).lower()
    n = 0.5 if m["u1"] else 0.25
    val = _duration_value(n, u)
    if m["q"] and u == "hour":
        val = "PT15M"
    return _Res(s, e, "DURATION", _Val(val, "unknown"), False, f"'{m.group(0)}': a length of time -> {val}")


@_rule(
    "vague_dur",
    r"(?P<det>recent|past|the\s+past|the\s+last|the\s+next|the\s+coming|coming|the\s+first|the\s+early|the\s+final|in\s+the\s+coming"
    r"|in\s+coming|in\s+recent|the\s+following|upcoming|the\s+upcoming|the\s+ensuing)(?:\s+(?:few|several|many))?\s+(?P<u>"
    + _UNIT_PL
    + r")(?![\w-])",
    55,
    back=32,
    words=_PLURAL_UNITS,
)
def _r_vague_dur(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    det = " ".join(m["det"].lower().split())
    if det.startswith("in "):
        s = m.start("det") + 3
        det = det[3:]
    phrase = ctx.text[s:e]
    u = _unit_key(m["u"])
    if det in ("the first", "the early", "the final") and ctx.next_word(e).lower() != "of":
        return None
    if det in ("the first", "the early", "the final"):
        return None
    if det in ("coming", "the coming", "upcoming", "the upcoming") and u in (
        "days",
        "day",
        "week",
        "month",
        "year",
        "hour",
        "minute",
        "decade",
    ):
        if ctx.pub is None:
            return _unknown(s, e, "DATE", "unknown", f"'{phrase}': vague future")
        return _Res(
            s,
            e,
            "DATE",
            _Val("FUTURE_REF", "unknown"),
            True,
            f"'{phrase}', {_pubstr(ctx.pub)} -> vague future reference -> FUTURE_REF",
        )
    if det in ("the following", "the ensuing"):
        return _Res(
            s,
            e,
            "DURATION",
            _Val(_duration_value("X", u), "unknown"),
            False,
            f"'{phrase}': a vague length of time after another event -> {_duration_value('X', u)}",
        )
    val = _duration_value("X", u)
    return _Res(s, e, "DURATION", _Val(val, "unknown"), False, f"'{phrase}': a vague length of time -> {val}")


@_rule(
    "bare_plural",
    r"(?:\b(?:for|within|over|after|take|takes|took|taking|lasted|last|lasting|spent|spend|in)\s+|(?<=[\s,])(?=\w+\s+(?:before"
    r"|after)\s+\w))(?P<t>(?P<u>minutes|hours|days|weeks|months|years|decades|centuries))(?![\w-])",
    70,
    back=14,
    words=_PLURAL_UNITS,
)
def _r_bare_plural(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span("t")
    nxt = ctx.next_word(e).lower()
    if nxt in ("of", "old", "ago", "later", "earlier"):
        return None
    prev = ctx.prev_word(s)
    if prev == "in" and nxt not in ("", ",", ".", ";", "and", "to", "as"):
        return None
    if prev in ("the", "a", "an", "of", "those", "these", "their", "his", "her", "its", "our", "my"):
        return None
    u = _unit_key(m["u"])
    val = _duration_value("X", u)
    return _Res(s, e, "DURATION", _Val(val, "unknown"), False, f"'{m['t']}': a vague length of time -> {val}")


# ---- present / past / future references -----------------------------------------------------


@_rule(
    "ref",
    r"\b(?P<w>now|currently|right\s+now|at\s+present|at\s+the\s+moment|nowadays|these\s+days|presently|"
    r"recently|lately|(?:more\s+|most\s+|until\s+)?recently|in\s+the\s+past|the\s+past|"
    r"the\s+future|the\s+near\s+future|the\s+present|recent)(?![\w-])",
    80,
    back=16,
    words={
        "now",
        "currently",
        "present",
        "moment",
        "nowadays",
        "days",
        "presently",
        "recently",
        "lately",
        "past",
        "future",
        "recent",
    },
)
def _r_ref(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    w = " ".join(m["w"].lower().split())
    nxt = ctx.next_word(e).lower()
    prev = ctx.prev_word(s)
    if w.startswith("in the past"):
        s += 3
        w = w[3:]
    if w in ("the past", "the future", "the present") and nxt in ("tense", "participle", "perfect"):
        return None
    if w == "the present" and prev not in ("at", "until", "to", "the", "and"):
        return None
    if w == "the past" and nxt in ("week", "month", "year", "decade"):
        return None
    if w == "recent" and (nxt.endswith("ly") or not nxt[:1].isalpha()):
        return None  # the adjective needs a noun: "the recent attack"
    phrase = ctx.text[s:e]
    if w in (
        "now",
        "currently",
        "right now",
        "at present",
        "at the moment",
        "nowadays",
        "these days",
        "presently",
        "the present",
    ):
        val = "PRESENT_REF"
    elif w in ("the future", "the near future"):
        val = "FUTURE_REF"
    else:
        val = "PAST_REF"
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "unknown", f"'{phrase}': {val.lower().replace('_ref', '')} reference")
    st = en = None
    if val == "PRESENT_REF":
        st = en = ctx.pub
    return _Res(
        s,
        e,
        "DATE",
        _Val(val, "unknown", st, en),
        True,
        f"'{phrase}', {_pubstr(ctx.pub)} -> {val.split('_')[0].lower()} reference -> {val}",
    )


# ---- sets -------------------------------------------------------------------------------


@_rule(
    "set_every",
    r"(?:every|each)\s+(?:(?P<n>other|"
    + _NUMD
    + r"|two|three|four|five|six|ten|few)\s+)?(?P<u>day|week|weekend|month|year|quarter|hour"
    + r"|minute|morning|afternoon|evening|night|spring|summer|fall|autumn|winter|season|"
    + _MON_FULL
    + r"|days|weeks|months|years|hours|minutes|quarters)(?![\w-])",
    33,
    back=0,
    words={"every", "each"},
)
def _r_set_every(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    u = m["u"].lower()
    nraw = (m["n"] or "").lower()
    n: float | str | int = 2 if nraw == "other" else (_parse_num(nraw) if nraw else 1) or 1
    if u in _PARTS:
        val = f"XXXX-XX-XXT{_PARTS[u]}"
    elif u in _SEASONS:
        val = f"XXXX-{_SEASONS[u]}"
    elif u in _MONTHS:
        val = f"XXXX-{_MONTHS[u]:02d}"
    elif u == "weekend":
        val = "XXXX-WXX-WE"
    elif u == "season":
        val = "P1Y"
    else:
        if u.endswith("s") and not nraw:
            return None
        val = _duration_value(n if n != "X" else "X", u)
    return _Res(s, e, "SET", _Val(val, "unknown"), False, f"'{m.group(0)}': recurring -> {val}")


@_rule(
    "set_adv",
    r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)\b",
    85,
    back=0,
    words={
        "daily",
        "weekly",
        "monthly",
        "annually",
        "yearly",
        "hourly",
        "nightly",
        "quarterly",
        "biweekly",
        "semiannually",
    },
)
def _r_set_adv(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    w = m["w"].lower()
    nxt = ctx.next_word(e)
    if (
        w in ("daily", "weekly", "monthly", "quarterly", "yearly")
        and nxt[:1].isalpha()
        and nxt.lower() not in ("and", "or", "basis", "for", "in", "at", "on", "to", "from", "since", "by", "until")
    ):
        return None  # an adjective: "a daily newspaper", "The Daily Mail"
    val = {
        "daily": "P1D",
        "weekly": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "yearly": "P1Y",
        "hourly": "PT1H",
        "nightly": "XXXX-XX-XXTNI",
        "quarterly": "P1Q",
        "biweekly": "P2W",
        "semiannually": "P6M",
    }[w]
    return _Res(s, e, "SET", _Val(val, "unknown"), False, f"'{m.group(0)}': recurring -> {val}")


@_rule(
    "set_rate",
    r"(?P<t>(?:once|twice|thrice|(?:"
    + _NUM
    + r")\s+times)\s+(?:a|an|per|each|every)\s+(?P<u>day|week|month|year|quarter|hour|minute|decade))\b",
    34,
    back=22,
    words={"once", "twice", "thrice", "times"},
)
def _r_set_rate(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    u = m["u"].lower()
    val = _duration_value(1, u)
    return _Res(s, e, "SET", _Val(val, "unknown"), False, f"'{m.group(0)}': a frequency -> {val}")
