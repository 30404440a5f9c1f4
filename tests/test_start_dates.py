"""The day a measure starts to apply ("effective May 3", "starting April 2",
"takes effect on June 1"): a date claim of the measure and what it applies
to, whatever clause tells it, compared across articles."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of, findings_of_two

from factcheck.engine.claims import START


def _starts(text: str, published: str = "2025-03-20") -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
    return [(c.noun, c.normalized, c.extra) for c in claims_of_text(text, published=published) if c.role == START]


@pytest.mark.parametrize(
    ("text", "noun", "day", "applies", "rate"),
    [
        # a participle after the clause whose object is the measure
        ("Northvale imposed a 25% tariff on imported cars, starting April 2.", "tariff", "April 2", "car", "25"),
        # "effective" in brackets after the noun phrase of the measure
        (
            "Retailers say the 10 percent levy on imports (effective May 3) will hurt sales.",
            "levy",
            "May 3",
            "import",
            "10",
        ),
        # a verb of taking effect whose subject is the measure
        ("The ban on flavoured cigarettes takes effect on June 1.", "ban", "June 1", "cigarette", None),
    ],
)
def test_a_start_date_is_the_measure_s(text, noun, day, applies, rate):
    ((got_noun, got_day, extra),) = _starts(text)
    assert (got_noun, got_day) == (noun, f"{day} (as written)")
    assert ("applies to", applies) in extra
    rates = [v for k, v in extra if k == "start rate"]
    assert rates == ([f"{rate} percent"] if rate else [])


@pytest.mark.parametrize(
    "text",
    [
        "The tariffs on cars are effective until May 3.",  # a bound, not the start
        "The ban on flavoured cigarettes will not take effect on June 1.",  # denied
        "The ban on flavoured cigarettes may take effect on June 1.",  # what may be
        "Ana Ruiz was named coach of the team, effective Monday.",  # a person, no measure
        "The curfew takes effect on June 1.",  # what it applies to is not told
        "The ban on flavoured cigarettes was announced on June 1.",  # no start told
        "Acme raised prices on its laptops, effective March 3.",  # a change to a measure, not its start
        "Northvale suspended the tariffs on cars, effective April 20.",  # nor its end
        "The tariffs on cars, originally effective April 2, were pushed back.",  # a plan told as superseded
        "Officials denied that the tariffs on cars take effect on April 9.",  # denied
        "Will the tariffs on cars take effect on April 9?",  # a question
        "Unless a deal is reached, the tariffs on cars take effect on April 9.",  # a condition
        "The first phase of the tariffs on cars, starting April 2, covers trucks.",  # one of its phases
        "Acme will offer discounts on laptops, starting Monday.",  # no measure
        "Northvale lifted the 25% tariffs on autos, effective May 1.",  # a change, the date hung on the tariffs
        "The 25% tariffs on autos, which were delayed, now take effect on May 3.",  # a plan told as changed
        '"Will the 25% tariffs on autos take effect April 9?" a dealer asked.',  # a quoted question
        "Should talks fail, the 25% tariffs on autos take effect on April 9.",  # an inverted condition
        "A proposed 5% tax on sugary drinks, effective July 1, was debated.",  # only proposed
    ],
)
def test_no_start_date(text):
    assert _starts(text) == []


def test_two_start_dates_of_one_measure_conflict(ruleset, tmp_path):
    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        "Northvale will impose a 25% tariff on imported vehicles, starting April 2.",
        "Northvale's 25 per cent tariffs on imported cars (effective May 3) will hurt dealers.",
        "FC002",
    )
    assert "when the tariff (car / vehicle) starts" in f.message
    assert {c.value for c in f.claims} == {"April 2", "May 3"}
    assert all("the start of the tariff" in (c.how or "") for c in f.claims)


@pytest.mark.parametrize(
    "other",
    [
        # the same day, told another way (one maker, rate and target: compared, and agreeing)
        "Northvale's 25% tariff on imported cars takes effect on April 2, officials said.",
        # another measure: what it applies to differs
        "Northvale will impose a 25% tariff on imported steel, starting May 3.",
        # another measure: a different rate
        "Northvale's 10% tariff on imported cars takes effect on May 3, officials said.",
        # another measure: another maker of it (two places)
        "Westshire will impose a 25% tariff on imported cars, starting May 2.",
    ],
)
def test_no_conflict_of_one_day_or_of_two_measures(ruleset, tmp_path, other):
    first = "Northvale will impose a 25% tariff on imported vehicles, starting April 2."
    assert _starts(first) and _starts(other)  # each side tells a start: the comparison keeps them one or apart
    assert findings_of_two(ruleset, tmp_path, first, other, "FC002") == []


def test_a_start_date_needs_no_clause_event_in_common(ruleset, tmp_path):
    """The clauses that tell the two start dates are about other things (an
    announcement, a worry): the measure alone makes them one slot."""
    found = findings_of(
        ruleset,
        tmp_path,
        [
            (
                "Officials announced on Monday that Northvale would impose a 5% tax on sugary drinks, starting July 1.",
                "2025-06-02",
            ),
            ("Shop owners say Northvale's 5% tax on sugary drinks (effective August 1) will cut sales.", "2025-06-03"),
        ],
        "FC002",
    )
    assert len(found) == 1 and {c.value for c in found[0].claims} == {"July 1", "August 1"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # what it applies to, told more narrowly in two ways: two bans
        (
            "A 5% tax on drinks in bars takes effect on June 1, officials said.",
            "A 5% tax on drinks in parks takes effect on July 1, officials said.",
        ),
        # what it applies to, told with adjectives that tell two things apart
        (
            "Northvale will impose a 5% tax on alcoholic drinks, starting July 1.",
            "Northvale will impose a 5% tax on sugary drinks, starting August 1.",
        ),
        # two makers, whatever types the recogniser gives their names
        (
            "Northvale's 25% tariffs on autos take effect on April 2, officials said.",
            "Westshire imposed 25% tariffs on autos, starting April 9.",
        ),
        (
            "Westshire's 25% tariffs on autos take effect on April 9, officials said.",
            "Northvale's 25% tariffs on autos take effect on April 2, officials said.",
        ),
        # one day with no year, read in a past-tense report and in a plan: not two years
        (
            "The ban on smoking in parks takes effect on July 1, officials said.",
            "The ban on smoking in parks will take effect on July 1.",
        ),
    ],
)
def test_two_measures_or_one_day_are_no_conflict(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC002", published="2025-03-20") == []


def test_the_measure_is_the_noun_before_what_it_applies_to():
    """The parse hangs "effective July 1" on "drinks" and makes "tax" a
    modifier of it: the measure is still the tax, applied to drinks."""
    ((noun, day, extra),) = _starts(
        "Officials said the new tax on sugary drinks, effective July 1, would raise $5 million."
    )
    assert (noun, day) == ("tax", "July 1 (as written)")
    assert ("applies to", "drink") in extra


@pytest.mark.parametrize(
    ("a", "pa", "b", "pb"),
    [
        # a weekday and the date it is, with no tense to guess the week from
        (
            "A curfew for teenagers, effective Monday, was announced by the council.",
            "2025-03-20",
            "The curfew for teenagers takes effect on March 24, the council said.",
            "2025-03-20",
        ),
        # the same measure of the same kind, months apart: maybe brought in again
        (
            "The council imposed a curfew on teenagers, effective March 3.",
            "2025-03-01",
            "The council imposed a curfew on teenagers, effective November 3.",
            "2025-11-01",
        ),
    ],
)
def test_no_conflict_across_weeks_or_months(ruleset, tmp_path, a, pa, b, pb):
    assert findings_of(ruleset, tmp_path, [(a, pa), (b, pb)], "FC002") == []


def test_two_makers_are_one_when_the_story_says_one_acts_for_the_other():
    from factcheck.engine.align import makers_apart
    from factcheck.knowledge.lexicon import EntityInfo, Lexicon

    (a,) = [c for c in claims_of_text("Westshire's tariffs on autos take effect on April 2.") if c.role == START]
    (b,) = [c for c in claims_of_text("Tom Reyes imposed tariffs on autos, starting May 3.") if c.role == START]
    who = dict(a.extra)["made by"], dict(b.extra)["made by"]
    assert who == ("@westshire", "@tom-reyes")
    assert makers_apart(a, b, Lexicon({})) is not None
    acts_for = Lexicon({"tom-reyes": EntityInfo("tom-reyes", "Tom Reyes", "person", speaks_for="westshire")})
    assert makers_apart(a, b, acts_for) is None


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two makers: a name that owns the subject, and a name that is the subject
        (
            "The Westshire government imposed 25% tariffs on autos, starting April 9.",
            "Northvale imposed 25% tariffs on autos, starting April 2.",
        ),
        # two places the clause puts the measure in
        (
            "A 5% tax on plastic bags takes effect in Northvale on June 1, officials said.",
            "A 5% tax on plastic bags takes effect in Westshire on July 1, officials said.",
        ),
        # two makers whose names share their last word ("Union")
        (
            "The Northern Union imposed a 10% levy on imports, effective April 1.",
            "The Southern Union imposed a 10% levy on imports, effective March 31.",
        ),
        # a measure told with no rate is not pinned: two bans, or one ban brought in twice
        (
            "The ban on smoking in parks takes effect on June 1, officials said.",
            "The ban on smoking in parks will take effect on July 1.",
        ),
    ],
)
def test_measures_told_apart_each_with_a_start(ruleset, tmp_path, a, b):
    assert _starts(a) and _starts(b)  # each side tells a start: what keeps them apart is the gate
    assert findings_of_two(ruleset, tmp_path, a, b, "FC002", published="2025-03-20") == []


def test_a_written_year_is_kept():
    ((_, day, _),) = _starts("The 25% tariffs on autos come into force on 3 May 2025, officials said.")
    assert day == "2025-05-03"


_NORTHVALE = ("Northvale will impose a 25% tariff on imported cars, starting April 2.", "2025-03-28")


@pytest.mark.parametrize(
    "other",
    [
        # the maker is not named on this side: in a trade dispute each side imposes the same tariff
        "Westshire said it will impose a 25% tariff on imported cars, effective May 1.",
        "The government will impose a 25% tariff on imported cars, effective May 1.",
        # another or a changed measure
        "Northvale will impose an additional 25% tariff on imported cars, starting May 1.",
        "Northvale restored the 25% tariff on imported cars, effective May 1, officials said.",
        "Northvale exempted Westshire from the 25% tariff on imported cars, effective May 1, officials said.",
        "Northvale's 25% tariff on imported cars no longer applies, effective May 1, officials said.",
        # what is hoped for, and a day of another year
        "Dealers hoped Northvale's 25% tariff on imported cars would take effect on May 1.",
        "Last year, Northvale's 25% tariff on imported cars took effect on May 1.",
        # a bound is no rate
        "Northvale will impose a tariff of up to 25% on imported cars, starting May 1.",
    ],
)
def test_no_conflict_with_another_or_an_unnamed_measure(ruleset, tmp_path, other):
    found = findings_of(ruleset, tmp_path, [_NORTHVALE, (other, "2025-04-10")], "FC002")
    assert found == []


def test_targets_of_two_places_are_two_measures(ruleset, tmp_path):
    a = ("Northvale will impose a 25% tariff on imported cars from Westshire, starting April 2.", "2025-03-28")
    b = ("Northvale will impose a 25% tariff on imported cars from Eastmark, starting May 1.", "2025-04-10")
    assert findings_of(ruleset, tmp_path, [a, b], "FC002") == []


def test_a_named_maker_on_both_sides_is_compared(ruleset, tmp_path):
    """The same maker, rate and target on both sides: one measure told to start on two days."""
    other = ("Northvale's 25% tariff on imported cars takes effect on May 1, officials said.", "2025-04-10")
    (f,) = findings_of(ruleset, tmp_path, [_NORTHVALE, other], "FC002")
    assert {c.value for c in f.claims} == {"April 2", "May 1"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a name that owns another subject is not the maker
        (_NORTHVALE[0], "Northvale's rival will impose a 25% tariff on imported cars, starting April 9."),
        # whoever faces a measure is not its maker
        (_NORTHVALE[0], "Northvale will face a 25% tariff on its cars, starting April 9."),
        # one name the start of another is another maker
        (
            "Mexville City will impose a 16% tax on sugary drinks, starting April 2.",
            "Mexville will impose a 16% tax on sugary drinks, starting May 1.",
        ),
        # targets told apart by an adjective on one side and a noun on the other
        (
            "Northvale's 25% tariff on electric cars takes effect on April 2, officials said.",
            "Northvale will impose a 25% tariff on diesel cars, starting May 1.",
        ),
        # a list of measures: whose start the date is cannot be told
        (
            "Northvale's 10% tariff on steel takes effect on April 2, officials said.",
            "Northvale will impose a 10% tariff on steel, a 15% tariff on wine starting May 1, and a 25% tariff"
            " on trucks starting June 1.",
        ),
        # a measure brought in again
        (_NORTHVALE[0], "Northvale will impose a 25% tariff on imported cars again, starting June 1."),
    ],
)
def test_no_conflict_of_a_wrong_maker_a_list_or_a_repeat(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-03-28"), (b, "2025-04-10")], "FC002") == []


def test_a_capitalised_first_word_is_no_maker():
    (claim,) = [
        c for c in claims_of_text("Heavy 25% tariffs on imported cars take effect on April 2.") if c.role == START
    ]
    assert "made by" not in dict(claim.extra)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the next clause's day is not this measure's
        (
            "Northvale's 25% tariff on cars took effect on April 3, officials said.",
            "Northvale's 25% tariff on cars took effect on Thursday, and a 25% tariff on auto parts starts May 3.",
        ),
        # one fee brought in on two markets
        (
            "Acme's $5 fee on checked bags takes effect in Westshire on May 1, the airline said.",
            "Acme's $5 fee on checked bags takes effect in Northvale on June 1, the airline said.",
        ),
        # a start at midnight told either side of it
        (
            "Northvale's 25% tariff on cars takes effect at 11:59 p.m. on April 8, officials said.",
            "Northvale's 25% tariff on cars takes effect at 12:01 a.m. on April 9, officials said.",
        ),
        # an extension and a change are no start
        (
            "Northvale's 25% tariff on cars took effect on April 2, officials said.",
            "Northvale's 25% tariff on cars will also apply to trucks, starting May 3.",
        ),
        (
            "Northvale's 25% tariff on cars took effect on April 2, officials said.",
            "Northvale announced a reduction in its 25% tariff on cars, effective May 1.",
        ),
        # a measure named as what another is compared to: whose start is the date?
        (
            "Northvale's 25% tariff on steel took effect on March 1, officials said.",
            "Westshire imposed a tariff identical to Northvale's 25% tariff on steel, effective April 2.",
        ),
        # the maker of what a measure applies to is not the measure's
        (
            "Northvale will impose a 25% tariff on steel produced by Westshire, starting April 2.",
            "Eastmark will impose a 25% tariff on steel produced by Westshire, starting May 1.",
        ),
    ],
)
def test_no_conflict_of_another_clause_market_night_or_maker(ruleset, tmp_path, a, b):
    assert findings_of(ruleset, tmp_path, [(a, "2025-04-01"), (b, "2025-04-05")], "FC002") == []


def test_two_kinds_of_a_measure_are_two_measures():
    """The gate itself: one maker, rate and target, and "export duty" / "import
    duty" (the shipped parse drops the rate when it hangs "5%" on the kind word,
    so the rate is given here)."""
    from dataclasses import replace

    from factcheck.engine.align import gate

    def claim(text: str):
        (c,) = [c for c in claims_of_text(text, published="2025-03-10") if c.role == START]
        return replace(c, extra=(*c.extra, ("start rate", "5 percent")))

    a = claim("Northvale will impose an export duty on oil, starting October 1.")
    b = claim("Northvale will impose an import duty on oil, starting November 1.")
    assert "different kinds" in (gate(a, b) or "")
    unkinded = [replace(c, extra=tuple(x for x in c.extra if x[0] != "measure kind")) for c in (a, b)]
    assert gate(*unkinded) is None
