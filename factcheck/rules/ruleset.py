"""Rules as data: one YAML file per rule, validated on load.

A rule picks one check type from a closed registry (``check:``, one of
``factcheck.checks.CHECKS``) and gives it options; the check type's own pydantic
model validates those options. Errors name the file, the line and the allowed
values. The old key ``kind:`` is still read, with a deprecation note naming
the file and line (``RuleSet.notes``).
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator

from .._version import __version__
from ..checks import CHECKS
from ..engine.corpus import Corpus
from ..knowledge.base import Knowledge
from ..knowledge.loading import load_knowledge
from ..knowledge.packs import CONFIG_NAME, MANIFEST_NAME
from ..knowledge.yamlfile import line_of, parse_yaml, read_text, validate
from ..model.errors import RuleError
from ..model.models import Finding, Label, Severity

RULE_ID_RE = r"^[A-Z]{2}\d{3}$"
RULE_NAME_RE = r"^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$"


ARTICLE_ID_RE = r"^[a-z][a-z0-9-]*$"
#: Rules kept parsed by their file text (see :func:`load_rule`): the shipped rules and a few packs.
RULES_KEPT = 256
DOC_SECTIONS = ("what", "why", "example", "false_alarms", "settle")


class ExampleArticle(BaseModel):
    """One article of an example, written as ``<id>.md`` with front matter."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=ARTICLE_ID_RE)
    published: date | None = None
    outlet: str | None = None
    text: str = Field(min_length=1)


class ExpectedClaim(BaseModel):
    """One side's claim in the finding an example documents."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    at: str = Field(pattern=r"^[a-z][a-z0-9-]*:[1-9][0-9]*$", description="article:line, the line in the file")
    value: str | None = Field(description="the value as written")
    normalized: str | None = Field(description="the value as normalised")
    side: str = Field(pattern=r"^[a-z]$")


class Example(BaseModel):
    """An executable example: articles the rule flags, the one finding they
    give (its severity, label and every claim), and articles it leaves alone.
    The test suite runs it as a fixture case."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    articles: list[ExampleArticle] = Field(min_length=2)
    severity: Severity
    label: Label = "contradiction"
    claims: list[ExpectedClaim] = Field(min_length=2)
    passes: list[ExampleArticle] = Field(default_factory=list, description="articles the rule leaves alone")


class RuleDoc(BaseModel):
    """A rule's documentation, in fixed sections."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    what: str = Field(min_length=1, description="what it flags; the first sentence is the summary")
    why: str = Field(min_length=1, description="why it matters")
    example: Example
    false_alarms: str = Field(min_length=1, description="known false alarms")
    settle: str = Field(min_length=1, description="how to settle a finding")

    @property
    def summary(self) -> str:
        """The first sentence of ``what``."""
        text = " ".join(self.what.split())
        end = text.find(". ")
        return text if end < 0 else text[: end + 1]


class RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=RULE_ID_RE)
    name: str = Field(pattern=RULE_NAME_RE)
    check: str
    severity: Severity
    message: str = Field(min_length=1)
    doc: RuleDoc
    options: dict[str, Any] = Field(default_factory=dict)
    enabled: bool = True

    @property
    def description(self) -> str:
        """What the rule flags (``doc.what``)."""
        return self.doc.what

    @property
    def settle(self) -> str:
        """How to settle a finding (``doc.settle``)."""
        return self.doc.settle

    @field_validator("check")
    @classmethod
    def _known_check(cls, v: str) -> str:
        if v not in CHECKS:
            raise ValueError(f"unknown check type {v!r}; allowed values: {', '.join(sorted(CHECKS))}")
        return v


@dataclass(frozen=True)
class Rule:
    spec: RuleSpec
    options: BaseModel
    path: str
    notes: tuple[str, ...] = ()  # deprecations, each "file:line: ..."

    @property
    def id(self) -> str:
        return self.spec.id

    def findings(self, corpus: Corpus) -> Iterator[Finding]:
        """This rule's findings: its check type run with its typed options."""
        return CHECKS[self.spec.check].check(self, self.options, corpus)

    def severities(self) -> dict[Label, Severity]:
        """The severity each label of this rule's findings gets (the check type decides, from the
        rule's severity and options)."""
        return CHECKS[self.spec.check].severities(self.spec.severity, self.options)


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[Rule, ...]
    knowledge: Knowledge
    fingerprint: str  # changes whenever a rule or lexicon file changes
    notes: tuple[str, ...] = ()  # deprecations in the rule files, each "file:line: ..."
    #: The spaCy pipeline articles are parsed with (a package name or a folder);
    #: ``None`` is the pipeline shipped in the package.
    nlp: str | None = None

    def get(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)


def load_rule(path: Path) -> Rule:
    """The rule of a rule file, validated; errors point at the file and line.

    A rule is a pure function of the file's name and text, so the text is read
    each time and the rule built from it is reused while the text is the same
    (a long-lived ``factcheck serve`` reads the rule folders on every command,
    and parsing YAML costs far more than reading it): an edited file is never
    served stale, whatever its modification time."""
    return _rule_of_text(str(path), read_text(path))


@functools.lru_cache(maxsize=RULES_KEPT)
def _rule_of_text(shown: str, text: str) -> Rule:
    data, root = parse_yaml(text, shown)
    if not isinstance(data, dict):
        raise RuleError(
            "a rule file must be a mapping with id, name, check, severity, message, doc, options",
            path=shown,
            line=1,
        )
    notes: tuple[str, ...] = ()
    if "kind" in data and "check" not in data:
        data = {("check" if k == "kind" else k): v for k, v in data.items()}
        notes = (f"{shown}:{line_of(root, ('kind',))}: 'kind:' is deprecated, write 'check:'",)
        for key, _ in root.value if isinstance(root, yaml.MappingNode) else ():
            if key.value == "kind":
                key.value = "check"  # errors about the check type point at this line
    spec = validate(RuleSpec, data, shown, root)
    options = validate(CHECKS[spec.check].Options, spec.options, shown, root, prefix=("options",))
    return Rule(spec=spec, options=options, path=shown, notes=notes)


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
    rules_dir = default_rules_dir() if rules_dir is None else rules_dir
    if not rules_dir.is_dir():
        raise RuleError("rules folder not found", path=str(rules_dir))
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(p for p in rules_dir.glob("*.y*ml") if p.name not in (MANIFEST_NAME, CONFIG_NAME)):
        rule = load_rule(path)
        if rule.id in seen:
            raise RuleError(f"rule id {rule.id} is already used by {seen[rule.id]}", path=str(path), line=1)
        seen[rule.id] = str(path)
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        if rule.spec.enabled:
            rules.append(rule)
    knowledge, texts = load_knowledge(rules_dir / "lexicon")
    for t in texts:
        digest.update(t.encode())
    rules.sort(key=lambda r: r.id)
    notes = tuple(n for r in rules for n in r.notes)
    return RuleSet(rules=tuple(rules), knowledge=knowledge, fingerprint=digest.hexdigest()[:16], notes=notes)
