"""Place claims: the containing places the text shows are not what the claim is about."""

from __future__ import annotations

from test_claims_engine import Doc

from factcheck.engine.claims import claims_of_extraction


def test_a_containing_place_written_with_periods_is_no_anchor():
    ex = (
        Doc("a")
        .say(
            "The ferry Arden sank near Dunmore, N.C., on Monday.",
            lemma="sink",
            args=[
                ("subject", "The ferry Arden", "arden", "arden"),
                ("obl:near", "Dunmore", "dunmore", "dunmore"),
                ("obl:near", "N.C.", "n-c", "n-c"),
            ],
            atts=[("place", "Dunmore", "dunmore", "sink", {"relation": "obl:near", "place_within": ("N.C.",)})],
        )
        .build()
    )
    (place,) = [c for c in claims_of_extraction(ex) if c.slot == "place"]
    assert place.anchors == frozenset({"@arden"})


def test_a_place_before_a_site_noun_locates_it():
    """'a Northvale hospital' is a hospital in Northvale; 'Westland troops' are
    not troops somewhere."""
    ex = (
        Doc("a")
        .say(
            "A patient died in a Northvale hospital.",
            lemma="die",
            args=[("subject", "A patient", "patient", None), ("obl:in", "a Northvale hospital", "hospital", None)],
            atts=[("place", "Northvale", "northvale", "hospital", {"relation": "compound"})],
        )
        .say(
            "Westland troops arrived.",
            lemma="arrive",
            args=[("subject", "Westland troops", "troop", None)],
            atts=[("place", "Westland", "westland", "troops", {"relation": "compound"})],
        )
        .build()
    )
    places = [(c.value, c.topic, c.role) for c in claims_of_extraction(ex) if c.slot == "place"]
    assert places == [("Northvale", "hospital", "at")]
