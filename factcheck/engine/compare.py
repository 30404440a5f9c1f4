"""Typed comparison of two values of one slot: pure functions, no corpus.

Every function answers with a :class:`Verdict`:

- ``same``: the two expressions mean the same value ("2.1 billion" and "2,100
  million"; "Friday" resolved to 2025-03-28 and "March 28");
- ``compatible``: both can be true at once (a month contains its days; "more
  than 200" and 250; "Northvale, Westshire" and "Westshire"; a fragment of a quotation
  and the full quotation; ages one year apart across a birthday);
- ``differ``: both cannot be true of one slot: a conflict, when the slot is the
  same;
- ``unknown``: the values cannot be compared (different units, different
  currencies, an unresolved date): never a conflict.

``why`` says in words what decided, for the report. ``weak`` marks a
difference that rests on missing evidence rather than on the values (two
different place names whose containment the text does not show), so the
caller can lower it to a possible conflict.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Literal

from ..extract.quotes import normalize_quote
from ..knowledge import meaning
from ..text.words import ORDINAL_WORDS, STOPWORDS, TIME_UNIT_DAYS, UNIT_SYMBOLS
from .titles import exclusive, same_org

Relation = Literal["same", "compatible", "differ", "unknown"]


@dataclass(frozen=True)
class Verdict:
    relation: Relation
    why: str
    weak: bool = False

    @property
    def conflict(self) -> bool:
        return self.relation == "differ"

    @property
    def agree(self) -> bool:
        return self.relation in ("same", "compatible")


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class Clock:
    """A time of day as written ("at 9:27 a.m.", "just after 6am", "about 4
    p.m. GMT"): the minutes after midnight it may stand for, widened by how
    precisely it is written (a round hour is often a rounded time) and by its
    hedge ("about", "shortly after"), and its time zone if the text names one."""

    low: int
    high: int
    zone: str | None = None
    text: str = ""


@dataclass(frozen=True)
class DateValue:
    """A resolved date as an inclusive calendar range and its granularity."""

    start: date
    end: date
    granularity: str = "day"
    text: str = ""
    relative: bool = False  # resolved against a publication date ("today", "Monday", "last month")
    clock: Clock | None = None  # the time of day, when the text gives one


RELATIVE_SLACK_DAYS = 1


def compare_dates(a: DateValue, b: DateValue, *, slack_days: int = 0) -> Verdict:
    """Equal ranges are the same date; a range that contains or overlaps the
    other is compatible (a month contains its days, a week its weekdays);
    disjoint ranges differ. ``slack_days`` widens the overlap test; a relative
    date ("today", "last night") one day off is compatible, since it rests on a
    publication date that may be a day late. A weekday does not rest on it
    ("Monday" is a Monday whenever the story was filed): one day off, it is
    compared as a day of the week (:func:`compare_partial_dates`)."""
    if a.start == b.start and a.end == b.end:
        return Verdict("same", f"'{a.text}' and '{b.text}' both mean {_range(a)}")
    lo = max(a.start, b.start).toordinal()
    hi = min(a.end, b.end).toordinal()
    if (a.relative or b.relative) and hi < lo <= hi + RELATIVE_SLACK_DAYS:
        if _names_weekday(a) or _names_weekday(b):
            # "Monday" is a Monday whatever day the story was filed: a day off is
            # another day, unless the two are told around one midnight
            return compare_partial_dates(a, b)
        rel = a if a.relative else b
        return Verdict(
            "compatible",
            f"'{rel.text}' is relative to a publication date and one day off: a story filed the evening before, "
            "or a time zone, can give it",
        )
    if lo <= hi + slack_days:
        if (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end):
            outer, inner = (a, b) if a.end - a.start >= b.end - b.start else (b, a)
            return Verdict("compatible", f"{_range(outer)} ('{outer.text}') contains {_range(inner)} ('{inner.text}')")
        return Verdict("compatible", f"{_range(a)} and {_range(b)} overlap")
    return Verdict("differ", f"'{a.text}' is {_range(a)}, '{b.text}' is {_range(b)}: no day in common")


def slips(d: DateValue | PartialDate) -> bool:
    """Whether a date rests on the publication date without naming its
    weekday ("yesterday", "last night"): a story filed late puts it a day off."""
    return isinstance(d, DateValue) and d.relative and not _names_weekday(d)


def _names_weekday(d: DateValue) -> bool:
    """Whether a date resolved against the publication date names its weekday
    ("Monday", "late Friday"): the weekday fixes the day, whatever day the
    story was filed, as "today" or "last night" does not."""
    return d.relative and _WEEKDAY_RE.search(d.text) is not None


def _range(d: DateValue) -> str:
    if d.start == d.end:
        return d.start.isoformat()
    return f"{d.start.isoformat()}..{d.end.isoformat()}"


# --------------------------------------------------------------------------- times of day


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _span(c: Clock) -> str:
    return _hhmm(c.low) if c.low == c.high else f"{_hhmm(c.low)}..{_hhmm(c.high)}"


def compare_clocks(a: Clock, b: Clock) -> Verdict:
    """Two times of one day: the intervals they stand for must meet. Times in
    different zones, or one with a zone and one without, are not compared."""
    if a.zone != b.zone:
        return Verdict("unknown", f"'{a.text}' and '{b.text}' are told in different time zones, or one names none")
    if (a.low, a.high) == (b.low, b.high):
        return Verdict("same", f"'{a.text}' and '{b.text}' are one time of day")
    if a.low <= b.high and b.low <= a.high:
        return Verdict("compatible", f"'{a.text}' ({_span(a)}) and '{b.text}' ({_span(b)}) can be one time")
    return Verdict("differ", f"'{a.text}' is {_span(a)}, '{b.text}' is {_span(b)}: not one time of day")


# --------------------------------------------------------------------------- days named without a year


@dataclass(frozen=True)
class PartialDate:
    """A day named without the year or week that would place it: a weekday
    ("Friday night") or a month and day ("June 24") in an article whose
    publication date is unknown. Two sources can still disagree about it:
    no Friday is a Thursday, and no June 24 is a June 14, whatever the year."""

    weekday: int | None = None  # 0 = Monday
    month: int | None = None
    day: int | None = None
    late: bool = False  # "night", "evening", "late": may run into the next day
    early: bool = False  # "early", "morning", "dawn": may be the night before
    text: str = ""
    clock: Clock | None = None  # the time of day, when the text gives one

    def describe(self) -> str:
        parts = []
        if self.weekday is not None:
            parts.append(_WEEKDAY_NAMES[self.weekday])
        if self.month is not None and self.day is not None:
            parts.append(f"{_MONTH_NAMES[self.month - 1]} {self.day}")
        return ", ".join(parts)


_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_WEEKDAY_RE = re.compile(
    r"\b(?:(mon|tues|wednes|thurs|fri|satur|sun)day|(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)", re.I
)
_WD_INDEX = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
_MONTH_RX = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_DAY_RE = re.compile(
    rf"\b{_MONTH_RX}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{{4}})|\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_RX}",
    re.I,
)
_MONTH_INDEX = {m[:3].casefold(): i + 1 for i, m in enumerate(_MONTH_NAMES)}
_LATE_RE = re.compile(r"\b(?:night|evening|late|overnight|midnight)\b", re.I)
_EARLY_RE = re.compile(r"\b(?:early|morning|dawn|pre-?dawn|overnight|midnight)\b", re.I)


#: Parts of a day far from the midnight that ends it, and far from the one that begins it.
_FAR_FROM_END = re.compile(r"\b(?:morning|afternoon|early|dawn|noon)\b", re.I)
_FAR_FROM_START = re.compile(r"\b(?:afternoon|evening|night|late|noon)\b", re.I)
_MIDNIGHT = re.compile(r"\b(?:overnight|midnight)\b", re.I)


def _away_from_midnight(first: PartialDate, second: PartialDate) -> bool:
    """Whether a day and the next are told at times that cannot meet at the
    midnight between them: "late Thursday" / "Friday afternoon", "Thursday
    morning" / "early Friday"."""
    if _MIDNIGHT.search(first.text) or _MIDNIGHT.search(second.text):
        return False
    return bool(_FAR_FROM_END.search(first.text) or _FAR_FROM_START.search(second.text))


def partial_date(text: str) -> PartialDate | None:
    """The weekday and the month and day a time expression names, whatever its
    year: "early Friday" -> Friday (early), "Dec. 6" -> December 6,
    "Thursday, November 10th" -> both. None when it names neither."""
    wd = _WEEKDAY_RE.search(text)
    weekday = _WD_INDEX[(wd.group(1) or wd.group(2))[:3].casefold()] if wd else None
    md = _MONTH_DAY_RE.search(text)
    month = day = None
    if md:
        mon, dd = (md.group(1), md.group(2)) if md.group(1) else (md.group(4), md.group(3))
        month, day = _MONTH_INDEX.get(mon[:3].casefold()), int(dd)
        if month is None or not 1 <= day <= _days_in(month):
            month = day = None
    if weekday is None and month is None:
        return None
    return PartialDate(weekday, month, day, bool(_LATE_RE.search(text)), bool(_EARLY_RE.search(text)), text)


def _days_in(month: int) -> int:
    return (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month - 1]


def _as_partial(d: DateValue | PartialDate) -> PartialDate | None:
    if isinstance(d, PartialDate):
        return d
    if d.start != d.end:
        return None  # a week, a month: not one day
    return PartialDate(
        d.start.weekday(),
        d.start.month,
        d.start.day,
        bool(_LATE_RE.search(d.text)),
        bool(_EARLY_RE.search(d.text)),
        d.text,
        d.clock,
    )


def day_offset(a: DateValue | PartialDate, b: DateValue | PartialDate) -> int | None:
    """How many days ``b``'s day is after ``a``'s (0, 1 or -1), when both name
    one day and they are that close; None otherwise."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        if a.start != a.end or b.start != b.end:
            return None
        days = (b.start - a.start).days
        return days if days in (-1, 0, 1) else None
    if same_day(a, b):
        return 0
    pa, pb = _as_partial(a), _as_partial(b)
    if pa is None or pb is None:
        return None
    if _next_day(pa, pb):
        return 1
    if _next_day(pb, pa):
        return -1
    return None


def shifted(c: Clock, minutes: int) -> Clock:
    """A time of day moved by whole days (told on the day before or after)."""
    return Clock(c.low + minutes, c.high + minutes, c.zone, c.text)


def one_day(d: DateValue) -> bool:
    """Whether a resolved date is one day (a time of day on it included)."""
    return d.start == d.end and d.granularity in ("day", "time")


def same_day(a: DateValue | PartialDate, b: DateValue | PartialDate) -> bool:
    """Whether two dates name one and the same day (the weekdays, or the
    months and days, that both give agree; resolved days are equal)."""
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return a.start == a.end == b.start == b.end
    pa, pb = _as_partial(a), _as_partial(b)
    if pa is None or pb is None:
        return False
    checks = _day_checks(pa, pb)
    return bool(checks) and all(checks)


def _day_checks(pa: PartialDate, pb: PartialDate) -> list[bool]:
    """Whether the weekdays agree, and the months and days, as far as both name them."""
    checks = []
    if pa.weekday is not None and pb.weekday is not None:
        checks.append(pa.weekday == pb.weekday)
    if None not in (pa.month, pb.month, pa.day, pb.day):
        checks.append((pa.month, pa.day) == (pb.month, pb.day))
    return checks


#: Times of day near a midnight: from 9 p.m. a day may run into the next; before 5
#: a.m. it may be told as the day before ("at 1 a.m. Monday" / "on Sunday night").
_LATE_FROM = 21 * 60
_EARLY_UNTIL = 5 * 60


def _late(p: PartialDate) -> bool:
    return p.late or (p.clock is not None and p.clock.high >= _LATE_FROM)


def _early(p: PartialDate) -> bool:
    return p.early or (p.clock is not None and p.clock.low < _EARLY_UNTIL)


def _next_day(a: PartialDate, b: PartialDate) -> bool | None:
    """Whether ``b`` is the day after ``a`` (None: the two name nothing in common)."""
    if a.weekday is not None and b.weekday is not None:
        return (b.weekday - a.weekday) % 7 == 1
    if a.month is not None and b.month is not None and a.day is not None and b.day is not None:
        da, db = date(2000, a.month, a.day), date(2000, b.month, b.day)
        return (db - da).days in (1, -365)
    return None


def compare_partial_dates(a: DateValue | PartialDate, b: DateValue | PartialDate) -> Verdict:
    """Two days, one or both named without a year: the weekdays, or the months
    and days, must agree. A day and the next agree when the first is told as
    its night or the second as its early hours ("late Friday" / "early
    Saturday"). A weekday against a month and day is not comparable."""
    pa, pb = _as_partial(a), _as_partial(b)
    if pa is None or pb is None:
        return Verdict("unknown", f"'{a.text}' or '{b.text}' is not one day")
    checks = _day_checks(pa, pb)
    if not checks:
        return Verdict("unknown", f"'{a.text}' and '{b.text}' name a day in different ways (a weekday, a date)")
    if all(checks):
        return Verdict("compatible", f"'{a.text}' and '{b.text}' name the same day ({pa.describe()})")
    # a day off is no slip of the publication date when the relative side names its weekday
    relative = slips(a) or slips(b)
    for first, second in ((pa, pb), (pb, pa)):
        if _next_day(first, second) and relative:
            return Verdict(
                "compatible",
                "one day apart, and the resolved side is relative to a publication date that may be a day late",
            )
        if _next_day(first, second) and (_late(first) or _early(second)) and not _away_from_midnight(first, second):
            return Verdict(
                "compatible",
                f"'{first.text}' and '{second.text}' are consecutive days told around midnight: one night",
            )
    return Verdict(
        "differ", f"'{a.text}' is {pa.describe()}, '{b.text}' is {pb.describe()}: not one day, whatever the year"
    )


# --------------------------------------------------------------------------- numbers

#: Hedge words and the interval they give around a written value ``v``:
#: (low factor, high factor, low open, high open); ``None`` for an unbounded side.
_APPROX = 0.1  # "about 300": within 10 %
_NEARLY = 0.15  # "nearly 300": up to 15 % below, not above
_HEDGES: dict[str, tuple[float | None, float | None]] = {
    "about": (1 - _APPROX, 1 + _APPROX),
    "around": (1 - _APPROX, 1 + _APPROX),
    "approximately": (1 - _APPROX, 1 + _APPROX),
    "roughly": (1 - _APPROX, 1 + _APPROX),
    "some": (1 - _APPROX, 1 + _APPROX),
    "close to": (1 - _NEARLY, 1.0),
    "nearly": (1 - _NEARLY, 1.0),
    "almost": (1 - _NEARLY, 1.0),
    "just under": (1 - _NEARLY, 1.0),
    "more than": (1.0, None),
    "over": (1.0, None),
    "just over": (1.0, 1 + _NEARLY),
    "at least": (1.0, None),
    "less than": (None, 1.0),
    "fewer than": (None, 1.0),
    "under": (None, 1.0),
    "at most": (None, 1.0),
    "up to": (None, 1.0),
    "no more than": (None, 1.0),
    "as many as": (None, 1.0),
    "as much as": (None, 1.0),
    "in excess of": (1.0, None),
    "upwards of": (1.0, None),
    "well over": (1.0, None),
    "well under": (None, 1.0),
    "just shy of": (1 - _NEARLY, 1.0),
}

#: The hedges a figure may carry, as written ("about", "more than", "in excess of").
HEDGE_PHRASES: tuple[str, ...] = tuple(_HEDGES)

#: Currency units that a bare "$" may stand for.
_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class NumberValue:
    """A number as normalised by extraction: its value, unit, hedge and the
    precision it was written with (``step``: 0.1 billion for "2.1 billion")."""

    value: float
    unit: str = "count"
    hedge: str | None = None
    step: float = 1.0
    text: str = ""

    def interval(self) -> tuple[float, float]:
        """The values the expression admits: hedges widen it, and a rounded
        figure admits what rounds to it."""
        v = self.value
        half = self.step / 2
        lo, hi = v - half, v + half
        if self.hedge:
            h = _HEDGES.get(self.hedge.casefold())
            if h is not None:
                flo, fhi = h
                lo = -math.inf if flo is None else min(lo, v * flo)
                hi = math.inf if fhi is None else max(hi, v * fhi)
        return lo, hi


def number_from(normalized: str, unit: str | None, *, hedge: str | None = None, text: str = "") -> NumberValue | None:
    """A :class:`NumberValue` from an extracted quantity's normalised text
    ("USD 2100000000", "300 passenger", "25 percent") and the text as written
    (for the precision: "2.1 billion" is rounded to 0.1 billion)."""
    m = _NUMBER_RE.search(normalized)
    if m is None:
        return None
    try:
        value = float(Decimal(m.group(0)))
    except InvalidOperation:
        return None
    # a figure of a measure written with its symbol ("150m") is in metres, not millions
    written = _SYMBOL_ON.sub(r"\1", text) if unit and measure_of(unit) is not None else text
    return NumberValue(value=value, unit=unit or "count", hedge=hedge, step=written_step(written, value), text=text)


_SYMBOL_ON = re.compile(
    r"(\d)\s?(?:" + "|".join(re.escape(s) for s in sorted(UNIT_SYMBOLS, key=len, reverse=True)) + r")(?![A-Za-z])"
)


_SCALE_WORDS = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
_WRITTEN_NUM = re.compile(
    r"(\d[\d,]*(?:\.(\d+))?)\s*-?\s*(thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)?\b", re.I
)


def written_step(text: str, value: float) -> float:
    """The rounding step a written figure implies: "2.1 billion" -> 1e8,
    "2,100 million" -> 1e6, "120" -> 2
    (a round integer admits a tenth of its rounding unit each way: 300 is
    290..310, so 300 and 298 agree, 300 and 350 differ), "1.25" -> 0.01,
    "301" -> 1. Unknown: 1."""
    m = _WRITTEN_NUM.search(text or "")
    if m is None:
        return 1.0
    digits = m.group(1).replace(",", "")
    decimals = len(m.group(2) or "")
    scale = _SCALE_WORDS.get((m.group(3) or "").casefold(), 1.0)
    if decimals or scale != 1.0:
        return scale * 10.0**-decimals
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    # a round integer admits a tenth of its rounding unit each way: 300 is 290..310
    return 0.2 * 10.0**zeros if zeros else 1.0


#: Units of measure by each way of writing them (American and British spellings,
#: the names of the symbols quantities read): their dimension and what one is in
#: that dimension's base unit (metre, kilogram, square metre, metre per second).
#: Not "pound" (also a currency), "ton" (short, long or metric) nor "gallon" (US
#: or imperial); a mile is a statute one (a nautical mile says so).
MEASURES: dict[str, tuple[str, float]] = {
    "metre": ("length", 1.0), "meter": ("length", 1.0),
    "kilometre": ("length", 1000.0), "kilometer": ("length", 1000.0),
    "centimetre": ("length", 0.01), "centimeter": ("length", 0.01),
    "millimetre": ("length", 0.001), "millimeter": ("length", 0.001),
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "inch": ("length", 0.0254),
    "yard": ("length", 0.9144), "mile": ("length", 1609.344), "nautical mile": ("length", 1852.0),
    "kilogram": ("mass", 1.0), "kilogramme": ("mass", 1.0), "kilo": ("mass", 1.0),
    "gram": ("mass", 0.001), "gramme": ("mass", 0.001), "tonne": ("mass", 1000.0),
    "metric ton": ("mass", 1000.0), "lb": ("mass", 0.45359237),
    "acre": ("area", 4046.8564224), "hectare": ("area", 10000.0),
    "square kilometre": ("area", 1e6), "square kilometer": ("area", 1e6), "square mile": ("area", 2589988.110336),
    "kilometre per hour": ("speed", 1 / 3.6), "mile per hour": ("speed", 0.44704),
    "litre": ("volume", 0.001), "liter": ("volume", 0.001),
    "millilitre": ("volume", 1e-6), "milliliter": ("volume", 1e-6),
}  # fmt: skip


def measure_of(unit: str, text: str = "") -> tuple[str, float] | None:
    """The dimension and base-unit factor of a unit of measure, or None
    ("150 nautical miles" is read from the text as written)."""
    u = unit.casefold()
    u = UNIT_SYMBOLS.get(u, u)  # a claim's noun may be the symbol ("10 km")
    if u == "mile" and re.search(r"\bnautical\b", text, re.IGNORECASE):
        u = "nautical mile"
    if _SQUARE.search(text):  # "20 square kilometres" is an area, not a length
        return MEASURES.get("square " + u)
    return MEASURES.get(u)


_SQUARE = re.compile(r"\bsq(?:uare|\.)?\b|²|\b(?:km|mi|m)2\b", re.IGNORECASE)


def unit_relation(a: str, b: str) -> Literal["exact", "possible", "duration", "measure", "none"]:
    """Whether two units measure the same thing: the same unit ("percent",
    "USD", a counted noun, or "metre" / "meter"), a bare "$" against a dollar
    currency (possible), two units of time ("14 days" / "two weeks": a
    duration), two units of one measure ("2,000 feet" / "609 metres"), or not
    comparable (different currencies: a conversion, not a conflict)."""
    a, b = a.casefold(), b.casefold()
    if a == b:
        return "exact"
    if a in TIME_UNIT_DAYS and b in TIME_UNIT_DAYS:
        return "duration"
    ma, mb = measure_of(a), measure_of(b)
    if ma is not None and mb is not None and ma[0] == mb[0]:
        return "exact" if ma[1] == mb[1] else "measure"
    up = {a.upper(), b.upper()}
    if "$" in up and (up - {"$"}) <= _DOLLARS:
        return "possible"
    return "none"


def compare_numbers(a: NumberValue, b: NumberValue) -> Verdict:
    """Numbers by unit, scale, rounding and hedges: "2.1 billion" equals
    "2,100 million"; 300 and "about 300" agree; "more than 200" and 250 agree;
    two exact figures that differ, differ. Different units never conflict."""
    units = unit_relation(a.unit, b.unit)
    if units == "none":
        return Verdict("unknown", f"'{a.text}' ({a.unit}) and '{b.text}' ({b.unit}) are not in one unit")
    if units == "duration":
        return compare_durations(a, b)
    if units == "measure" or _nautical(a) != _nautical(b):
        return compare_measures(a, b)
    if math.isclose(a.value, b.value, rel_tol=1e-9) and a.hedge == b.hedge:
        return Verdict("same", f"'{a.text}' and '{b.text}' are both {_fmt(a.value)}")
    alo, ahi = a.interval()
    blo, bhi = b.interval()
    # what rounds to a figure is a half-open range: 4 is 3.5 up to (not including) 4.5, so 4 and 5 differ
    if alo < bhi and blo < ahi:
        why = (
            f"'{a.text}' and '{b.text}' admit a common value (hedged)"
            if a.hedge or b.hedge
            else f"'{a.text}' and '{b.text}' are equal once rounded"
        )
        return Verdict("compatible", why)
    return Verdict(
        "differ",
        f"'{a.text}' ({_fmt(a.value)}) and '{b.text}' ({_fmt(b.value)}) cannot both hold"
        + (" (if '$' is the same currency)" if units == "possible" else ""),
        weak=units == "possible",
    )


_LETTER = re.compile(r"[A-Za-z]")


def _nautical(n: NumberValue) -> bool:
    return n.unit.casefold() == "mile" and measure_of(n.unit, n.text) != MEASURES["mile"]


def compare_measures(a: NumberValue, b: NumberValue) -> Verdict:
    """Two figures of one measure in different units ("fell 2,000 feet" / "fell
    600 metres", "10 miles" / "16 km"), in the measure's base unit: each stands
    for what rounds to it in its own unit, so "2,000 feet" (1,900 to 2,100
    feet) and "609 metres" agree, "150 metres" and "2,000 feet" do not."""
    fa, fb = measure_of(a.unit, a.text), measure_of(b.unit, b.text)
    if not (_LETTER.search(a.text) and _LETTER.search(b.text)):
        return Verdict("unknown", f"'{a.text}' or '{b.text}' is a figure whose unit is written elsewhere (a range)")
    if fa is None or fb is None or fa[0] != fb[0]:
        return Verdict("unknown", f"'{a.text}' ({a.unit}) and '{b.text}' ({b.unit}) are not in one unit")
    alo, ahi = (x * fa[1] for x in a.interval())
    blo, bhi = (x * fb[1] for x in b.interval())
    if alo < bhi and blo < ahi:
        return Verdict("compatible", f"'{a.text}' and '{b.text}' are one {fa[0]} once converted and rounded")
    return Verdict("differ", f"'{a.text}' and '{b.text}' cannot both hold, converted to one unit")


def _in_days(n: NumberValue, loose: bool) -> tuple[float, float]:
    """The days a length of time may last, as written: rounded to its unit
    ("two years" is a year and a half to two and a half) and hedged; the one
    in the longer unit (``loose``) a tenth more each way, as a length told in
    a coarser unit often is a loose one ("two years" for 17 months)."""
    lo, hi = n.interval()
    short, long = TIME_UNIT_DAYS[n.unit.casefold()]
    slack = _APPROX if loose else 0.0
    return lo * short * (1 - slack), hi * long * (1 + slack)


def _length(days: float) -> str:
    if days < 2 / 24:
        return f"{_fmt(round(days * 1440))} minutes"
    if days < 2:
        return f"{_fmt(round(days * 24, 1))} hours"
    return f"{_fmt(round(days, 1))} days"


def _days_text(lo: float, hi: float) -> str:
    if math.isinf(lo) or math.isinf(hi):
        return f"{'at most' if math.isinf(lo) else 'at least'} {_length(hi if math.isinf(lo) else lo)}"
    return f"{_length(lo)} to {_length(hi)}"


def compare_durations(a: NumberValue, b: NumberValue) -> Verdict:
    """Two lengths of time in different units ("14 days" / "two weeks", "a
    60-day stay" / "a three-month stay"), in days: each figure stands for what
    rounds to it in its own unit, so "30 months" and "two years" agree."""
    a_longer = TIME_UNIT_DAYS[a.unit.casefold()][0] > TIME_UNIT_DAYS[b.unit.casefold()][0]
    alo, ahi = _in_days(a, a_longer)
    blo, bhi = _in_days(b, not a_longer)
    if alo < bhi and blo < ahi:
        return Verdict("compatible", f"'{a.text}' and '{b.text}' are one length of time once rounded")
    return Verdict(
        "differ",
        f"'{a.text}' ({_days_text(alo, ahi)}) and '{b.text}' ({_days_text(blo, bhi)}) cannot both hold",
    )


def compare_part_whole(part: NumberValue, whole: NumberValue) -> Verdict:
    """A count of a part against a count of the whole: of a kind against what
    it is a kind of ("three bank workers" / "four people", "200 residents" /
    "60 people"), of a modified noun against the plain one ("one final chance"
    / "two chances"). The part may be fewer than the whole, never more."""
    plo, _phi = part.interval()
    _wlo, whi = whole.interval()
    if plo >= whi:
        return Verdict(
            "differ",
            f"'{part.text}' ({_fmt(part.value)}) cannot be more than '{whole.text}' ({_fmt(whole.value)}),"
            " of which they are a part",
        )
    if math.isclose(part.value, whole.value, rel_tol=1e-9) and part.hedge == whole.hedge:
        return Verdict("same", f"'{part.text}' and '{whole.text}' are both {_fmt(part.value)}")
    return Verdict("compatible", f"'{part.text}' may be some of '{whole.text}'")


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


# --------------------------------------------------------------------------- ordinals

_ORDINALS = {w: n for n, w in enumerate(ORDINAL_WORDS, 1)}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.I)


def ordinal_value(text: str) -> int | None:
    t = text.strip().casefold()
    if t in _ORDINALS:
        return _ORDINALS[t]
    m = _ORDINAL_DIGITS.match(t)
    return int(m.group(1)) if m else None


def compare_scores(a: str, b: str) -> Verdict:
    """Two scores of one game, each written with the higher figure first
    ("27-24" of "a 24-27 loss" too): one result or two."""
    if a == b:
        return Verdict("same", f"'{a}' and '{b}' are one result")
    return Verdict("differ", f"'{a}' and '{b}' are different results")


def compare_ordinals(a: str, b: str) -> Verdict:
    va, vb = ordinal_value(a), ordinal_value(b)
    if va is None or vb is None:
        return Verdict("unknown", f"'{a}' or '{b}' is not a numbered position")
    if va == vb:
        return Verdict("same", f"'{a}' and '{b}' are both position {va}")
    return Verdict("differ", f"'{a}' is position {va}, '{b}' is position {vb}")


# --------------------------------------------------------------------------- ages


def _birth_range(age: int, on: date) -> tuple[date, date]:
    """Birth dates that give ``age`` on the day ``on``."""
    latest = _years_before(on, age)
    earliest = _years_before(on, age + 1).toordinal() + 1
    return date.fromordinal(earliest), latest


def _years_before(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 February
        return d.replace(year=d.year - years, day=28)


#: Two ages of one person further apart than this (beyond the years between the
#: reports) tell of two times ("died at 77" ... "identified the 29-year-old Smith as
#: the shooter" in a story of 1957); closer ones are a slip ("Smith, 61," / "Smith,
#: 64,"), and so are two ages with their digits swapped ("35" / "53"). Ages further
#: apart that differ in one digit ("29" / "59") are not taken for a slip:
#: anniversaries ("thirty years ago, Smith, 29, ...") give such pairs more often
#: than typing.
AGE_SLIP_YEARS = 15


def swapped_digits(a: int, b: int) -> bool:
    """Two ages of two digits each, one the other's digits swapped ("35" / "53")."""
    return a >= 10 and b >= 10 and str(a) == str(b)[::-1]


def compare_ages(a: int, a_on: date | None, b: int, b_on: date | None, *, swapped_is_slip: bool = True) -> Verdict:
    """Two ages of one person, each as of its article's publication date.
    The birth dates they imply must overlap; without publication dates, ages
    one year apart are compatible (a birthday may fall between the two).
    Ages more than :data:`AGE_SLIP_YEARS` apart beyond the years between the
    reports are of two times, not comparable, unless their digits are swapped
    (and ``swapped_is_slip``: not when one age may be of a time years back)."""
    if a == b:
        return Verdict("same", f"both give the age {a}")
    between = abs(a_on.year - b_on.year) if a_on is not None and b_on is not None else 0
    if abs(a - b) - between > AGE_SLIP_YEARS and not (swapped_is_slip and swapped_digits(a, b)):
        return Verdict("unknown", f"ages {a} and {b} are years apart: ages at two times, not one slip")
    if a_on is None or b_on is None:
        if abs(a - b) == 1:
            return Verdict("compatible", f"{a} and {b} are one year apart: a birthday may fall between the two reports")
        return Verdict("differ", f"ages {a} and {b} are more than a year apart")
    ra, rb = _birth_range(a, a_on), _birth_range(b, b_on)
    if ra[0] <= rb[1] and rb[0] <= ra[1]:
        return Verdict(
            "compatible",
            f"{a} on {a_on.isoformat()} and {b} on {b_on.isoformat()} are one person's ages across a birthday",
        )
    if abs(a - b) == 1:
        return Verdict(
            "differ",
            f"{a} on {a_on.isoformat()} and {b} on {b_on.isoformat()}: one year apart, but no birth date gives both",
            weak=True,
        )
    return Verdict("differ", f"ages {a} ({a_on.isoformat()}) and {b} ({b_on.isoformat()}) imply different birth years")


def compare_age_birth(age: int, on: date | None, birth: date, birth_end: date | None = None) -> Verdict:
    """An age as of ``on`` (a publication date) against a birth date, or a
    range of them ("born in 1963": ``birth`` .. ``birth_end``). Without a
    publication date the age cannot be checked."""
    if on is None:
        return Verdict("unknown", f"the age {age} has no date to be read against")
    end = birth_end or birth
    lo, hi = _birth_range(age, on)
    shown = birth.isoformat() if end == birth else f"{birth.isoformat()}..{end.isoformat()}"
    if lo <= birth and end <= hi:
        return Verdict("same", f"born {shown}, {age} on {on.isoformat()}")
    if birth <= hi and lo <= end:
        return Verdict("compatible", f"born {shown}: {age} on {on.isoformat()} if the birthday fits")
    return Verdict("differ", f"born {shown} gives a different age than {age} on {on.isoformat()}")


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class PlaceValue:
    """A place: its entity id (or its folded name), the text, and the places
    the text shows it lies within ("Northvale, Westshire" -> ("Westshire",))."""

    id: str
    text: str = ""
    within: tuple[str, ...] = ()


def _fold(s: str) -> str:
    return " ".join(s.casefold().replace("-", " ").split())


def compare_places(a: PlaceValue, b: PlaceValue) -> Verdict:
    """The same place, or one the text shows contains the other, agree;
    two different places differ, weakly: containment the text does not
    show may still hold."""
    ida, idb = _fold(a.id), _fold(b.id)
    if ida == idb or _fold(a.text) == _fold(b.text):
        return Verdict("same", f"'{a.text}' and '{b.text}' name one place")
    wa_, wb_ = set(_fold(a.text).split()), set(_fold(b.text).split())
    if wa_ and wb_ and (wa_ <= wb_ or wb_ <= wa_):
        return Verdict("same", f"'{a.text}' and '{b.text}' are one name, shorter and longer")
    wa, wb = {_fold(w) for w in a.within}, {_fold(w) for w in b.within}
    if ida in wb or _fold(a.text) in wb:
        return Verdict("compatible", f"'{b.text}' lies within '{a.text}' (the text says so)")
    if idb in wa or _fold(b.text) in wa:
        return Verdict("compatible", f"'{a.text}' lies within '{b.text}' (the text says so)")
    if wa & wb:
        return Verdict("differ", f"'{a.text}' and '{b.text}' are different places within one region", weak=True)
    return Verdict("differ", f"'{a.text}' and '{b.text}' are different places (no containment shown)", weak=True)


# --------------------------------------------------------------------------- role holders


def compare_holders(a: str, b: str, *, same_person: bool = False) -> Verdict:
    """Who holds a role ("the first customer", "the manager of"): one entity,
    or two. ``same_person`` is the lexicon's answer for the two ids. Names
    that differ only in hyphens or spaces ("Ann Lee-Smith" / "Ann Leesmith"),
    or share their last word ("Tim Cole" / "Timothy D. Cole"), may be one
    person: not a conflict."""
    if _fold(a) == _fold(b) or same_person:
        return Verdict("same", f"'{a}' and '{b}' are one entity")
    wa, wb = _fold(a).split(), _fold(b).split()
    if "".join(wa) == "".join(wb):
        return Verdict("same", f"'{a}' and '{b}' are one name written two ways")
    if (len(wa) == 1 and wa[0] in wb) or (len(wb) == 1 and wb[0] in wa):
        return Verdict("unknown", f"'{a}' may be part of the name '{b}'")
    if len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1]:
        return Verdict("unknown", f"'{a}' and '{b}' share a surname and may be one person")
    return Verdict("differ", f"'{a}' and '{b}' are different entities")


def compare_titles(a: str, b: str) -> Verdict:
    """Which titles one person holds, each side as ``"role,role|organisation"``
    ("president,chief executive officer|acme"). A title one side gives that
    cannot be held together with one the other side gives (two officers, a
    head role and the rank below it) differs; a title in common agrees;
    anything else (a president who is also chief executive, titles of
    different organisations) is not a conflict."""
    ra, _, oa = a.partition("|")
    rb, _, ob = b.partition("|")
    sa, sb = set(ra.split(",")) - {""}, set(rb.split(",")) - {""}
    if not same_org(oa, ob):
        return Verdict("unknown", "titles of different organisations")
    clash = sorted((x, y) for x in sa for y in sb if exclusive(x, y))
    if clash:
        return Verdict("differ", f"one person is not '{clash[0][0]}' and '{clash[0][1]}' at once")
    if sa & sb:
        return Verdict("same", f"both give the title '{sorted(sa & sb)[0]}'")
    return Verdict("unknown", "titles that may be held together")


# --------------------------------------------------------------------------- polarity

#: Opposite outcomes: only one of the two can be true of one occasion. WordNet's
#: verb antonyms are mostly reversible processes ("open" / "close", "begin" /
#: "end", "rise" / "fall": both happen, one after the other), so verbs are
#: opposed only through this list; adjectives and nouns also through WordNet.
OPPOSITE_PAIRS: frozenset[frozenset[str]] = frozenset(
    frozenset(p)
    for p in (
        ("approve", "reject"),
        ("accept", "reject"),
        ("accept", "decline"),
        ("confirm", "deny"),
        ("admit", "deny"),
        ("win", "lose"),
        ("majority", "minority"),
        ("acquit", "convict"),
        ("allow", "ban"),
        ("allow", "forbid"),
        ("support", "oppose"),
        ("agree", "disagree"),
        ("guilty", "innocent"),
        ("alive", "dead"),
    )
)


def opposite_lemmas(a: str, b: str, *, states: bool = False) -> bool:
    """Whether two predicate lemmas are opposite outcomes ("approve" / "reject",
    "guilty" / "innocent"), not two steps of one process ("open" / "close").
    ``states``: both are copular complements, so WordNet's adjective opposites
    count too."""
    if frozenset((a, b)) in OPPOSITE_PAIRS:
        return True
    if any(frozenset((x, y)) in OPPOSITE_PAIRS for x in _variants(a) for y in _variants(b)):
        return True
    # WordNet's adjective opposites are exclusive only as states of one thing
    # ("X is alive" / "X is dead"), not as manners ("barely slowed" / "is quick to add")
    return states and meaning.opposite(a, b, "a")


@functools.lru_cache(maxsize=8192)
def _variants(lemma: str) -> frozenset[str]:
    """The lemma and the pair words that share its meaning ("turn down" -> "reject"),
    remembered per lemma: the polarity gate asks for the same few predicates again and again."""
    out = {lemma}
    for pair in OPPOSITE_PAIRS:
        for w in pair:
            if w != lemma and meaning.same_meaning(lemma, w, "v"):
                out.add(w)
    return frozenset(out)


def compare_polarity(a_lemma: str, a_pol: str, b_lemma: str, b_pol: str, *, states: bool = False) -> Verdict:
    """One predicate stated and denied: the same meaning with opposite
    polarity differs ("approved" / "did not approve"); opposite meanings with
    the same polarity differ ("approved" / "rejected"); opposite meanings with
    opposite polarity agree ("rejected" / "did not approve"); a verb that is a
    kind of another entails it: "murdered" against "did not kill" differs,
    "killed" against "did not murder" does not."""
    same = a_lemma == b_lemma or meaning.same_meaning(a_lemma, b_lemma)
    if same:
        if a_pol == b_pol:
            return Verdict("same", f"'{a_lemma}' and '{b_lemma}' are both {a_pol}")
        return Verdict("differ", f"'{a_lemma}' is {a_pol} in one, {b_pol} in the other")
    if opposite_lemmas(a_lemma, b_lemma, states=states):
        if a_pol == b_pol:
            return Verdict("differ", f"'{a_lemma}' and '{b_lemma}' are opposites")
        return Verdict("compatible", f"'{a_lemma}' negated means the opposite '{b_lemma}'")
    kind = entails(a_lemma, b_lemma)
    if kind:
        general, specific = (b_lemma, a_lemma) if kind == "a" else (a_lemma, b_lemma)
        pol_general = b_pol if kind == "a" else a_pol
        pol_specific = a_pol if kind == "a" else b_pol
        if pol_specific == "positive" and pol_general == "negative":
            return Verdict("differ", f"to '{specific}' is to '{general}': one states it, the other denies '{general}'")
        return Verdict("compatible", f"to '{specific}' is to '{general}'")
    return Verdict("unknown", f"'{a_lemma}' and '{b_lemma}' are different predicates")


def entails(a_lemma: str, b_lemma: str) -> str | None:
    """Which of two verbs is a kind of the other ("murder" is a way to "kill"):
    ``"a"`` when ``a_lemma`` is the specific one, ``"b"`` for ``b_lemma``, or None.
    Only each verb's most frequent sense counts."""
    if meaning.is_a(a_lemma, b_lemma, "v"):
        return "a"
    if meaning.is_a(b_lemma, a_lemma, "v"):
        return "b"
    return None


# --------------------------------------------------------------------------- quotations

_CONTRACTIONS = (
    (r"\bdont\b", "do not"), (r"\bdoesnt\b", "does not"), (r"\bdidnt\b", "did not"), (r"\bcant\b", "cannot"),
    (r"\bcan not\b", "cannot"), (r"\bwont\b", "will not"), (r"\bisnt\b", "is not"), (r"\barent\b", "are not"),
    (r"\bwasnt\b", "was not"), (r"\bwerent\b", "were not"), (r"\bhavent\b", "have not"), (r"\bhasnt\b", "has not"),
    (r"\bwouldnt\b", "would not"), (r"\bcouldnt\b", "could not"), (r"\bshouldnt\b", "should not"),
    (r"\bim\b", "i am"), (r"\bweve\b", "we have"), (r"\bwere going\b", "we are going"), (r"\bits\b", "it is"),
    (r"\bthats\b", "that is"), (r"\blets\b", "let us"), (r"\bive\b", "i have"), (r"\bper cent\b", "percent"),
)  # fmt: skip


_INSERTION = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: A web address's suffix on a name ("MySpace.com" is MySpace).
_WEB_SUFFIX = re.compile(r"(?<=[A-Za-z])\.(?:com|org|net)\b", re.IGNORECASE)
#: An ellipsis: the quoting article left words out there.
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_ORDINAL_WORDS = {w: f"{i}th" for w, i in _ORDINALS.items()} | {"first": "1st", "second": "2nd", "third": "3rd"}
#: A time with a.m. or p.m. ("6 p.m.", "6:00 p.m.", "6:41pm"); in a quotation, written on the
#: 24-hour clock.
CLOCK_12 = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\b\.?", re.IGNORECASE)
#: A time zone after a time ("18:41 PST"): the time is the same however it is labelled.
_ZONE = re.compile(r"(?<=\d)\s*(?:[ECMP][SD]T|GMT|UTC)\b")
#: A clock time without a.m. or p.m. ("6:41"): its hour written with two digits.
_HH_MM = re.compile(r"\b(\d{1,2}):(\d{2})\b")
#: "'s been" is "has been" ("my daughter's been shot").
_HAS_BEEN = re.compile(r"(?<=\w)['’]s\s+been\b", re.IGNORECASE)


def _clock(m: re.Match[str]) -> str:
    hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
    return f"{hour:02d}:{m.group(2) or '00'}"


def quote_words(text: str) -> list[str]:
    """See :func:`_quote_words` (a new list each call: the words are kept by text)."""
    return list(_quote_words(text))


#: Quotations whose words are kept: each check compares the quotations of the
#: articles it reads, and a long-lived ``factcheck serve`` reads the same ones again.
QUOTE_WORDS_KEPT = 16384


@functools.lru_cache(maxsize=QUOTE_WORDS_KEPT)
def _quote_words(text: str) -> tuple[str, ...]:
    """A quotation's words for comparison: editorial insertions in brackets or
    parentheses left out ("her (Tara) and"), a web suffix on a name dropped
    ("MySpace.com"), "'s been" as "has been", times on the 24-hour clock without
    their time zone ("6 p.m.", "6:00 p.m." and "18:00 GMT" are one time), then
    :func:`normalize_quote`, contractions spelled out ("don't" and "do not" are one
    wording) and ordinals as digits ("eleventh", "11th")."""
    s = _INSERTION.sub(" ", text)
    s = _WEB_SUFFIX.sub("", s)
    s = _HAS_BEEN.sub(" has been", s)
    s = CLOCK_12.sub(_clock, s)
    s = _ZONE.sub("", s)
    s = _HH_MM.sub(lambda m: f"{int(m.group(1)):02d}:{m.group(2)}", s)
    s = normalize_quote(s)
    for pat, rep in _CONTRACTIONS:
        s = re.sub(pat, rep, s)
    return tuple(_ORDINAL_WORDS.get(w, w) for w in s.replace("-", " ").split())


_SPELLING = ((re.compile(r"our"), "or"), (re.compile(r"re$"), "er"), (re.compile(r"is(e|ed|es|ing|ation)$"), r"iz\1"))


def _american(word: str) -> str:
    for pat, rep in _SPELLING:
        word = pat.sub(rep, word)
    return word


def spelling_variant(a: str, b: str) -> bool:
    """Two spellings of one word ("realised" / "realized", "fibre" / "fiber",
    "neighbourhood" / "neighborhood", "e-mail" / "email"): the same once British
    endings are written the American way, or one or two letters apart in a word
    of six letters or more, with the same first letter."""
    if a == b or _american(a) == _american(b):
        return True
    if min(len(a), len(b)) < 6 or a[0] != b[0] or a.isdigit() or b.isdigit():
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


QUOTE_SHARED = 0.7  # share of the shorter quotation's words two quotations of one statement have in common


def compare_quotations(a: str, b: str, *, same_speaker_and_occasion: bool = False) -> Verdict:
    """Two quotations of one speaker: equal once normalised is the same; one a
    contiguous run of the other's words is a fragment (compatible); the same
    quotation with changed words differs. A shared run of three words (two for
    quotations of at most four words when speaker and occasion match) marks
    them as one quotation; otherwise they are different quotations (unknown)."""
    ta, tb = quote_words(a), quote_words(b)
    if not ta or not tb:
        return Verdict("unknown", "an empty quotation")
    if ta == tb:
        return Verdict("same", "the same words")
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    n = len(short)
    if any(long_[i : i + n] == short for i in range(len(long_) - n + 1)):
        return Verdict("compatible", "one quotes a fragment of the other")
    sm = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    blocks = [blk for blk in sm.get_matching_blocks() if blk.size]
    longest = max((blk.size for blk in blocks), default=0)
    shared = sum(blk.size for blk in blocks)
    min_run = 2 if same_speaker_and_occasion and n <= 4 else 3
    if longest < min_run or shared < max(min_run, math.ceil(QUOTE_SHARED * n)) or _only_a_name(a, b, ta, blocks):
        one = _one_word_changed(ta, tb) if same_speaker_and_occasion and n <= 3 else None
        if one is not None:
            return Verdict("differ", f"only in the first: {one[0]}; only in the second: {one[1]}")
        return Verdict("unknown", "different quotations")
    # words changed inside the part both quote (not before or after it)
    ops = sm.get_opcodes()
    # quoting more or less of a statement, or framing it differently at an edge,
    # is not a change of wording: a different number of words before or after
    # (a fragment whose first or last word differs from the full quotation's word
    # there is a changed word: "ensconced in the bosom" / "ensconced in the heart of it")
    while ops and (ops[0][0] in ("insert", "delete") or _reframed(ops[0])):
        edge = _edge_word(ops[0], ta, tb, end=False)
        if edge is not None:
            ops[0] = edge
            break
        ops.pop(0)
    while ops and (ops[-1][0] in ("insert", "delete") or _reframed(ops[-1])):
        edge = _edge_word(ops[-1], ta, tb, end=True)
        if edge is not None:
            ops[-1] = edge
            break
        ops.pop()
    # a name and its initials ("EU" / "European Union") are one wording
    ops = [op for op in ops if not (op[0] == "replace" and _initials(ta[op[1] : op[2]], tb[op[3] : op[4]]))]
    elided_a, elided_b = _elisions(a), _elisions(b)
    n_ops = len(ops)
    ops = [op for op in ops if not _one_wording(op, ta, tb, elided_a, elided_b)]
    rewritten = len(ops) < n_ops
    # a word spelled two ways is one word
    ops = [
        op
        for op in ops
        if not (
            op[0] == "replace"
            and op[2] - op[1] == op[4] - op[3]
            and all(spelling_variant(x, y) for x, y in zip(ta[op[1] : op[2]], tb[op[3] : op[4]], strict=True))
        )
    ]
    removed = [w for op, i1, i2, _, _ in ops if op in ("delete", "replace") for w in ta[i1:i2]]
    added = [w for op, _, _, j1, j2 in ops if op in ("insert", "replace") for w in tb[j1:j2]]
    if not removed and not added:
        if rewritten:
            return Verdict("compatible", "one wording: words left out at an ellipsis or a compound written two ways")
        return Verdict("compatible", "each quotes a different part of one statement")
    bits = []
    if removed:
        bits.append("only in the first: " + " ".join(removed))
    if added:
        bits.append("only in the second: " + " ".join(added))
    return Verdict("differ", "; ".join(bits))


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+")


def _only_a_name(a: str, b: str, ta: list[str], blocks: list[difflib.Match]) -> bool:
    """Whether all the two quotations share is a name and function words ("wholly
    inappropriate use of the Endangered Species Act" / "absolute heart of the
    Endangered Species Act"): two statements that mention one law, party or
    place, not one statement worded two ways."""
    names = {w.casefold() for text in (a, b) if not _title_case(text) for w in _CAPITALISED.findall(text.strip())}
    return not any(w not in STOPWORDS and w not in names for blk in blocks for w in ta[blk.a : blk.a + blk.size])


def _title_case(text: str) -> bool:
    """A quotation written in title case ("Do You Feel It?"): its capitals mark no names."""
    words = re.findall(r"[A-Za-z]+", text)
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _elisions(text: str) -> frozenset[int]:
    """Where a quotation marks words left out ("around the city ... I still"):
    the positions, in :func:`quote_words`, of the words that follow each ellipsis."""
    pieces = _ELLIPSIS.split(text)
    out: set[int] = set()
    n = 0
    for piece in pieces[:-1]:
        n += len(quote_words(piece))
        out.add(n)
    return frozenset(out)


def _one_wording(op: _Op, ta: list[str], tb: list[str], elided_a: frozenset[int], elided_b: frozenset[int]) -> bool:
    """A difference that is no change of wording: words one side left out where it
    marks an ellipsis, or a compound written open, hyphenated or closed ("data
    center" / "datacenter", "e-mail" / "email")."""
    tag, i1, i2, j1, j2 = op
    if tag == "insert":
        return i1 in elided_a
    if tag == "delete":
        return j1 in elided_b
    return tag == "replace" and "".join(ta[i1:i2]) == "".join(tb[j1:j2])


def _initials(x: list[str], y: list[str]) -> bool:
    """Whether one side is a single word made of the initials of the other's words."""
    if len(x) == 1 and len(y) >= 2:
        return x[0] == "".join(w[0] for w in y)
    if len(y) == 1 and len(x) >= 2:
        return y[0] == "".join(w[0] for w in x)
    return False


_Op = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]


def _edge_word(op: _Op, ta: list[str], tb: list[str], *, end: bool) -> _Op | None:
    """An edge replacement where one quotation is a fragment of the other with
    one word changed at its edge: the shorter side (one word) against the word
    the longer side has at that place, when they differ in meaning (not a
    spelling variant, not a stop word)."""
    tag, i1, i2, j1, j2 = op
    if tag != "replace" or min(i2 - i1, j2 - j1) != 1:
        return None
    if i2 - i1 == 1:
        j = j1 if end else j2 - 1
        x, y = ta[i1], tb[j]
        narrowed: _Op = ("replace", i1, i2, j, j + 1)
    else:
        i = i1 if end else i2 - 1
        x, y = ta[i], tb[j1]
        narrowed = ("replace", i, i + 1, j1, j2)
    if x == y or x in STOPWORDS or y in STOPWORDS or spelling_variant(x, y):
        return None
    return narrowed


def _reframed(op: tuple[str, int, int, int, int]) -> bool:
    """A replacement at an edge whose two sides differ in length by two words or more."""
    return op[0] == "replace" and abs((op[2] - op[1]) - (op[4] - op[3])) >= 2


def _one_word_changed(ta: list[str], tb: list[str]) -> tuple[str, str] | None:
    """Two short quotations of one length that differ in exactly one word and
    share a content word ("totally unacceptable" / "completely unacceptable")."""
    if len(ta) != len(tb) or len(ta) < 2:
        return None
    diff = [(x, y) for x, y in zip(ta, tb, strict=True) if x != y]
    same = [x for x, y in zip(ta, tb, strict=True) if x == y and x not in STOPWORDS]
    return diff[0] if len(diff) == 1 and same else None


def compare_speakers(a: str | None, b: str | None, *, same_person: bool = False, related: bool = False) -> Verdict:
    """Who first said one quotation. Unknown speakers never conflict; a
    speaker who speaks for the other (an office, a spokesperson) is compatible."""
    if not a or not b:
        return Verdict("unknown", "a speaker is not named")
    if _fold(a) == _fold(b) or same_person:
        return Verdict("same", "one speaker")
    if related:
        return Verdict("compatible", f"{a} and {b} speak for one another")
    return Verdict("differ", f"attributed to {a} and to {b}")
