"""One person written two ways is not two speakers (attribution, quote variants)."""

from __future__ import annotations

import pytest
from conftest import write_article


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("mark-heller", "mark-jay-heller", True),
        ("ellen-degeneres", "comedian-ellen-degeneres", True),
        ("aj-butler", "a-j-butler", True),
        ("raymond-kelly", "raymond-w-kelly", True),
        ("felt", "mark-felt", True),
        ("a-j-smith", "a-j-butler", False),
        ("donald-trump", "melania-trump", False),
        ("academy-president-boone-isaacs", "cheryl-boone-isaacs", False),
    ],
)
def test_names_compatible(a, b, same):
    from factcheck.knowledge.lexicon import names_compatible

    assert names_compatible(a, b) is same
    assert names_compatible(b, a) is same


def test_lexicon_entities_stay_distinct(ruleset):
    lex = ruleset.knowledge.lexicon
    assert lex.same_person("mark-carney", "mark-carney")
    assert not lex.same_person("mark-carney", "donald-trump")
    assert lex.same_person("mark-carney", "prime-minister-mark-carney")


def test_name_variants_are_not_an_attribution_conflict(ruleset, tmp_path):
    from factcheck import run

    quote = "My client is settled in at that facility right now and doing well"
    write_article(tmp_path, "a", f'"{quote}," lawyer Mark Heller said on Thursday.\n', "2013-05-03")
    write_article(tmp_path, "b", f'"{quote}," Mark Jay Heller told the judge.\n', "2013-05-03")
    write_article(tmp_path, "c", f'"{quote}," Terry White said.\n', "2013-05-03")
    report, errors = run(tmp_path, ruleset=ruleset)
    assert errors == []
    pairs = {frozenset(c.article for c in f.claims) for f in report.findings if f.rule == "FC006"}
    assert frozenset({"a", "b"}) not in pairs
    assert frozenset({"a", "c"}) in pairs and frozenset({"b", "c"}) in pairs
