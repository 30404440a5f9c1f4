"""Negation: precision and recall of the polarity conflict detector (FC004).

Data: the Stanford contradiction corpus (de Marneffe, Rafferty & Manning,
ACL 2008), ``stanford_contradiction/RTE2_dev_negated_contradiction.jsonl``:
the first 899 rows are RTE-2 news sentence pairs whose hypothesis was negated
(451 contradict the text, 448 do not); the last 23 rows are real-life negation
contradictions taken from news.

Each pair becomes two articles, the text ``t`` and the hypothesis ``h``, with
no publication date; factcheck extracts both and runs only the rules of kind
``polarity``. A pair is predicted contradictory when at least one polarity
finding cites both articles. Reported:

* precision, recall and F1 on the 899 balanced pairs, counting every finding
  and counting only confident ones (``confidence: conflict``);
* recall on the 23 real-life pairs (all contradictory);
* the same figures for a few lower ``min_similarity`` settings of the rule,
  to show how much recall the shipped threshold trades for precision (the
  extraction is shared; only the rule option changes).

Usage::

    python benchmarks/eval_negation.py            # full run
    python benchmarks/eval_negation.py --quick    # every 9th pair (100) + the 23 real-life
    python benchmarks/eval_negation.py --json
    python benchmarks/eval_negation.py --errors 10   # show missed and false pairs
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import article, dump_json, f1, machine, machine_line, pct, ratio, require  # noqa: E402

RTE_ROWS = 899
SWEEP = (0.2, 0.4)
BEST_PUBLISHED_ACCURACY = 0.719  # Lingam et al. 2018, on these 899 pairs


def load_pairs(path: Path) -> tuple[list[dict], list[dict]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows[:RTE_ROWS], rows[RTE_ROWS:]


def polarity_rules(ruleset) -> list[str]:
    """The claim rules that compare the polarity slot."""
    return [r.id for r in ruleset.rules if r.spec.check == "claims" and "polarity" in r.options.slots]


def claim_rules(ruleset) -> list[str]:
    """Every claim rule: a negated hypothesis may also contradict as a count ("no one
    has been arrested" / "Tom Reyes was arrested"), a date or a place."""
    return [r.id for r in ruleset.rules if r.spec.check == "claims"]


def with_threshold(ruleset, rule_ids: list[str], min_score: float):
    """The rule set with a different ``min_score`` (alignment) for the polarity rules."""
    from factcheck import RuleSet

    rules = []
    for r in ruleset.rules:
        if r.id in rule_ids:
            opts = r.options.model_copy(
                update={"min_score": min_score, "confident_score": max(min_score, r.options.confident_score)}
            )
            r = dataclasses.replace(r, options=opts)
        rules.append(r)
    return RuleSet(
        rules=tuple(rules), knowledge=ruleset.knowledge, fingerprint=ruleset.fingerprint + f"+score{min_score}"
    )


def extract_pairs(pairs: list[dict], ruleset, prefix: str) -> list[tuple]:
    from factcheck import extract_article

    out = []
    for i, p in enumerate(pairs):
        t = extract_article(article(f"{prefix}{i}-t", p["t"]), ruleset)
        h = extract_article(article(f"{prefix}{i}-h", p["h"]), ruleset)
        out.append((p, t, h))
    return out


def predict(extracted: list[tuple], ruleset, rule_ids: list[str]) -> list[tuple[dict, str | None, object]]:
    """For each pair: (pair, 'conflict' | 'possible' | None, the finding)."""
    from factcheck import analyse

    out = []
    for p, t, h in extracted:
        report = analyse([t, h], ruleset, only_rules=rule_ids)
        best, hit = None, None
        for f in report.findings:
            arts = {c.article for c in f.claims}
            if arts == {t.article.id, h.article.id} and (f.confidence == "conflict" or best is None):
                best, hit = f.confidence, f
        out.append((p, best, hit))
    return out


def scores(preds: list[tuple], *, confident_only: bool) -> dict:
    tp = fp = fn = tn = 0
    for p, conf, _ in preds:
        said = conf == "conflict" if confident_only else conf is not None
        gold = p["contradiction"] == "YES"
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
        tn += (not gold) and not said
    prec, rec = ratio(tp, tp + fp), ratio(tp, tp + fn)
    acc = ratio(tp + tn, tp + fp + fn + tn)
    return {
        "tp": tp, "fp": fp, "fn": fn, "tn": tn, "accuracy": acc, "precision": prec, "recall": rec, "f1": f1(prec, rec)
    }  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="every 9th RTE-2 pair (100) and the 23 real-life pairs")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="show N missed and N false pairs")
    args = ap.parse_args(argv)

    import factcheck

    path = require("stanford_contradiction", "RTE2_dev_negated_contradiction.jsonl")
    rte, real = load_pairs(path)
    if args.quick:
        rte = rte[::9]  # 100 pairs from both halves (the file lists YES pairs first)
    ruleset = factcheck.load_rules()
    ids = polarity_rules(ruleset)

    t0 = time.perf_counter()
    ex_rte = extract_pairs(rte, ruleset, "rte")
    ex_real = extract_pairs(real, ruleset, "real")
    preds = predict(ex_rte, ruleset, ids)
    preds_real = predict(ex_real, ruleset, ids)
    every = claim_rules(ruleset)
    preds_every = predict(ex_rte, ruleset, every)
    preds_every_real = predict(ex_real, ruleset, every)
    seconds = time.perf_counter() - t0

    shipped = {opt: round(getattr(ruleset.get(ids[0]).options, opt), 3) for opt in ("min_score", "confident_score")}
    result = {
        "benchmark": "negation",
        "data": "Stanford contradiction corpus: RTE-2 negated pairs + real-life negation subset",
        "rules": ids,
        "options": shipped,
        "pairs": len(rte),
        "contradictory": sum(p["contradiction"] == "YES" for p in rte),
        "any_finding": scores(preds, confident_only=False),
        "confident_only": scores(preds, confident_only=True),
        "real_life": {
            "pairs": len(real),
            "found": sum(c is not None for _, c, _ in preds_real),
            "found_confident": sum(c == "conflict" for _, c, _ in preds_real),
        },
        "every_claim_rule": {
            "rules": every,
            **scores(preds_every, confident_only=False),
            "real_life_found": sum(c is not None for _, c, _ in preds_every_real),
        },
        "sweep": [],
        "seconds": round(seconds, 2),
        "quick": args.quick,
        "machine": machine(),
    }
    result["real_life"]["recall"] = ratio(result["real_life"]["found"], len(real))
    for sim in SWEEP:
        rs = with_threshold(ruleset, ids, sim)
        s = scores(predict(ex_rte, rs, ids), confident_only=False)
        r = predict(ex_real, rs, ids)
        result["sweep"].append(
            {"min_score": sim, **s, "real_life_recall": ratio(sum(c is not None for _, c, _ in r), len(real))}
        )

    if args.json:
        dump_json(result)
    else:
        a, c, rl = result["any_finding"], result["confident_only"], result["real_life"]
        print(
            f"Negation ({', '.join(ids)}, claims of slot polarity) on {result['pairs']} RTE-2 negated pairs ({result['contradictory']} contradictory)"
        )
        print(f"  shipped options: min_score {shipped['min_score']}, confident_score {shipped['confident_score']}")
        print(
            f"  any finding:     accuracy {pct(a['accuracy'])} (best published {pct(BEST_PUBLISHED_ACCURACY)})"
            f"  precision {pct(a['precision'])}  recall {pct(a['recall'])}  F1 {pct(a['f1'])}"
            f"   (tp {a['tp']}, fp {a['fp']}, fn {a['fn']}, tn {a['tn']})"
        )
        print(
            f"  confident only:  accuracy {pct(c['accuracy'])}  precision {pct(c['precision'])}  recall {pct(c['recall'])}  F1 {pct(c['f1'])}"
            f"   (tp {c['tp']}, fp {c['fp']}, fn {c['fn']}, tn {c['tn']})"
        )
        print(
            f"  real-life negation pairs: recall {pct(rl['recall'])} ({rl['found']}/{rl['pairs']}; confident {rl['found_confident']})"
        )
        e = result["every_claim_rule"]
        print(
            f"  every claim rule ({len(e['rules'])}), any finding: accuracy {pct(e['accuracy'])}"
            f"  precision {pct(e['precision'])}  recall {pct(e['recall'])}"
            f"   (tp {e['tp']}, fp {e['fp']}, fn {e['fn']}, tn {e['tn']}); real-life {e['real_life_found']}/{rl['pairs']}"
        )
        print("  other min_score (any finding):")
        for s in result["sweep"]:
            print(
                f"    {s['min_score']:.2f}: accuracy {pct(s['accuracy'])}  precision {pct(s['precision'])}  recall {pct(s['recall'])}  F1 {pct(s['f1'])}"
                f"  real-life recall {pct(s['real_life_recall'])}"
            )
        print(f"  {seconds:.1f} s; {machine_line(result['machine'])}")
    if args.errors:
        _show_errors(preds, args.errors)
    return 0


def _show_errors(preds, n: int) -> None:
    missed = [(p, h) for p, c, h in preds if c is None and p["contradiction"] == "YES"]
    false = [(p, h) for p, c, h in preds if c is not None and p["contradiction"] == "NO"]
    out = sys.stderr
    print(f"\nmissed contradictions ({len(missed)}), first {n}:", file=out)
    for p, _ in missed[:n]:
        print(f"  [{p['id']}] t: {p['t'][:160]}\n        h: {p['h']}", file=out)
    print(f"\nfalse alarms ({len(false)}), first {n}:", file=out)
    for p, f in false[:n]:
        print(f"  [{p['id']}] t: {p['t'][:160]}\n        h: {p['h']}\n        finding: {f.message}", file=out)


if __name__ == "__main__":
    sys.exit(main())
