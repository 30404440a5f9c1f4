"""Regression tests for real-world input (issue 8): each test reproduces one
reported failure and asserts the behaviour that replaced it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from factcheck.cli import main
from factcheck.ingest.loader import load_article
from factcheck.model.errors import InputError


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- 1: front matter is metadata


def _quote_in_title(folder: Path) -> None:
    (folder / "a.md").write_text(
        '---\npublished: 2025-04-30\ntitle: "Carney says: “We will never give up our country to anyone”"\n---\n'
        "The prime minister spoke in Ottawa.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\npublished: 2025-04-30\n---\n“We will never give up our country to anybody,” Carney said.\n",
        encoding="utf-8",
    )


def test_a_quotation_in_front_matter_is_not_article_text(capsys, tmp_path):
    _quote_in_title(tmp_path)
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert [a["title"] for a in report["articles"]][0].startswith("Carney says")  # shown, not extracted
    assert report["findings"] == []


def test_front_matter_is_blank_in_the_article_text_with_lines_kept(tmp_path):
    _quote_in_title(tmp_path)
    art = load_article(tmp_path / "a.md")
    raw = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert len(art.text) == len(raw) and art.text.count("\n") == raw.count("\n")
    assert art.text[: art.body_start].strip() == ""
    assert art.text[art.body_start :] == raw[art.body_start :]
    assert art.title is not None and "never give up" in art.title


def test_extraction_sees_no_quote_from_front_matter(tmp_path, ruleset):
    from factcheck.pipeline import extract_article

    _quote_in_title(tmp_path)
    ex = extract_article(load_article(tmp_path / "a.md"), ruleset)
    assert ex.quotes == ()
    assert all(m.span.start >= ex.article.body_start for m in (*ex.entities, *ex.times, *ex.quantities))


# ----------------------------------------------------------------------------- 3: YAML alias bomb

_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi")
)


def test_yaml_alias_bomb_in_front_matter_is_refused_and_others_reported(capsys, tmp_path):
    (tmp_path / "bomb.md").write_text(f"---\n{_BOMB}published: 2025-04-30\n---\nText.\n", encoding="utf-8")
    assert len((tmp_path / "bomb.md").read_bytes()) < 1024
    (tmp_path / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert "bomb.md:3: invalid YAML in front matter" in err and "aliases" in err
    assert [a["id"] for a in json.loads(out)["articles"]] == ["ok"]


def test_a_single_alias_is_refused_too(tmp_path):
    (tmp_path / "x.md").write_text("---\noutlet: &o CP\ntitle: *o\n---\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.md:3: .*aliases"):
        load_article(tmp_path / "x.md")


def test_shared_yaml_loader_refuses_aliases():
    import yaml

    from factcheck.knowledge.yamlfile import safe_load

    assert safe_load("a: &x 1\nb: 2\n") == {"a": 1, "b": 2}  # an anchor alone is harmless
    with pytest.raises(yaml.YAMLError, match="aliases"):
        safe_load(_BOMB)


# ----------------------------------------------------------------------------- 8: only regular files


def test_a_fifo_named_directly_is_an_error_not_a_hang(capsys, tmp_path):
    import os

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        load_article(fifo)
    (tmp_path / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    code, out, err = _run(capsys, "run", str(tmp_path), str(fifo), "--format", "json")
    assert code == 0 and "pipe.md" in err and "not a regular file" in err
    assert [a["id"] for a in json.loads(out)["articles"]] == ["ok"]


def test_dev_zero_named_directly_is_an_error(capsys):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    code, _, err = _run(capsys, "run", "/dev/zero")
    assert code == 2 and "/dev/zero: a character device, not a regular file" in err


def test_an_article_over_the_size_limit_is_refused(tmp_path, monkeypatch):
    from factcheck.ingest import loader

    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", 1000)
    f = tmp_path / "big.md"
    f.write_text("word " * 300, encoding="utf-8")
    with pytest.raises(InputError, match="size limit"):
        load_article(f)


# ----------------------------------------------------------------------------- 13: links out of the corpus


def _linked_corpus(tmp_path: Path) -> Path:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    (outside / "sub").mkdir(parents=True)
    (outside / "secret.md").write_text("The password is hunter2, the admin said.\n", encoding="utf-8")
    (outside / "sub" / "other.md").write_text("Another secret text.\n", encoding="utf-8")
    (corpus / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    (corpus / "leak.md").symlink_to(outside / "secret.md")
    (corpus / "dir").symlink_to(outside / "sub")
    (corpus / "same.md").symlink_to(corpus / "ok.md")  # a link inside the corpus: read once
    return corpus


def test_links_out_of_the_corpus_are_not_followed_and_are_named(capsys, tmp_path):
    corpus = _linked_corpus(tmp_path)
    code, out, err = _run(capsys, "run", str(corpus), "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert [a["id"] for a in report["articles"]] == ["ok"]
    assert "hunter2" not in out
    notes = "\n".join(report["notes"])
    assert "leak.md" in notes and "outside the corpus" in notes
    assert "dir" in notes and "--follow-links" in notes
    assert "leak.md" in err


def test_follow_links_reads_them(capsys, tmp_path):
    corpus = _linked_corpus(tmp_path)
    code, out, _ = _run(capsys, "run", str(corpus), "--follow-links", "--format", "json")
    assert sorted(a["id"] for a in json.loads(out)["articles"]) == ["dir/other", "leak", "ok"]


# ----------------------------------------------------------------------------- 17: a file named twice


def test_a_file_named_twice_is_read_once_silently(capsys, tmp_path):
    (tmp_path / "x.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    (tmp_path / "y.md").write_text("---\npublished: 2025-04-30\n---\nThe leader spoke.\n", encoding="utf-8")
    code, out, err = _run(capsys, "run", str(tmp_path), str(tmp_path / "x.md"), "--format", "json")
    assert code == 0 and err == ""
    assert [a["id"] for a in json.loads(out)["articles"]] == ["x", "y"]


# ----------------------------------------------------------------------------- 12: skipped files in every report


def _corpus_with_a_bad_file(tmp_path: Path) -> Path:
    (tmp_path / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    (tmp_path / "bad.md").write_bytes(b"---\npublished: [2025\n---\nText.\n")
    return tmp_path


def test_skipped_files_in_sarif_notifications(capsys, tmp_path):
    corpus = _corpus_with_a_bad_file(tmp_path)
    code, out, _ = _run(capsys, "run", str(corpus), "--format", "sarif")
    assert code == 0
    notes = json.loads(out)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert len(notes) == 1 and "bad.md" in notes[0]["message"]["text"] and "invalid YAML" in notes[0]["message"]["text"]
    loc = notes[0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("bad.md") and loc["region"]["startLine"] == 2


def test_skipped_files_in_the_html_and_text_reports(capsys, tmp_path):
    corpus = _corpus_with_a_bad_file(tmp_path)
    _, page, _ = _run(capsys, "run", str(corpus), "--format", "html")
    assert "bad.md" in page and "not checked" in page
    _, text, _ = _run(capsys, "run", str(corpus), "--format", "text")
    assert "Not checked (1 file)" in text and "bad.md:2: invalid YAML" in text
    assert "in 1 article\n" in text and "0 findings" in text  # item 17: "in 1 articles"


# ----------------------------------------------------------------------------- 10: control characters


_ESCAPES = "\x1b[2J\x1b]8;;https://evil.example/\x07click\x1b]8;;\x07 \x1b[8mhidden\x1b[0m \u202eevil\x9b"


def _hostile(tmp_path: Path) -> Path:
    (tmp_path / "a.md").write_text(
        f'---\npublished: 2025-04-30\noutlet: "Wire\\e[31m"\n---\nThe council closed 120 schools on Monday {_ESCAPES}.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        f"---\npublished: 2025-04-30\n---\nThe council closed 150 schools on Monday {_ESCAPES}.\n", encoding="utf-8"
    )
    return tmp_path


@pytest.mark.parametrize("fmt", ["text", "github"])
@pytest.mark.parametrize("color", ["--no-color", "--color"])
def test_escape_sequences_never_reach_the_terminal(capsys, tmp_path, fmt, color):
    corpus = _hostile(tmp_path)
    if fmt == "github":
        code, out, _ = _run(
            capsys, "check", str(corpus / "b.md"), "--corpus", str(corpus), "--no-cache", "--format", fmt, color
        )
    else:
        code, out, _ = _run(capsys, "run", str(corpus), "--format", fmt, color)
    assert "150" in out and "\\x1b" in out  # the finding is there, its escapes shown as text
    plain = out
    if color == "--color" and fmt == "text":
        import re

        plain = re.sub(r"\x1b\[[0-9;]*m", "", out)  # rich's own SGR styling is allowed
    assert "\x1b" not in plain and "\x07" not in plain and "\u202e" not in plain and "\x9b" not in plain


def test_color_is_kept_with_an_output_file(capsys, tmp_path):
    corpus = _corpus_with_a_bad_file(tmp_path)
    _run(capsys, "run", str(corpus), "--color", "-o", str(tmp_path / "r.txt"))
    assert "\x1b[" in (tmp_path / "r.txt").read_text(encoding="utf-8")
    _run(capsys, "run", str(corpus), "-o", str(tmp_path / "plain.txt"))
    assert "\x1b[" not in (tmp_path / "plain.txt").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- 11: terminal width


@pytest.mark.parametrize("columns", [80, 120])
def test_the_report_follows_columns_and_reads_at_80(capsys, tmp_path, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    root = Path(__file__).resolve().parents[1]
    code, out, _ = _run(capsys, "run", str(root / "seeds"), "--format", "text")
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) == columns
    # one panel per finding; the FC001 panel is short enough to read
    panels = out.split("╭─ ")[1:]
    fc001 = next(p for p in panels if " FC001 " in p[:40])
    assert len(fc001.splitlines()) <= (60 if columns == 80 else 47)  # 8 claims; was ~80 lines at 80 columns
    # the sentence is laid out at (nearly) full width, not in a narrow column
    assert max(len(line.strip("│ ")) for line in fc001.splitlines()) > columns - 12


# ----------------------------------------------------------------------------- 7: progress


def test_no_progress_output_when_not_a_terminal(capsys, tmp_path):
    corpus = _corpus_with_a_bad_file(tmp_path)
    _run(capsys, "run", str(corpus), "--format", "json", "-o", str(tmp_path / "r.json"))
    _, err = capsys.readouterr()
    assert "extracting" not in err


def test_progress_bar_on_a_terminal_and_not_with_quiet(tmp_path):
    import argparse
    import io

    from rich.console import Console

    from factcheck.cli.common import progress_bar
    from factcheck.ingest.loader import load_article

    (tmp_path / "a.md").write_text("word " * 300_000, encoding="utf-8")  # big: shown at once
    art = load_article(tmp_path / "a.md")
    buf = io.StringIO()
    console = Console(file=buf, force_terminal=True, width=80)
    with progress_bar(argparse.Namespace(quiet=False), [art], console=console) as bar:
        assert bar is not None
        bar.advance(art)
    assert "extracting" in buf.getvalue()
    with progress_bar(argparse.Namespace(quiet=True), [art], console=console) as bar:
        assert bar is None
    plain = Console(file=io.StringIO(), force_terminal=False)
    with progress_bar(argparse.Namespace(quiet=False), [art], console=plain) as bar:
        assert bar is None


# ----------------------------------------------------------------------------- 2: --cache never destroys a file


def _foreign_sqlite(path: Path) -> None:
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Ada', '555')")
    conn.close()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(
            lambda p: p.write_text("---\npublished: 2025-04-30\n---\nAn article.\n", encoding="utf-8"), id="article"
        ),
        pytest.param(lambda p: p.write_text("notes I want to keep\n" * 50, encoding="utf-8"), id="text"),
        pytest.param(_foreign_sqlite, id="other-sqlite"),
        pytest.param(lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000), id="bad-sqlite-header"),
    ],
)
def test_cache_option_never_destroys_a_file_that_is_not_a_cache(capsys, tmp_path, make):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    target = tmp_path / "precious.db"
    make(target)
    before = target.read_bytes()
    code, _, err = _run(capsys, "check", str(corpus / "a.md"), "--corpus", str(corpus), "--cache", str(target))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: ") and "not a factcheck cache" in lines[0]
    assert str(target) in lines[0]
    assert target.read_bytes() == before
    assert not Path(str(target) + "-wal").exists()


def test_cache_option_reuses_its_own_cache_file(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    target = tmp_path / "mine.sqlite"
    for _ in range(2):
        code, _, err = _run(
            capsys, "check", str(corpus / "a.md"), "--corpus", str(corpus), "--cache", str(target), "-v"
        )
        assert code == 0, err
    assert "1 hit" in err
    from factcheck.pipeline.cache import APPLICATION_ID

    assert int.from_bytes(target.read_bytes()[68:72], "big") == APPLICATION_ID


# ----------------------------------------------------------------------------- 4: dates at the calendar's edges


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_a_publication_date_at_the_calendar_edge_is_an_input_error(capsys, tmp_path, published):
    (tmp_path / "edge.md").write_text(
        f"---\npublished: {published}\n---\nTrump and Carney spoke by phone today, and they met on Friday.\n",
        encoding="utf-8",
    )
    (tmp_path / "ok.md").write_text(
        "---\npublished: 2025-04-30\n---\nTrump and Carney spoke by phone on April 29.\n", encoding="utf-8"
    )
    for fmt in ("text", "json", "html", "sarif"):
        code, out, err = _run(capsys, "run", str(tmp_path), "--format", fmt)
        assert code == 0, err
        assert f"edge.md:2: 'published' {published} is outside the supported range" in err


def test_the_timeline_never_crashes_on_dates_at_the_calendar_edge():
    from datetime import date

    from factcheck.model.models import ArticleSummary, Claim, Finding, OutputFormat, Report, Span
    from factcheck.report import render

    def claim(article: str, side: str, day: str) -> Claim:
        return Claim(
            article=article, side=side, line=1, span=Span(start=0, end=5), text="spoke", value=day, normalized=day
        )

    finding = Finding(
        id="FC001-x",
        rule="FC001",
        name="event.date-differs",
        kind="date",
        severity="warning",
        message="dates differ",
        claims=(
            claim("a", "a", date.max.isoformat()),
            claim("b", "b", date.min.isoformat()),
            claim("c", "c", "2025-04-29"),
        ),
    )
    arts = tuple(
        ArticleSummary(id=i, path=f"{i}.md", published="2025-04-30", published_source="front_matter") for i in "abc"
    )
    report = Report(version="0", articles=arts, findings=(finding,))
    for fmt in (OutputFormat.text, OutputFormat.json, OutputFormat.html, OutputFormat.sarif, OutputFormat.github):
        assert render(report, fmt)
    page = render(report, OutputFormat.html)
    assert "2 dates too near the ends of the calendar not drawn" in page


# ----------------------------------------------------------------------------- 14: the timeline says what the finding says


def test_the_timeline_draws_separate_calls_not_conflicting_dates(capsys):
    import re

    root = Path(__file__).resolve().parents[1]
    _, out, _ = _run(capsys, "run", str(root / "seeds"), "--format", "json")
    report = json.loads(out)
    fc001 = [f for f in report["findings"] if f["rule"] == "FC001"]
    assert fc001 and all(f["confidence"] == "possible" and "separate" in f["conclusion"] for f in fc001)
    _, page, _ = _run(capsys, "run", str(root / "seeds"), "--format", "html")
    assert 'class="mk bad"' not in page and "dates conflict" not in page
    table = page[page.index("Timeline as a table") :]
    table = table[: table.index("</table>")]
    rows = [re.sub(r"<[^>]+>", "|", r) for r in re.findall(r"<tr>.*?</tr>", table)]
    # every date the finding reads as its own call keeps its row, each mark once
    for day in {c["normalized"] for f in fc001 for c in f["claims"]}:
        assert any(f"clustered as {day}" in r for r in rows), day
    marks = [(r.split("|")[1], r) for r in rows]
    assert len(marks) == len(set(marks))


# ----------------------------------------------------------------------------- 17: a pronoun is not a speaker name


def test_a_pronoun_speaker_is_an_unnamed_speaker():
    from types import SimpleNamespace

    from factcheck.checks._quotepairs import speaker_name
    from factcheck.model.models import Quote, Span

    corpus = SimpleNamespace(entity_name=lambda eid: eid.replace("-", " ").title())

    def q(text: str | None, speaker: str | None = None) -> Quote:
        return Quote(article="a", span=Span(start=0, end=3), text="abc", speaker=speaker, speaker_text=text, sentence=0)

    assert speaker_name(corpus, q("he")) == "an unnamed speaker"
    assert speaker_name(corpus, q("They")) == "an unnamed speaker"
    assert speaker_name(corpus, q(None)) == "an unnamed speaker"
    assert speaker_name(corpus, q("the mayor")) == "the mayor"
    assert speaker_name(corpus, q("he", "lena-ortiz")) == "Lena Ortiz"


# ----------------------------------------------------------------------------- 15: the HTML report scales


def _many_sources_report(n_articles: int, n_findings: int) -> Any:
    from factcheck.model.models import ArticleSummary, Claim, Finding, Report, Span

    arts = tuple(
        ArticleSummary(id=f"art{i:04d}", path=f"art{i:04d}.md", published="2025-04-30", published_source="front_matter")
        for i in range(n_articles)
    )

    def claim(i: int, side: str) -> Claim:
        return Claim(
            article=f"art{i:04d}", side=side, line=3, span=Span(start=0, end=9), text="150 schools", value="150"
        )

    findings = tuple(
        Finding(
            id=f"FC003-{k:06d}",
            rule="FC003",
            name="statement.number-differs",
            kind="number",
            severity="warning",
            message="numbers differ",
            claims=(claim(2 * k, "a"), claim(2 * k + 1, "b")),
        )
        for k in range(n_findings)
    )
    return Report(version="0", articles=arts, findings=findings)


def test_html_findings_come_first_and_a_large_matrix_is_summarised():
    from factcheck.report.html import render_html

    page = render_html(_many_sources_report(500, 100))
    order = [page.index(f'<section id="{s}"') for s in ("findings", "timeline", "overview")]
    assert order == sorted(order)
    assert "Sources that disagree most" in page and "200 sources take part in findings" in page
    assert page.count('class="cell') <= 40  # the summary's pairs, not 500 x 500 (or 200 x 200) cells
    small = render_html(_many_sources_report(500, 5))
    assert '<table class="matrix">' in small and small.count('class="cell') == 10 * 10  # only sources in findings
    # the page grows with the findings, not with the square of the corpus
    assert len(render_html(_many_sources_report(1000, 100))) < 1.5 * len(page)


def test_html_css_and_js_are_package_data():
    from importlib import resources

    from factcheck.report.html import render_html

    assets = resources.files("factcheck.report").joinpath("assets")
    css = assets.joinpath("report.css").read_text(encoding="utf-8")
    js = assets.joinpath("report.js").read_text(encoding="utf-8")
    page = render_html(_many_sources_report(4, 1))
    assert f"<style>{css}</style>" in page and f"<script>{js}</script>" in page
    package = Path(__file__).resolve().parents[1] / "factcheck" / "report" / "html"
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(package.glob("*.py")))
    assert "def render_html" in source
    assert ":root{" not in source and "addEventListener" not in source


def test_a_file_name_with_escape_sequences_is_shown_escaped_on_stderr(capsys, tmp_path):
    (tmp_path / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    (tmp_path / "evil\x1b[2J.md").write_bytes(b"\x00\x01binary")
    code, _, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0 and "evil\\x1b[2J.md" in err and "\x1b" not in err
