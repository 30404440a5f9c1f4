"""factcheck: find where news articles about one story disagree.

The public API is small; everything else lives in private modules::

    import factcheck
    report, errors = factcheck.run("seeds/")
    for finding in report.findings:
        print(finding.rule, finding.message)
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model.errors import FactcheckError, InputError, InternalError, RuleError, UsageError, UserError  # noqa: E402
from .model.models import Article, Claim, Event, Extraction, Fact, Finding, OutputFormat, Report  # noqa: E402
from .pipeline.core import analyse, extract_article, run  # noqa: E402
from .rules.ruleset import RuleSet, load_rules  # noqa: E402

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
    "run",
]
