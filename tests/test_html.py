"""The HTML report, structurally: escaping, counts, determinism, self-containment.

The same pages are opened in a real browser by ``test_html_browser.py``; this
module needs nothing but the standard library's ``html.parser``.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, write_article

HOSTILE_SCRIPT = "<script>alert(1)</script>"
HOSTILE_LINK = "[x](javascript:alert(1))"
HOSTILE_OUTLET = "<img src=x onerror=alert(1)>"
HOSTILE_TITLE = "</script><script>alert(2)</script>"


def write_hostile_corpus(folder: Path) -> Path:
    """Two articles that disagree on a date (info), a number and a polarity
    (warnings); the second holds markup and a javascript: link in its text and
    its front matter."""
    folder.mkdir(parents=True, exist_ok=True)
    write_article(
        folder,
        "a",
        "Alice Moreau and Ben Okafor spoke by phone on Tuesday about the port strike.\n\n"
        "The teachers' strike closed 120 schools across the province on Monday.\n\n"
        "The environment minister approved the pipeline permit for the northern route.\n",
        "2025-04-30",
        outlet="Daily Ledger",
    )
    write_article(
        folder,
        "b",
        f"Alice Moreau and Ben Okafor spoke by phone on March 28 about the port strike {HOSTILE_SCRIPT} {HOSTILE_LINK}.\n\n"
        "The teachers' strike closed 150 schools across the province on Monday.\n\n"
        "The environment minister did not approve the pipeline permit for the northern route.\n",
        "2025-04-30",
        outlet=HOSTILE_OUTLET,
        title=HOSTILE_TITLE,
    )
    return folder


def run_cli(*args: str) -> None:
    from factcheck.cli import main

    assert main(["run", *args]) == 0


def render_pair(src: Path, out_dir: Path, name: str) -> tuple[Path, dict]:
    """The HTML report and the JSON report of one folder."""
    html_path, json_path = out_dir / f"{name}.html", out_dir / f"{name}.json"
    run_cli(str(src), "--format", "html", "-o", str(html_path))
    run_cli(str(src), "--format", "json", "-o", str(json_path))
    return html_path, json.loads(json_path.read_text(encoding="utf-8"))


class Page(HTMLParser):
    """Every start tag with its attributes, the text, and each script's body."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.styles: list[str] = []
        self._raw: str | None = None
        self._raw_attrs: dict[str, str | None] = {}
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if tag in ("script", "style"):
            self._raw, self._raw_attrs = "", a

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "script" and self._raw is not None:
            self.scripts.append((self._raw_attrs, self._raw))
            self._raw = None
        elif tag == "style" and self._raw is not None:
            self.styles.append(self._raw)
            self._raw = None

    def handle_data(self, data):
        if self._raw is not None:
            self._raw += data
        else:
            self.text.append(data)

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and (cls is None or cls in (a.get("class") or "").split())]

    @property
    def data(self) -> dict:
        (body,) = [b for a, b in self.scripts if a.get("type") == "application/json"]
        return json.loads(body)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> tuple[str, Page, dict]:
    base = tmp_path_factory.mktemp("hostile")
    path, report = render_pair(write_hostile_corpus(base / "articles"), base, "hostile")
    text = path.read_text(encoding="utf-8")
    return text, Page(text), report


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> tuple[str, Page, dict]:
    base = tmp_path_factory.mktemp("seeds")
    path, report = render_pair(ROOT / "seeds", base, "seeds")
    text = path.read_text(encoding="utf-8")
    return text, Page(text), report


def test_hostile_article_is_escaped(hostile):
    text, page, report = hostile
    assert len(report["findings"]) == 3
    # the markup is shown as text ...
    body_text = "".join(page.text)
    assert HOSTILE_SCRIPT in body_text and HOSTILE_LINK in body_text and HOSTILE_OUTLET in body_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    # ... and never becomes markup
    assert "<script>alert" not in text and "alert(2)</script>" not in text
    assert page.find("img") == []
    assert len(page.scripts) == 2  # the JSON data and the page's own script
    for _tag, attrs in page.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (name, value)
            assert "javascript:" not in (value or "").lower(), (name, value)
    # the data for the script cannot close its element
    (body,) = [b for a, b in page.scripts if a.get("type") == "application/json"]
    assert "<" not in body and ">" not in body and "&" not in body
    assert page.data["articles"][1]["label"] == HOSTILE_OUTLET


@pytest.mark.parametrize("which", ["hostile", "seeds"])
def test_one_finding_card_per_finding(which, request):
    _text, page, report = request.getfixturevalue(which)
    cards = page.find("article", "finding")
    assert len(cards) == len(report["findings"]) > 0
    assert len(page.data["findings"]) == len(report["findings"])
    assert [f["id"] for f in page.data["findings"]] == [f["id"] for f in report["findings"]]
    # each finding is reachable by its own anchor, and anchors are unique
    ids = [a["id"] for a in cards]
    assert len(set(ids)) == len(ids)
    # one claim card per claim, side by side
    assert len(page.find("div", "claim")) == sum(len(f["claims"]) for f in report["findings"])


def test_counts_and_filters(hostile):
    _text, page, report = hostile
    sev = {a["value"] for a in page.find("input") if a.get("name") == "severity"}
    kinds = {a["value"] for a in page.find("input") if a.get("name") == "kind"}
    assert sev == {"error", "warning", "info"}
    assert kinds == {f["kind"] for f in report["findings"]} == {"date", "number", "polarity"}
    options = [a["value"] for a in page.find("option")]
    assert options == ["", "0", "1"]
    assert "3 findings in 2 articles (0 errors, 2 warnings, 1 info)" in "".join(page.text)
    # the matrix: both sources are in all three findings
    pairs = [a["data-pair"] for a in page.find("button", "pair")]
    assert pairs.count("0,1") == 2 and "0,0" in pairs and "1,1" in pairs


def test_word_diff_values_and_context(hostile):
    text, _page, _report = hostile
    # the two sides' differing words are marked, the compared value is marked
    assert '<mark class="val"><span class="diff">March 28</span></mark>' in text
    assert '<mark class="val"><span class="diff">Tuesday</span></mark>' in text
    assert '<span class="diff">120</span>' in text and '<span class="diff">150</span>' in text
    # normalised values and how they were derived
    assert "2025-04-29" in text and "published Wed 2025-04-30 -&gt;" in text
    # surrounding sentences, on demand
    assert '<details class="ctx"><summary>Surrounding sentences</summary>' in text
    assert "The teachers&#x27; strike closed 120 schools" in text


def test_timeline_and_matrix_on_seeds(seeds):
    text, page, report = seeds
    (svg,) = page.find("svg", "timeline")
    assert svg["role"] == "img"
    date_findings = [f for f in report["findings"] if f["kind"] == "date"]
    assert date_findings, "the seeds disagree on the date of the call"
    # the finding's dates link to it; they are drawn as conflict marks only
    # when the finding concludes a conflict (not when it reads separate events)
    linked = [a for a in page.find("a") if "mk" in (a.get("class") or "").split()]
    assert linked and all(a["href"].startswith("#f-FC") for a in linked)
    bad = [a for a in linked if "bad" in (a.get("class") or "").split()]
    assert bool(bad) == any(f["confidence"] == "conflict" for f in date_findings)
    assert "2025-03-28" in text and "2025-04-29" in text
    assert page.find("table", "matrix") and page.find("table", "counts")


def test_deterministic(tmp_path):
    src = write_hostile_corpus(tmp_path / "articles")
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    run_cli(str(src), "--format", "html", "-o", str(one))
    run_cli(str(src), "--format", "html", "-o", str(two))
    assert one.read_bytes() == two.read_bytes()


def test_render_html_is_pure_and_registered(seeds_report):
    from factcheck.model.models import OutputFormat
    from factcheck.report import render
    from factcheck.report.html import render_html

    a = render(seeds_report, OutputFormat.html)
    assert a == render_html(seeds_report) == render_html(seeds_report, extractions=(), color=True)
    assert a.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("which", ["hostile", "seeds"])
def test_self_contained(which, request):
    _text, page, _report = request.getfixturevalue(which)
    for tag, attrs in page.tags:
        for name in ("src", "href", "action", "srcset", "xlink:href", "data"):
            value = (attrs.get(name) or "").strip().lower()
            assert not value.startswith(("http:", "https:", "//", "file:")), (tag, name, value)
        if tag == "a" and "href" in attrs:
            assert attrs["href"].startswith("#"), attrs
        assert not (tag == "link" and attrs.get("rel") == "stylesheet")
    # a policy forbids any network access; it allows exactly the inline style and script
    (csp,) = [a["content"] for t, a in page.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert "default-src 'none'" in csp

    def digest(body: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"

    (style,) = page.styles
    (script,) = [b for a, b in page.scripts if "type" not in a]
    assert f"style-src {digest(style)}" in csp and f"script-src {digest(script)}" in csp


def test_no_findings_page(tmp_path):
    src = tmp_path / "articles"
    src.mkdir()
    write_article(src, "only", "The council met on Monday to discuss the budget.\n", "2025-04-30")
    out = tmp_path / "r.html"
    run_cli(str(src), "--format", "html", "-o", str(out))
    page = Page(out.read_text(encoding="utf-8"))
    assert page.find("article", "finding") == []
    assert "No conflicts found." in "".join(page.text)
    assert page.data["findings"] == []


def test_timeline_scale_breaks_long_empty_stretches():
    from datetime import date

    from factcheck.report.html.timeline import _Scale

    near = [(date(2025, 3, 28), date(2025, 3, 28)), (date(2025, 4, 29), date(2025, 4, 29))]
    far = (date(2026, 4, 28), date(2026, 4, 28))
    plain, broken = _Scale(near, 250, 936), _Scale([*near, far], 250, 936)
    assert plain.breaks == [] and len(broken.breaks) == 1
    # one far-off date does not squeeze the others together
    spread = broken.x(date(2025, 4, 29)) - broken.x(date(2025, 3, 28))
    assert spread > 0.6 * (plain.x(date(2025, 4, 29)) - plain.x(date(2025, 3, 28)))
    assert broken.x(far[0]) > broken.x(date(2025, 4, 29))
    labels = [label for _x, label in broken.ticks()]
    assert labels[0].endswith("2025") and any(label.endswith("2026") for label in labels)
