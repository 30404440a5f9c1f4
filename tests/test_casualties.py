"""Counts of people killed or hurt, however the outlet words them: "killed
four people", "four people died", "four people were killed", "left four
people dead", "left four dead and 12 injured" are one count; counts of two
named groups, or of the dead and the injured, are two."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two

from factcheck.extract.quantities import extract_quantities

KILLED = "A bomb explosion killed four people in Northvale on Wednesday."


def _numbers(text: str) -> list:
    return [c for c in claims_of_text(text) if c.slot == "number"]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("The attack left three dead and 12 injured.", 3, "person"),
        ("Two wounded in the attack were taken to hospital.", 2, "person"),
        ("The storm left one dead.", 1, "person"),
    ],
)
def test_a_count_of_people_in_a_state_counts_people(text, value, unit):
    (q, *_) = extract_quantities("t", text)
    assert (q.value, q.unit) == (value, unit)


def test_a_state_before_a_noun_is_no_count_of_people():
    (q,) = extract_quantities("t", "Volunteers found three dead birds on the beach.")
    assert q.unit == "bird"


@pytest.mark.parametrize(
    "text",
    [
        "Five people died in the bomb explosion in Northvale on Wednesday.",
        "The bomb explosion left five people dead in Northvale on Wednesday.",
        "Five people were killed in the bomb explosion in Northvale on Wednesday.",
        "The bomb explosion killed five people in Northvale on Wednesday.",
        "The bomb explosion left five dead in Northvale on Wednesday.",
        "The bomb explosion left five people dead in Northvale on Wednesday, police said.",
    ],
)
def test_a_death_toll_told_another_way_contradicts(ruleset, tmp_path, text):
    (f,) = findings_of_two(ruleset, tmp_path, KILLED, text, "FC003")
    assert f.label == "contradiction"
    sides = {c.side: c.value.casefold() for c in f.claims}
    assert sides["a"] == "four people" and sides["b"].startswith("five")
    assert {c.normalized for c in f.claims} == {"4 person", "5 person"}


@pytest.mark.parametrize(
    "text",
    [
        "Four people died in the bomb explosion in Northvale on Wednesday.",
        "The bomb explosion left four people dead in Northvale on Wednesday.",
        "The bomb explosion in Northvale on Wednesday left four dead and 12 injured.",
        # the injured are not the dead
        "Five people were injured in the bomb explosion in Northvale on Wednesday.",
        "The bomb explosion left five people injured in Northvale on Wednesday.",
        "The bomb explosion left 12 injured in Northvale on Wednesday.",
        # two states joined are no count of either
        "The bomb explosion left five people dead or injured in Northvale on Wednesday.",
        "The bomb explosion left five dead or missing in Northvale on Wednesday.",
        "The bomb explosion left five people dead and missing in Northvale on Wednesday.",
        # what they died of is the agent
        "Five people died of cholera in Northvale after the bomb explosion on Wednesday.",
    ],
)
def test_the_same_toll_or_another_count_does_not_contradict(ruleset, tmp_path, text):
    assert findings_of_two(ruleset, tmp_path, KILLED, text, "FC003") == []


def test_the_toll_read_as_the_act_it_counts():
    (died,) = _numbers("Five people died in the explosion.")
    assert (died.predicate, died.subject, died.object, died.normalized) == ("kill", None, "people", "5 person")
    left = {c.value: c for c in _numbers("The attack left three dead and 12 injured.")}
    assert (left["three dead"].predicate, left["three dead"].subject) == ("kill", "attack")
    assert (left["12 injured"].predicate, left["12 injured"].noun) == ("injure", "people")
    assert "dead" not in left["12 injured"].anchors


def test_only_the_people_who_died_are_the_toll():
    # "died with 300 people on board": what was carried, not who died
    (carried,) = _numbers("The pilot died when the plane crashed with 300 people on board.")
    assert carried.predicate != "kill"
    # "left": only with the state the people are left in
    (left,) = _numbers("The company left 300 workers without pay.")
    assert left.predicate == "leave"


def test_names_that_begin_alike_may_be_one_group(ruleset, tmp_path):
    a = "The explosion at the Northvale plant on Friday killed two Acme workers."
    b = "The explosion at the Northvale plant on Friday killed three Acme Corp workers."
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert f.label == "contradiction"


@pytest.mark.parametrize("verb", ["died", "were killed"])
def test_counts_of_two_named_groups_do_not_contradict(ruleset, tmp_path, verb):
    a = f"Two Acme workers {verb} in the explosion at the Northvale plant."
    b = f"Three Beta workers {verb} in the explosion at the Northvale plant."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []
    same_group = f"Three Acme workers {verb} in the explosion at the Northvale plant."
    assert len(findings_of_two(ruleset, tmp_path, a, same_group, "FC003")) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The storm left four dead in Northvale on Wednesday.", "The storm left 12 injured in Northvale on Wednesday."),
        ("The storm left 12 dead in Northvale on Wednesday.", "The storm left 300 people homeless in Northvale on Wednesday."),
        ("The 12 injured were taken to hospital after the storm in Northvale.",
         "Five people were taken to hospital after the storm in Northvale."),
        ("The flood killed four people in Northvale on Wednesday.",
         "Five people died from cholera in Northvale after the flood on Wednesday."),
    ],
)  # fmt: skip
def test_a_count_of_people_in_a_state_is_only_the_toll_of_its_act(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


def test_passed_away_is_died(ruleset, tmp_path):
    a = "Five people died in the bomb blast in Northvale on Wednesday."
    b = "Four people passed away in the bomb blast in Northvale on Wednesday."
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert f.label == "contradiction"


def test_two_states_joined_give_no_count_of_people():
    assert [q.unit for q in extract_quantities("t", "The bomb left five dead or missing.")] == []
    units = [q.unit for q in extract_quantities("t", "The attack left three dead and 12 injured.")]
    assert units == ["person", "person"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Five were killed in the bomb explosion in Northvale on Wednesday.", "5 person"),
        ("Police said 46 were arrested in Northvale on Wednesday.", "46 person"),
        ("The Northvale earthquake killed at least 10, officials said.", "10 person"),
    ],
)
def test_a_bare_number_of_a_verb_of_people_counts_people(text, value):
    (c,) = _numbers(text)
    assert c.normalized == value and c.noun == "people"


@pytest.mark.parametrize(
    "text",
    [
        "No one was hurt in the fire.",
        "Two of the victims died in hospital.",
        "Police killed one of the gunmen.",
        "Ana Ruiz scored 20 in the final.",  # not a verb of people
        "Police arrested 2019 in Northvale.",  # a year
        "Police did not arrest 40 in Northvale.",
    ],
)
def test_no_bare_count_where_the_number_is_no_count_of_people(text):
    assert [c.value for c in _numbers(text) if ("bare", "1") in c.extra] == []


@pytest.mark.parametrize(
    ("b", "conflict"),
    [
        ("Five were killed by the bomb in Northvale on Wednesday.", True),
        ("The bomb killed at least five in Northvale on Wednesday.", True),
        ("Four were killed by the bomb in Northvale on Wednesday.", False),
        ("The bomb killed at least three in Northvale on Wednesday.", False),
        # who died may be some of the toll
        ("Two died in hospital after the bomb in Northvale on Wednesday.", False),
    ],
)
def test_bare_counts_across_articles(ruleset, tmp_path, b, conflict):
    found = findings_of_two(ruleset, tmp_path, "A bomb killed four people in Northvale on Wednesday.", b, "FC003")
    assert len(found) == int(conflict)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a rate is no count of one event
        ("Every year about 300 people die in road crashes in Northvale.",
         "The crash in Northvale on Wednesday killed four people."),
        ("Malaria leaves 400 people dead in Northvale each year.",
         "Malaria killed 12 people in Northvale on Wednesday."),
        ("Nearly 1,000 people die on Northvale's roads each year, and Wednesday's crash killed four.",
         "Wednesday's crash in Northvale killed four people."),
        ("Acme workers work 40 hours a week in Northvale.", "Acme workers work eight hours a day in Northvale."),
        # nearly dying, or not dying, is no death
        ("Five people nearly died in the Northvale fire on Wednesday.",
         "The Northvale fire on Wednesday killed two people."),
        ("Five people did not die in the Northvale fire on Wednesday.",
         "The Northvale fire on Wednesday killed two people."),
        # a named group may be some of the plain count
        ("Two Acme workers died in the explosion at the Northvale plant.",
         "Three workers died in the explosion at the Northvale plant."),
    ],
)  # fmt: skip
def test_rates_near_deaths_and_parts_are_no_toll(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a range or a ratio is no bare count
        ("The Northvale quake killed 10 to 15, officials said.", "The Northvale quake killed 12 people, officials said."),
        ("Police arrested 30 to 40 in Northvale on Friday.", "Police arrested 35 in Northvale on Friday."),
        ("The Northvale virus killed 1 in 10 of those infected, Ana Ruiz said.",
         "The Northvale virus killed 10, Ana Ruiz said."),
        ("The Northvale blast nearly killed 3, Ana Ruiz said.", "The Northvale blast killed 2, Ana Ruiz said."),
        # rates however written
        ("About 300 people die on Northvale roads annually, Ana Ruiz said.",
         "Four people died on Northvale roads on Monday, Ana Ruiz said."),
        ("Every year, about 300 people die on Northvale roads, Ana Ruiz said.",
         "Four people died on Northvale roads on Monday, Ana Ruiz said."),
        ("Ana Ruiz earns $90,000 per annum at Acme in Northvale.",
         "Ana Ruiz earned $20,000 at Acme in Northvale last quarter."),
        ("About 300 people die on Northvale roads a year and the crash on Monday killed four.",
         "The crash on Northvale roads on Monday killed four people."),
        ("About 300 people die on Northvale roads, on average, each year, Ana Ruiz said.",
         "Four people died on Northvale roads on Monday, Ana Ruiz said."),
        # a count within a span of time may be part of the whole
        ("Police arrested 12 in 24 hours in Northvale, Ana Ruiz said.", "Police arrested 24 in Northvale, Ana Ruiz said."),
        ("The Northvale quake killed 3 out of 10 residents, officials said.",
         "The Northvale quake killed 12 people, officials said."),
        ("Police arrested 46 \u2013 50 in Northvale on Friday.", "Police arrested 48 people in Northvale on Friday."),
        # who died in hospital may be some of who died
        ("Five people died in the bomb blast in Northvale on Wednesday.",
         "Two died in hospital after the bomb blast in Northvale on Wednesday."),
    ],
)  # fmt: skip
def test_ranges_ratios_and_rates_are_no_count_of_one_event(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a count of none is the whole toll
        ("Nobody died in the Northvale explosion on Wednesday.",
         "The Northvale explosion killed three people on Wednesday."),
        ("No one died in the Northvale blast, Ana Ruiz said.", "The Northvale blast killed two, Ana Ruiz said."),
        # "a <period>" that is no rate
        ("Police arrested 46 people during a week of protests in Northvale.",
         "Police arrested 30 people during protests in Northvale."),
        ("Gunmen killed 12 people in Northvale in under an hour.", "Gunmen killed 9 people in Northvale."),
        ("The siege of Northvale lasted a week and killed 40 people, Ana Ruiz said.",
         "The siege of Northvale killed 30 people, Ana Ruiz said."),
        # one rate told two ways
        ("Acme's Northvale plant makes 400 cars daily, Ana Ruiz said.",
         "Acme's Northvale plant makes 500 cars a day, Ana Ruiz said."),
        # a bare count is as plain as a count of people
        ("Two were killed by the bomb in Northvale on Wednesday.",
         "The bomb killed four people in Northvale on Wednesday."),
        ("Police arrested 2,000 in Northvale on Friday.", "Police arrested 1,500 people in Northvale on Friday."),
    ],
)  # fmt: skip
def test_counts_that_are_still_compared(ruleset, tmp_path, a, b):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert f.label == "contradiction"


@pytest.mark.parametrize(
    "b",
    [
        "Police denied that five people died in the Northvale fire on Wednesday.",
        "Police denied reports that five people died in the Northvale fire on Wednesday.",
        "Police denied that the Northvale fire on Wednesday killed five people.",
        "Officials disputed claims that the Northvale fire on Wednesday left five dead.",
    ],
)
def test_a_denied_count_is_not_the_articles(ruleset, tmp_path, b):
    a = "The Northvale fire on Wednesday killed two people."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []
    # the same count, told plainly, contradicts
    told = "Police said five people died in the Northvale fire on Wednesday."
    assert len(findings_of_two(ruleset, tmp_path, a, told, "FC003")) == 1


@pytest.mark.parametrize(
    "b",
    [
        # said beside a denial, not denied
        "Police rejected the claim, saying five people died in the Northvale fire on Wednesday.",
        "Acme denied wrongdoing when the Northvale fire on Wednesday killed five people.",
        "Acme dismissed its manager after five people died in the Northvale fire on Wednesday.",
        # a denial itself negated
        "Officials did not deny that five people died in the Northvale fire on Wednesday.",
    ],
)
def test_a_count_beside_a_denial_is_the_articles(ruleset, tmp_path, b):
    a = "The Northvale fire on Wednesday killed two people."
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert f.label == "contradiction"


FIRE = "Three people were injured when the fire hit the Northvale church on Sunday."


@pytest.mark.parametrize(
    "text",
    [
        "Five people were injured in the fire at the Northvale church, officials said.",
        "No one was hurt in the fire at the Northvale church, officials said.",
        "The fire at the Northvale church injured five people, officials said.",
    ],
)
def test_a_toll_is_of_the_event_its_when_clause_tells(ruleset, tmp_path, text):
    """ "Three people were injured when the fire hit the Northvale church" is
    the toll of the fire at the church: another count of it conflicts."""
    (f,) = findings_of_two(ruleset, tmp_path, FIRE, text, "FC003")
    assert {c.side for c in f.claims} == {"a", "b"}
    (three,) = _numbers(FIRE)
    assert {"fire", "@northvale"} <= three.anchors and three.predicate == "injure"


@pytest.mark.parametrize(
    "text",
    [
        "Three people were injured in the fire at the Northvale church, officials said.",
        # another event: another place named
        "Five people were injured when the fire hit the Westshire school on Sunday.",
        # the dead are not the injured
        "Five people were killed in the fire at the Northvale church, officials said.",
    ],
)
def test_the_same_toll_by_a_when_clause_or_another_events_does_not_conflict(ruleset, tmp_path, text):
    assert findings_of_two(ruleset, tmp_path, FIRE, text, "FC003") == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the "when" clause dates the toll: two fires
        (
            "Twelve people were killed when a fire destroyed the Northvale church in 1998.",
            "Five people were killed when a fire hit the Northvale church on Sunday.",
        ),
        # some of the toll
        (
            "Three children were among the dead in the bombing at the Northvale market, officials said.",
            "The bombing at the Northvale market killed five children, officials said.",
        ),
        (
            "Three children were among the injured when the bomb exploded at the Northvale market.",
            "Five children were injured when a bomb exploded at the Northvale market.",
        ),
        (
            "Three people are dead after the fire at the Northvale church, officials said.",
            "The fire at the Northvale church killed five people, officials said.",
        ),
        # a "when" clause of a part, of an act, of another event
        (
            "Two people were killed when the roof collapsed during the fire at the Northvale warehouse.",
            "The fire at the Northvale warehouse killed five people, officials said.",
        ),
        (
            "Two people were killed when police opened fire on protesters in Northvale on Sunday.",
            "A fire in Northvale killed five people on Sunday, officials said.",
        ),
        (
            "Five people were killed when a second bomb exploded at the Northvale market.",
            "Three people were killed when a bomb exploded at the Northvale market on Sunday.",
        ),
    ],
)
def test_a_when_clause_of_another_time_part_or_event_is_no_toll_of_the_event(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


@pytest.mark.parametrize(
    "text",
    [
        "Three people were injured as the fire swept through the Northvale church on Sunday.",
        "Three people were injured as the fire hit the Northvale church on Sunday.",
        "Three people were injured after the fire hit the Northvale church on Sunday.",  # the injured only
    ],
)
def test_a_toll_is_of_the_event_its_as_or_after_clause_tells(ruleset, tmp_path, text):
    (f,) = findings_of_two(
        ruleset, tmp_path, text, "Five people were injured in the fire at the Northvale church.", "FC003"
    )
    assert {c.normalized for c in f.claims} == {"3 person", "5 person"}
    (three,) = _numbers(text)
    assert {"fire", "@northvale"} <= three.anchors


def test_deaths_after_the_event_are_no_toll_of_it(ruleset, tmp_path):
    a = "Two people later died in hospital after the fire swept through the Northvale church."
    b = "Four people died when the fire swept through the Northvale church."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


@pytest.mark.parametrize(
    "third",
    [
        "Two people died in the fire at the Northvale church.",
        "Three people died in the fire at the Northvale church.",  # the same figure, of the dead
    ],
)
def test_a_death_toll_is_no_source_of_a_count_of_the_injured(ruleset, tmp_path, third):
    """ "Two people died" may be some of the people hurt, and "three people
    died" is the same figure, but neither says three were injured."""
    from conftest import findings_of

    (f,) = findings_of(
        ruleset,
        tmp_path,
        [
            ("Three people were injured in the fire at the Northvale church on Sunday.", "2025-03-10"),
            ("Five people were injured in the fire at the Northvale church.", "2025-03-10"),
            (third, "2025-03-10"),
        ],
        "FC003",
    )
    assert "3 person ('Three people'; 1 independent source: a)" in f.message
    assert {c.article for c in f.claims} == {"a", "b"}


@pytest.mark.parametrize("dead", ["Two people died", "Two people were killed"])
def test_an_article_with_the_dead_and_the_injured_still_differs_on_the_injured(ruleset, tmp_path, dead):
    a = f"Five people were injured in the fire at the Northvale church. {dead} in the fire at the Northvale church."
    (f,) = findings_of_two(
        ruleset, tmp_path, a, "Eight people were injured in the fire at the Northvale church.", "FC003"
    )
    assert {c.normalized for c in f.claims} == {"5 person", "8 person"}


def test_a_toll_that_names_its_event_keeps_it_whatever_the_when_clause_adds(ruleset, tmp_path):
    a = "Three people were killed in the fire at the Northvale church when flames engulfed the building on Sunday."
    (f,) = findings_of_two(ruleset, tmp_path, a, "The fire at the Northvale church killed five people.", "FC003")
    assert {c.normalized for c in f.claims} == {"3 person", "5 person"}


def test_only_the_count_right_before_its_state_is_the_acts():
    """ "Five people are dead after 2 explosions": five died; the two explosions are no deaths."""
    five, two = _numbers("Five people are dead after 2 explosions in Northvale.")
    assert five.normalized == "5 person" and two.normalized == "2 explosion"
    assert two.predicate == "dead"  # the fact's own, not the act of the count before its state


def test_an_arrest_in_another_named_event_does_not_answer_no_one_arrested(ruleset, tmp_path):
    police = "Police arrested Tom Reyes in connection with the Northvale shooting."
    assert (
        findings_of_two(ruleset, tmp_path, "No one has been arrested in the Eastport robbery.", police, "FC003") == []
    )


def test_a_dead_count_and_a_hurt_count_of_one_figure_are_two_counts(ruleset, tmp_path):
    a = "The Northvale fire killed two people. The Northvale fire injured two people."
    (f,) = findings_of_two(ruleset, tmp_path, a, "The Northvale fire killed three people.", "FC003")
    assert f.message.count("independent source") == 2  # the dead only: 2 | 3


def test_a_count_told_by_a_verb_of_no_harm_still_backs_the_figure(ruleset, tmp_path):
    from conftest import findings_of

    (f,) = findings_of(
        ruleset,
        tmp_path,
        [
            ("Five people were injured in the fire at the Northvale church.", "2025-03-10"),
            ("Five people were taken to hospital after the fire at the Northvale church.", "2025-03-10"),
            ("Eight people were injured in the fire at the Northvale church.", "2025-03-10"),
        ],
        "FC003",
    )
    assert "5 person ('Five people'; 2 independent sources: a, b)" in f.message


def test_a_count_of_the_dead_is_never_set_against_another_count(ruleset, tmp_path):
    a = (
        "Two people were killed in the fire at the Northvale church on Sunday. "
        "Five people were injured in the fire at the Northvale church on Sunday."
    )
    b = "Three people were taken to hospital after the fire at the Northvale church on Sunday."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []
    a = "Two people were killed in the fire at the Northvale church. Five people were injured in the fire at the church."
    b = "Five people were killed in the fire at the Northvale church. Two people were injured in the fire at the church."
    found = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert sorted(len({c.normalized for c in f.claims}) for f in found) == [2, 2]  # the dead apart from the hurt


@pytest.mark.parametrize(
    ("cared", "conflict"),
    [
        ("Three people were taken to hospital after the fire at the Northvale church on Sunday.", False),
        ("Three people were hospitalized after the fire at the Northvale church on Sunday.", False),
        ("Eight people were taken to hospital after the fire at the Northvale church on Sunday.", True),
    ],
)
def test_the_people_taken_to_hospital_are_some_of_the_injured(ruleset, tmp_path, cared, conflict):
    a = "Five people were injured in the fire at the Northvale church on Sunday."
    assert bool(findings_of_two(ruleset, tmp_path, a, cared, "FC003")) is conflict


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # "others" counts what the count before it counts
        (
            "Thirty people were killed and 55 others were injured in the Northvale blast.",
            "The Northvale blast killed 30 people and injured 60 people.",
            ["55 others", "60 people"],
        ),
        (
            "The Northvale blast killed two workers and wounded two others on Monday.",
            "The Northvale blast killed two workers and wounded three workers on Monday.",
            ["three workers", "two others"],
        ),
    ],
)
def test_a_count_of_others_counts_what_the_count_before_it_counts(ruleset, tmp_path, a, b, values):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert sorted(c.value for c in f.claims) == values


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # the others are not what the count before them counts when they stand elsewhere
        ("Ana Ruiz scored 20 points and three others scored in double figures for Northvale.", "other"),
        # no count before them in the sentence
        ("Police in Northvale are seeking two others.", "other"),
        # others of things may be counted again in a total ("damaged 80 homes")
        ("The fire destroyed 30 homes in Northvale and damaged 50 others.", "other"),
        # others that do something else are not surely the same kind
        ("The Northvale fire killed 30 people and forced 200 others to flee.", "other"),
        # some of the people counted before ("among them") are not what others count
        ("The Northvale blast killed 30 people, among them two children, and injured 55 others.", "people"),
        # others of people are people, not surely of the same kind
        ("The Northvale blast killed two workers and wounded two others.", "people"),
    ],
)
def test_what_a_count_of_others_counts(text, noun):
    (c,) = [c for c in claims_of_text(text) if c.slot == "number" and "other" in c.value]
    assert c.noun == noun


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        # a verb the tagger takes for an adjective still has its object
        ("The Northvale blast killed 30 people and injured 60 people.", "injure"),
        ("The Northvale blast killed two workers and wounded three people on Monday.", "wound"),
    ],
)
def test_a_verb_read_as_an_adjective_with_an_object_is_a_predicate(text, predicate):
    counts = [c for c in claims_of_text(text) if c.slot == "number"]
    assert [c.predicate for c in counts] == ["kill", predicate]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # the others' verb read as an adjective ("are missing") tells no second count of the deaths
        (
            "Five people died in the Northvale fire; two others are missing.",
            "Eight people died in the Northvale fire.",
            ["Eight people", "Five people"],
        ),
        (
            "The storm destroyed 30 homes and damaged 50 others in Northvale.",
            "The storm damaged 80 homes in Northvale.",
            [],
        ),
    ],
)
def test_others_missing_or_of_things_add_no_count(ruleset, tmp_path, a, b, values):
    found = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert sorted(c.value for f in found for c in f.claims) == values


@pytest.mark.parametrize(
    ("a", "b", "rule", "values"),
    [
        # the date and place after the second of two joined verbs of harm are the first's too
        (
            "Rebels killed 20 soldiers and injured 40 people in Westshire on Tuesday.",
            "Rebels killed 20 soldiers in Westshire on Monday.",
            "FC002",
            ["Tuesday", "Monday"],
        ),
        (
            "The blast killed 30 people and injured 60 people in Northvale.",
            "The blast killed 30 people in Westshire.",
            "FC007",
            ["Northvale", "Westshire"],
        ),
    ],
)
def test_the_setting_of_joined_harms_is_shared(ruleset, tmp_path, a, b, rule, values):
    (f,) = findings_of_two(ruleset, tmp_path, a, b, rule)
    assert [c.value for c in f.claims] == values


def test_a_verb_with_a_place_after_it_read_as_an_adjective_keeps_its_negation(ruleset, tmp_path):
    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        "Ana Ruiz did not live opposite the Northvale stadium.",
        "Ana Ruiz lived opposite the Northvale stadium in 2010.",
        "FC004",
    )
    assert [c.value for c in f.claims] == ["not", "live"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the first verb has a date of its own, and the second clause a subject of its own
        (
            "Rebels killed five soldiers on Monday, and they wounded 12 villagers in Westshire on Tuesday.",
            "Rebels killed five soldiers in Northvale on Monday.",
        ),
        # where the injured come from is not where the crash was
        (
            "The bus crash killed two tourists and injured three students from Westshire.",
            "The bus crash in Northvale killed three tourists.",
        ),
        # a place of its own: the other verb's date may be another event's
        (
            "Rebels killed 20 soldiers in Northvale and injured 40 people in Westshire on Tuesday.",
            "Rebels killed 20 soldiers in Northvale on Monday.",
        ),
        # others of a verb that is no harm may overlap the first group
        (
            "Police arrested five men and questioned 20 others in Northvale on Monday.",
            "Police questioned 25 people in Northvale on Monday.",
        ),
    ],
)
def test_no_setting_or_others_shared_beyond_one_attack(ruleset, tmp_path, a, b):
    found = [f for rule in ("FC002", "FC003", "FC007") for f in findings_of_two(ruleset, tmp_path, a, b, rule)]
    assert found == []


def test_an_adjective_in_ed_that_is_no_verb_is_no_predicate():
    assert [
        c
        for c in claims_of_text("Betty Ruiz has died in Northvale, aged 85.")
        if c.slot == "polarity" and c.predicate == "age"
    ] == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # the seriously hurt are some of the hurt
        ("The Northvale bombing injured 55 people.", "The Northvale bombing seriously injured 10 people.", []),
        (
            "A blast in Northvale killed 30 people and injured 55 others on Monday.",
            "A blast in Northvale seriously injured 10 people on Monday.",
            [],
        ),
        # one degree on both sides is one count
        (
            "The Northvale bombing seriously injured 12 people.",
            "The Northvale bombing seriously injured 10 people.",
            ["10 people", "12 people"],
        ),
    ],
)
def test_a_count_of_harm_of_a_degree_is_compared_only_with_the_same_degree(ruleset, tmp_path, a, b, values):
    found = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert sorted(c.value for f in found for c in f.claims) == values
