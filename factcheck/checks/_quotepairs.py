"""Candidate pairs of quotations from different articles, blocked by shared
three-word shingles of their normalised text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..engine.corpus import Corpus
from ..extract.quotes import VARIANT_MIN_RUN, QuoteComparison, compare_quotes, normalize_quote
from ..model.models import Quote
from ..text.words import STAND_INS

#: How two quotations compare (:class:`~factcheck.extract.quotes.QuoteComparison`).
RELATIONS = frozenset({"same", "partial", "variant", "different"})


def quote_pairs(
    corpus: Corpus, min_words: int, relations: frozenset[str], max_df: int = 30, *, two_speakers: bool = False
) -> Iterator[tuple[Quote, Quote, QuoteComparison]]:
    """Pairs of quotations from different articles that share a shingle, with
    their comparison, those whose comparison is one of ``relations`` ("same",
    "partial", "variant", "different"); with ``two_speakers``, only those
    given to two speakers, each resolved, who may not be one person written
    two ways (:meth:`~factcheck.knowledge.lexicon.Lexicon.same_person`).
    Computed once per corpus for each such choice (one rule reads them today:
    attribution). Only the pairs asked for are kept: the other pairs, with
    the words that differ between their quotations, and the quotations (which
    a streamed run does not hold otherwise), would be held to the end of the
    run for nothing; so would the copies of one quotation republished under
    one speaker, which pair with one another in every republication."""
    if not relations <= RELATIONS:
        raise ValueError(f"unknown quotation relations: {sorted(relations - RELATIONS)}; allowed: {sorted(RELATIONS)}")
    cache = corpus.quote_pairs
    key = (min_words, max_df, relations, two_speakers)
    if key not in cache:
        lex = corpus.knowledge.lexicon
        cache[key] = [
            p
            for p in _quote_pairs(corpus, min_words, max_df)
            if p[2].relation in relations
            and (
                not two_speakers or (p[0].speaker and p[1].speaker and not lex.same_person(p[0].speaker, p[1].speaker))
            )
        ]
    return iter(cache[key])


def _quote_pairs(corpus: Corpus, min_words: int, max_df: int) -> Iterator[tuple[Quote, Quote, QuoteComparison]]:
    quotes: list[Quote] = []
    shingles: list[set[str]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for ex in corpus.extractions.values():
        for q in ex.quotes:
            words = normalize_quote(q.text).split()
            if len(words) < min_words:
                continue
            sh = {" ".join(words[i : i + 3]) for i in range(len(words) - 2)}
            quotes.append(q)
            shingles.append(sh)
            for s in sh:
                index[s].append(len(quotes) - 1)
    # Two quotations that are the same, one part of the other, or variants
    # share a run of at least min(VARIANT_MIN_RUN, min_words) words; when that
    # is 4 or more, the run holds two different shingles unless it is one word
    # repeated. Pairs sharing a single other shingle can only compare as
    # "different" and are not compared at all.
    prefilter = min(VARIANT_MIN_RUN, min_words) >= 4
    done = set()
    for i, q in enumerate(quotes):
        cands: set[int] = set()
        for s in shingles[i]:
            posting = index[s]
            if _postings(corpus, s, min_words, len(posting)) > max_df:
                continue
            cands.update(j for j in posting if j > i and quotes[j].article != q.article)
        for j in sorted(cands):
            key = (i, j)
            if key in done:
                continue
            done.add(key)
            if prefilter:
                shared = shingles[i] & shingles[j]
                if len(shared) < 2 and not any(len(set(sh.split())) == 1 for sh in shared):
                    continue
            yield q, quotes[j], compare_quotes(q.text, quotes[j].text)


def _postings(corpus: Corpus, shingle: str, min_words: int, loaded: int) -> int:
    """Quotations that hold a shingle: in the whole corpus when the corpus
    holds only part of it (:class:`~factcheck.engine.corpus.CorpusStats`)."""
    if corpus.stats is None:
        return loaded
    total = corpus.stats.quote_postings(shingle, min_words)
    return loaded if total is None else total


def speaker_name(corpus: Corpus, q: Quote) -> str:
    """How a message names a quotation's speaker: the entity's name when it
    was resolved; the words as written when they name someone; "an unnamed
    speaker" for a pronoun ("he") or nothing."""
    if q.speaker:
        return corpus.entity_name(q.speaker)
    words = " ".join((q.speaker_text or "").split())
    if not words or all(w.strip(".,;:'’").lower() in STAND_INS for w in words.split()):
        return "an unnamed speaker"
    return words
