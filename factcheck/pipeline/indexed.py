"""``check`` on the claims index: only the new articles are parsed, only the
claims that share their keys are compared.

The extraction cache (:mod:`.cache`) keeps, beside each article's extraction,
what blocking needs to find the article again without reading it
(:func:`index_rows`): the block keys of its claims
(:func:`~factcheck.engine.align.block_keys`), the anchors its claims use (for
the IDF weights), the three-word shingles of its quotations, the hashes of the
eight-word shingles of its text (independent sources) and whether it mentions
an event. A check of new articles against a warm cache then

1. lists the corpus folder and stats its files: a file whose size and
   modification time are those recorded is not read again (its id and
   SHA-256 are known); any other is read, and extracted and stored unless
   the index holds its id with the same SHA-256 (a file only touched, as a
   fresh clone touches every file);
2. extracts the new articles (and stores them);
3. reads from the index the articles that can take part in a finding with a
   new article: those holding a claim that shares a block key with a new
   claim, a quotation that shares a shingle with a new one, an event mention
   (events are clustered over the whole corpus), and those whose facts match
   an ``incompatible`` rule's phrases;
4. analyses those articles only, with the new ones as the focus, and with the
   counts that must be taken over the whole corpus given by the index: claims
   per block key (a key held by too many claims is not blocked on), the IDF
   weight of each anchor, quotations per shingle, and the independent-source
   clusters of the articles in a finding (:class:`IndexStats`).

The findings are those of a check that reads and analyses every article
(``tests/test_claims_index.py``). When the index cannot give them (an article
whose extraction failed, ids that collide), :func:`check_on_index` returns
``None`` and the check reads the whole corpus.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from ..checks.incompatible import Options as IncompatibleOptions
from ..checks.incompatible import compile_phrase
from ..engine.align import MAX_DF, block_keys, idf_weight, index_of_claims, later_copies
from ..engine.claims import SlotClaim, claims_of_extraction
from ..engine.corpus import Corpus
from ..engine.events import Mention, cluster_events
from ..engine.grouping import MIN_SHARED_SHINGLES
from ..engine.names import RENAMED_SLOTS, NameIndex, renamed
from ..ingest.loader import Listed, list_files, load_article
from ..model.errors import InputError
from ..model.models import Article, Event, Extraction
from ..rules.ruleset import RuleSet
from .cache import SQLiteCache
from .core import Processed, Progress, extract_all, report_of
from .index_rows import claims_of, mentions_of

# ----------------------------------------------------------------------------- the corpus folder


@dataclass
class Listing:
    """The articles of a corpus folder as the index knows them: unchanged files
    as stand-ins (id, path and SHA-256 only: never analysed), the others read."""

    articles: list[Article]
    errors: list[InputError]
    read: dict[str, Article] = field(default_factory=dict)  # id -> article read from its file
    root: Path = Path(".")
    paths: dict[str, str] = field(default_factory=dict)  # id -> its file
    record: list[tuple[str, int, int, str, str]] = field(default_factory=list)  # files to record once stored


_STAND_IN = Article.model_construct(id="", path="", text="", sha256="", published=None, published_source="none")


@functools.lru_cache(maxsize=65536)
def _stand_in(article_id: str, path: str, sha256: str) -> Article:
    # no text: only the id, the path and the digest are ever read from it (built without
    # validation, as a copy of one built once; kept, since a long-lived factcheck serve
    # lists the same corpus again and again: model_construct would fill every default again)
    return _STAND_IN.model_copy(update={"id": article_id, "path": path, "sha256": sha256})


def list_corpus(
    cache: SQLiteCache, corpus: Path, *, display: Callable[[Listed], str], follow_links: bool
) -> Listing | None:
    """The corpus's articles, sorted by id (see :class:`Listing`); ``None``
    when two files claim one id (the loader renames them: the whole corpus is
    read instead). ``display``: how a file is named in reports."""
    files = cache.files()
    indexed = cache.indexed()
    errors: list[InputError] = []
    listed = list_files(corpus, follow_links=follow_links, skipped=errors)
    top = os.path.abspath(corpus)
    articles: list[Article] = []
    read: dict[str, Article] = {}
    where: dict[str, str] = {}
    record: list[tuple[str, int, int, str, str]] = []
    under = top if top.endswith(os.sep) else top + os.sep
    native = os.sep != "/"
    for f in listed:  # one entry a file: a file and a link to it are listed once
        rel = f.rel.replace("/", os.sep) if native else f.rel
        key = under + rel  # the file however it is named (from another folder)
        known = files.get(key)
        if known is not None and known[0] == f.size and known[1] == f.mtime_ns:
            articles.append(_stand_in(known[2], display(f), known[3]))
            where[known[2]] = f.path
            continue
        try:
            art = load_article(Path(f.path), root=corpus)
        except InputError as err:
            errors.append(err)
            continue
        if art.sha256:
            record.append((key, f.size, f.mtime_ns, art.id, art.sha256))
        where[art.id] = f.path
        if art.sha256 and indexed.get(art.id) == art.sha256:
            # touched, not changed (a fresh clone gives every file a new time): the
            # index holds it as it is, so its extraction need not be read
            articles.append(_stand_in(art.id, display(f), art.sha256))
            continue
        art = art.model_copy(update={"path": display(f)})
        articles.append(art)
        read[art.id] = art
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        return None
    articles.sort(key=lambda a: a.id)
    return Listing(articles, errors, read, corpus, where, record)


def is_stand_in(article: Article) -> bool:
    return not article.text


# ----------------------------------------------------------------------------- counts over the whole corpus


class _Lazy(Mapping[str, float]):
    """The IDF weight of an anchor over the whole corpus, asked of the index
    when first needed. An entity anchor of a claim whose names are read
    corpus-wide counts the short names read as it.

    An anchor's document frequency is its count over the corpus's articles but
    the ``new`` ones, kept while ``rest`` (see :func:`_rest_key`) is the same (a
    long-lived ``factcheck serve`` checking new articles against one corpus
    counts each anchor once), plus the new articles' own (read once), unless a
    new article's text is also one of the others' (counted once, by the index)."""

    # (rest key, (anchor, its written forms) -> articles of the rest holding it by their digest)
    _rest_df: tuple[Hashable, dict[tuple[str, tuple[str, ...]], int]] | None = None

    def __init__(
        self,
        conn: sqlite3.Connection,
        n_articles: int,
        names: _NameMap,
        rest: Hashable | None = None,
        new: Sequence[int] = (),
    ) -> None:
        self.conn = conn
        self.n = n_articles
        self.names = names
        self.memo: dict[str, float | None] = {}
        self.new = list(new)
        self.rest_df: dict[tuple[str, tuple[str, ...]], int] | None = None
        # the new articles' anchors, (anchor, renamed) -> their digests
        self.new_anchors: dict[tuple[str, int], set[str]] = defaultdict(set)
        if rest is not None and new and not self._copied(conn, self.new):
            kept = _Lazy._rest_df
            if kept is None or kept[0] != rest:
                kept = _Lazy._rest_df = (rest, {})
            self.rest_df = kept[1]
            marks = ",".join("?" * len(self.new))
            for anchor, renamed_, sha in conn.execute(
                f"SELECT anchor, renamed, ar.sha256 FROM anchors JOIN articles ar USING (aid) WHERE aid IN ({marks})",
                self.new,
            ):
                self.new_anchors[(anchor, renamed_)].add(sha)

    @staticmethod
    def _copied(conn: sqlite3.Connection, new: list[int]) -> bool:
        """Whether a new article's text is also one of the other current articles'."""
        marks = ",".join("?" * len(new))
        row = conn.execute(
            f"SELECT 1 FROM articles a JOIN cur USING (aid) WHERE a.aid NOT IN ({marks}) AND a.sha256 IN"
            f" (SELECT sha256 FROM articles WHERE aid IN ({marks})) LIMIT 1",
            (*new, *new),
        ).fetchone()
        return row is not None

    def _df(self, anchor: str, raw: list[str]) -> int:
        marks = ",".join("?" * len(raw))
        match = f"((anchor = ? AND renamed = 0) OR (renamed = 1 AND anchor IN ({marks})))"
        if self.rest_df is None:
            (df,) = self.conn.execute(
                f"SELECT count(DISTINCT ar.sha256) FROM anchors JOIN cur USING (aid) JOIN articles ar USING (aid)"
                f" WHERE {match}",
                (anchor, *raw),
            ).fetchone()
            return int(df)
        key = (anchor, tuple(raw))
        rest = self.rest_df.get(key)
        if rest is None:
            new_marks = ",".join("?" * len(self.new))
            (rest,) = self.conn.execute(
                f"SELECT count(DISTINCT ar.sha256) FROM anchors JOIN cur USING (aid) JOIN articles ar USING (aid)"
                f" WHERE aid NOT IN ({new_marks}) AND {match}",
                (*self.new, anchor, *raw),
            ).fetchone()
            self.rest_df[key] = rest = int(rest)
        mine = set(self.new_anchors.get((anchor, 0), ()))
        for r in raw:
            mine |= self.new_anchors.get((r, 1), set())
        return rest + len(mine)

    def __getitem__(self, anchor: str) -> float:
        if anchor not in self.memo:
            df = self._df(anchor, sorted(self.names.written(anchor)))
            self.memo[anchor] = idf_weight(self.n, df) if df else None
        w = self.memo[anchor]
        if w is None:
            raise KeyError(anchor)
        return w

    def __iter__(self) -> Iterator[str]:
        return iter(k for k, v in self.memo.items() if v is not None)

    def __len__(self) -> int:
        return sum(1 for v in self.memo.values() if v is not None)


class _NameMap:
    """Short names read as the one long name of the corpus
    (:func:`factcheck.engine.names.name_map`, as build_index reads them, over every article's entity
    mentions as the index keeps them), and the other way round."""

    # the last map built, by what it was built from (the pairs, or the rest's key and the new
    # articles' pairs): a long-lived process (factcheck serve) checking one corpus again reuses it
    _last: tuple[Hashable, dict[str, str]] | None = None
    # the pairs of the corpus but its new articles, grouped, by what identifies their index rows
    _rest: tuple[Hashable, NameIndex] | None = None

    def __init__(self, conn: sqlite3.Connection, rest: Hashable | None = None, new: Sequence[int] = ()) -> None:
        """The map over the articles in ``cur``. ``rest``: what identifies the
        index rows of those articles but the ``new`` ones (the cache file, the
        rules and pipeline, each article's id and digest): while it is the
        same, their pairs are not read again, only the new articles' are, and
        only the short names these touch are read again
        (:meth:`~factcheck.engine.names.NameIndex.with_added`)."""
        index: NameIndex | None = None
        if rest is None:
            pairs = frozenset(conn.execute("SELECT DISTINCT entity, type FROM names JOIN cur USING (aid)"))
            built_from: Hashable = ("all", pairs)
        else:
            index = self._rest_index(conn, rest, new)
            marks = ",".join("?" * len(new))
            added = frozenset(conn.execute(f"SELECT DISTINCT entity, type FROM names WHERE aid IN ({marks})", new))
            built_from = (rest, added - index.pairs)
        last = _NameMap._last
        if last is not None and last[0] == built_from:
            self.map = last[1]
        else:
            self.map = NameIndex(pairs).map if index is None else index.with_added(added)
            _NameMap._last = (built_from, self.map)
        self.inverse: dict[str, set[str]] = defaultdict(set)
        for short, full in self.map.items():
            self.inverse[full].add(short)

    @staticmethod
    def _rest_index(conn: sqlite3.Connection, rest: Hashable, new: Sequence[int]) -> NameIndex:
        kept = _NameMap._rest
        if kept is not None and kept[0] == rest:
            return kept[1]
        marks = ",".join("?" * len(new))
        index = NameIndex(
            conn.execute(
                f"SELECT DISTINCT entity, type FROM names JOIN cur USING (aid) WHERE aid NOT IN ({marks})", new
            )
        )
        _NameMap._rest = (rest, index)
        return index

    def written(self, anchor: str) -> set[str]:
        """The anchors as extracted that a claim whose names are read
        corpus-wide shows as ``anchor``."""
        if not anchor.startswith("@"):
            return {anchor}
        name = anchor[1:]
        out = {"@" + s for s in self.inverse.get(name, ())}
        if name not in self.map:
            out.add(anchor)
        return out

    def raw_keys(self, key: str, slot: str) -> set[str]:
        """The block keys as extracted that show as ``key`` once read corpus-wide."""
        if slot not in RENAMED_SLOTS:
            return {key}
        head, _, anchor = key.rpartition("|")
        return {f"{head}|{a}" for a in self.written(anchor)}


class _Sources(dict[str, str]):
    """Independent-source clusters (:func:`factcheck.engine.grouping.source_clusters`)
    over the whole corpus, computed for an article when first asked.

    Two articles can only be joined when they share ``MIN_SHARED_SHINGLES``
    shingles, so an article's cluster lies inside its closure under that
    relation; inside the closure the shared counts are those of the whole
    corpus (each shingle counted for its first holder by id, over every
    article), so the clusters are exact."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        names: Mapping[int, str],
        aids: Mapping[str, int],
        *,
        new: Sequence[int] = (),
        kept: dict[int, tuple[frozenset[int], tuple[tuple[str, str], ...]]] | None = None,
    ) -> None:
        super().__init__()
        self.conn = conn
        self.names = names
        self.aids = aids
        self.new = frozenset(new)
        self.kept = kept  # start -> (closure, clusters) of the rest of the corpus (see _kept_sources)
        self._touched: frozenset[int] | None = None

    def touched(self) -> frozenset[int]:
        """The new articles and every article sharing a shingle with one: a
        closure without them is that of the rest of the corpus alone."""
        if self._touched is None:
            marks = ",".join("?" * len(self.new))
            rows = self.conn.execute(
                "SELECT DISTINCT b.aid FROM text_shingles a JOIN text_shingles b ON b.hash = a.hash"
                " JOIN cur ON cur.aid = b.aid WHERE a.aid IN (" + marks + ")",
                sorted(self.new),
            ).fetchall()
            self._touched = self.new | {r[0] for r in rows}
        return self._touched

    def get(self, article: str, default: str | None = None) -> str:  # type: ignore[override]
        if article not in self:
            aid = self.aids.get(article)
            if aid is None:
                return default if default is not None else article
            self._resolve(aid)
        return self[article]

    def _near(self, aid: int) -> list[int]:
        rows = self.conn.execute(
            "SELECT b.aid FROM text_shingles a JOIN text_shingles b ON b.hash = a.hash JOIN cur ON cur.aid = b.aid"
            " WHERE a.aid = ? AND b.aid != ? GROUP BY b.aid HAVING count(*) >= ?",
            (aid, aid, MIN_SHARED_SHINGLES),
        ).fetchall()
        return [r[0] for r in rows]

    def _closure(self, start: int) -> set[int]:
        closure = {start}
        frontier = [start]
        while frontier:
            nxt = [b for a in frontier for b in self._near(a) if b not in closure]
            closure.update(nxt)
            frontier = sorted(set(nxt))
        return closure

    def _shared(self, closure: set[int]) -> dict[tuple[str, str], int]:
        """Shingles shared inside the closure, each counted for its first
        holder (by id) over the whole corpus."""
        holders: dict[int, list[int]] = defaultdict(list)
        marks = ",".join("?" * len(closure))
        for h, aid in self.conn.execute(
            "SELECT t.hash, t.aid FROM text_shingles t JOIN cur USING (aid) WHERE t.hash IN"
            f" (SELECT hash FROM text_shingles WHERE aid IN ({marks}))",
            sorted(closure),
        ):
            holders[h].append(aid)
        shared: dict[tuple[str, str], int] = defaultdict(int)
        for hs in holders.values():
            first = min(self.names[a] for a in hs)
            if self.aids[first] not in closure:
                continue
            for a in hs:
                if a in closure and self.names[a] != first:
                    shared[(first, self.names[a])] += 1
        return shared

    def _resolve(self, start: int) -> None:
        if self.kept is not None:
            hit = self.kept.get(start)
            if hit is not None and not hit[0] & self.touched():
                self.update(hit[1])
                return
        closure = self._closure(start)
        members = sorted(self.names[a] for a in closure)
        parent = {m: m for m in members}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for (x, y), n in sorted(self._shared(closure).items()):
            if n >= MIN_SHARED_SHINGLES:
                rx, ry = find(x), find(y)
                if rx != ry:
                    parent[max(rx, ry)] = min(rx, ry)
        for m in members:
            self[m] = find(m)
        if self.kept is not None and not closure & self.touched():
            clusters = tuple((m, self[m]) for m in members)
            for a in closure:
                self.kept[a] = (frozenset(closure), clusters)


class IndexStats:
    """:class:`~factcheck.engine.corpus.CorpusStats` from the index, over the
    articles in the ``cur`` table of ``conn``."""

    def __init__(self, conn: sqlite3.Connection, focus_quotes: Mapping[str, list[int]]) -> None:
        self.conn = conn
        self.focus_quotes = focus_quotes  # shingle -> word counts of every quotation holding it

    def quote_postings(self, shingle: str, min_words: int) -> int | None:
        words = self.focus_quotes.get(shingle)
        if words is None:
            return None
        return sum(1 for n in words if n >= min_words)


# ----------------------------------------------------------------------------- the check


def _indexed(conn: sqlite3.Connection, articles: Sequence[Article], lexicon_fp: str) -> bool:
    """Whether the index holds these articles as they are now (with this lexicon)."""
    try:
        rows = {name: (sha, fp) for name, sha, fp in conn.execute("SELECT article, sha256, rules FROM articles")}
    except sqlite3.Error:
        return False
    return all(rows.get(a.id) == (a.sha256, lexicon_fp) for a in articles)


def _fill_cur(conn: sqlite3.Connection, rows: Iterable[tuple[int]]) -> None:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS cur (aid INTEGER PRIMARY KEY)")
    conn.execute("DELETE FROM cur")
    conn.executemany("INSERT OR IGNORE INTO cur VALUES (?)", rows)


def _core(conn: sqlite3.Connection, new: list[int], ruleset: RuleSet) -> set[int]:
    """The articles a focused analysis reads in full: the new ones, those with a
    quotation sharing a shingle with a new one, and those whose facts match an
    ``incompatible`` rule's phrases. (Claims and event mentions come from the
    index; any other article is read when a finding cites it.)"""
    marks = ",".join("?" * len(new))
    out = set(new)
    out.update(
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT q.aid FROM quote_shingles q JOIN cur USING (aid) WHERE q.shingle IN"
            " (SELECT shingle FROM quote_shingles WHERE aid IN (" + marks + "))",
            new,
        )
    )
    patterns = [
        compile_phrase(p)
        for rule in ruleset.rules
        if isinstance(rule.options, IncompatibleOptions)
        for side in (rule.options.a, rule.options.b)
        for p in side.any
    ]
    if patterns:
        for aid, text in conn.execute("SELECT aid, text FROM fact_text JOIN cur USING (aid)"):
            if any(p.search(text) for p in patterns):
                out.add(aid)
    return out


def _expanded(conn: sqlite3.Connection, claims: Iterable[SlotClaim], names: _NameMap) -> None:
    """The temporary table ``wanted (key, raw)``: each block key of the new
    claims, with every key as extracted that shows as it."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS wanted (key TEXT NOT NULL, raw TEXT NOT NULL)")
    conn.execute("DELETE FROM wanted")
    pairs = {(k, r) for c in claims for k in block_keys(c) for r in names.raw_keys(k, c.slot)}
    conn.executemany("INSERT INTO wanted VALUES (?, ?)", sorted(pairs))


def _key_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Claims per block key over the whole corpus, for the keys in ``wanted``.

    ``CROSS JOIN`` keeps the few wanted keys as the outer loop, each looked up
    in the key index: without statistics on the temporary table, SQLite chose
    to scan every stored claim key (600,000 rows in 0.18 s, against 0.006 s)."""
    return dict(
        conn.execute(
            "SELECT w.key, count(DISTINCT c.claim) FROM wanted w CROSS JOIN claim_keys c ON c.key = w.raw"
            " JOIN cur ON cur.aid = c.aid GROUP BY w.key"
        ).fetchall()
    )


def _candidates(conn: sqlite3.Connection, counts: Mapping[str, int], new: list[int]) -> list[tuple[int, int, bytes]]:
    """The stored claims (article, position, claim) of other articles that hold
    a key of ``wanted`` held by at most :data:`MAX_DF` claims."""
    marks = ",".join("?" * len(new))
    common = [k for k, n in counts.items() if n > MAX_DF]
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS common (key TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM common")
    conn.executemany("INSERT INTO common VALUES (?)", ((k,) for k in common))
    return conn.execute(
        "SELECT c.aid, c.seq, c.data FROM claims c JOIN (SELECT DISTINCT k.aid, k.claim FROM wanted w"
        " CROSS JOIN claim_keys k ON k.key = w.raw JOIN cur ON cur.aid = k.aid"
        " WHERE w.key NOT IN (SELECT key FROM common) AND k.aid NOT IN (" + marks + ")) m"
        " ON m.aid = c.aid AND m.claim = c.claim",
        new,
    ).fetchall()


def _focus_quotes(conn: sqlite3.Connection, new: list[int]) -> dict[str, list[int]]:
    marks = ",".join("?" * len(new))
    out: dict[str, list[int]] = defaultdict(list)
    for shingle, words in conn.execute(
        "SELECT q.shingle, q.words FROM quote_shingles q JOIN cur USING (aid) WHERE q.shingle IN"
        " (SELECT shingle FROM quote_shingles WHERE aid IN (" + marks + "))",
        new,
    ):
        out[shingle].append(words)
    return out


def _mentions(conn: sqlite3.Connection, names: Mapping[int, str]) -> list[Mention]:
    """Every event mention of the corpus, in article order (as :func:`event_mentions` lists them)."""
    rows = conn.execute("SELECT aid, data FROM mentions JOIN cur USING (aid)").fetchall()
    out: list[Mention] = []
    for _aid, data in sorted(rows, key=lambda r: names[r[0]]):
        out.extend(_decoded_mentions(data))
    return out


#: Articles whose decoded event mentions are kept by their stored text: every check
#: clusters the events of the whole corpus, and a long-lived ``factcheck serve``
#: would otherwise decode the same rows on every command.
MENTIONS_KEPT = 8192


@functools.lru_cache(maxsize=MENTIONS_KEPT)
def _decoded_mentions(data: str) -> tuple[Mention, ...]:
    # a pure function of the stored text, and mentions are frozen: a kept one is the one decoding gives
    return tuple(mentions_of(data))


class _Extractions(dict[str, Extraction]):
    """The extractions of a focused analysis: the articles read up front and,
    when a finding cites another article of the corpus, that one (read from the
    cache when first asked for). Kept in id order, as :class:`Corpus` keeps them."""

    def __init__(self, loaded: Iterable[Extraction], load: Callable[[str], Extraction | None]) -> None:
        super().__init__((e.article.id, e) for e in sorted(loaded, key=lambda e: e.article.id))
        self._load = load

    def __missing__(self, key: str) -> Extraction:
        ex = self._load(key)
        if ex is None:
            raise KeyError(key)
        items = sorted([*self.items(), (key, ex)])
        self.clear()
        self.update(items)
        return ex


def _rest_key(
    conn: sqlite3.Connection, ruleset: RuleSet, digest: Mapping[str, str], new_ids: set[str]
) -> Hashable | None:
    """What identifies the index rows of the corpus's articles but the new
    ones: the cache file (its path and inode) and the extractor it was built
    by (release, units, spaCy pipeline), the rules, each article's id and
    digest. ``None`` (nothing kept) for a database with no file."""
    where = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not where:
        return None
    try:
        inode = os.stat(where).st_ino
    except OSError:
        return None
    built_by = conn.execute("SELECT value FROM meta WHERE key = 'extractor'").fetchone()
    others = frozenset((i, sha) for i, sha in digest.items() if i not in new_ids)
    return (where, inode, built_by, ruleset.knowledge.fingerprint, ruleset.nlp, others)


#: The event clustering of the last corpus a check read, by what identifies
#: the corpus (:func:`_rest_key` over every article, the new ones too): a
#: long-lived ``factcheck serve`` asked again about one corpus (an unchanged
#: article, a re-run) clusters it once. One entry: a corpus that changed is
#: clustered again, and the old entry goes. It holds the corpus's decoded event
#: mentions for the life of the process.
_CLUSTERED: dict[Hashable, tuple[tuple[Mention, ...], tuple[Event, ...], tuple[tuple[str, str], ...]]] = {}


def _clustering(
    conn: sqlite3.Connection, ruleset: RuleSet, digest: Mapping[str, str], names_of: Mapping[int, str]
) -> tuple[list[Mention], list[Event], dict[str, str]]:
    """The corpus's event mentions, its events and the event of each fact
    (:func:`factcheck.engine.events.cluster_events`), kept for the next check
    of the same corpus; each caller gets lists and a map of its own. The key
    holds each article's row too: another process that stores an article again
    while a check reads gives it a new row, so what that check read is never
    taken for the corpus's clustering by the next one."""
    rest = _rest_key(conn, ruleset, digest, set())
    key = (rest, frozenset(names_of.items())) if rest is not None else None
    kept = _CLUSTERED.get(key) if key is not None else None
    if kept is None:
        mentions = _mentions(conn, names_of)
        events, fact_event = cluster_events(mentions, ruleset.knowledge)
        kept = (tuple(mentions), tuple(events), tuple(fact_event.items()))
        _CLUSTERED.clear()
        if key is not None:
            _CLUSTERED[key] = kept
    return list(kept[0]), list(kept[1]), dict(kept[2])


#: The independent-source clusters of the rest of the corpus found by the last
#: checks, by :func:`_rest_key` and the rest's rows: a long-lived ``factcheck
#: serve`` checking new versions of one article against one corpus resolves the
#: clusters of the other articles in its findings once. One entry, as :data:`_CLUSTERED`.
_SOURCES: dict[Hashable, dict[int, tuple[frozenset[int], tuple[tuple[str, str], ...]]]] = {}


def _kept_sources(
    rest: Hashable | None, rest_names: Mapping[int, str]
) -> dict[int, tuple[frozenset[int], tuple[tuple[str, str], ...]]] | None:
    """The kept clusters of the rest of this corpus (``None``: nothing is kept
    for a database with no file)."""
    if rest is None:
        return None
    key = (rest, frozenset(rest_names.items()))
    if key not in _SOURCES:
        _SOURCES.clear()
        _SOURCES[key] = {}
    return _SOURCES[key]


def check_on_index(
    conn: sqlite3.Connection,
    articles: Sequence[Article],
    new_ids: set[str],
    ruleset: RuleSet,
    extracted: Mapping[str, Extraction],
    load: Callable[[str, str], Extraction | None],
) -> Corpus | None:
    """The corpus the focused analysis needs, from the index (see the module
    docstring). ``extracted``: the extractions of the articles read this run
    (the new ones among them); ``load(id, sha)``: a cached extraction."""
    rows = {n: (aid, sha, fp) for aid, n, sha, fp in conn.execute("SELECT aid, article, sha256, rules FROM articles")}
    cur: dict[str, int] = {}
    for a in articles:
        row = rows.get(a.id)
        if row is None or row[1:] != (a.sha256, ruleset.knowledge.fingerprint):
            return None  # not indexed (an extraction that failed): read everything
        cur[a.id] = row[0]
    _fill_cur(conn, ((aid,) for aid in cur.values()))
    names_of = {aid: name for name, aid in cur.items()}
    digest = {a.id: a.sha256 or "" for a in articles}
    shown = {a.id: a.path for a in articles}

    def read(name: str) -> Extraction | None:
        if name in extracted:
            return extracted[name]
        if name not in digest:
            return None
        ex = load(name, digest[name])
        if ex is not None and ex.article.path != shown[name]:
            ex = ex.model_copy(update={"article": ex.article.model_copy(update={"path": shown[name]})})
        return ex

    new = sorted(cur[i] for i in new_ids)
    core = [read(names_of[aid]) for aid in sorted(_core(conn, new, ruleset))]
    if any(ex is None for ex in core):
        return None
    loaded = [ex for ex in core if ex is not None]
    mentions, events, fact_event = _clustering(conn, ruleset, digest, names_of)
    # the claims and their block keys: all the alignment reads of the graph (the
    # facts, entities and events of the articles read are not built, as in streamed runs)
    graph = nx.MultiDiGraph()
    corpus = Corpus(
        _Extractions(loaded, read),
        ruleset.knowledge,
        mentions,
        events,
        fact_event,
        graph,
        frozenset(new_ids),
        IndexStats(conn, _focus_quotes(conn, new)),
    )
    rest = _rest_key(conn, ruleset, digest, new_ids)
    names = _NameMap(conn, rest, new)
    fresh = [
        ((c.article, i), renamed(c, names.map))
        for ex in loaded
        if ex.article.id in new_ids
        for i, c in enumerate(claims_of_extraction(ex))
    ]
    _expanded(conn, (c for _, c in fresh), names)
    counts = _key_counts(conn)
    held = _candidates(conn, counts, new)
    stored = zip(
        [(names_of[aid], seq) for aid, seq, _ in held],
        [renamed(c, names.map) for c in claims_of([blob for _, _, blob in held])],
    )
    claims = [c for _, c in sorted([*fresh, *stored], key=lambda t: t[0])]
    index = index_of_claims(
        claims,
        graph,
        fact_event,
        ruleset.knowledge.lexicon,
        idf=_Lazy(conn, later_copies(articles)[0], names, rest, new),
        key_counts=counts,
        keys=frozenset(k for _, c in fresh for k in block_keys(c)),
        blocking_only=True,
    )
    # the claim rules' per-corpus index and source clusters (see checks.claims)
    kept = _kept_sources(rest, {aid: n for aid, n in names_of.items() if n not in new_ids})
    corpus.claim_index, corpus.sources = index, _Sources(conn, names_of, cur, new=new, kept=kept)
    return corpus


def process_on_index(
    cache: SQLiteCache,
    listing: Listing,
    articles: Sequence[Article],
    new_ids: set[str],
    ruleset: RuleSet,
    *,
    skipped: Iterable[InputError] = (),
    progress: Progress | None = None,
    jobs: int | None = None,
) -> Processed | None:
    """The focused analysis of ``new_ids`` against the corpus on the index;
    ``articles``: the listing's articles with the new ones (drafts) merged.
    ``None`` when the index cannot give the findings of a full analysis."""
    conn = cache.connection
    if conn is None or not _indexed(conn, [a for a in articles if is_stand_in(a)], ruleset.knowledge.fingerprint):
        return None
    full: list[Article] = []
    for a in articles:
        if a.id in new_ids and is_stand_in(a):
            # a new article of the corpus, unchanged since it was stored: read it again (it is parsed as new)
            try:
                a = load_article(Path(listing.paths[a.id]), root=listing.root).model_copy(update={"path": a.path})
            except (InputError, KeyError):
                return None
        if not is_stand_in(a):
            full.append(a)
    extracted = {ex.article.id: ex for ex in extract_all(full, ruleset, cache, progress=progress, jobs=jobs)}
    cache.record_files(listing.record)
    merged = [extracted[a.id].article if a.id in extracted else a for a in articles]
    try:
        corpus = check_on_index(conn, merged, new_ids, ruleset, extracted, lambda n, sha: cache.load(n, sha, ruleset))
    except sqlite3.Error:
        return None
    if corpus is None:
        return None
    # every unchanged article came from the cache, whether its extraction was read or its index rows sufficed
    report = report_of(corpus, corpus.extractions.values(), ruleset, skipped=skipped)
    exs = list(corpus.extractions.values())
    loaded = sum(1 for ex in exs if ex.article.id not in extracted)  # counted by cache.load
    # every unchanged article came from the cache, whether its extraction was read or its index rows sufficed
    cache.hits += sum(1 for a in merged if is_stand_in(a)) - loaded
    cache.compared = len(exs)
    return Processed(report, exs)
