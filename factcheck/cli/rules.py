"""``factcheck rules [RULE_ID...]``: list the rules and their documentation.

``--format markdown`` prints the rule table the README carries (``tests/test_readme.py``
keeps the two in step)."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from rich.console import Console
from rich.text import Text

from ..checks import CHECKS
from ..model.errors import UsageError
from ..model.models import Severity
from ..rules.ruleset import ExampleArticle, Rule
from .common import EXIT_OK, Subparsers, add_common_args, rules_of, use_color, width_of, write_output

SECTION_TITLES = {"what": "What it flags", "why": "Why", "false_alarms": "Known false alarms", "settle": "To settle"}


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("rules", help="list the rules and their documentation")
    p.add_argument("ids", nargs="*", metavar="RULE_ID")
    add_common_args(p, ["text", "json", "markdown"])
    p.set_defaults(func=cmd_rules)


def severity_story(rule: Rule) -> str:
    """'warning for a contradiction; info for possible, later update' (the labels a rule can give)."""
    by_severity: dict[Severity, list[str]] = {}
    for label, severity in rule.severities().items():
        by_severity.setdefault(severity, []).append(label if label != "contradiction" else "a contradiction")
    return "; ".join(
        f"{s} for {', '.join(labels)}" for s, labels in sorted(by_severity.items(), key=lambda x: x[0].rank)
    )


def rules_markdown(rules: list[Rule]) -> str:
    """The README's rule table."""
    head = "| id | name | check | severity | what it flags |\n|---|---|---|---|---|\n"

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    rows = "".join(
        f"| {r.id} | {r.spec.name} | {r.spec.check} | {cell(severity_story(r))} | {cell(r.spec.doc.summary)} |\n"
        for r in rules
    )
    return head + rows


def _articles(console: Console, title: str, articles: list[ExampleArticle]) -> None:
    console.print(Text(f"  {title}", style="bold"))
    for a in articles:
        console.print(Text(f"    {a.id}.md (published {a.published or 'unknown'})", style="dim"))
        first = 4 if a.published or a.outlet else 1  # the example articles are written with front matter
        for i, line in enumerate(a.text.rstrip("\n").splitlines()):
            console.print(Text.assemble((f"    {first + i:>4} | ", "dim"), line))


def _render(console: Console, r: Rule) -> None:
    s, doc = r.spec, r.spec.doc
    console.rule(Text.assemble((s.id, "bold"), f" {s.name}  ", (f"check {s.check}", "dim")), align="left")
    console.print(s.message, style="bold")
    console.print(Text.assemble(("Severity: ", "bold"), severity_story(r)))
    for key in ("what", "why"):
        console.print(Text(SECTION_TITLES[key], style="bold"))
        console.print(Text(" ".join(getattr(doc, key).split())))
    ex = doc.example
    console.print(Text("Example", style="bold"))
    _articles(console, "flags:", ex.articles)
    console.print(Text(f"  gives one {ex.severity} finding ({ex.label}):", style="bold"))
    for c in ex.claims:
        console.print(f"    side {c.side}: {c.at}  {c.value!r} -> {c.normalized!r}")
    if ex.passes:
        _articles(console, "passes:", ex.passes)
    for key in ("false_alarms", "settle"):
        console.print(Text(SECTION_TITLES[key], style="bold"))
        console.print(Text(" ".join(getattr(doc, key).split())))
    console.print()


def cmd_rules(args: argparse.Namespace) -> int:
    ruleset = rules_of(args)
    rules = [r for r in ruleset.rules if not args.ids or r.id in args.ids]
    unknown = set(args.ids or ()) - {r.id for r in rules}
    if unknown:
        raise UsageError(
            f"unknown rule id {', '.join(sorted(unknown))}; known: {', '.join(r.id for r in ruleset.rules)}"
        )
    if args.format == "markdown":
        write_output(rules_markdown(rules), args.output)
        return EXIT_OK
    if args.format == "json":
        data = [
            {
                **r.spec.model_dump(mode="json"),
                "options": r.options.model_dump(mode="json"),
                "path": Path(r.path).name,
                "finding_category": CHECKS[r.spec.check].CATEGORY,
                "severities": {label: str(sev) for label, sev in r.severities().items()},
            }
            for r in rules
        ]
        write_output(json.dumps(data, indent=2, ensure_ascii=False) + "\n", args.output)
        return EXIT_OK
    buf = io.StringIO()
    console = Console(
        file=buf, width=width_of(args), no_color=not use_color(args), force_terminal=use_color(args), highlight=False
    )
    for r in rules:
        _render(console, r)
    write_output(buf.getvalue(), args.output)
    return EXIT_OK
