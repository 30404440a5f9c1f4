"""Magnitudes of quakes: one quake's magnitude given differently by two sources
conflicts; a quake and its aftershocks, foreshocks, another quake of the same
day or an older one do not, nor quakes told on two days or at times of one day
hours apart."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of


def _magnitudes(text: str, published: str = "2025-05-02") -> list[str]:
    return [c.normalized for c in claims_of_text(text, published=published) if c.role == "magnitude"]


def _fc003(ruleset, tmp_path, a: str, b: str, published: str | None = None) -> list:
    # (both articles must read a magnitude: otherwise no comparison ever runs)
    assert _magnitudes(a) and _magnitudes(b)
    return findings_of(ruleset, tmp_path, [(a, published), (b, published)], "FC003")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "A 4.4-magnitude earthquake struck Westshire on Sunday.",
            "A 4.2-magnitude quake struck Westshire on Sunday.",
        ),
        # times of day minutes apart: reports of one quake
        (
            "A 5.2-magnitude earthquake struck Westshire at 5:11 p.m. on Sunday.",
            "A 5.6-magnitude earthquake struck Westshire at 5:06 p.m. on Sunday.",
        ),
        # two times either side of midnight: one night
        (
            "A 5.8-magnitude earthquake struck Westshire at 11:50 p.m. on Saturday.",
            "A 5.6-magnitude earthquake struck Westshire at 12:05 a.m. on Sunday.",
        ),
        # times in two zones are not compared ("5:11 p.m." local, "1336 GMT")
        (
            "A 5.8-magnitude earthquake struck Westshire at 5:11 p.m. local time on Sunday.",
            "A 5.6-magnitude earthquake struck Westshire at 2:11 p.m. GMT on Sunday.",
        ),
        # "followed by several aftershocks": the clause's quake is the main one
        (
            "An earthquake measuring 6.6 on the Richter scale jolted Westshire on Sunday, "
            "followed by several aftershocks on Monday.",
            "A strong 5.6-magnitude earthquake jolted Westshire on Sunday.",
        ),
        # words common in any report of one quake tell of no other quake
        (
            "A 5.6-magnitude quake struck Westshire on Sunday and injured dozens of people.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday and was also felt in Eastmark.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, killing 12 people and injuring another 40.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, and more than 40 aftershocks followed.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, the strongest quake in the region since 2005.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, the biggest since a 6.3-magnitude quake in 1990.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, collapsing a bridge built in 1968.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A stronger-than-expected 5.6-magnitude quake struck Westshire on Sunday.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, one of the strongest quakes to hit the region in decades.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, followed by major landslides that cut the road.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        # what another clause of the sentence tells is not the quake's
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, and minutes after the quake, sirens sounded.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, razing a mosque built 300 years ago.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.6-magnitude quake struck Westshire on Sunday, on the 20th anniversary of the town's founding.",
            "A 5.9-magnitude quake struck Westshire on Sunday.",
        ),
        # news writes "early Sunday morning" of 3 a.m.
        (
            "A 5.6-magnitude quake struck Westshire early Sunday morning.",
            "A 5.9-magnitude quake struck Westshire at 3:50 a.m. on Sunday.",
        ),
    ],
)
@pytest.mark.parametrize("published", [None, "2025-05-05"])
def test_one_quake_s_magnitudes_conflict(ruleset, tmp_path, a, b, published):
    (f,) = _fc003(ruleset, tmp_path, a, b, published)
    assert "Sources differ on the magnitude of the" in f.message
    assert len({c.normalized for c in f.claims}) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one night, in articles with no date: "late Saturday" / "early Sunday"
        (
            "A 5.8-magnitude earthquake struck Westshire late Saturday.",
            "A 5.6-magnitude earthquake struck Westshire early Sunday.",
        ),
        # one night
        (
            "A 5.8-magnitude earthquake struck Westshire on Saturday night.",
            "A 5.6-magnitude earthquake struck Westshire at 12:30 a.m. on Sunday.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire overnight Saturday into Sunday.",
            "A 5.6-magnitude earthquake struck Westshire at 1:05 a.m. on Sunday.",
        ),
        # a day told with a time in another zone may be the next one where it struck
        (
            "A 5.8-magnitude earthquake struck Westshire at 2240 GMT on Saturday.",
            "A 5.6-magnitude earthquake struck Westshire on Sunday.",
        ),
        # one day told two ways
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday, May 4.",
            "A 5.6-magnitude earthquake struck Westshire on Sunday.",
        ),
    ],
)
def test_one_day_as_written_still_conflicts(ruleset, tmp_path, a, b):
    (f,) = _fc003(ruleset, tmp_path, a, b)
    assert len({c.normalized for c in f.claims}) == 2


def test_one_magnitude_agrees(ruleset, tmp_path):
    assert (
        _fc003(
            ruleset,
            tmp_path,
            "A 4.4-magnitude earthquake struck Westshire on Sunday.",
            "A 4.4 magnitude quake struck Westshire on Sunday morning.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two days, in articles with no date to resolve them: two quakes
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
            "A 4.1-magnitude quake struck Westshire at 1:30 a.m. on Sunday.",
            "A 5.8-magnitude quake struck Westshire on Sunday night.",
        ),
        # a sentence that tells of another quake
        (
            "A 7.2-magnitude earthquake struck Westshire on Sunday.",
            "A 6.1-magnitude earthquake struck Westshire on Sunday, the latest powerful tremor to shake the region.",
        ),
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
            "A smaller 4.1-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday, an hour after the 5.8 quake.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday morning, followed by a stronger quake in the afternoon.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday, followed by several aftershocks and a bigger quake.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday, believed to be an aftershock.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A fresh 4.1-magnitude quake struck Westshire on Sunday.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday, hours after a deadlier one.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.1-magnitude quake struck Westshire on Sunday, the second to hit the town that day.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 4.4-magnitude quake struck Westshire on Sunday, the biggest of about 100 in a day.",
        ),
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "Historically, a 6.0-magnitude quake has struck Westshire roughly every 50 years.",
        ),
        # a magnitude told as a rate is no one quake's (the checks of any figure still run)
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "Westshire is struck by a 3.0-magnitude quake almost every week.",
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
        (
            "A 5.8-magnitude earthquake struck Westshire on Sunday.",
            "A 7.8-magnitude quake struck Westshire on Sunday in the video game Acme Quest.",
        ),
        # two places named, none shared
        (
            "A 6.1-magnitude earthquake struck Westshire on Sunday.",
            "A 5.4-magnitude earthquake struck Eastmark on Sunday.",
        ),
        # the same quake told by two verbs is not compared (an earlier version did, and
        # compared quakes felt, recorded or remembered on one day with the story's)
        (
            "A 5.1-magnitude quake struck Westshire on Sunday.",
            "On Sunday, residents of Westshire recalled the 6.0-magnitude quake that flattened the town.",
        ),
        (
            "A 4.1-magnitude earthquake struck Westshire on Sunday.",
            "Seismographs in Westshire recorded a 7.9-magnitude quake in distant Eastmark on Sunday.",
        ),
    ],
)
@pytest.mark.parametrize("published", [None, "2025-05-05"])
def test_no_conflict_between_two_quakes(ruleset, tmp_path, a, b, published):
    assert _fc003(ruleset, tmp_path, a, b, published) == []
