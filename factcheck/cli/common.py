"""Helpers every command shares: exit codes, the common options, output,
colour, and loading the rules and articles a command names."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..knowledge.packs import CONFIG_NAME, find_config
from ..model.errors import InputError, UsageError
from ..model.models import Article, Extraction, OutputFormat
from ..pipeline.core import load_targets
from ..report.safe import terminal_safe
from ..rules.ruleset import RuleSet
from ..rules.stack import load_stack

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _AfterAnswer:
    """Work a command leaves for once its caller has the answer (committing the
    cache's held writes): run by the command line when the command returns,
    or, in ``factcheck serve``, once the client has been sent its answer."""

    def __init__(self) -> None:
        self.jobs: list[Callable[[], None]] = []
        self.served = False  # set by factcheck serve, which runs the jobs itself

    def run(self) -> None:
        while self.jobs:
            self.jobs.pop(0)()


AFTER_ANSWER = _AfterAnswer()


def after_answer(job: Callable[[], None]) -> None:
    """Run ``job`` once the command's caller has its answer (see :class:`_AfterAnswer`)."""
    AFTER_ANSWER.jobs.append(job)


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]  # one line, exit 2
        raise UsageError(f"{message} (see '{self.prog} --help')")


Subparsers = argparse._SubParsersAction  # the type of parser.add_subparsers()


def add_common_args(p: argparse.ArgumentParser, formats: Sequence[str]) -> None:
    add_rules_args(p)
    p.add_argument("--format", "-f", default="text", choices=list(formats), help="output format (default: text)")
    p.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE instead of standard output")
    p.add_argument("--width", type=int, default=None, help=argparse.SUPPRESS)
    add_follow_links(p)
    add_quiet(p)
    add_jobs(p)
    color = p.add_mutually_exclusive_group()
    color.add_argument("--color", dest="color", action="store_true", default=None, help="colour the terminal report")
    color.add_argument("--no-color", dest="color", action="store_false", help="plain terminal report")


def add_rules_args(p: argparse.ArgumentParser) -> None:
    """``--rules DIR`` (repeatable), ``--allow-no-rules``, ``--no-config``: the rule stack."""
    p.add_argument(
        "--rules",
        metavar="DIR",
        action="append",
        default=[],
        help="a rules folder or story pack, stacked on the shipped rules and the packs of the corpus's "
        f"{CONFIG_NAME} (repeatable; a later one wins)",
    )
    p.add_argument(
        "--allow-no-rules",
        action="store_true",
        help="accept a --rules folder that adds nothing, and a stack with no rule to run",
    )
    p.add_argument("--no-config", action="store_true", help=f"ignore the corpus config file ({CONFIG_NAME})")
    p.add_argument(
        "--nlp",
        metavar="NAME_OR_PATH",
        help="parse with this installed spaCy pipeline (a package name or a folder) instead of the shipped one; "
        f"it needs a parser and an entity recogniser (also 'nlp:' in {CONFIG_NAME})",
    )


def add_quiet(p: argparse.ArgumentParser) -> None:
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got '{value}'")
    return n


def add_jobs(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=None,
        metavar="N",
        help="extract and parse in N processes (default: one per core for a large batch; the report is the same)",
    )


def add_follow_links(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read symbolic links that lead out of the corpus folder (by default they are skipped and listed)",
    )


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
    """One line on stderr; file names and messages that quote a file are
    data, so control characters in them are shown as escapes."""
    print(f"factcheck: {terminal_safe(msg)}", file=sys.stderr)


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


#: Width of a text report that goes to a file or a pipe (no terminal to follow).
DEFAULT_WIDTH = 120


def width_of(args: argparse.Namespace) -> int:
    """Columns for a text report: ``--width``, else ``COLUMNS``, else the
    terminal's width when the report goes to one, else :data:`DEFAULT_WIDTH`."""
    explicit = getattr(args, "width", None)
    if explicit:
        return max(40, int(explicit))
    columns = os.environ.get("COLUMNS", "")
    if columns.isdecimal() and int(columns) > 0:
        return max(40, int(columns))
    if not getattr(args, "output", None) and sys.stdout.isatty():
        return max(40, shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns)
    return DEFAULT_WIDTH


def use_color(args: argparse.Namespace) -> bool:
    """``--color``/``--no-color`` when given (also with ``-o FILE``), else
    colour only for a terminal, and never with ``NO_COLOR`` set."""
    if getattr(args, "color", None) is not None:
        return bool(args.color)
    if getattr(args, "output", None) and args.output != "-":
        return False
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


class _Bar:
    """A rich progress bar on standard error, advanced by article size.

    Shown only on a terminal and without ``--quiet``; a run that looks long
    (many articles, or many bytes) shows it at once, a short one only when it
    has already taken :data:`PROGRESS_AFTER` seconds; it disappears when done."""

    def __init__(self, articles: Sequence[Article], console: Console) -> None:
        self.total = sum(len(a.text) for a in articles) or 1
        self.started_at = time.monotonic()
        self.done = 0
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("articles"),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=len(articles))
        self.live = False
        if len(articles) >= PROGRESS_ARTICLES or self.total >= PROGRESS_BYTES:
            self._start()

    def _start(self) -> None:
        self.progress.start()
        self.live = True

    def advance(self, article: Article) -> None:
        self.done += 1
        if not self.live and time.monotonic() - self.started_at >= PROGRESS_AFTER:
            self._start()
        self.progress.update(self.task, completed=self.done)

    def close(self) -> None:
        if self.live:
            self.progress.stop()


#: A run this big shows its progress bar at once; a smaller one after PROGRESS_AFTER seconds.
PROGRESS_ARTICLES, PROGRESS_BYTES, PROGRESS_AFTER = 100, 1_000_000, 1.5


@contextmanager
def progress_bar(
    args: argparse.Namespace, articles: Sequence[Article], console: Console | None = None
) -> Iterator[_Bar | None]:
    """A progress bar for extracting ``articles`` when standard error is a
    terminal and ``--quiet`` is not given; ``None`` otherwise."""
    console = console or Console(file=sys.stderr)
    if getattr(args, "quiet", False) or not console.is_terminal or not articles:
        yield None
        return
    bar = _Bar(articles, console)
    try:
        yield bar
    finally:
        bar.close()


def rules_of(args: argparse.Namespace, corpus: Sequence[str | Path] = ()) -> RuleSet:
    """The rule stack a command runs: the shipped rules, the packs the corpus
    config file of ``corpus`` (the folders or files checked) names, then each
    ``--rules`` folder (:func:`factcheck.rules.stack.load_stack`)."""
    config = None if getattr(args, "no_config", False) else find_config([Path(p) for p in corpus])
    ruleset = load_stack(
        [Path(r) for r in getattr(args, "rules", None) or ()],
        config=config,
        allow_no_rules=getattr(args, "allow_no_rules", False),
        nlp=getattr(args, "nlp", None),
    )
    for note in ruleset.notes:  # deprecations, one line each
        print(f"factcheck: warning: {note}", file=sys.stderr)
    return ruleset


def load_inputs(args: argparse.Namespace) -> tuple[RuleSet, list[Article], list[InputError]]:
    """The rules and the articles a command names (``--rules``, ``paths``).
    Unreadable articles are reported on stderr and left out; no article at
    all is an input error."""
    ruleset = rules_of(args, args.paths)
    articles, errors = load_targets([Path(p) for p in args.paths], follow_links=args.follow_links)
    report_input_errors(errors)
    if not articles and not errors:
        raise InputError("no articles found (looked for .md, .markdown and .txt files)", path=" ".join(args.paths))
    return ruleset, articles, errors
