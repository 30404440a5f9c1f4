"""The differential benchmark's edit files are valid against the real
articles, and its quick mode runs and prints its figures.

Every edit in ``benchmarks/differential/*_edits.yaml`` is checked: its
``find`` occurs exactly once in the article (as the benchmark writes it,
running text), its witness text occurs in the witness article, its kind is
from the closed set, and ids are unique. The corpora are read from
``../shared/data`` (or ``FACTCHECK_DATA``); the tests skip when absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import DATA, ROOT

BENCH = ROOT / "benchmarks"
MEANTIME = DATA / "meantime" / "meantime_en_docs.jsonl"
ECBPLUS = DATA / "ecbplus" / "ecbplus_docs.jsonl"

pytestmark = [
    pytest.mark.data,
    pytest.mark.skipif(not (MEANTIME.exists() and ECBPLUS.exists()), reason="MEANTIME or ECB+ data is absent"),
]


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(BENCH))
    try:
        import eval_differential
    finally:
        sys.path.remove(str(BENCH))
    return eval_differential


@pytest.fixture(scope="module")
def corpora(bench):
    return {"meantime": bench.load_meantime(), "ecbplus": bench.load_ecbplus()}


@pytest.fixture(scope="module")
def edits(bench, corpora):
    files = bench.edit_files()
    assert files, "no edit files"
    loaded = bench.load_edits(files)
    bench.validate(loaded, corpora)
    return loaded


def test_every_edit_is_valid(edits):
    bad = [f"{e.source} {e.id}: {'; '.join(e.problems)}" for e in edits if e.problems]
    assert bad == []


def test_ids_unique_and_kinds_closed(bench, edits):
    ids = [e.id for e in edits]
    assert len(ids) == len(set(ids))
    assert {e.kind for e in edits} <= set(bench.KINDS)
    for e in edits:
        assert e.expect == ("none" if e.kind == "benign" else "conflict"), e.id
        if e.kind == "benign":
            assert e.subkind, e.id


def test_meantime_file_size_and_spread(edits):
    mt = [e for e in edits if e.source == "meantime_edits.yaml"]
    planted = [e for e in mt if e.planted]
    assert len(planted) >= 80
    assert sum(not e.planted for e in mt) >= 25
    assert {e.kind for e in planted} == {"date", "number", "polarity", "quotation", "speaker", "place", "role", "age"}
    for e in planted:
        assert e.witness_article != e.article, e.id
        assert e.shared is not None and e.shared < 0.5, (e.id, e.shared)


def test_find_and_witness_located(corpora, edits):
    for e in edits:
        doc = corpora[e.corpus][e.article]
        assert doc.text.count(e.find) == 1, e.id
        if e.witness_text:
            assert e.witness_text in corpora[e.corpus][e.witness_article].text, e.id


def test_validation_rejects_bad_edits(bench, corpora):
    doc = corpora["meantime"]["127227_Barack_Obama_presents_rescue_plan_after_GM_declaration_of_bankruptcy.xml"]
    other = "127248_CEO_of_GM_outlines_plan.xml"

    def edit(**kw):
        base = {
            "id": "t", "corpus": "meantime", "article": doc.name, "find": "General Motors", "replace": "GM",
            "kind": "number", "subkind": "", "expect": "conflict", "witness_article": other,
            "witness_text": "Fritz Henderson", "note": "", "source": "test",
        }  # fmt: skip
        base.update(kw)
        return bench.Edit(**base)

    cases = [
        edit(),  # find occurs many times
        edit(find="a 60% stake", witness_text="not in the witness"),
        edit(find="a 60% stake", kind="colour"),
        edit(find="a 60% stake", kind="benign", expect="none"),  # benign without subkind
        edit(find="a 60% stake", witness_article="no_such_doc.xml"),
    ]
    bench.validate(cases, corpora)
    assert all(c.problems for c in cases), [c.problems for c in cases]
    good = edit(find="a 60% stake", replace="a 20% stake")
    bench.validate([good], corpora)
    assert good.problems == [] and good.offset >= 0


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "FACTCHECK_DATA": str(DATA), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(BENCH / "eval_differential.py"), "--quick", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
        check=False,
    )


def test_quick_prints_figures():
    res = _run()
    assert res.returncode == 0, res.stderr[-2000:]
    out = res.stdout
    assert "recall over all planted edits" in out and "false alarms per edit" in out
    for kind in ("date", "number", "polarity", "quotation", "speaker", "place", "role", "age", "benign"):
        assert f"  {kind} " in out, kind
    res = _run("--json")
    assert res.returncode == 0, res.stderr[-2000:]
    data = json.loads(res.stdout)
    assert data["run"] == data["planted"] + data["benign"] > 0
    assert 0 <= data["caught"] <= data["planted"]
    assert sum(k["edits"] for k in data["per_kind"].values()) == data["run"]


def test_why_traces_every_missed_edit_to_one_stop():
    res = _run("--why", "--json")
    assert res.returncode == 0, res.stderr[-2000:]
    data = json.loads(res.stdout)
    traced = sum(n for kind in data["stops"].values() for n in kind.values())
    assert traced == data["planted"] - data["caught"] > 0
    assert {stop for kind in data["stops"].values() for stop in kind} <= {
        "no claim",
        "no alignment",
        "aligned, no conflict",
        "conflict held back",
    }


def test_absent_data_exits_2(tmp_path):
    env = {**os.environ, "FACTCHECK_DATA": str(tmp_path), "PYTHONIOENCODING": "utf-8"}
    res = subprocess.run(
        [sys.executable, str(BENCH / "eval_differential.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )
    assert res.returncode == 2
    assert "data not found" in res.stderr and "Traceback" not in res.stderr
