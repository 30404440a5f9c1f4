"""``factcheck serve``: keep factcheck loaded and run the commands sent to it.

A check of one new article in a fresh process spends most of its time before
and around the work: importing spaCy and factcheck, loading the parsing
pipeline and the word-meaning table. ``factcheck serve`` does that once and
then answers the commands that ``factcheck --server SOCKET COMMAND ...`` (or
``FACTCHECK_SERVER=SOCKET``) sends over a Unix socket, one at a time, as
``dmypy`` keeps mypy loaded. Each command runs as it would in the caller's
process: in the caller's working directory, with its terminal width and
colour settings, reading the rules and the articles afresh; its output and
exit code go back to the caller.

The socket is created with permissions 0600 (only its owner can send
commands, which read and write files as the server's user); an existing file
at its path is never replaced, except a socket no server answers on (left by
one that was killed). Restart the server after upgrading factcheck or
rebuilding a named spaCy pipeline: a pipeline is loaded once.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import signal
import socket
import stat
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from .._version import __version__
from ..extract.nlp import load_nlp
from ..knowledge.meaning import table
from ..model.errors import UsageError
from ..pipeline.cache import keep_decoded
from .client import FORWARDED_ENV, MAX_MESSAGE, PROTOCOL
from .common import EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, Subparsers, say

DEFAULT_SOCKET = ".factcheck-cache/server.sock"
DECODED_KEPT = 256  # extractions kept decoded between commands (about 200 KB each)
READ_TIMEOUT = 10.0  # a client that connects and sends nothing does not hold the server


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "serve",
        help="keep factcheck loaded and run the commands sent with 'factcheck --server SOCKET ...'",
        description=(
            "Load factcheck, the parsing pipeline and the word tables once, then run the commands that "
            "'factcheck --server SOCKET COMMAND ...' (or FACTCHECK_SERVER=SOCKET) sends, one at a time, with the "
            "output and exit code they would have. Stops on Ctrl-C, SIGTERM or --idle-timeout."
        ),
    )
    p.add_argument(
        "--socket",
        metavar="PATH",
        default=DEFAULT_SOCKET,
        help=f"the Unix socket to listen on (default: {DEFAULT_SOCKET}, in the project's cache folder)",
    )
    p.add_argument(
        "--nlp",
        metavar="NAME_OR_PATH",
        action="append",
        default=[],
        help="also load this spaCy pipeline at start (repeatable; the shipped one is always loaded)",
    )
    p.add_argument(
        "--idle-timeout",
        type=float,
        metavar="SECONDS",
        default=None,
        help="stop after SECONDS without a command (default: run until stopped)",
    )
    p.set_defaults(func=cmd_serve)


# ----------------------------------------------------------------------------- the socket


def _claim(path: Path) -> None:
    """Make ``path`` free for a new socket without losing anything: a missing
    path is free; a socket no server answers on is removed; anything else is
    an error."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(st.st_mode):
        raise UsageError(
            "the path exists and is not a socket; it is not replaced (choose another --socket)", path=str(path)
        )
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(1.0)
        try:
            probe.connect(str(path))
        except OSError:
            path.unlink()  # left by a server that did not stop cleanly
            return
    raise UsageError("a server already listens on this socket", path=str(path))


def _listen(path: Path) -> socket.socket:
    if path.as_posix() == DEFAULT_SOCKET or path.parent.name == ".factcheck-cache":
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.parent.is_dir():
        raise UsageError("the socket's folder does not exist", path=str(path.parent))
    _claim(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        old = os.umask(0o177)  # the socket is born 0600: no window where others may connect
        try:
            sock.bind(str(path))
        finally:
            os.umask(old)
        sock.listen(8)
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on the socket: {exc.strerror or exc}", path=str(path)) from None
    return sock


# ----------------------------------------------------------------------------- one command


class _Captured(io.StringIO):
    """The command's stdout or stderr, kept for the client; a terminal when
    the client's is (so the report is coloured and sized as it would be)."""

    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty

    @property
    def encoding(self) -> str:  # type: ignore[override]  # StringIO says None; rich asks
        return "utf-8"


@contextlib.contextmanager
def _as_caller(cwd: str, env: dict[str, str]) -> Iterator[None]:
    """The caller's working directory and display settings for one command."""
    saved_cwd = os.getcwd()
    saved_env = {k: os.environ.get(k) for k in FORWARDED_ENV}
    os.chdir(cwd)
    try:
        for k in FORWARDED_ENV:
            if k in env:
                os.environ[k] = env[k]
            else:
                os.environ.pop(k, None)
        yield
    finally:
        os.chdir(saved_cwd)
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _valid(request: Any) -> str | None:
    """Why a request cannot be run, or ``None``."""
    if not isinstance(request, dict) or request.get("protocol") != PROTOCOL:
        return "it speaks another protocol"
    if request.get("version") != __version__:
        return f"it runs factcheck {__version__}, the client {request.get('version')}; restart the server"
    argv, cwd, env = request.get("argv"), request.get("cwd"), request.get("env")
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return "the command line is not a list of strings"
    if next((a for a in argv if not a.startswith("-")), None) == "serve":
        return "a server does not start another"
    if not isinstance(cwd, str) or not os.path.isdir(cwd):
        return "the working directory does not exist here"
    if not isinstance(env, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in env.items()):
        return "the environment is not a mapping of strings"
    return None


#: The command line's entry point (``factcheck.cli.app.main``), which runs one
#: command line and returns its exit code.
Runner = Callable[[Sequence[str]], int]


def run_request(request: Any, main: Runner) -> dict[str, Any]:
    """Run one command as the client asked with ``main``; its exit code and output."""
    why = _valid(request)
    if why is not None:
        return {"refused": why}
    out, err = _Captured(tty=bool(request.get("stdout_tty"))), _Captured(tty=False)
    with _as_caller(request["cwd"], request["env"]), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            rc = main(request["argv"])
        except SystemExit as exc:  # argparse's --help and --version
            rc = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
        except Exception:  # only with --debug does the command line let one through: its traceback
            traceback.print_exc()
            rc = EXIT_INTERNAL
    gc.collect()
    return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue()}


def _read(conn: socket.socket) -> Any:
    conn.settimeout(READ_TIMEOUT)
    data = bytearray()
    while b"\n" not in data:
        chunk = conn.recv(1 << 16)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_MESSAGE:
            return None
    try:
        return json.loads(bytes(data).split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _answer(conn: socket.socket, main: Runner) -> None:
    try:
        request = _read(conn)
    except OSError:
        return
    answer = run_request(request, main)
    with contextlib.suppress(OSError):  # the client went away: nothing to tell
        conn.settimeout(None)
        conn.sendall(json.dumps(answer).encode("utf-8"))


# ----------------------------------------------------------------------------- the command


def warm(nlp_names: list[str]) -> None:
    """Load what every command needs (the parsing pipelines and the word
    tables), and keep decoded extractions between commands."""
    keep_decoded(DECODED_KEPT)
    load_nlp(None)
    for name in nlp_names:
        load_nlp(name)
    table()


class _Stop:
    """SIGINT and SIGTERM stop the server, also in the middle of a command
    (which the command line would otherwise take as its own interruption)."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.asked = True
        raise KeyboardInterrupt


def cmd_serve(args: argparse.Namespace) -> int:
    if not hasattr(socket, "AF_UNIX"):
        raise UsageError("factcheck serve needs Unix sockets, which this system does not have")
    path = Path(args.socket)
    warm(args.nlp)
    sock = _listen(path)
    ident = path.lstat().st_ino
    stop = _Stop()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    say(f"serving factcheck {__version__} on {path}: run 'factcheck --server {path} COMMAND ...'; Ctrl-C stops")
    sys.stderr.flush()
    served = 0
    try:
        sock.settimeout(args.idle_timeout)
        while True:
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                say(f"no command for {args.idle_timeout:g} s; stopping")
                break
            with conn:
                _answer(conn, args.main)
            served += 1
            if stop.asked:
                break
    except KeyboardInterrupt:
        pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
        with contextlib.suppress(OSError):
            if path.lstat().st_ino == ident:  # still ours: remove it
                path.unlink()
    say(f"stopped after {served} command{'s' if served != 1 else ''}")
    return EXIT_OK
