"""What a check is: the typed protocol every check module follows, the view of a
rule a check needs, and the finding constructor with its stable id."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from ..engine.corpus import Corpus, fingerprint
from ..model.models import Category, Claim, Finding, Label, Severity

OptionsT = TypeVar("OptionsT", bound=BaseModel)


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
    """A rule as a check sees it: its id and specification. Its validated
    options are handed to :meth:`Check.check` typed as the check's own model."""

    @property
    def id(self) -> str: ...

    @property
    def spec(self) -> RuleSpecView: ...


class Check(Protocol[OptionsT]):
    """One check type (a module): ``Options`` is the pydantic model that
    validates a rule's ``options:``, ``CATEGORY`` the category of its findings
    (shown by ``factcheck rules``), ``severities`` the severity each label of
    finding gets under a rule (the check picks its findings' severity from it,
    and ``factcheck rules`` shows it), and ``check`` yields the findings of one
    rule, given that rule's options as an ``Options`` instance."""

    @property
    def Options(self) -> type[OptionsT]: ...  # noqa: N802 - the module attribute is a class

    @property
    def CATEGORY(self) -> str: ...  # noqa: N802 - a module constant

    def severities(self, severity: Severity, options: OptionsT) -> dict[Label, Severity]: ...

    def check(self, rule: RuleView, options: OptionsT, corpus: Corpus) -> Iterator[Finding]: ...


def default_severities(severity: Severity) -> dict[Label, Severity]:
    """The rule's severity for a contradiction, ``info`` for anything less sure."""
    return {"contradiction": severity, "possible": Severity.info}


def make_finding(
    rule: RuleView,
    *,
    category: Category,
    message: str,
    claims: list[Claim],
    severity: Severity,
    label: Label = "contradiction",
    **extra: Any,
) -> Finding:
    claims = sorted(claims, key=lambda c: (c.side, c.article, c.line, c.value or ""))
    return Finding(
        id=fingerprint(rule.id, claims),
        rule=rule.id,
        name=rule.spec.name,
        category=category,
        severity=severity,
        label=label,
        confidence="conflict" if label == "contradiction" else "possible",
        message=message,
        claims=tuple(claims),
        settle=extra.pop("settle", None) or rule.spec.settle,
        **extra,
    )
