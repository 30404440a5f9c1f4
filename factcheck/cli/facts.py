"""``factcheck facts ARTICLE``: show what was extracted from one article.

The text view prints one block per fact, wrapped to the terminal width (80
columns and up read well): the line, the predicate lemma with its voice,
polarity and modality, then the arguments by role, who reports it, the event
it mentions and the values attached to its words. ``--format json`` prints
the whole extraction; ``--schema`` prints the JSON schema of a fact.
"""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..ingest.loader import load_article
from ..model.errors import InputError, UsageError
from ..model.models import Attachment, Attribution, Extraction, Fact
from ..pipeline.core import extract_article
from .common import EXIT_OK, Subparsers, add_common_args, rules_of, use_color, width_of, write_output


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("facts", help="show what was extracted from one article")
    p.add_argument("article", metavar="ARTICLE", nargs="?")
    p.add_argument(
        "--schema",
        action="store_true",
        help="print the JSON schema of a fact (the 'facts' items of --format json) and exit",
    )
    add_common_args(p, ["text", "json"])
    p.set_defaults(func=cmd_facts)


def fact_schema() -> str:
    """The JSON schema of :class:`Fact`, as printed by ``factcheck facts --schema``."""
    return json.dumps(Fact.model_json_schema(), indent=2, sort_keys=True) + "\n"


def cmd_facts(args: argparse.Namespace) -> int:
    if args.schema:
        write_output(fact_schema(), args.output)
        return EXIT_OK
    if args.article is None:
        raise UsageError("'facts' takes one article file (or --schema)")
    ruleset = rules_of(args, [args.article])
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
        file=buf, width=width_of(args), no_color=not use_color(args), force_terminal=use_color(args), highlight=False
    )
    render(console, ex)
    write_output(buf.getvalue(), args.output)
    return EXIT_OK


def _attribution(a: Attribution) -> str:
    parts = []
    cur: Attribution | None = a
    while cur is not None and cur.kind != "none":
        who = cur.source_text or cur.source or "?"
        if cur.source and cur.source_text and cur.source != cur.source_text:
            who = f"{cur.source_text} [{cur.source}]"
        parts.append(f"{who} ({cur.cue}, {cur.kind})")
        cur = cur.via
    return " <- ".join(parts)


def _attachment(a: Attachment) -> str:
    value = f" = {a.value}" if a.value and a.value != a.text else ""
    extra = f" {a.hedge}" if a.hedge else ""
    within = f" in {', '.join(a.place_within)}" if a.place_within else ""
    return f"{a.kind}{extra} '{a.text}'{value}{within} -> {a.head} ({a.relation})"


def _fact_block(f: Fact) -> Text:
    flags = [
        f.voice,
        f.polarity + (f" '{f.negation.text}'" if f.negation else ""),
        f.modality + (f" '{f.modality_cue}'" if f.modality_cue else ""),
    ]
    out = Text.assemble((f"{f.line:>4}  ", "dim"), (f.lemma or f.predicate, "bold"), f"  [{', '.join(flags)}]")
    if f.in_quote:
        out.append("  quoted", style="italic")
    rows: list[tuple[str, str]] = []
    for a in f.args:
        who = f" [{a.entity}]" if a.entity and a.entity != a.text else ""
        rows.append((a.role, " ".join(a.text.split()) + who))
    if f.attribution.kind != "none":
        rows.append(("said by", _attribution(f.attribution)))
    if f.event_type:
        rows.append(
            ("event", f"{f.event_type} '{f.trigger}'" + (f": {', '.join(f.participants)}" if f.participants else ""))
        )
    if f.time is not None:
        rows.append(("time", f"{f.time.text} -> {f.time.value or 'unresolved'}"))
    for att in f.attachments:
        rows.append(("value", _attachment(att)))
    for role, value in rows:
        out.append(f"\n      {role:<9} ", style="cyan")
        out.append(value)
    return out


def render(console: Console, ex: Extraction) -> None:
    a = ex.article
    console.print(
        Text.assemble(
            ("Article ", "bold"),
            a.id,
            f"  published {a.published or 'unknown'}",
            (f"  ({a.published_note})" if a.published_note else ""),
        )
    )
    console.print(Text(f"\nFacts ({len(ex.facts)})", style="bold"))
    for f in ex.facts:
        console.print(_fact_block(f))
    names = Table(title="Entities", expand=True)
    for col in ("line", "as written", "entity", "type", "how"):
        names.add_column(col, overflow="fold")
    for e in ex.entities:
        names.add_row(str(a.line_of(e.span.start)), e.text, e.entity, e.type, e.how)
    console.print(names)
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
        qty.add_column(col, overflow="fold")
    for n in ex.quantities:
        qty.add_row(str(a.line_of(n.span.start)), n.text, n.normalized)
    console.print(qty)
