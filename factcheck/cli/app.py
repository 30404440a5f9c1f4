"""Command line: ``factcheck run|facts|rules|check|baseline|eval``.

Exit codes, as linters use them: 0 clean, 1 findings (``check``), 2 usage or
input error (one line on stderr, never a traceback), 3 internal error.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from importlib import import_module
from pathlib import Path
from typing import Callable, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import __version__
from ..model.errors import FactcheckError, InputError, UsageError, UserError
from ..model.models import OutputFormat

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

# Subcommands that live in their own modules: each has ``register(subparsers)``
# which adds its parser and sets ``func``.
EXTRA_COMMANDS: tuple[str, ...] = ("eval", "check")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        path = Path(output)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(path)
        except OSError as exc:
            raise UsageError(f"cannot write output: {exc.strerror}", path=output) from None
    else:
        sys.stdout.write(text)


def _report_input_errors(errors: Sequence[InputError]) -> None:
    for e in errors:
        print(f"factcheck: error: {e}", file=sys.stderr)


def report_extraction_failures(extractions) -> None:
    for ex in extractions:
        if ex.error:
            print(f"factcheck: warning: {ex.article.path}: {ex.error}", file=sys.stderr)


def _fmt(value: str) -> OutputFormat:
    try:
        return OutputFormat(value)
    except ValueError:
        raise UsageError(f"unknown format '{value}'; allowed values: {', '.join(f.value for f in OutputFormat)}") from None


def _use_color(args: argparse.Namespace) -> bool:
    if getattr(args, "color", None) is not None:
        return args.color
    return sys.stdout.isatty()


# ----------------------------------------------------------------------------- run


def load_inputs(args: argparse.Namespace):
    """The rules and the articles a command names (``--rules``, ``paths``).
    Unreadable articles are reported on stderr and left out; no article at
    all is an input error."""
    from ..pipeline.core import load_targets
    from ..rules.ruleset import load_rules

    ruleset = load_rules(Path(args.rules) if args.rules else None)
    articles, errors = load_targets([Path(p) for p in args.paths])
    _report_input_errors(errors)
    if not articles and not errors:
        raise InputError("no articles found (looked for .md, .markdown and .txt files)", path=" ".join(args.paths))
    return ruleset, articles, errors


def cmd_run(args: argparse.Namespace) -> int:
    from ..pipeline.core import analyse, extract_all
    from ..report import render

    ruleset, articles, errors = load_inputs(args)
    if not articles:
        return EXIT_USAGE
    extractions = extract_all(articles, ruleset)
    report_extraction_failures(extractions)
    report = analyse(extractions, ruleset)
    fmt = _fmt(args.format)
    text = render(report, fmt, extractions=extractions, color=_use_color(args) and not args.output)
    _write(text, args.output)
    return EXIT_USAGE if errors else EXIT_OK


# ----------------------------------------------------------------------------- facts


def cmd_facts(args: argparse.Namespace) -> int:
    from ..ingest.loader import load_article
    from ..pipeline.core import extract_article
    from ..rules.ruleset import load_rules

    ruleset = load_rules(Path(args.rules) if args.rules else None)
    path = Path(args.article)
    if path.is_dir():
        raise UsageError("'facts' takes one article file, not a folder", path=args.article)
    if not path.exists():
        raise InputError("no such file or directory", path=args.article)
    ex = extract_article(load_article(path), ruleset)
    if args.format == "json":
        _write(ex.model_dump_json(indent=2) + "\n", args.output)
        return EXIT_OK
    buf = io.StringIO()
    console = Console(file=buf, width=args.width, no_color=not _use_color(args), force_terminal=_use_color(args), highlight=False)
    a = ex.article
    console.print(Text.assemble(("Article ", "bold"), a.id, f"  published {a.published or 'unknown'}", (f"  ({a.published_note})" if a.published_note else "")))
    facts = Table(title="Facts", expand=True)
    for col in ("line", "subject", "predicate", "object", "time", "polarity", "attribution", "event"):
        facts.add_column(col, overflow="fold")
    for f in ex.facts:
        time = f"{f.time.text} \u2192 {f.time.value}" if f.time else ""
        attr = f"{f.attribution.source or f.attribution.source_text} ({f.attribution.cue})" if f.attribution.kind != "none" else ""
        ev = f"{f.event_type}: {', '.join(f.participants)}" if f.event_type else ""
        facts.add_row(str(f.line), f.subject or "", f.predicate, f.object[:80], time, f.polarity, attr, ev)
    console.print(facts)
    times = Table(title="Time expressions", expand=True)
    for col in ("line", "as written", "value", "how"):
        times.add_column(col, overflow="fold")
    for t in ex.times:
        times.add_row(str(a.line_of(t.span.start)), t.text, t.value or "unresolved", t.how or (t.unresolved_reason or ""))
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
    for q in ex.quantities:
        qty.add_row(str(a.line_of(q.span.start)), q.text, q.normalized)
    console.print(qty)
    _write(buf.getvalue(), args.output)
    return EXIT_OK


# ----------------------------------------------------------------------------- rules


def cmd_rules(args: argparse.Namespace) -> int:
    from ..checks import KINDS
    from ..rules.ruleset import load_rules

    ruleset = load_rules(Path(args.rules) if args.rules else None)
    rules = [r for r in ruleset.rules if not args.ids or r.id in args.ids]
    unknown = set(args.ids or ()) - {r.id for r in rules}
    if unknown:
        raise UsageError(f"unknown rule id {', '.join(sorted(unknown))}; known: {', '.join(r.id for r in ruleset.rules)}")
    if args.format == "json":
        data = [
            {**r.spec.model_dump(mode="json"), "options": r.options.model_dump(mode="json"), "path": Path(r.path).name, "finding_kind": KINDS[r.spec.kind].FINDING_KIND}
            for r in rules
        ]
        _write(json.dumps(data, indent=2, ensure_ascii=False) + "\n", args.output)
        return EXIT_OK
    buf = io.StringIO()
    console = Console(file=buf, width=args.width, no_color=not _use_color(args), force_terminal=_use_color(args), highlight=False)
    for r in rules:
        s = r.spec
        console.rule(Text.assemble((s.id, "bold"), f" {s.name}  ", (f"kind {s.kind}, {s.severity}", "dim")), align="left")
        console.print(s.message, style="bold")
        console.print(s.description.strip())
        for ex in s.examples.bad:
            console.print(Text.assemble(("  flags:  ", "red"), ex))
        for ex in s.examples.good:
            console.print(Text.assemble(("  passes: ", "green"), ex))
        if s.settle:
            console.print(Text.assemble(("  to settle: ", "bold"), s.settle))
        console.print()
    _write(buf.getvalue(), args.output)
    return EXIT_OK


# ----------------------------------------------------------------------------- main


def _common(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument("--rules", metavar="DIR", help="rules folder (default: the rules shipped with factcheck)")
    p.add_argument("--format", "-f", default="text", choices=list(formats), help="output format (default: text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--width", type=int, default=120, help=argparse.SUPPRESS)
    color = p.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None, help="colour the terminal report")
    color.add_argument("--no-color", dest="color", action="store_false", help="plain terminal report")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factcheck", description="Find where news articles about one story disagree.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("run", help="check a folder of articles and report where they disagree")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    _common(p, [f.value for f in OutputFormat if f is not OutputFormat.github])
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("facts", help="show what was extracted from one article")
    p.add_argument("article", metavar="ARTICLE")
    _common(p, ["text", "json"])
    p.set_defaults(func=cmd_facts)

    p = sub.add_parser("rules", help="list the rules and their documentation")
    p.add_argument("ids", nargs="*", metavar="RULE_ID")
    _common(p, ["text", "json"])
    p.set_defaults(func=cmd_rules)

    for name in EXTRA_COMMANDS:
        import_module(f"{__package__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            parser.print_help(sys.stderr)
            return EXIT_USAGE
        func: Callable[[argparse.Namespace], int] = args.func
        return func(args)
    except UserError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except FactcheckError as exc:
        print(f"factcheck: internal error: {exc}", file=sys.stderr)
        return EXIT_INTERNAL
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: say so in one line unless --debug
        if debug:
            raise
        print(f"factcheck: internal error: {type(exc).__name__}: {exc} (rerun with --debug for a traceback, and please report it)", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
