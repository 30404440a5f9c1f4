"""What the extractors know beyond the text: entities and event types."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon


@dataclass(frozen=True)
class EventType:
    type: str
    repeatable: bool
    triggers: tuple[re.Pattern[str], ...]


@dataclass(frozen=True)
class Knowledge:
    """What the extractors know beyond the text: entities and event types."""

    lexicon: Lexicon = field(default_factory=Lexicon)
    event_types: tuple[EventType, ...] = ()
    #: Changes whenever a lexicon file does (its name or its bytes), and only
    #: then: with the extractor version it keys the extraction cache, so editing
    #: a rule's prose or severity keeps every cached extraction.
    fingerprint: str = ""

    def event_type(self, name: str) -> EventType | None:
        return next((e for e in self.event_types if e.type == name), None)
