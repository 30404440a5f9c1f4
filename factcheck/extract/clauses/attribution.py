"""Who a clause is attributed to: the subject of a reporting verb, according to, typed sources."""

from __future__ import annotations

from spacy.tokens import Token

from ...model.models import (
    Attribution,
    Span,
)
from .context import _ANONYMOUS, _DOCUMENTS, NO_ATTRIBUTION, REPORTING, SentenceContext
from .predicates import _chars, _Clause, _entity, _phrase_tokens, lemma_of

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
