"""The pipeline on a Dask cluster, for a corpus that outgrows one machine.

``factcheck run DIR --scheduler ADDRESS`` (or :func:`process_on_cluster` with a
``distributed.Client``) gives the same report as a local run, byte for byte.
Dask is an optional extra (``pip install 'factcheck[dask]'``): this module
imports it only when a cluster is asked for, and nothing else in factcheck
imports this module's dependencies.

What runs where:

1. **Extraction, on the workers**: a map over batches of articles (the client
   reads the files, as a local run does, and ships their text, so the workers
   need factcheck installed but not the files). Each task makes its
   extractions ready for the client's store (step 4) and reads their claims
   (:func:`~factcheck.engine.claims.claims_of_extraction`); once the client
   has stored a batch, its worker keeps only its claims, pickled (a live
   extraction takes many times the memory). Once the client's store holds
   every article, a second task on each batch, where its claims lie, reads the
   short names in its claims as the corpus's long ones (the map built from the
   store's name rows, as a local run reads them), their block keys and, for
   the IDF weights, which anchors each article uses.
2. **A shuffle of claims by block key**: each batch splits its claims into
   ``partitions`` by a stable hash of the key (CRC-32, not Python's salted
   ``hash``), so every claim of one key lands in one partition. The
   partitions grow with the corpus (:data:`PARTITION_ARTICLES`), so one
   alignment task's memory does not; the batches grow beyond
   :data:`BATCHES`, so the shuffle's tasks grow linearly.
3. **Comparison per key group, on the workers**: each partition builds the
   candidate pairs of its keys and aligns them (the engine's own
   :func:`~factcheck.engine.align.align`: gate, IDF-weighted score, different
   events) with the corpus-wide IDF weights and event clusters.
4. **Streamed into a store on the client**: each batch's extractions, made
   ready on its worker (compressed, with their claims-index rows:
   :func:`~factcheck.pipeline.cache.stored_form`), are written in article
   order, as they come, to a claims index in a temporary folder and dropped,
   as a local ``run`` does (:mod:`.streamed`); the client holds no
   extraction. The event clustering, the short-name map and the
   independent-source clusters come from the store's compact rows; the pairs
   the workers kept go to the store as each partition's come
   (:class:`~.kept.KeptStore`); then every rule and the report as in a local
   run, reading a slot's kept pairs, or an extraction, from the store when a
   rule asks for it. The claim rules re-align only the kept pairs (a pair's
   alignment depends on nothing but the pair, the IDF weights and the events,
   so the result is the one a local run computes from every candidate pair).

What is not partitioned: grouping the aligned claims into slots and value
groups joins pairs across key groups (a slot is a connected component of
aligned pairs, which may span many keys), and the event clustering, the
independent-source clusters and the other check kinds (event dates,
attribution, incompatible claims) read the whole corpus. They run gathered on
the client, after the cluster's work.
"""

from __future__ import annotations

import pickle
import sqlite3
import sys
import tempfile
import time
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..engine.align import ClaimIndex, align, block_keys, idf_weight, later_copies
from ..engine.claims import SlotClaim, claims_of_extraction
from ..engine.names import renamed
from ..model.errors import InputError, UsageError
from ..model.models import Article, Extraction
from ..rules.ruleset import RuleSet
from .cache import SQLiteCache, Stored, extractor_version, stored_form
from .core import Processed, Progress, extract_or_report, report_for
from .kept import PairRow, PartitionKept, TwinClasses, TwinRow, Wanted, pair_row, wanted_slots
from .streamed import corpus_on_index

#: Articles per extraction task (fewer for a small corpus, so every worker
#: has several tasks; more for a large one, see :data:`BATCHES`).
BATCH = 24
#: Batches of a large corpus, about: beyond, a batch grows instead, so that the
#: shuffle's tasks (one for each batch and partition) grow only linearly with the corpus.
BATCHES = 256
#: ``--scheduler`` value that starts a cluster on this machine (``local:N`` for N workers).
LOCAL = "local"
DASK_MISSING = "--scheduler needs Dask: pip install 'factcheck[dask]'"

Keyed = tuple[tuple[int, int], str, SlotClaim]  # (order, block key, claim)


# ----------------------------------------------------------------------------- connecting


def connect(address: str) -> Any:
    """A ``distributed.Client`` for ``address`` (``tcp://host:8786``, or
    ``local`` / ``local:N`` for a cluster of N worker processes on this
    machine). A missing extra or an unreachable scheduler is a
    :class:`UsageError` with a one-line message."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise UsageError(DASK_MISSING) from exc
    if address == LOCAL or address.startswith(LOCAL + ":"):
        n = address.partition(":")[2]
        if n and (not n.isdecimal() or int(n) < 1):
            raise UsageError(f"--scheduler {address}: expected local or local:N (N workers, at least 1)")
        cluster = LocalCluster(n_workers=int(n) if n else 2, threads_per_worker=1, dashboard_address=None)
        return Client(cluster)
    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"--scheduler {address}: cannot reach the Dask scheduler ({exc})") from exc


#: Seconds to wait for a first worker before the run gives up.
WORKER_WAIT = 120


def check_workers(client: Any, nlp: str | None) -> None:
    """A :class:`UsageError` unless every worker extracts as this machine
    does (:func:`~.cache.extractor_version`: the release, the extractor and
    the spaCy pipeline; a function every release has, so an older worker is
    told apart too). A worker of another release would key or pickle its
    claims another way, and the run would fail far from the cause, or differ
    from a local run. Waits for a first worker; workers that join later are
    not asked."""
    try:
        client.wait_for_workers(1, timeout=WORKER_WAIT)
    except TimeoutError:
        raise UsageError(f"no Dask worker joined the scheduler within {WORKER_WAIT} s") from None
    mine = extractor_version(nlp)
    theirs: dict[str, object] = client.run(extractor_version, nlp, on_error="return")
    for worker, got in sorted(theirs.items(), key=lambda kv: kv[0]):
        if isinstance(got, OSError):
            continue  # a worker that left while asked
        if isinstance(got, BaseException):
            raise UsageError(
                f"Dask worker {worker} cannot run factcheck ({type(got).__name__}: {got}); install the same factcheck "
                "release on every worker (pip install 'factcheck[dask]')"
            )
    other = sorted((w, v) for w, v in theirs.items() if not isinstance(v, BaseException) and v != mine)
    if other:
        worker, version = other[0]
        raise UsageError(
            f"{len(other)} of {len(theirs)} Dask workers extract with another factcheck ({worker}: {version}; "
            f"this machine: {mine}); install the same release and spaCy pipeline on every worker"
        )


def close(client: Any) -> None:
    """Close the client and, for a ``local`` cluster, the cluster it started."""
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


# ----------------------------------------------------------------------------- worker tasks


def partition_of(key: str, partitions: int) -> int:
    """The partition of a block key: stable across processes and machines."""
    return zlib.crc32(key.encode("utf-8")) % partitions


@dataclass
class Batch:
    """What one extraction task returns: each extraction ready for the
    client's store, and the claims of each, pickled."""

    stored: list[tuple[Stored | None, Extraction | None]]  # (stored form, None), or (None, the failed extraction)
    claims: BatchClaims


@dataclass
class BatchClaims:
    """A batch's claims, all a worker keeps of it once its extractions are in
    the client's store: pickled, so they take a fraction of the live objects'
    memory, and Dask, which sees their size, can spill them to disk."""

    claims: bytes  # pickled list of (article id, its claims), in article order
    copies: frozenset[str] = frozenset()  # the articles whose anchors are not counted

    def __sizeof__(self) -> int:  # what dask.sizeof reads (it would see 56 bytes)
        return object.__sizeof__(self) + len(self.claims)


@dataclass
class KeyedBatch:
    """A batch's claims keyed, once the corpus's short names are known."""

    keyed: list[bytes]  # per partition: the pickled list of its Keyed entries
    anchors: Counter[str] = field(default_factory=Counter)  # articles of the batch using each anchor

    def __sizeof__(self) -> int:  # (as BatchClaims)
        return object.__sizeof__(self) + sum(map(len, self.keyed)) + sys.getsizeof(self.anchors)


def extract_batch(
    articles: Sequence[Article], ruleset: RuleSet, version: str, lexicon: str, copies: frozenset[str] = frozenset()
) -> Batch:
    """Extract a batch of articles: each made ready for the client's store of
    ``version`` and ``lexicon`` (compressed, with its claims-index rows:
    :func:`~.cache.stored_form`; a failed extraction is reported, never
    stored), and its claims read; the anchors of the ``copies`` (article ids)
    will not be counted. The extractions themselves are not kept."""
    stored: list[tuple[Stored | None, Extraction | None]] = []
    claims: list[tuple[str, list[SlotClaim]]] = []
    for article in articles:
        ex = extract_or_report(article, ruleset)
        claims.append((article.id, claims_of_extraction(ex)))
        stored.append((None, ex) if ex.error is not None else (stored_form(ex, version, lexicon), None))
    return Batch(stored, BatchClaims(pickle.dumps(claims, protocol=pickle.HIGHEST_PROTOCOL), copies))


def batch_stored(batch: Batch) -> list[tuple[Stored | None, Extraction | None]]:
    """The part of a batch the client stores (then releases)."""
    return batch.stored


def batch_claims(batch: Batch) -> BatchClaims:
    """The part of a batch the workers keep for keying."""
    return batch.claims


def key_batch(batch: BatchClaims, number: int, partitions: int, names: dict[str, str]) -> KeyedBatch:
    """Batch ``number`` (in article order): its claims with their short names
    read as the corpus's long ones (``names``, as a local run reads them:
    :func:`~factcheck.engine.names.renamed`), split into ``partitions`` by block
    key and pickled; and which anchors its articles use, for the IDF weights."""
    keyed: list[list[Keyed]] = [[] for _ in range(partitions)]
    anchors: Counter[str] = Counter()
    seq = 0
    for article_id, claims in pickle.loads(batch.claims):  # noqa: S301 - pickled by extract_batch, in this run
        used: set[str] = set()
        for c in claims:
            c = renamed(c, names)
            used |= c.anchors
            for k in sorted(block_keys(c)):
                keyed[partition_of(k, partitions)].append(((number, seq), k, c))
            seq += 1
        if article_id not in batch.copies:
            anchors.update(used)
    return KeyedBatch([pickle.dumps(part, protocol=pickle.HIGHEST_PROTOCOL) for part in keyed], anchors)


def batch_part(batch: KeyedBatch, partition: int) -> bytes:
    """One partition's share of a batch, pickled on the worker that keyed it:
    Dask moves one block of bytes between workers much faster than a list of
    many small objects."""
    return batch.keyed[partition]


def batch_anchors(batch: KeyedBatch) -> Counter[str]:
    return batch.anchors


def align_partition(
    parts: Sequence[bytes],
    idf: dict[str, float],
    fact_event: dict[str, str],
    ruleset: RuleSet,
    wanted: Wanted,
) -> bytes:
    """The aligned pairs of one partition's key groups, for each slot at the
    lowest ``min_score`` any rule asks of it, and the verbatim twins of their
    claims, as rows of the client's store (:class:`~.kept.KeptStore`: where
    the claims were read, not the claims, which the store holds), pickled."""
    # one batch's share at a time: only the first claim of each verbatim twin class is
    # held (k copies of a story are aligned as one), and where each claim is keyed
    classes = TwinClasses(fact_event)
    edges: list[tuple[tuple[int, int], str, str]] = []
    for part in parts:
        added: set[str] = set()  # (a claim is keyed once per key; it lies in its own batch's share)
        for order, key, claim in pickle.loads(part):  # noqa: S301 - pickled by key_batch, in this run
            edges.append((order, key, claim.id))
            if claim.id not in added:
                added.add(claim.id)
                classes.add(claim)
    by_id = classes.firsts()
    graph = nx.MultiDiGraph()
    for _order, key, claim_id in sorted(edges):
        if claim_id in by_id:
            graph.add_edge(f"claim:{claim_id}", f"key:{key}", rel="keyed")
    del edges
    index = ClaimIndex(list(by_id.values()), by_id, idf, graph, fact_event, ruleset.knowledge.lexicon)
    pairs: list[PairRow] = []
    twins: list[TwinRow] = []
    written: set[str] = set()
    for slot, min_score in wanted:
        for al in align(index, slot, min_score=min_score):
            pairs.append(pair_row(slot, al.a, al.b))
            # (a twin class lies whole in every partition that holds it)
            for c in (al.a, al.b):
                if c.id not in written:
                    written.add(c.id)
                    twins.extend(classes.rows(c))
    result: PartitionKept = (pairs, twins)
    return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


# ----------------------------------------------------------------------------- the client's side


def idf_weights(anchor_counts: Iterable[Counter[str]], n_articles: int) -> dict[str, float]:
    """IDF of each anchor over the corpus, as :func:`~factcheck.engine.align.build_index` computes it."""
    df: Counter[str] = Counter()
    for c in anchor_counts:
        df.update(c)
    return {a: idf_weight(n_articles, n) for a, n in df.items()}


def _workers(client: Any) -> int:
    try:
        return max(1, len(client.scheduler_info().get("workers", {})))
    except Exception:  # noqa: BLE001 - an old scheduler: any count works
        return 1


#: Articles per partition of the claims: the partitions grow with the corpus,
#: so one alignment task holds about this many articles' keyed claims whatever
#: the corpus's size (a partition holds a share of almost every article's
#: claims; a busy key is never split).
PARTITION_ARTICLES = 250


def default_partitions(client: Any, n_articles: int) -> int:
    """Two partitions a worker, or one every :data:`PARTITION_ARTICLES` articles of a larger corpus."""
    return max(2, 2 * _workers(client), -(-n_articles // PARTITION_ARTICLES))


def batch_size(n_articles: int, client: Any) -> int:
    """Articles per task: :data:`BATCH`, or more when the corpus would make
    over :data:`BATCHES` batches; fewer when the corpus is too small for four
    tasks a worker."""
    return max(1, min(max(BATCH, -(-n_articles // BATCHES)), n_articles // (4 * _workers(client))))


def process_on_cluster(
    articles: Sequence[Article],
    ruleset: RuleSet,
    client: Any,
    *,
    skipped: Iterable[InputError] = (),
    progress: Progress | None = None,
    batch: int | None = None,
    partitions: int | None = None,
    timings: dict[str, float] | None = None,
) -> Processed:
    """:func:`~factcheck.pipeline.core.process` on a Dask cluster: the same
    report, whatever the batch size, the partitions and the number of workers.
    The returned extractions hold each article and, for a failed extraction,
    its error (what was extracted stays in the store, which goes at the end).
    ``timings``, when given, receives the seconds of each phase: ``extract``
    (until every extraction is in the client's store), ``align`` (events and
    the short-name map from the store, then the cluster's keying, shuffle and
    alignment, until the kept pairs are in the client's store), ``rules`` (every rule
    and the report, on the client)."""
    from distributed import wait

    check_workers(client, ruleset.nlp)
    clock = _Clock(timings)
    arts = sorted(articles, key=lambda a: a.id)
    parts = partitions or default_partitions(client, len(arts))
    rs = client.scatter(ruleset, broadcast=True, hash=False)
    size = batch or batch_size(len(arts), client)
    batches = [arts[i : i + size] for i in range(0, len(arts), size)]
    n_files, copies = later_copies(arts)
    wanted = wanted_slots(ruleset)
    lexicon = ruleset.knowledge.fingerprint
    claims: list[Any] = []

    def on_cluster(
        fact_event: Mapping[str, str], names: Mapping[str, str]
    ) -> tuple[Mapping[str, float], Iterator[PartitionKept]]:
        # the claims are keyed once the store has every article's names: a short name is keyed as its long one
        (names_f,) = client.scatter([dict(names)], broadcast=True, hash=False)  # (a dict alone: one datum a key)
        where = client.who_has(claims)  # each batch is keyed where its claims lie (moving them would copy them)
        keyed = [client.submit(key_batch, f, n, parts, names_f, **_near(where, f)) for n, f in enumerate(claims)]
        claims.clear()  # each batch's claims go once keyed: its keyed shares replace them
        try:
            wait(keyed)
            _raise_failed(keyed)
            anchors = [client.submit(batch_anchors, k, pure=False) for k in keyed]
            # the shuffle: each partition takes its share of every batch
            shares = [[client.submit(batch_part, k, p, pure=False) for k in keyed] for p in range(parts)]
            idf = idf_weights(client.gather(anchors), n_files)
            idf_f, events_f = client.scatter([idf, dict(fact_event)], broadcast=True, hash=False)
            aligned = [client.submit(align_partition, s, idf_f, events_f, rs, wanted, pure=False) for s in shares]
        except BaseException:
            client.cancel(keyed)
            raise
        keyed.clear()
        anchors.clear()
        shares.clear()  # each share goes once its partition is aligned
        return idf, _results(aligned)

    with (
        tempfile.TemporaryDirectory(prefix="factcheck-cluster-") as tmp,
        SQLiteCache(Path(tmp) / "cache.sqlite", nlp=ruleset.nlp) as store,
    ):
        extracted = [
            client.submit(
                extract_batch, b, rs, store.version, lexicon, frozenset(a.id for a in b if a.id in copies), pure=False
            )
            for b in batches
        ]
        ready: list[Any] = [client.submit(batch_stored, f, pure=False) for f in extracted]
        claims.extend(client.submit(batch_claims, f, pure=False) for f in extracted)
        extracted.clear()  # a batch's extractions go once its two parts are taken
        try:
            failed = _store_batches(ready, batches, store, progress)
            wait(claims)
            _raise_failed(claims)
        except BaseException:  # the cluster stops the work of this run (a client may outlive it)
            client.cancel([f for f in ready if f is not None] + claims)
            raise
        clock.lap("extract")
        try:
            corpus = corpus_on_index(store, articles, failed, ruleset, aligned_by=on_cluster)
            if corpus is None:
                raise UsageError("the cluster run's temporary claims store could not be written")
            clock.lap("align")
            errors = {aid: ex.error for aid, ex in failed.items() if ex.error}
            report = report_for(corpus, articles, errors, ruleset, skipped=skipped)  # (the claim rules read the store)
        except sqlite3.Error as err:
            raise UsageError(f"the cluster run's temporary claims store failed: {err}") from None
        clock.lap("rules")
    return Processed(report, [failed.get(a.id) or Extraction(article=a, sentences=()) for a in articles])


def _results(aligned: list[Any]) -> Iterator[PartitionKept]:
    """What each partition kept, as each comes (the store takes each: the
    client never holds every partition's; in any order, since two partitions
    that keep one pair give it the same rows)."""
    from distributed import as_completed

    done = as_completed(aligned, with_results=True)
    aligned.clear()
    for _f, result in done:
        yield pickle.loads(result)  # noqa: S301 - pickled by align_partition, in this run


def _near(where: Mapping[str, Any], f: Any) -> dict[str, Any]:
    """Ask Dask to run a task on the workers that hold its input ``f``."""
    workers = list(where.get(f.key, ()))
    if not workers:  # (Dask refuses allow_other_workers without workers)
        return {"pure": False}
    return {"workers": workers, "allow_other_workers": True, "pure": False}


def _raise_failed(futures: Sequence[Any]) -> None:
    """Raise the error of the first task that failed (a finished future's
    ``result`` raises it), not a later task's complaint about its input."""
    for f in futures:
        if f.status == "error":
            f.result()


def _store_batches(
    ready: list[Any], batches: Sequence[Sequence[Article]], store: SQLiteCache, progress: Progress | None
) -> dict[str, Extraction]:
    """Each batch's extractions, made ready on its worker, written to the
    store in article order as they come, one batch on the client at a time
    (and released on the cluster once written); returns the failed ones. A
    task that failed raises its own error."""
    failed: dict[str, Extraction] = {}
    for i, articles in enumerate(batches):
        for stored, bad in ready[i].result():
            if bad is not None:
                failed[bad.article.id] = bad
            elif stored is not None:
                store.store(stored)
        ready[i] = None
        if progress is not None:
            for a in articles:
                progress.advance(a)
    return failed


class _Clock:
    def __init__(self, into: dict[str, float] | None) -> None:
        self.into = into
        self.last = time.perf_counter()

    def lap(self, phase: str) -> None:
        now = time.perf_counter()
        if self.into is not None:
            self.into[phase] = round(now - self.last, 3)
        self.last = now
