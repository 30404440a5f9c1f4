"""Times of day: two sources that give one event different clock times on one day.

A clock time is compared within its day only: "5:30 p.m." and "3:30 p.m." of
one blast on one day differ; each stands for what rounds to it ("4 p.m." give
or take 30 minutes, "9:27 a.m." two) and a hedge ("about", "just before")
widens it. A bound ("by 5 p.m."), a range, a bare "2:15" (a round's clock)
and two different zones are not compared. A clock time written without its
day is on the day its clause gives the same word ("died at 12:45 p.m. at his
home on Thursday"), else on the publication day.
"""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of, write_article

from factcheck import run
from factcheck.engine.compare import Clock, clock_of, compare_clocks


@pytest.mark.parametrize(
    ("text", "before", "minute", "slack", "zone"),
    [
        ("5:30 p.m.", "", 17 * 60 + 30, 15, ""),
        ("3 p. m.", "", 15 * 60, 30, ""),
        ("8.49pm on Friday", "", 20 * 60 + 49, 2, ""),
        ("12:45 a.m.", "", 45, 15, ""),
        ("12 noon", "", 12 * 60, 15, ""),
        ("midnight", "", 0, 15, ""),
        ("20:49 GMT on Friday", "", 20 * 60 + 49, 2, "utc"),
        ("9:27 a.m.", "struck at about ", 9 * 60 + 27, 32, ""),
        ("5:30 p.m.", "exploded just before ", 17 * 60 + 30, 45, ""),
        ("2:09 am PST", "began shortly after ", 2 * 60 + 9, 32, "pst"),
        ("10:05 a.m.", "", 10 * 60 + 5, 5, ""),
    ],
)
def test_clock_of_reads_the_time_its_rounding_hedge_and_zone(text, before, minute, slack, zone):
    c = clock_of(text, before)
    assert c is not None
    assert (c.minute, c.slack, c.zone) == (minute, slack, zone)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Friday", ""),  # no time of day
        ("2:15", "stopped the fight at the "),  # a round's clock, not a time of day
        ("5 p.m.", "bids are due by "),  # a bound
        ("9 p.m.", "the road is closed after "),
        ("noon", "open until "),
        ("4 a.m.", "between 2 and "),  # a range
        ("2 a.m. to 4 a.m.", ""),
        ("11 a.m.", "9-"),
        ("3 p.m.", "at 2 or "),
    ],
)
def test_clock_of_reads_no_point_in_time(text, before):
    assert clock_of(text, before) is None


def test_compare_clocks():
    assert compare_clocks(Clock(17 * 60 + 30, 15), Clock(15 * 60 + 30, 15)).conflict  # type: ignore[union-attr]
    v = compare_clocks(Clock(11 * 60 + 27, 2), Clock(9 * 60 + 30, 45))
    assert v is not None and v.conflict and "1 h 57 min apart" in v.why
    # a hedged time and an exact one a few minutes off agree
    v = compare_clocks(Clock(9 * 60 + 27, 2), Clock(9 * 60 + 30, 45))
    assert v is not None and v.agree
    # round the clock: 11:50 p.m. and 12:05 a.m. are 15 minutes apart
    v = compare_clocks(Clock(23 * 60 + 50, 10), Clock(5, 5))
    assert v is not None and v.agree
    # different zones, or a zone on one side only: not comparable
    assert compare_clocks(Clock(20 * 60 + 49, 2, "utc"), Clock(20 * 60 + 49, 2)) is None
    assert compare_clocks(Clock(2 * 60 + 9, 2, "pst"), Clock(4 * 60 + 9, 2, "utc")) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The bomb detonated around 5:30 p.m. outside the Northvale bank.", "The bomb detonated at 3:30 p.m. outside the Northvale bank."),
        ("The quake struck Northvale at 9:27 a.m. on Sunday.", "The quake struck Northvale at 11:27 a.m. on Sunday."),
        ("The fire at the Northvale mill started at 6 a.m. on Monday.", "The fire at the Northvale mill started at 9 a.m. on Monday."),
    ],
)  # fmt: skip
def test_two_times_of_one_event_on_one_day_conflict(ruleset, tmp_path, a, b):
    found = findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002")
    assert len(found) == 1
    assert "apart on one day" in (found[0].conclusion or "")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one time, written with and without a hedge, or rounded
        ("The bomb detonated around 5:30 p.m. outside the Northvale bank.", "The bomb detonated just before 5:30 p.m. outside the Northvale bank."),
        ("The quake struck Northvale at 9:27 a.m. on Sunday.", "The quake struck Northvale at about 9:30 a.m. on Sunday."),
        ("The fire at the Northvale mill started at 8 p.m. on Monday.", "The fire at the Northvale mill started at 8:10 p.m. on Monday."),
        # zones: 20:49 GMT may be 8.49pm local, or not
        ("The fire at the Northvale mill started at 20:49 GMT on Friday.", "The fire at the Northvale mill started at 10.49pm on Friday."),
        # a bound is no time of the event
        ("The Northvale council approved the plan by 5 p.m. on Monday.", "The Northvale council approved the plan at 3 p.m. on Monday."),
        # a round's clock is no time of day
        ("The referee stopped the Northvale fight at the 2:15 mark.", "The referee stopped the Northvale fight at 2:56."),
    ],
)  # fmt: skip
def test_one_time_written_two_ways_agrees(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002") == []


def test_times_on_different_days_are_compared_by_the_day(ruleset, tmp_path):
    """Two days differ whatever the times; a time on the day after a relative
    day (a story filed the next morning) is not compared by its clock."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("The quake struck Northvale at 9:27 a.m. on Sunday.", "2025-03-10"),
            ("The quake struck Northvale at 9:27 a.m. on Friday.", "2025-03-10"),
        ],
        "FC002",
    )
    assert len(found) == 1 and "no day in common" in (found[0].conclusion or "")


def test_times_without_a_publication_date_are_compared_on_a_named_day(ruleset, tmp_path):
    """Undated articles: two times of one blast on the Friday both name
    differ; a time with no day named (whatever day it was) is compared with
    nothing: two quakes of one story may strike at 4:43 a.m. and 7:48 a.m."""
    write_article(tmp_path, "a", "The bomb detonated around 5:30 p.m. outside the Northvale bank on Friday.\n")
    write_article(tmp_path, "b", "The bomb detonated at 3:30 p.m. outside the Northvale bank on Friday.\n")
    write_article(tmp_path, "c", "The bomb detonated at 1 p.m. outside the Northvale bank.\n")
    report, errors = run(tmp_path, ruleset=ruleset)
    assert errors == []
    found = [f for f in report.findings if f.rule == "FC002"]
    assert len(found) == 1
    assert {(c.article, c.value) for c in found[0].claims} == {("a", "5:30 p.m."), ("b", "3:30 p.m.")}
    assert "apart on one day" in (found[0].conclusion or "")


@pytest.mark.parametrize(
    ("sentence", "clock", "normalized"),
    [
        # the day of its clause (published Friday 2025-05-02)
        ("Tom Reyes died at 12:45 p.m. at his home in Northvale on Thursday.", "12:45 p.m.", "2025-05-01T12:45"),
        ("His family said on Monday that Tom Reyes died at 12:45 p.m. at his home on Saturday.", "12:45 p.m.", "2025-04-26T12:45"),
        # a day of another clause, of an event noun, of a name: the publication day, as before
        ("Tom Reyes, who was born on May 3, 1950, died at 4 a.m. at his home in Northvale.", "4 a.m.", "2025-05-02T04:00"),
        ("Police arrested Ana Ruiz at 6 a.m. in Northvale; she is due in court on Friday.", "6 a.m.", "2025-05-02T06:00"),
        ("Police arrested Ana Ruiz at 6 a.m., 48 hours after the Monday shooting.", "6 a.m.", "2025-05-02T06:00"),
        ("Tom Reyes, who turned 75 on Monday, died at 4 a.m. at his home.", "4 a.m.", "2025-05-02T04:00"),
        ("The curfew in Northvale, in force until Friday, starts at 10 p.m.", "10 p.m.", "2025-05-02T22:00"),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_day_its_clause_gives_it(sentence, clock, normalized):
    dates = [c for c in claims_of_text(sentence) if c.slot == "date" and c.value == clock]
    assert dates, [(c.slot, c.value) for c in claims_of_text(sentence)]
    assert {c.normalized for c in dates} == {normalized}


def test_a_clock_time_and_its_clause_day_are_one_claim():
    """ "At 12:45 p.m. ... on Thursday" is one date claim, Thursday at 12:45: the
    day alone beside it would group with any time of that day."""
    dates = [
        c
        for c in claims_of_text("Tom Reyes died at 12:45 p.m. at his home in Northvale on Thursday.")
        if c.slot == "date"
    ]
    assert [(c.value, c.normalized) for c in dates] == [("12:45 p.m.", "2025-05-01T12:45")]
    # a day of an event noun stays its own claim
    dates = [
        c
        for c in claims_of_text("Police arrested Ana Ruiz at 6 a.m., 48 hours after the Monday shooting.")
        if c.slot == "date"
    ]
    assert sorted(c.value for c in dates) == ["6 a.m.", "Monday"]
