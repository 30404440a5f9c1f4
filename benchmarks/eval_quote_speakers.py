"""Speakers of quotations on real news: precision and recall against gold speakers.

The gold is ``benchmarks/quote_speakers.yaml``: quotations in MEANTIME
(English Wikinews articles, ``meantime/meantime_en_docs.jsonl``), each with
the phrases that name its speaker, or null for quoted words nobody is
reported as saying (names, titles, scare quotes). MEANTIME's own annotation
has no quotation layer, so the speakers were labelled from the text.

Each article is detokenised (the corpus stores PTB tokens: `` '' become
curly quotes, spaces before punctuation and inside contractions go) and
extracted with the default rules and the shipped spaCy pipeline; each gold
quotation is matched to the first extracted quotation of its article whose
words start with the gold's first words. A predicted speaker (``speaker_text``
as written, or the entity ``speaker`` resolved to) is right when it holds one
of the gold phrases or is a whole-word part of one.

* precision: right speakers / quotations given a speaker;
* recall: right speakers / gold quotations with a speaker (a gold quotation
  the extractor did not find counts as missed).

Usage::

    python benchmarks/eval_quote_speakers.py [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import article, dump_json, f1, machine, machine_line, pct, ratio, require  # noqa: E402

GOLD = Path(__file__).resolve().parent / "quote_speakers.yaml"


def detokenise(text: str) -> str:
    """PTB-tokenised text back to plain news text."""
    text = text.replace("`` ", "\u201c").replace("``", "\u201c").replace(" ''", "\u201d").replace("''", "\u201d")
    text = re.sub(r" ([,.;:!?%)])", r"\1", text)
    text = text.replace("( ", "(")
    text = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    return re.sub(r"\$ (\d)", r"$\1", text)


def norm(s: str) -> str:
    s = s.replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    return " ".join(re.findall(r"\w+", s.lower()))


def right(predicted: list[str], gold: list[str]) -> bool:
    for p in (norm(x) for x in predicted if x):
        if not p:
            continue
        for g in (norm(x) for x in gold):
            if f" {g} " in f" {p} " or f" {p} " in f" {g} ":
                return True
    return False


def load_docs(path: Path, wanted: set[str]) -> dict[str, str]:
    docs: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["doc"] in wanted:
                docs[d["doc"]] = detokenise(d["text"])
    return docs


def evaluate(verbose: bool) -> dict[str, Any]:
    from factcheck import load_rules
    from factcheck.pipeline.core import extract_article

    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["items"]
    docs = load_docs(require("meantime", "meantime_en_docs.jsonl"), {i["doc"] for i in items})
    ruleset = load_rules()
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_doc[it["doc"]].append(it)
    counts = {"gold": 0, "gold_speaker": 0, "found": 0, "predicted": 0, "right": 0, "false_on_none": 0}
    t0 = time.perf_counter()
    for n, (doc, its) in enumerate(sorted(by_doc.items())):
        ex = extract_article(article(f"mt{n}", docs[doc]), ruleset)
        used: set[int] = set()
        for it in its:
            counts["gold"] += 1
            gold = it["speaker"]
            counts["gold_speaker"] += gold is not None
            key = norm(it["quote"])
            q = next(
                (q for k, q in enumerate(ex.quotes) if k not in used and norm(q.text).startswith(key)),
                None,
            )
            if q is None:
                if verbose:
                    print(f"NOT FOUND  {doc[:40]} {it['quote']!r}")
                continue
            used.add(ex.quotes.index(q))
            counts["found"] += 1
            pred = [q.speaker_text or "", (q.speaker or "").replace("-", " ")]
            has = bool(q.speaker_text or q.speaker)
            counts["predicted"] += has
            ok = gold is not None and has and right(pred, gold)
            counts["right"] += ok
            counts["false_on_none"] += gold is None and has
            if verbose and (ok is False and (has or gold is not None)):
                print(f"WRONG      {it['quote'][:40]!r}: got {q.speaker_text!r} ({q.speaker}), gold {gold}")
    p = ratio(counts["right"], counts["predicted"])
    r = ratio(counts["right"], counts["gold_speaker"])
    return {
        "corpus": "MEANTIME English",
        "articles": len(by_doc),
        **counts,
        "precision": p,
        "recall": r,
        "f1": f1(p, r),
        "seconds": round(time.perf_counter() - t0, 1),
        "machine": machine(),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every wrong or missed speaker")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    res = evaluate(args.verbose)
    if args.json:
        dump_json(res)
        return 0
    print(f"quotation speakers on {res['corpus']}: {res['gold']} gold quotations in {res['articles']} articles")
    print(f"  found {res['found']}/{res['gold']}; {res['gold_speaker']} with a speaker, {res['predicted']} given one")
    print(f"  right {res['right']}; a speaker given where there is none: {res['false_on_none']}")
    print(f"  precision {pct(res['precision'])}  recall {pct(res['recall'])}  F1 {pct(res['f1'])}")
    print(f"  {res['seconds']} s on {machine_line(res['machine'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
