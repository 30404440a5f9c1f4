"""The closed registry of check types a rule can pick (``kind:`` in a rule file).

A check type is a module that follows :class:`~factcheck.checks.base.Check`:
an ``Options`` pydantic model (what a rule file may set under ``options:``), a
``FINDING_KIND`` and ``check(rule, corpus)`` yielding findings. It reads the
corpus context the engine builds; it never imports the rules or the pipeline.
A new check type is one module plus one line here.
"""

from __future__ import annotations

from . import attribution, claims, event_date, incompatible
from .base import SEVERITY_RANK, Check, RuleView, make_finding

KINDS: dict[str, Check] = {
    "event_date": event_date,
    "attribution": attribution,
    "incompatible": incompatible,
    "claims": claims,
}

__all__ = ["KINDS", "SEVERITY_RANK", "Check", "RuleView", "make_finding"]
