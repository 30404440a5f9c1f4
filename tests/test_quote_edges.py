"""Quotations: a fragment whose edge word differs from the full quotation's
word at that place is a changed word; a fragment framed differently is not."""

from __future__ import annotations

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
