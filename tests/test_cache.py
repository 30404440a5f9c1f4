"""The extraction cache: what is reused, what is extracted again, and how a
damaged or shared store is handled."""

from __future__ import annotations

import shutil
import sqlite3
import threading
import zlib
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest
from conftest import ROOT, write_article

from factcheck.cli import main
from factcheck.ingest.loader import load_article, load_corpus
from factcheck.pipeline import cache as _cache
from factcheck.pipeline.cache import SQLiteCache, default_cache_path
from factcheck.pipeline.core import extract_all
from factcheck.rules.ruleset import load_rules

TEXTS = {
    "one": "The teachers' strike closed 120 schools across the province on Monday.\n",
    "two": "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n",
    "three": '"We will rebuild every home in this valley," Mayor Lena Ortiz said on Sunday.\n',
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name, text in TEXTS.items():
        write_article(folder, name, text, "2024-05-06")
    return folder


def articles(folder: Path):
    arts, errors = load_corpus(folder)
    assert errors == []
    return arts


def test_second_run_reads_everything_from_the_cache(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        first = extract_all(articles(corpus), ruleset, cache)
        assert cache.stats() == {"hits": 0, "misses": 3, "writes": 3, "dropped": 0, "rebuilds": 0}
        assert len(cache) == 3
    with SQLiteCache(path) as cache:
        second = extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.misses, cache.writes) == (3, 0, 0)
    assert second == first  # a cached extraction is the extraction


def test_only_the_changed_article_is_extracted_again(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    write_article(corpus, "two", TEXTS["two"].replace("March 3", "March 4"), "2024-05-06")
    with SQLiteCache(path) as cache:
        exs = extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.misses, cache.writes) == (2, 1, 1)
        assert len(cache) == 3  # the old version of 'two' was replaced, not kept
    assert "March 4" in next(e for e in exs if e.article.id == "two").article.text


def test_same_bytes_under_another_path_keep_their_new_path(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    arts = articles(corpus)
    with SQLiteCache(path) as cache:
        extract_all(arts, ruleset, cache)
    moved = [a.model_copy(update={"path": "elsewhere/" + a.path}) for a in arts]
    with SQLiteCache(path) as cache:
        exs = extract_all(moved, ruleset, cache)
        assert cache.hits == 3
    assert [e.article.path for e in exs] == [a.path for a in moved]


def test_a_changed_rule_keeps_the_cache_a_changed_lexicon_empties_it(corpus, tmp_path):
    """The cache key covers the lexicon and the extractor version, not the
    rules: editing a rule's message, documentation or severity reuses every
    extraction; editing a lexicon file extracts again."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), load_rules(rules), cache)
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), load_rules(rules), cache)
        assert (cache.hits, cache.misses) == (3, 0)

    rule = rules / "FC003.yaml"
    text = rule.read_text(encoding="utf-8")
    assert "severity: warning" in text and "\nmessage: " in text
    text = text.replace("severity: warning", "severity: error", 1).replace("\nmessage: ", "\nmessage: Reworded, ", 1)
    rule.write_text(text + "\n# a note in the documentation\n", encoding="utf-8")
    edited = load_rules(rules)
    assert edited.get("FC003").spec.message.startswith("Reworded, ")
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), edited, cache)
        assert (cache.hits, cache.misses, cache.writes) == (3, 0, 0)

    lexicon = rules / "lexicon" / "events.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), load_rules(rules), cache)
        assert (cache.hits, cache.misses, cache.writes) == (0, 3, 3)


def test_a_changed_rule_file_keeps_the_cache_of_check(corpus, tmp_path, capsys):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    new = write_article(corpus, "new", TEXTS["one"].replace("120", "150"), "2024-05-06")
    argv = ["check", str(new), "--corpus", str(corpus), "--rules", str(rules), "-v"]
    main(argv)
    assert "0 hits, 4 misses, 4 written" in capsys.readouterr().err
    main(argv)
    assert "4 hits, 0 misses, 0 written" in capsys.readouterr().err
    rule = rules / "FC005.yaml"
    rule.write_text(rule.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    main(argv)
    assert "4 hits, 0 misses, 0 written" in capsys.readouterr().err
    lexicon = rules / "lexicon" / "events.yaml"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    main(argv)
    assert "0 hits, 4 misses, 4 written" in capsys.readouterr().err
    assert default_cache_path(corpus).exists()


def test_an_extractor_version_change_rebuilds(corpus, tmp_path, ruleset, monkeypatch):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    monkeypatch.setattr(_cache, "EXTRACTOR_VERSION", _cache.EXTRACTOR_VERSION + "-next")
    with SQLiteCache(path) as cache:
        assert cache.rebuilds == 1
        assert len(cache) == 0  # entries of the old extractor are gone, not kept alongside
        extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.misses) == (0, 3)
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.rebuilds) == (3, 0)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda p: p.write_bytes(b"this is not a database, just some text\n" * 100), id="not-a-database"),
        pytest.param(lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000), id="bad-header"),
        pytest.param(lambda p: p.write_bytes(p.read_bytes()[:1500]), id="truncated"),
        pytest.param(
            lambda p: _sql(p, "DROP TABLE extractions", "CREATE TABLE extractions (article TEXT, data TEXT)"),
            id="wrong-columns",
        ),
        pytest.param(lambda p: _sql(p, "DROP TABLE meta"), id="missing-table"),
        pytest.param(lambda p: _sql(p, "UPDATE meta SET value = '999' WHERE key = 'schema'"), id="other-schema"),
    ],
)
def test_a_damaged_store_is_rebuilt(corpus, tmp_path, ruleset, damage):
    path = tmp_path / ".factcheck-cache" / "c.sqlite"  # the cache's own folder: damage there is repaired
    with SQLiteCache(path) as cache:
        first = extract_all(articles(corpus), ruleset, cache)
    for extra in ("-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)
    damage(path)
    with SQLiteCache(path) as cache:
        assert cache.disabled_reason is None
        again = extract_all(articles(corpus), ruleset, cache)
        assert cache.rebuilds >= 1
        assert (cache.hits, cache.misses, cache.writes) == (0, 3, 3)
    assert again == first
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.rebuilds) == (3, 0)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for s in statements:
        conn.execute(s)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "payload", [b"not zlib at all", zlib.compress(b""), None], ids=["garbage", "empty-json", "valid-json-wrong-article"]
)
def test_a_bad_row_is_dropped_and_extracted_again(corpus, tmp_path, ruleset, payload):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    if payload is None:  # a valid extraction, but of another article
        conn = sqlite3.connect(path)
        other = conn.execute("SELECT data FROM extractions WHERE article = 'one'").fetchone()[0]
        conn.close()
        payload = other
    _sql(path, f"UPDATE extractions SET data = x'{payload.hex()}' WHERE article = 'two'")
    with SQLiteCache(path) as cache:
        exs = extract_all(articles(corpus), ruleset, cache)
        assert (cache.hits, cache.misses, cache.dropped, cache.writes) == (2, 1, 1, 1)
        assert cache.rebuilds == 0
    assert next(e for e in exs if e.article.id == "two").article.text.endswith(TEXTS["two"])


def test_a_locked_store_is_skipped_not_destroyed(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus)[:1], ruleset, cache)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another run holds the write lock
    try:
        cache = SQLiteCache(path, timeout=0.05)
        exs = extract_all(articles(corpus), ruleset, cache)
        assert len(exs) == 3
        assert cache.rebuilds == 0
        cache.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with SQLiteCache(path) as cache:  # the entry written before is still there
        assert len(cache) >= 1
        assert cache.rebuilds == 0


def _fill(path: str, folder: str, ids: list[str], rounds: int) -> dict:
    rs = load_rules()
    arts = [a for a in load_corpus(Path(folder))[0] if a.id in ids]
    with SQLiteCache(path, timeout=30) as cache:
        for _ in range(rounds):
            extract_all(arts, rs, cache)
        return cache.stats()


@pytest.fixture
def many(tmp_path: Path) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        write_article(
            folder, f"a{i:02d}", f"The council met {i + 2} times in March, the clerk said on Monday.\n", "2024-05-06"
        )
    return folder


def test_two_threads_share_one_store(many, tmp_path):
    path = tmp_path / "shared.sqlite"
    ids = [a.id for a in articles(many)]
    results: list[dict] = []
    errors: list[BaseException] = []

    def work(chunk):
        try:
            results.append(_fill(str(path), str(many), chunk, 3))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(ids,)), threading.Thread(target=work, args=(ids[::-1],))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert all(r["rebuilds"] == 0 for r in results)
    _check_complete(path, many, ids)


def test_two_processes_share_one_store(many, tmp_path):
    path = tmp_path / "shared.sqlite"
    ids = [a.id for a in articles(many)]
    ctx = get_context("fork") if hasattr(__import__("os"), "fork") else get_context("spawn")
    with ProcessPoolExecutor(max_workers=2, mp_context=ctx) as pool:
        futures = [
            pool.submit(_fill, str(path), str(many), ids, 3),
            pool.submit(_fill, str(path), str(many), ids[::-1], 3),
        ]
        stats = [f.result(timeout=120) for f in futures]
    assert all(s["rebuilds"] == 0 and s["dropped"] == 0 for s in stats)
    assert sum(s["hits"] + s["misses"] for s in stats) == 2 * 3 * len(ids)
    _check_complete(path, many, ids)


def _check_complete(path: Path, folder: Path, ids: list[str]) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    with SQLiteCache(path) as cache:
        extract_all(articles(folder), load_rules(), cache)
        assert (cache.hits, cache.misses) == (len(ids), 0)


def test_default_location_is_hidden_and_ignored(corpus):
    path = default_cache_path(corpus)
    assert path == corpus / ".factcheck-cache" / "cache.sqlite"
    SQLiteCache(path).close()
    assert (path.parent / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert [a.id for a in articles(corpus)] == sorted(TEXTS)  # the cache folder holds no articles


def test_an_unusable_location_means_no_cache(tmp_path, ruleset, corpus):
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    cache = SQLiteCache(blocker / "sub" / "c.sqlite")
    assert cache.disabled_reason
    exs = extract_all(articles(corpus), ruleset, cache)
    assert len(exs) == 3 and cache.misses == 3 and cache.writes == 0
    cache.close()


def test_article_loaded_without_a_file_hash(tmp_path, ruleset):
    write_article(tmp_path, "x", TEXTS["one"], "2024-05-06")
    art = load_article(tmp_path / "x.md").model_copy(update={"sha256": ""})
    with SQLiteCache(tmp_path / "c.sqlite") as cache:
        extract_all([art], ruleset, cache)
        extract_all([art], ruleset, cache)
        assert (cache.hits, cache.misses) == (1, 1)


def test_an_empty_sqlite_database_may_become_the_cache_but_one_with_a_view_may_not(tmp_path):
    import sqlite3

    from factcheck.pipeline.cache import not_a_cache

    empty = tmp_path / "empty.sqlite"
    conn = sqlite3.connect(empty)
    conn.execute("PRAGMA journal_mode = WAL")  # a store another run is creating this moment
    conn.close()
    assert not_a_cache(empty) is None
    viewed = tmp_path / "viewed.sqlite"
    conn = sqlite3.connect(viewed)
    conn.execute("CREATE VIEW v AS SELECT 1")
    conn.close()
    assert not_a_cache(viewed) == "another program's SQLite database"


def test_a_store_created_between_two_reads_of_the_check_is_still_ours(tmp_path, monkeypatch):
    """Another run may create the store while this one checks it: the check reads
    one snapshot, so it never sees the tables without the application id."""
    path = tmp_path / "c.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")  # another run began creating the store
    conn.close()
    real_connect = sqlite3.connect

    class Racing:
        """A read-only connection; right after its first read, the other run commits."""

        def __init__(self, conn):
            self.conn = conn
            self.reads = 0

        def execute(self, sql, *params):
            cur = self.conn.execute(sql, *params)
            if sql.lstrip().upper().startswith(("SELECT", "PRAGMA")):
                self.reads += 1
                if self.reads == 1:
                    monkeypatch.setattr(_cache.sqlite3, "connect", real_connect)
                    SQLiteCache(path).close()  # the other run creates every table, and the id
            return cur

        def close(self):
            self.conn.close()

    monkeypatch.setattr(_cache.sqlite3, "connect", lambda *a, **k: Racing(real_connect(*a, **k)))
    assert _cache.not_a_cache(path) is None
    with SQLiteCache(path) as cache:
        assert cache.disabled_reason is None and cache.rebuilds == 0


# ----------------------------------------------------------------------------- writes held until the answer


def _stored(path: Path) -> set[str]:
    """The articles another connection sees in the store (what is committed)."""
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT article FROM extractions")}
    finally:
        conn.close()


def test_held_writes_are_read_by_the_run_and_committed_at_close(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    cache = SQLiteCache(path)
    cache.hold()
    exs = extract_all(articles(corpus), ruleset, cache)
    assert cache.writes == 3
    assert _stored(path) == set()  # not committed: other runs see the store as it was
    assert cache.get(exs[0].article, ruleset) == exs[0]  # the run reads its own writes
    cache.close()
    assert _stored(path) == {"one", "two", "three"}


def test_a_held_store_commits_every_so_many_writes(corpus, tmp_path, ruleset, monkeypatch):
    monkeypatch.setattr(_cache, "HELD_WRITES", 2)
    path = tmp_path / "c.sqlite"
    cache = SQLiteCache(path)
    cache.hold()
    extract_all(articles(corpus), ruleset, cache)
    assert len(_stored(path)) == 2  # a run that stores a whole corpus does not hold it all
    cache.close()
    assert len(_stored(path)) == 3


def _index_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """Index rows per article name, and those of no article row (orphans)."""
    names = dict(conn.execute("SELECT aid, article FROM articles"))
    out: dict[str, int] = {}
    for table in _cache._INDEXED:
        for aid, n in conn.execute(f"SELECT aid, count(*) FROM {table} GROUP BY aid"):
            key = names.get(aid, "<orphan>")
            out[key] = out.get(key, 0) + n
    return out


def _new_version(corpus: Path, ruleset):
    write_article(corpus, "three", TEXTS["three"].replace("Sunday", "Monday, in Northvale"), "2024-05-06")
    (art,) = [a for a in articles(corpus) if a.id == "three"]
    return art


def test_a_held_check_drops_the_old_versions_index_rows_before_it_commits(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    conn = sqlite3.connect(path)
    before = _index_rows(conn)
    cache = SQLiteCache(path)
    cache.hold()
    (ex,) = extract_all([_new_version(corpus, ruleset)], ruleset, cache)
    live = cache.connection
    assert live is not None
    held = _index_rows(live)
    # while the check runs: one row named "three" (the new version), the old one's rows renamed aside
    assert cache.indexed()["three"] == ex.article.sha256
    assert [n for n in held if n.startswith(_cache.RETIRED)] and held["three"] != before["three"]
    cache.close()
    after = _index_rows(conn)
    conn.close()
    assert "<orphan>" not in after and not [n for n in after if n.startswith(_cache.RETIRED)]
    assert after["three"] == held["three"] and after["one"] == before["one"] and after["two"] == before["two"]


def test_a_failed_write_of_a_new_version_keeps_the_old_versions_rows(corpus, tmp_path, ruleset, monkeypatch):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    conn = sqlite3.connect(path)
    before = _index_rows(conn)
    old_sha = dict(conn.execute("SELECT article, sha256 FROM articles"))["three"]

    def fail(*args, **kwargs):
        raise RuntimeError("the write fails half-way")

    cache = SQLiteCache(path)
    cache.hold()
    monkeypatch.setattr(_cache, "_index", fail)
    with pytest.raises(RuntimeError):
        extract_all([_new_version(corpus, ruleset)], ruleset, cache)
    cache.close()
    assert _index_rows(conn) == before  # the renaming was undone with the write, and nothing was dropped
    assert dict(conn.execute("SELECT article, sha256 FROM articles"))["three"] == old_sha
    conn.close()


def test_rows_a_stopped_run_left_renamed_go_with_the_next_held_commit(corpus, tmp_path, ruleset):
    path = tmp_path / "c.sqlite"
    with SQLiteCache(path) as cache:
        extract_all(articles(corpus), ruleset, cache)
    # as a run stopped between its drop and its commit leaves it: "one" renamed aside, its rows kept
    assert _cache.RETIRED == "\x00"
    _sql(path, "UPDATE articles SET article = char(0) || aid WHERE article = 'one'")
    cache = SQLiteCache(path)
    cache.hold()
    extract_all([_new_version(corpus, ruleset)], ruleset, cache)
    cache.close()
    conn = sqlite3.connect(path)
    after = _index_rows(conn)
    conn.close()
    assert set(after) == {"two", "three"}


def test_a_check_commits_its_new_article_after_its_answer(corpus, tmp_path, capsys, monkeypatch):
    from factcheck.cli.common import AFTER_ANSWER

    path = tmp_path / "c.sqlite"
    argv = ["check", str(corpus / "three.md"), "--corpus", str(corpus), "--cache", str(path), "--no-config"]
    argv += ["--format", "json"]
    main(argv)  # the whole corpus stored, on the command line: committed when the command returns
    assert _stored(path) == {"one", "two", "three"}
    write_article(corpus, "three", TEXTS["three"].replace("Sunday", "Monday"), "2024-05-06")
    monkeypatch.setattr(AFTER_ANSWER, "served", True)  # as factcheck serve runs it
    main(argv)
    out = capsys.readouterr().out
    assert '"articles"' in out  # the answer is complete ...
    conn = sqlite3.connect(path)
    old = conn.execute("SELECT sha256 FROM extractions WHERE article = 'three'").fetchone()
    conn.close()
    AFTER_ANSWER.run()  # ... before the new version is committed, which the server does next
    conn = sqlite3.connect(path)
    new = conn.execute("SELECT sha256 FROM extractions WHERE article = 'three'").fetchone()
    conn.close()
    assert old != new and AFTER_ANSWER.jobs == []
