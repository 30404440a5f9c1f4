"""SARIF 2.1.0, for code scanning (GitHub, GitLab, IDE viewers).

One run; every rule listed once in ``tool.driver.rules`` with its
description; one result per finding, located on one side's sentence (the new
article's, when the caller says which articles are new) with a full region,
the other sides as ``relatedLocations``. ``partialFingerprints`` carries the
finding id, so code scanning tracks a finding across line shifts as the
baseline does.

Columns are counted in UTF-16 code units (SARIF's default ``columnKind``),
from ``Article.text`` of the extractions; without the article text a region
gives its lines only.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from ..model.models import Article, Claim, Extraction, Finding, Report, SkippedFile
from ..rules.ruleset import load_rules

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "factcheck/v1"


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def region(text: str | None, start: int, end: int, line: int | None = None) -> dict:
    """A SARIF region for ``text[start:end]``: 1-based lines, 1-based columns,
    ``endColumn`` one past the last character (all in UTF-16 code units)."""
    if text is None or not (0 <= start <= end <= len(text)):
        return {"startLine": max(1, line or 1)}
    start_line = text.count("\n", 0, start) + 1
    line_start = text.rfind("\n", 0, start) + 1
    last = max(start, end - 1)  # the last character of the region
    if end > start and text[last] == "\n":  # never end on the line break itself
        last = max(start, last - 1)
    end_line = text.count("\n", 0, last) + 1
    end_line_start = text.rfind("\n", 0, last) + 1
    stop = max(start, min(end, last + 1))
    return {
        "startLine": start_line,
        "startColumn": _utf16_len(text[line_start:start]) + 1,
        "endLine": end_line,
        "endColumn": _utf16_len(text[end_line_start:stop]) + 1,
    }


def artifact_uri(path: str) -> str:
    """A URI reference for an article path: relative paths stay relative
    (code scanning resolves them against the repository root)."""
    if PureWindowsPath(path).drive or path.startswith("/"):
        p = PureWindowsPath(path) if PureWindowsPath(path).drive else PurePosixPath(path)
        return p.as_uri()
    return quote(path.replace("\\", "/"), safe="/-._~")


def _rule_descriptors(report: Report, ruleset) -> list[dict]:
    rules: dict[str, dict] = {}
    if ruleset is not None:
        for r in ruleset.rules:
            s = r.spec
            help_text = s.description.strip()
            if s.settle:
                help_text += f"\n\nTo settle: {s.settle}"
            rules[s.id] = {
                "id": s.id,
                "name": s.name,
                "shortDescription": {"text": s.message.strip()},
                "fullDescription": {"text": s.description.strip()},
                "help": {"text": help_text},
                "defaultConfiguration": {"level": LEVEL[s.severity]},
                "properties": {"check": s.check, "tags": ["factcheck", s.check]},
            }
    for f in report.findings:  # rules the rule set does not know (another rules folder)
        rules.setdefault(
            f.rule,
            {
                "id": f.rule,
                "name": f.name,
                "shortDescription": {"text": f.name},
                "fullDescription": {"text": f.settle or f.name},
                "defaultConfiguration": {"level": LEVEL[f.severity]},
            },
        )
    return [rules[k] for k in sorted(rules)]


def _load_default_rules():
    try:
        return load_rules()
    except Exception:  # descriptions are a nicety; never fail the report for them
        return None


def _one_line(s: str) -> str:
    return " ".join(s.split())


def _plain(s: str) -> str:
    """Message text with literal brackets escaped (SARIF reserves
    ``[text](id)`` for links to related locations)."""
    return _one_line(s).replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _skipped_notification(s: SkippedFile) -> dict:
    physical: dict = {"artifactLocation": {"uri": artifact_uri(s.path)}}
    if s.line is not None:
        physical["region"] = {"startLine": s.line}
    return {
        "level": "warning",
        "message": {"text": f"{_one_line(s.path)}: not checked: {_one_line(s.reason)}"},
        "locations": [{"physicalLocation": physical}],
    }


def _primary(f: Finding, new: set[str]) -> Claim:
    return next((c for c in f.claims if c.article in new), f.claims[0])


def render_sarif(
    report: Report,
    *,
    extractions: Sequence[Extraction] = (),
    new_articles: Iterable[str] = (),
    ruleset=None,
    **_: object,
) -> str:
    """The report as a SARIF 2.1.0 log (a JSON string)."""
    if ruleset is None:
        ruleset = _load_default_rules()
    texts: dict[str, Article] = {e.article.id: e.article for e in extractions}
    paths = {a.id: a.path for a in report.articles}
    new = set(new_articles)
    rules = _rule_descriptors(report, ruleset)
    index = {r["id"]: i for i, r in enumerate(rules)}

    def location(c: Claim, loc_id: int | None = None, message: str | None = None) -> dict:
        art = texts.get(c.article)
        path = art.path if art is not None else paths.get(c.article, c.article)
        loc: dict = {
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(path)},
                "region": region(art.text if art is not None else None, c.span.start, c.span.end, c.line),
            }
        }
        if loc_id is not None:
            loc["id"] = loc_id
        if message:
            loc["message"] = {"text": message}
        return loc

    results = []
    for f in report.findings:
        primary = _primary(f, new)
        others = [c for c in f.claims if c is not primary]
        related = []
        for i, c in enumerate(others, start=1):
            value = f" ({c.value!s})" if c.value is not None else ""
            related.append(location(c, i, f"{c.article}:{c.line}{value}: {_one_line(c.text)}"))
        text = _plain(f.message)
        if others:
            text += (
                " Other side: "
                + "; ".join(f"[{_plain(c.article)}:{c.line}]({i})" for i, c in enumerate(others, start=1))
                + "."
            )
        result = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVEL[f.severity],
            "message": {"text": text},
            "locations": [location(primary)],
            "partialFingerprints": {FINGERPRINT_KEY: f.id},
            "properties": {
                "id": f.id,
                "category": f.category,
                "label": f.label,
                "confidence": f.confidence,
                **({"conclusion": f.conclusion} if f.conclusion else {}),
                **({"settle": f.settle} if f.settle else {}),
                **({"value": primary.value} if primary.value is not None else {}),
                **({"normalized": primary.normalized} if primary.normalized is not None else {}),
            },
        }
        if related:
            result["relatedLocations"] = related
        results.append(result)

    log: dict[str, Any] = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": report.version,
                        "semanticVersion": report.version,
                        "rules": rules,
                    }
                },
                "columnKind": "utf16CodeUnits",
                "results": results,
            }
        ],
    }
    if report.skipped:
        # every input file that was not checked, as SARIF tool notifications
        log["runs"][0]["invocations"] = [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [_skipped_notification(s) for s in report.skipped],
            }
        ]
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
