"""Benchmark ``factcheck check``: one new article against a large corpus.

The corpus is TempEval-3 silver (2,452 dated wire stories), read from
``../shared/data/tempeval3/silver/*.tml`` relative to the repository root
(override with ``FACTCHECK_DATA``). Each document's TimeML tags are stripped
and it is written, on the fly, as a ``.md`` file with ``published:`` front
matter (the document creation time) into a temporary folder; nothing is copied
into the repository.

Figures printed:

* corpus build: files written, characters;
The new article is a rewrite of one corpus story with one figure changed
(the conflict FC003 exists to catch), so the check has something to find.

* ``check`` cold: no cache, every article extracted and stored;
* ``check`` warm: the same corpus again, one new article, everything else
  read from the cache; the stages of the warm run (load, cache reads,
  extraction of the new article, corpus analysis, report) are timed apart.

Usage::

    python benchmarks/bench_check.py              # 2,000 articles
    python benchmarks/bench_check.py --limit 2452
    python benchmarks/bench_check.py --quick      # CI smoke: 50 articles
    python benchmarks/bench_check.py --profile    # cProfile of the warm run
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import html
import io
import json
import os
import pstats
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck import cli  # noqa: E402
from factcheck.cli.check import _gc_paused  # noqa: E402
from factcheck.engine.corpus import Corpus  # noqa: E402
from factcheck.pipeline.cache import SQLiteCache  # noqa: E402
from factcheck.pipeline.core import extract_all, load_targets  # noqa: E402
from factcheck.rules.ruleset import load_rules  # noqa: E402

DCT_RX = re.compile(r"<DCT>.*?value=\"([0-9]{4}-[0-9]{2}-[0-9]{2})", re.S)
TITLE_RX = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
TEXT_RX = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
TAG_RX = re.compile(r"<[^>]+>")

NUMBER_RX = re.compile(r"(?<![\d.,])(\d{2,4})(?![\d.,]\d)(?=\s+[a-z])")


def new_article(corpus: Path, *, edited: bool = False) -> str:
    """A rewrite of one corpus story with one figure changed: the kind of
    conflict (FC003) the check exists to catch. ``edited`` adds a closing line
    (the same article, changed again)."""
    for path in sorted(corpus.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        body_at = text.index("---\n", 4) + 4
        m = NUMBER_RX.search(text, body_at)
        if m:
            changed = text[: m.start()] + str(int(m.group(1)) + 7) + text[m.end() :]
            changed = changed.replace("---\n", "---\noutlet: Benchmark Wire\n", 1)
            return changed + ("\nThis story has been updated.\n" if edited else "")
    raise SystemExit("no corpus article with a figure to change")


def data_root() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


def tml_to_markdown(tml: str) -> str | None:
    dct = DCT_RX.search(tml)
    body = TEXT_RX.search(tml)
    if not dct or not body:
        return None
    text = html.unescape(TAG_RX.sub("", body.group(1))).strip()
    title = TITLE_RX.search(tml)
    headline = " ".join(html.unescape(TAG_RX.sub("", title.group(1))).split()) if title else ""
    content = f"{headline}\n\n{text}" if headline else text
    return f"---\npublished: {dct.group(1)}\n---\n{content}\n"


def build_corpus(dest: Path, limit: int) -> tuple[int, int]:
    silver = data_root() / "tempeval3" / "silver"
    files = sorted(silver.glob("*/*.tml"))
    if not files:
        sys.exit(f"no TempEval-3 silver files under {silver}")
    n = chars = 0
    for f in files:
        if n >= limit:
            break
        md = tml_to_markdown(f.read_text(encoding="utf-8", errors="replace"))
        if md is None:
            continue
        (dest / (f.stem + ".md")).write_text(md, encoding="utf-8")
        n += 1
        chars += len(md)
    return n, chars


def timed_check(argv: list[str]) -> tuple[float, int, str]:
    out, err = io.StringIO(), io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(argv)
    elapsed = time.perf_counter() - t0
    lines = err.getvalue().strip().splitlines()
    summary = lines[-1].replace("factcheck: ", "") if lines else ""
    try:
        rules = sorted(f["rule"] for f in json.loads(out.getvalue())["findings"])
        summary += f"; new findings: {', '.join(rules) or 'none'}"
    except (ValueError, KeyError):
        summary += "; " + "; ".join(lines[:-1])[:300]
    return elapsed, code, summary


def stages(corpus: Path, cache_path: Path) -> dict[str, float]:
    """The warm check, stage by stage (the same calls ``check`` makes, with
    the cyclic garbage collector paused as ``check`` pauses it)."""
    t: dict[str, float] = {}
    with _gc_paused():
        t0 = time.perf_counter()
        ruleset = load_rules()
        t["load rules"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        articles, _ = load_targets([corpus])
        t["load articles"] = time.perf_counter() - t0
        cache = SQLiteCache(cache_path)
        t0 = time.perf_counter()
        extractions = extract_all(articles, ruleset, cache)
        t["cache reads"] = time.perf_counter() - t0
        cache.close()
        t0 = time.perf_counter()
        corpus_ctx = Corpus.build(extractions, ruleset.knowledge)
        t["Corpus.build"] = time.perf_counter() - t0
        for rule in ruleset.rules:
            t0 = time.perf_counter()
            list(rule.findings(corpus_ctx))
            t[f"rule {rule.id} ({rule.spec.check})"] = time.perf_counter() - t0
    t["cache hits"] = cache.hits
    t["cache misses"] = cache.misses
    return t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=2000, help="corpus size (default 2000)")
    ap.add_argument("--quick", action="store_true", help="CI smoke run: 50 articles")
    ap.add_argument("--profile", action="store_true", help="print a cProfile of the warm check")
    args = ap.parse_args()
    limit = 50 if args.quick else args.limit

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        t0 = time.perf_counter()
        n, chars = build_corpus(corpus, limit)
        print(f"corpus: {n} articles, {chars / 1e6:.1f}M characters (written in {time.perf_counter() - t0:.1f}s)")

        new = corpus / "zz-new-article.md"
        new.write_text(new_article(corpus), encoding="utf-8")
        cache_path = Path(tmp) / "cache.sqlite"
        base = [
            "check",
            str(new),
            "--corpus",
            str(corpus),
            "--cache",
            str(cache_path),
            "--format",
            "json",
            "--fail-on",
            "warning",
            "-v",
        ]

        cold, code, err = timed_check(base)
        print(f"check, cold cache        : {cold:7.2f}s  exit {code}  {err}")
        warm, code, err = timed_check(base)
        print(f"check, warm cache        : {warm:7.2f}s  exit {code}  {err}")

        new.write_text(new_article(corpus, edited=True), encoding="utf-8")
        edit, code, err = timed_check(base)
        print(f"check, new article edited: {edit:7.2f}s  exit {code}  {err}")

        print(f"per article, cold        : {1000 * cold / (n + 1):7.1f}ms")
        print(f"cache file               : {cache_path.stat().st_size / 1e6:7.1f}MB")
        print("warm stages:")
        for k, v in stages(corpus, cache_path).items():
            print(f"  {k:28s} {v:8d}" if k.startswith("cache ") and isinstance(v, int) else f"  {k:28s} {v:8.2f}s")

        print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}MB")

        if args.profile:
            prof = cProfile.Profile()
            prof.enable()
            timed_check(base)
            prof.disable()
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(30)
            print(buf.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
