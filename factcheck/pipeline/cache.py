"""Incremental checking: extractions of unchanged articles, kept in SQLite.

An extraction depends on the article's bytes, on the extractor's code and on
the lexicon it was made with (never on the rules: they run on extractions),
so an entry is keyed by

* the article id and the SHA-256 of its file (an extraction names its article
  in every sentence, fact and span, so the same bytes under another id are a
  different entry);
* the extractor version: ``factcheck.__version__``, :data:`EXTRACTOR_VERSION`,
  the name and version of every extractor unit in order (bump a unit's
  version when what it finds changes, the constant when the glue between
  units does) and the spaCy pipeline's fingerprint (a retrained pipeline
  re-extracts everything);
* the lexicon's fingerprint (``Knowledge.fingerprint``, over every lexicon file
  of the rule stack: the shipped defaults and each story pack), which changes
  whenever a lexicon file does. Editing a rule (its message, documentation,
  severity or options) keeps every entry.

The value is ``Extraction.model_dump_json()``. Only a file that is
recognisably a factcheck cache (its SQLite header carries
:data:`APPLICATION_ID`, or it sits in factcheck's own cache folder) is ever
rebuilt or deleted; any other file at the path (an article, a text file,
another program's database) is a one-line :class:`UsageError`, untouched.
Anything wrong with the cache's own store is repaired, never reported as a
failure: a file that is not a database, a
table of the wrong shape, a row that does not validate, or a store written by
another extractor version is rebuilt (or the row dropped) and the article is
extracted again. Writes are transactions in WAL mode, and a busy timeout lets
two runs share one store; if the store stays locked, the run goes on without
it. The counters (``hits``, ``misses``, ``writes``, ``dropped``, ``rebuilds``)
say what was reused and what was extracted again.
"""

from __future__ import annotations

import sqlite3
import stat
import zlib
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .._version import __version__
from ..extract.extractor import PIPELINE
from ..extract.nlp import fingerprint_of
from ..model.errors import UsageError
from ..model.models import Article, Extraction
from ..rules.ruleset import RuleSet
from .index_rows import IndexRows, index_rows

#: Bump when extraction output changes between releases (2: facts read from the
#: parse; 3: lemmas that are no word repaired from WordNet, extract.nlp.lemma_repair;
#: 4: "the town of X" places X, and the claims index holds where a named person
#: died, the year an organisation was started and the date of an announcement;
#: 5: a noun with a passive auxiliary is a predicate, and a participle conjoined
#: to a passive shares its patient; 6: a title after a name's comma is read
#: when the extraction marked no apposition; 7: a relative clause hung on the
#: place of an event noun tells of the event; 8: facts keep no content stems;
#: 9: an age in "Roe, a 32-year-old salesman," is Roe's, and a place between
#: an age and its noun has none; 10: a schedule, "is due", "is slated for",
#: "were to", is expected, not actual; 11: a surname two people share is the
#: one named in full a sentence before the other; 12: "X Sr." is X, and "X
#: Jr." shares X's surname; 13: "to be doing" is no schedule, and a given name
#: of one person is no surname of another; ...; 128: a claim is pickled as its
#: field values in order, a slotted dataclass, which an older store's rows are not).
EXTRACTOR_VERSION = "269"
#: Layout of the tables below; a store with another layout is rebuilt
#: (2: the claims index beside the extractions).
SCHEMA_VERSION = "2"

DEFAULT_DIRNAME = ".factcheck-cache"
DEFAULT_FILENAME = "cache.sqlite"
#: Written at the top of the cache folder's .gitignore: the folder is factcheck's own.
GITIGNORE_MARK = "# written by factcheck: the cache is never committed"
#: SQLite ``application_id`` of a factcheck cache ("FCK1"), in every store's header.
APPLICATION_ID = 0x46434B31
_SQLITE_MAGIC = b"SQLite format 3\x00"

_COLUMNS = ["article", "sha256", "extractor", "rules", "data"]

#: Extractions decoded by :meth:`SQLiteCache.load`, kept for the next command of a
#: long-lived process (``factcheck serve`` turns it on with :func:`keep_decoded`):
#: decoding one costs about 7 ms, and the checks of one corpus read the same few
#: dozen again and again. An extraction is a pure function of its key (article id,
#: SHA-256, extractor and pipeline, lexicon) and a frozen model, so a kept one is
#: the one the store would give. Off by default: a run that reads every article
#: once would only hold memory with it.
_DECODED: OrderedDict[tuple[str, str, str, str], Extraction] = OrderedDict()
_kept = 0


def make_folder(folder: Path) -> None:
    """Create the folder a cache file (or the server's socket) goes in; the
    project's own cache folder gets the ``.gitignore`` that marks it as
    factcheck's and keeps it out of commits."""
    folder.mkdir(parents=True, exist_ok=True)
    if folder.name == DEFAULT_DIRNAME and not (folder / ".gitignore").exists():
        (folder / ".gitignore").write_text(f"{GITIGNORE_MARK}\n*\n")


def keep_decoded(n: int) -> None:
    """Keep the last ``n`` extractions :meth:`SQLiteCache.load` decoded (0: none)."""
    global _kept
    _kept = max(0, n)
    while len(_DECODED) > _kept:
        _DECODED.popitem(last=False)


_CREATE = (
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE extractions (article TEXT NOT NULL, sha256 TEXT NOT NULL, extractor TEXT NOT NULL,"
    " rules TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (article, sha256, extractor, rules))",
    # the claims index (see .indexed): one row per stored extraction, and what blocking needs of it
    "CREATE TABLE articles (aid INTEGER PRIMARY KEY, article TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL,"
    " rules TEXT NOT NULL, events INTEGER NOT NULL)",
    "CREATE TABLE claims (aid INTEGER NOT NULL, claim TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY (aid, claim))",
    "CREATE TABLE mentions (aid INTEGER PRIMARY KEY, data TEXT NOT NULL)",
    "CREATE TABLE claim_keys (key TEXT NOT NULL, aid INTEGER NOT NULL, claim TEXT NOT NULL)",
    "CREATE INDEX claim_keys_key ON claim_keys (key)",
    "CREATE INDEX claim_keys_aid ON claim_keys (aid)",
    "CREATE TABLE anchors (anchor TEXT NOT NULL, aid INTEGER NOT NULL, renamed INTEGER NOT NULL)",
    "CREATE TABLE names (aid INTEGER NOT NULL, entity TEXT NOT NULL, type TEXT NOT NULL)",
    "CREATE INDEX names_aid ON names (aid)",
    "CREATE INDEX anchors_anchor ON anchors (anchor)",
    "CREATE INDEX anchors_aid ON anchors (aid)",
    "CREATE TABLE quote_shingles (shingle TEXT NOT NULL, aid INTEGER NOT NULL, quote INTEGER NOT NULL,"
    " words INTEGER NOT NULL)",
    "CREATE INDEX quote_shingles_shingle ON quote_shingles (shingle)",
    "CREATE INDEX quote_shingles_aid ON quote_shingles (aid)",
    "CREATE TABLE text_shingles (hash INTEGER NOT NULL, aid INTEGER NOT NULL)",
    "CREATE INDEX text_shingles_hash ON text_shingles (hash)",
    "CREATE INDEX text_shingles_aid ON text_shingles (aid)",
    "CREATE TABLE fact_text (aid INTEGER PRIMARY KEY, text TEXT NOT NULL)",
    # corpus files as last read: an unchanged file (size, modification time) is not read again
    "CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
    " article TEXT NOT NULL, sha256 TEXT NOT NULL)",
)
_TABLES = {
    "meta",
    "extractions",
    "articles",
    "claims",
    "mentions",
    "claim_keys",
    "anchors",
    "names",
    "quote_shingles",
    "text_shingles",
    "fact_text",
    "files",
}
_INDEXED = ("claims", "mentions", "claim_keys", "anchors", "names", "quote_shingles", "text_shingles", "fact_text")


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``: takes the write lock up front (waiting
    up to the busy timeout), so two runs never interleave their writes."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def _held_write(conn: sqlite3.Connection) -> Iterator[None]:
    """One write inside the run's open transaction (begun, ``BEGIN IMMEDIATE``,
    by the first): a savepoint, so that a write that fails leaves nothing."""
    if not conn.in_transaction:
        conn.execute("BEGIN IMMEDIATE")
    conn.execute("SAVEPOINT write")
    try:
        yield
    except BaseException:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK TO write")
            conn.execute("RELEASE write")
        raise
    conn.execute("RELEASE write")


#: Writes a held cache keeps in one transaction before it commits them anyway
#: (a check that stores the whole corpus does not hold it all until the end).
HELD_WRITES = 32


def extractor_version(nlp: str | None = None) -> str:
    """The extractor part of the cache key: the release, :data:`EXTRACTOR_VERSION`,
    each extractor unit's name and version, and the fingerprint of the spaCy
    pipeline the facts are read from (``nlp``: see :func:`~factcheck.extract.nlp.load_nlp`)."""
    return f"{__version__}+{EXTRACTOR_VERSION}+{PIPELINE.fingerprint}+{fingerprint_of(nlp)}"


def default_cache_path(corpus: Path) -> Path:
    """``<corpus>/.factcheck-cache/cache.sqlite`` (a hidden folder: never read as articles)."""
    corpus = Path(corpus)
    base = corpus if corpus.is_dir() else corpus.parent
    return base / DEFAULT_DIRNAME / DEFAULT_FILENAME


def _owned_folder(folder: Path) -> bool:
    """The default cache folder, created (and marked) by factcheck."""
    try:
        return folder.name == DEFAULT_DIRNAME and (folder / ".gitignore").read_text().startswith(GITIGNORE_MARK)
    except (OSError, UnicodeDecodeError):
        return False


def not_a_cache(path: Path) -> str | None:
    """Why the file at ``path`` is not recognisably a factcheck cache, or
    ``None`` when the cache may use it: no file yet, an empty file, a SQLite
    store whose header carries :data:`APPLICATION_ID` (or, from before the
    id, exactly the cache's own two tables), or anything inside factcheck's
    own cache folder (damage there is repaired). Only such a file is ever
    rebuilt or deleted."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if not stat.S_ISREG(st.st_mode):
        return "not a regular file"
    if st.st_size == 0 or _owned_folder(path.parent):
        return None
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return f"cannot read it: {exc.strerror or exc}"
    if not head.startswith(_SQLITE_MAGIC):
        return "not a SQLite database"
    if len(head) >= 72 and int.from_bytes(head[68:72], "big") == APPLICATION_ID:
        return None
    try:
        # another run may be creating the store this moment: wait for its lock
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10.0, isolation_level=None)
        try:
            # the header read above may be behind the write-ahead log of a run creating the
            # store; one read transaction sees one snapshot, never its tables without their id
            conn.execute("BEGIN")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            objects = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
            tables = {name for kind, name in objects if kind == "table"}
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
        finally:
            conn.close()
    except sqlite3.Error:
        return "a damaged or locked SQLite database"
    if app_id == APPLICATION_ID:
        return None
    if not objects:
        return None  # a database with no table holds nothing to lose (or is being created)
    if tables == {"meta", "extractions"} and "schema" in meta and "extractor" in meta:
        return None  # written before the application id
    return "another program's SQLite database"


def _unindex(conn: sqlite3.Connection, article_id: str) -> None:
    row = conn.execute("SELECT aid FROM articles WHERE article = ?", (article_id,)).fetchone()
    if row is None:
        return
    _drop_rows(conn, [row[0]])


def _drop_rows(conn: sqlite3.Connection, aids: Sequence[int]) -> None:
    """Delete the index rows of these article rows, and the rows themselves."""
    for table in (*_INDEXED, "articles"):
        conn.executemany(f"DELETE FROM {table} WHERE aid = ?", ((aid,) for aid in aids))


#: What an article's old version is renamed to, with its row number, while a held
#: check runs (see :meth:`SQLiteCache.store`): no article id starts with NUL.
RETIRED = "\x00"


def _retire(conn: sqlite3.Connection, article_id: str) -> None:
    """Rename the row of an article's stored version out of the way: its index
    rows are dropped before the commit (:meth:`SQLiteCache._commit_held`)."""
    conn.execute("UPDATE articles SET article = ? || aid WHERE article = ?", (RETIRED, article_id))


def _index(conn: sqlite3.Connection, article_id: str, sha256: str, lexicon: str, rows: IndexRows) -> None:
    cur = conn.execute(
        "INSERT INTO articles (article, sha256, rules, events) VALUES (?, ?, ?, ?)",
        (article_id, sha256, lexicon, int(rows.events)),
    )
    aid = cur.lastrowid
    conn.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)", ((aid, c, i, d) for c, i, d in rows.claims))
    if rows.events:
        conn.execute("INSERT INTO mentions VALUES (?, ?)", (aid, rows.mentions))
    conn.executemany("INSERT INTO claim_keys VALUES (?, ?, ?)", ((k, aid, c) for k, c in rows.claim_keys))
    conn.executemany("INSERT INTO anchors VALUES (?, ?, ?)", ((a, aid, r) for a, r in rows.anchors))
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", ((aid, e, t) for e, t in rows.names))
    conn.executemany(
        "INSERT INTO quote_shingles VALUES (?, ?, ?, ?)", ((s, aid, q, n) for s, q, n in rows.quote_shingles)
    )
    conn.executemany("INSERT INTO text_shingles VALUES (?, ?)", ((h, aid) for h in rows.text_hashes))
    conn.execute("INSERT INTO fact_text VALUES (?, ?)", (aid, rows.facts_text))


@dataclass(frozen=True)
class Stored:
    """An extraction ready to be written: its key (article id, digest,
    extractor version, lexicon fingerprint), its compressed JSON and its index rows."""

    key: tuple[str, str, str, str]
    data: bytes
    rows: IndexRows


def stored_form(extraction: Extraction, version: str, lexicon: str) -> Stored:
    """What :meth:`SQLiteCache.put` writes of an extraction; pure, so a worker
    process can make it (``version``: :attr:`SQLiteCache.version`)."""
    art = extraction.article
    data = zlib.compress(extraction.model_dump_json().encode("utf-8"), 1)
    return Stored((art.id, art.digest(), version, lexicon), data, index_rows(extraction))


def _busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc) or "busy" in str(exc)


class SQLiteCache:
    """An :class:`~factcheck.pipeline.core.ExtractionCache` in one SQLite file.

    Use one instance per thread or process (SQLite connections are not shared);
    any number of instances may use the same file at once.
    """

    def __init__(self, path: str | Path, *, timeout: float = 30.0, nlp: str | None = None):
        self.path = Path(path)
        self.timeout = timeout
        self.version = extractor_version(nlp)
        self.hits = 0
        self.misses = 0
        self.writes = 0
        self.dropped = 0  # rows that did not validate, removed
        self.rebuilds = 0  # times the store was rebuilt from scratch
        self.compared: int | None = None  # articles a check on the claims index read and compared
        self.disabled_reason: str | None = None
        self._conn: sqlite3.Connection | None = None
        self._held: int | None = None  # writes held uncommitted (None: each commits at once)
        self._open()

    def hold(self) -> None:
        """Hold this run's writes in one open transaction, committed by
        :meth:`close` (or every :data:`HELD_WRITES` writes): a check that stores
        its new article commits once, after it has answered (see
        :func:`factcheck.cli.common.after_answer`), and reads its own writes
        meanwhile. Other runs read the store as it was, and wait to write."""
        if self._held is None:
            self._held = 0

    @contextmanager
    def _writing(self, conn: sqlite3.Connection) -> Iterator[None]:
        if self._held is None:
            with _transaction(conn):
                yield
            return
        with _held_write(conn):
            yield
        self._held += 1
        if self._held >= HELD_WRITES:
            self._commit_held(conn)
            self._held = 0

    @staticmethod
    def _commit_held(conn: sqlite3.Connection) -> None:
        """Drop the index rows of the versions this run replaced, then commit.
        They are found by name, so that rows a run left renamed (one stopped
        between its drop and its commit) go with the next."""
        retired = conn.execute("SELECT aid FROM articles WHERE article >= ? AND article < ?", (RETIRED, "\x01"))
        _drop_rows(conn, [r[0] for r in retired.fetchall()])
        conn.execute("COMMIT")

    # ------------------------------------------------------------------ public
    def get(self, article: Article, ruleset: RuleSet) -> Extraction | None:
        row = self._fetch(article, ruleset)
        if row is None:
            self.misses += 1
            return None
        try:
            ex = Extraction.model_validate_json(zlib.decompress(row))
        except (ValidationError, ValueError, zlib.error, TypeError):
            ex = None
        if ex is None or ex.article.id != article.id or ex.article.digest() != article.digest():
            self._drop(article, ruleset)
            self.misses += 1
            return None
        self.hits += 1
        if ex.article != article:  # same bytes, shown under another path
            ex = ex.model_copy(update={"article": article})
        return ex

    def put(self, extraction: Extraction, ruleset: RuleSet) -> None:
        self.store(stored_form(extraction, self.version, ruleset.knowledge.fingerprint))

    def store(self, item: Stored) -> None:
        """Write an extraction made ready by :func:`stored_form` (in a worker process, say)."""
        art_id, sha, _version, lexicon = item.key

        def write(conn: sqlite3.Connection) -> None:
            with self._writing(conn):
                # an article keeps one entry: older versions of it go. A held check
                # answers first: the old version's index rows (about 12 ms for an
                # article's text shingles and claim keys) are dropped before the commit,
                # once renamed out of the way (every read of the index goes by the
                # current articles' names or row numbers)
                conn.execute("DELETE FROM extractions WHERE article = ?", (art_id,))
                if self._held is None:
                    _unindex(conn, art_id)
                else:
                    _retire(conn, art_id)
                conn.execute("INSERT INTO extractions VALUES (?, ?, ?, ?, ?)", (*item.key, item.data))
                _index(conn, art_id, sha, lexicon, item.rows)

        if self._run(write) is not False:
            self.writes += 1

    def has(self, article: Article, ruleset: RuleSet) -> bool:
        """Whether the store holds this article's extraction and its index rows
        (counted as a hit or a miss), without reading the extraction."""
        key = (article.id, article.digest(), self.version, ruleset.knowledge.fingerprint)
        row = self._run(
            lambda c: c.execute(
                "SELECT 1 FROM extractions e JOIN articles a ON a.article = e.article AND a.sha256 = e.sha256"
                " AND a.rules = e.rules WHERE e.article = ? AND e.sha256 = ? AND e.extractor = ? AND e.rules = ?",
                key,
            ).fetchone()
        )
        if row:
            self.hits += 1
            return True
        self.misses += 1
        return False

    # ------------------------------------------------------------------ the claims index
    @property
    def connection(self) -> sqlite3.Connection | None:
        """The open store (``None`` when the cache is disabled), for :mod:`.indexed`."""
        return self._conn

    def load(self, article_id: str, sha256: str, ruleset: RuleSet) -> Extraction | None:
        """The cached extraction of an article known by id and digest only."""
        key = (article_id, sha256, self.version, ruleset.knowledge.fingerprint)
        kept = _DECODED.get(key)
        column = "1" if kept is not None else "data"  # a kept one only needs the row to be there still
        row = self._run(
            lambda c: c.execute(
                f"SELECT {column} FROM extractions WHERE article = ? AND sha256 = ? AND extractor = ? AND rules = ?",
                key,
            ).fetchone()
        )
        if not row:
            return None
        if kept is not None:
            _DECODED.move_to_end(key)
            self.hits += 1
            return kept
        try:
            ex = Extraction.model_validate_json(zlib.decompress(row[0]))
        except (ValidationError, ValueError, zlib.error, TypeError):
            return None
        if ex.article.id != article_id or ex.article.digest() != sha256:
            return None
        if _kept:
            _DECODED[key] = ex
            while len(_DECODED) > _kept:
                _DECODED.popitem(last=False)
        self.hits += 1
        return ex

    def files(self) -> dict[str, tuple[int, int, str, str]]:
        """Corpus files as last read: absolute path -> (size, mtime in ns, article id, SHA-256)."""
        rows = self._run(lambda c: c.execute("SELECT path, size, mtime_ns, article, sha256 FROM files").fetchall())
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows or ()}

    def indexed(self) -> dict[str, str]:
        """The articles the claims index holds: article id -> SHA-256."""
        rows = self._run(lambda c: c.execute("SELECT article, sha256 FROM articles").fetchall())
        return {r[0]: r[1] for r in rows or () if not r[0].startswith(RETIRED)}

    def record_files(self, rows: list[tuple[str, int, int, str, str]]) -> None:
        if not rows:
            return

        def write(conn: sqlite3.Connection) -> None:
            with self._writing(conn):
                conn.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)", rows)

        self._run(write)

    def stats(self) -> dict[str, int]:
        return {
            "hits": self.hits,
            "misses": self.misses,
            "writes": self.writes,
            "dropped": self.dropped,
            "rebuilds": self.rebuilds,
        }

    def __len__(self) -> int:
        n = self._run(lambda c: c.execute("SELECT count(*) FROM extractions").fetchone()[0])
        return int(n or 0)

    def close(self) -> None:
        """Commit what is held (see :meth:`hold`) and close the store."""
        if self._conn is not None:
            if self._conn.in_transaction:
                try:
                    self._commit_held(self._conn)
                except sqlite3.Error:  # the writes are lost to the cache, nothing else
                    with suppress(sqlite3.Error):
                        self._conn.execute("ROLLBACK")
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SQLiteCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ store
    def _connect(self) -> sqlite3.Connection:
        # autocommit mode: every write below is an explicit transaction
        conn = sqlite3.connect(self.path, timeout=self.timeout, isolation_level=None)
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        return conn

    def _open(self) -> None:
        try:
            make_folder(self.path.parent)
        except OSError as exc:
            self.disabled_reason = f"cannot create the cache folder: {exc.strerror}"
            return
        foreign = not_a_cache(self.path)
        if foreign:
            raise UsageError(
                f"not a factcheck cache ({foreign}); refusing to delete or overwrite it: "
                "give --cache a new file name, or remove the file yourself",
                path=str(self.path),
            )
        for attempt in range(2):
            conn = None
            try:
                conn = self._connect()
                self._prepare(conn)
                self._conn = conn
                return
            except sqlite3.Error as exc:
                if conn is not None:
                    conn.close()
                if _busy(exc):
                    self.disabled_reason = "the cache is locked by another run"
                    return
                if attempt == 0:
                    self._remove_files()
                    self.rebuilds += 1
                    continue
                self.disabled_reason = f"cannot use the cache: {exc}"
            except OSError as exc:
                if conn is not None:
                    conn.close()
                self.disabled_reason = f"cannot use the cache: {exc.strerror or exc}"
                return

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Create the tables, or rebuild them if their shape or the extractor
        version is not this one. Raises ``sqlite3.DatabaseError`` for a file
        that is not a database."""
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        with _transaction(conn):
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            ok = tables >= _TABLES
            if ok:
                cols = [r[1] for r in conn.execute("PRAGMA table_info(extractions)")]
                meta_cols = [r[1] for r in conn.execute("PRAGMA table_info(meta)")]
                ok = cols == _COLUMNS and meta_cols == ["key", "value"]
            if ok:
                meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
                ok = meta.get("schema") == SCHEMA_VERSION and meta.get("extractor") == self.version
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if not ok:
                if tables:
                    self.rebuilds += 1
                for t in tables:
                    if not t.startswith("sqlite_"):
                        conn.execute(f'DROP TABLE IF EXISTS "{t}"')
                for statement in _CREATE:
                    conn.execute(statement)
                conn.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("schema", SCHEMA_VERSION), ("extractor", self.version)],
                )

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                Path(str(self.path) + suffix).unlink()
            except FileNotFoundError:
                pass
            except OSError:
                pass

    def _run(self, op):
        """Run ``op(conn)``; on a damaged store rebuild it once and retry; on a
        store that stays locked give up quietly (the run goes on uncached)."""
        for attempt in range(2):
            if self._conn is None:
                return False
            try:
                return op(self._conn)
            except sqlite3.Error as exc:
                if _busy(exc):
                    return False
                if attempt == 0:
                    self.close()
                    self._remove_files()
                    self.rebuilds += 1
                    self._open()
                    continue
                self.close()
                self.disabled_reason = f"cannot use the cache: {exc}"
        return False

    def _fetch(self, article: Article, ruleset: RuleSet) -> bytes | None:
        key = (article.id, article.digest(), self.version, ruleset.knowledge.fingerprint)
        row = self._run(
            lambda c: c.execute(
                "SELECT data FROM extractions WHERE article = ? AND sha256 = ? AND extractor = ? AND rules = ?", key
            ).fetchone()
        )
        if not row:
            return None
        return row[0]

    def _drop(self, article: Article, ruleset: RuleSet) -> None:
        def delete(conn: sqlite3.Connection) -> None:
            with self._writing(conn):
                conn.execute("DELETE FROM extractions WHERE article = ?", (article.id,))
                _unindex(conn, article.id)

        self._run(delete)
        self.dropped += 1
