"""The quotations of an article, in order, with their speakers: marks paired,
speakers attributed, then inherited, and each quotation placed in its
sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from ...model.models import Quote, Sentence, Span
from .attribution import _Attributor
from .context import _Context
from .inherit import _Found, _inherit
from .marks import _marks, _Pairer


def _sentence_index(sentences: Sequence[Sentence], starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sentences[0].index if sentences else 0
    return sentences[k].index


def extract_quotes(
    article_id: str,
    text: str,
    sentences: Sequence[Sentence],
    *,
    resolve: Callable[[str], str | None] | None = None,
) -> list[Quote]:
    """Direct quotations in ``text``, in order, with their speakers.

    ``Quote.span`` is the quoted words without the marks (surrounding white
    space trimmed), ``Quote.text`` the exact slice, ``Quote.sentence`` the
    index of the sentence holding its first character. ``speaker_text`` and
    ``speaker_span`` give the speaker as written; ``speaker`` is filled only
    through ``resolve`` (never for pronouns, which the caller resolves).
    """
    pairs = [p for p in _Pairer(text, _marks(text)).pairs() if re.search(r"\w", text[p.inner_start : p.inner_end])]
    top = sorted((p for p in pairs if p.depth == 0), key=lambda p: p.open_pos)
    regions = [(p.open_pos, (p.close_pos + 1) if p.close_pos is not None else p.inner_end) for p in top]
    ctx = _Context(text, regions)
    attributor = _Attributor(ctx)

    found = [_Found(p) for p in top]
    for f in found:
        p = f.pair
        sp = None
        if p.close_pos is not None:
            inner = text[p.inner_start : p.inner_end].rstrip()
            sp = attributor.after(p.close_pos + 1, inner[-1:] if inner else "")
        before, opens = attributor.before(p.open_pos)
        f.opens_sentence = opens
        f.speaker = sp or before

    _inherit(ctx, found)

    ordered = sorted(pairs, key=lambda p: (p.inner_start, -p.inner_end))
    by_pair = {id(f.pair): f for f in found}
    starts = [s.span.start for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: starts[i])
    sentences = [sentences[i] for i in order]
    starts = [starts[i] for i in order]
    out: list[Quote] = []
    for p in ordered:
        found_p = by_pair.get(id(p))
        sp = found_p.speaker if found_p else None
        speaker_text = text[sp.start : sp.end] if sp else None
        speaker = None
        if sp and speaker_text is not None and resolve is not None and not sp.pronoun:
            speaker = resolve(" ".join(speaker_text.split()))
        out.append(
            Quote(
                article=article_id,
                span=Span(start=p.inner_start, end=p.inner_end),
                text=text[p.inner_start : p.inner_end],
                speaker=speaker,
                speaker_text=speaker_text,
                speaker_span=Span(start=sp.start, end=sp.end) if sp else None,
                cue=sp.cue if sp else None,
                sentence=_sentence_index(sentences, starts, p.inner_start),
            )
        )
    return out
