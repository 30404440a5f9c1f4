"""Repairs of tagger and parser slips that would lose a fact, on parses built
by hand (so that each repair is tested whatever the shipped model does), and
the alignment of one predicate of one named theme. Generic sentences."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

import factcheck
from factcheck.extract.clauses.attachments import _complement_of_report, _verb_of_object, _verb_of_subject
from factcheck.extract.clauses.predicates import _clauses, is_predicate

VOCAB = spacy.blank("en").vocab  # with the English lexical attributes ("lower_")

# "Ana Ruiz was shot and killed in Northvale": the tagger took "shot" for a
# noun and "killed" for a past tense
WORDS = ["Ana", "Ruiz", "was", "shot", "and", "killed", "in", "Northvale"]
POS = ["PROPN", "PROPN", "AUX", "NOUN", "CCONJ", "VERB", "ADP", "PROPN"]
TAGS = ["NNP", "NNP", "VBD", "NN", "CC", "VBD", "IN", "NNP"]
DEPS = ["nsubj:pass", "flat", "aux:pass", "ROOT", "cc", "conj", "case", "obl"]
HEADS = [3, 0, 3, 3, 5, 3, 7, 5]


def _shipped_root(text: str) -> spacy.tokens.Token:
    """The root of ``text`` as the shipped pipeline reads it, repairs and retries included."""
    from factcheck.extract.nlp import load_nlp

    return next(t for t in load_nlp()(text) if t.dep_ == "ROOT")


def _doc(pos: list[str] = POS, deps: list[str] = DEPS) -> Doc:
    return Doc(VOCAB, words=WORDS, pos=pos, tags=TAGS, deps=deps, heads=HEADS, lemmas=[w.lower() for w in WORDS])


def test_a_noun_with_a_passive_auxiliary_is_a_predicate():
    doc = _doc()
    assert is_predicate(doc[3])
    # a noun at the root with a subject but neither an object nor that auxiliary stays a noun
    plain = _doc(deps=["nsubj", "flat", "dep", "ROOT", "cc", "conj", "case", "obl"])
    assert not is_predicate(plain[3])


def test_an_adjective_with_a_passive_auxiliary_is_a_predicate():
    # "was not outsourced", "is not preserved": the tagger took the participle for an adjective
    doc = _doc(pos=["PROPN", "PROPN", "AUX", "ADJ", "CCONJ", "VERB", "ADP", "PROPN"])
    assert is_predicate(doc[3])
    # an adjective with neither a passive auxiliary nor a copula is no clause
    plain = _doc(
        pos=["PROPN", "PROPN", "AUX", "ADJ", "CCONJ", "VERB", "ADP", "PROPN"],
        deps=["nsubj", "flat", "dep", "ROOT", "cc", "conj", "case", "obl"],
    )
    assert not is_predicate(plain[3])


def test_a_participle_conjoined_to_a_passive_shares_its_patient():
    doc = _doc()
    preds = [t for t in doc if is_predicate(t)]
    clauses = _clauses(doc, preds)
    killed = clauses[5]
    assert killed.voice == "passive"
    assert [(r, t.text) for r, t in killed.args if r == "object"] == [("object", "Ana")]


def test_a_conjunct_with_its_own_object_keeps_its_voice():
    # "was arrested and hit an officer": the second verb has its own object
    words = ["He", "was", "arrested", "and", "hit", "an", "officer"]
    doc = Doc(
        VOCAB,
        words=words,
        pos=["PRON", "AUX", "VERB", "CCONJ", "VERB", "DET", "NOUN"],
        tags=["PRP", "VBD", "VBN", "CC", "VBD", "DT", "NN"],
        deps=["nsubj:pass", "aux:pass", "ROOT", "cc", "conj", "det", "obj"],
        heads=[2, 2, 2, 4, 2, 6, 4],
        lemmas=["he", "be", "arrest", "and", "hit", "an", "officer"],
    )
    clauses = _clauses(doc, [t for t in doc if is_predicate(t)])
    assert clauses[4].voice == "active"


def test_one_predicate_of_one_named_theme_is_compared(tmp_path):
    """The denial names only the bridge; the other source adds a purpose."""
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-05-02\n---\n\nThe Northvale Bridge was built for the fair by the city.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\npublished: 2025-05-03\n---\n\nThe Northvale Bridge was not built.\n", encoding="utf-8"
    )
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    polarity = [f for f in report.findings if f.category == "polarity"]
    assert len(polarity) == 1, [f.message for f in report.findings]
    assert sorted(c.article for c in polarity[0].claims) == ["a", "b"]


def test_a_relative_clause_on_the_place_of_an_event_noun_tells_of_the_event():
    # "a quake on a Gulf island that killed ten people": the parser hung "killed" on "island"
    words = ["a", "quake", "on", "an", "island", "that", "killed", "ten", "people"]
    doc = Doc(
        VOCAB,
        words=words,
        pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PRON", "VERB", "NUM", "NOUN"],
        tags=["DT", "NN", "IN", "DT", "NN", "WDT", "VBD", "CD", "NNS"],
        deps=["det", "ROOT", "case", "det", "nmod", "nsubj", "acl:relcl", "nummod", "obj"],
        heads=[1, 1, 4, 4, 1, 6, 4, 8, 6],
        lemmas=["a", "quake", "on", "an", "island", "that", "kill", "ten", "people"],
    )
    clauses = _clauses(doc, [t for t in doc if is_predicate(t)])
    assert [t.text for t in clauses[6].subjects] == ["quake"]


def test_a_count_whose_subject_is_what_it_counts_has_no_agent():
    """'26 pirates arrested' (a headline's reduced passive) and 'the warship
    intercepted boats with 36 pirates' may count the same pirates."""
    from dataclasses import replace

    from factcheck.engine.align import gate
    from factcheck.engine.claims import claims_of_extraction
    from factcheck.extract.extractor import extract
    from factcheck.knowledge.base import Knowledge
    from factcheck.knowledge.lexicon import Lexicon
    from factcheck.model.models import Article

    ex = extract(
        Article(id="t", path="t.md", text="The warship intercepted three boats with 36 pirates.\n"),
        Knowledge(lexicon=Lexicon({})),
    )
    (a,) = [c for c in claims_of_extraction(ex) if c.slot == "number" and c.role == "pirate"]
    assert a.subject == "warship"
    counted = replace(a, id="b", article="u", subject="pirate", object=None)
    other = replace(a, id="c", article="u", subject="coastguard")
    assert gate(a, counted) is None
    assert gate(a, other) == "different subjects"


# "Halvorsen, who had been ill, died at home": the parser left the name as the
# root, the relative clause on it, and hung the main verb on the relative verb
REL_WORDS = ["Halvorsen", ",", "who", "had", "been", "ill", ",", "died", "at", "home", "."]
REL_POS = ["PROPN", "PUNCT", "PRON", "AUX", "AUX", "ADJ", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT"]
REL_TAGS = ["NNP", ",", "WP", "VBD", "VBN", "JJ", ",", "VBD", "IN", "NN", "."]
REL_DEPS = ["ROOT", "punct", "nsubj", "aux", "cop", "acl:relcl", "punct", "advcl", "case", "obl", "punct"]
REL_HEADS = [0, 5, 5, 5, 5, 0, 7, 5, 9, 7, 0]


def _rel_doc(words: list[str] = REL_WORDS, tags: list[str] = REL_TAGS, deps: list[str] = REL_DEPS) -> Doc:
    return Doc(
        VOCAB, words=words, pos=REL_POS, tags=tags, deps=deps, heads=REL_HEADS, lemmas=[w.lower() for w in words]
    )


@pytest.mark.parametrize("comma_on", [7, 5], ids=["comma on the verb", "comma on the relative clause"])
def test_the_main_verb_hung_on_a_relative_clause_takes_the_root_noun_as_subject(comma_on):
    heads = [*REL_HEADS[:6], comma_on, *REL_HEADS[7:]]
    doc = Doc(
        VOCAB,
        words=REL_WORDS,
        pos=REL_POS,
        tags=REL_TAGS,
        deps=REL_DEPS,
        heads=heads,
        lemmas=[w.lower() for w in REL_WORDS],
    )
    clauses = _clauses(doc, [t for t in doc if is_predicate(t)])
    assert [t.text for t in clauses[7].subjects] == ["Halvorsen"]
    assert [t.text for t in clauses[5].subjects] == ["Halvorsen"]  # the relative clause's own, as before


def test_a_subordinate_verb_after_a_relative_clause_is_left_alone():
    # "Halvorsen, who had been ill when doctors came, ...": a subordinator makes the
    # verb the relative clause's own adverbial, with no subject taken from the root
    words = ["Halvorsen", ",", "who", "had", "been", "ill", ",", "when", "came", "home", "."]
    doc = Doc(
        VOCAB,
        words=words,
        pos=["PROPN", "PUNCT", "PRON", "AUX", "AUX", "ADJ", "PUNCT", "SCONJ", "VERB", "NOUN", "PUNCT"],
        tags=["NNP", ",", "WP", "VBD", "VBN", "JJ", ",", "WRB", "VBD", "NN", "."],
        deps=["ROOT", "punct", "nsubj", "aux", "cop", "acl:relcl", "punct", "mark", "advcl", "obl", "punct"],
        heads=[0, 5, 5, 5, 5, 0, 8, 8, 5, 8, 0],
        lemmas=[w.lower() for w in words],
    )
    clauses = _clauses(doc, [t for t in doc if is_predicate(t)])
    assert clauses[8].subjects == []
    # without the subordinator it is the sentence's main verb
    doc = Doc(
        VOCAB,
        words=[w for w in words if w != "when"],
        pos=["PROPN", "PUNCT", "PRON", "AUX", "AUX", "ADJ", "PUNCT", "VERB", "NOUN", "PUNCT"],
        tags=["NNP", ",", "WP", "VBD", "VBN", "JJ", ",", "VBD", "NN", "."],
        deps=["ROOT", "punct", "nsubj", "aux", "cop", "acl:relcl", "punct", "advcl", "obl", "punct"],
        heads=[0, 5, 5, 5, 5, 0, 7, 5, 7, 0],
        lemmas=[w.lower() for w in words if w != "when"],
    )
    assert [t.text for t in _clauses(doc, [t for t in doc if is_predicate(t)])[7].subjects] == ["Halvorsen"]


def test_the_noun_read_as_a_second_subject_of_a_later_verb_is_the_main_verbs():
    # "Halvorsen, who had been ill, died at home, Lind said": the parser made the name a
    # second subject of "said"
    words = [*REL_WORDS[:10], ",", "Lind", "said", "."]
    doc = Doc(
        VOCAB,
        words=words,
        pos=[*REL_POS[:10], "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=[*REL_TAGS[:10], ",", "NNP", "VBD", "."],
        deps=["nsubj", *REL_DEPS[1:10], "punct", "nsubj", "ROOT", "punct"],
        heads=[12, *REL_HEADS[1:10], 0, 12, 12, 12],
        lemmas=[w.lower() for w in words],
    )
    clauses = _clauses(doc, [t for t in doc if is_predicate(t)])
    assert [t.text for t in clauses[7].subjects] == ["Halvorsen"]
    # one subject for the later verb: the noun is its subject, and the verb after the
    # relative clause is left alone
    single = Doc(
        VOCAB,
        words=words,
        pos=[*REL_POS[:10], "PUNCT", "PROPN", "VERB", "PUNCT"],
        tags=[*REL_TAGS[:10], ",", "NNP", "VBD", "."],
        deps=["nsubj", *REL_DEPS[1:10], "punct", "obj", "ROOT", "punct"],
        heads=[12, *REL_HEADS[1:10], 0, 12, 12, 12],
        lemmas=[w.lower() for w in words],
    )
    assert _clauses(single, [t for t in single if is_predicate(t)])[7].subjects == []


def _dated(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=[w.lower() for w in words])


def test_a_bare_date_hung_on_the_object_before_it_dates_the_verb():
    """ "Acme signed the bill Tuesday": the parser may read the day as an
    apposition of "bill"; it dates the signing."""
    words = ["Acme", "signed", "the", "bill", "Tuesday", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "PROPN", "PUNCT"]
    doc = _dated(words, [1, 1, 3, 1, 3, 1], ["nsubj", "ROOT", "det", "obj", "appos", "punct"], pos)
    verb = _verb_of_object(doc[4], doc[3])
    assert verb is not None and verb.text == "signed"
    # with a preposition, the day is the noun's own ("the meeting on Thursday")
    words = ["Acme", "moved", "the", "meeting", "on", "Thursday", "."]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = _dated(words, [1, 1, 3, 1, 5, 3, 1], ["nsubj", "ROOT", "det", "obj", "case", "nmod", "punct"], pos)
    assert _verb_of_object(doc[5], doc[3]) is None
    # before the noun, the day is the noun's own ("cancelled the Thursday meeting")
    words = ["Acme", "cancelled", "the", "Thursday", "meeting", "."]
    pos = ["PROPN", "VERB", "DET", "PROPN", "NOUN", "PUNCT"]
    doc = _dated(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "det", "compound", "obj", "punct"], pos)
    assert _verb_of_object(doc[3], doc[4]) is None
    # a subject's date is not a verb's ("The storm Tuesday killed ...": no object)
    words = ["The", "storm", "Tuesday", "killed", "two", "."]
    pos = ["DET", "NOUN", "PROPN", "VERB", "NUM", "PUNCT"]
    doc = _dated(words, [1, 3, 1, 3, 3, 3], ["det", "nsubj", "appos", "ROOT", "obj", "punct"], pos)
    assert _verb_of_object(doc[2], doc[1]) is None


def test_a_date_hung_on_the_subject_before_its_verb_dates_the_verb():
    """ "The navy on Saturday arrested 23 men": the parser may hang the day on
    the subject; written between the subject and its verb, it dates the arrest."""
    words = ["The", "navy", "on", "Saturday", "formally", "arrested", "men", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "ADV", "VERB", "NOUN", "PUNCT"]
    deps = ["det", "nsubj", "case", "nmod", "advmod", "ROOT", "obj", "punct"]
    doc = _dated(words, [1, 5, 3, 1, 5, 5, 5, 5], deps, pos)
    verb = _verb_of_subject(doc[3], doc[1])
    assert verb is not None and verb.text == "arrested"
    # an event noun keeps its day: "The vote on Tuesday was postponed"
    words = ["The", "vote", "on", "Tuesday", "was", "postponed", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "AUX", "VERB", "PUNCT"]
    deps = ["det", "nsubj:pass", "case", "nmod", "aux:pass", "ROOT", "punct"]
    vote = _dated(words, [1, 5, 3, 1, 5, 5, 5], deps, pos)
    assert _verb_of_subject(vote[3], vote[1]) is None
    # words of the subject's own between the day and the verb: "The man on Friday who ..."
    words = ["The", "man", "on", "Friday", "who", "ran", "won", "."]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PRON", "VERB", "VERB", "PUNCT"]
    deps = ["det", "nsubj", "case", "nmod", "nsubj", "acl:relcl", "ROOT", "punct"]
    man = _dated(words, [1, 6, 3, 1, 5, 1, 6, 6], deps, pos)
    assert _verb_of_subject(man[3], man[1]) is None
    # a date that does not tell when: "The record from 1998 fell" (the record's year)
    words = ["The", "record", "from", "1998", "fell", "."]
    pos = ["DET", "NOUN", "ADP", "NUM", "VERB", "PUNCT"]
    record = _dated(words, [1, 4, 3, 1, 4, 4], ["det", "nsubj", "case", "nmod", "ROOT", "punct"], pos)
    assert _verb_of_subject(record[3], record[1]) is None


def test_the_shipped_parse_dates_what_the_subject_did():
    from conftest import claims_of_text

    # "administration" is an act in its first sense: the day was read as the administration's
    text = "The Reyes administration on Thursday eliminated the old regulations."
    (date,) = [c for c in claims_of_text(text, published="2024-03-10") if c.slot == "date"]
    assert (date.predicate, date.noun, date.value, date.normalized) == (
        "eliminate",
        "eliminate",
        "Thursday",
        "2024-03-07",
    )
    # an event with a name before it is no body that acts: the day is the game's
    text = "The Hawks game on Saturday sold out."
    (date,) = [c for c in claims_of_text(text, published="2024-03-10") if c.slot == "date"]
    assert date.noun == "game"


_REPORT_POS = {"said": "VERB", "knew": "VERB", "confirmed": "VERB", "arrested": "VERB", "innocent": "ADJ"}


def _report(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A hand-built parse; parts of speech and lemmas from the words."""
    lemmas = [{"said": "say", "knew": "know", "confirmed": "confirm"}.get(w, w.lower()) for w in words]
    pos = [_REPORT_POS.get(w) or ("PUNCT" if w in ",." else "PROPN" if w[0].isupper() else "NOUN") for w in words]
    pos = ["ADV" if w == "then" else "AUX" if w in ("were", "was") else p for w, p in zip(words, pos, strict=True)]
    return Doc(VOCAB, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


_ARRESTED = ["nsubj", "ROOT", "nsubj:pass", "aux:pass", "ccomp", "obl:unmarked", "punct"]


def test_a_date_right_after_a_reported_clause_dates_the_clause():
    """ "Police said men were arrested Wednesday": the parser may hang the day on
    "said"; written right after the reported clause, it dates the arrest."""
    doc = _report(["Police", "said", "men", "were", "arrested", "Wednesday", "."], [1, 1, 4, 4, 1, 1, 1], _ARRESTED)
    verb = _complement_of_report(doc[5], doc[1])
    assert verb is not None and verb.text == "arrested"


def test_a_date_the_report_may_have_stays_on_the_report():
    # "Police said Wednesday men were arrested": the report's day, next to its verb
    deps = ["nsubj", "ROOT", "obl:unmarked", "nsubj:pass", "aux:pass", "ccomp", "punct"]
    early = _report(["Police", "said", "Wednesday", "men", "were", "arrested", "."], [1, 1, 1, 5, 5, 1, 1], deps)
    assert _complement_of_report(early[2], early[1]) is None
    # "Men were arrested Wednesday, police said": a clause before the report
    deps = ["nsubj:pass", "aux:pass", "ccomp", "obl:unmarked", "punct", "nsubj", "ROOT", "punct"]
    late = _report(["Men", "were", "arrested", "Wednesday", ",", "police", "said", "."], [2, 2, 6, 6, 6, 6, 6, 6], deps)
    assert _complement_of_report(late[3], late[6]) is None
    # not a plain report: "confirmed" (its own day is as often written there), "knew"
    for verb in ("confirmed", "knew"):
        doc = _report(["Police", verb, "men", "were", "arrested", "Wednesday", "."], [1, 1, 4, 4, 1, 1, 1], _ARRESTED)
        assert _complement_of_report(doc[5], doc[1]) is None, verb
    # a date opening a clause of its own: "said men were arrested, then Wednesday ..."
    words = ["Police", "said", "men", "were", "arrested", ",", "then", "Wednesday", "."]
    deps = ["nsubj", "ROOT", "nsubj:pass", "aux:pass", "ccomp", "punct", "advmod", "obl:unmarked", "punct"]
    opened = _report(words, [1, 1, 4, 4, 1, 7, 7, 1, 1], deps)
    assert _complement_of_report(opened[7], opened[1]) is None
    # a clause of being: "Ana said she was innocent Tuesday"
    words = ["Ana", "said", "she", "was", "innocent", "Tuesday", "."]
    deps = ["nsubj", "ROOT", "nsubj", "cop", "ccomp", "obl:unmarked", "punct"]
    state = _report(words, [1, 1, 4, 4, 1, 1, 1], deps)
    assert _complement_of_report(state[5], state[1]) is None


def test_the_shipped_parse_dates_the_reported_arrest():
    from conftest import claims_of_text

    text = "Sgt. Tom Reyes said both Ana Ruiz and William Carter were arrested Wednesday morning without incident."
    (date,) = [c for c in claims_of_text(text, published="2024-03-10") if c.slot == "date"]
    assert (date.predicate, date.value, date.normalized) == ("arrest", "Wednesday morning", "2024-03-06TMO")


# "Ana Ruiz was not elected mayor of Northvale in 2019": the parser rooted the
# clause at "mayor", with "elected" an adjective of it
NAMING_WORDS = ["Ana", "Ruiz", "was", "not", "elected", "mayor", "of", "Northvale", "in", "2019", "."]


def _naming_doc(words: list[str] = NAMING_WORDS, tags: list[str] | None = None, det: bool = False) -> Doc:
    if det:  # "Ana Ruiz was an elected mayor ...": a determiner before the participle
        words = [*words[:3], "an", *words[4:]]
    tags = tags or ["NNP", "NNP", "VBD", "DT" if det else "RB", "VBN", "NN", "IN", "NNP", "IN", "CD", "."]
    return Doc(
        VOCAB,
        words=words,
        pos=["PROPN", "PROPN", "AUX", "DET" if det else "PART", "VERB", "NOUN", "ADP", "PROPN", "ADP", "NUM", "PUNCT"],
        tags=tags,
        deps=[
            "nsubj",
            "flat",
            "cop",
            "det" if det else "advmod",
            "amod",
            "ROOT",
            "case",
            "nmod",
            "case",
            "nmod",
            "punct",
        ],
        heads=[5, 0, 5, 5 if det else 4, 5, 5, 7, 5, 9, 5, 5],
        lemmas=[{"elected": "elect", "was": "be", "an": "a"}.get(w, w.lower()) for w in words],
    )


def test_a_naming_participle_read_as_an_adjective_heads_its_clause():
    from factcheck.extract.nlp import naming_repair

    doc = naming_repair(_naming_doc())
    heads = {t.text: (t.head.text, t.dep_) for t in doc}
    assert heads["elected"] == ("elected", "ROOT")
    assert heads["mayor"] == ("elected", "xcomp")
    assert heads["Ana"] == ("elected", "nsubj:pass")
    assert heads["was"] == ("elected", "aux:pass")
    assert heads["2019"] == ("elected", "obl")  # the year dates the election
    assert heads["Northvale"] == ("mayor", "nmod")  # "of Northvale" stays with the office
    assert heads["."] == ("elected", "punct")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "case",
    [
        "determiner",  # "was an elected mayor": an adjective after the noun's determiner
        "plural",  # "were elected officials"
        "other verb",  # "was a trained nurse": not a verb of naming
    ],
)
def test_a_participle_that_is_an_adjective_is_left_alone(case):
    from factcheck.extract.nlp import naming_repair

    if case == "determiner":
        doc = _naming_doc(det=True)
    elif case == "plural":
        doc = _naming_doc(
            words=[*NAMING_WORDS[:5], "mayors", *NAMING_WORDS[6:]],
            tags=["NNP", "NNP", "VBD", "RB", "VBN", "NNS", "IN", "NNP", "IN", "CD", "."],
        )
    else:
        doc = _naming_doc(words=[*NAMING_WORDS[:4], "trained", *NAMING_WORDS[5:]])
        doc[4].lemma_ = "train"
    before = [(t.head.i, t.dep_) for t in doc]
    assert [(t.head.i, t.dep_) for t in naming_repair(doc)] == before


def test_a_denied_election_is_no_office_held_and_keeps_its_year():
    from conftest import claims_of_text

    claims = claims_of_text("Ana Ruiz was not elected governor of Veltria in 1989.")
    assert not [c for c in claims if c.slot == "holder"]  # she is not said to be the governor
    assert not [c for c in claims if c.slot == "polarity" and c.polarity == "positive"]
    (denied,) = [c for c in claims if c.slot == "polarity"]
    assert denied.predicate == "elect" and denied.polarity == "negative"
    assert denied.time is not None and denied.time.text == "1989"


def test_an_election_denied_for_another_year_is_no_conflict(tmp_path):
    from conftest import write_article

    write_article(tmp_path, "a", "Ana Ruiz was elected mayor of Northvale in 2019.\n", "2025-05-02")
    write_article(tmp_path, "b", "Ana Ruiz was never elected mayor of Northvale in 2015.\n", "2025-05-03")
    write_article(tmp_path, "c", "Ana Ruiz was not elected mayor of Northvale in 2019.\n", "2025-05-04")
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    polarity = [f for f in report.findings if f.category == "polarity"]
    # the denial of the same year conflicts; the one of another year does not
    assert [sorted(c.article for c in f.claims) for f in polarity] == [["a", "c"]], [f.message for f in polarity]


def test_a_naming_verb_claims_the_office_it_names():
    from conftest import claims_of_text

    from factcheck.engine.claims import OFFICE, OFFICE_OF

    claims = claims_of_text("Ana Ruiz was appointed foreign minister of Veltria in 2019.")
    offices = {dict(c.extra).get(OFFICE) for c in claims if c.predicate == "appoint"}
    assert offices == {"foreign minister"}  # the words up to the head noun, not its "of" phrase
    (told,) = {c.extra for c in claims if c.predicate == "appoint" and c.slot == "polarity"}
    assert dict(told)[OFFICE_OF] == "veltria"
    other = claims_of_text("Ana Ruiz resigned as foreign minister in 2019.")
    assert not [c for c in other if OFFICE in dict(c.extra)]  # only verbs of naming


@pytest.mark.parametrize(
    "first,second,found",
    [
        # two offices: two elections, two appointments
        (
            "Ana Ruiz was elected deputy mayor of Northvale in 2019.",
            "Ana Ruiz was not elected mayor of Northvale in 2019.",
            False,
        ),
        (
            "Tom Hale was appointed foreign minister in March 2019.",
            "Tom Hale was appointed finance minister in June 2019.",
            False,
        ),
        (
            "Ana Ruiz was appointed minister of health in March 2019.",
            "Ana Ruiz was appointed minister of finance in June 2019.",
            False,
        ),
        # a re-election, a title won again
        ("Tom Hale was elected mayor in November 2019.", "Tom Hale was elected mayor in November 2023.", False),
        # but a first election happens once
        (
            "Tom Hale was first elected mayor in November 2019.",
            "Tom Hale was first elected mayor in November 2015.",
            True,
        ),
        # one office: the same election or appointment
        ("Tom Hale was named the team's head coach in 2020.", "Tom Hale was not named head coach in 2020.", True),
        # what it is of ends at its preposition
        (
            "Ana Ruiz was elected President of Veltria in 2016.",
            "Ana Ruiz was not elected president of Veltria in 2016.",
            True,
        ),
        (
            "Ana Ruiz was elected deputy mayor of Northvale in 2019.",
            "Ana Ruiz was not elected deputy mayor of Northvale in 2019.",
            True,
        ),
        (
            "Tom Hale was appointed foreign minister in March 2019.",
            "Tom Hale was appointed foreign minister in June 2019.",
            True,
        ),
    ],
)
def test_claims_of_two_offices_are_not_compared(tmp_path, first, second, found):
    from conftest import write_article

    write_article(tmp_path, "a", first + "\n", "2025-05-02")
    write_article(tmp_path, "b", second + "\n", "2025-05-03")
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    conflicts = [f for f in report.findings if f.category in ("polarity", "date")]
    assert bool(conflicts) == found, [f.message for f in report.findings]
    if found:
        assert sorted(c.article for c in conflicts[0].claims) == ["a", "b"]


# --------------------------------------------------------------------------- a past verb read as an adjective

# "Ana Ruiz fought the ruling in 2006 ." as the web-text parser reads it: rooted at
# "ruling", with "fought" an adjective of it and the subject its possessor
VERB_WORDS = ["Ana", "Ruiz", "fought", "Acme", "ruling", "in", "2006", "."]


def _verb_doc(words: list[str] = VERB_WORDS, det: str | None = None, before: str = "NNP") -> Doc:
    if det is not None:  # "Ana Ruiz saw the fought ruling ...": a determiner before the participle
        words = [*words[:2], det, *words[2:]]
    n = len(words)
    shift = 1 if det is not None else 0
    tags = [before, before, *(["DT"] if det is not None else []), "VBN", "NNP", "NN", "IN", "CD", "."]
    pos = ["PROPN", "PROPN", *(["DET"] if det is not None else []), "VERB", "PROPN", "NOUN", "ADP", "NUM", "PUNCT"]
    root = 4 + shift
    deps = ["nmod:poss", "flat", *(["det"] if det is not None else []), "amod", "compound", "ROOT", "case", "nmod"]
    heads = [root, 0, *([root] if det is not None else []), root, root, root, 6 + shift, root]
    return Doc(
        VOCAB,
        words=words,
        pos=pos,
        tags=tags,
        deps=[*deps, "punct"],
        heads=[*heads, root],
        lemmas=[{"fought": "fight"}.get(w, w.lower()) for w in words][:n],
    )


def test_a_past_verb_read_as_an_adjective_of_its_object_heads_the_sentence():
    from factcheck.extract.nlp import verb_repair

    doc = verb_repair(_verb_doc())
    heads = {t.text: (t.head.text, t.dep_) for t in doc}
    assert heads["fought"] == ("fought", "ROOT")
    assert doc[2].tag_ == "VBD" and doc[2].pos_ == "VERB"
    assert heads["Ana"] == ("fought", "nsubj")
    assert heads["ruling"] == ("fought", "obj")
    assert heads["Acme"] == ("ruling", "compound")  # the object's own words stay with it
    assert heads["2006"] == ("fought", "obl")  # the year dates the act, not the ruling
    assert heads["."] == ("fought", "punct")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize("case", ["determiner", "possessive", "not a verb form"])
def test_an_adjective_that_is_a_participle_is_left_alone(case):
    from factcheck.extract.nlp import verb_repair

    if case == "determiner":  # "the fought ruling": an adjective after a determiner
        doc = _verb_doc(det="the")
    elif case == "possessive":  # "their fought ruling": no subject right before it
        doc = _verb_doc(before="PRP$")
    else:  # a word whose lemma is itself ("used" read as its own lemma): no inflected verb
        doc = _verb_doc()
        doc[2].lemma_ = "fought"
    before = [(t.head.i, t.dep_) for t in doc]
    assert [(t.head.i, t.dep_) for t in verb_repair(doc)] == before


@pytest.mark.parametrize(
    "text, predicate, date",
    [
        ("Ana Ruiz fought pancreatic cancer on March 3, 2006.", "fight", "March 3, 2006"),
        ("The Mafia murdered European Parliament deputy Tom Hale last March.", "murder", "last March"),
        ("An earthquake measuring 5.6 on the Richter scale jolted Veltria island on Monday.", "jolt", "Monday"),
    ],
)
def test_a_sentence_read_as_a_noun_phrase_gives_its_clause(text, predicate, date):
    from conftest import claims_of_text

    dates = [c for c in claims_of_text(text) if c.slot == "date"]
    assert [(c.predicate, c.value) for c in dates] == [(predicate, date)]


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Each day lost damages Albania.", "lose"),  # "damages" is the verb the tagger read as a noun
        ("Last month, Northrop Grumman and EADS defeated Boeing.", "month"),  # a time is no subject
        # half a name is no subject (the clause retry reads the whole name as the
        # subject, headed by its last word)
        ("Vanity Fair scooped Woodward and Bernstein.", "vanity"),
        ("In London, Brent crude gained 23 cents.", "@london"),  # a phrase with a preposition
        ("The Kuala Lumpur Stock Exchange's 100-share weighted composite index tumbled.", "share"),
        (
            "Malaysia's stock market benchmark, the Kuala Lumpur Stock Exchange's 100-share weighted composite"
            " index, shed 5.48 points.",
            "weight",
        ),
    ],
)
def test_a_participle_is_not_made_a_verb_with_a_wrong_subject_or_object(text, absent):
    from conftest import claims_of_text

    claims = claims_of_text(text)
    assert all(absent not in (c.predicate, c.subject) for c in claims)


@pytest.mark.parametrize(
    "a, b",
    [
        ("EU imposed sanctions on Russia in 2014.", "The EU has imposed sanctions on Iran."),
        ("Acme imposed tariffs on Northvale on Monday.", "Acme has imposed tariffs on Westshire."),
        ("Acme lifted a ban on Northvale.", "Acme lifted a ban on Westshire."),
        ("Acme kept up pressure on Northvale.", "Acme kept up pressure on Westshire."),
        ("The Acme sanctions had a heavy impact on Northvale.", "The Acme sanctions had a heavy impact on Westshire."),
        ("Acme declared war on Northvale on Monday.", "Acme declared war on Westshire on Monday."),  # on the verb
    ],
)
def test_what_a_noun_is_on_is_its_target_not_where(ruleset, tmp_path, a, b):
    # "sanctions on Russia": the phrase stays with the object, and tells no place
    from conftest import claims_of_text, findings_of_two

    assert not [c for c in claims_of_text(a) + claims_of_text(b) if c.slot == "place"]
    assert findings_of_two(ruleset, tmp_path, a, b, "FC007") == []


def test_an_attack_on_a_town_is_where_it_was():
    from conftest import claims_of_text

    places = [c for c in claims_of_text("The Acme army launched an attack on Northvale.") if c.slot == "place"]
    assert [(c.value, c.role) for c in places] == [("Northvale", "at")]


def test_places_on_a_beach_or_an_island_are_still_places():
    from conftest import claims_of_text

    for text, place in [
        ("Police arrested two men on Bondi Beach on Monday.", "Bondi Beach"),
        ("Tensions on the Korean peninsula rose on Monday.", "Korean peninsula"),
    ]:
        assert place in [c.value for c in claims_of_text(text) if c.slot == "place"]


def test_an_object_the_parse_hung_on_a_day_is_not_lost(ruleset, tmp_path):
    # "crushed Vietnam Thursday": re-rooted, the match would lose its opponent and two
    # matches on two days would read as one with two dates
    from conftest import findings_of_two

    a = "Defending champion China crushed Vietnam Thursday in straight sets."
    b = "Defending champion China crushed Japan on Saturday in straight sets."
    assert findings_of_two(ruleset, tmp_path, a, b, "FC002") == []


# --------------------------------------------------------------------------- a fronted time read as the root

# "In December 2008 , three men emptied the store ." as the web-text parser reads it: rooted at
# "December", with "men" in apposition to it and "emptied" a clause of "men"
TIME_WORDS = ["In", "December", "2008", ",", "three", "men", "emptied", "the", "store", "."]
TIME_TAGS = ["IN", "NNP", "CD", ",", "CD", "NNS", "VBD", "DT", "NN", "."]
TIME_POS = ["ADP", "PROPN", "NUM", "PUNCT", "NUM", "NOUN", "VERB", "DET", "NOUN", "PUNCT"]
TIME_DEPS = ["case", "ROOT", "nmod:unmarked", "punct", "nummod", "appos", "acl", "det", "obj", "punct"]
TIME_HEADS = [1, 1, 1, 5, 5, 1, 5, 8, 6, 1]


def _time_doc(words: list[str] = TIME_WORDS, tags: list[str] = TIME_TAGS) -> Doc:
    return Doc(VOCAB, words=words, pos=TIME_POS, tags=tags, deps=TIME_DEPS, heads=TIME_HEADS)


def test_a_clause_hung_on_a_fronted_time_heads_the_sentence():
    """The time tells when the clause's act happened, the noun phrase before
    the verb is its subject."""
    from factcheck.extract.nlp import verb_repair

    doc = verb_repair(_time_doc())
    heads = {t.text: (t.head.text, t.dep_) for t in doc}
    assert heads["emptied"] == ("emptied", "ROOT")
    assert heads["December"] == ("emptied", "obl")  # with its preposition
    assert heads["men"] == ("emptied", "nsubj")
    assert heads["store"] == ("emptied", "obj")
    assert heads["."] == ("emptied", "punct")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "case", ["not a time", "a word before the comma outside the time", "an auxiliary", "a participle with no subject"]
)
def test_a_fronted_phrase_that_is_no_time_or_a_clause_that_is_no_verb_is_left_alone(case):
    from factcheck.extract.nlp import verb_repair

    words, tags = list(TIME_WORDS), list(TIME_TAGS)
    if case == "not a time":  # "In Northvale , three men emptied ..."
        words[1] = "Northvale"
        doc = _time_doc(words)
    elif case == "a word before the comma outside the time":
        doc = _time_doc()
        doc[0].head = doc[6]
    elif case == "an auxiliary":  # "... , three men [had] emptied": a relative clause is no misread root
        tags[6] = "VBN"
        doc = _time_doc(words, tags)
        doc[7].dep_, doc[7].head = "aux", doc[6]  # "the" as a stand-in auxiliary
    else:  # "Last season , split between ...": a participle on the time itself, no subject
        doc = _time_doc()
        doc[6].head = doc[1]
        doc[5].head, doc[5].dep_ = doc[1], "appos"
    before = [(t.head.i, t.dep_) for t in doc]
    verb_repair(doc)
    assert [(t.head.i, t.dep_) for t in doc] == before


def test_the_act_after_a_fronted_date_is_dated():
    """ "On July 12, 1993, a magnitude 7.8 earthquake occurred ..." (parsed
    with the day as the root) dates the earthquake."""
    from conftest import claims_of_text

    text = "On July 12, 1993, a magnitude 7.8 earthquake occurred off the west coast of Northvale Island."
    dates = [c for c in claims_of_text(text) if c.slot == "date"]
    assert [(c.predicate, str(c.normalized)) for c in dates] == [("occur", "1993-07-12")]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # repaired: the clause's verb heads the sentence
        ("In December 2008, three men emptied almost all of the stock of gems from the store.", "emptied"),
        ("Early Friday morning, around 1:30 a.m., the actress checked into a clinic.", "checked"),
        # left alone: a verb, a copula on the time, a relative clause, a participle of the noun
        ("The value of the dollar fell against other currencies, but gold prices increased.", "fell"),
        ("The deadline is Friday, which gives lawmakers a week.", "Friday"),
        ("Yesterday, a fire, which started in the kitchen, destroyed the house.", "Yesterday"),
        ("That year, the house where he lived burned down.", "year"),
        ("On Tuesday, a man charged with murder appeared in court.", "Tuesday"),
    ],
)
def test_the_fronted_time_repair_on_the_shipped_parse(text, root):
    """What the shipped pipeline roots each sentence at, with the repair."""
    from factcheck.extract.nlp import load_nlp

    (sent,) = load_nlp(None)(text).sents
    assert sent.root.text == root


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # each rooted at a noun by the shipped parser, the verb read as a noun or a
        # clause of the noun before it
        ("Police shot Tom Reyes on Friday.", "shot", "Police"),
        ("A judge sentenced Tom Reyes on Friday.", "sentenced", "judge"),
        ("The controversy drove Ana Ruiz from modeling and into politics.", "drove", "controversy"),
    ],
)
def test_a_sentence_read_as_a_noun_phrase_is_parsed_again(text, verb, subject):
    root = _shipped_root(text)
    assert (root.text, root.pos_) == (verb, "VERB")
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert root.lemma_ == {"shot": "shoot", "sentenced": "sentence", "drove": "drive"}[verb]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, the new coach of the Rovers.",  # a name and its apposition: no verb to read
        "Tom Reyes Checks Out Of Rehab",  # no full stop: a headline
        "The mayor thanked the firefighters who saved the school.",  # a clause already
        # a participle of a noun is no main verb: its agent, or the tensed verb after it
        "A provision in a spending bill signed by Tom Reyes on March 11 allows the council to act.",
        "On Tuesday, a man charged with murder appeared in court.",
        # a headline's participle after a bare singular noun: done to it, not by it
        "Northvale police officer shot in the leg during a traffic stop.",
        # a plural noun after a determiner, half a hyphenated word: no verb to try
        "These changes chop down the role of science in the council.",
        "The new device features built-in GPS and support of location-based services.",
        # a reading whose root keeps a tensed verb hung on a noun ("took place" of "break-in")
        "The Westshire break-in took place six weeks after Hoover died.",
    ],
)
def test_a_noun_phrase_or_a_clause_is_not_parsed_again(text):
    from factcheck.extract.nlp import CLAUSE_RETRY, load_nlp

    nlp = load_nlp()
    with nlp.select_pipes(disable=[CLAUSE_RETRY]):
        before = [(t.head.i, t.dep_, t.pos_) for t in nlp(text)]
    assert [(t.head.i, t.dep_, t.pos_) for t in nlp(text)] == before


def test_a_clause_parsed_again_is_dated(ruleset, tmp_path):
    from conftest import findings_of_two

    (f,) = findings_of_two(
        ruleset, tmp_path, "A judge sentenced Tom Reyes on Friday.", "A judge sentenced Tom Reyes on Thursday.", "FC002"
    )
    assert sorted(c.value for c in f.claims) == ["Friday", "Thursday"]


def test_a_headline_participle_is_no_act_of_its_noun(ruleset, tmp_path):
    """ "officer shot in the leg" (a headline) tells the officer was shot: it does
    not answer "the officer did not shoot"."""
    from conftest import findings_of_two

    found = findings_of_two(
        ruleset,
        tmp_path,
        "Northvale police officer shot in the leg during a traffic stop. He is in a stable condition.",
        "The wounded officer did not shoot during the traffic stop in Northvale, a spokesman said.",
        "FC004",
    )
    assert found == []


# --------------------------------------------------------------------------- names and past forms the retry reads


def _retry_doc(words: list[str], pos: list[str], tags: list[str]) -> Doc:
    """A sentence rooted at its last noun, every other word hung on it: only
    the tags matter to which words the retry rewrites."""
    root = len(words) - 2
    return Doc(
        VOCAB,
        words=words,
        pos=pos,
        tags=tags,
        deps=["ROOT" if i == root else "dep" for i in range(len(words))],
        heads=[root] * len(words),
        sent_starts=[True] + [False] * (len(words) - 1),
    )


def test_a_capitalised_word_tagged_a_noun_inside_the_sentence_is_written_as_a_name():
    """ "Acme has defeated Harling for the contract.", with "Harling" (an -ing
    form) tagged a common noun: the retry writes it as "Smith", as it does the
    proper nouns; a capitalised noun opening the sentence, after punctuation, or a
    weekday stays as written."""
    from factcheck.extract.nlp import _NAME_STAND_IN, _tries

    words = ["Acme", "has", "defeated", "Harling", "on", "Friday", ",", "Northvale", "said", "contract", "."]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "VERB", "NOUN", "PUNCT"]
    tags = ["NNP", "VBZ", "VBN", "NN", "IN", "NN", ",", "NN", "VBD", "NN", "."]
    (sent,) = _retry_doc(words, pos, tags).sents
    named, verb_at, names = _tries(sent)[0]
    assert verb_at is None
    assert sorted(names) == [0, 3]
    assert [w for w in named if w == _NAME_STAND_IN] == [_NAME_STAND_IN] * 2
    assert named[5] == "Friday" and named[7] == "Northvale"


def test_a_capitalised_noun_that_opens_the_sentence_is_not_written_as_a_name():
    from factcheck.extract.nlp import _tries

    words = ["Police", "have", "quietly", "arrested", "the", "suspect", "."]
    pos = ["NOUN", "AUX", "ADV", "VERB", "DET", "NOUN", "PUNCT"]
    tags = ["NN", "VBP", "RB", "VBN", "DT", "NN", "."]
    (sent,) = _retry_doc(words, pos, tags).sents
    assert all(not names for _, _, names in _tries(sent))


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        # a past tense written as the base form, after a singular noun: the shipped parser
        # rooted each at a noun ("power", "spread")
        ("The storm cut power to thousands of homes in the county.", "cut", "storm"),
        ("The fire spread quickly through the old warehouse on Friday.", "spread", "fire"),
    ],
)
def test_a_past_tense_written_as_the_base_form_is_read_as_the_verb(text, verb, subject):
    root = _shipped_root(text)
    assert (root.text, root.pos_) == (verb, "VERB")
    assert [c.text for c in root.children if c.dep_ == "nsubj"] == [subject]
    assert root.lemma_ == verb


def test_a_base_form_after_a_plural_or_a_determiner_is_not_tried_as_a_past_verb():
    """ "Acme made the cut in the final list of bidders on Friday.": "cut" after a
    determiner is a noun; the retry tries no past tense for it."""
    from factcheck.extract.nlp import _PAST_STAND_IN, _tries

    words = ["Acme", "made", "the", "cut", "in", "the", "final", "list", "."]
    pos = ["PROPN", "NOUN", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT"]
    tags = ["NNP", "NN", "DT", "NN", "IN", "DT", "JJ", "NN", "."]
    (sent,) = _retry_doc(words, pos, tags).sents
    assert all(v is None or words[v] != "cut" for _, v, _ in _tries(sent))
    assert not any(w[3] == _PAST_STAND_IN for w, _, _ in _tries(sent))


def test_a_reading_with_a_copula_on_its_verb_is_refused():
    """ "Northvale Travel was the best performing company.", read again with
    "performing" the verb and "was" its copula: no clause a verb heads."""
    from factcheck.extract.nlp import _a_clause

    words = ["Northvale", "Travel", "was", "the", "best", "performing", "company", "."]
    reading = Doc(
        VOCAB,
        words=words,
        pos=["PROPN", "PROPN", "AUX", "DET", "ADJ", "VERB", "NOUN", "PUNCT"],
        tags=["NNP", "NNP", "VBD", "DT", "JJS", "VBG", "NN", "."],
        deps=["compound", "nsubj", "cop", "det", "amod", "ROOT", "obj", "punct"],
        heads=[1, 5, 5, 6, 5, 5, 5, 5],
    )
    (sent,) = reading.sents
    assert not _a_clause(sent, reading, None)
    # the same reading without the copula is a clause
    plain = Doc(
        VOCAB,
        words=["Northvale", "Travel", "is", "performing", "well", "."],
        pos=["PROPN", "PROPN", "AUX", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "NNP", "VBZ", "VBG", "RB", "."],
        deps=["compound", "nsubj", "aux", "ROOT", "advmod", "punct"],
        heads=[1, 3, 3, 3, 3, 3],
    )
    (sent,) = plain.sents
    assert _a_clause(sent, plain, None)


def test_a_modifier_tagged_a_verb_does_not_refuse_a_reading():
    """ "reigning" of "The reigning champion" hangs on the noun as a verb the tagger
    gave no tense: the reading at "finished" stays."""
    root = _shipped_root("The reigning champion finished third in the Northvale race on Friday.")
    assert (root.text, [c.text for c in root.children if c.dep_ == "nsubj"]) == ("finished", ["champion"])


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # of two base forms a word or two apart, the later: "cut" is the subject's
        ("The job cut plan hit morale at Westshire Foods last year.", "hit"),
        # a verb right after the base form: the base form is a noun's
        ("The budget cut drove Tom Reyes from the Northvale council.", "drove"),
        # two clauses: the first clause's verb, not the second's
        ("The storm cut power across Northvale, and the fire spread to Westshire.", "cut"),
    ],
)
def test_a_base_form_is_tried_as_the_verb_only_where_it_can_be_one(text, root):
    assert _shipped_root(text).text == root


@pytest.mark.parametrize(
    "text",
    [
        "The price cut hit sales at Westshire Foods last quarter.",
        "The budget cut forced the Northvale council to close three libraries.",
        "The wage cut angered workers at the Northvale plant.",
    ],
)
def test_a_base_form_before_the_verb_is_never_the_root(text):
    """ "cut" of "The price cut hit sales" ends the subject: never read as the verb."""
    from factcheck.extract.nlp import load_nlp

    cut = next(t for t in load_nlp()(text) if t.text == "cut")
    assert not (cut.dep_ == "ROOT" and cut.pos_ == "VERB")


# --------------------------------------------------------------------------- a name read as a verb


def _tagged(words: list[str], pos: list[str], ents: list[str] | None = None) -> Doc:
    """A sentence with only its tags (and person-name entities, "PER" words)."""
    tags = {"VERB": "VBZ", "AUX": "MD", "PROPN": "NNP", "NOUN": "NN", "ADP": "IN", "PUNCT": ".", "DET": "DT"}
    doc = Doc(
        VOCAB,
        words=words,
        pos=pos,
        tags=[tags.get(p, "XX") for p in pos],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    if ents:
        doc.ents = [doc.char_span(doc[i].idx, doc[i].idx + len(w), label="PER") for i, w in enumerate(words) if ents[i]]
    return doc


@pytest.mark.parametrize(
    ("words", "pos", "ents", "at", "name"),
    [
        # after a capitalised given name
        (["The", "Rovers", "fired", "coach", "Maurice", "Rides", "on", "Monday", "."],
         ["DET", "PROPN", "VERB", "NOUN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"], None, 5, True),
        # in a person's name the recogniser found
        (["Acme", "hired", "Tom", "Boll", "in", "May", "."],
         ["PROPN", "VERB", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"], ["", "", "PER", "PER", "", "", ""], 3, True),
        # a verb after a word that is no given name, in no name
        (["The", "Rovers", "fired", "coach", "Northvale", "Rides", "on", "Monday", "."],
         ["DET", "PROPN", "VERB", "NOUN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"], None, 5, False),
        # a headline's verbs, in title case
        (["Tom", "Reyes", "Will", "Not", "Direct", "The", "Sequel"],
         ["PROPN", "PROPN", "AUX", "PART", "VERB", "DET", "NOUN"], ["PER", "PER", "", "", "", "", ""], 2, False),
        # a word in lower case
        (["Maurice", "rides", "to", "work", "on", "Monday", "."],
         ["PROPN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"], None, 1, False),
    ],
)  # fmt: skip
def test_a_capitalised_verb_in_a_persons_name_is_a_name(words, pos, ents, at, name):
    from factcheck.extract.nlp import _name_read_as_verb

    assert _name_read_as_verb(_tagged(words, pos, ents)[at]) is name


@pytest.mark.parametrize(
    ("text", "root", "name"),
    [
        # the shipped parser reads "Boll" as the sentence's verb, "Rides" as a clause of its own
        ("It has been confirmed by publicist Tom Boll that the actress died on Sunday.", "confirmed", "Boll"),
        ("The Rovers fired coach Maurice Rides on Saturday after a poor start.", "fired", "Rides"),
    ],
)
def test_a_sentence_with_a_name_read_as_a_verb_is_parsed_again(text, root, name):
    from factcheck.extract.nlp import load_nlp

    doc = load_nlp()(text)
    assert doc[:].root.text == root
    (tok,) = [t for t in doc if t.text == name]
    assert (tok.pos_, tok.lemma_) == ("PROPN", name)


def test_the_act_of_a_name_read_as_a_verb_is_the_sentences(ruleset, tmp_path):
    """Read with "Rides" a verb, the sentence dated Maurice's riding."""
    from conftest import findings_of_two

    (f,) = findings_of_two(
        ruleset,
        tmp_path,
        "The Rovers fired coach Maurice Rides on Saturday after a poor start.",
        "The Rovers fired coach Maurice Rides on Friday after a poor start.",
        "FC002",
    )
    assert "'fire'" in f.message and sorted(c.value for c in f.claims) == ["Friday", "Saturday"]


@pytest.mark.parametrize(
    "text",
    [
        # in title case
        "Gary Ross Will Not Direct The Sequel, Studio Says.",
        "Esther Williams Dies at 91.",
        # a whole name read as the subject of the word: a headline's clause with a tail in lower case
        "Esther Williams Dies at 91, her publicist said.",
        "Gary Ross Will Not Direct Catching Fire, sources said on Tuesday.",
    ],
)
def test_a_headline_is_not_parsed_again(text):
    """(The trigger itself is asked: with no lower-case verb to root it, a
    reading of a headline would be refused anyway.)"""
    from factcheck.extract.nlp import CLAUSE_RETRY, _name_read_as_verb, load_nlp

    nlp = load_nlp()
    with nlp.select_pipes(disable=[CLAUSE_RETRY]):
        doc = nlp(text)
        before = [(t.head.i, t.dep_, t.pos_) for t in doc]
    assert not any(_name_read_as_verb(t) for t in doc)
    assert [(t.head.i, t.dep_, t.pos_) for t in nlp(text)] == before


@pytest.mark.parametrize(
    ("text", "word", "head", "pos"),
    [
        # the day of the week is no word of the name ("Smith Smith Smith morning" read it so)
        ("The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning.", "Saturday", "morning", "PROPN"),
        # the other verbs stay verbs ("Mark Smith start": a noun)
        ("The coach said Mark Will start at quarterback on Sunday.", "start", "said", "VERB"),
    ],
)
def test_a_name_read_as_a_verb_keeps_the_rest_of_the_clause(text, word, head, pos):
    from factcheck.extract.nlp import load_nlp

    (tok,) = [t for t in load_nlp()(text) if t.text == word]
    assert (tok.head.text, tok.pos_) == (head, pos)


def test_a_name_read_as_a_verb_gives_the_verb_no_second_subject():
    """Read with every name as "Smith", "Microsoft" and "in an e-mailed statement"
    became conjuncts of the speaker; with only "Budd" as "Smith", one speaker."""
    from factcheck.extract.nlp import load_nlp

    doc = load_nlp()(
        "\u201cAt this time, we are aware only of attacks that attempt to use this vulnerability against "
        "Windows Internet Explorer 7,\u201d said Christopher Budd, Microsoft security response "
        "communications lead, in an e-mailed statement."
    )
    said = next(t for t in doc if t.text == "said")
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    assert [c.text for c in subjects] == ["Christopher"]
    assert not any(g.dep_ == "conj" for g in subjects[0].children)
    assert next(t for t in doc if t.text == "Budd").pos_ == "PROPN"
