"""``--jobs N``: extraction in N worker processes gives the same bytes as one process."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_article

from factcheck.cli import main
from factcheck.pipeline import parallel

ARTICLES = {
    "strike-daily": (
        "2024-05-06",
        "The teachers' strike closed 120 schools across the province on Monday.\n\n"
        '"We will not go back without a contract," union leader Mara Quill said.\n',
    ),
    "strike-wire": (
        "2024-05-06",
        "The teachers' strike closed 150 schools across the province on Monday.\n\n"
        '"We will not go back without a signed contract," union leader Mara Quill said.\n',
    ),
    "council-times": (
        "2024-03-10",
        "The city council approved the new stadium budget on March 3, 2024, after a long debate.\n",
    ),
    "council-post": (
        "2024-03-10",
        "The city council approved the new stadium budget on March 5, 2024, after a long debate.\n"
        "Councillor Ivo Brandt, 54, voted against it.\n",
    ),
    "council-gazette": (
        "2024-03-11",
        "Councillor Ivo Brandt, 56, said the stadium budget was too high.\n",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name, (published, text) in ARTICLES.items():
        write_article(folder, name, text, published)
    return folder


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, out


def test_run_report_is_identical_with_one_and_two_processes(corpus, capsys):
    for fmt in ("json", "text"):
        one = _run(capsys, "run", str(corpus), "--format", fmt, "--jobs", "1", "--width", "100")
        two = _run(capsys, "run", str(corpus), "--format", fmt, "--jobs", "2", "--width", "100")
        assert one == two
    data = one[1]
    assert "FC003" in data  # the corpus has something to find: the two school counts


def test_check_is_identical_with_one_and_two_processes(corpus, capsys, tmp_path):
    new = write_article(tmp_path, "strike-draft", ARTICLES["strike-wire"][1].replace("150", "135"), "2024-05-07")
    outs = []
    for jobs in ("1", "2"):
        outs.append(
            _run(
                capsys,
                "check",
                str(new),
                "--corpus",
                str(corpus),
                "--no-cache",
                "--format",
                "json",
                "--fail-on",
                "never",
                "--jobs",
                jobs,
            )
        )
    assert outs[0] == outs[1]
    assert '"FC003"' in outs[0][1]


def test_facts_accepts_jobs(corpus, capsys):
    path = str(corpus / "council-post.md")
    assert _run(capsys, "facts", path, "--format", "json", "--jobs", "2") == _run(
        capsys, "facts", path, "--format", "json"
    )


def test_jobs_must_be_a_positive_number(corpus, capsys):
    for bad in ("0", "-1", "many"):
        assert main(["run", str(corpus), "--jobs", bad]) == 2
        err = capsys.readouterr().err
        assert "--jobs" in err and f"'{bad}'" in err and len(err.strip().splitlines()) == 1


def test_how_many_workers(monkeypatch):
    monkeypatch.setattr(parallel, "cores", lambda: 8)
    assert parallel.jobs_for(3, 2) == 2
    assert parallel.jobs_for(1, 4) == 1  # never more workers than articles
    assert parallel.jobs_for(parallel.PARALLEL_MIN - 1, None) == 1  # a small batch stays in this process
    assert parallel.jobs_for(parallel.PARALLEL_MIN, None) == 8  # by default one per core
