"""The HTML report: one self-contained page for reviewing findings side by side.

Everything is computed here, in Python, and written into a single file with
inline CSS and JS and no network access (a Content-Security-Policy forbids
it): the word-level difference between the two sides' sentences, the sentences
around each claim, the source-by-source matrix of conflicts and the timeline
picture (an inline SVG). The page's script only toggles ``hidden`` for the
filters and moves focus for keyboard navigation.

Article text is untrusted. Every piece of text goes through ``html.escape``;
the only attribute values built from data are sanitised anchors and integers;
data for the script is JSON inside ``<script type="application/json">`` with
``<``, ``>`` and ``&`` escaped. The output is a pure function of its input:
same report, same bytes.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

from ..model.models import ArticleSummary, Claim, Extraction, Finding, Report, Sentence
from ..rules.ruleset import load_rules

SEVERITIES = ("error", "warning", "info")
KINDS = ("date", "number", "quote", "attribution", "polarity", "incompatible", "other")
DIFF_MIN_RATIO = 0.45  # below this, two sentences share too little for a word diff to help
BAD_ROW = ' class="bad"'


def e(value: object) -> str:
    """Escape any value for HTML text or a quoted attribute."""
    return escape(str(value), quote=True)


def _json_for_script(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        text.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


# ----------------------------------------------------------------------------- sources


@dataclass
class _Source:
    num: int  # 1-based, the label used in the matrix and the timeline
    id: str
    path: str
    outlet: str | None = None
    published: str | None = None
    note: str = ""
    title: str | None = None

    @property
    def label(self) -> str:
        return self.outlet or "unknown outlet"

    @property
    def short(self) -> str:
        return _trunc(self.id, 14)


def _sources(report: Report) -> dict[str, _Source]:
    out: dict[str, _Source] = {}
    for a in report.articles:
        if a.id not in out:
            out[a.id] = _source_of(len(out) + 1, a)
    for f in report.findings:  # claims about articles the summary does not list
        for c in f.claims:
            if c.article not in out:
                out[c.article] = _Source(len(out) + 1, c.article, c.article, c.outlet, c.published)
    return out


def _source_of(num: int, a: ArticleSummary) -> _Source:
    return _Source(
        num, a.id, a.path, a.outlet, a.published, a.published_note or a.published_source.replace("_", " "), a.title
    )


def _finding_articles(f: Finding, sources: dict[str, _Source]) -> list[int]:
    return sorted({sources[c.article].num for c in f.claims})


def _anchors(findings: Sequence[Finding]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for f in findings:
        base = "f-" + (re.sub(r"[^A-Za-z0-9_-]+", "-", f.id).strip("-") or "finding")
        anchor, n = base, 2
        while anchor in seen:
            anchor, n = f"{base}-{n}", n + 1
        seen.add(anchor)
        out.append(anchor)
    return out


# ----------------------------------------------------------------------------- sentences and word diff

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


# ----------------------------------------------------------------------------- overview


def _counts_html(report: Report) -> str:
    kinds = [k for k in KINDS if any(f.category == k for f in report.findings)]
    kinds += sorted({f.category for f in report.findings} - set(kinds))
    head = "".join(f'<th scope="col">{e(k)}</th>' for k in kinds)
    rows = []
    for s in SEVERITIES:
        cells = "".join(
            f"<td>{sum(1 for f in report.findings if f.severity == s and f.category == k) or ''}</td>" for k in kinds
        )
        total = sum(1 for f in report.findings if f.severity == s)
        rows.append(
            f'<tr><th scope="row"><span class="badge sev sev-{s}">{s}</span></th>{cells}<td class="total">{total}</td></tr>'
        )
    foot = "".join(f"<td>{sum(1 for f in report.findings if f.category == k)}</td>" for k in kinds)
    return (
        '<div class="scroll"><table class="counts"><caption>Findings by severity and kind</caption>'
        f'<thead><tr><th scope="col">severity</th>{head}<th scope="col">total</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody>"
        f'<tfoot><tr><th scope="row">total</th>{foot}<td class="total">{len(report.findings)}</td></tr></tfoot></table></div>'
    )


def _sources_html(report: Report, sources: dict[str, _Source]) -> str:
    involved: dict[int, int] = {}
    for f in report.findings:
        for n in _finding_articles(f, sources):
            involved[n] = involved.get(n, 0) + 1
    rows = []
    for s in sources.values():
        title = e(s.title) if s.title else '<span class="muted">\u2014</span>'
        note = f'<br><span class="muted small">{e(s.note)}</span>' if s.note else ""
        rows.append(
            f'<tr><th scope="row"><span class="src">{s.num}</span></th><td>{e(s.label)}</td>'
            f'<td>{e(s.published or "unknown")}{note}</td><td><code>{e(s.path)}</code></td><td>{title}</td><td class="num">{involved.get(s.num, 0)}</td></tr>'
        )
    table = (
        '<div class="scroll"><table class="sources"><caption>Sources</caption>'
        '<thead><tr><th scope="col">#</th><th scope="col">outlet</th><th scope="col">published</th>'
        '<th scope="col">article</th><th scope="col">title</th><th scope="col">findings</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    if len(rows) > SOURCES_OPEN_MAX:
        return f'<details class="sources-box"><summary>All {_plural(len(rows), "source")}</summary>{table}</details>'
    return table


#: A matrix with more sources than this is collapsed (still only the sources in findings).
MATRIX_OPEN_MAX = 30
#: A source list longer than this is collapsed.
SOURCES_OPEN_MAX = 40


def _matrix_html(report: Report, sources: dict[str, _Source]) -> str:
    """Conflicts between sources, for the sources that take part in a finding
    only: a corpus of 500 articles with findings in 12 draws 12 x 12 cells,
    not 500 x 500; a matrix still too large to read is collapsed."""
    counts: dict[tuple[int, int], int] = {}
    for f in report.findings:
        arts = _finding_articles(f, sources)
        for a in arts:
            for b in arts:
                counts[a, b] = counts.get((a, b), 0) + 1
    involved = sorted({a for a, _ in counts})
    if not involved:
        return '<p class="muted">No two sources disagree.</p>'
    if len(involved) > MATRIX_OPEN_MAX:
        return _pairs_html(counts, sources, len(involved))
    shown = [s for s in sources.values() if s.num in set(involved)]
    top = max([k for (a, b), k in counts.items() if a != b] or [0])
    head = "".join(
        f'<th scope="col"><span class="src" title="{e(s.label)}, {e(s.id)}">{s.num}</span></th>' for s in shown
    )
    rows = []
    for s in shown:
        cells = []
        for t in shown:
            k = counts.get((s.num, t.num), 0)
            pair = f"{min(s.num, t.num) - 1},{max(s.num, t.num) - 1}"
            diag = " diag" if s.num == t.num else ""
            if k:
                heat = 1 + (3 * k) // max(top, 1) if s.num != t.num else 0
                what = f"{_plural(k, 'finding')} involving source {s.num}" + (
                    f" and source {t.num}" if s.num != t.num else ""
                )
                cells.append(
                    f'<td class="cell heat-{min(heat, 4)}{diag}"><button type="button" class="pair" data-pair="{pair}" aria-label="{e(what)}: show them">{k}</button></td>'
                )
            else:
                cells.append(f'<td class="cell{diag}"><span class="zero" aria-label="none">\u00b7</span></td>')
        rows.append(
            f'<tr><th scope="row"><span class="src">{s.num}</span> {e(s.label)} <span class="muted small">{e(s.short)}</span></th>{"".join(cells)}</tr>'
        )
    left_out = len(sources) - len(shown)
    table = (
        '<div class="scroll"><table class="matrix"><caption>Conflicts between sources</caption>'
        f"<thead><tr><td></td>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
        '<p class="muted small">Each cell counts the findings that involve both sources; the diagonal counts every finding a source is in. '
        "Select a number to show those findings."
        + (f" {_plural(left_out, 'source')} in no finding not shown." if left_out else "")
        + "</p>"
    )
    return table


#: How many source pairs the summary of a large matrix lists.
TOP_PAIRS = 40


def _pairs_html(counts: dict[tuple[int, int], int], sources: dict[str, _Source], involved: int) -> str:
    """A matrix too large to read, summarised: the pairs of sources with the
    most findings in common (its size grows with the findings, never with the
    square of the corpus)."""
    by_num = {s.num: s for s in sources.values()}
    pairs = sorted(((k, a, b) for (a, b), k in counts.items() if a < b), key=lambda x: (-x[0], x[1], x[2]))
    rows = []
    for k, a, b in pairs[:TOP_PAIRS]:
        sa, sb = by_num[a], by_num[b]
        what = f"{_plural(k, 'finding')} involving source {a} and source {b}"
        rows.append(
            f'<tr><td><span class="src">{a}</span> {e(sa.label)} <span class="muted small">{e(sa.short)}</span></td>'
            f'<td><span class="src">{b}</span> {e(sb.label)} <span class="muted small">{e(sb.short)}</span></td>'
            f'<td class="cell"><button type="button" class="pair" data-pair="{a - 1},{b - 1}" aria-label="{e(what)}: show them">{k}</button></td></tr>'
        )
    more = len(pairs) - len(rows)
    return (
        '<div class="scroll"><table class="matrix pairs"><caption>Sources that disagree most</caption>'
        '<thead><tr><th scope="col">source</th><th scope="col">other source</th><th scope="col">findings</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
        f'<p class="muted small">{_plural(involved, "source")} take part in findings, too many for a matrix: '
        f"the pairs with the most findings in common are listed{f' ({more} more pairs not shown)' if more else ''}. "
        "Select a number to show those findings; the filters above reach every source.</p>"
    )


# ----------------------------------------------------------------------------- timeline

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


def _range_of(value: str | None) -> tuple[date, date] | None:
    if not value:
        return None
    try:
        if m := _DAY.match(value):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(value):
            y, mo = int(m[1]), int(m[2])
            first = date(y, mo, 1)
            nxt = date(y + (mo == 12), mo % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


@dataclass
class _Mark:
    source: _Source
    start: date
    end: date
    said: list[tuple[str, int]] = field(default_factory=list)  # (as written, line)
    conflict: bool = False
    anchor: str | None = None


#: Dates the timeline can draw (with its margins and ticks); others are counted, not drawn.
_DRAWABLE = (date(2, 1, 1), date(9998, 12, 31))


@dataclass
class _Row:
    key: str
    label: str
    sub: str
    detail: str
    type: str = ""
    marks: dict[tuple[str, date, date], _Mark] = field(default_factory=dict)
    conflict: bool = False
    off_calendar: int = 0

    def add(self, src: _Source, start: date, end: date, said: str, line: int) -> _Mark | None:
        if not (_DRAWABLE[0] <= start <= end <= _DRAWABLE[1]):
            self.off_calendar += 1  # too near the calendar's ends to draw with a margin
            return None
        mark = self.marks.setdefault((src.id, start, end), _Mark(src, start, end))
        if (said, line) not in mark.said:
            mark.said.append((said, line))
        return mark


def _pretty_entity(entity_id: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in entity_id.split("-") if w)


def _timeline_rows(
    report: Report, extractions: Sequence[Extraction], sources: dict[str, _Source], anchors: Sequence[str]
) -> tuple[list[_Row], int, int]:
    facts = {f.id: f for ex in extractions for f in ex.facts}
    rows: dict[str, _Row] = {}
    for ev in report.events:
        row = rows.get(ev.id)
        if row is None:
            who = ", ".join(_pretty_entity(p) for p in ev.participants) or "participants unknown"
            sub = f"clustered as {ev.date}" if ev.date else "no agreed date"
            row = rows[ev.id] = _Row(
                ev.id,
                f"{ev.type}: {who}",
                sub,
                f"{ev.type} ({ev.id}){', dated ' + ev.date if ev.date else ''}: {ev.why}",
                type=ev.type,
            )
        for fid in ev.facts:
            fact = facts.get(fid)
            if fact is None or fact.time is None or fact.time.start is None or fact.time.end is None:
                continue
            src = sources.get(fact.article)
            if src is not None:
                row.add(src, fact.time.start, fact.time.end, fact.time.text, fact.line)
    types = {ev.id: ev.type for ev in report.events}
    drawn: dict[tuple[str, date, date], list[_Row]] = {}
    for row in rows.values():
        for key in row.marks:
            drawn.setdefault(key, []).append(row)
    for f, anchor in zip(report.findings, anchors):
        if f.category != "date":
            continue
        # The page says what the finding says: dates are drawn in conflict only
        # when the finding concludes a conflict; a finding that reads them as
        # separate events (a "possible" conflict) links its marks, in the rows
        # of the events they belong to, without the conflict mark.
        dated = [(c, _range_of(c.normalized)) for c in f.claims]
        conflict = f.confidence == "conflict" and len({r for _, r in dated if r is not None}) >= 2
        own_type = types.get(f.event or "")
        for c, r in dated:
            if r is None or c.article not in sources:
                continue
            key = (sources[c.article].id, r[0], r[1])
            homes = sorted(drawn.get(key, []), key=lambda row: row.type != own_type)
            if homes:
                row = homes[0]  # already drawn in its event's row: not drawn again
            else:
                row = rows.get(f.event or "") or rows.setdefault(
                    f"finding:{anchor}",
                    _Row(f"finding:{anchor}", f"{f.rule} {f.name}", "dates in one finding", f.message),
                )
            mark = row.add(
                sources[c.article], r[0], r[1], str(c.value if c.value is not None else c.normalized), c.line
            )
            if mark is None:
                continue
            drawn.setdefault(key, []).append(row)
            mark.anchor = mark.anchor or anchor
            if conflict:
                mark.conflict = True
                row.conflict = True
    kept = [r for r in rows.values() if r.marks]
    kept.sort(key=lambda r: (min(m.start for m in r.marks.values()), r.label, r.key))
    return kept, len(rows) - len(kept), sum(r.off_calendar for r in rows.values())


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    """Tick dates for ``[lo, hi]`` and their granularity: "day", "month" or "year"."""
    span = (hi - lo).days
    out: list[tuple[date, str]] = []
    if span <= 16:
        d = lo
        while d <= hi:
            out.append((d, "day"))
            d += timedelta(days=1 if span <= 8 else 2)
    elif span <= 120:
        d = lo + timedelta(days=(7 - lo.weekday()) % 7)  # Mondays
        while d <= hi:
            out.append((d, "day"))
            d += timedelta(days=7 if span <= 60 else 14)
    elif span <= 1100:
        y, m = lo.year, lo.month
        step = 1 if span <= 400 else 3
        while True:
            d = date(y, m, 1)
            if d > hi:
                break
            if d >= lo:
                out.append((d, "month"))
            m += step
            y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    else:
        out = [(date(y, 1, 1), "year") for y in range(lo.year + 1, hi.year + 1)]
    return out


def _tick_label(d: date, grain: str, with_year: bool) -> str:
    if grain == "year":
        return str(d.year)
    text = f"{d:%b} {d.day}" if grain == "day" else f"{d:%b}"
    return f"{text} {d.year}" if with_year else text


@dataclass
class _Segment:
    lo: date
    hi: date
    x0: float
    x1: float
    first: date  # the first and last marked days, without the padding
    last: date
    alone: bool = True  # the only segment of the scale

    def ticks(self) -> list[tuple[date, str]]:
        if not self.alone and (self.last - self.first).days <= 16:  # a short cluster among others: label its own days
            return [(self.first, "day")] + ([(self.last, "day")] if self.last != self.first else [])
        return _ticks(self.lo, self.hi)

    def x(self, d: date) -> float:
        return self.x0 + (self.x1 - self.x0) * ((d - self.lo).days + 0.5) / ((self.hi - self.lo).days + 1)


class _Scale:
    """Dates to x: linear within each cluster of dates, with a fixed-width
    break for a long empty stretch, so one far-off date cannot squeeze every
    other mark into a few pixels."""

    GAP_DAYS = 45  # an empty stretch longer than this is drawn as a break
    BREAK_PX = 34

    def __init__(self, intervals: Sequence[tuple[date, date]], x0: float, x1: float) -> None:
        clusters: list[list[date]] = []
        for lo, hi in sorted(intervals):
            if clusters and (lo - clusters[-1][1]).days <= self.GAP_DAYS:
                clusters[-1][1] = max(clusters[-1][1], hi)
            else:
                clusters.append([lo, hi])
        padded = []
        for lo, hi in clusters:
            pad = timedelta(days=min(10, max(2, (hi - lo).days // 25)))
            padded.append((lo - pad, hi + pad))
        weights = [max((hi - lo).days + 1, 14) for lo, hi in padded]
        room = (x1 - x0) - self.BREAK_PX * (len(padded) - 1)
        self.segments: list[_Segment] = []
        self.breaks: list[tuple[float, float, int]] = []  # x from, x to, days left out
        x = x0
        for i, ((lo, hi), w) in enumerate(zip(padded, weights)):
            if i:
                self.breaks.append((x, x + self.BREAK_PX, (lo - padded[i - 1][1]).days))
                x += self.BREAK_PX
            width = room * w / sum(weights)
            self.segments.append(_Segment(lo, hi, x, x + width, clusters[i][0], clusters[i][1], len(padded) == 1))
            x += width

    def x(self, d: date) -> float:
        for seg in self.segments:
            if seg.lo <= d <= seg.hi:
                return seg.x(d)
        if d < self.segments[0].lo:
            return self.segments[0].x0
        return next((seg.x0 for seg in self.segments if d < seg.lo), self.segments[-1].x1)

    def ticks(self, char_px: float = 6.4, gap_px: float = 14) -> list[tuple[float, str]]:
        """Tick positions and labels, none overlapping the one before; a label
        names the year when it changes."""
        out: list[tuple[float, str]] = []
        last_x, last_w, last_year = -1e9, 0.0, None
        for seg in self.segments:
            for d, grain in seg.ticks():
                x = seg.x(d)
                label = _tick_label(d, grain, grain != "year" and d.year != last_year)
                w = len(label) * char_px
                if x - last_x < (w + last_w) / 2 + gap_px:
                    continue
                out.append((x, label))
                last_x, last_w, last_year = x, w, d.year
        return out


def _trunc(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"


def _timeline_html(
    report: Report, extractions: Sequence[Extraction], sources: dict[str, _Source], anchors: Sequence[str]
) -> str:
    rows, undated, off_calendar = _timeline_rows(report, extractions, sources, anchors)
    if not rows:
        return '<p class="muted">No event in this report has a date that resolves to a day, month or year.</p>'
    width, left, right, axis_h, lane_h, radius = 960, 250, 24, 30, 22, 8
    scale = _Scale([(m.start, m.end) for r in rows for m in r.marks.values()], left, width - right)
    x_of = scale.x

    body: list[str] = []
    y = axis_h
    for ri, row in enumerate(rows):
        marks = sorted(row.marks.values(), key=lambda m: (m.start, m.end, m.source.num))
        lanes: list[float] = []
        placed = []
        for m in marks:
            x0 = x_of(m.start) - radius - 2
            x1 = (x_of(m.end) if m.end > m.start else x_of(m.start)) + radius + 2
            lane = next((i for i, last in enumerate(lanes) if last <= x0), None)
            if lane is None:
                lanes.append(x1)
                lane = len(lanes) - 1
            else:
                lanes[lane] = x1
            placed.append((m, lane))
        height = max(10 + lane_h * len(lanes), 46)
        band = "band alt" if ri % 2 else "band"
        body.append(f'<rect class="{band}" x="0" y="{y}" width="{width}" height="{height}"></rect>')
        flag = "\u26a0 " if row.conflict else ""
        sub = row.sub + (" \u00b7 dates conflict" if row.conflict else "")
        body.append(
            f'<text class="row-l{" bad" if row.conflict else ""}" x="8" y="{y + 20}">'
            f"<title>{e(row.detail)}</title>{e(flag + _trunc(row.label, 34))}</text>"
            f'<text class="row-s{" bad" if row.conflict else ""}" x="8" y="{y + 36}">{e(_trunc(sub, 40))}</text>'
        )
        for m, lane in placed:
            cy = y + 5 + lane_h * lane + lane_h / 2
            cls = "mk bad" if m.conflict else "mk ok"
            said = "; ".join(f"\u201c{' '.join(t.split())}\u201d line {ln}" for t, ln in m.said)
            when = m.start.isoformat() if m.start == m.end else f"{m.start.isoformat()} to {m.end.isoformat()}"
            tip = f"source {m.source.num} ({m.source.label}, {m.source.id}): {when}: {said}" + (
                " \u2014 conflicting dates" if m.conflict else ""
            )
            shape: list[str] = [f"<title>{e(tip)}</title>"]
            cx = x_of(m.start)
            if m.end > m.start:
                x1 = x_of(m.end)
                shape.append(
                    f'<rect class="span" x="{cx:.1f}" y="{cy - 4:.1f}" width="{x1 - cx:.1f}" height="8" rx="4"></rect>'
                )
            if m.conflict:
                r = radius + 1
                shape.append(
                    f'<path class="shape" d="M{cx:.1f} {cy - r:.1f}L{cx + r:.1f} {cy:.1f}L{cx:.1f} {cy + r:.1f}L{cx - r:.1f} {cy:.1f}Z"></path>'
                )
            else:
                shape.append(f'<circle class="shape" cx="{cx:.1f}" cy="{cy:.1f}" r="{radius}"></circle>')
            shape.append(f'<text class="mk-t" x="{cx:.1f}" y="{cy + 3.5:.1f}">{m.source.num}</text>')
            inner = "".join(shape)
            if m.anchor:
                body.append(f'<a class="{cls}" href="#{m.anchor}" aria-label="{e(tip)}">{inner}</a>')
            else:
                body.append(f'<g class="{cls}">{inner}</g>')
        y += height
    total_h = y + 6
    axis = []
    for seg in scale.segments:
        axis.append(
            f'<line class="axis" x1="{seg.x0:.1f}" y1="{axis_h - 4}" x2="{seg.x1:.1f}" y2="{axis_h - 4}"></line>'
        )
    for bx0, bx1, gap in scale.breaks:
        what = f"{gap} days without a mark left out"
        axis.append(
            f'<rect class="brk" x="{bx0 + 4:.1f}" y="{axis_h - 8}" width="{bx1 - bx0 - 8:.1f}" height="{total_h - axis_h + 2}"><title>{e(what)}</title></rect>'
            f'<text class="tick brk-t" x="{(bx0 + bx1) / 2:.1f}" y="{axis_h - 12}">\u2248</text>'
        )
    for x, label in scale.ticks():
        axis.append(f'<line class="grid" x1="{x:.1f}" y1="{axis_h - 8}" x2="{x:.1f}" y2="{total_h - 6}"></line>')
        axis.append(f'<text class="tick" x="{x:.1f}" y="{axis_h - 12}">{e(label)}</text>')
    svg = (
        f'<svg class="timeline" viewBox="0 0 {width} {total_h}" width="{width}" height="{total_h}" role="img" aria-labelledby="tl-title tl-desc" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="tl-title">Timeline of events and the dates each source gives</title>'
        f'<desc id="tl-desc">One row per event; each numbered mark is a source placed at the date it gives. '
        f"Diamonds are dates in conflict. {_plural(len(rows), 'row')}.</desc>"
        f"{''.join(body)}{''.join(axis)}</svg>"
    )
    table_rows = []
    for row in rows:
        for m in sorted(row.marks.values(), key=lambda m: (m.start, m.end, m.source.num)):
            when = m.start.isoformat() if m.start == m.end else f"{m.start.isoformat()} to {m.end.isoformat()}"
            said = "; ".join(f"\u201c{' '.join(t.split())}\u201d (line {ln})" for t, ln in m.said)
            table_rows.append(
                f"<tr{BAD_ROW if m.conflict else ''}>"
                f'<td>{e(row.label)} <span class="muted">({e(row.sub)})</span></td>'
                f'<td><span class="src">{m.source.num}</span> {e(m.source.label)}</td>'
                f"<td>{e(when)}</td><td>{e(said)}</td><td>{'conflict' if m.conflict else ''}</td></tr>"
            )
    legend = (
        '<p class="legend"><span class="lg ok" aria-hidden="true">\u25cf</span> a source\u2019s date for the event '
        '<span class="lg bad" aria-hidden="true">\u25c6</span> dates in conflict (select one to see the finding) '
        '<span class="lg span" aria-hidden="true">\u25ac</span> a span (a month, a week) '
        + (
            '<span class="lg" aria-hidden="true">\u2248</span> a stretch of time without marks, left out'
            if scale.breaks
            else ""
        )
        + (f" \u00b7 {_plural(undated, 'event')} without a resolved date not shown" if undated else "")
        + (
            f" \u00b7 {_plural(off_calendar, 'date')} too near the ends of the calendar not drawn"
            if off_calendar
            else ""
        )
        + "</p>"
    )
    table = (
        '<details class="tl-table"><summary>Timeline as a table</summary><div class="scroll"><table><thead><tr><th scope="col">event</th><th scope="col">source</th>'
        f'<th scope="col">date</th><th scope="col">as written</th><th scope="col"></th></tr></thead><tbody>{"".join(table_rows)}</tbody></table></div></details>'
    )
    return f'<div class="tl-wrap">{svg}</div>{legend}{table}'


# ----------------------------------------------------------------------------- filters


def _filters_html(report: Report, sources: dict[str, _Source]) -> str:
    sev = "".join(
        f'<label class="chk sev-{s}"><input type="checkbox" name="severity" value="{s}" checked> {s} <span class="muted">({sum(1 for f in report.findings if f.severity == s)})</span></label>'
        for s in SEVERITIES
    )
    present = [k for k in KINDS if any(f.category == k for f in report.findings)]
    present += sorted({f.category for f in report.findings} - set(present))
    kinds = "".join(
        f'<label class="chk"><input type="checkbox" name="kind" value="{e(k)}" checked> {e(k)} <span class="muted">({sum(1 for f in report.findings if f.category == k)})</span></label>'
        for k in present
    )
    opts = "".join(
        f'<option value="{s.num - 1}">{s.num} \u00b7 {e(s.label)} \u00b7 {e(s.id)}</option>' for s in sources.values()
    )
    return (
        '<form class="filters" id="filters" aria-label="Filter findings">'
        f"<fieldset><legend>Severity</legend>{sev}</fieldset>"
        f"<fieldset><legend>Kind</legend>{kinds}</fieldset>"
        f'<fieldset><legend>Article</legend><label for="f-article" class="vh">Article</label><select id="f-article" name="article"><option value="">any article</option>{opts}</select></fieldset>'
        '<div class="filter-actions"><button type="button" id="f-reset">Show all</button>'
        '<button type="button" id="f-expand">Expand all context</button></div>'
        "</form>"
        '<p class="status" id="status" role="status" aria-live="polite" tabindex="-1"></p>'
    )


# ----------------------------------------------------------------------------- page


def _asset(name: str) -> str:
    """A file of the page's own stylesheet or script, shipped in ``report/assets``."""
    return resources.files(__package__).joinpath("assets", name).read_text(encoding="utf-8")


#: The page's stylesheet and script (inlined, and allowed by hash in the page's CSP).
CSS = _asset("report.css")
JS = _asset("report.js")


def _skipped_html(report: Report) -> str:
    """Every input file that was not checked, and why, before the findings."""
    if not report.skipped:
        return ""
    items = "".join(
        f"<li><code>{e(sk.path)}{':' + str(sk.line) if sk.line is not None else ''}</code>: {e(sk.reason)}</li>"
        for sk in report.skipped
    )
    return (
        '<section id="skipped" aria-labelledby="skipped-h"><h2 id="skipped-h">Not checked</h2>'
        f"<p>{_plural(len(report.skipped), 'input file')} could not be checked:</p><ul>{items}</ul></section>"
    )


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def _data(report: Report, sources: dict[str, _Source], anchors: Sequence[str]) -> dict:
    return {
        "articles": [{"id": s.id, "label": s.label} for s in sources.values()],
        "findings": [
            {
                "anchor": a,
                "articles": [n - 1 for n in _finding_articles(f, sources)],
                "id": f.id,
                "kind": f.category,
                "severity": f.severity,
            }
            for f, a in zip(report.findings, anchors)
        ],
    }


def render_html(report: Report, *, extractions: Sequence[Extraction] = (), ruleset: Any = None, **_: object) -> str:
    """The report as one self-contained HTML page (deterministic: same input, same bytes)."""
    sources = _sources(report)
    anchors = _anchors(report.findings)
    by_article = {ex.article.id: ex for ex in extractions}
    rules = _rule_descriptions(ruleset)
    n, m = len(report.findings), len(report.articles)
    counts = ", ".join(
        _plural(sum(1 for f in report.findings if f.severity == s), s, "info" if s == "info" else None)
        for s in SEVERITIES
    )
    summary = f"{_plural(n, 'finding')} in {_plural(m, 'article')}" + (f" ({counts})" if n else "")
    if n:
        findings_html = "".join(
            _finding_html(i, f, a, sources, by_article, rules) for i, (f, a) in enumerate(zip(report.findings, anchors))
        )
        findings_block = (
            _filters_html(report, sources)
            + '<p class="pairnote" id="pairnote" hidden><span></span> <button type="button">Show all sources</button></p>'
            + '<p class="keys muted">Keys: <kbd>j</kbd> next finding, <kbd>k</kbd> previous; <kbd>Tab</kbd> reaches every control. '
            + "Highlighted words differ from the closest sentence on the other side; the words in bold, underlined, are the value compared.</p>"
            + f'<div class="findings-list">{findings_html}</div>'
        )
    else:
        findings_block = '<p class="none">No conflicts found.</p>'
    notes = ""
    if report.notes:
        notes = (
            '<section id="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2><ul>'
            + "".join(f"<li>{e(x)}</li>" for x in report.notes)
            + "</ul></section>"
        )
    body = (
        '<a class="skip" href="#findings">Skip to findings</a>'
        '<header class="top"><h1>factcheck report</h1>'
        f'<p class="summary">{e(summary)}</p>'
        '<nav class="toc" aria-label="Sections"><a href="#findings">Findings</a><a href="#timeline">Timeline</a><a href="#overview">Overview</a>'
        + ('<a href="#skipped">Not checked</a>' if report.skipped else "")
        + ('<a href="#notes">Notes</a>' if report.notes else "")
        + "</nav></header>"
        "<main>"
        f"{_skipped_html(report)}"
        f'<section id="findings" aria-labelledby="findings-h" tabindex="-1"><h2 id="findings-h">Findings</h2>{findings_block}</section>'
        '<section id="timeline" aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>'
        f"{_timeline_html(report, extractions, sources, anchors)}</section>"
        '<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>'
        f'<div class="overview-grid"><div>{_counts_html(report)}</div><div>{_matrix_html(report, sources)}</div></div>'
        f"{_sources_html(report, sources)}</section>"
        f"{notes}</main>"
        f"<footer>factcheck {e(report.version)}</footer>"
    )
    csp = f"default-src 'none'; img-src data:; style-src {_csp_hash(CSS)}; script-src {_csp_hash(JS)}; base-uri 'none'; form-action 'none'"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="color-scheme" content="light dark">\n'
        f"<title>factcheck report: {e(summary)}</title>\n"
        '<link rel="icon" href="data:,">\n'
        f"<style>{CSS}</style>\n</head>\n<body>\n{body}\n"
        f'<script type="application/json" id="fc-data">{_json_for_script(_data(report, sources, anchors))}</script>\n'
        f"<script>{JS}</script>\n</body>\n</html>\n"
    )


__all__ = ["render_html"]
