"""Where a named person is from: "Tom Reyes of Northvale", "Tom Reyes, 45, of
Eastbury", "Mark Vinar, an Australian climber from Perth".

The place told beside a person's name is the person's, whatever the clause
says of them, like an age in apposition. Two articles that give one person
two homes the text shows within one region ("Houston, Texas" / "Dallas,
Texas") differ, as a possible conflict (a suburb and its city may still be
one); homes told with "of" and shown in no one region are not compared: "of
Houston" and "of Texas" may both be right, "of CNN" is an employer and "a
refugee from Syria" an origin, which the parse does not tell from a home.
Two places a person is "from", in apposition, differ loosely, as the places
of their clauses did before.
"""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of

from factcheck.engine.claims import HOME


def homes(text: str) -> list[tuple[str, str, frozenset[str]]]:
    return [(c.value, c.normalized, c.anchors) for c in claims_of_text(text) if c.slot == "place" and c.role == HOME]


@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("Police identified the victim on Thursday as LuAnn Marie Johnson of Burnsville.", "Burnsville", "@luann-marie-johnson"),
        ("The victim, Tom Reyes, 45, of Northvale, died at the scene.", "Northvale", "@tom-reyes"),
        ("Mark Vinar, an Australian climber from Perth, died on the mountain.", "Perth", "@mark-vinar"),
        # whatever the clause says of the person: a denial is not of the home
        ("Tom Reyes, 45, of Northvale, was not arrested.", "Northvale", "@tom-reyes"),
    ],
)  # fmt: skip
def test_a_place_beside_a_name_is_the_persons_home(text, place, person):
    found = homes(text)
    assert [(v, a) for v, _, a in found] == [(place, frozenset({person}))]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor of Northvale said the plant would close.",  # a role, no name
        "Tom Reyes, the mayor of Northvale, said the plant would close.",  # "of" a role noun: not where he is from
        "Tom Reyes flew in from Northvale on Monday.",  # where he came from that day
        "A spokeswoman from Northvale said the plant would close.",
    ],
)
def test_no_home_without_a_name_it_hangs_on(text):
    assert homes(text) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police named the man as Tom Reyes of Houston, Texas.", "Tom Reyes of Dallas, Texas, was arrested at the scene."),
        ("Mark Vinar, a climber from Perth, Australia, died on the mountain.", "Mark Vinar, a climber from Sydney, Australia, fell 600 metres."),
        # two places a person is "from", in apposition, differ loosely whatever region is shown
        ("Tom Reyes, a man from Northvale, was arrested on Friday.", "Tom Reyes, a man from Eastbury, was arrested on Friday."),
    ],
)  # fmt: skip
def test_two_homes_of_one_person_differ(ruleset, tmp_path, a, b):
    found = findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC007")
    assert len(found) == 1
    assert found[0].label == "possible"
    assert " is from: " in found[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # one place, and one the text shows within the other
        ("Tom Reyes, 45, of Northvale, died at the scene.", "Police named the man as Tom Reyes of Northvale."),
        ("Tom Reyes, 45, of Northvale, Ohio, died at the scene.", "Police named the man as Tom Reyes of Ohio."),
        # two people
        ("Tom Reyes, 45, of Northvale, died at the scene.", "Police named the man as Ana Ruiz of Eastbury."),
        # where someone is the mayor of is no home
        ("Tom Reyes, the mayor of Northvale, died at the scene.", "Police named the man as Tom Reyes of Eastbury."),
        # homes shown in no one region: a town and its state, an employer, an origin
        ("Ana Ruiz of Houston finished second in the race.", "Ana Ruiz of Texas finished second in the race."),
        ("Ana Ruiz of CNN asked the first question.", "Ana Ruiz of Atlanta asked the first question."),
        ("Ana Ruiz, a refugee from Syria, opened a bakery on Friday.", "Ana Ruiz of Northvale opened a bakery on Friday."),
        ("Tom Reyes, 45, of Northvale, died at the scene.", "Police named the man as Tom Reyes of Eastbury."),
    ],
)  # fmt: skip
def test_one_home_or_two_people_agree(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC007") == []


def test_an_address_is_no_home_town(ruleset, tmp_path):
    """A man "of Newton Street" and "of Millom": a street is
    finer than a town, and both may be right."""
    a, b = (
        "Police named the driver as John Jenkin of Newton Street.",
        "John Jenkin of Millom was arrested at the scene.",
    )
    assert homes(a) == []
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-10"), (b, "2025-03-10")], "FC007") == []
