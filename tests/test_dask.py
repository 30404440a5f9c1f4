"""The Dask path (``factcheck run --scheduler``): the report equals a local run's,
byte for byte, and factcheck never imports Dask unless asked.

The cluster tests run on a ``LocalCluster`` of two workers and skip when the
``dask`` extra (``distributed``) is not installed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, fail_extraction, write_article

# Invented outlets, places and people; the articles disagree on a count, a
# date and a quotation, and agree on a percentage written two ways.
GENERIC = {
    "harbour-daily": (
        "2024-05-06",
        "The ferry Marla Queen sank near Northvale on Monday with 120 passengers on board, "
        "the Westshire coast guard said.\n\n"
        'Harbour master Edda Lindqvist said: "We could not reach the vessel before it went down in the storm."\n\n'
        "The council approved a 25% levy on harbour fees on May 2, 2024.\n",
    ),
    "valley-times": (
        "2024-05-07",
        "The ferry Marla Queen sank near Northvale on Monday with 150 passengers on board, "
        "the Westshire coast guard said.\n\n"
        'Harbour master Edda Lindqvist said: "We could not reach the ship before it went down in the storm."\n\n'
        "The council approved a 25 per cent levy on harbour fees on May 3, 2024.\n",
    ),
    "coast-wire": (
        "2024-05-07",
        "Rescue boats searched the waters near Northvale after the ferry Marla Queen sank.\n\n"
        "The Westshire coast guard said 120 passengers were on board the ferry.\n\n"
        "Harbour master Edda Lindqvist, 58, said the storm was the worst in a decade.\n",
    ),
    "evening-post": (
        "2024-05-08",
        "Harbour master Edda Lindqvist, 61, said the storm was the worst in a decade.\n\n"
        "The council approved a 25% levy on harbour fees on May 2, 2024, a spokesman said.\n",
    ),
}


@pytest.fixture(scope="module")
def generic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("generic")
    for art_id, (published, text) in GENERIC.items():
        write_article(folder, art_id, text, published)
    return folder


def _json_reports(folder: Path, ruleset, client, **kw) -> tuple[str, str, int]:
    from factcheck.model.models import OutputFormat
    from factcheck.pipeline.core import load_targets, process
    from factcheck.pipeline.dask import process_on_cluster
    from factcheck.report import render

    articles, errors = load_targets([folder])
    local = process(articles, ruleset, skipped=errors).report
    remote = process_on_cluster(articles, ruleset, client, skipped=errors, **kw).report
    return render(local, OutputFormat.json), render(remote, OutputFormat.json), len(local.findings)


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def test_cluster_report_equals_local_on_a_generic_corpus(generic: Path, ruleset, client) -> None:
    # one article a task and three partitions: every claim crosses the shuffle
    local, remote, n = _json_reports(generic, ruleset, client, batch=1, partitions=3)
    assert n >= 2  # the count and the date differ: there is something to get wrong
    assert remote == local


def test_cluster_report_equals_local_with_republications_and_a_failed_extraction(
    tmp_path: Path, ruleset, client, monkeypatch
) -> None:
    # verbatim copies are paired once (engine.align twins) on the workers too; a failed
    # extraction is reported, and the client's store never holds it
    fail_extraction(monkeypatch, "evening-post", RuntimeError("boom"))
    stories = {**GENERIC, "harbour-copy": GENERIC["harbour-daily"], "valley-copy": GENERIC["valley-times"]}
    for art_id, (published, text) in stories.items():
        write_article(tmp_path, art_id, text, published)
    local, remote, n = _json_reports(tmp_path, ruleset, client, batch=2, partitions=3)
    assert n >= 2
    assert remote == local
    assert "harbour-copy" in remote and "evening-post: not checked: extraction failed (RuntimeError: boom)" in remote


#: One person named in full in one article and by surname in the others: a
#: local run reads the surname as the full name before it keys the claims.
SHORT_NAMES = {
    "mill-daily": (
        "2024-06-03",
        "Acme Corporation said on Monday that chief executive Margaret Ostrova, 54, will step down in July.\n\n"
        "Margaret Ostrova said the company had grown fast.\n",
    ),
    "mill-herald": (
        "2024-06-04",
        "Ostrova, 56, will step down in July, Acme Corporation said.\n\nOstrova said the company had grown fast.\n",
    ),
}


@pytest.mark.slow
def test_cluster_reads_short_names_as_a_local_run_does(tmp_path: Path, ruleset, client) -> None:
    for art_id, (published, text) in SHORT_NAMES.items():
        write_article(tmp_path, art_id, text, published)
    local, remote, n = _json_reports(tmp_path, ruleset, client, batch=1, partitions=3)
    assert n >= 1
    assert "shared: margaret-ostrova" in local  # the surname was read as the full name
    assert remote == local


@pytest.mark.slow
def test_cluster_report_does_not_depend_on_batches_or_partitions(generic: Path, ruleset, client) -> None:
    from factcheck.model.models import OutputFormat
    from factcheck.pipeline.core import load_targets
    from factcheck.pipeline.dask import process_on_cluster
    from factcheck.report import render

    articles, errors = load_targets([generic])
    a = render(process_on_cluster(articles, ruleset, client, batch=3, partitions=2).report, OutputFormat.json)
    b = render(process_on_cluster(articles, ruleset, client, batch=2, partitions=7).report, OutputFormat.json)
    assert a == b


@pytest.mark.slow
def test_cluster_report_equals_local_on_the_seeds(ruleset, client) -> None:
    local, remote, n = _json_reports(ROOT / "seeds", ruleset, client, batch=2)
    assert n >= 1
    assert remote == local


def test_partitions_are_stable_across_processes() -> None:
    # a CRC-32 of the key, not Python's hash() (salted per process): every worker
    # and every run puts a key in the same partition
    from factcheck.pipeline.dask import partition_of

    keys = ("number|any|@ferry", "quote|we could not", "date|lemma:sink|@northvale")
    assert [partition_of(k, 7) for k in keys] == [5, 1, 3]


def test_a_local_run_never_imports_dask(generic: Path) -> None:
    code = (
        "import sys\n"
        "import factcheck\n"
        "from factcheck.cli import main\n"
        f"code = main(['run', {str(generic)!r}, '--format', 'json', '--quiet'])\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed'))\n"
        "print(code, loaded, file=sys.stderr)\n"
        "assert code == 0 and not loaded, loaded\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 0, res.stderr[-2000:]
    assert '"findings"' in res.stdout


def test_scheduler_without_dask_is_a_one_line_error(
    generic: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from factcheck.cli import main

    monkeypatch.setitem(sys.modules, "distributed", None)  # the extra is not installed
    assert main(["run", str(generic), "--scheduler", "tcp://127.0.0.1:1", "--quiet"]) == 2
    err = capsys.readouterr().err
    assert err.strip().count("\n") == 0
    assert "pip install 'factcheck[dask]'" in err


def test_a_bad_local_scheduler_is_a_usage_error(generic: Path) -> None:
    pytest.importorskip("distributed")
    from factcheck.model.errors import UsageError
    from factcheck.pipeline.dask import connect

    for bad in ("local:two", "local:0"):
        with pytest.raises(UsageError, match="local or local:N"):
            connect(bad)


@pytest.mark.slow
def test_cli_scheduler_local_cluster_matches_a_local_run(generic: Path) -> None:
    pytest.importorskip("distributed")
    cli = "import sys; from factcheck.cli import main; sys.exit(main(sys.argv[1:]))"
    base = [sys.executable, "-c", cli, "run", str(generic), "--format", "json", "--quiet"]
    local = subprocess.run(base, capture_output=True, text=True, cwd=ROOT)
    remote = subprocess.run([*base, "--scheduler", "local:2"], capture_output=True, text=True, cwd=ROOT)
    assert local.returncode == 0 and remote.returncode == 0, remote.stderr[-2000:]
    assert remote.stdout == local.stdout


@pytest.mark.slow
def test_a_failed_task_reports_its_own_error(generic: Path, ruleset, client, monkeypatch) -> None:
    from factcheck.pipeline import dask as on_dask
    from factcheck.pipeline.core import load_targets

    keyed = on_dask.key_batch

    def failing(batch, number, *args):
        if number == 1:  # one task fails, the others give results that lie on a worker
            raise ValueError("keying failed")
        return keyed(batch, number, *args)

    monkeypatch.setattr(on_dask, "key_batch", failing)
    articles, errors = load_targets([generic])
    with pytest.raises(ValueError, match="keying failed"):
        on_dask.process_on_cluster(articles, ruleset, client, skipped=errors, batch=1, partitions=2)


@pytest.mark.slow
def test_workers_of_another_release_are_a_usage_error(generic: Path, ruleset, client, monkeypatch) -> None:
    from factcheck.model.errors import UsageError
    from factcheck.pipeline import dask as on_dask
    from factcheck.pipeline.cache import extractor_version
    from factcheck.pipeline.core import load_targets

    articles, errors = load_targets([generic])
    mine = extractor_version(ruleset.nlp)
    asked = dict(client.run(extractor_version, ruleset.nlp))
    assert set(asked.values()) == {mine}  # the workers are asked what they extract with
    answers = {
        "tcp://w1": mine,
        "tcp://w2": "0.0.1+127+old",
        "tcp://w3": AttributeError("no attribute 'extractor_version'"),
        "tcp://w4": OSError("left"),
    }
    for answer, message in [
        (
            {k: answers[k] for k in ("tcp://w1", "tcp://w2")},
            r"1 of 2 Dask workers extract with another factcheck \(tcp://w2: 0\.0\.1\+127\+old",
        ),
        (
            {k: answers[k] for k in ("tcp://w1", "tcp://w3")},
            r"Dask worker tcp://w3 cannot run factcheck \(AttributeError",
        ),
    ]:
        monkeypatch.setattr(client, "run", lambda *a, answer=answer, **k: answer)
        with pytest.raises(UsageError, match=message):
            on_dask.process_on_cluster(articles, ruleset, client, skipped=errors)
    # a worker that left while asked is not one of another release
    monkeypatch.setattr(client, "run", lambda *a, **k: {k: answers[k] for k in ("tcp://w1", "tcp://w4")})
    on_dask.check_workers(client, ruleset.nlp)


@pytest.mark.slow
def test_workers_keep_only_pickled_claims_once_the_store_has_the_extractions(
    generic: Path, ruleset, client, monkeypatch
) -> None:
    import time

    from factcheck.pipeline import dask as on_dask
    from factcheck.pipeline.core import load_targets

    def held(dask_worker) -> list[str]:
        return sorted({type(v).__name__ for v in dask_worker.data.values()})

    seen: list[set[str]] = []
    corpus_on_index = on_dask.corpus_on_index

    def spy(*args, **kwargs):
        for _ in range(50):  # Dask releases what the client dropped a moment later
            kinds = set().union(*client.run(held).values())
            if "Batch" not in kinds and "list" not in kinds:
                break
            time.sleep(0.1)
        seen.append(kinds)
        return corpus_on_index(*args, **kwargs)

    monkeypatch.setattr(on_dask, "corpus_on_index", spy)
    articles, errors = load_targets([generic])
    on_dask.process_on_cluster(articles, ruleset, client, skipped=errors, batch=1, partitions=2)
    # what the workers hold while the client aligns and reports: each batch's claims, pickled (and the
    # ruleset the client scattered), never a batch's extractions nor their stored forms
    assert seen and "BatchClaims" in seen[0], seen
    assert not seen[0] & {"Batch", "list"}, seen


def test_dask_sees_the_size_of_the_pickled_claims_it_holds() -> None:
    # Dask spills and throttles by dask.sizeof, which would see a few dozen bytes of any object
    pytest.importorskip("distributed")
    from collections import Counter

    from dask.sizeof import sizeof

    from factcheck.pipeline.dask import BatchClaims, KeyedBatch

    payload = b"x" * 1_000_000
    assert sizeof(BatchClaims(payload)) >= 1_000_000
    assert sizeof(KeyedBatch([payload, payload], Counter())) >= 2_000_000


def test_partitions_and_batches_grow_with_the_corpus() -> None:
    from factcheck.pipeline.dask import BATCH, BATCHES, PARTITION_ARTICLES, batch_size, default_partitions

    class Cluster:
        def __init__(self, workers: int) -> None:
            self.workers = {f"tcp://w{i}": {} for i in range(workers)}

        def scheduler_info(self) -> dict:
            return {"workers": self.workers}

    two = Cluster(2)
    assert default_partitions(two, 10) == 4  # two a worker
    assert default_partitions(Cluster(8), 10) == 16
    assert default_partitions(two, 100 * PARTITION_ARTICLES) == 100
    assert batch_size(10, two) == 1  # four tasks a worker
    assert batch_size(100_000, two) > BATCH  # a large corpus: about BATCHES batches
    for n in (5_000, 55_000, 1_000_000):
        size = batch_size(n, two)
        assert -(-n // size) <= BATCHES and (size == BATCH or -(-n // (size - 1)) > BATCHES)


@pytest.mark.slow
def test_a_failed_extraction_task_reports_its_own_error(generic: Path, ruleset, client, monkeypatch) -> None:
    from factcheck.pipeline import dask as on_dask
    from factcheck.pipeline.core import load_targets

    extract = on_dask.extract_batch

    def failing(articles, *args):
        if any(a.id.startswith("evening") for a in articles):
            raise ValueError("extraction task failed")
        return extract(articles, *args)

    monkeypatch.setattr(on_dask, "extract_batch", failing)
    articles, errors = load_targets([generic])
    with pytest.raises(ValueError, match="extraction task failed"):
        on_dask.process_on_cluster(articles, ruleset, client, skipped=errors, batch=1, partitions=2)


def test_a_partition_aligns_copies_through_their_first_claim_only(ruleset, monkeypatch) -> None:
    # (no cluster needed: one partition's task, run here) k copies hold one copy's claims
    import pickle

    from test_claims_engine import closed_schools

    from factcheck.engine.align import block_keys
    from factcheck.engine.claims import claims_of_extraction
    from factcheck.pipeline import dask as on_dask
    from factcheck.pipeline.kept import wanted_slots

    exs = [closed_schools("a", "120")] + [closed_schools(f"copy{k}", "150") for k in (3, 1, 2)]
    parts = [  # one batch an article, as key_batch pickles a partition's share
        pickle.dumps(
            [((n, seq), k, c) for seq, c in enumerate(claims_of_extraction(ex)) for k in sorted(block_keys(c))]
        )
        for n, ex in enumerate(exs)
    ]
    held: list[str] = []

    class Recording(on_dask.ClaimIndex):
        def __init__(self, claims, *args, **kwargs):
            held.extend(c.article for c in claims)
            super().__init__(claims, *args, **kwargs)

    monkeypatch.setattr(on_dask, "ClaimIndex", Recording)
    pairs, twins = pickle.loads(on_dask.align_partition(parts, {}, {}, ruleset, wanted_slots(ruleset)))
    assert sorted(set(held)) == ["a", "copy1"]
    assert [(p[1], p[4]) for p in pairs if p[0] == "number"] == [("a", "copy1")]
    assert [(t[2], t[3]) for t in twins if t[0] == "number"] == [(0, "copy2"), (1, "copy3")]
