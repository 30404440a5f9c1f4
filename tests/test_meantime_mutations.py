"""The generic detectors, with no story rule, catch a date, a number, a
negation or a quotation changed in a copy of a real article.

Articles come from MEANTIME (Wikinews, CC BY 4.0) read at run time; the
mutation target is chosen from what the extractor found, never from a known
sentence, so the test holds for any article with such a target.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from conftest import DATA

from factcheck.text import STOPWORDS, tokens

DOCS = DATA / "meantime" / "meantime_en_docs.jsonl"
pytestmark = [pytest.mark.data, pytest.mark.skipif(not DOCS.exists(), reason="MEANTIME data is absent")]

_SPACE_BEFORE = re.compile(r" ([,.;:!?%)'](?:\s|$)|'s\b|n't\b)")


def detokenize(text: str) -> str:
    """MEANTIME text is tokenised ("Boeing 's", "`` quote ''"); undo that."""
    text = text.replace("``", "\u201c").replace("''", "\u201d")
    text = re.sub(r"\u201c ", "\u201c", text)
    text = re.sub(r" \u201d", "\u201d", text)
    text = re.sub(r"\( ", "(", text)
    text = re.sub(r"\$ (?=\d)", "$", text)
    for _ in range(2):
        text = _SPACE_BEFORE.sub(lambda m: m.group(1), text)
    return text


def _docs():
    out = []
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.get("dct") or ""):
            out.append(d)
    return sorted(out, key=lambda d: d["doc"])


@pytest.fixture(scope="module")
def docs():
    return _docs()


def _article(art_id, text, published):
    from factcheck import Article

    return Article(id=art_id, path=f"{art_id}.md", text=text, published=published, published_source="front_matter")


def _check(ruleset, original, mutated, published):
    from factcheck import analyse, extract_article

    exs = [
        extract_article(_article("original", original, published), ruleset),
        extract_article(_article("copy", mutated, published), ruleset),
    ]
    return analyse(exs, ruleset)


def _find_target(ruleset, docs, pick):
    """The first document (in name order) where ``pick`` finds a target."""
    from factcheck import extract_article

    for d in docs:
        text = detokenize(d["text"])
        published = date.fromisoformat(d["dct"])
        ex = extract_article(_article("original", text, published), ruleset)
        mutated = pick(ex, text)
        if mutated is not None and mutated != text:
            return text, mutated, published
    pytest.skip("no document offers such a target")


def _splice(text, start, end, new):
    return text[:start] + new + text[end:]


def test_unchanged_copy_has_no_findings(ruleset, docs):
    for d in docs[:5]:
        text = detokenize(d["text"])
        report = _check(ruleset, text, text, date.fromisoformat(d["dct"]))
        assert report.findings == (), [f.message for f in report.findings]


def test_changed_date_is_flagged(ruleset, docs):
    def pick(ex, text):
        for f in ex.facts:
            t = f.time
            if f.in_quote or t is None or t.granularity != "day" or t.relative or not re.search(r"\b\d{1,2}\b", t.text):
                continue
            # the day something happened: told "on" a day or bare, of a clause that is no birth
            # ("available until January 30" is a bound, "above its November 20 low" a thing's day)
            att = next((a for a in f.attachments if a.kind == "date" and a.span == t.span), None)
            if att is None or att.relation not in ("obl:on", "nmod:on", "obl:tmod", "obl") or f.predicate == "bear":
                continue
            if not f.entities:
                continue  # "the parties agreed": nothing named pins what the date is of
            m = list(re.finditer(r"\b(\d{1,2})\b", t.text))[0]
            day = int(m.group(1))
            new_day = day + 9 if day <= 19 else day - 9
            s = t.span.start + m.start()
            return _splice(text, s, s + len(m.group(1)), str(new_day))
        return None

    original, mutated, published = _find_target(ruleset, docs, pick)
    report = _check(ruleset, original, mutated, published)
    dates = [f for f in report.findings if f.kind == "date"]
    assert dates, [f.message for f in report.findings]
    sides = {c.article: c.normalized for c in dates[0].claims}
    assert sides["original"] != sides["copy"]


def test_changed_number_is_flagged(ruleset, docs):
    def pick(ex, text):
        for f in ex.facts:
            if f.in_quote:
                continue
            for q in f.quantities:
                m = re.search(r"\d+", q.text)
                if m and q.unit != "percent":
                    s = q.span.start + m.start()
                    n = int(m.group())
                    return _splice(text, s, s + len(m.group()), str(n * 2 + 3))
        return None

    original, mutated, published = _find_target(ruleset, docs, pick)
    report = _check(ruleset, original, mutated, published)
    numbers = [f for f in report.findings if f.kind == "number"]
    assert numbers, [f.message for f in report.findings]


def _content_words(text: str) -> set[str]:
    return {w.casefold() for w, _s, _e in tokens(text) if w.casefold() not in STOPWORDS and not w.isdigit()}


_AUX_RE = re.compile(r"\b(?:has|have|had|was|were|is|are|will|would|could|can)\s+(?=[a-z])")


def test_inserted_negation_is_flagged(ruleset, docs):
    def pick(ex, text):
        for f in ex.facts:
            if (
                f.in_quote
                or f.polarity != "positive"
                or len(_content_words(f.text)) < 4
                or f.attribution.kind != "none"
            ):
                continue
            m = _AUX_RE.search(f.text)
            if m and not re.match(r"not\b|never\b", f.text[m.end() :]):
                s = f.span.start + m.end()
                return _splice(text, s, s, "not ")
        return None

    original, mutated, published = _find_target(ruleset, docs, pick)
    report = _check(ruleset, original, mutated, published)
    pol = [f for f in report.findings if f.kind == "polarity"]
    assert pol, [f.message for f in report.findings]
    assert {c.normalized for c in pol[0].claims} == {"positive", "negative"}


def test_changed_quotation_is_flagged(ruleset, docs):
    def pick(ex, text):
        for q in ex.quotes:
            words = list(re.finditer(r"[A-Za-z]{4,}", q.text))
            if len(q.text.split()) < 8 or len(words) < 4:
                continue
            w = words[len(words) // 2]
            s = q.span.start + w.start()
            return _splice(text, s, s + len(w.group()), "entirely " + w.group())
        return None

    original, mutated, published = _find_target(ruleset, docs, pick)
    report = _check(ruleset, original, mutated, published)
    quotes = [f for f in report.findings if f.kind == "quote"]
    assert quotes, [f.message for f in report.findings]
    assert any("entirely" in c.how for c in quotes[0].claims)
