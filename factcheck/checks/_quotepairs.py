"""Candidate pairs of quotations from different articles, blocked by shared
three-word shingles of their normalised text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

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

        def keep(a: str | None, b: str | None, relation: str) -> bool:
            if relation not in relations:
                return False
            return not two_speakers or bool(a and b and not lex.same_person(a, b))

        cache[key] = list(_quote_pairs(corpus, min_words, max_df, keep))
    return iter(cache[key])


@dataclass
class _Quotations:
    """What is held of every quotation of the corpus (of ``min_words`` or
    more), by number: its place, article, text, speaker and shingles, the
    strings held once (the words of a republished quotation hold no copy of
    their own); and the quotations holding each shingle."""

    places: list[tuple[str, int]] = field(default_factory=list)  # (the extraction's key, the quotation's number)
    articles: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    speakers: list[str | None] = field(default_factory=list)
    shingles: list[tuple[str, ...]] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def of(cls, corpus: Corpus, min_words: int) -> _Quotations:
        out = cls()
        one: dict[str, str] = {}  # one copy of each text, speaker and shingle
        for key, ex in corpus.extractions.items():
            for n, q in enumerate(ex.quotes):
                words = normalize_quote(q.text).split()
                if len(words) < min_words:
                    continue
                i = len(out.places)
                out.places.append((key, n))
                out.articles.append(q.article)
                out.texts.append(one.setdefault(q.text, q.text))
                out.speakers.append(None if q.speaker is None else one.setdefault(q.speaker, q.speaker))
                shingles = {" ".join(words[k : k + 3]) for k in range(len(words) - 2)}
                held = tuple(one.setdefault(sh, sh) for sh in sorted(shingles))
                for sh in held:
                    out.index[sh].append(i)
                out.shingles.append(held)
        return out

    def read(self, corpus: Corpus, numbers: Iterable[int]) -> dict[int, Quote]:
        """The quotations of these numbers, each extraction read once (a
        streamed corpus reads it from the store)."""
        wanted: dict[str, dict[int, int]] = defaultdict(dict)
        for i in numbers:
            key, n = self.places[i]
            wanted[key][n] = i
        out: dict[int, Quote] = {}
        for key in sorted(wanted):
            quotes = corpus.extractions[key].quotes
            out.update((i, quotes[n]) for n, i in wanted[key].items())
        return out


def _quote_pairs(
    corpus: Corpus, min_words: int, max_df: int, keep: Callable[[str | None, str | None, str], bool]
) -> Iterator[tuple[Quote, Quote, QuoteComparison]]:
    """The pairs :func:`quote_pairs` keeps (``keep``: the speakers of the two
    quotations and how they compare), in the corpus's order. What is held of
    every quotation is compact (:class:`_Quotations`); the quotations of the
    pairs kept are read again from their extractions at the end."""
    table = _Quotations.of(corpus, min_words)
    articles, shingles, index = table.articles, table.shingles, table.index
    # Two quotations that are the same, one part of the other, or variants
    # share a run of at least min(VARIANT_MIN_RUN, min_words) words; when that
    # is 4 or more, the run holds two different shingles unless it is one word
    # repeated. Pairs sharing a single other shingle can only compare as
    # "different" and are not compared at all.
    prefilter = min(VARIANT_MIN_RUN, min_words) >= 4
    kept: list[tuple[int, int, QuoteComparison]] = []
    for i, article in enumerate(articles):
        cands: set[int] = set()
        for sh in shingles[i]:
            posting = index[sh]
            if _postings(corpus, sh, min_words, len(posting)) > max_df:
                continue
            cands.update(j for j in posting if j > i and articles[j] != article)
        mine = set(shingles[i])
        for j in sorted(cands):
            if prefilter:
                shared = mine.intersection(shingles[j])
                if len(shared) < 2 and not any(len(set(sh.split())) == 1 for sh in shared):
                    continue
            cmp = compare_quotes(table.texts[i], table.texts[j])
            if keep(table.speakers[i], table.speakers[j], cmp.relation):
                kept.append((i, j, cmp))
    quotes = table.read(corpus, (k for i, j, _cmp in kept for k in (i, j)))
    for i, j, cmp in kept:
        yield quotes[i], quotes[j], cmp


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
