"""Per-article extraction: sentences -> parse -> mentions -> facts.

The article body is segmented into sentences (page furniture flagged, spans
exact; never the front matter), the sentences that are not furniture are
parsed once with ``nlp.pipe`` in batches (one sentence per doc, so spaCy's
``max_length`` never matters for an article), and everything else is read
from those parses: entity mentions (:mod:`.entities`), facts
(:mod:`.clauses`), the speakers of quotations. Times and quantities come
from their own recognisers (:mod:`.timex`, :mod:`.quantities`) and are
attached to the words they describe by the tree. The work is linear in the
article: mentions are indexed by sentence and token, never searched for
again per clause.

Each step is a registered extractor unit (:mod:`.registry`; the built-in
ones in :mod:`.units`), and :data:`PIPELINE` is their order: adding an
extractor is one module that defines its :class:`~.registry.Unit` and one
entry below.

A pure function of one article, the knowledge loaded from ``rules/`` and
the spaCy pipeline; its result (:class:`Extraction`) is what the cache
stores, under a key that includes the extractor version, every unit's name
and version (:attr:`Pipeline.fingerprint`) and the spaCy pipeline's
fingerprint (``pipeline/cache.py``).
"""

from __future__ import annotations

from spacy.language import Language

from ..knowledge.base import Knowledge
from ..model.models import Article, Extraction
from .nlp import load_nlp
from .registry import Pipeline, State
from .units import CONTEXTS, ENTITIES, FACTS, PARSE, QUANTITIES, QUOTES, SAID_WHEN, SENTENCES, SPEAKERS, TIMES

#: The extractor units, in the order they run (one entry per extractor).
PIPELINE = Pipeline(
    (
        SENTENCES,
        PARSE,
        ENTITIES,
        TIMES,
        QUANTITIES,
        QUOTES,
        CONTEXTS,
        SAID_WHEN,
        FACTS,
        SPEAKERS,
    )
)


def extract(
    article: Article, knowledge: Knowledge, nlp: Language | None = None, *, pipeline: Pipeline = PIPELINE
) -> Extraction:
    """Extract mentions and facts from one article, running ``pipeline``'s units in order."""
    state = pipeline.run(State(article=article, knowledge=knowledge, nlp=nlp if nlp is not None else load_nlp()))
    return Extraction(
        article=article,
        sentences=tuple(state.sentences),
        entities=tuple(state.entities.mentions),
        times=tuple(state.times),
        quantities=tuple(state.quantities),
        quotes=tuple(state.quotes),
        negations=tuple(state.negations),
        facts=tuple(state.facts),
    )
