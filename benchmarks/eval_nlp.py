"""The spaCy pipeline: accuracy on UD English EWT, entities and sentences on news, speed.

Data (read at run time, never copied):

* ``ud/``: the UD English EWT test split (CoNLL-U) and its Universal NER layer
  (IOB2), merged as the training command merges them. Reported: UPOS, XPOS,
  UAS, LAS, lemma accuracy, sentence F1 and entity F1 per label (PER, LOC,
  ORG), with spaCy's scorer on the pipeline's own tokenisation, without
  factcheck's sentence guard (see ``factcheck/extract/nlp.py``; it is meant
  for edited news, and EWT's web text often ends sentences without
  punctuation). The news figures below are with the guard, as factcheck runs.
* ``meantime/``: MEANTIME English (Wikinews), CAT XML. Gold entity mentions
  are the named mentions (``syntactic_type="NAM"``) of entities typed PER,
  ORG or LOC, in the sentences the annotators covered (up to the last
  sentence with an entity or event mention).
* ``ecbplus/``: ECB+ news, CAT XML. Gold entity mentions are the participant
  and location markables (HUMAN_PART_PER/ORG/GPE/FAC, LOC_GEO/FAC) whose
  words are capitalised names (every word capitalised, or a lower-case
  connective such as "of" between them; the first word not only capitalised
  because it starts the sentence), in the sentences the ECB+ release lists as
  annotated.

Entity mentions on news: recall is the share of gold mentions that a predicted
entity of the same type overlaps (and, untyped, of any type); precision is the
share of predicted entities in the annotated sentences that overlap a gold
mention of the same type (untyped: any annotated mention at all: in MEANTIME
also the names of products and financial entities, in ECB+ every participant
and location markable). Exact-span figures are printed too.

Sentence boundaries on news: the texts are rebuilt from the gold tokens with
ordinary spacing (sentences joined by one space); F1 of the predicted sentence starts against
the gold ones (the first of each document not counted). A sentence without
final punctuation (a headline, a dateline) ends with a line break, as it
stands on a line of its own in an article.

Speed: words per second of ``nlp.pipe`` alone (batch 64, one process) on the
news texts, after a warm-up.

Usage::

    python benchmarks/eval_nlp.py            # full run
    python benchmarks/eval_nlp.py --quick    # a fifth of EWT test, 20 documents of each news corpus
    python benchmarks/eval_nlp.py --nlp PATH_OR_NAME   # another spaCy pipeline
    python benchmarks/eval_nlp.py --json
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import REPO, dump_json, f1, machine, machine_line, pct, ratio, require
from eval_ecbplus import detokenise
from spacy.language import Language
from spacy.training import Example

from factcheck.extract.nlp import SENTENCE_GUARD, entity_type, load_nlp, pipeline_fingerprint
from factcheck.ingest.segment import segment
from factcheck.model.models import Article


def _load_build() -> Any:
    """tools/nlp/build.py, whose readers and merge are reused here (loaded
    by path: the name ``build`` is also a package on the index)."""
    spec = importlib.util.spec_from_file_location("factcheck_nlp_build", REPO / "tools" / "nlp" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


nlp_build = _load_build()

QUOTES = {"``": '"', "''": '"'}
FINAL = set(".!?\"'\u201d\u2019)")
CONNECTIVES = {"of", "the", "and", "de", "for", "on", "in", "&", "-", "'s", "."}
MEANTIME_TYPES = {"PER": "person", "ORG": "organization", "LOC": "place"}
ECB_TYPES = {
    "HUMAN_PART_PER": "person",
    "HUMAN_PART_ORG": "organization",
    "HUMAN_PART_GPE": "place",
    "HUMAN_PART_FAC": "place",
    "LOC_GEO": "place",
    "LOC_FAC": "place",
}
ECB_ANY = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")


# --------------------------------------------------------------------------- EWT


def eval_ewt(nlp: Language, quick: bool) -> dict[str, Any]:
    root = require("ud")
    sents = nlp_build.read_conllu(root / "en_ewt-ud-test.conllu")
    nlp_build.merge_entities(sents, nlp_build.read_iob2(root / "uner_en_ewt-test.iob2"))
    docs = list(nlp_build.to_docs(nlp.vocab, sents, nlp_build.SENTS_PER_DOC))
    if quick:
        docs = docs[::5]
    examples = [Example(nlp.make_doc(doc.text), doc) for doc in docs]
    # The model's own accuracy: without the sentence guard, which is meant
    # for edited news (EWT's web text often ends a sentence without punctuation).
    guard = [SENTENCE_GUARD] if SENTENCE_GUARD in nlp.pipe_names else []
    with nlp.select_pipes(disable=guard):
        scores = nlp.evaluate(examples, batch_size=128)
    per = scores.get("ents_per_type") or {}
    return {
        "docs": len(docs),
        "words": sum(len(d) for d in docs),
        "upos": scores.get("pos_acc"),
        "xpos": scores.get("tag_acc"),
        "uas": scores.get("dep_uas"),
        "las": scores.get("dep_las"),
        "lemma": scores.get("lemma_acc"),
        "sents_f": scores.get("sents_f"),
        "ents_p": scores.get("ents_p"),
        "ents_r": scores.get("ents_r"),
        "ents_f": scores.get("ents_f"),
        "ents_per_type": {k: per[k] for k in sorted(per)},
    }


# --------------------------------------------------------------------------- news documents


@dataclass
class Mention:
    start: int  # character offsets in the rebuilt text
    end: int
    type: str  # person / organization / place / other


@dataclass
class NewsDoc:
    name: str
    text: str
    sent_starts: list[int]  # character offsets of the gold sentence starts
    gold: list[Mention] = field(default_factory=list)  # the named mentions to find
    annotated: list[Mention] = field(default_factory=list)  # every annotated entity mention
    regions: list[tuple[int, int]] = field(default_factory=list)  # annotated sentences (character ranges)


def rebuild(
    sentences: list[list[tuple[str, str]]], breaks: set[int]
) -> tuple[str, dict[str, tuple[int, int]], list[int], list[tuple[int, int]]]:
    """Text from gold tokens with ordinary spacing (the ECB+ benchmark's
    detokeniser); token id -> character span; the sentence starts; each
    sentence's character range. Sentences are joined by a space, or by a line
    break after a sentence without final punctuation (a headline, a dateline:
    lines of their own in the articles) and before the indices in ``breaks``."""
    parts: list[str] = []
    pos = 0
    spans: dict[str, tuple[int, int]] = {}
    starts: list[int] = []
    ranges: list[tuple[int, int]] = []
    open_double = False
    for s_i, sent in enumerate(sentences):
        if s_i > 0:
            last = sentences[s_i - 1][-1][1] if sentences[s_i - 1] else ""
            parts.append("\n" if s_i in breaks or last[-1:] not in FINAL else " ")
            pos += 1
        starts.append(pos)
        words = [QUOTES.get(raw, raw) for _, raw in sent]
        space, open_double = detokenise(words, open_double)
        for (tid, _), word, sp in zip(sent, words, space, strict=True):
            if sp:
                parts.append(" ")
                pos += 1
            spans[tid] = (pos, pos + len(word))
            parts.append(word)
            pos += len(word)
        ranges.append((starts[-1], pos))
    return "".join(parts), spans, starts, ranges


def _sentences(
    root: ET.Element, skip: frozenset[int] | set[int] = frozenset()
) -> tuple[list[list[tuple[str, str]]], dict[str, int], list[int]]:
    by_sent: dict[int, list[tuple[str, str]]] = {}
    sent_of: dict[str, int] = {}
    for tok in root.iter("token"):
        s = int(tok.get("sentence", "0"))
        if s in skip:
            continue
        tid = tok.get("t_id", "")
        by_sent.setdefault(s, []).append((tid, tok.text or ""))
        sent_of[tid] = s
    order = sorted(by_sent)
    return [by_sent[s] for s in order], sent_of, order


def _span(anchors: Iterable[str], spans: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    cs = [spans[a] for a in anchors if a in spans]
    if not cs:
        return None
    return min(c[0] for c in cs), max(c[1] for c in cs)


def load_meantime(limit: int | None) -> list[NewsDoc]:
    root_dir = require("meantime", "intra_cross-doc_annotation")
    docs: list[NewsDoc] = []
    for path in sorted(root_dir.glob("*/*.xml")):
        root = ET.parse(path).getroot()
        sentences, sent_of, order = _sentences(root)
        text, spans, starts, ranges = rebuild(sentences, breaks=set())
        markables = root.find("Markables")
        if markables is None:
            continue
        ent_type = {e.get("m_id"): e.get("ent_type", "") for e in markables.iter("ENTITY")}
        refers: dict[str, str] = {}
        for rel in root.iter("REFERS_TO"):
            tgt = rel.find("target")
            if tgt is None:
                continue
            for src in rel.iter("source"):
                refers[src.get("m_id", "")] = ent_type.get(tgt.get("m_id", ""), "")
        last = -1
        doc = NewsDoc(path.stem, text, starts)
        for m in list(markables.iter("ENTITY_MENTION")) + list(markables.iter("EVENT_MENTION")):
            anchors = [a.get("t_id", "") for a in m.iter("token_anchor")]
            for a in anchors:
                if a in sent_of:
                    last = max(last, order.index(sent_of[a]))
            if m.tag != "ENTITY_MENTION":
                continue
            span = _span(anchors, spans)
            if span is None:
                continue
            typ = MEANTIME_TYPES.get(refers.get(m.get("m_id", ""), ""), "other")
            mention = Mention(span[0], span[1], typ)
            doc.annotated.append(mention)
            if m.get("syntactic_type") == "NAM" and typ != "other":
                doc.gold.append(mention)
        doc.regions = ranges[: last + 1]
        docs.append(doc)
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _is_name(words: list[str], first_in_sentence: bool) -> bool:
    if not words or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w[:1].isdigit() or w in CONNECTIVES for w in words):
        return False
    if first_in_sentence and len(words) == 1:
        return False  # capitalised only because it starts the sentence
    return words[-1] not in CONNECTIVES


def load_ecbplus(limit: int | None) -> list[NewsDoc]:
    base = require("ecbplus")
    selected: dict[str, set[int]] = {}
    with (base / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            selected.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    docs: list[NewsDoc] = []
    paths = sorted((base / "ECB+").glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name))
    for path in paths:
        root = ET.parse(path).getroot()
        skip = {0} if path.stem.endswith("ecbplus") else set()
        sentences, _sent_of, order = _sentences(root, skip)
        if not sentences:
            continue
        text, spans, starts, ranges = rebuild(sentences, breaks=set())
        doc = NewsDoc(path.stem, text, starts)
        chosen = selected.get(path.stem, set())
        doc.regions = [ranges[i] for i, s in enumerate(order) if s in chosen]
        first_tokens = {sent[0][0] for sent in sentences}
        words_of = {tid: w for sent in sentences for tid, w in sent}
        markables = root.find("Markables")
        if markables is None:
            continue
        for m in markables:
            if not m.tag.startswith(ECB_ANY):
                continue
            anchors = [a.get("t_id", "") for a in m.iter("token_anchor")]
            span = _span(anchors, spans)
            if span is None:
                continue
            typ = ECB_TYPES.get(m.tag, "other")
            mention = Mention(span[0], span[1], typ)
            doc.annotated.append(mention)
            words = [words_of[a] for a in anchors if a in words_of]
            if typ != "other" and _is_name(words, anchors[0] in first_tokens):
                doc.gold.append(mention)
        docs.append(doc)
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --------------------------------------------------------------------------- news scores


def _overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _inside(m: Mention, regions: list[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in regions)


def eval_news(nlp: Language, docs: list[NewsDoc]) -> dict[str, Any]:
    keys = ("gold", "found_typed", "found_any", "found_exact", "pred", "pred_typed", "pred_any", "pred_exact")
    c = {k: 0 for k in (*keys, "gold_starts", "pred_starts", "starts_ok", "seg_starts", "seg_ok")}
    per_type: dict[str, dict[str, int]] = {}
    for doc, parsed in zip(docs, nlp.pipe([d.text for d in docs], batch_size=64), strict=True):
        preds = [Mention(e.start_char, e.end_char, entity_type(e.label_)) for e in parsed.ents]
        preds = [p for p in preds if _inside(p, doc.regions)]
        gold = [g for g in doc.gold if _inside(g, doc.regions)]
        for g in gold:
            t = per_type.setdefault(g.type, {"gold": 0, "found": 0, "pred": 0, "pred_ok": 0})
            t["gold"] += 1
            c["gold"] += 1
            hits = [p for p in preds if _overlaps(p, g)]
            if hits:
                c["found_any"] += 1
            if any(p.type == g.type for p in hits):
                c["found_typed"] += 1
                t["found"] += 1
            if any(p.type == g.type and (p.start, p.end) == (g.start, g.end) for p in hits):
                c["found_exact"] += 1
        for p in preds:
            c["pred"] += 1
            t = per_type.setdefault(p.type, {"gold": 0, "found": 0, "pred": 0, "pred_ok": 0})
            t["pred"] += 1
            if any(_overlaps(p, a) for a in doc.annotated):
                c["pred_any"] += 1
            if any(_overlaps(p, g) and g.type == p.type for g in doc.annotated):
                c["pred_typed"] += 1
                t["pred_ok"] += 1
            if any((p.start, p.end) == (g.start, g.end) and g.type == p.type for g in doc.annotated):
                c["pred_exact"] += 1
        gold_starts = set(doc.sent_starts[1:])
        pred_starts = {s[0].idx for s in parsed.sents if s.start > 0 and not s[0].is_space}
        pred_starts |= {s[1].idx for s in parsed.sents if s.start > 0 and s[0].is_space and len(s) > 1}
        c["gold_starts"] += len(gold_starts)
        c["pred_starts"] += len(pred_starts)
        c["starts_ok"] += len(gold_starts & pred_starts)
        seg_starts = segmenter_starts(doc.text)
        c["seg_starts"] += len(seg_starts)
        c["seg_ok"] += len(gold_starts & seg_starts)
    rec, prec = ratio(c["found_typed"], c["gold"]), ratio(c["pred_typed"], c["pred"])
    sp, sr = ratio(c["starts_ok"], c["pred_starts"]), ratio(c["starts_ok"], c["gold_starts"])
    gp, gr = ratio(c["seg_ok"], c["seg_starts"]), ratio(c["seg_ok"], c["gold_starts"])
    return {
        "docs": len(docs),
        "counts": c,
        "recall": rec,
        "precision": prec,
        "f1": f1(prec, rec),
        "recall_any_type": ratio(c["found_any"], c["gold"]),
        "precision_any_mention": ratio(c["pred_any"], c["pred"]),
        "recall_exact": ratio(c["found_exact"], c["gold"]),
        "precision_exact": ratio(c["pred_exact"], c["pred"]),
        "per_type": {
            k: {"recall": ratio(v["found"], v["gold"]), "precision": ratio(v["pred_ok"], v["pred"]), **v}
            for k, v in sorted(per_type.items())
        },
        "sentences": {"precision": sp, "recall": sr, "f1": f1(sp, sr)},
        "sentences_segmenter": {"precision": gp, "recall": gr, "f1": f1(gp, gr)},
    }


def segmenter_starts(text: str) -> set[int]:
    """The sentence starts (first excluded) that factcheck's segmenter finds:
    the sentences extraction actually parses one by one (syntok plus the
    project's rules for quotations, headlines and list markers)."""
    article = Article(id="eval", path="eval.txt", text=text)
    return {s.span.start for s in segment(article)[1:]}


def speed(nlp: Language, texts: list[str]) -> dict[str, Any]:
    list(nlp.pipe(texts[:20], batch_size=64))
    start = time.perf_counter()
    words = 0
    for doc in nlp.pipe(texts, batch_size=64):
        words += sum(1 for t in doc if not t.is_space)
    seconds = time.perf_counter() - start
    return {
        "texts": len(texts),
        "words": words,
        "seconds": seconds,
        "words_per_second": words / seconds if seconds else None,
    }


# --------------------------------------------------------------------------- main


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a fifth of EWT test and 20 documents of each news corpus")
    ap.add_argument(
        "--nlp",
        default=None,
        metavar="NAME_OR_PATH",
        help="another installed spaCy pipeline (default: the shipped one)",
    )
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    limit = 20 if args.quick else None
    started = time.time()
    nlp = load_nlp(args.nlp)
    ewt = eval_ewt(nlp, args.quick)
    meantime_docs = load_meantime(limit)
    ecb_docs = load_ecbplus(limit)
    news = {"meantime": eval_news(nlp, meantime_docs), "ecbplus": eval_news(nlp, ecb_docs)}
    texts = [d.text for d in meantime_docs + ecb_docs]
    spd = speed(nlp, texts)
    result = {
        "pipeline": pipeline_fingerprint(nlp),
        "components": nlp.pipe_names,
        "ewt_test": ewt,
        "news": news,
        "speed": spd,
        "quick": args.quick,
        "seconds": time.time() - started,
        "machine": machine(),
    }
    if args.json:
        dump_json(result)
        return 0
    print(f"spaCy pipeline {result['pipeline']} ({', '.join(nlp.pipe_names)})")
    print(f"UD English EWT test ({ewt['docs']} documents, {ewt['words']} words; the model alone, no sentence guard):")
    print(f"  UPOS {_f(ewt['upos'])}  XPOS {_f(ewt['xpos'])}  UAS {_f(ewt['uas'])}  LAS {_f(ewt['las'])}", end="")
    print(f"  lemma {_f(ewt['lemma'])}  sentence F1 {_f(ewt['sents_f'])}")
    print(f"  entities (Universal NER): P {_f(ewt['ents_p'])}  R {_f(ewt['ents_r'])}  F1 {_f(ewt['ents_f'])}")
    for label, s in ewt["ents_per_type"].items():
        print(f"    {label:4} P {_f(s['p'])}  R {_f(s['r'])}  F1 {_f(s['f'])}")
    for name, r in news.items():
        c = r["counts"]
        print(
            f"{name} ({r['docs']} news documents): named entity mentions, {c['gold']} gold, {c['pred']} predicted in the annotated sentences"
        )
        print(
            f"  same type, overlapping: recall {pct(r['recall'])}  precision {pct(r['precision'])}  F1 {pct(r['f1'])}"
        )
        print(
            f"  any type: recall {pct(r['recall_any_type'])}; predicted spans on any annotated mention: {pct(r['precision_any_mention'])}"
        )
        print(f"  exact span and type: recall {pct(r['recall_exact'])}  precision {pct(r['precision_exact'])}")
        for t, v in r["per_type"].items():
            print(
                f"    {t:12} recall {pct(v['recall'])} ({v['found']}/{v['gold']})  precision {pct(v['precision'])} ({v['pred_ok']}/{v['pred']})"
            )
        s = r["sentences"]
        print(
            f"  sentence starts, parser: precision {pct(s['precision'])}  recall {pct(s['recall'])}  F1 {pct(s['f1'])}"
        )
        g = r["sentences_segmenter"]
        print(
            f"  sentence starts, factcheck's segmenter (syntok and rules):"
            f" precision {pct(g['precision'])}  recall {pct(g['recall'])}  F1 {pct(g['f1'])}"
        )
    print(
        f"speed, nlp.pipe alone (batch 64, 1 process) on {spd['texts']} news texts: {spd['words_per_second']:,.0f} words/s",
        end="",
    )
    print(f" ({spd['words']} words in {spd['seconds']:.1f} s)")
    print(f"  {result['seconds']:.1f} s; {machine_line(result['machine'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
