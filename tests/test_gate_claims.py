"""The CI gate on claims: ``factcheck check`` with its default ``--fail-on``
fails on a new article that contradicts the corpus in polarity, a date or a
quotation, passes one that says the same things in other words, and passes
(but reports) a possible conflict, a later update and different events.
Generic articles written for the test, invented names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_article

from factcheck.cli import main

PERMIT = "The regional water board approved the quarry permit for the eastern valley on Tuesday.\n"
OPENING = "Harlow Foods opened its new bakery in the town of Westbridge on March 3, 2024.\n"
PLEDGE = 'Mayor Lena Ortiz said, "We will rebuild every home in this valley before the winter."\n'
CLOSURE = "The teachers' strike closed 120 schools across the province on Monday.\n"
PROFILE = "Dana Reyes, 61, is a former teacher.\n"
CUSTOMER = "Acme Robotics is the first customer of Norland Energy.\n"


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    stories = tmp_path / "stories"
    stories.mkdir()
    write_article(stories, "permit", PERMIT, "2024-03-06", outlet="One")
    write_article(stories, "opening", OPENING, "2024-03-06", outlet="Two")
    write_article(stories, "pledge", PLEDGE, "2024-03-06", outlet="Three")
    # the same day as the new article: a figure published later would be a later update, not a contradiction
    write_article(stories, "closure", CLOSURE, "2024-03-07", outlet="Four")
    write_article(stories, "profile", PROFILE, "2024-03-06", outlet="Five")
    write_article(stories, "customer", CUSTOMER, "2024-03-06", outlet="Six")
    monkeypatch.chdir(tmp_path)
    return stories


def check(capsys, new: Path, *extra: str) -> tuple[int, str]:
    code = main(["check", str(new), "--corpus", "stories", "--no-color", *extra])  # the default --fail-on
    out, _ = capsys.readouterr()
    return code, out


@pytest.mark.parametrize(
    "text,rule",
    [
        ("The regional water board rejected the quarry permit for the eastern valley on Tuesday.\n", "FC004"),
        ("The regional water board did not approve the quarry permit for the eastern valley on Tuesday.\n", "FC004"),
        ("Harlow Foods opened its new bakery in the town of Westbridge on March 9, 2024.\n", "FC002"),
        ('Mayor Lena Ortiz said, "We will rebuild every house in this valley before the winter."\n', "FC005"),
        ("The teachers' strike closed 150 schools across the province on Monday.\n", "FC003"),
        ("Dana Reyes, 64, is a former teacher.\n", "FC008"),
        ("Bolt Logistics is the first customer of Norland Energy.\n", "FC009"),
    ],
    ids=["antonym", "negation", "date", "quotation", "number", "age", "holder"],
)
def test_a_contradicting_article_fails_the_gate(corpus: Path, capsys, tmp_path: Path, text: str, rule: str):
    new = write_article(tmp_path, "new", text, "2024-03-07", outlet="New")
    code, out = check(capsys, new)
    assert code == 1, out
    assert f"WARNING {rule}" in out and "contradiction]" in out


@pytest.mark.parametrize(
    "text",
    [
        "On Tuesday the regional water board gave its approval to the quarry permit for the eastern valley.\n",
        "The regional water board did not reject the quarry permit for the eastern valley on Tuesday.\n",
        "Harlow Foods opened its new bakery in the town of Westbridge in March 2024.\n",
        "Harlow Foods opened its new bakery in the town of Westbridge on Sunday.\n",
        'Mayor Lena Ortiz said, "We will rebuild every home in this valley."\n',
    ],
    ids=["paraphrase", "opposite-denied", "month-contains-day", "weekday-resolves", "fragment"],
)
def test_the_same_facts_in_other_words_pass(corpus: Path, capsys, tmp_path: Path, text: str):
    # published Thursday 2024-03-07 (a weekday means the most recent one): "Sunday" is March 3
    new = write_article(tmp_path, "new", text, "2024-03-07", outlet="New")
    code, out = check(capsys, new)
    assert code == 0, out


@pytest.mark.parametrize(
    "old,new,rule,label",
    [
        (
            ("The regional water board has not yet approved the quarry permit for the eastern valley.\n", "2024-03-04"),
            (
                "The regional water board approved the quarry permit for the eastern valley on Wednesday.\n",
                "2024-03-07",
            ),
            "FC004",
            "later update",
        ),
        (
            ("Premier Dana Whitfield and Governor Omar Castell spoke by phone on Monday.\n", "2024-03-07"),
            ("Premier Dana Whitfield and Governor Omar Castell spoke by phone on February 12.\n", "2024-03-07"),
            "FC001",
            "different events",
        ),
        (
            ("Harlow Foods opened its new bakery in Westbridge on March 3, 2024.\n", "2024-03-07"),
            ("Harlow Foods opened its new bakery in Eastmoor on March 3, 2024.\n", "2024-03-07"),
            "FC007",
            "possible",
        ),
        (
            ("The Northvale council vote on the Acme quarry will be held on April 9.\n", "2024-03-07"),
            ("The Northvale council vote on the Acme quarry will be held on April 16.\n", "2024-03-21"),
            "FC002",
            "later update",
        ),
    ],
    ids=["later-update", "different-events", "possible", "plan-weeks-later"],
)
def test_less_than_a_contradiction_is_reported_but_passes_by_default(
    tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch, old, new, rule: str, label: str
):
    stories = tmp_path / "stories"
    stories.mkdir()
    write_article(stories, "old", old[0], old[1], outlet="One")
    monkeypatch.chdir(tmp_path)
    path = write_article(tmp_path, "new", new[0], new[1], outlet="New")
    code, out = check(capsys, path)
    assert code == 0, out
    assert f"INFO {rule}" in out and f"{label}]" in out
    assert check(capsys, path, "--fail-on", "info")[0] == 1


def test_every_report_format_tells_the_label(corpus: Path, capsys, tmp_path: Path):
    import json

    new = write_article(tmp_path, "new", "Dana Reyes, 64, is a former teacher.\n", "2024-03-07", outlet="New")
    code = main(["check", str(new), "--corpus", "stories", "--format", "sarif"])
    result = json.loads(capsys.readouterr().out)["runs"][0]["results"][0]
    assert code == 1 and result["level"] == "warning"
    assert result["properties"]["label"] == "contradiction" and result["properties"]["category"] == "number"
    code = main(["check", str(new), "--corpus", "stories", "--format", "json"])
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert (finding["severity"], finding["label"], finding["kind"], finding["category"]) == (
        "warning",
        "contradiction",
        "number",
        "number",
    )


def test_a_plan_given_another_day_within_a_week_fails_the_gate(tmp_path: Path, capsys, monkeypatch):
    stories = tmp_path / "stories"
    stories.mkdir()
    write_article(
        stories,
        "old",
        "The Northvale council vote on the Acme quarry will be held on April 9.\n",
        "2024-03-07",
        outlet="One",
    )
    monkeypatch.chdir(tmp_path)
    path = write_article(
        tmp_path,
        "new",
        "The Northvale council vote on the Acme quarry will be held on April 16.\n",
        "2024-03-12",
        outlet="New",
    )
    code, out = check(capsys, path)
    assert code == 1, out
    assert "WARNING FC002" in out and "contradiction]" in out
