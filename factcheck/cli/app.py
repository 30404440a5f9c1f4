"""Command line: ``factcheck run|facts|rules|check|baseline|eval``.

Exit codes, as linters use them: 0 clean, 1 findings (``check``), 2 usage or
input error (one line on stderr, never a traceback), 3 internal error. Each
command is a module with ``register(subparsers)``; this module only builds the
parser and runs the chosen command.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .._version import __version__
from ..model.errors import FactcheckError, UserError
from ..report.safe import terminal_safe
from . import check, eval, facts, rules, run, serve
from .common import AFTER_ANSWER, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, Parser

COMMANDS = (run, facts, rules, eval, check, serve)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="factcheck", description="Find where news articles about one story disagree.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    parser.add_argument(
        "--server",
        metavar="SOCKET",
        help="send the command to a running 'factcheck serve' on SOCKET (also FACTCHECK_SERVER); "
        "it runs here when none answers",
    )
    # the entry point itself, for a command that runs others (factcheck serve)
    parser.set_defaults(main=main)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for command in COMMANDS:
        command.register(sub)
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
        try:
            return func(args)
        finally:
            if not AFTER_ANSWER.served:
                AFTER_ANSWER.run()
    except UserError as exc:
        print(f"factcheck: error: {terminal_safe(str(exc))}", file=sys.stderr)
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
        print(
            f"factcheck: internal error: {type(exc).__name__}: {terminal_safe(str(exc))} (rerun with --debug for a traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
