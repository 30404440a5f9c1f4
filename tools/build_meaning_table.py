"""Build the meaning table (factcheck/knowledge/data/meanings.json.gz) from Open English Wordnet.

Reads the YAML source archive ``wordnet/english-wordnet-src-yaml.tar.gz`` under the
data root (``../shared/data`` next to the repository, or ``FACTCHECK_DATA``) by
streaming its members, never extracting it, and writes:

- ``factcheck/knowledge/data/meanings.json.gz``: the compact table read by
  ``factcheck.knowledge.meaning`` (gzip'd JSON, deterministic bytes);
- ``factcheck/knowledge/data/WORDNET-LICENSE.md``: attribution and the licence
  texts carried in the archive (CC BY 4.0 for Open English Wordnet, the WordNet
  licence for what comes from Princeton WordNet).

What the table holds, per lower-cased lemma and part of speech (n, v, a, r; adjective
satellites fold into a):

Each row is one string (see ``encode_row``), decoded on demand, so loading is fast:

- ``senses``: the synsets of the lemma's first ``--sense-limit`` senses, in WordNet's
  sense order (most frequent first);
- ``extra``: synsets reached in one hop over a derivation link from one of those
  senses to a sense that is itself among the first ``--sense-limit`` senses of its
  own lemma ("resign" v <-> "resignation" n); links are made symmetric;
- ``anti``: synsets opposite in meaning: direct antonyms of the senses, antonyms of
  their derivationally related senses, antonyms of the head adjective a satellite
  adjective is 'similar' to, and the satellites 'similar' to each antonym head;
  then the derivations of all of these (so a verb is opposite to its antonym's noun);
- ``antonyms``: the lemmas of the direct and derivation-related antonym senses, and of
  the head adjectives' antonyms.

Plus ``hypernyms`` for noun and verb synsets (the is-a graph), and ``forms``:
irregular inflected forms from the archive ("won" -> "win"), with the suppletive
plural "people" -> "person", which WordNet lists only as a lemma of its own.

Usage: python tools/build_meaning_table.py [--sense-limit 3] [--archive PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
import tarfile
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]
ARCHIVE = ("wordnet", "english-wordnet-src-yaml.tar.gz")
OUT_DIR = REPO / "factcheck" / "knowledge" / "data"
TABLE_NAME = "meanings.json.gz"
LICENSE_NAME = "WORDNET-LICENSE.md"
FORMAT_VERSION = 1
DEFAULT_SENSE_LIMIT = 3

# Suppletive plurals that WordNet keeps as separate lemmas but that count as the
# plural of another noun as well ("300 people" counts persons).
SUPPLETIVE_PLURALS = {"people": "person"}

EXIT_NO_DATA = 2

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_root() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@dataclass
class Source:
    entries: dict[str, Any] = field(default_factory=dict)
    synsets: dict[str, Any] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


def read_archive(path: Path) -> Source:
    """Stream the archive's members: entries, synsets and the licence texts."""
    src = Source()
    with tarfile.open(path, mode="r:gz") as tf:
        for member in tf:
            if not member.isfile():
                continue
            base = member.name.rsplit("/", 1)[-1]
            fh = tf.extractfile(member)
            if fh is None:
                continue
            if base in ("LICENSE.md", "WNDB_License.txt", "README.md") and member.name.count("/") == 1:
                src.texts[base] = fh.read().decode("utf-8")
                continue
            if not base.endswith(".yaml"):
                continue
            kind = base.split(".", 1)[0]
            if base.startswith("entries-"):
                src.entries.update(yaml.load(fh.read(), Loader=_Loader))
            elif kind in ("noun", "verb", "adj", "adv"):
                src.synsets.update(yaml.load(fh.read(), Loader=_Loader))
    return src


def fold_pos(pos: str) -> str:
    return "a" if pos == "s" else pos


def key(lemma: str) -> str:
    return " ".join(lemma.lower().replace("_", " ").split())


@dataclass(frozen=True)
class Sense:
    sid: str  # the sense key
    lemma: str  # folded key
    pos: str  # folded part of speech
    synset: str
    rank: int  # position among the senses of this (case-exact) entry
    raw: dict[str, Any]


def symmetric(pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for a, b in pairs:
        out[a].add(b)
        out[b].add(a)
    return out


@dataclass
class Graph:
    """The parts of the archive the table is made of, indexed."""

    sense_limit: int
    senses: dict[str, Sense] = field(default_factory=dict)
    # (lemma key, pos) -> its first sense_limit senses (per case variant), in order
    by_entry: dict[tuple[str, str], list[Sense]] = field(default_factory=lambda: defaultdict(list))
    forms: dict[str, dict[str, set[str]]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    deriv: dict[str, set[str]] = field(default_factory=dict)  # sense -> senses (symmetric)
    anto: dict[str, set[str]] = field(default_factory=dict)  # sense -> senses (symmetric)
    similar: dict[str, set[str]] = field(default_factory=dict)  # synset -> synsets (symmetric)
    synset_senses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    hyper: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def from_source(cls, src: Source, sense_limit: int) -> Graph:
        g = cls(sense_limit)
        for lemma in sorted(src.entries, key=lambda s: (s.lower() != s, s)):
            for pos_raw, body in sorted(src.entries[lemma].items()):
                g.add_entry(key(lemma), fold_pos(pos_raw), body)
        for plural, singular in SUPPLETIVE_PLURALS.items():
            g.forms["n"][plural].add(singular)
        g.deriv = symmetric(
            (sid, t) for sid, s in g.senses.items() for t in s.raw.get("derivation") or [] if t in g.senses
        )
        g.anto = symmetric((sid, t) for sid, s in g.senses.items() for t in s.raw.get("antonym") or [] if t in g.senses)
        g.similar = symmetric((syn_id, t) for syn_id, syn in src.synsets.items() for t in syn.get("similar") or [])
        for sid in sorted(g.senses):
            g.synset_senses[g.senses[sid].synset].append(sid)
        for syn_id, syn in src.synsets.items():
            targets = sorted(set(syn.get("hypernym") or []) | set(syn.get("instance_hypernym") or []))
            if targets:
                g.hyper[syn_id] = targets
        return g

    def add_entry(self, k: str, pos: str, body: dict[str, Any]) -> None:
        for form in body.get("form") or []:
            fk = key(str(form))
            if fk != k:
                self.forms[pos][fk].add(k)
        for rank, raw in enumerate(body.get("sense") or []):
            s = Sense(raw["id"], k, pos, raw["synset"], rank, raw)
            self.senses[s.sid] = s
            if rank < self.sense_limit:
                self.by_entry[(k, pos)].append(s)

    def frequent(self, sid: str) -> bool:
        return self.senses[sid].rank < self.sense_limit

    def related(self, sid: str) -> list[str]:
        """Senses one derivation link away that are frequent senses of their own lemma."""
        return [d for d in sorted(self.deriv.get(sid, ())) if self.frequent(d)]

    def antonym_senses(self, s: Sense) -> set[str]:
        """Direct antonyms, antonyms of derivations, and of the heads a satellite is similar to."""
        out: set[str] = set()
        for base in [s.sid, *self.related(s.sid)]:
            out.update(self.anto.get(base, ()))
        if s.pos == "a":
            for head in sorted(self.similar.get(s.synset, ())):
                for hs in self.synset_senses[head]:
                    out.update(self.anto.get(hs, ()))
        return out

    def row(self, lst: list[Sense]) -> list[Any]:
        """One lemma's row: own synsets, derivation synsets, opposite synsets, antonym lemmas."""
        own: list[str] = []
        for s in lst:
            if s.synset not in own:
                own.append(s.synset)
        extra: set[str] = set()
        anti_senses: set[str] = set()
        for s in lst:
            extra.update(self.senses[d].synset for d in self.related(s.sid))
            anti_senses |= self.antonym_senses(s)
        anti: set[str] = set()
        for a in anti_senses:
            anti.add(self.senses[a].synset)
            anti.update(self.senses[d].synset for d in self.related(a))
            if self.senses[a].pos == "a":
                anti.update(self.similar.get(self.senses[a].synset, ()))
        anti_lemmas = {self.senses[a].lemma for a in anti_senses} - {lst[0].lemma}
        row: list[Any] = [own, sorted(extra - set(own)), sorted(anti), sorted(anti_lemmas)]
        while row and not row[-1]:
            row.pop()
        return row

    def with_ancestors(self, synsets: set[str]) -> set[str]:
        used = set(synsets)
        frontier = sorted(used)
        while frontier:
            nxt = []
            for syn_id in frontier:
                for h in self.hyper.get(syn_id, []):
                    if h not in used:
                        used.add(h)
                        nxt.append(h)
            frontier = nxt
        return used


def build(src: Source, sense_limit: int) -> dict[str, Any]:
    g = Graph.from_source(src, sense_limit)
    rows: dict[tuple[str, str], list[Any]] = {}
    referenced: set[str] = set()
    for (k, pos), lst in sorted(g.by_entry.items()):
        row = rows[(k, pos)] = g.row(lst)
        for part in row[:3]:
            referenced.update(part)
    ids = sorted(g.with_ancestors(referenced))
    index = {syn_id: i for i, syn_id in enumerate(ids)}
    lemmas_out: dict[str, dict[str, str]] = defaultdict(dict)
    for (k, pos), row in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[0][1])):
        lemmas_out[pos][k] = encode_row(row, index)
    return {
        "format": FORMAT_VERSION,
        "source": "Open English Wordnet (YAML source), CC BY 4.0; WordNet 3.1 licence",
        "sense_limit": sense_limit,
        "synsets": ids,
        "lemmas": {pos: lemmas_out[pos] for pos in sorted(lemmas_out)},
        "hypernyms": [",".join(str(index[h]) for h in g.hyper.get(s, [])) for s in ids],
        "forms": {pos: {f: sorted(v) for f, v in sorted(g.forms[pos].items())} for pos in sorted(g.forms)},
    }


def encode_row(row: list[Any], index: dict[str, int]) -> str:
    """One lemma's row as text, decoded on demand: synset numbers joined by ',', fields
    by ';', antonym lemmas joined by '|'; empty trailing fields are dropped."""
    fields = [",".join(str(index[x]) for x in row[i]) for i in range(min(3, len(row)))]
    if len(row) > 3:
        for lemma in row[3]:
            if "|" in lemma or ";" in lemma:
                raise ValueError(f"lemma with a separator: {lemma!r}")
        fields.append("|".join(row[3]))
    return ";".join(fields)


def encode(table: dict[str, Any]) -> bytes:
    text = json.dumps(table, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def license_text(src: Source) -> str:
    parts = [
        "# Open English Wordnet: attribution and licences",
        "",
        "`meanings.json.gz` in this folder is derived from Open English Wordnet",
        "(https://github.com/globalwordnet/english-wordnet), which is released under the",
        "Creative Commons Attribution 4.0 International licence (CC BY 4.0,",
        "https://creativecommons.org/licenses/by/4.0/) by the Open English WordNet team,",
        "and is itself derived from Princeton WordNet 3.1 under the WordNet licence.",
        "Copyright (c) 2019-present, The Open English WordNet Team.",
        "WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved.",
        "",
        "Changes: the table keeps, per lemma and part of speech, the synset identifiers of",
        "its most frequent senses, their derivational links, antonyms and the hypernym",
        "graph; definitions, examples and all other fields are left out.",
        "",
        "The licence texts follow, as distributed with Open English Wordnet.",
        "",
        "## LICENSE.md (Open English Wordnet)",
        "",
        "```text",
        src.texts.get("LICENSE.md", "").rstrip(),
        "```",
        "",
        "## WNDB_License.txt (WordNet licence)",
        "",
        "```text",
        src.texts.get("WNDB_License.txt", "").rstrip(),
        "```",
        "",
    ]
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument(
        "--sense-limit", type=int, default=DEFAULT_SENSE_LIMIT, help="senses kept per lemma (most frequent first)"
    )
    ap.add_argument(
        "--archive", type=Path, default=None, help="the OEWN YAML source archive (default: the data root's)"
    )
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="output folder")
    args = ap.parse_args(argv)
    if args.sense_limit < 1:
        print("--sense-limit must be at least 1", file=sys.stderr)
        return EXIT_NO_DATA
    archive = args.archive or data_root().joinpath(*ARCHIVE)
    if args.archive is not None and not archive.is_file():
        print(f"data not found: {archive.name}: no such file", file=sys.stderr)
        return EXIT_NO_DATA
    if not archive.is_file():
        print(
            f"data not found: {'/'.join(ARCHIVE)} under the data root (set FACTCHECK_DATA to the folder holding it)",
            file=sys.stderr,
        )
        return EXIT_NO_DATA
    t0 = time.perf_counter()
    try:
        src = read_archive(archive)
    except (OSError, tarfile.TarError, yaml.YAMLError) as exc:
        print(f"{archive.name}: cannot read the archive: {exc}", file=sys.stderr)
        return EXIT_NO_DATA
    t_read = time.perf_counter() - t0
    table = build(src, args.sense_limit)
    blob = encode(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / TABLE_NAME).write_bytes(blob)
    (args.out / LICENSE_NAME).write_text(license_text(src), encoding="utf-8")
    elapsed = time.perf_counter() - t0
    lemma_keys = {k for per_pos in table["lemmas"].values() for k in per_pos}
    rows = [row.split(";") for per_pos in table["lemmas"].values() for row in per_pos.values()]
    figures = {
        "lemmas": len(lemma_keys),
        "lemma_pos_entries": len(rows),
        "multiword_lemmas": sum(1 for k in lemma_keys if " " in k),
        "classes_synsets": len(table["synsets"]),
        "entries_with_antonyms": sum(1 for r in rows if len(r) > 2 and r[2]),
        "hypernym_links": sum(len(h.split(",")) for h in table["hypernyms"] if h),
        "sense_limit": args.sense_limit,
        "size_bytes": len(blob),
        "read_seconds": round(t_read, 1),
        "build_seconds": round(elapsed, 1),
    }
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
