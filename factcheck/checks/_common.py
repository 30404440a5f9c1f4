"""Helpers shared by kinds."""

from __future__ import annotations


def short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "\u2026"


def tag(article: str) -> str:
    """A short, readable article tag: the part of the id before the first '_'."""
    return article.split("_", 1)[0] if "_" in article else article
