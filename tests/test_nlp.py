"""The shipped spaCy pipeline and the loader around it (factcheck.extract.nlp)."""

from __future__ import annotations

import json
import socket
from importlib import resources

import pytest

import factcheck.extract.nlp as nlp_module
from factcheck.extract.nlp import (
    CLAUSE_RETRY,
    LEMMA_REPAIR,
    NAMING_REPAIR,
    VERB_REPAIR,
    VOICE_REPAIR,
    entity_type,
    lemma_repair,
    load_nlp,
    pipeline_fingerprint,
    voice_repair,
)
from factcheck.model.errors import UsageError


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def _no_network(*args, **kwargs):
    raise AssertionError("the pipeline tried to open a network connection")


def test_shipped_pipeline_loads_without_network(monkeypatch):
    monkeypatch.setattr(nlp_module, "_cache", {})
    monkeypatch.setattr(socket, "socket", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    nlp = load_nlp()
    for component in ("tok2vec", "parser", "ner", "trainable_lemmatizer"):
        assert component in nlp.pipe_names
    assert load_nlp() is nlp  # cached per name
    assert load_nlp(None) is nlp


def test_shipped_pipeline_has_licence_and_model_card():
    folder = resources.files("factcheck.extract").joinpath("data", "en_factcheck")
    meta = json.loads(folder.joinpath("meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "CC BY-SA 4.0"
    assert {s["name"] for s in meta["sources"]} == {"UD English EWT", "Universal NER English EWT"}
    assert "upos" in meta["accuracy"]
    assert "Attribution-ShareAlike 4.0" in folder.joinpath("LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in folder.joinpath("MODEL_CARD.md").read_text(encoding="utf-8")


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize(
    ("sentence", "subject", "verb", "obj"),
    [
        ("The engineer repaired the old bridge last week.", "engineer", "repaired", "bridge"),
        ("Three farmers bought a new tractor in the spring.", "farmers", "bought", "tractor"),
        ("The board approved the plan on Monday.", "board", "approved", "plan"),
    ],
)
def test_subject_and_object_attach_to_the_verb(nlp, sentence, subject, verb, obj):
    doc = nlp(sentence)
    subj_tok, verb_tok, obj_tok = _token(doc, subject), _token(doc, verb), _token(doc, obj)
    assert subj_tok.head == verb_tok and subj_tok.dep_ == "nsubj"
    assert obj_tok.head == verb_tok and obj_tok.dep_ == "obj"
    assert verb_tok.pos_ == "VERB"


def test_passive_subject_and_lemmas(nlp):
    doc = nlp("The old bridges were closed by the city.")
    bridges, closed = _token(doc, "bridges"), _token(doc, "closed")
    assert bridges.head == closed and bridges.dep_ == "nsubj:pass"
    assert bridges.lemma_ == "bridge"
    assert closed.lemma_ == "close"


def test_sentence_boundaries(nlp):
    doc = nlp("The council met on Tuesday. It voted to raise the tax. Nobody objected.")
    assert [s.text for s in doc.sents] == [
        "The council met on Tuesday.",
        "It voted to raise the tax.",
        "Nobody objected.",
    ]


def test_sentence_guard_keeps_an_opening_phrase_and_splits_at_blank_lines(nlp):
    assert len(list(nlp("On Monday, the mayor said that the road would reopen in June.").sents)) == 1
    doc = nlp("Storm reaches the coast\n\nThe storm reached the coast on Monday, officials said.")
    assert [s.text.strip() for s in doc.sents] == [
        "Storm reaches the coast",
        "The storm reached the coast on Monday, officials said.",
    ]


def test_person_entity(nlp):
    doc = nlp("Yesterday, Maria Gonzalez said that the hospital would open in May.")
    people = [e.text for e in doc.ents if entity_type(e.label_) == "person"]
    assert people == ["Maria Gonzalez"]


def test_place_entity(nlp):
    doc = nlp("The delegation flew to Germany on Friday.")
    places = [e.text for e in doc.ents if entity_type(e.label_) == "place"]
    assert places == ["Germany"]


def test_missing_pipeline_is_a_usage_error():
    with pytest.raises(UsageError) as err:
        load_nlp("no-such-pipeline")
    message = str(err.value)
    assert "no-such-pipeline" in message and "\n" not in message


def test_pipeline_without_parser_is_a_usage_error(tmp_path):
    import spacy

    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.to_disk(tmp_path / "blank")
    with pytest.raises(UsageError, match="lacks a dependency parser and an entity recogniser"):
        load_nlp(str(tmp_path / "blank"))


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("PER", "person"),
        ("PERSON", "person"),
        ("ORG", "organization"),
        ("LOC", "place"),
        ("GPE", "place"),
        ("FAC", "place"),
        ("NORP", "other"),
        ("DATE", "other"),
        ("per", "person"),
    ],
)
def test_entity_type(label, expected):
    assert entity_type(label) == expected


def test_fingerprint_names_the_pipeline(nlp):
    fp = pipeline_fingerprint(nlp)
    assert fp.startswith(f"en_factcheck-{nlp.meta['version']}-")
    assert fp == pipeline_fingerprint(nlp)


def test_a_lemma_that_is_no_word_is_repaired_from_wordnet(nlp):
    from spacy.tokens import Doc

    words = ["She", "insisted", "they", "divided", "the", "news", "AMS", "re-entered", "Zorbled", "weaker"]
    pos = ["PRON", "VERB", "PRON", "VERB", "DET", "NOUN", "NOUN", "VERB", "VERB", "NOUN"]
    lemmas = ["she", "insiste", "they", "divid", "the", "news", "AMS", "re-enter", "zorbl", "weaker"]
    doc = lemma_repair(Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas))
    assert [t.lemma_ for t in doc] == [
        "she",
        "insist",  # repaired
        "they",
        "divide",  # repaired
        "the",
        "news",  # a lemma WordNet knows: kept
        "AMS",  # an acronym: kept
        "re-enter",  # a hyphenated word: kept
        "zorbl",  # no word WordNet can reduce: kept
        "weak",  # no noun, but an adjective: the tagger erred
    ]
    # the repairs read the repaired lemmas; the verb repair reads what the clause retry left
    assert nlp.pipe_names[-5:] == [LEMMA_REPAIR, CLAUSE_RETRY, VERB_REPAIR, NAMING_REPAIR, VOICE_REPAIR]


def _voiced(nlp, words: list[str], pos: list[str], lemmas: list[str], deps: list[str], heads: list[int]):
    from spacy.tokens import Doc

    return voice_repair(Doc(nlp.vocab, words=words, pos=pos, lemmas=lemmas, deps=deps, heads=heads))


def test_a_passive_subject_of_an_active_verb_is_its_doer(nlp):
    """ "The Hawks have not terminated the contract" read with "Hawks" a
    passive subject: a perfect "have" and an object make the verb active."""
    words = ["The", "Hawks", "have", "not", "terminated", "the", "contract", "."]
    pos = ["DET", "PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ["the", "Hawks", "have", "not", "terminate", "the", "contract", "."]
    deps = ["det", "nsubj:pass", "aux", "advmod", "ROOT", "det", "obj", "punct"]
    doc = _voiced(nlp, words, pos, lemmas, deps, [1, 4, 4, 4, 4, 6, 4, 4])
    assert doc[1].dep_ == "nsubj"
    # a form of "be" makes a passive, whatever the parser called it: "were not left"
    words = ["The", "Hawks", "were", "not", "left", "."]
    pos = ["DET", "PROPN", "AUX", "PART", "VERB", "PUNCT"]
    lemmas = ["the", "Hawks", "be", "not", "leave", "."]
    doc = _voiced(nlp, words, pos, lemmas, ["det", "nsubj:pass", "aux", "advmod", "ROOT", "punct"], [1, 4, 4, 4, 4, 4])
    assert doc[1].dep_ == "nsubj:pass"
    # a participle with no auxiliary is a reduced passive: "14 trapped under debris"
    words = ["14", "trapped", "under", "debris", "."]
    pos = ["NUM", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["14", "trap", "under", "debris", "."]
    doc = _voiced(nlp, words, pos, lemmas, ["nsubj:pass", "ROOT", "case", "obl", "punct"], [1, 1, 3, 1, 1])
    assert doc[0].dep_ == "nsubj:pass"
    # a participle of a "with" phrase: "with the state given little money" (the state is given it)
    words = ["with", "the", "state", "given", "little", "money"]
    pos = ["ADP", "DET", "NOUN", "VERB", "ADJ", "NOUN"]
    lemmas = ["with", "the", "state", "give", "little", "money"]
    deps = ["mark", "det", "nsubj:pass", "ROOT", "amod", "obj"]
    doc = _voiced(nlp, words, pos, lemmas, deps, [3, 2, 3, 3, 5, 3])
    assert doc[2].dep_ == "nsubj:pass"


def test_the_shipped_parse_reads_the_denied_termination_as_the_doers():
    from conftest import claims_of_text

    text = "The Dragons have not terminated Tom Reyes's contract."
    (claim,) = [c for c in claims_of_text(text) if c.slot == "polarity"]
    assert (claim.predicate, claim.subject, claim.object, claim.polarity) == (
        "terminate",
        "@dragons",
        "contract",
        "negative",
    )


def test_the_layers_multiply_with_numpys_blas_and_annotate_as_with_blis(nlp):
    """Every layer of a loaded pipeline multiplies through thinc's NumPy backend
    without blis (1.6 times faster, benchmarks/bench_parse.py), and the
    annotations are those the same weights give with blis."""
    from thinc.api import NumpyOps

    nodes = [n for _name, c in nlp.components if hasattr(c, "model") for n in c.model.walk()]
    assert nodes and all(type(n.ops) is NumpyOps and n.ops.use_blis is False for n in nodes)
    text = [
        "Police arrested two men in Northvale on Tuesday after a fire destroyed the mill.",
        "The minister, who was elected in 2019, said she would not resign.",
        "Ada Okafor told reporters the company had lost $2.1 billion since March.",
    ]

    def annotated():
        return [[(t.tag_, t.dep_, t.head.i, t.lemma_, t.ent_type_) for t in d] for d in nlp.pipe(text)]

    with_numpy = annotated()
    try:
        nlp_module.set_cpu_ops(nlp, NumpyOps(use_blis=True))
        with_blis = annotated()
    finally:
        nlp_module.set_cpu_ops(nlp, nlp_module.NUMPY_MATMUL)
    assert with_numpy == with_blis


def test_the_parse_runs_on_one_blas_thread():
    from threadpoolctl import threadpool_info

    def blas_threads():
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    before = blas_threads()
    with nlp_module.one_blas_thread():
        assert blas_threads() <= {1}
    assert blas_threads() == before
