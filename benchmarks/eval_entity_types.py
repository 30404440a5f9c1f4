"""The types factcheck gives names on news: the gold names of MEANTIME and ECB+ against the extractor's entities.

``eval_nlp.py`` measures the spaCy pipeline's own recogniser. This script
measures what the claims are built on: the entity mentions of factcheck's
extractor (``factcheck/extract/entities.py``: the recogniser's spans, proper-noun
chains, names typed by a title or a given name, short names resolved to the
full name named earlier), each article extracted as ``factcheck run`` reads it.

Data (read at run time, never copied): the same gold names as ``eval_nlp.py``
(MEANTIME ``NAM`` mentions typed PER, ORG or LOC; ECB+ participant and location
markables written as capitalised names, in the sentences the release lists as
annotated). A gold name is found when an extracted entity of the same type
overlaps it; the table also counts the types the extractor gave each gold
type's names ("name" is a name of no type).

Usage::

    python benchmarks/eval_entity_types.py              # every article
    python benchmarks/eval_entity_types.py --docs 200   # the first 200 of each corpus
    python benchmarks/eval_entity_types.py --quick      # the first 20 of each corpus
    python benchmarks/eval_entity_types.py --json
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import dump_json, machine, machine_line, pct, ratio
from eval_nlp import NewsDoc, load_ecbplus, load_meantime

from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article

TYPES = ("person", "organization", "place")


def _inside(start: int, end: int, regions: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in regions)


def evaluate(docs: list[NewsDoc]) -> dict[str, Any]:
    """Per gold type: how many names, how many found with that type, and the
    types the extractor gave them (the first that overlaps: the gold type if
    any does, else the first by position, else "missing")."""
    knowledge = Knowledge(lexicon=Lexicon({}))
    given: dict[str, Counter[str]] = {t: Counter() for t in TYPES}
    for doc in docs:
        ex = extract(Article(id="a", path="a.md", text=doc.text + "\n"), knowledge)
        mentions = [(m.span.start, m.span.end, m.type) for m in ex.entities]
        for g in doc.gold:
            if g.type not in given or not _inside(g.start, g.end, doc.regions):
                continue
            types = [t for s, e, t in sorted(mentions) if s < g.end and g.start < e]
            given[g.type][g.type if g.type in types else (types[0] if types else "missing")] += 1
    out: dict[str, Any] = {}
    for t in TYPES:
        n = sum(given[t].values())
        out[t] = {"gold": n, "found": given[t][t], "recall": ratio(given[t][t], n), "given": dict(given[t])}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=None, help="the first N articles of each corpus (default: all)")
    ap.add_argument("--quick", action="store_true", help="the first 20 articles of each corpus (as --docs 20)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if args.quick and args.docs is None:
        args.docs = 20
    start = time.perf_counter()
    result: dict[str, Any] = {"machine": machine(), "docs": args.docs}
    for name, loader in (("meantime", load_meantime), ("ecbplus", load_ecbplus)):
        docs = loader(args.docs)
        result[name] = {"articles": len(docs), "types": evaluate(docs)}
    result["seconds"] = round(time.perf_counter() - start, 1)
    if args.json:
        dump_json(result)
        return 0
    print("Entity types of factcheck's extractor against the gold names of news")
    for name in ("meantime", "ecbplus"):
        print(f"  {name} ({result[name]['articles']} articles)")
        for t, r in result[name]["types"].items():
            others = ", ".join(
                f"{k} {v}" for k, v in sorted(r["given"].items(), key=lambda kv: (-kv[1], kv[0])) if k != t
            )
            print(
                f"    {t:<13} {r['gold']:5d} names  found as {t}: {r['found']:5d} ({pct(r['recall'])})  given instead: {others}"
            )
    print(f"  {result['seconds']} s; {machine_line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
