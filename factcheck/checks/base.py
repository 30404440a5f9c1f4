"""What a check is: the typed protocol every check module follows, the view of a
rule a check needs, and the finding constructor with its stable id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from pydantic import BaseModel

from ..engine.corpus import Corpus, fingerprint
from ..model.models import Claim, Finding, Kind, Severity

# Severity ranks, most severe first, and one step lower for a possible conflict.
SEVERITY_RANK: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
LOWER: dict[str, str] = {"error": "warning", "warning": "info", "info": "info"}


class RuleSpecView(Protocol):
    """The fields of a rule's specification a check reads."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def severity(self) -> Severity: ...

    @property
    def message(self) -> str: ...

    @property
    def settle(self) -> str: ...


class RuleView(Protocol):
    """A rule as a check sees it: its specification and its validated options
    (an instance of the check's own ``Options`` model)."""

    @property
    def id(self) -> str: ...

    @property
    def spec(self) -> RuleSpecView: ...

    @property
    def options(self) -> BaseModel: ...


class Check(Protocol):
    """One check type (a module): ``Options`` validates a rule's ``options:``,
    ``FINDING_KIND`` is the category of its findings, ``check`` yields them."""

    @property
    def Options(self) -> type[BaseModel]: ...  # noqa: N802 - the module attribute is a class

    @property
    def FINDING_KIND(self) -> str: ...  # noqa: N802 - a module constant

    def check(self, rule: RuleView, corpus: Corpus) -> Iterator[Finding]: ...


def make_finding(
    rule: RuleView, *, kind: Kind, message: str, claims: list[Claim], severity: Severity | None = None, **extra: Any
) -> Finding:
    claims = sorted(claims, key=lambda c: (c.side, c.article, c.line, c.value or ""))
    return Finding(
        id=fingerprint(rule.id, claims),
        rule=rule.id,
        name=rule.spec.name,
        kind=kind,
        severity=severity or rule.spec.severity,
        message=message,
        claims=tuple(claims),
        settle=extra.pop("settle", None) or rule.spec.settle,
        **extra,
    )
