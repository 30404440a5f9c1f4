"""Speed: articles per second end to end, peak memory, and how the cost grows.

Corpus: TempEval-3 silver (2,452 dated newswire articles, 1997-1998 AFP/APW/
NYT/XIE; ``tempeval3/silver/*/*.tml``: the text of ``<TEXT>`` with its tags
stripped, the publication date from ``<DCT>``) plus the 982 ECB+ articles
(``ecbplus/ecbplus_docs.jsonl``; dated from the URL where it holds a date).

End to end = load (read and parse the files, build the articles in memory)
+ extract every article + analyse them all together as one corpus, with the
full rule set. The run is repeated on 25 %, 50 % and 100 % of the corpus (a
fixed shuffle, so each share holds the smaller ones and mixes both sources),
each in a fresh process so that memory and caches start cold; the ratios of
the costs show whether the cost grows linearly (2.0 per doubling).

Beyond the corpus, ``--scale 4 16`` runs 4x and 16x the corpus: every article
repeated with its id changed (``-x2``, ``-x3``...), so extraction does the
work of a corpus that size; each story is then told k times over, as wire copy
republished by k outlets, whose verbatim sentences the engine pairs once
(``factcheck.engine.align``, verbatim twins). ``--scale-of 0.25`` repeats the
25 % share instead of the whole corpus. The growth exponent of each step is
log(time ratio) / log(size ratio): 1.0 is linear.

Each size runs twice: locally (``factcheck run``'s path,
``factcheck.pipeline.streamed``: one worker process per core for a batch this
size, extractions streamed into a claims index in a temporary folder, then the
analysis in this process, key group by key group) and on a Dask
``LocalCluster`` of ``--workers`` worker processes (``factcheck.pipeline.dask``:
extraction, claims and alignment on the workers, the rest on the client; the
cluster's start-up is not timed). ``--local-only`` / ``--dask-only`` run one
of the two; ``--in-memory`` adds the in-memory local path (``extract_all`` then
``analyse``, every extraction held), as a third mode ``memory``.

Peak memory is the maximum resident set size (``getrusage``) of the main
process and of its largest worker (an extraction process, or a Dask worker);
CPU seconds add the workers' to the main process's. ``--tracemalloc`` also
reports the peak of Python allocations (slower). ``--profile`` runs cProfile
over the full corpus, locally, and prints the top functions.

Usage::

    python benchmarks/bench_corpus.py             # 25/50/100 %, local and Dask, one process each
    python benchmarks/bench_corpus.py --scale 4 16   # and 4x, 16x the corpus
    python benchmarks/bench_corpus.py --fractions 0.25 --scale 4 16 --scale-of 0.25   # 25 %, then it 4x and 16x
    python benchmarks/bench_corpus.py --dask-only --fractions 0.25 0.5   # some shares, on the cluster only
    python benchmarks/bench_corpus.py --quick     # 120 articles, in this process; Dask at 100 % only
    python benchmarks/bench_corpus.py --json
    python benchmarks/bench_corpus.py --profile 25   # top 25 functions
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import json
import math
import random
import re
import resource
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, article, dump_json, machine, machine_line, require  # noqa: E402

FRACTIONS = (0.25, 0.5, 1.0)
QUICK_ARTICLES = 120
WORKERS = 2
SEED = 20250430

_DCT = re.compile(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TAG = re.compile(r"<[^>]+>")


# --------------------------------------------------------------------------- the corpus


def sources() -> list[tuple[str, Path, int | None]]:
    """What to load, in a fixed shuffled order: ("tml", path, None) for a
    TempEval-3 silver file, ("ecb", jsonl path, line number) for an ECB+ article."""
    silver = require("tempeval3", "silver")
    ecb = require("ecbplus", "ecbplus_docs.jsonl")
    items: list[tuple[str, Path, int | None]] = [("tml", p, None) for p in sorted(silver.glob("*/*.tml"))]
    n_ecb = sum(1 for line in ecb.read_text(encoding="utf-8").splitlines() if line.strip())
    items += [("ecb", ecb, i) for i in range(n_ecb)]
    random.Random(SEED).shuffle(items)
    return items


def load(items: list[tuple[str, Path, int | None]]) -> list:
    """Read and parse the files: articles in memory, nothing written."""
    from eval_ecbplus import url_date

    arts = []
    ecb_lines: dict[Path, list[str]] = {}
    for kind, path, line in items:
        if kind == "tml":
            raw = path.read_text(encoding="utf-8")
            m = _DCT.search(raw)
            body = _TEXT.search(raw)
            text = html.unescape(_TAG.sub("", body.group(1) if body else raw)).strip() + "\n"
            arts.append(article(path.stem, text, date.fromisoformat(m.group(1)) if m else None))
        else:
            if path not in ecb_lines:
                ecb_lines[path] = [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
            r = json.loads(ecb_lines[path][line])
            arts.append(article(r["doc"].removesuffix(".xml"), r["text"], url_date(r.get("source_url"))))
    return arts


def scaled(arts: list, scale: int) -> list:
    """The articles repeated ``scale`` times, each copy with its own id."""
    out = list(arts)
    for k in range(2, scale + 1):
        out += [a.model_copy(update={"id": f"{a.id}-x{k}", "path": f"{a.path}-x{k}"}) for a in arts]
    return out


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _worker_usage() -> tuple[float, float]:
    """On a Dask worker: its CPU seconds and peak RSS in MiB."""
    return _cpu(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_once(items, *, mode: str = "local", scale: int = 1, workers: int = WORKERS, trace: bool = False) -> dict:
    import factcheck
    from factcheck.pipeline.core import extract_all
    from factcheck.pipeline.streamed import process_streamed

    ruleset = factcheck.load_rules()
    client = None
    startup = 0.0
    if mode == "dask":
        from distributed import Client, LocalCluster

        t = time.perf_counter()
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
        startup = time.perf_counter() - t
        base_cpu = sum(cpu for cpu, _ in client.run(_worker_usage).values())
    if trace:
        import tracemalloc

        tracemalloc.start()
    t0, c0 = time.perf_counter(), _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    arts = scaled(load(items), scale)
    t1 = time.perf_counter()
    phases: dict[str, float] = {}
    if client is None and mode == "memory":
        exs = extract_all(arts, ruleset)  # parallel processes on a multi-core machine, every extraction held
        t2 = time.perf_counter()
        report = factcheck.analyse(exs, ruleset)
        t3 = time.perf_counter()
        phases = {"extract": round(t2 - t1, 3), "analyse": round(t3 - t2, 3)}
        worker_cpu = 0.0
        worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    elif client is None:
        streamed = process_streamed(arts, ruleset, timings=phases)  # factcheck run's path
        assert streamed is not None, "no temporary store could be used"
        report = streamed.report
        t3 = time.perf_counter()
        worker_cpu = 0.0
        worker_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    else:
        from factcheck.pipeline.dask import process_on_cluster

        report = process_on_cluster(arts, ruleset, client, timings=phases).report
        t3 = time.perf_counter()
        usage = client.run(_worker_usage).values()
        worker_cpu = sum(cpu for cpu, _ in usage) - base_cpu
        worker_rss = max(rss for _, rss in usage)
    c3 = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN) + worker_cpu
    out = {
        "mode": mode,
        "scale": scale,
        "articles": len(arts),
        "characters": sum(len(a.text) for a in arts),
        "findings": len(report.findings),
        "events": len(report.events),
        "seconds": {"load": round(t1 - t0, 3), **phases, "total": round(t3 - t0, 3)},
        "cpu_seconds": round(c3 - c0, 3),
        "articles_per_second": round(len(arts) / (t3 - t0), 1) if t3 > t0 else None,
        "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # the largest worker: an extraction process (0 when extraction ran in this process) or a Dask worker
        "worker_maxrss_mib": round(worker_rss, 1),
    }
    if client is not None:
        out["workers"] = workers
        out["cluster_startup_seconds"] = round(startup, 3)
        client.close()
        cluster.close()
    if trace:
        import tracemalloc

        out["tracemalloc_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    return out


# --------------------------------------------------------------------------- driver


def _child(fraction: float, scale: int, mode: str, workers: int, trace: bool) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(fraction), "--worker-scale", str(scale)]
    cmd += ["--worker-mode", mode, "--workers", str(workers)] + (["--tracemalloc"] if trace else [])
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if res.returncode != 0:
        raise SystemExit(f"worker for {fraction:.0%} x{scale} ({mode}) failed:\n{res.stderr[-4000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def growth(small: dict, big: dict) -> float | None:
    """log(time ratio) / log(size ratio): 1.0 is linear growth."""
    size = big["articles"] / small["articles"]
    if size <= 1 or not small["seconds"]["total"]:
        return None
    return round(math.log(big["seconds"]["total"] / small["seconds"]["total"]) / math.log(size), 2)


def ratios(runs: list[dict]) -> list[dict]:
    out = []
    for small, big in zip(runs, runs[1:]):
        size = big["articles"] / small["articles"]
        analyse = "analyse" if "analyse" in small["seconds"] else "align"
        out.append(
            {
                "mode": small.get("mode", "local"),
                "from": small["label"] if "label" in small else small["fraction"],
                "to": big["label"] if "label" in big else big["fraction"],
                "size_ratio": round(size, 2),
                "time_ratio": round(big["seconds"]["total"] / small["seconds"]["total"], 2),
                "cpu_ratio": round(big["cpu_seconds"] / small["cpu_seconds"], 2),
                "analyse_ratio": round(big["seconds"][analyse] / small["seconds"][analyse], 2)
                if small["seconds"].get(analyse)
                else None,
                "growth_exponent": growth(small, big),
                # the same from CPU seconds: steadier than wall time on a machine shared with other jobs
                "cpu_growth_exponent": round(math.log(big["cpu_seconds"] / small["cpu_seconds"]) / math.log(size), 2)
                if size > 1 and small["cpu_seconds"] and big["cpu_seconds"]
                else None,
            }
        )
    return out


def profile(items, top: int) -> None:
    import cProfile
    import pstats

    pr = cProfile.Profile()
    pr.enable()
    run_once(items)
    pr.disable()
    stats = pstats.Stats(pr, stream=sys.stdout)
    print(f"\nTop {top} functions by own time (tottime):")
    stats.sort_stats("tottime").print_stats(top)
    print(f"Top {top} functions by cumulative time:")
    stats.sort_stats("cumulative").print_stats(top)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles, all shares in this process")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--tracemalloc", action="store_true", help="also measure the peak of Python allocations (slower)")
    ap.add_argument(
        "--scale", type=int, nargs="*", default=[], metavar="K", help="also run K times the corpus (ids changed)"
    )
    ap.add_argument(
        "--scale-of",
        type=float,
        default=1.0,
        metavar="F",
        help="the share of the corpus that --scale repeats (default 1: the whole corpus)",
    )
    ap.add_argument("--workers", type=int, default=WORKERS, help=f"Dask workers (default {WORKERS})")
    ap.add_argument(
        "--fractions",
        type=float,
        nargs="+",
        default=list(FRACTIONS),
        metavar="F",
        help="shares of the corpus to run (default 0.25 0.5 1)",
    )
    which = ap.add_mutually_exclusive_group()
    which.add_argument("--local-only", action="store_true", help="no Dask runs")
    which.add_argument("--dask-only", action="store_true", help="no local runs")
    ap.add_argument("--in-memory", action="store_true", help="also run the in-memory local path (mode 'memory')")
    ap.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=25,
        metavar="N",
        help="profile the full corpus, print the top N functions",
    )
    ap.add_argument("--worker", type=float, help=argparse.SUPPRESS)
    ap.add_argument("--worker-scale", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--worker-mode", default="local", help=argparse.SUPPRESS)
    return ap


def _plan(args: argparse.Namespace) -> list[tuple[str, float, int]]:
    """(mode, fraction, scale) of each run, in order."""
    modes = ["local"] * (not args.dask_only) + ["memory"] * args.in_memory + ["dask"] * (not args.local_only)
    if "dask" in modes and importlib.util.find_spec("distributed") is None:
        print("Dask is not installed (pip install 'factcheck[dask]'): local runs only", file=sys.stderr)
        modes.remove("dask")
    sizes = [(f, 1) for f in args.fractions] + [(args.scale_of, k) for k in sorted(set(args.scale)) if k > 1]
    if args.quick:
        # CI's smoke run: every share locally, the whole quick corpus once on the cluster
        return [("local", f, k) for f, k in sizes if "local" in modes] + [("dask", 1.0, 1)] * ("dask" in modes)
    # size by size, so that a long run stopped early still has both modes of the smaller sizes
    return [(m, f, k) for f, k in sizes for m in modes]


def _line(r: dict, trace: bool) -> str:
    s = r["seconds"]
    work = s.get("analyse", s.get("align", 0.0))
    line = (
        f"  {r['mode']:>6} {r['label']:>7} {r['articles']:>8} {r['characters'] / 1e6:>8.2f} {s['load']:>7.2f}"
        f" {s['extract']:>9.2f} {work:>9.2f} {s['total']:>8.2f} {r['cpu_seconds']:>8.2f}"
        f" {r['articles_per_second']:>6} {r['maxrss_mib']:>10} {r['worker_maxrss_mib']:>10}"
    )
    if trace:
        line += f"  {r['tracemalloc_peak_mib']:>15}"
    return line


def _print(result: dict, trace: bool) -> None:
    print(
        f"Speed: load + extract + analyse, full rule set, one corpus per run"
        f" ({result['corpus_articles']} articles at 100%)"
    )
    print(
        f"  {'mode':>6} {'size':>7} {'articles':>8} {'MB text':>8} {'load s':>7} {'extract s':>9} {'analyse s':>9}"
        f" {'total s':>8} {'cpu s':>8} {'art/s':>6} {'maxrss MiB':>10} {'worker MiB':>10}"
        + ("  tracemalloc MiB" if trace else "")
    )
    for r in result["runs"] + result["memory_runs"] + result["dask_runs"]:
        print(_line(r, trace))
    print("  (dask: 'extract s' is extraction and claims on the workers, 'analyse s' the alignment on the workers)")
    for q in result["ratios"] + result["memory_ratios"] + result["dask_ratios"]:
        print(
            f"  {q['mode']}: {q['from']} -> {q['to']}: {q['size_ratio']}x the articles, {q['time_ratio']}x the time"
            f" ({q['cpu_ratio']}x CPU; analyse {q['analyse_ratio']}x); growth exponent {q['growth_exponent']}"
            f" (CPU {q['cpu_growth_exponent']})"
        )
    for mode, g in result["growth_exponent"].items():
        print(f"  {mode}: growth exponent from the smallest to the largest run: {g}")
    print(f"  {machine_line(result['machine'])}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    items = sources()
    if args.worker is not None:
        n = round(len(items) * args.worker)
        r = run_once(
            items[:n], mode=args.worker_mode, scale=args.worker_scale, workers=args.workers, trace=args.tracemalloc
        )
        print(json.dumps(r))
        return 0
    if args.profile:
        profile(items[:QUICK_ARTICLES] if args.quick else items, args.profile)
        return 0
    if args.quick:
        items = items[:QUICK_ARTICLES]
    runs: dict[str, list[dict]] = {"local": [], "memory": [], "dask": []}
    for mode, frac, scale in _plan(args):
        n = round(len(items) * frac)
        if args.quick:
            r = run_once(items[:n], mode=mode, scale=scale, workers=args.workers, trace=args.tracemalloc)
        else:
            r = _child(frac, scale, mode, args.workers, args.tracemalloc)
        label = (f"{scale}x" if frac == 1 else f"{frac:.0%}x{scale}") if scale > 1 else f"{frac:.0%}"
        runs[mode].append({"fraction": frac, "label": label, **r})
        print(_line(runs[mode][-1], args.tracemalloc), file=sys.stderr, flush=True)  # as it goes
    result = {
        "benchmark": "corpus",
        "data": "TempEval-3 silver (2,452 dated newswire articles) + ECB+ (982 articles)",
        "quick": args.quick,
        "corpus_articles": len(items),
        "runs": runs["local"],
        "memory_runs": runs["memory"],
        "dask_runs": runs["dask"],
        "ratios": ratios(runs["local"]),
        "memory_ratios": ratios(runs["memory"]),
        "dask_ratios": ratios(runs["dask"]),
        "growth_exponent": {m: growth(rs[0], rs[-1]) for m, rs in runs.items() if len(rs) > 1},
        "machine": machine(),
    }
    if args.json:
        dump_json(result)
    else:
        _print(result, args.tracemalloc)
    return 0


if __name__ == "__main__":
    sys.exit(main())
