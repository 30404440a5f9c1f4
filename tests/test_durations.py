"""Lengths of time written in different units ("14 days" / "two weeks", "a
60-day stay" / "a three-month stay") are compared in days, each figure
standing for what rounds to it in its own unit."""

from __future__ import annotations

import pytest
from conftest import findings_of, findings_of_two

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
        # the length in the longer unit is a loose one
        (("10 days", "day"), ("two weeks", "week"), "compatible"),
        (("17 months", "month"), ("two years", "year"), "compatible"),
        (("11 days", "day"), ("1 week", "week"), "compatible"),
        (("110 days", "day"), ("three months", "month"), "compatible"),
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


def test_short_lengths_are_told_in_hours_or_minutes():
    why = compare_numbers(_n("45 minutes", "minute"), _n("two hours", "hour")).why
    assert "(44 minutes to 46 minutes)" in why and "(81 minutes to 2.8 hours)" in why and "days" not in why


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
        ("Ana Ruiz was given an 18-month prison sentence on Monday.",
         "Ana Ruiz was given a three-year prison sentence on Monday.", True),
        ("Ana Ruiz was given a 30-month prison sentence on Monday.",
         "Ana Ruiz was given a two-year prison sentence on Monday.", False),
        # a bare length may be any of the sentence's others: compared only in one unit
        ("Ana Ruiz was sentenced to 18 months in prison on Monday.",
         "Ana Ruiz was sentenced to three years in prison on Monday.", False),
        ("The Northvale dog, three years old, was lost for seven days.",
         "The Northvale dog, three years old, was lost for a week.", False),
        ("The Northvale clinic is open 12 hours a day.", "The Northvale clinic is open seven days a week.", False),
        # days of leave and business days are not calendar days
        ("Acme staff get 20 days of paid leave.", "Acme staff get four weeks of paid leave.", False),
        ("Acme granted Ana Ruiz a 20-day leave.", "Acme granted Ana Ruiz a four-week leave.", False),
        ("Acme granted Ana Ruiz a 10-day leave.", "Acme granted Ana Ruiz a four-week leave.", False),
        ("Acme will reply within five business days.", "Acme will reply within two weeks.", False),
        # a written number is more than its last word
        ("Acme agreed to a seventy-two-hour ceasefire in Northvale.",
         "Acme agreed to a three-day ceasefire in Northvale.", False),
        ("Acme agreed to a 48-hour ceasefire in Northvale.",
         "Acme agreed to a three-day ceasefire in Northvale.", True),
        ("Acme agreed to a seventy two-hour ceasefire in Northvale.",
         "Acme agreed to a three-day ceasefire in Northvale.", False),
        # a range, a bound, a hedge
        ("Acme patients get a three- to six-month treatment in Northvale.",
         "Acme patients get a 12-week treatment in Northvale.", False),
        ("Acme faces a maximum 12-month ban in Northvale.", "Acme faces a 30-day ban in Northvale.", False),
        ("Acme faces a roughly 90-day ban in Northvale.", "Acme faces a two-month ban in Northvale.", False),
        # when a service runs, a point in time, a plan
        ("Acme runs a 24-hour helpline in Northvale.", "Acme runs a seven-day helpline in Northvale.", False),
        ("Mayor Ana Ruiz marked the 100-day mark.", "Mayor Ana Ruiz marked the six-month mark.", False),
        ("Mayor Ana Ruiz unveiled her 100-day plan.", "Mayor Ana Ruiz unveiled her one-year plan.", False),
        ("Acme workers in Northvale staged a 24-hour strike.",
         "Acme workers in Northvale staged a two-day strike.", True),
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


def test_one_finding_groups_the_lengths_that_agree(ruleset, tmp_path):
    texts = [
        "The union held a 14-day strike at the Acme plant in Northvale.",
        "The union held a two-week strike at the Acme plant in Northvale.",
        "The union held a three-week strike at the Acme plant in Northvale.",
    ]
    (f,) = findings_of(ruleset, tmp_path, [(t, "2025-03-10") for t in texts], "FC003")
    sides: dict[str, set[str]] = {}
    for c in f.claims:
        sides.setdefault(c.side, set()).add(c.value)
    assert sorted(sides.values(), key=len) == [{"three-week"}, {"14-day", "two-week"}]
