"""FC004 flags a denial only when the negation governs what the other side
states, and never takes a clause holding a negation cue for a positive one."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        ("Tom Reyes is a lawyer in Northvale.", "Tom Reyes is not a good lawyer."),
        ("The Reform Party is a political party in Westshire.", "The Reform Party is not a major political party."),
        ("Ana Ruiz is happy with the deal.", "Ana Ruiz is not very happy with the deal."),
        ("Tom Reyes is the coach of the Rovers.", "Tom Reyes is not the first coach of the Rovers."),
        # a prefixed qualifier is its own word: no run of it is the denied one
        ("Tom Reyes is an ex-police officer.", "Tom Reyes is not a police officer."),
        ("Ana Ruiz is a non-voting member of the board.", "Ana Ruiz is not a voting member of the board."),
        # "sitting" qualifies: a retired judge is still called a judge
        ("Ana Ruiz is a judge.", "Ana Ruiz is not a sitting judge."),
        # the stated side says the state is not, or not now, what is denied
        ("Tom Reyes is a non-member of the party.", "Tom Reyes is not a member of the party."),
        ("Tom Reyes is a former member of the party.", "Tom Reyes is no longer a member of the party."),
        ("Tom Reyes is the acting mayor of Northvale.", "Tom Reyes is not the mayor of Northvale."),
        ("Tom Reyes is a retired judge.", "Tom Reyes is not a judge."),
    ],
)
def test_a_denied_state_with_a_qualifier_the_other_does_not_state_is_no_denial(ruleset, tmp_path, stated, denied):
    """ "Not a good lawyer" does not deny "a lawyer", nor "not very happy"
    "happy": the denial is of more than the other side states."""
    assert _fc004(ruleset, tmp_path, stated + "\n", denied + "\n") == []


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        # "a minor political party" is a political party; "large" and "big" are one qualifier
        ("The Reform Party is a minor political party in Westshire.", "The Reform Party is not a political party."),
        ("Ana Ruiz is very happy with the deal.", "Ana Ruiz is not happy with the deal."),
        ("Northvale is a large city in Westshire.", "Northvale is not a big city."),
        ("Tom Reyes is the founder of Greenpeace.", "Tom Reyes is not the founder of Greenpeace."),
        # one qualifier written two ways: apostrophes, hyphens, a name told as an anchor
        ("Mark Davis is Ana Ruiz's lawyer.", "Mark Davis is not Ana Ruiz\u2019s lawyer."),
        ("Ann Lee is a full-time employee of Northvale.", "Ann Lee is not a full time employee of Northvale."),
        # words that stress or date a state qualify nothing
        ("Ann Lee is a member of the Labour Party.", "Ann Lee is not actually a member of the Labour Party."),
        ("Ann Lee is happy with the deal.", "Ann Lee is not at all happy with the deal."),
        ("Ann Lee is eligible for re-election.", "Ann Lee is not currently eligible for re-election."),
    ],
)
def test_a_denied_state_that_the_other_states_with_as_much_or_more_is_a_denial(ruleset, tmp_path, stated, denied):
    """A denial of no more than the other side states, however its qualifiers
    are written, conflicts with it."""
    (f,) = _fc004(ruleset, tmp_path, stated + "\n", denied + "\n")
    assert {c.side for c in f.claims} == {"a", "b"}
    # a state holds or not; it does not happen
    assert "' holds:" in f.message and "happened" not in f.message


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        # the denied object is qualified by what the other side does not state
        ("The council approved the new budget.", "The council did not approve the old budget."),
        ("Ana Ruiz discovered gamma rays.", "Ana Ruiz did not discover x-rays."),
        ("The council approved the 2024 budget.", "The council did not approve the 2025 budget."),
        # more of the object, or another one, than the other side's plain object, or an object not told
        ("The mayor signed the bills.", "The mayor did not sign every bill."),
        ("The council approved the plan.", "The council did not approve the original plan."),
        ("Ana Ruiz won a term.", "Ana Ruiz did not win a 2nd term."),
        ("Acme paid a fine.", "Acme did not pay the court-ordered fine."),
        # the other side tells of its object what the denial does not, after its head
        (
            "The court overturned the conviction of the first defendant.",
            "The court did not overturn the first conviction.",
        ),
        ("The council approved the budget of the new school.", "The council did not approve the new budget."),
        ("The council approved the budget for hospitals.", "The council did not approve the budget for schools."),
        (
            "The council approved the new budget for hospitals.",
            "The council did not approve the new budget for schools.",
        ),
        ("Beta paid Acme's fine.", "Acme did not pay its own fine."),
        ("Acme agreed to take over Widgetco.", "Acme did not agree to take over Northco."),
        ("Ana Ruiz agreed to meet Tom Reyes Jr.", "Ana Ruiz did not agree to meet Tom Reyes."),
        ("Acme paid the fine.", "Acme did not pay the full fine."),
        # what a predicate takes a clause of doing: another act, or the act on another thing
        ("Acme agreed to buy Widgetco on Monday.", "Acme did not agree to buy Northco."),
        ("Acme agreed to buy Widgetco on Monday.", "Acme did not agree to sell Widgetco."),
        ("Tom Reyes helped found the Northvale League.", "Tom Reyes did not help found the Westshire Union."),
        # an object a demonstrative heads names something the other side does not
        ("Tom Reyes described those responsible as dangerous.", "Tom Reyes declined to describe the bomb."),
        ("Ana Ruiz signed those she had read.", "Ana Ruiz did not sign the contracts."),
        ("Ana Ruiz approved the other on Monday.", "Ana Ruiz did not approve the plan on Monday."),
        ("Ana Ruiz approved each of them on Monday.", "Ana Ruiz did not approve the plan on Monday."),
    ],
)
def test_a_denial_of_another_object_or_another_act_is_no_denial(ruleset, tmp_path, stated, denied):
    """ "Did not approve the old budget" does not deny "approved the new
    budget", nor "did not agree to buy Northco" "agreed to buy Widgetco"."""
    assert _fc004(ruleset, tmp_path, stated + "\n", denied + "\n") == []


def test_a_denial_of_any_of_the_object_still_meets_the_object(ruleset, tmp_path):
    """ "did not pay any of the fine" is told of the fine: a quantifier heads
    the object, not a thing the claim leaves unnamed."""
    found = _fc004(
        ruleset, tmp_path, "Tom Reyes paid the fine on Monday.\n", "Tom Reyes did not pay any of the fine.\n"
    )
    assert [{c.side for c in f.claims} for f in found] == [{"a", "b"}]


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        # the denial is of no more than the other side states
        ("The council approved the new budget.", "The council did not approve the budget."),
        ("The council approved the revised budget.", "The council did not approve the revised budget."),
        ("Ana Ruiz received votes from the panel.", "Ana Ruiz did not receive a single vote from the panel."),
        ("Acme agreed to buy Widgetco on Monday.", "Acme did not agree to buy Widgetco."),
        # one qualifier written two ways: quoted, in a name, after the head, by a pronoun
        ("The minister approved the 'emergency' budget.", "The minister did not approve the emergency budget."),
        ("The bank approved the loan to Tom O'Brien.", "The bank did not approve Tom O'Brien's loan."),
        ("Acme paid the fine of $5 million.", "Acme did not pay the $5 million fine."),
        ("The council approved the budget of $4.5bn.", "The council did not approve the $4.5bn budget."),
        ("The two sides signed the agreement for peace.", "The two sides did not sign the peace agreement."),
        ("The council approved the budget.", "The council did not approve its own budget."),
        ("Ana Ruiz agreed to give up the title.", "Ana Ruiz did not agree to give it up."),
        ("Tom Reyes agreed to meet Ana Ruiz.", "Ana Ruiz said Tom Reyes did not agree to meet her."),
        ("Acme agreed to buy Widgetco.", "Acme did not agree to buy Widgetco Inc."),
        ("Acme agreed to hire Reyes.", "Acme did not agree to hire Tom Reyes."),
        # a quantifier of the object the other side names is no object of its own
        ("Acme sold all of its Widgetco shares.", "Acme has not sold its Widgetco shares."),
    ],
)
def test_a_denial_of_the_object_or_act_the_other_states_is_a_denial(ruleset, tmp_path, stated, denied):
    (f,) = _fc004(ruleset, tmp_path, stated + "\n", denied + "\n")
    assert {c.side for c in f.claims} == {"a", "b"}
    assert f.label == "contradiction"


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        ("The board approved the merger.", "The board did not approve the proposed merger."),
        ("The rebels signed the deal.", "The rebels did not sign the peace deal."),
        ("The council approved the budget.", "The council did not approve the revised budget."),
        # the qualifiers the other side tells, the denial tells too
        ("The Senate passed the immigration bill.", "The Senate did not pass the controversial immigration bill."),
        ("The board approved the merger with Acme.", "The board did not approve the proposed merger with Acme."),
        ("The board approved the merger itself.", "The board did not approve the proposed merger."),
    ],
)
def test_a_denied_object_qualified_where_the_other_tells_none_is_a_possible_denial(ruleset, tmp_path, stated, denied):
    """ "Did not approve the proposed merger" most likely denies "approved the
    merger", but the other side does not say it was the proposed one."""
    (f,) = _fc004(ruleset, tmp_path, stated + "\n", denied + "\n")
    assert f.label == "possible"


def test_a_predicate_claim_keeps_its_object_qualifiers_and_the_clause_it_takes():
    from conftest import claims_of_text

    from factcheck.engine.claims import COMPLEMENT, OBJECT_MODIFIERS

    (approve,) = [c for c in claims_of_text("The council did not approve the old budget.") if c.slot == "polarity"]
    assert dict(approve.extra)[OBJECT_MODIFIERS] == "old"
    (agree,) = [c for c in claims_of_text("Acme did not agree to buy Widgetco.") if c.slot == "polarity"]
    assert dict(agree.extra)[COMPLEMENT] == "buy\t@widgetco"
    (plain,) = [c for c in claims_of_text("Acme did not pay the fine.") if c.slot == "polarity"]
    assert OBJECT_MODIFIERS not in dict(plain.extra) and COMPLEMENT not in dict(plain.extra)


def test_no_longer_is_a_denial_however_the_parse_hangs_longer():
    from conftest import claims_of_text

    claims = [c for c in claims_of_text("Acme no longer owns the Northvale plant.") if c.slot == "polarity"]
    assert [(c.predicate, c.polarity, c.negation) for c in claims] == [("own", "negative", "no longer")]


def test_a_later_no_longer_is_a_later_update_and_the_same_day_a_contradiction(ruleset, tmp_path):
    """ "Is the coach" on 3 March, "is no longer the coach" on 12 March: it ended."""
    from conftest import findings_of

    a, b = "Tom Reyes is the coach of the Rovers.", "Tom Reyes is no longer the coach of the Rovers."
    (f,) = findings_of(ruleset, tmp_path, [(a, "2025-03-03"), (b, "2025-03-12")], "FC004")
    assert f.label == "later update"
    (tmp_path / "same").mkdir()
    (g,) = findings_of(ruleset, tmp_path / "same", [(a, "2025-03-12"), (b, "2025-03-12")], "FC004")
    assert g.label == "contradiction"


def test_a_dated_no_longer_is_no_later_update(ruleset, tmp_path):
    """ "Was no longer the coach in 2019" tells of 2019, which an article of
    2025 cannot end: still a contradiction."""
    from conftest import findings_of

    a = "Tom Reyes was the coach of the Rovers in 2019."
    b = "Tom Reyes was no longer the coach of the Rovers in 2019."
    (f,) = findings_of(ruleset, tmp_path, [(a, "2025-03-03"), (b, "2025-03-12")], "FC004")
    assert f.label == "contradiction"


def test_no_longer_than_is_a_comparison_not_a_denial():
    from conftest import claims_of_text

    claims = [c for c in claims_of_text("Police held Tom Reyes no longer than the law allows.") if c.slot == "polarity"]
    assert all(c.polarity == "positive" for c in claims)


def test_no_longer_hung_on_the_subject_is_a_denial(ruleset, tmp_path):
    """ "Acme no longer operates the plant": the parse may hang "no longer" on
    "Acme"; it agrees with "does not operate" (no finding)."""
    from conftest import claims_of_text

    claims = [c for c in claims_of_text("Acme no longer operates the Northvale plant.") if c.slot == "polarity"]
    assert [(c.predicate, c.polarity) for c in claims] == [("operate", "negative")]
    assert (
        _fc004(
            ruleset,
            tmp_path,
            "Acme no longer operates the Northvale plant.\n",
            "Acme does not operate the Northvale plant.\n",
        )
        == []
    )


def test_written_numbers_in_a_qualifier_fold_one_by_one():
    from factcheck.engine.claims import _written_number

    assert [_written_number(w) for w in ("two", "twenty-five", "five-twenty", "two-year")] == [
        "2",
        "25",
        "520",
        "2year",
    ]


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        ("Tom Reyes is the rebel leader who led the march.", "Tom Reyes was no rebel leader."),
        ("The Northvale fire was an accident, the police said.", "The Northvale fire was no accident."),
    ],
)
def test_no_before_the_stated_noun_denies_it(ruleset, tmp_path, stated, denied):
    """ "was no rebel leader" denies the state as "was not a rebel leader" does."""
    from conftest import claims_of_text

    (state,) = [c for c in claims_of_text(denied) if c.slot == "polarity"]
    assert (state.role, state.polarity, state.negation) == ("state", "negative", "no")
    (found,) = _fc004(ruleset, tmp_path, stated + "\n", denied + "\n")
    assert {c.value for c in found.claims} == {"no", state.predicate}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Reyes is no longer a member of the party.",
        "Tom Reyes is no stranger than his brother.",
        # idioms and litotes tell the noun holds, or another thing
        "Tom Reyes is no doubt the key to the Westshire game.",
        "The gunman was no stranger to police.",
        "Ana Ruiz was no ordinary candidate.",
        "The rescue was no small feat.",
    ],
)
def test_no_of_another_word_leaves_the_state_to_its_own_cue(text):
    from conftest import claims_of_text

    assert all(c.negation != "no" for c in claims_of_text(text) if c.slot == "polarity")


def test_a_verb_of_effort_with_what_was_tried_is_no_act_of_its_own(ruleset, tmp_path):
    """ "struggled to get inside his reach" tells an attempt: no fight that "did
    not fight" denies. The verb on its own still is one."""
    assert (
        _fc004(
            ruleset,
            tmp_path,
            "Tom Reyes struggled to get inside the taller champion's reach.\n",
            "Tom Reyes did not fight.\n",
        )
        == []
    )
    (tmp_path / "plain").mkdir()
    (found,) = _fc004(ruleset, tmp_path / "plain", "Tom Reyes fought in the final.\n", "Tom Reyes did not fight.\n")
    assert {c.value for c in found.claims} == {"fight", "not"}
    # an attempt denied is still a denial of the attempt
    (tmp_path / "attempt").mkdir()
    (found,) = _fc004(
        ruleset,
        tmp_path / "attempt",
        "Tom Reyes attempted to flee the scene in Northvale.\n",
        "Tom Reyes did not attempt to flee the scene in Northvale.\n",
    )
    assert {c.value for c in found.claims} == {"attempt", "not"}


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        (
            "The Northvale council overturned the Westshire rule on Tuesday.\n",
            "The Northvale council has not formally overturned the Westshire rule.\n",
        ),
        (
            "The Northvale council overturned the Westshire rule on Tuesday.\n",
            "The Westshire rule has not been formally overturned by the Northvale council.\n",
        ),
        (
            "Tom Reyes signed the Westshire contract on Tuesday.\n",
            "Tom Reyes did not immediately sign the Westshire contract.\n",
        ),
        ("Acme released the Northvale report on Tuesday.\n", "Acme did not publicly release the Northvale report.\n"),
        (
            "Tom Reyes has recovered from the Northvale crash.\n",
            "Tom Reyes has not yet fully recovered from the Northvale crash.\n",
        ),
        # another adverb on the other side, or one of another clause, is not the denial's
        (
            "Tom Reyes immediately signed the Westshire contract on Tuesday.\n",
            "Tom Reyes has not formally signed the Westshire contract.\n",
        ),
        (
            "The Northvale council overturned the Westshire rule, which was formally adopted in 2001.\n",
            "The Northvale council has not formally overturned the Westshire rule.\n",
        ),
    ],
)
def test_a_denial_of_how_or_when_is_no_denial_of_the_plain_act(ruleset, tmp_path, stated, denied):
    assert _fc004(ruleset, tmp_path, stated, denied) == []


@pytest.mark.parametrize(
    ("stated", "denied"),
    [
        (
            "The Northvale council formally overturned the Westshire rule on Tuesday.\n",
            "The Northvale council has not formally overturned the Westshire rule.\n",
        ),
        # one meaning, two words; the adverb after the object
        (
            "The Northvale council formally overturned the Westshire rule on Tuesday.\n",
            "The Northvale council has not officially overturned the Westshire rule.\n",
        ),
        (
            "Crews completely repaired the Northvale bridge on Tuesday.\n",
            "Crews have not fully repaired the Northvale bridge.\n",
        ),
        (
            "Acme opened the Northvale plant officially on Tuesday.\n",
            "Acme has not officially opened the Northvale plant.\n",
        ),
        (
            "Tom Reyes has fully recovered from the Northvale crash.\n",
            "Tom Reyes has not fully recovered from the Northvale crash.\n",
        ),
        # a plain denial answers the act however it is told, and "not exactly" denies it
        (
            "The Northvale council formally overturned the Westshire rule on Tuesday.\n",
            "The Northvale council did not overturn the Westshire rule.\n",
        ),
        ("Ana Ruiz won the Northvale election on Tuesday.\n", "Ana Ruiz did not exactly win the Northvale election.\n"),
    ],
)
def test_a_denial_of_how_meets_the_act_told_the_same_way(ruleset, tmp_path, stated, denied):
    (f,) = _fc004(ruleset, tmp_path, stated, denied)
    assert sorted(c.article for c in f.claims) == ["a", "b"]


def test_a_plain_act_a_narrowed_denial_does_not_answer_stays_out_of_its_finding(ruleset, tmp_path):
    from factcheck import run

    denied = "The Northvale council has not yet formally overturned the Westshire rule.\n"
    write_article(tmp_path, "a", denied, "2008-12-10")
    write_article(
        tmp_path, "b", "The Northvale council formally overturned the Westshire rule on Friday.\n", "2008-12-13"
    )
    write_article(tmp_path, "c", "The Northvale council overturned the Westshire rule.\n", "2008-12-10")
    report, errors = run(tmp_path, ruleset=ruleset)
    assert errors == []
    (f,) = [f for f in report.findings if f.rule == "FC004"]
    # the "not yet" of a is answered by b's later act; c's plain act, told the day a was, is none of it
    assert sorted(c.article for c in f.claims) == ["a", "b"]
    assert f.label == "later update"


@pytest.mark.parametrize(
    ("stated", "denied", "found"),
    [
        # an adverb of a participle in the object is no manner of the act
        (
            "Acme sold the publicly owned Northvale plant on Tuesday.\n",
            "Acme did not publicly sell the Northvale plant.\n",
            0,
        ),
        (
            "Acme released the fully audited Northvale report officially on Tuesday.\n",
            "Acme has not officially released the Northvale report.\n",
            1,
        ),
        # a remark the news reports was made in public
        (
            "Tom Reyes commented on the Westshire letter on Tuesday.\n",
            "Tom Reyes did not publicly comment on the Westshire letter.\n",
            1,
        ),
    ],
)
def test_the_adverb_read_is_the_acts_own(ruleset, tmp_path, stated, denied, found):
    assert len(_fc004(ruleset, tmp_path, stated, denied)) == found
