"""The one orchestration path: load -> extract (with the extraction cache) -> analyse."""

from __future__ import annotations

from .core import (
    ExtractionCache,
    Processed,
    analyse,
    extract_all,
    extract_article,
    load_targets,
    process,
    run,
    run_rules,
    unique_articles,
)

__all__ = [
    "ExtractionCache",
    "Processed",
    "analyse",
    "extract_all",
    "extract_article",
    "load_targets",
    "process",
    "run",
    "run_rules",
    "unique_articles",
]
