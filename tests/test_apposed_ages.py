"""An age in apposition to a person's name ("Tom Reyes, 35, of Northvale")
is read beside the name when no clause of a misread sentence gave it."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of, findings_of_two

from factcheck.extract.entities import _aged_names
from factcheck.extract.nlp import load_nlp

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


# names the shipped recogniser leaves out, each read as words by the tagger ("Lo"
# an interjection, "Presti" and "Cheeks" plural nouns); the age beside them marks
# them as a person's
UNRECOGNISED = [
    ("Gaetano Lo Presti, 52, hung himself in his cell on Tuesday evening.", "@gaetano-lo-presti", "52"),
    ("Maurice Cheeks was fired on Saturday. Cheeks, 48, a four-time all-star, had coached for two seasons.",
     "@maurice-cheeks", "48"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "age"), UNRECOGNISED)
def test_a_name_the_recogniser_missed_is_read_by_the_age_beside_it(text, person, age):
    assert {(value, anchors) for value, anchors, _ in _ages(text)} == {(age, frozenset({person}))}


def test_two_ages_of_a_name_the_recogniser_missed_conflict(ruleset, tmp_path):
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        "Maurice Cheeks was fired on Saturday. Cheeks, 48, a four-time all-star, had coached for two seasons.",
        "Maurice Cheeks was fired on Saturday. Cheeks, 52, a four-time all-star, had coached for two seasons.",
        "FC008",
    )
    assert sorted({c.value for c in found.claims}) == ["48", "52"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Yesterday Tom Reyes, 32, was arrested.", ["Tom Reyes"]),  # not the word opening the sentence
        ("Police said Rev. Larry Kroon, 61, was at home.", ["Larry Kroon"]),  # a title may stand before
        # a list of counts, not names and their ages
        ("Seats went to Labour, 12, Greens, 8, and others.", []),
        # a longer capitalised run than a name
        ("He read The Old Man And The Sea, 12, times.", []),
    ],
)
def test_which_capitalised_words_before_an_age_are_read_as_a_name(text, names):
    doc = load_nlp()(text)
    assert [span.text for span in _aged_names(doc, [False] * len(doc))] == names


def test_an_age_told_in_a_clause_years_back_is_read_as_of_that_year(ruleset, tmp_path):
    # 92 in 2006 and 95 at the end of 2008: one person born in 1913
    then = "“I am proud of what I did,” Tom Reyes, 92, told Westshire radio in 2006, his first interview on it."
    (tmp_path / "kept").mkdir()
    (tmp_path / "other").mkdir()
    kept = findings_of_two(ruleset, tmp_path / "kept", then, "Tom Reyes died on Thursday at 95.", "FC008", "2008-12-19")
    assert kept == []
    # 99 at the end of 2008 is another birth year whatever the year of the 92
    (found,) = findings_of_two(
        ruleset, tmp_path / "other", then, "Tom Reyes died on Thursday at 99.", "FC008", "2008-12-19"
    )
    assert sorted({c.value for c in found.claims}) == ["92", "at 99"]
    (age,) = {c for c in claims_of_text(then, published="2008-12-19") if c.slot == "age"}
    assert ("age_then_year", "2006") in age.extra


def test_an_age_in_a_dated_clause_of_an_undated_article_is_not_checked_against_another_undated_age(ruleset, tmp_path):
    # no publication date: an age beside a name in a clause dated to a year may be the
    # age of that year ("Felt, 92, told CNN in 2006", in an article of 2008 that names no
    # later year), which an age of another undated article cannot check
    then = "“I am proud of what I did,” Tom Reyes, 92, told Westshire radio in 2006, his first interview on it."
    (tmp_path / "undated").mkdir()
    found = findings_of(
        ruleset, tmp_path / "undated", [(then, None), ("Tom Reyes died on Thursday at 95.", None)], "FC008"
    )
    assert found == []
    (age,) = {c for c in claims_of_text(then, published=None) if c.slot == "age"}
    assert dict(age.extra) == {"age_then_year": "2006"}
    # with both articles dated, the ages are compared as of their times
    now = "Tom Reyes, 32, was arrested on Nov. 12, 2008, in Northvale."
    (tmp_path / "dated").mkdir()
    articles = [(now, "2008-11-20"), ("Tom Reyes, 35, was charged.", "2008-11-20")]
    (found,) = findings_of(ruleset, tmp_path / "dated", articles, "FC008")
    assert sorted({c.value for c in found.claims}) == ["32", "35"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word of the dictionary before an age is no name unless the article named a
        # person in full with it: two headlines of two unnamed people
        ("Man, 45, charged with murder in Northvale", "Man, 30, charged with murder in Westshire"),
        ("Mum, 32, hurt in crash in Northvale", "Mum, 29, hurt in crash in Westshire"),
        # a place before a word of the dictionary is no name either
        ("Northvale Man, 45, charged with murder", "Northvale Man, 30, charged with murder"),
    ],
)
def test_no_age_conflict_of_words_or_of_the_same_age(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC008") == []


def test_an_age_of_a_sentence_that_tells_of_now_is_the_age_now(ruleset, tmp_path):
    # 40 in a sentence of Monday, whatever years its clause about the past names
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        "Tom Reyes, 40, who served as Northvale mayor from 2015 to 2020, retired on Monday.",
        "Tom Reyes, 45, retired on Monday in Northvale.",
        "FC008",
    )
    assert sorted({c.value for c in found.claims}) == ["40", "45"]


def test_a_score_of_a_team_before_a_number_is_still_read(ruleset, tmp_path):
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        "The Tigers, 12, beat the Lions 3-1 in Northvale on Saturday.",
        "The Tigers, 12, beat the Lions 2-1 in Northvale on Saturday.",
        "FC003",
    )
    assert sorted({c.value for c in found.claims}) == ["2-1", "3-1"]
    (tmp_path / "ages").mkdir()
    assert findings_of_two(ruleset, tmp_path / "ages", "The Tigers, 12, won.", "The Tigers, 9, won.", "FC008") == []


def test_a_surname_the_tagger_took_for_an_adjective_stays_in_the_name(ruleset, tmp_path):
    # "Grigoropoulos" (no word of the dictionary) tagged an adjective after "Alexandros"
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        "Thousands marched in protest at the death of 17-year-old Alexandros Grigoropoulos on Saturday.",
        "A police shooting in Athens of Alexandros Grigoropoulos, 15, touched off the riots.",
        "FC008",
    )
    assert sorted({c.value for c in found.claims}) == ["15", "17-year-old"]


def test_a_figure_that_is_no_ascii_number_is_no_age():
    assert _ages("Tom Reyes met Ana Ruiz. Reyes, \u00b2, said hello.") == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a given name that is a word too opens the name ("Summer"), the age is hers
        ("Police named the victim as Summer Presti, 25, of Northvale.", ["Summer Presti"]),
        # a hyphen the run of words leaves first is no part of the name
        ("Anti-Reyes, 45, died.", ["Reyes"]),
        # a hyphenated name is read whole
        ("Ana Smith-Wood was hurt. Smith-Wood, 33, is a nurse.", ["Smith-Wood"]),
    ],
)
def test_which_words_of_a_run_make_the_name(text, names):
    doc = load_nlp()(text)
    assert [span.text for span in _aged_names(doc, [False] * len(doc))] == names


def test_a_given_name_that_is_a_word_keeps_the_age(tmp_path):
    ((value, anchors, _),) = _ages("Police named the victim as Summer Presti, 25, of Northvale.")
    assert (value, anchors) == ("25", frozenset({"@summer-presti"}))


def test_a_word_the_article_writes_as_the_end_of_a_name_is_that_name(ruleset, tmp_path):
    # the recogniser reads no person in "brought in Maurice Cheeks" ("Maurice" a place),
    # but the article writes "Cheeks" as the end of a name: "Cheeks, 48," is a name
    hired = "King pushed out Jim O'Brien and brought in Maurice Cheeks, the popular former player, as coach."
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        hired + " Cheeks, 48, a four-time all-star, played for the Sixers.",
        hired + " Cheeks, 52, a four-time all-star, played for the Sixers.",
        "FC008",
    )
    assert sorted({c.value for c in found.claims}) == ["48", "52"]


def test_two_ages_each_of_its_year_are_compared_as_of_those_years(ruleset, tmp_path):
    (tmp_path / "same").mkdir()
    (tmp_path / "other").mkdir()
    a = "“I am proud of it,” Tom Reyes, 92, told Westshire radio in 2006, his first interview."
    same = findings_of_two(
        ruleset,
        tmp_path / "same",
        a,
        "“I am proud,” Tom Reyes, 94, told Eastmark radio in 2008.",
        "FC008",
        "2010-05-01",
    )
    assert same == []
    (found,) = findings_of_two(
        ruleset,
        tmp_path / "other",
        a,
        "“I am proud,” Tom Reyes, 99, told Eastmark radio in 2008.",
        "FC008",
        "2010-05-01",
    )
    assert sorted({c.value for c in found.claims}) == ["92", "99"]
