"""A quotation's speaker is shown by name, or as "the speaker": never a bare
pronoun ("quoted words of he") or an entity id. Invented names. Also: the
README's command table lists every command."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, write_article

from factcheck import run
from factcheck.cli.app import build_parser

SAID = "The storm flattened the north end of the valley. "
QUOTE_A = '"We will rebuild every home in this valley before the winter," {who} said.\n'
QUOTE_B = '"We will rebuild every single home in this valley before the winter," {who} said.\n'


def _quote_finding(tmp_path: Path, lead: str, who: str, ruleset):
    write_article(tmp_path, "a", lead + QUOTE_A.format(who=who), "2025-06-02")
    write_article(tmp_path, "b", lead + QUOTE_B.format(who=who), "2025-06-02")
    report, errors = run(tmp_path, ruleset=ruleset)
    assert errors == []
    found = [f for f in report.findings if f.rule == "FC005"]
    assert len(found) == 1, [f.message for f in report.findings]
    return found[0]


def test_a_pronoun_resolved_to_a_person_is_shown_by_name(tmp_path: Path, ruleset):
    f = _quote_finding(tmp_path, "Mayor Lena Ortiz toured the valley on Sunday. ", "she", ruleset)
    assert "quotation by Lena Ortiz" in f.message
    assert {c.how.rsplit("; ", 1)[-1] for c in f.claims} == {"quoted words of Lena Ortiz"}


def test_an_unresolved_pronoun_is_the_speaker(tmp_path: Path, ruleset):
    f = _quote_finding(tmp_path, SAID, "he", ruleset)
    hows = {c.how.rsplit("; ", 1)[-1] for c in f.claims}
    assert hows == {"quoted words of the speaker"}
    assert not re.search(r"\b(of|by|from) (he|she|they)\b", f.message + " ".join(c.how for c in f.claims))


def test_the_readme_command_table_lists_every_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## Commands") :].split("\n\n", 2)[1]
    listed = set(re.findall(r"^\| `factcheck (\w+)", table, re.M))
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert listed == set(sub.choices), listed  # type: ignore[attr-defined]
