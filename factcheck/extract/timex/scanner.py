"""The scanner: tokens trigger rules, matches are resolved, overlaps settled."""

from __future__ import annotations

import re
from bisect import bisect_left

# --------------------------------------------------------------------------- scanning
#
# Running every rule's regex over the whole text is slow (most rules begin with
# optional modifiers, so the regex engine tries them at every position).
# Instead the text is split into tokens once; each token that can be part of a
# time expression ("March", "week", "2025", "ago") triggers its rules, and
# those rules are matched anchored at the token starts a little before it.
# The rules register themselves when their modules are imported, in this order
# (the order breaks ties between rules of one priority).
from . import holidays, rules_clock, rules_dates, rules_durations, rules_relative, rules_years  # noqa: E402,F401,I001
from .core import _RULES, _Ctx, _Res, _span
from .discourse import _discourse
from .values import _Val
from .vocab import OUT_OF_RANGE

_TOKEN_RX = re.compile(r"\w+|[^\w\s]")

_RULES.sort(key=lambda r: r.prio)
_PRIO = {r.name: i for i, r in enumerate(_RULES)}
_BY_NAME = {r.name: r for r in _RULES}
_BACK_BY_RULE = {r.name: r.back for r in _RULES}
_BACK = max(_BACK_BY_RULE.values())
_BY_WORD: dict[str, list[str]] = {}
for _r in _RULES:
    for _w in sorted(_r.words):
        _BY_WORD.setdefault(_w, []).append(_r.name)
_DIGIT_RULES = [r for r in _RULES if r.digit is not None]


def _digit_rules(tok: str, text: str, s: int, e: int) -> list[str]:
    """The rules a token that starts with a digit triggers."""
    return [r.name for r in _DIGIT_RULES if r.digit is not None and r.digit(tok, text, s, e)]


def _scan(ctx: _Ctx, start: int, end: int, prior: list[tuple[_Res, str]] | None = None) -> list[tuple[_Res, str]]:
    text = ctx.text
    lo = max(0, start - _BACK)
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RX.finditer(text, lo, end)]
    starts = [t[0] for t in toks if t[0] >= start]
    tried: set[tuple[str, int]] = set()
    matches: dict[tuple[str, int, int], re.Match[str]] = {}
    for ts, te, tok in toks:
        if ts < start:
            continue
        names = _digit_rules(tok, text, ts, te) if tok[0].isdigit() else _BY_WORD.get(tok.lower(), [])
        if not names:
            continue
        hi = bisect_left(starts, ts) + 1
        for name in names:
            rx = _BY_NAME[name].rx
            for q in starts[bisect_left(starts, ts - _BACK_BY_RULE[name]) : hi]:
                if (name, q) in tried:
                    continue
                tried.add((name, q))
                m = rx.match(text, q, end)
                if m is not None and m.end() > m.start():
                    matches[(name, m.start(), m.end())] = m
    found: list[tuple[int, int, int, _Res, str]] = []
    for (name, ms, me), m in sorted(matches.items(), key=lambda kv: (kv[0][1], kv[0][2], _PRIO[kv[0][0]])):
        if ms > 0 and text[ms - 1].isalnum() and text[ms].isalnum():
            continue
        if me < len(text) and text[me].isalnum() and text[me - 1].isalnum():
            continue
        try:
            res = _BY_NAME[name].fn(ctx, m)
        except (ValueError, OverflowError):
            # e.g. "4,000 years ago": a date the calendar type cannot hold
            ss, se = _span(m)
            res = _Res(
                ss,
                se,
                "DATE",
                _Val(None, "unknown"),
                True,
                f"'{text[ss:se]}': outside the representable calendar range",
                OUT_OF_RANGE,
            )
        if res is None or res.end <= res.start:
            continue
        found.append((res.end - res.start, _PRIO[name], res.start, res, name))
    # longest first, then rule priority, then position: greedy non-overlapping selection
    found.sort(key=lambda t: (-t[0], t[1], t[2]))
    taken = bytearray(len(text) + 1)
    out: list[tuple[_Res, str]] = []
    for _, _, _, res, name in found:
        if any(taken[res.start : res.end]):
            continue
        taken[res.start : res.end] = b"\x01" * (res.end - res.start)
        out.append((res, name))
    out.sort(key=lambda t: (t[0].start, t[0].end))
    _discourse(ctx, out, prior or [])
    return out
