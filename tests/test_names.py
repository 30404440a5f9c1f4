"""Short names read as the corpus's one long name (:mod:`factcheck.engine.names`):
the map of a corpus with a few more articles, read again only where those
touch it, is the map of the whole."""

from __future__ import annotations

import random

import pytest

from factcheck.engine.names import NameIndex

TYPES = ("person", "name", "organization", "place")
WORDS = ("ada", "ben", "okafor", "acme", "motor", "co", "inc", "am", "nmc", "northvale", "j", "mining", "corp")


def _pairs(rng: random.Random, n: int) -> set[tuple[str, str]]:
    # few words, so that names share surnames, first words, initials and legal forms
    return {("-".join(rng.choices(WORDS, k=rng.choice((1, 1, 2, 2, 3)))), rng.choice(TYPES)) for _ in range(n)}


def test_the_map_reads_surnames_organisations_and_legal_forms():
    index = NameIndex(
        [
            ("okafor", "person"),
            ("ada-okafor", "person"),
            ("acme", "organization"),
            ("acme-motor-company", "organization"),
            ("nmc", "organization"),
            ("northvale-mining-corporation", "organization"),
            ("widgetco", "name"),
            ("widgetco-inc", "organization"),
        ]
    )
    assert index.map == {
        "okafor": "ada-okafor",
        "acme": "acme-motor-company",
        "nmc": "northvale-mining-corporation",
        "widgetco": "widgetco-inc",
    }
    # a second Okafor leaves the surname alone; a person named like an organisation is no organisation
    assert index.with_added([("ben-okafor", "person"), ("acme", "person")]) == {
        "nmc": "northvale-mining-corporation",
        "widgetco": "widgetco-inc",
    }
    assert index.with_added([("okafor", "person")]) is index.map  # nothing new


def test_a_name_read_through_a_longer_one_is_read_again_when_that_one_changes():
    # "WC" (initials) -> "Widgetco Corp" -> "Widgetco Corp Inc"
    index = NameIndex(
        [("wc", "organization"), ("widgetco-corp", "organization"), ("widgetco-corp-inc", "organization")]
    )
    assert index.map == {"wc": "widgetco-corp-inc", "widgetco-corp": "widgetco-corp-inc"}
    # a second legal form makes "Widgetco Corp" two names: "WC" is only "Widgetco Corp"
    added = [("widgetco-corp-ltd", "organization")]
    assert index.with_added(added) == {"wc": "widgetco-corp"} == NameIndex([*index.pairs, *added]).map


@pytest.mark.parametrize("seed", range(300))
def test_the_map_with_added_pairs_is_the_map_of_all_the_pairs(seed):
    rng = random.Random(seed)
    rest, added = _pairs(rng, rng.randint(0, 40)), _pairs(rng, rng.randint(1, 6))
    assert NameIndex(rest).with_added(added) == NameIndex(rest | added).map
