"""Discourse: comparisons and 'the quarter' / 'the day' resolved against the period the text reports on."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date

from .core import _Ctx, _Res
from .values import _fmt_num, _pubstr, _v_day, _v_half, _v_month, _v_quarter, _v_season, _v_year, _Val

_ANCHOR_RULES = {
    "md",
    "dm",
    "mdy",
    "dmy",
    "iso",
    "my",
    "month",
    "quarter",
    "qshort",
    "half",
    "year",
    "relunit",
    "yearago",
    "sameperiod",
}
_PERIOD_RX = re.compile(r"(\d{4})(|-Q[1-4]|-H[12]|-\d\d|-\d\d-\d\d|-(?:SP|SU|FA|WI))")


def _shift_years(v: _Val, k: int) -> _Val | None:
    m = _PERIOD_RX.fullmatch(v.value or "")
    if not m:
        return None
    y, rest = int(m[1]) - k, m[2]
    if not rest:
        return _v_year(y)
    if rest[1] == "Q":
        return _v_quarter(y, int(rest[2]))
    if rest[1] == "H":
        return _v_half(y, int(rest[2]))
    if rest[1].isalpha():
        return _v_season(y, rest[1:])
    parts = [int(x) for x in rest[1:].split("-")]
    if len(parts) == 1:
        return _v_month(y, parts[0])
    return _v_day(date(y, parts[0], min(parts[1], calendar.monthrange(y, parts[0])[1])))


def _with_year(v: _Val, y: int) -> _Val | None:
    m = _PERIOD_RX.fullmatch(v.value or "")
    return _shift_years(v, int(m[1]) - y) if m else None


def _discourse(ctx: _Ctx, out: list[tuple[_Res, str]], prior: Sequence[tuple[_Res, str]] = ()) -> None:
    """Resolve comparisons against the period the text is reporting on.

    "profit rose 10% from a year earlier" (after "in the third quarter") means
    the same quarter one year before; "the quarter" after "the third quarter"
    is that quarter.
    """
    anchors: list[_Res] = [r for r, n in prior if _is_anchor(r, n)]
    days = [r for r, n in prior if r.type == "DATE" and r.val is not None and r.val.gran == "day" and r.val.value]
    for res, name in out:
        meta = res.meta or {}
        if meta.get("the_day"):
            if days:
                a = days[-1]
                assert a.val is not None  # days filtered on a value above
                res.val, res.reason = a.val, None
                res.how = (
                    f"'{ctx.text[res.start : res.end]}': the day last named in the text "
                    f"('{ctx.text[a.start : a.end]}') -> {a.val.value}"
                )
            elif ctx.pub is not None:
                res.val, res.reason = _v_day(ctx.pub), None
                res.how = (
                    f"'{ctx.text[res.start : res.end]}', {_pubstr(ctx.pub)} -> no day named earlier: "
                    f"the publication day -> {ctx.pub.isoformat()}"
                )
            continue
        if res.type == "DATE" and res.val is not None and res.val.gran == "day" and res.val.value:
            days.append(res)
        if "period_year" in meta:
            prev = [
                a
                for a in anchors
                if a.val
                and a.val.gran in ("quarter", "month", "unknown")
                and 0 <= res.start - a.end <= 600
                and (a.val.value or "")[:4] != str(meta["period_year"])[:4]
            ]
            prev = prev or [
                a
                for a in anchors
                if a.val and a.val.gran in ("quarter", "month", "unknown") and 0 <= res.start - a.end <= 600
            ]
            if prev:
                v = _with_year(prev[-1].val, meta["period_year"])  # type: ignore[arg-type]
                if v is not None:
                    res.val = v
                    res.how = (
                        f"'{ctx.text[res.start : res.end]}': the period last named in the text "
                        f"('{ctx.text[prev[-1].start : prev[-1].end]}'), in {meta['period_year']} -> {v.value}"
                    )
            if _is_anchor(res, name):
                anchors.append(res)
            continue
        if meta.get("the_quarter"):
            prev = [a for a in anchors if a.val and a.val.gran == "quarter"]
            if prev:
                a = prev[-1]
                assert a.val is not None  # anchors filtered on a value above
                res.val = a.val
                res.how = (
                    f"'{ctx.text[res.start : res.end]}': the quarter last named in the text "
                    f"('{ctx.text[a.start : a.end]}') -> {a.val.value}"
                )
        elif (
            meta.get("u") == "year"
            and meta.get("dir") in ("earlier", "ago")
            and isinstance(meta.get("n"), (int, float))
            and float(meta["n"]).is_integer()
        ):
            near = [a for a in anchors if a.val and 0 <= res.start - a.end <= 400]
            noun = meta.get("noun", "")
            if noun in ("quarter", "month"):
                near = [a for a in near if a.val and a.val.gran == noun]
            if meta["dir"] == "ago" and not meta.get("adj"):
                near = [
                    a
                    for a in near
                    if a.val and a.val.gran in ("quarter",) or (a.val and (a.val.value or "")[4:6] == "-H")
                ]
            if near:
                a = near[-1]
                assert a.val is not None
                v = _shift_years(a.val, int(meta["n"]))
                if v is not None:
                    res.val = v
                    res.reason = None
                    res.how = (
                        f"'{ctx.text[res.start : res.end]}': a comparison with the same period "
                        f"{_fmt_num(meta['n'])} year(s) before the period last named in the text "
                        f"('{ctx.text[a.start : a.end]}' = {a.val.value}) -> {v.value}"
                    )
        if _is_anchor(res, name):
            anchors.append(res)


def _is_anchor(res: _Res, name: str) -> bool:
    return (
        name in _ANCHOR_RULES
        and res.type == "DATE"
        and res.val is not None
        and bool(res.val.value)
        and bool(_PERIOD_RX.fullmatch(res.val.value or ""))
        and res.val.gran != "week"
    )
