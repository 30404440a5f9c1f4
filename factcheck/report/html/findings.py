"""One finding as HTML: its two sides, each claim's sentence with the words
that differ from the closest sentence on the other side highlighted, the
sentences around it, and the rule's description."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from ...model.models import Claim, Extraction, Finding, Sentence
from ...rules.ruleset import load_rules
from .common import DIFF_MIN_RATIO, _finding_articles, _plural, _Source, _trunc, e

_WORD = re.compile(r"\S+")
_EDGE_PUNCT = re.compile(r"^[^\w]+|[^\w]+$")


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words with their offsets and comparison keys (case and edge punctuation
    ignored); punctuation on its own ("\u2013", ",") is not a word."""
    out = []
    for m in _WORD.finditer(text):
        key = _EDGE_PUNCT.sub("", m.group()).lower()
        if key:
            out.append((m.start(), m.end(), key))
    return out


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, [t[2] for t in _tokens(a)], [t[2] for t in _tokens(b)], autojunk=False).ratio()


def _diff_ranges(text: str, other: str) -> list[tuple[int, int]] | None:
    """Character ranges of ``text`` whose words are not in ``other``; None
    when the two sentences are too unlike for a word diff to mean anything."""
    ta, tb = _tokens(text), _tokens(other)
    sm = SequenceMatcher(None, [t[2] for t in ta], [t[2] for t in tb], autojunk=False)
    if sm.ratio() < DIFF_MIN_RATIO:
        return None
    out = []
    for tag, i1, i2, _j1, _j2 in sm.get_opcodes():
        if tag in ("replace", "delete") and i2 > i1:
            out.append((ta[i1][0], ta[i2 - 1][1]))
    return out


def _value_range(c: Claim) -> tuple[int, int] | None:
    if c.value_span is not None and c.span.start <= c.value_span.start < c.value_span.end <= c.span.end:
        return c.value_span.start - c.span.start, c.value_span.end - c.span.start
    if c.value:
        words = str(c.value).split()
        if words:
            m = re.search(r"\s+".join(re.escape(w) for w in words), c.text, re.IGNORECASE)
            if m:
                return m.start(), m.end()
    return None


def _counterpart(c: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The claim on another side that reads most like ``c``, to diff against."""
    others = [o for o in claims if o.side != c.side] or [o for o in claims if o.text != c.text]
    best, best_ratio = None, -1.0
    for o in others:
        r = _ratio(c.text, o.text)
        if r > best_ratio:
            best, best_ratio = o, r
    return best


def _highlight(
    text: str, value: tuple[int, int] | None, diffs: Sequence[tuple[int, int]], value_differs: bool = False
) -> str:
    """The sentence, escaped, with the compared value in one ``<mark>`` and
    the words that differ from the other side in ``<span class="diff">``."""
    cuts = {0, len(text)}
    if value:
        cuts.update(value)
    for a, b in diffs:
        cuts.update((a, b))
    points = sorted(p for p in cuts if 0 <= p <= len(text))
    out = []
    in_value = False
    for a, b in zip(points, points[1:]):
        is_val = value is not None and value[0] <= a and b <= value[1]
        if is_val and not in_value:
            out.append(f'<mark class="val{" differs" if value_differs else ""}">')
        elif in_value and not is_val:
            out.append("</mark>")
        in_value = is_val
        seg = e(text[a:b])
        if any(x <= a and b <= y for x, y in diffs) or (is_val and value_differs):
            out.append(f'<span class="diff">{seg}</span>')
        else:
            out.append(seg)
    if in_value:
        out.append("</mark>")
    return "".join(out)


# ----------------------------------------------------------------------------- context


def _context(
    c: Claim, by_article: dict[str, Extraction]
) -> tuple[Sentence | None, list[Sentence], Sentence | None] | None:
    ex = by_article.get(c.article)
    if ex is None or not ex.sentences:
        return None
    sents = ex.sentences
    hit = [i for i, s in enumerate(sents) if s.span.overlaps(c.span)]
    if not hit:
        return None
    first, last = hit[0], hit[-1]
    before = next((sents[i] for i in range(first - 1, -1, -1) if not sents[i].furniture), None)
    after = next((sents[i] for i in range(last + 1, len(sents)) if not sents[i].furniture), None)
    return before, list(sents[first : last + 1]), after


def _context_html(c: Claim, by_article: dict[str, Extraction]) -> str:
    ctx = _context(c, by_article)
    if ctx is None:
        return ""
    before, own, after = ctx
    rows = []
    if before is not None:
        rows.append(f'<p class="ctx-s"><span class="ln">{before.line}</span> {e(before.text)}</p>')
    else:
        rows.append('<p class="ctx-s muted">(start of article)</p>')
    for s in own:
        rows.append(f'<p class="ctx-s own"><span class="ln">{s.line}</span> {e(s.text)}</p>')
    if after is not None:
        rows.append(f'<p class="ctx-s"><span class="ln">{after.line}</span> {e(after.text)}</p>')
    else:
        rows.append('<p class="ctx-s muted">(end of article)</p>')
    return f'<details class="ctx"><summary>Surrounding sentences</summary>{"".join(rows)}</details>'


# ----------------------------------------------------------------------------- rules


@lru_cache(maxsize=4)
def _shipped_rules() -> dict[str, tuple[str, str]]:
    try:
        return {r.id: (r.spec.name, r.spec.description) for r in load_rules().rules}
    except Exception:  # the report must render even when the rules cannot be read
        return {}


def _rule_descriptions(ruleset: Any) -> dict[str, tuple[str, str]]:
    if ruleset is not None:
        try:
            return {r.id: (r.spec.name, r.spec.description) for r in ruleset.rules}
        except AttributeError:
            return {}
    return _shipped_rules()


# ----------------------------------------------------------------------------- findings


def _claim_html(c: Claim, other: Claim | None, src: _Source, by_article: dict[str, Extraction]) -> str:
    published = c.published or src.published
    diffs = _diff_ranges(c.text, other.text) if other is not None and other.text != c.text else []
    mine = c.normalized if c.normalized is not None else c.value
    theirs = None if other is None else (other.normalized if other.normalized is not None else other.value)
    # sentences too unlike to diff word by word: the value itself is what differs
    value_differs = diffs is None and mine is not None and theirs is not None and mine != theirs
    sentence = _highlight(c.text, _value_range(c), diffs or [], value_differs)
    outlet = e(c.outlet or src.outlet) if (c.outlet or src.outlet) else '<span class="muted">unknown outlet</span>'
    value_html = ""
    if c.value is not None or c.normalized is not None:
        parts = []
        if c.value is not None:
            parts.append(f'<q class="as-written">{e(" ".join(str(c.value).split()))}</q>')
        if c.normalized is not None and c.normalized != c.value:
            parts.append(
                f'<span class="arrow" aria-label="normalised to">\u2192</span> <strong class="norm">{e(c.normalized)}</strong>'
            )
        value_html = f'<p class="value">{" ".join(parts)}</p>'
    how = f'<p class="how">{e(c.how)}</p>' if c.how else ""
    return (
        '<div class="claim">'
        f'<p class="where"><span class="src" title="source {src.num}">{src.num}</span> '
        f'<span class="outlet">{outlet}</span>'
        f'<span class="pub">{"published " + e(published) if published else "publication date unknown"}</span>'
        f'<span class="loc"><code>{e(src.path)}</code> line {c.line}</span></p>'
        f'<blockquote class="sentence">{sentence}</blockquote>'
        f"{value_html}{how}{_context_html(c, by_article)}"
        "</div>"
    )


def _side_header(side: str, claims: Sequence[Claim]) -> str:
    values: list[str] = []
    for c in claims:
        v = c.normalized if c.normalized is not None else c.value
        if v is not None and str(v) not in values:
            values.append(str(v))
    shown = ", ".join(_trunc(" ".join(v.split()), 70) for v in values[:3]) + (", \u2026" if len(values) > 3 else "")
    name = side.upper() if len(side) <= 2 else side
    return f'<h4 class="side-h">Side {e(name)}{": " + e(shown) if shown else ""} <span class="muted">({_plural(len(claims), "claim")})</span></h4>'


def _finding_html(
    i: int,
    f: Finding,
    anchor: str,
    sources: dict[str, _Source],
    by_article: dict[str, Extraction],
    rules: dict[str, tuple[str, str]],
) -> str:
    sides: dict[str, list[Claim]] = {}
    for c in f.claims:
        sides.setdefault(c.side, []).append(c)
    cols = []
    for side in sorted(sides):
        cards = "".join(_claim_html(c, _counterpart(c, f.claims), sources[c.article], by_article) for c in sides[side])
        cols.append(f'<section class="side">{_side_header(side, sides[side])}{cards}</section>')
    possible = f' <span class="badge possible">{e(f.label)}</span>' if f.confidence == "possible" else ""
    rule = rules.get(f.rule)
    about = ""
    if rule is not None and rule[0] == f.name:
        about = f'<details class="about"><summary>About rule {e(f.rule)}</summary><p>{e(" ".join(rule[1].split()))}</p></details>'
    conclusion = f"<p><strong>Conclusion:</strong> {e(f.conclusion)}</p>" if f.conclusion else ""
    settle = f"<p><strong>To settle:</strong> {e(f.settle)}</p>" if f.settle else ""
    arts = ", ".join(str(n) for n in _finding_articles(f, sources))
    return (
        f'<article class="finding sev-{e(f.severity)}" id="{anchor}" data-index="{i}" tabindex="-1" aria-labelledby="{anchor}-h">'
        f'<h3 id="{anchor}-h"><span class="badge sev">{e(f.severity)}</span> '
        f'<span class="rule">{e(f.rule)}</span> {e(f.name)} '
        f'<span class="badge kind">{e(f.category)}</span>{possible}'
        f'<a class="self" href="#{anchor}" aria-label="link to this finding">#</a></h3>'
        f'<p class="msg">{e(f.message)}</p>'
        f'<div class="sides">{"".join(cols)}</div>'
        f'<div class="explain">{conclusion}{settle}{about}'
        f'<p class="meta muted">sources {e(arts)} \u00b7 id <code>{e(f.id)}</code></p></div>'
        "</article>"
    )
