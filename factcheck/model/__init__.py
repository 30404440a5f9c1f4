"""Frozen data models (spans, articles, extractions, findings) and the error tree."""

from __future__ import annotations

from .errors import FactcheckError, InputError, InternalError, RuleError, UsageError, UserError
from .models import (
    Article,
    ArticleSummary,
    Attribution,
    Claim,
    EntityMention,
    Event,
    Extraction,
    Fact,
    Finding,
    Frozen,
    Negation,
    OutputFormat,
    Quantity,
    Quote,
    Report,
    Sentence,
    Span,
    TimeMention,
)

__all__ = [
    "Article",
    "ArticleSummary",
    "Attribution",
    "Claim",
    "EntityMention",
    "Event",
    "Extraction",
    "Fact",
    "FactcheckError",
    "Finding",
    "Frozen",
    "InputError",
    "InternalError",
    "Negation",
    "OutputFormat",
    "Quantity",
    "Quote",
    "Report",
    "RuleError",
    "Sentence",
    "Span",
    "TimeMention",
    "UsageError",
    "UserError",
]
