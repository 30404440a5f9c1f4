"""What ``factcheck check`` adds to a report: the outcome of the gate.

The command computes it once; the text and JSON writers render it beside the
findings (:func:`check_dict` for JSON, :func:`check_text` for the terminal).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..model.models import Report


@dataclass(frozen=True)
class CheckSummary:
    corpus: str
    new_articles: Sequence[str]  # in the order they were named
    corpus_articles: int
    fail_on: str
    failing: int  # new findings at or above ``fail_on``
    baseline: str | None = None
    suppressed: Sequence[str] = ()  # ids of accepted findings not shown
    stale: Sequence[Mapping[str, Any]] = ()  # baseline entries no longer found
    input_errors: Sequence[str] = ()
    ignored: Sequence[str] = field(default_factory=tuple)  # files under the corpus that are not articles


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def check_dict(summary: CheckSummary) -> dict[str, Any]:
    return {
        "corpus": summary.corpus,
        "new_articles": sorted(summary.new_articles),
        "corpus_articles": summary.corpus_articles,
        "fail_on": summary.fail_on,
        "failed": bool(summary.failing),
        "baseline": None
        if summary.baseline is None
        else {"path": summary.baseline, "suppressed": sorted(summary.suppressed), "stale": list(summary.stale)},
        "input_errors": list(summary.input_errors),
        "ignored": list(summary.ignored),
    }


def check_text(report: Report, summary: CheckSummary, body: str) -> str:
    """The terminal report of a check: what was checked, the findings
    (``body``, the plain text report) when there was something to check, the
    baseline and the verdict."""
    out = io.StringIO()
    s = summary
    if not s.new_articles:
        out.write("No new or changed articles to check.\n")
        for n in s.ignored:
            out.write(f"  {n}\n")
    else:
        out.write(
            f"Checked {plural(len(s.new_articles), 'new or changed article')} against "
            f"{plural(s.corpus_articles, 'corpus article')}: {', '.join(sorted(s.new_articles))}\n"
        )
        out.write(body)
    if s.baseline:
        out.write(f"Baseline {s.baseline}: {plural(len(s.suppressed), 'accepted finding')} not shown")
        out.write(
            f"; {plural(len(s.stale), 'stale entry') if len(s.stale) == 1 else str(len(s.stale)) + ' stale entries'}\n"
        )
        for entry in s.stale:
            arts = ", ".join(entry.get("articles", []))
            out.write(
                f"  stale: {entry['id']}{' (' + arts + ')' if arts else ''}: no longer found; remove it from the baseline\n"
            )
    if s.fail_on == "never":
        out.write("Result: pass (--fail-on never)\n")
    elif s.failing:
        out.write(f"Result: FAIL: {plural(s.failing, 'new finding')} at or above {s.fail_on}\n")
    else:
        below = len(report.findings)
        extra = f" ({plural(below, 'finding')} below it)" if below else ""
        out.write(f"Result: pass: no new finding at or above {s.fail_on}{extra}\n")
    return out.getvalue()
