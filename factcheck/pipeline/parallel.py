"""Extraction in parallel processes on multi-core machines.

Parsing dominates extraction, and articles are independent, so a batch of
articles is extracted by a pool of worker processes, each holding the spaCy
pipeline (loaded once in the parent before the workers fork, so its weights
are shared copy-on-write). Results come back in the order of the articles:
the output does not depend on the number of workers, byte for byte
(``--jobs N``; ``tests/test_jobs.py``). By default there is one worker per
available core, and small batches, and machines with one core, are
extracted in this process; an explicit ``jobs`` is used as given (at most
one worker per article).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from ..extract.nlp import load_nlp
from ..model.models import Article

T = TypeVar("T")

#: Fewer articles than this are extracted in this process (a pool costs ~1 s to start).
PARALLEL_MIN = 48
#: Articles handed to a worker at a time.
CHUNK = 4

_worker_extract: Callable[[Article], Any] | None = None


def cores() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_jobs(n_articles: int) -> int:
    """Worker processes for a batch: one per available core, or none for a
    small batch."""
    if n_articles < PARALLEL_MIN or not hasattr(os, "fork"):
        return 1
    return cores()


def jobs_for(n_articles: int, jobs: int | None) -> int:
    """Worker processes for a batch of ``n_articles``: ``jobs`` as given (at
    most one per article; 1 where processes cannot be forked), or
    :func:`default_jobs`."""
    if jobs is None:
        return default_jobs(n_articles)
    if not hasattr(os, "fork"):
        return 1
    return max(1, min(jobs, n_articles))


def _init(extract_one: Callable[[Article], Any]) -> None:
    global _worker_extract
    _worker_extract = extract_one


def _work(article: Article) -> Any:
    assert _worker_extract is not None
    return _worker_extract(article)


def extract_many(
    articles: Sequence[Article],
    extract_one: Callable[[Article], T],
    *,
    jobs: int | None = None,
    window: int | None = None,
) -> Iterator[T]:
    """``extract_one`` over the articles, in their order, in ``jobs`` processes
    (see :func:`jobs_for`). With ``window``, at most that many articles are
    handed out and not yet taken by the caller: results the caller is slow to
    take do not pile up in this process."""
    n = jobs_for(len(articles), jobs)
    if n <= 1:
        yield from (extract_one(a) for a in articles)
        return
    load_nlp()  # loaded before the fork: the workers share its weights
    ctx = multiprocessing.get_context("fork")
    slots = threading.Semaphore(max(window, 2 * n * CHUNK)) if window else None
    stop = threading.Event()

    def handed_out() -> Iterator[Article]:
        # the pool's feeder thread takes articles from here; it waits for a free slot
        for a in articles:
            if slots is not None:
                slots.acquire()
            if stop.is_set():
                return
            yield a

    with ctx.Pool(n, initializer=_init, initargs=(extract_one,)) as pool:
        try:
            for result in pool.imap(_work, handed_out(), chunksize=CHUNK):
                yield result
                if slots is not None:
                    slots.release()
        finally:
            stop.set()
            if slots is not None:
                slots.release()  # a feeder waiting for a slot sees the stop
