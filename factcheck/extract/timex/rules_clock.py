"""Rules: clock times."""

from __future__ import annotations

import re

from .core import _am_pm_token, _Ctx, _Res, _rule, _time_res
from .vocab import _TIME_DAY, _TZ, _TZ_WORDS

# ---- clock times --------------------------------------------------------------------------


@_rule(
    "clock",
    r"(?<![\d:.$])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b|(?-i:[AP]M)\b)(?:\s+(?P<tz>"
    + _TZ
    + r"))?"
    + _TIME_DAY,
    16,
    back=10,
    words={"m", "am", "pm"},
    digit=_am_pm_token,
)
def _r_clock(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    h = int(m["h"]) % 12 + (12 if m["ap"].lower().startswith("p") else 0)
    mi = int(m["mi"] or 0)
    return _time_res(ctx, m, h, mi, "clock time")


@_rule(
    "clock24",
    r"(?<![\d:.$])(?P<h>[01]?\d|2[0-3])[:.]?(?P<mi>[0-5]\d)(?:\s*(?:hours|hrs|h))?\s+(?P<tz>"
    + _TZ
    + r")\b"
    + _TIME_DAY,
    16,
    back=16,
    words=_TZ_WORDS,
)
def _r_clock24(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    return _time_res(ctx, m, int(m["h"]), int(m["mi"]), "24-hour clock time")


@_rule(
    "noon",
    r"(?P<w>noon|midnight|midday|mid-day)(?:\s+(?P<tz>" + _TZ + r"))?" + _TIME_DAY,
    17,
    back=0,
    words={"noon", "midnight", "midday", "mid"},
)
def _r_noon(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    w = m["w"].lower()
    if ctx.prev_word(m.start()) == "high":
        return None  # "high noon"
    # TIMEX3 writes midnight at the end of the day it closes: T24:00
    return _time_res(ctx, m, 24 if w == "midnight" else 12, 0, w)
