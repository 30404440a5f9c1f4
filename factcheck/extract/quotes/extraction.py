"""The quotations of an article, in order: marks paired and each quotation
placed in its sentence. Speakers are read from the parse later
(:mod:`.speakers`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from ...model.models import Quote, Sentence, Span
from .marks import _marks, _Pairer


def _sentence_index(sentences: Sequence[Sentence], starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sentences[0].index if sentences else 0
    return sentences[k].index


def extract_quotes(article_id: str, text: str, sentences: Sequence[Sentence]) -> list[Quote]:
    """Direct quotations in ``text``, in order, without their speakers.

    ``Quote.span`` is the quoted words without the marks (surrounding white
    space trimmed), ``Quote.text`` the exact slice, ``Quote.sentence`` the
    index of the sentence holding its first character.
    """
    pairs = [p for p in _Pairer(text, _marks(text)).pairs() if re.search(r"\w", text[p.inner_start : p.inner_end])]
    ordered = sorted(pairs, key=lambda p: (p.inner_start, -p.inner_end))
    starts = [s.span.start for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: starts[i])
    sentences = [sentences[i] for i in order]
    starts = [starts[i] for i in order]
    return [
        Quote(
            article=article_id,
            span=Span(start=p.inner_start, end=p.inner_end),
            text=text[p.inner_start : p.inner_end],
            sentence=_sentence_index(sentences, starts, p.inner_start),
        )
        for p in ordered
    ]
