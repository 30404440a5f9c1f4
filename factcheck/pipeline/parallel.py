"""Extraction in parallel processes on multi-core machines.

Parsing dominates extraction, and articles are independent, so a batch of
articles is extracted by a pool of worker processes, each holding the spaCy
pipeline (loaded once in the parent before the workers fork, so its weights
are shared copy-on-write). Results come back in the order of the articles:
the output does not depend on the number of workers. Small batches, and
machines with one core, are extracted in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence

from ..extract.nlp import load_nlp
from ..model.models import Article, Extraction

#: Fewer articles than this are extracted in this process (a pool costs ~1 s to start).
PARALLEL_MIN = 48
#: Articles handed to a worker at a time.
CHUNK = 4

_worker_extract: Callable[[Article], Extraction] | None = None


def default_jobs(n_articles: int) -> int:
    """Worker processes for a batch: one per available core (at most 4, to
    bound memory), or none for a small batch."""
    if n_articles < PARALLEL_MIN or not hasattr(os, "fork"):
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, 4))


def _init(extract_one: Callable[[Article], Extraction]) -> None:
    global _worker_extract
    _worker_extract = extract_one


def _work(article: Article) -> Extraction:
    assert _worker_extract is not None
    return _worker_extract(article)


def extract_many(
    articles: Sequence[Article],
    extract_one: Callable[[Article], Extraction],
    *,
    jobs: int | None = None,
) -> Iterator[Extraction]:
    """``extract_one`` over the articles, in their order, in ``jobs`` processes
    (default: :func:`default_jobs`)."""
    n = default_jobs(len(articles)) if jobs is None else jobs
    if n <= 1:
        yield from (extract_one(a) for a in articles)
        return
    load_nlp()  # loaded before the fork: the workers share its weights
    ctx = multiprocessing.get_context("fork")
    with ctx.Pool(n, initializer=_init, initargs=(extract_one,)) as pool:
        yield from pool.imap(_work, articles, chunksize=CHUNK)
