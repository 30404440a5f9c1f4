"""Speakers of quotations on real news: precision and recall against gold speakers.

The gold is ``benchmarks/quote_speakers.yaml``: quotations in MEANTIME
(English Wikinews articles, ``meantime/meantime_en_docs.jsonl``) and ECB+
(``ecbplus/ecbplus_docs.jsonl``), each with the phrases that name its
speaker, or null for quoted words nobody is reported as saying (names,
titles, scare quotes). Neither corpus annotates quotations, so the speakers
were labelled from the text. Figures are printed per corpus and overall.

Each article is detokenised (both corpora store PTB tokens: `` '' become
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


CORPORA = {"meantime": ("meantime", "meantime_en_docs.jsonl"), "ecbplus": ("ecbplus", "ecbplus_docs.jsonl")}


def load_docs(path: Path, wanted: set[str]) -> dict[str, str]:
    docs: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            if d["doc"] in wanted:
                docs[d["doc"]] = detokenise(d["text"])
    return docs


def _score(items: list[dict], docs: dict[str, str], ruleset: Any, verbose: bool) -> dict[str, Any]:
    from factcheck.pipeline.core import extract_article

    by_doc: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_doc[it["doc"]].append(it)
    counts = {"gold": 0, "gold_speaker": 0, "found": 0, "predicted": 0, "right": 0, "false_on_none": 0}
    for n, (doc, its) in enumerate(sorted(by_doc.items())):
        ex = extract_article(article(f"a{n}", docs[doc]), ruleset)
        used: set[int] = set()
        for it in its:
            counts["gold"] += 1
            gold = it["speaker"]
            counts["gold_speaker"] += gold is not None
            key = norm(it["quote"])
            k = next((k for k, q in enumerate(ex.quotes) if k not in used and norm(q.text).startswith(key)), None)
            if k is None:
                if verbose:
                    print(f"NOT FOUND  {doc[:40]} {it['quote']!r}")
                continue
            used.add(k)
            q = ex.quotes[k]
            counts["found"] += 1
            has = bool(q.speaker_text or q.speaker)
            counts["predicted"] += has
            ok = gold is not None and has and right([q.speaker_text or "", (q.speaker or "").replace("-", " ")], gold)
            counts["right"] += ok
            counts["false_on_none"] += gold is None and has
            if verbose and not ok and (has or gold is not None):
                print(f"WRONG      {it['quote'][:40]!r}: got {q.speaker_text!r} ({q.speaker}), gold {gold}")
    p = ratio(counts["right"], counts["predicted"])
    r = ratio(counts["right"], counts["gold_speaker"])
    return {"articles": len(by_doc), **counts, "precision": p, "recall": r, "f1": f1(p, r)}


def evaluate(verbose: bool) -> dict[str, Any]:
    from factcheck import load_rules

    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["items"]
    ruleset = load_rules()
    t0 = time.perf_counter()
    out: dict[str, Any] = {"corpora": {}}
    total: dict[str, int] = defaultdict(int)
    for corpus, parts in CORPORA.items():
        mine = [it for it in items if it.get("corpus", "meantime") == corpus]
        docs = load_docs(require(*parts), {it["doc"] for it in mine})
        res = _score(mine, docs, ruleset, verbose)
        out["corpora"][corpus] = res
        for key in ("articles", "gold", "gold_speaker", "found", "predicted", "right", "false_on_none"):
            total[key] += res[key]
    p = ratio(total["right"], total["predicted"])
    r = ratio(total["right"], total["gold_speaker"])
    out["all"] = {**total, "precision": p, "recall": r, "f1": f1(p, r)}
    out["seconds"] = round(time.perf_counter() - t0, 1)
    out["machine"] = machine()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--verbose", action="store_true", help="print every wrong or missed speaker")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    res = evaluate(args.verbose)
    if args.json:
        dump_json(res)
        return 0
    print("quotation speakers against gold speakers")
    for name, r in [*res["corpora"].items(), ("all", res["all"])]:
        print(
            f"  {name:9} {r['gold']:3} quotations in {r['articles']:2} articles, found {r['found']}; "
            f"{r['gold_speaker']} with a speaker, {r['predicted']} given one, {r['right']} right, "
            f"{r['false_on_none']} given where there is none: precision {pct(r['precision'])}, "
            f"recall {pct(r['recall'])}, F1 {pct(r['f1'])}"
        )
    print(f"  {res['seconds']} s on {machine_line(res['machine'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
