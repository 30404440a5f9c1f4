"""The overview: findings counted by severity and category, the table of
sources, and the source-by-source matrix of conflicts (or, when it would be
too large, the pairs of sources in most conflicts)."""

from __future__ import annotations

from ...model.models import Report
from .common import KINDS, SEVERITIES, _finding_articles, _plural, _Source, e


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
