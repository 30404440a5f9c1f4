"""A state told now and one told before may both be true: "the plant is not
closed" does not answer "the plant was closed in 2001" (it may have reopened).
Told in one tense, or as a perfect against a past act, they still answer each
other, and so do states that last once reached ("destroyed", "dead").
Generic sentences."""

from __future__ import annotations

import pytest
from conftest import findings_of_two


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Keld plant is not closed.", "The Keld plant was closed in 2001."),
        ("Kara Dunmore is not married to Felix Ardo.", "Kara Dunmore was married to Felix Ardo from 2004 to 2010."),
        ("Tom Reyes is not a member of the Keld club.", "Tom Reyes was a member of the Keld club."),
    ],
)
def test_a_state_now_does_not_answer_one_before(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC004") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Keld road is not closed.", "The Keld road is closed."),
        ("Tom Reyes is not a member of the Keld club.", "Tom Reyes is a member of the Keld club."),
        ("The Keld plant was not closed.", "The Keld plant was closed in 2001."),
        # a perfect covers the past up to now; a lasting state answers in any tense
        ("Acme has not closed the Keld plant.", "Acme closed the Keld plant on Monday."),
        ("The Keld bridge was not destroyed.", "The Keld bridge is destroyed."),
    ],
)
def test_one_tense_a_perfect_or_a_lasting_state_still_conflict(ruleset, tmp_path, a, b):
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC004")) == 1
