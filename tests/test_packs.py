"""Story packs: the rule stack (shipped rules, the corpus's packs, --rules
folders), overrides, the corpus config file, zero-rule folders, a fixture
for every pack rule (tests/test_rule_fixtures.py runs them), and no lexicon
name in the package code."""

from __future__ import annotations

import ast
import json
import os
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, write_article
from pydantic import ValidationError

from factcheck.cli import main
from factcheck.knowledge.packs import CONFIG_NAME
from factcheck.model.errors import RuleError
from factcheck.rules.stack import load_stack

PACKS = sorted(p for p in (ROOT / "packs").iterdir() if p.is_dir())
STORY = ROOT / "packs" / "carney-trump-2025"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _one_line_error(err: str, *needles: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("factcheck: error: "), err
    for n in needles:
        assert n in err, err


def _rule_file(folder: Path, rule_id: str, *, severity: str = "warning", message: str = "Numbers differ") -> Path:
    """A copy of the shipped FC003 under another id (a pack's own rule)."""
    text = (ROOT / "rules" / "FC003.yaml").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^id: FC003$", f"id: {rule_id}", text)
    text = re.sub(r"(?m)^severity: \w+$", f"severity: {severity}", text)
    text = re.sub(r"(?m)^message: .*$", f"message: {message}", text)
    path = folder / f"{rule_id}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- the stack


def test_the_shipped_rules_hold_no_story():
    rs = load_stack()
    assert rs.get("FC001") is not None and rs.get("FC101") is None
    assert rs.knowledge.lexicon.entities == {}  # names of people and places are story knowledge
    assert {e.type for e in rs.knowledge.event_types} >= {"call", "meeting"}


def test_the_seeds_config_names_the_story_pack():
    config = ROOT / "seeds" / CONFIG_NAME
    rs = load_stack(config=config)
    assert rs.get("FC101") is not None and rs.get("FC001") is not None
    assert rs.knowledge.lexicon.role("the prime minister") == "mark-carney"
    assert yaml.safe_load(config.read_text(encoding="utf-8")) == {"packs": ["../packs/carney-trump-2025"]}


def test_a_later_pack_adds_replaces_and_overrides(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    _rule_file(one, "XX001", message="First wording")
    _rule_file(two, "XX001", message="Second wording")  # same id: the later pack wins
    (two / "pack.yaml").write_text(
        "name: two\noverrides:\n  FC003: {severity: error}\n  FC005: {enabled: false}\n", encoding="utf-8"
    )
    rs = load_stack([one, two])
    assert rs.get("XX001").spec.message == "Second wording"
    assert rs.get("FC003").spec.severity == "error"
    assert rs.get("FC005") is None
    assert load_stack([one]).get("FC005") is not None
    # one folder alone (the public load_rules) never reads the manifest as a rule
    from factcheck import load_rules

    assert [r.id for r in load_rules(two).rules] == ["XX001"]
    # a later layer may switch a rule on again
    (tmp_path / "three").mkdir()
    (tmp_path / "three" / "pack.yaml").write_text("overrides:\n  FC005: {enabled: true}\n", encoding="utf-8")
    assert load_stack([one, two, tmp_path / "three"]).get("FC005") is not None


def test_a_rule_file_edited_in_place_is_read_again_whatever_its_time(tmp_path):
    # rules are reused by their text (a long-lived server loads the stack on every command):
    # an edit that keeps the size and the modification time is still seen
    folder = tmp_path / "pack"
    folder.mkdir()
    _rule_file(folder, "XX001", message="First wording")
    path = folder / "XX001.yaml"
    before = path.stat()
    first = load_stack([folder]).get("XX001")
    assert load_stack([folder]).get("XX001") is first  # the same text: the rule built once
    path.write_text(path.read_text(encoding="utf-8").replace("First", "Other"), encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    assert load_stack([folder]).get("XX001").spec.message == "Other wording"


def test_a_loaded_rule_cannot_be_changed_in_place():
    # rules are shared by every command a server runs: their options are frozen
    rule = load_stack().get("FC003")
    with pytest.raises(ValidationError):
        rule.options.min_score = 0.1
    with pytest.raises(ValidationError):
        rule.spec.severity = "error"


def test_the_corpus_config_stacks_packs_then_its_overrides_then_rules_folders(tmp_path):
    pack = tmp_path / "packs" / "story"
    (pack / "lexicon").mkdir(parents=True)
    _rule_file(pack, "XX002", severity="info")
    (pack / "lexicon" / "entities.yaml").write_text(
        "entities:\n  - id: jane-roe\n    name: Jane Roe\n    roles: [the mayor]\n", encoding="utf-8"
    )
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / CONFIG_NAME).write_text(
        "packs:\n  - ../packs/story\noverrides:\n  XX002: {severity: warning}\n", encoding="utf-8"
    )
    rs = load_stack(config=corpus / CONFIG_NAME)
    assert rs.get("XX002").spec.severity == "warning"
    assert rs.knowledge.lexicon.role("the mayor") == "jane-roe"
    later = tmp_path / "later"
    later.mkdir()
    (later / "pack.yaml").write_text("overrides:\n  XX002: {severity: error}\n", encoding="utf-8")
    assert load_stack([later], config=corpus / CONFIG_NAME).get("XX002").spec.severity == "error"


@pytest.mark.parametrize(
    ("text", "needles"),
    [
        ("packs:\n  - ../nowhere\n", ["factcheck.yaml:2:", "pack folder '../nowhere' not found"]),
        ("pack: [a]\n", ["factcheck.yaml:1:", "unknown field 'pack'"]),
        ("packs: []\noverrides:\n  FC003: {severity: fatal}\n", ["factcheck.yaml:3:", "allowed values", "'error'"]),
        ("packs: []\noverrides:\n  FC003: {colour: red}\n", ["factcheck.yaml:3:", "unknown field"]),
        ("overrides:\n  FC999: {severity: error}\n", ["factcheck.yaml:2:", "unknown rule id 'FC999'", "FC001"]),
        ("- a\n- b\n", ["factcheck.yaml:1:", "allowed keys: packs, overrides"]),
        ("base: &b [../x]\npacks: *b\n", ["factcheck.yaml:2:", "aliases"]),
    ],
)
def test_config_errors_name_file_line_and_allowed_values(capsys, tmp_path, text, needles):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / CONFIG_NAME).write_text(text, encoding="utf-8")
    write_article(corpus, "a", "The council met on Friday.\n", "2025-03-28")
    with pytest.raises(RuleError):
        load_stack(config=corpus / CONFIG_NAME)
    code, _, err = _run(capsys, "run", str(corpus))
    assert code == 2
    _one_line_error(err, *needles)


def test_an_override_in_a_pack_names_its_line(tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "pack.yaml").write_text("overrides:\n  FC003: {severity: error}\n  ZZ123: {enabled: false}\n")
    with pytest.raises(RuleError) as exc:
        load_stack([pack])
    assert "pack.yaml:3:" in str(exc.value) and "unknown rule id 'ZZ123'" in str(exc.value)


# --------------------------------------------------------------------------- zero rules (issue 8 item 9)


@pytest.mark.parametrize("which", ["empty", "articles", "missing"])
def test_a_rules_folder_that_adds_nothing_is_an_error(capsys, tmp_path, which):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_article(corpus, "a", "The council met on Friday.\n", "2025-03-28")
    rules = {"empty": tmp_path / "rules", "articles": corpus, "missing": tmp_path / "nope"}[which]
    if which == "empty":
        rules.mkdir()
    code, out, err = _run(capsys, "run", str(corpus), "--rules", str(rules))
    assert code == 2 and out == ""
    _one_line_error(err, str(rules))
    if which != "missing":
        assert "no rules loaded" in err and "--allow-no-rules" in err
        code, out, _ = _run(capsys, "run", str(corpus), "--rules", str(rules), "--allow-no-rules", "--format", "json")
        assert code == 0 and json.loads(out)["articles"]


def test_a_stack_with_every_rule_switched_off_is_an_error(capsys, tmp_path):
    ids = [p.stem for p in sorted((ROOT / "rules").glob("FC*.yaml"))]
    off = tmp_path / "off"
    off.mkdir()
    (off / "pack.yaml").write_text("overrides:\n" + "".join(f"  {i}: {{enabled: false}}\n" for i in ids))
    with pytest.raises(RuleError, match="no rules to run"):
        load_stack([off])
    assert load_stack([off], allow_no_rules=True).rules == ()
    code, _, err = _run(capsys, "rules", "--rules", str(off))
    assert code == 2
    _one_line_error(err, str(off), "every rule is switched off")


# --------------------------------------------------------------------------- the config file is metadata


def test_the_config_file_is_never_an_article(capsys, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / CONFIG_NAME).write_text("packs: []\n", encoding="utf-8")
    write_article(corpus, "a", "The council met on Friday.\n", "2025-03-28")
    for argv in ([str(corpus)], [str(corpus / CONFIG_NAME), str(corpus / "a.md")]):
        code, out, err = _run(capsys, "run", *argv, "--format", "json")
        assert code == 0, err
        report = json.loads(out)
        assert [a["id"] for a in report["articles"]] == ["a"]
        assert report["skipped"] == [] and CONFIG_NAME not in out and CONFIG_NAME not in err
    # named alone, it is no article at all
    code, _, err = _run(capsys, "run", str(corpus / CONFIG_NAME))
    assert code == 2 and "no articles found" in err


def test_two_corpora_with_different_configs_are_refused(capsys, tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / CONFIG_NAME).write_text("packs: []\n", encoding="utf-8")
        write_article(tmp_path / name, name, "The council met on Friday.\n", "2025-03-28")
    code, _, err = _run(capsys, "run", str(tmp_path / "one"), str(tmp_path / "two"))
    assert code == 2
    _one_line_error(err, "different corpus config files")


@pytest.mark.slow
def test_run_seeds_finds_both_named_findings_with_the_pack_the_seeds_name(capsys):
    code, out, _ = _run(capsys, "run", str(ROOT / "seeds"), "--format", "json")
    assert code == 0
    findings = json.loads(out)["findings"]
    fc101 = [f for f in findings if f["rule"] == "FC101"]
    assert len(fc101) == 1 and any("51st" in c["text"] for c in fc101[0]["claims"])
    calls = [f for f in findings if f["rule"] == "FC001"]
    resolved = {(c["article"][:3], c["normalized"]) for f in calls for c in f["claims"]}
    assert {("003", "2025-03-28"), ("001", "2025-04-29"), ("002", "2025-04-29")} <= resolved
    # without the corpus config, the story rule is not run
    code, out, _ = _run(capsys, "run", str(ROOT / "seeds"), "--format", "json", "--no-config")
    assert code == 0 and not [f for f in json.loads(out)["findings"] if f["rule"] == "FC101"]


# --------------------------------------------------------------------------- each pack's fixtures


@pytest.mark.parametrize("pack", PACKS, ids=[p.name for p in PACKS])
def test_every_pack_has_a_readme_and_a_fixture_per_rule(pack):
    assert (pack / "README.md").is_file()
    for rule in load_stack([pack], defaults=False, allow_no_rules=True).rules:
        path = pack / "fixtures" / "rules" / f"{rule.id}.yaml"
        assert path.is_file(), f"{rule.id} has no fixture at {path.relative_to(ROOT)}"
        expects = [c["expect"] for c in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]]
        assert any(e > 0 for e in expects) and any(e == 0 for e in expects), rule.id


# --------------------------------------------------------------------------- no lexicon name in the code

#: Tables of world knowledge that name countries and nationalities for their
#: own sake (currencies written as words, public holidays): a place name may
#: appear inside these, never a person's or an organisation's.
WORLD_TABLES = {
    "factcheck/extract/quantities/vocab.py": {"_SUFFIX_MONEY_WORD", "_ADJ_CURRENCY"},
    "factcheck/extract/timex/holidays.py": {"_HOLIDAYS", "_r_holiday"},
}
PROPER_WORD = re.compile(r"\b[A-Z][a-z]+")


def _lexicon_names() -> dict[str, str]:
    """Every proper name of every lexicon (the shipped one and each pack's),
    with its entity type: names and aliases that hold a capitalised word
    ("Trump", "White House", "Canadians"). Roles ("the prime minister") are
    common nouns, and all-capital abbreviations ("US", "PMO") fold to
    ordinary words and currency codes, so neither is a name here."""
    names: dict[str, str] = {}
    folders = [ROOT / "rules" / "lexicon", *(p / "lexicon" for p in PACKS)]
    for path in sorted(f for d in folders for f in d.glob("*.y*ml")):
        for e in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("entities", []):
            for name in (e["name"], *e.get("aliases", [])):
                if PROPER_WORD.search(name):
                    names[name] = e.get("type", "person")
    return names


def _allowed_lines(path: Path, rel: str) -> set[int]:
    wanted = WORLD_TABLES.get(rel, set())
    lines: set[int] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        names = {t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)}
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        if isinstance(node, ast.FunctionDef):
            names.add(node.name)
        if names & wanted:
            first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            lines.update(range(first, (node.end_lineno or node.lineno) + 1))
    return lines


def test_no_lexicon_name_appears_in_the_package_code():
    names = _lexicon_names()
    assert {"Trump", "Mark Carney", "White House", "Canada"} <= set(names)  # the scan sees the story pack
    patterns = {
        n: re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, n.split())) + r"(?!\w)", re.IGNORECASE) for n in names
    }
    leaks = []
    for path in sorted((ROOT / "factcheck").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        allowed = _allowed_lines(path, rel)
        for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for name, pat in patterns.items():
                if pat.search(line) and not (no in allowed and names[name] == "place"):
                    leaks.append(f"{rel}:{no}: {name!r}: {line.strip()[:100]}")
    assert not leaks, "story knowledge in the package code (move it to a pack):\n" + "\n".join(leaks)
