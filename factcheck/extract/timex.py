"""Time expression extraction and resolution.

Candidates are found with compiled regular expressions (never with a date
library's free-text search, which misfires on "may", "march" or "second"),
then resolved against the publication date with explicit rules:

* a bare weekday is the most recent such day, the publication day included,
  unless the clause around it is clearly about the future;
* a month-day without a year is the nearest such date, biased by tense;
* ``last week`` / ``this month`` / ``next year`` / ``two weeks ago`` are
  counted from the publication date;
* ``three days later`` is anchored to another event, so it stays unresolved;
  the exceptions are comparisons with a reporting period named just before
  ("profit in the third quarter rose from a year earlier" -> the third quarter
  of the year before) and "the quarter" / "the day" of financial reports,
  which take the last such period named in the text.

Without a publication date, anything relative to it is returned with value
None and ``unresolved_reason`` = :data:`UNKNOWN_PUBLICATION`; absolute dates
still resolve.

``dateparser`` is used only to read extracted absolute phrases
("Nov. 2, 2025", "November 2024"), with ``RELATIVE_BASE`` set to the
publication date and results cached.

Values follow TIMEX3 conventions: ``2025-03-28``, ``2025-03``, ``2025-W14``,
``2025-W14-WE``, ``2025-Q3``, ``2025-H1``, ``2025-SU``, ``2025``, ``199``
(a decade), ``19`` (a century), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``,
``2025-03-28T10:00`` / ``2025-03-28TMO`` (times), ``P2M`` (durations) and
``XXXX-WXX-5`` style values for sets.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..model.models import Span, TimeMention

__all__ = ["extract_times", "resolve_phrase"]

UNKNOWN_PUBLICATION = "relative to the publication date, which is unknown"
ANAPHORIC = "relative to another time or event in the text, not to the publication date"
OUT_OF_RANGE = "outside the representable calendar range (years 1-9999)"

# --------------------------------------------------------------------------- vocab

_MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_WD_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
_SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "a": 1,
    "an": 1,
    "single": 1,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_VAGUE = {
    "several",
    "few",
    "a few",
    "many",
    "some",
    "numerous",
    "countless",
    "hundreds of",
    "dozens of",
    "thousands of",
}
_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
_CENTURY_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}

# --------------------------------------------------------------------------- regex parts

_WD = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WD_ABBR = r"(?-i:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
_MON_FULL = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_MON_ABBR = r"(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
# an abbreviation needs its period unless a day number follows
_MON_DAYSAFE = rf"(?:{_MON_FULL}|{_MON_ABBR}\.?)"
_MON_ALONE = rf"(?:{_MON_FULL}|{_MON_ABBR}\.)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_DAY_END = r"(?!\d|\.\d|,\d|\s*%|\s*(?:percent|per\s+cent)\b|:\d)"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)(?!\d)"
_NUMW = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a\s+hundred|one\s+hundred|a\s+dozen|dozens\s+of|hundreds\s+of|thousands\s+of"
    r"|a\s+couple\s+of|a\s+couple|couple\s+of|a\s+few|few|several|many|some|numerous|a|an|single)"
)
_NUMD = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:1/2|1/4|3/4))?"
_NUM = rf"(?:{_NUMD}|{_NUMW})"
_QMOD = (
    r"(?:about|nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|over|under|"
    r"some|roughly|around|approximately|just|only|a\s+mere|mere|barely|no\s+more\s+than|well\s+over|"
    r"just\s+over|just\s+under|close\s+to|upwards\s+of|a\s+full|full|another|an\s+additional|a\s+further)"
)
_UNIT = (
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|yrs?|decades?|centuries|century|semesters?)"
)
_UNIT_PL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries|quarters)"
_UNIT_CODE = {
    "second": ("S", True),
    "minute": ("M", True),
    "min": ("M", True),
    "hour": ("H", True),
    "hr": ("H", True),
    "day": ("D", False),
    "night": ("D", False),
    "week": ("W", False),
    "fortnight": ("W", False),
    "month": ("M", False),
    "quarter": ("Q", False),
    "year": ("Y", False),
    "yr": ("Y", False),
    "decade": ("DE", False),
    "century": ("CE", False),
    "semester": ("M", False),
}
_UNIT_GRAN = {
    "S": "time",
    "H": "time",
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "unknown",
}

_FLAGS = re.IGNORECASE


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


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


@lru_cache(maxsize=8192)
def _dateparser(phrase: str, base: date | None) -> date | None:
    """Read an extracted absolute phrase with dateparser.

    The base is the publication date (never the clock); only phrases that carry
    their own year are sent here, so the base cannot change the answer.
    """
    import dateparser  # imported lazily: it is slow to import

    settings = {
        "RELATIVE_BASE": datetime.combine(base or date(2000, 1, 1), datetime.min.time()),
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    try:
        r = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # pragma: no cover - library internals
        return None
    return r.date() if r else None


# --------------------------------------------------------------------------- tense

_SENT_END = re.compile(r"[.!?;][\"'”’)\]]*\s+|\n\s*\n")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "gov",
    "sen",
    "rep",
    "lt",
    "col",
    "capt",
    "sgt",
    "prof",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "vs",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "a.m",
    "p.m",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "ft",
    "mt",
    "fig",
    "est",
    "approx",
    "dept",
    "univ",
    "ave",
    "blvd",
    "rd",
    "calif",
    "mass",
    "wash",
    "fla",
    "penn",
}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FUTURE = {
    "will",
    "shall",
    "won't",
    "wont",
    "gonna",
    "upcoming",
    "scheduled",
    "slated",
    "intends",
    "intend",
    "expects",
    "forthcoming",
    "tomorrow",
    "next",
    "coming",
    "'ll",
    "await",
    "awaits",
    "awaiting",
    "anticipated",
    "anticipates",
}
_PRESENT = {
    "is",
    "are",
    "am",
    "isn't",
    "aren't",
    "remains",
    "remain",
    "wants",
    "want",
    "needs",
    "seems",
    "appears",
    "says",
}
_MODAL = {"would", "could", "might", "may", "must", "should", "can", "cannot", "can't"}
# A tense cue further than this many words from the expression is ignored, a
# present-tense verb ("is", "says") closer than any other cue means "no tense",
# and "would" (reported future-in-the-past) is not taken as future. Without a
# tense, a year-less date is the nearest one, with a small lean to the past
# (news mostly reports what happened): a future candidate counts as this many
# days (months, for a bare month) further away than it is.
MAX_CUE_DISTANCE = 6
NEUTRAL_FUTURE_DAYS = 60
NEUTRAL_FUTURE_MONTHS = 2
PRESENT_BLOCKS = True
WOULD_IS_FUTURE = False
_PAST_IRREG = {
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "went",
    "came",
    "made",
    "took",
    "gave",
    "met",
    "won",
    "lost",
    "held",
    "left",
    "began",
    "fell",
    "rose",
    "saw",
    "got",
    "sold",
    "bought",
    "paid",
    "found",
    "became",
    "spoke",
    "wrote",
    "ran",
    "brought",
    "thought",
    "kept",
    "led",
    "sent",
    "spent",
    "built",
    "stood",
    "fought",
    "sought",
    "caught",
    "taught",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "broke",
    "woke",
    "wore",
    "ate",
    "struck",
    "stole",
    "hid",
    "shot",
    "swore",
    "tore",
    "sank",
    "sang",
    "rang",
    "drank",
    "swam",
    "froze",
    "withdrew",
    "meant",
    "heard",
    "felt",
    "dealt",
    "sat",
    "fled",
    "hung",
    "slept",
    "swept",
    "lent",
    "understood",
    "arose",
    "ago",
    "yesterday",
    "earlier",
    "previously",
    "last",
    "wasn't",
    "weren't",
    "hadn't",
    "didn't",
    "begun",
    "done",
    "gone",
    "given",
    "taken",
    "spoken",
    "written",
    "shown",
    "seen",
    "known",
    "overtook",
    "undertook",
    "forgot",
    "died",
    "killed",
    "tried",
    "denied",
    "replied",
    "cried",
    "recently",
    "already",
    "been",
}
_NOT_PAST_ED = {
    "need",
    "indeed",
    "hundred",
    "speed",
    "seed",
    "feed",
    "bed",
    "red",
    "shed",
    "weed",
    "proceed",
    "exceed",
    "succeed",
    "embed",
    "breed",
    "greed",
    "creed",
    "bleed",
    "reed",
    "ahead",
    "head",
    "instead",
    "spread",
    "bread",
    "dead",
    "thread",
    "read",
    "lead",
    "united",
    "limited",
    "based",
    "related",
    "detailed",
    "wed",
    "ted",
    "ned",
    "fred",
    "ed",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "rugged",
    "aged",
    "alleged",
    "supposed",
    "so-called",
    "biased",
    "skilled",
    "talented",
    "interested",
    "concerned",
    "advanced",
    "unprecedented",
    "unexpected",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "anticipated",
}
_TO_FUTURE = {
    "set",
    "due",
    "poised",
    "about",
    "slated",
    "scheduled",
    "expected",
    "going",
    "likely",
    "planning",
    "plans",
    "plan",
    "hoping",
    "hopes",
    "aims",
    "aiming",
    "ready",
    "preparing",
    "intends",
    "expects",
}
_AUX_FUT = {"will", "shall", "'ll", "won't", "going", "to"}
_AUX_SKIP = {
    "be",
    "been",
    "being",
    "have",
    "has",
    "not",
    "also",
    "still",
    "then",
    "now",
    "finally",
    "formally",
    "officially",
    "probably",
    "likely",
    "never",
    "n't",
    "get",
    "all",
    "both",
    "just",
    "only",
    "expected",
    "re",
}
_AUX_PRESENT = {"is", "are", "am"}


def _sentence_window(text: str, s: int, e: int) -> tuple[str, str]:
    """Text before and after ``[s, e)`` inside its sentence (a heuristic)."""
    lo = max(0, s - 240)
    left = text[lo:s]
    cut = 0
    for m in _SENT_END.finditer(left):
        w = re.search(r"([A-Za-z.]+)$", left[: m.start()])
        word = (w.group(1) if w else "").lower().rstrip(".")
        if m.group(0).startswith(".") and (word in _ABBREV or len(word) == 1):
            continue
        cut = m.end()
    left = left[cut:]
    right = text[e : e + 240]
    for m in _SENT_END.finditer(right):
        w = re.search(r"([A-Za-z.]+)$", right[: m.start()])
        word = (w.group(1) if w else "").lower().rstrip(".")
        if m.group(0).startswith(".") and (word in _ABBREV or len(word) == 1):
            continue
        right = right[: m.start()]
        break
    return left, right


def _classify(tokens: list[str], i: int) -> str | None:
    """Tense signalled by token ``i``: "past", "future", "present" or None."""
    t = tokens[i].lower().replace("’", "'")
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].lower().replace("’", "'") if i > 0 else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    if (t in _TO_FUTURE and nxt == "to") or t in ("scheduled", "slated"):
        # "set to resume", "due to arrive", but "was expected to", "had been
        # scheduled to" are expectations in the past
        return "past" if prev in ("was", "were", "had", "been") or prev2 in ("was", "were", "had") else "future"
    if t in _FUTURE or t.endswith("'ll"):
        return "future"
    if t in _MODAL:
        return "future" if (WOULD_IS_FUTURE and t == "would") else None
    if t in _PRESENT:
        return "present"
    is_past = (
        t in _PAST_IRREG
        or (t.endswith("ed") and len(t) > 4 and t not in _NOT_PAST_ED and not t.endswith("eed"))
        or t in ("agreed", "freed", "guaranteed")
    )
    if not is_past:
        return None
    if t in ("ago", "yesterday", "earlier", "previously", "last", "recently"):
        return "past"
    # look at the auxiliaries before a participle: "will be held", "has been held"
    for j in range(i - 1, max(-1, i - 4), -1):
        a = tokens[j].lower().replace("’", "'")
        if a in _AUX_FUT or a.endswith("'ll"):
            return "future"
        if a in _MODAL:
            return "future" if (WOULD_IS_FUTURE and a == "would") else None
        if a in _AUX_PRESENT:
            return "present"
        if a in ("had", "has", "have", "was", "were", "did"):
            return "past"
        if a not in _AUX_SKIP and not a.endswith("ly"):
            break
    return "past"


_DEADLINE = {"until", "till"}


def _tense(text: str, s: int, e: int) -> str | None:
    """ "past", "future" or None from the nearest tense cue in the sentence."""
    left, right = _sentence_window(text, s, e)
    lt = _TOKEN.findall(left)
    if lt and lt[-1].lower() in _DEADLINE:
        # "gave them until mid-November", "postponed until Saturday": the end of a
        # period that starts with the event, so later than it; only a past
        # perfect ("had not ... until Thursday") puts it in the past
        words = {w.lower() for w in lt + _TOKEN.findall(right)}
        return "past" if words & {"had", "hadn't"} else "future"
    rt = _TOKEN.findall(right)
    best: tuple[float, str] | None = None
    for k in range(len(lt) - 1, -1, -1):
        c = _classify(lt, k)
        if c and (c != "present" or PRESENT_BLOCKS):
            best = (len(lt) - k, c)
            break
    for k in range(len(rt)):
        c = _classify(rt, k)
        if c and (c != "present" or PRESENT_BLOCKS):
            d = k + 1 + 0.5  # a cue before the expression wins ties
            if best is None or d < best[0]:
                best = (d, c)
            break
    if best is None or best[0] > MAX_CUE_DISTANCE or best[1] == "present":
        return None
    return best[1]


# --------------------------------------------------------------------------- resolution core


@dataclass
class _Ctx:
    text: str
    pub: date | None
    tense_override: Callable[[], str | None] | None = None

    def tense(self, s: int, e: int) -> str | None:
        if self.tense_override is not None:
            return self.tense_override()
        return _tense(self.text, s, e)

    def prev_word(self, s: int, n: int = 1) -> str:
        words = re.findall(r"[A-Za-z$'’\-]+|\d[\d,.]*|[$€£#]", self.text[max(0, s - 40) : s])
        return " ".join(words[-n:]).lower() if words else ""

    def next_word(self, e: int) -> str:
        m = re.match(r"\s*([A-Za-z]+|\d+|\S)", self.text[e : e + 30])
        return m.group(1) if m else ""


@dataclass
class _Res:
    start: int
    end: int
    type: str
    val: _Val | None
    relative: bool
    how: str
    reason: str | None = None
    meta: dict | None = None  # hints for the discourse pass


def _unknown(s: int, e: int, typ: str, gran: str, what: str) -> _Res:
    return _Res(
        s,
        e,
        typ,
        _Val(None, gran),
        True,
        f"{what}; publication date unknown, so it cannot be resolved",
        UNKNOWN_PUBLICATION,
    )


def _tense_word(t: str | None) -> str:
    return {"past": "past-tense context", "future": "future context"}.get(t or "", "no clear tense")


def _weekday_resolve(pub: date, wd: int, mode: str) -> tuple[date, str]:
    back = (pub.weekday() - wd) % 7
    fwd = (wd - pub.weekday()) % 7
    name = _WD_NAMES[wd]
    if mode == "last":
        d = pub - timedelta(days=back or 7)
        return d, f"most recent {name} before publication"
    if mode == "next":
        d = pub + timedelta(days=fwd or 7)
        return d, f"next {name} after publication"
    if mode == "future":
        return pub + timedelta(days=fwd), f"next {name} on or after publication"
    if mode == "this":
        mon = pub - timedelta(days=pub.weekday())
        return mon + timedelta(days=wd), f"the {name} of the publication week"
    return pub - timedelta(days=back), f"most recent {name} on or before publication"


def _nearest_yearless(pub: date, cands: list[date], tense: str | None) -> tuple[date, str]:
    """Pick among the same day/month in neighbouring years, biased by tense."""
    penalty = 200  # days: how much a tense cue outweighs raw distance

    def score(d: date) -> float:
        delta = (d - pub).days
        sc: float = abs(delta)
        if tense == "past" and delta > 0:
            sc += penalty
        if tense == "future" and delta < 0:
            sc += penalty
        if tense is None and delta > 0:
            sc += NEUTRAL_FUTURE_DAYS + 0.5
        return sc

    best = min(cands, key=score)
    delta = (best - pub).days
    if tense == "past" and delta <= 0:
        why = "most recent on or before publication (past-tense context)"
    elif tense == "future" and delta >= 0:
        why = "next on or after publication (future context)"
    else:
        why = f"nearest to publication ({_tense_word(tense)})"
    return best, why


# --------------------------------------------------------------------------- rules


@dataclass(frozen=True)
class _Rule:
    name: str
    rx: re.Pattern[str]
    fn: Callable[[_Ctx, re.Match[str]], _Res | None]
    prio: int


_RULES: list[_Rule] = []


def _rule(name: str, pattern: str, prio: int = 50):
    def deco(fn):
        _RULES.append(_Rule(name, _rx(pattern), fn, prio))
        return fn

    return deco


def _span(m: re.Match[str]) -> tuple[int, int]:
    if "t" in m.re.groupindex and m.group("t") is not None:
        return m.span("t")
    return m.span()


def _month_num(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")]


_MONTH_PREP = {
    "in",
    "last",
    "next",
    "early",
    "late",
    "mid",
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
    "this",
    "of",
    "between",
    "and",
    "or",
    "around",
    "to",
    "into",
    "circa",
    "that",
    "for",
    "ending",
    "ended",
    "end",
    "beginning",
    "starting",
    "on",
    "as",
    "at",
    "within",
    "each",
    "every",
}
_PREP_TIME = {
    "in",
    "last",
    "next",
    "early",
    "late",
    "mid",
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
    "this",
    "of",
    "between",
    "and",
    "or",
    "around",
    "to",
    "on",
    "into",
    "circa",
    "c.",
    "fiscal",
    "year",
    "the",
    "that",
    "as",
    "for",
    "at",
    "within",
    "ending",
    "ended",
    "end",
    "beginning",
    "starting",
    "mid-",
    "pre",
    "post",
}


# ---- absolute full dates ---------------------------------------------------------------


def _full_date(ctx: _Ctx, s: int, e: int, y: int, mo: int, d: int, phrase: str) -> _Res:
    dt = _safe_date(y, mo, d)
    dp = _dateparser(phrase, ctx.pub)
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
    "numeric", r"(?<![\d/.])(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", 12
)
def _r_numeric(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    y = int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    s, e = m.span()
    return _full_date(ctx, s, e, y, int(m["a"]), int(m["b"]), f"{m['a']}/{m['b']}/{y}")


_WD_PREFIX = rf"(?:(?P<wd>{_WD}|{_WD_ABBR}),?\s+)?"


@_rule("mdy", _WD_PREFIX + rf"(?P<mon>{_MON_DAYSAFE})\s*(?P<d>{_DAY}){_ORD}(?:\s*,\s*|\s+)(?P<y>{_YEAR})\b", 10)
def _r_mdy(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    return _full_date(ctx, s, e, int(m["y"]), _month_num(m["mon"]), int(m["d"]), m.group(0))


@_rule(
    "dmy",
    _WD_PREFIX + rf"(?:the\s+)?(?P<d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<mon>{_MON_DAYSAFE})\s*,?\s+(?P<y>{_YEAR})\b",
    11,
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


@_rule("md", _MOD_MD + _WD_PREFIX + rf"(?P<mon>{_MON_DAYSAFE})\s*(?P<d>{_DAY}){_ORD}{_DAY_END}", 20)
def _r_md(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    return _month_day(ctx, m, _month_num(m["mon"]), int(m["d"]))


@_rule("dm", _MOD_MD + _WD_PREFIX + rf"(?:the\s+)?(?P<d>{_DAY}){_ORD}(?:\s+of)?\s+(?P<mon>{_MON_DAYSAFE})(?![\w])", 21)
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


@_rule("my", _MONTH_MOD + rf"(?P<mon>{_MON_ALONE}|{_MON_ABBR}(?=\s+\d)),?\s+(?:of\s+)?(?P<y>{_YEAR})\b", 15)
def _r_my(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    y, mo = int(m["y"]), _month_num(m["mon"])
    phrase = m.group(0)
    core = phrase[m.start("mon") - s :]
    dp = _dateparser(core, ctx.pub)
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


@_rule("yearw", r"(?:(?P<mon>" + _MON_FULL + r")\s+)?" + _YEAR_WORDS + r"(?![\w-])", 39)
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


@_rule("year_apos", r"['’](?P<yy>\d\d)(?![\d'’%]|s\b)", 42)
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
)
def _r_clock_words(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    """ "4 in the morning", "ten at night"."""
    h = int(m["h"]) if m["h"].isdigit() else int(_SMALL[m["h"].lower()])
    part = (m["part"] or "night").lower()
    if part in ("afternoon", "evening", "night") and h < 12 and not (part == "night" and h <= 4):
        h += 12
    return _time_res(ctx, m, h, 0, "clock time")


@_rule("year2", r"(?<=(?:1[5-9]|20)\d\d[-–/])(?P<yy>\d\d)(?![\d%])", 41)
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


@_rule("qshort", r"\b(?-i:Q)(?P<q>[1-4])(?:\s*(?P<y>" + _YEAR + r")|\s*'(?P<yy>\d\d))?\b", 25)
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


# ---- days relative to publication ---------------------------------------------------------

_RELDAY = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


@_rule(
    "relday",
    r"(?P<pre>(?:early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
    r"|yesterday|today|tonight|tomorrow)(?![\w-])(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
    24,
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


@_rule(
    "weekday",
    r"(?P<mod>(?:last|next|this\s+past|this\s+coming|this|coming|past|early|late|earlier|later|on|until|by|since|before|after|every|each)\s+)?(?P<wd>"
    + _WD
    + r")(?P<pl>s)?(?![\w])(?:\s+(?P<part>morning|afternoon|evening|night)s?)?\b",
    28,
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


@_rule(
    "relunit",
    r"(?P<pre>(?:(?:the\s+)?(?:end|beginning|start|middle|close|rest|remainder|balance|first\s+half"
    r"|second\s+half|turn)\s+of\s+|(?:early|late|mid|earlier|later)(?:\s+in)?[\s-]+))?"
    + _REL_DET
    + r"\s+(?:(?:fiscal|calendar|financial|school|academic|trading|business|working)\s+)?(?P<u>week|weekend|month|year|quarter|decade|century|period)(?![\w-])",
    27,
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


@_rule("set_adv", r"\b(?P<w>daily|weekly|monthly|annually|yearly|hourly|nightly|quarterly|biweekly|semiannually)\b", 85)
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
)
def _r_set_rate(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    s, e = m.span()
    u = m["u"].lower()
    val = _duration_value(1, u)
    return _Res(s, e, "SET", _Val(val, "unknown"), False, f"'{m.group(0)}': a frequency -> {val}")


# ---- clock times --------------------------------------------------------------------------

_TZ = (
    r"(?:GMT|UTC|Z|[ECMP][SD]?T|BST|CET|CEST|EET|IST|JST|AEST|AEDT|HKT|SGT|local\s+time"
    r"|(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?\s+[Tt]ime)"
)
_TIME_DAY = (
    r"(?:(?:\s*\([^()\n]{1,24}\))?\s*,?\s+(?:on\s+)?(?:(?P<day>" + _WD + r"|yesterday|today|tomorrow|tonight)(?!\w)"
    r"|(?:(?P<dwd>"
    + _WD
    + r"),?\s+)?(?P<dmon>"
    + _MON_DAYSAFE
    + r")\s*(?P<dd>"
    + _DAY
    + r")"
    + _ORD
    + r"(?:\s*,\s*(?P<dy>"
    + _YEAR
    + r"))?"
    + _DAY_END
    + r"))?"
)


def _time_res(ctx: _Ctx, m: re.Match[str], hh: int, mm: int, label: str) -> _Res | None:
    s, e = m.span()
    if e > s and ctx.text[e - 1] == ",":
        e -= 1
    phrase = ctx.text[s:e]
    day = (m["day"] or "").lower() if "day" in m.re.groupindex else ""
    explicit = "dy" in m.re.groupindex and bool(m["dy"])
    if ctx.pub is None and not explicit:
        return _unknown(s, e, "TIME", "time", f"'{phrase}': clock time on a day counted from publication")
    pub = ctx.pub or date.min
    if "dmon" in m.re.groupindex and m["dmon"]:
        mo, dd = _month_num(m["dmon"]), int(m["dd"])
        if m["dy"]:
            d0 = _safe_date(int(m["dy"]), mo, dd)
            why = "explicit date"
        else:
            cands = [c for c in (_safe_date(pub.year + k, mo, dd) for k in (-1, 0, 1)) if c]
            wd = _WEEKDAYS.get((m["dwd"] or "").lower())
            match = [c for c in cands if wd is not None and c.weekday() == wd]
            if len(match) == 1:
                d0, why = match[0], "the year in which the weekday matches"
            else:
                d0, why = _nearest_yearless(pub, cands, ctx.tense(s, e)) if cands else (None, "")
        if d0 is None:
            return None
        d = d0
        why = f"date {d.isoformat()} ({why})"
    elif day in _RELDAY:
        d = pub + timedelta(days=_RELDAY[day])
        why = f"'{day}' -> {d.isoformat()}"
    elif day:
        wd = _WEEKDAYS[day]
        t = ctx.tense(s, e)
        d, why = _weekday_resolve(pub, wd, "future" if t == "future" else "past")
    else:
        d = pub
        why = "no day given: taken as the publication day"
    val = f"{d.isoformat()}T{hh:02d}:{mm:02d}"
    tz = (m["tz"] or "").upper() if "tz" in m.re.groupindex else ""
    if tz in ("UTC", "GMT", "Z"):
        val += "Z"
    if explicit:
        return _Res(s, e, "TIME", _Val(val, "time", d, d), False, f"'{phrase}': {label}, {why} -> {val}")
    return _Res(s, e, "TIME", _Val(val, "time", d, d), True, f"'{phrase}', {_pubstr(pub)} -> {label}, {why} -> {val}")


@_rule(
    "clock",
    r"(?<![\d:.$])(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.\s?m\.?|[ap]m\b|(?-i:[AP]M)\b)(?:\s+(?P<tz>"
    + _TZ
    + r"))?"
    + _TIME_DAY,
    16,
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
)
def _r_clock24(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    return _time_res(ctx, m, int(m["h"]), int(m["mi"]), "24-hour clock time")


@_rule("noon", r"(?P<w>noon|midnight|midday|mid-day)(?:\s+(?P<tz>" + _TZ + r"))?" + _TIME_DAY, 17)
def _r_noon(ctx: _Ctx, m: re.Match[str]) -> _Res | None:
    w = m["w"].lower()
    if ctx.prev_word(m.start()) == "high":
        return None  # "high noon"
    # TIMEX3 writes midnight at the end of the day it closes: T24:00
    return _time_res(ctx, m, 24 if w == "midnight" else 12, 0, w)


# --------------------------------------------------------------------------- scanning
#
# Running every rule's regex over the whole text is slow (most rules begin with
# optional modifiers, so the regex engine tries them at every position).
# Instead the text is split into tokens once; each token that can be part of a
# time expression ("March", "week", "2025", "ago") triggers its rules, and
# those rules are matched anchored at the token starts a little before it.

_UNIT_WORDS = {
    "second",
    "seconds",
    "minute",
    "minutes",
    "min",
    "mins",
    "hour",
    "hours",
    "hr",
    "hrs",
    "day",
    "days",
    "night",
    "nights",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "yr",
    "yrs",
    "decade",
    "decades",
    "century",
    "centuries",
    "semester",
    "semesters",
}
_PLURAL_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "quarters"}
_TZ_WORDS = {
    "gmt",
    "utc",
    "z",
    "et",
    "ct",
    "mt",
    "pt",
    "est",
    "edt",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "pst",
    "pdt",
    "bst",
    "cet",
    "cest",
    "eet",
    "ist",
    "jst",
    "aest",
    "aedt",
    "hkt",
    "sgt",
    "local",
    "time",
    "hours",
    "hrs",
    "h",
}
_MONTH_WORDS = set(_MONTHS)
_WEEKDAY_WORDS = {w for w in _WEEKDAYS if len(w) > 4} | {w + "s" for w in _WEEKDAYS if len(w) > 4}

_WORD_TRIGGERS: dict[str, set[str]] = {
    "mdy": _MONTH_WORDS,
    "dmy": _MONTH_WORDS,
    "md": _MONTH_WORDS,
    "dm": _MONTH_WORDS,
    "my": _MONTH_WORDS,
    "month": _MONTH_WORDS,
    "decade": set(_DECADE_WORDS),
    "century": {"century"},
    "clock_words": {"morning", "afternoon", "evening", "night"},
    "yearw": {"nineteen", "eighteen", "thousand"},
    "quarter": {"quarter", "quarters"},
    "half": {"half"},
    "season": set(_SEASONS),
    "holiday": {"christmas", "day", "eve", "halloween", "thanksgiving", "easter", "friday", "election"},
    "relday": {"yesterday", "today", "tonight", "tomorrow"},
    "partday": {"morning", "afternoon", "evening", "night"},
    "partday2": {"yesterday", "today", "tomorrow"} | _WEEKDAY_WORDS,
    "weekday": _WEEKDAY_WORDS,
    "relunit": {"week", "weekend", "month", "year", "quarter", "decade", "century", "period"},
    "ended": {"quarter", "period", "months", "half"},
    "fullyear": {"year"},
    "yearend": {"year", "end"},
    "ago": {"ago", "now", "hence", "earlier", "later", "before", "after", "previously", "prior", "back"},
    "yearago": {"earlier", "ago"},
    "sameperiod": {"period", "quarter", "month", "week", "time", "season"},
    "theday": {"day"},
    "anaphoric": {
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
    "duration": _UNIT_WORDS,
    "fraction": {"hour", "day", "year", "century", "decade", "minute"},
    "dur_range": _UNIT_WORDS,
    "vague_dur": _PLURAL_UNITS,
    "bare_plural": _PLURAL_UNITS,
    "ref": {
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
    "set_every": {"every", "each"},
    "set_adv": {
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
    "set_rate": {"once", "twice", "thrice", "times"},
    "clock": {"m", "am", "pm"},
    "clock24": _TZ_WORDS,
    "noon": {"noon", "midnight", "midday", "mid"},
}
_RX_DIGIT4 = re.compile(r"\d{4}")
_RX_DECADE_TOK = re.compile(r"\d*0s")
_RX_ORD_TOK = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_RX_AMPM_TOK = re.compile(r"\d{1,4}[ap]m", re.I)
_RX_Q_TOK = re.compile(r"Q[1-4]")
_TOKEN_RX = re.compile(r"\w+|[^\w\s]")


def _digit_rules(tok: str, text: str, s: int, e: int) -> list[str]:
    out: list[str] = []
    nxt = text[e : e + 1]
    if tok.isdigit():
        n = len(tok)
        if n == 4:
            out.append("year")
            if nxt == "-":
                out.append("iso")
        if n <= 2:
            if nxt == "/":
                out.append("numeric")
            if s >= 5 and text[s - 1] in "-–/" and _RX_DIGIT4.fullmatch(text[s - 5 : s - 1]):
                out.append("year2")
            if n == 2 and s >= 1 and text[s - 1] in "'’":
                out.append("year_apos")
    elif _RX_DECADE_TOK.fullmatch(tok):
        out.append("decade")
    elif _RX_ORD_TOK.fullmatch(tok):
        out.append("century")
    elif _RX_AMPM_TOK.fullmatch(tok):
        out.append("clock")
    elif _RX_Q_TOK.fullmatch(tok):
        out.append("qshort")
    return out


_BY_WORD: dict[str, list[str]] = {}
for _name, _words in _WORD_TRIGGERS.items():
    for _w in _words:
        _BY_WORD.setdefault(_w, []).append(_name)
_RULES.sort(key=lambda r: r.prio)
_PRIO = {r.name: i for i, r in enumerate(_RULES)}
_BY_NAME = {r.name: r for r in _RULES}
# how far (characters) before its trigger token a rule's match may start
_BACK_BY_RULE = {
    "iso": 0,
    "numeric": 0,
    "year2": 0,
    "qshort": 0,
    "set_every": 0,
    "set_adv": 0,
    "noon": 0,
    "year": 30,
    "mdy": 34,
    "dmy": 34,
    "md": 34,
    "dm": 34,
    "my": 34,
    "month": 34,
    "decade": 12,
    "century": 22,
    "clock_words": 30,
    "year_apos": 1,
    "yearw": 28,
    "quarter": 30,
    "half": 20,
    "season": 26,
    "holiday": 24,
    "relday": 10,
    "partday": 12,
    "partday2": 22,
    "weekday": 14,
    "relunit": 48,
    "ended": 30,
    "fullyear": 20,
    "yearend": 22,
    "ago": 48,
    "yearago": 30,
    "sameperiod": 44,
    "anaphoric": 30,
    "theday": 34,
    "duration": 48,
    "fraction": 18,
    "dur_range": 40,
    "vague_dur": 32,
    "bare_plural": 14,
    "ref": 16,
    "set_rate": 22,
    "clock": 10,
    "clock24": 16,
}
_BACK = max(_BACK_BY_RULE.values())
assert (
    set(_WORD_TRIGGERS) | {"iso", "numeric", "year", "year2", "year_apos", "qshort"}
    == set(_BY_NAME)
    == set(_BACK_BY_RULE)
)


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


def _to_mention(
    article_id: str, text: str, res: _Res, span: tuple[int, int] | None = None, surface: str | None = None
) -> TimeMention:
    s, e = span if span else (res.start, res.end)
    v = res.val or _Val(None, "unknown")
    reason = res.reason
    if v.value is None and reason is None:
        reason = "could not be resolved"
    return TimeMention(
        article=article_id,
        span=Span(start=s, end=e),
        text=surface if surface is not None else text[s:e],
        type=res.type,
        value=v.value,
        granularity=v.gran
        if v.gran in ("time", "day", "week", "month", "quarter", "season", "year", "decade")
        else "unknown",
        start=v.start,
        end=v.end,
        relative=res.relative,
        how=res.how,
        unresolved_reason=reason if v.value is None else None,
    )


def extract_times(
    article_id: str, text: str, published: date | None, *, start: int = 0, end: int | None = None
) -> list[TimeMention]:
    """Find and resolve the time expressions in ``text[start:end]``.

    Spans are absolute offsets into ``text``; the result is sorted by span and
    does not depend on anything but the arguments.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    ctx = _Ctx(text, published)
    return [_to_mention(article_id, text, res) for res, _ in _scan(ctx, start, end)]


def _locate(phrase: str, context: str) -> tuple[str, int] | None:
    marked = f"[[{phrase}]]"
    i = context.find(marked)
    if i >= 0:
        return context[:i] + phrase + context[i + len(marked) :], i
    i = context.find(phrase)
    if i >= 0:
        return context, i
    i = context.lower().find(phrase.lower())
    if i >= 0:
        return context, i
    return None


# Words that are time expressions only when something else has already decided
# that they are (extract_times leaves them alone: they misfire too often).
_ISOLATED_REFS = {
    "current": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "present": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "ongoing": "PRESENT_REF",
    "already": "PRESENT_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "later": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "short-term": "FUTURE_REF",
    "long-term": "FUTURE_REF",
    "near-term": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "at the time": "PAST_REF",
}


def _isolated_ref(phrase: str, published: date | None) -> TimeMention | None:
    key = " ".join(phrase.lower().split())
    key = re.sub(r"^(?:in|for|at)\s+(?=the\s)", "", key)
    val = _ISOLATED_REFS.get(key)
    if val is None:
        return None
    if published is None:
        return TimeMention(
            article="",
            span=Span(start=0, end=len(phrase)),
            text=phrase,
            value=None,
            relative=True,
            how=f"'{phrase}': {val} reference; publication date unknown",
            unresolved_reason=UNKNOWN_PUBLICATION,
        )
    st = published if val == "PRESENT_REF" else None
    return TimeMention(
        article="",
        span=Span(start=0, end=len(phrase)),
        text=phrase,
        value=val,
        relative=True,
        start=st,
        end=st,
        how=f"'{phrase}', {_pubstr(published)} -> given as a time expression: {val}",
    )


def resolve_phrase(phrase: str, published: date | None, *, context: str = "") -> TimeMention | None:
    """Resolve one already-isolated time expression.

    ``context`` is the sentence around it (used for tense); the phrase may be
    marked in it as ``[[phrase]]``. Returns None when nothing in the phrase is
    recognised as a time expression.
    """
    if not phrase.strip():
        return None
    loc = _locate(phrase, context) if context else None
    if loc is None:
        text, ps = phrase, 0
    else:
        text, ps = loc
    pe = ps + len(phrase)
    ctx = _Ctx(text, published)
    prior = _scan(ctx, 0, ps) if ps > 0 else []
    found = _scan(ctx, ps, pe, prior)
    if not found and loc is not None:
        # the phrase alone, with the sentence still used for tense
        ctx = _Ctx(phrase, published, tense_override=lambda: _tense(text, ps, pe))
        found = _scan(ctx, 0, len(phrase))
        ps = 0
    if not found:
        return _isolated_ref(phrase, published)
    res, _ = max(found, key=lambda t: (t[0].end - t[0].start, -t[0].start))
    m = _to_mention("", phrase, res, span=(0, len(phrase)), surface=phrase)
    inner = ctx.text[res.start : res.end]
    if inner.strip() != phrase.strip():
        m = m.model_copy(update={"how": f"{m.how} (recognised '{inner}' within '{phrase}')"})
    return m
