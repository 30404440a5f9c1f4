"""Meta-tests: every rule has a fixture with failing and passing cases, and
docs; every check type is documented and used."""

from __future__ import annotations

import yaml
from conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "rules"


def test_every_rule_has_a_fixture_with_failing_and_passing_cases(ruleset):
    for rule in ruleset.rules:
        path = FIXTURES / f"{rule.id}.yaml"
        assert path.exists(), f"{rule.id} has no fixture at {path.relative_to(ROOT)}"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["rule"] == rule.id
        expects = [c["expect"] for c in data["cases"]]
        assert any(e > 0 for e in expects), f"{rule.id}: no failing case"
        assert any(e == 0 for e in expects), f"{rule.id}: no passing case"


def test_every_fixture_names_an_existing_rule(ruleset):
    ids = {r.id for r in ruleset.rules}
    for path in FIXTURES.glob("*.yaml"):
        assert path.stem in ids, f"fixture {path.name} has no rule"


def test_every_rule_is_documented(ruleset):
    for rule in ruleset.rules:
        s = rule.spec
        assert len(s.doc.what.split()) >= 15, rule.id
        assert len(s.doc.why.split()) >= 10 and len(s.doc.false_alarms.split()) >= 10, rule.id
        assert s.doc.example.claims and s.doc.example.passes, rule.id
        assert s.settle == s.doc.settle and s.settle, f"{rule.id} does not say what would settle it"
        assert s.doc.summary.endswith(".") and len(s.doc.summary) < 160, rule.id
        assert "." in s.name


def test_every_check_type_is_documented_and_used(ruleset):
    from factcheck.checks import CHECKS
    from factcheck.rules.stack import load_stack

    # the shipped rules and every story pack's (packs/*/ stacked on them)
    stacks = [ruleset, *(load_stack([p]) for p in sorted((ROOT / "packs").iterdir()) if p.is_dir())]
    used = {r.spec.check for rs in stacks for r in rs.rules}
    for name, module in CHECKS.items():
        assert module.__doc__ and len(module.__doc__.split()) > 10, name
        assert name in used, f"check type {name} has no rule"
        assert hasattr(module, "Options") and hasattr(module, "check") and module.CATEGORY


def test_rule_ids_are_unique_and_stable_files(ruleset):
    ids = [r.id for r in ruleset.rules]
    assert len(ids) == len(set(ids))
    for r in ruleset.rules:
        assert r.path.endswith(f"{r.id}.yaml")
