"""The magnitude of one event ("the 4.4-magnitude temblor on Sunday" / "a 4.2
magnitude earthquake shook the county on Sunday morning"): one figure of the
event, whatever clause tells it, compared when both sides date the event to
one day and name it with nouns of one meaning."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of


def _magnitudes(text: str, published: str = "2025-05-02") -> list[str]:
    return [c.normalized for c in claims_of_text(text, published=published) if c.role == "magnitude"]


def _fc003(ruleset, tmp_path, a: str, b: str, published: str | None = None) -> list:
    # (both articles must read a magnitude: otherwise no comparison ever runs)
    assert _magnitudes(a) and _magnitudes(b)
    return findings_of(ruleset, tmp_path, [(a, published), (b, published)], "FC003")


@pytest.mark.parametrize("published", [None, "2025-05-05"])
def test_one_event_s_magnitudes_told_by_different_clauses_conflict(ruleset, tmp_path, published):
    # undated articles compare the day as written; dated ones the day it resolves to
    (f,) = _fc003(
        ruleset,
        tmp_path,
        "Residents of Northvale felt the 4.4-magnitude temblor on Sunday at 9:27 a.m.",
        "A 4.2 magnitude earthquake shook a remote area of eastern Northvale on Sunday morning.",
        published,
    )
    assert "Sources differ on the magnitude of the" in f.message
    assert {c.value for c in f.claims} == {"4.4-magnitude", "4.2 magnitude"}


def test_times_of_day_minutes_apart_are_one_event(ruleset, tmp_path):
    # reports of one quake give its time a few minutes apart
    (f,) = _fc003(
        ruleset,
        tmp_path,
        "A 5.2-magnitude earthquake struck Westshire at 5:11 p.m. on Sunday.",
        "Residents of Westshire felt the 5.6-magnitude quake at 5:06 p.m. on Sunday.",
    )
    assert {c.value for c in f.claims} == {"5.2-magnitude", "5.6-magnitude"}


def test_one_magnitude_agrees(ruleset, tmp_path):
    assert (
        _fc003(
            ruleset,
            tmp_path,
            "Residents felt the 4.4-magnitude temblor on Sunday.",
            "A 4.4 magnitude earthquake shook a remote area on Sunday morning.",
        )
        == []
    )


def test_the_quake_others_followed_is_told_plainly(ruleset, tmp_path):
    # "followed by several aftershocks": the clause's quake is the main one
    (f,) = _fc003(
        ruleset,
        tmp_path,
        "An earthquake measuring 6.6 on the Richter scale jolted Westshire on Sunday, "
        "followed by several aftershocks on Monday.",
        "A strong 5.6-magnitude earthquake jolted part of Westshire on Sunday.",
    )
    assert {c.value for c in f.claims} == {"6.6 on the Richter scale", "5.6-magnitude"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days: two quakes
        (
            "A 4.4-magnitude earthquake struck Westshire on Sunday.",
            "A 4.2 magnitude earthquake struck Westshire on Monday.",
        ),
        # an aftershock is a kind of earthquake, not the one reported
        (
            "A 6.1-magnitude earthquake shook Westshire on Sunday.",
            "A 4.5-magnitude aftershock shook Westshire on Sunday.",
        ),
        # times of day hours apart on one day: a flurry's quakes
        (
            "A 4.2 magnitude earthquake struck Westshire at 9:27 a.m. on Sunday.",
            "A 3.1 magnitude earthquake struck Westshire at 4:15 p.m. on Sunday.",
        ),
        # parts of the day that do not meet
        (
            "A 4.1-magnitude earthquake struck Westshire on Sunday morning.",
            "A 5.8-magnitude earthquake struck Westshire on Sunday evening.",
        ),
        (
            "A 4.1-magnitude earthquake struck Westshire early Sunday.",
            "A 5.8-magnitude earthquake struck Westshire late Sunday.",
        ),
        # a sentence that tells of another quake of a series
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.8 magnitude earthquake hit Westshire on Sunday, minutes after a stronger quake.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "The strongest aftershock, a 4.9-magnitude quake, struck Westshire on Sunday.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "Residents of Westshire felt a 3.2-magnitude quake on Sunday, one of dozens of aftershocks.",
        ),
        (
            "Another 5.2-magnitude earthquake struck Westshire on Sunday.",
            "A second 5.4-magnitude earthquake struck Westshire on Sunday.",
        ),
        # not told as it happened
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "Social media posts on Sunday falsely claimed a 7.2-magnitude quake had hit Westshire.",
        ),
        # the clause's day is not the quake's: it was remembered then
        (
            "A 5.1-magnitude quake struck Westshire on Sunday.",
            "On Sunday, residents of Westshire recalled the 6.0-magnitude quake that flattened the town.",
        ),
        # two places named, none shared
        (
            "A 6.1-magnitude earthquake struck Westshire on Sunday.",
            "A 5.4-magnitude earthquake struck Eastmark on Sunday.",
        ),
        # two towns of one region
        (
            "A 5.1-magnitude quake struck Northvale in Westshire on Sunday.",
            "A 6.3-magnitude quake struck Eastmark in Westshire on Sunday.",
        ),
        # one side names no place: another quake the same day, elsewhere
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 6.3-magnitude quake hit the neighbouring state on Sunday.",
        ),
        # one side dates no day: the story's quake, or an earlier one
        (
            "A 6.1-magnitude earthquake struck Westshire on Sunday.",
            "A 5.2-magnitude earthquake has injured three people in Westshire.",
        ),
    ],
)
@pytest.mark.parametrize("published", [None, "2025-05-05"])
def test_no_conflict_between_two_events(ruleset, tmp_path, a, b, published):
    assert _fc003(ruleset, tmp_path, a, b, published) == []


def test_a_day_it_was_said_on_dates_no_magnitude(ruleset, tmp_path):
    # "officials said Sunday": what was said may have happened the day before
    assert (
        _fc003(
            ruleset,
            tmp_path,
            "Officials said Sunday a 5.8-magnitude earthquake struck the region.",
            "A 6.3-magnitude earthquake struck the region on Sunday.",
        )
        == []
    )
