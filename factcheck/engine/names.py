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


def name_map(extractions: Sequence[Extraction]) -> dict[str, str]:
    """Every short name of the corpus read as its one long name: people by
    surname (:func:`surname_map`), organisations by first word or initials
    (:func:`organisation_map`)."""
    return {**organisation_map(extractions), **surname_map(extractions)}


def surname_map(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Person ids -> the one longest person id of the corpus they are a short
    form of (:func:`_short_form`): "okafor" and "ada-okafor" -> "j-ada-okafor"
    when that is the only full name ending with them ("ada-okafor" whatever other Okafors the corpus
    names, "okafor" only when it names no other). A one-word id may be of
    unknown type (a bare surname is often not recognised as a person)."""
    short: set[str] = set()
    full: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for m in ex.entities:
            if not m.entity or m.type not in ("person", "name"):
                continue
            words = m.entity.split("-")
            if len(words) == 1 or m.type == "name":
                if len(words) == 1:
                    short.add(m.entity)
                continue
            full[words[-1]].add(m.entity)
            short.add(m.entity)
    out: dict[str, str] = {}
    for s in sorted(short):
        names = full.get(s.split("-")[-1], set())
        if "-" in s:
            # "Ada Okafor" is "J. Ada Okafor" (and "Ada N. Okafor"), whatever relatives
            # ("Ben Okafor") share the surname
            names = {n for n in names if _short_form(s.split("-"), n.split("-"))}
        if not names:
            continue
        longest = max(names, key=lambda n: (len(n.split("-")), n))
        tail = longest.split("-")
        if s == longest or not _short_form(s.split("-"), tail):
            continue
        if all(_short_form(n.split("-"), tail) for n in names):  # one person, written more or less in full
            out[s] = longest
    return out


def organisation_map(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Organisation ids written short -> the one long name of the corpus they
    stand for: its first word ("acme" -> "acme-motor-company") or its initials
    ("nmc" -> "northvale-mining-corporation"), when exactly one long name of the
    corpus fits; a person's name is never read as an organisation."""
    short: set[str] = set()
    long: set[str] = set()
    people: set[str] = set()
    for ex in extractions:
        for m in ex.entities:
            if not m.entity:
                continue
            if m.type == "person":
                people.add(m.entity)
            elif m.type in ("organization", "name"):
                (long if "-" in m.entity else short).add(m.entity)
    by_key: dict[str, set[str]] = defaultdict(set)
    for name in long - people:
        words = name.split("-")
        by_key[words[0]].add(name)
        if len(words) >= 2:
            by_key["".join(w[0] for w in words if w)].add(name)
    out: dict[str, str] = {}
    for s in sorted(short - people):
        names = by_key.get(s, set())
        if len(names) == 1 and s not in long:
            out[s] = next(iter(names))
    # "Widgetco" / "Widgetco Inc.", "Acme Motor" / "Acme Motor Co.": a legal form
    # added to a name is the same organisation, whatever other names start alike
    with_form: dict[str, set[str]] = defaultdict(set)
    for name in long - people:
        words = name.split("-")
        if len(words) >= 2 and words[-1] in LEGAL_FORMS:
            with_form["-".join(words[:-1])].add(name)
    for s in sorted((short | long) - people):
        names = with_form.get(s, set())
        if len(names) == 1:
            out[s] = next(iter(names))
    return {s: out.get(n, n) for s, n in out.items()}  # "widgetco" -> "widgetco-corp" -> "widgetco-corp-inc"


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
RENAMED_SLOTS = frozenset({"date", "number", "ordinal", "age", "place", "holder"})


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
