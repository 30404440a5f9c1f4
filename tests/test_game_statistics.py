"""A player's or a team's figures of a game ("scored 20 points", "caught 29
passes for 201 yards") conflict only when both clauses are dated to one day:
the same player has other figures in every other game and in the season, and
an undated figure may be of any of them. Words that count other things too
("points", "yards") are read so only in an article that reports a game."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two

from factcheck.engine.claims import GAME_FIGURE

GAME = "as the Harlow Hawks beat the Vexa Foxes 91-73"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # another game, or a season's figures, told without a day
        (f"Tom Reyes had 24 points and seven rebounds {GAME}.", f"Tom Reyes scored 20 points {GAME} on Thursday."),
        (
            "Tom Reyes caught 29 passes for 201 yards and two touchdowns for the Harlow Hawks.",
            "Tom Reyes caught 39 passes for 302 yards and two touchdowns for the Harlow Hawks.",
        ),
        ("Tom Reyes grabbed 11 rebounds for the Harlow Hawks.", "Tom Reyes grabbed 14 rebounds for the Harlow Hawks."),
        # a year is no one game
        (
            "In 2007, Tom Reyes grabbed 110 rebounds for the Harlow Hawks.",
            "In 2007, Tom Reyes grabbed 140 rebounds for the Harlow Hawks.",
        ),
    ],
)
def test_game_figures_not_both_dated_to_one_day_do_not_conflict(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003", published="2008-12-07") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (f"Tom Reyes scored 22 points on Thursday night {GAME}.", f"Tom Reyes scored 26 points on Thursday {GAME}."),
        (
            "On Thursday, Tom Reyes grabbed 11 rebounds for the Harlow Hawks.",
            "Tom Reyes grabbed 14 rebounds for the Harlow Hawks on Thursday.",
        ),
    ],
)
def test_game_figures_dated_to_one_day_conflict(ruleset, tmp_path, a, b):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003", published="2008-12-07")
    assert len({c.value for c in f.claims}) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Northvale index fell 500 points.", "The Northvale index fell 800 points."),
        (
            "The Northvale central bank raised its key rate by 50 basis points.",
            "The Northvale central bank raised its key rate by 75 basis points.",
        ),
        (
            "Ana Ruiz leads Tom Reyes by 6 points in the latest Northvale poll.",
            "Ana Ruiz leads Tom Reyes by 9 points in the latest Northvale poll.",
        ),
        (
            "The gunman opened fire on the Northvale police from 300 yards away.",
            "The gunman opened fire on the Northvale police from 500 yards away.",
        ),
    ],
)
def test_points_and_yards_outside_a_game_report_still_conflict_undated(ruleset, tmp_path, a, b):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003", published="2008-12-07")
    assert len({c.value for c in f.claims}) == 2


def test_a_doubleheader_told_both_ways_is_no_conflict(ruleset, tmp_path):
    # each article gives two values of the slot (two games): the undated one keeps them apart
    a = (
        "Tom Reyes had two hits on Saturday as the Harlow Hawks beat the Vexa Foxes 3-1 in the opener of a"
        " doubleheader. Reyes had three hits in the nightcap."
    )
    b = "Tom Reyes had three hits on Saturday as the Harlow Hawks won the nightcap. Reyes had two hits in the opener."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003", published="2008-12-07") == []


def _figures(text: str) -> dict[str, bool]:
    return {
        c.value: GAME_FIGURE in dict(c.extra)
        for c in claims_of_text(text, article="a", published="2008-12-07")
        if c.slot == "number"
    }


def test_which_counts_are_game_figures():
    # a word only games count is one anywhere; "points" only in a game report
    assert _figures("Tom Reyes grabbed 11 rebounds.") == {"11 rebounds": True}
    assert _figures(f"Tom Reyes scored 20 points {GAME} on Thursday.")["20 points"] is True
    assert _figures("Tom Reyes scored 20 points.") == {"20 points": False}
    assert _figures("The Northvale index fell 500 points on Monday.") == {"500 points": False}


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # two scores are two games, whatever sides and words they share
        (
            "Tom Reyes scored 31 points in Thursday's 91-73 win over the Vexa Foxes for the Harlow Hawks.",
            "Tom Reyes scored 22 points in Saturday's 80-70 win over the Vexa Foxes for the Harlow Hawks.",
            0,
        ),
        # one score, two days: one game dated two ways
        (
            "Tom Reyes scored 31 points in Thursday's 91-73 win over the Vexa Foxes for the Harlow Hawks.",
            "Tom Reyes scored 31 points in Saturday's 73-91 win over the Vexa Foxes for the Harlow Hawks.",
            1,
        ),
    ],
)
def test_the_date_of_a_game_is_compared_only_with_the_date_of_the_same_result(ruleset, tmp_path, a, b, found):
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC002", published="2008-12-07")) == found


def test_the_score_of_another_game_in_the_clause_does_not_name_the_dated_one(ruleset, tmp_path):
    a = "Tom Reyes scored 31 points in Thursday's win over the Vexa Foxes after an 80-70 loss to the Westshire Rams."
    b = "Tom Reyes scored 31 points in Saturday's 91-73 win over the Vexa Foxes."
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC002", published="2008-12-07")) == 1
