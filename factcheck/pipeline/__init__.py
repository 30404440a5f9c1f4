"""The one orchestration path: load -> extract (with the extraction cache) -> analyse."""

from __future__ import annotations

from .core import ExtractionCache, analyse, extract_all, extract_article, load_targets, run

__all__ = ["ExtractionCache", "analyse", "extract_all", "extract_article", "load_targets", "run"]
