"""GitHub Actions workflow commands: one annotation per finding.

``::warning file=stories/new.md,line=7,endLine=8,title=FC003 statement.number-differs::message``

Each annotation sits on one side's sentence: the new article's, when the
caller says which articles are new (``new_articles``), else the first claim.
The other sides, what would settle it and the finding id follow in the
message. Severities map to ``::error``, ``::warning`` and ``::notice``.

Control characters from articles are shown as visible escapes
(:mod:`.safe`). Escaping follows the runner's rules: in the message, ``%``, carriage return
and line feed become ``%25``, ``%0D``, ``%0A``; in properties (file, title),
``:`` and ``,`` also become ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model.models import Article, Claim, Extraction, Finding, Report, Severity
from .safe import safe_copy, terminal_safe

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def _one_line(s: str) -> str:
    return " ".join(s.split())


def annotation(level: str, message: str, **props: object) -> str:
    """One workflow command line; ``None`` properties are left out."""
    parts = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + parts if parts else ''}::{escape_data(message)}"


def _end_line(art: Article | None, c: Claim) -> int | None:
    if art is None or not (0 < c.span.end <= len(art.text)):
        return None
    last = c.span.end - 1
    if art.text[last] == "\n" and last > c.span.start:
        last -= 1
    end = art.line_of(last)
    return end if end > c.line else None


def render_github(
    report: Report,
    *,
    extractions: Sequence[Extraction] = (),
    new_articles: Iterable[str] = (),
    **_: object,
) -> str:
    report = safe_copy(report)  # no control character from an article reaches the log
    arts: dict[str, Article] = {e.article.id: e.article for e in extractions}
    paths = {a.id: terminal_safe(a.path) for a in report.articles}
    new = set(new_articles)

    def path_of(article: str) -> str:
        a = arts.get(article)
        return terminal_safe(a.path) if a is not None else paths.get(article, article)

    lines = []
    for f in report.findings:
        primary = next((c for c in f.claims if c.article in new), f.claims[0])
        lines.append(
            annotation(
                COMMAND[f.severity],
                _message(f, primary, path_of),
                file=path_of(primary.article),
                line=primary.line,
                endLine=_end_line(arts.get(primary.article), primary),
                title=f"{f.rule} {f.name}",
            )
        )
    counts = {str(s): sum(1 for f in report.findings if f.severity == s) for s in Severity}
    n = len(report.findings)
    lines.append(
        f"factcheck: {n} finding{'s' if n != 1 else ''} ({counts['error']} error, {counts['warning']} warning, {counts['info']} info)"
    )
    return "\n".join(lines) + "\n"


def _message(f: Finding, primary: Claim, path_of) -> str:
    out = [_one_line(f.message)]
    if primary.value is not None:
        norm = f" -> {primary.normalized}" if primary.normalized not in (None, primary.value) else ""
        out.append(f"Here: \u201c{_one_line(str(primary.value))}\u201d{norm}")
    for c in f.claims:
        if c is primary:
            continue
        value = f" \u201c{_one_line(str(c.value))}\u201d" if c.value is not None else ""
        out.append(f"Other side, {path_of(c.article)}:{c.line}{value}: {_one_line(c.text)}")
    if f.conclusion:
        out.append(f"Conclusion: {f.conclusion}")
    if f.settle:
        out.append(f"To settle: {f.settle}")
    out.append(f"id {f.id}")
    return "\n".join(out)
