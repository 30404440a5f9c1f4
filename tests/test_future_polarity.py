"""What will happen, told plainly ("Acme will not sell the plant", "said it
would close the plant"), is a polarity claim compared only with what another
source says will happen; a counterfactual ("would have won"), a condition
("would resign if asked"), a possibility ("may resign") or a plan ("plans to
close") makes none."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _polarity(text: str, predicate: str) -> list:
    return [c for c in claims_of_text(text) if c.slot == "polarity" and c.predicate == predicate]


@pytest.mark.parametrize(
    ("sentence", "predicate", "polarity"),
    [
        ("Acme Robotics will not sell the Northvale plant.", "sell", "negative"),
        ("Acme Robotics won't sell the Northvale plant.", "sell", "negative"),
        ("Acme Robotics will sell the Northvale plant.", "sell", "positive"),
        ("William Carter said Acme Robotics would close the Northvale plant.", "close", "positive"),
    ],
)
def test_what_will_happen_is_a_claim_of_its_own_modality(sentence, predicate, polarity):
    (claim,) = _polarity(sentence, predicate)
    assert (claim.polarity, claim.modality) == (polarity, "expected")


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("Acme Robotics would have won the contract if it had bid lower.", "win"),
        ("William Carter would resign if the board asked him to.", "resign"),
        ("William Carter may resign next week.", "resign"),
        ("Acme Robotics plans to close the Northvale plant.", "close"),
        ("Acme Robotics is expected to close the Northvale plant.", "close"),
    ],
)
def test_a_counterfactual_condition_possibility_or_plan_is_no_claim(sentence, predicate):
    assert _polarity(sentence, predicate) == []


def test_two_sources_on_what_will_happen_disagree(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Acme Robotics will not offer a free case to buyers of the Vexa phone, William Carter said.",
        "Acme Robotics will offer a free case to buyers of the Vexa phone, William Carter said on Friday.",
        "FC004",
    )
    assert {c.article: c.normalized for c in finding.claims} == {"a": "negative", "b": "positive"}


def test_what_will_happen_is_not_compared_with_what_happened(ruleset, tmp_path):
    found = findings_of_two(
        ruleset,
        tmp_path,
        "Acme Robotics will not offer a free case to buyers of the Vexa phone.",
        "Acme Robotics offered a free case to buyers of the Vexa phone.",
        "FC004",
    )
    assert found == []
