"""What factcheck knows beyond the text: the entity lexicon, event types, and their loading."""

from __future__ import annotations

from .base import EventType, Knowledge
from .lexicon import EntityInfo, Lexicon, names_compatible
from .loading import load_knowledge, load_knowledge_stack

__all__ = [
    "EntityInfo",
    "EventType",
    "Knowledge",
    "Lexicon",
    "load_knowledge",
    "load_knowledge_stack",
    "names_compatible",
]
