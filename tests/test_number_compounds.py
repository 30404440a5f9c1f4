"""A number joined to its unit measures the noun the pair modifies ("a 90-day
stay", "an eight-year offer", "a 4.2 magnitude earthquake"), and a verb the
tagger took for a noun is still a predicate, read from the parse: generic
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import findings_of_two
from spacy.tokens import Doc

from factcheck.engine.claims import claims_of_extraction
from factcheck.extract.clauses.predicates import is_predicate
from factcheck.extract.extractor import extract
from factcheck.extract.nlp import load_nlp
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _extraction(text: str):
    return extract(
        Article(id="t", path="t.md", text=text + "\n", published=date(2025, 5, 2), published_source="front_matter"),
        KNOWLEDGE,
    )


def _numbers(text: str) -> list[tuple[str, str, str, str]]:
    claims = claims_of_extraction(_extraction(text))
    return [(c.value, c.noun, c.role, c.normalized) for c in claims if c.slot == "number"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The club made an eight-year offer to the pitcher.", ("eight-year", "offer", "year", "8 year")),
        ("He began a 90-day stay at the clinic.", ("90-day", "stay", "day", "90 day")),
        # tokenised text, a space each side of the hyphen
        ("He began a 90 - day stay at the clinic.", ("90 - day", "stay", "day", "90 day")),
        ("The 6.1-magnitude quake struck the island.", ("6.1-magnitude", "quake", "magnitude", "6.1 magnitude")),
        # side by side
        ("A 4.2 magnitude earthquake shook the valley.", ("4.2 magnitude", "earthquake", "magnitude", "4.2 magnitude")),
    ],
)
def test_a_hyphenated_measure_measures_the_noun_it_modifies(text, claim):
    assert claim in _numbers(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # the number after the word, joined or not
        (
            "Officials said a magnitude-6.1 earthquake struck the island.",
            ("magnitude-6.1", "earthquake", "magnitude", "6.1 magnitude"),
        ),
        (
            "Officials said a magnitude 6.1 earthquake struck the island.",
            ("magnitude 6.1", "earthquake", "magnitude", "6.1 magnitude"),
        ),
        # read off a scale by a verb that describes the noun
        (
            "The quake, which measured 6.6 on the Richter scale, hit the island.",
            ("6.6 on the Richter scale", "quake", "magnitude", "6.6 magnitude"),
        ),
        # a hyphen left alone by tokenised text
        (
            "State television says a 5.6 -magnitude earthquake has injured three people.",
            ("5.6 -magnitude", "earthquake", "magnitude", "5.6 magnitude"),
        ),
        # "measuring" tagged a noun by the shipped tagger: its lemma is the form itself
        (
            "An earthquake measuring 6.6 on the Richter scale jolted Northvale island on Sunday.",
            ("6.6 on the Richter scale", "earthquake", "magnitude", "6.6 magnitude"),
        ),
    ],
)
def test_a_magnitude_written_around_its_number_measures_its_noun(text, claim):
    assert claim in _numbers(text)


def test_no_magnitude_without_one_noun_it_measures_or_beyond_the_scale():
    assert [
        n for n in _numbers("The 7.6 and 7.5 magnitude quakes struck the coast.") if n[3].endswith("magnitude")
    ] == []
    assert [
        n for n in _numbers("Officials said a magnitude 61 earthquake struck the island.") if n[2] == "magnitude"
    ] == []
    # an intensity or a storm's category is no magnitude; "that magnitude" is no reading
    for text in (
        "Officials said the earthquake, which measured 6 on the seismic intensity scale, struck the island.",
        "The storm, which measured 4 on the Saffir-Simpson scale, hit the island.",
        "Nobody expected a crisis of that magnitude one week before the election.",
    ):
        assert [n for n in _numbers(text) if n[2] == "magnitude"] == [], text


def test_an_age_and_a_count_are_no_measure():
    numbers = _numbers("The 33-year-old driver began a 30-day sentence.")
    assert ("30-day", "sentence", "day", "30 day") in numbers
    assert [n for n in numbers if n[2] != "day"] == []  # the age is no measure of years
    assert [n[2] for n in _numbers("Ten fire engines made a 20-minute drive.")] == ["engine", "minute"]
    assert _numbers("The 2008 election campaign raised $5 million.") == [("$5 million", "$", "$", "$ 5000000")]
    assert [n[2] for n in _numbers("The 16 year old boy was hurt.")] == []


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parsed sentence given by hand: (word, head index, dep, tag, pos)."""
    words, heads, deps, tags, pos = (list(x) for x in zip(*rows))
    return Doc(load_nlp(None).vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_verb_tagged_as_a_noun_with_a_subject_and_an_object_is_a_predicate():
    """The shipped tagger can read "hit" in "A quake hit Westland" as a noun at
    the root; with a subject and an object it is a verb all the same."""
    doc = _doc([
        ("A", 1, "det", "DT", "DET"), ("quake", 2, "nsubj", "NN", "NOUN"), ("hit", 2, "ROOT", "NN", "NOUN"),
        ("Westland", 2, "obj", "NNP", "PROPN"), (".", 2, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    assert is_predicate(doc[2])
    # a headline noun with no subject and object is no predicate
    doc = _doc([
        ("Quake", 0, "ROOT", "NN", "NOUN"), ("in", 2, "case", "IN", "ADP"), ("Westland", 0, "nmod", "NNP", "PROPN"),
    ])  # fmt: skip
    assert not is_predicate(doc[0])


def _fc003(ruleset, folder, a: str, b: str) -> list:
    return findings_of_two(ruleset, folder, a, b, "FC003")


def test_two_magnitudes_of_one_earthquake_conflict(ruleset, tmp_path):
    (finding,) = _fc003(
        ruleset,
        tmp_path,
        "Officials said a 5.9 magnitude earthquake struck Vexa island on Sunday.",
        "Officials said a magnitude-6.1 earthquake struck Vexa island on Sunday.",
    )
    assert sorted(c.normalized for c in finding.claims) == ["5.9 magnitude", "6.1 magnitude"]


def test_a_magnitude_read_off_a_named_scale_meets_one_written_as_a_compound(ruleset, tmp_path):
    """The scale's name is part of the value, not what the claim is about, and a
    modified noun ("a strong ... earthquake") measured by a magnitude is no part of
    the plain one."""
    scale = "An earthquake measuring 6.6 on the Richter scale jolted Northvale island on Sunday."
    (claim,) = [c for c in claims_of_extraction(_extraction(scale)) if c.slot == "number"]
    assert not any("richter" in a for a in claim.anchors)
    (finding,) = _fc003(
        ruleset, tmp_path, scale, "A strong 5.6-magnitude earthquake jolted part of Northvale island on Sunday."
    )
    assert sorted(c.normalized for c in finding.claims) == ["5.6 magnitude", "6.6 magnitude"]
    assert "of which" not in finding.message


@pytest.mark.parametrize(
    "other",
    [
        "Officials said a 6.1-magnitude aftershock struck Vexa island on Sunday.",  # another shock
        "Officials said a 6.1-magnitude earthquake struck Vexa island on Tuesday.",  # another day
    ],
)
def test_a_magnitude_of_another_shock_does_not_conflict(ruleset, tmp_path, other):
    assert (
        _fc003(ruleset, tmp_path, "Officials said a 7.6 magnitude earthquake struck Vexa island on Sunday.", other)
        == []
    )


def test_a_measure_of_its_noun_keeps_the_noun_when_the_noun_is_the_predicate():
    # "is to be a three-month stay": the stay is what the clause is, and what the figure measures
    assert ("three-month", "stay", "month", "3 month") in _numbers(
        "Ana Ruiz checked into a clinic for what is to be a three-month stay."
    )


@pytest.mark.parametrize(
    "other",
    [
        "A 5.6-magnitude aftershock shook buildings on Northvale island on Sunday.",  # another shock
        "A 5.6-magnitude earthquake shook buildings on Northvale island on Tuesday.",  # another day
        "The quake shook buildings on Northvale island on Sunday, killing 56 people.",  # a count, no measure
        # a quake remembered: no time of its own
        "Northvale island lies on the fault that produced a 5.6-magnitude earthquake.",
        "Residents still remember a 5.6-magnitude earthquake that destroyed Northvale island.",
        "On Sunday, residents of Northvale island remembered the 5.6-magnitude earthquake that struck their town.",
        # another quake of the same day, told by another verb
        "Another 5.2-magnitude earthquake rattled Northvale island on Sunday.",
        "A 5.2-magnitude earthquake rattled Northvale island at 4 p.m. on Sunday, the second in a day.",
    ],
)
def test_a_measure_told_with_another_verb_of_another_thing_does_not_conflict(ruleset, tmp_path, other):
    """Another shock, another day, a count, a quake remembered: no magnitude finding."""
    scale = "An earthquake measuring 6.6 on the Richter scale jolted Northvale island on Sunday, killing 60 people."
    assert [f for f in _fc003(ruleset, tmp_path, scale, other) if "magnitude" in f.message] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # shocks that come many a day
        (
            "A magnitude 5.1 aftershock rattled Northvale island on Monday.",
            "A magnitude 4.6 aftershock shook Northvale island on Monday.",
        ),
        # a figure joined to its unit before a noun, told by other verbs: other things
        (
            "Tom Reyes faces up to a 20-year sentence for the fraud at Westshire Foods.",
            "Tom Reyes was given a five-year sentence for the fraud at Westshire Foods.",
        ),
        (
            "Tom Reyes rejected a two-year contract from the Harlow Hawks on Friday.",
            "Tom Reyes signed a three-year contract with the Harlow Hawks on Friday.",
        ),
        (
            "A 12-storey building collapsed in Northvale on Friday.",
            "A six-storey building caught fire in Northvale on Friday.",
        ),
    ],
)
def test_other_verbs_still_keep_other_measures_apart(ruleset, tmp_path, a, b):
    assert _fc003(ruleset, tmp_path, a, b) == []
