"""``factcheck serve``: keep factcheck loaded and run the commands sent to it.

A check of one new article in a fresh process spends most of its time before
and around the work: importing spaCy and factcheck, loading the parsing
pipeline and the word-meaning table. ``factcheck serve`` does that once and
then answers the commands that ``factcheck --server SOCKET COMMAND ...`` (or
``FACTCHECK_SERVER=SOCKET``) sends over a Unix socket, one at a time, as
``dmypy`` keeps mypy loaded. Each command runs as it would in the caller's
process: in the caller's working directory, with its environment, umask and
terminal size, reading the rules and the articles afresh; its output and
exit code go back to the caller. A request that is not one (garbage, a
client that sends nothing or does not read its answer within a timeout) is
refused or dropped; the server serves on.

The socket is created with permissions 0600 (only its owner can send
commands, which read and write files as the server's user); an existing file
at its path is never replaced, except a socket that refuses connections (left
by a server that was killed; a busy server's is left alone). Restart the server after upgrading factcheck or
rebuilding a named spaCy pipeline: a pipeline is loaded once.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import json
import os
import shutil
import signal
import socket
import stat
import sys
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any

from .._version import __version__
from ..extract.nlp import load_nlp
from ..knowledge.meaning import table
from ..model.errors import UsageError
from ..pipeline.cache import DEFAULT_DIRNAME, keep_decoded, make_folder
from .client import MAX_MESSAGE, PROTOCOL
from .common import AFTER_ANSWER, EXIT_OK, EXIT_USAGE, Subparsers, say

DEFAULT_SOCKET = f"{DEFAULT_DIRNAME}/server.sock"
DECODED_KEPT = 256  # extractions kept decoded between commands (about 200 KB each)
READ_TIMEOUT = 10.0  # a client that connects and sends nothing does not hold the server
SEND_TIMEOUT = 60.0  # nor one that does not read its answer
EXIT_UNCAUGHT = 1


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
        type=_seconds,
        metavar="SECONDS",
        default=None,
        help="stop after SECONDS without a command (default: run until stopped)",
    )
    p.set_defaults(func=cmd_serve)


def _seconds(value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        n = 0.0
    if not n > 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a number of seconds above 0, got '{value}'")
    return n


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
        except ConnectionRefusedError:
            path.unlink()  # nobody listens: left by a server that did not stop cleanly
            return
        except OSError as exc:  # a busy server (its queue full), or no telling: never removed
            raise UsageError(
                f"cannot tell whether a server listens on this socket ({exc.strerror or exc}); it is not removed",
                path=str(path),
            ) from None
    raise UsageError("a server already listens on this socket", path=str(path))


def _listen(path: Path) -> socket.socket:
    if path.parent.name == DEFAULT_DIRNAME:
        try:
            make_folder(path.parent)
        except OSError as exc:
            raise UsageError(
                f"cannot create the socket's folder: {exc.strerror or exc}", path=str(path.parent)
            ) from None
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


class _NoEntry(Exception):
    """The caller's working directory cannot be entered here."""


def _terminal_size(terminal: list[int] | None) -> Callable[..., os.terminal_size]:
    """``shutil.get_terminal_size`` as the caller's process would answer it:
    ``COLUMNS`` and ``LINES`` first, then the caller's terminal, else the
    fallback (never the server's own terminal)."""

    def size(fallback: tuple[int, int] = (80, 24)) -> os.terminal_size:
        dims = list(terminal) if terminal is not None else list(fallback)
        for i, name in enumerate(("COLUMNS", "LINES")):
            value = os.environ.get(name, "")
            if value.isdecimal() and int(value) > 0:
                dims[i] = int(value)
        return os.terminal_size((dims[0], dims[1]))

    return size


@contextlib.contextmanager
def _as_caller(request: dict[str, Any]) -> Iterator[None]:
    """The caller's working directory, environment, umask and terminal size
    for one command, restored afterwards (the server's folder by a handle,
    so that it is found again even if its path no longer works)."""
    here = os.open(".", os.O_RDONLY)
    try:
        try:
            os.chdir(request["cwd"])
        except OSError as exc:
            raise _NoEntry(exc.strerror or str(exc)) from None
        saved_env, saved_size = dict(os.environ), shutil.get_terminal_size
        saved_mask = os.umask(request["umask"])
        try:
            os.environ.clear()
            os.environ.update(request["env"])
            shutil.get_terminal_size = _terminal_size(request.get("terminal"))
            yield
        finally:
            shutil.get_terminal_size = saved_size
            os.umask(saved_mask)
            os.environ.clear()
            os.environ.update(saved_env)
    finally:
        os.fchdir(here)
        os.close(here)


def _encodable(text: str) -> bool:
    """Whether a string can be an environment variable's name or value here."""
    try:
        os.fsencode(text)
        return "\x00" not in text
    except (UnicodeError, ValueError):
        return False


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
    if not isinstance(env, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k and "=" not in k and _encodable(k) and _encodable(v)
        for k, v in env.items()
    ):
        return "the environment is not a mapping of strings a process can hold"
    umask, terminal = request.get("umask"), request.get("terminal")
    if not isinstance(umask, int) or isinstance(umask, bool) or not 0 <= umask <= 0o777:
        return "the umask is not a permission mask"
    if terminal is not None and not (
        isinstance(terminal, list)
        and len(terminal) == 2
        and all(isinstance(n, int) and not isinstance(n, bool) and 0 < n < 100_000 for n in terminal)
    ):
        return "the terminal size is not two positive whole numbers"
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
    try:
        with _as_caller(request), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(request["argv"])
            except SystemExit as exc:  # argparse's --help and --version
                rc = exc.code if isinstance(exc.code, int) else (EXIT_OK if exc.code is None else EXIT_USAGE)
            except Exception:  # only with --debug does the command line let one through: its traceback
                traceback.print_exc()
                rc = EXIT_UNCAUGHT  # as Python exits on an uncaught exception
    except _NoEntry as exc:
        return {"refused": f"cannot enter the working directory here: {exc}"}
    return {"rc": rc, "stdout": out.getvalue(), "stderr": err.getvalue()}


def _read(conn: socket.socket) -> Any:
    """The request: one line of JSON, read within :data:`READ_TIMEOUT` in all."""
    deadline = time.monotonic() + READ_TIMEOUT
    data = bytearray()
    while b"\n" not in data:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        conn.settimeout(left)
        chunk = conn.recv(1 << 16)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_MESSAGE:
            return None
    try:
        return json.loads(bytes(data).split(b"\n", 1)[0].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # (JSONDecodeError is a ValueError)
        return None


def _answer(conn: socket.socket, main: Runner) -> None:
    """Read one request, run it and send the answer; nothing a client sends
    or fails to read stops the server."""
    try:
        request = _read(conn)
    except OSError:
        return  # the client went away or sent nothing in time
    try:
        answer = run_request(request, main)
    except Exception as exc:  # a bug: the server says so and serves on
        say(f"internal error on a request: {type(exc).__name__}: {exc}")
        answer = {"refused": f"the server failed on it ({type(exc).__name__})"}
    with contextlib.suppress(OSError):  # the client went away, or does not read: nothing to tell
        conn.settimeout(SEND_TIMEOUT)
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
    # what is loaded now lives as long as the server: the collector need not walk it after every command
    gc.collect()
    gc.freeze()


class _Stop:
    """SIGINT and SIGTERM stop the server, also in the middle of a command
    (which the command line would otherwise take as its own interruption)."""

    def __init__(self) -> None:
        self.asked = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.asked = True
        raise KeyboardInterrupt


def _after_answer() -> None:
    """What the command left for after its answer (the cache's commit); a
    failure there is told, and the server serves on."""
    try:
        AFTER_ANSWER.run()
    except Exception as exc:
        AFTER_ANSWER.jobs.clear()
        say(f"internal error after a request: {type(exc).__name__}: {exc}")


def cmd_serve(args: argparse.Namespace) -> int:
    if not hasattr(socket, "AF_UNIX"):
        raise UsageError("factcheck serve needs Unix sockets, which this system does not have")
    path = Path(args.socket)
    sock = _listen(path)  # first: a bad socket path is told before the pipeline loads
    ident = path.lstat().st_ino
    stop = _Stop()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    served = 0
    AFTER_ANSWER.served = True  # the jobs a command leaves run once its client has the answer
    try:
        warm(args.nlp)  # (clients that connect meanwhile wait in the queue)
        say(f"serving factcheck {__version__} on {path}: run 'factcheck --server {path} COMMAND ...'; Ctrl-C stops")
        sys.stderr.flush()
        sock.settimeout(args.idle_timeout)
        while True:
            try:
                conn, _ = sock.accept()
            except TimeoutError:
                say(f"no command for {args.idle_timeout:g} s; stopping")
                break
            with conn:
                _answer(conn, args.main)
            _after_answer()  # once the client has its answer (the connection closed): its wait is over
            gc.collect()  # nor is the command's garbage its wait
            served += 1
            if stop.asked:
                break
    except KeyboardInterrupt:
        pass
    finally:  # (also when loading a pipeline fails: the error is the command line's to tell)
        _after_answer()  # a command interrupted by the stop
        AFTER_ANSWER.served = False
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        sock.close()
        with contextlib.suppress(OSError):
            if path.lstat().st_ino == ident:  # still ours: remove it
                path.unlink()
    say(f"stopped after {served} command{'s' if served != 1 else ''}")
    return EXIT_OK
