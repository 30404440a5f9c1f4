"""The SARIF 2.1.0 writer, validated against the official schema
(``tests/schemas/sarif-2.1.0.json``, OASIS SARIF 2.1.0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, write_article

from factcheck.cli import main
from factcheck.model.models import (
    Article,
    ArticleSummary,
    Claim,
    Extraction,
    Finding,
    OutputFormat,
    Report,
    Sentence,
    Span,
)
from factcheck.report import render
from factcheck.report.sarif import artifact_uri, region, render_sarif

SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0.json"


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate(validator, log: dict) -> None:
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_the_committed_schema_is_the_official_one():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]
    assert {"run", "result", "region", "reportingDescriptor", "location"} <= set(schema["definitions"])


# ----------------------------------------------------------------------------- regions


def test_region_of_a_one_line_span():
    text = "---\npublished: 2024-05-06\n---\nFirst line.\nThe strike closed 150 schools.\n"
    start = text.index("The strike")
    end = start + len("The strike closed 150 schools.")
    assert region(text, start, end) == {"startLine": 5, "startColumn": 1, "endLine": 5, "endColumn": 31}
    s2 = text.index("150")
    assert region(text, s2, s2 + 3) == {"startLine": 5, "startColumn": 19, "endLine": 5, "endColumn": 22}


def test_region_of_a_span_across_lines_and_a_trailing_newline():
    text = "Intro.\nThe strike closed\n150 schools on Monday.\nNext."
    start = text.index("The")
    end = text.index("Next.")  # the span swallowed the line break after "Monday."
    assert region(text, start, end) == {"startLine": 2, "startColumn": 1, "endLine": 3, "endColumn": 23}


def test_region_columns_count_utf16_code_units():
    text = "\U0001f4f0 News \u2014 \u201cWe will rebuild,\u201d she said.\n"
    start = text.index("\u201cWe")
    end = text.index(" she")
    # the emoji is two UTF-16 code units, the dash and the quotes one each: 10 units before the quote, 18 in it
    assert region(text, start, end) == {"startLine": 1, "startColumn": 11, "endLine": 1, "endColumn": 29}


def test_region_without_text_gives_the_line():
    assert region(None, 10, 20, 7) == {"startLine": 7}
    assert region("short", 10, 20, 3) == {"startLine": 3}


def test_artifact_uris():
    assert artifact_uri("stories/new story.md") == "stories/new%20story.md"
    assert artifact_uri("a.md") == "a.md"
    assert artifact_uri("/srv/news/a.md") == "file:///srv/news/a.md"


# ----------------------------------------------------------------------------- a synthetic report


def _article(aid: str, text: str) -> Article:
    return Article(id=aid, path=f"news/{aid}.md", text=text, published=None)


def _report_and_extractions():
    a_text = "---\npublished: 2024-05-06\n---\nThe strike closed 120 schools.\n"
    b_text = "---\npublished: 2024-05-06\n---\nIntro [with brackets].\n\nThe strike closed 150 schools.\n"
    arts = [_article("a", a_text), _article("b", b_text)]

    def claim(art: Article, side: str) -> Claim:
        start = art.text.index("The strike")
        end = art.text.index(".\n", start) + 1
        v = art.text.index("schools", start) - 4
        return Claim(
            article=art.id,
            line=art.line_of(start),
            text=art.text[start:end],
            span=Span(start=start, end=end),
            value=art.text[v : v + 11],
            value_span=Span(start=v, end=v + 11),
            side=side,
        )

    finding = Finding(
        id="FC003-abcdef123456",
        rule="FC003",
        name="statement.number-differs",
        kind="number",
        severity="warning",
        message="The same statement gives different numbers [sic]",
        claims=(claim(arts[0], "a"), claim(arts[1], "b")),
        settle="Check the official count.",
    )
    report = Report(
        version="0.1.0",
        articles=tuple(
            ArticleSummary(id=a.id, path=a.path, published="2024-05-06", published_source="front_matter") for a in arts
        ),
        findings=(finding,),
    )
    exs = [
        Extraction(
            article=a,
            sentences=(Sentence(article=a.id, index=0, span=Span(start=0, end=len(a.text)), line=1, text=a.text),),
        )
        for a in arts
    ]
    return report, exs


def test_synthetic_report_is_valid_and_located_on_the_new_article(validator, ruleset):
    report, exs = _report_and_extractions()
    log = json.loads(render_sarif(report, extractions=exs, new_articles=["b"], ruleset=ruleset))
    validate(validator, log)
    run = log["runs"][0]
    (result,) = run["results"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "news/b.md"
    assert loc["region"] == {"startLine": 6, "startColumn": 1, "endLine": 6, "endColumn": 31}
    (rel,) = result["relatedLocations"]
    assert rel["id"] == 1
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "news/a.md"
    assert rel["physicalLocation"]["region"]["startLine"] == 4
    assert "120 schools" in rel["message"]["text"]
    # brackets in the message are escaped; the link to the other side is not
    assert result["message"]["text"].startswith("The same statement gives different numbers \\[sic\\]")
    assert result["message"]["text"].endswith("Other side: [a:4](1).")
    assert result["partialFingerprints"] == {"factcheck/v1": "FC003-abcdef123456"}
    assert result["level"] == "warning"
    rules = run["tool"]["driver"]["rules"]
    assert rules[result["ruleIndex"]]["id"] == "FC003"


def test_without_new_articles_the_first_claim_is_primary(validator, ruleset):
    report, exs = _report_and_extractions()
    log = json.loads(render_sarif(report, extractions=exs, ruleset=ruleset))
    validate(validator, log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news/a.md"


def test_without_extractions_regions_have_lines(validator, ruleset):
    report, _ = _report_and_extractions()
    log = json.loads(render_sarif(report, ruleset=ruleset))
    validate(validator, log)
    assert log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"] == {"startLine": 4}


def test_each_rule_is_listed_once_with_its_description(validator, ruleset):
    report, exs = _report_and_extractions()
    log = json.loads(render_sarif(report, extractions=exs, ruleset=ruleset))
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert ids == sorted(set(ids)) == sorted(r.id for r in ruleset.rules)
    for r in rules:
        spec = ruleset.get(r["id"]).spec
        assert r["name"] == spec.name
        assert r["fullDescription"]["text"] == spec.description.strip()
        assert r["shortDescription"]["text"] == spec.message.strip()
        assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")


def test_a_rule_unknown_to_the_rule_set_is_still_listed(validator, ruleset):
    report, exs = _report_and_extractions()
    f = report.findings[0].model_copy(update={"rule": "XX900", "name": "custom.rule", "severity": "info"})
    report = report.model_copy(update={"findings": (f,)})
    log = json.loads(render_sarif(report, extractions=exs, ruleset=ruleset))
    validate(validator, log)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules].count("XX900") == 1
    result = log["runs"][0]["results"][0]
    assert rules[result["ruleIndex"]]["id"] == "XX900" and result["level"] == "note"


def test_empty_report_is_valid(validator):
    log = json.loads(render(Report(version="0.1.0", articles=(), findings=()), OutputFormat.sarif))
    validate(validator, log)
    assert log["runs"][0]["results"] == []


# ----------------------------------------------------------------------------- from the command line


@pytest.mark.slow
def test_run_format_sarif_on_the_seeds(validator, capsys):
    assert main(["run", str(ROOT / "seeds"), "--format", "sarif"]) == 0
    log = json.loads(capsys.readouterr().out)
    validate(validator, log)
    assert log["runs"][0]["results"], "the seed corpus has findings"
    for result in log["runs"][0]["results"]:
        assert {"startLine", "startColumn", "endLine", "endColumn"} <= set(
            result["locations"][0]["physicalLocation"]["region"]
        )


def test_check_format_sarif_points_into_the_new_article(validator, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    corpus = tmp_path / "stories"
    corpus.mkdir()
    write_article(
        corpus,
        "old",
        "Parents scrambled.\n\nThe teachers' strike closed 120 schools across the province on Monday.\n",
        "2024-05-06",
    )
    write_article(
        corpus,
        "other",
        "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n",
        "2024-03-10",
    )
    new = write_article(
        corpus,
        "new",
        "Lede.\n\nMore.\n\n\u201cQuote\u201d \u2014 the teachers' strike closed 150 schools across the province on Monday.\n",
        "2024-05-06",
    )
    code = main(
        ["check", "stories/new.md", "--corpus", "stories", "--format", "sarif", "--fail-on", "warning", "--no-cache"]
    )
    assert code == 1
    log = json.loads(capsys.readouterr().out)
    validate(validator, log)
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "FC003"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "stories/new.md"
    lines = new.read_text(encoding="utf-8").split("\n")
    reg = loc["region"]
    assert "150 schools" in lines[reg["startLine"] - 1]
    line = lines[reg["startLine"] - 1]
    assert line[reg["startColumn"] - 1 :].startswith(("\u201cQuote", "the teachers"))
    assert reg["endLine"] == reg["startLine"] and line[: reg["endColumn"] - 1].endswith("on Monday.")
    (rel,) = result["relatedLocations"]
    assert rel["physicalLocation"]["artifactLocation"]["uri"] == "stories/old.md"
    old_lines = (corpus / "old.md").read_text(encoding="utf-8").split("\n")
    assert "120 schools" in old_lines[rel["physicalLocation"]["region"]["startLine"] - 1]
