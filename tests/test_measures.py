"""Figures of one measure written in different units or spellings: "700
meters" / "600 metres", "2,000 feet" / "609 metres", "160 km/h" / "100 mph".
Units written as symbols ("10 km", "2000ft", "20kg", "fell 600m") are read;
a bare "m" is metres only beside a fall, a climb or a size ("paid 2m" is not)."""

from __future__ import annotations

import pytest
from conftest import findings_of, findings_of_two

from factcheck.engine.compare import compare_numbers, number_from, unit_relation
from factcheck.extract.quantities import extract_quantities


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities("t", text, start=0, end=len(text))]


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("The runners covered 10 km on Sunday.", ("10 km", 10.0, "kilometre")),
        ("The man fell around 2000ft near the hut.", ("2000ft", 2000.0, "foot")),
        ("The parcel weighs 20kg.", ("20kg", 20.0, "kilogram")),
        ("Winds reached 100 mph on Monday.", ("100 mph", 100.0, "mile per hour")),
        ("Winds reached 160 km/h on Monday.", ("160 km/h", 160.0, "kilometre per hour")),
        ("The parcel weighs 5 lb.", ("5 lb", 5.0, "lb")),
        ("The climber fell about 600m while climbing to the hut.", ("600m", 600.0, "metre")),
        ("The cliff is 80m high.", ("80m", 80.0, "metre")),
    ],
)
def test_a_unit_written_as_a_symbol_is_read(text, quantity):
    assert quantity in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "Northvale Mining paid 2m for the licence.",  # a scale with no noun, no length
        "Profits fell to 2m last year.",  # a level, not a fall
        "The 5G network and the 4x4 fleet.",
        "The F-35 and the MH17 flight.",
        # a race's name is no length told; a figure in two units is not read as its first part
        "She won the 400m hurdles in Northvale.",
        "Ana Ruiz ran the 100m in Northvale.",
        "Ana Ruiz jumped 6ft 9in in Northvale.",
        "The boy weighed 9lb 15oz.",
        "Ana Ruiz jumped 1m80 in Northvale.",
        # money: "m" is millions in a sentence about money
        "Acme raised 5m from investors.",
        "Acme's sales fell 2m last year.",
        # the size of a thing, not a measure the clause tells: "3.5mm" is no thickness of the phone
        "The phone has a 3.5mm headset jack.",
        "The storm brought 100 mph winds.",
        "She carried a 5 lb bag of flour.",
    ],
)
def test_no_unit_of_measure_is_read_where_none_is_written(text):
    measures = ("metre", "kilometre", "foot", "kilogram", "millimetre", "mile per hour", "lb")
    assert not [q for q in _read(text) if q[2] in measures]


def test_a_scale_written_short_still_counts_its_noun():
    assert ("2m copies", 2_000_000.0, "copy") in _read("The album sold 2m copies.")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        (("10 miles", "mile"), ("16 km", "km"), "compatible"),
        (("2,000 feet", "foot"), ("609 metres", "metre"), "compatible"),
        (("2,000 feet", "foot"), ("150 metres", "metre"), "differ"),
        (("150 nautical miles", "mile"), ("278 km", "km"), "compatible"),
        (("150 nautical miles", "mile"), ("240 km", "km"), "differ"),
        (("150 miles", "mile"), ("240 km", "km"), "compatible"),
        (("700 meters", "meter"), ("600 metres", "metre"), "differ"),
        (("10,000 acres", "acre"), ("4,000 hectares", "hectare"), "compatible"),
        (("10,000 acres", "acre"), ("2,000 hectares", "hectare"), "differ"),
        (("160 km/h", "kilometre per hour"), ("100 mph", "mile per hour"), "compatible"),
        (("160 km/h", "kilometre per hour"), ("130 mph", "mile per hour"), "differ"),
        (("150m", "metre"), ("150 metres", "metre"), "same"),
    ],
)
def test_figures_of_one_measure_are_compared_in_one_unit(a, b, relation):
    pa = number_from(a[0].replace(",", ""), a[1], text=a[0])
    pb = number_from(b[0].replace(",", ""), b[1], text=b[0])
    assert pa is not None and pb is not None
    assert compare_numbers(pa, pb).relation == relation


def test_units_of_different_measures_or_currencies_are_not_compared():
    assert unit_relation("metre", "kilogram") == "none"
    assert unit_relation("pound", "kilogram") == "none"  # a pound may be money
    assert unit_relation("metre", "meter") == "exact"
    assert unit_relation("foot", "metre") == "measure"


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "Robert Buckley fell 700 meters to his death on Saturday.",
            "Robert Buckley fell about 600 metres on Saturday.",
            {("a", "700 meters"), ("b", "600 metres")},
        ),
        (
            "Robert Buckley fell 2,000 feet on Saturday.",
            "Robert Buckley fell 150 metres on Saturday.",
            {("a", "2,000 feet"), ("b", "150 metres")},
        ),
        (
            "Robert Buckley fell 2,000 feet (609 metres) on Saturday.",
            "Robert Buckley fell 150m on Saturday.",
            {("a", "2,000 feet"), ("b", "150m")},
        ),
        (
            "The hurricane brought winds of 160 km/h to Northvale.",
            "The hurricane brought winds of 130 mph to Northvale.",
            {("a", "160 km/h"), ("b", "130 mph")},
        ),
        # two spellings of one unit are no kind of each other, in either order
        ("The wall is 5 meters high.", "The wall is 8 metres high.", {("a", "5 meters"), ("b", "8 metres")}),
        ("The wall is 8 meters high.", "The wall is 5 metres high.", {("a", "8 meters"), ("b", "5 metres")}),
        (
            "Police seized 20 kg of cocaine in Northvale.",
            "Police seized 50 kilograms of cocaine in Northvale.",
            {("a", "20 kg"), ("b", "50 kilograms")},
        ),
    ],
)
def test_one_measure_told_differently_in_two_units_conflicts(ruleset, tmp_path, a, b, values):
    (found,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert found.label == "contradiction"
    # each side's figure as written, from its own article
    assert {(c.article, c.value) for c in found.claims} == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Robert Buckley fell 2,000 feet (609 metres) on Saturday.", "Robert Buckley fell 600m on Saturday."),
        ("Robert Buckley fell 2,000 feet on Saturday.", "Robert Buckley fell 610 metres on Saturday."),
        (
            "The hurricane brought winds of 160 km/h to Northvale.",
            "The hurricane brought winds of 100 mph to Northvale.",
        ),
        ("Robert Buckley fell 700 meters on Saturday.", "Robert Buckley fell 700 metres on Saturday."),
        # a level, a depth or an amount of another thing is another aspect of the measure
        ("The Acme jet fell 3,000 metres.", "The Acme jet fell from 35,000 feet."),
        ("The quake struck 10 km deep near Northvale.", "The quake struck 40 km from Northvale."),
        ("Police seized 20 kg of cocaine in Northvale.", "Police seized 11 lb of heroin in Northvale."),
        ("Police seized 20 kg of cocaine in Northvale.", "Police seized 5 kg of heroin in Northvale."),
        # an area in square units is no length; a range's first figure has its unit after the second
        ("The Northvale park covers 20 square kilometres.", "The Northvale park covers 8 square miles."),
        ("The wave was 10 to 15 metres high.", "The wave was 40 feet high."),
    ],
)
def test_one_measure_told_alike_in_two_units_agrees(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


def test_a_thousands_group_cut_off_is_no_figure_of_its_own():
    # "2, 000ft" (a space after the comma) is 2,000 feet, not 0 feet; "007" counts nothing
    assert _read("He fell about 600 metres (2, 000ft) down the slope.") == [
        ("600 metres", 600.0, "metre"),
        ("2, 000ft", 2000.0, "foot"),
    ]
    assert _read("Agent 007 arrived.") == []


def test_exact_figures_seed_the_value_groups(ruleset, tmp_path):
    # "some 700 metres" admits both 700 and "about 600": as the first group's seed it
    # held all three and hid the difference; the exact "700 meters" seeds its group now
    articles = [
        ("Robert Buckley fell some 700 metres to his death.", "2025-03-10"),
        ("Robert Buckley fell 700 meters to his death.", "2025-03-10"),
        ("Robert Buckley fell about 600 metres to his death.", "2025-03-10"),
    ]
    (found,) = findings_of(ruleset, tmp_path, articles, "FC003")
    assert {(c.article, c.value) for c in found.claims} == {
        ("a", "700 metres"),
        ("b", "700 meters"),
        ("c", "600 metres"),
    }
    assert {c.article: c.side for c in found.claims}["c"] != {c.article: c.side for c in found.claims}["b"]


def test_hedged_figures_alone_do_not_conflict(ruleset, tmp_path):
    articles = [
        ("Robert Buckley fell some 700 metres to his death.", "2025-03-10"),
        ("Robert Buckley fell about 600 metres to his death.", "2025-03-10"),
    ]
    assert findings_of(ruleset, tmp_path, articles, "FC003") == []


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Up to 70 per cent of services in Northvale, and 60 per cent in Eastmere, were cut.", "percent"),
        ("Turnout was 60 per cent in Northvale.", "percent"),
    ],
)
def test_per_cent_written_in_two_words_is_percent(text, noun):
    from conftest import claims_of_text

    numbers = [c for c in claims_of_text(text) if c.slot == "number"]
    assert numbers and all(c.noun == noun and "cent" not in c.anchors for c in numbers)
    assert all(c.predicate != "cent" for c in numbers)


def test_per_cent_and_percent_are_one_figure(ruleset, tmp_path):
    a, b = "Turnout in Northvale was 60 per cent.", "Turnout in Northvale was 60 percent."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []
    other = tmp_path / "other"
    other.mkdir()
    (found,) = findings_of_two(ruleset, other, a, "Turnout in Northvale was 70 percent.", "FC003")
    assert {(c.article, c.value) for c in found.claims} == {("a", "60 per cent"), ("b", "70 percent")}


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        (
            "The earthquake struck 13 miles east of Northvale on Monday morning.",
            "The earthquake was centered 31 miles east of Northvale, the survey said.",
            {("a", "13 miles"), ("b", "31 miles")},
        ),
        (
            "The temblor occurred 13 miles east of Northvale.",
            "The quake was centred 31 miles east of Northvale.",
            {("a", "13 miles"), ("b", "31 miles")},
        ),
    ],
)
def test_where_a_thing_was_told_by_verbs_that_say_no_more_is_one_figure(ruleset, tmp_path, a, b, values):
    """ "struck", "occurred" and "was centred" say only that the quake happened
    and where: its distance from a place is one figure, and a difference a
    contradiction (not a weak match of two predicates)."""
    (found,) = findings_of_two(ruleset, tmp_path, a, b, "FC003")
    assert found.label == "contradiction"
    assert {(c.article, c.value) for c in found.claims} == values


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the same figure, told by either verb
        (
            "The earthquake struck 13 miles east of Northvale.",
            "The earthquake was centered 13 miles east of Northvale.",
        ),
        # another aspect: a distance from, a distance east of
        ("The earthquake struck 13 miles east of Northvale.", "The earthquake was centered 31 miles from Northvale."),
        # a verb that says more than where: "felt 80 miles away" is not where the quake was
        ("The earthquake struck 13 miles east of Northvale.", "The earthquake was felt 80 miles east of Northvale."),
    ],
)
def test_where_a_thing_was_and_other_figures_stay_apart(ruleset, tmp_path, a, b):
    assert [f for f in findings_of_two(ruleset, tmp_path, a, b, "FC003") if f.label == "contradiction"] == []


def test_a_depth_told_by_verbs_that_say_no_more_is_one_figure(ruleset, tmp_path):
    (found,) = findings_of_two(
        ruleset,
        tmp_path,
        "The quake occurred 10 km deep, 20 miles east of Northvale.",
        "The quake was centred 35 km deep, 20 miles east of Northvale.",
        "FC003",
    )
    assert {(c.article, c.value) for c in found.claims} == {("a", "10 km"), ("b", "35 km")}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # where something began or was found, where an effect was felt, one of a series: other points
        ("The tornado began 5 miles west of Northvale.", "The tornado hit 12 miles west of Northvale."),
        ("The missing hikers were located 5 miles north of Northvale.", "The hikers started 10 miles north of Northvale."),
        ("The earthquake rocked buildings 80 miles east of Northvale.", "The earthquake struck 13 miles east of Northvale."),
        ("A second earthquake occurred 20 miles east of Northvale.", "The earthquake struck 13 miles east of Northvale."),
    ],
)  # fmt: skip
def test_other_points_of_an_event_are_no_contradiction(ruleset, tmp_path, a, b):
    assert [f for f in findings_of_two(ruleset, tmp_path, a, b, "FC003") if f.label == "contradiction"] == []
