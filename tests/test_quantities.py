from __future__ import annotations

import pytest

from factcheck.extract.quantities import (
    comparable,
    extract_quantities,
    format_value,
    same_quantity,
    singular,
    unit_match,
)


def qs(text: str, **kw):
    return extract_quantities("t", text, **kw)


def one(text: str):
    found = qs(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


# --------------------------------------------------------------------------- percentages


@pytest.mark.parametrize(
    "text, written",
    [
        ("The levy rose to 25% last year.", "25%"),
        ("The levy rose to 25 per cent last year.", "25 per cent"),
        ("The levy rose to 25 percent last year.", "25 percent"),
        ("The levy rose to 25 pct last year.", "25 pct"),
        ("A 25-per-cent levy was announced.", "25-per-cent"),
        ("The levy rose to twenty-five per cent last year.", "twenty-five per cent"),
    ],
)
def test_percent_forms_normalise_alike(text, written):
    q = one(text)
    assert q.text == written
    assert q.unit == "percent"
    assert q.value == 25
    assert q.normalized == "25 percent"
    assert q.how.startswith(f"'{written}' -> 25 percent")


def test_percent_equivalence():
    a, b, c = (one(t) for t in ("a 25% cut", "a 25 per cent cut", "a 25 percent cut"))
    assert same_quantity(a, b) and same_quantity(b, c) and same_quantity(a, c)
    assert unit_match(a, b) == "exact"
    assert not same_quantity(a, one("a 20 per cent cut"))


def test_small_word_percent_and_span_offsets():
    text = "Spending will reach two per cent of output."
    q = one(text)
    assert (q.value, q.normalized) == (2, "2 percent")
    assert text[q.span.start : q.span.end] == q.text == "two per cent"


def test_percentage_points_are_not_percent():
    q = one("Support fell 3 percentage points in a month.")
    assert q.unit == "percentage point"
    assert not comparable(q, one("Support fell 3 per cent."))


def test_qualifier_is_explained_not_dropped():
    q = one("It sends over 20 per cent of its output abroad.")
    assert q.value == 20 and "over" in q.how


# --------------------------------------------------------------------------- money


@pytest.mark.parametrize(
    "text, written, unit, value",
    [
        ("The city will spend $1.3 billion on roads.", "$1.3 billion", "$", 1.3e9),
        ("The city will spend $1.3-billion on roads.", "$1.3-billion", "$", 1.3e9),
        ("The city will spend $30 billion on roads.", "$30 billion", "$", 30e9),
        ("The firm raised US$5 million from investors.", "US$5 million", "USD", 5e6),
        ("Tickets cost C$10 at the door.", "C$10", "CAD", 10),
        ("Tickets cost CAD 5 at the door.", "CAD 5", "CAD", 5),
        ("The club paid €3m for the player.", "€3m", "EUR", 3e6),
        ("The club paid £40 million for the player.", "£40 million", "GBP", 40e6),
        ("Another 125 billion dollars is at stake.", "125 billion dollars", "$", 125e9),
        ("Another $125 billion is at stake.", "$125 billion", "$", 125e9),
        ("The fund holds 5 million USD in cash.", "5 million USD", "USD", 5e6),
        ("A stamp costs 50 cents now.", "50 cents", "$", 0.5),
        # a sum joined to its currency by a hyphen, as a modifier
        ("Thieves pulled off a two million-euro heist.", "two million-euro", "EUR", 2e6),
        ("Thieves pulled off a 2-million-euro heist.", "2-million-euro", "EUR", 2e6),
        ("The state unveiled a 10-billion-dollar rescue plan.", "10-billion-dollar", "$", 10e9),
        ("Two-billion-dollar deals are rare.", "Two-billion-dollar", "$", 2e9),
        ("Fares saw a ten-cent rise.", "ten-cent", "$", 0.1),
    ],
)
def test_money(text, written, unit, value):
    q = one(text)
    assert q.text == written
    assert q.unit == unit
    assert q.value == pytest.approx(value)
    assert q.normalized == f"{unit} {format_value(value)}"


def test_money_normalised_form_and_ambiguous_dollar():
    q = one("The city will spend $1.3 billion on roads.")
    assert q.normalized == "$ 1300000000"
    assert "ambiguous" in q.how
    usd = one("The city will spend US$1.3 billion on roads.")
    assert usd.normalized == "USD 1300000000"
    assert "ambiguous" not in usd.how


def test_money_scales_compare():
    a = one("a fund of $2.5 billion")
    b = one("a fund of $2,500 million")
    c = one("a fund of 2.5 billion dollars")
    assert a.value == b.value == c.value == 2.5e9
    assert same_quantity(a, b) and same_quantity(a, c)


def test_bare_dollar_matches_usd_or_cad_only_as_possible():
    bare = one("It costs $30 billion.")
    usd = one("It costs US$30 billion.")
    cad = one("It costs C$30 billion.")
    eur = one("It costs €30 billion.")
    assert comparable(bare, usd) and comparable(bare, cad)
    assert unit_match(bare, usd) == "possible" and unit_match(bare, cad) == "possible"
    assert same_quantity(bare, usd)  # the numbers agree; the currency only possibly
    assert not comparable(usd, cad) and not same_quantity(usd, cad)
    assert not comparable(bare, eur)
    pct = one("It rose 30 per cent.")
    assert not comparable(bare, pct)


def test_tolerance():
    a = one("a deficit of $40 billion")
    b = one("a deficit of $41 billion")
    assert not same_quantity(a, b)
    assert same_quantity(a, b, rel_tol=0.05)
    assert same_quantity(a, b, abs_tol=2e9)


# --------------------------------------------------------------------------- counts


@pytest.mark.parametrize(
    "text, written, unit, value",
    [
        ("The party won 169 seats on Monday.", "169 seats", "seat", 169),
        ("Police said three people were hurt.", "three people", "person", 3),
        ("The plant will cut 2,000 jobs this year.", "2,000 jobs", "job", 2000),
        ("Output reached 1.5 million barrels a day.", "1.5 million barrels", "barrel", 1.5e6),
        ("The two countries signed a pact.", "two countries", "country", 2),
        ("About 2,000 auto workers walked out.", "2,000 auto workers", "worker", 2000),
        ("They bought a dozen eggs.", "a dozen eggs", "egg", 12),
        ("Half a million people marched.", "Half a million people", "person", 5e5),
        ("Two hundred and fifty soldiers arrived.", "Two hundred and fifty soldiers", "soldier", 250),
        ("The vote elected one mayor.", "one mayor", "mayor", 1),
        ("There are 12 Liberal MPs in the region.", "12 Liberal MPs", "MP", 12),
    ],
)
def test_counts(text, written, unit, value):
    q = one(text)
    assert (q.text, q.unit, q.value) == (written, unit, value)
    assert q.normalized == f"{format_value(value)} {unit}"


def test_count_normalized_example():
    assert one("The party won 169 seats.").normalized == "169 seat"


def test_scaled_number_without_noun_is_a_count():
    q = one("The country has a population of 40 million.")
    assert (q.unit, q.value) == ("count", 4e7)


def test_ranges_take_the_unit_of_their_second_number():
    found = qs("Prices rose 20-25% and then 3 to 4 per cent.")
    assert [(q.text, q.normalized) for q in found] == [
        ("20", "20 percent"),
        ("25%", "25 percent"),
        ("3", "3 percent"),
        ("4 per cent", "4 percent"),
    ]
    money = qs("The bill is between $20 and $30 billion.")
    assert [q.value for q in money] == [20e9, 30e9]


def test_abbreviated_ranges_end_at_the_full_figure():
    # a market report writes a range's end with its last digits only
    found = qs("The dollar traded at 117.81-83 yen, and the index ended at 1,189.42-50 points.")
    assert [(q.text, q.normalized) for q in found] == [
        ("117.81", "JPY 117.81"),
        ("83 yen", "JPY 117.83"),
        ("1,189.42", "1189.42 point"),
        ("50 points", "1189.5 point"),
    ]
    assert "abbreviated range" in found[1].how
    assert [q.normalized for q in qs("It closed at 119.27- 29 yen in Tokyo.")] == ["JPY 119.27", "JPY 119.29"]
    # a full range, a single decimal and whole numbers are left as written
    assert [q.normalized for q in qs("It traded at 118.99-119.09 yen.")] == ["JPY 118.99", "JPY 119.09"]
    assert [q.normalized for q in qs("It cost 2.5-3 million dollars.")][1] == "$ 3000000"
    assert [q.normalized for q in qs("Children aged 12-14 years.")] == ["12 year", "14 year"]


@pytest.mark.parametrize(
    "text",
    [
        "The election was held in 2025 and again in 1999.",  # years
        "Voters went to the polls in 2024, after the November 2024 campaign.",
        "They spoke on March 28 and again on 28 March.",  # day numbers
        "They spoke on March 28th, after the Nov. 2, 2025 report.",
        "It would become the 51st state, the first and second in line.",  # ordinals
        "The meeting starts at 10 a.m. and ends at 11:30 today.",  # times
        "Nurses work 10 pm shifts and ten a.m. breaks.",
        "Call 613-555-0123 or (613) 555-0199 for details.",  # phone numbers
        "Upgrade to version 2.4.1 or v3 of the app.",  # versions
        "The file hash is 1ba4ba4759a6f8c6c9a6 in the log.",  # hex
        "See https://example.com/news/25-people-hurt for more.",  # URL
        "Leaders met at the G7 summit during COVID-19 times.",  # numbers glued to words
        "It was one of the most stable relationships.",
        "No one came, someone left, and one day it ended.",
        "The one that won was the Liberal.",
        "The Liberals fell three shy of a majority.",  # a number without a noun
        "Air Force One landed with a two-year plan.",
    ],
)
def test_not_quantities(text):
    assert qs(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "He paid with a five-dollar bill.",  # a face value, no sum paid
        "She sold a rare one-dollar coin.",
        "Police seized fake 50-euro notes.",
        "They bought a million-dollar home.",  # an idiom for a large sum
        "He signed a 30-dollar-a-barrel contract.",  # rates
        "Nurses won a 20-dollar-an-hour wage.",
        "The bonds sold at 40-cents-on-the-dollar.",
        "The 150-yen-to-the-dollar level held.",  # exchange rates
        "It traded at the 1.10-dollar level.",
        "Costs are given in 2008-dollar terms.",  # a year
        "A 5-euro-cent increase was agreed.",  # euro cents
        "He opened a 99-cent store.",  # a name by a price
        "A 100-dollar-plus ticket sold out.",
    ],
)
def test_a_hyphenated_currency_word_that_tells_no_sum(text):
    assert [q.unit for q in qs(text) if q.unit in ("$", "EUR", "JPY")] == []


def test_a_hyphenated_sum_at_the_end_of_a_range_is_no_sum_of_its_own():
    assert "$" not in [q.unit for q in qs("They won a 5- to 10-million-dollar contract.")]


def test_label_numbers_are_identifiers_not_counts():
    assert [q.text for q in qs("The Section 232 tariffs hit 25 firms.")] == ["25 firms"]
    assert [q.text for q in qs("Officials said Flight 302 passengers were safe.")] == []
    assert [q.text for q in qs("On Tuesday 300 people marched.")] == ["300 people"]


def test_year_before_a_plural_noun_is_still_a_year():
    assert qs("Turnout in the 2024 elections was high.") == []


def test_start_end_restrict_the_scan_and_keep_absolute_offsets():
    text = "First 10 cars. Then 20 trucks. Then 30 buses."
    start = text.index("Then")
    end = text.index(". Then 30")
    found = qs(text, start=start, end=end)
    assert [q.text for q in found] == ["20 trucks"]
    q = found[0]
    assert text[q.span.start : q.span.end] == "20 trucks"


def test_singular():
    assert singular("countries") == "country"
    assert singular("people") == "person"
    assert singular("taxes") == "tax"
    assert singular("seats") == "seat"
    assert singular("MPs") == "MP"
    assert singular("crises") == "crisis"


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two sophomore Westfield lacrosse players were arrested.", [("Two sophomore Westfield lacrosse players", "player")]),
        ("The airline bought twelve new long-haul Airbus jets.", [("twelve new long-haul Airbus jets", "jet")]),
        ("Police held 99 alleged Northvale gang members.", [("99 alleged Northvale gang members", "member")]),
        # a word that starts another phrase ends the search: the churches are not counted
        ("Fire hit 40 religious building including churches.", []),
        ("They sold 30 small red car like vans.", []),
        # a year after a possessive names which ones; a measure counts nothing after it
        ("Westfield Motors is recalling its 2023 Tundra pickup truck models.", []),
        ("The club's 2022 season ticket holders were angry.", []),
        ("A 10 year old girl dies in the fire.", []),
        ("A 2 hour council meeting ends in anger.", []),
    ],
)  # fmt: skip
def test_the_counted_noun_may_follow_three_modifiers(text, counted):
    assert [(q.text, q.unit) for q in qs(text)] == counted


def test_every_quantity_slices_to_its_text():
    text = (
        "Ottawa set a 25% levy on $30 billion of goods, may add $125 billion more, "
        "and 169 seats went to the Liberals, who want two per cent of GDP for defence."
    )
    found = qs(text)
    assert len(found) == 5
    for q in found:
        assert text[q.span.start : q.span.end] == q.text
        assert q.how.startswith(f"'{q.text}' -> {q.normalized}")


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("He returned the interception 65-yards for a touchdown.", [("65-yards", "yard")]),
        ("The team rested for 5-days.", [("5-days", "day")]),
        ("The 10-year-olds won the cup.", []),  # children aged ten, not ten of them
        ("He began a 90-day stay.", []),  # a measure of the stay, read by the parse
        ("He made 3-pointers all night.", []),  # a kind of shot, not three of them
        ("They bought 2-millions of shares.", []),
    ],
)
def test_a_plural_joined_by_a_hyphen_is_counted(text: str, counted: list):
    assert [(q.text, q.unit) for q in qs(text)] == counted


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("The worm has reached 2m users.", "2m users", 2_000_000, "user"),
        ("Output rose to 2.5m barrels a day.", "2.5m barrels", 2_500_000, "barrel"),
        ("About 1.5bn people live there.", "1.5bn people", 1_500_000_000, "person"),
        ("Some 10k runners took part.", "10k runners", 10_000, "runner"),
        # a name before the counted noun is no noun counted
        ("The worm has reached 2m Windows users.", "2m Windows users", 2_000_000, "user"),
        ("Acme shipped 300 Hermes bags.", "300 Hermes bags", 300, "bag"),
    ],
)
def test_a_scale_written_short_without_a_currency(text, written, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit) == (written, value, unit)


@pytest.mark.parametrize(
    "text", ["She ran 100m in 9.58 seconds.", "The climber fell 600m while descending.", "She won the 400m hurdles."]
)
def test_metres_are_no_scale(text):
    # read as metres ("fell 600m") or left unread (a race), never as millions
    assert all(q.unit in ("metre", "second") and q.value < 1000 for q in qs(text))


def test_people_of_a_nation_in_the_plural_are_counted():
    assert [(q.text, q.unit) for q in qs("Police arrested 12 Somalis and 11 Yemenis.")] == [
        ("12 Somalis", "somali"),
        ("11 Yemenis", "yemeni"),
    ]
    # a name in "-is" is no plural
    assert [q.unit for q in qs("The 2 Davis brothers left; 3 Paris hotels shut.")] == ["brother", "hotel"]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        # people counted before a time word or another plural are what is counted
        ("Rebels freed six Britons months after the raid.", [("six Britons", "briton")]),
        ("The court jailed eight Britons years after the riot.", [("eight Britons", "briton")]),
        ("Police held 4 Iraqis hours later.", [("4 Iraqis", "iraqi")]),
        ("It cost 12 Americans thousands of dollars.", [("12 Americans", "american")]),
    ],
)
def test_people_before_a_plural_are_counted(text, counted):
    assert [(q.text, q.unit) for q in qs(text)] == counted
