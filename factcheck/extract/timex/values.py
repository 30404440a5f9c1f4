"""Small helpers and TIMEX3 values (days, weeks, months, quarters, seasons, years), dateparser for absolute phrases."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .vocab import _SEASON_START, _SMALL, _TENS, _UNIT_CODE, _VAGUE

# --------------------------------------------------------------------------- small helpers


def _unit_key(u: str) -> str:
    u = u.lower()
    if u == "centuries":
        return "century"
    if u.endswith("s") and u[:-1] in _UNIT_CODE:
        return u[:-1]
    return u


def _parse_num(s: str) -> float | str | None:
    """A number, or ``"X"`` for vague amounts ("several"), or None."""
    s = re.sub(r"\s+", " ", s.strip().lower())
    if s in _VAGUE:
        return "X"
    if s in ("a couple", "a couple of", "couple of"):
        return 2
    if s in ("a dozen",):
        return 12
    if s in ("a hundred", "one hundred"):
        return 100
    if s in _SMALL:
        return _SMALL[s]
    if s in _TENS:
        return _TENS[s]
    m = re.fullmatch(r"([a-z]+)[\s-]([a-z]+)", s)
    if m and m.group(1) in _TENS and m.group(2) in _SMALL:
        return _TENS[m.group(1)] + _SMALL[m.group(2)]
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?: (\d)/(\d))?", s.replace(",", ""))
    if m:
        v = float(m.group(1))
        if m.group(2):
            v += int(m.group(2)) / int(m.group(3))
        return v
    return None


def _fmt_num(n: float) -> str:
    if float(n).is_integer():
        return str(int(n))
    return f"{n:.2f}".rstrip("0").rstrip(".")


def _duration_value(n: float | str, unit: str) -> str:
    code, is_time = _UNIT_CODE[_unit_key(unit)]
    if n == "X":
        return f"PT X{code}".replace(" ", "") if is_time else f"PX{code}"
    assert isinstance(n, (int, float))
    if code == "DE":
        code, n = "Y", n * 10
    elif code == "CE":
        code, n = "Y", n * 100
    elif _unit_key(unit) == "fortnight":
        n = n * 2
    elif _unit_key(unit) == "semester":
        n = n * 6
    if not float(n).is_integer():
        # "two and a half years" -> P2Y6M, "a minute and a half" -> PT1M30S
        if code == "W":
            code, n = "D", n * 7
        smaller = {
            ("Y", False): ("M", 12, False),
            ("M", False): ("D", 30, False),
            ("D", False): ("H", 24, True),
            ("H", True): ("M", 60, True),
            ("M", True): ("S", 60, True),
        }
        if (code, is_time) in smaller:
            c2, k, t2 = smaller[(code, is_time)]
            whole = int(n)
            rest = (n - whole) * k
            if float(rest).is_integer():
                date_part = "" if is_time or not whole else f"{whole}{code}"
                time_part = (f"{whole}{code}" if is_time and whole else "") + (f"{int(rest)}{c2}" if t2 else "")
                if not t2:
                    date_part += f"{int(rest)}{c2}"
                return "P" + date_part + (f"T{time_part}" if time_part else "")
    return f"PT{_fmt_num(n)}{code}" if is_time else f"P{_fmt_num(n)}{code}"


@lru_cache(maxsize=4096)
def _pubstr(pub: date) -> str:
    return f"published {pub:%a} {pub.isoformat()}"


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def _quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


# --------------------------------------------------------------------------- values


@dataclass(frozen=True)
class _Val:
    value: str | None
    gran: str
    start: date | None = None
    end: date | None = None


def _v_day(d: date) -> _Val:
    return _Val(d.isoformat(), "day", d, d)


def _v_week(d: date) -> _Val:
    y, w, _ = d.isocalendar()
    mon = d - timedelta(days=d.weekday())
    return _Val(f"{y}-W{w:02d}", "week", mon, mon + timedelta(days=6))


def _v_weekend(d: date) -> _Val:
    y, w, _ = d.isocalendar()
    sat = d - timedelta(days=d.weekday()) + timedelta(days=5)
    return _Val(f"{y}-W{w:02d}-WE", "week", sat, sat + timedelta(days=1))


def _v_month(y: int, m: int) -> _Val:
    return _Val(f"{y:04d}-{m:02d}", "month", date(y, m, 1), _month_end(y, m))


def _v_quarter(y: int, q: int) -> _Val:
    return _Val(f"{y:04d}-Q{q}", "quarter", date(y, 3 * q - 2, 1), _month_end(y, 3 * q))


def _v_half(y: int, h: int) -> _Val:
    return _Val(f"{y:04d}-H{h}", "unknown", date(y, 6 * h - 5, 1), _month_end(y, 6 * h))


def _v_season(y: int, code: str) -> _Val:
    m0 = _SEASON_START[code]
    y2, m2 = _add_months(y, m0, 2)
    return _Val(f"{y:04d}-{code}", "season", date(y, m0, 1), _month_end(y2, m2))


def _v_year(y: int) -> _Val:
    return _Val(f"{y:04d}", "year", date(y, 1, 1), date(y, 12, 31))


def _v_decade(y0: int) -> _Val:
    y0 -= y0 % 10
    return _Val(f"{y0 // 10:03d}", "decade", date(y0, 1, 1), date(y0 + 9, 12, 31))


def _v_century(c: int) -> _Val:
    """``c`` is the ordinal century: the 20th century is 1900-1999, value ``19``."""
    y0 = (c - 1) * 100
    return _Val(f"{c - 1:02d}", "unknown", date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31))


def _season_start(y: int, code: str) -> date:
    return date(y, _SEASON_START[code], 1)


def _season_containing(d: date) -> tuple[int, str]:
    m = d.month
    if m in (12, 1, 2):
        return (d.year if m == 12 else d.year - 1), "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


# --------------------------------------------------------------------------- dateparser


@lru_cache(maxsize=1)
def _date_data_parser() -> Any:
    """One dateparser reader for the process: building one per phrase (as
    ``dateparser.parse`` does when given settings) costs about 20 ms a call."""
    from dateparser.date import DateDataParser  # imported lazily: it is slow to import

    settings = {
        # never the clock; only phrases that carry their own year are read here,
        # so the base (and the publication date) cannot change the answer
        "RELATIVE_BASE": datetime(2000, 1, 1),
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=8192)
def _dateparser(phrase: str) -> date | None:
    """Read an extracted absolute phrase (one that carries its own year) with dateparser."""
    try:
        r = _date_data_parser().get_date_data(phrase)
    except Exception:  # pragma: no cover - library internals
        return None
    return r.date_obj.date() if r is not None and r.date_obj is not None else None
