"""Entities, negation and event clustering, on generic text."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck import Article, analyse, extract_article
from factcheck.extract.extractor import extract
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import EntityInfo, Lexicon

LEX = Lexicon(
    {
        "jane-roe": EntityInfo("jane-roe", "Jane Roe", "person", ("Roe",), ("the governor",)),
        "roe-office": EntityInfo("roe-office", "Governor's Office", "organization", ("GO",), (), "jane-roe"),
    }
)


def _extract(text, lex=LEX):
    return extract(Article(id="a", path="a.md", text=text + "\n", published=date(2025, 5, 9)), Knowledge(lexicon=lex))


def _ents(text, lex=LEX):
    return [(e.text, e.entity) for e in _extract(text, lex).entities]


def test_titles_possessives_and_roles_resolve_to_one_entity():
    text = "Governor Jane Roe spoke first. Roe's plan passed. Later the governor signed it. Gov. Roe left."
    ids = [eid for _, eid in _ents(text)]
    assert ids.count("jane-roe") >= 3


def test_fuzzy_alias_matches_a_spelling_variant():
    lex = Lexicon({"volodymyr-zelenskyy": EntityInfo("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "person")})
    assert ("Volodymyr Zelensky", "volodymyr-zelenskyy") in _ents("Then Volodymyr Zelensky spoke.", lex)


def test_surname_links_to_a_full_name_seen_earlier_without_a_lexicon():
    found = _extract("Laura Dawson runs the institute. Dawson said trade would grow.", Lexicon({})).entities
    assert [e.entity for e in found if "Dawson" in e.text] == ["laura-dawson", "laura-dawson"]


def test_a_surname_the_tagger_took_for_a_word_is_the_person_named_before():
    """ "Harlan" opening a sentence, tagged as a common noun, is still Tom Harlan."""
    for text in (
        "Police arrested Tom Harlan on Monday. Harlan argued that the charges were false.",
        "Tom Harlan was named coach on Monday. Harlan will be introduced at a news conference.",
    ):
        found = _extract(text, Lexicon({})).entities
        assert [e.entity for e in found if e.text == "Harlan"] == ["tom-harlan"]


@pytest.mark.parametrize(
    ("text", "lex"),
    [
        # a plural, or a word of the dictionary that is not the subject of a verb of saying
        ("Mayor Tom Gates spoke on Monday. Gates opened at noon.", Lexicon({})),
        ("Detective Tom Hunt spoke on Monday. Hunt for the gunman continued overnight.", Lexicon({})),
        # a verb of saying that counts says nothing
        ("Fund manager Tom Gold spoke on Monday. Gold added 2 percent on Monday.", Lexicon({})),
        # a lexicon's spelling variant is no name of the article's
        (
            "Food costs were steady on Monday. Prices did not rise in March, the agency said.",
            Lexicon({"tom-price": EntityInfo("tom-price", "Tom Price", "person", ("Price",))}),
        ),
    ],
)
def test_a_word_that_is_also_a_surname_stays_a_word(text, lex):
    found = _extract(text, lex).entities
    assert [e.text for e in found if e.entity in ("tom-gates", "tom-hunt", "tom-gold", "tom-price")] == [
        w for w in ("Tom Gates", "Tom Hunt", "Tom Gold") if w in text
    ]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Detective Tom Hunt spoke on Monday. Hunt said the search was over.", "tom-hunt"),
        # a singular name the tagger marks as plural
        ('Tom Frost spoke on Monday. "The crops will fail," Frost warned.', "tom-frost"),
    ],
)
def test_a_word_that_is_also_a_surname_is_the_person_when_it_says_something(text, person):
    found = _extract(text, Lexicon({})).entities
    assert [e.entity for e in found if e.entity == person] == [person, person]


def test_two_people_sharing_a_surname_are_not_merged():
    text = "Laura Dawson met Peter Dawson in court. Dawson said the case was closed."
    found = _extract(text, Lexicon({})).entities
    alone = [e.entity for e in found if e.text == "Dawson"]
    assert alone and not set(alone) & {"laura-dawson", "peter-dawson"}


def test_a_surname_is_the_principal_named_before_a_relative():
    text = (
        "Laura Dawson, the founder of the institute, died on Monday. "
        "Her son, Peter Dawson, said she had been ill. Dawson was 91."
    )
    found = _extract(text, Lexicon({})).entities
    assert [e.entity for e in found if e.text == "Dawson"] == ["laura-dawson"]


def test_a_given_name_of_one_and_surname_of_another_is_left_alone():
    text = "Laura James won the race on Monday. James Dawson came second. James said the course was hard."
    found = [(e.text, e.entity) for e in _extract(text, Lexicon({})).entities if e.text == "James"]
    assert found and all(eid not in ("laura-james", "james-dawson") for _, eid in found)


def test_a_senior_is_the_name_without_the_suffix_and_a_junior_is_his_son():
    text = (
        "William Carter Sr., the founder of the institute, died on Monday. "
        "His son, William Carter Jr., said he had been ill. Carter was 91."
    )
    found = [(e.text.rstrip("."), e.entity) for e in _extract(text, Lexicon({})).entities]
    assert found == [
        ("William Carter Sr", "william-carter"),
        ("William Carter Jr", "william-carter-jr"),
        ("Carter", "william-carter"),
    ]


def test_weekdays_and_months_are_not_entities():
    assert not [e for e in _extract("On Monday, the board met, and in March it voted.", Lexicon({})).entities]


def test_speaks_for_makes_two_entities_related():
    assert LEX.related("roe-office", "jane-roe") and not LEX.related("jane-roe", "jane-roe-2")


def _neg(text):
    facts = _extract(text).facts
    return next(f for f in facts if f.lemma == "approve").polarity


def test_negation_cues_and_non_negating_expressions():
    assert _neg("The mayor did not approve the plan.") == "negative"
    assert _neg("The mayor hasn't approved the plan.") == "negative"
    assert _neg("The mayor never approved the plan.") == "negative"
    assert _neg("The mayor approved not only the plan but the budget.") == "positive"
    assert _neg("The mayor approved the No. 1 plan in the league.") == "positive"


def _art(i, text, published):
    return Article(id=i, path=f"{i}.md", text=text, published=published, published_source="front_matter")


def test_one_call_told_two_ways_is_one_event(ruleset):
    exs = [
        extract_article(_art("a", "Ana Lima and Rui Costa spoke by phone on Friday.", date(2025, 3, 28)), ruleset),
        extract_article(_art("b", "Ana Lima and Rui Costa spoke by phone on March 28.", date(2025, 4, 30)), ruleset),
    ]
    report = analyse(exs, ruleset)
    calls = [e for e in report.events if e.type == "call"]
    assert len(calls) == 1 and calls[0].date == "2025-03-28"
    assert set(calls[0].articles) == {"a", "b"}
    assert report.findings == ()


def test_two_calls_on_two_days_are_two_events_and_a_definite_mention_follows_its_antecedent(ruleset):
    exs = [
        extract_article(
            _art(
                "a",
                "Ana Lima and Rui Costa spoke by phone on Tuesday. During the call, Lima raised the port strike.",
                date(2025, 4, 30),
            ),
            ruleset,
        ),
        extract_article(_art("b", "Ana Lima and Rui Costa spoke by phone on March 28.", date(2025, 4, 30)), ruleset),
    ]
    report = analyse(exs, ruleset)
    calls = sorted((e for e in report.events if e.type == "call"), key=lambda e: e.date)
    assert [e.date for e in calls] == ["2025-03-28", "2025-04-29"]
    definite = next(f for f in exs[0].facts if f.definite and f.event_type == "call")
    assert definite.id in calls[1].facts  # "the call" joined the Tuesday call
    assert definite.id not in calls[0].facts
    f = next(f for f in report.findings if f.rule == "FC001")
    assert f.severity == "info" and "second call" in f.conclusion


def test_graph_links_articles_facts_entities_and_events(ruleset):
    from factcheck.engine.corpus import Corpus

    exs = [extract_article(_art("a", "Ana Lima and Rui Costa spoke by phone on Friday.", date(2025, 3, 28)), ruleset)]
    g = Corpus.build(exs, ruleset.knowledge).graph
    kinds = {d["kind"] for _, d in g.nodes(data=True)}
    assert kinds == {"article", "fact", "entity", "event"}
    event = next(n for n, d in g.nodes(data=True) if d["kind"] == "event")
    assert {v for _, v in g.out_edges(event)} == {"entity:ana-lima", "entity:rui-costa"}


def test_focus_computes_only_findings_that_involve_the_focus(ruleset):
    texts = {
        "a": "The strike closed 120 schools across the province on Monday.",
        "b": "The strike closed 150 schools across the province on Monday.",
        "c": "The strike closed 180 schools across the province on Monday.",
    }
    exs = [extract_article(_art(k, v, date(2024, 5, 6)), ruleset) for k, v in texts.items()]
    everything = analyse(exs, ruleset)
    # one finding per conflict: the counts are value groups of one slot
    groups = [frozenset(c.article for c in f.claims) for f in everything.findings if f.rule == "FC003"]
    assert len(groups) == 1 and set("ab") <= groups[0]
    # with a focus only pairs that involve b are aligned; the others show as b's other sides
    focused = analyse(exs, ruleset, focus={"b"})
    got = [frozenset(c.article for c in f.claims) for f in focused.findings if f.rule == "FC003"]
    assert len(got) == 1 and set("ab") <= got[0]
    assert {f.id for f in focused.findings} <= {f.id for f in everything.findings}


def test_a_role_refers_only_to_someone_the_article_named():
    assert _ents("Later the governor signed it.") == []
    assert ("the governor", "jane-roe") in _ents("Jane Roe spoke. Later the governor signed it.")


def test_a_date_that_modifies_a_noun_does_not_date_the_clause(ruleset):
    ex = extract_article(
        _art("a", "The city council announced Friday that it will host the 2030 Games.\n", date(2025, 5, 9)), ruleset
    )
    assert ex.facts[0].time.value == "2025-05-09"
    ex = extract_article(
        _art("b", "The council discussed the 2030 Games budget at length.\n", date(2025, 5, 9)), ruleset
    )
    assert all(f.time is None for f in ex.facts)


def test_negation_inside_a_quoted_fragment_counts(ruleset):
    ex = extract_article(
        _art("a", 'The minister said the country "is not the source" of the drug.\n', date(2025, 5, 9)), ruleset
    )
    assert any(f.polarity == "negative" for f in ex.facts)


def test_a_negated_clause_is_not_a_reporting_source(ruleset):
    text = "Calls to the office were not answered on Monday, and a recording said the office was closed.\n"
    ex = extract_article(_art("a", text, date(2025, 5, 9)), ruleset)
    assert ex.facts[0].attribution.kind == "none" and ex.facts[0].polarity == "negative"


def _doc(words, pos, ents):
    from spacy.tokens import Doc

    from factcheck.extract.nlp import load_nlp

    return Doc(load_nlp(None).vocab, words=words, pos=pos, ents=ents)


def _typed(doc):
    from factcheck.extract.entities import _candidates

    return [(span.text, typ) for span, typ in _candidates(doc)]


def test_an_employer_a_title_and_a_name_run_together_are_two_mentions():
    # the recogniser often takes "Acme COO Jane Roe" for one organisation
    doc = _doc(
        ["Acme", "COO", "Jane", "Roe", "opened", "the", "plant"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "DET", "NOUN"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "O"],
    )
    assert _typed(doc) == [("Acme", "organization"), ("Jane Roe", "person")]


def test_a_name_right_after_a_person_title_is_a_person():
    doc = _doc(
        ["Acme", "CEO", "Ben", "Okafor", "spoke"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
        ["B-ORG", "O", "B-ORG", "I-ORG", "O"],
    )
    assert ("Ben Okafor", "person") in _typed(doc)


def test_a_title_word_opening_an_organisation_name_stays_in_it():
    doc = _doc(
        ["General", "Widgets", "closed", "the", "plant"],
        ["PROPN", "PROPN", "VERB", "DET", "NOUN"],
        ["B-ORG", "I-ORG", "O", "O", "O"],
    )
    assert _typed(doc) == [("General Widgets", "organization")]
    council = _doc(
        ["The", "Mayor", "'s", "Youth", "Council", "said"],
        ["DET", "PROPN", "PART", "PROPN", "PROPN", "VERB"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert _typed(council) == [("Mayor 's Youth Council", "organization")]


@pytest.mark.parametrize(
    ("words", "name"),
    [
        (["Commander", "Tom", "Ray"], "Tom Ray"),
        (["Detective", "Sergeant", "Ana", "Ruiz"], "Ana Ruiz"),
        (["District", "Attorney", "Ann", "Lee"], "Ann Lee"),
        (["Police", "Officer", "Mark", "Davis"], "Mark Davis"),
    ],
)
def test_a_rank_written_in_full_before_a_persons_name_is_no_part_of_it(words, name):
    """ "Commander Tom Ray" and "Commodore Tom Ray" name one person, Tom Ray."""
    doc = _doc([*words, "said"], ["PROPN"] * len(words) + ["VERB"], ["B-PER"] + ["I-PER"] * (len(words) - 1) + ["O"])
    assert _typed(doc) == [(name, "person")]


def test_a_rank_and_a_first_name_taken_for_an_organisation_join_the_surname():
    doc = _doc(["Admiral", "Tom", "Ray", "said"], ["PROPN", "PROPN", "PROPN", "VERB"], ["B-ORG", "I-ORG", "B-PER", "O"])
    assert _typed(doc) == [("Tom Ray", "person")]
    # not an organisation of more words, nor one opened by another word
    acme = _doc(["Acme", "Tom", "Ray", "said"], ["PROPN", "PROPN", "PROPN", "VERB"], ["B-ORG", "I-ORG", "B-PER", "O"])
    assert ("Ray", "person") in _typed(acme)


def test_a_rank_word_opening_the_name_of_a_thing_stays_in_it():
    school = _doc(
        ["The", "Officer", "Training", "School", "opened"],
        ["DET", "PROPN", "PROPN", "PROPN", "VERB"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert _typed(school) == [("Officer Training School", "organization")]
    orange = _doc(["Agent", "Orange", "was", "used"], ["PROPN", "PROPN", "AUX", "VERB"], ["B-MISC", "I-MISC", "O", "O"])
    assert [text for text, _ in _typed(orange)] == ["Agent Orange"]


def test_an_organisation_after_a_title_that_is_no_person_title_keeps_its_type():
    # "Director" and "General" also open names of bodies: no person is read into them
    doc = _doc(
        ["the", "Director", "Northvale", "Agency", "said"],
        ["DET", "PROPN", "PROPN", "PROPN", "VERB"],
        ["O", "B-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert _typed(doc) == [("Director Northvale Agency", "organization")]


def test_a_holder_named_after_an_employer_and_a_title_is_read(ruleset):
    from conftest import claims_of_text

    claims = claims_of_text("When Acme COO Tim Cook first introduced the phone, it sold well.")
    held = {(c.role, c.value) for c in claims if c.slot == "holder"}
    assert ("chief operating officer of @acme", "Tim Cook") in held


def test_a_lower_case_title_or_a_place_makes_no_person():
    # "the new mayor Northvale Council chose": the council is no person
    council = _doc(
        ["the", "new", "mayor", "Northvale", "Council", "chose"],
        ["DET", "ADJ", "NOUN", "PROPN", "PROPN", "VERB"],
        ["O", "O", "O", "B-ORG", "I-ORG", "O"],
    )
    assert _typed(council) == [("Northvale Council", "organization")]
    island = _doc(
        ["Ferries", "to", "Prince", "Edward", "Island", "stopped"],
        ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
        ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"],
    )
    assert _typed(island) == [("Prince Edward Island", "place")]


def test_a_title_of_several_words_inside_an_organisation_span_is_split_off():
    doc = _doc(
        ["Acme", "Motors", "Chief", "Executive", "Ben", "Okafor", "said"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert _typed(doc) == [("Acme Motors", "organization"), ("Ben Okafor", "person")]
    state = _doc(
        ["Northvale", "Secretary", "of", "State", "Jane", "Roe", "said"],
        ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert ("Jane Roe", "person") in _typed(state)
    sir = _doc(
        ["Northvale", "Bank", "Chairman", "Sir", "said"],
        ["PROPN", "PROPN", "PROPN", "PROPN", "VERB"],
        ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"],
    )
    assert all(typ != "person" for _, typ in _typed(sir))  # a title alone names no one


def test_the_title_before_a_name_stands_for_the_person_as_a_subject():
    from conftest import claims_of_text

    claims = claims_of_text("Acme COO Tim Cook closed the plant on Monday.")
    subjects = {c.subject for c in claims if c.subject}
    assert "@tim-cook" in subjects
    assert "coo" not in subjects


def test_an_abbreviated_title_is_one_token_with_its_stop():
    from factcheck.extract.nlp import load_nlp

    words = [t.text for t in load_nlp(None).make_doc("Police Lt. Ana Ruiz and Sgt. Bo Diaz spoke.")]
    assert words[:3] == ["Police", "Lt.", "Ana"]
    assert "Sgt." in words


def test_a_name_after_an_abbreviated_title_is_a_person_whatever_the_recogniser_said():
    # "Rep. Ana Ruiz" taken for one organisation, and a name after "Maj." not recognised
    org = _doc(
        ["Rep.", "Ana", "Ruiz", "said", "so"],
        ["PROPN", "PROPN", "PROPN", "VERB", "ADV"],
        ["B-ORG", "I-ORG", "I-ORG", "O", "O"],
    )
    assert _typed(org) == [("Ana Ruiz", "person")]
    bare = _doc(["Maj.", "Bo", "Diaz", "said", "so"], ["PROPN", "PROPN", "PROPN", "VERB", "ADV"], ["O"] * 5)
    assert _typed(bare) == [("Bo Diaz", "person")]
    # a full title word still opens a body's name
    body = _doc(["General", "Widgets", "said", "so"], ["PROPN", "PROPN", "VERB", "ADV"], ["B-ORG", "I-ORG", "O", "O"])
    assert _typed(body) == [("General Widgets", "organization")]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # "Northvale General Hospital": "General" is no rank before a person named "Hospital"
        (["Northvale", "General", "Hospital"], [("Northvale General Hospital", "organization")]),
        # an employer, a title and a person's name are still two mentions ...
        (["Acme", "COO", "Jane", "Roe"], [("Acme", "organization"), ("Jane Roe", "person")]),
        # ... also when the surname is a word of places ("Church")
        (["Acme", "CEO", "Jane", "Church"], [("Acme", "organization"), ("Jane Church", "person")]),
    ],
)
def test_a_title_word_inside_the_name_of_a_body_makes_no_person(words, expected):
    labels = ["B-ORG"] + ["I-ORG"] * (len(words) - 1)
    doc = _doc([*words, "said", "so"], ["PROPN"] * len(words) + ["VERB", "ADV"], [*labels, "O", "O"])
    assert _typed(doc) == expected


def test_two_person_spans_side_by_side_are_one_name():
    # the recogniser cut "Tom Ray" in two; "Ana Ruiz and Tom Ray" stay two people
    doc = _doc(["Tom", "Ray", "said", "so"], ["PROPN", "PROPN", "VERB", "ADV"], ["B-PER", "B-PER", "O", "O"])
    assert _typed(doc) == [("Tom Ray", "person")]
    two = _doc(
        ["Ana", "Ruiz", "and", "Tom", "Ray", "left"],
        ["PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"],
        ["B-PER", "I-PER", "O", "B-PER", "I-PER", "O"],
    )
    assert _typed(two) == [("Ana Ruiz", "person"), ("Tom Ray", "person")]
    # two names of two words side by side may be two people ("gave Ana Ruiz Tom Ray's job")
    side = _doc(
        ["gave", "Ana", "Ruiz", "Tom", "Ray", "job"],
        ["VERB", "PROPN", "PROPN", "PROPN", "PROPN", "NOUN"],
        ["O", "B-PER", "I-PER", "B-PER", "I-PER", "O"],
    )
    assert _typed(side) == [("Ana Ruiz", "person"), ("Tom Ray", "person")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a body, a firm, a club or a place convicted, indicted, detained or "killed" is no
        # person against a count of none (typing names as people by such verbs was tried,
        # and made people of all of these)
        (
            "Northvale Council was indicted over the collapse of the Harlow dam.",
            "No one has been indicted over the collapse of the Harlow dam.",
        ),
        (
            "Acme Corp was convicted on Monday over the collapse of the Northvale dam.",
            "No one has been convicted over the collapse of the Northvale dam.",
        ),
        (
            "Dynamo Zentrik was convicted over the riot at the Harlow stadium.",
            "No one has been convicted over the riot at the Harlow stadium.",
        ),
        (
            "The floods killed Nova Vantora after the collapse of the Harlow dam.",
            "No one was killed after the collapse of the Harlow dam.",
        ),
    ],
)
def test_a_body_convicted_or_killed_is_no_person_against_a_count_of_none(ruleset, tmp_path, a, b):
    from conftest import findings_of_two

    assert findings_of_two(ruleset, tmp_path, a, b, "FC003") == []


def test_a_word_spelt_with_a_capital_inside_is_a_name_whatever_its_tag():
    # the tagger often takes "startup VexaMicro" for an adjective; "mRNA" and "kWh" are no names
    doc = _doc(
        ["Acme", "bought", "startup", "VexaMicro", "and", "an", "mRNA", "lab", "using", "kWh"],
        ["PROPN", "VERB", "NOUN", "ADJ", "CCONJ", "DET", "NOUN", "NOUN", "VERB", "NOUN"],
        ["B-ORG", "O", "O", "O", "O", "O", "O", "O", "O", "O"],
    )
    assert _typed(doc) == [("Acme", "organization"), ("VexaMicro", "name")]
    phone = _doc(
        ["Tom", "Reyes", "sold", "his", "iPhone"],
        ["PROPN", "PROPN", "VERB", "PRON", "NOUN"],
        ["B-PER", "I-PER", "O", "O", "O"],
    )
    assert _typed(phone) == [("Tom Reyes", "person"), ("iPhone", "name")]


def test_a_span_of_small_letters_the_recogniser_labels_is_no_name():
    # the recogniser, trained on web text, labels "region" a place in "in region hit by
    # the storm"; a name has a capital, however else it is spelt ("iPhone", "de la Cruz")
    doc = _doc(
        ["The", "storm", "hit", "Northvale", "in", "region", "near", "de", "la", "Cruz"],
        ["DET", "NOUN", "VERB", "PROPN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"],
        ["O", "O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "I-LOC", "I-LOC"],
    )
    assert _typed(doc) == [("Northvale", "place"), ("de la Cruz", "place")]
