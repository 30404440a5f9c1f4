"""``factcheck facts ARTICLE``: show what was extracted from one article."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..ingest.loader import load_article
from ..model.errors import InputError, UsageError
from ..pipeline.core import extract_article
from .common import EXIT_OK, Subparsers, add_common_args, rules_of, use_color, write_output


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("facts", help="show what was extracted from one article")
    p.add_argument("article", metavar="ARTICLE")
    add_common_args(p, ["text", "json"])
    p.set_defaults(func=cmd_facts)


def cmd_facts(args: argparse.Namespace) -> int:
    ruleset = rules_of(args)
    path = Path(args.article)
    if path.is_dir():
        raise UsageError("'facts' takes one article file, not a folder", path=args.article)
    if not path.exists():
        raise InputError("no such file or directory", path=args.article)
    ex = extract_article(load_article(path), ruleset)
    if args.format == "json":
        write_output(ex.model_dump_json(indent=2) + "\n", args.output)
        return EXIT_OK
    buf = io.StringIO()
    console = Console(
        file=buf, width=args.width, no_color=not use_color(args), force_terminal=use_color(args), highlight=False
    )
    a = ex.article
    console.print(
        Text.assemble(
            ("Article ", "bold"),
            a.id,
            f"  published {a.published or 'unknown'}",
            (f"  ({a.published_note})" if a.published_note else ""),
        )
    )
    facts = Table(title="Facts", expand=True)
    for col in ("line", "subject", "predicate", "object", "time", "polarity", "attribution", "event"):
        facts.add_column(col, overflow="fold")
    for f in ex.facts:
        time = f"{f.time.text} \u2192 {f.time.value}" if f.time else ""
        attr = (
            f"{f.attribution.source or f.attribution.source_text} ({f.attribution.cue})"
            if f.attribution.kind != "none"
            else ""
        )
        ev = f"{f.event_type}: {', '.join(f.participants)}" if f.event_type else ""
        facts.add_row(str(f.line), f.subject or "", f.predicate, f.object[:80], time, f.polarity, attr, ev)
    console.print(facts)
    times = Table(title="Time expressions", expand=True)
    for col in ("line", "as written", "value", "how"):
        times.add_column(col, overflow="fold")
    for t in ex.times:
        times.add_row(
            str(a.line_of(t.span.start)), t.text, t.value or "unresolved", t.how or (t.unresolved_reason or "")
        )
    console.print(times)
    quotes = Table(title="Quotations", expand=True)
    for col in ("line", "speaker", "quotation"):
        quotes.add_column(col, overflow="fold")
    for q in ex.quotes:
        quotes.add_row(str(a.line_of(q.span.start)), q.speaker or q.speaker_text or "?", q.text)
    console.print(quotes)
    qty = Table(title="Quantities", expand=True)
    for col in ("line", "as written", "normalised"):
        qty.add_column(col)
    for n in ex.quantities:
        qty.add_row(str(a.line_of(n.span.start)), n.text, n.normalized)
    console.print(qty)
    write_output(buf.getvalue(), args.output)
    return EXIT_OK
