"""The entity lexicon: canonical entities, their aliases and roles.

Story knowledge (names, aliases, roles, who speaks for whom) is data: it comes
from a rules folder's ``lexicon/entities.yaml`` (see :mod:`.loading`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from ..text.words import fold, slug

POSSESSIVE_RE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


@dataclass(frozen=True)
class EntityInfo:
    id: str
    name: str
    type: str = "person"  # person | organization | place | other | name
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    speaks_for: str | None = None


@dataclass
class Lexicon:
    entities: dict[str, EntityInfo] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._alias: dict[str, str] = {}
        self._roles: dict[str, str] = {}
        self._rebuild()

    def _rebuild(self) -> None:
        surnames: dict[str, set[str]] = {}
        for info in self.entities.values():
            for alias in (info.name, *info.aliases):
                self._alias[alias_key(alias)] = info.id
            if info.type == "person":
                surnames.setdefault(alias_key(info.name.split()[-1]), set()).add(info.id)
            for role in info.roles:
                self._roles[alias_key(role)] = info.id
        for key, ids in surnames.items():
            if len(ids) == 1 and key not in self._alias:
                self._alias[key] = next(iter(ids))
        self._alias_keys = sorted(self._alias)

    def lookup(self, name: str) -> tuple[str, str] | None:
        """Canonical id for a name as written, with how it was matched."""
        key = alias_key(name)
        if key in self._alias:
            return self._alias[key], "alias"
        if len(key) >= 5 and self._alias_keys:
            hit = process.extractOne(key, self._alias_keys, scorer=fuzz.ratio, score_cutoff=88)
            if hit is not None:
                return self._alias[hit[0]], f"fuzzy alias '{hit[0]}' ({hit[1]:.0f})"
        return None

    def role(self, phrase: str) -> str | None:
        return self._roles.get(alias_key(phrase))

    @property
    def role_patterns(self) -> list[str]:
        return sorted(self._roles, key=len, reverse=True)

    def info(self, entity_id: str) -> EntityInfo | None:
        return self.entities.get(entity_id)

    def type_of(self, entity_id: str) -> str:
        info = self.entities.get(entity_id)
        return info.type if info is not None else "name"

    def related(self, a: str, b: str) -> bool:
        """True when one speaks for the other (an office and its principal)."""
        ia, ib = self.entities.get(a), self.entities.get(b)
        return bool((ia and ia.speaks_for == b) or (ib and ib.speaks_for == a))

    def same_person(self, a: str, b: str) -> bool:
        """True when two entity ids may name one person written two ways
        ("mark-heller" / "mark-jay-heller", "ellen-degeneres" /
        "comedian-ellen-degeneres"); two different lexicon entities never do."""
        if a == b:
            return True
        ia, ib = self.entities.get(a), self.entities.get(b)
        if ia is not None and ib is not None:
            return False
        return names_compatible(slug(ia.name) if ia else a, slug(ib.name) if ib else b)


def _name_words(name_id: str) -> list[str]:
    """The words of a name id, initials run together ("a-j-butler" -> aj, butler)."""
    words: list[str] = []
    single = False
    for w in name_id.split("-"):
        if len(w) == 1 and single:
            words[-1] += w
        else:
            words.append(w)
        single = len(w) == 1
    return words


def names_compatible(a: str, b: str) -> bool:
    """Whether two name ids may name one person: the same last word, and the
    other words of the shorter name all among those of the longer one."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb or wa[-1] != wb[-1]:
        return False
    short, long = sorted((wa[:-1], wb[:-1]), key=len)
    return set(short) <= set(long)


def alias_key(name: str) -> str:
    s = fold(name).casefold().strip()
    s = POSSESSIVE_RE.sub("", s).rstrip(".")
    if s.startswith("the "):
        s = s[4:]
    return " ".join(s.split())
