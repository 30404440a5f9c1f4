"""What would happen is no polarity claim ("would not comment" is a refusal,
"would close" a condition), and what will happen is compared only with what
will happen at the same time ("will not sell the plant this year" / "will sell
it next year" are two plans; "will host" / "will not host" conflict);
"would have won" and a clause under an "if" are hypothetical; a negated
comparison ("did not pay more than") denies the amount, not the act."""

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


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ana Ruiz will not host the Northvale awards.", "Ana Ruiz will host the Northvale awards."),
        (
            "Tom Reyes won't attend the Westshire summit, his office said.",
            "Tom Reyes will attend the Westshire summit.",
        ),
    ],
)
def test_what_will_and_will_not_happen_conflict(ruleset, tmp_path, a, b):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC004")
    assert "will happen" in f.message
    assert sorted(c.polarity for c in claims_of_text(a) + claims_of_text(b) if c.slot == "polarity") == [
        "negative",
        "positive",
    ]


def test_what_will_happen_is_not_compared_with_what_happened(ruleset, tmp_path):
    assert (
        findings_of_two(
            ruleset,
            tmp_path,
            "Ana Ruiz will not host the Northvale awards.",
            "Ana Ruiz hosted the Northvale awards.",
            "FC004",
        )
        == []
    )
