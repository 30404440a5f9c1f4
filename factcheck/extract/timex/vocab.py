"""Vocabulary: month, weekday, season and number words, regular-expression parts, trigger words."""

from __future__ import annotations

import re

from ...text.words import ONES, TEENS, TENS

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
_SMALL = {"zero": 0, **ONES, **TEENS, "a": 1, "an": 1, "single": 1}
_TENS = TENS
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


# ---- words that trigger rules (see the ``words=`` of each rule)

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

# ---- clock times and days named relative to publication

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

_RELDAY = {
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
