"""Which clauses state whether something happened, for the polarity slot:

* an adverbial clause that the sentence takes as true ("fired him after he
  leaked the memo", "because he leaked the memo") is stated by the article,
  unlike a condition or a clause of what came before ("if", "before");
* do-support marks a verb: "Northvale Mining does not own Eastbury Bank"
  with "own" tagged as an adjective is still a clause; so does a passive
  auxiliary: "Jobs were not outsourced to India" with "outsourced" tagged as
  an adjective.

Generic sentences."""

from __future__ import annotations

import pytest
import spacy
from conftest import claims_of_text, findings_of_two
from spacy.tokens import Doc

from factcheck.extract.clauses.predicates import is_predicate


def _polarity(text: str) -> list[tuple[str, str]]:
    return [(c.topic, c.polarity) for c in claims_of_text(text) if c.slot == "polarity"]


@pytest.mark.parametrize(
    "a",
    [
        "Acme fired Tom Reyes after Reyes leaked the memo.",
        "Acme fired Tom Reyes because Reyes leaked the memo.",
        "Acme did not fire Tom Reyes after Reyes leaked the memo.",
        # told by a report
        "The company said it fired Tom Reyes after Reyes leaked the memo.",
    ],
)
def test_a_presupposed_clause_is_stated(ruleset, tmp_path, a):
    found = findings_of_two(ruleset, tmp_path, a, "Tom Reyes did not leak the memo.", "FC004")
    assert len(found) == 1 and "leak" in found[0].message
    assert ("leak", "positive") in _polarity(a)


@pytest.mark.parametrize(
    "a",
    [
        # a condition, a plan, what came before: none tells that it happened
        "Acme will fire Tom Reyes if Reyes leaked the memo.",
        "Acme will fire Tom Reyes after Reyes leaks the memo.",
        "Acme fired Tom Reyes before Reyes leaked the memo.",
        "Acme fired Tom Reyes until Reyes leaked the memo.",
        # the subordinator is not the clause's own; a hedge; a denied reason
        "Acme fired Tom Reyes after claims he leaked the memo.",
        "Tom Reyes was fired after he reportedly leaked the memo.",
        "Acme did not fire Tom Reyes because he leaked the memo; it fired him for being late.",
        # a condition, whatever the parser makes of its clause
        "Reyes said that even if he had leaked the memo, he would not have been fired.",
    ],
)
def test_a_clause_not_taken_as_true_is_not_stated(ruleset, tmp_path, a):
    assert findings_of_two(ruleset, tmp_path, a, "Tom Reyes did not leak the memo.", "FC004") == []
    assert ("leak", "positive") not in _polarity(a)


def test_do_support_marks_a_verb_the_tagger_took_for_an_adjective():
    words = ["Acme", "does", "not", "own", "Widgetco", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        pos=["PROPN", "AUX", "PART", "ADJ", "PROPN", "PUNCT"],
        tags=["NNP", "VBZ", "RB", "JJ", "NNP", "."],
        deps=["nsubj", "aux", "advmod", "ROOT", "obj", "punct"],
        heads=[3, 3, 3, 3, 3, 3],
        lemmas=["Acme", "do", "not", "own", "Widgetco", "."],
    )
    assert is_predicate(doc[3])
    # an adjective with a copula is a state as before; without either it is no clause
    assert not is_predicate(
        Doc(
            spacy.blank("en").vocab,
            words=["the", "own", "goal"],
            pos=["DET", "ADJ", "NOUN"],
            deps=["det", "amod", "ROOT"],
            heads=[2, 2, 2],
        )[1]
    )


def test_a_clause_with_do_support_conflicts_with_its_negation(ruleset, tmp_path):
    # ("own" after "does not" is tagged as an adjective by the shipped model)
    a, b = "Northvale Mining does not own Eastbury Bank.", "Northvale Mining owns Eastbury Bank."
    found = findings_of_two(ruleset, tmp_path, a, b, "FC004")
    assert len(found) == 1 and "own" in found[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a denial of a later occasion does not answer that it once happened
        ("Tom Reyes agreed to the deal in 2003.", "Tom Reyes never agreed to the deal again."),
        ("Acme owned Widgetco until 2001.", "Acme does not own Widgetco anymore."),
        # "again" in a clause the denial governs
        (
            "Ana Ruiz came out of hiding in 2003 when she agreed to be photographed for the magazine.",
            "Ana Ruiz never agreed to having her photograph taken again.",
        ),
    ],
)
def test_a_denial_of_a_later_occasion_is_no_conflict(ruleset, tmp_path, a, b):
    assert findings_of_two(ruleset, tmp_path, a, b, "FC004") == []


@pytest.mark.parametrize(
    "b",
    [
        # "again" of a report, or of a clause joined to the denial, is no later occasion of it
        "Tom Reyes did not leak the memo, Acme said again on Monday.",
        "Tom Reyes did not leak the memo, and he will testify again next month.",
    ],
)
def test_again_elsewhere_in_the_sentence_keeps_the_denial(ruleset, tmp_path, b):
    found = findings_of_two(ruleset, tmp_path, "Tom Reyes leaked the memo.", b, "FC004")
    assert len(found) == 1 and "leak" in found[0].message


def test_a_clause_under_a_denial_is_not_taken_as_true(ruleset, tmp_path):
    a = "Acme denied that it fired Tom Reyes after Reyes leaked the memo."
    assert findings_of_two(ruleset, tmp_path, a, "Tom Reyes did not leak the memo.", "FC004") == []


def test_since_under_a_denial_is_not_taken_as_true():
    # "since" may give the reason the denial denies ("did not fire him since he leaked it")
    assert ("leak", "positive") not in _polarity("Acme did not fire Tom Reyes since Reyes leaked the memo.")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # (the shipped model tags "outsourced" an adjective in both)
        (
            "The Northvale jobs were not outsourced to Eastland.",
            "The Northvale jobs were outsourced to Eastland in 2020.",
        ),
    ],
)
def test_a_denied_passive_conflicts_with_the_act(ruleset, tmp_path, a, b):
    found = findings_of_two(ruleset, tmp_path, a, b, "FC004")
    assert len(found) == 1
