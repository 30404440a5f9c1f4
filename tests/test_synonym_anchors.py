"""Names of one phenomenon pin one thing: two nouns of a natural phenomenon
whose most frequent senses are one ("the temblor" / "the earthquake") count
as one shared anchor when claims are aligned, and meet in one block. Synonyms
of people, acts and things do not ("the director" / "the manager" of one
company are often two people). Generic sentences."""

from __future__ import annotations

import pytest
from conftest import findings_of_two

from factcheck.engine.align import block_anchor
from factcheck.knowledge import meaning


@pytest.mark.parametrize(
    ("x", "y"),
    [("quake", "temblor"), ("earthquake", "quake"), ("earthquake", "seism")],
)
def test_names_of_one_phenomenon_block_together(x, y):
    assert meaning.first_sense(x) is not None
    assert block_anchor(x) == block_anchor(y) != x


@pytest.mark.parametrize(
    ("x", "y"),
    [("director", "manager"), ("activist", "militant"), ("measure", "step"), ("license", "permit"), ("shop", "store")],
)
def test_synonyms_of_people_acts_and_things_block_as_written(x, y):
    assert (block_anchor(x), block_anchor(y)) == (x, y)


def test_a_shared_meaning_class_is_not_a_shared_first_sense():
    # "storm" and "tempest" share a meaning class, but not their most frequent senses
    assert meaning.same_meaning("storm", "tempest", "n")
    assert block_anchor("storm") != block_anchor("tempest")


def test_entities_and_unknown_words_block_as_written():
    assert block_anchor("@acme") == "@acme"
    assert block_anchor("zzqx") == "zzqx"


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        ("The temblor occurred on Monday near the town.", "The earthquake struck the town on Tuesday.", "FC002"),
        (
            "A strong earthquake hit the coast on Sunday, injuring five people in the region.",
            "The quake on the outskirts of a small town on the coast injured two people.",
            "FC003",
        ),
    ],
)
def test_synonyms_align_one_thing_told_in_other_words(ruleset, tmp_path, a, b, rule):
    found = findings_of_two(ruleset, tmp_path, a, b, rule)
    assert len(found) == 1 and found[0].label == "contradiction"
    sides = {c.value for f in found for c in f.claims}
    assert len(sides) == 2


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        # one value in other words
        ("The temblor occurred on Monday near the town.", "The earthquake struck the town on Monday.", "FC002"),
        ("The shop on Main Street was robbed on Monday.", "The store on Main Street was robbed on Monday.", "FC002"),
        # synonyms of another thing than what is dated: two robberies of two named shops
        (
            "The Acme shop in Northvale was robbed on Monday.",
            "The Beta store in Eastbury was robbed on Tuesday.",
            "FC002",
        ),
    ],
)
def test_synonyms_do_not_make_a_conflict_of_their_own(ruleset, tmp_path, a, b, rule):
    assert findings_of_two(ruleset, tmp_path, a, b, rule) == []
