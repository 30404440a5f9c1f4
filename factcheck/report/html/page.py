"""The page: the filters, the list of skipped files, the inlined stylesheet and
script (package data in ``report/assets``, allowed by hash in the
Content-Security-Policy) and :func:`render_html`, which puts the parts together."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from importlib import resources
from typing import Any

from ...model.models import Extraction, Report
from .common import KINDS, SEVERITIES, _anchors, _finding_articles, _json_for_script, _plural, _Source, _sources, e
from .findings import _finding_html, _rule_descriptions
from .overview import _counts_html, _matrix_html, _sources_html
from .timeline import _timeline_html


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
    return resources.files("factcheck.report").joinpath("assets", name).read_text(encoding="utf-8")


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
