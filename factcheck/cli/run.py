"""``factcheck run PATH...``: check a folder of articles and report where they disagree."""

from __future__ import annotations

import argparse

from ..model.models import OutputFormat
from ..pipeline.core import process
from ..report import render
from .common import (
    EXIT_OK,
    EXIT_USAGE,
    Subparsers,
    add_common_args,
    load_inputs,
    output_format,
    report_extraction_failures,
    use_color,
    write_output,
)


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser("run", help="check a folder of articles and report where they disagree")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    add_common_args(p, [f.value for f in OutputFormat if f is not OutputFormat.github])
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    ruleset, articles, errors = load_inputs(args)
    if not articles:
        return EXIT_USAGE
    result = process(articles, ruleset)
    report_extraction_failures(result.extractions)
    fmt = output_format(args.format)
    text = render(result.report, fmt, extractions=result.extractions, color=use_color(args) and not args.output)
    write_output(text, args.output)
    return EXIT_USAGE if errors else EXIT_OK
