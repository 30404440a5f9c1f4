"""Facts from the dependency tree: one fact per predicate.

A predicate is a verb (not an auxiliary, not a verb used as a modifier), or
the complement of a copula ("Smith is the chief executive": ``executive``).
Each fact holds the predicate's lemma (phrasal particles joined: "step
down"), its arguments with their roles after voice is undone (the subject
of a passive is the object, its by-phrase the subject), the subject a
predicate shares with another (conjoined predicates, control verbs
"refused to comment"), relative clauses read against their antecedent,
conjoined subjects split into one fact each, polarity and modality from
:mod:`.negation`, attribution from the reporting verb that governs the
clause (nested reports nested), and the values attached to the words of the
clause (numbers, ages, dates, places, ordinals).

Work is linear in the sentence: every token belongs to exactly one
predicate (its nearest predicate ancestor), which is how facts find their
own words, values and event triggers.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..knowledge.base import Knowledge
from ..model.models import (
    Argument,
    Attachment,
    Attribution,
    EntityMention,
    Fact,
    Negation,
    Quantity,
    Sentence,
    Span,
    TimeMention,
)
from ..text.words import content_stems
from .negation import modality, polarity

#: Lemmas of verbs that report speech or a claim.
REPORTING = frozenset(
    [
        "say",
        "tell",
        "state",
        "add",
        "claim",
        "announce",
        "confirm",
        "report",
        "note",
        "insist",
        "argue",
        "write",
        "explain",
        "warn",
        "acknowledge",
        "deny",
        "admit",
        "assert",
        "declare",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "indicate",
        "suggest",
        "reply",
        "respond",
        "tweet",
        "post",
        "testify",
        "allege",
        "maintain",
        "predict",
        "promise",
        "vow",
        "recall",
        "disclose",
        "reveal",
        "estimate",
        "conclude",
        "observe",
        "remark",
        "caution",
        "concede",
        "complain",
        "joke",
        "quip",
        "answer",
        "ask",
        "inform",
    ]
)
#: Source nouns that make an attribution a document ("a statement from X said").
_DOCUMENTS = frozenset(
    [
        "statement",
        "readout",
        "memo",
        "report",
        "summary",
        "release",
        "post",
        "letter",
        "filing",
        "transcript",
        "document",
    ]
)
_ANONYMOUS = frozenset(["anonymous", "unnamed", "familiar", "condition"])
_RELATIVE = frozenset({"who", "whom", "which", "that", "whose"})
_WH = frozenset({"where", "when", "while", "whereas", "as", "because", "if"})
_NOT_PREDICATE_DEPS = frozenset(
    {"aux", "aux:pass", "auxpass", "amod", "compound", "case", "mark", "fixed", "det", "cop", "flat"}
)
_CLAUSE_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "parataxis", "conj", "csubj", "csubj:pass", "root", "ROOT"}
)
_NOUN_PHRASE_DEPS = frozenset(
    {"det", "amod", "compound", "nmod:poss", "nummod", "flat", "flat:name", "advmod:emph", "fixed"}
)
_NOT_LOCATIVE = frozenset(
    {"nsubj", "nsubj:pass", "csubj", "obj", "dobj", "iobj", "conj", "appos", "list", "parataxis", "ROOT", "root"}
)
_CORE_DEPS = frozenset({"obj", "dobj", "iobj", "ccomp", "xcomp", "obl", "obl:tmod", "obl:npmod", "nsubj"})
_NESTED = frozenset({"acl", "acl:relcl", "relcl", "appos", "parataxis"})
_HEDGES = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as", "as much as", "no more than",
    "about", "around", "approximately", "roughly", "nearly", "almost", "some", "over", "under", "just over",
    "just under", "close to",
)  # fmt: skip
_ORDINAL_WORDS = {
    w: str(n)
    for n, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
        ],
        1,
    )
} | {"last": "last"}
_MEASURE_WORDS = frozenset({"percent", "dollar", "cent", "billion", "million", "trillion", "thousand", "hundred"})
_ORDINAL_RE = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_AGE_RE = re.compile(r"\b(\d{1,3}) ?[-\u2010\u2011 ] ?years?(?: ?[-\u2010\u2011 ] ?| )old\b", re.IGNORECASE)
#: An age told with "aged" or "age": "Smith, aged 61,", "died at the age of 61", "at age 61".
_AGED_RE = re.compile(
    r"\b(?:aged\s+|at\s+(?:the\s+)?age\s+(?:of\s+)?)(\d{1,3})\b(?!\s*(?:%|percent|per cent))", re.IGNORECASE
)


NO_ATTRIBUTION = Attribution()
#: Verbs whose object event noun takes the clause's date ("held a meeting on Monday").
_LIGHT_VERBS = frozenset(
    [
        "have",
        "hold",
        "make",
        "take",
        "get",
        "do",
        "receive",
        "conduct",
        "place",
        "schedule",
        "host",
        "join",
        "begin",
        "end",
    ]
)


def fact_id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


@dataclass
class SentenceContext:
    """What a sentence's facts are read against."""

    article: str
    text: str
    sentence: Sentence
    doc: Doc
    base: int
    entity_of: dict[int, EntityMention]  # token index -> entity mention
    pronoun_of: dict[int, tuple[str, ...]]  # token index -> resolved entity ids
    times: Sequence[TimeMention]
    quantities: Sequence[Quantity]
    places: Sequence[EntityMention]
    quote_spans: Sequence[tuple[int, int]]
    knowledge: Knowledge
    negations: list[Negation] = field(default_factory=list)
    tokens: list[Token] = field(init=False)
    starts: list[int] = field(init=False)  # character offset of each token in the sentence
    heads: list[int] = field(init=False)
    _spans: dict[tuple[int, int], Span] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.tokens = list(self.doc)
        self.starts = [t.idx for t in self.tokens]
        self.heads = [t.head.i for t in self.tokens]

    def span(self, start: int, end: int) -> Span:
        """One shared :class:`Span` object per character range of the sentence
        (facts of one sentence point at the same words many times)."""
        key = (start, end)
        found = self._spans.get(key)
        if found is None:
            found = self._spans[key] = Span(start=start, end=end)
        return found

    def token_range(self, span: Span) -> range:
        """Indices of the tokens that start inside an article span."""
        a = bisect.bisect_left(self.starts, span.start - self.base)
        b = bisect.bisect_left(self.starts, span.end - self.base)
        return range(a, b)


# --------------------------------------------------------------------------- predicates


def is_predicate(tok: Token) -> bool:
    if any(c.dep_ == "cop" for c in tok.children):
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


def lemma_of(pred: Token) -> str:
    base = pred.lemma_.casefold() if pred.lemma_ else pred.lower_
    parts = [c.lower_ for c in pred.children if c.dep_ in ("compound:prt", "prt")]
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
    m = ctx.entity_of.get(tok.i)
    if m is None:
        for c in tok.children:
            if (
                c.dep_ in ("compound", "flat", "flat:name", "nmod:poss", "poss")
                and c.i in ctx.entity_of
                and c.dep_.startswith(("compound", "flat"))
            ):
                m = ctx.entity_of[c.i]
                break
    if m is not None:
        return m.entity, m.type
    ids = ctx.pronoun_of.get(tok.i)
    if ids and len(ids) == 1:
        return ids[0], "person"
    return None, None


def _argument(ctx: SentenceContext, role: str, tok: Token, split_conj: bool = False) -> Argument:
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
    copular = any(c.dep_ == "cop" for c in pred.children)
    for c in pred.children:
        role = _role(c, voice)
        if role is None:
            continue
        if role == "subject":
            subjects.append(c)
        else:
            args.append((role, c))
    if copular:
        args.insert(0, ("attr", pred))
    return subjects, args


def _inherited_subjects(pred: Token, clauses: dict[int, _Clause]) -> list[Token]:
    """The subject a predicate shares: a conjoined predicate's first conjunct's,
    a controlled infinitive's governor's, a participle's or relative clause's
    antecedent."""
    head = pred.head
    if head == pred:
        return []
    if pred.dep_ == "conj" and head.i in clauses:
        return clauses[head.i].subjects
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
        return clauses[head.i].subjects
    return []


def _resolve_relative(
    pred: Token, subjects: list[Token], args: list[tuple[str, Token]]
) -> tuple[list[Token], list[tuple[str, Token]]]:
    """In a relative clause the relative pronoun stands for the antecedent."""
    if pred.dep_ not in ("acl:relcl", "relcl", "acl"):
        return subjects, args
    ante = pred.head
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


# --------------------------------------------------------------------------- attribution


def _source(ctx: SentenceContext, verb: Token, clauses: dict[int, _Clause]) -> Attribution:
    cl = clauses.get(verb.i)
    subjects = cl.subjects if cl is not None else []
    subj = next((t for t in subjects if t.i in ctx.entity_of), subjects[0] if subjects else None)
    cue = lemma_of(verb)
    cue_span = ctx.span(ctx.base + verb.idx, ctx.base + verb.idx + len(verb.text))
    if subj is None and cl is not None:
        # a noun phrase before the reporting verb is its source, whatever label the parser gave it
        subj = next(
            (t for r, t in cl.args if r in ("object", "obl") and t.i < verb.i and t.pos_ in ("NOUN", "PROPN")), None
        )
    if subj is None:
        return Attribution(cue=cue, kind="reported", cue_span=cue_span)
    return _typed(ctx, subj, cue, cue_span)


def _typed(ctx: SentenceContext, subj: Token, cue: str, cue_span: Span | None) -> Attribution:
    toks = [
        t
        for t in _phrase_tokens(subj, True)
        if not (t.dep_ in ("case", "fixed") and t.head.i in (subj.i, t.i - 1) and t.i < subj.i)
    ]
    toks = [t for t in toks if t.lower_ != "according" and not (t.lower_ == "to" and t.dep_ == "fixed")] or [subj]
    span = _chars(ctx, toks)
    eid, _ = _entity(ctx, subj)
    lemmas = {t.lemma_.casefold() for t in toks}
    kind = "reported"
    if subj.lemma_.casefold() in _DOCUMENTS:
        kind = "document"
        for t in toks:
            e, _ = _entity(ctx, t)
            if e is not None and eid is None:
                eid = e  # "a statement from X"
    elif eid is None and (lemmas & _ANONYMOUS or subj.lemma_.casefold() == "source"):
        kind = "anonymous"
    return Attribution(
        source=eid or ctx.text[span.start : span.end],
        source_text=ctx.text[span.start : span.end],
        cue=cue,
        kind=kind,
        span=span,
        cue_span=cue_span,
    )


def _according(ctx: SentenceContext, owner: list[int]) -> dict[int, Attribution]:
    """ "according to X": the attribution of the clause X attaches to."""
    out: dict[int, Attribution] = {}
    for tok in ctx.tokens:
        if tok.lower_ != "according":
            continue
        src = (
            tok.head
            if tok.dep_ == "case"
            else next((c for c in tok.children if c.dep_ in ("obl", "pobj", "nmod")), None)
        )
        if src is None or src == tok:
            continue
        if src.dep_ == "pobj":
            src = src
        target = owner[src.i] if owner[src.i] != src.i else (owner[src.head.i] if src.head != src else -1)
        if target < 0:
            continue
        cue_span = Span(start=ctx.base + tok.idx, end=ctx.base + tok.idx + len(tok.text) + 3)
        out.setdefault(target, _typed(ctx, src, "according to", cue_span))
    return out


def _attribution(
    ctx: SentenceContext,
    pred: Token,
    clauses: dict[int, _Clause],
    owner: list[int],
    according: dict[int, Attribution],
    quoted: Token | None,
) -> Attribution:
    """Who reports the clause of ``pred``: the reporting verbs above it, the
    innermost first, each outer one in ``via``; for words inside a quotation
    the tree does not connect, the reporting verb of the quotation
    (``quoted``)."""
    chain: list[Attribution] = []
    cur = pred
    # '"...," X said': the reporting verb hangs off the quoted clause
    for c in pred.children:
        if (
            c.dep_ == "parataxis"
            and c.lemma_.casefold() in REPORTING
            and not any(g.dep_ == "ccomp" for g in c.children)
        ):
            chain.append(_source(ctx, c, clauses))
    for _ in range(64):
        if cur.i in according:
            chain.append(according[cur.i])
        head = cur.head
        if head == cur:
            break
        if cur.dep_ in ("ccomp", "parataxis", "xcomp") and head.lemma_.casefold() in REPORTING and head.i in clauses:
            chain.append(_source(ctx, head, clauses))
        cur = head
    if not chain and quoted is not None:
        chain.append(_source(ctx, quoted, clauses))
        outer = _attribution(ctx, quoted, clauses, owner, according, None)
        if outer.kind != "none":
            chain.append(outer)
    if not chain:
        return NO_ATTRIBUTION
    att: Attribution | None = None
    for a in reversed(chain):
        att = a if att is None else a.model_copy(update={"via": att})
    assert att is not None
    return att


# --------------------------------------------------------------------------- attachments


def _root_of(ctx: SentenceContext, span: Span) -> Token | None:
    """The token of a span whose head lies outside it."""
    idx = [i for i in ctx.token_range(span) if not ctx.tokens[i].is_space]
    if not idx:
        return None
    for i in idx:
        if ctx.heads[i] not in idx or ctx.heads[i] == i:
            return ctx.tokens[i]
    return ctx.tokens[idx[-1]]


def _target(tok: Token) -> tuple[Token, str]:
    """The word a value phrase rooted at ``tok`` describes, and how."""
    head = tok.head
    if head == tok:
        return tok, "root"
    case = _case(tok)
    rel = tok.dep_ + (f":{case}" if case and not tok.dep_.endswith(case) else "")
    if head.dep_ in ("case",) and head.head != head:
        head = head.head
    return head, rel


def _hedge(doc: Doc, first: Token) -> str | None:
    words = [t.lower_ for t in doc[max(0, first.i - 3) : first.i]]
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else ""
        if phrase in _HEDGES:
            return phrase
    return None


def _span_of(ctx: SentenceContext, tok: Token) -> Span:
    return ctx.span(ctx.base + tok.idx, ctx.base + tok.idx + len(tok.text))


def _att(
    ctx: SentenceContext, kind: str, text: str, span: Span, value: str | None, head: Token, relation: str, **kw: object
) -> tuple[int, Attachment]:
    att = Attachment(
        kind=kind,
        text=text,
        span=span,
        value=value,
        head=head.lemma_.casefold() or head.lower_,
        head_span=_span_of(ctx, head),
        relation=relation,
        **kw,
    )
    return head.i, att


def _ages(ctx: SentenceContext) -> tuple[list[tuple[int, Attachment]], set[int]]:
    """ "a 33-year-old actress" (to the noun), "Smith, 61," (a number between
    commas after a name, in apposition to it)."""
    doc = ctx.doc
    out: list[tuple[int, Attachment]] = []
    taken: set[int] = set()
    for m in _AGE_RE.finditer(ctx.sentence.text):
        span = Span(start=ctx.base + m.start(), end=ctx.base + m.end())
        old = _root_of(ctx, span)
        if old is None:
            continue
        head = old.head if old.dep_ in ("amod", "compound", "nmod", "appos") else old
        taken.update(ctx.token_range(span))
        out.append(_att(ctx, "age", ctx.text[span.start : span.end], span, m.group(1), head, old.dep_))
    for m in _AGED_RE.finditer(ctx.sentence.text):
        span = Span(start=ctx.base + m.start(1), end=ctx.base + m.end(1))
        num = _root_of(ctx, span)
        if num is None or num.i in taken or not 0 < int(m.group(1)) < 125:
            continue
        if not m.group(0).casefold().startswith("aged") and _verb_above(num) not in _DEATH_VERBS:
            continue  # "founded it at the age of 21" is an age back then; "died at the age of 91" is the last
        who = _person_of(ctx, num.head)
        if who is not None and _is_name(ctx, who):  # "two girls, aged 15 and 12" are no one named
            taken.add(num.i)
            out.append(
                _att(ctx, "age", m.group(0), Span(start=ctx.base + m.start(), end=span.end), m.group(1), who, "aged")
            )
    for tok in ctx.tokens:
        if tok.i in taken or not tok.text.isdecimal() or not 0 < int(tok.text) < 125:
            continue
        head = tok.head
        between_commas = tok.i > 0 and doc[tok.i - 1].text == "," and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct)
        if between_commas and tok.i >= 2 and _is_name(ctx, doc[tok.i - 2]):
            head = doc[tok.i - 2]  # the name just before the comma: "A, 44, and B, 59," gives 59 to B
        named = _is_name(ctx, head)
        if head.i < tok.i and between_commas and named:  # whatever label the parser gave the apposition
            taken.add(tok.i)
            out.append(_att(ctx, "age", tok.text, _span_of(ctx, tok), tok.text, head, "appos"))
    return out, taken


_DEATH_VERBS = frozenset({"die", "pass", "succumb"})


def _verb_above(tok: Token) -> str:
    """The lemma of the nearest verb that governs ``tok``."""
    for _ in range(6):
        if tok.pos_ == "VERB":
            return tok.lemma_.casefold()
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return ""


def _is_name(ctx: SentenceContext, tok: Token) -> bool:
    m = ctx.entity_of.get(tok.i)
    return (m is not None and m.type == "person") or tok.pos_ == "PROPN"


def _person_of(ctx: SentenceContext, tok: Token) -> Token | None:
    """Who an age phrase is about: the noun it modifies ("Smith, aged 61"), or
    the subject of the verb it modifies ("Smith died at the age of 61")."""
    for _ in range(4):
        if (tok.pos_ in ("NOUN", "PROPN") or tok.i in ctx.entity_of) and tok.lemma_.casefold() != "age":
            return tok
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None or tok.head.i == tok.i or tok.dep_ in ("conj", "parataxis", "list"):
            return subj  # (a conjunct is not about its head's subject)
        tok = tok.head  # "aged" hangs off the name or the verb ("dies aged 56")
    return None


def _ordinals(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """ "the first customer", "the 51st state": to the noun they rank."""
    out = []
    for tok in ctx.tokens:
        word = tok.lower_
        if tok.dep_ not in ("amod", "nummod", "advmod", "compound") or tok.head.i == tok.i:
            continue
        value = _ORDINAL_WORDS.get(word) or (word[:-2] if _ORDINAL_RE.match(word) else None)
        if value is not None and tok.head.pos_ in ("NOUN", "PROPN"):
            out.append(_att(ctx, "ordinal", tok.text, _span_of(ctx, tok), value, tok.head, tok.dep_))
    return out


def _numbers(ctx: SentenceContext, ages: set[int]) -> list[tuple[int, Attachment]]:
    """A quantity to the noun it counts or measures ("120 passengers", "a $3
    billion contract"), or to its verb ("rose 5 percent"), with its hedge."""
    doc = ctx.doc
    out = []
    for q in ctx.quantities:
        root = _root_of(ctx, q.span)
        if root is None or root.i in ages:
            continue
        if root.pos_ in ("NOUN", "PROPN") and root.lemma_.casefold() not in _MEASURE_WORDS and not root.like_num:
            target, rel = root, "nummod"  # the counted noun is part of the quantity
        else:
            target, rel = _target(root)
        rng = ctx.token_range(q.span)
        first = ctx.tokens[rng[0]] if rng else root
        out.append(
            _att(ctx, "number", q.text, q.span, q.normalized, target, rel, unit=q.unit, hedge=_hedge(doc, first))
        )
    return out


def _dates(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    out = []
    for t in ctx.times:
        root = _root_of(ctx, t.span) if t.type in ("DATE", "TIME") else None
        if root is not None:
            target, rel = _target(root)
            out.append(_att(ctx, "date", t.text, t.span, t.value, target, rel))
    return out


def _places(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """A place to its verb or noun, with the containing places written after
    it ("in Mobile, Alabama"); a name followed by a place is a place too."""
    places = sorted(ctx.places, key=lambda m: m.span.start)
    contained: set[int] = set()
    out = []
    for i, p in enumerate(places):
        if i in contained:
            continue
        within: list[str] = []
        j, end = i + 1, p.span.end
        while j < len(places) and places[j].type == "place" and ctx.text[end : places[j].span.start].strip() == ",":
            within.append(places[j].text)
            contained.add(j)
            end = places[j].span.end
            j += 1
        if p.type != "place" and not within:
            continue
        root = _root_of(ctx, p.span)
        if root is None:
            continue
        target, rel = _target(root)
        if target.i != root.i and root.dep_ not in _NOT_LOCATIVE:  # a place as subject or object is a participant
            out.append(_att(ctx, "place", p.text, p.span, p.entity, target, rel, place_within=tuple(within)))
    return out


def attachments(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """Values of the sentence with the token index of the word they describe."""
    ages, taken = _ages(ctx)
    return ages + _ordinals(ctx) + _numbers(ctx, taken) + _dates(ctx) + _places(ctx)


# --------------------------------------------------------------------------- facts


def sentence_facts(ctx: SentenceContext) -> list[Fact]:
    doc = ctx.doc
    preds = [t for t in ctx.tokens if is_predicate(t)]
    if not preds:
        return []
    pred_ids = {t.i for t in preds}
    owner = _owners(ctx.heads, pred_ids)
    clauses = _clauses(doc, preds)
    according = _according(ctx, owner)
    attached = attachments(ctx)
    by_owner: dict[int, list[Attachment]] = {}
    for tok_i, att in attached:
        o = owner[tok_i] if tok_i >= 0 else -1
        if o >= 0:
            by_owner.setdefault(o, []).append(att)
    triggers = _triggers(ctx, owner)
    reporters = quote_reporters(ctx)
    quoted: dict[int, Token] = {}
    for p in preds:
        verb = next((v for (a, b), v in reporters.items() if a <= ctx.base + p.idx < b), None)
        if verb is not None and verb.i != p.i:
            quoted[p.i] = verb
    own_tokens: dict[int, list[Token]] = {}
    for tok in ctx.tokens:
        if owner[tok.i] >= 0 and not tok.is_punct and not tok.is_space:
            own_tokens.setdefault(owner[tok.i], []).append(tok)
    question = ctx.sentence.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")
    facts: list[Fact] = []
    ids: dict[int, str] = {}
    for p in preds:
        ids[p.i] = fact_id(ctx.article, ctx.base + p.idx)
    for p in preds:
        facts.extend(
            _facts_of(
                ctx,
                p,
                clauses,
                owner,
                according,
                by_owner.get(p.i, []),
                triggers.get(p.i, []),
                own_tokens.get(p.i, [p]),
                question,
                ids,
                quoted,
            )
        )
    return facts


def _triggers(ctx: SentenceContext, owner: list[int]) -> dict[int, list[tuple[str, Token]]]:
    """Event triggers (the knowledge's trigger patterns, anchored to the
    token that heads each match) by the predicate that owns them."""
    out: dict[int, list[tuple[str, Token]]] = {}
    seen: set[int] = set()
    starts = ctx.starts
    for et in ctx.knowledge.event_types:
        for pat in et.triggers:
            for m in pat.finditer(ctx.sentence.text):
                rng = range(bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end()))
                toks = [ctx.tokens[i] for i in rng]
                toks = [t for t in toks if t.pos_ in ("NOUN", "VERB", "PROPN", "AUX")] or toks
                if not toks:
                    continue
                head = next((t for t in toks if t.head.i not in {x.i for x in toks} or t.head == t), toks[-1])
                if head.i in seen or owner[head.i] < 0 or head.tag_ in ("NNS", "NNPS"):
                    continue  # a plural event noun ("his conversations") is no one event
                seen.add(head.i)
                out.setdefault(owner[head.i], []).append((et.type, head))
    for v in out.values():
        v.sort(key=lambda x: x[1].i)
    return out


def _persons(ctx: SentenceContext, toks: Sequence[Token]) -> list[str]:
    out: list[str] = []
    for t in toks:
        m = ctx.entity_of.get(t.i)
        if m is not None and m.type == "person":
            out.append(m.entity)
        out.extend(ctx.pronoun_of.get(t.i, ()))
    return list(dict.fromkeys(out))


def _facts_of(
    ctx: SentenceContext,
    p: Token,
    clauses: dict[int, _Clause],
    owner: list[int],
    according: dict[int, Attribution],
    atts: list[Attachment],
    triggers: list[tuple[str, Token]],
    own: list[Token],
    question: bool,
    ids: dict[int, str],
    quoted: dict[int, Token],
) -> list[Fact]:
    cl = clauses[p.i]
    lemma = lemma_of(p)
    pol, cues = polarity(p)
    mod, mod_cue = modality(p, question)
    attribution = _attribution(ctx, p, clauses, owner, according, quoted.get(p.i))
    span = _chars(ctx, own)
    text = ctx.text[span.start : span.end]
    in_quote = any(a <= ctx.base + p.idx < b for a, b in ctx.quote_spans)
    if in_quote and attribution.kind in ("reported", "none") and attribution.source:
        attribution = attribution.model_copy(update={"kind": "direct"})
    negation = None
    if pol == "negative":
        cue = cues[0]
        first, last = ctx.doc[cue.first], ctx.doc[cue.last]
        cspan = ctx.span(ctx.base + first.idx, ctx.base + last.idx + len(last.text))
        negation = Negation(article=ctx.article, span=cspan, text=ctx.text[cspan.start : cspan.end], scope=span)
        ctx.negations.append(negation)
    args = tuple(_argument(ctx, role, t, split_conj=False) for role, t in cl.args)
    obj = next((a.text for a in args if a.role in ("object", "attr")), None)
    if obj is None:
        obj = next((a.text for a in args if a.role in ("ccomp", "xcomp")), None)
    if obj is None:
        obj = next((a.text for a in args if a.role.startswith("obl")), "")
    own_ids = {t.i for t in own}
    entities = [ctx.entity_of[i].entity for i in sorted(own_ids) if i in ctx.entity_of]
    entities += [a.entity for a in args if a.entity]
    persons = _persons(ctx, own)
    subj_args = [_argument(ctx, "subject", s, split_conj=True) for s in cl.subjects]
    # people taking part: persons named in the clause, and the subjects,
    # objects and with-/to-obliques that are names the recogniser left untyped
    with_person = len(subj_args) > 1 and any(a.entity_type == "person" for a in subj_args)
    for a in (*subj_args, *args):
        if a.role not in ("subject", "object", "iobj", "obl:with", "obl:to"):
            continue
        # a name conjoined with a person is taken to be one too ("Ana Silva and Rui Moreno")
        typed = (
            ("person", "name", "place", "organization") if with_person and a.role == "subject" else ("person", "name")
        )
        if a.entity and a.entity_type in typed and a.entity not in persons:
            persons.insert(
                sum(1 for x in subj_args if x.entity in persons) if a.role == "subject" else len(persons), a.entity
            )
        if a.entity and a.entity not in entities:
            entities.insert(0, a.entity)
    quantities = tuple(q for q in ctx.quantities if span.start <= q.span.start < span.end)
    trigger_tokens = {t.i for _, t in triggers}
    time = _time_of(ctx, atts, p, trigger_tokens, own_ids)
    parent = (
        ids.get(owner[p.head.i])
        if p.head != p and p.dep_ in ("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "csubj", "parataxis")
        else None
    )
    base = dict(
        article=ctx.article,
        sentence=ctx.sentence.index,
        line=ctx.sentence.line,
        span=span,
        predicate=lemma,
        object=" ".join(obj.split()),
        entities=tuple(dict.fromkeys(entities)),
        quantities=quantities,
        polarity=pol,
        negation=negation,
        attribution=attribution,
        participants=tuple(persons),
        text=text,
        stems=tuple(sorted(content_stems(text))),
        in_quote=in_quote,
        lemma=lemma,
        predicate_span=_span_of(ctx, p),
        voice=cl.voice,
        modality=mod,
        modality_cue=mod_cue,
        attachments=tuple(sorted(atts, key=lambda a: (a.span.start, a.kind))),
        parent=parent,
    )
    facts: list[Fact] = []
    subjects: list[Argument | None] = list(subj_args) if subj_args else [None]
    events: list[tuple[str, Token] | None] = list(triggers) if triggers else [None]
    for si, subj in enumerate(subjects):
        for ei, ev in enumerate(events):
            fid = ids[p.i] if si == 0 and ei == 0 else fact_id(ctx.article, ctx.base + p.idx, si, ei)
            extra: dict[str, object] = {"time": time}
            if ev is not None:
                etype, trig = ev
                tspan = _span_of(ctx, trig)
                definite = any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in trig.children)
                # an event noun is dated by its own date ("the March 28 call"), or by the
                # clause's when the verb only carries it ("had a call on Friday"): "asked
                # about it after the call" does not date the call
                ev_time = time if trig.i == p.i or lemma in _LIGHT_VERBS else _time_of(ctx, atts, trig, set(), set())
                extra = dict(
                    time=ev_time,
                    event_type=etype,
                    trigger=ctx.text[tspan.start : tspan.end],
                    trigger_span=tspan,
                    definite=definite and ev_time is None,
                )
            facts.append(
                Fact(
                    id=fid,
                    subject=(subj.entity or subj.text) if subj is not None else None,
                    args=((subj,) if subj is not None else ()) + args,
                    **base,
                    **extra,
                )
            )
    return facts


def _time_of(
    ctx: SentenceContext, atts: list[Attachment], p: Token, trigger_tokens: set[int], own: set[int]
) -> TimeMention | None:
    """The date of the clause: one attached to its predicate or to one of its
    event nouns, or by a preposition to a noun of the clause ("spoke by phone
    on Friday"); a date that modifies a noun ("the 2030 Games") does not."""
    heads = {ctx.base + p.idx} | {ctx.base + ctx.doc[i].idx for i in trigger_tokens}
    nouns = {ctx.base + ctx.doc[i].idx for i in own if ctx.doc[i].pos_ in ("NOUN", "PROPN")}
    for a in atts:
        if a.kind == "date" and (
            a.head_span.start in heads
            or (a.head_span.start in nouns and a.relation.startswith(("nmod", "obl")) and a.relation != "nmod:poss")
        ):
            return next((t for t in ctx.times if t.span == a.span), None)
    return None


def quote_reporters(ctx: SentenceContext) -> dict[tuple[int, int], Token]:
    """The reporting verb of each quotation that starts in this sentence: the
    verb the quoted words attach to (the quotation's clause is a complement
    of it, or the verb hangs off the quotation: '"...," she said'), or the
    one reporting verb of the sentence outside the quotation
    ("the minister told him, 'We have a deal'")."""
    out: dict[tuple[int, int], Token] = {}
    s0, s1 = ctx.sentence.span.start, ctx.sentence.span.end
    for a, b in ctx.quote_spans:
        if not (s0 <= a < s1):
            continue
        inside = [ctx.tokens[i] for i in ctx.token_range(Span(start=a, end=b))]
        ids = {t.i for t in inside}
        verb = None
        for t in inside:
            if t.head.i in ids and t.head.i != t.i:
                continue
            cur = t
            for _ in range(8):
                if cur.lemma_.casefold() in REPORTING and cur.i not in ids:
                    verb = cur
                    break
                if cur.head.i == cur.i:
                    break
                cur = cur.head
            if verb is None:
                verb = next(
                    (
                        c
                        for c in cur.children
                        if c.i not in ids
                        and c.lemma_.casefold() in REPORTING
                        and c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                    ),
                    None,
                )
            if verb is not None:
                break
        if verb is None:
            outside = [
                t for t in ctx.tokens if t.i not in ids and t.lemma_.casefold() in REPORTING and t.pos_ == "VERB"
            ]
            verb = (
                outside[-1]
                if outside and all(x.i < min(ids, default=0) for x in outside) or len(outside) == 1
                else None
            )
        if verb is not None:
            out[(a, b)] = verb
    return out
