"""Polarity claims: a bare clause against the same clause with details aligns
when the subject is the same; not when the words around it match another subject's."""

from __future__ import annotations

from test_claims_engine import Doc, _slot_disagreements


def _release(art: str, sentence: str, subject: tuple | None, extra: list, neg: str | None = None):
    args = ([("subject", *subject)] if subject else []) + [("object", "the patch", "patch", None), *extra]
    spec = {"lemma": "release", "args": args}
    if neg:
        spec["negation"] = neg
    return Doc(art).say(sentence, **spec).build()


def test_a_bare_denial_against_a_detailed_statement():
    acme = ("Acme", "acme", "acme")
    a = _release("a", "Acme has not released the patch.", acme, [], neg="not")
    b = _release(
        "b",
        "Acme released the patch for the Vela browser in Westshire.",
        acme,
        [("obl:for", "the Vela browser", "vela", "vela"), ("obl:in", "Westshire", "westshire", "westshire")],
    )
    (d,) = _slot_disagreements("polarity", a, b)
    assert d.label == "contradiction"


def test_a_bare_denial_against_another_subject_is_no_conflict():
    a = _release("a", "Acme has not released the patch.", ("Acme", "acme", "acme"), [], neg="not")
    b = _release(
        "b",
        "Bolt released the patch for Acme in Westshire.",
        ("Bolt", "bolt", "bolt"),
        [("obl:for", "Acme", "acme", "acme"), ("obl:in", "Westshire", "westshire", "westshire")],
    )
    assert _slot_disagreements("polarity", a, b) == []
