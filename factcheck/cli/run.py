"""``factcheck run PATH...``: check a folder of articles and report where they disagree.

Exit codes: 0 when the report was written, whatever it found and even when
some input files could not be checked (they are listed in the report); 2 on
a usage error, a bad rules folder, when no article at all could be read, or,
with ``--strict``, when any input file was not checked."""

from __future__ import annotations

import argparse

from ..model.models import OutputFormat
from ..pipeline import dask as on_dask
from ..pipeline.core import process
from ..pipeline.streamed import process_streamed
from ..report import render
from .common import (
    EXIT_OK,
    EXIT_USAGE,
    Subparsers,
    add_common_args,
    load_inputs,
    output_format,
    progress_bar,
    report_extraction_failures,
    use_color,
    width_of,
    write_output,
)


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "run",
        help="check a folder of articles and report where they disagree",
        description=(
            "Check articles and report where they disagree. Exit 0 when the report was written (files that could "
            "not be checked are listed in it); 2 on a usage error, a bad rules folder, when no article could be "
            "read, or with --strict when any input file was not checked."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument(
        "--strict",
        action="store_true",
        help="exit 2 when any input file was not checked (the report is still written)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on a Dask cluster: the scheduler's address (tcp://host:8786), or local[:N] for N local workers; "
        "needs pip install 'factcheck[dask]'; the report is the same",
    )
    add_common_args(p, [f.value for f in OutputFormat if f is not OutputFormat.github])
    p.set_defaults(func=cmd_run)


def cmd_run(args: argparse.Namespace) -> int:
    ruleset, articles, errors = load_inputs(args)
    if not articles:
        return EXIT_USAGE
    if args.scheduler:
        client = on_dask.connect(args.scheduler)
        try:
            with progress_bar(args, articles) as bar:
                result = on_dask.process_on_cluster(articles, ruleset, client, skipped=errors, progress=bar)
        finally:
            on_dask.close(client)
    else:
        fmt = output_format(args.format)
        with progress_bar(args, articles) as bar:
            # the HTML report shows what was extracted: it holds every extraction; the others stream them
            streamed = (
                None
                if fmt is OutputFormat.html
                else process_streamed(articles, ruleset, skipped=errors, progress=bar, jobs=args.jobs)
            )
        if streamed is None:
            with progress_bar(args, articles) as bar:
                streamed = process(articles, ruleset, skipped=errors, progress=bar, jobs=args.jobs)
        result = streamed
    report_extraction_failures(result.extractions)
    fmt = output_format(args.format)
    text = render(
        result.report,
        fmt,
        extractions=result.extractions,
        color=use_color(args),
        width=width_of(args),
        ruleset=ruleset,  # the stack's rules (packs, overrides) describe the findings in SARIF and HTML
    )
    write_output(text, args.output)
    return EXIT_USAGE if errors and args.strict else EXIT_OK
