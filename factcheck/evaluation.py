"""Score a report against a file of expected findings.

An expectations file is YAML with two lists::

    expected:            # findings the run should produce
      - rule: FC001
        articles: ["003", "004"]      # each must be among the finding's articles
        values: ["Friday", "March 28"]  # optional: each must be a claim's value
        confidence: possible          # optional: conflict | possible
        label: two calls, not one
    must_not:            # findings the run must not produce
      - rule: FC001                   # optional: any rule when omitted
        articles: ["003", "004"]      # optional
        values: ["Friday", "March 28"]  # optional: flagged when two of these are on opposite sides
        confidence: conflict          # optional: only findings of this confidence violate
        label: Friday (published Fri 2025-03-28) is March 28

An article is named by its id or by its tag, the part of the file name before
the first ``_`` (``003`` for ``003_9cefab7f5d0b9126``). A value matches a
claim's value as written when it is the same words or a whole-word part of it
(``Friday`` matches ``Friday morning``); case, quote marks and dashes are
ignored.

Each expected entry takes at most one finding and each finding serves at most
one entry. An expected entry with no finding is *missed*; a must-not entry that
some finding matches is *violated*; a finding no expected entry took is
*unexpected*. The run passes when nothing is missed or violated; unexpected
findings are listed for a person to look at (a new true finding, or a false
alarm to add to ``must_not``).

Everything here is pure: no file system, no printing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .knowledge.yamlfile import YamlProblem, describe, line_of, load_with_lines
from .model.errors import InputError
from .model.models import Claim, Finding
from .text.words import fold

RULE_ID = r"^[A-Z]{2}\d{3}$"


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    rule: str = Field(pattern=RULE_ID)
    articles: list[str] = Field(min_length=1, description="articles the finding must involve")
    label: str = Field(min_length=1)
    values: list[str] = Field(
        default_factory=list, description="values as written that the finding's claims must include"
    )
    confidence: Literal["conflict", "possible"] | None = None


class MustNot(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(min_length=1)
    rule: str | None = Field(None, pattern=RULE_ID)
    articles: list[str] = Field(default_factory=list)
    values: list[str] = Field(
        default_factory=list, description="none, or at least two: flagged when two are on opposite sides"
    )
    confidence: Literal["conflict", "possible"] | None = Field(
        None, description="only findings of this confidence violate"
    )


class Expectations(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    expected: list[Expected] = Field(default_factory=list)
    must_not: list[MustNot] = Field(default_factory=list)


Status = Literal["found", "missed", "clear", "violated"]


@dataclass(frozen=True)
class Outcome:
    """What happened to one entry of the expectations file."""

    kind: Literal["expected", "must_not"]
    index: int  # position in its list, from 0
    label: str
    rule: str | None
    articles: tuple[str, ...]
    status: Status
    findings: tuple[str, ...] = ()  # ids of the findings that found (or violated) it

    @property
    def ok(self) -> bool:
        return self.status in ("found", "clear")


@dataclass(frozen=True)
class EvalResult:
    outcomes: tuple[Outcome, ...]
    unexpected: tuple[Finding, ...]
    violations: dict[str, tuple[str, ...]] = field(default_factory=dict)  # finding id -> labels it violates

    @property
    def found(self) -> int:
        return sum(o.status == "found" for o in self.outcomes)

    @property
    def missed(self) -> int:
        return sum(o.status == "missed" for o in self.outcomes)

    @property
    def violated(self) -> int:
        return sum(o.status == "violated" for o in self.outcomes)

    @property
    def expected(self) -> int:
        return sum(o.kind == "expected" for o in self.outcomes)

    @property
    def must_not(self) -> int:
        return sum(o.kind == "must_not" for o in self.outcomes)

    @property
    def ok(self) -> bool:
        return self.missed == 0 and self.violated == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "summary": {
                "expected": self.expected,
                "found": self.found,
                "missed": self.missed,
                "must_not": self.must_not,
                "violated": self.violated,
                "unexpected": len(self.unexpected),
            },
            "outcomes": [
                {
                    "kind": o.kind,
                    "index": o.index,
                    "status": o.status,
                    "rule": o.rule,
                    "articles": list(o.articles),
                    "label": o.label,
                    "findings": list(o.findings),
                }
                for o in self.outcomes
            ],
            "unexpected": [
                {
                    "id": f.id,
                    "rule": f.rule,
                    "articles": sorted({c.article for c in f.claims}),
                    "confidence": f.confidence,
                    "message": f.message,
                    "violates": list(self.violations.get(f.id, ())),
                }
                for f in self.unexpected
            ],
        }


# --------------------------------------------------------------------------- matching


def _norm(text: str) -> str:
    t = fold(text).casefold().replace('"', " ").replace("'", " ")
    return " ".join(t.split())


def value_matches(want: str, got: str | None) -> bool:
    """Whether a value named in the expectations file matches a claim's value
    as written: the same words, or a whole-word part of it."""
    if got is None:
        return False
    w, g = _norm(want), _norm(got)
    if not w:
        return False
    return w == g or re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", g) is not None


def article_matches(ref: str, article_id: str) -> bool:
    """An article named by its id, its file name or its tag (before the first '_')."""
    name = article_id.rsplit("/", 1)[-1]
    return ref in (article_id, name, name.split("_", 1)[0])


def _involves(refs: Sequence[str], claims: Sequence[Claim]) -> bool:
    arts = {c.article for c in claims}
    return all(any(article_matches(r, a) for a in arts) for r in refs)


def matches_expected(e: Expected, f: Finding) -> bool:
    if f.rule != e.rule:
        return False
    if e.confidence is not None and f.confidence != e.confidence:
        return False
    if not _involves(e.articles, f.claims):
        return False
    return all(any(value_matches(v, c.value) for c in f.claims) for v in e.values)


def violates(m: MustNot, f: Finding) -> bool:
    if m.rule is not None and f.rule != m.rule:
        return False
    if m.confidence is not None and f.confidence != m.confidence:
        return False
    if m.articles and not _involves(m.articles, f.claims):
        return False
    if not m.values:
        return True
    for c1 in f.claims:
        for c2 in f.claims:
            if c1.side == c2.side:
                continue
            for i, v1 in enumerate(m.values):
                if not value_matches(v1, c1.value):
                    continue
                if any(j != i and value_matches(v2, c2.value) for j, v2 in enumerate(m.values)):
                    return True
    return False


def score(findings: Sequence[Finding], spec: Expectations) -> EvalResult:
    """Match a run's findings against the expectations."""
    taken: set[str] = set()
    outcomes: list[Outcome] = []
    for i, e in enumerate(spec.expected):
        hit = next((f for f in findings if f.id not in taken and matches_expected(e, f)), None)
        if hit is not None:
            taken.add(hit.id)
        outcomes.append(
            Outcome(
                "expected",
                i,
                e.label,
                e.rule,
                tuple(e.articles),
                "found" if hit else "missed",
                (hit.id,) if hit else (),
            )
        )
    violations: dict[str, list[str]] = {}
    for i, m in enumerate(spec.must_not):
        bad = tuple(f.id for f in findings if violates(m, f))
        for fid in bad:
            violations.setdefault(fid, []).append(m.label)
        outcomes.append(Outcome("must_not", i, m.label, m.rule, tuple(m.articles), "violated" if bad else "clear", bad))
    unexpected = tuple(f for f in findings if f.id not in taken)
    return EvalResult(tuple(outcomes), unexpected, {k: tuple(v) for k, v in violations.items()})


# --------------------------------------------------------------------------- loading


def parse_expectations(text: str, where: str = "<expectations>") -> Expectations:
    """Validate the text of an expectations file; errors name the file and line."""

    try:
        data, root = load_with_lines(text)  # no aliases, no deep nesting, no control characters
    except YamlProblem as exc:
        raise InputError(exc.problem, path=where, line=exc.line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError("an expectations file is a mapping with 'expected' and 'must_not' lists", path=where, line=1)
    try:
        spec = Expectations.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise InputError(describe(err), path=where, line=line_of(root, tuple(err["loc"]))) from None
    for i, m in enumerate(spec.must_not):
        if len(m.values) == 1:
            raise InputError(
                f"'must_not.{i}.values': give none, or two or more values that must not be on opposite sides",
                path=where,
                line=line_of(root, ("must_not", i, "values")),
            )
    return spec


def load_expectations(path: str | Path) -> Expectations:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", path=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror})", path=str(path)) from None
    return parse_expectations(text, str(path))
