"""Every rule against its fixture: failing cases must raise the rule's
finding, passing cases must not (sqlfluff's test/fixtures/rules style)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT, write_article

FIXTURES = ROOT / "tests" / "fixtures" / "rules"


def _cases():
    for path in sorted(FIXTURES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["rule"], case, id=f"{data['rule']}: {case['name']}")


@pytest.mark.parametrize("rule_id,case", list(_cases()))
def test_rule_fixture(rule_id, case, ruleset, tmp_path: Path):
    from factcheck import run

    for art in case["articles"]:
        write_article(tmp_path, art["id"], art["text"], str(art.get("published") or "") or None)
    report, errors = run(tmp_path, ruleset=ruleset)
    assert errors == []
    found = [f for f in report.findings if f.rule == rule_id]
    assert len(found) == case["expect"], [f.message for f in report.findings]
    for f in found:
        if "severity" in case:
            assert f.severity == case["severity"]
        # evidence first: every claim cites article, line and the verbatim sentence
        texts = {a["id"]: a["text"] for a in case["articles"]}
        for c in f.claims:
            assert c.text.strip() and c.text in texts[c.article]
            assert c.line >= 1
    # the claims a case names: article:line, value as written, normalised value, side
    for want in case.get("claims", ()):
        got = [(f"{c.article}:{c.line}", c.value, c.normalized, c.side) for f in found for c in f.claims]
        key = (want["at"], want["value"], str(want["normalized"]), want["side"])
        assert key in got, got
