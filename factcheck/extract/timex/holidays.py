"""Rules: named holidays (fixed, nth weekday, Easter-based)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from .core import _Ctx, _nearest_yearless, _Res, _rule, _unknown
from .values import _month_end, _pubstr, _v_day
from .vocab import _YEAR

# ---- holidays ---------------------------------------------------------------------------


def _easter(y: int) -> date:
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month = (h + l_ - 7 * m + 114) // 31
    day = (h + l_ - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, mo: int, wd: int, n: int) -> date:
    if n > 0:
        d = date(y, mo, 1)
        d += timedelta(days=(wd - d.weekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = _month_end(y, mo)
    return d - timedelta(days=(d.weekday() - wd) % 7)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
    "boxing day": lambda y: date(y, 12, 26),
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "independence day": lambda y: date(y, 7, 4),
    "canada day": lambda y: date(y, 7, 1),
    "bastille day": lambda y: date(y, 7, 14),
    "halloween": lambda y: date(y, 10, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "veterans day": lambda y: date(y, 11, 11),
    "remembrance day": lambda y: date(y, 11, 11),
    "armistice day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "easter": _easter,
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    # US federal elections: the Tuesday after the first Monday in November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
}


@_rule(
    "holiday",
    r"(?:(?P<mod>last|this|next|this\s+past|this\s+coming)\s+)?(?P<h>(?-i:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['’]s\s+(?:Day|Eve)|Independence\s+Day|Canada\s+Day|Bastille\s+Day|Halloween|Valentine['’]s\s+Day"
    r"|Veterans\s+Day|Remembrance\s+Day|Armistice\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Mother['’]s\s+Day|Father['’]s\s+Day|Easter(?:\s+(?:Sunday|Monday))?|Good\s+Friday|Election\s+Day))(?:,?\s+(?P<y>"
    + _YEAR
    + r"))?\b",
    22,
    back=24,
    words={"christmas", "day", "eve", "halloween", "thanksgiving", "easter", "friday", "election"},
)
def _r_holiday(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    phrase = m.group(0)
    key = " ".join(m["h"].lower().replace("’", "'").split())
    fn = _HOLIDAYS[key]
    nxt = ctx.next_word(e).lower()
    if key in ("christmas", "easter", "thanksgiving", "halloween") and nxt in (
        "tree",
        "trees",
        "card",
        "cards",
        "shopping",
        "season",
        "island",
        "present",
        "presents",
        "party",
        "parties",
        "dinner",
        "sales",
        "market",
        "markets",
        "lights",
        "carol",
        "carols",
        "decorations",
        "holiday",
        "holidays",
        "music",
        "egg",
        "eggs",
        "bunny",
        "spirit",
        "weekend",
        "rising",
        "costume",
        "costumes",
        "film",
        "movie",
        "special",
        "message",
        "address",
    ):
        return None
    if m["y"]:
        d = fn(int(m["y"]))
        return _Res(s, e, "DATE", _v_day(d), False, f"'{phrase}': holiday of an explicit year -> {d.isoformat()}")
    if ctx.pub is None:
        return _unknown(s, e, "DATE", "day", f"'{phrase}': holiday without a year")
    pub = ctx.pub
    cands = [fn(y) for y in (pub.year - 1, pub.year, pub.year + 1)]
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("last", "this past"):
        d, why = max(c for c in cands if c < pub), "most recent before publication"
    elif mod in ("next", "this coming"):
        d, why = min(c for c in cands if c > pub), "next after publication"
    else:
        d, why = _nearest_yearless(pub, cands, ctx.tense(s, e))
    return _Res(s, e, "DATE", _v_day(d), True, f"'{phrase}', {_pubstr(pub)} -> {why} -> {d.isoformat()}")
