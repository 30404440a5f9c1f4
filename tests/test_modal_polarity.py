"""What will or would happen is no polarity claim ("Acme will not sell the
plant" against "Acme will sell the plant" may be two times, a condition or a
refusal); "would have won" and a clause under an "if" are hypothetical; a
negated comparison ("did not pay more than") denies the amount, not the act."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two

from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article


def _modality(text: str, word: str) -> str:
    art = Article(id="t", path="t.md", text=text + "\n", published=None, published_source="none")
    (fact,) = [f for f in extract(art, Knowledge(lexicon=Lexicon({}))).facts if f.predicate == word]
    return fact.modality


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Acme Robotics would have won the contract if it had bid lower.", "won"),
        ("William Carter would resign if the board asked him to.", "resign"),
    ],
)
def test_a_counterfactual_or_a_condition_is_hypothetical(sentence, word):
    assert _modality(sentence, word) == "hypothetical"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Without new funding, Acme Robotics would close the Northvale plant.",
            "Acme Robotics will not close the Northvale plant, William Carter said.",
        ),
        (
            "Acme Robotics will not sell the Northvale plant this year, William Carter said.",
            "Acme Robotics will sell the Northvale plant next year, William Carter said.",
        ),
        (
            "The mayor of Northvale would not comment on the plan.",
            "The mayor of Northvale will comment on the plan on Monday.",
        ),
    ],
)
def test_what_will_or_would_happen_is_not_compared(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC004") == []


def _polarity(text: str, predicate: str) -> list[str]:
    return [c.polarity for c in claims_of_text(text) if c.slot == "polarity" and c.predicate == predicate]


def test_a_negated_comparison_makes_no_claim():
    assert _polarity("Acme Robotics did not sell more than ten cars.", "sell") == []
