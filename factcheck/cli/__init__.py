"""The command line: one module per command.

:func:`main` first hands the command to a running ``factcheck serve`` when one
is named (``--server SOCKET`` or ``FACTCHECK_SERVER``), before anything heavy
is imported; otherwise, or when none answers, it runs the command here.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .client import served


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    rc = served(args)
    if rc is not None:
        return rc
    from .app import main as run_here  # only now: the one deferred import (tests/test_architecture.py)

    return run_here(args)


__all__ = ["main"]
