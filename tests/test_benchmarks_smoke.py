"""Every benchmark script runs in its quick mode and prints its figures.

The full runs (their figures are in the README's "Measured" section) take
minutes; CI runs only these smoke versions. The public data is read from
``../shared/data`` (or ``FACTCHECK_DATA``); a test is skipped when its data
is absent. No timing is asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import DATA, ROOT

pytestmark = [pytest.mark.data, pytest.mark.slow]

BENCH = ROOT / "benchmarks"


def _run(script: str, *args: str) -> str:
    env = {**os.environ, "FACTCHECK_DATA": str(DATA), "PYTHONIOENCODING": "utf-8"}
    res = subprocess.run(
        [sys.executable, str(BENCH / script), "--quick", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


def _need(*parts: str) -> None:
    if not DATA.joinpath(*parts).exists():
        pytest.skip(f"public data not found: {'/'.join(parts)}")


def test_negation_quick():
    _need("stanford_contradiction", "RTE2_dev_negated_contradiction.jsonl")
    out = _run("eval_negation.py")
    assert "precision" in out and "recall" in out and "real-life negation pairs" in out
    data = json.loads(_run("eval_negation.py", "--json"))
    assert data["pairs"] == 100 and data["real_life"]["pairs"] == 23
    a = data["any_finding"]
    assert a["tp"] + a["fp"] + a["fn"] + a["tn"] == 100
    assert 0 <= a["recall"] <= 1
    assert [s["min_score"] for s in data["sweep"]]
    assert 0 <= a["accuracy"] <= 1


def test_ecbplus_quick():
    _need("ecbplus", "ecbplus_docs.jsonl")
    _need("ecbplus", "ECB+")
    out = _run("eval_ecbplus.py")
    assert "per 100 articles" in out and "event merge" in out and "cross-sub-topic merges" in out
    data = json.loads(_run("eval_ecbplus.py", "--json"))
    assert data["articles"] > 0 and data["topics"] == 4
    fa = data["false_alarms"]
    assert fa["findings"] == fa["genuine"] + fa["false_alarms"]
    assert fa["per_100_articles"] == pytest.approx(100 * fa["false_alarms"] / data["articles"], abs=0.01)
    assert data["dates"]["dated_from_url"] <= data["dates"]["with_url"]
    assert "cross_subtopic_events" in data["event_merge"]


def test_ecbplus_url_dates():
    sys.path.insert(0, str(BENCH))
    try:
        from eval_ecbplus import url_date
    finally:
        sys.path.remove(str(BENCH))
    from datetime import date

    assert url_date("http://articles.latimes.com/2013/may/03/local/la-me-0504-lohan-rehab-20130504") == date(2013, 5, 3)
    assert url_date("http://www.alaskapublic.org/2012/08/07/matanuska-maid-building-burns-down/") == date(2012, 8, 7)
    assert url_date("http://www.itv.com/news/westcountry/story/2013-07-21/wellington-supermarket-fire/") == date(
        2013, 7, 21
    )
    assert url_date("http://www.reuters.com/article/us-southsudan-bombing-idUSTRE7A94OI20111110") == date(2011, 11, 10)
    assert url_date("http://riveraveblues.com/2008/12/teixeira-not-headed-to-boston-6361/") is None
    assert url_date(None) is None


def test_ecbplus_detokenise():
    sys.path.insert(0, str(BENCH))
    try:
        from eval_ecbplus import detokenise
    finally:
        sys.path.remove(str(BENCH))

    def write(text: str, open_double: bool = False) -> str:
        toks = text.split()
        space, _ = detokenise(toks, open_double)
        return "".join((" " if s else "") + t for t, s in zip(toks, space))

    assert write("She \u2019 s in rehab right now .") == "She\u2019s in rehab right now."
    assert write('" It was over , " he said : " We won . "') == '"It was over," he said: "We won."'
    assert (
        write("Updated : May 24 , 2005 , 3 : 23 PM for 1 , 098 yards")
        == "Updated: May 24, 2005, 3:23 PM for 1,098 yards"
    )
    assert write('was received , " SEACOM said .', open_double=True) == 'was received," SEACOM said.'


def test_corpus_speed_quick():
    _need("tempeval3", "silver")
    _need("ecbplus", "ecbplus_docs.jsonl")
    out = _run("bench_corpus.py")
    assert "art/s" in out and "maxrss" in out and "the time" in out
    data = json.loads(_run("bench_corpus.py", "--json"))
    assert [r["fraction"] for r in data["runs"]] == [0.25, 0.5, 1.0]
    assert data["runs"][-1]["articles"] == data["corpus_articles"]
    assert all(r["articles_per_second"] and r["maxrss_mib"] > 0 for r in data["runs"])
    assert len(data["ratios"]) == 2
    assert all(q["growth_exponent"] is not None for q in data["ratios"])
    if data["dask_runs"]:  # the dask extra is installed: the cluster finds what the local run found
        (remote,) = data["dask_runs"]
        assert remote["articles"] == data["runs"][-1]["articles"]
        assert (remote["findings"], remote["events"]) == (data["runs"][-1]["findings"], data["runs"][-1]["events"])
        assert remote["worker_maxrss_mib"] > 0 and remote["cpu_seconds"] > 0


def test_timex_quick():
    if not (BENCH / "eval_timex.py").exists():
        pytest.skip("benchmarks/eval_timex.py not present")
    _need("tempeval3")
    out = _run("eval_timex.py")
    assert out.strip()


def test_nlp_quick():
    _need("ud", "en_ewt-ud-test.conllu")
    _need("meantime", "intra_cross-doc_annotation")
    _need("ecbplus", "ECB+")
    out = _run("eval_nlp.py")
    assert "UPOS" in out and "LAS" in out and "sentence starts" in out and "words/s" in out
    data = json.loads(_run("eval_nlp.py", "--json"))
    ewt = data["ewt_test"]
    assert 0 < ewt["upos"] <= 1 and 0 < ewt["las"] <= ewt["uas"] <= 1
    assert set(ewt["ents_per_type"]) == {"PER", "LOC", "ORG"}
    for corpus in ("meantime", "ecbplus"):
        news = data["news"][corpus]
        assert news["docs"] == 20 and news["counts"]["gold"] > 0
        assert 0 <= news["recall"] <= 1 and 0 <= news["sentences"]["f1"] <= 1
    assert data["speed"]["words_per_second"] > 0


def test_entity_types_quick():
    _need("meantime", "intra_cross-doc_annotation")
    _need("ecbplus", "ECB+")
    out = _run("eval_entity_types.py")
    assert "found as person" in out and "given instead" in out
    data = json.loads(_run("eval_entity_types.py", "--json"))
    assert data["docs"] == 20
    for corpus in ("meantime", "ecbplus"):
        assert data[corpus]["articles"] == 20
        for kind in ("person", "organization", "place"):
            r = data[corpus]["types"][kind]
            assert r["gold"] == sum(r["given"].values()) and r["found"] <= r["gold"]
            assert r["found"] == r["given"].get(kind, 0)
