"""Facts of a sentence: one per predicate, with its arguments, polarity, modality, attribution and attachments; the reporters of quotations."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ...model.models import (
    Argument,
    Attachment,
    Attribution,
    Fact,
    Negation,
    Span,
    TimeMention,
)
from ..negation import modality, polarity
from .attachments import START, _span_of, attachments
from .attribution import _according, _attribution
from .context import _LIGHT_VERBS, REPORTING, SentenceContext, fact_id
from .predicates import _argument, _chars, _Clause, _clauses, _owners, harm_verb, is_predicate, lemma_of

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
        if o < 0 and att.relation == START and tok_i >= 0:
            # a measure no predicate governs ("Tariffs on autos (effective May 3) risk a
            # recession", the root read as a noun): its start date goes with the nearest clause
            o = min(pred_ids, key=lambda p: (abs(p - tok_i), p))
        if o >= 0:
            by_owner.setdefault(o, []).append(att)
    shared = _share_harm_settings(ctx, by_owner)
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
    for o, toks in shared.items():
        # the shared place's name is the first verb's as well
        own_tokens.setdefault(o, [ctx.doc[o]]).extend(ctx.doc[i] for i in sorted(toks))
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


def _clause_as_argument(p: Token) -> bool:
    """A clause of being the parse made an object or a subject of the verb it
    hangs on ("said turnout was 60 percent", "percent" an object of "said"): a
    noun with a copula and a subject of its own."""
    return p.dep_ in ("obj", "nsubj") and all(any(c.dep_ == dep for c in p.children) for dep in ("cop", "nsubj"))


def _share_harm_settings(ctx: SentenceContext, by_owner: dict[int, list[Attachment]]) -> dict[int, set[int]]:
    """The date and place of the last of two joined verbs of harm, written
    after it on the verb itself ("killed 20 soldiers and injured 40 people in
    Westshire on Tuesday"; not "students from Westshire"), are also the first
    one's when it has neither a date nor a place of its own and the second is
    no clause with its own subject; the token indices of the places given, by
    the verb they are given to."""
    shared: dict[int, set[int]] = {}
    for o in list(by_owner):
        tok = ctx.doc[o]
        first = tok.head
        if tok.dep_ != "conj" or first.i == o or not (harm_verb(tok) and harm_verb(first)):
            continue
        if any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children):
            continue  # ("killed five on Monday, and they wounded 12 on Tuesday": a clause of its own)
        own = by_owner.setdefault(first.i, [])
        if any(a.kind in ("date", "place") for a in own):
            continue  # a setting of its own: the other verb's may be another's
        for kind in ("date", "place"):
            given = [
                a
                for a in by_owner[o]
                if a.kind == kind and a.span.start > tok.idx + ctx.base and a.relation.startswith("obl")
            ]
            if given:
                own.extend(
                    a.model_copy(update={"head": lemma_of(first), "head_span": _span_of(ctx, first)}) for a in given
                )
                if kind == "place":
                    shared.setdefault(first.i, set()).update(i for a in given for i in ctx.token_range(a.span))
    return shared


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
        if p.head != p
        and (
            p.dep_ in ("ccomp", "xcomp", "advcl", "acl", "acl:relcl", "relcl", "csubj", "parataxis")
            or _clause_as_argument(p)
        )
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


def _reports(t: Token) -> bool:
    return t.lemma_.casefold() in REPORTING


def quote_reporters(ctx: SentenceContext) -> dict[tuple[int, int], Token]:
    """The reporting verb of each quotation that starts in this sentence
    (:func:`reporting_verb`)."""
    out: dict[tuple[int, int], Token] = {}
    s0, s1 = ctx.sentence.span.start, ctx.sentence.span.end
    for a, b in ctx.quote_spans:
        if not (s0 <= a < s1):
            continue
        verb = reporting_verb(ctx, a, b)
        if verb is not None:
            out[(a, b)] = verb
    return out


def reporting_verb(
    ctx: SentenceContext, a: int, b: int, reports: Callable[[Token], bool] | None = None
) -> Token | None:
    """The reporting verb (a lemma of ``verbs``) of the quoted words at
    article offsets ``a``-``b``, as far as they fall in this sentence: the
    verb the quoted words attach to (the quotation's clause is a complement
    of it, or the verb hangs off the quotation: '"...," she said'), or the
    one reporting verb of the sentence outside the quotation ("the minister
    told him, 'We have a deal'"). ``reports`` tells a reporting verb (by
    default: its lemma is one of :data:`REPORTING`)."""
    if reports is None:
        reports = _reports

    inside = [ctx.tokens[i] for i in ctx.token_range(Span(start=a, end=b))]
    ids = {t.i for t in inside}
    verb = None
    for t in inside:
        if t.head.i in ids and t.head.i != t.i:
            continue
        cur = t
        for _ in range(8):
            if reports(cur) and cur.i not in ids:
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
                    if c.i not in ids and reports(c) and c.dep_ in ("parataxis", "ccomp", "advcl", "conj")
                ),
                None,
            )
        if verb is not None:
            break
    if verb is None:
        outside = [t for t in ctx.tokens if t.i not in ids and reports(t) and t.pos_ == "VERB"]
        verb = outside[-1] if outside and all(x.i < min(ids, default=0) for x in outside) or len(outside) == 1 else None
    return verb
