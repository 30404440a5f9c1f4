"""Evaluate factcheck's time expression extraction and resolution.

Data: TempEval-3 (platinum test set, TimeBank, AQUAINT) and MEANTIME English,
read from ``../shared/data`` relative to the repository root (override with the
``FACTCHECK_DATA`` environment variable).

Figures, per set:

(a) end-to-end, TempEval-3 style: ``extract_times`` over each document's full
    text with its creation date (DCT) as the publication date.
    * span F1, strict (identical offsets) and relaxed (any overlap);
    * value F1 with relaxed span match: precision = found expressions that
      overlap a gold TIMEX3 with the same value / found, recall = gold TIMEX3
      overlapped by a found expression with the same value / gold.
    Reported over all types ("all") and restricted to DATE+TIME on both sides
    ("DT": only DATE/TIME predictions and DATE/TIME gold are counted).
(b) value accuracy given gold spans: ``resolve_phrase(gold text, DCT,
    context=gold context)`` against the gold value, overall, for DATE+TIME,
    and for relative expressions (weekday names, yesterday/today/tomorrow/
    tonight, last/next/this week/month/year...).

MEANTIME annotates only each article's title, date line and first four
sentences, so only that part of the text is scored end-to-end.

Gold-side normalisation: ISO week numbers are zero-padded (TimeBank has both
``1998-W7`` and ``1998-W07``); nothing else is changed.

Usage::

    python benchmarks/eval_timex.py            # full run, table
    python benchmarks/eval_timex.py --quick    # first 5 documents of each set
    python benchmarks/eval_timex.py --json     # machine-readable
    python benchmarks/eval_timex.py --errors 30 --set platinum   # show mistakes
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.extract.timex import extract_times, resolve_phrase  # noqa: E402

ANNOTATED_LINES = 6
SETS = ("platinum", "TimeBank", "AQUAINT", "MEANTIME")
DT = ("DATE", "TIME")
RELATIVE_RX = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight"
    r"|(?:last|next|this|past|coming|previous)\s+(?:week|weekend|month|year|quarter))\b",
    re.IGNORECASE,
)


def data_root() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@dataclass
class Gold:
    start: int | None
    end: int | None
    type: str
    value: str
    text: str
    context: str


@dataclass
class Doc:
    name: str
    dct: date | None
    text: str
    gold: list[Gold] = field(default_factory=list)
    ignore: list[tuple[int, int]] = field(default_factory=list)  # e.g. the DCT line


def norm_value(v: str | None) -> str | None:
    if v is None:
        return None
    v = v.strip()
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", v)


def parse_dct(s: str | None) -> date | None:
    if not s:
        return None
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.match(r"(\d{2})-(\d{2})-(\d{4})$", s)  # MEANTIME's one non-ISO DCT: dd-mm-yyyy
    if m:
        return date(int(m[3]), int(m[2]), int(m[1]))
    return None


_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path) -> Doc:
    raw = path.read_text(encoding="utf-8")
    m = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S)
    dct = parse_dct(m.group(1) if m else None)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    assert body, path
    src = body.group(1)
    out: list[str] = []
    n = 0
    pos = 0
    stack: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    for t in _TAG.finditer(src):
        chunk = html.unescape(src[pos : t.start()])
        out.append(chunk)
        n += len(chunk)
        pos = t.end()
        closing, name, attrs, selfclose = t.groups()
        if name != "TIMEX3" or selfclose:
            continue
        if not closing:
            stack.append((n, dict(_ATTR.findall(attrs))))
        elif stack:
            s, a = stack.pop()
            gold.append(Gold(s, n, a.get("type", "DATE"), norm_value(a.get("value", "")) or "", "", ""))
    out.append(html.unescape(src[pos:]))
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
        g.context = text[max(0, g.start - 200) : g.start] + "[[" + g.text + "]]" + text[g.end : g.end + 200]
    return Doc(path.name, dct, text, sorted(gold, key=lambda g: (g.start, g.end)))


def load_te3(root: Path, name: str, limit: int | None) -> list[Doc]:
    folder = {
        "platinum": root / "tempeval3" / "Evaluation" / "te3-platinum",
        "TimeBank": root / "tempeval3" / "Training" / "TBAQ-cleaned" / "TimeBank",
        "AQUAINT": root / "tempeval3" / "Training" / "TBAQ-cleaned" / "AQUAINT",
    }[name]
    files = sorted(folder.glob("*.tml"))
    if limit:
        files = files[:limit]
    docs = [parse_tml(p) for p in files]
    # gold contexts from the derived jsonl (the expression in [[...]]), matched in order
    jl = root / "tempeval3" / f"timex_{name}.jsonl"
    if jl.exists():
        by_doc: dict[str, list[dict]] = {}
        for line in jl.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            by_doc.setdefault(r["doc"], []).append(r)
        for d in docs:
            rows = by_doc.get(d.name, [])
            for g in d.gold:
                for i, r in enumerate(rows):
                    if r["text"] == g.text and norm_value(r["value"]) == g.value:
                        g.context = r["context"]
                        rows.pop(i)
                        break
    return docs


def load_meantime(root: Path, limit: int | None) -> list[Doc]:
    folder = root / "meantime"
    docs: dict[str, Doc] = {}
    for line in (folder / "meantime_en_docs.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        docs[r["doc"]] = Doc(r["doc"], parse_dct(r.get("dct")), r["text"])
    names = sorted(docs)
    if limit:
        names = names[:limit]
    keep = set(names)
    cursor: dict[tuple[str, str, str], int] = {}
    for line in (folder / "timex_meantime_en.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g["doc"] not in keep:
            continue
        d = docs[g["doc"]]
        sent = g["sentence"]
        si = d.text.find(sent)
        key = (g["doc"], sent, g["text"])
        from_ = cursor.get(key, 0)
        ti = sent.find(g["text"], from_) if si >= 0 else -1
        if ti < 0:
            continue
        cursor[key] = ti + 1
        s = si + ti
        e = s + len(g["text"])
        if g.get("functionInDocument") == "CREATION_TIME":
            d.ignore.append((s, e))
            continue
        ctx = sent[:ti] + "[[" + g["text"] + "]]" + sent[ti + len(g["text"]) :]
        d.gold.append(Gold(s, e, g["type"], norm_value(g["value"]) or "", g["text"], ctx))
    out = [docs[n] for n in names]
    for d in out:
        d.gold.sort(key=lambda g: (g.start, g.end))
        # MEANTIME annotates only the title, the date line and the first four
        # sentences (lines 0-5); found expressions past that are not scored
        lines = d.text.split("\n")
        cut = sum(len(x) + 1 for x in lines[:ANNOTATED_LINES])
        if cut < len(d.text):
            d.ignore.append((cut, len(d.text)))
    return out


# --------------------------------------------------------------------------- scoring


def prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> dict[str, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "found": n_p, "gold": n_g}


def evaluate(docs: list[Doc], errors: list[str] | None) -> dict:
    acc = {
        k: {"n_p": 0, "n_g": 0, "strict_p": 0, "strict_r": 0, "rel_p": 0, "rel_r": 0, "val_p": 0, "val_r": 0}
        for k in ("all", "DT")
    }
    t0 = time.perf_counter()
    chars = 0
    for d in docs:
        chars += len(d.text)
        preds = extract_times(d.name, d.text, d.dct)
        preds = [p for p in preds if not any(p.span.start < e and s < p.span.end for s, e in d.ignore)]
        for key in ("all", "DT"):
            P = [p for p in preds if key == "all" or p.type in DT]
            G = [g for g in d.gold if key == "all" or g.type in DT]
            a = acc[key]
            a["n_p"] += len(P)
            a["n_g"] += len(G)
            for p in P:
                ov = [g for g in G if p.span.start < g.end and g.start < p.span.end]
                a["strict_p"] += any(g.start == p.span.start and g.end == p.span.end for g in ov)
                a["rel_p"] += bool(ov)
                a["val_p"] += any(norm_value(p.value) == g.value for g in ov)
                if errors is not None and key == "all":
                    if not ov:
                        errors.append(
                            f"FP  {d.name} dct={d.dct} {p.text!r} -> {p.value} [{p.type}] | "
                            f"{_ctx(d.text, p.span.start, p.span.end)}"
                        )
                    elif not any(norm_value(p.value) == g.value for g in ov):
                        gs = ", ".join(f"{g.text!r}={g.value}[{g.type}]" for g in ov)
                        errors.append(
                            f"VAL {d.name} dct={d.dct} {p.text!r} -> {p.value} [{p.type}] gold {gs} | "
                            f"{_ctx(d.text, p.span.start, p.span.end)} || {p.how}"
                        )
            for g in G:
                ov = [p for p in P if p.span.start < g.end and g.start < p.span.end]
                a["strict_r"] += any(g.start == p.span.start and g.end == p.span.end for p in ov)
                a["rel_r"] += bool(ov)
                a["val_r"] += any(norm_value(p.value) == g.value for p in ov)
                if errors is not None and key == "all" and not ov:
                    errors.append(
                        f"FN  {d.name} dct={d.dct} {g.text!r}={g.value} [{g.type}] | {_ctx(d.text, g.start, g.end)}"
                    )
    elapsed = time.perf_counter() - t0
    res: dict = {"docs": len(docs), "seconds": round(elapsed, 3), "chars": chars}
    for key, a in acc.items():
        res[key] = {
            "strict_span": prf(a["strict_p"], a["n_p"], a["strict_r"], a["n_g"]),
            "relaxed_span": prf(a["rel_p"], a["n_p"], a["rel_r"], a["n_g"]),
            "value": prf(a["val_p"], a["n_p"], a["val_r"], a["n_g"]),
        }
    # (b) value accuracy given gold spans
    buckets = {"all": [0, 0], "DT": [0, 0], "relative": [0, 0]}
    for d in docs:
        for g in d.gold:
            m = resolve_phrase(g.text, d.dct, context=g.context)
            ok = m is not None and norm_value(m.value) == g.value
            keys = ["all"] + (["DT"] if g.type in DT else []) + (["relative"] if RELATIVE_RX.search(g.text) else [])
            for k in keys:
                buckets[k][0] += ok
                buckets[k][1] += 1
            if errors is not None and not ok and g.type in DT:
                errors.append(
                    f"GOLD {d.name} dct={d.dct} {g.text!r}={g.value} [{g.type}] -> "
                    f"{m.value if m else None} | {g.context[:160]!r} || {m.how if m else ''}"
                )
    res["gold_span_accuracy"] = {
        k: {"acc": round(c / n, 4) if n else 0.0, "correct": c, "n": n} for k, (c, n) in buckets.items()
    }
    return res


def _ctx(text: str, s: int, e: int) -> str:
    return (text[max(0, s - 70) : s] + "[[" + text[s:e] + "]]" + text[e : e + 50]).replace("\n", " ")


def load(name: str, root: Path, limit: int | None) -> list[Doc]:
    return load_meantime(root, limit) if name == "MEANTIME" else load_te3(root, name, limit)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="first 5 documents of each set (CI smoke)")
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--set", choices=SETS, action="append", help="only these sets (repeatable)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N mistakes per set")
    args = ap.parse_args(argv)
    root = data_root()
    if not (root / "tempeval3").is_dir() and not (root / "meantime").is_dir():
        print(f"evaluation data not found under {root} (set FACTCHECK_DATA)", file=sys.stderr)
        return 2
    limit = 5 if args.quick else None
    extract_times("warm-up", "It opened on April 30, 2025.", date(2025, 5, 1))  # load dateparser before timing
    results: dict[str, dict] = {}
    for name in args.set or SETS:
        try:
            docs = load(name, root, limit)
        except FileNotFoundError as exc:
            print(f"skipping {name}: {exc}", file=sys.stderr)
            continue
        errs: list[str] | None = [] if args.errors else None
        results[name] = evaluate(docs, errs)
        if errs:
            print(f"--- {name}: first {args.errors} of {len(errs)} mistakes", file=sys.stderr)
            for line in errs[: args.errors]:
                print(line, file=sys.stderr)
    if args.json:
        print(json.dumps({"quick": args.quick, "results": results}, indent=2))
        return 0
    hdr = (
        f"{'set':<9} {'docs':>4} {'gold':>5} {'found':>5} | {'value P':>7} {'R':>5} {'F1':>5} | "
        f"{'span strict F1':>14} {'relaxed F1':>10} | {'DT value F1':>11} {'DT relaxed':>10} | "
        f"{'gold-span acc':>13} {'DT':>5} {'rel (n)':>11} | {'sec':>5}"
    )
    print("TIMEX evaluation" + (" (--quick: first 5 docs per set)" if args.quick else ""))
    print(
        "value F1 = relaxed span match + same value; DT = DATE and TIME only; "
        "gold-span acc = resolve_phrase on gold spans"
    )
    print(hdr)
    print("-" * len(hdr))
    for name, r in results.items():
        a, dt, gs = r["all"], r["DT"], r["gold_span_accuracy"]
        print(
            f"{name:<9} {r['docs']:>4} {a['value']['gold']:>5} {a['value']['found']:>5} | "
            f"{a['value']['p']:>7.3f} {a['value']['r']:>5.3f} {a['value']['f1']:>5.3f} | "
            f"{a['strict_span']['f1']:>14.3f} {a['relaxed_span']['f1']:>10.3f} | "
            f"{dt['value']['f1']:>11.3f} {dt['relaxed_span']['f1']:>10.3f} | "
            f"{gs['all']['acc']:>13.3f} {gs['DT']['acc']:>5.3f} "
            f"{gs['relative']['acc']:>5.3f} ({gs['relative']['n']:>3}) | {r['seconds']:>5.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
