"""Load a lexicon folder: ``entities:`` files and ``event_types:`` files."""

from __future__ import annotations

import re
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


def load_knowledge(lexicon_dir: Path | None) -> tuple[Knowledge, list[str]]:
    entities: dict[str, EntityInfo] = {}
    event_types: list[EventType] = []
    texts: list[str] = []
    if lexicon_dir is not None and lexicon_dir.is_dir():
        for path in sorted(lexicon_dir.glob("*.y*ml")):
            data, root, shown = read_yaml(path)
            texts.append(path.name + "\0" + path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "entities" in data:
                people = validate(_EntitiesFile, data, shown, root)
                for e in people.entities:
                    if e.id in entities:
                        raise RuleError(
                            f"entity id '{e.id}' is defined twice", path=shown, line=line_of(root, ("entities",))
                        )
                    entities[e.id] = EntityInfo(e.id, e.name, e.type, tuple(e.aliases), tuple(e.roles), e.speaks_for)
            elif isinstance(data, dict) and "event_types" in data:
                types = validate(_EventsFile, data, shown, root)
                for et in types.event_types:
                    event_types.append(
                        EventType(et.type, et.repeatable, tuple(re.compile(p, re.IGNORECASE) for p in et.triggers))
                    )
            else:
                raise RuleError(
                    "a lexicon file holds either 'entities:' or 'event_types:'; allowed top-level keys: entities, event_types",
                    path=shown,
                    line=1,
                )
    return Knowledge(lexicon=Lexicon(entities), event_types=tuple(event_types)), texts
