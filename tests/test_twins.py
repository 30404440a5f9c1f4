"""Verbatim twins: one sentence republished in k articles is paired as one claim
(k copies of a story cost the pairs of one, not k x k), and every copy still
stands in the finding's value groups."""

from __future__ import annotations

from datetime import date

from test_claims_engine import Doc, _index, _slot_disagreements
from test_claims_engine import closed_schools as _closed

from factcheck.engine.align import align


def _pair_articles(pairs) -> list[tuple[str, str]]:
    return [(a.article, b.article) for a, b in pairs]


def test_copies_are_paired_once_and_all_stand_in_the_finding():
    copies = [_closed(f"copy{i}", "150") for i in range(1, 5)]
    idx = _index(_closed("a", "120"), *copies)
    # one pair (a, copy1): not 4 pairs with a and 6 among the copies
    assert _pair_articles(idx.candidates("number")) == [("a", "copy1")]
    assert [c.article for c in idx.twins[idx.candidates("number")[0][1].id]] == ["copy2", "copy3", "copy4"]
    (d,) = _slot_disagreements("number", _closed("a", "120"), *copies)
    assert d.label == "contradiction"
    assert [g.articles for g in d.groups] == [("a",), ("copy1", "copy2", "copy3", "copy4")]
    assert [g.sources for g in d.groups] == [1, 4]  # four articles: short texts, no shared passage


def test_the_same_sentence_published_another_day_is_no_twin():
    # a date resolves, an age counts, a figure may be updated against the publication day
    idx = _index(_closed("a", "120"), _closed("b", "150"), _closed("c", "150", date(2024, 6, 1)))
    assert _pair_articles(idx.candidates("number")) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert not [ts for ts in idx.twins.values() if ts[0].slot == "number"]
    # the clause itself ("the strike closed schools") is one claim in a and b, the day aside
    assert [[t.article for t in ts] for ts in idx.twins.values()] == [["b"]]


def test_a_focus_article_is_paired_even_when_it_is_a_copy():
    # check NEW: the new article's own claims are compared, whichever copy came first
    idx = _index(_closed("a", "120"), _closed("b", "150"), _closed("c", "150"))
    assert _pair_articles(idx.candidates("number", frozenset({"c"}))) == [("a", "c"), ("b", "c")]
    (al,) = [al for al in align(idx, "number", min_score=0.3, focus=frozenset({"c"})) if al.a.article == "a"]
    assert al.b.article == "c"


def test_how_common_a_key_is_counts_a_republished_sentence_once():
    # five articles hold the key, but two things are said: the key still blocks
    idx = _index(_closed("a", "120"), *[_closed(f"copy{i}", "150") for i in range(1, 5)])
    idx.max_df = 2
    assert _pair_articles(idx.candidates("number")) == [("a", "copy1")]
    # three different things said: too common at this limit
    idx = _index(_closed("a", "120"), _closed("b", "150"), _closed("c", "180"))
    idx.max_df = 2
    assert idx.candidates("number") == []


def test_copies_do_not_move_the_weights():
    # an anchor's IDF weight counts distinct files: four copies of one article weigh as one
    flood = (
        Doc("b")
        .say(
            "The flood closed 30 roads in Northvale.",
            lemma="close",
            args=[("subject", "The flood", "flood", None), ("obl:in", "Northvale", "northvale", "northvale")],
        )
        .build()
    )
    base = _index(_closed("a", "120"), _closed("copy1", "150"), flood)
    more = _index(_closed("a", "120"), *[_closed(f"copy{i}", "150") for i in range(1, 5)], flood)
    assert base.idf["strike"] > base.idf["@northvale"]  # the strike is in two files of three, Northvale in all
    assert dict(more.idf) == dict(base.idf)


def test_twin_classes_keep_the_first_of_each_class_and_where_the_others_were_read():
    # the streamed and Dask alignments hold one claim per class, the engine's first
    from factcheck.engine.claims import claims_of_extraction
    from factcheck.pipeline.kept import TwinClasses

    said = {
        "lemma": "close",
        "args": [("subject", "The strike", "strike", None), ("obl:in", "Northvale", "northvale", "northvale")],
        "atts": [("number", "150 schools", "150 school", "school", {"unit": "count"})],
    }
    sentence = "The strike closed 150 schools in Northvale."
    twice = Doc("copy0").say(sentence, **said).say(sentence, **said).build()  # its twins are ordered by place
    exs = [_closed(name, "150") for name in ("copy3", "copy1", "copy2")] + [twice, _closed("a", "120")]
    claims = [c for ex in exs for c in claims_of_extraction(ex) if c.slot == "number"]
    classes = TwinClasses({})
    for c in claims + claims[:2]:  # read in any order, some twice
        classes.add(c)
    firsts = classes.firsts()
    assert sorted(c.article for c in firsts.values()) == ["a", "copy0"]
    (copy0,) = (c for c in firsts.values() if c.article == "copy0")
    (lone,) = (c for c in firsts.values() if c.article == "a")
    assert [(n, art) for _slot, _first, n, art, _claim in classes.rows(copy0)] == [
        (0, "copy0"),
        (1, "copy1"),
        (2, "copy2"),
        (3, "copy3"),
    ]
    assert classes.rows(lone) == []
    # the rows are the engine's twins of the same first claim
    idx = _index(*exs)
    idx.first_twins()
    assert [(t.article, t.id) for t in idx.twins[copy0.id]] == [(r[3], r[4]) for r in classes.rows(copy0)]
