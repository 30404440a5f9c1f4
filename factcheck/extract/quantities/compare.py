"""Whether two quantities are of one unit and agree."""

from __future__ import annotations

import math
from typing import Literal

from ...model.models import Quantity
from .resolve import DOLLAR_CURRENCIES, MONEY_UNITS

# --------------------------------------------------------------------------- comparison

UnitMatch = Literal["exact", "possible", "none"]


def _unit_key(unit: str) -> str:
    return unit if unit in MONEY_UNITS else unit.casefold()


def unit_match(a: Quantity, b: Quantity) -> UnitMatch:
    """Do the units agree? ``"exact"`` for the same unit, ``"possible"`` for a
    bare ``$`` against a dollar currency (USD, CAD, ...) or against another
    bare ``$`` (two ``$`` amounts in different outlets may be different
    dollars), ``"none"`` otherwise."""
    ua, ub = _unit_key(a.unit), _unit_key(b.unit)
    if ua == ub:
        return "exact"
    if (ua == "$" and ub in DOLLAR_CURRENCIES) or (ub == "$" and ua in DOLLAR_CURRENCIES):
        return "possible"
    return "none"


def comparable(a: Quantity, b: Quantity) -> bool:
    """Could ``a`` and ``b`` measure the same thing? Same unit, or a bare ``$``
    against USD/CAD (only possibly the same currency: see :func:`unit_match`)."""
    return unit_match(a, b) != "none"


def same_quantity(a: Quantity, b: Quantity, *, rel_tol: float = 0.0, abs_tol: float = 0.0) -> bool:
    """Same unit family and the same value within tolerance.

    ``"25%" == "25 per cent" == "25 percent"``. A bare ``$`` amount matches a
    USD or CAD amount of the same value, but only as a *possible* match: check
    :func:`unit_match` to tell ``"exact"`` from ``"possible"``. A tiny relative
    slack (1e-9) absorbs float rounding.
    """
    if not comparable(a, b):
        return False
    return math.isclose(a.value, b.value, rel_tol=max(rel_tol, 1e-9), abs_tol=abs_tol)
