"""Negation cues and their scope.

The scope of a cue runs from the cue to the end of its clause (the next comma,
semicolon, dash or the end of the sentence), the common baseline in the
negation-scope literature. Fixed expressions that do not negate ("not only",
"no doubt", "nothing but") are skipped; two cues in one scope cancel.
"""

from __future__ import annotations

import re

from ..model.models import Negation

_CUE_RE = re.compile(
    r"\b(?:not|no(?!\.?\s*\d)|never|nobody|nothing|none|neither|nor|without|cannot|"
    r"(?:ca|wo|do|does|did|is|are|was|were|has|have|had|should|would|could|must|need)n['\u2019]t)\b",
    re.IGNORECASE,
)
_NOT_NEGATING = re.compile(
    r"\b(?:not\s+only|not\s+just|no\s+doubt|nothing\s+but|no\s+matter|not\s+least|no\s+sooner|"
    r"none\s+other|never\s+mind|not\s+to\s+mention|no\s+one\s+else\s+but|whether\s+or\s+not|if\s+not)\b",
    re.IGNORECASE,
)
_SCOPE_END = re.compile(r"[,;:\u2014\u2013]|\s-\s|\bbut\b|\bwhile\b|\bthough\b|\balthough\b|$", re.IGNORECASE)


def find_negations(article_id: str, text: str, start: int, end: int) -> list[Negation]:
    """Negation cues in ``text[start:end]`` with their scopes (absolute spans)."""
    chunk = text[start:end]
    skip = [(m.start(), m.end()) for m in _NOT_NEGATING.finditer(chunk)]
    out: list[Negation] = []
    for m in _CUE_RE.finditer(chunk):
        if any(s <= m.start() < e for s, e in skip):
            continue
        stop = _SCOPE_END.search(chunk, m.end())
        scope_end = stop.start() if stop else len(chunk)
        out.append(
            Negation(
                article=article_id,
                span={"start": start + m.start(), "end": start + m.end()},
                text=m.group(),
                scope={"start": start + m.start(), "end": start + max(scope_end, m.end())},
            )
        )
    return out


def polarity_of(negations: list[Negation], start: int, end: int) -> tuple[str, Negation | None]:
    """Polarity of the text between ``start`` and ``end``: negative when an odd
    number of cues fall inside it."""
    inside = [n for n in negations if start <= n.span.start < end]
    if len(inside) % 2 == 1:
        return "negative", inside[0]
    return "positive", None
