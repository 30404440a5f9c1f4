"""Loader: discovery, decoding, front matter, publication dates, corpus loading."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from factcheck.ingest.loader import NO_DATE_NOTE, discover, list_files, load_article, load_corpus
from factcheck.ingest.segment import is_furniture
from factcheck.model.errors import InputError

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

SEED_DATES = {
    "000_28267d5f95218e22": date(2025, 11, 2),
    "001_cc6f4f26477ca855": date(2025, 4, 30),
    "002_42a4c2f20ed49d16": date(2025, 4, 30),
    "003_9cefab7f5d0b9126": date(2025, 3, 28),
    "004_cf9e2705db3d72dc": date(2025, 4, 30),
}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


def body_of(path: Path) -> str:
    """The seed text after its front matter, as a plain article would be."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    return text[text.index("\n---\n", 3) + len("\n---\n") :]


# --------------------------------------------------------------------------- discover


def test_discover_single_file(tmp_path):
    f = write(tmp_path / "notes.html", "Some text.")
    assert discover(f) == [f]


def test_discover_directory_recursive_sorted_and_filtered(tmp_path):
    for name in [
        "b.md",
        "a.txt",
        "sub/c.markdown",
        "sub/a.md",
        "Z.MD",
        "README.md",
        "readme.txt",
        "LICENSE.txt",
        "CHANGELOG.md",
        ".hidden.md",
        ".git/x.md",
        "sub/.cache/y.md",
        "data.json",
        "image.png",
    ]:
        write(tmp_path / name, "Text.")
    rel = [p.relative_to(tmp_path).as_posix() for p in discover(tmp_path)]
    assert rel == ["Z.MD", "a.txt", "b.md", "sub/a.md", "sub/c.markdown"]


def test_list_files_gives_each_file_its_size_time_and_link_flag(tmp_path):
    corpus = tmp_path / "corpus"
    a = write(corpus / "a.md", "Some text.")
    write(corpus / "sub" / "b.txt", "Longer text here.")
    (corpus / "c.md").symlink_to(corpus / "sub" / "b.txt")  # inside the corpus: read once, as the link sorts first
    outside = write(tmp_path / "elsewhere" / "d.md", "Not ours.")
    (corpus / "d.md").symlink_to(outside)
    notes: list[InputError] = []
    listed = list_files(corpus, skipped=notes)
    assert [(f.rel, f.link) for f in listed] == [("a.md", False), ("c.md", True)]
    assert listed[0].path == str(a) and listed[0].size == len("Some text.")
    assert listed[0].mtime_ns == a.stat().st_mtime_ns
    assert listed[1].size == len("Longer text here.")  # the file it leads to
    assert [Path(n.path).name for n in notes] == ["d.md"] and "--follow-links" in str(notes[0])
    assert discover(corpus) == [Path(f.path) for f in listed]


def test_a_link_to_itself_is_named_and_the_rest_is_listed(tmp_path):
    write(tmp_path / "a.md", "Some text.")
    (tmp_path / "loop.md").symlink_to("loop.md")
    notes: list[InputError] = []
    assert discover(tmp_path, skipped=notes) == [tmp_path / "a.md"]
    assert [Path(n.path).name for n in notes] == ["loop.md"] and "cannot read" in str(notes[0])


def test_list_files_names_files_as_pathlib_does(tmp_path, monkeypatch):
    write(tmp_path / "sub" / "a.md", "Some text.")
    monkeypatch.chdir(tmp_path)
    assert [f.path for f in list_files(Path("."))] == ["sub/a.md"]
    assert [f.path for f in list_files(Path("sub/"))] == ["sub/a.md"]
    assert [str(p) for p in discover(Path("./sub"))] == ["sub/a.md"]


def test_discover_missing_path(tmp_path):
    missing = tmp_path / "nope"
    with pytest.raises(InputError) as err:
        discover(missing)
    assert "no such file or directory" in str(err.value)
    assert str(missing) in str(err.value)


# --------------------------------------------------------------------------- load_article


def test_load_plain_text_article(tmp_path):
    data = "Headline here\n\nOTTAWA — The talks began on Monday.\n".encode()
    f = write(tmp_path / "story.txt", data)
    art = load_article(f)
    assert art.id == "story"
    assert art.path == str(f)
    assert art.text == data.decode()
    assert art.body_start == 0
    assert art.sha256 == hashlib.sha256(data).hexdigest()
    assert art.published is None
    assert art.published_source == "none"
    assert art.published_note == NO_DATE_NOTE
    assert art.outlet is None
    assert art.title == "Headline here"


def test_id_and_path_relative_to_root(tmp_path):
    f = write(tmp_path / "2025" / "april" / "call.md", "Text here.")
    art = load_article(f, root=tmp_path)
    assert art.id == "2025/april/call"
    assert art.path == "2025/april/call.md"
    top = load_article(write(tmp_path / "top.md", "Text."), root=tmp_path)
    assert (top.id, top.path) == ("top", "top.md")


def test_front_matter_fields_and_meta(tmp_path):
    src = (
        "---\n"
        "published: 2025-04-30\n"
        'published_note: "first published April 30, 2025"\n'
        "outlet: The Daily Example\n"
        "title: Leaders to meet\n"
        "published_source: text\n"
        "tags: [trade, tariffs]\n"
        "pages: 3\n"
        "seen: 2025-05-01\n"
        "---\n"
        "Body line one.\n"
    )
    art = load_article(write(tmp_path / "a.md", src))
    assert art.published == date(2025, 4, 30)
    assert art.published_source == "front_matter"
    assert art.published_note == "first published April 30, 2025"
    assert art.outlet == "The Daily Example"
    assert art.title == "Leaders to meet"
    assert art.meta == {
        "published_source": "text",
        "tags": '["trade", "tariffs"]',
        "pages": "3",
        "seen": "2025-05-01",
    }
    # the text is the whole file with the front matter blanked (same offsets
    # and lines); the body starts after the closing fence
    assert len(art.text) == len(src) and art.text.count("\n") == src.count("\n")
    assert art.text[: art.body_start].strip() == ""
    assert art.text[art.body_start :] == "Body line one.\n"
    assert art.line_of(art.body_start) == 11


def test_front_matter_without_note_says_so(tmp_path):
    art = load_article(write(tmp_path / "a.md", "---\npublished: '2025-03-28'\n---\nText.\n"))
    assert art.published == date(2025, 3, 28)
    assert art.published_note == "from front matter"


def test_empty_front_matter_is_allowed(tmp_path):
    art = load_article(write(tmp_path / "a.md", "---\n---\nText.\n"))
    assert art.body_start == len("---\n---\n")
    assert art.meta == {}


def test_crlf_is_normalised_and_bom_accepted(tmp_path):
    raw = b"\xef\xbb\xbf---\r\npublished: 2025-04-30\r\n---\r\nFirst line.\r\nSecond line.\r\n"
    art = load_article(write(tmp_path / "win.md", raw))
    assert "\r" not in art.text
    assert art.text[art.body_start :] == "First line.\nSecond line.\n"
    assert art.published == date(2025, 4, 30)
    assert art.sha256 == hashlib.sha256(raw).hexdigest()  # of the bytes as stored


def test_utf16_with_bom_is_decoded(tmp_path):
    f = write(tmp_path / "u16.txt", "Trump and Carney spoke.\n".encode("utf-16"))
    assert load_article(f).text == "Trump and Carney spoke.\n"


def test_utf16_without_bom_is_explained(tmp_path):
    f = write(tmp_path / "u16.txt", "Trump and Carney spoke.\n".encode("utf-16-le"))
    with pytest.raises(InputError, match="looks like UTF-16 without a byte-order mark"):
        load_article(f)


# --------------------------------------------------------------------------- errors


def _error(path: Path) -> InputError:
    with pytest.raises(InputError) as err:
        load_article(path)
    message = str(err.value)
    assert str(path) in message  # names the file
    assert "\n" not in message  # one line
    return err.value


def test_error_missing_file(tmp_path):
    assert "no such file or directory" in str(_error(tmp_path / "gone.md"))


@pytest.mark.parametrize("content", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf\n"])
def test_error_empty(tmp_path, content):
    assert "empty file" in str(_error(write(tmp_path / "e.md", content)))


def test_error_front_matter_only(tmp_path):
    assert "empty file" in str(_error(write(tmp_path / "e.md", "---\npublished: 2025-04-30\n---\n\n")))


@pytest.mark.parametrize(
    "content",
    [b"PK\x03\x04\x00\x00binary", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"\x01\x02\x03\x04\x05text\x06\x07\x08"],
)
def test_error_binary(tmp_path, content):
    assert "binary file, not text" in str(_error(write(tmp_path / "b.txt", content)))


def test_error_bad_utf8_after_bom_still_names_the_line(tmp_path):
    err = _error(write(tmp_path / "bom.txt", b"\xef\xbb\xbfOne.\nTwo \xff.\n"))
    assert err.line == 2 and "byte 0xff at line 2" in str(err)


def test_error_bad_utf8_names_byte_and_line(tmp_path):
    err = _error(write(tmp_path / "latin1.txt", "First line.\nCaf\u00e9 au lait.\n".encode("latin-1")))
    assert err.line == 2
    assert "not valid UTF-8 (byte 0xe9 at line 2)" in str(err)
    assert "re-save the file as UTF-8" in str(err)
    assert str(err).startswith(f"{tmp_path / 'latin1.txt'}:2: ")


def test_error_unclosed_front_matter(tmp_path):
    err = _error(write(tmp_path / "u.md", "---\npublished: 2025-04-30\nThe article starts here.\n"))
    assert "never closed" in str(err)
    assert err.line == 1


@pytest.mark.parametrize(
    "front, line",
    [
        ("title: a\nfoo: b: c\n", 3),  # mapping values not allowed: the line of the error
        ("title: a\noutlet: x\ntags: [one, two\n", 4),  # unclosed flow sequence: where it opened
        ("title: 'unterminated\n", 2),
    ],
)
def test_error_bad_yaml_gives_file_line(tmp_path, front, line):
    err = _error(write(tmp_path / "y.md", f"---\n{front}---\nBody.\n"))
    assert "invalid YAML in front matter" in str(err)
    assert err.line == line


def test_error_front_matter_not_a_mapping(tmp_path):
    err = _error(write(tmp_path / "l.md", "---\n- a\n- b\n---\nBody.\n"))
    assert "mapping" in str(err)


@pytest.mark.parametrize("value", ["April 30, 2025", "30/04/2025", "2025-02-30", "2025-4-3", "''", "[2025]"])
def test_error_bad_published_value(tmp_path, value):
    err = _error(write(tmp_path / "p.md", f"---\noutlet: X\npublished: {value}\n---\nBody.\n"))
    assert "YYYY-MM-DD" in str(err)
    assert err.line == 3


# --------------------------------------------------------------------------- date inference from text


def _infer(tmp_path, text: str):
    art = load_article(write(tmp_path / "t.txt", text))
    return art.published, art.published_source, art.published_note


def test_infers_first_published_footer(tmp_path):
    text = (
        "Headline\n\nThe talks began Tuesday.\n\nThis report by The Example Press was first published Nov. 2, 2025.\n"
    )
    published, source, note = _infer(tmp_path, text)
    assert (published, source) == (date(2025, 11, 2), "text")
    assert note == "inferred from the text: 'first published Nov. 2, 2025' (line 5)"


def test_infers_byline_date(tmp_path):
    published, source, note = _infer(tmp_path, "Title words here\n\nBy Jane Doe on March 3rd, 2024.\n\nText.\n")
    assert published == date(2024, 3, 3)
    assert "'By Jane Doe on March 3rd, 2024' (line 3)" in note


def test_infers_date_alone_at_top(tmp_path):
    published, _, note = _infer(tmp_path, "Wednesday, April 30, 2025\n\nTrump said Wednesday he would meet Carney.\n")
    assert published == date(2025, 4, 30)
    assert "(line 1)" in note


def test_infers_agency_dateline(tmp_path):
    text = "Leaders speak\n\nOTTAWA (Example Wire) 30 April 2025 — The two leaders spoke yesterday.\n"
    published, _, note = _infer(tmp_path, text)
    assert published == date(2025, 4, 30)
    assert "line 3" in note


@pytest.mark.parametrize(
    ("text", "want", "phrase"),
    [
        # a press-release dateline: accented city, the wire's tag between slashes
        (
            "Firm reports results\n\nLAVALÉE, March 28, 2025 /Example Wire/ - The firm said today it grew.\n",
            date(2025, 3, 28),
            "'LAVALÉE, March 28, 2025 /Example Wire/' (line 3)",
        ),
        # a bracketed date alone on a line
        ("Firm reports results\n\n[March 29, 2025]\n\nThe firm said today it grew.\n", date(2025, 3, 29), "(line 3)"),
        # a time stamp that opens the first paragraph
        (
            "Firm reports results\n\nMar 28, 2025 4:39 PM - The firm said today it grew.\n",
            date(2025, 3, 28),
            "'Mar 28, 2025 4:39 PM' (line 3)",
        ),
        # day-month-year with a comma and a clock time, below a byline and share buttons
        (
            "Firm reports results\n\nShare\nTweet\nEmail\nBy Jane Roe\n01 May, 2025 11:18 AM\n\nThe firm grew.\n",
            date(2025, 5, 1),
            "'01 May, 2025 11:18 AM' (line 7)",
        ),
        # the first stamp is the publication; the update after it is not
        (
            "Firm reports results\n\nMar 28, 2025 4:39 PM - Updated Mar 29, 2025 2:10 AM\n\nThe firm grew.\n",
            date(2025, 3, 28),
            "'Mar 28, 2025 4:39 PM' (line 3)",
        ),
    ],
)
def test_infers_common_datelines(tmp_path, text, want, phrase):
    published, source, note = _infer(tmp_path, text)
    assert (published, source) == (want, "text")
    assert phrase in note


def test_timeline_entry_is_not_a_dateline(tmp_path):
    text = "Key dates\n\nMarch 3, 2020 - The first case was reported.\n\nMay 1, 2020 - Schools closed.\n"
    published, source, _ = _infer(tmp_path, text)
    assert published is None and source == "none"


def test_date_stamp_lines_are_furniture():
    assert is_furniture("[March 29, 2025]")
    assert is_furniture("Mar 28, 2025 4:39 PM - Updated Mar 29, 2025 2:10 AM")
    assert not is_furniture("March 3, 2020 - The first case was reported.")


def test_explicit_published_statement_beats_top_date(tmp_path):
    text = "March 1, 2024\n\nSome text about events.\n\nPublished: March 5, 2024\n"
    published, _, note = _infer(tmp_path, text)
    assert published == date(2024, 3, 5)
    assert "'Published: March 5, 2024' (line 5)" in note
    assert "2024-03-01" in note  # the disagreeing candidate is shown


def test_date_inside_a_long_paragraph_is_not_the_publication_date(tmp_path):
    text = (
        "The ministry said on Tuesday that a report published April 3, 2025 by the finance committee "
        "had found that the programme cost far more than planned and would need a review before any "
        "further money was spent on it.\n"
    )
    published, source, note = _infer(tmp_path, text)
    assert published is None and source == "none" and note == NO_DATE_NOTE


def test_relative_dates_alone_give_no_date(tmp_path):
    published, source, _ = _infer(tmp_path, "Trump and Carney spoke by phone on Tuesday, the day after the election.\n")
    assert published is None and source == "none"


def test_markdown_heading_gives_title(tmp_path):
    art = load_article(write(tmp_path / "h.md", "# Leaders agree to meet\nThey spoke on Tuesday.\n"))
    assert art.title == "Leaders agree to meet"


def test_no_title_when_text_starts_with_a_sentence(tmp_path):
    art = load_article(write(tmp_path / "n.txt", "According to\nthe statement, they spoke.\n"))
    assert art.title is None


# --------------------------------------------------------------------------- load_corpus


def test_load_corpus_keeps_good_files_and_reports_bad_ones(tmp_path):
    write(tmp_path / "good1.md", "---\npublished: 2025-04-30\n---\nGood one.\n")
    write(tmp_path / "sub" / "good2.txt", "Good two.\n")
    write(tmp_path / "empty.md", "")
    write(tmp_path / "binary.txt", b"\x00\x01\x02")
    write(tmp_path / "latin.txt", "Caf\u00e9.\n".encode("latin-1"))
    write(tmp_path / "unclosed.md", "---\ntitle: x\nBody.\n")
    write(tmp_path / "badyaml.md", "---\na: b: c\n---\nBody.\n")
    write(tmp_path / "baddate.md", "---\npublished: yesterday\n---\nBody.\n")
    write(tmp_path / "README.md", "")  # skipped, so not an error
    articles, errors = load_corpus(tmp_path)
    assert [a.id for a in articles] == ["good1", "sub/good2"]
    assert [a.path for a in articles] == ["good1.md", "sub/good2.txt"]
    assert len(errors) == 6
    assert all(isinstance(e, InputError) for e in errors)
    named = sorted(Path(e.path).name for e in errors)
    assert named == ["baddate.md", "badyaml.md", "binary.txt", "empty.md", "latin.txt", "unclosed.md"]


def test_load_corpus_disambiguates_duplicate_ids(tmp_path):
    write(tmp_path / "story.md", "From markdown.\n")
    write(tmp_path / "story.txt", "From text.\n")
    write(tmp_path / "other.md", "Other.\n")
    first, _ = load_corpus(tmp_path)
    again, _ = load_corpus(tmp_path)
    ids = [a.id for a in first]
    assert ids == ["other", "story.md", "story.txt"]
    assert ids == [a.id for a in again]
    assert len(set(ids)) == len(ids)


def test_load_corpus_on_a_single_file(tmp_path):
    f = write(tmp_path / "one.md", "One.\n")
    articles, errors = load_corpus(f)
    assert [a.id for a in articles] == ["one"] and errors == []
    bad = write(tmp_path / "bad.md", "")
    articles, errors = load_corpus(bad)
    assert articles == [] and len(errors) == 1 and "empty file" in str(errors[0])


def test_load_corpus_missing_target(tmp_path):
    with pytest.raises(InputError):
        load_corpus(tmp_path / "missing")


# --------------------------------------------------------------------------- the seed corpus


def test_seed_corpus_loads_with_published_dates():
    articles, errors = load_corpus(SEEDS)
    assert errors == []
    assert {a.id: a.published for a in articles} == SEED_DATES  # README.md skipped
    for art in articles:
        assert art.published_source == "front_matter"
        assert art.published_note  # how the date is known
        assert art.meta["published_source"] in {"text", "inferred"}
        assert not art.text[art.body_start :].startswith("---")
    outlets = {a.id: a.outlet for a in articles}
    assert outlets["000_28267d5f95218e22"] == "The Canadian Press"
    assert outlets["001_cc6f4f26477ca855"] == "National Post"
    assert outlets["003_9cefab7f5d0b9126"] is None


def test_seed_text_dates_without_front_matter(tmp_path):
    """Without front matter, the two seeds that state their date in the text get
    it from the "first published" footer; the three others get none."""
    expected = {
        "000_28267d5f95218e22": (date(2025, 11, 2), "'first published Nov. 2, 2025' (line 58)"),
        "002_42a4c2f20ed49d16": (date(2025, 4, 30), "'first published April 30, 2025' (line 60)"),
    }
    for seed in sorted(SEEDS.glob("0*.md")):
        f = write(tmp_path / f"{seed.stem}.txt", body_of(seed))
        art = load_article(f)
        if seed.stem in expected:
            when, phrase = expected[seed.stem]
            assert art.published == when
            assert art.published_source == "text"
            assert phrase in art.published_note
        else:
            assert art.published is None
            assert art.published_source == "none"


@pytest.mark.parametrize(
    ("front", "body", "dateline"),
    [
        # a republished article: the text keeps its own date
        ("2012-05-31", "Published: July 29, 2004\n\nTom Reyes, 75, died on Saturday.\n", date(2004, 7, 29)),
        ("2025-03-01", "NORTHVALE, March 28, 2025 - The council met on Friday.\n", date(2025, 3, 28)),
        # one day apart (a time zone), or only an "updated" stamp: no note
        ("2025-03-29", "Published: March 28, 2025\n\nThe council met on Friday.\n", None),
        ("2025-03-28", "Updated: April 2, 2025\n\nThe council met on Friday.\n", None),
        ("2025-03-28", "The council met on Friday.\n", None),
    ],
)
def test_a_dateline_the_front_matter_contradicts_is_noted(tmp_path, front, body, dateline):
    from factcheck import run

    write(tmp_path / "a.md", f"---\npublished: {front}\n---\n\n{body}")
    art = load_article(tmp_path / "a.md")
    assert art.published == date.fromisoformat(front)  # the user's date stands
    assert art.dateline == dateline
    report, _ = run(tmp_path)
    notes = [n for n in report.notes if n.startswith("a: ")]
    if dateline is None:
        assert notes == []
    else:
        (note,) = notes
        assert f"the text's own date says {dateline.isoformat()}" in note and "front matter" in note


@pytest.mark.parametrize(
    "body",
    [
        "By Jane Smith | Updated on April 2, 2025\n\nThe council met on Friday.\n",
        "By Jane Smith, last modified on April 2, 2025\n\nThe council met on Friday.\n",
        "CORRECTION April 2, 2025 - An earlier version misstated the date.\n\nThe council met on Friday.\n",
        "Updated and posted on April 2, 2025\n\nThe council met on Friday.\n",
        "".join(f"Paragraph {i} of the story.\n\n" for i in range(10))
        + "The notice, posted on March 3, 2024, said the school would close.\n",
    ],
)
def test_no_dateline_from_a_revision_or_the_body(tmp_path, body):
    write(tmp_path / "a.md", f"---\npublished: 2025-03-28\n---\n\n{body}")
    assert load_article(tmp_path / "a.md").dateline is None
