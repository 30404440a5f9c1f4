"""Benchmark the meaning table (factcheck.knowledge.meaning): loading cost and lookup speed.

Needs no public data: the table ships inside the package. Each measurement runs in a
fresh interpreter, so the load is cold (module import, gzip, JSON parse).

Figures printed:

* ``load_seconds``: median over ``--runs`` fresh processes of decoding the table (the
  first ``meaning.table()`` call), next to ``package_import_seconds`` (importing
  ``factcheck.knowledge.meaning``, which imports the ``factcheck`` package first);
  ``load_peak_mib``: tracemalloc peak of the decode;
* ``table``: lemmas, lemma/part-of-speech entries, synsets, sense limit, file size;
* ``lookups_per_second``: ``classes`` / ``same_meaning`` / ``is_a`` / ``opposite`` on
  a fixed word list, uncached (the per-word caches are cleared between rounds).

Usage::

    python benchmarks/bench_meaning.py            # 5 cold loads
    python benchmarks/bench_meaning.py --runs 3
    python benchmarks/bench_meaning.py --quick    # one cold load
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from _common import REPO, dump_json, machine

_LOAD = """
import json, time, tracemalloc
tracemalloc.start()
t0 = time.perf_counter()
from factcheck.knowledge import meaning
t1 = time.perf_counter()
tracemalloc.reset_peak()
base = tracemalloc.get_traced_memory()[0]
table = meaning.table()
t2 = time.perf_counter()
peak = tracemalloc.get_traced_memory()[1] - base
print(json.dumps({"import": t1 - t0, "seconds": t2 - t1, "peak": peak}))
"""

# generic words, a mix of known, inflected, multiword and unknown forms
WORDS = [
    "resign", "resignation", "step down", "stepped down", "buy", "purchase", "bought", "kill",
    "slay", "passenger", "passengers", "people", "person", "approve", "disapprove", "win",
    "lost", "earthquake", "disaster", "minister", "official", "announce", "say", "tell",
    "increase", "decrease", "large", "huge", "tiny", "zqxjv", "take office", "elect",
]  # fmt: skip


def cold_loads(runs: int) -> list[dict[str, float]]:
    out = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, "-c", _LOAD], cwd=REPO, capture_output=True, text=True, check=True)
        out.append(json.loads(proc.stdout))
    return out


def lookups(rounds: int = 20) -> dict[str, float]:
    from factcheck.knowledge import meaning

    meaning.table()
    pairs = list(zip(WORDS, WORDS[1:] + WORDS[:1], strict=True))
    rates: dict[str, float] = {}
    ops = {
        "classes": lambda: [meaning.classes(w) for w in WORDS],
        "same_meaning": lambda: [meaning.same_meaning(a, b) for a, b in pairs],
        "is_a": lambda: [meaning.is_a(a, b) for a, b in pairs],
        "opposite": lambda: [meaning.opposite(a, b) for a, b in pairs],
    }
    for name, op in ops.items():
        t0 = time.perf_counter()
        for _ in range(rounds):
            for fn in (meaning._lemmas, meaning._class_ids, meaning._anti_ids):
                fn.cache_clear()
            op()
        rates[name] = round(rounds * len(WORDS) / (time.perf_counter() - t0))
    return rates


def main() -> int:
    ap = argparse.ArgumentParser(description="Loading cost and lookup speed of the meaning table.")
    ap.add_argument("--runs", type=int, default=5, help="cold loads in fresh processes")
    ap.add_argument("--quick", action="store_true", help="one cold load (CI smoke)")
    args = ap.parse_args()
    loads = cold_loads(1 if args.quick else max(args.runs, 1))
    sys.path.insert(0, str(REPO))
    from factcheck.knowledge import meaning

    t = meaning.table()
    data_file = REPO / "factcheck" / "knowledge" / "data" / meaning.TABLE_RESOURCE
    dump_json(
        {
            "machine": machine(),
            "package_import_seconds": round(statistics.median(x["import"] for x in loads), 3),
            "load_seconds": round(statistics.median(x["seconds"] for x in loads), 3),
            "load_peak_mib": round(max(x["peak"] for x in loads) / 2**20, 1),
            "table": {
                "lemmas": len({k for per_pos in t.lemmas.values() for k in per_pos}),
                "lemma_pos_entries": sum(len(per_pos) for per_pos in t.lemmas.values()),
                "synsets": len(t.synsets),
                "sense_limit": t.sense_limit,
                "size_bytes": data_file.stat().st_size,
            },
            "lookups_per_second": lookups(),
        }
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
