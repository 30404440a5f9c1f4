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

Extraction goes through ``extract_all``, the pipeline's path, which uses one
worker process per core for a batch this size. Peak memory is the process's
maximum resident set size (``getrusage``), and the largest worker's;
``--tracemalloc`` also reports the peak of Python allocations (slower).
``--profile`` runs cProfile over the full corpus and prints the top functions.

Usage::

    python benchmarks/bench_corpus.py             # 25/50/100 %, one process each
    python benchmarks/bench_corpus.py --quick     # 200 articles, in this process
    python benchmarks/bench_corpus.py --json
    python benchmarks/bench_corpus.py --profile 25   # top 25 functions
"""

from __future__ import annotations

import argparse
import html
import json
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
QUICK_ARTICLES = 200
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


def run_once(items, *, trace: bool = False) -> dict:
    import factcheck
    from factcheck.pipeline.core import extract_all

    ruleset = factcheck.load_rules()
    if trace:
        import tracemalloc

        tracemalloc.start()
    t0, c0 = time.perf_counter(), time.process_time()
    arts = load(items)
    t1 = time.perf_counter()
    exs = extract_all(arts, ruleset)  # the pipeline's path: parallel processes on a multi-core machine
    t2 = time.perf_counter()
    report = factcheck.analyse(exs, ruleset)
    t3, c3 = time.perf_counter(), time.process_time()
    out = {
        "articles": len(arts),
        "characters": sum(len(a.text) for a in arts),
        "facts": sum(len(e.facts) for e in exs),
        "findings": len(report.findings),
        "events": len(report.events),
        "seconds": {
            "load": round(t1 - t0, 3),
            "extract": round(t2 - t1, 3),
            "analyse": round(t3 - t2, 3),
            "total": round(t3 - t0, 3),
        },
        "cpu_seconds": round(c3 - c0, 3),
        "articles_per_second": round(len(arts) / (t3 - t0), 1) if t3 > t0 else None,
        "maxrss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        # the largest extraction worker (0 when extraction ran in this process)
        "worker_maxrss_mib": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
    }
    if trace:
        import tracemalloc

        out["tracemalloc_peak_mib"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
    return out


# --------------------------------------------------------------------------- driver


def _child(fraction: float, trace: bool) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", str(fraction)] + (
        ["--tracemalloc"] if trace else []
    )
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if res.returncode != 0:
        raise SystemExit(f"worker for {fraction:.0%} failed:\n{res.stderr}")
    return json.loads(res.stdout)


def ratios(runs: list[dict]) -> list[dict]:
    out = []
    for small, big in zip(runs, runs[1:]):
        size = big["articles"] / small["articles"]
        out.append(
            {
                "from": small["fraction"],
                "to": big["fraction"],
                "size_ratio": round(size, 2),
                "time_ratio": round(big["seconds"]["total"] / small["seconds"]["total"], 2),
                "cpu_ratio": round(big["cpu_seconds"] / small["cpu_seconds"], 2),
                "analyse_ratio": round(big["seconds"]["analyse"] / small["seconds"]["analyse"], 2)
                if small["seconds"]["analyse"]
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"{QUICK_ARTICLES} articles, all shares in this process")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--tracemalloc", action="store_true", help="also measure the peak of Python allocations (slower)")
    ap.add_argument(
        "--profile",
        type=int,
        nargs="?",
        const=25,
        metavar="N",
        help="profile the full corpus, print the top N functions",
    )
    ap.add_argument("--worker", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    items = sources()
    if args.worker is not None:
        print(json.dumps(run_once(items[: round(len(items) * args.worker)], trace=args.tracemalloc)))
        return 0
    if args.profile:
        profile(items[:QUICK_ARTICLES] if args.quick else items, args.profile)
        return 0
    if args.quick:
        items = items[:QUICK_ARTICLES]
    runs = []
    for frac in FRACTIONS:
        n = round(len(items) * frac)
        r = run_once(items[:n], trace=args.tracemalloc) if args.quick else _child(frac, args.tracemalloc)
        runs.append({"fraction": frac, **r})
    result = {
        "benchmark": "corpus",
        "data": "TempEval-3 silver (2,452 dated newswire articles) + ECB+ (982 articles)",
        "quick": args.quick,
        "corpus_articles": len(items),
        "runs": runs,
        "ratios": ratios(runs),
        "machine": machine(),
    }
    if args.json:
        dump_json(result)
        return 0
    print(f"Speed: load + extract + analyse, full rule set, one corpus per run ({len(items)} articles at 100%)")
    print(
        f"  {'share':>5} {'articles':>8} {'MB text':>8} {'load s':>7} {'extract s':>9} {'analyse s':>9}"
        f" {'total s':>8} {'cpu s':>7} {'art/s':>6} {'maxrss MiB':>10} {'worker MiB':>10}"
        + ("  tracemalloc MiB" if args.tracemalloc else "")
    )
    for r in runs:
        s = r["seconds"]
        line = (
            f"  {r['fraction']:>5.0%} {r['articles']:>8} {r['characters'] / 1e6:>8.2f} {s['load']:>7.2f} {s['extract']:>9.2f} {s['analyse']:>9.2f}"
            f" {s['total']:>8.2f} {r['cpu_seconds']:>7.2f} {r['articles_per_second']:>6} {r['maxrss_mib']:>10} {r['worker_maxrss_mib']:>10}"
        )
        if args.tracemalloc:
            line += f"  {r['tracemalloc_peak_mib']:>15}"
        print(line)
    for q in result["ratios"]:
        print(
            f"  {q['from']:.0%} -> {q['to']:.0%}: {q['size_ratio']}x the articles, {q['time_ratio']}x the time"
            f" ({q['cpu_ratio']}x CPU; analyse {q['analyse_ratio']}x)"
        )
    print(f"  {machine_line(result['machine'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
