"""Benchmark ``factcheck check``: one new article against a large corpus, on the claims index.

The corpus is the one of ``bench_corpus.py``: TempEval-3 silver (2,452 dated
wire stories, ``tempeval3/silver/*/*.tml``, tags stripped, the document
creation time as ``published:``) and the 982 ECB+ articles
(``ecbplus/ecbplus_docs.jsonl``, dated from the URL where it holds a date),
3,434 articles, read from ``../shared/data`` (or ``FACTCHECK_DATA``) and
written on the fly as ``.md`` files into a scratch folder; nothing is copied
into the repository.

The new article is a rewrite of one corpus story with one figure changed (the
conflict FC003 exists to catch), so the check has something to find.

Figures printed:

* cold: ``check`` with an empty cache: every article read, extracted and
  stored with its index rows (in this process; extraction in worker processes);
* warm: ``check`` of the new article against the warm cache (a new version
  of it each run, so it is parsed; ``--unchanged`` checks the cached one), each run in a
  fresh process (``python -c 'from factcheck.cli import main; ...'``), run
  ``--runs`` times: the median wall time, the same minus the median start-up
  of a bare interpreter (``python -c pass``), the time of the check itself
  inside the process (after its imports), its CPU time (with and without the
  imports: less sensitive than wall time to other jobs on the machine), and
  the process's peak memory (``VmHWM``);
* the verbose summary of a warm run (what came from the cache, how many
  articles the claims index had compared), the findings, the cache file size.

``--server`` runs the warm checks through ``factcheck serve``: a server is
started on a socket beside the cache (its start and one first check are not
timed), and each warm run is a fresh client process (``factcheck --server
SOCKET check ...``), timed the same way; the server's peak memory is printed
too.

``--keep DIR`` keeps the corpus and the cache in DIR and reuses them: the
cold build (minutes) runs once, later runs time the warm check only.

Usage::

    python benchmarks/bench_check.py                     # 3,434 articles
    python benchmarks/bench_check.py --keep /tmp/fc-bench --runs 7
    python benchmarks/bench_check.py --keep /tmp/fc-bench --server
    python benchmarks/bench_check.py --quick             # CI smoke: 50 articles
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, dump_json, machine, machine_line  # noqa: E402

NUMBER_RX = re.compile(r"(?<![\d.,])(\d{2,4})(?![\d.,]\d)(?=\s+[a-z])")
QUICK_ARTICLES = 50

#: A warm check in a fresh process: prints its wall time after imports and its peak memory (VmHWM, in kB:
#: ru_maxrss would carry the high-water mark of the benchmark process it was forked from) on stderr.
CHILD = """
import re, sys, time
from factcheck.cli import main
t0, c0 = time.perf_counter(), time.process_time()
code = main(sys.argv[1:])
took, cpu = time.perf_counter() - t0, time.process_time() - c0
with open("/proc/self/status", encoding="ascii") as fh:
    peak = re.search(r"VmHWM:\\s*(\\d+)", fh.read()).group(1)
print(f"BENCH {took:.4f} {peak} {cpu:.4f} {time.process_time():.4f}", file=sys.stderr)
sys.exit(code)
"""


def write_corpus(dest: Path, limit: int | None) -> tuple[int, int]:
    """The articles of bench_corpus.py as .md files (front matter when dated)."""
    import bench_corpus

    items = bench_corpus.sources()
    arts = bench_corpus.load(items[:limit] if limit else items)
    chars = 0
    for a in arts:
        head = f"---\npublished: {a.published.isoformat()}\n---\n" if a.published else ""
        text = head + a.text
        (dest / f"{a.id}.md").write_text(text, encoding="utf-8")
        chars += len(text)
    return len(arts), chars


def new_article(corpus: Path) -> str:
    """A rewrite of one dated corpus story with one figure changed."""
    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        body_at = text.index("---\n", 4) + 4
        m = NUMBER_RX.search(text, body_at)
        if m:
            changed = text[: m.start()] + str(int(m.group(1)) + 7) + text[m.end() :]
            return changed.replace("---\n", "---\noutlet: Benchmark Wire\n", 1)
    raise SystemExit("no dated corpus article with a figure to change")


def check_argv(new: Path, corpus: Path, cache: Path) -> list[str]:
    return ["check", str(new), "--corpus", str(corpus), "--cache", str(cache), "--format", "json"]


def cold(argv: list[str]) -> tuple[float, str]:
    from factcheck import cli

    out, err = io.StringIO(), io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        cli.main([*argv, "--fail-on", "never", "-v"])
    return time.perf_counter() - t0, err.getvalue().strip().splitlines()[-1]


def warm(argv: list[str], server: Path | None = None) -> dict:
    via = ["--server", str(server)] if server is not None else []
    t0 = time.perf_counter()
    res = subprocess.run(
        [sys.executable, "-c", CHILD, *via, *argv, "--fail-on", "never", "-v"], capture_output=True, text=True, cwd=REPO
    )
    wall = time.perf_counter() - t0
    lines = res.stderr.strip().splitlines()
    bench = next((x for x in lines if x.startswith("BENCH ")), None)
    if res.returncode != 0 or bench is None or "running the command in this process" in res.stderr:
        raise SystemExit(f"warm check failed ({res.returncode}):\n{res.stderr[-2000:]}")
    _, took, rss, cpu, cpu_all = bench.split()
    summary = next((x for x in lines if "cache " in x and "hit" in x), "")
    findings = sorted(f["rule"] for f in json.loads(res.stdout)["findings"])
    return {
        "wall": wall,
        "in_process": float(took),
        "cpu": float(cpu),
        "cpu_with_imports": float(cpu_all),
        "maxrss_mib": int(rss) / 1024,
        "summary": summary.replace("factcheck: ", ""),
        "findings": findings,
    }


@contextlib.contextmanager
def serving(socket_path: Path, argv: list[str]) -> Iterator[subprocess.Popen]:
    """A ``factcheck serve`` on ``socket_path``, answering once before it is timed."""
    if socket_path.is_socket():  # one a killed run left (the benchmark's own folder)
        socket_path.unlink()
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "serve", "--socket", str(socket_path)],
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while not socket_path.exists():
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"factcheck serve did not start: {proc.stderr.read() if proc.stderr else ''}")
            time.sleep(0.1)
        warm(argv, socket_path)  # the server's first check (its caches) is not timed
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def peak_of(pid: int) -> float:
    """A running process's peak memory (VmHWM) in MiB."""
    status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    m = re.search(r"VmHWM:\s*(\d+)", status)
    return int(m.group(1)) / 1024 if m else float("nan")


def startup(runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"CI smoke run: {QUICK_ARTICLES} articles, 2 warm runs")
    ap.add_argument("--runs", type=int, default=5, help="warm runs (default 5)")
    ap.add_argument("--keep", metavar="DIR", help="keep (and reuse) the corpus and the cache in DIR")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument(
        "--unchanged",
        action="store_true",
        help="check the same new article each warm run (already in the cache: no parse) instead of a new version",
    )
    ap.add_argument(
        "--server", action="store_true", help="run the warm checks through 'factcheck serve' (a client process each)"
    )
    ap.add_argument(
        "--pause",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="wait this long before each warm run (with --server: the server has finished what it does after "
        "answering the last one, so each check is timed as one arriving at an idle server)",
    )
    args = ap.parse_args(argv)
    runs = 2 if args.quick else args.runs

    with contextlib.ExitStack() as stack:
        base = Path(args.keep) if args.keep else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fc-")))
        corpus, cache = base / "corpus", base / "cache.sqlite"
        new = base / "new-article.md"
        result: dict = {"benchmark": "check", "quick": args.quick}
        if not cache.exists():
            corpus.mkdir(parents=True, exist_ok=True)
            t0 = time.perf_counter()
            n, chars = write_corpus(corpus, QUICK_ARTICLES if args.quick else None)
            result["corpus"] = {"articles": n, "characters": chars, "written_s": round(time.perf_counter() - t0, 1)}
            new.write_text(new_article(corpus), encoding="utf-8")
            took, summary = cold(check_argv(new, corpus, cache))
            result["cold"] = {"seconds": round(took, 1), "summary": summary.replace("factcheck: ", "")}
        else:
            result["corpus"] = {"articles": sum(1 for _ in corpus.glob("*.md")), "reused": str(base)}
        boot = startup(max(3, runs))
        text = new.read_text(encoding="utf-8")
        warms = []
        sock = base / "server.sock" if args.server else None
        server = stack.enter_context(serving(sock, check_argv(new, corpus, cache))) if sock is not None else None
        for i in range(runs):
            if not args.unchanged:  # a new version each run: parsed and indexed, as a new article is
                new.write_text(text + f"\nThis story was updated ({i + 1}).\n", encoding="utf-8")
            time.sleep(args.pause)
            warms.append(warm(check_argv(new, corpus, cache), sock))
        new.write_text(text, encoding="utf-8")
        wall = statistics.median(w["wall"] for w in warms)
        result["warm"] = {
            "runs": runs,
            "new_article": "unchanged (cached)" if args.unchanged else "a new version each run (parsed)",
            "median_wall_s": round(wall, 3),
            "interpreter_startup_s": round(boot, 3),
            "median_beyond_startup_s": round(wall - boot, 3),
            "median_in_process_s": round(statistics.median(w["in_process"] for w in warms), 3),
            "median_cpu_s": round(statistics.median(w["cpu"] for w in warms), 3),
            "median_cpu_with_imports_s": round(statistics.median(w["cpu_with_imports"] for w in warms), 3),
            "peak_rss_mib": round(max(w["maxrss_mib"] for w in warms), 1),
            "server_peak_rss_mib": round(peak_of(server.pid), 1) if server is not None else None,
            "summary": warms[-1]["summary"],
            "findings": warms[-1]["findings"],
        }
        result["cache_mb"] = round(cache.stat().st_size / 1e6, 1)
        result["machine"] = machine()
    if args.json:
        dump_json(result)
        return 0
    c = result["corpus"]
    print(
        f"corpus: {c['articles']} articles"
        + (f", {c['characters'] / 1e6:.1f}M characters" if "characters" in c else "")
    )
    if "cold" in result:
        print(f"check, cold cache : {result['cold']['seconds']:8.1f}s  {result['cold']['summary']}")
    w = result["warm"]
    print(
        f"check, warm cache : median {w['median_wall_s']:.3f}s wall over {w['runs']} fresh processes;"
        f" {w['median_beyond_startup_s']:.3f}s beyond interpreter start-up ({w['interpreter_startup_s']:.3f}s);"
        f" {w['median_in_process_s']:.3f}s inside the process after imports ({w['median_cpu_s']:.3f}s CPU;"
        f" {w['median_cpu_with_imports_s']:.3f}s CPU with the imports); peak {w['peak_rss_mib']:.0f} MiB"
    )
    if w["server_peak_rss_mib"] is not None:
        print(
            f"  through 'factcheck serve' (a client process each run); server peak {w['server_peak_rss_mib']:.0f} MiB"
        )
    print(f"  new article: {w['new_article']}; {w['summary']}")
    print(f"  new findings: {', '.join(w['findings']) or 'none'}")
    print(f"cache file: {result['cache_mb']} MB")
    print(f"  {machine_line(result['machine'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
