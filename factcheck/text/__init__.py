"""Shared vocabulary: folding, tokens, stems, stopwords, negation cues (one copy each)."""

from __future__ import annotations

from .words import NEGATION_WORDS, STOPWORDS, WORD_RE, content_stems, fold, normalize_space, slug, stem, tokens

__all__ = [
    "NEGATION_WORDS",
    "STOPWORDS",
    "WORD_RE",
    "content_stems",
    "fold",
    "normalize_space",
    "slug",
    "stem",
    "tokens",
]
