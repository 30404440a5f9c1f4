"""Story packs and the corpus config file: what a corpus is checked with.

A *pack* is a folder laid out like the shipped ``rules/``: rule files
(``*.yaml``) at its root, an optional ``lexicon/`` folder (entities, event
types) and an optional ``pack.yaml`` manifest (a description and
``overrides:``). Anything else in it (a README, ``fixtures/``) is for people
and tests, and is not read. Packs stack on the shipped rules: a later pack
adds rules, replaces a rule with the same id, and may change an earlier rule's
severity or switch it off by id::

    # pack.yaml (or the corpus config file)
    overrides:
      FC003: {severity: error}
      FC007: {enabled: false}

A corpus names its packs in ``factcheck.yaml`` at the corpus folder's root,
as Vale's ``.vale.ini`` does; pack paths are relative to the file::

    packs:
      - ../packs/city-council-2024

The config file is metadata: discovery never reads it as an article, and the
report lists it neither as an article nor as a skipped file. Every file here is
read with the alias-refusing YAML loader (:mod:`.yamlfile`); errors name the
file, the line and the allowed keys or values.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field

from ..model.errors import RuleError, UsageError
from ..model.models import Severity
from .yamlfile import line_of, read_yaml, validate

#: The corpus config file, at the root of a corpus folder.
CONFIG_NAME = "factcheck.yaml"
#: A pack's manifest, at the root of the pack; never read as a rule file.
MANIFEST_NAME = "pack.yaml"


class Override(BaseModel):
    """What a later pack or the config file changes in an earlier rule."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    severity: Severity | None = None
    enabled: bool | None = None


class _Manifest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = ""
    description: str = ""
    overrides: dict[str, Override] = Field(default_factory=dict)


class _Config(BaseModel):
    model_config = ConfigDict(extra="forbid")
    packs: list[str] = Field(default_factory=list)
    overrides: dict[str, Override] = Field(default_factory=dict)
    nlp: str | None = None


@dataclass(frozen=True)
class Overrides:
    """An ``overrides:`` section and where it was written (for errors)."""

    items: dict[str, Override]
    path: str
    root: yaml.Node | None = field(default=None, compare=False, repr=False)

    def line(self, rule_id: str) -> int | None:
        return line_of(self.root, ("overrides", rule_id))


@dataclass(frozen=True)
class CorpusConfig:
    """A corpus config file: its packs (resolved, in order), overrides, and the
    spaCy pipeline to parse with (``nlp:``, a package name or a folder relative
    to the file; ``nlp_line`` is where it is written, for errors)."""

    path: Path
    packs: tuple[Path, ...] = ()
    overrides: Overrides | None = None
    nlp: str | None = None
    nlp_line: int | None = None


def _mapping(data: object, shown: str, what: str, keys: str) -> dict[str, object]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleError(f"{what} must be a mapping; allowed keys: {keys}", path=shown, line=1)
    return data


def read_manifest(folder: Path) -> Overrides | None:
    """The ``overrides:`` of a pack's ``pack.yaml``, if it has one."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return None
    data, root, shown = read_yaml(path)
    manifest = validate(
        _Manifest, _mapping(data, shown, "a pack manifest", "name, description, overrides"), shown, root
    )
    return Overrides(manifest.overrides, shown, root) if manifest.overrides else None


def read_config(path: Path) -> CorpusConfig:
    """Read a corpus config file; each pack must be an existing folder."""
    data, root, shown = read_yaml(path)
    config = validate(_Config, _mapping(data, shown, "a corpus config file", "packs, overrides, nlp"), shown, root)
    packs: list[Path] = []
    for i, entry in enumerate(config.packs):
        folder = Path(entry) if Path(entry).is_absolute() else path.parent / entry
        if not folder.is_dir():
            raise RuleError(
                f"'packs.{i}': pack folder '{entry}' not found (paths are relative to this file)",
                path=shown,
                line=line_of(root, ("packs", i)),
            )
        packs.append(folder)
    overrides = Overrides(config.overrides, shown, root) if config.overrides else None
    nlp = config.nlp
    if nlp is not None and (path.parent / nlp).is_dir():
        nlp = str(path.parent / nlp)  # a pipeline folder beside the corpus
    return CorpusConfig(path=path, packs=tuple(packs), overrides=overrides, nlp=nlp, nlp_line=line_of(root, ("nlp",)))


def find_config(targets: Sequence[Path]) -> Path | None:
    """The corpus config file of the files and folders a command names: the
    ``factcheck.yaml`` at the root of a folder given, or in the folder of a
    file given (never searched further up). Two different ones are a usage
    error: the articles belong to two corpora checked with different packs."""
    found: dict[Path, Path] = {}
    for target in targets:
        folder = target if target.is_dir() else target.parent
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            found.setdefault(candidate.resolve(), candidate)
    if len(found) > 1:
        names = ", ".join(str(p) for p in found.values())
        raise UsageError(f"the paths given have different corpus config files ({names}); check each corpus on its own")
    return next(iter(found.values()), None)
