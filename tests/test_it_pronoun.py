""" "It" as the subject of a verb stands for the named thing it refers to (an
organisation, a place or another named thing, never a person): the named
subject of the clause that reports it, else the named subject of the sentence
before. A claim whose subject is "it" then has that thing as its anchor."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _money_anchors(text: str) -> list[list[str]]:
    return [sorted(c.anchors) for c in claims_of_text(text) if c.slot == "number" and c.role == "$"]


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        # the named subject of the clause that reports it
        ("The Acme Company said it lost $1.6 billion in 2005.", "@acme-company"),
        # the named subject of the sentence before
        ("The Northvale City Council approved the plan. It will spend $3 million on roads.", "@northvale-city-council"),
        # a person reporting it is passed over for the sentence before
        ("The Acme Company closed two plants. A spokesman said it lost $2 million.", "@acme-company"),
    ],
)
def test_it_takes_the_named_thing_it_stands_for(text, anchor):
    assert [anchor] in _money_anchors(text)


@pytest.mark.parametrize(
    "text",
    [
        # the subject before it is no name: "it" may be that, not the company
        "The Acme Company filed its report. The report said it lost $2 million.",
        # the subject of the sentence before is a person: "it" is never a person
        "Jane Roe sold her shop. It lost $2 million.",
        # two sentences back is too far
        "The Acme Company sold a plant. Workers were told on Monday. It lost $2 million.",
        # another name comes before it in its own sentence
        "The Acme Company sold a plant. After the sale to Borealis Partners, it lost $2 million.",
        # a time clause may be about anything the sentence names ("it" is the plane here)
        "The Acme Company has received five orders for the plane since it was shown in Paris for $2 million.",
        # another subject comes before it: that may be what it is
        "The Acme Company sold a plant. When the plant was closed, it lost $2 million.",
        # inside a quotation
        'The Acme Company sold a plant. "It lost $2 million," Jane Roe said.',
    ],
)
def test_it_is_left_alone_where_the_thing_is_not_clear(text):
    assert all(not [a for a in anchors if a.startswith("@acme")] for anchors in _money_anchors(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Company sold a plant. It was a mistake.",
        "The Acme Company sold a plant. It took three months.",
        "The Acme Company sold a plant. It seems the buyer paid too much.",
    ],
)
def test_it_of_a_situation_is_not_the_company(text):
    assert not [c for c in claims_of_text(text) if c.sentence == 1 and "@acme-company" in c.anchors]


def test_a_loss_told_through_it_conflicts_with_the_loss_told_by_name(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "The Acme Company closed two plants in Northvale. In 2005 it lost $1.6 billion.",
        "The Acme Company lost $3.6 billion in 2005.",
        "FC003",
    )
    assert {c.article: c.value for c in finding.claims} == {"a": "$1.6 billion", "b": "$3.6 billion"}


def test_the_same_loss_told_through_it_is_no_finding(ruleset, tmp_path):
    assert not findings_of_two(
        ruleset,
        tmp_path,
        "The Acme Company closed two plants in Northvale. In 2005 it lost $1.6 billion.",
        "The Acme Company lost $1.6 billion in 2005.",
        "FC003",
    )
