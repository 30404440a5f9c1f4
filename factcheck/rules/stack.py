"""The rule stack: the shipped rules, then the corpus's story packs, then each
``--rules`` folder, later ones winning.

Each layer is a rules folder (see :mod:`factcheck.knowledge.packs` for the
layout). A layer adds its rules (a rule with an id already loaded replaces
it), its lexicon (entities and event types, later ids replace earlier ones)
and its ``pack.yaml`` overrides; the corpus config file's own overrides come
after its packs. A folder that adds nothing (no rule file, no lexicon, no
manifest) is an error naming it, and so is a stack with no rule left to run,
unless ``allow_no_rules`` (``--allow-no-rules``) asks for it.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from pathlib import Path

from .._version import __version__
from ..extract.nlp import load_nlp
from ..knowledge.loading import load_knowledge_stack
from ..knowledge.packs import CONFIG_NAME, MANIFEST_NAME, Overrides, read_config, read_manifest
from ..model.errors import RuleError, UsageError
from .ruleset import Rule, RuleSet, default_rules_dir, load_rule

NO_RULES_HINT = "--allow-no-rules runs without them"


class _Stack:
    def __init__(self, allow_no_rules: bool) -> None:
        self.allow_no_rules = allow_no_rules
        self.rules: dict[str, Rule] = {}
        self.lexicons: list[Path] = []
        self.digest = hashlib.sha256(__version__.encode())
        self.last = ""  # the last layer, named when no rule is left

    def add_folder(self, folder: Path) -> None:
        if not folder.is_dir():
            raise RuleError("rules folder not found", path=str(folder))
        self.last = str(folder)
        files = [p for p in sorted(folder.glob("*.y*ml")) if p.name not in (MANIFEST_NAME, CONFIG_NAME)]
        here: dict[str, str] = {}
        for path in files:
            rule = load_rule(path)
            if rule.id in here:
                raise RuleError(f"rule id {rule.id} is already used by {here[rule.id]}", path=str(path), line=1)
            here[rule.id] = str(path)
            self.rules[rule.id] = rule
            self.digest.update(path.name.encode() + b"\0" + path.read_bytes())
        lexicon = folder / "lexicon"
        has_lexicon = lexicon.is_dir() and any(lexicon.glob("*.y*ml"))
        if has_lexicon:
            self.lexicons.append(lexicon)
        manifest = read_manifest(folder)
        if manifest is not None:
            self.apply(manifest)
        if not files and not has_lexicon and manifest is None and not self.allow_no_rules:
            raise RuleError(
                f"no rules loaded: no rule files (*.yaml), lexicon/ or {MANIFEST_NAME} in this folder; {NO_RULES_HINT}",
                path=str(folder),
            )

    def apply(self, overrides: Overrides) -> None:
        """Change the severity of rules loaded so far, or switch them off."""
        for rule_id, change in overrides.items.items():
            rule = self.rules.get(rule_id)
            if rule is None:
                known = ", ".join(sorted(self.rules)) or "none"
                raise RuleError(
                    f"'overrides': unknown rule id '{rule_id}'; rules loaded before this file: {known}",
                    path=overrides.path,
                    line=overrides.line(rule_id),
                )
            update = change.model_dump(exclude_none=True)
            spec = type(rule.spec).model_validate({**rule.spec.model_dump(), **update})
            self.rules[rule_id] = dataclasses.replace(rule, spec=spec)
            self.digest.update(f"{overrides.path}\0{rule_id}\0{sorted(update.items())}".encode())

    def ruleset(self) -> RuleSet:
        knowledge, texts = load_knowledge_stack(self.lexicons)
        for t in texts:
            self.digest.update(t.encode())
        rules = sorted((r for r in self.rules.values() if r.spec.enabled), key=lambda r: r.id)
        if not rules and not self.allow_no_rules:
            raise RuleError(f"no rules to run: every rule is switched off; {NO_RULES_HINT}", path=self.last)
        notes = tuple(n for r in rules for n in r.notes)
        return RuleSet(rules=tuple(rules), knowledge=knowledge, fingerprint=self.digest.hexdigest()[:16], notes=notes)


def load_stack(
    folders: Sequence[Path] = (),
    *,
    config: Path | None = None,
    defaults: bool = True,
    allow_no_rules: bool = False,
    nlp: str | None = None,
) -> RuleSet:
    """The rule set of a stack: the shipped rules (unless ``defaults`` is
    false), the packs of the corpus ``config`` file and its overrides, then
    ``folders`` in order; later layers win. ``nlp`` (``--nlp``) names the spaCy
    pipeline to parse with, before the config file's ``nlp:``; the pipeline is
    loaded here, so a missing or unsuitable one is an error before any work."""
    stack = _Stack(allow_no_rules)
    if defaults:
        stack.add_folder(default_rules_dir())
    config_nlp: tuple[str | None, str, int | None] = (None, "", None)
    if config is not None:
        corpus = read_config(config)
        stack.last = str(config)
        for pack in corpus.packs:
            stack.add_folder(pack)
        if corpus.overrides is not None:
            stack.apply(corpus.overrides)
        config_nlp = (corpus.nlp, str(config), corpus.nlp_line)
    for folder in folders:
        stack.add_folder(folder)
    ruleset = stack.ruleset()
    chosen = nlp if nlp is not None else config_nlp[0]
    if chosen is None:
        return ruleset
    try:
        load_nlp(chosen)
    except UsageError as err:
        if nlp is None:  # written in the config file: point at it
            raise RuleError(f"'nlp': {err}", path=config_nlp[1], line=config_nlp[2]) from None
        raise
    return dataclasses.replace(ruleset, nlp=chosen)
