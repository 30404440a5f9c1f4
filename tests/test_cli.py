"""Command line behaviour: exit codes, one-line errors, never a traceback."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, fail_extraction, write_article

from factcheck.cli import main


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert lines, "expected an error message"
    assert all(line.startswith("factcheck: error: ") for line in lines), err
    assert "Traceback" not in err
    for n in needles:
        assert n in err, err


def test_run_prints_the_report(capsys):
    code, out, err = _run(capsys, "run", str(ROOT / "seeds"))
    assert code == 0
    assert "FC001" in out and "FC101" in out
    assert "2025-03-28" in out and "2025-04-29" in out


def test_missing_path(capsys, tmp_path):
    code, out, err = _run(capsys, "run", str(tmp_path / "nope"))
    assert code == 2
    _one_line_error(err, "nope")


@pytest.mark.parametrize(
    "name,content,needle",
    [
        ("empty.md", b"", "empty"),
        ("blank.txt", b"   \n\n", "empty"),
        ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Le caf\xe9 a ferm\xe9 ses portes lundi.\n".encode("latin-1"), "UTF-8"),
        ("unclosed.md", b"---\npublished: 2025-04-30\nThe council met on Monday.\n", "front matter"),
        ("badyaml.md", b"---\npublished: [2025\n---\nText.\n", "badyaml.md:"),
        ("baddate.md", b"---\npublished: last tuesday\n---\nText here.\n", "YYYY-MM-DD"),
    ],
)
def test_bad_article_is_a_clear_error_and_others_still_load(capsys, tmp_path, name, content, needle):
    (tmp_path / name).write_bytes(content)
    write_article(tmp_path, "good", "The council approved the budget on Monday.\n", "2025-04-30")
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0  # the report is written; the file is named in it and on stderr
    _one_line_error(err, name, needle)
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == ["good"]
    assert [s["path"] for s in data["skipped"]] == [str(tmp_path / name)]
    assert any(n.startswith(f"{tmp_path / name}") and "not checked" in n and needle in n for n in data["notes"])
    code, _, _ = _run(capsys, "run", str(tmp_path), "--strict", "--format", "json")
    assert code == 2


def test_missing_publication_date_is_said(capsys, tmp_path):
    (tmp_path / "undated.txt").write_text("The mayor and the council met on Tuesday.\n", encoding="utf-8")
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["articles"][0]["published"] is None
    assert any("unresolved" in n or "no publication date" in n for n in data["notes"])


def test_inferred_publication_date_is_said(capsys, tmp_path):
    (tmp_path / "dated.txt").write_text(
        "The mayor spoke on Tuesday.\n\nThis report was first published April 30, 2025.\n", encoding="utf-8"
    )
    code, out, _ = _run(capsys, "run", str(tmp_path), "--format", "json")
    data = json.loads(out)
    assert data["articles"][0]["published"] == "2025-04-30"
    assert any("first published" in n for n in data["notes"])


def _rules_copy(tmp_path: Path) -> Path:
    dst = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", dst)
    return dst


@pytest.mark.parametrize(
    "field,old,new,needles",
    [
        (
            "check",
            "check: event_date",
            "check: dates",
            ["FC001.yaml:3", "unknown check type 'dates'", "allowed values", "event_date", "claims"],
        ),
        (
            "old key kind",
            "check: event_date",
            "kind: dates",
            ["FC001.yaml:3", "unknown check type 'dates'", "allowed values", "event_date", "claims"],
        ),
        (
            "severity",
            "severity: warning",
            "severity: fatal",
            ["FC001.yaml:4", "'fatal' is not allowed", "allowed values: 'error', 'warning' or 'info'"],
        ),
        ("option", "min_participants: 2", "min_participants: two", ["FC001.yaml:", "options.min_participants"]),
        (
            "unknown option",
            "distinct_severity: info",
            "distinct_severity: info\n  colour: red",
            ["FC001.yaml:", "unknown field 'options.colour'"],
        ),
    ],
)
def test_bad_rule_file_names_file_line_and_allowed_values(capsys, tmp_path, field, old, new, needles):
    rules = _rules_copy(tmp_path)
    p = rules / "FC001.yaml"
    text = p.read_text()
    assert old in text
    p.write_text(text.replace(old, new, 1))
    code, out, err = _run(capsys, "run", str(ROOT / "seeds"), "--rules", str(rules))
    assert code == 2
    _one_line_error(err, *needles)


def test_old_rule_key_kind_still_works_with_a_one_line_deprecation_note(capsys, tmp_path):
    rules = _rules_copy(tmp_path)
    p = rules / "FC001.yaml"
    p.write_text(p.read_text().replace("check: event_date", "kind: event_date", 1))
    code, out, err = _run(capsys, "rules", "FC001", "--rules", str(rules))
    assert code == 0 and "FC001" in out
    notes = [line for line in err.splitlines() if "deprecated" in line]
    assert len(notes) == 1, err
    assert f"{p}:3:" in notes[0] and "'kind:'" in notes[0] and "'check:'" in notes[0]


def test_rule_file_with_broken_yaml(capsys, tmp_path):
    rules = _rules_copy(tmp_path)
    (rules / "FC900.yaml").write_text("id: FC900\nname: [unclosed\n")
    code, _, err = _run(capsys, "rules", "--rules", str(rules))
    assert code == 2
    _one_line_error(err, "FC900.yaml:", "invalid YAML")


def test_facts_shows_what_was_extracted(capsys):
    art = ROOT / "seeds" / "003_9cefab7f5d0b9126.md"
    code, out, _ = _run(capsys, "facts", str(art), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["article"]["id"] == "003_9cefab7f5d0b9126"
    calls = [f for f in data["facts"] if f["event_type"] == "call" and f["time"]]
    assert any(f["time"]["value"].startswith("2025-03-28") for f in calls)
    code, out, _ = _run(capsys, "facts", str(art))
    assert "Facts" in out and "Time expressions" in out


def test_rules_lists_every_rule_with_docs(capsys, ruleset):
    code, out, _ = _run(capsys, "rules")
    assert code == 0
    for r in ruleset.rules:
        assert r.id in out and r.spec.name in out
    code, out, _ = _run(capsys, "rules", "FC004", "--format", "json")
    data = json.loads(out)
    assert [d["id"] for d in data] == ["FC004"] and data[0]["doc"]["example"]["claims"]
    assert data[0]["severities"] == {
        "contradiction": "warning",
        "possible": "info",
        "later update": "info",
        "different events": "info",
    }


def test_usage_errors_exit_2(capsys):
    code, _, err = _run(capsys, "run")
    assert code == 2 and "Traceback" not in err
    code, _, err = _run(capsys, "frobnicate")
    assert code == 2
    code, _, err = _run(capsys, "rules", "XX999")
    assert code == 2 and "XX999" in err


def test_a_crash_in_one_article_costs_only_that_article(capsys, tmp_path, monkeypatch):
    fail_extraction(monkeypatch, "bad", ValueError("year -1995 is out of range"))
    write_article(tmp_path, "bad", "The council met on Monday.\n", "2025-04-30")
    write_article(tmp_path, "good", "The council approved the budget on Monday.\n", "2025-04-30")
    code, out, err = _run(capsys, "run", str(tmp_path), "--format", "json")
    assert code == 0
    assert "Traceback" not in err and "bad.md: not checked: extraction failed (ValueError" in err
    data = json.loads(out)
    assert [a["id"] for a in data["articles"]] == ["bad", "good"]
    assert any(n.startswith("bad: not checked") for n in data["notes"])
