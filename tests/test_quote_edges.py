"""Quotations: a fragment whose edge word differs from the full quotation's
word at that place is a changed word; a fragment framed differently is not."""

from __future__ import annotations

from conftest import findings_of_two

from factcheck.engine.compare import compare_quotations


def test_a_changed_last_word_of_a_fragment_is_a_variant():
    v = compare_quotations("The council is locked in the heart of this dispute right now", "locked in the grip")
    assert v.conflict
    assert "heart" in v.why and "grip" in v.why


def test_a_changed_first_word_of_a_fragment_is_a_variant():
    assert compare_quotations("grip of this dispute", "The council is locked in the heart of this dispute").conflict


def test_fragments_and_reframings_are_not_variants():
    assert compare_quotations("the talks were very productive", "the talks were very productive and will go on").agree
    assert compare_quotations("we will rebuild every home", "and we will rebuild every home in the valley").agree
    assert compare_quotations("we will rebuild every home, said", "we will rebuild every home in the valley").agree
    # the same word spelled two ways at the edge
    assert not compare_quotations("locked in the centre", "locked in the center of this dispute").conflict


LONG = (
    "The crews have worked extremely hard to protect the surrounding buildings, but the building here is a total loss."
)


def test_three_words_of_one_speaker_with_one_changed_against_a_run_of_a_longer_quotation():
    """ "a partial loss" quotes "a total loss" of the full statement with one
    word changed, when speaker and occasion match; not otherwise, and not when
    more than one run of the longer quotation fits."""
    v = compare_quotations(LONG, "a partial loss", same_speaker_and_occasion=True)
    assert v.relation == "differ"
    assert "total" in v.why and "partial" in v.why
    assert compare_quotations(LONG, "a partial loss").relation == "unknown"
    assert compare_quotations(LONG, "a total loss", same_speaker_and_occasion=True).relation == "compatible"
    twice = "We lost a total loss, and then a total loss again."
    assert compare_quotations(twice, "a partial loss", same_speaker_and_occasion=True).relation == "unknown"


def test_a_changed_word_of_a_long_quotation_quoted_short_is_a_finding(ruleset, tmp_path):
    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        f'Fire officer Peter Guest said: "{LONG}"',
        'Fire officer Peter Guest said the building is "a partial loss".',
        "FC005",
    )
    assert sorted(c.article for c in f.claims) == ["a", "b"]
