"""Scoring a run against expected findings (factcheck/evaluation.py) and the
``factcheck eval`` command."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT

from factcheck.evaluation import Expectations, article_matches, parse_expectations, score, value_matches
from factcheck.model.errors import InputError
from factcheck.model.models import Claim, Finding, Span

EXPECTED_SEEDS = ROOT / "packs" / "carney-trump-2025" / "fixtures" / "seeds_expected.yaml"


def claim(article: str, value: str | None, side: str = "a") -> Claim:
    return Claim(
        article=article, line=1, text=f"{value} in {article}.", span=Span(start=0, end=10), value=value, side=side
    )


def finding(fid: str, rule: str, *claims: Claim, confidence: str = "conflict") -> Finding:
    return Finding(
        id=fid,
        rule=rule,
        name="x.y",
        kind="date",
        severity="warning",
        message=f"{rule} {fid}",
        claims=claims,
        confidence=confidence,
    )


def spec(**data) -> Expectations:
    return Expectations.model_validate(data)


# --------------------------------------------------------------------------- matching helpers


@pytest.mark.parametrize(
    "want,got,ok",
    [
        ("Friday", "Friday", True),
        ("friday", "Friday morning", True),
        ("March 28", "March 28th", False),
        ("March 28", "on March 28, 2025", True),
        ("25%", "25%", True),
        ("Fri", "Friday", False),
        ("so-called Liberal", "so-called \u2018Liberal\u2019", True),
        ("Friday", None, False),
        ("", "Friday", False),
    ],
)
def test_value_matches(want, got, ok):
    assert value_matches(want, got) is ok


def test_article_matches_id_tag_or_name():
    assert article_matches("003", "003_9cefab7f5d0b9126")
    assert article_matches("003_9cefab7f5d0b9126", "003_9cefab7f5d0b9126")
    assert article_matches("003", "sub/003_9cefab7f5d0b9126")
    assert not article_matches("00", "003_9cefab7f5d0b9126")
    assert not article_matches("004", "003_9cefab7f5d0b9126")


# --------------------------------------------------------------------------- scoring


def test_found_missed_unexpected():
    f1 = finding("A", "FC001", claim("003_x", "Friday"), claim("001_y", "Tuesday", "b"), confidence="possible")
    f2 = finding("B", "FC003", claim("001_y", "25%"), claim("002_z", "30%", "b"))
    s = spec(
        expected=[
            {
                "rule": "FC001",
                "articles": ["001", "003"],
                "values": ["Friday"],
                "label": "two calls",
                "confidence": "possible",
            },
            {"rule": "FC002", "articles": ["001"], "label": "a date we hoped for"},
        ]
    )
    r = score([f1, f2], s)
    assert [o.status for o in r.outcomes] == ["found", "missed"]
    assert r.outcomes[0].findings == ("A",)
    assert [f.id for f in r.unexpected] == ["B"]
    assert (r.found, r.missed, r.violated) == (1, 1, 0)
    assert not r.ok


def test_expected_needs_every_listed_article_and_value():
    f = finding("A", "FC001", claim("003_x", "Friday"), claim("004_y", "March 28", "b"))
    assert score([f], spec(expected=[{"rule": "FC001", "articles": ["003", "004"], "label": "l"}])).ok
    assert not score([f], spec(expected=[{"rule": "FC001", "articles": ["003", "001"], "label": "l"}])).ok
    assert not score(
        [f], spec(expected=[{"rule": "FC001", "articles": ["003"], "values": ["Tuesday"], "label": "l"}])
    ).ok
    assert not score([f], spec(expected=[{"rule": "FC002", "articles": ["003"], "label": "l"}])).ok
    assert not score(
        [f], spec(expected=[{"rule": "FC001", "articles": ["003"], "confidence": "possible", "label": "l"}])
    ).ok


def test_one_finding_serves_one_expectation():
    f = finding("A", "FC001", claim("003_x", "Friday"), claim("004_y", "March 28", "b"))
    s = spec(
        expected=[
            {"rule": "FC001", "articles": ["003"], "label": "one"},
            {"rule": "FC001", "articles": ["004"], "label": "two"},
        ]
    )
    r = score([f], s)
    assert [o.status for o in r.outcomes] == ["found", "missed"]
    assert r.unexpected == ()


def test_must_not_values_on_opposite_sides():
    same_side = finding(
        "A",
        "FC001",
        claim("003_x", "Friday morning", "a"),
        claim("004_y", "March 28", "a"),
        claim("001_z", "Tuesday", "b"),
    )
    opposite = finding("B", "FC001", claim("003_x", "Friday", "a"), claim("004_y", "March 28", "b"))
    s = spec(must_not=[{"values": ["Friday", "March 28"], "label": "same day"}])
    r = score([same_side], s)
    assert r.outcomes[0].status == "clear" and r.ok
    assert [f.id for f in r.unexpected] == ["A"]  # unexpected, but not a violation
    r = score([opposite], s)
    assert r.outcomes[0].status == "violated" and r.outcomes[0].findings == ("B",)
    assert r.violations == {"B": ("same day",)}
    assert not r.ok


def test_must_not_rule_articles_confidence():
    info = finding("A", "FC006", claim("003_x", "Carney"), claim("004_y", "the PMO", "b"), confidence="possible")
    conflict = finding("B", "FC006", claim("003_x", "Carney"), claim("004_y", "the PMO", "b"))
    s = spec(
        must_not=[{"rule": "FC006", "articles": ["003", "004"], "confidence": "conflict", "label": "related speakers"}]
    )
    assert score([info], s).ok
    assert not score([conflict], s).ok
    assert score([conflict], spec(must_not=[{"rule": "FC004", "label": "no denials"}])).ok
    assert not score([conflict], spec(must_not=[{"rule": "FC006", "label": "nothing at all"}])).ok
    assert score([conflict], spec(must_not=[{"rule": "FC006", "articles": ["001"], "label": "other articles"}])).ok


def test_empty_run_and_empty_file():
    assert score([], spec()).ok
    r = score([], spec(expected=[{"rule": "FC001", "articles": ["001"], "label": "l"}]))
    assert r.missed == 1 and not r.ok
    d = r.to_dict()
    assert d["summary"] == {"expected": 1, "found": 0, "missed": 1, "must_not": 0, "violated": 0, "unexpected": 0}
    assert d["ok"] is False


# --------------------------------------------------------------------------- the file


def test_parse_errors_name_file_and_line():
    with pytest.raises(InputError) as exc:
        parse_expectations("expected:\n  - rule: FC001\n    articles: [a]\n    label: x\n    colour: red\n", "exp.yaml")
    assert str(exc.value).startswith("exp.yaml:5: ") and "colour" in str(exc.value)
    with pytest.raises(InputError) as exc:
        parse_expectations("expected:\n  - rule: fc1\n    articles: [a]\n    label: x\n", "exp.yaml")
    assert str(exc.value).startswith("exp.yaml:2: ")
    with pytest.raises(InputError) as exc:
        parse_expectations("must_not:\n  - label: x\n    values: [Friday]\n", "exp.yaml")
    assert str(exc.value).startswith("exp.yaml:3: ")
    with pytest.raises(InputError) as exc:
        parse_expectations("expected: [\n", "exp.yaml")
    assert "invalid YAML" in str(exc.value)
    with pytest.raises(InputError):
        parse_expectations("- just a list\n", "exp.yaml")
    assert parse_expectations("", "exp.yaml") == Expectations()


def test_seeds_expectations_file_is_valid():
    from factcheck.evaluation import load_expectations

    s = load_expectations(EXPECTED_SEEDS)
    assert len(s.expected) >= 4 and len(s.must_not) >= 5
    assert any(m.values and {"Friday", "March 28"} <= set(m.values) for m in s.must_not)


# --------------------------------------------------------------------------- the command


@pytest.mark.slow
def test_eval_command_on_seeds(capsys):
    from factcheck.cli import main

    code = main(["eval", "--expected", str(EXPECTED_SEEDS), str(ROOT / "seeds"), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert code == (0 if data["ok"] else 1)
    assert data["summary"]["expected"] == len([o for o in data["outcomes"] if o["kind"] == "expected"])
    status = {(o["kind"], o["rule"], tuple(o["articles"])): o["status"] for o in data["outcomes"]}
    # the product's two named cases are found, and Friday never contradicts March 28
    assert status[("expected", "FC001", ("001", "002", "003", "004"))] == "found"
    assert status[("expected", "FC101", ("001", "004"))] == "found"
    # the auto tariffs' start, by the generic detectors: "starting April 2" / "(effective May 3)"
    assert status[("expected", "FC002", ("001", "003"))] == "found"
    assert all(o["status"] == "clear" for o in data["outcomes"] if o["kind"] == "must_not" and "Friday" in o["label"])


def test_eval_command_text_table(capsys):
    from factcheck.cli import main

    code = main(["eval", "--expected", str(EXPECTED_SEEDS), str(ROOT / "seeds"), "--no-color"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "Expected findings" in out and "FC001" in out
    assert "found" in out and " missed;" in out and "unexpected" in out


@pytest.mark.slow
def test_eval_command_exit_codes(tmp_path: Path, capsys):
    from factcheck.cli import main

    nothing = tmp_path / "none.yaml"
    nothing.write_text("must_not:\n  - rule: FC004\n    label: no denials in the seeds\n", encoding="utf-8")
    assert main(["eval", "--expected", str(nothing), str(ROOT / "seeds"), "-f", "json"]) == 0
    impossible = tmp_path / "impossible.yaml"
    impossible.write_text(
        "expected:\n  - rule: FC003\n    articles: ['000', '003']\n    label: not in the seeds\n", encoding="utf-8"
    )
    assert main(["eval", "--expected", str(impossible), str(ROOT / "seeds"), "-f", "json"]) == 1
    capsys.readouterr()
    bad = tmp_path / "bad.yaml"
    bad.write_text("expected:\n  - rule: FC001\n", encoding="utf-8")
    assert main(["eval", "--expected", str(bad), str(ROOT / "seeds")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.yaml:2:" in err and "Traceback" not in err
    assert main(["eval", "--expected", str(tmp_path / "missing.yaml"), str(ROOT / "seeds")]) == 2
    assert main(["eval", str(ROOT / "seeds")]) == 2  # --expected is required
