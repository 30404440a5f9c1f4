"""What is expected or scheduled against what happened. A schedule is read
from the parse ("is due", "is slated for", "were to"), and a value told as
expected ("will pay $334 million") is compared with the same value told as
what is or was ("is paying $434 million"): a possible conflict, since a plan
may change, never a contradiction. What may or might happen tells no value.
Generic sentences written for these tests, invented names."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import claims_of_text

import factcheck
from factcheck.engine.align import gate


def _fact_modality(text: str, slot: str = "date") -> str:
    (c,) = [c for c in claims_of_text(text) if c.slot == slot]
    return c.modality


@pytest.mark.parametrize(
    "text",
    [
        "Norland Air were to take delivery of the jet in May 2027.",
        "Norland Air is due to receive its first jet in May 2027.",
        "Deliveries to Norland Air are due in October 2027.",
        "The vote on the Harlow bridge is scheduled for December 15, 2027.",
        "The Harlow hearing is set for December 15, 2027.",
        "The Vexa phone is slated for a release on June 24, 2027.",
    ],
    ids=["were-to", "due-to", "due", "scheduled", "set-for", "slated"],
)
def test_a_schedule_is_expected(text: str):
    assert _fact_modality(text) == "expected"


@pytest.mark.parametrize(
    "text",
    ["Mira Sol set a world record in Harlow on June 24, 2024.", "Norland Air received its first jet in May 2024."],
)
def test_what_happened_is_actual(text: str):
    assert _fact_modality(text) == "actual"


def test_to_be_doing_is_no_schedule():
    """ "were to take" is arranged; "hopes to be playing", "is said to be hiding" are not."""
    from factcheck.extract.negation import modality
    from factcheck.extract.nlp import load_nlp

    nlp = load_nlp()

    def of(text: str, word: str) -> str:
        return next(modality(t, False)[0] for t in nlp(text) if t.text == word)

    assert of("Jon Hale hopes to be playing again on June 3.", "playing") == "hypothetical"
    assert of("Jon Hale is said to be hiding in Harlow.", "hiding") == "actual"
    assert of("Norland Air were to take delivery in May.", "take") == "expected"


def test_a_plan_and_an_outcome_of_one_value_pass_the_gate_but_a_possibility_does_not():
    (will,) = [c for c in claims_of_text("Norland Energy will pay $334 million for Widgetco.") if c.slot == "number"]
    (pays,) = [
        c for c in claims_of_text("Norland Energy is paying $434 million for Widgetco.", "u") if c.slot == "number"
    ]
    (may,) = [c for c in claims_of_text("Norland Energy may pay $434 million for Widgetco.", "v") if c.slot == "number"]
    assert (will.modality, pays.modality, may.modality) == ("expected", "actual", "possible")
    assert gate(will, pays) is None
    assert gate(may, pays) == "possible vs actual"


def _run(tmp_path: Path, a: str, b: str):
    for name, text in (("a", a), ("b", b)):
        (tmp_path / f"{name}.md").write_text(f"---\npublished: 2025-05-02\n---\n\n{text}\n", encoding="utf-8")
    report, errors = factcheck.run(tmp_path)
    assert errors == []
    return report.findings


def test_a_plan_against_another_outcome_is_a_possible_conflict(tmp_path: Path):
    findings = _run(
        tmp_path,
        "Norland Energy will pay $334 million for Widgetco, the company said.",
        "Norland Energy is paying $434 million for Widgetco, according to a filing.",
    )
    (f,) = [f for f in findings if {c.value for c in f.claims} == {"$334 million", "$434 million"}]
    assert f.label == "possible"
    assert "told as expected" in f.conclusion + f.message


def test_a_plan_and_an_outcome_that_agree_are_no_finding(tmp_path: Path):
    from factcheck.engine.align import compare_claims
    from factcheck.knowledge.lexicon import Lexicon

    will_text = "Norland Energy will pay $334 million for Widgetco, the company said."
    paid_text = "Norland Energy paid $334 million for Widgetco, according to a filing."
    (will,) = [c for c in claims_of_text(will_text) if c.slot == "number"]
    (paid,) = [c for c in claims_of_text(paid_text, "u") if c.slot == "number"]
    assert gate(will, paid) is None  # aligned, and the values agree
    assert not compare_claims(will, paid, Lexicon({})).conflict
    findings = _run(tmp_path, will_text, paid_text)
    assert [f for f in findings if any("334" in c.value for c in f.claims)] == []


def test_a_plan_against_another_plan_is_no_plan_changed():
    from factcheck.engine.align import told_as_expected

    (will,) = [c for c in claims_of_text("Norland Energy will pay $334 million for Widgetco.") if c.slot == "number"]
    (plans,) = [
        c
        for c in claims_of_text("Norland Energy is planning to pay $434 million for Widgetco.", "u")
        if c.slot == "number"
    ]
    assert (will.modality, plans.modality) == ("expected", "planned")
    assert not told_as_expected(will, plans)


def test_a_schedule_and_an_outcome_of_two_predicates_are_two_steps():
    (was,) = [c for c in claims_of_text("Jon Hale was convicted of the murder on June 20, 2024.") if c.slot == "date"]
    (will,) = [c for c in claims_of_text("Jon Hale will be sentenced on May 3.", "u") if c.slot == "date"]
    assert (was.modality, will.modality) == ("actual", "expected")
    assert "two steps" in (gate(was, will) or "")


def test_a_sum_in_dollars_and_in_us_dollars_is_one_thing():
    (usd,) = [c for c in claims_of_text("Norland Energy is paying US$434 million for Widgetco.") if c.slot == "number"]
    (bare,) = [
        c for c in claims_of_text("Norland Energy is paying $334 million for Widgetco.", "u") if c.slot == "number"
    ]
    assert gate(usd, bare) is None


def test_a_plan_told_after_the_other_day_had_passed_is_another_occasion(tmp_path: Path):
    """Published Friday 2 May 2025: "will speak on Wednesday" is 7 May, "spoke
    on Wednesday" 30 April. The plan was told after the other occasion had
    passed: two occasions, not a plan that changed (no finding)."""
    findings = _run(
        tmp_path,
        "Tom Reyes, the founder of Northvale Aid, will speak on Wednesday.",
        "Northvale Aid founder Tom Reyes spoke on Wednesday.",
    )
    assert [f for f in findings if f.rule == "FC002"] == []


@pytest.mark.parametrize(
    ("planned", "done"),
    [
        # both days after the article that tells the plan
        ("Tom Reyes will be sentenced in Northvale on May 13.", "Tom Reyes was sentenced in Northvale on May 15."),
        # a full date names the one occasion, told wrong by one side (published 2 May)
        ("Tom Reyes will be sentenced in Northvale on May 9.", "Tom Reyes was sentenced in Northvale on April 25."),
    ],
)  # fmt: skip
def test_a_plan_and_another_outcome_are_still_a_possible_conflict(tmp_path: Path, planned: str, done: str):
    """The plan may have changed: a possible conflict."""
    (f,) = [f for f in _run(tmp_path, planned, done) if f.rule == "FC002"]
    assert f.label == "possible"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ana Ruiz needs to score 11 points.", "hypothetical"),
        ("Drivers in Westshire are required to pay $500.", "hypothetical"),
        # what was needed and had, or needed and done, is what happened
        ("Tom Reyes needed 40 stitches after the attack.", "actual"),
        ("Tom Reyes needed 20 stitches to close the wound.", "actual"),
        ("Westshire firefighters needed to evacuate 300 people.", "actual"),
        # how many need something is a count of now
        ("Twelve people need hospital treatment after the Westshire crash.", "actual"),
    ],
)
def test_a_figure_still_to_reach_is_not_one_that_happened(text, modality):
    assert _fact_modality(text, "number") == modality


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (
            "The Northvale project does not require council approval.",
            "The Northvale project requires council approval.",
            "polarity",
        ),
        ("Ana Ruiz needed surgery on Monday to repair her knee.", "Ana Ruiz needed surgery on Tuesday.", "date"),
        (
            "Twelve people need hospital treatment after the Westshire crash.",
            "Fifteen people needed hospital treatment after the Westshire crash.",
            "number",
        ),
    ],
    ids=["does-not-require", "needed-on-a-day", "how-many-need"],
)
def test_what_is_needed_is_still_compared(tmp_path, a, b, kind):
    (tmp_path / "a.md").write_text(f"---\npublished: 2025-05-01\n---\n{a}\n")
    (tmp_path / "b.md").write_text(f"---\npublished: 2025-05-01\n---\n{b}\n")
    report, _ = factcheck.run(tmp_path)
    assert [f.kind for f in report.findings] == [kind]


def test_a_figure_still_to_score_and_a_figure_scored_do_not_conflict(tmp_path):
    """'needs to score 11 points to break the record' and 'scored 23 points'
    tell two figures of one player: what she lacks and what she did."""
    (tmp_path / "a.md").write_text(
        "---\npublished: 2025-05-01\n---\nAna Ruiz needs to score 11 points to break the school record.\n"
    )
    (tmp_path / "b.md").write_text("---\npublished: 2025-05-01\n---\nAna Ruiz scored 23 points on Friday.\n")
    report, _ = factcheck.run(tmp_path)
    assert [f for f in report.findings if f.kind == "number"] == []
