"""How often factcheck's repairs of the parse fire on news text, with every sentence repaired.

Data (read at run time, never copied): the MEANTIME and ECB+ articles (the
same files as ``eval_differential.py``). A sample of articles (shuffled with a
fixed seed) is split into sentences as factcheck splits them and parsed by the
shipped pipeline without its clause retry, verb repair and voice repair;
the three then run on each parse in the pipeline's order, and a sentence
counts as repaired by one when it changed any head or relation. Every
repaired sentence is printed with its new root, so each firing can be read.

Usage::

    python benchmarks/eval_parse_repairs.py               # 400 articles
    python benchmarks/eval_parse_repairs.py --articles 1000
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import machine_line  # noqa: E402
from eval_differential import load_ecbplus, load_meantime  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=400, help="articles in the sample (default 400)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)

    from factcheck.extract.nlp import CLAUSE_RETRY, load_nlp, verb_repair, voice_repair
    from factcheck.ingest.segment import segment
    from factcheck.model.models import Article

    docs = [*load_ecbplus().values(), *load_meantime().values()]
    random.Random(args.seed).shuffle(docs)
    nlp = load_nlp()
    start = time.perf_counter()
    sentences = 0
    retried: list[str] = []
    repaired: list[str] = []
    voiced: list[str] = []
    # the repairs after the clause retry read its output: leave them out too
    later = nlp.pipe_names[nlp.pipe_names.index(CLAUSE_RETRY) :]
    retry = nlp.get_pipe(CLAUSE_RETRY)
    with nlp.select_pipes(disable=later):
        for d in docs[: args.articles]:
            texts = [s.text for s in segment(Article(id="x", path="x.md", text=d.text))]
            for doc in nlp.pipe(texts):
                sentences += 1
                for repair, fired in ((retry, retried), (verb_repair, repaired), (voice_repair, voiced)):
                    before = [(t.head.i, t.dep_) for t in doc]
                    repair(doc)
                    if [(t.head.i, t.dep_) for t in doc] != before:
                        root = next(t.text for t in doc if t.dep_ == "ROOT")
                        fired.append(f"  [{root}] {' '.join(doc.text.split())[:140]}")
    n = min(args.articles, len(docs))
    print(f"clause retry: {len(retried)} of {sentences} sentences in {n} articles")
    print("\n".join(retried))
    print(f"verb repair: {len(repaired)} of {sentences} sentences in {n} articles")
    print("\n".join(repaired))
    print(f"voice repair: {len(voiced)} of {sentences} sentences in {n} articles")
    print("\n".join(voiced))
    print(f"  {time.perf_counter() - start:.1f} s; {machine_line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
