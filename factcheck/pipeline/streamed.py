"""``run`` in memory that does not grow with the corpus: extraction streamed
into the claims index, the analysis read back from its compact rows.

The in-memory path (:func:`~factcheck.pipeline.core.process`) holds every
extraction, every claim and the whole corpus graph for the analysis. Here:

1. **Extraction streams into the index** (:mod:`.cache`, :mod:`.indexed`):
   each article is extracted in a worker process, which also makes its index
   rows and compresses it (:func:`~.cache.stored_form`); the main process writes
   it to the store in article order and drops it. At most a window of
   articles is in flight, so results never pile up. Without a cache, the
   store is a file in a temporary folder, deleted at the end. An extraction
   that failed is kept (it has no facts, only its sentences) and reported.
2. **What the rules need of the whole corpus comes from compact rows**: the
   event mentions (clustered into events), the entity names (short names read
   as the corpus's long ones), the IDF weights of the claims' anchors, and the
   independent-source clusters (from the eight-word shingle hashes).
3. **Claims are aligned key group by key group**: one pass over the stored
   claims writes each claim's block keys (as read corpus-wide) to a temporary
   table; then, in key order, a chunk of key groups at a time, the claims of
   those groups are read back, one per verbatim twin class
   (:class:`~.kept.TwinClasses`: k copies of a story hold one copy's claims),
   and aligned with the engine's own
   :func:`~factcheck.engine.align.align`, as on a Dask cluster
   (:mod:`.dask`): a pair's alignment depends only on the pair, the IDF
   weights and the events, so only the aligned pairs are kept, and the claim
   rules align them again at their own thresholds.
4. **The rules read extractions when they ask for one**: from the store, a few
   at a time; a rule that reads every article (quotation pairs, incompatible
   claims) streams them in id order.

The report is the in-memory run's, byte for byte (``tests/test_streamed.py``).
What stays in memory for the whole run: the articles given (their text), the
event mentions, the anchors' IDF weights and the source clusters, a few KiB
an article. The aligned pairs go to the store as they are found
(:class:`~.kept.KeptStore`), and the claim rules read them back one slot at
a time (:class:`~.kept.StoredPairs`).
"""

from __future__ import annotations

import functools
import pickle
import sqlite3
import tempfile
import time
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from ..engine.align import MAX_DF, ClaimIndex, align, block_keys, idf_weight, later_copies, twin_signature
from ..engine.claims import SlotClaim
from ..engine.corpus import Corpus
from ..engine.events import cluster_events
from ..engine.grouping import clusters_of
from ..engine.names import renamed
from ..model.errors import InputError
from ..model.models import Article, Extraction
from ..rules.ruleset import RuleSet
from .cache import SQLiteCache, Stored, stored_form
from .core import Processed, Progress, extract_or_report, report_for
from .index_rows import text_shingles
from .indexed import _fill_cur, _mentions, _NameMap
from .kept import KeptStore, PartitionKept, StoredPairs, TwinClasses, pair_row, wanted_slots
from .parallel import extract_many

#: Articles handed to the extraction workers and not yet written.
WINDOW = 64
#: (block key, claim) rows aligned at a time: a chunk of whole key groups.
CHUNK_ROWS = 1_000
#: Extractions kept after a rule asked for them (the most recent ones).
RECENT = 8


@dataclass(frozen=True)
class _Done:
    """One article as it comes back from a worker: ready to store, or failed."""

    stored: Stored | None
    failed: Extraction | None


def _extract_for_store(article: Article, ruleset: RuleSet, version: str) -> _Done:
    ex = extract_or_report(article, ruleset)
    if ex.error is not None:
        return _Done(None, ex)
    return _Done(stored_form(ex, version, ruleset.knowledge.fingerprint), None)


def stream_into(
    cache: SQLiteCache,
    articles: Sequence[Article],
    ruleset: RuleSet,
    *,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> dict[str, Extraction]:
    """Extract the articles the store does not hold and write them to it, in
    article order, holding none; returns the extractions that failed (never stored)."""
    todo = [a for a in articles if not cache.has(a, ruleset)]
    fresh = extract_many(
        todo, functools.partial(_extract_for_store, ruleset=ruleset, version=cache.version), jobs=jobs, window=WINDOW
    )
    pending = {a.id for a in todo}
    failed: dict[str, Extraction] = {}
    for art in articles:
        if art.id in pending:
            done = next(fresh)
            if done.failed is not None:
                failed[art.id] = done.failed
            elif done.stored is not None:
                cache.store(done.stored)
        if progress is not None:
            progress.advance(art)
    return failed


# ----------------------------------------------------------------------------- extractions read when asked for


class StoredExtractions(Mapping[str, Extraction]):
    """A corpus's extractions by article id, in id order, read from the store
    when asked for (the last :data:`RECENT` kept); failed ones from memory."""

    def __init__(
        self, articles: Iterable[Article], failed: Mapping[str, Extraction], load: Callable[[Article], Extraction]
    ) -> None:
        self._articles = {a.id: a for a in sorted(articles, key=lambda a: a.id)}
        self._failed = failed
        self._load = load
        self._recent: OrderedDict[str, Extraction] = OrderedDict()

    def __getitem__(self, key: str) -> Extraction:
        if key in self._failed:
            return self._failed[key]
        ex = self._recent.get(key)
        if ex is not None:
            self._recent.move_to_end(key)
            return ex
        ex = self._load(self._articles[key])
        self._recent[key] = ex
        if len(self._recent) > RECENT:
            self._recent.popitem(last=False)
        return ex

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)

    def __contains__(self, key: object) -> bool:
        return key in self._articles


def _loader(cache: SQLiteCache, ruleset: RuleSet) -> Callable[[Article], Extraction]:
    def load(article: Article) -> Extraction:
        ex = cache.load(article.id, article.digest(), ruleset)
        if ex is None:  # a row the store cannot give back: extracted again
            ex = extract_or_report(article, ruleset)
        if ex.article != article:  # the same bytes, shown under another path
            ex = ex.model_copy(update={"article": article})
        return ex

    return load


# ----------------------------------------------------------------------------- state from compact rows


def source_clusters_on_index(
    conn: sqlite3.Connection, names: Mapping[int, str], failed: Iterable[Extraction]
) -> dict[str, str]:
    """:func:`factcheck.engine.grouping.source_clusters` over the articles in
    the ``cur`` table (and the failed extractions, never stored), from the
    index's shingle hashes: each shingle links its first holder (by id) to
    every other holder."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS extra_shingles (hash INTEGER NOT NULL, aid INTEGER NOT NULL)")
    conn.execute("DELETE FROM extra_shingles")
    every = dict(names)
    for i, ex in enumerate(sorted(failed, key=lambda e: e.article.id)):
        every[-1 - i] = ex.article.id
        conn.executemany("INSERT INTO extra_shingles VALUES (?, ?)", ((h, -1 - i) for h in text_shingles(ex.article)))
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for _hash, aids in conn.execute(
        "SELECT hash, group_concat(aid) FROM (SELECT t.hash, t.aid FROM text_shingles t JOIN cur USING (aid)"
        " UNION ALL SELECT hash, aid FROM extra_shingles) GROUP BY hash HAVING count(*) > 1"
    ):
        holders = sorted({every[int(a)] for a in aids.split(",")})
        for other in holders[1:]:
            shared[(holders[0], other)] += 1
    return clusters_of(sorted(every.values()), shared)


def _claims(rows: Iterable[tuple[int, str, bytes]], names: _NameMap) -> Iterator[tuple[int, SlotClaim]]:
    for aid, _claim, data in rows:
        yield aid, renamed(pickle.loads(data), names.map)  # noqa: S301 - written by this cache, in this store


def keyed_claims(
    conn: sqlite3.Connection,
    names: _NameMap,
    slots: Iterable[str],
    n_articles: int,
    fact_event: Mapping[str, str],
    copies: frozenset[int] = frozenset(),
) -> dict[str, float]:
    """One pass over the stored claims of the ``cur`` articles: each claim of
    ``slots``, with its block keys as read corpus-wide and its twin class (a
    hash of :func:`~factcheck.engine.align.twin_signature`, for this run only),
    into the temporary table ``keyed (key, aid, claim, twin)``; returns the IDF
    weight of every anchor (as :func:`~factcheck.engine.align.build_index` weighs them:
    ``n_articles`` distinct files, the anchors of the ``copies`` (article keys) not counted)."""
    wanted = set(slots)
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS keyed"
        " (key TEXT NOT NULL, aid INTEGER NOT NULL, claim TEXT NOT NULL, twin INTEGER NOT NULL)"
    )
    conn.execute("DELETE FROM keyed")
    df: Counter[str] = Counter()
    used: set[str] = set()
    last: int | None = None
    batch: list[tuple[str, int, str, int]] = []
    rows = conn.execute("SELECT c.aid, c.claim, c.data FROM claims c JOIN cur USING (aid) ORDER BY c.aid")
    for aid, c in _claims(rows, names):
        if aid != last:
            df.update(used)
            used, last = set(), aid
        if aid not in copies:
            used |= c.anchors
        if c.slot in wanted:
            twin = hash(twin_signature(c, fact_event.get(c.fact)))
            batch.extend((k, aid, c.id, twin) for k in block_keys(c))
        if len(batch) >= CHUNK_ROWS:
            conn.executemany("INSERT INTO keyed VALUES (?, ?, ?, ?)", batch)
            batch = []
    df.update(used)
    conn.executemany("INSERT INTO keyed VALUES (?, ?, ?, ?)", batch)
    return {a: idf_weight(n_articles, n) for a, n in df.items()}


def _key_groups(conn: sqlite3.Connection, too_common: set[str]) -> Iterator[list[tuple[str, int, str]]]:
    """Chunks of whole key groups, in key order: the keys held by two claims
    or more, of two articles or more, and by at most :data:`MAX_DF` twin
    classes (a key held by more is too common to block on; a sentence
    republished word for word counts once). The keys of two articles or more
    held by too many twin classes are added to ``too_common`` as they are read."""
    chunk: list[tuple[str, int, str]] = []
    group: list[tuple[str, int, str, int]] = []

    def blocks(group: list[tuple[str, int, str, int]]) -> bool:
        if len({c for _k, _a, c, _t in group}) < 2 or len({a for _k, a, _c, _t in group}) < 2:
            return False
        if len({t for _k, _a, _c, t in group}) > MAX_DF:
            too_common.add(group[0][0])
            return False
        return True

    for row in conn.execute("SELECT key, aid, claim, twin FROM keyed ORDER BY key"):
        if group and row[0] != group[0][0]:
            if blocks(group):
                chunk.extend((k, a, c) for k, a, c, _t in group)
                if len(chunk) >= CHUNK_ROWS:
                    yield chunk
                    chunk = []
            group = []
        group.append(row)
    if group and blocks(group):
        chunk.extend((k, a, c) for k, a, c, _t in group)
    if chunk:
        yield chunk


class _ChunkIndex(ClaimIndex):
    """The claims of one chunk of key groups. A pair that shares a key of an
    earlier chunk was a candidate there: it is not aligned again.

    The earlier chunks' keys are not kept (they grow with the corpus): chunks
    come in key order (SQLite orders text by its bytes in the database's
    encoding; in UTF-8, the encoding of every store factcheck creates, that is
    the order of Python's strings), so a key the two claims share came in an
    earlier chunk when it sorts before this chunk's first key, unless it was
    too common to block on. Every key two claims of two articles share is
    held by two claims of two articles: it blocks unless it is too common."""

    start: str  # this chunk's first key
    too_common: set[str]  # keys of two articles or more held by too many twin classes
    keys_of: dict[str, set[str]]

    def candidates(self, slot: str, focus: frozenset[str] | None = None) -> list[tuple[SlotClaim, SlotClaim]]:
        return [(a, b) for a, b in super().candidates(slot, focus) if not self._shared_earlier(a, b)]

    def _shared_earlier(self, a: SlotClaim, b: SlotClaim) -> bool:
        return any(k < self.start and k not in self.too_common for k in self._keys(a) & self._keys(b))

    def _keys(self, c: SlotClaim) -> set[str]:
        if c.id not in self.keys_of:
            self.keys_of[c.id] = block_keys(c)
        return self.keys_of[c.id]


def aligned_pairs(
    conn: sqlite3.Connection,
    names: _NameMap,
    idf: Mapping[str, float],
    fact_event: dict[str, str],
    ruleset: RuleSet,
    kept: KeptStore,
) -> None:
    """The candidate pairs each slot's lowest ``min_score`` keeps, key group by
    key group (see the module docstring), and the verbatim twins of their
    claims (:class:`~.kept.TwinClasses`), written to ``kept``."""
    wanted = wanted_slots(ruleset)
    lexicon = ruleset.knowledge.lexicon
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS need (aid INTEGER NOT NULL, claim TEXT NOT NULL)")
    too_common: set[str] = set()
    for chunk in _key_groups(conn, too_common):
        conn.execute("DELETE FROM need")
        conn.executemany("INSERT INTO need VALUES (?, ?)", sorted({(aid, claim) for _k, aid, claim in chunk}))
        rows = conn.execute(
            "SELECT c.aid, c.claim, c.data FROM need n JOIN claims c ON c.aid = n.aid AND c.claim = n.claim"
        )
        classes = TwinClasses(fact_event)
        for _aid, c in _claims(rows, names):  # (one claim at a time: the twins of the firsts are not held)
            classes.add(c)
        by_id = classes.firsts()
        graph = nx.MultiDiGraph()
        for key, _aid, claim in chunk:
            if claim in by_id:
                graph.add_edge(f"claim:{claim}", f"key:{key}", rel="keyed")
        index = _ChunkIndex(list(by_id.values()), by_id, idf, graph, fact_event, lexicon)
        index.start, index.too_common, index.keys_of = chunk[0][0], too_common, {}
        written: set[str] = set()  # (a twin class lies whole in every chunk: it is written once a chunk)
        for slot, min_score in wanted:
            for al in align(index, slot, min_score=min_score):
                kept.pairs([pair_row(slot, al.a, al.b)])
                for c in (al.a, al.b):
                    if c.id not in written:
                        written.add(c.id)
                        kept.twins(classes.rows(c))
    kept.flush()


# ----------------------------------------------------------------------------- the run


#: Aligns the claims elsewhere (on a Dask cluster), given the events of each
#: fact and the short names read as the corpus's long ones (the map
#: :func:`~factcheck.engine.names.renamed` reads): the IDF weights, and what
#: each partition kept, as it comes.
AlignedBy = Callable[[Mapping[str, str], Mapping[str, str]], tuple[Mapping[str, float], Iterable[PartitionKept]]]


def corpus_on_index(
    cache: SQLiteCache,
    articles: Sequence[Article],
    failed: Mapping[str, Extraction],
    ruleset: RuleSet,
    *,
    aligned_by: AlignedBy | None = None,
) -> Corpus | None:
    """The corpus every rule reads, from the store (see the module docstring);
    ``None`` when the store does not hold every article that did not fail.
    ``aligned_by``: the claims are aligned there, not here key group by key group."""
    conn = cache.connection
    if conn is None:
        return None
    lexicon_fp = ruleset.knowledge.fingerprint
    rows = {
        name: (aid, sha, fp) for aid, name, sha, fp in conn.execute("SELECT aid, article, sha256, rules FROM articles")
    }
    cur: dict[str, int] = {}
    for a in articles:
        if a.id in failed:
            continue
        row = rows.get(a.id)
        if row is None or row[1:] != (a.digest(), lexicon_fp):
            return None
        cur[a.id] = row[0]
    del rows
    _fill_cur(conn, ((aid,) for aid in cur.values()))
    names_of = {aid: name for name, aid in cur.items()}
    mentions = _mentions(conn, names_of)
    events, fact_event = cluster_events(mentions, ruleset.knowledge)
    names = _NameMap(conn)
    kept = KeptStore(conn, cur)
    if aligned_by is None:
        n_files, copies = later_copies(articles)
        idf: Mapping[str, float] = keyed_claims(
            conn,
            names,
            (slot for slot, _ in wanted_slots(ruleset)),
            n_files,
            fact_event,
            frozenset(cur[a] for a in copies if a in cur),
        )
        aligned_pairs(conn, names, idf, fact_event, ruleset, kept)
    else:
        idf, results = aligned_by(fact_event, names.map)
        for pair_rows, twins in results:  # (a pair sharing keys in two partitions is kept by both)
            kept.pairs(pair_rows)
            kept.twins(twins)
        kept.flush()
    index = StoredPairs(cache, names.map, idf, fact_event, ruleset.knowledge.lexicon)
    corpus = Corpus(
        StoredExtractions(articles, failed, _loader(cache, ruleset)), ruleset.knowledge, mentions, events, fact_event
    )
    # what the claim rules would build (checks.claims)
    corpus.claim_index, corpus.sources = index, source_clusters_on_index(conn, names_of, failed.values())
    return corpus


def process_streamed(
    articles: Sequence[Article],
    ruleset: RuleSet,
    *,
    cache: SQLiteCache | None = None,
    only_rules: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
    progress: Progress | None = None,
    jobs: int | None = None,
    timings: dict[str, float] | None = None,
) -> Processed | None:
    """:func:`~factcheck.pipeline.core.process` (without a focus) in memory that
    does not grow with the corpus: the same report, byte for byte. Through
    ``cache`` when given, else a store in a temporary folder. ``None`` when no
    store can be used (or it lost an article): then the caller runs in memory.
    The returned extractions hold each article and, for a failed extraction,
    its error (what was extracted is not kept). ``timings``, when given,
    receives the seconds of ``extract`` and ``analyse``."""
    if cache is not None:
        return _process(cache, articles, ruleset, only_rules, skipped, progress, jobs, timings)
    with (
        tempfile.TemporaryDirectory(prefix="factcheck-run-") as tmp,
        SQLiteCache(Path(tmp) / "cache.sqlite", nlp=ruleset.nlp) as own,
    ):
        return _process(own, articles, ruleset, only_rules, skipped, progress, jobs, timings)


def _process(
    cache: SQLiteCache,
    articles: Sequence[Article],
    ruleset: RuleSet,
    only_rules: Iterable[str] | None,
    skipped: Iterable[InputError],
    progress: Progress | None,
    jobs: int | None,
    timings: dict[str, float] | None,
) -> Processed | None:
    if cache.connection is None:
        return None
    start = time.perf_counter()
    failed = stream_into(cache, articles, ruleset, progress=progress, jobs=jobs)
    extracted = time.perf_counter()
    try:
        corpus = corpus_on_index(cache, articles, failed, ruleset)
    except sqlite3.Error:
        return None
    if corpus is None:
        return None
    errors = {aid: ex.error for aid, ex in failed.items() if ex.error}
    try:  # (the claim rules read the kept pairs from the store)
        report = report_for(corpus, articles, errors, ruleset, only_rules=only_rules, skipped=skipped)
    except sqlite3.Error:
        return None
    if timings is not None:
        timings["extract"] = round(extracted - start, 3)
        timings["analyse"] = round(time.perf_counter() - extracted, 3)
    return Processed(report, [failed.get(a.id) or Extraction(article=a, sentences=()) for a in articles])
