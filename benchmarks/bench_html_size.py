"""Size of the HTML report on a large corpus, in total and by section.

Corpus: the first N (default 500) TempEval-3 silver articles in file order
(``tempeval3/silver/*/*.tml``, read as ``bench_corpus.py`` reads them),
extracted and analysed together with the shipped rules; the page is then
rendered once and measured: its bytes, and the bytes of each top-level
section (findings, timeline, overview with the source matrix and the source
list, notes), so that a section that grows with the square of the corpus
shows at once. ``--pickle FILE`` keeps the extraction between runs.

Usage::

    python benchmarks/bench_html_size.py            # 500 articles
    python benchmarks/bench_html_size.py -n 100
"""

from __future__ import annotations

import argparse
import pickle
import re
import sys
import time
from pathlib import Path

from _common import machine_line, require
from bench_corpus import load

from factcheck import load_rules
from factcheck.model.models import OutputFormat
from factcheck.pipeline import process
from factcheck.report import render

_SECTION = re.compile(r'<section id="([\w-]+)"')


def sections(page: str) -> dict[str, int]:
    """Bytes of each top-level section of the page."""
    marks = [(m.start(), m.group(1)) for m in _SECTION.finditer(page)]
    out = {}
    for i, (pos, name) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else page.find("</main>", pos)
        out[name] = len(page[pos:end].encode("utf-8"))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=500, help="number of articles (default 500)")
    ap.add_argument("--pickle", metavar="FILE", help="reuse (or write) the extraction kept in FILE")
    args = ap.parse_args()
    cached = Path(args.pickle) if args.pickle else None
    if cached is not None and cached.exists():
        result = pickle.loads(cached.read_bytes())
    else:
        silver = require("tempeval3", "silver")
        items = [("tml", p, None) for p in sorted(silver.glob("*/*.tml"))[: args.n]]
        t0 = time.perf_counter()
        result = process(load(items), load_rules())
        print(f"extracted and analysed {len(items)} articles in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        if cached is not None:
            cached.write_bytes(pickle.dumps(result))
    t0 = time.perf_counter()
    page = render(result.report, OutputFormat.html, extractions=result.extractions)
    secs = time.perf_counter() - t0
    size = len(page.encode("utf-8"))
    print(f"{machine_line()}")
    print(
        f"{len(result.report.articles)} articles, {len(result.report.findings)} findings: "
        f"HTML page {size / 1e6:.2f} MB ({size:,} bytes), rendered in {secs:.2f} s"
    )
    for name, n in sections(page).items():
        print(f"  {name:<10} {n / 1e6:8.3f} MB")
    first = min((page.find(f'<section id="{s}"') for s in sections(page)), default=-1)
    order = [m.group(1) for m in _SECTION.finditer(page)]
    print(f"  section order: {', '.join(order)} (first section starts at byte {first:,})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
