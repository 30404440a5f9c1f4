"""Shared vocabulary: folding, tokens, stopwords, negation cues (one copy each)."""

from __future__ import annotations

from .words import NEGATION_WORDS, STOPWORDS, WORD_RE, fold, normalize_space, slug, tokens

__all__ = [
    "NEGATION_WORDS",
    "STOPWORDS",
    "WORD_RE",
    "fold",
    "normalize_space",
    "slug",
    "tokens",
]
