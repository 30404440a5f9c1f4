"""What every part of the page uses: escaping, JSON for the page's script,
plurals, shortening, the numbered sources (one per article, the labels of the
matrix and the timeline) and each finding's anchor."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from typing import Any

from ...model.models import ArticleSummary, Finding, Report, Severity

SEVERITIES = tuple(str(s) for s in Severity)
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


def _trunc(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1].rstrip() + "\u2026"
