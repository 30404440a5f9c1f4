"""Benchmark the spaCy parse: thinc's matrix products by NumPy's BLAS or by ``blis``.

factcheck runs the layers of every pipeline it loads with thinc's NumPy
backend and its matrix products left to NumPy (``extract/nlp.set_cpu_ops``):
NumPy ships an OpenBLAS built for the machine's vector instructions, where the
``blis`` package thinc uses by default may fall back to a slower kernel. This
script parses the body sentences of every ``--every``-th article of the corpus
of ``bench_corpus.py`` (TempEval-3 silver and ECB+, read from ``../shared/data``
or ``FACTCHECK_DATA``) with the shipped pipeline both ways, one after the
other in this process, and prints the tokens per second of each and how many
sentences the two annotate differently (tags, parts of speech, relations,
heads, lemmas, entities): the speed-up must come with the same annotations.

Usage::

    python benchmarks/bench_parse.py              # every 10th article (344)
    python benchmarks/bench_parse.py --every 50 --json
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import dump_json, machine, machine_line  # noqa: E402


def _sentences(every: int) -> list[str]:
    from bench_corpus import load, sources

    from factcheck.ingest.segment import segment

    items = sorted(sources(), key=lambda it: (str(it[1]), it[2] or 0))[::every]
    return [s.text for a in load(items) for s in segment(a) if not s.furniture]


def _annotations(doc) -> tuple:
    return tuple((t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_, t.ent_iob_) for t in doc)


def _run(nlp, sentences: list[str], ops) -> tuple[float, list[tuple]]:
    from factcheck.extract.nlp import set_cpu_ops

    set_cpu_ops(nlp, ops)
    list(nlp.pipe(sentences[:64], batch_size=64))  # warm up
    t0 = time.perf_counter()
    out = [_annotations(d) for d in nlp.pipe(sentences, batch_size=64)]
    return time.perf_counter() - t0, out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=10, help="parse every N-th article of the corpus (default 10)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    from thinc.api import NumpyOps

    from factcheck.extract.nlp import load_nlp

    sentences = _sentences(max(1, args.every))
    nlp = load_nlp(None)
    blis_s, blis_out = _run(nlp, sentences, NumpyOps(use_blis=True))
    numpy_s, numpy_out = _run(nlp, sentences, NumpyOps(use_blis=False))
    tokens = sum(len(a) for a in numpy_out)
    differ = sum(1 for x, y in zip(blis_out, numpy_out) if x != y)
    result = {
        "sentences": len(sentences),
        "tokens": tokens,
        "blis_seconds": round(blis_s, 3),
        "numpy_seconds": round(numpy_s, 3),
        "blis_tokens_per_s": round(tokens / blis_s),
        "numpy_tokens_per_s": round(tokens / numpy_s),
        "speedup": round(blis_s / numpy_s, 2),
        "sentences_annotated_differently": differ,
        "machine": machine(),
    }
    if args.json:
        dump_json(result)
        return 0
    print(f"Parse of {len(sentences):,} body sentences ({tokens:,} tokens), shipped pipeline, one process")
    print(f"  matrix products by blis:          {blis_s:6.2f} s  {result['blis_tokens_per_s']:>7,} tokens/s")
    print(f"  matrix products by NumPy's BLAS:  {numpy_s:6.2f} s  {result['numpy_tokens_per_s']:>7,} tokens/s")
    print(f"  speed-up {result['speedup']}x; sentences annotated differently: {differ}")
    print(f"  {machine_line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
