"""Titles beside names (factcheck.engine.titles): who holds a head role, and
which title a person holds, compared across articles by FC009. Invented
sentences, run through the shipped pipeline."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import findings_of, write_article

from factcheck.engine.compare import compare_holders, compare_titles
from factcheck.engine.titles import _roles_of, exclusive


def _fc009(ruleset, folder, a: str, b: str, *, b_published: str = "2024-03-06"):
    from factcheck import run

    write_article(folder, "a", a, "2024-03-05")
    write_article(folder, "b", b, b_published)
    report, errors = run(folder, ruleset=ruleset)
    assert errors == []
    return [f for f in report.findings if f.rule == "FC009"]


def test_roles_of_title_words():
    assert _roles_of(["northvale", "rovers", "head", "coach"]) == (["head coach"], ["northvale", "rovers"])
    assert _roles_of(["president", "and", "chief", "executive"]) == (["president", "chief executive officer"], [])
    assert _roles_of(["vice", "president"]) == (["vice president"], [])
    assert _roles_of(["former", "chief", "executive"]) is None
    assert _roles_of(["acting", "governor"]) is None
    assert _roles_of(["spokesman"]) is None


def test_exclusive_titles():
    assert exclusive("chief executive officer", "chief financial officer")
    assert exclusive("president", "vice president")
    assert not exclusive("president", "chief executive officer")
    assert compare_titles("chief executive officer|acme", "chief financial officer|acme").conflict
    assert compare_titles("president,chief executive officer|acme", "chief executive officer|").agree
    assert not compare_titles("president|acme", "chief executive officer|acme").conflict
    assert not compare_titles("chief executive officer|acme", "chief financial officer|bolt").conflict
    # president and chief executive against chief financial officer: not both at once
    assert compare_titles("president,chief executive officer|", "chief financial officer|acme").conflict
    # an organisation and its initials
    assert compare_titles("president|u-s", "vice president|united-states").conflict


def test_one_name_written_two_ways_is_one_holder():
    assert compare_holders("dana-ali-reza", "dana-alireza").agree
    assert not compare_holders("tom-reyes", "thomas-reyes").conflict
    assert compare_holders("tom-reyes", "ann-lindqvist").conflict
    assert not compare_holders("dana", "dana-alireza").conflict  # a name cut short by the tagger


def test_two_holders_of_one_head_role(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "Northvale Rovers head coach Daniel Okafor said the team would rest two players.\n",
        "The players were rested on Tuesday, said Northvale Rovers head coach Peter Lindqvist.\n",
    )
    assert len(found) == 1
    assert "head coach" in found[0].message


@pytest.mark.parametrize("role", ["District Attorney", "Attorney General"])
def test_offices_of_a_county_or_a_state_have_one_holder(ruleset, tmp_path, role):
    found = _fc009(
        ruleset,
        tmp_path,
        f"Northvale County {role} Daniel Okafor said the case would go to trial.\n",
        f"The case will go to trial, said Northvale County {role} Peter Lindqvist.\n",
    )
    assert len(found) == 1
    assert role.lower() in found[0].message


def test_the_office_of_a_title_holder_holds_no_title(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "The Northvale County Sheriff's Office said the suspect fled.\n",
        "Northvale County Sheriff Peter Lindqvist said the suspect fled.\n",
    )
    assert found == []


def test_one_person_given_two_officer_titles(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "The club confirmed that Brightline Systems chief executive Maria Ventura will join the board.\n",
        "Maria Ventura, the chief financial officer of Brightline Systems, declined to comment.\n",
    )
    assert len(found) == 1


def test_titles_held_together_and_roles_not_held_alone_are_no_conflict(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "Brightline Systems president Maria Ventura will join the board, said spokesman Tom Ferris.\n",
        "Maria Ventura, the chief executive of Brightline Systems, declined to comment, spokesman Alan Pike said.\n",
    )
    assert found == []


def test_a_former_holder_is_no_conflict_and_holders_months_apart_a_later_update(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "Northvale Rovers head coach Daniel Okafor said the team would rest two players.\n",
        "Former Northvale Rovers head coach Peter Lindqvist watched from the stands.\n",
    )
    assert found == []
    # six months later the role may have changed hands: shown as an update (info), never a contradiction
    (found,) = _fc009(
        ruleset,
        tmp_path,
        "Northvale Rovers head coach Daniel Okafor said the team would rest two players.\n",
        "The players were rested on Tuesday, said Northvale Rovers head coach Peter Lindqvist.\n",
        b_published="2024-09-06",
    )
    assert found.label == "later update" and found.severity.value == "info"
    assert sorted(c.value for c in found.claims) == ["Daniel Okafor", "Peter Lindqvist"]
    # a title told one way, then another, months later: an update too ("COO", then "CEO")
    (found,) = _fc009(
        ruleset,
        tmp_path,
        "Jane Roe, the chief operating officer of Acme, said sales rose.\n",
        "Jane Roe, the chief executive officer of Acme, said sales fell.\n",
        b_published="2024-09-06",
    )
    assert found.label == "later update"
    # told within a month, it is a contradiction
    (found,) = _fc009(
        ruleset,
        tmp_path,
        "Jane Roe, the chief operating officer of Acme, said sales rose.\n",
        "Jane Roe, the chief executive officer of Acme, said sales fell.\n",
        b_published="2024-03-20",
    )
    assert found.label == "contradiction"


def test_two_people_with_two_titles_in_one_sentence(ruleset, tmp_path):
    from factcheck.engine.claims import claims_of_extraction
    from factcheck.pipeline.core import extract_all, load_targets

    write_article(
        tmp_path,
        "a",
        "Interior Secretary Dana Alireza and Commerce Secretary Tom Reyes announced new rules.\n",
        "2024-03-05",
    )
    articles, _ = load_targets([tmp_path])
    (ex,) = extract_all(articles, ruleset, None)
    titles = {c.role: c.normalized for c in claims_of_extraction(ex) if c.role.startswith("title of ")}
    # each person gets the title before their own name, not the other's
    assert titles.pop("title of @dana-alireza") == "secretary of interior"
    assert titles and set(titles.values()) == {"secretary of commerce"}


def test_a_group_named_after_a_title_is_no_holder(ruleset, tmp_path):
    from factcheck.engine.claims import claims_of_extraction
    from factcheck.pipeline.core import extract_all, load_targets

    write_article(
        tmp_path,
        "a",
        "Dana Alireza, who heads the general manager of Brightline's High Density Computing group, spoke.\n",
        "2024-03-05",
    )
    articles, _ = load_targets([tmp_path])
    (ex,) = extract_all(articles, ruleset, None)
    holders = {str(c.payload) for c in claims_of_extraction(ex) if c.slot == "holder"}
    assert not any("computing" in h for h in holders)


def test_an_abbreviated_rank_before_a_title_is_no_body_it_heads(ruleset, tmp_path):
    # "Lt." is no organisation of which Ann Lee and Tom Ray would both be governor
    found = _fc009(
        ruleset,
        tmp_path,
        "Lt. Governor Ann Lee spoke at the fair on Monday.\n",
        "Lt. Governor Tom Ray opened a new bridge in Dayton.\n",
    )
    assert found == []


def test_no_titles_in_a_title_case_headline():
    from factcheck.engine.titles import headline

    assert headline("Westshire Prime Minister Calls Bank Workers' Deaths 'Murder'")
    assert not headline("Westshire Prime Minister Dana Alireza called the deaths of three bank workers murder.")


def test_a_title_claim_is_renamed_with_the_full_name():
    from factcheck.engine.claims import SlotClaim
    from factcheck.engine.names import renamed
    from factcheck.model.models import Span

    sp = Span(start=0, end=5)
    c = SlotClaim(
        id="x", slot="holder", article="b", fact="", sentence=0, line=1, span=sp, value="cfo", value_span=sp,
        normalized="chief financial officer", how="", payload="chief financial officer|", topic="the title of @reyes",
        predicate="", pred_classes=frozenset(), noun="title", noun_classes=frozenset({"title"}),
        role="title of @reyes", entities=frozenset({"reyes"}), anchors=frozenset({"@reyes"}), subject="@reyes",
    )  # fmt: skip
    r = renamed(c, {"reyes": "tom-reyes", "acme": "acme-motor-company"})
    assert (r.role, r.anchors, r.subject) == ("title of @tom-reyes", frozenset({"@tom-reyes"}), "@tom-reyes")
    head = renamed(
        dataclasses.replace(
            c, role="chief executive officer of @acme", anchors=frozenset({"@acme"}), entities=frozenset({"acme"})
        ),
        {"acme": "acme-motor-company"},
    )
    assert head.role == "chief executive officer of @acme-motor-company"


def test_a_possessive_title_after_the_name_is_read(ruleset, tmp_path):
    """ "Jane Roe, Acme's chief financial officer," is a title in apposition
    even when the extraction did not mark the apposition."""
    found = _fc009(
        ruleset,
        tmp_path,
        "Jane Roe, Acme Corporation's chief financial officer, resigned on Monday.",
        "Acme Corporation chief executive Jane Roe resigned on Monday.",
    )
    assert len(found) == 1
    assert {c.value for c in found[0].claims} == {
        "Acme Corporation's chief financial officer",
        "Acme Corporation chief executive",
    }


def test_a_title_after_the_name_with_an_article_is_one_of_several():
    from factcheck.engine.titles import titles_of
    from factcheck.extract.extractor import extract
    from factcheck.knowledge.base import Knowledge
    from factcheck.knowledge.lexicon import Lexicon
    from factcheck.model.models import Article

    ex = extract(
        Article(id="t", path="t.md", text="Jane Roe, a vice president of Acme Corporation, resigned.\n"),
        Knowledge(lexicon=Lexicon({})),
    )
    assert list(titles_of(ex)) == []


def _titles(text: str) -> list:
    from factcheck.engine.titles import titles_of
    from factcheck.extract.extractor import extract
    from factcheck.knowledge.base import Knowledge
    from factcheck.knowledge.lexicon import Lexicon
    from factcheck.model.models import Article

    ex = extract(Article(id="t", path="t.md", text=text + "\n"), Knowledge(lexicon=Lexicon({})))
    return [(t.holder, t.roles, t.org) for t in titles_of(ex)]


def test_two_roles_in_apposition_are_both_read():
    """The parse may end the apposition at "chairman"; the title goes on to the comma."""
    titles = _titles('"We will build it," said Maria Lindqvist, chairman and chief executive of Acme Corporation.')
    assert ("maria-lindqvist", ("chairman", "chief executive officer"), "acme-corporation") in titles


def test_an_abbreviation_in_brackets_before_a_title_is_what_it_heads():
    titles = _titles(
        "Northvale Mining Corporation (NMC) Chief Executive Jane Roe said on Monday that the mine would close."
    )
    assert [(h, r) for h, r, _o in titles] == [("jane-roe", ("chief executive officer",))]
    assert titles[0][2] == "nmc"  # the abbreviation in brackets


def test_two_heads_of_one_organisation_named_in_full_and_in_brackets(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        '"We will grow," said Maria Lindqvist, chairman and chief executive of NMC.\n',
        "Northvale Mining Corporation (NMC) Chief Executive Ada Okafor said on Monday that the mine would close.\n",
    )
    assert len(found) == 1
    assert {c.value for c in found[0].claims} == {"Maria Lindqvist", "Ada Okafor"}


def _holders(text: str) -> list[str]:
    from conftest import claims_of_text

    return sorted(c.role for c in claims_of_text(text) if c.slot == "holder" and not c.role.startswith("title of"))


def test_a_title_never_reaches_back_into_the_sentence_before():
    # the capitalised words before the sentence's start ("Monday.") are not part of the title
    assert _holders("Sales fell on Monday. Acme CEO Jane Roe said so.") == ["chief executive officer of @acme"]


def test_a_common_noun_opening_a_sentence_names_no_organisation(ruleset, tmp_path):
    assert _holders("Company CEO Jane Roe said sales fell.") == []
    # two articles about two companies, each opening a sentence with "Company CEO", do not conflict
    assert not _fc009(
        ruleset,
        tmp_path,
        "The phone went on sale on Monday. Company CEO Jane Roe said sales were strong.\n",
        "The tablet went on sale on Monday. Company CEO Ada Okafor said sales were strong.\n",
    )


def test_the_head_of_a_department_of_a_named_body_is_no_head_of_the_body(ruleset, tmp_path):
    """A hospital has a head of surgery and a head of emergency medicine: two
    holders of two roles, not two holders of the head of the hospital."""
    found = _fc009(
        ruleset,
        tmp_path,
        "Dr. Jane Roe, head of surgery at Northvale General Hospital, said the patients were stable.\n",
        "Dr. Ben Okafor, head of emergency medicine at Northvale General Hospital, said the patients were stable.\n",
    )
    assert found == []
    assert all(org is None for _, _, org in _titles("Jane Roe, head of surgery at Northvale General Hospital, spoke."))


def test_the_head_of_a_service_of_a_town_is_no_head_of_the_town(ruleset, tmp_path):
    found = _fc009(
        ruleset,
        tmp_path,
        "Jane Roe, head of the Northvale police, said the road was closed.\n",
        "Ben Okafor, head of the Northvale fire service, said the road was closed.\n",
    )
    assert found == []


def test_a_title_of_a_body_the_text_does_not_name_is_no_claim(ruleset, tmp_path):
    """A president of a local chapter may be a vice president of a company:
    the chapter named by no entity makes no title that could exclude another."""
    found = _fc009(
        ruleset,
        tmp_path,
        "Jane Roe, president of the Northvale chapter, said the vote was fair.\n",
        "Jane Roe, vice president of Acme Corporation, said the vote was fair.\n",
    )
    assert found == []


def test_a_role_that_changes_hands_and_back_is_a_later_update(ruleset, tmp_path):
    """Okafor in January, Lindqvist in June, Okafor again in December: told in
    turn, months apart, the role may have changed hands and back (info); a
    holder told within a month of another's is a contradiction."""
    okafor = "Northvale Rovers head coach Daniel Okafor said the team would rest two players."
    lindqvist = "The players were rested on Tuesday, said Northvale Rovers head coach Peter Lindqvist."
    found = findings_of(
        ruleset, tmp_path, [(okafor, "2024-01-10"), (lindqvist, "2024-06-10"), (okafor, "2024-12-10")], "FC009"
    )
    assert [(f.label, f.severity.value) for f in found] == [("later update", "info")]
    found = findings_of(
        ruleset, tmp_path, [(okafor, "2024-01-10"), (lindqvist, "2024-06-10"), (okafor, "2024-06-20")], "FC009"
    )
    assert [f.label for f in found] == ["contradiction"]


@pytest.mark.parametrize(
    ("a", "b", "differ"),
    [
        ("navy spokesman Commander Tom Ray", "Commodore Tom Ray, a navy spokesman,", True),
        ("Lt. Col. Tom Ray", "Brigadier Tom Ray", True),
        ("Inspector Tom Ray", "Constable Tom Ray", True),
        # one grade written two ways, or short for a longer one
        ("Sgt. Tom Ray", "Sergeant Tom Ray", False),
        ("Lt. Col. Tom Ray", "Col. Tom Ray", False),
        ("Major General Tom Ray", "General Tom Ray", False),
        ("Lt. Tom Ray", "Lt. Col. Tom Ray", True),
        # an office or a post ending in a grade word, a grade after another not known as one
        ("Attorney General Tom Ray", "Colonel Tom Ray", False),
        ("Sergeant Major Tom Ray", "Corporal Tom Ray", False),
        ("Battalion Commander Tom Ray", "Lt. Col. Tom Ray", False),
        ("Chief Constable Tom Ray", "Inspector Tom Ray", False),
        # a grade not held now, or not surely
        ("former Sgt. Tom Ray", "Lt. Tom Ray", False),
        ("retired Colonel Tom Ray", "Brigadier Tom Ray", False),
        ("Acting Sergeant Tom Ray", "Constable Tom Ray", False),
        ("Retired Army Col. Tom Ray", "Lt. Tom Ray", False),
        ("Col. Tom Ray (ret.)", "Lt. Tom Ray", False),
        # grades in two services may be one person's
        ("Police Sgt. Tom Ray", "National Guard Lt. Tom Ray", False),
        ("U.S. Army Col. Tom Ray", "Lt. Tom Ray", True),
        # a service named in another phrase is not the grade's
        ("the Navy, Commander Tom Ray", "Commodore Tom Ray", True),
    ],
)
def test_a_grade_before_a_name_is_the_persons_title(ruleset, tmp_path, a, b, differ):
    """One person holds one grade at a time: "Commander Tom Ray" and
    "Commodore Tom Ray" differ; "Lt. Col." written short as "Col." does not."""
    found = _fc009(ruleset, tmp_path, f"The ship was boarded, {a} said.\n", f"The ship was boarded, {b} said.\n")
    assert bool(found) is differ
    if differ:
        (f,) = found
        assert "title of Tom Ray" in f.message


def test_no_grade_is_read_in_an_article_that_tells_of_a_promotion_or_in_a_quotation(ruleset, tmp_path):
    promoted = "Col. Tom Ray will be promoted to brigadier general on Friday, officials said.\n"
    assert _fc009(ruleset, tmp_path, promoted, "Brig. Gen. Tom Ray took command on Friday, officials said.\n") == []
    quoted = '"Colonel Ray saved my life," said Ana Ruiz, who served under Tom Ray.\n'
    other = tmp_path / "quoted"
    other.mkdir()
    assert _fc009(ruleset, other, quoted, "Lt. Tom Ray was honoured on Friday.\n") == []


def test_a_grade_before_a_name_leaves_the_title_before_it_read(ruleset, tmp_path):
    """ "Acme chief executive Commander Ana Ruiz" still names Acme's chief executive."""
    (f,) = _fc009(
        ruleset,
        tmp_path,
        "Acme chief executive Commander Ana Ruiz said the plant would close.\n",
        "Acme chief executive Tom Ray said the plant would close.\n",
    )
    assert "chief executive officer of Acme" in f.message
