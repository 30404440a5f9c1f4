"""factcheck: find where news articles about one story disagree.

The public API is small; the stages live in subpackages (see the README's architecture)::

    import factcheck
    report, errors = factcheck.run("seeds/")  # with the packs seeds/factcheck.yaml names
    for finding in report.findings:
        print(finding.rule, finding.message)

The names are imported when first used: ``import factcheck`` alone (as the
command line's client of a running server does) does not load the pipeline,
spaCy or the rules.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from .model.errors import FactcheckError, InputError, InternalError, RuleError, UsageError, UserError
    from .model.models import Article, Claim, Event, Extraction, Fact, Finding, OutputFormat, Report
    from .pipeline.core import analyse, extract_article, run
    from .rules.ruleset import RuleSet, load_rules
    from .rules.stack import load_stack

_WHERE = {
    **dict.fromkeys(
        ("FactcheckError", "InputError", "InternalError", "RuleError", "UsageError", "UserError"), ".model.errors"
    ),
    **dict.fromkeys(
        ("Article", "Claim", "Event", "Extraction", "Fact", "Finding", "OutputFormat", "Report"), ".model.models"
    ),
    **dict.fromkeys(("analyse", "extract_article", "run"), ".pipeline.core"),
    **dict.fromkeys(("RuleSet", "load_rules"), ".rules.ruleset"),
    "load_stack": ".rules.stack",
}

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


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
