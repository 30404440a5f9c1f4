"""``factcheck serve`` and ``factcheck --server SOCKET ...``: a command sent to
a running server gives the output and exit code it gives when run here."""

from __future__ import annotations

import json
import os
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, write_article

from factcheck.cli import main
from factcheck.cli.app import main as run_here
from factcheck.cli.client import PROTOCOL, request_of, split_server
from factcheck.cli.serve import _claim, run_request
from factcheck.model.errors import UsageError

pytestmark = pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets")


def _short_dir() -> Path:
    """A folder with a short path: a Unix socket path has at most about 100 bytes."""
    return Path(tempfile.mkdtemp(prefix="fcs-"))


# ----------------------------------------------------------------------------- the client's command line


def test_split_server_takes_the_option_before_the_command(monkeypatch):
    monkeypatch.delenv("FACTCHECK_SERVER", raising=False)
    assert split_server(["--server", "s.sock", "run", "a/"]) == ("s.sock", ["run", "a/"])
    assert split_server(["--server=s.sock", "--debug", "check", "n.md"]) == ("s.sock", ["--debug", "check", "n.md"])
    # after the command, --server is the command's own argument (and an error there)
    assert split_server(["run", "--server", "s.sock"]) == (None, ["run", "--server", "s.sock"])
    assert split_server(["run", "a/"]) == (None, ["run", "a/"])


def test_split_server_reads_the_environment_and_never_sends_serve(monkeypatch):
    monkeypatch.setenv("FACTCHECK_SERVER", "env.sock")
    assert split_server(["run", "a/"]) == ("env.sock", ["run", "a/"])
    assert split_server(["serve", "--socket", "x.sock"])[0] is None
    assert split_server(["--server", "s.sock", "serve"])[0] is None
    assert split_server(["--version"])[0] is None  # no command: nothing to send


def test_request_carries_the_callers_directory_and_display(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("COLUMNS", raising=False)
    req = request_of(["run", "a/"], stdout_tty=True)
    assert req["cwd"] == os.getcwd() and req["argv"] == ["run", "a/"] and req["protocol"] == PROTOCOL
    assert req["env"] == dict(os.environ) and req["env"]["NO_COLOR"] == "1"
    assert isinstance(req["umask"], int) and len(req["terminal"]) == 2  # a terminal's size is sent
    assert request_of(["run", "a/"], stdout_tty=False)["terminal"] is None


# ----------------------------------------------------------------------------- one command, in this process


def test_run_request_gives_the_local_output_and_exit_code(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_article(folder, "a", "The bridge opened on March 3, 2025, officials said.", "2025-03-04")
    code = main(["run", "corpus", "--format", "json", "--no-config"])
    local = capsys.readouterr().out
    monkeypatch.chdir(ROOT)  # the server runs elsewhere; the request says where the caller is
    answer = run_request(
        {**request_of(["run", "corpus", "--format", "json", "--no-config"], stdout_tty=False), "cwd": str(tmp_path)},
        run_here,
    )
    assert answer["rc"] == code == 0
    assert answer["stdout"] == local
    assert json.loads(answer["stdout"])["articles"][0]["id"] == "a"
    assert os.getcwd() == str(ROOT)  # and its own directory is restored


def test_run_request_refuses_what_it_cannot_run(tmp_path):
    base = request_of(["run", str(tmp_path)], stdout_tty=False)
    assert "restart the server" in run_request({**base, "version": "0.0.0-other"}, run_here)["refused"]
    assert "protocol" in run_request({**base, "protocol": PROTOCOL + 1}, run_here)["refused"]
    assert "another" in run_request({**base, "argv": ["serve"]}, run_here)["refused"]
    assert "working directory" in run_request({**base, "cwd": str(tmp_path / "gone")}, run_here)["refused"]
    assert "list of strings" in run_request({**base, "argv": "run x"}, run_here)["refused"]


def test_usage_errors_and_help_come_back_with_their_exit_codes(tmp_path):
    base = request_of([], stdout_tty=False)
    answer = run_request({**base, "argv": ["run", str(tmp_path / "nope")]}, run_here)
    assert (
        answer["rc"] == 2 and answer["stderr"].startswith("factcheck: error: ") and "Traceback" not in answer["stderr"]
    )
    answer = run_request({**base, "argv": ["check", "--help"]}, run_here)
    assert answer["rc"] == 0 and "--corpus" in answer["stdout"]


# ----------------------------------------------------------------------------- the socket


def test_an_existing_file_is_never_replaced_by_the_socket():
    folder = _short_dir()
    try:
        path = folder / "server.sock"
        path.write_text("someone's notes", encoding="utf-8")
        with pytest.raises(UsageError, match="not a socket"):
            _claim(path)
        assert path.read_text(encoding="utf-8") == "someone's notes"
    finally:
        shutil.rmtree(folder)


def test_a_socket_no_server_answers_on_is_reclaimed():
    folder = _short_dir()
    try:
        path = folder / "server.sock"
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.bind(str(path))  # bound, never listening: what a killed server leaves
        _claim(path)
        assert not path.exists()
    finally:
        shutil.rmtree(folder)


def test_without_a_server_the_command_runs_here_with_a_note(capsys, tmp_path):
    code = main(["--server", str(tmp_path / "none.sock"), "run", str(ROOT / "seeds"), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and "FC101" in out
    assert "no server at" in err and "running the command in this process" in err


# ----------------------------------------------------------------------------- a real server


@pytest.fixture(scope="module")
def server() -> Iterator[Path]:
    folder = _short_dir()
    sock = folder / "s.sock"
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--socket", str(sock), "--idle-timeout", "300"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not sock.exists():
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        yield sock
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
        shutil.rmtree(folder, ignore_errors=True)
    assert "serving factcheck" in err and "stopped after" in err
    assert not sock.exists()  # it removes its socket


def test_served_check_equals_the_local_check(server, capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "a", "The Harlow Bridge opened on March 3, 2025, the council said.", "2025-03-04")
    write_article(corpus, "b", "The council said 120 workers built the Harlow Bridge.", "2025-03-04")
    new = write_article(corpus, "c", "The Harlow Bridge opened on March 5, 2025, the council said.", "2025-03-06")
    for fmt in ("json", "text"):
        argv = ["check", str(new), "--corpus", str(corpus), "--format", fmt, "--no-config", "--no-cache"]
        local_code = main(argv)
        local = capsys.readouterr()
        served_code = main(["--server", str(server), *argv])
        served = capsys.readouterr()
        assert "running the command in this process" not in served.err
        assert (served_code, served.out, served.err) == (local_code, local.out, local.err)
    assert json.loads(main_json(server, new, corpus, capsys))["articles"]
    assert stat.S_IMODE(server.stat().st_mode) == 0o600


def main_json(server: Path, new: Path, corpus: Path, capsys) -> str:
    main(["--server", str(server), "check", str(new), "--corpus", str(corpus), "--format", "json", "--no-config"])
    return capsys.readouterr().out


def test_the_server_starts_no_second_server_on_its_socket(server):
    with pytest.raises(UsageError, match="already listens"):
        _claim(server)


def test_the_client_imports_nothing_heavy():
    """A served command costs an interpreter start: the client's imports load
    neither spaCy nor the pipeline, and the package's names still resolve."""
    probe = (
        "import sys, factcheck, factcheck.cli.client\n"
        "heavy = sorted(m for m in ('spacy', 'pydantic', 'factcheck.pipeline', 'rich') if m in sys.modules)\n"
        "print(heavy)\n"
        "assert all(getattr(factcheck, n) is not None for n in factcheck.__all__)\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["[]", "True"]


# ----------------------------------------------------------------------------- what a server keeps


def test_decoded_extractions_are_kept_only_when_asked_and_only_while_stored(tmp_path, ruleset):
    from factcheck.ingest.loader import load_article
    from factcheck.pipeline import cache as cache_mod
    from factcheck.pipeline.core import extract_article

    path = write_article(tmp_path, "a", "The council said 120 workers built the Harlow Bridge.", "2025-03-04")
    article = load_article(path)
    store = cache_mod.SQLiteCache(tmp_path / "c.sqlite")
    try:
        store.put(extract_article(article, ruleset), ruleset)
        sha = article.digest()
        first, second = store.load("a", sha, ruleset), store.load("a", sha, ruleset)
        assert first is not None and first == second and first is not second  # by default, decoded each time
        cache_mod.keep_decoded(4)
        kept = store.load("a", sha, ruleset)
        assert store.load("a", sha, ruleset) is kept  # kept between commands
        assert store.connection is not None
        store.connection.execute("DELETE FROM extractions")
        assert store.load("a", sha, ruleset) is None  # never given once the store no longer holds it
    finally:
        cache_mod.keep_decoded(0)
        store.close()


# ----------------------------------------------------------------------------- the caller's process, and bad requests


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    write_article(folder, "a", "The Harlow Bridge opened on March 3, 2025, the council said.", "2025-03-04")
    write_article(folder, "b", "The Harlow Bridge opened on March 5, 2025, the council said.", "2025-03-06")
    return folder


def test_a_command_runs_with_the_callers_environment_umask_and_terminal(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path)
    monkeypatch.chdir(ROOT)
    before = dict(os.environ)
    base = {**request_of(["run", str(corpus), "--no-config"], stdout_tty=True), "cwd": str(tmp_path)}
    narrow = run_request({**base, "terminal": [70, 24], "env": {"TERM": "xterm"}}, run_here)
    assert narrow["rc"] == 0 and "\x1b[" in narrow["stdout"]  # a terminal: coloured
    assert max(len(line) for line in narrow["stdout"].splitlines()) > 40
    plain = run_request({**base, "terminal": [70, 24], "env": {"TERM": "xterm", "NO_COLOR": "1"}}, run_here)
    assert "\x1b[" not in plain["stdout"] and max(len(line) for line in plain["stdout"].splitlines()) <= 70
    # -o FILE: the file a run here writes (its width, not the terminal's), with the caller's umask
    out = run_request({**base, "argv": [*base["argv"], "-o", "r.txt"], "umask": 0o077, "terminal": [70, 24]}, run_here)
    assert out["rc"] == 0 and stat.S_IMODE((tmp_path / "r.txt").stat().st_mode) == 0o600
    assert dict(os.environ) == before and os.getcwd() == str(ROOT)
    mask = os.umask(0o022)
    os.umask(mask)
    assert mask != 0o077 and shutil.get_terminal_size((81, 25)) != os.terminal_size((70, 24))
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COLUMNS", raising=False)
    assert main(["run", str(corpus), "--no-config", "-o", "here.txt"]) == 0
    assert (tmp_path / "r.txt").read_bytes() == (tmp_path / "here.txt").read_bytes()


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"env": {"COLUMNS": "8\x000"}}, "environment"),
        ({"env": {"TERM": "\ud800"}}, "environment"),
        ({"env": {"": "x"}}, "environment"),
        ({"umask": -1}, "umask"),
        ({"umask": "022"}, "umask"),
        ({"terminal": [0, 24]}, "terminal"),
        ({"terminal": "80x24"}, "terminal"),
    ],
)
def test_a_request_the_process_cannot_take_is_refused(tmp_path, change, why):
    base = request_of(["run", str(tmp_path)], stdout_tty=False)
    assert why in run_request({**base, **change}, run_here)["refused"]


def test_garbage_on_the_socket_gets_an_answer_and_the_server_serves_on():
    from factcheck.cli.serve import _answer

    for garbage in (b"[" * 200_000 + b"\n", b"\xff\xfe\n", b"{}\n", b'"run"\n'):
        server_side, client_side = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
        with server_side, client_side:
            client_side.sendall(garbage)
            client_side.shutdown(socket.SHUT_WR)
            _answer(server_side, run_here)  # never raises
            server_side.shutdown(socket.SHUT_WR)
            answer = json.loads(client_side.recv(1 << 16).decode("utf-8"))
        assert "protocol" in answer["refused"]


def test_help_is_wrapped_for_the_caller_never_for_the_servers_terminal(tmp_path, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    base = {**request_of(["check", "--help"], stdout_tty=False), "env": {}}
    monkeypatch.setattr(shutil, "get_terminal_size", lambda fallback=(80, 24): os.terminal_size((200, 50)))
    narrow = run_request(base, run_here)["stdout"]  # not a terminal: the fallback width, as a local run
    assert max(len(line) for line in narrow.splitlines()) <= 80
    wide = run_request({**base, "env": {"COLUMNS": "150"}}, run_here)["stdout"]
    assert max(len(line) for line in wide.splitlines()) > 80


def test_a_working_directory_that_cannot_be_entered_is_refused_and_the_servers_own_is_kept(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    base = request_of(["rules"], stdout_tty=False)
    gone.rmdir()  # the server's own folder disappears, and the caller's too
    answer = run_request({**base, "cwd": str(tmp_path)}, run_here)
    assert answer["rc"] == 0 and "FC001" in answer["stdout"]  # the command runs in the caller's folder all the same
    monkeypatch.setattr(os, "chdir", lambda p: (_ for _ in ()).throw(PermissionError(13, "Permission denied")))
    assert "cannot enter the working directory" in run_request({**base, "cwd": str(tmp_path)}, run_here)["refused"]
