"""Rebuild the spaCy pipeline factcheck ships (``factcheck/extract/data/en_factcheck``).

One command does everything::

    python tools/nlp/build.py            # convert, train, evaluate, package
    python tools/nlp/build.py --quick    # a short training run (a few hundred steps)
    python tools/nlp/build.py --pretrain # pretrain the token-to-vector layer on raw news text first

Steps:

1. convert UD English EWT (CoNLL-U) and its Universal NER layer (IOB2) into
   spaCy DocBin files in a git-ignored work folder (``tools/nlp/work``); the
   entity spans are merged into the EWT sentences by aligning the two
   sentence sequences on their tokens (the NER training file has one sentence
   fewer); ``OTH`` and stray labels are no entity;
2. train with ``tools/nlp/config.cfg`` (fixed seed); with ``--pretrain``, the
   token-to-vector layer first learns to predict the first and last characters
   of each word of the running text of TempEval-3 silver and ECB+ (``spacy
   pretrain``, the config's ``[pretraining]`` section), and training starts
   from those weights;
3. evaluate the best model on the EWT test split;
4. write the pipeline, its meta.json (name, version, licence, sources,
   accuracy), a model card and the CC BY-SA 4.0 licence text to the ship path.

The data is read from ``../shared/data/ud`` next to the repository, or from
``$FACTCHECK_DATA/ud``.
"""

from __future__ import annotations

import argparse
import difflib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
WORK = HERE / "work"
CONFIG = HERE / "config.cfg"
SHIP = REPO / "factcheck" / "extract" / "data" / "en_factcheck"

NAME = "factcheck"  # spaCy prefixes the language: the package name is en_factcheck
VERSION = "1.0.0"
ENTITY_LABELS = ("PER", "LOC", "ORG")
SENTS_PER_DOC = 10

UD_SOURCE = {
    "name": "UD English EWT",
    "url": "https://github.com/UniversalDependencies/UD_English-EWT",
    "commit": "15d613d8447b3478787d4c278730a1e48a945efb",
    "license": "CC BY-SA 4.0",
    "author": "Universal Dependencies contributors (Silveira et al. 2014, English Web Treebank)",
}
UNER_SOURCE = {
    "name": "Universal NER English EWT",
    "url": "https://github.com/UniversalNER/UNER_English-EWT",
    "commit": "8ed072de2fd24022cc62458997fe96a8fe191ea4 (dev, test); 0c7ce0debb13a7d304da656f16309397e8ff36ef (train)",
    "license": "CC BY-SA 4.0",
    "author": "Mayhew et al., Universal NER: A Gold-Standard Multilingual Named Entity Recognition Benchmark, NAACL 2024",
}


def data_dir() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    root = Path(env) if env else REPO.parent / "shared" / "data"
    return root / "ud"


# --------------------------------------------------------------------------- reading


@dataclass
class Sentence:
    doc_id: str
    sent_id: str = ""
    words: list[str] = field(default_factory=list)
    spaces: list[bool] = field(default_factory=list)
    lemmas: list[str] = field(default_factory=list)
    upos: list[str] = field(default_factory=list)
    xpos: list[str] = field(default_factory=list)
    feats: list[str] = field(default_factory=list)
    heads: list[int] = field(default_factory=list)  # 0-based index in the sentence, self for the root
    deps: list[str] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, label


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def read_conllu(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL-U file: syntactic words; a multiword token's
    SpaceAfter applies to its last word; empty nodes are skipped."""
    sents: list[Sentence] = []
    doc_id = ""
    sent_id = ""
    cur: Sentence | None = None
    mwt_end = -1
    mwt_space = True
    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# newdoc id"):
                doc_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                if cur is not None and cur.words:
                    sents.append(cur)
                cur = None
                mwt_end = -1
                continue
            cols = line.split("\t")
            tid = cols[0]
            if cur is None:
                cur = Sentence(doc_id=doc_id, sent_id=sent_id)
            if "." in tid:
                continue
            if "-" in tid:
                _first, last = tid.split("-")
                mwt_end = int(last)
                mwt_space = _space_after(cols[9])
                continue
            idx = int(tid)
            cur.words.append(cols[1])
            if idx < mwt_end:
                cur.spaces.append(False)
            elif idx == mwt_end:
                cur.spaces.append(mwt_space)
            else:
                cur.spaces.append(_space_after(cols[9]))
            cur.lemmas.append(cols[2])
            cur.upos.append(cols[3])
            cur.xpos.append(cols[4])
            cur.feats.append("" if cols[5] == "_" else cols[5])
            head = int(cols[6])
            cur.heads.append(head - 1 if head > 0 else idx - 1)
            cur.deps.append("ROOT" if cols[7] == "root" else cols[7])
    if cur is not None and cur.words:
        sents.append(cur)
    return sents


@dataclass
class NerSentence:
    sent_id: str
    tokens: list[str]
    spans: list[tuple[int, int, str]]


def read_iob2(path: Path) -> list[NerSentence]:
    """Sentences of a Universal NER IOB2 file: tokens and (start, end, label)
    spans; labels outside PER/LOC/ORG (OTH, a stray ``O`` type) are dropped."""
    out: list[NerSentence] = []
    toks: list[str] = []
    tags: list[str] = []
    sent_id = [""]

    def flush() -> None:
        if toks:
            out.append(NerSentence(sent_id[0], list(toks), _spans(tags)))
        toks.clear()
        tags.clear()

    with path.open(encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if line.startswith("# sent_id"):
                sent_id[0] = line.split("=", 1)[1].strip()
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                flush()
                continue
            cols = line.split("\t")
            toks.append(cols[1])
            tags.append(cols[2] if len(cols) > 2 else "O")
    flush()
    return out


def _spans(tags: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and typ == label and start >= 0
        if not continues:
            if start >= 0 and label in ENTITY_LABELS:
                spans.append((start, i, label))
            start, label = (i, typ) if prefix in ("B", "I") else (-1, "")
    return spans


def merge_entities(sents: list[Sentence], ner: list[NerSentence]) -> dict[str, int]:
    """Copy the entity spans onto the EWT sentences.

    The two files hold the same sentences, though not always in the same order,
    and the NER training file misses one. An EWT sentence takes the spans of
    the NER sentence with the same token sequence (the one with its sentence
    id first, else the first unused one). A sentence whose tokens differ from
    the NER sentence with its id takes the spans through a token alignment,
    dropping a span whose ends do not align; a sentence with neither has no
    entities (and is counted).
    """
    stats = {"exact": 0, "aligned": 0, "unmatched": 0, "spans": 0, "spans_dropped": 0}
    by_tokens: dict[tuple[str, ...], list[int]] = {}
    by_id: dict[str, int] = {}
    for k, ns in enumerate(ner):
        by_tokens.setdefault(tuple(ns.tokens), []).append(k)
        by_id.setdefault(ns.sent_id, k)
    used: set[int] = set()
    for sent in sents:
        candidates = [k for k in by_tokens.get(tuple(sent.words), []) if k not in used]
        same_id = by_id.get(sent.sent_id, -1)
        if candidates:
            k = same_id if same_id in candidates else candidates[0]
            used.add(k)
            sent.ents = list(ner[k].spans)
            stats["exact"] += 1
            stats["spans"] += len(sent.ents)
            continue
        if same_id >= 0 and same_id not in used:
            other = ner[same_id]
            sm = difflib.SequenceMatcher(a=other.tokens, b=sent.words, autojunk=False)
            if sm.ratio() >= 0.8:
                used.add(same_id)
                mapping: dict[int, int] = {}
                for a, b, n in sm.get_matching_blocks():
                    for d in range(n):
                        mapping[a + d] = b + d
                for start, end, label in other.spans:
                    if start in mapping and end - 1 in mapping and mapping[end - 1] >= mapping[start]:
                        sent.ents.append((mapping[start], mapping[end - 1] + 1, label))
                        stats["spans"] += 1
                    else:
                        stats["spans_dropped"] += 1
                stats["aligned"] += 1
                continue
        stats["unmatched"] += 1
    return stats


def to_docs(vocab: Vocab, sents: list[Sentence], per_doc: int) -> Iterator[Doc]:
    """Documents of up to ``per_doc`` consecutive sentences of one source
    document, so that the parser learns where sentences end."""
    group: list[Sentence] = []
    for sent in sents:
        if group and (len(group) >= per_doc or sent.doc_id != group[0].doc_id):
            yield _doc(vocab, group)
            group = []
        group.append(sent)
    if group:
        yield _doc(vocab, group)


def _doc(vocab: Vocab, group: list[Sentence]) -> Doc:
    words: list[str] = []
    spaces: list[bool] = []
    lemmas: list[str] = []
    pos: list[str] = []
    tags: list[str] = []
    morphs: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    ents: list[str] = []
    starts: list[bool | int | None] = []
    for s_i, sent in enumerate(group):
        off = len(words)
        words.extend(sent.words)
        sp = list(sent.spaces)
        if s_i < len(group) - 1:
            sp[-1] = True
        spaces.extend(sp)
        lemmas.extend(sent.lemmas)
        pos.extend(sent.upos)
        tags.extend(sent.xpos)
        morphs.extend(sent.feats)
        heads.extend(h + off for h in sent.heads)
        deps.extend(sent.deps)
        starts.extend([True] + [False] * (len(sent.words) - 1))
        iob = ["O"] * len(sent.words)
        for start, end, label in sent.ents:
            iob[start] = f"B-{label}"
            for i in range(start + 1, end):
                iob[i] = f"I-{label}"
        ents.extend(iob)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        lemmas=lemmas,
        pos=pos,
        tags=tags,
        morphs=morphs,
        heads=heads,
        deps=deps,
        ents=ents,
        sent_starts=starts,
    )


def convert(work: Path) -> dict[str, Any]:
    src = data_dir()
    if not (src / "en_ewt-ud-train.conllu").exists():
        raise SystemExit("data not found: ud/en_ewt-ud-train.conllu under the data root (set FACTCHECK_DATA)")
    work.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("en").vocab
    report: dict[str, Any] = {}
    for split in ("train", "dev", "test"):
        sents = read_conllu(src / f"en_ewt-ud-{split}.conllu")
        ner = read_iob2(src / f"uner_en_ewt-{split}.iob2")
        stats = merge_entities(sents, ner)
        db = DocBin(store_user_data=False)
        n_docs = 0
        for doc in to_docs(vocab, sents, SENTS_PER_DOC):
            db.add(doc)
            n_docs += 1
        db.to_disk(work / f"{split}.spacy")
        report[split] = {"sentences": len(sents), "words": sum(len(s.words) for s in sents), "docs": n_docs, **stats}
        print(f"convert {split}: {report[split]}", flush=True)
    return report


# --------------------------------------------------------------------------- raw news text

# Raw news text the token-to-vector layer is pretrained on (``spacy pretrain``,
# characters objective): no labels are read, only the running text.
RAW_SOURCES = {
    "tempeval3": {
        "name": "TempEval-3 silver (AFP, APW, NYT and other newswire)",
        "cite": "UzZaman et al., SemEval-2013 Task 1: TempEval-3",
    },
    "ecbplus": {
        "name": "ECB+ (web news)",
        "cite": "Cybulska and Vossen, LREC 2014",
    },
}
RAW_PARAGRAPH_WORDS = 200

_TAG = re.compile(r"<[^>]+>")
_DETOK = (
    (re.compile(r"``\s*"), '"'),
    (re.compile(r"\s*''"), '"'),
    (re.compile(r" (?=[,.;:!?%)\]])"), ""),
    (re.compile(r"(?<=[(\[$]) "), ""),
    (re.compile(r" (?=(?:'s|'re|'ve|'ll|'d|'m|n't)\b)"), ""),
)


def _detokenise(line: str) -> str:
    for pattern, repl in _DETOK:
        line = pattern.sub(repl, line)
    return line


def _chunks(paragraphs: Iterator[str]) -> Iterator[str]:
    """Paragraphs joined up to about RAW_PARAGRAPH_WORDS words (spaCy's
    pretraining reader skips texts over 500 tokens)."""
    buf: list[str] = []
    words = 0
    for para in paragraphs:
        para = " ".join(para.split())
        if not para:
            continue
        n = len(para.split())
        if buf and words + n > RAW_PARAGRAPH_WORDS:
            yield " ".join(buf)
            buf, words = [], 0
        buf.append(para)
        words += n
    if buf:
        yield " ".join(buf)


def _tempeval_paragraphs(root: Path) -> Iterator[str]:
    for path in sorted((root / "tempeval3" / "silver").glob("*/*.tml")):
        xml = path.read_text(encoding="utf-8", errors="replace")
        start, end = xml.find("<TEXT>"), xml.find("</TEXT>")
        if start < 0 or end < 0:
            continue
        body = html.unescape(_TAG.sub("", xml[start + 6 : end]))
        yield from re.split(r"\n\s*\n", body)
        yield ""


def _ecbplus_paragraphs(root: Path) -> Iterator[str]:
    path = root / "ecbplus" / "ecbplus_docs.jsonl"
    if not path.exists():
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            yield from (_detokenise(s) for s in doc["text"].splitlines())
            yield ""


def raw_text(work: Path) -> dict[str, Any]:
    """Write the pretraining text (``raw.jsonl``) and return its counts."""
    root = data_dir().parent
    work.mkdir(parents=True, exist_ok=True)
    counts: dict[str, Any] = {}
    with (work / "raw.jsonl").open("w", encoding="utf-8") as out:
        for key, paragraphs in (("tempeval3", _tempeval_paragraphs(root)), ("ecbplus", _ecbplus_paragraphs(root))):
            texts = words = 0
            for text in _chunks(paragraphs):
                out.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                texts += 1
                words += len(text.split())
            counts[key] = {"texts": texts, "words": words}
            print(f"raw text {key}: {counts[key]}", flush=True)
    if not any(c["words"] for c in counts.values()):
        raise SystemExit("no raw news text found under the data root (tempeval3/silver, ecbplus)")
    return counts


def _blas_env(threads: int) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        env[var] = str(threads)
    return env


def pretrain(work: Path, threads: int, epochs: int | None, text: Path) -> Path:
    """Pretrain the token-to-vector layer on the raw news text; return the
    weights file the training starts from."""
    out = work / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "pretrain",
        str(CONFIG),
        str(out),
        "--paths.raw_text",
        str(text.resolve()),
    ]
    if epochs is not None:
        cmd += ["--pretraining.max_epochs", str(epochs)]
    print("pretrain:", " ".join(cmd[1:]), flush=True)
    subprocess.run(cmd, check=True, env=_blas_env(threads))
    weights = out / "model-last.bin"
    if not weights.exists():
        raise SystemExit(f"pretraining wrote no weights: {weights}")
    return weights


# --------------------------------------------------------------------------- training


def train(work: Path, max_steps: int | None, threads: int, init_tok2vec: Path | None) -> float:
    out = work / "training"
    cmd = [
        sys.executable,
        "-m",
        "spacy",
        "train",
        str(CONFIG),
        "--output",
        str(out),
        "--paths.train",
        str(work / "train.spacy"),
        "--paths.dev",
        str(work / "dev.spacy"),
    ]
    if init_tok2vec is not None:
        cmd += ["--paths.init_tok2vec", str(init_tok2vec)]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps)]
        cmd += ["--training.eval_frequency", str(max(100, min(500, max_steps // 5)))]
    start = time.time()
    print("train:", " ".join(cmd[1:]), flush=True)
    subprocess.run(cmd, check=True, env=_blas_env(threads))
    return time.time() - start


# --------------------------------------------------------------------------- evaluation


def evaluate(model: Path, test: Path) -> dict[str, Any]:
    from spacy.training import Corpus

    nlp = spacy.load(model)
    examples = list(Corpus(str(test))(nlp))
    scores = nlp.evaluate(examples, batch_size=256)
    words = sum(len(eg.reference) for eg in examples)
    texts = [eg.reference.text for eg in examples]
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    wps = words / (time.perf_counter() - start)
    per_type = scores.get("ents_per_type") or {}
    return {
        "upos": scores.get("pos_acc"),
        "tag": scores.get("tag_acc"),
        "morph": scores.get("morph_acc"),
        "uas": scores.get("dep_uas"),
        "las": scores.get("dep_las"),
        "sents_f": scores.get("sents_f"),
        "lemma": scores.get("lemma_acc"),
        "ents_p": scores.get("ents_p"),
        "ents_r": scores.get("ents_r"),
        "ents_f": scores.get("ents_f"),
        "ents_per_type": {k: {m: round(v, 4) for m, v in d.items()} for k, d in sorted(per_type.items())},
        "words_per_second_1_thread": round(wps),
    }


# --------------------------------------------------------------------------- packaging


def _dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def package(
    model: Path,
    acc: dict[str, Any],
    conv: dict[str, Any],
    seconds: float | None,
    steps: int | None,
    raw: dict[str, Any] | None,
) -> None:
    if SHIP.exists():
        shutil.rmtree(SHIP)
    shutil.copytree(model, SHIP)
    _clear_paths(SHIP / "config.cfg")
    meta_path = SHIP / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "description": "English tagger, morphologizer, dependency parser, lemmatizer and entity recogniser "
            "(PER, LOC, ORG) trained by factcheck from UD English EWT and Universal NER",
            "author": "factcheck contributors",
            "email": "",
            "url": "",
            "license": "CC BY-SA 4.0",
            "sources": [UD_SOURCE, UNER_SOURCE],
            "pretraining": None if raw is None else {"objective": "characters", "raw_text": raw},
            "accuracy": {k: v for k, v in acc.items() if k != "words_per_second_1_thread"},
            "speed": {"words_per_second_1_thread": acc.get("words_per_second_1_thread")},
            "training": {
                "steps": steps,
                "seconds": None if seconds is None else round(seconds),
                "seed": 1234,
                "data": conv,
            },
        }
    )
    meta.pop("performance", None)
    meta_path.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    licence = data_dir() / "LICENSE-CC-BY-SA-4.0.txt"
    shutil.copyfile(licence, SHIP / "LICENSE")
    (SHIP / "MODEL_CARD.md").write_text(model_card(acc, conv, seconds, steps, raw), encoding="utf-8")
    print(f"wrote pipeline: {SHIP.relative_to(REPO)} ({_dir_size(SHIP) / 1e6:.1f} MB)", flush=True)


def _clear_paths(path: Path) -> None:
    """Drop this machine's data paths from the shipped config."""
    cfg = spacy.util.load_config(path, interpolate=False)
    for key in ("train", "dev", "raw_text", "init_tok2vec"):
        cfg["paths"][key] = None
    cfg.to_disk(path)


def _f(x: Any) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def model_card(
    acc: dict[str, Any], conv: dict[str, Any], seconds: float | None, steps: int | None, raw: dict[str, Any] | None
) -> str:
    per = acc.get("ents_per_type", {})
    ner_rows = "\n".join(
        f"| {label} | {_f(per.get(label, {}).get('p'))} | {_f(per.get(label, {}).get('r'))} | {_f(per.get(label, {}).get('f'))} |"
        for label in ENTITY_LABELS
    )
    train = conv.get("train", {})
    minutes = "n/a" if seconds is None else f"{seconds / 60:.0f} minutes"
    if raw and "own text" in raw:
        pretraining = (
            f"- **Pretraining:** before training, the token-to-vector layer learns to predict the first and\n"
            f"  last characters of each word from its context (`spacy pretrain`, characters objective) on\n"
            f"  the builder's own text (`{raw['own text'].get('file')}`).\n"
        )
        raw_cite = ""
    elif raw:
        words = sum(int(c.get("words", 0)) for c in raw.values())
        parts = ", ".join(
            f"{RAW_SOURCES[k]['name']}: {c.get('words', 0):,} words" for k, c in raw.items() if k in RAW_SOURCES
        )
        pretraining = (
            f"- **Pretraining:** before training, the token-to-vector layer learns to predict the first and\n"
            f"  last characters of each word from its context (`spacy pretrain`, characters objective) on\n"
            f"  {words:,} words of raw news text ({parts}); only the running text is read, no annotation.\n"
        )
        raw_cite = "".join(
            f"- {s['name']}: {s['cite']} (running text only, for pretraining).\n" for s in RAW_SOURCES.values()
        )
    else:
        pretraining = raw_cite = ""
    return f"""# Model card: en_factcheck {VERSION}

The English spaCy pipeline that factcheck ships and uses by default.

- **Components:** tok2vec (one shared CNN, width 96, depth 4, hashed NORM/PREFIX/SUFFIX/SHAPE
  embeddings, no static vectors), tagger (Penn Treebank tags), morphologizer (UPOS and UD
  features), dependency parser (UD relations; also sets sentence boundaries), trainable
  lemmatizer (edit trees), entity recogniser (PER, LOC, ORG).
- **Training data:** UD English EWT ({train.get("sentences", "n/a")} training sentences,
  {train.get("words", "n/a")} words; web genres: weblogs, newsgroups, emails, reviews, answers)
  with the Universal NER entity layer over the same sentences (OTH spans are not learned).
{pretraining}- **Training:** spaCy {spacy.__version__}, CPU, `tools/nlp/config.cfg`, seed 1234,
  {steps if steps is not None else "configured"} steps, {minutes} on 2 cores.
- **Rebuild:** `python tools/nlp/build.py` (reads `../shared/data/ud` next to the repository,
  or `$FACTCHECK_DATA/ud`).

## Accuracy on the EWT test split

| measure | score |
|---|---|
| UPOS | {_f(acc.get("upos"))} |
| XPOS (tag) | {_f(acc.get("tag"))} |
| UAS | {_f(acc.get("uas"))} |
| LAS | {_f(acc.get("las"))} |
| lemma | {_f(acc.get("lemma"))} |
| sentence F1 | {_f(acc.get("sents_f"))} |
| NER F1 (all) | {_f(acc.get("ents_f"))} |

| entity | P | R | F1 |
|---|---|---|---|
{ner_rows}

Speed: {acc.get("words_per_second_1_thread", "n/a")} words per second on one CPU thread
(`nlp.pipe`, EWT test text), measured right after training on the training machine, which
other jobs may share. Figures on news text: `python benchmarks/eval_nlp.py`.
factcheck runs the layers with NumPy's BLAS on one thread rather than with blis, which gives
the same annotations faster (`python benchmarks/bench_parse.py` times both on news text).

## Limits

The training text is web English, not news: expect lower entity and sentence-boundary accuracy
on news (see the benchmark). Entity types are PER, LOC and ORG only; dates, numbers and
other types are left to other parts of factcheck. When factcheck loads a pipeline it puts a
sentence guard before the parser (`factcheck/extract/nlp.py`): in edited text a sentence
starts only after final punctuation, a closing quote or bracket, or a line break, and always
after a blank line. The figures above are the model's own, without it.

## Licence and attribution

The weights are a derived work of the training data and are licensed under
**CC BY-SA 4.0** (the text is in `LICENSE` in this folder). factcheck's code keeps its own
MIT licence.

- UD English EWT: Universal Dependencies contributors, based on the English Web Treebank
  (Silveira et al., 2014, LDC2012T13), {UD_SOURCE["url"]}, commit {UD_SOURCE["commit"][:12]},
  CC BY-SA 4.0.
- Universal NER English EWT: Mayhew et al., "Universal NER: A Gold-Standard Multilingual Named
  Entity Recognition Benchmark", NAACL 2024, {UNER_SOURCE["url"]}, CC BY-SA 4.0.
{raw_cite}"""


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="a short training run (600 steps)")
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps of the config")
    ap.add_argument("--threads", type=int, default=2, help="BLAS threads for training")
    ap.add_argument("--skip-convert", action="store_true", help="reuse the converted DocBin files")
    ap.add_argument("--skip-train", action="store_true", help="package the last training output")
    ap.add_argument(
        "--pretrain",
        action="store_true",
        help="pretrain the token-to-vector layer on raw news text first (measured: no gain on EWT, see the README)",
    )
    ap.add_argument("--pretrain-epochs", type=int, default=None, help="override pretraining.max_epochs of the config")
    ap.add_argument(
        "--raw-text",
        type=Path,
        default=None,
        metavar="JSONL",
        help='pretrain on this text instead (one {"text": ...} object per line; implies --pretrain)',
    )
    args = ap.parse_args(argv)
    steps = args.max_steps if args.max_steps is not None else (600 if args.quick else None)

    conv_path = WORK / "convert.json"
    if args.skip_convert and conv_path.exists():
        conv = json.loads(conv_path.read_text(encoding="utf-8"))
    else:
        conv = convert(WORK)
        conv_path.write_text(json.dumps(conv, indent=2) + "\n", encoding="utf-8")
    seconds: float | None = None
    run_path = WORK / "train.json"
    raw: dict[str, Any] | None = None
    if not args.skip_train:
        start = time.time()
        init: Path | None = None
        if args.raw_text is not None:
            raw = {"own text": {"file": args.raw_text.name}}
            init = pretrain(WORK, args.threads, args.pretrain_epochs, args.raw_text)
        elif args.pretrain:
            raw = raw_text(WORK)
            init = pretrain(WORK, args.threads, args.pretrain_epochs, WORK / "raw.jsonl")
        pretrain_seconds = time.time() - start
        seconds = pretrain_seconds + train(WORK, steps, args.threads, init)
        run = {"seconds": seconds, "pretrain_seconds": pretrain_seconds, "steps": steps, "raw_text": raw}
        run_path.write_text(json.dumps(run) + "\n", encoding="utf-8")
    elif run_path.exists():
        run = json.loads(run_path.read_text(encoding="utf-8"))
        seconds, steps, raw = run.get("seconds"), run.get("steps"), run.get("raw_text")
    if steps is None:
        cfg = spacy.util.load_config(CONFIG)
        steps = int(cfg["training"]["max_steps"])
    best = WORK / "training" / "model-best"
    acc = evaluate(best, WORK / "test.spacy")
    print("test:", json.dumps(acc, indent=1), flush=True)
    package(best, acc, conv, seconds, steps, raw)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
