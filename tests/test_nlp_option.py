"""Plugging in another spaCy pipeline: ``--nlp NAME_OR_PATH`` and ``nlp:`` in
the corpus config file. A missing or unsuitable pipeline is a one-line input
error before any work; the pipeline chosen is part of the cache key."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import spacy

from factcheck.cli.app import main
from factcheck.extract.nlp import load_nlp, pipeline_fingerprint
from factcheck.pipeline.cache import SQLiteCache

ARTICLES = {
    "a.md": "---\npublished: 2024-05-02\n---\nThe council of Westbrook approved the budget on Tuesday.\n",
    "b.md": "---\npublished: 2024-05-03\n---\nThe Westbrook council did not approve the budget.\n",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _shipped_folder() -> str:
    return str(resources.files("factcheck.extract").joinpath("data", "en_factcheck"))


def test_the_shipped_pipeline_named_by_path_gives_the_same_report(capsys, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    code_default, default, _ = _run(capsys, "run", str(corpus), "--format", "json")
    code_named, named, err = _run(capsys, "run", str(corpus), "--format", "json", "--nlp", _shipped_folder())
    assert (code_named, named) == (code_default, default), err
    assert '"findings"' in named


def test_a_missing_pipeline_is_a_one_line_error(capsys, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    code, out, err = _run(capsys, "run", str(corpus), "--nlp", str(tmp_path / "no-such-pipeline"))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "spaCy pipeline not found" in lines[0]


def test_a_pipeline_without_parser_or_recogniser_is_refused(capsys, tmp_path):
    blank = tmp_path / "blank"
    spacy.blank("en").to_disk(blank)
    corpus = _corpus(tmp_path / "corpus")
    code, _, err = _run(capsys, "run", str(corpus), "--nlp", str(blank))
    assert code == 2
    assert "lacks a dependency parser and an entity recogniser" in err
    assert "Traceback" not in err


def test_the_config_file_names_the_pipeline_and_its_errors_point_at_the_line(capsys, tmp_path):
    corpus = _corpus(tmp_path / "corpus")
    (corpus / "factcheck.yaml").write_text("# corpus settings\nnlp: no_such_pipeline_package\n", encoding="utf-8")
    code, _, err = _run(capsys, "run", str(corpus))
    assert code == 2
    assert "factcheck.yaml:2" in err and "spaCy pipeline not found" in err
    # --nlp on the command line comes before the config file
    code, _, err = _run(capsys, "run", str(corpus), "--nlp", _shipped_folder(), "--format", "json")
    assert code in (0, 1), err


def test_the_pipeline_is_part_of_the_cache_key(tmp_path):
    shipped = SQLiteCache(tmp_path / "a.sqlite")
    assert shipped.version.endswith(pipeline_fingerprint(load_nlp()))
    copy = tmp_path / "retrained"
    nlp = spacy.load(_shipped_folder())
    nlp.meta["version"] = "9.9.9"
    nlp.to_disk(copy)
    other = SQLiteCache(tmp_path / "b.sqlite", nlp=str(copy))
    assert other.version != shipped.version
    assert other.version.endswith(pipeline_fingerprint(load_nlp(str(copy))))


def test_the_cache_key_reads_the_pipeline_without_loading_it(tmp_path, monkeypatch):
    # a check whose articles are all cached never loads the parser
    from factcheck.extract import nlp as nlp_module
    from factcheck.extract.nlp import fingerprint_of

    monkeypatch.setattr(nlp_module, "_cache", {})
    version = SQLiteCache(tmp_path / "a.sqlite").version
    assert nlp_module._cache == {}
    assert version.endswith(fingerprint_of())
    assert fingerprint_of() == pipeline_fingerprint(load_nlp())  # loaded now: the same key
    assert fingerprint_of(_shipped_folder()) == fingerprint_of()
