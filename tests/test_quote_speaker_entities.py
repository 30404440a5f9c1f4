"""Which entity a quotation's speaker phrase resolves to: the one its head
names, never a possessor or a modifier, and no entity for a role with no name."""

from __future__ import annotations

import functools

import pytest
import spacy
from spacy.tokens import Doc

from factcheck import Article, load_rules
from factcheck.checks.attribution import _maybe_one_person
from factcheck.extract.extractor import extract
from factcheck.extract.quotes import speakers
from factcheck.knowledge.base import Knowledge
from factcheck.model.models import Quote


@functools.cache
def _knowledge() -> Knowledge:
    return load_rules().knowledge


def quotes(text: str) -> list[Quote]:
    return list(extract(Article(id="t", path="t", text=text), _knowledge()).quotes)


def only(text: str) -> Quote:
    found = quotes(text)
    assert len(found) == 1, [(q.text, q.speaker_text) for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text, written, entity",
    [
        # a possessor is not the speaker: the spokesman speaks, unnamed
        ("“We are grateful for the support,” Maria Lopez's spokesman told reporters.", "Maria Lopez's spokesman", None),
        # a role named in apposition after a possessor is that person
        (
            "“I am glad it is over,” said Baker's father, Herbert Baker.",
            "Baker's father, Herbert Baker",
            "herbert-baker",
        ),
        # a name before the head noun modifies it: a role with no name is nobody in particular
        ("“She is resting,” the Riverdale star said.", "the Riverdale star", None),
        # a title the parser made a subject of its own stays with the name, which is the speaker
        (
            "Harbor General Manager Tom Baker said he was aware of the “minor issue.”",
            "Harbor General Manager Tom Baker",
            "tom-baker",
        ),
        # an organisation in a compound before the title is not the speaker
        (
            "“It is good news,” said Harbor Media Group prexy Paul Lee.",
            "Harbor Media Group prexy Paul Lee",
            "paul-lee",
        ),
        # a mention that took in the possessor: the name after it, whole
        ("“We will fix it,” said Acme's Thomas Budd.", "Acme's Thomas Budd", "thomas-budd"),
        # the quoted clause goes on before an inverted verb: the name after the verb, whole
        (
            "“We are ensuring the full protection of the law” and that science will guide the decision,"
            " said Interior Secretary Ann Roe.",
            "Interior Secretary Ann Roe",
            "ann-roe",
        ),
        # a body the parse left next to the verb is the one the person is of: the person speaks
        (
            "“We have no idea what caused it,” the Rev. Tom Reyes of the Northvale Bible Church said Saturday.",
            "Tom Reyes",
            "tom-reyes",
        ),
        (
            "“We have no idea what caused it,” fire chief Tom Reyes of the Northvale Fire Department said.",
            "Tom Reyes",
            "tom-reyes",
        ),
        # a mention that ran on into a place: the name alone
        (
            "Baker's father Herbert Baker of Fort Worth said later, “I'm glad it's over.”",
            "Baker's father Herbert Baker of Fort Worth",
            "herbert-baker",
        ),
    ],
)
def test_the_speaker_entity_is_the_one_the_head_names(text, written, entity):
    q = only(text)
    assert q.speaker_text == written
    assert q.speaker == entity


@pytest.mark.parametrize(
    "who",
    [
        "a lawyer representing Tom Reyes of Acme Corp.",
        "the son of Tom Reyes of the Northvale Rotary Club",
        "Acme Corp., the employer of Tom Reyes of Northvale,",
    ],
)
def test_a_person_inside_a_longer_subject_is_not_who_speaks(who):
    """A person named after "of" or "representing" in the phrase before the
    verb is what the phrase is about, not its speaker."""
    assert only(f"“We have no idea,” {who} said.").speaker != "tom-reyes"


def test_carrying_on_is_not_reporting():
    text = "Acme will continue to sell Harbor servers based on Delta chips “for the foreseeable future,” Lu said."
    q = only(text)
    assert (q.speaker_text, q.cue) == ("Lu", "said")


def test_an_unclosed_quotation_does_not_take_a_speaker_from_a_later_paragraph():
    text = (
        "“It is official: I am running!\n"
        "I want to thank my family and, oh well, here we go “, the senator wrote online.\n\n"
        "The race starts in May.\n\n"
        "“We are thrilled,” said Ward and Baker."
    )
    first = quotes(text)[0]
    assert first.text == "It is official: I am running!"
    assert first.speaker_text is None and first.speaker is None


def test_a_quotation_still_spans_the_paragraphs_it_opens():
    text = "“We will build the bridge.\n\n“It will take years,” the mayor said."
    assert [q.speaker_text for q in quotes(text)] == ["the mayor", "the mayor"]


class _Tokens:
    def __init__(self, doc: Doc):
        self.tokens = list(doc)


def test_words_between_the_quotation_and_its_verb_are_its_subject():
    """A parse that hung the name inside the quoted clause and left the verb
    with only its object: the object after the verb is not the speaker."""
    words = ["\u201c", "I", "see", "damage", ",", "\u201d", "resident", "Ana", "Silva", "told", "the", "Courier", "."]
    heads = [2, 2, 9, 2, 2, 2, 8, 8, 2, 9, 11, 9, 9]
    deps = ["punct", "nsubj", "ccomp", "obj", "punct", "punct", "compound", "compound", "obj"]
    deps += ["ROOT", "det", "iobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "VERB", "DET", "PROPN", "PUNCT"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    ctx = _Tokens(doc)
    assert speakers._inverted(doc[9], {0, 1, 2, 3, 4}, ctx) is None  # type: ignore[arg-type]
    # right after the quotation, the noun phrase after the verb is its subject ('"...," said Ana Silva')
    words2 = ["\u201c", "I", "see", "damage", ",", "\u201d", "said", "Ana", "Silva", "."]
    doc2 = Doc(
        spacy.blank("en").vocab,
        words=words2,
        heads=[2, 2, 6, 2, 2, 2, 6, 6, 7, 6],
        deps=["punct", "nsubj", "ccomp", "obj", "punct", "punct", "ROOT", "nsubj", "flat", "punct"],
        pos=["PUNCT", "PRON", "VERB", "NOUN", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"],
    )
    found = speakers._inverted(doc2[6], {0, 1, 2, 3, 4}, _Tokens(doc2))  # type: ignore[arg-type]
    assert found is not None and found.text == "Ana"


@pytest.mark.parametrize(
    "a, b, maybe",
    [
        ("charlie", "charlie-roe", True),  # a given name alone
        ("roe", "charlie-roe", True),
        ("heffner", "hugh-hefner", True),  # one letter apart
        ("hefner", "heffner", True),
        ("smith", "john-jones", False),
        ("lee", "paul-leon", False),  # short names: a letter is a different name
        ("john-smith", "john-jones", False),
    ],
)
def test_one_word_names_close_to_the_other_speaker(a, b, maybe):
    lex = _knowledge().lexicon
    assert _maybe_one_person(lex, a, b) is maybe
    assert _maybe_one_person(lex, b, a) is maybe


def test_a_given_name_and_a_misspelt_name_are_not_an_attribution_conflict(tmp_path):
    from conftest import write_article

    from factcheck import run

    quote = "She was the heart of this family and we will miss her every day"
    write_article(tmp_path, "a", f'"{quote}," her son, Charlie, said after the hearing.\n', "2013-05-03")
    write_article(tmp_path, "b", f'"{quote}," said Charlie Marsden, her son.\n', "2013-05-03")
    write_article(tmp_path, "c", f'"{quote}," Marsdon told reporters.\n', "2013-05-03")
    write_article(tmp_path, "d", f'"{quote}," Terry White said.\n', "2013-05-03")
    report, errors = run(tmp_path, ruleset=load_rules())
    assert errors == []
    pairs = {frozenset(c.article for c in f.claims) for f in report.findings if f.rule == "FC006"}
    assert not pairs & {frozenset("ab"), frozenset("bc")}
    assert frozenset("ad") in pairs and frozenset("bd") in pairs
