"""Implicative verbs: a governing verb that tells whether its complement
happened ("failed to reach", "managed to reach", "refused to sign", "barred X
from overseeing", "chose not to run") makes the complement a claim of its own,
with the polarity the verb implies; a verb that leaves it open ("did not refuse
to sign", "decided to sign", "was able to sign") makes none."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _polarity_claims(text: str, predicate: str) -> list:
    return [c for c in claims_of_text(text) if c.slot == "polarity" and c.predicate == predicate]


@pytest.mark.parametrize(
    ("sentence", "predicate", "polarity", "subject"),
    [
        ("William Carter failed to reach the summit.", "reach", "negative", "@william-carter"),
        ("William Carter did not manage to reach the summit.", "reach", "negative", "@william-carter"),
        ("William Carter managed to reach the summit.", "reach", "positive", "@william-carter"),
        ("William Carter refused to sign the deal.", "sign", "negative", "@william-carter"),
        ("William Carter was unable to sign the deal.", "sign", "negative", "@william-carter"),
        ("William Carter was not able to sign the deal.", "sign", "negative", "@william-carter"),
        ("William Carter has chosen not to step down as chairman.", "step down", "negative", "@william-carter"),
        ("William Carter has yet to sign the deal.", "sign", "negative", "@william-carter"),
        ("William Carter hasn't yet managed to reach the summit.", "reach", "negative", "@william-carter"),
        (
            "William Carter not only managed to reach the summit but also set a record.",
            "reach",
            "positive",
            "@william-carter",
        ),
        ("The government barred the observers from overseeing the elections.", "oversee", "negative", "observer"),
        ("The court stopped the company from selling the drug.", "sell", "negative", "company"),
    ],
)
def test_a_complement_the_governing_verb_settles_is_a_claim(sentence, predicate, polarity, subject):
    (claim,) = _polarity_claims(sentence, predicate)
    assert claim.polarity == polarity
    assert claim.subject == subject


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("William Carter did not refuse to sign the deal.", "sign"),  # he may or may not have signed
        ("William Carter decided to sign the deal.", "sign"),  # a decision, perhaps not carried out
        ("William Carter was able to sign the deal.", "sign"),  # an ability
        ("The court did not stop the company from selling the drug.", "sell"),
        ("William Carter wanted to sign the deal.", "sign"),
        # not an infinitive the verb settles: a memory, a gerund, a question, a verdict
        ("William Carter does not remember signing the deal.", "sign"),
        ("William Carter forgot signing the deal.", "sign"),
        ("William Carter forgot whether he had locked the door.", "lock"),
        ("The jury decided that William Carter did not kill the guard.", "kill"),
        # "stopped to" tells why, "stopped producing" that it was produced
        ("William Carter stopped to refuel the truck.", "refuel"),
        ("Acme Robotics stopped producing the engine.", "produce"),
        # a change of value, not a refusal
        ("Acme Robotics shares declined 2 percent to close at $31.40.", "close"),
        # what was kept came from the sale
        ("William Carter kept the profits from selling the house.", "sell"),
        # a negated comparison denies the amount, not the act
        ("Acme Robotics did not sell more than ten cars.", "sell"),
        ("Acme Robotics will not pay more into the fund than Vexa Mining.", "pay"),
    ],
)
def test_a_complement_left_open_is_no_claim(sentence, predicate):
    assert _polarity_claims(sentence, predicate) == []


def _fc004(ruleset, folder, a: str, b: str) -> list:
    return findings_of_two(ruleset, folder, a, b, "FC004")


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "William Carter failed to reach the summit of Mount Kenya.",
            "William Carter reached the summit of Mount Kenya.",
            {"a": "negative", "b": "positive"},
        ),
        (
            "William Carter has chosen not to step down as chairman of the Harlow Rowing Club.",
            "William Carter resigned as chairman of the Harlow Rowing Club.",
            {"a": "negative", "b": "positive"},
        ),
        (
            "The Vexa government barred the international observers from overseeing the elections.",
            "International observers from the Vexa Commission oversaw the elections.",
            {"a": "negative", "b": "positive"},
        ),
    ],
)
def test_an_implied_denial_is_flagged_against_the_plain_statement(ruleset, tmp_path, a, b, values):
    (finding,) = _fc004(ruleset, tmp_path, a, b)
    assert {c.article: c.normalized for c in finding.claims} == values


def test_an_open_complement_is_not_flagged(ruleset, tmp_path):
    found = _fc004(
        ruleset,
        tmp_path,
        "William Carter did not refuse to sign the deal with the Harlow Rowing Club.",
        "William Carter did not sign the deal with the Harlow Rowing Club.",
    )
    assert found == []


@pytest.mark.parametrize(
    "many",
    [
        "This year, pirates have attacked nearly 100 vessels in the Gulf of Vexa.",
        # "as many as" read by the parser as a preposition of the vessels
        "Pirates operating from ports in Vexa have already attacked as many as 100 merchant vessels this year.",
    ],
)
def test_a_count_of_objects_does_not_answer_a_denial_of_one(ruleset, tmp_path, many):
    # many attacks summed up are not the one attack that was prevented
    found = _fc004(
        ruleset,
        tmp_path,
        "Navy ships on Saturday prevented pirates from attacking a merchant vessel in the Gulf of Vexa.",
        many,
    )
    assert found == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a named object is one person, not a count of many things
        ("Tom Hale was arrested in Northvale.", "Tom Hale was not arrested in Northvale."),
        ("Police arrested Tom Hale.", "Police did not arrest Tom Hale."),
    ],
)
def test_a_denial_answers_a_clause_about_one_named_person(ruleset, tmp_path, a, b):
    (found,) = _fc004(ruleset, tmp_path, a, b)
    assert {c.article: c.normalized for c in found.claims} == {"a": "positive", "b": "negative"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a person's son is not the person
        ("Tom Hale was arrested.", "Tom Hale's son was not arrested."),
        ("Tom Hale's lawyer was arrested.", "Tom Hale was not arrested."),
        # one thing of many is not another one ("one vessel" still counts its object)
        ("The navy attacked one vessel.", "The navy did not attack a second vessel."),
    ],
)
def test_a_denial_about_another_person_or_thing_is_no_conflict(ruleset, tmp_path, a, b):
    assert _fc004(ruleset, tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # an act of other occasions does not answer a denial of one occasion
        ("Police arrested Tom Hale twice.", "Police did not arrest Tom Hale this time.", False),
        ("Tom Hale was arrested again.", "Tom Hale was not arrested last year.", False),
        ("Tom Hale was attacked once before.", "Tom Hale was not attacked on Friday.", False),
        # an act whose sentence names no time does not answer a dated denial: it may be of another day
        ("Tom Hale was arrested in Northvale.", "Tom Hale was not arrested in Northvale on Monday.", False),
        # a time elsewhere in the act's sentence may be its own, which the parse did not hang on it
        (
            "Police arrested Tom Hale as he left the Northvale court on Monday.",
            "Police did not arrest Tom Hale on Monday.",
            True,
        ),
        # but it answers a denial of every occasion, or of the day it is dated to
        ("Tom Hale was arrested again.", "Tom Hale was never arrested.", True),
        ("Tom Hale was arrested again on Friday.", "Tom Hale was not arrested on Friday.", True),
        # a repeat is the latest occasion, which "this time" may be
        ("Tom Hale was arrested once again.", "Tom Hale was not arrested this time.", True),
        # a multiplier and "at once" tell of no other occasion
        ("Tom Hale was fined five times the usual amount on Friday.", "Tom Hale was not fined on Friday.", True),
        ("Tom Hale was arrested at once on Friday.", "Tom Hale was not arrested on Friday.", True),
    ],
)
def test_an_act_of_several_occasions_against_a_denial_of_one(ruleset, tmp_path, a, b, found):
    assert bool(_fc004(ruleset, tmp_path, a, b)) == found


def test_a_count_of_occasions_does_not_answer_a_denial_of_one(ruleset, tmp_path):
    # playing in the past six games is not playing on the one day another source denies
    found = _fc004(
        ruleset,
        tmp_path,
        "William Carter has been hurt. But while Carter has returned and played in the past six games,"
        " Tom Ray was back for only three games before being listed on the inactive list.",
        "William Carter will miss the game. He did not play last Sunday after undergoing arthroscopic knee"
        " surgery last Tuesday.",
    )
    assert found == []
    (same,) = _fc004(
        ruleset, tmp_path, "William Carter played in six games.", "William Carter did not play in six games."
    )
    assert {c.article: c.normalized for c in same.claims} == {"a": "positive", "b": "negative"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a count in an oblique that is no count of occasions tells how the one occasion went
        (
            "Ana Ruiz was sentenced to 10 years in prison on Monday for the Harlow fraud.",
            "Ana Ruiz was not sentenced on Monday for the Harlow fraud.",
        ),
        (
            "The Voting Rights bill passed the Senate by 12 votes on Tuesday.",
            "The Voting Rights bill did not pass the Senate on Tuesday.",
        ),
        (
            "The Harlow Air plane landed safely with 150 passengers in Vexa.",
            "The Harlow Air plane did not land in Vexa.",
        ),
        # "as much as" bounds how much, not how many things (unlike "as many as"): the rise is denied
        (
            "The Vexa river rose as much as 3 feet in Northvale on Monday.",
            "The Vexa river did not rise in Northvale on Monday.",
        ),
    ],
)
def test_a_count_in_an_oblique_that_tells_no_occasions_still_conflicts(ruleset, tmp_path, a, b):
    (finding,) = _fc004(ruleset, tmp_path, a, b)
    assert {c.article: c.normalized for c in finding.claims} == {"a": "positive", "b": "negative"}


def test_the_same_count_of_objects_still_conflicts(ruleset, tmp_path):
    (finding,) = _fc004(
        ruleset,
        tmp_path,
        "William Carter did not sign the three contracts with the Harlow Rowing Club.",
        "William Carter signed the three contracts with the Harlow Rowing Club.",
    )
    assert {c.article: c.normalized for c in finding.claims} == {"a": "negative", "b": "positive"}


def test_a_persons_name_before_a_noun_is_not_the_person(ruleset, tmp_path):
    # an arrested supporter of Ana Ruiz is no arrest of Ana Ruiz
    found = _fc004(
        ruleset,
        tmp_path,
        "A 45-year-old Ana Ruiz supporter was arrested at the rally on Sunday.",
        "Ana Ruiz was not arrested at the rally on Sunday.",
    )
    assert found == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Police arrested an Ana Ruiz supporter after a Tom Ray rally.",
            "Police did not arrest any Tom Ray supporter.",
        ),
        ("Police arrested Ana Ruiz's aide after a Tom Ray rally.", "Police did not arrest Tom Ray's aide."),
        (
            "Police arrested an Ana Ruiz supporter after a Tom Ray rally.",
            "Police did not arrest any Tom Ray supporters.",
        ),
        ("Police arrested Ana Ruiz's aide after the Chris Jones rally.", "Police did not arrest Chris Jones' aide."),
    ],
)
def test_one_noun_of_two_people_is_two_things(ruleset, tmp_path, a, b):
    # the supporters of two people are different people, whatever the parse hangs the names on
    assert _fc004(ruleset, tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police arrested an Ana Ruiz supporter.", "Police did not arrest any Ana Ruiz supporter."),
        ("Police arrested a Tom Ray supporter.", "Police did not arrest any Tom Ray supporter."),
        # the second conjunct is the other side's noun
        (
            "Police arrested an Ana Ruiz supporter and a Tom Ray supporter.",
            "Police did not arrest any Tom Ray supporter.",
        ),
        # a name that is itself an argument qualifies nothing
        ("The court granted Ana Ruiz bail on Monday.", "The court did not grant Ana Ruiz bail on Monday."),
    ],
)
def test_one_noun_of_one_person_still_conflicts(ruleset, tmp_path, a, b):
    (finding,) = _fc004(ruleset, tmp_path, a, b)
    assert {c.article: c.normalized for c in finding.claims} == {"a": "positive", "b": "negative"}


def test_the_person_a_noun_is_of_is_read_from_the_text():
    from conftest import claims_of_text

    (pol,) = [c for c in claims_of_text("Police arrested an Ana Ruiz supporter.") if c.slot == "polarity"]
    assert ("qualified", "supporter@ana-ruiz") in pol.extra


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        ("Police arrested Ana Ruiz's aides.", {"aide@ana-ruiz"}),
        ("Guards detained an Ana Ruiz-Lopez supporter.", set()),  # not a supporter of "Lopez"
        ("The firm sent Ana Ruiz letters.", set()),  # Ana Ruiz is sent them, not their writer
    ],
)
def test_which_nouns_a_name_qualifies(text, qualified):
    from conftest import claims_of_text

    (pol,) = [c for c in claims_of_text(text) if c.slot == "polarity"]
    assert {v for k, v in pol.extra if k == "qualified"} == qualified


def test_a_surname_is_the_person_of_the_full_name():
    from factcheck.engine.align import _same_person

    assert _same_person("ray", "tom-ray") and _same_person("tom-ray", "ray")
    assert not _same_person("ana-ray", "tom-ray") and not _same_person("ray", "tom-raymond")
