"""Every rule against its fixture (sqlfluff's test/fixtures/rules style): a
failing case names the finding it expects, its severity and label, and every
claim (article:line, value as written, normalised value, side); a passing case
raises nothing. Shipped rules' fixtures are in ``tests/fixtures/rules``, a
pack's in ``packs/<pack>/fixtures/rules``, run with that pack."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from rulecase import claim_keys, expected_keys, rule_folders, ruleset_for, run_case

from factcheck.rules.ruleset import RuleDoc

FIXTURES = Path(__file__).parent / "fixtures" / "rules"


def _fixture_dir(folder: Path) -> Path:
    return FIXTURES if folder.name == "rules" else folder / "fixtures" / "rules"


def _cases():
    for folder in rule_folders():
        for path in sorted(_fixture_dir(folder).glob("*.yaml")):
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for case in data["cases"]:
                yield pytest.param(folder, data["rule"], case, id=f"{data['rule']}: {case['name']}")


CASES = list(_cases())


def test_every_failing_case_names_its_claims():
    for param in CASES:
        _, rule_id, case = param.values
        if case["expect"] > 0:
            assert {"severity", "label", "claims"} <= set(case), f"{rule_id}: {case['name']}"
            assert len(case["claims"]) >= 2 * case["expect"], f"{rule_id}: {case['name']}"


@pytest.mark.parametrize("folder,rule_id,case", CASES)
def test_rule_fixture(folder: Path, rule_id: str, case: dict, tmp_path: Path):
    found = run_case(rule_id, ruleset_for(folder), case["articles"], tmp_path)
    assert len(found) == case["expect"], [f.message for f in found]
    if case["expect"]:
        assert {f.severity for f in found} == {case["severity"]}
        assert {f.label for f in found} == {case["label"]}
        assert claim_keys(found) == expected_keys(case["claims"])


def test_the_doc_example_is_a_fixture_case_shape():
    # the example in a rule's doc and a fixture case assert the same things
    fields = set(RuleDoc.model_fields["example"].annotation.model_fields)  # type: ignore[union-attr]
    assert {"articles", "severity", "label", "claims"} <= fields
