"""Number claims of different articles that fill one slot though worded
differently: counts of a kind against counts of what it is a kind of, and a
count whose clause adds details. Facts written by hand for generic sentences
(the contract of the parse, without running the parser)."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two
from test_claims_engine import Doc, _slot_disagreements

from factcheck.engine.align import gate
from factcheck.engine.claims import claims_of_extraction
from factcheck.engine.compare import compare_numbers, number_from

FIRE = ("obl:in", "the Acme Bank fire", "fire", "acme-bank")


def _died(art: str, written: str, value: str, noun: str, unit: str) -> Doc:
    return Doc(art).say(
        f"{written} died in the Acme Bank fire.",
        lemma="die",
        args=[("subject", written, noun, None), FIRE],
        atts=[("number", written, value, noun, {"unit": unit})],
    )


def _number(doc: Doc):
    (c,) = [c for c in claims_of_extraction(doc.build()) if c.slot == "number"]
    return c


def test_a_count_of_a_kind_is_compared_with_the_count_of_what_it_is_a_kind_of():
    people = _died("a", "Four people", "4 person", "people", "person")
    more_workers = _died("b", "Five bank workers", "5 worker", "worker", "worker")
    (d,) = _slot_disagreements("number", people.build(), more_workers.build())
    assert d.label == "contradiction"
    assert "of which they are a part" in d.verdict.why
    # fewer workers than people died: the others were not workers
    fewer_workers = _died("c", "Three bank workers", "3 worker", "worker", "worker")
    assert _slot_disagreements("number", people.build(), fewer_workers.build()) == []
    same = _died("d", "Four bank workers", "4 worker", "worker", "worker")
    assert _slot_disagreements("number", people.build(), same.build()) == []
    # only when told by one predicate, and for nouns one of which is a kind of the other
    people_count = _number(people)
    hurt = _number(
        Doc("b").say(
            "Five bank workers were hurt in the Acme Bank fire.",
            lemma="hurt",
            args=[("object", "Five bank workers", "worker", None), FIRE],
            atts=[("number", "Five bank workers", "5 worker", "worker", {"unit": "worker"})],
        )
    )
    assert gate(people_count, hurt) is not None  # died / were hurt: two counts
    boats = _number(_died("e", "Three boats", "3 boat", "boat", "boat"))
    pirates = _number(_died("f", "Five pirates", "5 pirate", "pirate", "pirate"))
    assert gate(boats, pirates) is not None  # neither is a kind of the other


def _missed(art: str, sentence: str, n: str, value: int, extra: list) -> Doc:
    return Doc(art).say(
        sentence,
        lemma="miss",
        args=[("subject", "Roe", "roe", "jo-roe"), ("object", f"{n} games", "game", None), *extra],
        atts=[("number", f"{n} games", f"{value} game", "game", {"unit": "game"})],
    )


def test_a_count_whose_clause_adds_details_is_the_same_count():
    bare = _missed("a", "Roe missed four games.", "four", 4, [])
    detailed = _missed(
        "b",
        "Roe missed six games this season after the loss at Westland Park.",
        "six",
        6,
        [("obl:after", "the loss", "loss", None), ("obl:at", "Westland Park", "westland-park", "westland-park")],
    )
    (d,) = _slot_disagreements("number", bare.build(), detailed.build())
    assert d.label == "contradiction"
    # a modified count may be a part of the plain one: a run of points within a game's total
    total = Doc("e").say(
        "Roe scored 14 points.",
        lemma="score",
        args=[("subject", "Roe", "roe", "jo-roe"), ("object", "14 points", "point", None)],
        atts=[("number", "14 points", "14 point", "point", {"unit": "point"})],
    )
    run = Doc("f").say(
        "Roe scored four straight points in the second half on a dunk.",
        lemma="score",
        args=[
            ("subject", "Roe", "roe", "jo-roe"),
            ("obl:in", "the second half", "half", None),
            ("obl:on", "a dunk", "dunk", None),
        ],
        atts=[("number", "four straight points", "4 point", "point", {"unit": "point"})],
    )
    assert all(x.label != "contradiction" for x in _slot_disagreements("number", total.build(), run.build()))
    # without a named subject the details may be what tells two counts apart
    anon = Doc("c").say(
        "The team missed four games.",
        lemma="miss",
        args=[("subject", "The team", "team", None), ("object", "four games", "game", None)],
        atts=[("number", "four games", "4 game", "game", {"unit": "game"})],
    )
    anon_detailed = Doc("d").say(
        "The team missed six games after the loss at Westland Park.",
        lemma="miss",
        args=[
            ("subject", "The team", "team", None),
            ("obl:after", "the loss", "loss", None),
            ("obl:at", "Westland Park", "westland-park", "westland-park"),
        ],
        atts=[("number", "six games", "6 game", "game", {"unit": "game"})],
    )
    assert all(x.label != "contradiction" for x in _slot_disagreements("number", anon.build(), anon_detailed.build()))


def test_counts_one_apart_differ():
    """A count as written is exact: what rounds to 4 stops short of 4.5, so "four
    people" and "five people" differ; a round figure still admits its neighbours."""
    four, five = number_from("4 person", "person", text="four people"), number_from("5 person", "person", text="5")
    assert compare_numbers(four, five).conflict
    three_hundred = number_from("300 person", "person", text="300 people")
    assert compare_numbers(three_hundred, number_from("301 person", "person", text="301 people")).agree


def _chances(art: str, written: str, value: int) -> Doc:
    return Doc(art).say(
        f"The Hawks had {written} in the game at Westland Park.",
        lemma="have",
        args=[("subject", "The Hawks", "hawks", "hawks"), ("obl:at", "Westland Park", "park", "westland-park")],
        atts=[("number", written, f"{value} chance", "chance", {"unit": "chance"})],
    )


def test_a_modified_count_may_be_part_of_the_plain_one():
    plain = _chances("a", "two chances", 2).build()
    assert _slot_disagreements("number", plain, _chances("b", "one final chance", 1).build()) == []
    (d,) = _slot_disagreements("number", plain, _chances("c", "three final chances", 3).build())
    assert d.label == "contradiction"
    (d,) = _slot_disagreements("number", plain, _chances("d", "one chance", 1).build())
    assert d.label == "contradiction"


def test_the_toll_of_an_event_named_by_neither_side_aligns(tmp_path):
    """ "The earthquake killed 16 people" / "the earthquake killed 10 people,
    officials said": the event noun is what both count for; a duration is told per
    witness and a dated event may be an earlier one."""
    from factcheck.engine.align import event_toll

    (a,) = [c for c in claims_of_text("The earthquake killed 16 people on the island.") if c.slot == "number"]
    (b,) = [c for c in claims_of_text("The earthquake killed 10 people, officials said.", "u") if c.slot == "number"]
    assert event_toll(a, b)
    (long_a,) = [c for c in claims_of_text("The earthquake lasted 10 seconds.") if c.slot == "number"]
    (long_b,) = [c for c in claims_of_text("The earthquake lasted 30 seconds.", "u") if c.slot == "number"]
    assert not event_toll(long_a, long_b)
    (old,) = [c for c in claims_of_text("In 2003 the earthquake killed 26,000 people.", "v") if c.slot == "number"]
    assert not event_toll(a, old)


def test_two_tolls_named_apart_are_two_events():
    from factcheck.engine.align import event_toll

    (a,) = [c for c in claims_of_text("The earthquake killed 16 people in Harlow.") if c.slot == "number"]
    (b,) = [c for c in claims_of_text("The earthquake killed 10 people in Vexa.", "u") if c.slot == "number"]
    assert any(x.startswith("@") for x in a.anchors) and any(x.startswith("@") for x in b.anchors)
    assert not event_toll(a, b)


def test_two_tolls_of_one_event_are_one_finding(tmp_path):
    import factcheck

    for name, text in (
        ("a", "The earthquake killed 16 people in the mountain villages."),
        ("b", "The earthquake killed 10 people, officials said."),
    ):
        (tmp_path / f"{name}.md").write_text(f"---\npublished: 2025-05-02\n---\n\n{text}\n", encoding="utf-8")
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    (f,) = [f for f in report.findings if f.rule == "FC003"]
    assert {c.value for c in f.claims} == {"16 people", "10 people"}


def test_a_sum_is_told_as_a_sum_of_money(ruleset, tmp_path):
    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        "Northvale Bank paid $2.1 million to settle the case, the bank said.",
        "Northvale Bank paid $3 million to settle the case.",
        "FC003",
    )
    assert f.message.startswith("Sources differ on a sum of money: ")
    assert {c.normalized for c in f.claims} == {"$ 2100000", "$ 3000000"}


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        ("Ana Ruiz scored 10 points in the first half of the game.", "10 points", "1 half of game"),
        # one part, however it is written
        ("Ana Ruiz scored 12 points in the opening half.", "12 points", "1 half"),
        ("Tom Reyes scored 8 points in the final two minutes.", "8 points", "last 2 minute"),
        ("Tom Reyes scored 8 points in the last 2 minutes.", "8 points", "last 2 minute"),
        ("Tom Reyes had 10 points in the first 7 ½ minutes, then broke the record.", "10 points", "1 7.5 minute"),
        ("Tom Reyes had 10 points in the first 7 1/2 minutes.", "10 points", "1 7.5 minute"),
        ("Tom Reyes had 10 points in the first 7½ minutes.", "10 points", "1 7.5 minute"),
        ("Tom Reyes scored 8 points in the closing minutes.", "8 points", "last minutes"),
        ("In the past 24 hours, 40 people were arrested in Northvale.", "40 people", "last 24 hour"),
        ("During the past 24 hours, 40 people were arrested in Northvale.", "40 people", "last 24 hour"),
        # other parts: one minute is not the minutes, a few days not one day
        ("Tom Reyes scored 8 points in the final minute.", "8 points", "last minute"),
        ("Police arrested 40 people in the past few days.", "40 people", "last few day"),
        ("Tom Reyes scored 8 points in the first 10 minutes of the game.", "8 points", "1 10 minute of game"),
        ("Tom Reyes scored 6 points in the first 10 minutes of the second half.", "6 points", "1 10 minute of 2 half"),
        ("Tom Reyes won 12 games in the past two seasons.", "12 games", "last 2 season"),
        ("Acme sold 500 cars in the first fiscal quarter.", "500 cars", "1 fiscal quarter"),
        # a count or a level set by "for" or "to", a length of time played, money earned or lost
        ("Tom Reyes rushed for 120 yards in the first half.", "120 yards", "1 half"),
        ("Acme Corp increased its profit to $3 billion in the first quarter.", "$3 billion", "1 quarter"),
        ("Tom Reyes played 18 minutes in the first half.", "18 minutes", "1 half"),
        ("Acme lost $4.8 billion in the fourth quarter.", "$4.8 billion", "4 quarter"),
        ("Acme Corp posted a $5 million loss in the second quarter.", "$5 million", "2 quarter"),
        ("Acme Corp earned 5 million euros in the second quarter.", "5 million euros", "2 quarter"),
        ("The company, which lost $5 million in the first quarter, cut 300 jobs.", "$5 million", "1 quarter"),
        # a phrase fronted before two joined verbs is the second one's too
        ("In the first half, Ana Ruiz scored 10 points and grabbed 5 rebounds.", "5 rebounds", "1 half"),
        # a part beside a whole keeps the part
        ("Police arrested 40 people in the first week during a month of protests.", "40 people", "1 week"),
        # the relative clause's quarter is not the cut's
        ("The company, which lost $5 million in the first quarter, cut 300 jobs.", "300 jobs", None),
        ("Tom Reyes scored 23 points in the game on Friday.", "23 points", None),
        # "after" tells when, a calendar date is no part, a price or a length set by "for" or "to" is dated
        ("After a slow first half, Ana Ruiz finished with 23 points.", "23 points", None),
        ("Police arrested 12 people on the first day of March.", "12 people", None),
        ("Acme bought Beta for $5 million in the second quarter.", "$5 million", None),
        ("Ana Ruiz was sentenced to 10 years in prison on the final day of the trial.", "10 years", None),
        # the figure's own whole ("for the year"): no part
        ("GM lost $4.8 billion in the fourth quarter and a total of $8.6 billion for the year.", "$8.6 billion", None),
    ],
)
def test_the_part_of_a_period_a_figure_is_told_for(text, figure, period):
    """The parse's period phrase on the figure, its noun or its verb ("in the
    first half", "in the final quarter"), in one normal form ("opening" is
    "first", "final" is "last", "two" is 2)."""
    (claim,) = [c for c in claims_of_text(text) if c.slot == "number" and c.value == figure]
    assert dict(claim.extra).get("period") == period


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ana Ruiz scored 8 points in the final two minutes of the second half.", "8 points"),
        ("Police arrested 40 people in the first two or three days.", "40 people"),
    ],
)
def test_a_period_a_figure_is_told_for_is_no_claim_of_its_own(text, figure):
    """ "in the final two minutes" is no count of minutes, "the second half" no position."""
    assert [c.value for c in claims_of_text(text) if c.slot in ("number", "ordinal")] == [figure]


@pytest.mark.parametrize(
    ("part", "whole"),
    [
        ("Ana Ruiz scored 10 points in the first half of the game.", "Ana Ruiz scored 23 points in the game."),
        ("Tom Reyes scored 8 points in the final quarter.", "Tom Reyes had 10 points in the first 7 ½ minutes."),
        ("Tom Reyes scored 8 points in the first 10 minutes of the game.", "Tom Reyes scored 20 points in the game."),
        ("Acme Corp posted a $5 million loss in the second quarter.", "Acme Corp posted a $20 million loss."),
        ("Ana Ruiz scored 10 points in the second half.", "Ana Ruiz scored 8 points in the first half."),
        (
            "Tom Reyes scored 6 points in the first 10 minutes of the second half.",
            "Tom Reyes scored 9 points in the first 10 minutes of the game.",
        ),
        # a part beside its total is no count of the total
        ("Ana Ruiz scored eight of her 23 points in the first half.", "Ana Ruiz scored 10 points in the first half."),
        ("Two of the three suspects were arrested on Monday.", "Two suspects were arrested on Monday."),
    ],
)
def test_a_figure_for_a_part_of_a_period_is_not_the_whole(ruleset, tmp_path, part, whole):
    assert findings_of_two(ruleset, tmp_path, part, whole, "FC003") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Reyes scored 8 points in the final quarter.", "Tom Reyes had 10 points in the last quarter."),
        ("Tom Reyes scored 8 points in the final two minutes.", "Tom Reyes scored 10 points in the last 2 minutes."),
        (
            "In the past 24 hours, 40 people were arrested in Northvale.",
            "During the past 24 hours, 30 people were arrested in Northvale.",
        ),
        # a one-off dated by a period phrase keeps its conflict
        ("Acme bought Beta for $5 million in the second quarter.", "Acme bought Beta for $7 million."),
        (
            "Ana Ruiz was sentenced to 10 years in prison on the final day of the trial.",
            "Ana Ruiz was sentenced to 12 years in prison.",
        ),
    ],
)
def test_figures_for_one_part_of_a_period_still_differ(ruleset, tmp_path, a, b):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert len({c.value for c in f.claims}) == 2


@pytest.mark.parametrize(
    ("text", "narrowed"),
    [
        ("Tom Reyes improved to 40 wins, with 31 wins coming by knockout.", {"40 wins": False, "31 wins": True}),
        ("The fire killed 12 people who were inside the church.", {"12 people": True}),
        ("The fire killed 12 people in the church.", {"12 people": False}),
        # words that list, date or point do not narrow
        ("The fire killed 12 people including two children.", {"12 people": False, "two children": False}),
        ("The fire killed 12 people that day in Northvale.", {"12 people": False}),
        ("Police arrested 12 people following the riot.", {"12 people": False}),
    ],
)
def test_a_clause_after_the_counted_noun_narrows_the_count(text, narrowed):
    from factcheck.engine.claims import NARROWED

    counts = {c.value: (NARROWED, "1") in c.extra for c in claims_of_text(text) if c.slot == "number"}
    assert counts == narrowed


def test_a_narrowed_count_is_a_part_of_the_plain_one(ruleset, tmp_path):
    """ "31 wins coming by knockout" are some of the 40 wins: no conflict; more
    than all of them is one."""
    a = "Tom Reyes improved to a career record of 40 wins and three losses."
    assert findings_of_two(ruleset, tmp_path, a, "Tom Reyes has 31 wins coming by knockout.", "FC003") == []
    (tmp_path / "more").mkdir()
    (f,) = findings_of_two(ruleset, tmp_path / "more", a, "Tom Reyes has 45 wins coming by knockout.", "FC003")
    assert sorted(c.value for c in f.claims) == ["40 wins", "45 wins"]


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # a stretch in one capacity is not the whole stretch, nor one in another capacity
        (
            "Tom Reyes spent seven seasons as an assistant coach with the Harlow Hawks.",
            "Tom Reyes spent 11 seasons with the Harlow Hawks.",
            False,
        ),
        (
            "Ana Ruiz served eight years as deputy mayor of Northvale.",
            "Ana Ruiz served 12 years on the Northvale council.",
            False,
        ),
        (
            "Ana Ruiz served eight years as deputy mayor of Northvale.",
            "Ana Ruiz served 12 years as mayor of Northvale.",
            False,
        ),
        # the same capacity: one stretch
        (
            "Ana Ruiz served eight years as deputy mayor of Northvale.",
            "Ana Ruiz served 12 years as deputy mayor of Northvale.",
            True,
        ),
        (
            "Tom Reyes spent nine seasons with the Harlow Hawks.",
            "Tom Reyes spent 11 seasons with the Harlow Hawks.",
            True,
        ),
        # one role, written two ways
        (
            "Tom Reyes spent five years as head coach of the Harlow Hawks.",
            "Tom Reyes spent seven years as coach of the Harlow Hawks.",
            True,
        ),
        # an "as" phrase that tells no role of a stretch of time
        ("The fire killed as many as 30 people in Northvale.", "The fire killed 45 people in Northvale.", True),
        (
            "The storm destroyed 40 homes as well as a school in Northvale.",
            "The storm destroyed 60 homes in Northvale.",
            True,
        ),
        (
            "As a precaution, police evacuated 200 residents of Northvale.",
            "Police evacuated 300 residents of Northvale.",
            True,
        ),
    ],
)
def test_a_figure_of_one_capacity_meets_only_one_of_the_same(ruleset, tmp_path, a, b, found):
    assert bool(findings_of_two(ruleset, tmp_path, a, b, "FC003")) is found


@pytest.mark.parametrize(
    ("a", "b", "found"),
    [
        # all of them up to now, and those of now
        ("Tom Reyes, who has had 26 wives, is outspoken in his beliefs.", "Tom Reyes has 20 wives.", False),
        ("Acme has had 12 chief executives since 1990.", "Acme has three chief executives.", False),
        # told the same way: one count
        ("Tom Reyes has had 26 wives.", "Tom Reyes has had 20 wives.", True),
        ("Tom Reyes has 26 wives.", "Tom Reyes has 20 wives.", True),
        ("Ana Ruiz has had 3 surgeries on her knee.", "Ana Ruiz has already had 4 surgeries on her knee.", True),
        # a count told otherwise meets either
        ("Ana Ruiz has had 3 surgeries on her knee.", "Ana Ruiz had 4 surgeries on her knee.", True),
    ],
)
def test_a_count_up_to_now_meets_only_one_told_the_same_way(ruleset, tmp_path, a, b, found):
    assert bool(findings_of_two(ruleset, tmp_path, a, b, "FC003")) is found
