"""Hedges written as phrases the parse makes the head of the figure: "in
excess of $160 million" is more than $160 million, and "excess" is no thing
measured nor an anchor of the claim."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two

from factcheck.engine.compare import NumberValue, compare_numbers


def _money(text: str) -> list:
    return [c for c in claims_of_text(text) if c.slot == "number" and c.role == "$"]


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Acme paid in excess of $5 million for Widgetco.", "in excess of"),
        ("Northvale Bank made an offer to Acme in excess of $160 million.", "in excess of"),
    ],
)
def test_a_hedge_the_parse_makes_the_head_is_no_noun(text, hedge):
    (claim,) = _money(text)
    assert claim.payload.hedge == hedge
    assert claim.noun != "excess" and "excess" not in claim.anchors


@pytest.mark.parametrize(
    ("hedge", "other", "relation"),
    [
        ("in excess of", 7.0, "compatible"),
        ("in excess of", 4.0, "differ"),
        ("upwards of", 6.0, "compatible"),
        ("well over", 4.0, "differ"),
        ("well under", 6.0, "differ"),
        ("just shy of", 4.8, "compatible"),
        ("just shy of", 6.0, "differ"),
    ],
)
def test_hedge_phrases_bound_the_figure(hedge, other, relation):
    hedged = NumberValue(5.0, "$", hedge=hedge, text="$5 million")
    plain = NumberValue(other, "$", step=0.1, text=f"${other} million")
    assert compare_numbers(hedged, plain).relation == relation


def test_more_than_a_figure_agrees_with_a_larger_one(ruleset, tmp_path):
    a = "Acme paid in excess of $5 million for Widgetco."
    assert findings_of_two(ruleset, tmp_path, a, "Acme paid $7 million for Widgetco.", "FC003") == []
