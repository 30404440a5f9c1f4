"""Numbers with their units: percentages, money and counts of things.

:func:`extract_quantities` finds the numbers a news article states as facts and
normalises them so that two articles can be compared:

* percentages: "25%", "25 per cent", "25-per-cent", "25 percent", "25 pct",
  "two per cent", "twenty-five per cent" -> unit ``percent``, normalized
  ``"25 percent"``; "3 percentage points" -> unit ``percentage point``;
* money: "$1.3 billion", "$1.3-billion", "US$5 million", "C$10", "CAD 5",
  "€3m", "125 billion dollars", "50 cents" -> unit ``USD``/``CAD``/``EUR``/
  ``GBP``/... and the value in units (1.3e9), normalized ``"USD 1300000000"``.
  A bare ``$`` stays ``$``: the currency is ambiguous (a paper's dollars
  are usually its own country's) and ``how`` says so;
* counts with a noun: "169 seats", "three people", "2,000 auto workers",
  "1.5 million barrels" -> unit = the singular of the noun (``seat``),
  normalized ``"169 seat"``; a scaled number with no noun ("40 million") is a
  ``count``.

Numbers written in words are read too (one .. ninety-nine, hundred, thousand,
million, billion, trillion, "a dozen", "half a million", "two and a half").

Not quantities: years ("in 2025", "November 2024 election"), day numbers in
dates ("March 28", "28 March", "March 28th"), ordinals ("51st"), times
("10 a.m.", "10:30"), phone numbers, version numbers, hex hashes, numbers glued
to words ("G7", "COVID-19") or inside URLs, bare numbers without a unit, and
idioms ("one of the ...", "no one", "someone", "one day").

Every :class:`~factcheck.model.models.Quantity` keeps the exact span it was read
from and a ``how`` that shows the normalisation: ``"'25 per cent' -> 25 percent"``.
"""

from __future__ import annotations

from .compare import comparable, same_quantity, unit_match
from .resolve import DOLLAR_CURRENCIES, MONEY_UNITS, extract_quantities
from .values import format_value, singular

__all__ = [
    "DOLLAR_CURRENCIES",
    "MONEY_UNITS",
    "comparable",
    "extract_quantities",
    "format_value",
    "same_quantity",
    "singular",
    "unit_match",
]
