"""Given names: which first words of a name are a person's given name, and
the gender each is mostly given to.

The table ``data/given_names.tsv`` is derived from the 1990 US Census lists of
first names (public domain), without the names that are mostly places, by
``tools/build_given_names.py``; its sources and licence are in
``data/GIVEN-NAMES-SOURCES.md``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from importlib import resources

TABLE_RESOURCE = "given_names.tsv"


@cache
def _table() -> dict[str, str]:
    """Lower-cased given name -> "f", "m" or "" (given to both)."""
    text = resources.files(__package__ or "factcheck.text").joinpath("data", TABLE_RESOURCE).read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        name, _, gender = line.partition("\t")
        if name:
            out[name] = gender
    return out


def _key(word: str) -> str:
    """The table's spelling of a word: lower case, accents dropped ("Zoë": "zoe")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def is_given_name(word: str) -> bool:
    """Whether ``word`` (any case, accents or none) is a given name ("Esther",
    "maurice", "José")."""
    return _key(word) in _table()


def gender_of(word: str) -> str | None:
    """ "f" or "m" when the given name ``word`` is mostly given to one sex
    ("Christine": "f"), else None ("Jean", or no given name)."""
    return _table().get(_key(word)) or None
