"""Sentence segmentation: broken-line joining, paragraphs, headlines, bullets,
page furniture, offsets and line numbers."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.ingest.loader import load_article, load_corpus
from factcheck.ingest.segment import FURNITURE_PATTERNS, furniture_reason, is_furniture, segment
from factcheck.model.models import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def article(tmp_path: Path, text: str, name: str = "a.md") -> Article:
    f = tmp_path / name
    f.write_bytes(text.encode("utf-8"))
    return load_article(f)


def texts(art: Article) -> list[str]:
    return [s.text for s in segment(art)]


def check_invariants(art: Article) -> None:
    sentences = segment(art)
    previous_end = art.body_start
    for i, s in enumerate(sentences):
        assert s.index == i
        assert s.article == art.id
        assert s.text == art.text[s.span.start : s.span.end]
        assert s.text == s.text.strip() and s.text
        assert s.span.start >= previous_end  # in order, no overlap, never in the front matter
        assert s.line == art.line_of(s.span.start)
        previous_end = s.span.end


# --------------------------------------------------------------------------- generic behaviour


def test_offsets_are_absolute_and_lines_are_file_lines(tmp_path):
    art = article(
        tmp_path, "---\npublished: 2025-04-30\ntitle: Not. A. Sentence.\n---\nFirst one. Second one.\n\nThird.\n"
    )
    sentences = segment(art)
    assert [s.text for s in sentences] == ["First one.", "Second one.", "Third."]
    assert [s.line for s in sentences] == [5, 5, 7]
    assert sentences[1].span.start == art.text.index("Second")
    check_invariants(art)


def test_line_broken_at_links_is_one_sentence(tmp_path):
    text = (
        "Leaders met on Tuesday.\n"
        "According to\n"
        "a statement from the office about the call\n"
        ", both leaders agreed to meet soon.\n"
        "The meeting date is unknown.\n"
    )
    sentences = segment(article(tmp_path, text))
    assert [s.text for s in sentences] == [
        "Leaders met on Tuesday.",
        "According to\na statement from the office about the call\n, both leaders agreed to meet soon.",
        "The meeting date is unknown.",
    ]
    assert [s.line for s in sentences] == [1, 2, 5]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the line ends with a comma: continues even before a capital
        (
            "The spokesperson,\nJane Roe, said it\n, adding more.\n",
            ["The spokesperson,\nJane Roe, said it\n, adding more."],
        ),
        # the line ends with an opening quote
        ("He said Canada has “\nleverage\n,” and left.\n", ["He said Canada has “\nleverage\n,” and left."]),
        # the next line starts with lower case
        ("Officials are\nnow preparing\nfor talks.\n", ["Officials are\nnow preparing\nfor talks."]),
        # a lone full stop closes the sentence it follows
        (
            "It focused on\nboth leaders as equals\n.\nNext sentence.\n",
            ["It focused on\nboth leaders as equals\n.", "Next sentence."],
        ),
        # the line ends with a preposition before a capital
        ("Tariffs were imposed on\nCanadian steel.\n", ["Tariffs were imposed on\nCanadian steel."]),
        # full sentences on single lines are separate paragraphs
        ("One thing happened.\nAnother thing happened.\n", ["One thing happened.", "Another thing happened."]),
        # a non-terminal line before a capitalised line is not joined without a cue
        ("Where trade stands\nThe talks resumed.\n", ["Where trade stands", "The talks resumed."]),
        # a blank line always ends the paragraph, even after a preposition
        ("According to\n\nthe statement they met.\n", ["According to", "the statement they met."]),
    ],
)
def test_line_joining_rules(tmp_path, text, expected):
    assert texts(article(tmp_path, text)) == expected


def test_headline_before_blank_line_is_its_own_sentence(tmp_path):
    text = "U.S. and Canada talk trade. Markets wait\n\nThe leaders spoke on Tuesday. They agreed to meet.\n"
    assert texts(article(tmp_path, text)) == [
        "U.S. and Canada talk trade. Markets wait",
        "The leaders spoke on Tuesday.",
        "They agreed to meet.",
    ]


def test_bullets_are_sentences(tmp_path):
    text = (
        "Key issues include:\n- Border security funding\n- Missile defence. It is costly.\n* Critical minerals\n"
        "12. Twelve seats changed hands.\n"
    )
    assert texts(article(tmp_path, text)) == [
        "Key issues include:",
        "- Border security funding",
        "- Missile defence.",
        "It is costly.",
        "* Critical minerals",
        "12. Twelve seats changed hands.",
    ]


def test_markdown_heading_stands_alone(tmp_path):
    assert texts(article(tmp_path, "# What happened on the\nThe call lasted an hour.\n")) == [
        "# What happened on the",
        "The call lasted an hour.",
    ]


def test_question_subhead_is_a_sentence_not_furniture(tmp_path):
    sentences = segment(article(tmp_path, "Intro sentence.\nHow did the call go?\nIt went well.\n"))
    assert [(s.text, s.furniture) for s in sentences] == [
        ("Intro sentence.", False),
        ("How did the call go?", False),
        ("It went well.", False),
    ]


def test_quotation_cut_by_full_stops_stays_with_its_attribution(tmp_path):
    text = "“We will act. This is final,” the minister said. Talks continue.\n"
    assert texts(article(tmp_path, text)) == [
        "“We will act. This is final,” the minister said.",
        "Talks continue.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A fire Friday at Westland Gov. Ann Lee's home burned the roof. Crews came.\n",
            ["A fire Friday at Westland Gov. Ann Lee's home burned the roof.", "Crews came."],
        ),
        (
            "Lt. Gov. Ann Lee and Sgt. Tom Ray spoke. Rep. Bo Diaz did not.\n",
            ["Lt. Gov. Ann Lee and Sgt. Tom Ray spoke.", "Rep. Bo Diaz did not."],
        ),
        ("Police Const. Tim Fanning said so.\n", ["Police Const. Tim Fanning said so."]),
        # "the" before a title written so before a name ("the Rev.", "the Hon.")
        (
            '"We have no idea," the Rev. Tom Reyes of the Northvale Bible Church said.\n',
            ['"We have no idea," the Rev. Tom Reyes of the Northvale Bible Church said.'],
        ),
        ("The motion of the Hon. Ana Ruiz passed.\n", ["The motion of the Hon. Ana Ruiz passed."]),
        ('"We are sad," the Rev. Dr. Grace Harlan said.\n', ['"We are sad," the Rev. Dr. Grace Harlan said.']),
        # two abbreviations make one title ("Col" is also a word of the dictionary)
        ("The unit was led by Lt. Col. Tom Ray on Monday.\n", ["The unit was led by Lt. Col. Tom Ray on Monday."]),
        ("The unit (Lt. Col. Tom Ray) left on Monday.\n", ["The unit (Lt. Col. Tom Ray) left on Monday."]),
        # two abbreviations that make no title together: two sentences
        (
            "He was promoted to Sgt. Gen. Ana Ruiz presented the award.\n",
            ["He was promoted to Sgt.", "Gen. Ana Ruiz presented the award."],
        ),
        # a title opening a sentence after a real end, or before a blank line, does not join
        ("He said no. Rep. Bo Diaz left.\n", ["He said no.", "Rep. Bo Diaz left."]),
        (
            "He spoke to Lt. Gerry Lane and Sgt. Mark Ray on Monday.\n",
            ["He spoke to Lt. Gerry Lane and Sgt. Mark Ray on Monday."],
        ),
        # a title that really ends the sentence: used as a noun, or before what starts a sentence
        (
            "Ana Ruiz was elected Lt. Gov. On Monday she resigned.\n",
            ["Ana Ruiz was elected Lt. Gov.", "On Monday she resigned."],
        ),
        (
            "The choir was led by the Rev. Afterwards Maria Diaz spoke.\n",
            ["The choir was led by the Rev.", "Afterwards Maria Diaz spoke."],
        ),
        ("Tom Ray was promoted to Sgt. Last week he left.\n", ["Tom Ray was promoted to Sgt.", "Last week he left."]),
        (
            "The bill was approved by Rep. Tuesday was the deadline.\n",
            ["The bill was approved by Rep.", "Tuesday was the deadline."],
        ),
        (
            "It won support from 12 Reps. Democrats opposed it.\n",
            ["It won support from 12 Reps.", "Democrats opposed it."],
        ),
        ("Talks ended at Gov.\n\nAnn Lee spoke.\n", ["Talks ended at Gov.", "Ann Lee spoke."]),
    ],
)
def test_an_abbreviated_title_does_not_end_the_sentence(tmp_path, text, expected):
    art = article(tmp_path, text)
    assert texts(art) == expected
    check_invariants(art)


def test_crlf_file_line_numbers(tmp_path):
    f = tmp_path / "w.txt"
    f.write_bytes(b"First.\r\nAccording to\r\nthe office, they met.\r\n\r\nLast.\r\n")
    art = load_article(f)
    assert [(s.text, s.line) for s in segment(art)] == [
        ("First.", 1),
        ("According to\nthe office, they met.", 2),
        ("Last.", 5),
    ]


def test_whitespace_and_trailing_spaces(tmp_path):
    art = article(tmp_path, "  Indented sentence.   \n\u00a0\nTrailing space. \u00a0\n")
    assert texts(art) == ["Indented sentence.", "Trailing space."]
    check_invariants(art)


def test_body_without_sentences_gives_nothing():
    art = Article(id="x", path="x.md", text="---\ntitle: t\n---\n\n  \n", body_start=16)
    assert segment(art) == []


# --------------------------------------------------------------------------- furniture

FURNITURE = [
    "Skip to content",
    "Skip to main content",
    "Share this story:",
    "Share this article",
    "Facebook Twitter Email",
    "Subscribe",
    "Notify of",
    "12 Comments",
    "Oldest",
    "Newest Most Voted",
    "Inline Feedbacks",
    "View all comments",
    "Would love your thoughts, please comment.x",
    "push icon",
    "Be the first to know. Enable push notifications on your device. Disable anytime.",
    "No thanks",
    "AP Photo / Jane Smith (left)",
    "Reuters Photo/John Doe",
    "THE CANADIAN PRESS/AP-Jane Smith",
    "REUTERS/Jane Smith",
    "(Photo: Jane Smith/Example News)",
    "Photo by Jane Smith",
    "1ba4ba4759a6f8c6c9a6748e9594e6674478f35a",
    "30",
    "-29",
    "()",
    "* * *",
    "x",
    "Jane Smith, The Canadian Press",
    "John Q. Public, Example Daily News",
    "By Jane Smith",
    "By Jane Smith and John Doe",
    "By Example Press on November 2, 2025.",
    "Example Post, with additional reporting from The Example Press",
    "With files from The Associated Press",
    "This report by The Example Press was first published Nov. 2, 2025.",
    "This story was originally published on April 30, 2025.",
    "Please bookmark example.com and sign up for our daily newsletter, Daily, here.",
    "Sign up for the Morning Brief newsletter",
    "Advertisement",
    "Story continues below advertisement",
    "Read more: Leaders meet in Ottawa",
    "© 2025 Example Media Inc. All rights reserved.",
    "November 2nd, 2025",
    "Updated: April 30, 2025 3:45 pm ET",
]

CONTENT = [
    "How did Trump influence the election?",
    "Where does Canada stand in its trade relationship with the U.S.?",
    "By Tuesday, the talks had collapsed in 2024.",
    "The photo shows the two leaders shaking hands.",
    "Comments from the minister were brief.",
    "Trump's tariffs of 25 per cent took effect on April 2.",
    "The Liberals won 169 seats on Monday, three shy of a majority.",
    "Building on CUSMA/USMCA provisions, the countries will look to cut tariffs.",
    "CUSMA/USMCA talks resume",
    "The report was first published by the ministry, which denied it.",
    "Canada retaliated against U.S. tariffs last month.",
    "Trump and Carney spoke by phone on Tuesday.",
    "“I respect what he is looking to accomplish.”",
    "Carney, Trump to meet in person soon over trade dispute",
    "PM Carney was advised to push back on Trump if provoked in April call, memo shows",
    "The State Department said it would share the report with Canada.",
    "A newsletter from the ministry said the deal was close.",
    "Subscribers to the service were told the price would rise.",
    "Less than two months later, Carney announced Canada would reach 2 per cent.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_flagged(line):
    assert is_furniture(line), line


@pytest.mark.parametrize("line", CONTENT)
def test_content_lines_are_not_furniture(line):
    assert furniture_reason(line) is None, line


def test_furniture_patterns_are_one_readable_tuple():
    assert isinstance(FURNITURE_PATTERNS, tuple)
    assert all(isinstance(what, str) and isinstance(rx, str) for what, rx in FURNITURE_PATTERNS)


def test_furniture_in_an_article(tmp_path):
    text = (
        "Skip to content\n\n"
        "Leaders agree to meet\n\n"
        "Trump waves on the lawn on Tuesday, April 29, 2025. THE CANADIAN PRESS/AP-Jane Smith\n\n"
        "OTTAWA — The leaders spoke on Tuesday.\n\n"
        "Jane Roe, The Example Press\n\n"
        "Share this story:\n"
        "0 Comments\n"
    )
    got = [(s.text, s.furniture) for s in segment(article(tmp_path, text))]
    assert got == [
        ("Skip to content", True),
        ("Leaders agree to meet", False),
        ("Trump waves on the lawn on Tuesday, April 29, 2025.", False),
        ("THE CANADIAN PRESS/AP-Jane Smith", True),
        ("OTTAWA — The leaders spoke on Tuesday.", False),
        ("Jane Roe, The Example Press", True),
        ("Share this story:", True),
        ("0 Comments", True),
    ]


def test_furniture_line_does_not_swallow_the_next_line(tmp_path):
    got = texts(article(tmp_path, "Share this story:\nthe leaders met on Tuesday.\n"))
    assert got == ["Share this story:", "the leaders met on Tuesday."]


# --------------------------------------------------------------------------- the seed corpus


@pytest.fixture(scope="module")
def seeds() -> dict[str, Article]:
    articles, errors = load_corpus(SEEDS)
    assert errors == []
    return {a.id: a for a in articles}


def body_line(art: Article, n: int) -> int:
    """File line of line ``n`` of the article body (the original text)."""
    return art.line_of(art.body_start) + n - 1


def test_seed_sentences_are_exact_slices(seeds):
    assert len(seeds) == 5
    for art in seeds.values():
        check_invariants(art)
        assert len(segment(art)) > 5


def test_seed_001_broken_lines_are_joined(seeds):
    art = seeds["001_cc6f4f26477ca855"]
    sentences = segment(art)
    according = [s for s in sentences if s.text.startswith("According to\na statement")]
    assert len(according) == 1
    assert according[0].line == body_line(art, 7)
    assert according[0].text.endswith("“independent, sovereign nations for their betterment.”")
    # every line break inside these runs of body lines falls inside one sentence
    body_lines = art.text[art.body_start :].split("\n")
    for first, last in [(7, 9), (11, 13), (14, 18), (25, 27), (29, 31), (32, 34), (54, 56)]:
        for n in range(first, last):
            newline = art.body_start + sum(len(x) + 1 for x in body_lines[:n]) - 1
            assert art.text[newline] == "\n"
            inside = [s for s in sentences if s.span.start < newline < s.span.end]
            assert len(inside) == 1, (first, last, n)
            assert not inside[0].furniture
    # while full sentences on consecutive lines stay apart
    newline_after_1 = art.body_start + len(body_lines[0])
    assert not [s for s in sentences if s.span.start < newline_after_1 < s.span.end]
    pmo = [s for s in sentences if s.text.startswith("Trump’s press secretary,\nKaroline Leavitt")]
    assert len(pmo) == 1 and pmo[0].line == body_line(art, 16)


def test_seed_001_subheads_and_bullets(seeds):
    sentences = segment(seeds["001_cc6f4f26477ca855"])
    by_text = {s.text: s for s in sentences}
    for q in [
        "How did Trump influence the election?",
        "What happened on Trump’s first call with Carney?",
        "How could Trump’s rhetoric affect the Canada-U.S. relationship?",
        "Where does Canada stand in its trade relationship with the U.S.?",
    ]:
        assert q in by_text and not by_text[q].furniture
    bullets = [s for s in sentences if s.text.startswith("- ")]
    assert len(bullets) == 4 and not any(b.furniture for b in bullets)


EXPECTED_FURNITURE = {
    "000_28267d5f95218e22": [
        "November 2nd, 2025",
        "By Canadian Press on November 2, 2025.",
        "This report by The Canadian Press was first published Nov. 2, 2025.",
        "Jim Bronskill, The Canadian Press",
        "Share this story:",
        "30",
        "-29",
        "Subscribe",
        "Notify of",
        "0 Comments",
        "Oldest",
        "Newest Most Voted",
        "Inline Feedbacks",
        "View all comments",
        "0",
        "Would love your thoughts, please comment.x",
        "()",
        "x",
    ],
    "001_cc6f4f26477ca855": [
        "National Post, with additional reporting from the Canadian Press",
        "Our website is the place for the latest breaking news, exclusive scoops, longreads and provocative commentary.",
        "Please bookmark nationalpost.com and sign up for our daily newsletter, Posted, here.",
    ],
    "002_42a4c2f20ed49d16": [
        "Skip to content",
        "1ba4ba4759a6f8c6c9a6748e9594e6674478f35aef2ebcfa02ede903c019588e",
        "THE CANADIAN PRESS/AP-Jose Luis Magana",
        "This report by The Canadian Press was first published April 30, 2025.",
        "Kelly Geraldine Malone, The Canadian Press",
        "push icon",
        "Be the first to read breaking stories.",
        "Enable push notifications on your device.",
        "Disable anytime.",
        "No thanks",
    ],
    "003_9cefab7f5d0b9126": [],
    "004_cf9e2705db3d72dc": ["AP Photo / Evan Vucci (left)"],
}


def test_seed_furniture_is_exactly_the_page_furniture(seeds):
    """Flagged: the widgets, credits and promos. Not flagged: every other
    sentence, so no fact-bearing line is lost."""
    for art_id, expected in EXPECTED_FURNITURE.items():
        flagged = [s.text for s in segment(seeds[art_id]) if s.furniture]
        assert flagged == expected, art_id


def test_seed_fact_bearing_lines_are_kept(seeds):
    sentences = {a: segment(art) for a, art in seeds.items()}
    content = {a: [s.text for s in ss if not s.furniture] for a, ss in sentences.items()}
    assert (
        "PM Carney was advised to push back on Trump if provoked in April call, memo shows"
        in content["000_28267d5f95218e22"]
    )
    assert any(t.startswith("President Donald Trump waves to reporters") for t in content["002_42a4c2f20ed49d16"])
    assert "Trump and Carney spoke by phone on Tuesday." in content["002_42a4c2f20ed49d16"]
    assert (
        "The federal government tabled a 25% levy on $30 billion of American products."
        in content["004_cf9e2705db3d72dc"]
    )
    assert any("Friday morning phone conversation" in t for t in content["003_9cefab7f5d0b9126"])
    # the last sentence before the footer of 000 is content
    last_000 = [s for s in sentences["000_28267d5f95218e22"] if not s.furniture][-1]
    assert last_000.text.startswith("Less than two months later")
    assert last_000.line == body_line(seeds["000_28267d5f95218e22"], 56)
