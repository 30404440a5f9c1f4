"""What a number counts or measures, read from the parse: generic sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

import factcheck
from factcheck.engine.claims import SlotClaim, claims_of_extraction
from factcheck.extract.clauses.predicates import _misread_subject
from factcheck.extract.extractor import extract
from factcheck.extract.nlp import load_nlp
from factcheck.knowledge.base import Knowledge
from factcheck.knowledge.lexicon import Lexicon
from factcheck.model.models import Article

KNOWLEDGE = Knowledge(lexicon=Lexicon({}))


def _number_claims(text: str) -> list[SlotClaim]:
    ex = extract(
        Article(id="t", path="t.md", text=text + "\n", published=date(2025, 5, 2), published_source="front_matter"),
        KNOWLEDGE,
    )
    return [c for c in claims_of_extraction(ex) if c.slot == "number"]


def _numbers(text: str) -> list[tuple[str, str]]:
    return [(c.value, c.noun) for c in _number_claims(text)]


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        # the hedge is not what the amount measures
        ("The company posted a loss of close to $15 billion in 2008.", "$15 billion", "loss"),
        ("The storm killed close to 300 people.", "300 people", "people"),
        # an amount of money before a compound is the cost of its last noun
        ("Westco won a $40 billion tanker contract.", "$40 billion", "contract"),
    ],
)
def test_a_number_measures_the_noun_it_describes(text, value, noun):
    assert (value, noun) in _numbers(text)


def _doc(rows: list[tuple[str, int, str, str, str]]) -> Doc:
    """A parsed sentence given by hand: (word, head index, dep, tag, pos)."""
    words, heads, deps, tags, pos = (list(x) for x in zip(*rows))
    return Doc(load_nlp(None).vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_subject_the_parse_misread_is_the_subject():
    """The shipped parser can read "earthquake" in "A powerful earthquake
    struck ..." as an unmarked oblique of "struck" (a past participle at the
    root): the noun right before a finite verb with no subject, hanging on it
    with no preposition, is its subject."""
    doc = _doc([
        ("A", 2, "det", "DT", "DET"), ("powerful", 2, "amod", "JJ", "ADJ"),
        ("earthquake", 3, "obl:unmarked", "NN", "NOUN"), ("struck", 3, "ROOT", "VBN", "VERB"),
        ("Westland", 3, "obj", "NNP", "PROPN"), (".", 3, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    subj = _misread_subject(doc[3], [])
    assert subj is not None and subj.text == "earthquake"
    # a time word before the verb is not its subject
    doc = _doc([
        ("Last", 1, "amod", "JJ", "ADJ"), ("year", 3, "obl:npmod", "NN", "NOUN"),
        ("profits", 3, "nsubj", "NNS", "NOUN"), ("grew", 3, "ROOT", "VBD", "VERB"), (".", 3, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    assert _misread_subject(doc[3], []) is None or _misread_subject(doc[3], []).text != "year"
    doc = _doc([
        ("Last", 1, "amod", "JJ", "ADJ"), ("year", 2, "obl:npmod", "NN", "NOUN"),
        ("grew", 2, "ROOT", "VBD", "VERB"), (".", 2, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    assert _misread_subject(doc[2], []) is None
    # a past participle with an auxiliary is no past tense
    doc = _doc([
        ("The", 1, "det", "DT", "DET"), ("town", 3, "obl:unmarked", "NN", "NOUN"),
        ("was", 3, "aux:pass", "VBD", "AUX"), ("struck", 3, "ROOT", "VBN", "VERB"), (".", 3, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    assert _misread_subject(doc[3], []) is None


def test_a_subject_misread_before_its_own_apposition_is_the_subject():
    """ "Ada Okafor, the mayor of Northvale, signed ...": the parser can hang
    the name on the verb as an unmarked oblique; the commas around the name's
    own apposition do not keep it from being the subject. A comma that closes
    something else (an adverbial: "Yesterday, Okafor signed") still does."""
    doc = _doc([
        ("Ada", 8, "obl:unmarked", "NN", "NOUN"), ("Okafor", 0, "flat", "NNP", "PROPN"), (",", 4, "punct", ",", "PUNCT"),
        ("the", 4, "det", "DT", "DET"), ("mayor", 0, "appos", "NN", "NOUN"), ("of", 6, "case", "IN", "ADP"),
        ("Northvale", 4, "nmod", "NNP", "PROPN"), (",", 0, "punct", ",", "PUNCT"), ("signed", 8, "ROOT", "VBD", "VERB"),
        ("it", 8, "obj", "PRP", "PRON"), (".", 8, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    subj = _misread_subject(doc[8], [])
    assert subj is not None and subj.text == "Ada"
    doc = _doc([
        ("Ada", 3, "obl:unmarked", "NN", "NOUN"), ("Okafor", 0, "flat", "NNP", "PROPN"), (",", 3, "punct", ",", "PUNCT"),
        ("signed", 3, "ROOT", "VBD", "VERB"), ("it", 3, "obj", "PRP", "PRON"), (".", 3, "punct", ".", "PUNCT"),
    ])  # fmt: skip
    assert _misread_subject(doc[3], []) is None


def test_a_count_of_an_event_takes_the_entities_of_its_first_mention():
    (c,) = _number_claims("An explosion damaged the Northvale Mill on Tuesday.\n\nThe explosion injured 12 workers.")
    assert (c.value, c.noun) == ("12 workers", "worker")
    assert "@northvale-mill" in c.anchors


def test_a_count_stated_by_a_count_verb_is_the_same_count(tmp_path):
    """'finished with 23 points' states the count 'scored 31 points' states;
    two event verbs ('killed' / 'injured') stay apart."""
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-05-01\n---\nAna Ruiz scored 31 points for the Northvale Wolves on Friday.\n"
    )
    (tmp_path / "b.md").write_text(
        "---\npublished: 2025-05-01\n---\nAna Ruiz finished with 23 points for the Northvale Wolves on Friday.\n"
    )
    report, _ = factcheck.run(tmp_path)
    (f,) = [f for f in report.findings if f.kind == "number"]
    assert f.label == "contradiction"
    assert sorted(c.normalized for c in f.claims) == ["23 point", "31 point"]
    (tmp_path / "b.md").write_text(
        "---\npublished: 2025-05-01\n---\nThe Northvale storm injured 23 people on Friday.\n"
    )
    (tmp_path / "a.md").write_text("---\npublished: 2025-05-01\n---\nThe Northvale storm killed 31 people on Friday.\n")
    report, _ = factcheck.run(tmp_path)
    assert [f for f in report.findings if f.kind == "number"] == []


@pytest.mark.parametrize(
    ("text", "value", "noun", "role"),
    [
        # "worth" says what the amount is the value of, whatever head the parse gives it
        ("Northvale Construction won a contract worth US$2.5bn on Monday.", "US$2.5bn", "contract", "USD"),
        (
            "Northvale Construction won the contract, worth about $2.1 billion, on Monday.",
            "$2.1 billion",
            "contract",
            "$",
        ),
    ],
)
def test_what_an_amount_or_a_count_is_of(text, value, noun, role):
    (c,) = _number_claims(text)
    assert (c.value, c.noun, c.role) == (value, noun, role)


@pytest.mark.parametrize(
    "text",
    [
        "The Acme Airlines plane crashed near Easton with 300 people on board.",
        "There were 300 passengers aboard the Acme Airlines plane.",
        "The Acme Airlines plane had 300 people on board.",
    ],
)
def test_a_count_on_board_is_what_was_carried(text):
    (c,) = _number_claims(text)
    assert c.predicate == "carry"
    assert "@acme-airlines" in c.anchors


def _number_findings(tmp_path, a: str, b: str) -> list:
    (tmp_path / "a.md").write_text(f"---\npublished: 2025-05-01\n---\n{a}\n")
    (tmp_path / "b.md").write_text(f"---\npublished: 2025-05-01\n---\n{b}\n")
    report, _ = factcheck.run(tmp_path)
    return [f for f in report.findings if f.kind == "number"]


def test_a_count_aboard_and_a_count_carried_are_one_slot(tmp_path):
    """'300 people on board' and 'carrying 350 passengers' count one load;
    'killed 350 passengers' is another slot."""
    plane = "The Acme Airlines plane"
    (f,) = _number_findings(
        tmp_path,
        f"{plane} had 300 people on board when it crashed.",
        f"{plane} was carrying 350 passengers when it crashed.",
    )
    assert sorted(c.normalized for c in f.claims) == ["300 person", "350 passenger"]
    assert (
        _number_findings(
            tmp_path,
            f"{plane} had 300 people on board when it crashed.",
            f"The crash of {plane} killed 350 passengers.",
        )
        == []
    )


def test_a_contract_worth_an_amount_is_the_amount_of_the_contract(tmp_path):
    won = "Northvale Construction won the $2.1 billion bridge contract on Monday."
    (f,) = _number_findings(tmp_path, won, "Northvale Construction won a contract worth US$2.5bn on Monday.")
    assert sorted(c.value for c in f.claims) == ["$2.1 billion", "US$2.5bn"]
    assert _number_findings(tmp_path, won, "Northvale Construction won a contract worth US$2.1bn on Monday.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Ten people aboard the Acme ferry died when it sank.",
        "Forty people on board the Acme ferry were rescued.",
        "Acme has brought 200 engineers on board this year.",
    ],
)
def test_a_count_of_some_of_those_on_board_is_not_the_load(text):
    (c,) = _number_claims(text)
    assert c.predicate != "carry"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # those of the load who died are not the load
        (
            "The Acme ferry was carrying 300 people when it sank off Northvale on Monday.",
            "Ten people aboard the Acme ferry died when it sank off Northvale on Monday.",
        ),
        # a compound's modifier tells which officers are counted
        ("Northvale deployed 2,000 police officers on Monday.", "Northvale deployed 300 fire officers on Monday."),
    ],
)
def test_counts_of_different_groups_do_not_conflict(tmp_path, a, b):
    assert _number_findings(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a count of a kind and a count of the whole can both be true
        ("Northvale deployed 300 soldiers.", "Northvale deployed 200 workers to the flooded Easton district."),
    ],
)
def test_a_count_of_a_kind_is_no_confident_conflict_with_a_narrower_count_of_the_whole(tmp_path, a, b):
    assert [f for f in _number_findings(tmp_path, a, b) if f.label == "contradiction"] == []


@pytest.mark.parametrize(
    "reported",
    [
        "The election commission said that the {} in Northvale was {} percent on Sunday.",
        "The {} in Northvale was {} percent on Sunday, the election commission said.",
    ],
    ids=["said-that", "said-after"],
)
def test_a_figure_of_a_reported_clause_of_being_is_of_that_clause(tmp_path, reported):
    """'said that turnout was 60 percent': the figure is what the reported
    clause states of turnout, not a figure of the commission's saying (two
    figures one body reported of two things never conflict)."""
    text = reported.format("turnout", "60")
    (c,) = _number_claims(text)
    assert (c.value, c.subject) == ("60 percent", "turnout")
    assert c.predicate != "say"
    assert _number_findings(tmp_path, text, reported.format("jobless rate", "5")) == []
    (f,) = _number_findings(tmp_path, text, reported.format("turnout", "45"))
    assert sorted(c.value for c in f.claims) == ["45 percent", "60 percent"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # asked, not known, not said, a condition: no figure of what is so
        (
            "Ana Ruiz asked whether the cost of the Northvale bridge was $5 million.",
            "Officials said the cost of the Northvale bridge was $3 million.",
        ),
        (
            "It is not clear whether turnout in Northvale was 60 percent.",
            "The election board said that turnout in Northvale was 45 percent.",
        ),
        (
            "Ana Ruiz did not say that the cost of the Northvale bridge was $5 million.",
            "The cost of the Northvale bridge was $3 million.",
        ),
        (
            "If turnout in Northvale is 90 percent, Ana Ruiz will win.",
            "Officials said that turnout in Northvale was 60 percent.",
        ),
        # the report itself not made, not so, or not yet
        *(
            (
                f"{who} that the cost of the Northvale bridge was $5 million.",
                "The cost of the Northvale bridge was $3 million.",
            )
            for who in (
                "Ana Ruiz failed to confirm",
                "Ana Ruiz refused to confirm",
                "Nobody said",
                "Ana Ruiz falsely stated",
                "Ana Ruiz may announce",
                "Ana Ruiz stopped short of saying",
            )
        ),
        (
            "Ana Ruiz said the cost of the Northvale bridge is $5 million if the land is included.",
            "The cost of the Northvale bridge is $3 million.",
        ),
        # no noun tells what the figure is of: the reporter's place does not either
        (
            "Officials in Northvale said it was 60 percent.",
            "The jobless rate in Northvale was 8 percent.",
        ),  # a figure the clause says is wider than the reporter's place
        (
            "Officials in Northvale said the national unemployment rate was 5 percent.",
            "Officials said the unemployment rate in Northvale was 8 percent.",
        ),
        (
            "Northvale health officials said the statewide vaccination rate was 70 percent.",
            "Officials said the vaccination rate in Northvale was 55 percent.",
        ),
        # a condition hung on the figure's noun
        (
            "Officials said turnout in Northvale was 60 percent unless the late ballots are counted.",
            "The turnout in Northvale was 45 percent.",
        ),
    ],
    ids=[
        "asked-whether",
        "not-clear-whether",
        "did-not-say",
        "if",
        "failed-to-confirm",
        "refused-to-confirm",
        "nobody-said",
        "falsely-stated",
        "may-announce",
        "stopped-short-of-saying",
        "if-inside",
        "it-was",
        "national",
        "statewide",
        "unless",
    ],
)
def test_a_figure_of_a_clause_of_being_not_told_as_so_is_no_claim_of_it(tmp_path, a, b):
    assert _number_findings(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the reporter's place names what the figure is of
        (
            "Officials in Northvale said that turnout was 60 percent.",
            "Officials in Northvale said that turnout was 75 percent.",
        ),
        # a relative clause of being keeps what it describes
        (
            "Ana Ruiz, whose salary was $90,000, resigned from the Northvale council.",
            "Ana Ruiz, whose salary was $120,000, resigned from the Northvale council.",
        ),
        (
            "Ana Ruiz won in Northvale, where turnout was 60 percent.",
            "Ana Ruiz won in Northvale, where turnout was 45 percent.",
        ),
    ],
    ids=["reporter-place", "whose", "where"],
)
def test_a_figure_of_a_clause_of_being_keeps_what_it_is_of(tmp_path, a, b):
    (f,) = _number_findings(tmp_path, a, b)
    assert len({c.value for c in f.claims}) == 2


def test_a_reported_clause_the_parse_made_an_object_is_still_reported(tmp_path):
    """'said turnout was 60 percent' is parsed with 'percent' as the object of
    'said' or as its clause: either way the figure is the turnout's."""
    (f,) = _number_findings(tmp_path, "Ana Ruiz said turnout was 60 percent.", "Ana Ruiz said turnout was 45 percent.")
    assert sorted(c.value for c in f.claims) == ["45 percent", "60 percent"]
