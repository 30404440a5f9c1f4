"""Helpers every command shares: exit codes, the common options, output,
colour, and loading the rules and articles a command names."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..model.errors import InputError, UsageError
from ..model.models import Article, Extraction, OutputFormat
from ..pipeline.core import load_targets
from ..rules.ruleset import RuleSet, load_rules

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        raise UsageError(f"{message} (see '{self.prog} --help')")


Subparsers = argparse._SubParsersAction  # the type of parser.add_subparsers()


def add_common_args(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    p.add_argument("--rules", metavar="DIR", help="rules folder (default: the rules shipped with factcheck)")
    p.add_argument("--format", "-f", default="text", choices=list(formats), help="output format (default: text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--width", type=int, default=120, help=argparse.SUPPRESS)
    color = p.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None, help="colour the terminal report")
    color.add_argument("--no-color", dest="color", action="store_false", help="plain terminal report")


def write_output(text: str, output: str | None) -> None:
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


def say(msg: str) -> None:
    print(f"factcheck: {msg}", file=sys.stderr)


def report_input_errors(errors: Iterable[InputError]) -> None:
    for e in errors:
        say(f"error: {e}")


def report_extraction_failures(extractions: Iterable[Extraction]) -> None:
    for ex in extractions:
        if ex.error:
            say(f"warning: {ex.article.path}: {ex.error}")


def output_format(value: str) -> OutputFormat:
    try:
        return OutputFormat(value)
    except ValueError:
        raise UsageError(
            f"unknown format '{value}'; allowed values: {', '.join(f.value for f in OutputFormat)}"
        ) from None


def use_color(args: argparse.Namespace) -> bool:
    if getattr(args, "color", None) is not None:
        return bool(args.color)
    return sys.stdout.isatty()


def rules_of(args: argparse.Namespace) -> RuleSet:
    return load_rules(Path(args.rules) if args.rules else None)


def load_inputs(args: argparse.Namespace) -> tuple[RuleSet, list[Article], list[InputError]]:
    """The rules and the articles a command names (``--rules``, ``paths``).
    Unreadable articles are reported on stderr and left out; no article at
    all is an input error."""
    ruleset = rules_of(args)
    articles, errors = load_targets([Path(p) for p in args.paths])
    report_input_errors(errors)
    if not articles and not errors:
        raise InputError("no articles found (looked for .md, .markdown and .txt files)", path=" ".join(args.paths))
    return ruleset, articles, errors
