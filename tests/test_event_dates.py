"""What a date dates: the event a clause or an event noun names, read from
the parse. Generic sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of, findings_of_two

import factcheck
from factcheck.engine.align import gate
from factcheck.engine.claims import SlotClaim
from factcheck.knowledge import meaning
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _dates(text: str, article: str = "t") -> list[SlotClaim]:
    return [c for c in claims_of_text(text, article) if c.slot == "date"]


@pytest.mark.parametrize(
    ("word", "event"),
    [("explosion", True), ("earthquake", True), ("killing", True), ("fire", True),
     ("bomb", False), ("deputy", False), ("church", False), ("cheek", False)],
)  # fmt: skip
def test_event_nouns_name_something_that_happens(word, event):
    assert meaning.is_event(word) is event


def test_a_bare_event_noun_object_is_the_event_its_verb_dates(ruleset, tmp_path):
    # "caught fire": the fire's day, as "a fire broke out" tells it
    (c,) = _dates("The Acme supermarket in Northvale caught fire on Sunday, police said.")
    (d,) = _dates("A large fire broke out at the Acme supermarket in Northvale on Saturday.", "u")
    assert c.topic == "fire" and gate(c, d) is None
    found = findings_of(
        ruleset,
        tmp_path,
        [
            ("The Acme supermarket in Northvale caught fire on Sunday, police said.", "2013-07-22"),
            ("A large fire broke out at the Acme supermarket in Northvale on Saturday.", "2013-07-22"),
        ],
        "FC002",
    )
    assert len(found) == 1
    # an object with a determiner is a thing, not the event ("bought a rifle"); a bare event noun
    # after another verb tells of an event feared, avoided or ordered, not one that began
    (e,) = _dates("The gunman bought a rifle on Sunday.")
    assert e.topic == "buy"
    for text in ("On Saturday, Tom Reyes avoided arrest in Northvale.", "On Saturday, the union threatened strike."):
        assert all(c.topic not in ("arrest", "strike") for c in _dates(text))


def test_an_occurrence_verb_is_dated_as_its_event_noun():
    (c,) = _dates("The explosion occurred on Thursday at a bank in Northvale.")
    assert c.topic == "explosion"
    assert c.subject is None  # the explosion is the event, not a participant of it
    # the verb of another source, derived from the same noun, is the same event
    (d,) = _dates("A bomb exploded on Wednesday at a bank in Northvale.", "u")
    assert d.predicate == "explode"
    assert gate(c, d) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sailors from the Westshire navy captured 23 of the raiders in the Gulf of Northvale on Saturday.",
        "The Westshire Wolves on Saturday fired their head coach, Ana Ruiz.",
    ],
)
def test_a_date_on_a_thing_or_a_name_dates_the_clause(text):
    """The parse may hang "on Saturday" on a participant ("the raiders", "the
    Wolves"); a person, a team or a thing does not happen, so the date is the
    clause's."""
    claims = _dates(text)
    assert [c.noun for c in claims] in (["capture"], ["fire"])


def test_a_storm_hitting_is_dated_as_the_storm():
    (c,) = _dates("A storm hit the town of Northvale on Monday, killing four people.")
    assert (c.noun, c.topic) == ("hit", "storm")


def test_a_later_mention_of_an_event_takes_the_entities_of_its_first():
    claims = _dates(
        "A fire at the Northvale Mill destroyed the building on Tuesday.\n\nThe fire broke out on Tuesday night."
    )
    later = [c for c in claims if c.value == "Tuesday night"]
    assert len(later) == 1
    assert (later[0].predicate, later[0].topic) == ("break out", "fire")
    assert "@northvale-mill" in later[0].anchors  # "the fire" is the fire at the mill
    # an article that names no entity for its first fire lends none
    (alone,) = _dates("The fire broke out on Tuesday night.")
    assert not any(a.startswith("@") for a in alone.anchors)


def test_unrelated_events_stay_apart():
    (a,) = _dates("The explosion occurred on Thursday at a bank in Northvale.")
    (b,) = _dates("The council approved the budget on Wednesday in Northvale.", "u")
    assert gate(a, b) is not None


# --------------------------------------------------------------------------- events that happen once


def _write(folder, name: str, body: str, published: str | None = None) -> None:
    head = f"---\npublished: {published}\n---\n" if published else ""
    (folder / f"{name}.md").write_text(head + body + "\n", encoding="utf-8")


def test_a_founding_is_dated_by_its_year():
    (c,) = _dates("Ana Ruiz founded the Northvale Health Clinic in 1990.")
    assert (c.role, c.normalized, sorted(c.anchors)) == ("once", "1990", ["@northvale-health-clinic"])
    # a year dates no other event: "served in 1990" is one period of several
    assert _dates("Ana Ruiz served on the Northvale council in 1990.") == []


def test_two_founding_years_conflict(tmp_path):
    _write(tmp_path, "a", "Ana Ruiz founded the Northvale Health Clinic in 1990, her office said.", "2025-05-01")
    _write(tmp_path, "b", "The Northvale Health Clinic was founded by Ana Ruiz in 1996.", "2025-05-02")
    report, _ = factcheck.run(tmp_path)
    (f,) = [f for f in report.findings if f.kind == "date"]
    assert f.label == "contradiction"
    assert sorted((c.article, c.normalized) for c in f.claims) == [("a", "1990"), ("b", "1996")]


def test_one_death_told_twice_in_one_article_still_conflicts_with_another(tmp_path):
    """A person dies once: an article giving two days is a slip, and the day
    another source gives is compared with both."""
    _write(tmp_path, "a", "Ana Ruiz died on Tuesday in Northvale.\n\nRuiz died on Tuesday after a short illness.")
    _write(tmp_path, "b", "Ana Ruiz died on Thursday at her home in Northvale.\n\nShe died on Tuesday, a friend said.")
    report, _ = factcheck.run(tmp_path)
    assert [f.label for f in report.findings if f.kind == "date"] == ["contradiction"]


def test_a_death_expected_or_denied_is_no_date_of_death():
    assert [c.role for c in _dates("Ana Ruiz did not die on Tuesday, her doctors said.")] != ["once"]
    assert [c.role for c in _dates("Ana Ruiz may die on Tuesday.")] != ["once"]


def test_passed_away_is_died(tmp_path):
    """The parser reads "away" in "passed away" as an adverb; WordNet knows
    "pass away" as one verb, a synonym of "die"."""
    (c,) = _dates("Ana Ruiz passed away on Thursday.")
    assert (c.predicate, c.role) == ("pass away", "once")
    assert [c.predicate for c in _dates("The Northvale council passed quickly on Monday.")] != ["pass away"]
    _write(tmp_path, "a", "Ana Ruiz passed away on Tuesday in Northvale.")
    _write(tmp_path, "b", "Ana Ruiz died on Thursday at her home in Northvale.")
    report, _ = factcheck.run(tmp_path)
    assert [f.label for f in report.findings if f.kind == "date"] == ["contradiction"]


@pytest.mark.parametrize(
    "a",
    [
        "Police arrested Ana Ruiz at her home in Northvale, two days after a raid on Monday.",
        "Police arrested Ana Ruiz in Northvale, 48 hours after the Monday shooting.",
        "Police arrested Ana Ruiz in Northvale, days after the shooting on Saturday.",
        "Police arrested Ana Ruiz at her home in Northvale, a week after the March 5 raid.",
    ],
)
def test_a_date_of_an_event_noun_is_not_its_clauses(ruleset, tmp_path, a):
    """ "Arrested Ana Ruiz two days after the Monday shooting" dates the
    shooting: no conflict with an arrest on Wednesday, though the clause's
    predicate is the same."""
    from conftest import findings_of

    b = "Police arrested Ana Ruiz in Northvale on Wednesday."
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-14")], "FC002") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The curfew in Northvale, in force until Friday, started in the evening.", "The curfew in Northvale started on Wednesday."),
        ("Ana Ruiz resigned as mayor of Northvale, effective on Friday.", "Ana Ruiz resigned as mayor of Northvale on Wednesday."),
        ("The Northvale bridge reopened ahead of Friday's deadline.", "The Northvale bridge reopened on Wednesday."),
        ("The Northvale bridge closed until Monday.", "The Northvale bridge closed on Wednesday."),
        ("The Northvale bridge reopened with a Friday deadline for repairs.", "The Northvale bridge reopened on Wednesday."),
        ("A fire broke out at the Northvale Mill, the third since January 1.", "A fire broke out at the Northvale Mill early Wednesday."),
    ],
)  # fmt: skip
def test_a_bound_or_a_things_day_is_no_date_of_the_clause(ruleset, tmp_path, a, b):
    """A day that bounds the clause ("until Friday", "effective Friday", "since
    January 1") or modifies a thing ("Friday's deadline", "a Friday deadline")
    is not when it happened: no conflict with another article's day."""
    from conftest import findings_of

    assert findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-12")], "FC002") == []


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        ("Shops in Northvale stayed closed after the Monday attack.", "Monday", "attack"),
        ("Two men were arrested in Northvale hours after Sunday's explosion.", "Sunday", "explosion"),
        ("The bridge in Northvale has been closed since the Friday morning fire.", "Friday morning", "fire"),
    ],
)
def test_a_day_of_an_event_noun_after_a_bound_dates_the_event(text, value, noun):
    """ "After the Monday attack" bounds the clause by the attack, and the day
    is the attack's own: a date of the attack, not of the clause."""
    (c,) = _dates(text)
    assert (c.value, c.noun) == (value, noun)


@pytest.mark.parametrize(
    "text",
    [
        # a bound that looks ahead: the event may be to come
        "Ana Ruiz campaigned in Northvale ahead of Sunday's vote.",
        "Ana Ruiz rested before Sunday's race in Northvale.",
        "Ministers from Northvale met before the Monday meeting.",
        # a plural: events that come back
        "Clashes broke out in Northvale after the Friday prayers.",
    ],
)
def test_a_day_of_an_event_noun_after_a_bound_that_looks_ahead_or_of_a_plural_is_no_date(text):
    assert [c.value for c in _dates(text) if c.value != "Thursday"] == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ana Ruiz died in hospital after Sunday's attack in Northvale.", "Ana Ruiz died on Tuesday in hospital in Northvale."),
        ("Ana Ruiz was killed after the Monday meeting in Northvale.", "Ana Ruiz was killed on Tuesday in Northvale."),
    ],
)  # fmt: skip
def test_the_day_of_an_event_noun_is_no_day_of_a_death_after_it(ruleset, tmp_path, a, b):
    from conftest import findings_of

    assert findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-12")], "FC002") == []


def test_days_of_one_event_noun_after_a_bound_conflict(ruleset, tmp_path):
    from conftest import findings_of

    a = "Police closed the Northvale station after the Monday attack on the Northvale office."
    b = "Police closed the Northvale station after the Sunday attack on the Northvale office."
    (f,) = findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-12")], "FC002")
    assert sorted(c.value for c in f.claims) == ["Monday", "Sunday"]


def test_a_day_inside_a_bound_phrase_is_no_date_of_the_clause(ruleset, tmp_path):
    """A bridge "reopened ahead of a deadline on Friday": the day is the deadline's."""
    from conftest import findings_of

    a, b = "The bridge reopened ahead of a deadline on Friday.", "The bridge reopened on Wednesday."
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-12")], "FC002") == []


@pytest.mark.parametrize(
    "text",
    [
        "Protesters marched on Bloody Sunday, the anniversary of the 1972 killings.",
        "Tom Reyes won every state on Super Tuesday.",
        "Shoppers crowded the Northvale stores on Black Friday.",
    ],
)
def test_a_weekday_in_the_name_of_a_day_dates_nothing(text):
    assert [c.value for c in claims_of_text(text) if c.slot == "date"] == []


def test_a_weekday_after_a_place_name_is_still_a_day():
    dates = [c.value for c in claims_of_text("Tom Reyes arrived in New York Friday.") if c.slot == "date"]
    assert dates == ["Friday"]


def test_a_surname_before_a_weekday_is_no_named_day():
    dates = [c.value for c in claims_of_text("Voters elected Ana Black Tuesday in Northvale.") if c.slot == "date"]
    assert dates == ["Tuesday"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a man on Monday in connection with the December 6 killing of a shopkeeper in Northvale.",
        "Police arrested Ana Ruiz on Monday in connection with the March 5 killing of a shopkeeper.",
        # "killing" tagged as a verb beside the date
        "Police arrested a man on Monday in connection with the March 5 killing in Northvale.",
    ],
)
def test_a_date_between_a_determiner_and_an_event_noun_dates_the_noun_however_the_parse_split_them(text):
    """The parser may hang "December 6" of "in connection with the December 6
    killing" on "connection", with "killing" beside it: the day is still the
    killing's, not the arrest's."""
    by_value = {c.value: c for c in _dates(text)}
    day = next(v for v in by_value if v != "Monday")
    assert (by_value[day].noun, by_value[day].topic) in (("killing", "killing"), ("kill", "kill"))
    assert by_value["Monday"].noun == "arrest"


def test_a_date_before_an_event_noun_that_qualifies_a_thing_dates_no_event(ruleset, tmp_path):
    """ "missed a Monday vote deadline": Monday is the deadline's, not a vote's."""
    from conftest import findings_of

    a = "The Northvale council missed a Monday vote deadline on the Acme budget."
    b = "The Northvale council held a Wednesday vote on the Acme budget."
    assert "Monday" not in {c.value for c in _dates(a) if c.noun == "vote"}
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-12"), (b, "2025-03-14")], "FC002") == []


def test_a_hearing_ahead_told_before_an_attribution_is_not_a_past_day(ruleset, tmp_path):
    # published on a Saturday: "will appear ... on Thursday, police said" is the
    # coming Thursday, as "is due to appear ... on Thursday" is; no FC002
    found = findings_of_two(
        ruleset,
        tmp_path,
        "Tom Reyes will appear in court on Thursday, police said.",
        "Tom Reyes is due to appear in court on Thursday.",
        "FC002",
        published="2025-05-03",
    )
    assert found == []
    (c,) = [
        d
        for d in claims_of_text("Tom Reyes will appear in court on Thursday, police said.", published="2025-05-03")
        if d.slot == "date"
    ]
    assert c.normalized is not None and c.normalized.startswith("2025-05-08")


def test_a_had_of_a_clause_inside_the_when_clause_does_not_undate_it():
    text = "Crews arrived on Tuesday, when the fire, which had started in the kitchen, destroyed the Acme warehouse."
    assert [c.value for c in _dates(text) if c.predicate == "destroy"] == ["Tuesday"]


def test_a_when_clause_after_a_date_is_dated_by_it(ruleset, tmp_path):
    # "on Tuesday, when a fire destroyed ...": the destruction was on Tuesday too
    dates = _dates("Northvale lost part of its history on Tuesday, when a fire destroyed the old Acme warehouse.")
    destroy = [c for c in dates if c.predicate == "destroy"]
    assert [(c.value, c.normalized) for c in destroy] == [("Tuesday", "2025-04-29")]
    assert "@acme" in destroy[0].anchors
    found = findings_of(
        ruleset,
        tmp_path,
        [
            (
                "Northvale lost part of its history on Tuesday, when a fire destroyed the old Acme warehouse.",
                "2025-05-02",
            ),
            ("A fire destroyed the old Acme warehouse on Sunday.", "2025-05-02"),
        ],
        "FC002",
    )
    assert len(found) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The storm will reach Northvale on Friday, when the river floods the town.",  # ahead
        "Northvale was quiet on Friday, when the storm hits the coast.",  # no past told
        "Tom Reyes stayed in Northvale until 1990, when he moved to Eastport.",  # a bound
        "Northvale lost part of its history on Tuesday when a fire destroyed the old Acme warehouse on Monday.",
        # done before the day: the past perfect
        "Firefighters arrived on Tuesday, when the blaze had already destroyed the Acme warehouse.",
        "Crews arrived on Tuesday, when the river floods the town.",
        "Crews arrived on Tuesday, when the river carries debris into the town.",
    ],
)
def test_a_when_clause_takes_no_date_it_does_not_restate(text):
    assert [
        c.predicate
        for c in _dates(text)
        if c.predicate in ("flood", "hit", "move", "destroy", "carry") and c.value != "Monday"
    ] == []


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # a state told by a copula holds over days: two days of it are no conflict
        ("Ana Ruiz was ill on Tuesday.", "Ana Ruiz was ill on Thursday.", False),
        (
            "Tom Reyes told reporters he was innocent on Tuesday.",
            "Tom Reyes told reporters he was innocent on Thursday.",
            False,
        ),
        ("Ana Ruiz was sick on Tuesday.", "Ana Ruiz was sick on Thursday.", False),
        ("The suspect remained at large on Tuesday.", "The suspect remained at large on Thursday.", False),
        # a participle of a verb, a noun complement or an event beside the state tell an event
        (
            "Three people were injured on Tuesday in Northvale.",
            "Three people were injured on Thursday in Northvale.",
            True,
        ),
        ("Tom Reyes was the winner on Sunday.", "Tom Reyes was the winner on Monday.", True),
        ("Ana Ruiz was the victim of an attack on Tuesday.", "Ana Ruiz was the victim of an attack on Thursday.", True),
        ("Ana Ruiz was dead on arrival on Tuesday.", "Ana Ruiz was dead on arrival on Thursday.", True),
    ],
)
def test_a_state_has_no_day_of_its_own(ruleset, tmp_path, a, b, conflict):
    assert bool(findings_of_two(ruleset, tmp_path, a, b, "FC002", published="2024-03-10")) is conflict
