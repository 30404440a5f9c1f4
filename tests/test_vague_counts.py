"""A count given without a figure ("several people were hurt", "a few
passengers died", "dozens of homes were destroyed") says there were some: a
number claim of one at least. "No one was hurt" contradicts it; no figure
does (first reports against the later tally, "one of them critically")."""

from __future__ import annotations

import pytest
from conftest import claims_of_text, findings_of_two


def _counts(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.value, c.normalized, c.payload.hedge) for c in claims_of_text(text) if c.slot == "number"]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Several people were injured in the fire at the Northvale warehouse.", ("Several people", "1 person")),
        ("A few passengers died when the ferry sank near Northvale.", ("A few passengers", "1 passenger")),
        ("Police arrested several suspects in Northvale on Monday.", ("several suspects", "1 suspect")),
        ("Many people were killed in the attack on the Northvale market.", ("Many people", "1 person")),
        ("Dozens of homes were destroyed by the storm in Northvale.", ("Dozens of homes", "1 home")),
        ("Hundreds of people were evacuated from Northvale on Monday.", ("Hundreds of people", "1 person")),
        ("Several people have been injured in the Northvale blast on Friday.", ("Several people", "1 person")),
        ("Police said that several people were hurt in the blast on Friday.", ("several people", "1 person")),
        ("The blast in Northvale on Friday killed dozens of people.", ("dozens of people", "1 person")),
    ],
)
def test_a_count_without_a_figure_is_one_at_least(sentence, count):
    assert (*count, "at least") in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Few people were hurt in the fire at the Northvale warehouse.",  # not many
        "Only a few people were hurt in the fire at the Northvale warehouse.",
        "Not many people were hurt in the fire at the Northvale warehouse.",
        "So many people died in the Northvale flood.",
        "Police did not arrest several suspects in Northvale.",
        "Several hundred people were evacuated from Northvale on Monday.",  # a figure, not "several"
        "Several years passed before the trial in Northvale.",  # a length of time
        "Many people know why the fire started.",  # no event
        # a count added to another
        "Several more people died in hospital after the Northvale blast on Friday.",
        "Many other people were injured in the Northvale blast on Friday.",
        "A few additional suspects were arrested in Northvale on Friday.",
        # figures, not things counted
        "Hundreds of thousands of people fled Northvale on Friday.",
        "Several thousands were evacuated from Northvale on Friday.",
        "As many people were killed in the Northvale blast as in the one before.",
        # another occasion, or many: news states what happens again and again this way
        "A quake hit the town of Zarand in 2005, killing hundreds of people.",
        "Many people die in fires like the one at the Northvale church.",
        "Many people were injured in fires like the one at the Northvale church.",
        "Dozens of people have been arrested at protests in Northvale.",
        "Many people have drowned off Northvale beach.",
        "Dozens of people are killed on Northvale roads every year.",
        "Many people were often hurt at the Northvale festival.",
        "Several people are usually hurt at the Northvale festival on Friday.",
        "Many people died on the Northvale road over the years.",
        "Many people were killed in the war in Northvale.",
        "Dozens of people have been arrested at the Northvale protest since Friday.",
        # a hedge that admits none
        "Up to several people were hurt in the Northvale blast on Friday.",
        "At most a few people were hurt in the Northvale blast on Friday.",
        "Possibly several people were hurt in the Northvale blast on Friday.",
        "There were not that many people hurt in the Northvale blast on Friday.",
        "Numerous run-ins were reported in Northvale on Friday.",
    ],
)
def test_no_vague_count_where_the_sentence_gives_none(sentence):
    assert not [c for c in _counts(sentence) if c[2] == "at least" and not c[0][0].isdigit()]


def test_a_vague_count_against_none_conflicts(ruleset, tmp_path):
    (finding,) = findings_of_two(
        ruleset,
        tmp_path,
        "Several people were injured in the fire at the Northvale church on Friday.",
        "No one was injured in the fire at the Northvale church on Friday.",
        "FC003",
    )
    assert {c.article: c.value for c in finding.claims} == {"a": "Several people", "b": "No one"}


@pytest.mark.parametrize(
    ("vague", "figure"),
    [
        ("Several people were injured", "Three people were injured"),
        ("A few people were injured", "Two people were injured"),
        ("Dozens of people were injured", "At least 50 people were injured"),
        ("Dozens of people were injured", "Twelve people were injured"),  # a first report and a tally
        ("Several people were injured", "One person was critically injured"),  # one of them
        ("Several people were injured", "One person was injured"),
        ("Several people were injured", "One firefighter was injured"),  # a kind of person: a part
    ],
)
def test_a_vague_count_agrees_with_any_figure(ruleset, tmp_path, vague, figure):
    tail = " in the fire at the Northvale church on Friday."
    assert findings_of_two(ruleset, tmp_path, vague + tail, figure + tail, "FC003") == []
