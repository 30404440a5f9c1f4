"""Meaning classes from Open English Wordnet (factcheck.knowledge.meaning): generic words only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, ROOT

from factcheck.knowledge import meaning as m

ARCHIVE = DATA / "wordnet" / "english-wordnet-src-yaml.tar.gz"
SHIPPED = ROOT / "factcheck" / "knowledge" / "data"


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [
        ("resign", "resignation", None),
        ("resign", "step down", None),
        ("resign", "step_down", "VERB"),
        ("resigned", "stepped down", "VERB"),
        ("buy", "purchase", "v"),
        ("bought", "purchased", "VERB"),
        ("kill", "slay", "VERB"),
        ("car", "automobile", "NOUN"),
        ("big", "large", "ADJ"),
        ("Step  Down", "quit", "VERB"),
    ],
)
def test_synonyms_and_derivations_share_a_class(a: str, b: str, pos: str | None) -> None:
    assert m.same_meaning(a, b, pos)
    assert m.classes(a, pos) & m.classes(b, pos)


def test_a_verb_and_its_nominalisation_share_a_class_across_parts_of_speech() -> None:
    verb = m.classes("resign", "VERB")
    noun = m.classes("resignation", "NOUN")
    shared = verb & noun
    assert shared
    # the shared classes include a noun synset and a verb synset: unified over the derivation link
    assert {c[-1] for c in shared} >= {"n", "v"}


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [
        ("dog", "cat", None),
        ("car", "banana", None),
        ("resign", "purchase", None),
        ("win", "lose", "VERB"),
        ("approve", "disapprove", "VERB"),
        # a rare sense does not match another word's frequent sense:
        # "run" (sense 39 in WordNet: melt), "play" (sense 30: wager), "fire" (sense 7: provoke)
        ("run", "melt", "VERB"),
        ("play", "wager", "VERB"),
        ("fire", "provoke", "VERB"),
    ],
)
def test_unrelated_words_and_rare_senses_do_not_match(a: str, b: str, pos: str | None) -> None:
    assert not m.same_meaning(a, b, pos)


def test_the_part_of_speech_restricts_the_classes() -> None:
    assert m.classes("resign", "NOUN") == frozenset()
    assert m.classes("resign", "VERB")
    assert m.classes("resign", "DET") == frozenset()
    assert m.classes("resign") == m.classes("resign", "VERB") | m.classes("resign", "n")


def test_unknown_words_have_no_classes_but_are_the_same_as_themselves() -> None:
    assert m.classes("zqxjv") == frozenset()
    assert m.classes("") == frozenset()
    assert m.same_meaning("zqxjv", "Zqxjv")
    assert not m.same_meaning("zqxjv", "resign")


@pytest.mark.parametrize(
    ("specific", "general"),
    [
        ("passenger", "person"),
        ("passengers", "people"),
        ("passenger", "people"),
        ("children", "people"),  # irregular plural
        ("minister", "person"),
        ("dog", "animal"),
        ("earthquake", "geological phenomenon"),
        ("earthquake", "phenomenon"),
        ("person", "person"),
    ],
)
def test_is_a_follows_hypernyms(specific: str, general: str) -> None:
    assert m.is_a(specific, general)


@pytest.mark.parametrize(
    ("specific", "general"),
    [
        ("person", "passenger"),  # not the other way round
        ("dog", "person"),  # only a rare sense of "dog" is a person
        ("earthquake", "disaster"),  # WordNet files it under geological phenomena
        ("passenger", "animal"),
        ("zqxjv", "person"),
    ],
)
def test_is_a_negative(specific: str, general: str) -> None:
    assert not m.is_a(specific, general)


def test_is_a_depth_is_bounded() -> None:
    assert m.is_a("passenger", "entity")
    assert not m.is_a("passenger", "entity", max_depth=1)


@pytest.mark.parametrize(
    ("a", "b", "pos"),
    [
        ("approve", "disapprove", "VERB"),
        ("approval", "disapproval", "NOUN"),
        ("approve", "disapproval", None),  # through the derivation link
        ("approved", "rejected", "VERB"),  # WordNet's "disapprove, reject" sense
        ("win", "lose", "VERB"),
        ("won", "lost", "VERB"),
        ("increase", "decrease", None),
        ("alive", "dead", "ADJ"),
        ("huge", "tiny", "ADJ"),  # satellites of opposite head adjectives (large / small)
    ],
)
def test_opposites(a: str, b: str, pos: str | None) -> None:
    assert m.opposite(a, b, pos)
    assert m.opposite(b, a, pos)


@pytest.mark.parametrize(
    ("a", "b"),
    [("approve", "approve"), ("win", "buy"), ("resign", "step down"), ("big", "large"), ("dog", "cat")],
)
def test_not_opposites(a: str, b: str) -> None:
    assert not m.opposite(a, b)


def test_antonym_lemmas() -> None:
    assert "disapprove" in m.antonyms("approve", "VERB")
    assert "lose" in m.antonyms("win")
    assert "small" in m.antonyms("huge", "ADJ")  # the head adjective's antonym
    assert "approve" not in m.antonyms("approve")
    assert m.antonyms("zqxjv") == frozenset()


def test_pos_tags() -> None:
    assert m.wn_pos("PROPN") == ("n",)
    assert m.wn_pos("AUX") == ("v",)
    assert m.wn_pos("s") == ("a",)
    assert m.wn_pos(None) == ("n", "v", "a", "r")
    assert m.wn_pos("PUNCT") == ()


def test_the_table_is_loaded_once_and_is_frozen() -> None:
    t = m.table()
    assert t is m.table()
    assert t.sense_limit >= 1
    with pytest.raises(AttributeError):
        t.sense_limit = 9  # type: ignore[misc]
    with pytest.raises(TypeError):
        t.lemmas["v"] = {}  # type: ignore[index]


def test_licence_ships_with_the_table() -> None:
    text = (SHIPPED / "WORDNET-LICENSE.md").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0" in text
    assert "Princeton University" in text


@pytest.mark.data
@pytest.mark.slow
@pytest.mark.skipif(not ARCHIVE.exists(), reason="Open English Wordnet archive is absent")
def test_rebuilding_gives_the_shipped_bytes(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_meaning_table.py"),
            "--archive",
            str(ARCHIVE),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "meanings.json.gz").read_bytes() == (SHIPPED / "meanings.json.gz").read_bytes()
    assert (tmp_path / "WORDNET-LICENSE.md").read_bytes() == (SHIPPED / "WORDNET-LICENSE.md").read_bytes()


def test_the_build_fails_cleanly_without_the_data(tmp_path: Path) -> None:
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_meaning_table.py"),
            "--archive",
            str(tmp_path / "missing.tar.gz"),
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "data not found" in proc.stderr
    assert not (tmp_path / "meanings.json.gz").exists()
