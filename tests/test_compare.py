"""Typed comparison per slot (factcheck.engine.compare), on generic values."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.engine.compare import (
    DateValue,
    NumberValue,
    PlaceValue,
    compare_age_birth,
    compare_ages,
    compare_dates,
    compare_holders,
    compare_numbers,
    compare_ordinals,
    compare_places,
    compare_polarity,
    compare_quotations,
    compare_speakers,
    number_from,
    written_step,
)


def day(s: str, text: str = "") -> DateValue:
    d = date.fromisoformat(s)
    return DateValue(d, d, "day", text or s)


def test_dates_same_day_written_two_ways():
    v = compare_dates(day("2025-03-28", "Friday"), day("2025-03-28", "March 28"))
    assert v.relation == "same"


def test_month_contains_its_days():
    month = DateValue(date(2025, 3, 1), date(2025, 3, 31), "month", "March")
    assert compare_dates(month, day("2025-03-28")).relation == "compatible"
    assert "contains" in compare_dates(month, day("2025-03-28")).why


def test_disjoint_days_differ():
    v = compare_dates(day("2025-04-02", "April 2"), day("2025-05-03", "May 3"))
    assert v.relation == "differ" and v.conflict


def test_slack_days():
    assert compare_dates(day("2025-04-02"), day("2025-04-03"), slack_days=1).agree


def num(normalized: str, unit: str, text: str, hedge: str | None = None) -> NumberValue:
    n = number_from(normalized, unit, hedge=hedge, text=text)
    assert n is not None
    return n


@pytest.mark.parametrize(
    "a,b,relation",
    [
        (("300 count", "count", "300"), ("300 count", "count", "300", "about"), "compatible"),
        (("200 count", "count", "200", "more than"), ("250 count", "count", "250"), "compatible"),
        (("200 count", "count", "200", "more than"), ("180 count", "count", "180"), "differ"),
        (("USD 2100000000", "USD", "$2.1 billion"), ("USD 2100000000", "USD", "2,100 million"), "same"),
        (("$ 2100000000", "$", "$2.1 billion"), ("USD 2100000000", "USD", "US$2.1bn"), "same"),
        (("120 school", "school", "120"), ("150 school", "school", "150"), "differ"),
        (("300 count", "count", "300"), ("298 count", "count", "298"), "compatible"),
        (("300 count", "count", "300"), ("350 count", "count", "350"), "differ"),
        (("300 count", "count", "300", "nearly"), ("280 count", "count", "280"), "compatible"),
        (("300 count", "count", "300", "nearly"), ("320 count", "count", "320"), "differ"),
        (("50 count", "count", "50", "at least"), ("40 count", "count", "40"), "differ"),
        (("2.1 billion", "USD", "2.1 billion"), ("2.08 billion", "USD", "2.08 billion"), "compatible"),
        (("CAD 100", "CAD", "C$100"), ("USD 70", "USD", "US$70"), "unknown"),
        (("25 percent", "percent", "25%"), ("25 count", "count", "25"), "unknown"),
    ],
)
def test_numbers(a, b, relation):
    va = num(*a) if len(a) == 3 else num(a[0], a[1], a[2], a[3])
    vb = num(*b) if len(b) == 3 else num(b[0], b[1], b[2], b[3])
    assert compare_numbers(va, vb).relation == relation
    assert compare_numbers(vb, va).relation == relation  # symmetric


def test_written_step():
    assert written_step("2.1 billion", 2.1e9) == pytest.approx(1e8)
    assert written_step("2,100 million", 2.1e9) == pytest.approx(1e6)
    assert written_step("301", 301) == 1.0
    assert written_step("300", 300) == pytest.approx(20.0)


def test_ordinals():
    assert compare_ordinals("first", "1st").relation == "same"
    assert compare_ordinals("first", "second").relation == "differ"
    assert compare_ordinals("last", "first").relation == "unknown"


def test_ages_across_a_birthday():
    v = compare_ages(61, date(2025, 1, 10), 62, date(2025, 6, 10))
    assert v.relation == "compatible" and "birthday" in v.why
    assert compare_ages(61, None, 62, None).relation == "compatible"
    assert compare_ages(61, date(2025, 1, 10), 64, date(2025, 1, 10)).relation == "differ"
    same_day = compare_ages(61, date(2025, 1, 10), 62, date(2025, 1, 10))
    assert same_day.relation == "differ" and same_day.weak


def test_ages_years_apart_are_of_two_times_unless_their_digits_are_swapped():
    # "died at 77" / "identified the 29-year-old Smith as the shooter": two times of one life
    assert compare_ages(77, date(2025, 1, 10), 29, date(2025, 1, 12)).relation == "unknown"
    assert compare_ages(77, None, 29, None).relation == "unknown"
    # a slip: close ages, or the digits swapped
    assert compare_ages(61, date(2025, 1, 10), 67, date(2025, 1, 10)).relation == "differ"
    assert compare_ages(35, date(2025, 1, 10), 53, date(2025, 1, 10)).relation == "differ"
    # more than 15 years apart, one digit changed or not, is as likely an anniversary
    # ("thirty years ago, Smith, 29"): not compared
    assert compare_ages(29, date(2025, 1, 10), 59, date(2025, 1, 10)).relation == "unknown"
    # the years between the reports count: 30 in 2000 and 50 in 2020 is one birth year
    assert compare_ages(30, date(2000, 3, 1), 50, date(2020, 3, 1)).relation != "unknown"


def test_age_against_birth_date():
    assert compare_age_birth(61, date(2025, 3, 1), date(1963, 6, 1)).relation == "same"
    assert compare_age_birth(61, date(2025, 3, 1), date(1960, 6, 1)).relation == "differ"


def test_places_by_containment():
    mobile = PlaceValue("mobile", "Mobile", ("Alabama",))
    alabama = PlaceValue("alabama", "Alabama")
    assert compare_places(mobile, alabama).relation == "compatible"
    assert compare_places(alabama, mobile).relation == "compatible"
    other = compare_places(PlaceValue("tampa", "Tampa"), mobile)
    assert other.relation == "differ" and other.weak


def test_holders():
    assert compare_holders("acme-corp", "acme-corp").relation == "same"
    assert compare_holders("acme-corp", "globex").relation == "differ"
    assert compare_holders("j-smith", "john-smith", same_person=True).relation == "same"


@pytest.mark.parametrize(
    "a,b,relation",
    [
        (("approve", "positive"), ("approve", "negative"), "differ"),
        (("approve", "positive"), ("reject", "positive"), "differ"),
        (("reject", "positive"), ("approve", "negative"), "compatible"),
        (("resign", "positive"), ("step down", "positive"), "same"),
        (("resign", "positive"), ("step down", "negative"), "differ"),
        (("win", "positive"), ("lose", "positive"), "differ"),
        (("approve", "positive"), ("announce", "negative"), "unknown"),
    ],
)
def test_polarity(a, b, relation):
    assert compare_polarity(a[0], a[1], b[0], b[1]).relation == relation


def test_quotations():
    full = "We will not back down from this fight, whatever it takes."
    assert compare_quotations(full, "we will not back down from this fight").relation == "compatible"
    changed = compare_quotations(full, "We will never back down from this fight, whatever it takes.")
    assert changed.relation == "differ" and "not" in changed.why and "never" in changed.why
    assert compare_quotations("We don't accept it", "We do not accept it").relation == "same"
    assert compare_quotations("a great deal", "a good deal").relation == "unknown"
    short = compare_quotations("a great deal", "a good deal", same_speaker_and_occasion=True)
    assert short.relation == "differ"  # one word changed, by one speaker on one occasion
    two = compare_quotations("totally unacceptable", "totally unacceptable move", same_speaker_and_occasion=True)
    assert two.relation == "compatible"
    two_changed = compare_quotations("deeply unfair deal", "deeply unfair agreement", same_speaker_and_occasion=True)
    assert two_changed.relation == "differ"
    assert (
        compare_quotations("totally unacceptable", "completely unacceptable", same_speaker_and_occasion=True).relation
        == "differ"
    )
    assert compare_quotations("totally unacceptable", "completely unacceptable").relation == "unknown"
    assert compare_quotations("very good", "very bad", same_speaker_and_occasion=True).relation == "unknown"
    assert compare_quotations("The weather is fine today", "Markets fell sharply overnight").relation == "unknown"


def test_speakers():
    assert compare_speakers("a-smith", "b-jones").relation == "differ"
    assert compare_speakers("a-smith", None).relation == "unknown"
    assert compare_speakers("a-smith", "smith-office", related=True).relation == "compatible"


def test_a_kind_of_a_predicate_entails_it():
    assert compare_polarity("murder", "positive", "kill", "negative").relation == "differ"
    assert compare_polarity("kill", "negative", "murder", "positive").relation == "differ"
    assert compare_polarity("kill", "positive", "murder", "negative").relation == "compatible"
    assert compare_polarity("murder", "positive", "kill", "positive").relation == "compatible"


def test_relative_date_one_day_off_is_compatible():
    today = DateValue(date(2012, 6, 11), date(2012, 6, 11), "day", "today", relative=True)
    assert compare_dates(today, day("2012-06-12")).relation == "compatible"
    assert compare_dates(day("2012-06-11"), day("2012-06-12")).relation == "differ"
    assert compare_dates(today, day("2012-06-13")).relation == "differ"


def test_reversible_processes_are_not_opposites():
    assert compare_polarity("open", "positive", "close", "positive").relation == "unknown"
    assert compare_polarity("begin", "positive", "end", "positive").relation == "unknown"


def test_a_shorter_name_is_the_same_place():
    assert compare_places(PlaceValue("tulane", "Tulane"), PlaceValue("tulane-university", "Tulane University")).agree


def test_age_against_a_birth_year():
    assert compare_age_birth(61, date(2025, 3, 1), date(1963, 1, 1), date(1963, 12, 31)).relation == "compatible"
    assert compare_age_birth(61, date(2025, 3, 1), date(1955, 1, 1), date(1955, 12, 31)).relation == "differ"
    assert compare_age_birth(61, None, date(1963, 6, 1)).relation == "unknown"


def test_house_style_is_not_a_change_of_wording():
    assert compare_quotations(
        "partner network experienced a terrestrial fibre cut", "partner network experienced a terrestrial fiber cut"
    ).agree
    assert compare_quotations(
        "encourages all IE customers to test and deploy this update",
        "encourages all Internet Explorer customers to test and deploy this update",
    ).agree
    assert compare_quotations(
        "he probably realised he was going to be shot", "he probably realized he was going to be shot"
    ).agree


def test_compounds_and_web_suffixes_are_house_style():
    assert compare_quotations(
        "The data center is the foundation of IT for the firm", "The datacenter is the foundation of IT for the firm"
    ).agree
    assert compare_quotations(
        "with mobile email and easy access to Facebook, Flickr, and MySpace.com, the phone leads",
        "with mobile e-mail and easy access to Facebook, Flickr and MySpace, the phone leads",
    ).agree
    # a compound is not a different word run together with its neighbour
    changed = compare_quotations(
        "the data center is the foundation of IT for the firm", "the datacenter was the foundation of IT for the firm"
    )
    assert changed.relation == "differ" and "is" in changed.why and "was" in changed.why


def test_words_left_out_at_an_ellipsis_are_no_change():
    full = "There are few posters in the town. With four days to go before the vote, I still do not know whom to back."
    elided = "There are few posters in the town ... I still do not know whom to back."
    assert compare_quotations(full, elided).agree
    assert compare_quotations(elided, full).agree
    assert "ellipsis" in compare_quotations(full, elided).why
    # an ellipsis excuses only the words left out there, not a word changed elsewhere
    changed = compare_quotations(full, "There are few signs in the town ... I still do not know whom to back.")
    assert changed.relation == "differ" and "posters" in changed.why
    # without the ellipsis, the same omission is a change of wording
    assert not compare_quotations(full, "There are few posters in the town. I still do not know whom to back.").agree


def test_clock_times_and_contractions_are_house_style():
    assert compare_quotations(
        "my friend passed away at 6:41pm PST this evening in a city hospital",
        "my friend passed away at 18:41 this evening in a city hospital",
    ).agree
    assert compare_quotations("we met at 9:30 a.m. and left at noon", "we met at 09:30 and left at noon").agree
    assert compare_quotations("Somebody help me, my son's been hurt.", "Somebody help me. My son has been hurt.").agree
    moved = compare_quotations("we met at 9:30 a.m. and left at noon", "we met at 10:30 a.m. and left at noon")
    assert moved.relation == "differ"
    assert compare_quotations("we met at 6:41pm and left", "we met at 6:41am and left").relation == "differ"


def test_two_statements_sharing_only_a_name_are_different_quotations():
    one = "a wholly inappropriate use of the Clean Rivers Act."
    other = "the absolute heart of the Clean Rivers Act."
    assert compare_quotations(one, other).relation == "unknown"
    # the same statement with a word changed still differs, name or not
    changed = compare_quotations(
        "the absolute heart of the Clean Rivers Act.", "the very heart of the Clean Rivers Act."
    )
    assert changed.relation == "differ" and "absolute" in changed.why


def test_a_title_cased_quotation_is_not_a_name():
    assert compare_quotations("Did you feel the shaking?", "Do You Feel The Shaking?").relation == "differ"
    assert compare_quotations("he gave himself up just after 6 p.m.", "he gave himself up just after 6:00 p.m.").agree


def test_a_day_written_out_one_day_off_keeps_the_slack_of_its_resolution():
    """ "late on April 2" and "early on April 3", or "April 2 local time" and
    "April 3", are often one moment: the date's text keeps neither the time of
    day nor the time zone, so one day off stays compatible."""
    april_2 = DateValue(date(2025, 4, 2), date(2025, 4, 2), "day", "April 2", relative=True)
    april_3 = DateValue(date(2025, 4, 3), date(2025, 4, 3), "day", "April 3", relative=True)
    assert compare_dates(april_2, april_3).relation == "compatible"
