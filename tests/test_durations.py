"""Lengths of time written in different units ("14 days" / "two weeks", "a
60-day stay" / "a three-month stay") are compared in days, each figure
standing for what rounds to it in its own unit."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from conftest import findings_of_two, write_article

from factcheck import run
from factcheck.engine.compare import compare_durations, compare_numbers, number_from, unit_relation

_WORDS = {"a": "1", "two": "2", "three": "3"}


def _n(text: str, unit: str, hedge: str | None = None):
    first = text.removeprefix(hedge or "").split()[0].split("-")[0]
    value = _WORDS.get(first, first)
    n = number_from(f"{value} {unit}", unit, hedge=hedge, text=text)
    assert n is not None
    return n


@pytest.mark.parametrize(
    ("a", "b", "status"),
    [
        (("14 days", "day"), ("two weeks", "week"), "compatible"),
        (("14 days", "day"), ("three weeks", "week"), "differ"),
        (("90-day", "day"), ("three-month", "month"), "compatible"),
        (("60-day", "day"), ("three-month", "month"), "differ"),
        (("30 months", "month"), ("two years", "year"), "compatible"),
        (("18 months", "month"), ("three years", "year"), "differ"),
        (("36 hours", "hour"), ("a day", "day"), "compatible"),
        (("two weeks", "week"), ("two days", "day"), "differ"),
    ],
)
def test_durations_in_days(a, b, status):
    na, nb = _n(*a), _n(*b)
    assert unit_relation(na.unit, nb.unit) == "duration"
    assert compare_numbers(na, nb).relation == status
    assert compare_durations(nb, na).relation == status


def test_a_hedged_duration_admits_more():
    assert compare_numbers(_n("more than 60 days", "day", "more than"), _n("three months", "month")).relation == (
        "compatible"
    )
    v = compare_numbers(_n("less than 60 days", "day", "less than"), _n("three months", "month"))
    assert v.relation == "differ" and "at most" in v.why


def test_other_units_are_still_not_comparable():
    assert unit_relation("day", "person") == "none"
    assert unit_relation("year", "USD") == "none"


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("Ana Ruiz began a 60-day stay at the Northvale clinic on Monday.",
         "Ana Ruiz began a three-month stay at the Northvale clinic on Monday.", True),
        ("Ana Ruiz began a 90-day stay at the Northvale clinic on Monday.",
         "Ana Ruiz began a three-month stay at the Northvale clinic on Monday.", False),
        ("Ana Ruiz was sentenced to 18 months in prison on Monday.",
         "Ana Ruiz was sentenced to three years in prison on Monday.", True),
        ("Ana Ruiz was sentenced to 30 months in prison on Monday.",
         "Ana Ruiz was sentenced to two years in prison on Monday.", False),
        ("Ana Ruiz was sentenced to 30 months in prison and 36 months of probation on Monday.",
         "Ana Ruiz was sentenced to 30 months in prison and three years of probation on Monday.", False),
    ],
)  # fmt: skip
def test_durations_across_articles(ruleset, tmp_path, a, b, conflict):
    found = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert len(found) == int(conflict)
    if conflict:
        assert found[0].label == "contradiction"
        assert "days" in found[0].conclusion and "cannot both hold" in found[0].conclusion


def test_one_finding_groups_the_lengths_that_agree(ruleset):
    texts = [
        "The Acme strike in Northvale lasted 14 days, the union said.",
        "The Acme strike in Northvale lasted two weeks, the union said.",
        "The Acme strike in Northvale lasted three weeks, the union said.",
    ]
    with tempfile.TemporaryDirectory() as d:
        for name, text in zip("abc", texts):
            write_article(Path(d), name, text + "\n", "2025-03-10")
        report, errors = run(Path(d), ruleset=ruleset)
    assert errors == []
    (f,) = [f for f in report.findings if f.rule == "FC003"]
    sides: dict[str, set[str]] = {}
    for c in f.claims:
        sides.setdefault(c.side, set()).add(c.value)
    assert sorted(sides.values(), key=len) == [{"three weeks"}, {"14 days", "two weeks"}], json.dumps(
        {k: sorted(v) for k, v in sides.items()}
    )
