"""An earlier "has yet to comment" against a later remark of the same speaker:
a later update, whatever verb the remark is told with, when it is about what
the earlier article said had not been commented on yet."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of

from factcheck.engine.claims import OBJECT_MODIFIERS, is_not_yet


def _fc004_of(ruleset, folder, articles: list[tuple[str, str]]) -> list:
    """The FC004 findings of one-line articles (text, publication date), named a, b, c ..."""
    return findings_of(ruleset, folder, articles, "FC004")


def _fc004(ruleset, folder, earlier: str, later: str) -> list:
    return _fc004_of(ruleset, folder, [(earlier, "2025-03-10"), (later, "2025-03-11")])


@pytest.mark.parametrize(
    ("earlier", "later", "values"),
    [
        (
            "Ana Ruiz has yet to comment on the tariffs.",
            "Ana Ruiz said on Tuesday that the tariffs were unjustified.",
            {"a": "yet to", "b": "say"},
        ),
        (
            "Ana Ruiz has not yet responded to the letter.",
            "Ana Ruiz said the letter was a stunt.",
            {"a": "not", "b": "say"},
        ),
        (
            "Ana Ruiz has yet to comment.",
            "Ana Ruiz told reporters on Tuesday that she would visit Vexa.",
            {"a": "yet to", "b": "tell"},
        ),
        (
            "Ana Ruiz has yet to comment on the tariffs.",
            "Ana Ruiz commented on the tariffs on Tuesday.",
            {"a": "yet to", "b": "comment"},
        ),
        # "has" parsed as the main verb; "yet" after the verb; what a request asked is no topic
        (
            "Ana Ruiz has yet to respond to the letter.",
            "Ana Ruiz said the letter was a stunt.",
            {"a": "yet to", "b": "say"},
        ),
        (
            "Ana Ruiz has not responded to the letter yet.",
            "Ana Ruiz said the letter was a stunt.",
            {"a": "not", "b": "say"},
        ),
        (
            "Ana Ruiz has not yet responded to a request for comment on the tariffs.",
            "Ana Ruiz said the tariffs were unjustified.",
            {"a": "not", "b": "say"},
        ),
        (
            "Ana Ruiz has not yet announced the date of the election.",
            "Ana Ruiz announced the date of the election on Tuesday.",
            {"a": "not", "b": "announce"},
        ),
        (
            "Ana Ruiz has yet to comment on the letter.",
            "In a statement on Tuesday, Ana Ruiz said the letter was a stunt.",
            {"a": "yet to", "b": "say"},
        ),
        (
            "Ana Ruiz has yet to comment on the letter.",
            '"The letter was a stunt," Ana Ruiz said.',
            {"a": "yet to", "b": "say"},
        ),
        # what a comma sets off before the speaker does not make the remark another's
        (
            "Ana Ruiz has yet to comment on the letter.",
            "When asked, Ana Ruiz said the letter was a stunt.",
            {"a": "yet to", "b": "say"},
        ),
        # the speaker's own words before her name are hers
        (
            "Ana Ruiz has yet to comment on the letter.",
            "Speaking to reporters, Ana Ruiz said the letter was a stunt.",
            {"a": "yet to", "b": "say"},
        ),
        # what she had not yet said, said ("whether she will run": a verb, matched as one)
        (
            "Ana Ruiz has not yet said whether she will run for governor.",
            "Ana Ruiz said she will run for governor.",
            {"a": "not", "b": "say"},
        ),
        (
            "Ana Ruiz has yet to explain why she skipped the vote.",
            "Ana Ruiz said she skipped the vote because she was ill.",
            {"a": "yet to", "b": "say"},
        ),
        # a verb of putting off, done, is an answer; so is what a reported clause's clause is about
        (
            "Ana Ruiz has yet to comment on the letter.",
            "Ana Ruiz said she had read the letter and it was a stunt.",
            {"a": "yet to", "b": "say"},
        ),
        (
            "Ana Ruiz has yet to comment on the letter.",
            "Ana Ruiz said she had decided to ignore the letter.",
            {"a": "yet to", "b": "say"},
        ),
    ],
)
def test_a_later_remark_updates_an_earlier_not_yet(ruleset, tmp_path, earlier, later, values):
    (finding,) = _fc004(ruleset, tmp_path, earlier, later)
    assert finding.label == "later update"
    assert {c.article: c.value for c in finding.claims} == values


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # about something else
        ("Ana Ruiz has yet to comment on the tariffs.", "Ana Ruiz said on Tuesday that she would visit Vexa."),
        ("Ana Ruiz has yet to comment on the tariffs.", "Ana Ruiz commented on the budget on Tuesday."),
        ("Ana Ruiz has not yet responded to the letter.", "Ana Ruiz told reporters that she would visit Vexa."),
        # another speaker
        ("Ana Ruiz has yet to comment on the tariffs.", "Tom Ray said on Tuesday that the tariffs were unjustified."),
        # a plain denial of one remark is no denial of every other
        ("Ana Ruiz did not comment on the tariffs.", "Ana Ruiz said on Tuesday that the tariffs were unjustified."),
        # a remark that puts it off, or declines it
        ("Ana Ruiz has yet to comment on the tariffs.", "Ana Ruiz said she would not comment on the tariffs."),
        ("Ana Ruiz has yet to comment on the tariffs.", "Ana Ruiz said she would comment on the tariffs on Friday."),
        ("Ana Ruiz has yet to comment on the tariffs.", "Ana Ruiz said she had no comment on the tariffs."),
        ("Ana Ruiz has not yet responded to the letter.", "Ana Ruiz said she would respond to the letter next week."),
        ("Ana Ruiz has not yet announced the winner.", "Ana Ruiz said the winner would be named on Friday."),
        # verbs of speaking in other senses
        ("Ana Ruiz has yet to add a new player.", "Ana Ruiz said the new player would arrive on Monday."),
        ("Ana Ruiz has not yet claimed the prize.", "Ana Ruiz said the prize was a surprise."),
        # advice is no fact, whatever the parse hangs its subject on
        ("Tom Ray had better leave Paris.", "Tom Ray did not leave Paris."),
        ("Tom Ray left Paris on Monday.", "Tom Ray had best not leave Paris."),
        # a remark dated before the "not yet" was written
        ("Ana Ruiz has yet to comment on the letter.", "Ana Ruiz said last year that the letter was a stunt."),
        ("Ana Ruiz has yet to comment on the letter.", "On March 2, Ana Ruiz said the letter was a stunt."),
        # not in the article's own voice
        ("Ana Ruiz has yet to comment on the letter.", "If Ana Ruiz says the letter is a stunt, the council will act."),
        ("Ana Ruiz has yet to comment on the letter.", "Reports that Ana Ruiz said the letter was a stunt were false."),
        (
            "If Ana Ruiz has yet to respond to the letter by Friday, the council will act.",
            "Ana Ruiz said the letter was a stunt.",
        ),
        ("Ana Ruiz has yet to comment on the letter.", "According to Tom Ray, Ana Ruiz said the letter was a stunt."),
        # a remark that is not yet the answer
        ("Ana Ruiz has yet to comment on the letter.", "Ana Ruiz said it was too early to comment on the letter."),
        ("Ana Ruiz has yet to comment on the letter.", "Ana Ruiz said she was unable to discuss the letter."),
        ("Ana Ruiz has yet to say whether she will run.", "Ana Ruiz said she would decide next month whether to run."),
        # what she had not yet said is not what she said
        ("Ana Ruiz has yet to say whether she will run.", "Ana Ruiz said the letter was a stunt."),
        ("Ana Ruiz has yet to explain why she skipped the vote.", "Ana Ruiz said the letter was a stunt."),
        (
            "Ana Ruiz has yet to comment on the letter.",
            "Ana Ruiz said the letter was being reviewed and she would respond in due course.",
        ),
        ("Ana Ruiz has yet to comment on the letter.", "Ana Ruiz said her lawyers were reviewing the letter."),
        # one word in common is not the topic: a possessor, a noun in another use, a verb
        ("Ana Ruiz has yet to comment on the letter.", "Ana Ruiz said the letter carrier was late."),
        ("Ana Ruiz has yet to respond to Tom Ray's letter.", "Ana Ruiz said Tom Ray won the race."),
        ("Ana Ruiz has yet to respond to the fire.", "Ana Ruiz said she was fired in 2010."),
        # the remark came first: the later "not yet" may be about another occasion
        ("Ana Ruiz said on Monday that the tariffs were unjustified.", "Ana Ruiz has yet to comment on the tariffs."),
    ],
)
def test_no_update_without_the_same_speaker_and_topic(ruleset, tmp_path, earlier, later):
    assert _fc004(ruleset, tmp_path, earlier, later) == []


def test_a_subject_hung_on_the_auxiliary_is_the_clauses():
    # the parse makes "has" an auxiliary of "comment" and hangs the subject on it
    (claim,) = [c for c in claims_of_text("Ana Ruiz has yet to comment on the tariffs.") if c.slot == "polarity"]
    assert (claim.subject, claim.polarity, claim.negation) == ("@ana-ruiz", "negative", "yet to")
    assert ("speech", "yet") in claim.extra


def test_a_remark_is_a_claim_only_of_a_named_speaker_in_the_articles_voice():
    def said(text: str) -> list:
        return [c for c in claims_of_text(text) if c.slot == "polarity" and c.predicate == "say"]

    assert [(c.polarity, ("about", "letter") in c.extra) for c in said("Ana Ruiz said the letter was a stunt.")] == [
        ("positive", True)
    ]
    assert said("Officials said the letter was a stunt.") == []
    assert said("Ana Ruiz did not say the letter was a stunt.") == []
    assert said("Ana Ruiz will say more on Tuesday.") == []


@pytest.mark.parametrize(
    ("earlier", "later", "label"),
    [
        # an act years before a "not yet" of it may be another occasion
        ("Ana Ruiz has not yet left Paris.", "Ana Ruiz left Paris in 2020.", "possible"),
        ("Ana Ruiz has yet to leave Paris.", "Ana Ruiz left Paris in 2020.", "possible"),
        # an act of the days the story covers is the one denied
        ("Ana Ruiz paid the fine on Monday.", "Ana Ruiz has yet to pay the fine.", "contradiction"),
        # and one told later, undated, is a later update
        ("Ana Ruiz has yet to pay the fine.", "Ana Ruiz paid the fine.", "later update"),
    ],
)
def test_an_act_dated_well_before_a_not_yet_is_only_possible(ruleset, tmp_path, earlier, later, label):
    (finding,) = _fc004(ruleset, tmp_path, earlier, later)
    assert finding.label == label
    assert {c.normalized for c in finding.claims} == {"positive", "negative"}


@pytest.mark.parametrize(
    ("articles", "label"),
    [
        # another article tells the act of the story's days: that one is denied
        (
            [
                ("Ana Ruiz signed the contract on Friday.", "2025-03-08"),
                ("Ana Ruiz has yet to sign the contract.", "2025-03-10"),
                ("Ana Ruiz signed the contract in 2020.", "2025-03-10"),
            ],
            "contradiction",
        ),
        # a date that only bounds the act does not date it
        (
            [
                ("Ana Ruiz has yet to sign the contract.", "2025-03-10"),
                ("Ana Ruiz signed the contract after March 1.", "2025-03-11"),
            ],
            "later update",
        ),
        # news of its own day, however long before the "not yet"
        (
            [
                ("Ana Ruiz signed the contract today.", "2025-03-02"),
                ("Ana Ruiz has yet to sign the contract.", "2025-03-10"),
            ],
            "contradiction",
        ),
        # "not yet" after the verb, and in the passive
        (
            [("Ana Ruiz has not left Paris yet.", "2025-03-10"), ("Ana Ruiz left Paris in 2020.", "2025-03-11")],
            "possible",
        ),
        ([("Ana Ruiz has not yet been paid.", "2025-03-10"), ("Ana Ruiz was paid in 2020.", "2025-03-11")], "possible"),
    ],
)
def test_only_an_act_long_before_every_not_yet_is_only_possible(ruleset, tmp_path, articles, label):
    (finding,) = _fc004_of(ruleset, tmp_path, articles)
    assert finding.label == label


@pytest.mark.parametrize(
    ("not_yet", "act", "label"),
    [
        # a "not yet" of a new occasion against an undated act: it may be an earlier one
        ("Ana Ruiz has yet to win a race this season.", "Ana Ruiz won a race last season.", "possible"),
        ("Ana Ruiz has yet to sign a new contract.", "Ana Ruiz signed a contract.", "possible"),
        # dated in the occasion, or no occasion named: the usual labels
        ("Ana Ruiz has not yet won a race this year.", "Ana Ruiz won a race in Vexa on Sunday.", "contradiction"),
        ("Ana Ruiz has yet to sign the contract.", "Ana Ruiz signed the contract.", "contradiction"),
        # the act names the occasion too: the one denied
        ("Ana Ruiz has yet to sign a new contract.", "Ana Ruiz signed the new contract.", "contradiction"),
        ("Ana Ruiz has not yet won again.", "Ana Ruiz won again.", "contradiction"),
        ("Ana Ruiz has yet to win a race this season.", "Ana Ruiz won a race this season.", "contradiction"),
        ("Ana Ruiz has yet to meet the new owner.", "Ana Ruiz met the new owner.", "contradiction"),
        # no occasion named
        (
            "Ana Ruiz and Ben Cole have yet to meet one another.",
            "Ana Ruiz and Ben Cole met one another.",
            "contradiction",
        ),
        ("Ana Ruiz has yet to sign the contract at this time.", "Ana Ruiz signed the contract.", "contradiction"),
    ],
)
def test_a_not_yet_of_a_new_occasion_against_an_undated_act_is_only_possible(ruleset, tmp_path, not_yet, act, label):
    (finding,) = _fc004_of(ruleset, tmp_path, [(not_yet, "2025-03-10"), (act, "2025-03-10")])
    assert finding.label == label


def test_which_not_yet_names_a_new_occasion():
    from factcheck.engine.claims import is_scoped

    def scoped(text: str) -> bool:
        (claim,) = [c for c in claims_of_text(text) if c.slot == "polarity"]
        return is_scoped(claim)

    assert scoped("Ana Ruiz has yet to sign a new contract.")
    assert scoped("This season, Ana Ruiz has not yet won a race.")
    assert not scoped("Ana Ruiz has yet to sign the contract.")
    assert not scoped("The New Vexa Times has yet to publish the letter.")  # a name, no new occasion


@pytest.mark.parametrize("order", ["ab", "ba"])
def test_a_plain_not_yet_keeps_the_contradiction_whatever_the_names(ruleset, tmp_path, order):
    plain, scoped = "Ana Ruiz has yet to sign the contract.", "Ana Ruiz has yet to sign a new contract."
    first, second = (plain, scoped) if order == "ab" else (scoped, plain)
    articles = [(first, "2025-03-10"), (second, "2025-03-10"), ("Ana Ruiz signed the contract.", "2025-03-10")]
    (finding,) = _fc004_of(ruleset, tmp_path, articles)
    assert finding.label == "contradiction"


def test_yet_another_says_no_not_yet_and_is_another_thing(ruleset, tmp_path):
    """ "did not sign yet another contract" tells no "not yet"; and "another
    contract" is not the contract signed in 2020, so nothing conflicts."""
    (claim,) = [c for c in claims_of_text("Ana Ruiz did not sign yet another contract.") if c.slot == "polarity"]
    assert claim.polarity == "negative"
    assert not is_not_yet(claim)
    assert dict(claim.extra)[OBJECT_MODIFIERS] == "another"
    articles = [
        ("Ana Ruiz did not sign yet another contract.", "2025-03-10"),
        ("Ana Ruiz signed the contract in 2020.", "2025-03-11"),
    ]
    assert _fc004_of(ruleset, tmp_path, articles) == []
