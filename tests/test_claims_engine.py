"""Claims, alignment and grouping (factcheck.engine.claims/align/grouping) on
facts written by hand for generic sentences: the contract of the parse
(lemma, arguments with roles, attachments) without running the parser."""

from __future__ import annotations

from datetime import date

import networkx as nx

from factcheck.engine.align import align, build_index, gate
from factcheck.engine.claims import claims_of_extraction
from factcheck.engine.grouping import disagreements, source_clusters
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import (
    Argument,
    Article,
    Attachment,
    Extraction,
    Fact,
    Negation,
    Sentence,
    Span,
    TimeMention,
)


def _find(text: str, part: str, after: int = 0) -> Span:
    i = text.index(part, after)
    return Span(start=i, end=i + len(part))


class Doc:
    """One article of one sentence per fact, facts described by the words they use."""

    def __init__(self, art_id: str, published: date | None = date(2024, 5, 6)) -> None:
        self.id = art_id
        self.published = published
        self.lines: list[str] = []
        self.facts: list[dict] = []

    def say(self, sentence: str, **fact: object) -> Doc:
        self.lines.append(sentence)
        self.facts.append(fact)
        return self

    def build(self) -> Extraction:
        text = "\n".join(self.lines) + "\n"
        sentences, facts, times = [], [], []
        pos = 0
        for i, (line, spec) in enumerate(zip(self.lines, self.facts, strict=True)):
            sp = Span(start=pos, end=pos + len(line))
            sentences.append(Sentence(article=self.id, index=i, span=sp, line=i + 1, text=line))
            args = []
            for role, phrase, head, entity in spec.get("args", ()):  # type: ignore[attr-defined]
                s = _find(text, phrase, pos)
                args.append(Argument(role=role, text=phrase, span=s, head=head, head_span=s, entity=entity))
            atts = []
            for kind, written, value, head, extra in spec.get("atts", ()):  # type: ignore[attr-defined]
                s = _find(text, written, pos)
                hs = _find(text, head, pos) if head in line else s
                atts.append(Attachment(kind=kind, text=written, span=s, value=value, head=head, head_span=hs, **extra))
                if kind == "date":
                    d = date.fromisoformat(value)
                    times.append(
                        TimeMention(
                            article=self.id,
                            span=s,
                            text=written,
                            value=value,
                            granularity="day",
                            start=d,
                            end=d,
                            how=f"'{written}' -> {value}",
                        )
                    )
            neg = spec.get("negation")
            negation = None
            if neg:
                s = _find(text, str(neg), pos)
                negation = Negation(article=self.id, span=s, text=str(neg), scope=sp)
            lemma = str(spec["lemma"])
            facts.append(
                Fact(
                    id=f"{self.id}-{i}",
                    article=self.id,
                    sentence=i,
                    line=i + 1,
                    span=sp,
                    subject=None,
                    predicate=lemma,
                    object="",
                    lemma=lemma,
                    args=tuple(args),
                    attachments=tuple(atts),
                    polarity="negative" if neg else "positive",
                    negation=negation,
                    text=line,
                )
            )
            pos += len(line) + 1
        art = Article(id=self.id, path=f"{self.id}.md", text=text, published=self.published)
        return Extraction(article=art, sentences=tuple(sentences), facts=tuple(facts), times=tuple(times))


def _index(*exs: Extraction):
    g = nx.MultiDiGraph()
    return build_index(exs, g, {}, Lexicon())


def _slot_disagreements(slot: str, *exs: Extraction, min_score: float = 0.3):
    idx = _index(*exs)
    return disagreements(align(idx, slot, min_score=min_score), idx.lexicon, source_clusters(exs), confident=0.55)


SHIP = ("object", "the ferry", "ferry", None)


def test_number_claim_keys_on_the_measured_noun():
    ex = (
        Doc("a")
        .say(
            "The ferry carried about 300 passengers.",
            lemma="carry",
            args=[("subject", "The ferry", "ferry", None), ("object", "300 passengers", "passenger", None)],
            atts=[("number", "300 passengers", "300 passenger", "passenger", {"unit": "passenger", "hedge": "about"})],
        )
        .build()
    )
    (num,) = [c for c in claims_of_extraction(ex) if c.slot == "number"]
    assert num.noun == "passenger" and num.normalized == "300 passenger" and "hedged" in num.how
    assert num.line == 1 and num.value == "300 passengers" and num.article == "a"
    assert "ferry" in num.anchors and "passenger" not in num.anchors


def test_people_and_passengers_are_one_slot_and_equal_values_agree():
    a = Doc("a").say(
        "The ferry carried 300 people.",
        lemma="carry",
        args=[("subject", "The ferry", "ferry", None)],
        atts=[("number", "300 people", "300 person", "people", {"unit": "count"})],
    )
    b = Doc("b").say(
        "The ferry carried 300 passengers.",
        lemma="carry",
        args=[("subject", "The ferry", "ferry", None)],
        atts=[("number", "300 passengers", "300 passenger", "passenger", {"unit": "count"})],
    )
    idx = _index(a.build(), b.build())
    pairs = align(idx, "number", min_score=0.3)
    assert len(pairs) == 1
    assert _slot_disagreements("number", a.build(), b.build()) == []


def closed_schools(art: str, n: str, published: date = date(2024, 5, 6)) -> Extraction:
    """One article: "The strike closed N schools in Northvale."."""
    return (
        Doc(art, published)
        .say(
            f"The strike closed {n} schools in Northvale.",
            lemma="close",
            args=[("subject", "The strike", "strike", None), ("obl:in", "Northvale", "northvale", "northvale")],
            atts=[("number", f"{n} schools", f"{n} school", "school", {"unit": "count"})],
        )
        .build()
    )


def test_different_counts_of_one_thing_are_one_contradiction():
    docs = [closed_schools(art, n) for art, n in (("a", "120"), ("b", "150"), ("c", "150"))]
    (d,) = _slot_disagreements("number", *docs)
    assert d.label == "contradiction"
    assert [g.first.normalized for g in d.groups] == ["120 school", "150 school"]
    assert [g.sources for g in d.groups] == [1, 2]


def test_a_count_of_a_different_thing_is_not_aligned():
    a = Doc("a").say(
        "The attack killed 30 people in Northvale.",
        lemma="kill",
        args=[("obl:in", "Northvale", "northvale", "northvale")],
        atts=[("number", "30 people", "30 person", "people", {"unit": "count"})],
    )
    b = Doc("b").say(
        "The attack injured 50 people in Northvale.",
        lemma="injure",
        args=[("obl:in", "Northvale", "northvale", "northvale")],
        atts=[("number", "50 people", "50 person", "people", {"unit": "count"})],
    )
    found = _slot_disagreements("number", a.build(), b.build())
    assert all(d.label != "contradiction" for d in found)
    c = Doc("c").say(
        "The attack destroyed 50 homes in Northvale.",
        lemma="kill",
        args=[("obl:in", "Northvale", "northvale", "northvale")],
        atts=[("number", "50 homes", "50 home", "home", {"unit": "count"})],
    )
    assert _slot_disagreements("number", a.build(), c.build()) == []


def test_resign_and_step_down_dated_differently():
    a = Doc("a").say(
        "Minister Ortega resigned on Monday.",
        lemma="resign",
        args=[("subject", "Minister Ortega", "ortega", "ortega")],
        atts=[("date", "Monday", "2024-05-06", "resign", {})],
    )
    b = Doc("b").say(
        "Minister Ortega stepped down on Friday.",
        lemma="step down",
        args=[("subject", "Minister Ortega", "ortega", "ortega")],
        atts=[("date", "Friday", "2024-05-03", "step down", {})],
    )
    (d,) = _slot_disagreements("date", a.build(), b.build())
    assert d.label == "contradiction"
    assert {g.first.normalized for g in d.groups} == {"2024-05-06", "2024-05-03"}


def test_polarity_by_negation_and_antonyms():
    def approve(art: str, lemma: str, neg: str | None, sentence: str) -> Extraction:
        return (
            Doc(art)
            .say(
                sentence,
                lemma=lemma,
                negation=neg,
                args=[("subject", "The council", "council", None), ("object", "the budget", "budget", None)],
            )
            .build()
        )

    a = approve("a", "approve", None, "The council approved the budget.")
    b = approve("b", "reject", None, "The council rejected the budget.")
    c = approve("c", "approve", "not", "The council did not approve the budget.")
    (d,) = _slot_disagreements("polarity", a, b)
    assert d.label == "contradiction" and "opposites" in d.verdict.why
    (d,) = _slot_disagreements("polarity", a, c)
    assert d.label == "contradiction"
    assert _slot_disagreements("polarity", b, c) == []  # rejected == did not approve


def test_places_by_containment_and_role():
    def sank(art: str, place: str, pid: str, within: tuple[str, ...] = (), prep: str = "in") -> Extraction:
        return (
            Doc(art)
            .say(
                f"The ferry Arden sank {prep} {place}.",
                lemma="sink",
                args=[("subject", "The ferry Arden", "arden", "arden"), (f"obl:{prep}", place, pid, pid)],
                atts=[("place", place.split(",")[0], pid, "sink", {"relation": f"obl:{prep}", "place_within": within})],
            )
            .build()
        )

    mobile = sank("a", "Mobile, Alabama", "mobile", ("Alabama",))
    alabama = sank("b", "Alabama", "alabama")
    assert _slot_disagreements("place", mobile, alabama) == []
    elsewhere = sank("c", "Tampa", "tampa")
    (d,) = _slot_disagreements("place", mobile, elsewhere)
    assert d.label == "possible"  # containment not shown: weak
    near = sank("d", "Tampa", "tampa", prep="near")
    assert _slot_disagreements("place", mobile, near) == []  # "in" and "near" are different slots


def test_age_claims_against_publication_dates():
    def aged(art: str, age: str, published: date) -> Extraction:
        return (
            Doc(art, published)
            .say(
                f"Dana Reyes, {age}, won the race.",
                lemma="win",
                args=[("subject", "Dana Reyes", "reyes", "dana-reyes")],
                atts=[("age", age, age, "Reyes", {})],
            )
            .build()
        )

    assert _slot_disagreements("age", aged("a", "61", date(2024, 1, 5)), aged("b", "62", date(2024, 9, 1))) == []
    (d,) = _slot_disagreements("age", aged("a", "61", date(2024, 1, 5)), aged("b", "64", date(2024, 1, 5)))
    assert d.label == "contradiction"


def test_different_times_are_different_events():
    def call(art: str, n: str, day: str, iso: str) -> Extraction:
        return (
            Doc(art)
            .say(
                f"Police evacuated {n} residents of Brookfield on {day}.",
                lemma="evacuate",
                args=[("subject", "Police", "police", None), ("obl:of", "Brookfield", "brookfield", "brookfield")],
                atts=[("number", f"{n} residents", f"{n} resident", "resident", {"unit": "count"})],
            )
            .build()
        )

    a, b = call("a", "200", "Monday", "2024-05-06"), call("b", "900", "Friday", "2024-05-03")
    a = a.model_copy(update={"facts": (a.facts[0].model_copy(update={"time": _day(a, "Monday", "2024-05-06")}),)})
    b = b.model_copy(update={"facts": (b.facts[0].model_copy(update={"time": _day(b, "Friday", "2024-05-03")}),)})
    found = _slot_disagreements("number", a, b)
    assert [d.label for d in found] == ["different events"]


def _day(ex: Extraction, word: str, iso: str) -> TimeMention:
    s = _find(ex.article.text, word)
    d = date.fromisoformat(iso)
    return TimeMention(article=ex.article.id, span=s, text=word, value=iso, granularity="day", start=d, end=d)


def test_later_update_of_a_figure():
    def toll(art: str, n: str, published: date) -> Extraction:
        return (
            Doc(art, published)
            .say(
                f"The flood in Riverton killed {n} people.",
                lemma="kill",
                args=[("subject", "The flood", "flood", None), ("obl:in", "Riverton", "riverton", "riverton")],
                atts=[("number", f"{n} people", f"{n} person", "people", {"unit": "count"})],
            )
            .build()
        )

    (d,) = _slot_disagreements("number", toll("a", "12", date(2024, 5, 6)), toll("b", "31", date(2024, 5, 9)))
    assert d.label == "later update"


def test_wire_copies_count_once():
    wire = "Officials in the coastal district said the storm had cut power to thousands of homes overnight and more."
    docs = []
    for art, n in (("a", "120"), ("b", "120"), ("c", "150")):
        d = Doc(art).say(
            f"The storm closed {n} schools in Northvale.",
            lemma="close",
            args=[("subject", "The storm", "storm", None), ("obl:in", "Northvale", "northvale", "northvale")],
            atts=[("number", f"{n} schools", f"{n} school", "school", {"unit": "count"})],
        )
        if art != "c":
            d.say(wire, lemma="cut", args=[("object", "power", "power", None)])
        docs.append(d.build())
    (d,) = _slot_disagreements("number", *docs)
    assert [(g.articles, g.sources) for g in d.groups] == [(("a", "b"), 1), (("c",), 1)]


def test_gate_requires_agreeing_roles():
    a = (
        Doc("a")
        .say(
            "Acme cut 25 percent of its staff.",
            lemma="cut",
            args=[("subject", "Acme", "acme", "acme")],
            atts=[("number", "25 percent", "25 percent", "staff", {"unit": "percent"})],
        )
        .build()
    )
    b = (
        Doc("b")
        .say(
            "Acme cut 25 of its staff.",
            lemma="cut",
            args=[("subject", "Acme", "acme", "acme")],
            atts=[("number", "25", "25 count", "staff", {"unit": "count"})],
        )
        .build()
    )
    ca = [c for c in claims_of_extraction(a) if c.slot == "number"][0]
    cb = [c for c in claims_of_extraction(b) if c.slot == "number"][0]
    assert gate(ca, cb) is not None


def test_a_subject_determined_by_no_negates():
    ex = (
        Doc("a")
        .say(
            "No passengers were hurt in the crash.",
            lemma="hurt",
            args=[("object", "No passengers", "passenger", None), ("obl:in", "the crash", "crash", None)],
        )
        .build()
    )
    ex = ex.model_copy(update={"facts": (ex.facts[0].model_copy(update={"voice": "passive"}),)})
    (pol,) = [c for c in claims_of_extraction(ex) if c.slot == "polarity"]
    assert pol.polarity == "negative" and pol.value == "No"


def test_an_age_against_a_birth_date_in_another_article():
    a = (
        Doc("a", date(2024, 5, 6))
        .say(
            "Dana Reyes, 61, won the race.",
            lemma="win",
            args=[("subject", "Dana Reyes", "reyes", "dana-reyes")],
            atts=[("age", "61", "61", "Reyes", {})],
        )
        .build()
    )

    def born(art: str, when: str, iso: str) -> Extraction:
        return (
            Doc(art)
            .say(
                f"Dana Reyes was born on {when}.",
                lemma="bear",
                args=[("object", "Dana Reyes", "reyes", "dana-reyes")],
                atts=[("date", when, iso, "bear", {})],
            )
            .build()
        )

    assert _slot_disagreements("age", a, born("b", "June 1, 1962", "1962-06-01")) == []
    (d,) = _slot_disagreements("age", a, born("c", "June 1, 1955", "1955-06-01"))
    assert d.label == "contradiction" and "born" in d.verdict.why


def test_a_total_beside_a_part_and_a_record_are_not_claims():
    ex = (
        Doc("a")
        .say(
            "Reyes completed 28 of 41 passes.",
            lemma="complete",
            args=[("subject", "Reyes", "reyes", "dana-reyes")],
            atts=[("number", "41 passes", "41 pass", "pass", {"unit": "count"})],
        )
        .say(
            "Dana Reyes, 45-7-2, won the bout.",
            lemma="win",
            args=[("subject", "Dana Reyes", "reyes", "dana-reyes")],
            atts=[("age", "45", "45", "Reyes", {})],
        )
        .build()
    )
    assert [c for c in claims_of_extraction(ex) if c.slot in ("number", "age")] == []


def test_a_weak_polarity_alignment_does_not_chain_a_confident_one_into_two_things():
    """'Acme has not released the patch' aligns confidently with another
    source's 'Acme released the patch', which aligns only weakly with 'Acme
    released it in Northvale' further down the first article: the weak link
    does not make the first article speak of two things."""
    acme = ("subject", "Acme", "acme", "acme")
    patch = ("object", "the patch", "patch", None)
    a = (
        Doc("a")
        .say("Acme has not released the patch.", lemma="release", negation="not", args=[acme, patch])
        .say(
            "Acme released it in Northvale.",
            lemma="release",
            args=[acme, ("obl:in", "Northvale", "northvale", "northvale")],
        )
    )
    b = Doc("b").say("Acme released the patch.", lemma="release", args=[acme, patch])
    idx = _index(a.build(), b.build())
    scores = sorted(round(p.score, 2) for p in align(idx, "polarity", min_score=0.3))
    assert len(scores) == 2 and scores[0] < 0.55 <= scores[1]  # one weak, one confident
    (d,) = _slot_disagreements("polarity", a.build(), b.build())
    assert d.label == "contradiction"
