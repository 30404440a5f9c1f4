"""Same event or not: false alarms and event merging on ECB+.

Data: ECB+ (Cybulska & Vossen, LREC 2014), ``ecbplus/ecbplus_docs.jsonl`` for
the texts and ``ecbplus/ECB+/<topic>/*.xml`` for the gold annotation. Each of
the 43 topics holds two sub-topics: two different real events of the same type
(two earthquakes, two rehab check-ins), each covered by several outlets.

Measured:

* **False alarms per 100 articles.** The full rule set runs inside each
  sub-topic (one real event, several outlets). Consistent coverage of one
  event should raise nothing; each finding is a false alarm unless it is
  listed as genuine in ``ecbplus_reviewed.yaml`` (next to this script), where
  every finding the benchmark ever produced was read and judged by hand.
* **Event merging.** The rules run over each whole topic (both sub-topics),
  so events of one type from two different real events can be merged.
  factcheck's event mentions (facts with an event trigger) are mapped to the
  gold ACTION_* / NEG_ACTION_* markables whose tokens overlap the trigger;
  then every pair of mapped mentions from two different documents is a
  "same event" decision: factcheck says same when both mentions are in one
  factcheck event, gold says same when both markables belong to one
  CROSS_DOC_COREF instance. Pairwise precision and recall follow, over the
  sentences the ECB+ annotators marked as coreference-annotated
  (``ECBplus_coreference_sentences.csv``, as the corpus README advises).
  Coverage recall divides by every gold cross-document pair in those
  sentences, mapped or not.
* **Cross-sub-topic merges**: factcheck events whose mentions come from both
  sub-topics of a topic (two different real events merged into one); should
  be 0.
* **Real discrepancies found.** ``differential/real_discrepancies.yaml`` lists
  the disagreements the untouched sub-topics already hold, labelled by hand
  (two articles of one event that state one fact differently). Each side is
  one article's sentence stating one value; its ``also`` sentences state the
  same value of the same fact in other articles of the sub-topic. One counts
  as found when a single finding of the sub-topic run, of a rule of the
  label's kind, cites on its two sides a sentence holding each side's text or
  one of its ``also`` texts (in that text's article); printed per kind.

ECB+ has no publication dates. Dates are parsed from ``source_url`` where the
URL holds a full date (``/2013/may/03/``, ``/2012/08/07/``, ``2013-07-21``,
``20111110``); the other articles have none, so their relative dates stay
unresolved.

The corpus text is tokenised ("She ’ s in rehab ."); articles are written
back as running text ("She’s in rehab.") from the XML tokens before they are
checked, since factcheck reads published articles, not token streams (``--raw``
keeps the tokenisation, exactly the text of ``ecbplus_docs.jsonl``). Hyphens
split off by the tokeniser ("court - mandated") are left as they are.

Usage::

    python benchmarks/eval_ecbplus.py            # all 43 topics
    python benchmarks/eval_ecbplus.py --quick    # first 4 topics
    python benchmarks/eval_ecbplus.py --json
    python benchmarks/eval_ecbplus.py --show     # print every finding
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import article, dump_json, f1, machine, machine_line, pct, ratio, require  # noqa: E402

REVIEWED = Path(__file__).resolve().parent / "ecbplus_reviewed.yaml"
REAL = Path(__file__).resolve().parent / "differential" / "real_discrepancies.yaml"
QUICK_TOPICS = 4

_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
_URL_DATES = [
    # /2013/may/03/  /2013/05/03/  /2013-05-03  _2013_09_14_
    re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m>0?[1-9]|1[0-2]|[a-z]{3,9})[/_-](?P<d>0?[1-9]|[12]\d|3[01])(?!\d)", re.I
    ),
    # 20111110 (Reuters ids, dated file names)
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"),
]


def url_date(url: str | None) -> date | None:
    """A full publication date written in a URL, or None."""
    if not url:
        return None
    for rx in _URL_DATES:
        for m in rx.finditer(url):
            mon = m["m"].lower()
            month = int(mon) if mon.isdigit() else _MONTHS.get(mon[:3])
            if month is None:
                continue
            try:
                d = date(int(m["y"]), month, int(m["d"]))
            except ValueError:
                continue
            if date(1990, 1, 1) <= d <= date(2015, 12, 31):  # the corpus was collected in 2013-2014
                return d
    return None


# --------------------------------------------------------------------------- gold


@dataclass
class GoldMention:
    doc: str
    m_id: str
    tag: str
    spans: list[tuple[int, int]]
    sentence: int
    instance: str  # CROSS_DOC_COREF instance id, or a singleton id


@dataclass
class Doc:
    name: str
    topic: int
    subtopic: str
    url: str | None
    text: str
    published: date | None
    gold: list[GoldMention] = field(default_factory=list)


_ATTACH_LEFT = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "\u201d", "n't", "n\u2019t", "..."}
_ATTACH_RIGHT = {"(", "[", "{", "$", "``", "\u201c", "\u2018"}
_CLITICS = {"s", "t", "re", "ll", "d", "ve", "m"}
_BEFORE_CLOSE = {",", ".", "!", "?", "...", ";"}  # '"' right after these closes a quotation
_AFTER_CLOSE = {",", ".", ";", ":", "!", "?", ")"}
_BEFORE_OPEN = {":", "(", "[", "-", "--", "\u2014", "\u2013"}
_QUOTES = {"``": "\u201c", "''": "\u201d"}  # PTB-style quote tokens back to quote marks


def detokenise(tokens: list[str], open_double: bool = False) -> tuple[list[bool], bool]:
    """For each token of a sentence, whether a space goes before it when the
    sentence is written as running text ("She \u2019 s in rehab ." -> "She\u2019s
    in rehab."). A straight double quote closes after sentence punctuation or
    before punctuation, opens at the start or after a colon or dash, and
    otherwise alternates; ``open_double``: one opened in an earlier sentence is
    still open. The state after this sentence is returned."""
    space = [i > 0 for i in range(len(tokens))]
    for i, tok in enumerate(tokens):
        if tok in _ATTACH_LEFT or (tok[:1] in ("'", "\u2019") and tok[1:].lower() in _CLITICS and len(tok) > 1):
            space[i] = False
        if tok in _ATTACH_RIGHT and i + 1 < len(tokens):
            space[i + 1] = False
        if tok in ("'", "\u2019") and i + 1 < len(tokens) and tokens[i + 1].lower() in _CLITICS:
            space[i] = False  # "time \u2019 s" -> "time\u2019s"
            space[i + 1] = False
        if 0 < i < len(tokens) - 1 and tokens[i - 1][-1:].isdigit() and tokens[i + 1][:1].isdigit():
            thousands = tok == "," and len(tokens[i + 1]) == 3 and tokens[i + 1].isdigit() and len(tokens[i - 1]) <= 3
            if tok in (":", ".") or thousands:
                space[i] = space[i + 1] = False  # "3 : 23 PM" -> "3:23 PM", "1 . 7" -> "1.7", "1 , 098" -> "1,098"
        if tok == '"':
            prev = tokens[i - 1] if i else None
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is None or nxt in _AFTER_CLOSE or prev in _BEFORE_CLOSE:
                closing = True
            elif prev is None or prev in _BEFORE_OPEN:
                closing = False
            else:
                closing = open_double
            if closing:
                space[i] = False
            elif nxt is not None:
                space[i + 1] = False
            open_double = not closing
    return space, open_double


def parse_doc(xml_path: Path, *, raw: bool) -> tuple[str, list[GoldMention]]:
    """The article text and its ACTION_* / NEG_ACTION_* mentions with
    character spans into it. Sentences are joined by new lines; sentence 0 of
    an ``ecbplus`` file (its URL) is left out. ``raw``: tokens joined by
    spaces, as in ``ecbplus_docs.jsonl``; otherwise detokenised."""
    root = ET.parse(xml_path).getroot()
    plus = xml_path.name.endswith("ecbplus.xml")
    sentences: dict[int, list[tuple[str, str]]] = {}
    for t in root.iter("token"):
        sent = int(t.get("sentence"))
        if plus and sent == 0:
            continue
        sentences.setdefault(sent, []).append((t.get("t_id"), t.text or ""))
    parts: list[str] = []
    spans: dict[str, tuple[int, int, int]] = {}
    pos = 0
    open_double = False
    for n, sent in enumerate(sorted(sentences)):
        toks = sentences[sent]
        if n:
            parts.append("\n")
            pos += 1
        if raw:
            space = [i > 0 for i in range(len(toks))]
        else:
            space, open_double = detokenise([t for _, t in toks], open_double)
        for (tid, tok), sp in zip(toks, space):
            if not raw:
                tok = _QUOTES.get(tok, tok)
            if sp:
                parts.append(" ")
                pos += 1
            spans[tid] = (pos, pos + len(tok), sent)
            parts.append(tok)
            pos += len(tok)
    text = "".join(parts)
    instance: dict[str, str] = {}
    for rel in root.iter("CROSS_DOC_COREF"):
        for src in rel.iter("source"):
            instance[src.get("m_id")] = rel.get("note")
    gold = []
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if not (m.tag.startswith("ACTION_") or m.tag.startswith("NEG_ACTION_")):
            continue
        anchored = [spans[a.get("t_id")] for a in m.iter("token_anchor") if a.get("t_id") in spans]
        if not anchored:
            continue  # an instance descriptor, or a mention in the URL line
        mid = m.get("m_id")
        gold.append(
            GoldMention(
                doc=xml_path.name,
                m_id=mid,
                tag=m.tag,
                spans=[(s, e) for s, e, _ in anchored],
                sentence=anchored[0][2],
                instance=instance.get(mid) or f"{xml_path.name}#{mid}",
            )
        )
    return text, gold


def load_docs(root: Path, topics: set[int] | None, *, raw: bool = False) -> list[Doc]:
    docs = []
    for line in (root / "ecbplus_docs.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        r = json.loads(line)
        if topics is not None and r["topic"] not in topics:
            continue
        text, gold = parse_doc(root / "ECB+" / str(r["topic"]) / r["doc"], raw=raw)
        if raw and text != r["text"]:
            raise ValueError(f"{r['doc']}: the XML tokens do not give the jsonl text")
        docs.append(
            Doc(r["doc"], r["topic"], r["subtopic"], r.get("source_url"), text, url_date(r.get("source_url")), gold)
        )
    return docs


def selected_sentences(root: Path) -> set[tuple[str, int]]:
    out = set()
    with open(root / "ECBplus_coreference_sentences.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.add((f"{row['Topic']}_{row['File']}.xml", int(row["Sentence Number"])))
    return out


# --------------------------------------------------------------------------- running factcheck


def load_reviewed() -> dict[str, str]:
    """Findings judged genuine by hand: finding id -> why."""
    if not REVIEWED.exists():
        return {}
    import yaml

    data = yaml.safe_load(REVIEWED.read_text(encoding="utf-8")) or {}
    return {g["id"]: g.get("why", "") for g in data.get("genuine", []) or []}


def map_mention(fact, gold: list[GoldMention]) -> GoldMention | None:
    """The gold action markable that overlaps the trigger most."""
    ts = fact.trigger_span
    best, best_n = None, 0
    for g in gold:
        n = sum(max(0, min(e, ts.end) - max(s, ts.start)) for s, e in g.spans)
        if n > best_n:
            best, best_n = g, n
    return best


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


#: The rules whose findings can cite a labelled discrepancy of each kind (kinds
#: not listed here, such as a charge or a cause, may be cited by any rule).
RULES_OF_KIND = {
    "number": {"FC003"},
    "date": {"FC001", "FC002"},
    "age": {"FC008"},
    "place": {"FC007"},
    "polarity": {"FC004"},
    "role": {"FC009"},
    "speaker": {"FC006"},
    "quotation": {"FC005"},
}


def real_discrepancies_found(findings: list) -> dict:
    """How many hand-labelled real discrepancies (``REAL``) a finding cites on
    both sides. A side is held by a claim of the finding in the side's article
    whose sentence holds the side's text (or is held by it), or by a claim in
    the article of one of the side's ``also`` items whose sentence holds that
    item's text (or is held by it): the ``also`` sentences state the side's
    value of the same fact in other articles of the sub-topic, so a finding
    that groups them with the side cites the same discrepancy. The two sides
    must be held on opposite sides of the finding, and the finding must be of
    a rule of the label's kind (a number finding whose sentences also give two
    ages cites no age discrepancy)."""
    import yaml

    if not REAL.exists():
        return {}
    labelled = yaml.safe_load(REAL.read_text(encoding="utf-8")) or []
    cited = [(f.rule, {(c.article, _squash(c.text), c.side) for c in f.claims}) for f in findings]

    def holds(sentences: set[tuple[str, str, str]], side: dict) -> set[str]:
        """The sides of a finding whose claims hold a labelled side."""
        wanted = [(side.get("article"), _squash(str(side.get("text", ""))))]
        wanted += [(o.get("article"), _squash(str(o.get("text", "")))) for o in side.get("also") or []]
        return {s for art, want in wanted for a, t, s in sentences if a == art and (want in t or t in want)}

    def cites(rule: str, sentences: set[tuple[str, str, str]], kind: str, sides: list[dict]) -> bool:
        if kind in RULES_OF_KIND and rule not in RULES_OF_KIND[kind]:
            return False
        first, second = holds(sentences, sides[0]), holds(sentences, sides[1])
        return any(x != y for x in first for y in second)

    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    found_ids = []
    for item in labelled:
        if item.get("corpus") != "ecbplus":
            continue
        kind = str(item.get("kind", "other"))
        per_kind[kind][1] += 1
        sides = item.get("sides") or []
        if len(sides) >= 2 and any(cites(rule, c, kind, sides) for rule, c in cited):
            per_kind[kind][0] += 1
            found_ids.append(item.get("id"))
    found = sum(v[0] for v in per_kind.values())
    total = sum(v[1] for v in per_kind.values())
    return {
        "found": found,
        "labelled": total,
        "recall": ratio(found, total),
        "by_kind": {k: {"found": v[0], "labelled": v[1]} for k, v in sorted(per_kind.items())},
        "found_ids": sorted(found_ids),
    }


def evaluate(docs: list[Doc], ruleset, *, show: bool = False) -> dict:  # noqa: C901 - one pass that scores and prints
    from factcheck import analyse, extract_article

    reviewed = load_reviewed()
    extractions = {}
    t0 = time.perf_counter()
    for d in docs:
        extractions[d.name] = extract_article(article(d.name, d.text, d.published), ruleset)
    extract_s = time.perf_counter() - t0

    by_sub: dict[str, list[Doc]] = defaultdict(list)
    by_topic: dict[int, list[Doc]] = defaultdict(list)
    for d in docs:
        by_sub[d.subtopic].append(d)
        by_topic[d.topic].append(d)

    # 1. false alarms inside each sub-topic (one real event)
    findings = []
    for sub in sorted(by_sub, key=lambda s: (int(s.split("_")[0]), s)):
        report = analyse([extractions[d.name] for d in by_sub[sub]], ruleset)
        for f in report.findings:
            findings.append((sub, f))
    genuine = [(s, f) for s, f in findings if f.id in reviewed]
    real = real_discrepancies_found([f for _, f in findings])
    false_alarms = [(s, f) for s, f in findings if f.id not in reviewed]

    # 2. event merging over whole topics (two real events each)
    selected = selected_sentences(require("ecbplus"))
    sub_of = {d.name: d.subtopic for d in docs}
    tp = fp = fn = 0
    all_pairs = {"tp": 0, "fp": 0, "fn": 0}
    coverage_gold_pairs = 0
    mentions_total = mapped_total = mapped_selected = 0
    cross_sub_events = 0
    cross_sub_pairs = 0
    cross_topic_findings = []
    events_total = 0
    for topic in sorted(by_topic):
        tdocs = by_topic[topic]
        report = analyse([extractions[d.name] for d in tdocs], ruleset)
        for f in report.findings:
            if len({sub_of[c.article] for c in f.claims}) > 1:
                cross_topic_findings.append((topic, f))
        fact_event = {fid: ev.id for ev in report.events for fid in ev.facts}
        events_total += len(report.events)
        for ev in report.events:
            subs = Counter(sub_of[a] for a in ev.articles)
            if len(subs) > 1:
                cross_sub_events += 1
        # all event mentions of the topic, for cross-sub-topic pairs
        all_mentions = [(d, f) for d in tdocs for f in extractions[d.name].facts if f.trigger_span is not None]
        mentions_total += len(all_mentions)
        for (d1, f1_), (d2, f2_) in combinations(all_mentions, 2):
            if d1.subtopic != d2.subtopic:
                e1, e2 = fact_event.get(f1_.id), fact_event.get(f2_.id)
                if e1 is not None and e1 == e2:
                    cross_sub_pairs += 1
        # mapped mentions, one per gold markable; scored in annotated sentences
        # (and, as a second figure, in all sentences)
        mapped: dict[tuple[str, str], tuple[GoldMention, str | None]] = {}
        for d, f in all_mentions:
            g = map_mention(f, d.gold)
            if g is None:
                continue
            mapped_total += 1
            mapped.setdefault((d.name, g.m_id), (g, fact_event.get(f.id)))
        items = list(mapped.values())
        for (g1, e1), (g2, e2) in combinations(items, 2):
            if g1.doc == g2.doc:
                continue
            pred = e1 is not None and e1 == e2
            gold = g1.instance == g2.instance
            all_pairs["tp"] += pred and gold
            all_pairs["fp"] += pred and not gold
            all_pairs["fn"] += gold and not pred
            if (g1.doc, g1.sentence) not in selected or (g2.doc, g2.sentence) not in selected:
                continue
            tp += pred and gold
            fp += pred and not gold
            fn += gold and not pred
        mapped_selected += sum((g.doc, g.sentence) in selected for g, _ in items)
        gold_sel = [g for d in tdocs for g in d.gold if (d.name, g.sentence) in selected]
        per_instance = Counter()
        per_instance_doc: dict[str, Counter] = defaultdict(Counter)
        for g in gold_sel:
            per_instance[g.instance] += 1
            per_instance_doc[g.instance][g.doc] += 1
        for inst, n in per_instance.items():
            same_doc = sum(k * (k - 1) // 2 for k in per_instance_doc[inst].values())
            coverage_gold_pairs += n * (n - 1) // 2 - same_doc

    prec, rec = ratio(tp, tp + fp), ratio(tp, tp + fn)
    n_docs = len(docs)
    dated = sum(d.published is not None for d in docs)
    result = {
        "articles": n_docs,
        "topics": len(by_topic),
        "subtopics": len(by_sub),
        "dates": {
            "with_url": sum(bool(d.url) for d in docs),
            "dated_from_url": dated,
            "undated": n_docs - dated,
            "note": "ECB+ has no publication dates; dates parsed from source_url where it holds a full date",
        },
        "false_alarms": {
            "findings": len(findings),
            "genuine": len(genuine),
            "false_alarms": len(false_alarms),
            "per_100_articles": round(100 * len(false_alarms) / n_docs, 2) if n_docs else None,
            "genuine_share": ratio(len(genuine), len(findings)),
            "reviewed_not_seen": len(set(reviewed) - {f.id for _, f in findings}),
            "by_rule": dict(sorted(Counter(f.rule for _, f in false_alarms).items())),
        },
        "event_merge": {
            "event_mentions": mentions_total,
            "mapped_to_gold": mapped_total,
            "mapped_in_annotated_sentences": mapped_selected,
            "events": events_total,
            "pairs": {"tp": tp, "fp": fp, "fn": fn},
            "precision": prec,
            "recall": rec,
            "f1": f1(prec, rec),
            "all_sentences": {
                "pairs": all_pairs,
                "precision": ratio(all_pairs["tp"], all_pairs["tp"] + all_pairs["fp"]),
                "recall": ratio(all_pairs["tp"], all_pairs["tp"] + all_pairs["fn"]),
            },
            "gold_cross_doc_pairs": coverage_gold_pairs,
            "coverage_recall": ratio(tp, coverage_gold_pairs),
            "cross_subtopic_events": cross_sub_events,
            "cross_subtopic_mention_pairs": cross_sub_pairs,
            "cross_subtopic_findings": len(cross_topic_findings),
        },
        "real_discrepancies": real,
        "extract_seconds": round(extract_s, 2),
    }
    if show:
        out = sys.stderr
        for s, f in findings:
            mark = "genuine" if f.id in reviewed else "FALSE ALARM"
            print(f"[{s}] {mark} {f.id} {f.confidence}: {f.message}", file=out)
            for c in f.claims:
                print(f"    {c.side} {c.article}:{c.line} {c.value!r} -> {c.normalized}: {c.text[:150]!r}", file=out)
        for t, f in cross_topic_findings:
            print(f"[topic {t}, across sub-topics] {f.id} {f.confidence}: {f.message}", file=out)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help=f"first {QUICK_TOPICS} topics only")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ap.add_argument("--show", action="store_true", help="print every finding (to stderr)")
    ap.add_argument(
        "--raw",
        action="store_true",
        help="keep the corpus tokenisation (spaces around punctuation) instead of detokenising",
    )
    args = ap.parse_args(argv)

    import factcheck

    root = require("ecbplus")
    require("ecbplus", "ECB+")
    t0 = time.perf_counter()
    topics = set(range(1, QUICK_TOPICS + 1)) if args.quick else None
    docs = load_docs(root, topics, raw=args.raw)
    ruleset = factcheck.load_rules()
    result = {
        "benchmark": "ecbplus",
        "quick": args.quick,
        "text": "tokenised" if args.raw else "detokenised",
        **evaluate(docs, ruleset, show=args.show),
    }
    if args.quick:
        result["false_alarms"]["reviewed_not_seen"] = None  # only meaningful over all topics
    result["seconds"] = round(time.perf_counter() - t0, 2)
    result["machine"] = machine()
    if args.json:
        dump_json(result)
        return 0
    fa, em, dt = result["false_alarms"], result["event_merge"], result["dates"]
    print(
        f"ECB+: {result['articles']} articles, {result['topics']} topics, {result['subtopics']} sub-topics (one real event each); {result['text']} text"
    )
    print(
        f"  publication dates: none in the corpus; {dt['dated_from_url']} parsed from the URL ({dt['with_url']} articles have a URL), {dt['undated']} undated"
    )
    print(
        f"  false alarms within a sub-topic: {fa['false_alarms']} in {result['articles']} articles = {fa['per_100_articles']} per 100 articles"
        f" ({fa['findings']} findings, {fa['genuine']} judged genuine = {pct(fa['genuine_share'])}; false alarms by rule {fa['by_rule'] or '{}'})"
    )
    real = result["real_discrepancies"]
    if real:
        kinds = ", ".join(f"{k} {v['found']}/{v['labelled']}" for k, v in real["by_kind"].items())
        print(f"  real discrepancies found: {real['found']} of {real['labelled']} ({pct(real['recall'])}; {kinds})")
    if fa["reviewed_not_seen"]:
        print(
            f"  note: {fa['reviewed_not_seen']} findings listed as genuine in {REVIEWED.name} were not produced (the detectors changed): review again"
        )
    print(
        f"  event merge (pairwise, cross-document): precision {pct(em['precision'])}  recall {pct(em['recall'])}  F1 {pct(em['f1'])}"
        f"  (tp {em['pairs']['tp']}, fp {em['pairs']['fp']}, fn {em['pairs']['fn']})"
    )
    al = em["all_sentences"]
    print(
        f"    in all sentences: precision {pct(al['precision'])}  recall {pct(al['recall'])}"
        f"  (tp {al['pairs']['tp']}, fp {al['pairs']['fp']}, fn {al['pairs']['fn']})"
    )
    print(
        f"    {em['event_mentions']} factcheck event mentions, {em['mapped_to_gold']} overlap a gold action,"
        f" {em['mapped_in_annotated_sentences']} in annotated sentences; coverage recall {pct(em['coverage_recall'])}"
        f" of {em['gold_cross_doc_pairs']} gold cross-document pairs"
    )
    print(
        f"  cross-sub-topic merges: {em['cross_subtopic_events']} events ({em['cross_subtopic_mention_pairs']} mention pairs);"
        f" findings across sub-topics: {em['cross_subtopic_findings']}"
    )
    print(f"  {result['seconds']:.1f} s; {machine_line(result['machine'])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
