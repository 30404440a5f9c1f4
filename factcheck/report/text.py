"""The terminal report: rich renderables, grouped by finding."""

from __future__ import annotations

import io
from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..model.models import Claim, Extraction, Finding, Report
from .gate import CheckSummary, check_text

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


def finding_renderable(f: Finding) -> Panel:
    title = Text.assemble(
        (f.severity.upper(), STYLE[f.severity]),
        " ",
        (f.rule, "bold"),
        f" {f.name}  ",
        (f"[{f.kind}{', possible conflict' if f.confidence == 'possible' else ''}]", "dim"),
    )
    table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
    table.add_column("side", width=4, no_wrap=True)
    table.add_column("where", no_wrap=True)
    table.add_column("value", ratio=1)
    table.add_column("sentence", ratio=3)
    for c in f.claims:
        where = f"{c.article}:{c.line}"
        if c.published:
            where += f"\npublished {c.published}"
        value = Text()
        if c.value is not None:
            value.append(f"\u201c{' '.join(str(c.value).split())}\u201d")
        if c.normalized is not None and c.normalized != c.value:
            value.append(f"\n\u2192 {c.normalized}", style="bold")
        if c.how:
            value.append(f"\n{c.how}", style="dim")
        table.add_row(c.side, where, value, _sentence(c))
    parts: list = [Text(f.message), table]
    if f.conclusion:
        parts.append(Text.assemble(("Conclusion: ", "bold"), f.conclusion))
    if f.settle:
        parts.append(Text.assemble(("To settle: ", "bold"), f.settle))
    parts.append(Text(f"id {f.id}", style="dim"))
    return Panel(Group(*parts), title=title, title_align="left", border_style=STYLE[f.severity])


def report_renderables(report: Report) -> list:
    out: list = []
    arts = Table(title="Articles", expand=False, show_lines=False)
    for col in ("id", "outlet", "published", "date from"):
        arts.add_column(col)
    for a in report.articles:
        arts.add_row(a.id, a.outlet or "unknown", a.published or "unknown", a.published_note or a.published_source)
    out.append(arts)
    if not report.findings:
        out.append(Text("No conflicts found.", style="green"))
    for f in report.findings:
        out.append(finding_renderable(f))
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in ("error", "warning", "info")}
    out.append(
        Text.assemble(
            f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''}: ",
            (f"{counts['error']} error", STYLE["error"]),
            ", ",
            (f"{counts['warning']} warning", STYLE["warning"]),
            ", ",
            (f"{counts['info']} info", STYLE["info"]),
            f" in {len(report.articles)} articles",
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
