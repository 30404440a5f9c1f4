"""The spaCy pipeline: loading it, naming its entity types, fingerprinting it.

factcheck ships its own English pipeline (``data/en_factcheck``, trained from
UD English EWT and Universal NER by ``tools/nlp/build.py``; weights under
CC BY-SA 4.0, see the model card there). ``load_nlp()`` loads it from the
package data, with no download. Any other installed spaCy pipeline with a
dependency parser and an entity recogniser can be used instead by name or
path; ``entity_type`` maps its entity labels to factcheck's types.
"""

from __future__ import annotations

import hashlib
import json
import threading
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from factcheck.model.errors import UsageError

SHIPPED = "en_factcheck"
_PARSERS = frozenset({"parser", "beam_parser"})
_RECOGNISERS = frozenset({"ner", "beam_ner"})

_cache: dict[str, Language] = {}
_lock = threading.Lock()

_ENTITY_TYPES = {
    "PER": "person",
    "PERSON": "person",
    "ORG": "organization",
    "LOC": "place",
    "GPE": "place",
    "FAC": "place",
}


def load_nlp(name_or_path: str | None = None) -> Language:
    """The spaCy pipeline to analyse articles with, loaded once per name.

    ``None`` is the pipeline shipped in the package. Otherwise the name of an
    installed pipeline package or the path of a pipeline folder; it must have
    a dependency parser and an entity recogniser. A missing or unsuitable
    pipeline raises :class:`UsageError` with a one-line message.
    """
    key = name_or_path if name_or_path is not None else f"<{SHIPPED}>"
    with _lock:
        nlp = _cache.get(key)
        if nlp is None:
            nlp = _load_shipped() if name_or_path is None else _load_named(name_or_path)
            _check_components(nlp, name_or_path or SHIPPED)
            _cache[key] = nlp
    return nlp


def _load_shipped() -> Language:
    ref = resources.files("factcheck.extract").joinpath("data", SHIPPED)
    with resources.as_file(ref) as path:
        if not (Path(path) / "meta.json").is_file():
            raise UsageError(f"the shipped spaCy pipeline {SHIPPED} is missing from the installation (rebuild it with tools/nlp/build.py)")
        return spacy.load(path)


def _load_named(name_or_path: str) -> Language:
    try:
        return spacy.load(name_or_path)
    except OSError:
        raise UsageError(
            f"spaCy pipeline not found: {name_or_path!r} (give the name of an installed pipeline package or the path of a pipeline folder)"
        ) from None
    except (ValueError, KeyError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UsageError(f"spaCy pipeline {name_or_path!r} cannot be loaded: {first}") from None


def _check_components(nlp: Language, name: str) -> None:
    factories = {nlp.get_pipe_meta(pipe_name).factory for pipe_name in nlp.pipe_names}
    missing = []
    if not factories & _PARSERS:
        missing.append("a dependency parser")
    if not factories & _RECOGNISERS:
        missing.append("an entity recogniser")
    if missing:
        raise UsageError(f"spaCy pipeline {name!r} lacks {' and '.join(missing)}; factcheck needs both")


def entity_type(label: str) -> str:
    """factcheck's entity type for a pipeline's entity label: ``person``,
    ``organization``, ``place`` or ``other``."""
    return _ENTITY_TYPES.get(label.upper(), "other")


def pipeline_fingerprint(nlp: Language) -> str:
    """A short identifier of a pipeline for cache keys: its name, version and
    a hash of its meta data (which changes with every rebuild)."""
    meta = nlp.meta
    digest = hashlib.sha256(json.dumps(meta, sort_keys=True, default=str).encode("utf-8")).hexdigest()[:16]
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}-{digest}"
