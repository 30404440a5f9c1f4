"""The closed registry of check types a rule can pick (``check:`` in a rule file).

A check type is a module that follows :class:`~factcheck.checks.base.Check`:
an ``Options`` pydantic model (what a rule file may set under ``options:``), a
``CATEGORY`` and ``check(rule, options, corpus)`` yielding findings, where
``options`` is typed as that module's ``Options``. It reads the corpus context
the engine builds; it never imports the rules or the pipeline. A new check type
is one module plus one line here.
"""

from __future__ import annotations

from typing import Any

from . import attribution, claims, event_date, incompatible
from .base import Check, RuleView, make_finding

CHECKS: dict[str, Check[Any]] = {
    "event_date": event_date,
    "attribution": attribution,
    "incompatible": incompatible,
    "claims": claims,
}

__all__ = ["CHECKS", "Check", "RuleView", "make_finding"]
