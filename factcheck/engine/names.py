"""One person (or organisation) named in full by one article and shortly by another.

Within an article, a surname is resolved to the one person it names in full
(extraction does that). Across articles it is not: an article that only ever
writes "Okafor" gives the entity ``okafor``, another that writes "Ada Okafor"
gives ``ada-okafor``, and claims about the one person would not align. Here a
one-word person id is read as the full name of the corpus whose last word it
is, when exactly one full name in the whole corpus ends with it (two people
sharing a surname, "Ada Okafor" and "Ben Okafor", leave "Okafor" alone).
An organisation written with one word is the one long name of the corpus
that starts with that word or has it as initials ("Acme" / "Acme Motor
Company", "NMC" / "Northvale Mining Corporation"), and a name is the one name of
the corpus that adds a legal form to it ("Widgetco" / "Widgetco Inc.").
Linear in the mentions.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ..model.models import Extraction
from .claims import SlotClaim

Pair = tuple[str, str]  # an entity id and its type, as the name maps read a mention


def name_map(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Every short name of the corpus read as its one long name: people by
    surname (:func:`surname_map`), organisations by first word or initials
    (:func:`organisation_map`)."""
    return NameIndex(_pairs_of(extractions)).map


def _pairs_of(extractions: Iterable[Extraction]) -> set[Pair]:
    return {(m.entity, m.type) for ex in extractions for m in ex.entities if m.entity}


def surname_map(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Person ids -> the one longest person id of the corpus they are a short
    form of (:func:`_short_form`): "okafor" and "ada-okafor" -> "j-ada-okafor"
    when that is the only full name ending with them ("ada-okafor" whatever other Okafors the corpus
    names, "okafor" only when it names no other). A one-word id may be of
    unknown type (a bare surname is often not recognised as a person)."""
    return NameIndex(_pairs_of(extractions)).surnames


def organisation_map(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Organisation ids written short -> the one long name of the corpus they
    stand for: its first word ("acme" -> "acme-motor-company") or its initials
    ("nmc" -> "northvale-mining-corporation"), when exactly one long name of the
    corpus fits; a person's name is never read as an organisation. A name the
    corpus also writes with a legal form added ("Widgetco" / "Widgetco Inc.")
    is that one, whatever other names start alike."""
    return NameIndex(_pairs_of(extractions)).organisations


def _surname_of(entity: str, typ: str) -> str | None:
    """The surname under which the surname map reads a person id (or a
    one-word name), or None."""
    if typ not in ("person", "name"):
        return None
    words = entity.split("-")
    if len(words) > 1 and typ == "name":
        return None  # several words of unknown type: neither a short nor a full name
    return words[-1]


def _surname_entry(short: str, full: Iterable[str]) -> str | None:
    """The one longest of the full names ``full`` (the person ids of a surname)
    that ``short`` is a short form of, or None."""
    names = set(full)
    if "-" in short:
        # "Ada Okafor" is "J. Ada Okafor" (and "Ada N. Okafor"), whatever relatives
        # ("Ben Okafor") share the surname
        names = {n for n in names if _short_form(short.split("-"), n.split("-"))}
    if not names:
        return None
    longest = max(names, key=lambda n: (len(n.split("-")), n))
    tail = longest.split("-")
    if short == longest or not _short_form(short.split("-"), tail):
        return None
    if all(_short_form(n.split("-"), tail) for n in names):  # one person, written more or less in full
        return longest
    return None


def _org_keys(entity: str) -> tuple[set[str], str | None]:
    """The short names a long organisation name may be written as (its first
    word, its initials), and the name without its legal form, if it has one."""
    words = entity.split("-")
    bare = "-".join(words[:-1]) if words[-1] in LEGAL_FORMS else None
    return {words[0], "".join(w[0] for w in words if w)}, bare


class _Groups:
    """Pairs grouped as the name maps read them."""

    def __init__(self, pairs: Iterable[Pair]) -> None:
        self.shorts: dict[str, set[str]] = defaultdict(set)  # surname -> the ids read under it
        self.full: dict[str, set[str]] = defaultdict(set)  # surname -> the full names
        self.people: set[str] = set()
        self.short_orgs: set[str] = set()
        self.long_orgs: set[str] = set()
        self.by_key: dict[str, set[str]] = defaultdict(set)  # first word or initials -> long names
        self.with_form: dict[str, set[str]] = defaultdict(set)  # a name -> it with a legal form
        for entity, typ in pairs:
            surname = _surname_of(entity, typ)
            if surname is not None:
                self.shorts[surname].add(entity)
                if "-" in entity:
                    self.full[surname].add(entity)
            if typ == "person":
                self.people.add(entity)
            elif typ in ("organization", "name"):
                if "-" not in entity:
                    self.short_orgs.add(entity)
                    continue
                self.long_orgs.add(entity)
                keys, bare = _org_keys(entity)
                for key in keys:
                    self.by_key[key].add(entity)
                if bare is not None:
                    self.with_form[bare].add(entity)


class NameIndex:
    """The (entity, type) pairs of a corpus grouped as the name maps read them.
    :attr:`map` is :func:`name_map` of the pairs; :meth:`with_added` is the map
    of the pairs and a few more (a new article's), for which only the short
    names those touch are read again (``tests/test_names.py`` checks that it is
    the map of all the pairs, on random corpora)."""

    def __init__(self, pairs: Iterable[Pair]) -> None:
        self.pairs = frozenset(pairs)
        self.groups = g = _Groups(self.pairs)
        self.surnames: dict[str, str] = {}
        for surname, shorts in g.shorts.items():
            for short in shorts:
                v = _surname_entry(short, g.full.get(surname, ()))
                if v is not None:
                    self.surnames[short] = v
        # an organisation's short name -> its long name, and the short names read as each long one
        self.first: dict[str, str] = {}
        self.read_as: dict[str, set[str]] = defaultdict(set)
        for s in (g.short_orgs | g.long_orgs) - g.people:
            n = _organisation(s, g, None)
            if n is not None:
                self.first[s] = n
                self.read_as[n].add(s)
        # "widgetco" -> "widgetco-corp" -> "widgetco-corp-inc"
        self.organisations = {s: self.first.get(n, n) for s, n in self.first.items()}
        self.map = {**self.organisations, **self.surnames}

    def with_added(self, pairs: Iterable[Pair]) -> dict[str, str]:
        """:func:`name_map` of these pairs and the index's."""
        added = _Groups(p for p in pairs if p not in self.pairs)
        g = self.groups
        if not (added.shorts or added.people or added.short_orgs or added.long_orgs):
            return self.map
        surnames = {s: v for s, v in self.surnames.items() if _surname_of(s, "person") not in added.shorts}
        for surname, shorts in added.shorts.items():
            full = g.full.get(surname, set()) | added.full.get(surname, set())
            for short in g.shorts.get(surname, set()) | shorts:
                v = _surname_entry(short, full)
                if v is not None:
                    surnames[short] = v
        # the short names whose reading the added pairs may change: the added names
        # themselves and the keys of the added (or newly personal) long names ...
        touched = added.people | added.short_orgs | added.long_orgs
        for entity in added.people | added.long_orgs:
            if "-" in entity:
                keys, bare = _org_keys(entity)
                touched |= keys | ({bare} if bare is not None else set())
        first = {s: n for s, n in self.first.items() if s not in touched}
        for s in touched:
            n = _organisation(s, g, added)
            if n is not None:
                first[s] = n
        # ... and the short names read as a touched one ("widgetco" -> "widgetco-corp" -> ...)
        chained = touched | {s for t in touched for s in self.read_as.get(t, ())}
        organisations = {s: n for s, n in self.organisations.items() if s not in chained}
        for s in chained:
            n = first.get(s)
            if n is not None:
                organisations[s] = first.get(n, n)
        return {**organisations, **surnames}


def _organisation(s: str, g: _Groups, added: _Groups | None) -> str | None:
    """The one long organisation name a name is written short for (before a
    long name is itself read as a longer one), over the groups ``g`` and ``added``."""

    def has(attr: str) -> bool:
        return s in getattr(g, attr) or (added is not None and s in getattr(added, attr))

    def of(attr: str) -> set[str]:
        out = set(getattr(g, attr).get(s, ()))
        if added is not None:
            out |= getattr(added, attr).get(s, set())
        return {n for n in out if not (n in g.people or added is not None and n in added.people)}

    if has("people"):
        return None
    found = None
    if has("short_orgs"):
        names = of("by_key")
        if len(names) == 1 and not has("long_orgs"):
            found = next(iter(names))
    if has("short_orgs") or has("long_orgs"):
        names = of("with_form")
        if len(names) == 1:
            found = next(iter(names))
    return found


#: The legal form that may follow an organisation's name.
LEGAL_FORMS = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "ltd",
        "limited",
        "llc",
        "plc",
        "lp",
        "llp",
        "ag",
        "gmbh",
        "nv",
    }
)


def _is_tail(words: list[str], of: list[str]) -> bool:
    return len(words) <= len(of) and of[len(of) - len(words) :] == words


def _short_form(words: list[str], of: list[str]) -> bool:
    """``words`` name the person ``of`` names, with fewer of the names before
    the surname: its tail ("Okafor", "Ada Okafor" of "J. Ada Okafor"), or its
    first and last names alone ("Ada Okafor" of "Ada Nkem Okafor", "Ada N.
    Okafor"); a name with a middle name or initial of its own is no short form
    of a longer one."""
    if _is_tail(words, of):
        return True
    # only a first and a last name: "Carl W. Dunmore" is not "Carl H. W. Dunmore"
    # (a father and a son), whatever initials they share
    return len(words) == 2 and len(of) > 2 and words[0] == of[0] and words[-1] == of[-1]


def _at(x: str | None, mapping: dict[str, str]) -> str | None:
    if x is None or not x.startswith("@"):
        return x
    return "@" + mapping.get(x[1:], x[1:])


#: The slots whose claims are renamed (quotations and their speakers keep the
#: names as written, and so do polarity claims: renamed, "Bush has returned and
#: played in the past six games" met "He did not play last Sunday" of another
#: article, a false conflict in ECB+, and one planted polarity edit was lost).
RENAMED_SLOTS = frozenset({"date", "number", "ordinal", "score", "age", "place", "holder"})


def renamed(c: SlotClaim, mapping: dict[str, str]) -> SlotClaim:
    """The claim with its short names (a surname, an organisation's first word or
    initials) read as the corpus's one long name."""
    if (
        c.slot not in RENAMED_SLOTS
        or not mapping
        or not any(e in mapping for e in c.entities | {a[1:] for a in c.anchors if a.startswith("@")})
    ):
        return c
    role = c.role
    head, sep, who = role.rpartition(" of @")
    if sep:  # a person's age or titles, the organisation a role heads
        role = head + " of " + (_at("@" + who, mapping) or "")
    return dataclasses.replace(
        c,
        entities=frozenset(mapping.get(e, e) for e in c.entities),
        anchors=frozenset(_at(a, mapping) or a for a in c.anchors),
        subject=_at(c.subject, mapping),
        object=_at(c.object, mapping),
        role=role,
    )
