"""Running one rule over a handful of example articles, and what a case
asserts: the rule's findings with every claim as (article:line, value,
normalised value, side), their severity and label. Shared by the rule
fixtures (``tests/fixtures/rules``, ``packs/*/fixtures/rules``) and the
examples in the rules' own documentation."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from conftest import ROOT, write_article

from factcheck import Finding, RuleSet, run
from factcheck.rules.stack import load_stack

PACKS = ROOT / "packs"


@cache
def ruleset_for(folder: Path) -> RuleSet:
    """The shipped rules, plus the pack when ``folder`` is one."""
    return load_stack([folder]) if folder.parent == PACKS else load_stack()


def rule_folders() -> list[Path]:
    return [ROOT / "rules", *sorted(p for p in PACKS.iterdir() if p.is_dir())]


def run_case(rule_id: str, ruleset: RuleSet, articles: Iterable[Mapping[str, Any]], folder: Path) -> list[Finding]:
    arts = list(articles)
    for art in arts:
        meta = {"outlet": art["outlet"]} if art.get("outlet") else {}
        write_article(folder, art["id"], art["text"], str(art.get("published") or "") or None, **meta)
    report, errors = run(folder, ruleset=ruleset)
    assert errors == []
    found = [f for f in report.findings if f.rule == rule_id]
    # evidence first: every claim cites article, line and the verbatim sentence
    texts = {a["id"]: a["text"] for a in arts}
    for f in found:
        for c in f.claims:
            assert c.text.strip() and c.text in texts[c.article]
            assert c.line >= 1
    return found


def claim_keys(found: Iterable[Finding]) -> set[tuple[str, str | None, str | None, str]]:
    return {(f"{c.article}:{c.line}", c.value, c.normalized, c.side) for f in found for c in f.claims}


def expected_keys(claims: Iterable[Mapping[str, Any]]) -> set[tuple[str, str | None, str | None, str]]:
    def s(v: Any) -> str | None:
        return None if v is None else str(v)

    return {(c["at"], s(c["value"]), s(c["normalized"]), c["side"]) for c in claims}
