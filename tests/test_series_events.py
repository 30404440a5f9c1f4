"""One of several events of a kind ("another earthquake", "a second fire") is
not the event told plainly: its dates, figures and places are not compared
with that one's. Generic sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import findings_of_two

QUAKE = "A 6.1-magnitude earthquake struck Northvale island on Sunday."
FIRE = "The fire killed three people in Northvale on Sunday."


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        (QUAKE, "Another 5.2-magnitude earthquake struck Northvale island on Sunday.", "FC003"),
        (FIRE, "A second fire killed five people in Northvale on Sunday.", "FC003"),
        (QUAKE, "A second earthquake struck Northvale island on Monday.", "FC002"),
        (
            "The fire broke out at the Acme warehouse in Northvale on Sunday.",
            "A second fire broke out at the Acme warehouse in Westshire on Sunday.",
            "FC007",
        ),
    ],
)
def test_one_of_several_events_is_not_the_one_told_plainly(ruleset, tmp_path, a, b, rule):
    assert findings_of_two(ruleset, tmp_path, a, b, rule) == []


def test_a_second_and_a_third_are_two_of_the_series(ruleset, tmp_path):
    # (their positions in the series are compared as ordinals, not their tolls)
    found = findings_of_two(
        ruleset,
        tmp_path,
        "A second fire killed three people in Northvale on Sunday.",
        "A third fire killed five people in Northvale on Sunday.",
        "FC003",
    )
    assert not [f for f in found if "number of" in f.message]


@pytest.mark.parametrize(
    ("a", "b", "rule"),
    [
        # told the same way on both sides: one event, one figure
        (FIRE, "The fire killed five people in Northvale on Sunday.", "FC003"),
        (
            "A second fire killed three people in Northvale on Sunday.",
            "A second fire killed five people in Northvale on Sunday.",
            "FC003",
        ),
        (QUAKE, "A 5.2-magnitude earthquake struck Northvale island on Sunday.", "FC003"),
        # a word of a series that tells no other event of the clause's kind
        (
            "The earthquake killed 10 people in Northvale on Sunday, a day after another tremor shook Westshire.",
            "The earthquake killed 25 people in Northvale on Sunday.",
            "FC003",
        ),
        (
            "The fire killed three people and injured another 20 in Northvale on Sunday.",
            "The fire killed five people and injured 20 in Northvale on Sunday.",
            "FC003",
        ),
        (
            "The fire killed three people in Northvale on Sunday, the third deadly blaze in the city this year.",
            "The fire killed five people in Northvale on Sunday.",
            "FC003",
        ),
        (
            "Police arrested Tom Reyes in Northvale on May 2 on a charge of second-degree murder.",
            "Police arrested Tom Reyes in Northvale on April 25 on a charge of murder.",
            "FC002",
        ),
        (
            "A fire on Second Avenue in Northvale killed three people on Sunday.",
            "A fire in Northvale killed five people on Sunday.",
            "FC003",
        ),
        (
            "Police arrested three men in Northvale on May fifth.",
            "Police arrested five men in Northvale on May 5.",
            "FC003",
        ),
        # "another" may be any of the series (a magnitude told with either is never
        # compared: tests/test_event_magnitudes.py)
        (
            "Another fire killed three people in Northvale on Sunday.",
            "A second fire killed five people in Northvale on Sunday.",
            "FC003",
        ),
        (
            "Police arrested Tom Reyes in Northvale on May 2.",
            "Police arrested Tom Reyes in Northvale on April 25.",
            "FC002",
        ),
    ],
)
def test_one_event_told_alike_is_still_compared(ruleset, tmp_path, a, b, rule):
    (finding,) = findings_of_two(ruleset, tmp_path, a, b, rule)
    assert len({c.article for c in finding.claims}) == 2
