"""Facts read from the dependency parse: generic sentences written for these
tests, and real sentences from ../shared/data chosen by their structure."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import DATA

from factcheck.extract.extractor import extract
from factcheck.extract.nlp import load_nlp
from factcheck.ingest.segment import segment
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article, Extraction, Fact

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _extract(text: str, published: date = date(2025, 5, 9)) -> Extraction:
    return extract(
        Article(id="t", path="t.md", text=text + "\n", published=published, published_source="front_matter"), KNOWLEDGE
    )


def _fact(ex: Extraction, lemma: str) -> Fact:
    found = [f for f in ex.facts if f.lemma == lemma]
    assert found, f"no fact '{lemma}' in {[f.lemma for f in ex.facts]}"
    return found[0]


def _role(f: Fact, role: str) -> str:
    found = [a.head for a in f.args if a.role == role]
    assert found, f"no {role} in {[(a.role, a.text) for a in f.args]}"
    return found[0]


def test_a_passive_is_undone():
    f = _fact(_extract("The bridge contract was awarded by the city council."), "award")
    assert f.voice == "passive"
    assert _role(f, "object") == "contract"
    assert _role(f, "subject") == "council"


def test_a_relative_clause_is_read_against_its_antecedent():
    ex = _extract("The engineer who designed the bridge resigned.")
    f = _fact(ex, "design")
    assert _role(f, "subject") == "engineer"
    assert _role(f, "object") == "bridge"
    assert _role(_fact(ex, "resign"), "subject") == "engineer"


def test_conjoined_subjects_are_split_into_one_fact_each():
    ex = _extract("Maria Lopez and David Chen signed the agreement.")
    signed = [f for f in ex.facts if f.lemma == "sign"]
    assert sorted(f.subject or "" for f in signed) == ["david-chen", "maria-lopez"]
    assert all(_role(f, "object") == "agreement" for f in signed)


def test_obliques_keep_their_preposition_and_phrasal_verbs_are_joined():
    ex = _extract("The minister stepped down on Monday after the vote.")
    f = _fact(ex, "step down")
    assert {a.role for a in f.args} >= {"subject", "obl:after"}
    assert f.time is not None and f.time.value == "2025-05-05"


def _entity(f: Fact, role: str) -> str | None:
    return next(a.entity for a in f.args if a.role == role)


@pytest.mark.parametrize(
    ("sentence", "lemma", "person"),
    [
        ("The 36-year-old champion Tom Reyes stopped the challenger in the second round.", "stop", "tom-reyes"),
        ("Her lawyer, Ana Ruiz, told the court the deal was fair.", "tell", "ana-ruiz"),
    ],
)
def test_a_person_noun_with_a_name_in_apposition_is_that_person(sentence, lemma, person):
    assert _entity(_fact(_extract(sentence), lemma), "subject") == person


def test_a_plural_person_noun_is_not_the_first_name_apposed_to_it():
    f = _fact(_extract("The victims, Tom Reyes and Ana Ruiz, were taken to a hospital."), "take")
    assert _role(f, "object") == "victim" and _entity(f, "object") is None


@pytest.mark.parametrize(
    ("sentence", "lemma", "role"),
    [
        # one of the workers, not their number
        ("One worker, Tom Reyes, was killed in the blast at the Northvale plant.", "kill", "object"),
        # the noun is an item of a list (the parse's), the name after it another item
        (
            "Bruce Smith - the career sacks leader - Rod Woodson and Shannon Sharpe are among the 15 finalists.",
            "sack",
            "object",
        ),
    ],
)
def test_a_counted_or_listed_person_noun_keeps_no_name(sentence, lemma, role):
    assert _entity(_fact(_extract(sentence), lemma), role) is None


def test_the_age_of_an_apposed_person_noun_is_the_person_s(ruleset, tmp_path):
    from conftest import findings_of_two

    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        "The 36-year-old champion Tom Reyes stopped the challenger in the second round.",
        "Tom Reyes, 38, stopped the challenger on Saturday.",
        "FC008",
    )
    assert sorted(c.value for c in f.claims) == ["36-year-old", "38"]


def test_in_connection_with_is_about_its_noun():
    f = _fact(_extract("Two men were charged in connection with the fire."), "charge")
    (about,) = [a for a in f.args if a.role.startswith("obl")]
    assert about.head == "fire" and about.text.endswith("the fire")


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The company has yet to respond to the report.", "respond"),
        ("The senator refused to answer the question.", "answer"),
        ("The company failed to deliver the aircraft.", "deliver"),
        ("The mayor did not approve the budget.", "approve"),
        ("The company no longer makes the engines.", "make"),
        ("The board never approved the merger.", "approve"),
        ("The company did not manage to deliver the aircraft.", "deliver"),
        ("The senator was unable to answer the question.", "answer"),
        ("The jury was not able to reach a verdict.", "reach"),
        ("The regulator barred the company from selling the drug.", "sell"),
    ],
)
def test_negation_that_governs_the_predicate(sentence, lemma):
    f = _fact(_extract(sentence), lemma)
    assert f.polarity == "negative"
    assert f.negation is not None


def test_a_gerund_kept_from_happening_has_the_object_as_its_subject():
    f = _fact(_extract("The regulator barred the company from selling the drug."), "sell")
    assert [(a.role, a.text) for a in f.args if a.role in ("subject", "object")] == [
        ("subject", "the company"),
        ("object", "the drug"),
    ]


def test_negation_in_another_clause_does_not_reach_the_predicate():
    ex = _extract("The mayor approved the budget that the council had not reviewed.")
    assert _fact(ex, "approve").polarity == "positive"
    assert _fact(ex, "review").polarity == "negative"


@pytest.mark.parametrize(
    ("sentence", "lemma", "modality"),
    [
        ("The company is expected to announce the results.", "announce", "expected"),
        ("The company is planning to build a new plant.", "build", "planned"),
        ("The storm may reach the coast.", "reach", "possible"),
        ("The airline would cut the routes.", "cut", "expected"),
    ],
)
def test_modality_is_kept_apart_from_what_happened(sentence, lemma, modality):
    f = _fact(_extract(sentence), lemma)
    assert f.modality == modality and f.modality_cue


def test_according_to_attributes_the_clause():
    f = _fact(_extract("The plant will close in June, according to the union."), "close")
    assert f.attribution.cue == "according to"
    assert f.attribution.source_text == "the union"


def test_a_reporting_verb_attributes_its_complement():
    ex = _extract("Laura Dawson said the plant will close in June.")
    f = _fact(ex, "close")
    assert f.attribution.source == "laura-dawson" and f.attribution.cue == "say"
    assert f.parent == _fact(ex, "say").id


def test_a_nested_report_is_nested():
    ex = _extract("Laura Dawson said that Peter Moss told her the plant will close.")
    f = _fact(ex, "close")
    assert f.attribution.source == "peter-moss" and f.attribution.cue == "tell"
    assert f.attribution.via is not None and f.attribution.via.source == "laura-dawson"


def test_a_number_attaches_to_the_noun_it_counts():
    f = _fact(_extract("The plane carried 120 passengers."), "carry")
    nums = [a for a in f.attachments if a.kind == "number"]
    assert [(a.head, a.value) for a in nums] == [("passenger", "120 passenger")] or [a.head for a in nums] == [
        "passenger"
    ]


def test_money_attaches_to_the_noun_it_measures_with_its_hedge():
    ex = _extract("The firm won a $3 billion contract and hired about 300 workers.")
    atts = [a for f in ex.facts for a in f.attachments if a.kind == "number"]
    heads = {a.head: a for a in atts}
    assert "contract" in heads and heads["contract"].value is not None and "3000000000" in heads["contract"].value
    assert "worker" in heads and heads["worker"].hedge == "about"


def test_an_age_in_apposition_attaches_to_the_person():
    text = "The chief executive, John Smith, 61, resigned on Friday."
    ex = _extract(text)
    ages = [a for f in ex.facts for a in f.attachments if a.kind == "age"]
    assert [a.value for a in ages] == ["61"]
    name = text.index("John Smith")
    assert name <= ages[0].head_span.start < name + len("John Smith")  # the person, not the role


def test_an_age_as_a_modifier_attaches_to_its_noun():
    ex = _extract("A 33-year-old actress won the award.")
    ages = [a for f in ex.facts for a in f.attachments if a.kind == "age"]
    assert [(a.value, a.head) for a in ages] == [("33", "actress")]


def test_a_place_attaches_to_its_verb_with_the_places_containing_it():
    ex = _extract("The company opened a factory in Mobile, Alabama.")
    places = [a for f in ex.facts for a in f.attachments if a.kind == "place"]
    assert len(places) == 1
    assert places[0].text == "Mobile" and places[0].place_within == ("Alabama",)
    assert places[0].head in ("open", "factory")


def test_an_ordinal_attaches_to_the_noun_it_ranks():
    ex = _extract("The airline delivered the first aircraft to the customer.")
    ords = [a for f in ex.facts for a in f.attachments if a.kind == "ordinal"]
    assert [(a.value, a.head) for a in ords] == [("1", "aircraft")]


def test_a_pronoun_subject_resolves_to_the_person_before_it():
    ex = _extract("Laura Dawson runs the institute. She founded it in 2010.")
    assert _fact(ex, "found").subject == "laura-dawson"


def test_spans_are_exact_and_the_front_matter_is_never_parsed():
    text = "---\ntitle: The mayor did not resign\n---\nThe mayor resigned on Monday.\n"
    body = text.index("The mayor resigned")
    art = Article(id="t", path="t.md", text=text, body_start=body, published=date(2025, 5, 9))
    ex = extract(art, KNOWLEDGE)
    assert [f.lemma for f in ex.facts] == ["resign"]
    for f in ex.facts:
        assert text[f.span.start : f.span.end] == f.text
        assert f.predicate_span is not None and text[f.predicate_span.start : f.predicate_span.end] == "resigned"
        for a in f.args:
            assert text[a.span.start : a.span.end] == a.text


# --------------------------------------------------------------------------- real sentences


def _news_sentences(limit: int = 4000):
    """(article, sentence) pairs of MEANTIME's Wikinews articles, read at run time."""
    path = DATA / "meantime" / "meantime_en_docs.jsonl"
    if not path.exists():
        pytest.skip("MEANTIME is not under the data root")
    n = 0
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            doc = json.loads(line)
            art = Article(id="m", path="m.md", text=doc["text"], published=None)
            for s in segment(art):
                if s.furniture:
                    continue
                yield art, s
                n += 1
                if n >= limit:
                    return


def _first(structure):
    """The first real sentence whose parse has the structure, and its parse."""
    nlp = load_nlp()
    for art, s in _news_sentences():
        doc = nlp(s.text)
        tok = structure(doc)
        if tok is not None:
            return art, s, tok
    pytest.skip("no sentence with that structure")


def _facts_of(art: Article, s) -> list[Fact]:
    one = Article(id="m", path="m.md", text=art.text[: s.span.end] + "\n", body_start=s.span.start)
    return list(extract(one, KNOWLEDGE).facts)


@pytest.mark.data
def test_real_passive_with_an_agent():
    def passive(doc):
        for t in doc:
            if any(c.dep_ == "nsubj:pass" for c in t.children) and any(c.dep_ == "obl:agent" for c in t.children):
                return t
        return None

    art, s, verb = _first(passive)
    f = next(f for f in _facts_of(art, s) if f.predicate_span and f.predicate_span.start == s.span.start + verb.idx)
    patient = next(c for c in verb.children if c.dep_ == "nsubj:pass")
    agent = next(c for c in verb.children if c.dep_ == "obl:agent")
    assert f.voice == "passive"
    assert any(a.role == "object" and a.head_span.start == s.span.start + patient.idx for a in f.args)
    assert any(a.role == "subject" and a.head_span.start == s.span.start + agent.idx for a in f.args)


@pytest.mark.data
def test_real_negated_verb():
    def negated(doc):
        for t in doc:
            if (
                t.pos_ == "VERB"
                and t.dep_ not in ("amod", "compound")
                and any(c.lower_ in ("not", "n't") for c in t.children)
            ):
                return t
        return None

    art, s, verb = _first(negated)
    f = next(f for f in _facts_of(art, s) if f.predicate_span and f.predicate_span.start == s.span.start + verb.idx)
    assert f.polarity == "negative" and f.negation is not None
    assert f.negation.text.casefold() in ("not", "n't", "n\u2019t")


@pytest.mark.data
def test_real_counted_noun():
    def counted(doc):
        for t in doc:
            if t.dep_ == "nummod" and t.text.isdigit() and t.head.pos_ == "NOUN" and t.head.i == t.i + 1:
                return t
        return None

    art, s, num = _first(counted)
    atts = [a for f in _facts_of(art, s) for a in f.attachments if a.kind == "number"]
    assert any(a.head_span.start == s.span.start + num.head.idx and a.relation == "nummod" for a in atts)


@pytest.mark.data
def test_real_reported_clause():
    def reported(doc):
        for t in doc:
            if (
                t.lemma_ == "say"
                and any(c.dep_ == "nsubj" for c in t.children)
                and any(c.dep_ == "ccomp" and c.pos_ == "VERB" for c in t.children)
            ):
                return t
        return None

    art, s, say = _first(reported)
    comp = next(c for c in say.children if c.dep_ == "ccomp")
    facts = _facts_of(art, s)
    f = next(f for f in facts if f.predicate_span and f.predicate_span.start == s.span.start + comp.idx)
    assert f.attribution.cue == "say"
    subjects = [c for c in say.children if c.dep_ == "nsubj"]
    assert f.attribution.span is not None
    assert any(f.attribution.span.start <= s.span.start + c.idx < f.attribution.span.end for c in subjects)


def test_facts_command_prints_the_fact_schema_and_json_that_follows_it(tmp_path, capsys):
    jsonschema = pytest.importorskip("jsonschema")
    from factcheck.cli import main

    assert main(["facts", "--schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert {"Argument", "Attachment", "Attribution"} <= set(schema["$defs"])
    art = tmp_path / "a.md"
    art.write_text(
        "---\npublished: 2025-05-09\n---\nThe council approved 120 new homes in Mobile, Alabama.\n", encoding="utf-8"
    )
    assert main(["facts", str(art), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["facts"]
    for fact in data["facts"]:
        jsonschema.validate(fact, schema)


def test_facts_command_text_fits_80_columns(tmp_path, capsys):
    from factcheck.cli import main

    art = tmp_path / "a.md"
    art.write_text(
        "---\npublished: 2025-05-09\n---\nThe council did not approve the plan, according to the mayor.\n",
        encoding="utf-8",
    )
    assert main(["facts", str(art), "--width", "80", "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "approve" in out and "negative" in out and "according to" in out
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize(
    ("text", "ordinals"),
    [
        ("A quake struck Northvale in April last year.", []),
        ("Tom Reyes won the award last Friday.", []),
        ("Tom Reyes won the award in his last season.", ["last"]),
        ("Northvale became the first town to ban cars.", ["first"]),
    ],
)
def test_last_of_a_time_is_no_position_in_a_series(text, ordinals):
    from conftest import claims_of_text

    assert [c.value for c in claims_of_text(text) if c.slot == "ordinal"] == ordinals
