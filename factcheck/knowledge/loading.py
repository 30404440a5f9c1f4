"""Load a lexicon folder: ``entities:`` files and ``event_types:`` files."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..model.errors import RuleError
from .base import EventType, Knowledge
from .lexicon import EntityInfo, Lexicon
from .yamlfile import line_of, read_yaml, validate


class _EntityEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    name: str
    type: Literal["person", "organization", "place", "other"] = "person"
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    speaks_for: str | None = None


class _EntitiesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    entities: list[_EntityEntry]


class _EventTypeEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    repeatable: bool = True
    triggers: list[str] = Field(min_length=1)

    @field_validator("triggers")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for pat in v:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ValueError(f"trigger {pat!r} is not a valid regular expression: {exc}") from None
        return v


class _EventsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    event_types: list[_EventTypeEntry]


def _read_lexicon_dir(
    lexicon_dir: Path, entities: dict[str, EntityInfo], event_types: dict[str, EventType], texts: list[str]
) -> None:
    """Add one lexicon folder's entities and event types. An id defined twice in
    one folder is an error; an id an earlier folder (pack) defined is replaced."""
    here: set[str] = set()
    for path in sorted(lexicon_dir.glob("*.y*ml")):
        data, root, shown = read_yaml(path)
        texts.append(path.name + "\0" + path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "entities" in data:
            people = validate(_EntitiesFile, data, shown, root)
            for e in people.entities:
                if e.id in here:
                    raise RuleError(
                        f"entity id '{e.id}' is defined twice", path=shown, line=line_of(root, ("entities",))
                    )
                here.add(e.id)
                entities[e.id] = EntityInfo(e.id, e.name, e.type, tuple(e.aliases), tuple(e.roles), e.speaks_for)
        elif isinstance(data, dict) and "event_types" in data:
            types = validate(_EventsFile, data, shown, root)
            for et in types.event_types:
                event_types[et.type] = EventType(
                    et.type, et.repeatable, tuple(re.compile(p, re.IGNORECASE) for p in et.triggers)
                )
        else:
            raise RuleError(
                "a lexicon file holds either 'entities:' or 'event_types:'; allowed top-level keys: entities, event_types",
                path=shown,
                line=1,
            )


def load_knowledge_stack(lexicon_dirs: Sequence[Path]) -> tuple[Knowledge, list[str]]:
    """The knowledge of several lexicon folders, in order (the shipped defaults,
    then each story pack): a later folder adds entities and event types and
    replaces those with the same id or type. Returns the texts read, in order;
    the knowledge's fingerprint is their digest."""
    entities: dict[str, EntityInfo] = {}
    event_types: dict[str, EventType] = {}
    texts: list[str] = []
    for lexicon_dir in lexicon_dirs:
        if lexicon_dir.is_dir():
            _read_lexicon_dir(lexicon_dir, entities, event_types, texts)
    digest = hashlib.sha256(b"lexicon\0")
    for t in texts:
        digest.update(t.encode("utf-8") + b"\0")
    knowledge = Knowledge(
        lexicon=Lexicon(entities), event_types=tuple(event_types.values()), fingerprint=digest.hexdigest()[:16]
    )
    return knowledge, texts


def load_knowledge(lexicon_dir: Path | None) -> tuple[Knowledge, list[str]]:
    """The knowledge of one lexicon folder (see :func:`load_knowledge_stack`)."""
    return load_knowledge_stack([lexicon_dir] if lexicon_dir is not None else [])
