"""A state told now and the same state told at a time well before may both be
true: "the plant is not closed" does not answer "the plant was closed in 2001"
(it may have reopened). Only for states that change (who owns, runs, lives or
works where, what is open or closed, the roles people hold), only when the
past is dated by its clause to one time well before the present claim's
article (not a span that may reach to now, nor carried on by its sentence:
"and remains closed"), only for a present of its article's day, and never
against a "never". Generic sentences."""

from __future__ import annotations

import pytest
from conftest import findings_of_two


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Keld plant is not closed.", "The Keld plant was closed in 2001."),
        ("Kara Dunmore is not married to Felix Ardo.", "Kara Dunmore was married to Felix Ardo in 2005."),
        ("Tom Reyes is not the Keld coach.", "Tom Reyes was the Keld coach in 2019."),
    ],
)
def test_a_state_now_does_not_answer_one_dated_well_before(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC004") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one tense
        ("The Keld road is not closed.", "The Keld road is closed."),
        ("The Keld plant was not closed.", "The Keld plant was closed in 2001."),
        # a past dated days before the article, not years
        ("The Keld road is not closed.", "The Keld road was closed on March 9."),
        # a perfect covers the past up to now; a state that lasts; an act
        ("Acme has not closed the Keld plant.", "Acme closed the Keld plant on Monday."),
        ("The Keld bridge was not destroyed.", "The Keld bridge is destroyed."),
        # a past span that may reach to now; a present dated in the past; a standing that
        # lasts; a past the sentence carries on to now
        ("Tarnwell Holdings owns the Ostery mill.", "Tarnwell Holdings did not own the Ostery mill from 2001 to 2025."),
        ("In 2001, Acme closes the Brannock plant.", "Acme did not close the Brannock plant in 2001."),
        (
            "Mara Vell is the winner of the 2001 Keld marathon.",
            "Mara Vell was not the winner of the Keld marathon in 2001.",
        ),
        ("The Brannock plant was closed in 2001 and remains closed.", "The Brannock plant is not closed."),
        # a present told as of a year no later than the past's
        (
            "According to the 2001 inspection report, the Brannock plant is not closed.",
            "The Brannock plant was closed in 2001.",
        ),
    ],
)
def test_one_tense_a_recent_past_a_perfect_or_a_lasting_state_still_conflict(ruleset, tmp_path, a, b):
    assert len(findings_of_two(ruleset, tmp_path, a, b, "FC004")) == 1
