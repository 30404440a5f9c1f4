"""``factcheck eval --expected FILE PATH...``: run the checker and score the
findings against a file of expected findings (see :mod:`factcheck.evaluation`).

Exit codes: 0 when every expected finding was found and no must-not entry was
violated, 1 otherwise, 2 for usage or input errors.
"""

from __future__ import annotations

import argparse
import io
import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..evaluation import EvalResult, load_expectations, score
from ..pipeline.core import process
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Subparsers,
    add_common_args,
    load_inputs,
    use_color,
    width_of,
    write_output,
)

_STYLE = {"found": "green", "clear": "green", "missed": "red", "violated": "red"}


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "eval",
        help="score a run against a file of expected findings",
        description="Run the checker on PATH and compare its findings with the expected ones in FILE: "
        "found, missed, unexpected. Exit 0 when nothing is missed or violated, 1 otherwise.",
    )
    p.add_argument(
        "--expected", "-e", required=True, metavar="FILE", help="YAML file of expected findings (expected:, must_not:)"
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    add_common_args(p, ["text", "json"])
    p.set_defaults(func=cmd_eval)


def cmd_eval(args: argparse.Namespace) -> int:
    spec = load_expectations(args.expected)
    ruleset, articles, errors = load_inputs(args)
    if not articles:
        return EXIT_USAGE
    report = process(articles, ruleset).report
    result = score(report.findings, spec)
    if args.format == "json":
        write_output(json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n", args.output)
    else:
        write_output(render_text(result, width=width_of(args), color=use_color(args)), args.output)
    if errors:
        return EXIT_USAGE
    return EXIT_OK if result.ok else EXIT_FINDINGS


def _tags(articles) -> str:
    return ", ".join(a.rsplit("/", 1)[-1].split("_", 1)[0] for a in articles)


def render_text(result: EvalResult, *, width: int = 120, color: bool = False) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, no_color=not color, force_terminal=color, highlight=False)
    table = Table(title="Expected findings", expand=True)
    for col, kw in (
        ("status", {"no_wrap": True}),
        ("rule", {"no_wrap": True}),
        ("articles", {}),
        ("expectation", {"ratio": 3}),
        ("finding", {"overflow": "fold"}),
    ):
        table.add_column(col, **kw)
    for o in result.outcomes:
        status = o.status if o.kind == "expected" else f"must not: {o.status}"
        table.add_row(
            Text(status, style=_STYLE[o.status]),
            o.rule or "any",
            ", ".join(o.articles) or "any",
            o.label,
            "\n".join(o.findings),
        )
    console.print(table)
    if result.unexpected:
        extra = Table(title="Unexpected findings", expand=True)
        for col, kw in (
            ("rule", {"no_wrap": True}),
            ("articles", {}),
            ("confidence", {"no_wrap": True}),
            ("message", {"ratio": 3}),
            ("id", {"overflow": "fold"}),
        ):
            extra.add_column(col, **kw)
        for f in result.unexpected:
            msg = f.message
            if f.id in result.violations:
                msg += "\n(violates: " + "; ".join(result.violations[f.id]) + ")"
            extra.add_row(f.rule, _tags(sorted({c.article for c in f.claims})), f.confidence, msg, f.id)
        console.print(extra)
    console.print(
        f"expected {result.expected}: {result.found} found, {result.missed} missed; "
        f"must not {result.must_not}: {result.violated} violated; "
        f"{len(result.unexpected)} unexpected",
        style="bold green" if result.ok else "bold red",
    )
    return buf.getvalue()
