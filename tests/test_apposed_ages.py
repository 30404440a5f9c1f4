"""An age in apposition to a person's name ("Tom Reyes, 35, of Northvale")
is read beside the name when no clause of a misread sentence gave it."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two

# each read by the shipped parser with no clause that holds the age
MISREAD = [
    "Tom Reyes, 35, of New Bedford pleaded not guilty to two counts of murder and one count of kidnapping.",
    "Frederick Cheney Larsen, 75, the shadowy aide who delivered more than $300,000 in payoffs to the burglars,"
    " died of heart disease in a motel room.",
]


def _ages(text: str) -> list[tuple[str, frozenset[str], tuple]]:
    return [(c.value, c.anchors, c.extra) for c in claims_of_text(text, published="2024-07-29") if c.slot == "age"]


@pytest.mark.parametrize(
    ("text", "person", "age"), list(zip(MISREAD, ["@tom-reyes", "@frederick-cheney-larsen"], ["35", "75"], strict=True))
)
def test_an_age_beside_a_name_in_a_misread_sentence_is_read(text, person, age):
    assert _ages(text) == [(age, frozenset({person}), ())]


def test_an_age_a_clause_gave_is_not_read_twice():
    assert len(_ages("Tom Reyes, 61, was arrested on Monday.")) == 1


def test_an_age_beside_a_name_in_a_sentence_of_years_back_is_marked():
    (got,) = _ages("In 1990, Tom Reyes, 25, of New Bedford pleaded not guilty to two counts of murder.")
    assert got[0] == "25" and ("age_back_then", "1") in got[2]


@pytest.mark.parametrize(
    "text",
    [
        # no age: a number over 120
        "Tom Reyes, 145, of New Bedford pleaded not guilty to two counts of murder and one count of kidnapping.",
    ],
)
def test_a_number_beside_a_name_that_is_no_age_is_not_read(text):
    assert _ages(text) == []


def test_an_age_read_beside_a_name_meets_another_articles(ruleset, tmp_path):
    (f,) = findings_of_two(ruleset, tmp_path, MISREAD[0], "Tom Reyes, 45, was arrested in New Bedford.", "FC008")
    assert sorted(c.value for c in f.claims) == ["35", "45"]
    same = tmp_path / "same"
    same.mkdir()
    assert findings_of_two(ruleset, same, MISREAD[0], "Tom Reyes, 35, was arrested.", "FC008") == []


@pytest.mark.parametrize(
    "text",
    [
        # a number written with thousands, or the first of a run of numbers
        "The final tally was Ana Ruiz, 5,210, to Tom Reyes, 4,877.",
        "Ana Ruiz, 1,500 votes, and Tom Reyes, 1,200 votes, were the top two.",
        "The court fined Ana Ruiz, 100,000 euros, for the breach.",
        # ranks counted up beside the names
        "Results: 1, Tom Reyes, 2, Ana Ruiz, 3, Carlos Lopez.",
        "Seeds: Rafael Nadal, 1, Roger Federer, 2, Novak Djokovic, 3.",
    ],
)
def test_a_count_or_a_rank_beside_a_name_is_no_age(text):
    assert _ages(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The son of Tom Reyes, 12, was hurt in the crash.",
        "The son of former mayor Tom Reyes, 12, was hurt in the crash.",
        "The son of the late Tom Reyes, 12, was hurt in the crash.",
        "The daughter of Tom Reyes and Ana Ruiz, 12, was hurt in the crash.",
    ],
)
def test_a_name_another_noun_holds_gets_no_age_beside_it(text, monkeypatch):
    from factcheck.engine import claims

    monkeypatch.setattr(claims, "claims_of_fact", lambda ctx, f: [])  # the reader alone, as in a misread sentence
    assert _ages(text) == []


def test_an_age_of_back_then_is_not_checked_against_a_birth_date(ruleset, tmp_path):
    back = "In 1990, Tom Reyes, 25, of New Bedford pleaded not guilty to two counts of murder."
    assert findings_of_two(ruleset, tmp_path, back, "Tom Reyes was born on May 5, 1965, in Northvale.", "FC008") == []


def test_a_name_after_a_possessive_keeps_its_age(monkeypatch):
    from factcheck.engine import claims

    monkeypatch.setattr(claims, "claims_of_fact", lambda ctx, f: [])  # the reader alone
    text = "Northvale's Tom Reyes, 45, of New Bedford pleaded not guilty to two counts of murder."
    assert [(v, a) for v, a, _ in _ages(text)] == [("45", frozenset({"@tom-reyes"}))]


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        # a person the name is "of": the age may be that person's
        ("The widow of Tom Reyes, 70, spoke at the funeral on Monday.", []),
        ("The son of former mayor Tom Reyes, 12, was hurt in the crash.", []),
        # an event's, or several people's: the age is the named one's
        ("Police charged a man in the shooting death of Ana Ruiz, 20, on Monday.", [("20", "@ana-ruiz")]),
        ("The lawyers of Tom Reyes, 61, filed a motion on Monday.", [("61", "@tom-reyes")]),
    ],
)
def test_an_age_beside_a_name_a_person_holds_is_not_the_names(text, ages):
    assert [(v, *a) for v, a, _ in _ages(text)] == ages
