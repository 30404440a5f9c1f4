"""Clock times and the day they are on.

A clock time written without its day ("at 12:45 p.m.") is resolved on the
publication day, for want of another; as a claim, that day is a guess (a
story filed the next morning, a clause whose day another clause names), so
it dates nothing. When its clause gives the day it dates ("died at 12:45
p.m. at his home on Thursday"), it is on that day: read on the publication
day it contradicted the article's own "Thursday" and any other article's. A
day that is a bound ("until Friday", "effective Friday"), a possessive
("Friday's deadline"), another event's ("after the Monday shooting"), another
word's ("the anniversary of its opening on March 12") or another clause's is
not the clock time's.

Times of day are not compared with each other: two blasts of one story on
one day, or an event's start and its end, are told at different times.
"""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of


@pytest.mark.parametrize(
    ("sentence", "clock", "normalized"),
    [
        # the day of its clause (published Friday 2025-05-02)
        ("Tom Reyes died at 12:45 p.m. at his home in Northvale on Thursday.", "12:45 p.m.", "2025-05-01T12:45"),
        ("His family said on Monday that Tom Reyes died at 12:45 p.m. at his home on Saturday.", "12:45 p.m.", "2025-04-26T12:45"),
        # a day of another clause, a bound, a possessive, another event or word: no day, no claim
        ("Tom Reyes, who was born on May 3, 1950, died at 4 a.m. at his home in Northvale.", "4 a.m.", None),
        ("Police arrested Ana Ruiz at 6 a.m. in Northvale; she is due in court on Friday.", "6 a.m.", None),
        ("Police arrested Ana Ruiz at 6 a.m., 48 hours after the Monday shooting.", "6 a.m.", None),
        ("Tom Reyes was arrested at 6 a.m., 48 hours after the Monday shooting in Northvale.", "6 a.m.", None),
        ("Tom Reyes, who turned 75 on Monday, died at 4 a.m. at his home.", "4 a.m.", None),
        ("The curfew in Northvale, in force until Friday, starts at 10 p.m.", "10 p.m.", None),
        ("A fire broke out at the Northvale Mill at 2 a.m., the third since January 1.", "2 a.m.", None),
        ("Ana Ruiz resigned as mayor of Northvale at 5 p.m., effective on Friday.", "5 p.m.", None),
        ("The Northvale bridge reopened at 6 a.m., ahead of Friday's deadline.", "6 a.m.", None),
        ("The Northvale bridge closed at 10 p.m. until Monday.", "10 p.m.", None),
        ("The Northvale trial opened at 10 a.m. with a Friday deadline for pleas.", "10 a.m.", None),
        ("A fire broke out at the Northvale Mill at 2 a.m. on the anniversary of its opening on March 12, 1925.", "2 a.m.", None),
        ("The strike at the Northvale plant, due to end on Friday, began at midnight.", "midnight", None),
        ("Flight 212 took off at 8:15 a.m. on Friday and touched down in Eastport at 11:40 a.m.", "11:40 a.m.", None),
        # a time that names its day keeps it
        ("The doors opened at 9:30 p.m. Tuesday in Northvale on Monday.", "9:30 p.m. Tuesday", "2025-04-29T21:30"),
    ],
)  # fmt: skip
def test_a_clock_time_is_on_the_day_its_clause_gives_it(sentence, clock, normalized):
    dates = [c for c in claims_of_text(sentence) if c.slot == "date" and c.value == clock]
    if normalized is None:
        assert dates == []
    else:
        assert dates, [(c.slot, c.value) for c in claims_of_text(sentence)]
        assert {c.normalized for c in dates} == {normalized}


def test_a_clock_time_on_its_clause_day_agrees_with_that_day(ruleset, tmp_path):
    """A man "died at 12:45 p.m. at his home on Thursday", published on a
    Monday: the article agrees with another that says he died on Thursday."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("Tom Reyes died at his home in Northvale on Thursday.", "2025-03-07"),
            ("Tom Reyes died at 12:45 p.m. at his home in Northvale on Thursday.", "2025-03-10"),
        ],
        "FC002",
    )
    assert found == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two blasts of one story on one day
        ("A blast hit the Northvale refinery at 9:10 a.m. on Monday.", "A second blast hit the Northvale refinery at 9:55 a.m. on Monday."),
        # the start and the end of one vote
        ("Voting in Northvale began at 7 a.m. on Sunday and ended at 8 p.m.", "Voting in Northvale ended at 8 p.m. on Sunday."),
    ],
)  # fmt: skip
def test_times_of_one_day_are_not_compared(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC002") == []
