"""Helpers shared by kinds."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from ..model.models import TimeMention
from .base import LOWER, RuleView


def graded(rule: RuleView, confident: bool) -> dict[str, Any]:
    """Severity and confidence of a finding: the rule's severity for a
    conflict, one step lower for a possible one."""
    return {
        "severity": rule.spec.severity if confident else LOWER[rule.spec.severity],
        "confidence": "conflict" if confident else "possible",
    }


def short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def tag(article: str) -> str:
    """A short, readable article tag: the part of the id before the first '_'."""
    return article.split("_", 1)[0] if "_" in article else article


def ranges_overlap(a: TimeMention, b: TimeMention, slack_days: int = 0) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return True
    d = timedelta(days=slack_days)
    return a.start <= b.end + d and b.start <= a.end + d


def resolved(t: TimeMention | None) -> bool:
    return t is not None and t.start is not None and t.end is not None and t.type in ("DATE", "TIME")


def value_of(t: TimeMention) -> str:
    return t.value or (t.start.isoformat() if t.start else "?")
