"""``run`` streamed through the claims index (factcheck.pipeline.streamed) reports
what the in-memory run reports, byte for byte, holding no extraction."""

from __future__ import annotations

import pickle
import random
from pathlib import Path

import pytest
from conftest import fail_extraction, write_article

from factcheck.engine.claims import claims_of_extraction
from factcheck.knowledge.packs import find_config
from factcheck.model.models import Article
from factcheck.pipeline import parallel, streamed
from factcheck.pipeline.core import extract_all, load_targets, process
from factcheck.pipeline.kept import HeldClaims
from factcheck.pipeline.streamed import process_streamed
from factcheck.rules.stack import load_stack

REPO = Path(__file__).resolve().parent.parent
WIRE = (
    "The regional water board said the reservoir held enough water for the whole summer season, "
    "and that no restrictions on garden watering were planned for the coming weeks in any district."
)
STORIES = {
    "strike-daily": ("2024-05-06", "The teachers' strike closed 120 schools across the province on Monday.\n"),
    "strike-herald": (
        "2024-05-06",
        "The teachers' strike closed 150 schools across the province on Monday.\n\n"
        '"We will not go back without a contract," union leader Mara Quill said.\n',
    ),
    "strike-post": (
        "2024-05-07",
        '"We will not go back without a contract," union spokesman Tom Reyes said on Tuesday.\n',
    ),
    "council-times": (
        "2024-03-10",
        "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n"
        "Councillor Ivo Brandt, 54, voted against it.\n",
    ),
    "council-gazette": (
        "2024-03-11",
        "The city council approved the new stadium budget on March 5, 2024.\n"
        "Councillor Ivo Brandt, 56, said the stadium budget was too high.\n",
    ),
    "water-wire": ("2024-07-01", WIRE + "\n\nThe reservoir was 84 percent full on Sunday.\n"),
    "water-copy": ("2024-07-01", WIRE + "\n\nThe reservoir was 91 percent full on Sunday.\n"),
    "bakery-news": ("2024-02-02", "A bakery on Elm Street won a regional bread prize for its rye loaf.\n"),
}
PEOPLE = ["Mara Quill", "Ivo Brandt", "Tom Reyes", "Lena Ostrova"]
THINGS = ["schools", "buses", "clinics", "libraries"]
PLACES = ["Riverton", "Lakeside", "Hillford"]
DAYS = ["March 3, 2024", "March 5, 2024", "Monday", "Friday"]


def generated(seed: int, n: int = 10) -> dict[str, tuple[str, str]]:
    """Short news items on a few shared topics, with numbers, dates, ages,
    places and quotations drawn at random: some agree, some differ."""
    rng = random.Random(seed)
    out: dict[str, tuple[str, str]] = {}
    for i in range(n):
        who, what, where = rng.choice(PEOPLE), rng.choice(THINGS), rng.choice(PLACES)
        lines = [
            f"The strike closed {rng.choice([120, 150, 150, 200])} {what} in {where} on {rng.choice(DAYS)}.",
            f"{who}, {rng.choice([54, 56])}, said the council would meet in {rng.choice(PLACES)}.",
            f'"We will not go back without a {rng.choice(["contract", "signed contract", "deal"])}," {who} said.',
        ]
        if rng.random() < 0.4:
            lines.append(WIRE)
        rng.shuffle(lines)
        out[f"item-{seed}-{i:02d}"] = (f"2024-03-{rng.randint(4, 12):02d}", "\n\n".join(lines) + "\n")
    return out


def _folder(tmp_path: Path, articles: dict[str, tuple[str, str]]) -> Path:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, (published, text) in articles.items():
        write_article(folder, name, text, published)
    return folder


def _both(folder: Path, **kwargs: object) -> tuple[str, str]:
    ruleset = load_stack([], config=find_config([folder]))
    articles, errors = load_targets([folder])
    held = process(articles, ruleset, skipped=errors, **kwargs).report.model_dump_json()  # type: ignore[arg-type]
    result = process_streamed(articles, ruleset, skipped=errors, **kwargs)  # type: ignore[arg-type]
    assert result is not None
    assert [ex.article.id for ex in result.extractions] == [a.id for a in articles]
    assert all(not ex.facts for ex in result.extractions)  # nothing extracted is held
    return held, result.report.model_dump_json()


#: The stories with verbatim republications: their claims are twins, paired once (engine.align)
COPIES = {
    **STORIES,
    **{f"{name}-copy{k}": STORIES[name] for name in ("strike-herald", "council-gazette") for k in (1, 2)},
}


@pytest.mark.parametrize("corpus", ["stories", "copies", "generated-1", "generated-2", "generated-3"])
def test_streamed_report_is_the_in_memory_report(corpus, tmp_path, monkeypatch):
    # tiny chunks and one recent extraction: key groups are aligned a few at a time, articles read again
    monkeypatch.setattr(streamed, "CHUNK_ROWS", 3)
    monkeypatch.setattr(streamed, "RECENT", 1)
    named = {"stories": STORIES, "copies": COPIES}
    articles = named[corpus] if corpus in named else generated(int(corpus.rsplit("-", 1)[1]))
    folder = _folder(tmp_path, articles)
    before = sorted(p.name for p in folder.rglob("*"))
    held, streamed_json = _both(folder, jobs=1)
    assert held == streamed_json
    assert '"findings":[]' not in held  # there is something to find
    if corpus == "copies":  # every copy stands in the findings of its original
        assert all(f"strike-herald-copy{k}" in held and f"council-gazette-copy{k}" in held for k in (1, 2))
    assert sorted(p.name for p in folder.rglob("*")) == before  # the store lived in a temporary folder


def test_copies_are_aligned_through_their_first_claim_only(tmp_path, monkeypatch):
    # each chunk holds one claim per verbatim twin class: k copies of a story cost one copy's claims
    held: list[str] = []

    class Recording(streamed._ChunkIndex):
        def __init__(self, claims, *args, **kwargs):
            held.extend(c.article for c in claims)
            super().__init__(claims, *args, **kwargs)

    monkeypatch.setattr(streamed, "_ChunkIndex", Recording)
    monkeypatch.setattr(streamed, "CHUNK_ROWS", 3)
    held_json, streamed_json = _both(_folder(tmp_path, COPIES), jobs=1)
    assert held_json == streamed_json
    assert "strike-herald" in held and not [a for a in held if a.endswith(("-copy1", "-copy2"))]
    assert all(f"strike-herald-copy{k}" in streamed_json for k in (1, 2))  # yet every copy stands in the report


def test_streamed_report_of_the_seeds(monkeypatch):
    monkeypatch.setattr(streamed, "CHUNK_ROWS", 5)
    held, streamed_json = _both(REPO / "seeds", jobs=1)
    assert held == streamed_json
    assert '"findings":[]' not in held


def test_a_failed_extraction_is_reported_and_its_text_still_joins_sources(tmp_path, monkeypatch):
    fail_extraction(monkeypatch, "water-copy", RuntimeError("boom"))
    folder = _folder(tmp_path, {**STORIES, "water-third": STORIES["water-wire"]})
    held, streamed_json = _both(folder, jobs=1)
    assert held == streamed_json
    assert "water-copy: not checked: extraction failed (RuntimeError: boom)" in held


def test_extraction_in_a_window_keeps_the_order():
    articles = [Article(id=f"a{i:02d}", path=f"a{i:02d}.md", text=f"text {i}\n") for i in range(40)]
    out = list(parallel.extract_many(articles, lambda a: a.id.upper(), jobs=2, window=1))
    assert out == [a.id.upper() for a in articles]


def test_held_claims_keep_one_copy_of_each_claim_and_of_each_repeated_value(tmp_path):
    folder = _folder(tmp_path, {k: STORIES[k] for k in ("strike-daily", "strike-herald", "council-times")})
    ruleset = load_stack([], config=find_config([folder]))
    articles, _ = load_targets([folder])
    claims = [c for ex in extract_all(articles, ruleset, jobs=1) for c in claims_of_extraction(ex)]
    # read back one by one, as from the store: every claim brings its own copy of every value
    read = [pickle.loads(pickle.dumps(c)) for c in claims] + [pickle.loads(pickle.dumps(c)) for c in claims]
    held = HeldClaims()
    kept = [held(c) for c in read]
    assert kept == read  # the same values
    assert len(held.claims) == len(claims)
    assert all(kept[i] is kept[i + len(claims)] for i in range(len(claims)))  # one copy of each claim
    # the two articles' "closed ... schools" claims: one copy of their predicate's meaning classes
    closed = [c for c in kept if c.predicate == "close" and c.slot == "number"]
    assert {c.article for c in closed} == {"strike-daily", "strike-herald"}
    assert closed[0].pred_classes is closed[1].pred_classes
    assert read[0].pred_classes is not read[len(claims)].pred_classes  # as read, two copies


def test_a_pair_sharing_a_key_of_an_earlier_chunk_is_known_without_keeping_the_keys(monkeypatch):
    """The keys of the earlier chunks are not kept: the chunk's first key and the
    keys too common to block on tell the same as the set of every earlier key,
    for every pair of claims of two articles (keys with letters beyond ASCII
    included: SQLite orders them by their UTF-8 bytes)."""
    import sqlite3
    from types import SimpleNamespace

    monkeypatch.setattr(streamed, "CHUNK_ROWS", 4)
    monkeypatch.setattr(streamed, "MAX_DF", 3)
    rng = random.Random(7)
    words = ["a", "b", "é", "z", "ß", "ab", "Ω", "b|x", "zz", "ä", "e", "m", "n", "ñ", "o", "ö", "p", "q", "ř", "s"]
    claims = {f"c{i}": (rng.randrange(6), set(rng.sample(words, rng.randint(1, 3)))) for i in range(40)}
    twin = {f"c{i}": i % 2 if i < 20 else i for i in range(40)}  # half the claims in two twin classes
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE keyed (key TEXT, aid INTEGER, claim TEXT, twin INTEGER)")
    conn.executemany(
        "INSERT INTO keyed VALUES (?, ?, ?, ?)",
        [(k, aid, cid, twin[cid]) for cid, (aid, keys) in claims.items() for k in keys],
    )
    too_common: set[str] = set()
    before: set[str] = set()
    checked = 0
    for chunk in streamed._key_groups(conn, too_common):
        index = streamed._ChunkIndex.__new__(streamed._ChunkIndex)
        index.start, index.too_common = chunk[0][0], too_common
        index.keys_of = {cid: keys for cid, (_aid, keys) in claims.items()}
        for x, (ax, kx) in claims.items():
            for y, (ay, ky) in claims.items():
                if ax != ay:
                    pair = (SimpleNamespace(id=x), SimpleNamespace(id=y))
                    assert index._shared_earlier(*pair) == bool(kx & ky & before), (x, y, chunk[0][0])  # type: ignore[arg-type]
                    checked += 1
        before.update(key for key, _aid, _claim in chunk)
    assert checked and too_common and len(before) > 4  # several chunks, and keys too common to block on


def test_a_claim_stored_in_another_layout_is_refused_not_read_into_the_wrong_fields(tmp_path):
    folder = _folder(tmp_path, {"strike-daily": STORIES["strike-daily"]})
    ruleset = load_stack([], config=find_config([folder]))
    articles, _ = load_targets([folder])
    claim = claims_of_extraction(extract_all(articles, ruleset, jobs=1)[0])[0]
    assert pickle.loads(pickle.dumps(claim)) == claim
    state = claim.__getstate__()
    fresh = type(claim).__new__(type(claim))
    # a row of a store written before claims were slotted holds the fields by name
    with pytest.raises(ValueError, match="another layout"):
        fresh.__setstate__({f: v for f, v in zip(("id", "slot", "article"), state, strict=False)})
    with pytest.raises(ValueError, match="another layout"):
        fresh.__setstate__([*state, "a field since removed"])


def test_the_rules_read_each_slot_of_kept_pairs_from_the_store_as_the_in_memory_engine_aligns_them(
    tmp_path, monkeypatch
):
    from factcheck.checks.claims import claim_index
    from factcheck.engine.align import align
    from factcheck.engine.corpus import Corpus
    from factcheck.pipeline.cache import SQLiteCache
    from factcheck.pipeline.kept import StoredPairs, wanted_slots

    monkeypatch.setattr(streamed, "CHUNK_ROWS", 3)
    folder = _folder(tmp_path, {**COPIES, **{f"g{k}": v for k, v in generated(7).items()}})
    ruleset = load_stack([], config=find_config([folder]))
    articles, _ = load_targets([folder])
    in_memory = claim_index(Corpus.build(extract_all(articles, ruleset, jobs=1), ruleset.knowledge))
    with SQLiteCache(tmp_path / "store.sqlite", nlp=ruleset.nlp) as store:
        failed = streamed.stream_into(store, articles, ruleset, jobs=1)
        corpus = streamed.corpus_on_index(store, articles, failed, ruleset)
        assert corpus is not None
        index = corpus.claim_index
        assert isinstance(index, StoredPairs) and not index.claims  # no claim is held between slots

        def aligned(ix, slot, score):
            return [(al.a.id, al.b.id, tuple(t.id for t in al.twins)) for al in align(ix, slot, min_score=score)]

        seen_twins = 0
        for slot, score in wanted_slots(ruleset):
            held = aligned(in_memory, slot, score)
            assert aligned(index, slot, score) == held, slot  # the same pairs, in order, with the same twins
            seen_twins += sum(len(t) for _a, _b, t in held)
        assert seen_twins  # the copies' claims are twins


def test_a_store_that_fails_while_the_rules_read_it_leaves_the_run_to_the_in_memory_path(tmp_path, monkeypatch):
    import sqlite3

    from factcheck.pipeline.kept import StoredPairs

    def broken(self, slot, focus=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(StoredPairs, "candidates", broken)
    folder = _folder(tmp_path, STORIES)
    ruleset = load_stack([], config=find_config([folder]))
    articles, errors = load_targets([folder])
    assert process_streamed(articles, ruleset, skipped=errors, jobs=1) is None  # the caller runs in memory
