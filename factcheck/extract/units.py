"""The built-in extractor units (:mod:`.registry`), in the order they run.

sentences (segmentation, furniture flagged) -> parse (one spaCy doc per body
sentence, in batches) -> entities -> times -> quantities -> quotes (the
scanners and recognisers, each over the body) -> contexts (per parsed
sentence: its mentions, quotation spans and resolved pronouns) -> said_when
(relative times inside a quotation re-read from the day it was said) -> facts
(clauses, with their negations) -> speakers (the speaker of each quotation
read from the parse). Each unit adapts one recogniser to the state; the
recognisers themselves know nothing of the registry.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..ingest.segment import segment
from ..knowledge import meaning
from ..knowledge.base import Knowledge
from ..model.models import EntityMention, Fact, Negation, Quantity, Quote, Sentence, TimeMention
from .clauses import SentenceContext, quote_reporters, sentence_facts
from .entities import Pronouns, SentenceDoc, resolve_entities
from .nlp import one_blas_thread
from .quantities import extract_quantities
from .quotes import attribute_quotes, extract_quotes
from .registry import State, Unit
from .said_when import reanchor, said_on
from .timex import extract_times

BATCH_SIZE = 64


def parse_sentences(nlp: Language, text: str, sentences: Sequence[Sentence]) -> list[SentenceDoc]:
    """One doc per sentence, parsed in batches; a sentence longer than the
    pipeline's ``max_length`` (not prose) is left unparsed."""
    todo = [s for s in sentences if len(s.text) <= nlp.max_length]
    with one_blas_thread():
        docs: list[Doc] = list(nlp.pipe((s.text for s in todo), batch_size=BATCH_SIZE))
    return [SentenceDoc(index=s.index, base=s.span.start, doc=d) for s, d in zip(todo, docs)]


def _by_sentence(
    items: Sequence[TimeMention | Quantity | EntityMention], sentences: Sequence[Sentence]
) -> dict[int, list]:
    """Mentions grouped by the sentence that holds them (one merge pass over
    two sorted lists)."""
    out: dict[int, list] = {}
    ordered = sorted(items, key=lambda m: m.span.start)
    i = 0
    for s in sentences:
        while i < len(ordered) and ordered[i].span.start < s.span.start:
            i += 1
        while i < len(ordered) and ordered[i].span.start < s.span.end:
            out.setdefault(s.index, []).append(ordered[i])
            i += 1
    return out


def _quotes_by_sentence(quotes: Sequence[Quote], sentences: Sequence[Sentence]) -> dict[int, list[tuple[int, int]]]:
    """The quotation spans that overlap each sentence."""
    starts = [s.span.start for s in sentences]
    out: dict[int, list[tuple[int, int]]] = {}
    for q in quotes:
        i = max(0, bisect.bisect_right(starts, q.span.start) - 1)
        while i < len(sentences) and sentences[i].span.start < q.span.end:
            if sentences[i].span.end > q.span.start:
                out.setdefault(sentences[i].index, []).append((q.span.start, q.span.end))
            i += 1
    return out


# ----------------------------------------------------------------------------- units


def _sentences(st: State) -> Mapping[str, Any]:
    sentences = segment(st.article)
    return {"sentences": sentences, "body": [s for s in sentences if not s.furniture]}


def _parse(st: State) -> Mapping[str, Any]:
    return {"parsed": parse_sentences(st.nlp, st.article.text, st.body)}


def _entities(st: State) -> Mapping[str, Any]:
    return {"entities": resolve_entities(st.article.id, st.article.text, st.parsed, st.knowledge.lexicon)}


def _times(st: State) -> Mapping[str, Any]:
    a = st.article
    times: list[TimeMention] = []
    for s in st.body:
        times.extend(extract_times(a.id, a.text, a.published, start=s.span.start, end=s.span.end))
    return {"times": times}


def _quantities(st: State) -> Mapping[str, Any]:
    a = st.article
    quantities: list[Quantity] = []
    for s in st.body:
        quantities.extend(extract_quantities(a.id, a.text, start=s.span.start, end=s.span.end))
    return {"quantities": quantities}


def _lookup(knowledge: Knowledge, name: str) -> str | None:
    hit = knowledge.lexicon.lookup(name)
    return hit[0] if hit else None


def _quotes(st: State) -> Mapping[str, Any]:
    return {"quotes": extract_quotes(st.article.id, st.article.text, st.body)}


def _pronouns(pronouns: Pronouns, sd: SentenceDoc, entity_of: dict[int, EntityMention]) -> dict[int, tuple[str, ...]]:
    """The entities the pronouns (and nominal mentions) of one sentence refer
    to, read in text order."""
    pronoun_of: dict[int, tuple[str, ...]] = {}
    persons: list[str] = []
    demoted: list[str] = []
    qualifies: dict[int, bool] = {}  # mention start -> whether it only qualifies a noun, read once per mention
    for tok in sd.doc:
        m = entity_of.get(tok.i)
        if m is not None and m.type == "person":
            if m.span.start not in qualifies:
                qualifies[m.span.start] = _qualifies_a_noun(tok, entity_of, m)
            if qualifies[m.span.start]:
                if m.entity not in demoted:
                    demoted.append(m.entity)
            elif not persons or persons[-1] != m.entity:
                persons.append(m.entity)
        elif tok.pos_ in ("PRON", "NUM", "NOUN", "DET"):
            ids = pronouns.resolve(sd.index, tok, [d for d in demoted if d not in persons] + persons)
            if ids:
                pronoun_of[tok.i] = ids
    pronouns.see(
        sd.index,
        persons + [i for ids in pronoun_of.values() for i in ids if len(ids) == 1],
        group_referred=any(len(ids) > 1 for ids in pronoun_of.values()),
    )
    return pronoun_of


def _qualifies_a_noun(tok: Token, entity_of: dict[int, EntityMention], m: EntityMention) -> bool:
    """Whether a name only qualifies the noun of people after it ("Georgia
    prosecutors", "a Tom Ray supporter"): the prosecutors, the supporter are
    who the clause speaks of, so the name is the last antecedent its own
    sentence offers a pronoun and none of a later sentence's. Not a noun of
    no person ("Tom Reyes Monday night said he", "a Tom Reyes speech"). Read on
    the word of the name the parse hangs outside it."""
    words = [t for t in tok.doc if entity_of.get(t.i) is m]
    inside = {w.i for w in words}
    root = next((w for w in words if w.head.i not in inside), words[-1])
    head = root.head
    return (
        root.dep_ in ("compound", "amod", "nmod")
        and head.i > words[-1].i
        and head.pos_ == "NOUN"
        and meaning.is_a(head.lemma_.lower(), "person")
    )


def _contexts(st: State) -> Mapping[str, Any]:
    body, text = st.body, st.article.text
    resolved = st.entities
    quotes_of = _quotes_by_sentence(st.quotes, body)
    times_of = _by_sentence(st.times, body)
    qty_of = _by_sentence(st.quantities, body)
    places_of = _by_sentence(
        [m for m in resolved.mentions if m.type in ("place", "name", "organization") and m.how != "apposition"], body
    )
    by_index = {s.index: s for s in body}
    pronouns = Pronouns()
    contexts: list[SentenceContext] = []
    for sd in st.parsed:
        entity_of = resolved.by_token.get(sd.index, {})
        contexts.append(
            SentenceContext(
                article=st.article.id,
                text=text,
                sentence=by_index[sd.index],
                doc=sd.doc,
                base=sd.base,
                entity_of=entity_of,
                pronoun_of=_pronouns(pronouns, sd, entity_of),
                times=times_of.get(sd.index, []),
                quantities=qty_of.get(sd.index, []),
                places=places_of.get(sd.index, []),
                quote_spans=quotes_of.get(sd.index, []),
                knowledge=st.knowledge,
            )
        )
    return {"contexts": contexts}


def _said_when(st: State) -> Mapping[str, Any]:
    """The article's times with the relative ones inside a quotation read from
    the day it was said, when its reporting verb names that day
    (:mod:`.said_when`); each sentence context gets the same mentions."""
    article, contexts, times = st.article, st.contexts, st.times
    unchanged = {"times": times, "contexts": contexts}
    said = []
    for ctx in contexts:
        for quote, verb in quote_reporters(ctx).items():
            when = said_on(verb, ctx.base, ctx.times, quote)
            if when is not None:
                said.append((quote, when))
    if not said:
        return unchanged
    again = reanchor(article.id, article.text, article.published, said, times)
    if not again:
        return unchanged
    for ctx in contexts:
        ctx.times = [again.get((t.span.start, t.span.end), t) for t in ctx.times]
    return {"times": [again.get((t.span.start, t.span.end), t) for t in times], "contexts": contexts}


def _facts(st: State) -> Mapping[str, Any]:
    facts: list[Fact] = []
    negations: list[Negation] = []
    for ctx in st.contexts:
        facts.extend(sentence_facts(ctx))
        negations.extend(ctx.negations)
    return {"facts": facts, "negations": list(dict.fromkeys(negations))}


def _speakers(st: State) -> Mapping[str, Any]:
    knowledge = st.knowledge
    return {
        "quotes": attribute_quotes(st.article.text, st.quotes, st.contexts, lambda n: _lookup(knowledge, n)),
    }


SENTENCES = Unit("sentences", "1", ("article",), ("sentences", "body"), _sentences)
PARSE = Unit("parse", "1", ("nlp", "body"), ("parsed",), _parse)
ENTITIES = Unit("entities", "1", ("article", "knowledge", "parsed"), ("entities",), _entities)
TIMES = Unit("times", "1", ("article", "body"), ("times",), _times)
QUANTITIES = Unit("quantities", "5", ("article", "body"), ("quantities",), _quantities)
QUOTES = Unit("quotes", "2", ("article", "body"), ("quotes",), _quotes)
CONTEXTS = Unit(
    "contexts",
    "1",
    ("article", "knowledge", "body", "parsed", "entities", "times", "quantities", "quotes"),
    ("contexts",),
    _contexts,
)
SAID_WHEN = Unit("said_when", "1", ("article", "contexts", "times"), ("times", "contexts"), _said_when)
FACTS = Unit("facts", "6", ("contexts",), ("facts", "negations"), _facts)
SPEAKERS = Unit("speakers", "3", ("article", "knowledge", "contexts", "quotes"), ("quotes",), _speakers)
