"""A count of none ("no one was hurt", "nobody died", "no passengers were
injured") is a number claim of 0, compared with the count another source
gives; knowing, thinking and saying are not counted ("no one knows why")."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two, write_article


def _counts(text: str) -> list[tuple[str, str]]:
    return [(c.value, c.normalized) for c in claims_of_text(text) if c.slot == "number"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Nobody was injured in the fire at the Northvale church.", ("Nobody", "0 person")),
        ("No one was hurt in the fire at the Northvale church.", ("No one", "0 person")),
        ("No passengers were injured when the ferry ran aground.", ("No passengers", "0 passenger")),
    ],
)
def test_a_count_of_none_is_a_number_claim(sentence, count):
    assert count in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "No one knows why the fire started.",
        "No one said anything about the fire.",
        "No one was not told.",
        # not none of all: others, a group, an exception, a few
        "No one else was hurt in the fire at the Northvale warehouse on Friday.",
        "No one in the second car was hurt in the crash on Route 9.",
        "No one was hurt except the driver in the crash on Route 9.",
        "Almost no one was hurt in the fire at the Northvale warehouse.",
        "Virtually nobody was hurt in the fire at the Northvale warehouse.",
        # no event
        "Nobody was available for comment.",
        "No one is allowed to enter the building.",
        "No ones were hurt.",
    ],
)
def test_no_count_of_none_where_the_sentence_does_not_say_none_at_all(sentence):
    assert _counts(sentence) == []


def test_none_against_a_count_conflicts(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Nobody was injured in the fire at the Northvale church on Friday.",
        "Three people were injured in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert {c.article: c.value for c in finding.claims} == {"a": "Nobody", "b": "Three people"}


def test_none_against_none_agrees(ruleset, tmp_path):
    found = findings_of_two(
        ruleset,
        tmp_path,
        "Nobody was injured in the fire at the Northvale church on Friday.",
        "No one was hurt in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert found == []


# --------------------------------------------------------------------------- a named person is one at least


def _named(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.value, c.normalized, c.payload.hedge) for c in claims_of_text(text) if c.slot == "number"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested Ana Ruiz in Northvale on Friday.",
        "Ana Ruiz was arrested in Northvale on Friday.",
        "Ana Ruiz died in the fire at the Northvale church.",
    ],
)
def test_a_named_person_an_event_happens_to_is_one_person_at_least(sentence):
    assert ("Ana Ruiz", "1 person", "at least") in _named(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ana Ruiz was not arrested in Northvale on Friday.",
        "Ana Ruiz said the fire started in the kitchen.",
        "Ana Ruiz knows why the fire started.",
        # the agent of an event is not what it counts
        "Ana Ruiz arrested two men in Northvale on Friday.",
    ],
)
def test_no_named_count_where_the_event_does_not_happen_to_the_person(sentence):
    assert not [v for v in _named(sentence) if v[0] == "Ana Ruiz"]


def test_none_against_a_named_person_conflicts(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Nobody died in the fire at the Northvale church on Friday.",
        "Ana Ruiz died in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert {c.article: c.normalized for c in finding.claims} == {"a": "0 person", "b": "1 person"}


def test_a_named_person_agrees_with_any_count_but_none(ruleset, tmp_path):
    found = findings_of_two(
        ruleset,
        tmp_path,
        "Ana Ruiz died in the fire at the Northvale church on Friday.",
        "Two people died in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert found == []


def test_an_arrest_after_none_is_a_later_update(ruleset, tmp_path):
    from factcheck import run

    write_article(tmp_path, "a", "No one has been arrested in the Northvale church fire.\n", "2025-03-10")
    write_article(tmp_path, "b", "Police arrested Ana Ruiz in the Northvale church fire.\n", "2025-03-12")
    report, _ = run(tmp_path, ruleset=ruleset)
    (finding,) = [f for f in report.findings if f.rule == "FC003"]
    assert finding.label == "later update"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another occasion: dated coarser than a day, or a similar or separate event
        (
            "No one has been arrested over the attack in Northvale.",
            "Ana Ruiz was arrested last year over a similar attack in Northvale.",
        ),
        (
            "No one has been arrested over the attack in Northvale.",
            "Ana Ruiz was arrested in Northvale in 2019 over a similar attack.",
        ),
        (
            "No one has been arrested over the attack in Northvale.",
            "Ana Ruiz was arrested in Northvale over a separate attack.",
        ),
        # "nobody else": none besides those named
        (
            "A firefighter died in the Northvale fire on Friday. Nobody else died in the Northvale fire.",
            "Ana Ruiz died in the Northvale fire on Friday.",
        ),
        # the counted noun's named modifier tells whose workers died
        (
            "Two Acme workers died in the explosion at the Northvale plant.",
            "Three Beta workers died in the explosion at the Northvale plant.",
        ),
        (
            "Ten Acme employees signed the open letter to the council.",
            "Forty Beta employees signed the open letter to the council.",
        ),
    ],
)
def test_no_count_conflict_between_occasions_or_groups_that_differ(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


def test_a_named_count_and_a_count_of_none_need_a_word_of_the_event_in_common(ruleset, tmp_path):
    """A shared name alone ('Northvale') does not make 'injured on Tuesday when
    her truck overturned' the fire of 'no one was injured in the fire'."""
    found = findings_of_two(
        ruleset,
        tmp_path,
        "No one was injured in the Northvale fire.",
        "Ana Ruiz, a Northvale firefighter, was injured on Tuesday when her truck overturned on the way to a call.",
        "FC003",
    )
    assert found == []


def test_a_one_word_person_is_no_named_count():
    # the recogniser may type a place as a person
    assert _named("The earthquake struck Northvale early on April 3.") == []
