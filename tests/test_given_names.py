"""Given names: a name written as a person's is a person's, whatever type the
recogniser guessed, and a pronoun is not read as someone of the other sex."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import claims_of_text, write_article


def _entities(text: str) -> dict[str, str]:
    """Mention text -> type, as the extractor resolves them."""
    from factcheck.extract.extractor import extract
    from factcheck.knowledge.base import Knowledge
    from factcheck.knowledge.lexicon import Lexicon
    from factcheck.model.models import Article

    art = Article(id="a", path="a.md", text=text + "\n", published=date(2025, 5, 2), published_source="front_matter")
    return {m.text: m.type for m in extract(art, Knowledge(lexicon=Lexicon({}))).entities}


def test_the_table_knows_given_names_and_their_gender():
    from factcheck.text.names import gender_of, is_given_name

    assert is_given_name("Esther") and is_given_name("maurice")
    assert gender_of("Christine") == "f"
    assert gender_of("James") == "m"
    assert gender_of("Jean") is None  # given to both
    assert gender_of("Northvale") is None and not is_given_name("Northvale")
    assert is_given_name("José") and is_given_name("Zoë") and gender_of("Renée") == "f"  # accents dropped


@pytest.mark.parametrize("place", ["Houston", "Georgia", "Santa", "Lincoln", "Victoria"])
def test_names_that_are_mostly_places_are_left_out(place: str):
    from factcheck.text.names import is_given_name

    assert not is_given_name(place)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Esther Quill died on Thursday in Northvale.", "Esther Quill"),  # the recogniser: no entity
        ("Maurice Fenwick was fired on Saturday.", "Maurice Fenwick"),  # a name of no type
        ("Olivia Brandt will host the gala.", "Olivia Brandt"),
        ("Tom Reyes met Christine Vale on Monday.", "Christine Vale"),  # an organisation
    ],
)
def test_a_name_opened_by_a_given_name_is_a_persons(text: str, name: str):
    assert _entities(text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The team moved to Maurice Beach last year.", "Maurice Beach"),
        ("Grace Hospital in Westshire reopened.", "Grace Hospital"),
        ("Rosa Parks Day is on Friday.", "Rosa Parks Day"),
        ("Officials at Ellen Park said on Monday that the plan was delayed.", "Ellen Park"),
    ],
)
def test_places_bodies_and_days_named_after_people_are_not_persons(text: str, name: str):
    assert _entities(text).get(name) != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Ruiz praised the Summer Olympics on Monday.", "Summer Olympics"),  # a given name that is a word
        ("The Christian Democrats said on Monday that the plan was delayed.", "Christian Democrats"),  # a plural
        ("Tom Reyes criticised the Harold Administration on Monday.", "Harold Administration"),  # an act
        ("The report was published by Harold Doctrine on Tuesday.", "Harold Doctrine"),  # a belief
        ("Officials at Royal Mail said on Monday that the plan was delayed.", "Royal Mail"),
    ],
)
def test_names_of_events_plans_and_bodies_opened_by_a_given_name_are_not_persons(text: str, name: str):
    assert _entities(text).get(name) != "person"


def test_a_pronoun_is_not_read_as_an_administration_named_after_someone():
    dated = [
        c
        for c in claims_of_text("Tom Reyes criticised the Harold Administration on Monday. He resigned on Friday.")
        if c.slot == "date" and c.predicate == "resign"
    ]
    assert [c.subject for c in dated] == ["@tom-reyes"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Tom Reyes met Lindsay Harrow on Monday. He resigned on Friday.", "@tom-reyes"),
        ("Ana Ruiz met Tom Vale on Monday. She resigned on Friday.", "@ana-ruiz"),
    ],
)
def test_a_pronoun_is_not_read_as_the_person_of_the_other_sex_named_last(text: str, who: str):
    dated = [c for c in claims_of_text(text) if c.slot == "date" and c.predicate == "resign"]
    assert [c.subject for c in dated] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "Andrea Foscari met the board on Monday. He resigned on Friday.",  # "Andrea": mostly a woman's in the census
        "Nikita Orlov met the board on Monday. He resigned on Friday.",
    ],
)
def test_the_sex_of_a_given_name_is_a_preference_not_a_rule(text: str):
    """With no one else to read the pronoun as, it is still the person named."""
    dated = [c for c in claims_of_text(text) if c.slot == "date" and c.predicate == "resign"]
    assert len(dated) == 1 and dated[0].subject == "@" + "-".join(text.split()[:2]).lower()


def test_a_pronoun_still_meets_a_name_given_to_both_sexes():
    dated = [
        c
        for c in claims_of_text("Jean Harrow met the board on Monday. She resigned on Friday.")
        if c.slot == "date" and c.predicate == "resign"
    ]
    assert [c.subject for c in dated] == ["@jean-harrow"]


def _fc004(tmp_path, a: str, b: str) -> list[str]:
    from factcheck import load_rules, run

    write_article(tmp_path, "a", a + "\n", "2025-05-02")
    write_article(tmp_path, "b", b + "\n", "2025-05-02")
    report, errors = run(tmp_path, ruleset=load_rules())
    assert errors == []
    return [f.rule for f in report.findings if f.rule == "FC004"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Reyes never allowed to have his house searched.", "Tom Reyes granted access."),
        ("Ana Ruiz did not allow to have her speech filmed.", "Ana Ruiz allowed photographs."),
    ],
)
def test_a_denial_of_what_was_let_be_done_is_not_one_of_what_was_given(tmp_path, a: str, b: str):
    """ "Did not allow to have his house searched" and "granted access" tell of two
    things, though "allow" and "grant" are one meaning."""
    assert _fc004(tmp_path, a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tom Reyes did not plan to attack the base.", "Tom Reyes planned the attack."),
        ("Tom Reyes planned to attack the base.", "Tom Reyes did not plan the attack."),
        ("Ana Ruiz did not order to arrest Tom Reyes.", "Ana Ruiz ordered the arrest of Tom Reyes."),
        ("Acme did not prepare to launch the phone.", "Acme prepared the launch."),
    ],
)
def test_a_denial_of_an_act_told_as_a_clause_meets_the_act_told_as_a_noun(tmp_path, a: str, b: str):
    """The object names the clause's act: one act, told two ways."""
    assert _fc004(tmp_path, a, b) == ["FC004"]


def test_a_denial_of_a_thing_still_meets_the_thing_let_go_ahead(tmp_path):
    from factcheck import load_rules, run

    write_article(tmp_path, "a", "Ana Ruiz did not allow the merger.\n", "2025-05-02")
    write_article(tmp_path, "b", "Ana Ruiz allowed the merger to proceed.\n", "2025-05-02")
    report, errors = run(tmp_path, ruleset=load_rules())
    assert errors == []
    assert [f.rule for f in report.findings] == ["FC004"]


def _build(tmp_path, *extra: str):
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_given_names.py"
    return subprocess.run(
        [sys.executable, str(tool), *extra, "--out", str(tmp_path / "out")], capture_output=True, text=True, check=False
    )


def test_the_table_is_built_from_the_census_lists_without_places(tmp_path):
    census = tmp_path / "census"
    census.mkdir()
    (census / "dist.female.first").write_text(
        "MARY 2.629 2.629 1\nJEAN 0.315 2.944 2\nTARA 0.107 3.051 3\nROSE 0.100 3.151 4\n", encoding="ascii"
    )
    (census / "dist.male.first").write_text(
        "JAMES 3.318 3.318 1\nJEAN 0.035 3.353 2\nMARY 0.009 3.362 3\n", encoding="ascii"
    )
    ud = tmp_path / "ud"
    ud.mkdir()
    rows = [
        "# text = x",
        "1\tTara\tB-LOC\t-\t-",
        "2\tTara\tB-LOC\t-\t-",
        "3\tRose\tB-LOC\t-\t-",
        "4\tRose\tB-PER\t-\t-",
    ]
    (ud / "uner_en_ewt-train.iob2").write_text("\n".join(rows) + "\n", encoding="utf-8")
    proc = _build(tmp_path, "--census", str(census), "--ud", str(ud))
    assert proc.returncode == 0, proc.stderr
    table = (tmp_path / "out" / "given_names.tsv").read_text(encoding="utf-8")
    # Tara opens two locations and no person: a place's; Rose once each: kept
    assert table == "james\tm\njean\t\nmary\tf\nrose\tf\n"
    assert "tara" in (tmp_path / "out" / "GIVEN-NAMES-SOURCES.md").read_text(encoding="utf-8")


def test_the_build_fails_cleanly_without_the_census_lists(tmp_path):
    proc = _build(tmp_path, "--census", str(tmp_path / "missing"))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "census name lists not found" in proc.stderr
    assert not (tmp_path / "out").exists()
