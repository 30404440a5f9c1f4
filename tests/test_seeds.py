"""The product's two named cases on the seed corpus, and no false alarms."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT, SHARED


def _by_rule(report, rule):
    return [f for f in report.findings if f.rule == rule]


def test_call_date_two_calls_not_a_contradiction(seeds_report):
    """Friday (003, published Fri 2025-03-28) and March 28 (004) agree on
    2025-03-28; Tuesday (001, 002, published 2025-04-30) is 2025-04-29: a
    second call, reported with each side's expression and resolved date."""
    calls = [f for f in _by_rule(seeds_report, "FC001") if "call" in f.message]
    assert len(calls) == 1
    f = calls[0]
    assert f.kind == "date" and f.confidence == "possible" and f.severity == "info"
    resolved = {(c.article[:3], (c.value or "").split()[0]): c.normalized for c in f.claims}
    assert resolved[("003", "Friday")] == "2025-03-28"
    assert resolved[("004", "March")] == "2025-03-28"
    assert resolved[("001", "Tuesday")] == "2025-04-29"
    assert resolved[("002", "Tuesday")] == "2025-04-29"
    # the same day is one side, never two sides of a conflict
    sides = {}
    for c in f.claims:
        sides.setdefault(c.normalized, set()).add(c.side)
    assert all(len(s) == 1 for s in sides.values())
    assert sides["2025-03-28"] != sides["2025-04-29"]
    assert "agree on 2025-03-28" in f.conclusion
    assert "second call" in f.conclusion and "not one call with conflicting dates" in f.conclusion
    for c in f.claims:
        assert c.how and c.published


def test_friday_never_contradicts_march_28(seeds_report):
    for f in seeds_report.findings:
        if f.confidence == "conflict" and f.kind == "date":
            values = {c.normalized for c in f.claims}
            assert len(values) > 1, f.message


def test_the_auto_tariffs_start_on_two_days(seeds_report):
    """003 (published 2025-03-28) has the 25% tariff on vehicles "starting
    April 2"; 001 (2025-04-30) has the 25 per cent tariffs on autos
    "(effective May 3)": one measure (the same rate, autos are vehicles) told
    to start on two days, found by the start dates of measures, not by the story pack."""
    (f,) = [f for f in _by_rule(seeds_report, "FC002") if "tariff" in f.message]
    assert {(c.article[:3], c.value) for c in f.claims} == {("003", "April 2"), ("001", "May 3")}
    assert len({c.side for c in f.claims}) == 2


def test_fifty_first_state_vs_sovereignty(seeds_report):
    found = _by_rule(seeds_report, "FC101")
    assert len(found) == 1
    f = found[0]
    a = [c for c in f.claims if c.side == "a"]
    b = [c for c in f.claims if c.side == "b"]
    assert a and b
    assert {c.article[:3] for c in a} >= {"001", "004"}
    assert any("51st" in c.text for c in a)
    assert any("sovereignty" in c.text for c in b)
    assert {c.article for c in f.claims} >= {c.article for c in a}


def test_claims_cite_verbatim_sentences_and_file_lines(seeds_report):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "seeds").glob("*.md")}
    for f in seeds_report.findings:
        for c in f.claims:
            src = texts[c.article]
            assert src[c.span.start : c.span.end] == c.text
            assert src.count("\n", 0, c.span.start) + 1 == c.line
            if c.value_span is not None:
                assert c.span.start <= c.value_span.start and c.value_span.end <= c.span.end


@pytest.mark.data
def test_json_report_validates_against_the_contract(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    schema_path = SHARED / "contracts" / "report.schema.json"
    if not schema_path.exists():
        pytest.skip("the shared report schema is absent")
    from factcheck.cli import main

    assert main(["run", str(ROOT / "seeds"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    jsonschema.validate(data, json.loads(schema_path.read_text()))
    assert {a["id"][:3] for a in data["articles"]} == {"000", "001", "002", "003", "004"}
    assert data["findings"]


@pytest.mark.slow
def test_same_input_same_bytes_whatever_the_order(tmp_path, capsys):
    from factcheck.cli import main

    files = sorted((ROOT / "seeds").glob("*.md"))
    main(["run", *map(str, files), "--format", "json"])
    first = capsys.readouterr().out
    main(["run", *map(str, reversed(files)), "--format", "json"])
    assert capsys.readouterr().out == first


def test_finding_ids_survive_line_shifts(tmp_path, seeds_report, seeds_ruleset):
    from factcheck import run

    shifted = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", shifted, ignore=shutil.ignore_patterns("factcheck.yaml"))
    for p in shifted.glob("*.md"):
        text = p.read_text(encoding="utf-8")
        head, sep, body = text.partition("\n---\n")
        p.write_text(head + sep + "\n\n\n" + body, encoding="utf-8")
    report, _ = run(shifted, ruleset=seeds_ruleset)
    assert sorted(f.id for f in report.findings) == sorted(f.id for f in seeds_report.findings)
    lines = {f.id: [c.line for c in f.claims] for f in seeds_report.findings}
    for f in report.findings:
        assert [c.line for c in f.claims] == [n + 3 for n in lines[f.id]]
