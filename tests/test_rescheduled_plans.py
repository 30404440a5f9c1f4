"""The day of a plan told in turn, more than a week apart, is a later update
(the plan may have changed), not a contradiction (factcheck.engine.grouping).
Invented sentences, run through the shipped pipeline."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of

VOTE = "The Northvale council vote on the Acme plant will be held on {day}."
TRIAL = "The trial of Tom Reyes is scheduled to begin on {day} in Northvale."
OPENING = "The new Westshire bridge is set to open on {day}, Eastmark officials said."


def _fc002(ruleset, folder, articles):
    folder.mkdir()
    return findings_of(ruleset, folder, articles, "FC002")


@pytest.mark.parametrize("plan", [VOTE, TRIAL, OPENING])
def test_each_side_reads_a_planned_day(plan):
    (c,) = [c for c in claims_of_text(plan.format(day="March 3"), published="2025-01-05") if c.slot == "date"]
    assert c.modality != "actual" and c.normalized == "2025-03-03"


@pytest.mark.parametrize("plan", [VOTE, TRIAL, OPENING])
def test_a_plan_told_weeks_later_with_another_day_is_a_later_update(ruleset, tmp_path, plan):
    (found,) = _fc002(
        ruleset,
        tmp_path / "later",
        [(plan.format(day="March 3"), "2025-01-05"), (plan.format(day="March 10"), "2025-02-20")],
    )
    assert (found.label, found.severity.value) == ("later update", "info")
    assert sorted(c.value for c in found.claims) == ["March 10", "March 3"]
    assert "the plan may have changed" in found.conclusion
    # moved earlier, too
    (found,) = _fc002(
        ruleset,
        tmp_path / "earlier",
        [(plan.format(day="March 10"), "2025-01-05"), (plan.format(day="March 3"), "2025-02-20")],
    )
    assert found.label == "later update"


@pytest.mark.parametrize("plan", [VOTE, TRIAL, OPENING])
def test_two_days_of_one_plan_told_within_a_week_are_a_contradiction(ruleset, tmp_path, plan):
    (found,) = _fc002(
        ruleset,
        tmp_path / "week",
        [(plan.format(day="March 3"), "2025-01-05"), (plan.format(day="March 10"), "2025-01-12")],
    )
    assert (found.label, found.severity.value) == ("contradiction", "warning")
    (found,) = _fc002(
        ruleset,
        tmp_path / "same-day",
        [(plan.format(day="March 3"), "2025-01-05"), (plan.format(day="March 10"), "2025-01-05")],
    )
    assert found.label == "contradiction"


def test_a_plan_told_back_and_forth_is_an_update_only_when_each_turn_is_weeks_apart(ruleset, tmp_path):
    first, second = VOTE.format(day="March 3"), VOTE.format(day="March 10")
    (found,) = _fc002(
        ruleset, tmp_path / "apart", [(first, "2025-01-05"), (second, "2025-01-20"), (first, "2025-02-05")]
    )
    assert found.label == "later update"
    # the third article tells the first day again three days after the second
    (found,) = _fc002(
        ruleset, tmp_path / "close", [(first, "2025-01-05"), (second, "2025-01-20"), (first, "2025-01-23")]
    )
    assert found.label == "contradiction"


def test_a_plan_against_what_happened_stays_possible(ruleset, tmp_path):
    """Only days told as plans on both sides are an update; a plan against the
    day it happened is a possible conflict, however far apart (as before)."""
    (found,) = _fc002(
        ruleset,
        tmp_path / "held",
        [
            (VOTE.format(day="March 3"), "2025-01-05"),
            ("The Northvale council vote on the Acme plant was held on March 10.", "2025-03-12"),
        ],
    )
    assert found.label == "possible"


def test_what_happened_told_weeks_apart_stays_a_contradiction(ruleset, tmp_path):
    (found,) = _fc002(
        ruleset,
        tmp_path / "died",
        [("Tom Reyes died on March 3 in Northvale.", "2025-03-05"), ("Tom Reyes died on March 10.", "2025-04-20")],
    )
    assert found.label == "contradiction"


# Days that are no plan a later article could change, each told weeks apart with
# another day: a contradiction still (a review found each labelled a later update).
NOT_PLANS = [
    # a day gone by, told with the modal of a past plan or of a story
    ("Tom Reyes was to die in Northvale on March 3, 1990.", "Tom Reyes was to die in Northvale on March 10, 1990."),
    (
        "The Westshire bridge was set to open on March 3, 2020 and opened on time.",
        "The Westshire bridge was set to open on March 10, 2020 and opened on time.",
    ),
    ("Ana Ruiz said she would resign on March 3, 2020.", "Ana Ruiz said she would resign on March 10, 2020."),
    # what the calendar brings
    ("Tom Reyes will turn 50 on March 3.", "Tom Reyes will turn 50 on March 10."),
    ("Tom Reyes will be 50 on March 3.", "Tom Reyes will be 50 on March 10."),
    (
        "Easter will fall on April 20 this year, officials said.",
        "Easter will fall on April 27 this year, officials said.",
    ),
    (
        "The total solar eclipse will be visible over Northvale on April 8.",
        "The total solar eclipse will be visible over Northvale on April 15.",
    ),
    (
        "Tom Reyes will celebrate his 60th birthday on March 3.",
        "Tom Reyes will celebrate his 60th birthday on March 10.",
    ),
]


@pytest.mark.parametrize(("a", "b"), NOT_PLANS)
def test_a_day_no_plan_can_change_stays_a_contradiction(ruleset, tmp_path, a, b):
    assert [c.normalized for c in claims_of_text(a, published="2025-01-05") if c.slot == "date"]
    assert [c.normalized for c in claims_of_text(b, published="2025-02-20") if c.slot == "date"]
    (found,) = _fc002(ruleset, tmp_path / "apart", [(a, "2025-01-05"), (b, "2025-02-20")])
    assert found.label == "contradiction"


def test_a_past_event_dated_inside_a_plan_stays_a_contradiction(ruleset, tmp_path):
    """The day of an event gone by, named in a clause about what will be done
    ("An inquiry will examine the Westshire fire of March 3", told in May)."""
    a = "An inquiry will examine the Westshire fire of March 3."
    b = "An inquiry will examine the Westshire fire of March 10."
    (found,) = _fc002(ruleset, tmp_path / "fire", [(a, "2025-03-20"), (b, "2025-05-02")])
    assert found.label == "contradiction"


def test_a_weak_alignment_of_two_plans_gives_no_update(ruleset, tmp_path):
    """Two votes of one council on two things: the old tree drops the weak pair,
    and so must the later update (a review found it shown as one)."""
    found = _fc002(
        ruleset,
        tmp_path / "votes",
        [
            ("The Northvale council vote on the budget will be held on March 3.", "2025-01-05"),
            ("The Northvale council vote on the Acme plant will be held on March 10.", "2025-02-20"),
        ],
    )
    assert found == []


# Two events of one kind told by two verbs ("will be held on" / "will take place on")
# are not aligned: dating the event whatever verb tells it was tried, and a review
# found mostly different events of one kind ("the opening ceremony" / "the closing
# ceremony", "a budget vote" / "a confidence vote").
TWO_EVENTS = [
    (
        "The opening ceremony of the Westshire games will be held on July 3.",
        "The closing ceremony of the Westshire games will take place on July 13.",
    ),
    (
        "A budget vote in the Northvale council will be held on March 3.",
        "A confidence vote in the Northvale council will take place on March 10.",
    ),
    (
        "A hearing in the fraud case against Tom Reyes will be held on March 3.",
        "A hearing in the assault case against Tom Reyes is scheduled for March 10.",
    ),
]


@pytest.mark.parametrize(("a", "b"), TWO_EVENTS)
def test_two_events_of_one_kind_told_by_two_verbs_do_not_conflict(ruleset, tmp_path, a, b):
    assert [c for c in claims_of_text(a, published="2025-02-24") if c.slot == "date"]
    assert [c for c in claims_of_text(b, published="2025-02-26") if c.slot == "date"]
    assert _fc002(ruleset, tmp_path / "two", [(a, "2025-02-24"), (b, "2025-02-26")]) == []


def test_a_plan_that_will_take_place_is_a_plan(ruleset, tmp_path):
    plan = "The Northvale council vote on the Acme plant will take place on {day}."
    (found,) = _fc002(
        ruleset,
        tmp_path / "take",
        [(plan.format(day="March 3"), "2025-01-05"), (plan.format(day="March 10"), "2025-02-20")],
    )
    assert found.label == "later update"


@pytest.mark.parametrize(
    "changed",
    [
        "The Northvale council vote on the Acme plant will now be held on March 10.",
        "The Northvale council vote on the Acme plant will instead be held on March 10.",
        "The postponed Northvale council vote on the Acme plant will be held on March 10.",
    ],
)
def test_a_plan_told_as_changed_in_a_later_article_is_a_later_update_however_soon(ruleset, tmp_path, changed):
    first = VOTE.format(day="March 3")
    (found,) = _fc002(ruleset, tmp_path / "later", [(first, "2025-01-05"), (changed, "2025-01-08")])
    assert (found.label, found.severity.value) == ("later update", "info")
    assert "told as a changed plan" in found.conclusion
    # the article that tells the change is older than the one with the old day: that one is out of date
    (found,) = _fc002(ruleset, tmp_path / "older", [(changed, "2025-01-05"), (first, "2025-01-08")])
    assert found.label == "contradiction"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ramadan will begin on {day} this year, Northvale imams said.",
        "Spring will officially begin on {day} in Northvale.",
        "The Northvale museum will reopen on {day}, the date it first opened in 1925.",
        "The Northvale vote was originally scheduled for {day}.",
    ],
)
def test_a_day_no_plan_fixes_is_no_plan_day(ruleset, tmp_path, sentence):
    """Days of a holiday or season, a day an apposition fixes, and an old plan
    stated as fact: two such days weeks apart stay a contradiction."""
    a, b = sentence.format(day="March 3"), sentence.format(day="March 10")
    (found,) = _fc002(ruleset, tmp_path / "cal", [(a, "2025-01-05"), (b, "2025-02-20")])
    assert found.label == "contradiction"


def test_a_cue_of_change_outside_the_verb_group_tells_no_change(ruleset, tmp_path):
    """ "now" in a relative clause ("which residents now oppose") is not "will now
    be held": two days a day apart stay a contradiction."""
    (found,) = _fc002(
        ruleset,
        tmp_path / "rel",
        [
            (VOTE.format(day="March 3"), "2025-01-05"),
            (
                "The Northvale council vote on the Acme plant, which residents now oppose, will be held on March 10.",
                "2025-01-06",
            ),
        ],
    )
    assert found.label == "contradiction"


def test_a_year_told_with_the_day_keeps_the_plan(ruleset, tmp_path):
    plan = "The Northvale council vote on the Acme plant will be held on {day} this year."
    (found,) = _fc002(
        ruleset,
        tmp_path / "year",
        [(plan.format(day="March 3"), "2025-01-05"), (plan.format(day="March 10"), "2025-02-20")],
    )
    assert found.label == "later update"


def test_a_change_told_after_two_days_that_contradict_each_other_hides_nothing(ruleset, tmp_path):
    """March 3 and March 5 told a day apart contradict each other; a third
    article's "now ... March 10" does not make that a later update."""
    (found,) = _fc002(
        ruleset,
        tmp_path / "three",
        [
            (VOTE.format(day="March 3"), "2025-01-05"),
            (VOTE.format(day="March 5"), "2025-01-06"),
            ("The Northvale council vote on the Acme plant will now be held on March 10.", "2025-01-07"),
        ],
    )
    assert found.label == "contradiction"


def test_the_new_day_repeated_plainly_after_the_change_is_still_the_update(ruleset, tmp_path):
    (found,) = _fc002(
        ruleset,
        tmp_path / "repeat",
        [
            (VOTE.format(day="March 3"), "2025-01-05"),
            ("The Northvale council vote on the Acme plant will now be held on March 10.", "2025-01-08"),
            (VOTE.format(day="March 10"), "2025-01-09"),
        ],
    )
    assert found.label == "later update"


PLAN_WORDS_AWAY = "The Northvale city council will vote on the new Acme plant on {day}."


def test_a_weekday_of_a_plan_told_words_away_from_its_will_is_the_coming_one(ruleset, tmp_path):
    # published on a Wednesday: "will vote ... on Friday" is the coming Friday, March 7,
    # which a date written out agrees with; the Friday before would contradict it
    (c,) = [c for c in claims_of_text(PLAN_WORDS_AWAY.format(day="Friday"), published="2025-03-05") if c.slot == "date"]
    assert c.normalized == "2025-03-07"
    articles = [
        (PLAN_WORDS_AWAY.format(day="Friday"), "2025-03-05"),
        (PLAN_WORDS_AWAY.format(day="March 7"), "2025-03-05"),
    ]
    assert _fc002(ruleset, tmp_path / "same", articles) == []
    articles[1] = (PLAN_WORDS_AWAY.format(day="February 28"), "2025-03-05")
    (found,) = _fc002(ruleset, tmp_path / "other", articles)
    assert sorted(c.value for c in found.claims) == ["February 28", "Friday"]
