"""FC004 flags a denial only when the negation governs what the other side
states, and never takes a clause holding a negation cue for a positive one."""

from __future__ import annotations

from conftest import write_article


def _fc004(ruleset, folder, a: str, b: str):
    from factcheck import run

    write_article(folder, "a", a, "2008-12-10")
    write_article(folder, "b", b, "2008-12-10")
    report, errors = run(folder, ruleset=ruleset)
    assert errors == []
    return [f for f in report.findings if f.rule == "FC004"]


def test_a_denial_is_still_flagged(ruleset, tmp_path):
    found = _fc004(
        ruleset,
        tmp_path,
        "The provincial minister approved the pipeline permit for the northern route.\n",
        "The provincial minister did not approve the pipeline permit for the northern route.\n",
    )
    assert len(found) == 1


def test_negation_of_something_else_is_not_a_denial(ruleset, tmp_path):
    found = _fc004(
        ruleset,
        tmp_path,
        "Bettie Page, whose pin-up photos made her a cult favorite, died Thursday night at a Los Angeles"
        " hospital - nine days after suffering a heart attack.\nShe was 85.\n",
        "Page suffered a heart attack nine days earlier and never regained consciousness.\n",
    )
    assert found == []


def test_the_same_negated_quotation_is_not_a_denial(ruleset, tmp_path):
    found = _fc004(
        ruleset,
        tmp_path,
        "When asked about the temptation she said she had enough fun.\n"
        "\u201cI'm so happy with where I'm at right now.\nI don't need to do anything anymore,\u201d she added.\n",
        "She is no longer tempted:\n"
        "\u201cI'm so happy with where I'm at right now.\nI don't need to do anything anymore.\u201d\n",
    )
    assert found == []
