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
    more). By number: its place and article, and its class: the quotations of
    one text given to one speaker (a quotation republished word for word is
    one class, which compares alike with any other). By class: the text,
    speaker, shingles and members. And the classes holding each shingle, with
    how many quotations hold it. The strings are held once."""

    places: list[tuple[str, int]] = field(default_factory=list)  # (the extraction's key, the quotation's number)
    articles: list[str] = field(default_factory=list)
    class_of: list[int] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # by class
    speakers: list[str | None] = field(default_factory=list)
    shingles: list[tuple[str, ...]] = field(default_factory=list)
    members: list[list[int]] = field(default_factory=list)
    index: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))  # shingle -> classes
    held_by: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # shingle -> quotations

    @classmethod
    def of(cls, corpus: Corpus, min_words: int) -> _Quotations:
        out = cls()
        one: dict[str, str] = {}  # one copy of each text, speaker, article id and shingle
        classes: dict[tuple[str, str | None], int] = {}
        for key, ex in corpus.extractions.items():
            for n, q in enumerate(ex.quotes):
                words = normalize_quote(q.text).split()
                if len(words) < min_words:
                    continue
                c = classes.get((q.text, q.speaker))
                if c is None:
                    c = classes[(q.text, q.speaker)] = len(out.texts)
                    out.texts.append(one.setdefault(q.text, q.text))
                    out.speakers.append(None if q.speaker is None else one.setdefault(q.speaker, q.speaker))
                    shingles = {" ".join(words[k : k + 3]) for k in range(len(words) - 2)}
                    held = tuple(one.setdefault(sh, sh) for sh in sorted(shingles))
                    for sh in held:
                        out.index[sh].append(c)
                    out.shingles.append(held)
                    out.members.append([])
                out.members[c].append(len(out.places))
                out.places.append((key, n))
                out.articles.append(one.setdefault(q.article, q.article))
                out.class_of.append(c)
                for sh in out.shingles[c]:
                    out.held_by[sh] += 1
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
    quotations and how they compare), in the corpus's order: by the number of
    the first quotation, then of the second. What is held of every quotation
    is compact (:class:`_Quotations`); two classes are compared once (at most
    once each way), whatever the number of their members; the quotations of
    the pairs kept are read again from their extractions at the end."""
    table = _Quotations.of(corpus, min_words)
    articles, shingles, index, members = table.articles, table.shingles, table.index, table.members
    # Two quotations that are the same, one part of the other, or variants
    # share a run of at least min(VARIANT_MIN_RUN, min_words) words; when that
    # is 4 or more, the run holds two different shingles unless it is one word
    # repeated. Pairs sharing a single other shingle can only compare as
    # "different" and are not compared at all.
    prefilter = min(VARIANT_MIN_RUN, min_words) >= 4

    def judged(x: int, y: int) -> QuoteComparison | None:
        """How a quotation of class x compares with a later one of class y, when kept."""
        cmp = compare_quotes(table.texts[x], table.texts[y])
        return cmp if keep(table.speakers[x], table.speakers[y], cmp.relation) else None

    kept: list[tuple[int, int, QuoteComparison]] = []
    for cx in range(len(table.texts)):
        near: set[int] = set()
        for sh in shingles[cx]:
            if _postings(corpus, sh, min_words, table.held_by[sh]) <= max_df:
                near.update(cy for cy in index[sh] if cy >= cx)
        mine = set(shingles[cx])
        for cy in sorted(near):
            if prefilter:
                shared = mine.intersection(shingles[cy])
                if len(shared) < 2 and not any(len(set(sh.split())) == 1 for sh in shared):
                    continue
            # a pair's first quotation (by number) is of class x, or of class y: one comparison each way
            forward = judged(cx, cy)
            backward = forward if cx == cy else judged(cy, cx)
            if forward is None and backward is None:
                continue
            for i in members[cx]:
                for j in members[cy]:
                    if articles[i] == articles[j] or (cx == cy and i >= j):
                        continue
                    cmp = forward if i < j else backward
                    if cmp is not None:
                        kept.append((i, j, cmp) if i < j else (j, i, cmp))
    kept.sort(key=lambda k: (k[0], k[1]))
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
