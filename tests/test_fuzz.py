"""Property-based tests over the public API (hypothesis): random and mutated
articles go through load, extract, analyse and every writer.

The property: nothing raises but the project's own user errors (a file the
loader refuses, with a one-line message naming it), and the JSON report is
always valid against the report schema (``../shared/contracts``, skipped when
absent).

Two profiles:

* the short one runs in the normal suite (a few dozen inputs per test, kept
  small because extraction parses every sentence with spaCy);
* the long one, ``FACTCHECK_FUZZ=long python -m pytest -q tests/test_fuzz.py``
  (marked slow), runs ``FACTCHECK_FUZZ_EXAMPLES`` inputs per test (default
  10,000: tens of thousands in all).
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from conftest import SHARED
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck import load_rules
from factcheck.ingest.loader import load_article
from factcheck.model.errors import UserError
from factcheck.model.models import Article, OutputFormat
from factcheck.pipeline import analyse, extract_article
from factcheck.report import render

LONG = os.environ.get("FACTCHECK_FUZZ") == "long"
EXAMPLES = int(os.environ.get("FACTCHECK_FUZZ_EXAMPLES", "10000")) if LONG else 12
REPORT_SCHEMA = SHARED / "contracts" / "report.schema.json"

pytestmark = [pytest.mark.slow] if LONG else []

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG,  # the short profile is the same every run
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    print_blob=True,
)

# ----------------------------------------------------------------------------- inputs

_WORDS = [
    "Trump", "Carney", "the", "minister", "said", "spoke", "by", "phone", "on", "Tuesday", "yesterday",
    "March", "28", "April", "29,", "2025", "last", "week", "next", "year", "not", "never", "did", "call",
    "meeting", "met", "closed", "150", "schools", "25%", "$1.2", "billion", "per", "cent", "five", "dozen",
    "he", "she", "they", "told", "reporters", "according", "to", "a", "statement", "Ottawa", "Washington",
    "1st", "Jan.", "Mr.", "U.S.", "9999", "0001", "31", "12:30", "p.m.", "2025-04-30", "'90s", "Q3",
]  # fmt: skip
_MARKS = ["“", "”", '"', "‘", "’", "'", "«", "»", "—", "–", "-", ",", ".", ":", ";", "!", "?", "(", ")", "…"]
_BREAKS = ["\n", "\n\n", " ", "  ", "\t", "\r\n", "\r", "\x0c", "\u2028"]
_ODD = ["\x1b[2J", "\x1b]8;;http://x\x07", "\u202e", "\x00", "\ufeff", "\ud7ff", "🙂", "e\u0301", "ﬁ", "Ⅻ", "٣"]
_FRONT = [
    "---\npublished: 2025-04-30\n---\n",
    "---\npublished: 9999-12-31\n---\n",
    "---\npublished: 0001-01-01\n---\n",
    '---\npublished: 2025-04-30\ntitle: "He said: “We will never give up”"\noutlet: Wire\n---\n',
    "---\na: &a [x, x]\nb: [*a, *a]\n---\n",
    "---\npublished: [2025\n---\n",
    "---\n- a list\n---\n",
    "---\npublished: 2025-02-30\n---\n",
    "---\n",
    "",
]

token = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_MARKS),
    st.sampled_from(_BREAKS),
    st.sampled_from(_ODD),
    st.integers(min_value=-(10**12), max_value=10**15).map(str),
    st.text(min_size=1, max_size=12),
)
soup = st.lists(token, min_size=1, max_size=60).map(lambda xs: " ".join(xs))
long_token = st.builds(
    lambda c, n: c * n, st.sampled_from(["a", "9", "“", ".", "-", "\n", "é", "0,"]), st.integers(200, 3000)
)
body = st.one_of(soup, st.text(max_size=400), long_token, st.lists(soup, min_size=1, max_size=4).map("\n\n".join))
article_text = st.builds(lambda fm, b: fm + b, st.sampled_from(_FRONT), body)
article_bytes = st.one_of(
    article_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.binary(max_size=300),
    st.builds(lambda t, enc: t.encode(enc, "ignore"), article_text, st.sampled_from(["utf-16", "latin-1", "utf-32"])),
)


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    """A seed article with a few bytes replaced, inserted or deleted."""
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.md"))
    data = bytearray(draw(st.sampled_from(seeds)).read_bytes()[:1500])
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        what = draw(st.sampled_from(["replace", "insert", "delete"]))
        chunk = draw(st.binary(min_size=1, max_size=8) | st.sampled_from(_MARKS + _ODD).map(str.encode))
        if what == "replace":
            data[pos : pos + len(chunk)] = chunk
        elif what == "insert":
            data[pos:pos] = chunk
        else:
            del data[pos : pos + len(chunk)]
    return bytes(data)


# ----------------------------------------------------------------------------- the property


@lru_cache(maxsize=1)
def _ruleset() -> Any:
    return load_rules()


@lru_cache(maxsize=1)
def _schema() -> dict | None:
    if not REPORT_SCHEMA.exists():
        return None
    return json.loads(REPORT_SCHEMA.read_text(encoding="utf-8"))


_FIXED = "---\npublished: 2025-04-30\n---\nTrump and Carney spoke by phone on Tuesday and closed 150 schools.\n"


def _through_everything(files: list[bytes]) -> None:
    """Load each file (a user error is allowed and must name the file),
    extract the rest, analyse them together and render every format."""
    ruleset = _ruleset()
    articles: list[Article] = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, data in enumerate([*files, _FIXED.encode()]):
            path = Path(tmp) / f"a{i}.md"
            path.write_bytes(data)
            try:
                articles.append(load_article(path, root=Path(tmp)))
            except UserError as err:
                assert str(path) in str(err) and "\n" not in str(err)
    extractions = [extract_article(a, ruleset) for a in articles]  # a crash here fails the test
    for ex in extractions:
        assert ex.error is None
        assert all(q.span.start >= ex.article.body_start for q in ex.quotes)  # never from front matter
    report = analyse(extractions, ruleset)
    for fmt in OutputFormat:
        out = render(report, fmt, extractions=extractions, ruleset=ruleset)
        assert isinstance(out, str) and out
        if fmt is OutputFormat.json:
            data = json.loads(out)
            schema = _schema()
            if schema is not None:
                import jsonschema

                jsonschema.validate(data, schema)
        if fmt in (OutputFormat.text, OutputFormat.github):
            assert "\x1b" not in out and "\x07" not in out  # no colour asked for: no escape at all


@FUZZ
@given(st.lists(article_bytes, min_size=1, max_size=2))
def test_random_articles_never_crash(files: list[bytes]) -> None:
    _through_everything(files)


@FUZZ
@given(st.lists(mutated(), min_size=1, max_size=2))
def test_mutated_seed_articles_never_crash(files: list[bytes]) -> None:
    _through_everything(files)


@FUZZ
@given(st.lists(soup, min_size=2, max_size=3))
def test_quote_date_number_soup_in_dated_articles_never_crashes(bodies: list[str]) -> None:
    _through_everything([f"---\npublished: 2025-04-30\n---\n{b}\n".encode("utf-8", "surrogatepass") for b in bodies])
