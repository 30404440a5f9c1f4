"""Rule files and expectation files (``eval --expected``) with control
characters or very deep nesting are input errors (exit 2, the file and line
named), never an internal error (exit 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT, write_article

from factcheck.cli import main

DEEP = "[" * 50_000 + "]" * 50_000 + "\n"


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    _, err = capsys.readouterr()
    return code, err


def _one_line(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), err
    for n in needles:
        assert n in lines[0], err


@pytest.mark.parametrize(
    "content,needles",
    [
        ("id: FC001\n\x07name: x\n", ["FC001.yaml:2", "control character U+0007"]),
        ("id: FC001\nname: \x1b[2Jx\n", ["FC001.yaml:2", "control character U+001B"]),
        (DEEP, ["FC001.yaml:1", "nested more than"]),
        ("options:\n  a: " + DEEP, ["FC001.yaml:2", "nested more than"]),
    ],
)
def test_bad_rule_file_is_an_input_error(capsys, tmp_path: Path, content: str, needles: list[str]) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    (rules / "FC001.yaml").write_text(content, encoding="utf-8")
    code, err = _run(capsys, "rules", "--rules", str(rules))
    assert code == 2, err
    _one_line(err, *needles)


@pytest.mark.parametrize(
    "content,needles",
    [
        ("expected: []\n\x1b]8;;http://x\x07: 1\n", ["exp.yaml:2", "control character U+001B"]),
        ("expected:\n  - " + DEEP, ["exp.yaml:2", "nested more than"]),
        ("must_not: " + DEEP, ["exp.yaml:1", "nested more than"]),
    ],
)
def test_bad_expectations_file_is_an_input_error(capsys, tmp_path: Path, content: str, needles: list[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "a", "The committee met on Monday.\n", "2025-05-12")
    exp = tmp_path / "exp.yaml"
    exp.write_text(content, encoding="utf-8")
    code, err = _run(capsys, "eval", "--expected", str(exp), str(corpus))
    assert code == 2, err
    _one_line(err, *needles)


def test_nesting_within_the_limit_is_still_read() -> None:
    from factcheck.knowledge.yamlfile import MAX_DEPTH, load_with_lines

    data, _ = load_with_lines("a: " + "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1) + "\n")
    depth, node = 0, data["a"]
    while isinstance(node, list):
        depth, node = depth + 1, (node[0] if node else None)
    assert depth == MAX_DEPTH - 1
