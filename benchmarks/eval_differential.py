"""Differential benchmark: one fact changed in one real article, where another
article of the same event states that fact in its own words.

Data: MEANTIME English (Wikinews, CC BY 4.0) ``meantime/meantime_en_docs.jsonl``
and ECB+ (Cybulska & Vossen, LREC 2014) ``ecbplus/ecbplus_docs.jsonl``, read
from ``../shared/data`` (or ``FACTCHECK_DATA``). The edits are hand-written in
``differential/*_edits.yaml`` next to this script; ``differential/README.md``
gives the schema.

Each edit names an article, an exact passage of it (``find``, occurring once),
its replacement, and a witness: another article of the same event that states
the same fact in different words. A *planted* edit changes the fact (a date, a
number, a polarity, a quotation, a speaker, a place, the holder of a role, an
age) so that the edited article contradicts the witness; a *benign* edit
rewrites it without changing the meaning ("Monday" as the date it resolves to,
"%" as "per cent", "said" as "told reporters").

For every edit, a temporary folder gets the witness article and the edited
article (with ``--context N``, also up to N other articles of the same event
cluster), each written as Markdown with a ``published:`` front matter from the
corpus' creation date. ``factcheck.run`` checks the folder twice: unedited
(the baseline) and edited. Findings are compared by rule and the sentences
(article and line) they cite, so a finding present in both runs is not new,
even when the edit changed the wording of a sentence it cites.

* A planted edit is **caught** when a new finding cites the edited sentence of
  the edited article. Any other new finding is a false alarm.
* For a benign edit every new finding is a false alarm.

Validation, printed before the figures: ``find`` occurs exactly once in the
article, the witness text occurs in the witness article, the kinds come from
the closed set, ids are unique. The share of tokens the edited sentence shares
with the witness sentence is measured; planted edits whose sentences share
half their tokens or more do not meet the "different words" criterion and are
flagged (they are still run).

The corpus text is tokenised; both corpora are written back as running text
(the ECB+ helper of ``eval_ecbplus.py``), and ``find`` / ``witness.text`` are
matched against that running text.

Usage::

    python benchmarks/eval_differential.py             # every edit
    python benchmarks/eval_differential.py --quick     # a small sample
    python benchmarks/eval_differential.py --kind date --verbose
    python benchmarks/eval_differential.py --json
    python benchmarks/eval_differential.py --validate  # check the edit files only
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import yaml  # type: ignore[import-untyped]
from _common import dump_json, machine, machine_line, pct, ratio, require
from eval_ecbplus import _QUOTES, detokenise, url_date

import factcheck
from factcheck.checks.claims import claim_index
from factcheck.engine.align import align, compare_claims
from factcheck.engine.corpus import Corpus
from factcheck.pipeline.core import extract_all, load_targets

EDITS_DIR = Path(__file__).resolve().parent / "differential"
PLANTED_KINDS = ("date", "number", "polarity", "quotation", "speaker", "place", "role", "age")
KINDS = (*PLANTED_KINDS, "benign")
CORPORA = ("meantime", "ecbplus")
QUICK_PER_KIND = 1
MAX_SHARED = 0.5
_TOKEN = re.compile(r"\w+", re.UNICODE)


# --------------------------------------------------------------------------- corpora


@dataclass
class Doc:
    name: str
    corpus: str
    text: str  # running text, one sentence per line
    published: date | None
    cluster: str  # the event cluster (ECB+ sub-topic; MEANTIME: the doc itself)
    instances: frozenset[str] = field(default_factory=frozenset)  # MEANTIME cross-document event instances


def running_text(tokenised: str) -> str:
    """Tokenised lines ("Boeing 's `` new '' plane .") as running text
    ("Boeing's \u201cnew\u201d plane.")."""
    out = []
    open_double = False
    for line in tokenised.split("\n"):
        toks = line.split()
        space, open_double = detokenise(toks, open_double)
        out.append("".join((" " if sp else "") + _QUOTES.get(t, t) for t, sp in zip(toks, space)))
    return "\n".join(out)


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None  # one MEANTIME creation date is written "03-02-2009": ambiguous, left out


def load_meantime() -> dict[str, Doc]:
    root = require("meantime")
    require("meantime", "meantime_en_docs.jsonl")
    xml_root = root / "intra_cross-doc_annotation"
    docs = {}
    for line in (root / "meantime_en_docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        instances: frozenset[str] = frozenset()
        xml = xml_root / r["corpus"] / r["doc"]
        if xml.exists():
            instances = frozenset(re.findall(r'<EVENT [^>]*instance_id="([^"]+)"', xml.read_text(encoding="utf-8")))
        docs[r["doc"]] = Doc(r["doc"], "meantime", running_text(r["text"]), _iso(r.get("dct")), r["doc"], instances)
    return docs


def load_ecbplus() -> dict[str, Doc]:
    root = require("ecbplus")
    require("ecbplus", "ecbplus_docs.jsonl")
    docs = {}
    for line in (root / "ecbplus_docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        docs[r["doc"]] = Doc(r["doc"], "ecbplus", running_text(r["text"]), url_date(r.get("source_url")), r["subtopic"])
    return docs


def cluster_mates(doc: Doc, docs: dict[str, Doc], exclude: set[str], n: int) -> list[Doc]:
    """Up to n other articles of doc's event: its ECB+ sub-topic; in MEANTIME,
    the articles sharing the most cross-document event instances with it."""
    if n <= 0:
        return []
    if doc.corpus == "ecbplus":
        mates = [d for d in docs.values() if d.cluster == doc.cluster and d.name not in exclude]
        return sorted(mates, key=lambda d: d.name)[:n]
    scored = [(len(doc.instances & d.instances), d.name) for d in docs.values() if d.name not in exclude]
    return [docs[name] for shared, name in sorted(scored, key=lambda x: (-x[0], x[1])) if shared > 0][:n]


# --------------------------------------------------------------------------- edits


@dataclass
class Edit:
    id: str
    corpus: str
    article: str
    find: str
    replace: str
    kind: str
    subkind: str
    expect: str
    witness_article: str
    witness_text: str
    note: str
    source: str  # the edit file
    problems: list[str] = field(default_factory=list)
    shared: float | None = None  # token overlap of the edited and the witness sentence
    offset: int = -1  # where find occurs in the article text

    @property
    def planted(self) -> bool:
        return self.kind != "benign"


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def shared_share(a: str, b: str) -> float:
    """Share of the two sentences' distinct tokens (lower-cased words) that
    both hold: 2 |A & B| / (|A| + |B|)."""
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta or not tb:
        return 0.0
    return 2 * len(ta & tb) / (len(ta) + len(tb))


def line_of(text: str, start: int, end: int) -> tuple[int, int]:
    """The character range of the line(s) holding [start, end)."""
    s = text.rfind("\n", 0, start) + 1
    e = text.find("\n", end)
    return s, (len(text) if e < 0 else e)


def load_edits(paths: list[Path]) -> list[Edit]:
    edits = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        if not isinstance(data, list):
            raise SystemExit(f"{path.name}: expected a list of edits")
        for i, e in enumerate(data):
            if not isinstance(e, dict):
                raise SystemExit(f"{path.name}: entry {i + 1} is not a mapping")
            w = e.get("witness") or {}
            edits.append(
                Edit(
                    id=str(e.get("id", f"{path.stem}#{i + 1}")),
                    corpus=str(e.get("corpus", "")),
                    article=str(e.get("article", "")),
                    find=str(e.get("find", "")),
                    replace=str(e.get("replace", "")),
                    kind=str(e.get("kind", "")),
                    subkind=str(e.get("subkind", "") or ""),
                    expect=str(e.get("expect", "")),
                    witness_article=str(w.get("article", "")) if isinstance(w, dict) else "",
                    witness_text=str(w.get("text", "")) if isinstance(w, dict) else "",
                    note=str(e.get("note", "") or ""),
                    source=path.name,
                )
            )
    return edits


def _check_fields(e: Edit, seen: Counter[str]) -> None:
    if seen[e.id] > 1:
        e.problems.append("duplicate id")
    if e.kind not in KINDS:
        e.problems.append(f"kind {e.kind!r} not in {', '.join(KINDS)}")
    want = "none" if e.kind == "benign" else "conflict"
    if e.expect != want:
        e.problems.append(f"expect should be {want!r} for kind {e.kind!r}")
    if e.kind == "benign" and not e.subkind:
        e.problems.append("benign edit without subkind")
    if e.corpus not in CORPORA:
        e.problems.append(f"corpus {e.corpus!r} not in {', '.join(CORPORA)}")
        return
    if not e.find or e.find == e.replace:
        e.problems.append("empty find or find == replace")
    if "\n" in e.find or "\n" in e.replace:
        e.problems.append("find and replace must stay within one line")


def _check_article(e: Edit, docs: dict[str, Doc]) -> Doc | None:
    doc = docs.get(e.article)
    if doc is None:
        e.problems.append(f"article {e.article!r} not in {e.corpus}")
        return None
    n = doc.text.count(e.find) if e.find else 0
    if n != 1:
        e.problems.append(f"find occurs {n} times in the article")
    else:
        e.offset = doc.text.find(e.find)
    return doc


def _check_witness(e: Edit, doc: Doc | None, docs: dict[str, Doc]) -> None:
    if not e.planted and not e.witness_article and not e.witness_text and doc is not None:
        mates = cluster_mates(doc, docs, {doc.name}, 1)
        if not mates:
            e.problems.append("benign edit without a witness, and no other article in its cluster")
            return
        e.witness_article, e.witness_text = mates[0].name, ""  # the pair partner; nothing to match
        return
    wdoc = docs.get(e.witness_article)
    if wdoc is None:
        e.problems.append(f"witness article {e.witness_article!r} not in {e.corpus}")
    elif not e.witness_text or e.witness_text not in wdoc.text:
        e.problems.append("witness text not found in the witness article")
    elif e.witness_article == e.article:
        e.problems.append("witness is the edited article")
    if doc is not None and e.offset >= 0 and wdoc is not None and e.witness_text in wdoc.text:
        s, t = line_of(doc.text, e.offset, e.offset + len(e.find))
        ws = wdoc.text.find(e.witness_text)
        a, b = line_of(wdoc.text, ws, ws + len(e.witness_text))
        e.shared = shared_share(doc.text[s:t], wdoc.text[a:b])


def validate(edits: list[Edit], corpora: dict[str, dict[str, Doc]]) -> None:
    """Fill each edit's problems, offset and token overlap."""
    seen = Counter(e.id for e in edits)
    for e in edits:
        _check_fields(e, seen)
        if e.corpus not in CORPORA:
            continue
        docs = corpora.get(e.corpus, {})
        _check_witness(e, _check_article(e, docs), docs)


def edit_files() -> list[Path]:
    return sorted(EDITS_DIR.glob("*_edits.yaml"))


# --------------------------------------------------------------------------- running factcheck


def front_matter(doc: Doc) -> str:
    return f"---\npublished: {doc.published.isoformat()}\n---\n\n" if doc.published else ""


def article_id(name: str) -> str:
    return Path(name).stem


def write_folder(folder: Path, docs: list[tuple[Doc, str]]) -> dict[str, int]:
    """Each article as <stem>.md with its front matter; returns the header length per article id."""
    heads = {}
    for doc, text in docs:
        head = front_matter(doc)
        (folder / f"{article_id(doc.name)}.md").write_text(head + text, encoding="utf-8")
        heads[article_id(doc.name)] = len(head)
    return heads


def signature(f: Any) -> tuple[Any, ...]:
    """What a finding is, independent of its id and of the edit: its rule and
    the sentences it cites, by article and line (an edit never adds or
    removes a line, so a finding the baseline already had on the edited
    sentence is not new)."""
    return (f.rule, tuple(sorted({(c.article, c.line) for c in f.claims})))


@dataclass
class Outcome:
    edit: Edit
    caught: bool = False
    new: list[Any] = field(default_factory=list)  # new findings in the edited run
    false_alarms: list[Any] = field(default_factory=list)
    error: str = ""


@dataclass
class Setting:
    """An edit in its articles: the edited article's text, the witness and
    the other articles run with it, and where the edited line lies in the
    file written for it (:meth:`write`)."""

    edit: Edit
    doc: Doc
    witness: Doc
    others: list[Doc]
    edited: str

    @classmethod
    def of(cls, edit: Edit, docs: dict[str, Doc], context: int) -> Setting:
        doc, wdoc = docs[edit.article], docs[edit.witness_article]
        edited = doc.text[: edit.offset] + edit.replace + doc.text[edit.offset + len(edit.find) :]
        return cls(edit, doc, wdoc, cluster_mates(doc, docs, {doc.name, wdoc.name}, context), edited)

    @property
    def article(self) -> str:
        return article_id(self.doc.name)

    def write(self, folder: Path, text: str) -> tuple[int, int]:
        """The articles into ``folder``, the edited one with ``text``; the
        character range of the edited line in its file."""
        heads = write_folder(
            folder, [(self.witness, self.witness.text), (self.doc, text), *((o, o.text) for o in self.others)]
        )
        s, t = line_of(self.edited, self.edit.offset, self.edit.offset + len(self.edit.replace))
        return s + heads[self.article], t + heads[self.article]


def run_edit(edit: Edit, docs: dict[str, Doc], ruleset: Any, context: int) -> Outcome:
    out = Outcome(edit)
    setting = Setting.of(edit, docs, context)
    found = {}
    for label, text in (("baseline", setting.doc.text), ("edited", setting.edited)):
        with tempfile.TemporaryDirectory(prefix="fc-diff-") as tmp:
            folder = Path(tmp)
            s, t = setting.write(folder, text)
            report, errors = factcheck.run(folder, ruleset=ruleset)
            if errors:
                out.error = "; ".join(str(x) for x in errors)
            found[label] = list(report.findings)
    base = {signature(f) for f in found["baseline"]}
    out.new = [f for f in found["edited"] if signature(f) not in base]
    aid = setting.article

    def cites_edit(f: Any) -> bool:
        return any(c.article == aid and c.span.start < t and c.span.end > s for c in f.claims)

    if edit.planted:
        hits = [f for f in out.new if cites_edit(f)]
        out.caught = bool(hits)
        out.false_alarms = [f for f in out.new if not cites_edit(f)]
    else:
        out.false_alarms = list(out.new)
    return out


#: The claim slots an edit of each kind changes.
SLOTS_OF = {
    "date": ("date",),
    "number": ("number", "ordinal", "score"),
    "place": ("place",),
    "role": ("holder",),
    "age": ("age",),
    "polarity": ("polarity",),
    "quotation": ("quote",),
    "speaker": ("quote",),
}
#: Where a missed edit stops, in pipeline order.
STOPS = ("no claim", "no alignment", "aligned, no conflict", "conflict held back")


def why_missed(edit: Edit, docs: dict[str, Doc], ruleset: Any, context: int, min_score: float = 0.3) -> str:
    """Where a missed edit stops: the edited sentence gives no claim of the
    edited kind; or no claim of it aligns with any other claim at ``min_score``
    (the lowest a claim rule asks); or the aligned pairs are the same,
    compatible or not comparable; or a conflicting pair is held back (two
    events, a weak alignment, an article with two values for the slot)."""
    setting = Setting.of(edit, docs, context)
    with tempfile.TemporaryDirectory(prefix="fc-diff-") as tmp:
        s, t = setting.write(Path(tmp), setting.edited)
        articles, _ = load_targets([Path(tmp)])
        extractions = extract_all(articles, ruleset, None, jobs=1)
    index = claim_index(Corpus.build(extractions, ruleset.knowledge))
    aid = setting.article
    slots = SLOTS_OF[edit.kind]
    mine = {c.id for c in index.claims if c.slot in slots and c.article == aid and c.span.start < t and c.span.end > s}
    if not mine:
        return STOPS[0]
    pairs = [al for slot in slots for al in align(index, slot, min_score=min_score) if {al.a.id, al.b.id} & mine]
    if not pairs:
        return STOPS[1]
    if not any(compare_claims(al.a, al.b, index.lexicon).conflict for al in pairs):
        return STOPS[2]
    return STOPS[3]


def _print_stops(stops: list[tuple[Edit, str]]) -> None:
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for e, stop in stops:
        table[e.kind][stop] += 1
    print("where the missed planted edits stop:")
    print(f"  {'kind':<10} " + " ".join(f"{x:>22}" for x in STOPS))
    for kind in PLANTED_KINDS:
        if kind in table:
            print(f"  {kind:<10} " + " ".join(f"{table[kind][x]:>22}" for x in STOPS))
    total = Counter(stop for _, stop in stops)
    print(f"  {'all':<10} " + " ".join(f"{total[x]:>22}" for x in STOPS))


# --------------------------------------------------------------------------- figures


def sample(edits: list[Edit], per_kind: int) -> list[Edit]:
    """The first per_kind edits of each kind and corpus, in id order."""
    taken: Counter[tuple[str, str]] = Counter()
    out = []
    for e in sorted(edits, key=lambda e: e.id):
        if taken[e.corpus, e.kind] < per_kind:
            taken[e.corpus, e.kind] += 1
            out.append(e)
    return out


def summarise(outcomes: list[Outcome]) -> dict[str, Any]:
    per_kind: dict[str, dict[str, Any]] = {}
    by_kind: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.edit.kind].append(o)
    for k in KINDS:
        os_ = by_kind.get(k, [])
        if not os_:
            continue
        caught = sum(o.caught for o in os_)
        fa = sum(len(o.false_alarms) for o in os_)
        per_kind[k] = {
            "edits": len(os_),
            "caught": caught if k != "benign" else None,
            "recall": ratio(caught, len(os_)) if k != "benign" else None,
            "false_alarms": fa,
        }
    planted = [o for o in outcomes if o.edit.planted]
    benign = [o for o in outcomes if not o.edit.planted]
    fa_p = sum(len(o.false_alarms) for o in planted)
    fa_b = sum(len(o.false_alarms) for o in benign)
    caught = sum(o.caught for o in planted)
    per_corpus = {}
    for c in CORPORA:
        cp = [o for o in planted if o.edit.corpus == c]
        cb = [o for o in benign if o.edit.corpus == c]
        if cp or cb:
            per_corpus[c] = {
                "planted": len(cp),
                "caught": sum(o.caught for o in cp),
                "recall": ratio(sum(o.caught for o in cp), len(cp)),
                "benign": len(cb),
                "false_alarms_planted": sum(len(o.false_alarms) for o in cp),
                "false_alarms_benign": sum(len(o.false_alarms) for o in cb),
            }
    return {
        "planted": len(planted),
        "caught": caught,
        "recall": ratio(caught, len(planted)),
        "benign": len(benign),
        "false_alarms_planted": fa_p,
        "false_alarms_benign": fa_b,
        "false_alarms_per_planted_edit": ratio(fa_p, len(planted)),
        "false_alarms_per_benign_edit": ratio(fa_b, len(benign)),
        "benign_edits_with_false_alarm": sum(bool(o.false_alarms) for o in benign),
        "per_kind": per_kind,
        "per_corpus": per_corpus,
        "caught_ids": sorted(o.edit.id for o in planted if o.caught),
        "flagged_run": sum(o.edit.shared is not None and o.edit.shared >= MAX_SHARED for o in planted),
        "flagged_caught": sum(o.caught and o.edit.shared is not None and o.edit.shared >= MAX_SHARED for o in planted),
        "errors": [f"{o.edit.id}: {o.error}" for o in outcomes if o.error],
    }


def _show_finding(f: Any, out: Any) -> None:
    print(f"      {f.rule} {f.confidence}: {f.message[:160]}", file=out)
    for c in f.claims:
        print(f"        {c.side} {c.article}:{c.line} {c.text[:140]!r}", file=out)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--quick", action="store_true", help=f"the first {QUICK_PER_KIND} edit(s) of each kind in each corpus"
    )
    ap.add_argument("--corpus", choices=CORPORA, action="append", help="only edits on this corpus (repeatable)")
    ap.add_argument("--kind", choices=KINDS, action="append", help="only edits of this kind (repeatable)")
    ap.add_argument(
        "--context",
        type=int,
        default=0,
        metavar="N",
        help="also add up to N (at most 3) other articles of the event cluster",
    )
    ap.add_argument("--verbose", action="store_true", help="print misses and false alarms (to stderr)")
    ap.add_argument(
        "--why",
        action="store_true",
        help="trace each missed planted edit through the claims and print where it stops (slower)",
    )
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--validate", action="store_true", help="validate the edit files and stop")
    return ap


def _print_edits(edits: list[Edit], n_files: int, invalid: list[Edit], same_words: list[Edit], stream: Any) -> None:
    counts = Counter(e.kind for e in edits)
    print(
        f"edits: {len(edits)} in {n_files} files ({', '.join(f'{k} {counts[k]}' for k in KINDS if counts[k])})",
        file=stream,
    )
    for e in invalid:
        print(f"  INVALID {e.source} {e.id}: {'; '.join(e.problems)}", file=stream)
    for e in same_words:
        print(f"  shares {e.shared:.2f} of its tokens with the witness (not 'different words'): {e.id}", file=stream)


def _print_misses(outcomes: list[Any]) -> None:
    err = sys.stderr
    for o in outcomes:
        e = o.edit
        if e.planted and not o.caught:
            print(f"MISS {e.id} [{e.kind}] {e.find!r} -> {e.replace!r}", file=err)
        for f in o.false_alarms:
            print(f"FALSE ALARM {e.id} [{e.kind}] {e.find!r} -> {e.replace!r}", file=err)
            _show_finding(f, err)


def _print_result(result: dict[str, Any], n_edits: int, n_invalid: int, n_same: int, context: int) -> None:
    print(
        f"Differential benchmark: {result['run']} edits run ({result['planted']} planted, {result['benign']} benign)"
        f" of {n_edits} in the edit files; {n_invalid} invalid, {n_same} flagged for shared words;"
        f" {context} context articles"
    )
    for k in KINDS:
        pk = result["per_kind"].get(k)
        if pk is None:
            continue
        if k == "benign":
            print(f"  {k:<10} {pk['edits']:>4} edits  false alarms {pk['false_alarms']}")
        else:
            print(
                f"  {k:<10} {pk['edits']:>4} edits  caught {pk['caught']:>3}  recall {pct(pk['recall']):>6}  false alarms {pk['false_alarms']}"
            )
    fpp, fpb = result["false_alarms_per_planted_edit"], result["false_alarms_per_benign_edit"]
    print(f"  recall over all planted edits: {pct(result['recall'])} ({result['caught']} of {result['planted']})")
    print(
        f"  false alarms per edit: planted {'n/a' if fpp is None else f'{fpp:.3f}'} ({result['false_alarms_planted']}),"
        f" benign {'n/a' if fpb is None else f'{fpb:.3f}'} ({result['false_alarms_benign']};"
        f" {result['benign_edits_with_false_alarm']} benign edits with a false alarm)"
    )
    for c, pc in result["per_corpus"].items():
        print(
            f"  {c}: recall {pct(pc['recall'])} ({pc['caught']} of {pc['planted']} planted);"
            f" false alarms {pc['false_alarms_planted']} on planted, {pc['false_alarms_benign']} on {pc['benign']} benign edits"
        )
    if result["flagged_run"]:
        print(
            f"  of these, {result['flagged_run']} planted edits share half their words or more with the witness;"
            f" {result['flagged_caught']} of them caught"
        )
    if result["caught_ids"]:
        print(f"  caught: {', '.join(result['caught_ids'])}")
    for line in result["errors"]:
        print(f"  input error: {line}")
    print(f"  {result['seconds']:.1f} s; {machine_line(result['machine'])}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    context = max(0, min(3, args.context))

    files = edit_files()
    if not files:
        print(f"no edit files found: {EDITS_DIR.name}/*_edits.yaml", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    edits = load_edits(files)
    wanted = {e.corpus for e in edits if e.corpus in CORPORA}
    loaders = {"meantime": load_meantime, "ecbplus": load_ecbplus}
    corpora = {c: loaders[c]() for c in sorted(wanted)}
    validate(edits, corpora)
    invalid = [e for e in edits if e.problems]
    same_words = [e for e in edits if e.planted and not e.problems and e.shared is not None and e.shared >= MAX_SHARED]
    if not args.json or args.validate:
        _print_edits(edits, len(files), invalid, same_words, sys.stdout if args.validate else sys.stderr)
    if args.validate:
        return 1 if invalid else 0

    todo = [e for e in edits if not e.problems]
    if args.kind:
        todo = [e for e in todo if e.kind in args.kind]
    if args.corpus:
        todo = [e for e in todo if e.corpus in args.corpus]
    todo = sorted(todo, key=lambda e: e.id)
    if args.quick:
        todo = sample(todo, QUICK_PER_KIND)

    ruleset = factcheck.load_rules()
    outcomes = [run_edit(e, corpora[e.corpus], ruleset, context) for e in todo]
    result: dict[str, Any] = {
        "benchmark": "differential",
        "quick": args.quick,
        "context_articles": context,
        "edits_in_files": len(edits),
        "invalid": len(invalid),
        "same_words_flagged": len(same_words),
        "run": len(outcomes),
        **summarise(outcomes),
        "seconds": round(time.perf_counter() - t0, 2),
        "machine": machine(),
    }
    if args.verbose:
        _print_misses(outcomes)
    stops = [
        (o.edit, why_missed(o.edit, corpora[o.edit.corpus], ruleset, context))
        for o in outcomes
        if args.why and o.edit.planted and not o.caught
    ]
    if stops:
        result["stops"] = {k: dict(Counter(stop for e, stop in stops if e.kind == k)) for k in PLANTED_KINDS}
    if args.json:
        dump_json(result)
        return 0
    _print_result(result, len(edits), len(invalid), len(same_words), context)
    if stops:
        _print_stops(stops)
    return 0


if __name__ == "__main__":
    sys.exit(main())
