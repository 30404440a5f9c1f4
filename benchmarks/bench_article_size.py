"""Extraction cost against article length: seconds per MB at 50 KB, 500 KB and 5 MB.

One article is built by repeating the bodies of the seed articles (news prose
with quotations, dates and numbers) until it reaches each size; every stage
of the per-article work is then timed on it: segmentation, time expressions,
quantities and quotations (each over the article's sentences, as extraction
calls them), and the whole extraction (``extract_article``, spaCy parse
included). Work per article must be linear in its length: the seconds per MB
of each stage should stay flat from one size to the next (a ratio near 1.0).

The loader refuses articles above ``MAX_ARTICLE_BYTES`` (8 MB), so 5 MB is
close to the largest article a run ever extracts.

Usage::

    python benchmarks/bench_article_size.py             # 50 KB, 500 KB, 5 MB
    python benchmarks/bench_article_size.py --quick     # 20 KB and 200 KB (a smoke run)
    python benchmarks/bench_article_size.py --stages    # the stages only, no spaCy parse
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from datetime import date

from _common import REPO, machine_line

from factcheck.extract.quantities import extract_quantities
from factcheck.extract.quotes import extract_quotes
from factcheck.extract.timex import extract_times
from factcheck.ingest.loader import MAX_ARTICLE_BYTES, load_article
from factcheck.ingest.segment import segment
from factcheck.model.models import Article

SIZES = (50_000, 500_000, 5_000_000)
QUICK = (20_000, 200_000)


def seed_prose() -> str:
    bodies = []
    for path in sorted((REPO / "seeds").glob("*.md")):
        art = load_article(path)
        bodies.append(art.text[art.body_start :].strip())
    return "\n\n".join(bodies)


def build(size: int, prose: str) -> Article:
    parts, n = [], 0
    while n < size:
        parts.append(prose)
        n += len(prose.encode("utf-8")) + 2
    text = "\n\n".join(parts)
    text = text.encode("utf-8")[:size].decode("utf-8", "ignore")
    text = text[: text.rfind("\n\n")] + "\n" if "\n\n" in text else text
    return Article(id="big", path="big.md", text=text, published=date(2025, 4, 30), published_source="front_matter")


def stages(art: Article, full: bool) -> dict[str, Callable[[], object]]:
    body = [s for s in segment(art) if not s.furniture]  # segmented once; timed on its own below

    def over_sentences(fn: Callable[[int, int], object]) -> Callable[[], object]:
        def run() -> None:
            for s in body:
                fn(s.span.start, s.span.end)

        return run

    out: dict[str, Callable[[], object]] = {
        "segment": lambda: segment(art),
        "timex": over_sentences(lambda a, b: extract_times(art.id, art.text, art.published, start=a, end=b)),
        "quantities": over_sentences(lambda a, b: extract_quantities(art.id, art.text, start=a, end=b)),
        "quotes": lambda: extract_quotes(art.id, art.text, body),
    }
    if full:
        from factcheck import load_rules
        from factcheck.pipeline import extract_article

        ruleset = load_rules()
        extract_article(build(2_000, seed_prose()), ruleset)  # load the spaCy pipeline before timing
        out["extract (all)"] = lambda: extract_article(art, ruleset)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="20 KB and 200 KB only")
    ap.add_argument("--stages", action="store_true", help="time the stages only, not the whole extraction")
    args = ap.parse_args()
    sizes = QUICK if args.quick else SIZES
    prose = seed_prose()
    print(f"article size limit: {MAX_ARTICLE_BYTES / 2**20:.0f} MiB; {machine_line()}")
    table: dict[str, list[float]] = {}
    for size in sizes:
        art = build(size, prose)
        mb = len(art.text.encode("utf-8")) / 1e6
        for name, fn in stages(art, not args.stages).items():
            t0 = time.perf_counter()
            fn()
            secs = time.perf_counter() - t0
            table.setdefault(name, []).append(secs / mb)
            print(f"{size / 1000:>7.0f} KB  {name:<14} {secs:8.2f} s  {secs / mb:8.2f} s/MB", flush=True)
    print()
    head = "".join(f"{s / 1000:>9.0f} KB" for s in sizes)
    print(f"{'seconds per MB':<16}{head}   largest/smallest")
    for name, row in table.items():
        flat = row[-1] / row[0] if row[0] else float("nan")
        print(f"{name:<16}" + "".join(f"{v:>12.2f}" for v in row) + f"   {flat:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
