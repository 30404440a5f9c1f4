"""Times of day: "at 9:27 a.m." against "at 11:45 a.m." on one day is a
conflict; rounding, hedges ("about", "shortly before"), time zones, times on
no day named, two acts ("began" / "ended") and events of a series ("the
first quake") are not; "11:58 p.m." and "12:01 a.m." the next day are one
night, "9 p.m." and "4 a.m." are not."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import findings_of

from factcheck.engine.claims import clock_of
from factcheck.engine.compare import Clock, compare_clocks
from factcheck.model.models import Span, TimeMention


def _clock(sentence: str, expression: str) -> Clock | None:
    start = sentence.index(expression)
    t = TimeMention(
        article="t",
        span=Span(start=start, end=start + len(expression)),
        text=expression,
        type="TIME",
        value=None,
        granularity="time",
        start=date(2024, 3, 10),
        end=date(2024, 3, 10),
    )
    return clock_of(sentence, t)


@pytest.mark.parametrize(
    ("sentence", "expression", "low", "high", "zone"),
    [
        ("The quake struck at 9:27 a.m. on Sunday.", "9:27 a.m.", "09:22", "09:32", None),  # to the minute: 5 min
        ("The fire broke out at 8.49pm on Friday.", "8.49pm", "20:44", "20:54", None),
        ("Police arrived at 4:30 p.m.", "4:30 p.m.", "16:15", "16:45", None),  # on the half hour: 15 min
        ("Police arrived at 4 p.m.", "4 p.m.", "15:30", "16:30", None),  # on the hour: often rounded
        ("Crews were called just after 6am.", "6am", "06:00", "06:30", None),
        ("The bomb went off shortly before 9pm.", "9pm", "20:30", "21:00", None),
        ("The quake struck at about 9:30 a.m.", "9:30 a.m.", "09:00", "10:00", None),
        ("The fire started at 20:49 GMT on Friday.", "20:49 GMT", "20:44", "20:54", "UTC"),
        ("The quake began shortly after 2:09 am PST.", "2:09 am", "02:09", "02:39", "PST"),
        ("The vote closed at noon.", "noon", "11:30", "12:30", None),
        # a range: from its first time to its second
        ("The quake struck between 9-10 a.m. on Sunday.", "10 a.m. on Sunday", "09:00", "10:00", None),
        ("Ana Ruiz died between 9 and 10 p.m. on Saturday.", "10 p.m. on Saturday", "21:00", "22:00", None),
        ("Ana Ruiz died between noon and 2 p.m. on Sunday.", "2 p.m. on Sunday", "12:00", "14:00", None),
    ],
)
def test_a_time_of_day_as_written(sentence, expression, low, high, zone):
    c = _clock(sentence, expression)
    assert c is not None
    assert (f"{c.low // 60:02d}:{c.low % 60:02d}", f"{c.high // 60:02d}:{c.high % 60:02d}", c.zone) == (
        low,
        high,
        zone,
    )


def test_no_time_of_day_in_a_day_or_a_figure():
    assert _clock("The quake struck on Sunday.", "Sunday") is None
    assert _clock("The vote was 52-35 on Sunday.", "Sunday") is None


def test_times_of_day_compared():
    at_927 = Clock(9 * 60 + 22, 9 * 60 + 32, None, "9:27 a.m.")
    about_930 = Clock(9 * 60, 10 * 60, None, "about 9:30 a.m.")
    at_1127 = Clock(11 * 60 + 22, 11 * 60 + 32, None, "11:27 a.m.")
    gmt = Clock(9 * 60 + 22, 9 * 60 + 32, "UTC", "9:27 GMT")
    assert compare_clocks(at_927, about_930).relation == "compatible"
    assert compare_clocks(at_927, at_1127).relation == "differ"
    assert compare_clocks(at_927, at_927).relation == "same"
    # a zone on one side only, or two zones: not compared
    assert compare_clocks(gmt, Clock(11 * 60, 11 * 60 + 10, None, "11:05")).relation == "unknown"


def _dates(ruleset, folder, a: str, b: str, published: str = "2024-03-11") -> list:
    return findings_of(ruleset, folder, [(a, published), (b, published)], "FC002")


def test_a_death_told_at_two_times_of_one_day_conflicts(ruleset, tmp_path):
    (found,) = _dates(
        ruleset,
        tmp_path,
        "Ana Ruiz died at 9:27 a.m. on Sunday, her family said.",
        "Ana Ruiz died at 11:45 a.m. on Sunday at her home in Northvale.",
    )
    assert found.label == "contradiction"
    assert sorted((c.value, c.normalized) for c in found.claims) == [
        ("11:45 a.m. on Sunday", "2024-03-10T11:45"),
        ("9:27 a.m. on Sunday", "2024-03-10T09:27"),
    ]


def test_times_on_no_day_named_date_nothing(ruleset, tmp_path):
    """A time of day on no day the clause names rests on a guessed day: it is no claim."""
    assert (
        _dates(
            ruleset,
            tmp_path,
            "Ana Ruiz died at 9:27 a.m., her family said.",
            "Ana Ruiz died at 11:45 a.m. at her home in Northvale.",
        )
        == []
    )


def test_a_time_told_just_before_is_a_time_not_a_bound(ruleset, tmp_path):
    (found,) = _dates(
        ruleset,
        tmp_path,
        "Ana Ruiz died shortly before 9 p.m. on Friday, her family said.",
        "Ana Ruiz died at 11:45 p.m. on Friday at her home in Northvale.",
    )
    assert sorted(c.value for c in found.claims) == ["11:45 p.m. on Friday", "9 p.m. on Friday"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # rounded, hedged or told to the minute: one time
        ("Ana Ruiz died at 9:27 a.m. on Sunday, her family said.", "Ana Ruiz died at about 9:30 a.m. on Sunday."),
        ("Ana Ruiz died at 9:27 a.m. on Sunday, her family said.", "Ana Ruiz died shortly after 9 a.m. on Sunday."),
        # a zone on one side only: the times are not compared, the day agrees
        ("Ana Ruiz died at 20:49 GMT on Sunday, her family said.", "Ana Ruiz died at 8.49pm on Sunday."),
        # one night, told on either side of midnight
        ("Ana Ruiz died at 11:58 p.m. on Saturday, her family said.", "Ana Ruiz died at 12:01 a.m. on Sunday."),
        # one of several quakes of the day: its time is not the story's one time
        (
            "The first quake struck Northvale at 4:43 a.m. on Sunday.",
            "The quake struck Northvale at 7:48 a.m. on Sunday.",
        ),
        (
            "An aftershock struck Northvale at 4:43 a.m. on Sunday.",
            "The quake struck Northvale at 7:48 a.m. on Sunday.",
        ),
    ],
)
def test_times_that_can_be_one_or_belong_to_other_events_do_not_conflict(ruleset, tmp_path, a, b):
    assert _dates(ruleset, tmp_path, a, b) == []


def test_two_times_of_a_night_far_apart_conflict(ruleset, tmp_path):
    (found,) = _dates(
        ruleset,
        tmp_path,
        "Ana Ruiz died at 9 p.m. on Saturday, her family said.",
        "Ana Ruiz died at 4 a.m. on Sunday at her home in Northvale.",
    )
    assert sorted(c.value for c in found.claims) == ["4 a.m. on Sunday", "9 p.m. on Saturday"]


def test_a_day_and_a_clock_time_of_the_small_hours_next_day_are_one_night(ruleset, tmp_path):
    assert (
        _dates(
            ruleset,
            tmp_path,
            "A fire broke out at the Acme plant in Northvale on Sunday.",
            "A fire broke out at the Acme plant in Northvale at 1 a.m. Monday.",
        )
        == []
    )


def test_a_day_said_on_is_not_the_day_of_what_was_said(ruleset, tmp_path):
    """ "Officials said Monday the earthquake killed 30 people": Monday is when
    it was said, not when the quake struck (the parse hangs the day on the
    clause said)."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("The earthquake killed 30 people in Northvale on Sunday.", "2005-12-19"),
            ("Officials said Monday the earthquake killed 40 people in Northvale.", "2005-12-20"),
        ],
        "FC002",
    )
    assert found == []


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("A fire broke out at midnight on Sunday.", "midnight on Sunday"),  # the end of one day, the start of the next
        ("The quake struck at 10 or 11 a.m. on Sunday.", "11 a.m. on Sunday"),  # an alternative
        ("The quake struck at 9:00-10:00 a.m. on Sunday.", "9:00-10:00 a.m. on Sunday"),
        ("Voters lined up as early as 5 a.m. on Sunday.", "5 a.m. on Sunday"),  # a bound
        ("The polls stayed open until 9 p.m. on Sunday.", "9 p.m. on Sunday"),
        ("The results are due by 10 p.m. on Sunday.", "10 p.m. on Sunday"),
        ("The quake struck at 9 a.m. Sunday (1400 GMT).", "9 a.m. Sunday"),  # a time in two zones
        ("The quake struck at 1400 GMT (9 a.m. local time).", "9 a.m. local time"),
    ],
)
def test_no_one_time_of_day(sentence, expression):
    assert _clock(sentence, expression) is None


def test_a_hedge_after_a_time_widens_it():
    c = _clock("Ana Ruiz died at 9:30 a.m. or so on Sunday.", "9:30 a.m.")
    assert c is not None and (c.low, c.high) == (9 * 60, 10 * 60)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("A fire broke out at the Acme plant at midnight on Sunday.", "A fire broke out at the Acme plant at 11:50 p.m. on Sunday."),
        ("The quake struck Northvale between 9-10 a.m. on Sunday.", "The quake struck Northvale at 9:05 a.m. on Sunday."),
        ("The quake struck Northvale at 1400 GMT (9 a.m. local time) on Sunday.", "The quake struck Northvale at 14:00 GMT on Sunday."),
        ("The quake struck Northvale at 9 a.m. Sunday (1400 GMT).", "The quake struck Northvale at 2 p.m. Sunday."),
        # what may happen more than once a day: the day only
        ("Mayor Ana Ruiz spoke to reporters in Northvale at 10 a.m. Monday.", "Mayor Ana Ruiz spoke to reporters in Northvale at 4 p.m. Monday."),
        ("Acme shares fell 6 percent to $20 at 10:15 a.m. on Monday.", "Acme shares fell 6 percent to $20 at 3:40 p.m. on Monday."),
        ("The quake struck Northvale at 9:27 a.m. Sunday.", "A strong quake struck Northvale again at 11:45 a.m. Sunday."),
        # a bound before "shortly after" stays a bound
        ("Rescuers searched the Acme mine until shortly after 6am on Monday.", "Rescuers searched the Acme mine at 11 p.m. on Sunday."),
        ("Ana Ruiz died as early as 5 a.m. on Sunday, police said.", "Ana Ruiz died at 7:30 a.m. on Sunday."),
        ("Ana Ruiz died at 9:30 a.m. or so on Sunday, police said.", "Ana Ruiz died at 9:55 a.m. on Sunday."),
    ],
)  # fmt: skip
def test_times_found_no_conflict_in_review(ruleset, tmp_path, a, b):
    assert _dates(ruleset, tmp_path, a, b) == []


def test_figures_of_consecutive_weekdays_are_two_days(ruleset, tmp_path):
    """ "120 new cases on Monday" / "95 new cases on Tuesday": two days' figures,
    whatever the publication date."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("Northvale reported 120 new cases on Monday.", "2024-03-13"),
            ("Northvale reported 95 new cases on Tuesday.", "2024-03-13"),
        ],
        "FC003",
    )
    assert found == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a noun before the day is no verb of saying: the days conflict
        ("Floods hit the state on Monday, officials said.", "Floods hit the state on Wednesday."),
        ("Acme released its annual report on Monday.", "Acme released its annual report on Wednesday."),
    ],
)
def test_a_day_after_a_noun_is_still_the_day_of_the_clause(ruleset, tmp_path, a, b):
    (found,) = _dates(ruleset, tmp_path, a, b, published="2024-03-14")
    assert sorted(c.value for c in found.claims) == ["Monday", "Wednesday"]


def test_a_toll_said_on_the_next_day_is_still_compared(ruleset, tmp_path):
    """ "Officials said Monday the earthquake killed 40": Monday is not when the
    quake killed, so the two tolls are one event's and conflict."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("The earthquake killed 30 people in Northvale on Sunday.", "2005-12-19"),
            ("Officials said Monday the earthquake killed 40 people in Northvale.", "2005-12-20"),
        ],
        "FC003",
    )
    assert [sorted(c.value for c in f.claims) for f in found] == [["30 people", "40 people"]]


def _found(ruleset, folder, a: str, b: str, rule: str, published: str) -> list:
    return [
        sorted(c.value for c in f.claims)
        for f in findings_of(ruleset, folder, [(a, published), (b, published)], rule)
        if f.label == "contradiction"
    ]


@pytest.mark.parametrize(
    ("rule", "a", "b", "published"),
    [
        # a day said on, in the present tense too
        (
            "FC002",
            "Ana Ruiz died on Sunday at her home in Northvale.",
            "Police say Monday Ana Ruiz died in Northvale.",
            "2024-03-12",
        ),
        # a killing and the death it caused may be hours apart
        (
            "FC002",
            "Ana Ruiz was killed in a car crash at 9:10 p.m. on Sunday near Northvale.",
            "Ana Ruiz died at 11:45 p.m. on Sunday at a hospital in Northvale.",
            "2024-03-11",
        ),
        # what was said on two days is of two days
        (
            "FC003",
            "Health officials said Monday 120 new cases were recorded in Northvale.",
            "Health officials said Thursday 95 new cases were recorded in Northvale.",
            "2024-03-15",
        ),
        (
            "FC003",
            "Police said Monday a bus crash killed 12 people in Northvale.",
            "A bus crash killed 5 people in Northvale on Thursday.",
            "2024-03-15",
        ),
        # a word of a series elsewhere in the sentence leaves the time of the night
        (
            "FC002",
            "A fire broke out at the Acme plant in Northvale at 1 a.m. Monday and was put out later in the day.",
            "A fire broke out at the Acme plant in Northvale on Sunday.",
            "2024-03-12",
        ),
        (
            "FC002",
            "Ana Ruiz died at 12:05 a.m. on Sunday, a day after her first grandchild was born.",
            "Ana Ruiz died late on Saturday at her home in Northvale.",
            "2024-03-11",
        ),
        # a range holds the other time
        (
            "FC002",
            "Ana Ruiz died between 9 and 10 p.m. on Saturday, police said.",
            "Ana Ruiz died at 9:40 p.m. on Saturday.",
            "2024-03-11",
        ),
    ],
)
def test_third_review_no_conflict(ruleset, tmp_path, rule, a, b, published):
    assert _found(ruleset, tmp_path, a, b, rule, published) == []


@pytest.mark.parametrize(
    ("rule", "a", "b", "published", "values"),
    [
        (
            "FC002",
            "Ana Ruiz passed away at 9:10 p.m. on Sunday in Northvale.",
            "Ana Ruiz died at 11:45 p.m. on Sunday at a hospital in Northvale.",
            "2024-03-11",
            ["11:45 p.m. on Sunday", "9:10 p.m. on Sunday"],
        ),
        (
            "FC002",
            "Ana Ruiz died between 9 and 10 p.m. on Saturday, police said.",
            "Ana Ruiz died at 4 p.m. on Saturday.",
            "2024-03-11",
            ["10 p.m. on Saturday", "4 p.m. on Saturday"],
        ),
        # one night: the tolls are one explosion's
        (
            "FC003",
            "An explosion at the Acme plant in Northvale killed 3 workers at 11:30 p.m. on Sunday.",
            "An explosion at the Acme plant in Northvale killed 5 workers on Monday.",
            "2024-03-12",
            ["3 workers", "5 workers"],
        ),
        (
            "FC003",
            "The earthquake killed 30 people in Northvale on Sunday.",
            "Officials say Monday the earthquake killed 40 people in Northvale.",
            "2024-03-11",
            ["30 people", "40 people"],
        ),
    ],
)
def test_third_review_conflicts(ruleset, tmp_path, rule, a, b, published, values):
    assert _found(ruleset, tmp_path, a, b, rule, published) == [values]
