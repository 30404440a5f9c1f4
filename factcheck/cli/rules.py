"""``factcheck rules [RULE_ID...]``: list the rules and their documentation."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from rich.console import Console
from rich.text import Text

from ..checks import CHECKS
from ..model.errors import UsageError
from .common import EXIT_OK, Subparsers, add_common_args, rules_of, use_color, width_of, write_output


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("rules", help="list the rules and their documentation")
    p.add_argument("ids", nargs="*", metavar="RULE_ID")
    add_common_args(p, ["text", "json"])
    p.set_defaults(func=cmd_rules)


def cmd_rules(args: argparse.Namespace) -> int:
    ruleset = rules_of(args)
    rules = [r for r in ruleset.rules if not args.ids or r.id in args.ids]
    unknown = set(args.ids or ()) - {r.id for r in rules}
    if unknown:
        raise UsageError(
            f"unknown rule id {', '.join(sorted(unknown))}; known: {', '.join(r.id for r in ruleset.rules)}"
        )
    if args.format == "json":
        data = [
            {
                **r.spec.model_dump(mode="json"),
                "options": r.options.model_dump(mode="json"),
                "path": Path(r.path).name,
                "finding_category": CHECKS[r.spec.check].CATEGORY,
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
        s = r.spec
        console.rule(
            Text.assemble((s.id, "bold"), f" {s.name}  ", (f"check {s.check}, {s.severity}", "dim")), align="left"
        )
        console.print(s.message, style="bold")
        console.print(s.description.strip())
        for ex in s.examples.bad:
            console.print(Text.assemble(("  flags:  ", "red"), ex))
        for ex in s.examples.good:
            console.print(Text.assemble(("  passes: ", "green"), ex))
        if s.settle:
            console.print(Text.assemble(("  to settle: ", "bold"), s.settle))
        console.print()
    write_output(buf.getvalue(), args.output)
    return EXIT_OK
