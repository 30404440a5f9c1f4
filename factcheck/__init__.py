"""factcheck: find where news articles about one story disagree.

The public API is small; the stages live in subpackages (see the README's architecture)::

    import factcheck
    report, errors = factcheck.run("seeds/")  # with the packs seeds/factcheck.yaml names
    for finding in report.findings:
        print(finding.rule, finding.message)
"""

from __future__ import annotations

from ._version import __version__
from .model.errors import FactcheckError, InputError, InternalError, RuleError, UsageError, UserError
from .model.models import Article, Claim, Event, Extraction, Fact, Finding, OutputFormat, Report
from .pipeline.core import analyse, extract_article, run
from .rules.ruleset import RuleSet, load_rules
from .rules.stack import load_stack

__all__ = [
    "__version__",
    "Article",
    "Claim",
    "Event",
    "Extraction",
    "Fact",
    "FactcheckError",
    "Finding",
    "InputError",
    "InternalError",
    "OutputFormat",
    "Report",
    "RuleError",
    "RuleSet",
    "UsageError",
    "UserError",
    "analyse",
    "extract_article",
    "load_rules",
    "load_stack",
    "run",
]
