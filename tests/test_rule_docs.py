"""A rule's documentation is part of the rule: fixed sections that loading
checks, an example that runs (the finding it documents, with its claims, and
the articles it leaves alone), and the README's rule table generated from it."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from rulecase import claim_keys, expected_keys, rule_folders, ruleset_for, run_case

from factcheck.cli import main
from factcheck.cli.rules import rules_markdown
from factcheck.rules.ruleset import DOC_SECTIONS


def _rules():
    for folder in rule_folders():
        for rule in ruleset_for(folder).rules:
            if Path(rule.path).parent == folder:
                yield pytest.param(folder, rule, id=rule.id)


RULES = list(_rules())


def test_every_rule_folder_has_documented_rules():
    assert {p.values[1].id for p in RULES} >= {f"FC00{i}" for i in range(1, 10)}


@pytest.mark.parametrize("folder,rule", RULES)
def test_the_documented_example_gives_the_documented_finding(folder: Path, rule, tmp_path: Path):
    ex = rule.spec.doc.example
    flagged = tmp_path / "flags"
    flagged.mkdir()
    found = run_case(rule.id, ruleset_for(folder), [a.model_dump() for a in ex.articles], flagged)
    assert len(found) == 1, [f.message for f in found]
    assert found[0].severity == ex.severity and found[0].label == ex.label
    assert claim_keys(found) == expected_keys(c.model_dump() for c in ex.claims)
    if ex.passes:
        passing = tmp_path / "passes"
        passing.mkdir()
        assert run_case(rule.id, ruleset_for(folder), [a.model_dump() for a in ex.passes], passing) == []


def _one_line(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), err
    for n in needles:
        assert n in lines[0], err


@pytest.mark.parametrize("section", DOC_SECTIONS)
def test_a_missing_doc_section_is_an_error_naming_file_line_and_keys(capsys, tmp_path: Path, section: str):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "FC004.yaml"
    text = path.read_text(encoding="utf-8")
    # drop the section: its key line and the lines indented under it
    kept = re.sub(rf"(?m)^  {section}:.*\n(?:    .*\n|\s*\n)*", "", text, count=1)
    assert kept != text
    path.write_text(kept, encoding="utf-8")
    assert main(["rules", "--rules", str(rules)]) == 2
    doc_line = next(i for i, line in enumerate(kept.splitlines(), 1) if line.startswith("doc:"))
    _one_line(
        capsys.readouterr().err,
        f"FC004.yaml:{doc_line}:",
        f"missing required field 'doc.{section}'",
        "required keys: what, why, example, false_alarms, settle",
    )


def test_an_unknown_doc_section_is_an_error_listing_the_allowed_keys(capsys, tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "FC004.yaml"
    text = path.read_text(encoding="utf-8").replace("  why: |", "  rationale: a reason\n  why: |", 1)
    path.write_text(text, encoding="utf-8")
    assert main(["rules", "--rules", str(rules)]) == 2
    line = next(i for i, x in enumerate(text.splitlines(), 1) if x.startswith("  rationale:"))
    _one_line(
        capsys.readouterr().err,
        f"FC004.yaml:{line}:",
        "unknown field 'doc.rationale'",
        "allowed keys: what, why, example, false_alarms, settle",
    )


def test_the_old_description_and_examples_keys_are_refused_with_the_doc_keys(capsys, tmp_path: Path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = rules / "FC004.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "description: old style\n", encoding="utf-8")
    assert main(["rules", "--rules", str(rules)]) == 2
    err = capsys.readouterr().err
    _one_line(
        err, "FC004.yaml:", "unknown field 'description'", "allowed keys: id, name, check, severity, message, doc"
    )


README_TABLE = re.compile(r"<!-- rules-table: start[^>]*-->\n(.*?)<!-- rules-table: end -->", re.S)


def test_the_readme_rule_table_is_generated_from_the_rules(ruleset):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    m = README_TABLE.search(readme)
    assert m, (
        "README.md has no generated rule table (between '<!-- rules-table: start' and '<!-- rules-table: end -->')"
    )
    assert m.group(1) == rules_markdown(list(ruleset.rules)), (
        "the README rule table is out of date: run 'factcheck rules --format markdown' and paste its output"
    )


def test_rules_markdown_command_prints_the_table(capsys, ruleset):
    assert main(["rules", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    assert out == rules_markdown(list(ruleset.rules))
    assert out.count("\n") == 2 + len(ruleset.rules)


def test_rules_shows_every_section_and_the_severity_story(capsys):
    assert main(["rules", "FC003", "--no-color", "--width", "100"]) == 0
    out = capsys.readouterr().out
    for title in ("What it flags", "Why", "Example", "Known false alarms", "To settle"):
        assert f"\n{title}\n" in out, title
    assert "Severity: warning for a contradiction; info for possible, later update, different events" in out
    assert "side a: a:4  '120 schools' -> '120 school'" in out
