"""Polarity and modality of a predicate, read from the dependency tree.

Negation counts only when it governs the predicate:

* a negative adverb or particle attached to it: "did not", "never", "no longer";
* "has yet to" (the predicate, or the ``have`` that governs it, carries "yet"
  and the predicate is a ``to``-infinitive);
* a negative determiner or pronoun as its subject or object: "no plans", "nothing";
* "no" on the noun a copula states: "was no rebel leader" (as "was not a rebel
  leader"), not in an idiom ("no doubt", "no stranger to") or a litotes ("no small feat");
* a governing verb that negates its complement: "refused to", "failed to",
  "declined to", "was unable to" (``xcomp``), "denied that" (``ccomp``),
  "barred X from V-ing" (a ``from`` gerund: X did not V);
* a negated governing verb whose complement happens exactly when it does
  (two-way implicatives): "did not manage to", "did not remember to", "was
  not able to" (Karttunen 1971, "Implicative verbs").

Two cues on one predicate cancel ("it is not true that ... did not ...":
each predicate counts its own). Negation inside a noun phrase ("a not
unreasonable plan") or in another clause does not reach the predicate.

Modality keeps what might, will or should happen apart from what happened:
modal auxiliaries, governing verbs of expectation and plan ("expected to",
"plans to"), conditional clauses and questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..model.models import Modality

_NEG_ADVERBS = frozenset({"not", "n't", "never", "nt"})
_NEG_NOMINALS = frozenset({"no", "nothing", "nobody", "none", "neither", "nor", "nowhere"})
_NEGATING_XCOMP = frozenset({"refuse", "fail", "decline", "neglect", "forget", "unable", "reject"})
#: Verbs that deny a gerund, not an infinitive: "stopped selling" / "stopped to refuel".
_GERUND_NEGATING = frozenset({"stop", "cease", "avoid"})
_NOT_ONLY = frozenset({"only", "just", "merely"})
#: Governing verbs whose complement happened when they did and did not when they are
#: negated: "managed to reach" / "did not manage to reach".
POSITIVE_IMPLICATIVES = frozenset({"manage", "remember", "bother", "able"})
#: Verbs that keep their object from what a ``from`` gerund says: "barred observers
#: from overseeing the vote" (the observers did not oversee it).
PREVENTING = frozenset({"bar", "prevent", "stop", "ban", "block", "prohibit", "forbid", "restrain", "preclude"})
_NEGATING_CCOMP = frozenset({"deny"})
_MODAL_AUX = {
    "would": "expected",
    "will": "expected",
    "shall": "expected",
    "wo": "expected",
    "may": "possible",
    "might": "possible",
    "could": "possible",
    "can": "possible",
    "ca": "possible",
    "should": "hypothetical",
    "must": "hypothetical",
    "ought": "hypothetical",
}
_MODAL_GOVERNORS = {
    "expect": "expected",
    "schedule": "expected",
    "set": "expected",
    "poise": "expected",
    "due": "expected",
    "likely": "expected",
    "plan": "planned",
    "intend": "planned",
    "aim": "planned",
    "propose": "planned",
    "prepare": "planned",
    "want": "hypothetical",
    "require": "hypothetical",
    "hope": "hypothetical",
    "seek": "hypothetical",
    "try": "hypothetical",
    "threaten": "hypothetical",
    "wish": "hypothetical",
    "able": "possible",
}
_CONDITIONAL_MARKS = frozenset({"if", "unless"})


@dataclass(frozen=True)
class Cue:
    """A negation cue: its words and the token bounds they cover."""

    text: str
    first: int  # token index
    last: int  # token index (inclusive)


def _subject_or_object(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass", "obj", "dobj", "expl")]


def negation_cues(pred: Token) -> list[Cue]:
    """The negation cues that govern a predicate, in text order."""
    cues = _adverb_cues(pred)
    no = _no_before_state(pred)
    if no is not None:
        cues.append(Cue(no.text, no.i, no.i))
    for arg in _subject_or_object(pred):
        if _abbreviation(arg):
            continue  # "No. 1"
        if arg.lower_ in _NEG_NOMINALS:
            cues.append(Cue(arg.text, arg.i, arg.i))
        else:
            for det in arg.children:
                if det.dep_ == "det" and det.lower_ in ("no", "neither"):
                    cues.append(Cue(det.text, det.i, det.i))
    yet = _has_yet_to(pred)
    if yet is not None:
        cues.append(yet)
    head = pred.head
    head_neg = _negator(head)
    lemma = head.lemma_.casefold()
    infinitive = _to_marker(pred) is not None
    if head != pred and pred.dep_ == "xcomp" and infinitive and head_neg is not None and lemma in POSITIVE_IMPLICATIVES:
        cues.append(Cue(f"{head_neg.text} {head.text} to", head_neg.i, head.i))
    elif head_neg is not None:
        pass  # "did not refuse to", "never denied that": the negations cancel
    elif pred.dep_ == "xcomp" and _negating_complement(head, infinitive):
        cues.append(Cue(f"{head.text} to" if infinitive else head.text, head.i, head.i))
    elif pred.dep_ == "ccomp" and lemma in _NEGATING_CCOMP:
        cues.append(Cue(head.text, head.i, head.i))
    elif (keeper := prevented_by(pred)) is not None and _negator(keeper) is None:
        cues.append(Cue(f"{keeper.text} from", keeper.i, keeper.i))
    cues.sort(key=lambda c: c.first)
    return cues


#: Nouns that "no" makes an idiom of, not a denial: "was no doubt the key" (surely),
#: "is no stranger to police" (is known to them).
_NO_IDIOMS = frozenset({"doubt", "stranger"})


def _no_before_state(pred: Token) -> Token | None:
    """The "no" that determines the noun a copula states ("Zapata was no rebel
    leader", "it was no accident"): the state is denied as by "not a". Not the
    "no" of a number ("is No. 1") nor of "no longer" or "no more than", which
    hang on their adverb; not an idiom (:data:`_NO_IDIOMS`); not "no" before an
    adjective ("was no ordinary candidate", "no small feat": a litotes, which
    tells the noun holds)."""
    if pred.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "cop" for c in pred.children):
        return None
    if (pred.lemma_.casefold() or pred.lower_) in _NO_IDIOMS:
        return None
    no = next((c for c in pred.children if c.dep_ == "det" and c.lower_ == "no" and c.i < pred.i), None)
    if no is None or _abbreviation(no):
        return None
    if any(t.pos_ == "ADJ" for t in pred.doc[no.i + 1 : pred.i]):
        return None
    return no


def _no_longer(longer: Token) -> Cue | None:
    """The cue of a "no longer" read on its "longer", unless a comparison
    follows ("held him no longer than the law allows")."""
    no = next((g for g in longer.children if g.lower_ == "no"), None)
    if longer.lower_ != "longer" or no is None:
        return None
    if longer.i + 1 < len(longer.doc) and longer.doc[longer.i + 1].lower_ == "than":
        return None
    return Cue("no longer", no.i, longer.i)


def _no_longer_on_subject(pred: Token) -> Cue | None:
    """A "no longer" the parse hung on the subject, right before the predicate
    ("Acme no longer operates the plant")."""
    for subj in pred.children:
        if subj.dep_ not in ("nsubj", "nsubj:pass") or subj.i > pred.i:
            continue
        for longer in subj.children:
            cue = _no_longer(longer) if subj.i < longer.i < pred.i else None
            if cue is not None:
                return cue
    return None


def _adverb_cues(pred: Token) -> list[Cue]:
    """The negating adverbs on a predicate: "not", "never", "no longer", and
    the "not" of "not at all" wherever the parse hangs it."""
    cues: list[Cue] = []
    misplaced = _no_longer_on_subject(pred)
    if misplaced is not None:
        cues.append(misplaced)
    for child in pred.children:
        low = child.lower_.replace("\u2019", "'")
        if child.dep_ in ("neg", "advmod", "advmod:neg", "det") and low in _NEG_ADVERBS:
            cues.append(Cue(child.text, child.i, child.i))
        elif child.dep_ in ("advmod", "amod", "npadvmod", "obl:npmod") and child.lower_ == "longer":
            # (the parse may call the "longer" of "no longer owns" an adjective)
            cue = _no_longer(child)
            if cue is not None:
                cues.append(cue)
        elif child.lower_ == "all" and any(g.lower_ == "at" for g in child.children):
            # "is not at all happy": the parse may hang "not" on the "all" of "at all"
            neg = next((g for g in child.children if g.lower_.replace("\u2019", "'") in _NEG_ADVERBS), None)
            if neg is not None:
                cues.append(Cue(neg.text, neg.i, neg.i))
    return cues


def _negator(tok: Token) -> Token | None:
    """The negation on a word, unless it is "not only" ("not only managed to
    reach the summit but also ...")."""
    for c in tok.children:
        if c.lower_.replace("\u2019", "'") in _NEG_ADVERBS:
            nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
            if nxt is None or nxt.lower_ not in _NOT_ONLY:
                return c
    return None


def _to_marker(pred: Token) -> Token | None:
    return next((c for c in pred.children if c.lower_ == "to" and c.dep_ in ("mark", "aux")), None)


def _negating_complement(head: Token, infinitive: bool) -> bool:
    """Whether a governing verb denies its complement: "refused to sign",
    "failed to pay", "forgot to lock" (a to-infinitive: "forgot signing" tells
    it was signed); "stopped selling", "avoided paying" (a gerund: "stopped to
    refuel" tells why). A verb with a figure is a change of value ("shares
    declined 2 percent to close at $31"), not a refusal."""
    lemma = head.lemma_.casefold()
    if lemma in _GERUND_NEGATING:
        return not infinitive
    if lemma not in _NEGATING_XCOMP or not infinitive:
        return False
    return not any(c.like_num or any(g.like_num for g in c.children) for c in head.children)


def prevented_by(pred: Token) -> Token | None:
    """The verb that keeps someone from what ``pred`` says, for a gerund marked
    by "from": "barred observers from overseeing" (the gerund hung on the verb)
    or on its object ("stopped the company from selling")."""
    if pred.tag_ != "VBG" or not any(c.dep_ == "mark" and c.lower_ == "from" for c in pred.children):
        return None
    head = pred.head
    if pred.dep_ == "advcl" and head.lemma_.casefold() in PREVENTING:
        return head
    if pred.dep_ == "acl" and head.dep_ in ("obj", "dobj") and head.head.lemma_.casefold() in PREVENTING:
        return head.head
    return None


def _abbreviation(tok: Token) -> bool:
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ == "no" and nxt is not None and (nxt.text == "." or nxt.like_num)


def _has_yet_to(pred: Token) -> Cue | None:
    """ "has yet to comment": "yet" on the predicate (or on the governing
    ``have``) and a ``to`` marking the predicate."""
    to = _to_marker(pred)
    if to is None:
        return None
    # the governing verb's "yet" only when it is "have" ("hasn't yet managed to" is the manage's)
    governing = pred.dep_ == "xcomp" and pred.head.lemma_.casefold() == "have"
    for holder in (pred, pred.head if governing else pred):
        yet = next((c for c in holder.children if c.lower_ == "yet" and c.dep_ in ("advmod", "cc")), None)
        if yet is not None:
            return Cue("yet to", yet.i, to.i)
    return None


def polarity(pred: Token) -> tuple[str, list[Cue]]:
    """``negative`` when an odd number of cues govern the predicate."""
    cues = negation_cues(pred)
    return ("negative" if len(cues) % 2 else "positive"), cues


#: Predicates that are themselves a schedule: "deliveries are due in October", "the
#: vote is scheduled for May 3", "it is slated for a June release", "the hearing is set for Monday".
_SCHEDULES = frozenset({"due", "schedule", "slate", "set"})


def _scheduled(pred: Token) -> bool:
    lemma = pred.lemma_.casefold()
    if lemma not in _SCHEDULES:
        return False
    if lemma == "due":
        return pred.pos_ == "ADJ"
    passive = any(c.dep_ == "aux:pass" for c in pred.children)
    if lemma == "set":  # "set for Monday", not "set a record on Monday"
        return passive and any(
            c.dep_ == "obl" and any(g.dep_ == "case" and g.lower_ == "for" for g in c.children) for c in pred.children
        )
    return passive


def _present(verb: Token) -> bool:
    """A verb in the present tense, itself or by its "do" ("needs", "does not need")."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def _counterfactual(pred: Token, modal: Token) -> bool:
    """A predicate under "would" that tells what would have been ("would have
    won") or what would be on a condition ("would resign if asked", "would
    not sign unless ...")."""
    if modal.lower_ in ("would", "should") and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.i > modal.i for c in pred.children
    ):
        return True
    return any(
        # an "if" clause, whatever relation the parser gives it (advcl, often ccomp)
        c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in _CONDITIONAL_MARKS for m in c.children)
        for c in pred.children
    )


def modality(pred: Token, is_question: bool) -> tuple[Modality, str | None]:
    """The modality of a predicate and the cue that sets it."""
    to_tok = next((c for c in pred.children if c.lower_ == "to" and c.dep_ in ("mark", "aux")), None)
    to = to_tok is not None
    for child in pred.children:
        if child.dep_ == "aux" and child.lower_ in _MODAL_AUX:
            if _MODAL_AUX[child.lower_] == "expected" and _counterfactual(pred, child):
                # "would have won", "would resign if asked": what did not or may not happen
                return "hypothetical", child.lower_
            return _MODAL_AUX[child.lower_], child.lower_  # type: ignore[return-value]
        if child.dep_ == "aux" and child.lower_ in ("going",):
            return "expected", "going to"
        if to and child.dep_ in ("mark", "advmod", "amod") and child.lemma_.casefold() in _MODAL_GOVERNORS:
            # "is due to receive", the governor parsed as a dependent of the infinitive
            return _MODAL_GOVERNORS[child.lemma_.casefold()], f"{child.text} to"  # type: ignore[return-value]
    head = pred.head
    if pred.dep_ == "xcomp" and head != pred:
        lemma = head.lemma_.casefold()
        if lemma == "able" and any(c.lower_.replace("\u2019", "'") in _NEG_ADVERBS for c in head.children):
            return "actual", None  # "was not able to reach": it did not happen
        if lemma in _MODAL_GOVERNORS:
            return _MODAL_GOVERNORS[lemma], f"{head.text} to"  # type: ignore[return-value]
        if lemma == "need" and _present(head):
            # "needs to win three games": not yet done ("needed to evacuate" tells it was)
            return "hypothetical", f"{head.text} to"
        if head.dep_ == "xcomp" and head.head.lemma_.casefold() in _MODAL_GOVERNORS:
            return _MODAL_GOVERNORS[head.head.lemma_.casefold()], f"{head.head.text} to"  # type: ignore[return-value]
    be = next((c for c in pred.children if c.dep_ in ("cop", "aux") and c.lemma_ == "be"), None)
    if to_tok is not None and be is not None and be.i < to_tok.i and pred.pos_ == "VERB" and pred.dep_ != "xcomp":
        # "Norland Air were to take delivery in May": what was arranged, not what
        # happened ("hopes to be playing", "is said to be hiding" are no schedule)
        return "expected", f"{be.text} to"
    if _scheduled(pred):
        return "expected", pred.text
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in pred.children):
        # a condition, whatever relation the parser gives its clause (advcl, often conj or ccomp)
        return "hypothetical", next(
            c.lower_ for c in pred.children if c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS
        )
    if is_question and pred.dep_ == "ROOT":
        return "question", "?"
    return "actual", None
