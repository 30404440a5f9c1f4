"""Claims the parse gives for what happens once, for announcements and for
"the town of X". Generic sentences written for these tests, read by the
shipped pipeline."""

from __future__ import annotations

import pytest
from conftest import claims_of_text

import factcheck
from factcheck.engine.align import gate
from factcheck.engine.claims import SlotClaim


def _claims(text: str, article: str = "t") -> list[SlotClaim]:
    return claims_of_text(text, article)


def _slot(claims: list[SlotClaim], slot: str) -> list[SlotClaim]:
    return [c for c in claims if c.slot == slot]


def test_where_a_named_person_died_is_compared_by_the_person_alone():
    (a,) = _slot(_claims("Wilhelm Brandt died at his home in Northvale on Thursday."), "place")
    (b,) = _slot(_claims("Wilhelm Brandt died in Southport on Friday.", "u"), "place")
    assert (a.role, a.value, a.anchors) == ("once", "Northvale", frozenset({"@wilhelm-brandt"}))
    assert (b.role, b.value, b.anchors) == ("once", "Southport", frozenset({"@wilhelm-brandt"}))
    assert gate(a, b) is None


def test_a_place_of_an_unnamed_subject_is_no_once_claim():
    (c,) = _slot(_claims("A bomb exploded at a bank in Northvale."), "place")
    assert c.role == "at"


def test_the_year_an_organisation_was_started_is_a_claim():
    (c,) = _slot(_claims("Jan Novak started Acme Corporation in 1976."), "date")
    assert (c.role, c.value, c.anchors) == ("once", "1976", frozenset({"@acme-corporation"}))


def test_a_year_of_a_repeatable_event_is_no_claim():
    """A player is started every game; a year dates a period of a life."""
    claims = _claims("The Rovers started Tom Hale in 1976.\nJan Novak worked at Acme Corporation in 1976.")
    assert _slot(claims, "date") == []


def test_an_announcement_of_a_named_deal_is_dated():
    (c,) = _slot(_claims("Acme Corporation on Monday announced a deal to acquire Widget Industries."), "date")
    assert (c.topic, c.value, c.subject) == ("announce", "Monday", "@acme-corporation")
    assert "@acme-corporation" in c.anchors and any(a != "@acme-corporation" and a.startswith("@") for a in c.anchors)


def test_when_something_was_said_is_no_date_claim():
    assert _slot(_claims("Jan Novak said on Monday that the plant would close."), "date") == []


def test_the_town_of_a_place_is_that_place():
    (c,) = _slot(_claims("A bomb exploded at a bank in the small town of Northvale."), "place")
    assert (c.value, c.topic, c.role) == ("Northvale", "explode", "at")
    assert "town" not in c.anchors


def test_two_deaths_in_two_places_are_one_finding(tmp_path):
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-05-02\n---\n\nWilhelm Brandt died at his home in Northvale on Thursday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\npublished: 2025-05-03\n---\n\nThe former mayor Wilhelm Brandt died in Southport, his family said.\n",
        encoding="utf-8",
    )
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    places = [f for f in report.findings if {c.value for c in f.claims} == {"Northvale", "Southport"}]
    assert len(places) == 1, [f.message for f in report.findings]
    assert [c.article for c in sorted(places[0].claims, key=lambda c: c.article)] == ["a", "b"]


def test_a_named_site_is_where_it_happened_within_the_town_after_it():
    # "in Easton" parsed as a modifier of the name or as a second oblique of the verb
    for text in (
        "Wilhelm Brandt died at the Northvale Medical Center in Easton on Thursday.",
        "Wilhelm Brandt died at Saint Aldric Hospital in Easton.",
    ):
        (c,) = _slot(_claims(text), "place")
        assert c.role == "once"
        assert c.payload.within == ("Easton",)
        assert c.value in ("Northvale Medical Center", "Saint Aldric Hospital")


@pytest.mark.parametrize(
    "sentence",
    [
        "Wilhelm Brandt worked for Acme Mining in Easton.",
        "Wilhelm Brandt worked at Acme Robotics in Easton.",
        "Wilhelm Brandt worked at the Acme Company in Easton.",
    ],
)
def test_a_town_after_an_employer_is_not_the_employers_site(sentence):
    (c,) = _slot(_claims(sentence), "place")
    assert (c.value, c.payload.within) == ("Easton", ())
