"""Rules as data: rule spec, YAML loading, rule errors."""

from __future__ import annotations

from .ruleset import Rule, RuleSet, default_rules_dir, load_rule, load_rules

__all__ = ["Rule", "RuleSet", "default_rules_dir", "load_rule", "load_rules"]
