"""The client of ``factcheck serve``: send one command to a running server.

``factcheck --server SOCKET COMMAND ...`` (or ``FACTCHECK_SERVER=SOCKET``)
hands the command line, the working directory, the environment, the umask
and the terminal's size to the server listening on the Unix socket SOCKET, and prints what it answers:
the same output and exit code as the command run here, without importing
spaCy, loading the parsing pipeline and the word tables, or reading the
claims index's corpus-wide tables again. When no server answers (none
started, a stale socket, another factcheck version), the command runs in
this process, with a one-line note.

This module uses the standard library only, and the package is imported
lazily, so that a served command costs an interpreter start and one round
trip.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys
from collections.abc import Sequence

from .._version import __version__

SERVER_ENV = "FACTCHECK_SERVER"
SERVER_OPTION = "--server"
PROTOCOL = 2
CONNECT_TIMEOUT = 2.0
MAX_MESSAGE = 64 * 1024 * 1024
EXIT_INTERRUPTED = 130


def split_server(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """The server socket named by ``--server SOCKET`` or ``--server=SOCKET``
    before the command (else by ``FACTCHECK_SERVER``), and the command line
    without that option. The ``serve`` command itself is never sent."""
    args = list(argv)
    server: str | None = None
    rest: list[str] = []
    i = 0
    while i < len(args):
        a = args[i]
        if not a.startswith("-"):  # the command: what follows is its own
            rest.extend(args[i:])
            break
        if a == SERVER_OPTION and i + 1 < len(args):
            server = args[i + 1]
            i += 2
            continue
        if a.startswith(SERVER_OPTION + "="):
            server = a.split("=", 1)[1]
            i += 1
            continue
        rest.append(a)
        i += 1
    if server is None:
        server = os.environ.get(SERVER_ENV) or None
    command = next((a for a in rest if not a.startswith("-")), None)
    if command in (None, "serve"):
        return None, list(argv)
    return server, rest


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def request_of(argv: Sequence[str], *, stdout_tty: bool) -> dict:
    """What is sent: the command line and everything a command run here would
    see of its process: the working directory, the environment (git's
    variables, ``NO_COLOR``, ``COLUMNS``...), the umask files are written
    with, and the terminal's size when standard output is one."""
    size = shutil.get_terminal_size((80, 24)) if stdout_tty else None
    return {
        "protocol": PROTOCOL,
        "version": __version__,
        "argv": list(argv),
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "umask": _umask(),
        "stdout_tty": stdout_tty,
        "terminal": [size.columns, size.lines] if size is not None else None,
    }


def ask(path: str, request: dict) -> dict | str:
    """The server's answer, or why there is none (a one-line reason)."""
    if not hasattr(socket, "AF_UNIX"):
        return "this system has no Unix sockets"
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(CONNECT_TIMEOUT)
            sock.connect(path)
            sock.settimeout(None)  # a check takes what it takes
            sock.sendall(json.dumps(request).encode("utf-8") + b"\n")
            sock.shutdown(socket.SHUT_WR)
            chunks: list[bytes] = []
            size = 0
            while chunk := sock.recv(1 << 16):
                chunks.append(chunk)
                size += len(chunk)
                if size > MAX_MESSAGE:
                    return "the server's answer is too large"
    except FileNotFoundError:
        return f"no server at {path}"
    except ConnectionRefusedError:
        return f"no server answers at {path} (a stale socket?)"
    except OSError as exc:
        return f"cannot reach the server at {path}: {exc.strerror or exc}"
    try:
        answer = json.loads(b"".join(chunks).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return f"the server at {path} gave no answer (it may have stopped)"
    if not isinstance(answer, dict):
        return f"the server at {path} gave an answer this client cannot read"
    if "refused" in answer:
        return f"the server at {path} refused the command: {answer['refused']}"
    if not isinstance(answer.get("rc"), int):
        return f"the server at {path} gave an answer this client cannot read"
    return answer


def served(argv: Sequence[str]) -> int | None:
    """Run the command on the server it names and return its exit code, or
    ``None`` when it names none or none can run it (then the caller runs it
    here; a note on stderr says why)."""
    server, rest = split_server(argv)
    if server is None:
        return None
    try:
        answer = ask(server, request_of(rest, stdout_tty=sys.stdout.isatty()))
    except KeyboardInterrupt:  # as a command run here says it (the server finishes the command)
        print("factcheck: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if isinstance(answer, str):
        print(f"factcheck: note: {answer}; running the command in this process", file=sys.stderr)
        return None
    try:
        sys.stderr.write(str(answer.get("stderr", "")))
        sys.stderr.flush()
        sys.stdout.write(str(answer.get("stdout", "")))
        sys.stdout.flush()
    except BrokenPipeError:  # "factcheck ... | head": as a command run here
        return 0
    return int(answer["rc"])
