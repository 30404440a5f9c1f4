"""Extractors as registered units, run in order over one article.

Each extractor is a :class:`Unit`, as a spaCy pipeline component is: it has a
name, a version (part of the extraction cache key, so changing what one unit
finds re-extracts only because that unit's version moved), the fields of the
article's :class:`State` it reads (``requires``) and the ones it sets
(``assigns``), and a function from the state to the values it assigns. A
:class:`Pipeline` is the ordered tuple of units; it checks when it is built
that every field a unit requires is an input or assigned by an earlier unit,
and when it runs that a unit returns exactly the fields it declared.

Fields outside the :class:`~factcheck.model.models.Extraction` (what a new
extractor finds for the units after it, like spaCy's ``Doc._``) are named
``ext.<name>`` and kept in ``State.ext``.

Adding an extractor is one module that defines its unit and one entry in the
ordered tuple of units (``PIPELINE`` in :mod:`.extractor`); a caller can also
run a pipeline with a unit added (:meth:`Pipeline.add`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from spacy.language import Language

from ..knowledge.base import Knowledge
from ..model.errors import InternalError
from ..model.models import Article, Fact, Negation, Quantity, Quote, Sentence, TimeMention
from .clauses import SentenceContext
from .entities import Resolved, SentenceDoc

#: Fields every run starts with.
INPUTS = frozenset({"article", "knowledge", "nlp"})
#: Prefix of the fields a unit adds beyond the built-in ones.
EXT = "ext."


@dataclass
class State:
    """What the units have found so far in one article."""

    article: Article
    knowledge: Knowledge
    nlp: Language
    sentences: list[Sentence] = field(default_factory=list)  # every sentence, furniture included
    body: list[Sentence] = field(default_factory=list)  # the sentences that are not furniture
    parsed: list[SentenceDoc] = field(default_factory=list)
    entities: Resolved = field(default_factory=Resolved)
    times: list[TimeMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contexts: list[SentenceContext] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    negations: list[Negation] = field(default_factory=list)
    ext: dict[str, Any] = field(default_factory=dict)


_FIELDS = frozenset(f.name for f in fields(State)) - {"ext"}


@dataclass(frozen=True)
class Unit:
    """One extractor: ``run`` reads ``requires`` from the state and returns
    the values of ``assigns`` (a mapping with exactly those keys)."""

    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    run: Callable[[State], Mapping[str, Any]]

    @property
    def key(self) -> str:
        return f"{self.name}@{self.version}"


def _known(name: str) -> bool:
    return name in _FIELDS or (name.startswith(EXT) and len(name) > len(EXT))


class Pipeline:
    """Extractor units in the order they run, checked when built."""

    def __init__(self, units: Sequence[Unit]) -> None:
        self.units: tuple[Unit, ...] = tuple(units)
        available = set(INPUTS)
        seen: set[str] = set()
        for unit in self.units:
            if unit.name in seen:
                raise InternalError(f"extractor unit '{unit.name}' is registered twice")
            seen.add(unit.name)
            unknown = [n for n in (*unit.requires, *unit.assigns) if n not in INPUTS and not _known(n)]
            if unknown:
                raise InternalError(f"extractor unit '{unit.name}' names unknown fields: {', '.join(unknown)}")
            missing = [n for n in unit.requires if n not in available]
            if missing:
                raise InternalError(
                    f"extractor unit '{unit.name}' requires {', '.join(missing)}, which no earlier unit assigns"
                )
            if not unit.assigns or set(unit.assigns) & INPUTS:
                raise InternalError(f"extractor unit '{unit.name}' must assign fields other than its inputs")
            available.update(unit.assigns)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(u.name for u in self.units)

    @property
    def fingerprint(self) -> str:
        """Each unit's name and version, in order: part of the cache key."""
        return ",".join(u.key for u in self.units)

    def add(self, unit: Unit, *, after: str | None = None, before: str | None = None) -> Pipeline:
        """A new pipeline with ``unit`` after (or before) the named one, or last."""
        units = list(self.units)
        anchor = after if after is not None else before
        if anchor is None:
            return Pipeline([*units, unit])
        if anchor not in self.names:
            raise InternalError(f"no extractor unit named '{anchor}'")
        i = self.names.index(anchor) + (1 if after is not None else 0)
        return Pipeline([*units[:i], unit, *units[i:]])

    def run(self, state: State) -> State:
        """Run every unit over ``state`` in order; returns the same state."""
        for unit in self.units:
            values = unit.run(state)
            if set(values) != set(unit.assigns):
                raise InternalError(
                    f"extractor unit '{unit.name}' returned {sorted(values)}, not what it assigns {sorted(unit.assigns)}"
                )
            for name, value in values.items():
                if name.startswith(EXT):
                    state.ext[name[len(EXT) :]] = value
                else:
                    setattr(state, name, value)
        return state
