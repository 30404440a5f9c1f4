"""``check`` on the claims index: a warm check parses only the new article,
reads only the articles that share its keys, and reports what a check that
reads every article reports, byte for byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import write_article

from factcheck.cli import main
from factcheck.pipeline import indexed
from factcheck.pipeline.cache import SCHEMA_VERSION

WIRE = (
    "The regional water board said the reservoir held enough water for the whole summer season, "
    "and that no restrictions on garden watering were planned for the coming weeks in any district."
)
CORPUS = {
    "strike-daily": ("2024-05-06", "The teachers' strike closed 120 schools across the province on Monday.\n"),
    "strike-herald": (
        "2024-05-06",
        "The teachers' strike closed 120 schools across the province on Monday.\n\n"
        '"We will not go back without a contract," union leader Mara Quill said.\n',
    ),
    "council-times": (
        "2024-03-10",
        "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n"
        "Councillor Ivo Brandt, 54, voted against it.\n",
    ),
    "council-gazette": ("2024-03-11", "Councillor Ivo Brandt, 56, said the stadium budget was too high.\n"),
    "water-wire": ("2024-07-01", WIRE + "\n\nThe reservoir was 84 percent full on Sunday.\n"),
    "water-copy": ("2024-07-01", WIRE + "\n\nThe reservoir was 84 percent full on Sunday.\n"),
    "bakery-news": ("2024-02-02", "A bakery on Elm Street won a regional bread prize for its rye loaf.\n"),
    "ferry-news": ("2024-02-03", "The ferry service added two evening crossings to its winter timetable.\n"),
}
NEW = (
    "2024-07-02",
    "The teachers' strike closed 150 schools across the province on Monday.\n\n"
    '"We will not go back without a signed contract," union spokesman Tom Reyes said.\n\n'
    "Brandt, 58, joined the picket line.\n\n"  # by surname alone
    + WIRE
    + "\n\nThe reservoir was 91 percent full on Sunday.\n",
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, (published, text) in CORPUS.items():
        write_article(folder, name, text, published)
    return folder


def _check(capsys, new: Path, corpus: Path, *extra: str) -> tuple[int, str, str]:
    code = main(["check", str(new), "--corpus", str(corpus), "--format", "json", "--fail-on", "never", "-v", *extra])
    out, err = capsys.readouterr()
    return code, out, err


def test_warm_check_on_the_index_reports_what_a_full_check_reports(corpus, tmp_path, capsys):
    new = write_article(tmp_path, "strike-draft", NEW[1], NEW[0])
    cache = tmp_path / "cache.sqlite"
    cold = _check(capsys, new, corpus, "--no-cache")
    filling = _check(capsys, new, corpus, "--cache", str(cache))  # every article read, extracted and indexed
    again = _check(capsys, new, corpus, "--cache", str(cache))
    assert cold[1] == filling[1] == again[1]
    assert cold[0] == again[0]
    assert '"FC003"' in cold[1]  # there is something to find: 120 / 150 schools, 84 / 91 percent
    # the draft edited: the warm check parses only it, and reads only what shares its keys
    write_article(tmp_path, "strike-draft", NEW[1].replace("150", "151"), NEW[0])
    warm = _check(capsys, new, corpus, "--cache", str(cache))
    assert warm[1] == _check(capsys, new, corpus, "--no-cache")[1]
    assert f"{len(CORPUS)} hits, 1 miss, 1 written" in warm[2]
    compared = int(warm[2].split("claims index: ")[1].split()[0])
    assert 1 < compared < len(CORPUS)  # bakery and ferry news share nothing with the draft


def test_an_edited_corpus_article_is_read_again(corpus, tmp_path, capsys):
    new = write_article(tmp_path, "strike-draft", NEW[1], NEW[0])
    cache = tmp_path / "cache.sqlite"
    _check(capsys, new, corpus, "--cache", str(cache))
    write_article(corpus, "strike-daily", CORPUS["strike-daily"][1].replace("120", "135"), "2024-05-06")
    (corpus / "bakery-news.md").unlink()
    warm = _check(capsys, new, corpus, "--cache", str(cache))
    cold = _check(capsys, new, corpus, "--no-cache")
    assert warm[1] == cold[1]
    assert "135" in warm[1]


def test_a_new_corpus_article_named_by_path(corpus, tmp_path, capsys):
    cache = tmp_path / "cache.sqlite"
    new = write_article(corpus, "strike-wire", NEW[1], NEW[0])
    first = _check(capsys, new, corpus, "--cache", str(cache))
    again = _check(capsys, new, corpus, "--cache", str(cache))
    cold = _check(capsys, new, corpus, "--no-cache")
    assert first[1] == again[1] == cold[1]


def test_the_index_is_in_the_cache_schema(corpus, tmp_path, capsys):
    new = write_article(tmp_path, "strike-draft", NEW[1], NEW[0])
    cache = tmp_path / "cache.sqlite"
    _check(capsys, new, corpus, "--cache", str(cache))
    conn = sqlite3.connect(cache)
    try:
        assert dict(conn.execute("SELECT key, value FROM meta"))["schema"] == SCHEMA_VERSION
        n_articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        keys = conn.execute("SELECT count(*) FROM claim_keys").fetchone()[0]
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    finally:
        conn.close()
    assert n_articles == len(CORPUS) + 1
    assert keys > 0
    assert "claim_keys_key" in indexes


def test_short_names_are_read_as_the_corpus_long_name_in_both_directions():
    from factcheck.pipeline.indexed import _NameMap

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE names (aid INTEGER, entity TEXT, type TEXT)")
    conn.execute("CREATE TEMP TABLE cur (aid INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO cur VALUES (?)", [(1,), (2,)])
    conn.executemany(
        "INSERT INTO names VALUES (?, ?, ?)",
        [(1, "ada-okafor", "person"), (2, "okafor", "person"), (3, "ben-okafor", "person")],  # 3: not in the corpus
    )
    names = _NameMap(conn)
    assert names.map == {"okafor": "ada-okafor"}
    # a claim showing @ada-okafor was extracted with either name; @okafor is never shown
    assert names.written("@ada-okafor") == {"@ada-okafor", "@okafor"}
    assert names.written("council") == {"council"}
    assert names.raw_keys("age|@ada-okafor", "age") == {"age|@ada-okafor", "age|@okafor"}
    assert names.raw_keys("quote|@ada-okafor", "quote") == {"quote|@ada-okafor"}  # quotations keep names as written
    conn.execute("INSERT INTO cur VALUES (3)")  # two people share the surname: it is left alone
    assert _NameMap(conn).map == {}


def test_the_short_name_map_rereads_only_the_new_articles_while_the_rest_is_the_same():
    from factcheck.pipeline.indexed import _NameMap

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE names (aid INTEGER, entity TEXT, type TEXT)")
    conn.execute("CREATE TEMP TABLE cur (aid INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO cur VALUES (?)", [(1,), (2,)])
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", [(1, "ada-okafor", "person"), (2, "okafor", "person")])
    assert _NameMap(conn, ("corpus", 1), [2]).map == {"okafor": "ada-okafor"}
    # the rest as it was (one key): its names are not read again ...
    conn.execute("DELETE FROM names WHERE aid = 1")
    assert _NameMap(conn, ("corpus", 1), [2]).map == {"okafor": "ada-okafor"}
    # ... but the new article's are: a new version naming "Ben Okafor" in full makes two
    conn.execute("INSERT INTO names VALUES (2, 'ben-okafor', 'person')")
    assert _NameMap(conn, ("corpus", 1), [2]).map == {}
    # another rest (an article added, changed or gone) is read again
    conn.execute("DELETE FROM names WHERE aid = 2 AND entity = 'ben-okafor'")
    assert _NameMap(conn, ("corpus", 2), [2]).map == {}  # aid 1 no longer names Ada Okafor
    conn.execute("INSERT INTO names VALUES (1, 'ada-okafor', 'person')")
    assert _NameMap(conn, ("corpus", 3), [2]).map == {"okafor": "ada-okafor"}


def _idf_index() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE articles (aid INTEGER PRIMARY KEY, sha256 TEXT)")
    conn.execute("CREATE TABLE anchors (anchor TEXT, aid INTEGER, renamed INTEGER)")
    conn.execute("CREATE TABLE names (aid INTEGER, entity TEXT, type TEXT)")
    conn.execute("CREATE TEMP TABLE cur (aid INTEGER PRIMARY KEY)")
    conn.executemany("INSERT INTO articles VALUES (?, ?)", [(1, "s1"), (2, "s2"), (3, "s3"), (4, "s4")])
    conn.executemany("INSERT INTO cur VALUES (?)", [(1,), (2,), (3,), (4,)])
    rows = [("bridge", 1, 0), ("bridge", 2, 0), ("council", 1, 0), ("@okafor", 2, 1), ("@ada-okafor", 3, 1)]
    conn.executemany("INSERT INTO anchors VALUES (?, ?, ?)", rows)
    return conn


def test_idf_weights_kept_for_the_rest_of_the_corpus_equal_those_counted_afresh(monkeypatch):
    from factcheck.pipeline.indexed import _Lazy, _NameMap

    monkeypatch.setattr(_Lazy, "_rest_df", None)
    conn = _idf_index()
    conn.executemany("INSERT INTO names VALUES (?, ?, ?)", [(2, "okafor", "person"), (3, "ada-okafor", "person")])

    def weights(rest, new):
        lazy = _Lazy(conn, 4, _NameMap(conn), rest, new)
        return {a: lazy.get(a) for a in ("bridge", "council", "@ada-okafor", "ferry")}

    afresh = weights(None, [4])
    assert afresh["bridge"] is not None and afresh["ferry"] is None
    assert weights(("corpus", 1), [4]) == afresh
    # the new article (aid 4) changes: its anchors count, the rest's counts are kept
    conn.execute("INSERT INTO anchors VALUES ('bridge', 4, 0)")
    conn.execute("INSERT INTO anchors VALUES ('ferry', 4, 0)")
    afresh = weights(None, [4])
    assert weights(("corpus", 1), [4]) == afresh and afresh["ferry"] is not None
    conn.execute("DELETE FROM anchors WHERE aid = 1")  # the rest's rows are not read again ...
    assert weights(("corpus", 1), [4]) == afresh
    assert weights(("corpus", 2), [4]) == weights(None, [4]) != afresh  # ... unless the rest is another
    # a new article whose text another article also has counts once, as the index counts it
    conn.execute("UPDATE articles SET sha256 = 's2' WHERE aid = 4")
    assert weights(("corpus", 2), [4]) == weights(None, [4])
    assert weights(("corpus", 2), [4])["ferry"] is not None


def test_touched_files_named_another_way_are_not_extracted_again(corpus, tmp_path, capsys, monkeypatch):
    """A fresh clone gives every file a new modification time, and a check may
    name the corpus relatively or absolutely: a file whose bytes the index holds
    is read (to hash it) but its extraction is not loaded, nor made again."""
    import os

    from factcheck.pipeline.cache import SQLiteCache

    new = write_article(tmp_path, "strike-draft", NEW[1], NEW[0])
    cache = tmp_path / "cache.sqlite"
    first = _check(capsys, new, corpus, "--cache", str(cache))
    for f in corpus.iterdir():
        os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    loads: list[str] = []
    real_get = SQLiteCache.get

    def counting_get(self, article, ruleset):
        loads.append(article.id)
        return real_get(self, article, ruleset)

    monkeypatch.setattr(SQLiteCache, "get", counting_get)
    monkeypatch.chdir(corpus.parent)
    touched = _check(capsys, new, Path(corpus.name), "--cache", str(cache))
    assert loads == ["strike-draft"]  # the new article alone
    assert _findings(touched[1]) == _findings(first[1]) != []
    loads.clear()
    again = _check(capsys, new, corpus.resolve(), "--cache", str(cache))  # recorded: not even read
    assert loads == ["strike-draft"] and _findings(again[1]) == _findings(first[1])


def _findings(report: str) -> list:
    """The findings of a JSON report, without the paths (the corpus named another way)."""
    import json

    found = json.loads(report)["findings"]
    for f in found:
        for c in f["claims"]:
            c.pop("path", None)
    return found


def test_the_kept_names_are_keyed_on_the_cache_file_and_what_built_it(tmp_path):
    from types import SimpleNamespace

    from factcheck.pipeline.indexed import _rest_key

    rules = SimpleNamespace(knowledge=SimpleNamespace(fingerprint="f"), nlp=None)
    digest = {"a": "1", "b": "2", "new": "3"}
    assert _rest_key(sqlite3.connect(":memory:"), rules, digest, {"new"}) is None  # no file: nothing kept
    conn = sqlite3.connect(tmp_path / "c.sqlite")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES ('extractor', 'one')")
    key = _rest_key(conn, rules, digest, {"new"})
    assert key == _rest_key(conn, rules, {**digest, "new": "4"}, {"new"})  # a new version of the new article
    assert key != _rest_key(conn, rules, {**digest, "b": "5"}, {"new"})  # another article changed
    conn.execute("UPDATE meta SET value = 'two' WHERE key = 'extractor'")  # rebuilt by another extractor
    assert key != _rest_key(conn, rules, digest, {"new"})


def test_a_corpus_checked_again_in_one_process_is_clustered_once(corpus, tmp_path, capsys, monkeypatch):
    """A long-lived process (``factcheck serve``) asked again about one corpus
    keeps its event clustering; a corpus that changed is clustered again, and
    the report is what a check that reads everything gives."""
    calls: list[int] = []
    real = indexed.cluster_events

    def counting(mentions, knowledge):
        calls.append(len(mentions))
        return real(mentions, knowledge)

    monkeypatch.setattr(indexed, "cluster_events", counting)
    new = write_article(tmp_path, "strike-draft", NEW[1], NEW[0])
    cache = tmp_path / "cache.sqlite"
    _check(capsys, new, corpus, "--cache", str(cache))  # fills the index
    first = _check(capsys, new, corpus, "--cache", str(cache))
    clustered = len(calls)
    again = _check(capsys, new, corpus, "--cache", str(cache))
    third = _check(capsys, new, corpus, "--cache", str(cache))
    assert first[1] == again[1] == third[1]
    assert len(calls) == clustered  # not clustered again
    write_article(corpus, "strike-daily", CORPUS["strike-daily"][1].replace("120", "135"), "2024-05-06")
    changed = _check(capsys, new, corpus, "--cache", str(cache))
    assert len(calls) == clustered + 1
    assert changed[1] == _check(capsys, new, corpus, "--no-cache")[1]
    assert "135" in changed[1]


def _shingle_corpus(rng, conn: sqlite3.Connection, aids: list[int]) -> None:
    """Articles made of runs of shared shingles: some share enough to be one source, some a few."""
    for aid in aids:
        hashes: set[int] = set()
        for _ in range(rng.randint(1, 3)):
            start = rng.randrange(60)
            hashes.update(range(start, start + rng.choice((2, 4, 7, 9))))
        conn.executemany("INSERT INTO text_shingles VALUES (?, ?)", [(h, aid) for h in sorted(hashes)])


def test_source_clusters_kept_for_the_rest_of_the_corpus_equal_those_resolved_afresh():
    """A long-lived process keeps the independent-source clusters of the articles
    that share no shingle with the new ones; on 200 random corpora, each checked
    with three new articles in turn, every cluster equals the one resolved from scratch."""
    import random

    kept_some = 0
    for seed in range(200):
        rng = random.Random(seed)
        conn = sqlite3.connect(":memory:")
        conn.execute("CREATE TABLE text_shingles (hash INTEGER NOT NULL, aid INTEGER NOT NULL)")
        conn.execute("CREATE TEMP TABLE cur (aid INTEGER PRIMARY KEY)")
        rest = list(range(1, rng.randint(3, 12)))
        names = {aid: f"a{rng.random():.6f}" for aid in rest}  # ids in no order of the rows
        _shingle_corpus(rng, conn, rest)
        kept: dict = {}
        for turn in range(3):
            new = 100 + turn
            conn.execute("DELETE FROM text_shingles WHERE aid >= 100")
            _shingle_corpus(rng, conn, [new])
            all_names = {**names, new: f"a{rng.random():.6f}"}  # before or after the others
            conn.execute("DELETE FROM cur")
            conn.executemany("INSERT INTO cur VALUES (?)", [(a,) for a in all_names])
            aids = {n: a for a, n in all_names.items()}
            order = list(all_names.values())
            rng.shuffle(order)  # findings ask in any order
            served = indexed._Sources(conn, all_names, aids, new=[new], kept=kept)
            fresh = indexed._Sources(conn, all_names, aids)
            assert [served.get(n) for n in order] == [fresh.get(n) for n in order], (seed, turn)
        kept_some += bool(kept)
    assert kept_some > 100  # most corpora kept clusters: the test compares them
