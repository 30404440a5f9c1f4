"""Predicates and their arguments: voice, roles, phrases, relative clauses and conjuncts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ...knowledge import meaning
from ...model.models import (
    Argument,
    EntityMention,
    Span,
)
from ...text.words import HURT, TIME_WORDS
from ..negation import prevented_by
from .context import _CORE_DEPS, _NESTED, _NOT_PREDICATE_DEPS, _NOUN_PHRASE_DEPS, _RELATIVE, _WH, SentenceContext

# --------------------------------------------------------------------------- predicates


#: Verbs whose adjective complement states the outcome: "was found (not) guilty",
#: "is presumed dead", "was declared dead", "was ruled ineligible".
VERDICT_VERBS = frozenset({"find", "presume", "declare", "pronounce", "rule", "deem", "confirm"})


def is_secondary(tok: Token) -> bool:
    """An adjective that a verdict verb states of its object ("found the man
    guilty", "the man was found not guilty"): a state claimed of that object."""
    return tok.pos_ == "ADJ" and tok.dep_ == "xcomp" and tok.head.lemma_.casefold() in VERDICT_VERBS


def is_predicate(tok: Token) -> bool:
    if any(c.dep_ == "cop" for c in tok.children) or is_secondary(tok):
        return True
    if tok.dep_ in _NOT_PREDICATE_DEPS:
        # a finite verb the parser hung on a noun but that has its own object or
        # obliques is still a predicate ("The strike closed 120 schools")
        # ("the firm has defeated its rival": its own subject or auxiliary)
        if tok.pos_ != "VERB" or tok.dep_ not in ("amod", "compound"):
            return False
        deps = {c.dep_ for c in tok.children}
        return bool(deps & {"nsubj", "nsubj:pass", "aux", "aux:pass"}) or (
            tok.tag_ in ("VBD", "VBZ", "VBP") and bool(deps & _CORE_DEPS)
        )
    if tok.pos_ == "VERB":
        return tok.lower_ not in ("according",)
    if (
        tok.pos_ == "ADJ"
        and tok.lower_.endswith("ed")
        and tok.lower_ != "aged"  # ("aged 85": an age)
        and tok.dep_ in ("conj", "ROOT", "root")
        and any(c.dep_ in ("obj", "dobj") for c in tok.children)
        and bool(meaning.base_forms(tok.lower_, "v"))  # (a verb's participle: not "unnamed")
    ):
        # a participle the tagger took for an adjective, which takes no object: "killed
        # 30 people and injured 60 others" ("lived opposite the stadium" keeps its verb)
        return True
    if tok.pos_ == "ADJ" and any(c.dep_ == "aux:pass" for c in tok.children):
        # a passive participle the tagger took for an adjective, which the parse itself
        # reads as passive: "is not married to", "Jobs were outsourced to India"
        return True
    if tok.pos_ in ("ADJ", "NOUN") and any(c.dep_ == "aux" and c.lemma_ == "do" for c in tok.children):
        # do-support governs only verbs: "Northvale Mining does not own Eastbury Bank", "own" tagged as an adjective
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in ("ROOT", "root"):
        # a verb the tagger took for a noun: a noun has no subject and object
        # ("A quake hit the island", "hit" tagged as a noun at the root), nor a
        # passive auxiliary ("Smith was shot", "shot" tagged as a noun)
        deps = {c.dep_ for c in tok.children}
        return (bool(deps & {"nsubj", "nsubj:pass"}) and "obj" in deps) or "aux:pass" in deps
    return tok.pos_ == "AUX" and tok.dep_ in ("ROOT", "root", "conj", "ccomp", "advcl") and tok.lemma_ == "be"


def _owners(heads: list[int], preds: set[int]) -> list[int]:
    """For each token, the nearest predicate at or above it (-1: none)."""
    owner = [-2] * len(heads)
    for i in range(len(heads)):
        path: list[int] = []
        cur = i
        while owner[cur] == -2 and cur not in preds and heads[cur] != cur and len(path) < len(heads):
            path.append(cur)
            cur = heads[cur]
        found = cur if cur in preds else (owner[cur] if owner[cur] != -2 else -1)
        owner[cur] = owner[cur] if owner[cur] != -2 else found
        for k in path:
            owner[k] = found
    return owner


#: Verbs of harm done to people: two of them joined in one clause tell one attack
#: ("killed 20 soldiers and injured 40 people in Westshire on Tuesday").
HARM_VERBS = HURT | {"kill"}


def harm_verb(tok: Token) -> bool:
    """A verb of harm, also as the participle the tagger may take for an adjective ("injured")."""
    lemma = lemma_of(tok)
    return lemma in HARM_VERBS or any(b in HARM_VERBS for b in meaning.base_forms(lemma, "v"))


def lemma_of(pred: Token) -> str:
    """The predicate's lemma with its particles ("step down"); an adverb right
    after the verb that the parser did not call a particle joins it when
    WordNet knows the two as one verb ("passed away" -> "pass away")."""
    base = pred.lemma_.casefold() if pred.lemma_ else pred.lower_
    parts = [c.lower_ for c in pred.children if c.dep_ in ("compound:prt", "prt")]
    if not parts:
        nxt = pred.nbor(1) if pred.i + 1 < len(pred.doc) else None
        if nxt is not None and nxt.head.i == pred.i and nxt.dep_ == "advmod" and nxt.is_alpha:
            joined = f"{base} {nxt.lower_}"
            if meaning.classes(joined, "v"):
                parts = [nxt.lower_]
    return " ".join([base, *parts])


def _voice(pred: Token) -> str:
    return (
        "passive"
        if any(c.dep_ in ("aux:pass", "auxpass", "nsubj:pass", "nsubjpass") for c in pred.children)
        else "active"
    )


def _case(tok: Token) -> str:
    cases = [c for c in tok.children if c.dep_ == "case" and c.tag_ != "POS"]  # not the possessive 's
    if not cases:
        return ""
    c = cases[0]
    fixed = [f.lower_ for f in c.children if f.dep_ == "fixed"]
    return " ".join([c.lower_, *fixed])


def _role(arg: Token, voice: str) -> str | None:
    dep = arg.dep_
    if dep in ("nsubj", "csubj", "expl"):
        return "subject" if dep != "expl" else None
    if dep in ("nsubj:pass", "nsubjpass", "csubj:pass"):
        return "object"
    if dep in ("obj", "dobj"):
        return "object"
    if dep in ("iobj", "dative"):
        return "iobj"
    if dep in ("obl:agent", "agent"):
        return "subject"
    if dep in ("ccomp", "xcomp"):
        return dep
    if dep == "attr":
        return "attr"
    if dep.startswith("obl") or dep in ("nmod", "npadvmod", "nmod:tmod", "nmod:npmod", "obl:tmod", "obl:npmod"):
        case = _case(arg)
        if case == "by" and voice == "passive":
            return "subject"
        if case.startswith("accord"):
            return None
        if case:
            return f"obl:{case}"
        return "obl:tmod" if "tmod" in dep else "obl"
    return None


def _phrase_tokens(tok: Token, split_conj: bool, complement: bool = False) -> list[Token]:
    """The words of an argument phrase: its subtree without relative clauses,
    appositions and (when conjuncts are split) its conjuncts; for the
    complement of a copula, without the clause around it (its subject,
    copula, auxiliaries and modifiers of the clause)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ in _NESTED or (split_conj and t == tok and c.dep_ in ("conj", "cc")):
                continue
            if complement and t == tok and c.dep_ not in _NOUN_PHRASE_DEPS:
                continue
            if c.dep_ in ("amod", "compound") and c.pos_ == "VERB" and is_predicate(c):
                continue  # a clause the parser hung on the noun
            if c.dep_ == "punct" and c.i > t.i and t == tok:
                continue
            stack.append(c)
    out.sort(key=lambda t: t.i)
    while out and (
        out[0].is_punct
        or out[0].is_space
        or (split_conj and out[0].dep_ == "cc")
        or (out[0].lower_ in _WH and out[0].i != tok.i)
    ):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].is_space):
        out.pop()
    return out or [tok]


def _chars(ctx: SentenceContext, toks: Sequence[Token]) -> Span:
    return ctx.span(ctx.base + toks[0].idx, ctx.base + toks[-1].idx + len(toks[-1].text))


def _entity(ctx: SentenceContext, tok: Token) -> tuple[str | None, str | None]:
    """The entity an argument headed by ``tok`` names: the head's own, or that
    of a name compounded with a common noun that stands for it ("the Acme plant",
    "Northvale residents"). A person's name before a common noun only tells
    whose the noun is ("an Ana Ruiz supporter was arrested" is no arrest of
    Ana Ruiz); the name stays among the clause's entities."""
    m = ctx.entity_of.get(tok.i)
    if m is None:
        for c in tok.children:
            if (
                c.dep_ in ("compound", "flat", "flat:name", "nmod:poss", "poss")
                and c.i in ctx.entity_of
                and c.dep_.startswith(("compound", "flat"))
            ):
                m = ctx.entity_of[c.i]
                if m.type == "person" and tok.pos_ == "NOUN" and tok.text[:1].islower():
                    m = None
                break
    if m is None:
        m = _apposed_name(ctx, tok)
    if m is not None:
        return m.entity, m.type
    ids = ctx.pronoun_of.get(tok.i)
    if ids and len(ids) == 1:
        return ids[0], "person"
    return None, None


#: What may stand between a noun and the name in apposition to it.
_APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014", "--"})


def _apposed_name(ctx: SentenceContext, tok: Token) -> EntityMention | None:
    """The person a common noun of a person names by the name in apposition
    right after it ("his lawyer, Mark Heller,", "the teenager, Kimani Gray",
    "rookie Joique Bell", "a Northvale man - 61-year-old Tom Reyes -"): the
    noun stands for the person. Only a noun that means a person, in the
    singular ("the victims, Tom Reyes and Ana Ruiz" are not Tom Reyes), not
    counted ("one worker, Tom Reyes," is one of the workers, not their number)
    and not itself an apposition or an item of a list ("Bruce Smith - the
    sacks leader - Rod Woodson ..."), and a name (with its own modifiers) with
    nothing between it and the noun but a comma or a dash."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or not tok.text[:1].islower():
        return None
    if tok.dep_ in ("appos", "list", "conj") or any(c.dep_ == "nummod" for c in tok.children):
        return None
    if not meaning.is_a(tok.lemma_.casefold() or tok.lower_, "person"):
        return None
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in ("appos", "flat") or c.i <= tok.i:
            continue
        m = ctx.entity_of.get(c.i)
        if m is None or m.type != "person":
            continue
        if all(t.text in _APPOSITION_MARKS for t in doc[tok.i + 1 : c.left_edge.i]):
            return m
    return None


#: Nouns through which a phrase names what it is about: "in connection with the fire" is about the fire.
_ABOUT_NOUNS = frozenset({"connection", "relation"})


def _about(tok: Token) -> Token:
    """The noun an argument is about: the "with" or "to" noun of "in connection
    with the Northvale shooting", "in relation to the fire"; else the token."""
    if tok.lower_ not in _ABOUT_NOUNS or not any(c.dep_ == "case" and c.lower_ == "in" for c in tok.children):
        return tok
    for c in tok.children:
        if c.dep_.startswith("nmod") and any(g.dep_ == "case" and g.lower_ in ("with", "to") for g in c.children):
            return c
    return tok


def _argument(ctx: SentenceContext, role: str, tok: Token, split_conj: bool = False) -> Argument:
    tok = _about(tok)
    toks = _phrase_tokens(tok, split_conj, complement=role == "attr")
    span = _chars(ctx, toks)
    eid, etype = _entity(ctx, tok)
    head_span = ctx.span(ctx.base + tok.idx, ctx.base + tok.idx + len(tok.text))
    return Argument(
        role=role,
        text=ctx.text[span.start : span.end],
        span=span,
        head=tok.lemma_.casefold() or tok.lower_,
        head_span=head_span,
        entity=eid,
        entity_type=etype,
        pos=tok.pos_,
    )


@dataclass
class _Clause:
    pred: Token
    voice: str
    subjects: list[Token]
    args: list[tuple[str, Token]]  # (role, token) other than the subject


def _direct_args(pred: Token, voice: str) -> tuple[list[Token], list[tuple[str, Token]]]:
    subjects: list[Token] = []
    args: list[tuple[str, Token]] = []
    copular = any(c.dep_ == "cop" for c in pred.children) or is_secondary(pred)
    for c in pred.children:
        role = _role(c, voice)
        if role is None:
            continue
        if role == "subject":
            subjects.append(c)
        else:
            args.append((role, c))
    to = any(c.dep_ == "mark" and c.lower_ == "to" for c in pred.children)
    advice = any(c.lower_ in ("better", "best") for c in pred.children)
    if to and not advice and not subjects and not any(t.dep_ in ("nsubj:pass", "nsubjpass") for _, t in args):
        # a subject the parser hung on the auxiliary of "has yet to comment" ("Ruiz" under
        # "has"): the clause's own (not "had better leave": advice, no fact)
        for aux in pred.children:
            if aux.dep_ in ("aux", "aux:pass"):
                for c in aux.children:
                    role = _role(c, voice) if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") else None
                    if role == "subject":
                        subjects.append(c)
                    elif role is not None:
                        args.append((role, c))
    if copular:
        args.insert(0, ("attr", pred))
    if is_secondary(pred):
        # "found guilty by a jury": the agent is the verdict's; the state is its object's
        subjects = []
    return subjects, args


#: Dependency labels the parser gives, in error, to the noun before a finite
#: verb that is its subject ("A powerful earthquake struck ...": "earthquake"
#: read as an unmarked oblique or a compound).
_MISREAD_SUBJECT = frozenset({"obl:unmarked", "obl:npmod", "nmod:npmod", "npadvmod", "compound", "dep", "obl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_TIME_WORDS = TIME_WORDS | {"time"}


def _misread_subject(pred: Token, args: list[tuple[str, Token]]) -> Token | None:
    """The subject of a finite verb that the parser attached otherwise: the
    nearest noun before the verb, hanging on it with no preposition, no
    subject found, and nothing between them but that noun's own words."""
    if pred.pos_ != "VERB":
        return None
    # a past participle at the root with no auxiliary is a past tense the tagger misread ("struck")
    bare_root = (
        pred.tag_ == "VBN"
        and pred.dep_ in ("ROOT", "root")
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in pred.children)
    )
    if pred.tag_ not in _FINITE and not bare_root:
        return None
    before = [c for c in pred.children if c.i < pred.i]
    if not before:
        return None
    cand = max(before, key=lambda c: c.i)
    if cand.dep_ not in _MISREAD_SUBJECT or cand.pos_ not in ("NOUN", "PROPN") or _case(cand):
        return None
    if cand.ent_type_ in ("DATE", "TIME") or cand.lower_ in _TIME_WORDS:
        return None
    if any(t.pos_ not in ("PUNCT",) and t.head.i == pred.i for t in cand.doc[cand.i + 1 : pred.i]):
        return None  # another dependent of the verb sits between them ("Police, yesterday, said")
    if any(t.is_punct for t in cand.doc[cand.i + 1 : pred.i]) and not _apposed(cand, pred):
        return None
    return cand


def _apposed(cand: Token, pred: Token) -> bool:
    """Whether what stands between a noun and the verb after it is the noun's
    own apposition, between commas ("Ana Ruiz, the mayor of Northvale, signed",
    "Jane Roe, 61, signed")."""
    return cand.right_edge.i == pred.i - 1 and any(c.dep_ in ("appos", "list") and c.i > cand.i for c in cand.children)


def _inherited_subjects(pred: Token, clauses: dict[int, _Clause]) -> list[Token]:
    """The subject a predicate shares: a conjoined predicate's first conjunct's,
    a controlled infinitive's governor's, a participle's or relative clause's
    antecedent."""
    head = pred.head
    if head == pred:
        return []
    if pred.dep_ == "conj" and head.i in clauses:
        return clauses[head.i].subjects
    if pred.dep_ == "xcomp" and head.i in clauses and is_secondary(pred):
        # what the verdict is about: its object ("found the man guilty", "the man was
        # found guilty"; an object read as an indirect one), never the judge
        # (its own dependent: a noun the verdict hangs on, "Doctors pronounced ...", is not)
        return [t for r, t in clauses[head.i].args if r in ("object", "iobj") and t.head.i == head.i][:1]
    if pred.dep_ == "xcomp" and head.i in clauses:
        objs = [t for r, t in clauses[head.i].args if r == "object"]
        return (
            objs[:1]
            if objs and head.lemma_ in ("ask", "persuade", "urge", "tell", "order", "force")
            else clauses[head.i].subjects
        )
    if pred.dep_ in ("acl", "acl:relcl", "relcl", "amod", "compound") and pred.tag_ != "VBN":
        return [head]
    if pred.dep_ in ("list", "dep", "parataxis", "appos") and head.pos_ in ("NOUN", "PROPN") and head.i < pred.i:
        return [head]  # the parser hung the verb on the noun before it: its subject
    if pred.dep_ == "advcl" and pred.tag_ == "VBG" and head.i in clauses:
        if prevented_by(pred) is not None:
            # "barred observers from overseeing the vote": the observers would have overseen it
            return [t for r, t in clauses[head.i].args if r == "object"][:1]
        return clauses[head.i].subjects
    if _main_verb_after_relative(pred):
        return [head.head]
    return []


def _finite(pred: Token) -> bool:
    return pred.tag_ in _FINITE or any(
        c.dep_ in ("aux", "aux:pass", "cop") and (c.tag_ in _FINITE or c.tag_ == "MD") for c in pred.children
    )


def _main_verb_after_relative(pred: Token) -> bool:
    """The main verb of "Smith, who had been ill, died at home", which the
    parser hung on the relative clause's verb: a finite verb with no subject
    and no subordinator, after the comma that closes a relative clause on a
    noun left as the sentence's root, or as a second subject of a later verb
    ("Smith, who had been ill, died at home, his spokesman said")."""
    rel = pred.head
    if pred.dep_ not in ("advcl", "conj", "parataxis", "dep") or rel.dep_ not in ("acl:relcl", "relcl"):
        return False
    noun = rel.head
    if noun.pos_ not in ("NOUN", "PROPN") or not rel.i < pred.i:
        return False
    later = noun.head
    second_subject = (
        noun.dep_ in ("nsubj", "nsubj:pass")
        and later.i > pred.i
        and any(c.dep_ in ("nsubj", "nsubj:pass") and c.i != noun.i for c in later.children)
    )
    if noun.dep_ not in ("ROOT", "root") and not second_subject:
        return False
    if not _finite(pred) or any(c.dep_ in ("mark", "cc") and c.i < pred.i for c in pred.children):
        return False
    # the comma just before the verb's phrase, whichever word the parser hung it on
    first = pred.left_edge.i
    return pred.doc[first].text == "," or (first > 0 and pred.doc[first - 1].text == ",")


def _passive_conjunct(
    pred: Token, clauses: dict[int, _Clause], voice: str, args: list[tuple[str, Token]]
) -> tuple[str, list[tuple[str, Token]]]:
    """A participle conjoined to a passive predicate shares its auxiliary and
    its patient ("Smith was shot and killed": Smith was killed)."""
    head = clauses.get(pred.head.i) if pred.dep_ == "conj" and pred.head != pred else None
    if head is None or head.voice != "passive" or pred.tag_ not in ("VBN", "VBD"):
        return voice, args
    if any(c.dep_ in ("aux", "aux:pass", "nsubj", "nsubj:pass", "cop") for c in pred.children):
        return voice, args
    if any(r == "object" for r, _ in args):
        return voice, args
    return "passive", [a for a in head.args if a[0] == "object"][:1] + args


def _resolve_relative(
    pred: Token, subjects: list[Token], args: list[tuple[str, Token]]
) -> tuple[list[Token], list[tuple[str, Token]]]:
    """In a relative clause the relative pronoun stands for the antecedent."""
    if pred.dep_ not in ("acl:relcl", "relcl", "acl"):
        return subjects, args
    ante = pred.head
    if (
        ante.dep_ in ("nmod", "obl")
        and ante.head.pos_ == "NOUN"
        and ante.head.i < ante.i
        and any(c.dep_ == "case" for c in ante.children)
        and (ante.ent_type_ in ("GPE", "LOC") or meaning.is_area(ante.lemma_.casefold()))
        and meaning.is_event(ante.head.lemma_.casefold())
    ):
        # "a quake on a Gulf island that killed ten": the parser hung the clause on
        # the place inside the event noun's prepositional phrase; it tells of the event
        ante = ante.head
    subjects = [ante if s.lower_ in _RELATIVE else s for s in subjects]
    args = [(r, ante if t.lower_ in _RELATIVE and t.tag_ in ("WDT", "WP", "IN") else t) for r, t in args]
    if pred.dep_ == "acl" and pred.tag_ == "VBN" and not any(r == "object" for r, _ in args):
        args.insert(0, ("object", ante))  # "the contract awarded to X"
    return subjects, args


def _clauses(doc: Doc, preds: list[Token]) -> dict[int, _Clause]:
    clauses: dict[int, _Clause] = {}
    # heads before dependents, so shared subjects are known when needed
    order = sorted(preds, key=lambda t: _depth(t))
    for p in order:
        voice = _voice(p)
        subjects, args = _direct_args(p, voice)
        subjects, args = _resolve_relative(p, subjects, args)
        if p.dep_ in ("amod", "compound") and subjects and not any(r == "object" for r, _ in args):
            args.insert(0, ("object", p.head))  # "the firm defeated its rival", the verb hung on "rival"
        if not subjects:
            misread = _misread_subject(p, args)
            if misread is not None:
                subjects = [misread]
                args = [(r, t) for r, t in args if t.i != misread.i]
        if not subjects:
            voice, args = _passive_conjunct(p, clauses, voice, args)
            subjects = _inherited_subjects(p, clauses)
        expanded: list[Token] = []
        for s in subjects:
            expanded.append(s)
            expanded.extend(c for c in _conjuncts(s) if c not in expanded)
        clauses[p.i] = _Clause(p, voice, expanded, args)
    return clauses


def _conjuncts(tok: Token) -> list[Token]:
    """The later conjuncts of a phrase, also when the parser hung them on the
    last word of a name ("Maria Lopez and David Chen")."""
    out = [c for c in tok.conjuncts if c.i > tok.i]
    for part in tok.children:
        if part.dep_ in ("flat", "flat:name", "compound"):
            out.extend(c for c in part.children if c.dep_ == "conj" and c not in out)
    return out


def _depth(tok: Token) -> int:
    d = 0
    while tok.head != tok and d < 200:
        tok = tok.head
        d += 1
    return d
