"""Speakers for quotations without an attribution of their own: the paragraphs
of one quotation share a speaker, a quotation opening a sentence takes the one
before it in its paragraph, and a paragraph that is only a quotation takes the
speaker of the paragraph before (or of its reported speech)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import _Attributor, _Speaker
from .context import _Context, _Tok, _tokens
from .marks import _Pair
from .phrases import _SKIP_BACK
from .vocab import _SPEECH


@dataclass
class _Found:
    pair: _Pair
    speaker: _Speaker | None = None
    opens_sentence: bool = False
    inherited: bool = False


def _inherit(ctx: _Context, found: list[_Found]) -> None:
    """Speakers for quotations that carry no attribution of their own."""

    def groups() -> None:
        """The paragraphs of one quotation (the reopening convention) share a speaker."""
        by_group: dict[int, list[_Found]] = {}
        for f in found:
            if f.pair.group is not None:
                by_group.setdefault(f.pair.group, []).append(f)
        for members in by_group.values():
            source = next((m for m in reversed(members) if m.speaker and not m.inherited), None)
            source = source or next((m for m in members if m.speaker), None)
            if source:
                for m in members:
                    if m.speaker is None:
                        m.speaker, m.inherited = source.speaker, True

    paras = [ctx.paragraph(f.pair.open_pos) for f in found]
    groups()
    last_in_para: dict[int, _Found] = {}  # the last quotation seen so far in each paragraph
    for i, f in enumerate(found):
        para = paras[i]
        prev = last_in_para.get(para)
        last_in_para[para] = f
        if f.speaker is not None:
            continue
        if f.opens_sentence and prev is not None and prev.speaker is not None:
            f.speaker, f.inherited = prev.speaker, True  # “A,” he said. “B.”
            continue
        if prev is not None or para == 0 or not _quote_only(ctx, para):
            continue
        earlier = last_in_para.get(para - 1)
        if earlier is not None:
            if earlier.speaker is not None:
                f.speaker, f.inherited = earlier.speaker, True
            continue
        f.speaker = _reported_speaker(ctx, para - 1)
        f.inherited = f.speaker is not None
    groups()
    # the rest of a quote-only paragraph follows its first quotation
    for i, f in enumerate(found):
        if (
            f.speaker is None
            and i > 0
            and found[i - 1].speaker is not None
            and f.opens_sentence
            and paras[i - 1] == paras[i]
        ):
            f.speaker, f.inherited = found[i - 1].speaker, True


def _quote_only(ctx: _Context, para: int) -> bool:
    a, b = ctx.paragraph_span(para)
    return not re.search(r"\w", ctx.masked[a:b])


def _reported_speaker(ctx: _Context, para: int) -> _Speaker | None:
    """The speaker of reported speech ("It adds that ...") in paragraph ``para``."""
    a, b = ctx.paragraph_span(para)
    if not ctx.masked[a:b].strip():
        return None
    toks = _tokens(ctx.masked, a, b)
    attributor = _Attributor(ctx)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.low in _SPEECH and t.text == t.low:
            j = k - 1
            while j >= 0 and (toks[j].low in _SKIP_BACK or (toks[j].low.endswith("ly") and toks[j].text.islower())):
                j -= 1
            if j < 0:
                return None
            pro = attributor._pronoun(toks[j], t.low)
            if pro:
                return pro
            initial = toks[_sentence_first_token(toks, ctx, j)].start
            rng = attributor.np_back(toks, j, 0, initial)
            return attributor._speaker(toks, rng, t.low) if rng else None
    return None


def _sentence_first_token(toks: list[_Tok], ctx: _Context, j: int) -> int:
    """Index of the first token of the sentence holding token ``j``."""
    start = ctx.sentence_start(toks[j].start)
    return next((i for i, t in enumerate(toks) if t.start >= start), 0)
