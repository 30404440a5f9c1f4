"""Meaning classes from Open English Wordnet: synonyms, derivations, is-a and opposites.

The table ``data/meanings.json.gz`` is derived from Open English Wordnet (CC BY 4.0,
itself derived from Princeton WordNet 3.1 under the WordNet licence; see
``data/WORDNET-LICENSE.md``) by ``tools/build_meaning_table.py``. It holds, per
lower-cased lemma (multiword lemmas such as "step down" included) and part of speech:

- the synsets of the lemma's most frequent senses (the first ``sense_limit``, a build
  parameter, 3 by default), in WordNet's sense order;
- the synsets one derivation link away from those senses, where the linked sense is
  itself among the first ``sense_limit`` senses of its lemma ("resign" v <->
  "resignation" n), so a verb and its nominalisation share a class;
- the synsets opposite in meaning (direct antonyms, antonyms of derivationally related
  senses, antonyms of the head adjective a satellite adjective is similar to, and the
  satellites similar to an antonym head) and the antonym lemmas;

plus the hypernym graph of the synsets it refers to, and irregular inflected forms
("won" -> "win", "people" -> "person").

A meaning class id is an Open English Wordnet synset id ("02387509-v"). Two lemmas
mean the same when they share a class; classes are not a partition (a lemma has
several), which is what blocking needs: index a claim under each of its classes.

Lookup folds case, underscores and runs of spaces; an unknown form is tried through
the irregular forms and then regular English inflection rules ("passengers" ->
"passenger", "stepped down" -> "step down"). ``pos`` takes UD/spaCy coarse tags
(VERB, AUX, NOUN, PROPN, ADJ, ADV) or WordNet letters (v, n, a, s, r); ``None`` means
every part of speech; any other tag has no classes.

Known limits: sense order is WordNet's (from old corpus counts), not the news domain's,
so a lemma whose news sense is rare in WordNet may miss its match, and a frequent
but irrelevant sense can still match; a one-hop derivation link can join a sense to a
related but different meaning ("approve" and "approver"); opposites are what WordNet
records (gradable adjectives and verb pairs), so "approve" / "reject" is not one;
words absent from WordNet (most names) have no classes; a word's context is not used
to pick its sense.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

TABLE_RESOURCE = "meanings.json.gz"
MAX_IS_A_DEPTH = 12

_POS = MappingProxyType(
    {
        "verb": "v",
        "aux": "v",
        "noun": "n",
        "propn": "n",
        "adj": "a",
        "adv": "r",
        "v": "v",
        "n": "n",
        "a": "a",
        "s": "a",
        "r": "r",
    }
)
_ALL_POS = ("n", "v", "a", "r")

# Regular inflection, as WordNet's morphy: (suffix, replacement) per part of speech.
_SUFFIXES = MappingProxyType(
    {
        "n": (
            ("s", ""),
            ("ses", "s"),
            ("xes", "x"),
            ("zes", "z"),
            ("ches", "ch"),
            ("shes", "sh"),
            ("men", "man"),
            ("ies", "y"),
        ),
        "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")),
        "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")),
        "r": (),
    }
)


@dataclass(frozen=True)
class Entry:
    senses: tuple[int, ...]
    extra: tuple[int, ...]
    anti: tuple[int, ...]
    antonyms: tuple[str, ...]


def _ints(field: str) -> tuple[int, ...]:
    return tuple(int(x) for x in field.split(",")) if field else ()


@dataclass(frozen=True)
class MeaningTable:
    """The decoded table: synset ids, per-lemma rows, hypernyms and irregular forms.

    Rows stay as the compact strings of the file and are decoded on lookup, so loading
    costs one JSON parse.
    """

    sense_limit: int
    synsets: tuple[str, ...]
    lemmas: MappingProxyType[str, dict[str, str]]
    hypernym_rows: tuple[str, ...]
    forms: MappingProxyType[str, dict[str, list[str]]]

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> MeaningTable:
        return cls(
            sense_limit=int(raw["sense_limit"]),
            synsets=tuple(raw["synsets"]),
            lemmas=MappingProxyType(raw["lemmas"]),
            hypernym_rows=tuple(raw["hypernyms"]),
            forms=MappingProxyType(raw["forms"]),
        )

    def entry(self, lemma: str, pos: str) -> Entry | None:
        row = self.lemmas.get(pos, {}).get(lemma)
        if row is None:
            return None
        fields = row.split(";") + [""] * 3
        return Entry(
            _ints(fields[0]), _ints(fields[1]), _ints(fields[2]), tuple(fields[3].split("|")) if fields[3] else ()
        )

    def has(self, lemma: str, pos: str) -> bool:
        return lemma in self.lemmas.get(pos, {})

    def hypernyms(self, synset: int) -> tuple[int, ...]:
        return _ints(self.hypernym_rows[synset])

    def lemma_forms(self, word: str, pos: str) -> tuple[str, ...]:
        """Lemmas an irregular form stands for ("won" -> "win")."""
        return tuple(self.forms.get(pos, {}).get(word, ()))


@cache
def table() -> MeaningTable:
    """The shipped table, decoded once per process."""
    blob = resources.files(__package__ or "factcheck.knowledge").joinpath("data", TABLE_RESOURCE).read_bytes()
    return MeaningTable.from_json(json.loads(gzip.decompress(blob)))


def normalise(lemma: str) -> str:
    """Lower case, underscores as spaces, single spaces."""
    return " ".join(lemma.lower().replace("_", " ").split())


def wn_pos(pos: str | None) -> tuple[str, ...]:
    """WordNet parts of speech for a UD/spaCy coarse tag or a WordNet letter (all for None)."""
    if pos is None:
        return _ALL_POS
    letter = _POS.get(pos.lower())
    return (letter,) if letter else ()


def _inflections(word: str, pos: str) -> Iterable[str]:
    for suffix, repl in _SUFFIXES[pos]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)] + repl
            yield stem
            # stopped -> stop, bigger -> big
            if not repl and len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                yield stem[:-1]


@lru_cache(maxsize=65536)
def _lemmas(word: str, pos: str) -> tuple[str, ...]:
    """The table's lemmas a word form stands for, in one WordNet part of speech."""
    t = table()
    w = normalise(word)
    if not w:
        return ()
    found: list[str] = []
    if t.has(w, pos):
        found.append(w)
    for lemma in t.lemma_forms(w, pos):
        if lemma not in found and t.has(lemma, pos):
            found.append(lemma)
    if found:
        return tuple(found)
    variants = [w]
    if "-" in w:
        variants += [" ".join(w.replace("-", " ").split()), w.replace("-", "")]
    for v in variants[1:]:
        if t.has(v, pos):
            return (v,)
    for v in variants:
        parts = v.split(" ")
        # inflect the head: the first word of a verb phrase, the last of a noun compound
        head_at = 0 if pos == "v" else len(parts) - 1
        head = parts[head_at]
        candidates = list(t.lemma_forms(head, pos)) + list(_inflections(head, pos))
        for cand in candidates:
            lemma = " ".join(parts[:head_at] + [cand] + parts[head_at + 1 :])
            if lemma not in found and t.has(lemma, pos):
                found.append(lemma)
        if found:
            return tuple(found)
    return ()


def _entries(word: str, pos: str | None) -> list[tuple[str, Entry]]:
    t = table()
    out: list[tuple[str, Entry]] = []
    for p in wn_pos(pos):
        for lemma in _lemmas(word, p):
            e = t.entry(lemma, p)
            if e is not None:
                out.append((p, e))
    return out


@lru_cache(maxsize=65536)
def _class_ids(word: str, pos: str | None) -> frozenset[int]:
    ids: set[int] = set()
    for _p, e in _entries(word, pos):
        ids.update(e.senses)
        ids.update(e.extra)
    return frozenset(ids)


@lru_cache(maxsize=65536)
def _anti_ids(word: str, pos: str | None) -> frozenset[int]:
    ids: set[int] = set()
    for _p, e in _entries(word, pos):
        ids.update(e.anti)
    return frozenset(ids)


def classes(lemma: str, pos: str | None = None) -> frozenset[str]:
    """Meaning-class ids (synset ids) of a lemma's frequent senses and their derivations."""
    syn = table().synsets
    return frozenset(syn[i] for i in _class_ids(lemma, pos))


def base_forms(word: str, pos: str | None = None) -> tuple[str, ...]:
    """The table's lemmas an inflected form stands for ("rejected" -> "reject", "sank" -> "sink")."""
    out: list[str] = []
    for p in wn_pos(pos):
        out.extend(x for x in _lemmas(word, p) if x not in out)
    return tuple(out)


@lru_cache(maxsize=65536)
def first_sense(lemma: str, pos: str = "n") -> str | None:
    """The meaning-class id of a lemma's most frequent sense in one part of
    speech, or None when the table does not know it. Two words with one first
    sense are synonyms as most often used ("quake", "temblor", "earthquake");
    words that share only a rarer sense ("bank" of a river / "bank" the
    lender) are not."""
    for _p, e in _entries(lemma, pos):
        if e.senses:
            return table().synsets[e.senses[0]]
    return None


def same_meaning(a: str, b: str, pos: str | None = None) -> bool:
    """True when the two lemmas share a meaning class (or are the same lemma)."""
    if normalise(a) == normalise(b) and normalise(a):
        return True
    return bool(_class_ids(a, pos) & _class_ids(b, pos))


def is_a(
    specific: str,
    general: str,
    pos: str | None = "n",
    *,
    senses: int = 1,
    max_depth: int = MAX_IS_A_DEPTH,
) -> bool:
    """True when ``specific`` is (a kind of) ``general``: "passenger" is a "person".

    Follows hypernym links upward, at most ``max_depth`` steps, from the first
    ``senses`` senses of ``specific`` (its most frequent one by default, so that a
    rare sense does not make a "dog" a person) to any of the table's senses of
    ``general``. "people" counts as the plural of "person" as well as a group noun.
    A lemma is a kind of itself. The alignment asks this of every candidate
    pair; both sides are memoised per lemma (its senses, and what its senses
    are kinds of), so the cost follows the corpus's vocabulary, not its pairs.
    """
    targets = _senses_of(general, pos)
    return bool(targets) and not targets.isdisjoint(_kinds_of(specific, pos, max(senses, 1), max_depth))


@lru_cache(maxsize=65536)
def _senses_of(lemma: str, pos: str | None) -> frozenset[int]:
    return frozenset(s for _p, e in _entries(lemma, pos) for s in e.senses)


@lru_cache(maxsize=65536)
def _kinds_of(lemma: str, pos: str | None, senses: int, max_depth: int) -> frozenset[int]:
    """The synsets the first ``senses`` senses of ``lemma`` are (kinds of), at most ``max_depth`` links up."""
    t = table()
    frontier = {s for _p, e in _entries(lemma, pos) for s in e.senses[:senses]}
    seen = set(frontier)
    for _ in range(max_depth):
        frontier = {h for s in frontier for h in t.hypernyms(s)} - seen
        if not frontier:
            break
        seen |= frontier
    return frozenset(seen)


#: The roots of event nouns: a noun whose most frequent sense is a kind of one of
#: these names something that happens ("fire", "quake", "killing", "ceremony").
EVENT_ROOTS = ("event", "act", "phenomenon")


@lru_cache(maxsize=16384)
def is_event(lemma: str) -> bool:
    """True when the most frequent noun sense of ``lemma`` is a kind of event,
    act or phenomenon ("explosion", "earthquake", "killing"), not a thing,
    person or place ("bomb", "deputy", "church")."""
    return bool(lemma) and any(is_a(lemma, root, "n") for root in EVENT_ROOTS)


#: The roots of site nouns: a noun whose most frequent sense is a kind of one of
#: these is somewhere ("hospital", "home", "store", "clinic"), so a place name
#: before it locates it ("a Northvale hospital": a hospital in Northvale).
SITE_ROOTS = ("structure", "establishment", "institution", "facility", "location")


@lru_cache(maxsize=16384)
def is_site(lemma: str) -> bool:
    """True when the most frequent noun sense of ``lemma`` is a building, an
    establishment or a location ("hospital", "home", "plant"), not people or
    a group of them ("troops", "officials", "team")."""
    return bool(lemma) and any(is_a(lemma, root, "n") for root in SITE_ROOTS)


#: The roots of area nouns: a noun one of whose two most frequent senses is a
#: kind of one of these names an area ("town", "island", "province", "gulf"),
#: so "the town of Northvale" is Northvale.
AREA_ROOTS = ("location", "dry land", "body of water")


@lru_cache(maxsize=16384)
def is_area(lemma: str) -> bool:
    """True when ``lemma`` names a kind of area ("town", "island", "county",
    "bay"), not a building, an organisation or people ("office", "firm",
    "club"): "in the town of Northvale" places something in Northvale."""
    return bool(lemma) and any(is_a(lemma, root, "n", senses=2, max_depth=12) for root in AREA_ROOTS)


def antonyms(lemma: str, pos: str | None = None) -> frozenset[str]:
    """Lemmas WordNet gives as opposites of a frequent sense of ``lemma``.

    Direct antonyms, antonyms of derivationally related senses ("approval" for
    "approve" gives "disapproval"), and for a satellite adjective the antonyms of the
    head it is similar to ("huge" ~ "large" gives "small").
    """
    out: set[str] = set()
    for _p, e in _entries(lemma, pos):
        out.update(e.antonyms)
    return frozenset(out)


def opposite(a: str, b: str, pos: str | None = None) -> bool:
    """True when WordNet records ``a`` and ``b`` as opposites (and they share no meaning)."""
    if same_meaning(a, b, pos):
        return False
    return bool(_anti_ids(a, pos) & _class_ids(b, pos)) or bool(_anti_ids(b, pos) & _class_ids(a, pos))


__all__ = [
    "MeaningTable",
    "antonyms",
    "base_forms",
    "classes",
    "is_a",
    "is_event",
    "is_site",
    "normalise",
    "opposite",
    "same_meaning",
    "table",
    "wn_pos",
]
