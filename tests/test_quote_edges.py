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


def test_short_quotations_of_one_speech_are_not_changed_runs_of_a_longer_one():
    """Pieces of one speech quoted by different outlets ("a great day", "thank
    you both") often differ by a word from some run of a longer quotation of
    it; that is no changed quotation. Nor are two four-word remarks that share
    three words."""
    long_ = "This is a sad day for the families, but the rescue crews did everything they could."
    for short in ("a great day", "Thank you both.", "the right thing"):
        assert compare_quotations(long_, short, same_speaker_and_occasion=True).relation != "differ"


def test_two_four_word_remarks_of_one_speaker_sharing_three_words_do_not_meet(ruleset, tmp_path):
    found = findings_of_two(
        ruleset,
        tmp_path,
        'Northvale mayor Ana Ruiz said: "The library opens Monday."',
        'Ana Ruiz said: "The pool opens Monday."',
        "FC005",
    )
    assert found == []
