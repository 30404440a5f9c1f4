"""The terminal report: rich renderables, grouped by finding."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model.models import Claim, Extraction, Finding, Report, Severity
from .gate import CheckSummary, check_text
from .safe import safe_copy

STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def _sentence(claim: Claim) -> Text:
    """The sentence, verbatim but on one line, with the value highlighted."""
    raw = claim.text
    t = Text()
    if (
        claim.value_span is not None
        and claim.span.start <= claim.value_span.start
        and claim.value_span.end <= claim.span.end
    ):
        a = claim.value_span.start - claim.span.start
        b = claim.value_span.end - claim.span.start
        t.append(" ".join(raw[:a].split()) + (" " if raw[:a][-1:].isspace() else ""))
        t.append(" ".join(raw[a:b].split()), style="bold reverse")
        t.append((" " if raw[b:][:1].isspace() else "") + " ".join(raw[b:].split()))
    else:
        t.append(" ".join(raw.split()))
    return t


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _same_words(a: str, b: object) -> bool:
    """Whether a normalised value only re-spells the value (case, punctuation):
    then the arrow would repeat it (a quotation and its normalised words)."""
    if b is None:
        return False
    fold = lambda x: re.sub(r"\W+", " ", str(x)).casefold().split()  # noqa: E731
    return fold(a) == fold(b)


def _short_how(c: Claim) -> str:
    """How the value was normalised, without what the line already shows: the
    value and publication date it starts from and the result it ends with."""
    steps = [" ".join(p.split()) for p in (c.how or "").split(" -> ")]
    if steps and c.value is not None and steps[0].startswith((f"'{c.value}'", f'"{c.value}"')):
        steps = steps[1:]
    if steps and c.normalized is not None and steps[-1] == str(c.normalized):
        steps = steps[:-1]
    return " -> ".join(s for s in steps if s)


def _claim_renderable(c: Claim) -> Table:
    """One side of a finding, stacked so that it reads at any width: a line
    for where it is, a line for the value, then the sentence at full width."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=len(c.side) + 1, no_wrap=True, style="bold")
    grid.add_column(ratio=1, overflow="fold")
    head = Text.assemble((f"{c.article}:{c.line}", "bold"))
    if c.published:
        head.append(f"  published {c.published}", style="dim")
    lines: list[Text] = [head]
    if c.value is not None or c.normalized is not None:
        value = Text()
        if c.value is not None:
            value.append(f"\u201c{' '.join(str(c.value).split())}\u201d")
        if c.normalized is not None and not _same_words(str(c.normalized), c.value):
            value.append(f" \u2192 {c.normalized}", style="bold")
        how = _short_how(c)
        if how:
            value.append(f"  ({how})", style="dim")
        lines.append(value)
    lines.append(_sentence(c))
    grid.add_row(c.side, Group(*lines))
    return grid


def finding_renderable(f: Finding) -> Panel:
    title = Text.assemble(
        (f.severity.upper(), STYLE[f.severity]),
        " ",
        (f.rule, "bold"),
        f" {f.name}  ",
        (f"[{f.category}, {f.label}]", "dim"),
    )
    parts: list = [Text(f.message)]
    side = None
    for c in f.claims:
        if c.side != side:  # a blank line between sides, none within one
            parts.append(Text(""))
            side = c.side
        parts.append(_claim_renderable(c))
    parts.append(Text(""))
    if f.conclusion:
        parts.append(Text.assemble(("Conclusion: ", "bold"), f.conclusion))
    if f.settle:
        parts.append(Text.assemble(("To settle: ", "bold"), f.settle))
    parts.append(Text(f"id {f.id}", style="dim"))
    return Panel(Group(*parts), title=title, title_align="left", border_style=STYLE[f.severity])


def report_renderables(report: Report) -> list:
    out: list = []
    arts = Table(title="Articles", expand=False, show_lines=False)
    arts.add_column("id", overflow="fold")
    arts.add_column("outlet", overflow="fold")
    arts.add_column("published", no_wrap=True)
    arts.add_column("date from", overflow="fold")
    for a in report.articles:
        arts.add_row(a.id, a.outlet or "unknown", a.published or "unknown", a.published_note or a.published_source)
    out.append(arts)
    if not report.findings:
        out.append(Text("No conflicts found.", style="green"))
    for f in report.findings:
        out.append(finding_renderable(f))
    if report.skipped:
        out.append(Text(f"Not checked ({_plural(len(report.skipped), 'file')}):", style="bold yellow"))
        for sk in report.skipped:
            where = f"{sk.path}:{sk.line}" if sk.line is not None else sk.path
            out.append(Text(f"  {where}: {sk.reason}"))
    counts = {str(s): sum(1 for f in report.findings if f.severity == s) for s in Severity}
    out.append(
        Text.assemble(
            f"{_plural(len(report.findings), 'finding')}: ",
            (f"{counts['error']} error", STYLE["error"]),
            ", ",
            (f"{counts['warning']} warning", STYLE["warning"]),
            ", ",
            (f"{counts['info']} info", STYLE["info"]),
            f" in {_plural(len(report.articles), 'article')}",
        )
    )
    return out


def render_text(
    report: Report,
    *,
    extractions: Sequence[Extraction] = (),
    width: int = 120,
    color: bool = False,
    check: CheckSummary | None = None,
    **_: object,
) -> str:
    report = safe_copy(report)  # no control character from an article reaches the terminal
    check = safe_copy(check)
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        highlight=False,
    )
    for r in report_renderables(report):
        console.print(r)
    if check is not None:
        return check_text(report, check, buf.getvalue())
    return buf.getvalue()
