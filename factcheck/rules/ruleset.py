"""Rules as data: one YAML file per rule, validated on load.

A rule picks one engine kind from a closed registry (``factcheck.checks.KINDS``) and
gives it options; the kind's own pydantic model validates those options.
Errors name the file, the line and the allowed values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..knowledge.base import EventType, Knowledge
from ..knowledge.lexicon import EntityInfo, Lexicon
from ..model.errors import RuleError

RULE_ID_RE = r"^[A-Z]{2}\d{3}$"
RULE_NAME_RE = r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$"


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bad: list[str] = Field(min_length=1, description="statements the rule flags")
    good: list[str] = Field(min_length=1, description="statements the rule leaves alone")


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID_RE)
    name: str = Field(pattern=RULE_NAME_RE)
    kind: str
    severity: Literal["error", "warning", "info"]
    message: str = Field(min_length=1)
    description: str = Field(min_length=1)
    settle: str = ""
    examples: Examples
    options: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, v: str) -> str:
        from ..checks import KINDS

        if v not in KINDS:
            raise ValueError(f"unknown kind {v!r}; allowed values: {', '.join(sorted(KINDS))}")
        return v


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    options: BaseModel
    path: str

    @property
    def id(self) -> str:
        return self.spec.id


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    knowledge: Knowledge
    fingerprint: str  # changes whenever a rule or lexicon file changes

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that remembers the line of every mapping key and sequence item."""


def _compose_lines(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=_LineLoader)


def _line_of(node: yaml.Node | None, loc: tuple) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == part:
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _allowed(err: dict) -> str:
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        return f"; allowed values: {ctx['expected']}"
    if "pattern" in ctx:
        return f"; expected a value matching {ctx['pattern']}"
    return ""


def _describe(err: dict) -> str:
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    if err["type"] == "missing":
        return f"missing required field '{loc}'"
    if err["type"] == "extra_forbidden":
        return f"unknown field '{loc}'"
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        return f"'{loc}': {err.get('input')!r} is not allowed; allowed values: {ctx['expected']}"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"'{loc}': {msg}{_allowed(err)}"


def _validate(model: type[BaseModel], data: Any, path: str, root: yaml.Node | None, prefix: tuple = ()) -> BaseModel:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = prefix + tuple(err["loc"])
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise RuleError(_describe({**err, "loc": loc}) + suffix, path=path, line=_line_of(root, loc)) from None


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None, str]:
    shown = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(f"not valid UTF-8 (byte {exc.object[exc.start]:#04x})", path=shown) from None
    except OSError as exc:
        raise RuleError(f"cannot read rule file: {exc.strerror}", path=shown) from None
    try:
        root = _compose_lines(text)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise RuleError(f"invalid YAML: {exc.problem}", path=shown, line=mark.line + 1 if mark else None) from None
    return data, root, shown


def load_rule(path: Path) -> Rule:
    from ..checks import KINDS

    data, root, shown = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleError("a rule file must be a mapping with id, name, kind, severity, message, description, examples", path=shown, line=1)
    spec = _validate(RuleSpec, data, shown, root)
    options = _validate(KINDS[spec.kind].Options, spec.options, shown, root, prefix=("options",))
    return Rule(spec=spec, options=options, path=shown)


# ----------------------------------------------------------------------------- lexicon


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


def _load_knowledge(lexicon_dir: Path | None) -> tuple[Knowledge, list[str]]:
    entities: dict[str, EntityInfo] = {}
    event_types: list[EventType] = []
    texts: list[str] = []
    if lexicon_dir is not None and lexicon_dir.is_dir():
        for path in sorted(lexicon_dir.glob("*.y*ml")):
            data, root, shown = _read_yaml(path)
            texts.append(path.name + "\0" + path.read_text(encoding="utf-8"))
            if isinstance(data, dict) and "entities" in data:
                parsed = _validate(_EntitiesFile, data, shown, root)
                for e in parsed.entities:
                    if e.id in entities:
                        raise RuleError(f"entity id '{e.id}' is defined twice", path=shown, line=_line_of(root, ("entities",)))
                    entities[e.id] = EntityInfo(e.id, e.name, e.type, tuple(e.aliases), tuple(e.roles), e.speaks_for)
            elif isinstance(data, dict) and "event_types" in data:
                parsed = _validate(_EventsFile, data, shown, root)
                for et in parsed.event_types:
                    event_types.append(EventType(et.type, et.repeatable, tuple(re.compile(p, re.IGNORECASE) for p in et.triggers)))
            else:
                raise RuleError("a lexicon file holds either 'entities:' or 'event_types:'; allowed top-level keys: entities, event_types", path=shown, line=1)
    return Knowledge(lexicon=Lexicon(entities), event_types=tuple(event_types)), texts


def default_rules_dir() -> Path:
    """The rules shipped with factcheck: the checkout's ``rules/`` or, from an
    installed wheel, the package's copy."""
    here = Path(__file__).resolve().parent.parent  # the factcheck package
    installed = here / "default_rules"
    if installed.is_dir():
        return installed
    return here.parent / "rules"  # a checkout or an editable install


def load_rules(rules_dir: Path | None = None) -> RuleSet:
    """Load and validate every rule file and the lexicon of a rules folder."""
    import hashlib

    from .. import __version__

    rules_dir = default_rules_dir() if rules_dir is None else rules_dir
    if not rules_dir.is_dir():
        raise RuleError("rules folder not found", path=str(rules_dir))
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(rules_dir.glob("*.y*ml")):
        rule = load_rule(path)
        if rule.id in seen:
            raise RuleError(f"rule id {rule.id} is already used by {seen[rule.id]}", path=str(path), line=1)
        seen[rule.id] = str(path)
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        if rule.spec.enabled:
            rules.append(rule)
    knowledge, texts = _load_knowledge(rules_dir / "lexicon")
    for t in texts:
        digest.update(t.encode())
    rules.sort(key=lambda r: r.id)
    return RuleSet(rules=tuple(rules), knowledge=knowledge, fingerprint=digest.hexdigest()[:16])
