"""Regression tests for real-world input (issue 8): each test reproduces one
reported failure and asserts the behaviour that replaced it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.ingest.loader import load_article
from factcheck.model.errors import InputError


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# ----------------------------------------------------------------------------- 1: front matter is metadata


def _quote_in_title(folder: Path) -> None:
    (folder / "a.md").write_text(
        '---\npublished: 2025-04-30\ntitle: "Carney says: “We will never give up our country to anyone”"\n---\n'
        "The prime minister spoke in Ottawa.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\npublished: 2025-04-30\n---\n“We will never give up our country to anybody,” Carney said.\n",
        encoding="utf-8",
    )


def test_a_quotation_in_front_matter_is_not_article_text(capsys, tmp_path):
    _quote_in_title(tmp_path)
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0, err
    report = json.loads(out)
    assert [a["title"] for a in report["articles"]][0].startswith("Carney says")  # shown, not extracted
    assert report["findings"] == []


def test_front_matter_is_blank_in_the_article_text_with_lines_kept(tmp_path):
    _quote_in_title(tmp_path)
    art = load_article(tmp_path / "a.md")
    raw = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert len(art.text) == len(raw) and art.text.count("\n") == raw.count("\n")
    assert art.text[: art.body_start].strip() == ""
    assert art.text[art.body_start :] == raw[art.body_start :]
    assert art.title is not None and "never give up" in art.title


def test_extraction_sees_no_quote_from_front_matter(tmp_path, ruleset):
    from factcheck.pipeline import extract_article

    _quote_in_title(tmp_path)
    ex = extract_article(load_article(tmp_path / "a.md"), ruleset)
    assert ex.quotes == ()
    assert all(m.span.start >= ex.article.body_start for m in (*ex.entities, *ex.times, *ex.quantities))


# ----------------------------------------------------------------------------- 3: YAML alias bomb

_BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{prev}'] * 9) if prev else ', '.join(['lol'] * 9)}]\n"
    for prev, name in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi")
)


def test_yaml_alias_bomb_in_front_matter_is_refused_and_others_reported(capsys, tmp_path):
    (tmp_path / "bomb.md").write_text(f"---\n{_BOMB}published: 2025-04-30\n---\nText.\n", encoding="utf-8")
    assert len((tmp_path / "bomb.md").read_bytes()) < 1024
    (tmp_path / "ok.md").write_text("---\npublished: 2025-04-30\n---\nThe minister spoke.\n", encoding="utf-8")
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert "bomb.md:3: invalid YAML in front matter" in err and "aliases" in err
    assert [a["id"] for a in json.loads(out)["articles"]] == ["ok"]


def test_a_single_alias_is_refused_too(tmp_path):
    (tmp_path / "x.md").write_text("---\noutlet: &o CP\ntitle: *o\n---\nText.\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.md:3: .*aliases"):
        load_article(tmp_path / "x.md")


def test_shared_yaml_loader_refuses_aliases():
    import yaml

    from factcheck.knowledge.yamlfile import safe_load

    assert safe_load("a: &x 1\nb: 2\n") == {"a": 1, "b": 2}  # an anchor alone is harmless
    with pytest.raises(yaml.YAMLError, match="aliases"):
        safe_load(_BOMB)
