from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from factcheck import Article, load_rules
from factcheck.extract.extractor import extract
from factcheck.extract.quotes import QUOTE_VERBS, QuoteComparison, compare_quotes, extract_quotes, normalize_quote
from factcheck.knowledge.base import Knowledge
from factcheck.model.models import Quote, Sentence, Span

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

QUOTE_MARKS = "“”\"‘’'«»„"


def split_sentences(text: str, article: str = "t") -> list[Sentence]:
    """A plain splitter for the tests: at . ! ? followed by space, and at line breaks."""
    out: list[Sentence] = []
    for m in re.finditer(r"[^\n]+", text):
        cuts = [0] + [e.end() for e in re.finditer(r"[.!?][”\"’']?\s+(?=[A-Z“\"‘])", m.group())] + [len(m.group())]
        for a, b in zip(cuts, cuts[1:]):
            piece = m.group()[a:b].rstrip()
            if piece:
                s = m.start() + a
                out.append(
                    Sentence(
                        article=article, index=len(out), span=Span(start=s, end=s + len(piece)), line=1, text=piece
                    )
                )
    return out


@functools.cache
def _knowledge() -> Knowledge:
    return load_rules().knowledge


def marks(text: str) -> list[Quote]:
    """The quotations alone (marks paired, no parse, no speakers)."""
    return extract_quotes("t", text, split_sentences(text))


def quotes(text: str) -> list[Quote]:
    """The quotations with their speakers, as the extractor reads them from the parse."""
    return list(extract(Article(id="t", path="t", text=text), _knowledge()).quotes)


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes(text)]


def only(text: str) -> Quote:
    found = quotes(text)
    assert len(found) == 1, [(q.text, q.speaker_text) for q in found]
    return found[0]


# --------------------------------------------------------------------------- marks


def test_curly_and_straight_double_quotes():
    assert pairs("“The plan is dead,” the mayor said.") == [("The plan is dead,", "the mayor")]
    assert pairs('"The plan is dead," the mayor said.') == [("The plan is dead,", "the mayor")]


def test_span_is_the_inner_text_and_text_the_exact_slice():
    text = "The mayor said: “  The plan is dead.  ”"
    q = only(text)
    assert q.text == "The plan is dead."
    assert text[q.span.start : q.span.end] == q.text
    assert text[q.span.start - 3 : q.span.start] == "“  "


def test_single_quotes_as_quotation_marks_in_a_headline():
    text = "Mayor says she'll reopen the bridge 'within the next month'\n\nThe mayor spoke on Monday."
    q = only(text)
    assert q.text == "within the next month"
    assert q.speaker_text == "Mayor" and q.cue == "says"
    assert [q.text for q in marks("Council calls plan ‘a mistake’ after vote")] == ["a mistake"]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's plan won't change the council's view.",
        "Canada’s premiers met in Ottawa’s west end.",
        "It was a hit in the ’90s and the '80s.",
        "They played rock ’n’ roll all night.",
        "The Liberals' win and the Canadians’ mood were the story.",
        "He stands 6'2\" tall.",
        "The players’ union and the owners’ group disagree; the teams' owners don't.",
    ],
)
def test_apostrophes_are_not_quotes(text):
    assert marks(text) == []


def test_apostrophes_inside_a_quotation_do_not_break_it():
    assert pairs("“We won’t stop, and the party's members agree,” she said.") == [
        ("We won’t stop, and the party's members agree,", "she")
    ]


def test_nested_quotes():
    text = "The leader added: “I think voters disliked the so-called ‘reform.’ It failed.”"
    found = quotes(text)
    assert [q.text for q in found] == ["I think voters disliked the so-called ‘reform.’ It failed.", "reform."]
    outer, inner = found
    assert outer.speaker_text == "The leader" and outer.cue == "added"
    assert inner.speaker_text is None  # a quotation inside a quotation
    assert outer.span.contains(inner.span)


def test_nested_straight_double_inside_curly():
    found = quotes('“They keep saying "trust us" to voters,” the critic said.')
    assert [q.text for q in found] == ['They keep saying "trust us" to voters,', "trust us"]
    assert found[0].speaker_text == "the critic"


def test_quote_spanning_several_sentences():
    text = "“We will build it. It will take years. It will be worth it,” the mayor said."
    q = only(text)
    assert q.text == "We will build it. It will take years. It will be worth it,"
    assert q.speaker_text == "the mayor"


def test_quote_broken_over_lines_by_links():
    text = "Despite the mayor's insistence that the city has “\nleverage\n,” the council may look elsewhere."
    q = only(text)
    assert q.text.startswith("leverage")
    assert q.speaker_text == "the mayor" and q.cue == "insistence"


def test_multi_paragraph_quote_convention():
    text = (
        "“We will build the bridge. It will take years.\n\n"
        "“But we will finish it, and the city will be better for it,” the mayor said.\n\n"
        "Work starts in May."
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "We will build the bridge. It will take years.",
        "But we will finish it, and the city will be better for it,",
    ]
    assert [q.speaker_text for q in found] == ["the mayor", "the mayor"]
    for q in found:
        assert "“" not in q.text and "\n" not in q.text


def test_quote_only_paragraph_takes_the_previous_speaker():
    text = "“I will run again,” the senator told reporters.\n\n“Nobody can stop me.”\n\nThe vote is in June."
    assert pairs(text) == [("I will run again,", "the senator"), ("Nobody can stop me.", "the senator")]


def test_follow_on_quote_in_the_same_paragraph():
    text = '"The budget is balanced," she said. "It is the first time in a decade."'
    assert pairs(text) == [("The budget is balanced,", "she"), ("It is the first time in a decade.", "she")]


@pytest.mark.parametrize(
    "text",
    [
        "He said “we will win",
        "A stray ” mark here.",
        'A lone " mark here.',
        "“Open “twice” and ‘never closed",
        "”Backwards“ marks and ’odd‘ ones.",
        '"""',
        "“",
        "",
        "'",
        "“Quote one.\n\n“Quote two.\n\n“Quote three",
    ],
)
def test_unbalanced_marks_never_crash_and_are_deterministic(text):
    first = marks(text)
    assert first == marks(text)
    assert quotes(text) == quotes(text)
    for q in first:
        assert text[q.span.start : q.span.end] == q.text
        assert q.text.strip()


def test_unclosed_quote_runs_to_the_end_of_its_line():
    text = "He said “we will win the vote\n\nThe count starts Monday."
    q = only(text)
    assert q.text == "we will win the vote"
    assert q.speaker_text == "He"


# --------------------------------------------------------------------------- speakers


@pytest.mark.parametrize(
    "text, quote, speaker, cue",
    [
        (
            "“The budget is balanced,” Finance Minister Jane Roe said.",
            "The budget is balanced,",
            "Finance Minister Jane Roe",
            "said",
        ),
        ("“The budget is balanced,” said Jane Roe, a former banker.", "The budget is balanced,", "Jane Roe", "said"),
        ("Jane Roe said, “The budget is balanced.”", "The budget is balanced.", "Jane Roe", "said"),
        ("Jane Roe said: “The budget is balanced.”", "The budget is balanced.", "Jane Roe", "said"),
        (
            "Jane Roe said that the deficit would fall and that “the budget is balanced.”",
            "the budget is balanced.",
            "Jane Roe",
            "said",
        ),
        (
            "According to the finance ministry, “the budget is balanced.”",
            "the budget is balanced.",
            "the finance ministry",
            "according to",
        ),
        ("“The budget is balanced,” Roe wrote in a post.", "The budget is balanced,", "Roe", "wrote"),
        ("“The budget is balanced,” Roe told reporters on Tuesday.", "The budget is balanced,", "Roe", "told"),
        ("“The budget is balanced,” the treasurer stated.", "The budget is balanced,", "the treasurer", "stated"),
        ("“And the deficit is gone,” the ministry added.", "And the deficit is gone,", "the ministry", "added"),
        ("“Is the budget balanced?” a local reporter asked.", "Is the budget balanced?", "a local reporter", "asked"),
        (
            "“The budget is balanced,” the spokesperson confirmed.",
            "The budget is balanced,",
            "the spokesperson",
            "confirmed",
        ),
        (
            "“Talks will resume next week,” reads the ministry’s official statement.",
            "Talks will resume next week,",
            "the ministry’s official statement",
            "reads",
        ),
        (
            "“Talks will resume next week,” reads the city's readout of the call.",
            "Talks will resume next week,",
            "the city's readout",
            "reads",
        ),
        (
            "“We respect the result,” the minister was counselled to say.",
            "We respect the result,",
            "the minister",
            "counselled to say",
        ),
        ("The senator called it “a disgrace.”", "a disgrace.", "The senator", "called"),
        (
            "The senator described the plan as “reckless and costly.”",
            "reckless and costly.",
            "The senator",
            "described",
        ),
        ("The senator referred to the meeting as “very productive.”", "very productive.", "The senator", "referred"),
        (
            "Senator Ann Lee, who referred to the meeting as “very productive,” left early.",
            "very productive,",
            "Senator Ann Lee",
            "referred",
        ),
        (
            "White House spokesperson Anna Kelly said the plan is “on track.”",
            "on track.",
            "White House spokesperson Anna Kelly",
            "said",
        ),
        (
            "U.S. Secretary of State John Doe said the talks were “useful.”",
            "useful.",
            "U.S. Secretary of State John Doe",
            "said",
        ),
        ("“The border is secure,” the memo said.", "The border is secure,", "the memo", "said"),
        ("“The border is secure,” the PMO said.", "The border is secure,", "the PMO", "said"),
        (
            "“The border is secure,” Canada’s official readout says.",
            "The border is secure,",
            "Canada’s official readout",
            "says",
        ),
        ("“We will win,” the candidate tweeted.", "We will win,", "the candidate", "tweeted"),
        ("The chair insisted the rules were “perfectly clear.”", "perfectly clear.", "The chair", "insisted"),
        (
            "On fiscal policy, the minister was advised to plainly state the city “is not the problem.”",
            "is not the problem.",
            "the minister",
            "advised to state",
        ),
        ("Mr. Smith said the plan would “never work.” He left early.", "never work.", "Mr. Smith", "said"),
    ],
)
def test_speakers_from_the_parse(text, quote, speaker, cue):
    q = only(text)
    assert q.text == quote
    assert q.speaker_text == speaker
    assert q.cue == cue
    assert text[q.speaker_span.start : q.speaker_span.end] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We will appeal,” he said.", "he"),
        ("“We will appeal,” she told reporters.", "she"),
        ("“We will appeal,” they said in a statement.", "they"),
        ("The company met the union. It said the offer was “final.”", "It"),
        ("The governor praised the mayor, whom she called a “true partner,” at the event.", "she"),
    ],
)
def test_pronoun_speakers_stay_as_written(text, speaker):
    q = only(text)
    assert q.speaker_text == speaker
    assert q.speaker is None  # nobody in the text for the pronoun to stand for


def test_speakers_resolve_to_the_entities_of_the_article():
    found = quotes("“The budget is balanced,” Jane Roe said. “Costs are up,” the memo said.")
    assert [q.speaker for q in found] == ["jane-roe", None]
    assert [q.speaker_text for q in found] == ["Jane Roe", "the memo"]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("“The bridge will reopen in May,” Maria Lopez said.", "Maria Lopez", "said"),  # X said
        ("“Ticket prices will rise,” said Tom Baker, the transit director.", "Tom Baker", "said"),  # said X
        ("According to the port authority, “cargo volumes doubled.”", "the port authority", "according to"),
        ("Lopez told the council, “We cannot wait any longer.”", "Lopez", "told"),  # X told Y: X, never Y
        (
            "A statement from the water board said the supply was “safe to drink.”",
            "A statement from the water board",
            "said",
        ),
        (
            "According to a statement from the water board, the supply is “safe to drink.”",
            "a statement from the water board",
            "according to",
        ),
    ],
)
def test_reporting_verb_and_its_subject(text, speaker, cue):
    q = only(text)
    assert (q.speaker_text, q.cue) == (speaker, cue)
    assert text[q.speaker_span.start : q.speaker_span.end] == speaker


def test_a_quotation_standing_alone_takes_the_report_next_to_it():
    text = (
        "Ruth Klein, who grows apples near the lake, said the season had been hard.\n\n"
        "“The harvest was the worst in a decade.”"
    )
    assert pairs(text) == [("The harvest was the worst in a decade.", "Ruth Klein")]
    assert pairs("“The harvest was the worst in a decade.” Klein said.") == [
        ("The harvest was the worst in a decade.", "Klein")
    ]


def test_a_pronoun_speaker_is_resolved_as_the_clauses_resolve_it():
    q = only("Ruth Klein grows apples near the lake. “The harvest was poor,” she said.")
    assert q.speaker_text == "she"
    assert q.speaker == "ruth-klein"


@pytest.mark.parametrize(
    "middle",
    ["Klein said Georgia farmers came to the farm.", "Klein hired Tom Baker supporters at the farm."],
)
def test_a_name_that_only_qualifies_a_noun_is_no_speaker_a_pronoun_stands_for(middle):
    """ "Georgia farmers", "Tom Baker supporters": the farmers and the
    supporters are who the clause speaks of; "she" is still Ruth Klein."""
    q = only(f"Ruth Klein grows apples near the lake. {middle} “The harvest was poor,” she said.")
    assert q.speaker == "ruth-klein"


@pytest.mark.parametrize(
    "text",
    [
        # a name before a noun of no person is still an antecedent
        "Ruth Klein Monday night said she would run. “We will win,” she said.",
        # a name before a noun of people is one in its own sentence
        "Ruth Klein aides said Tuesday that she would run. “We will win,” she said.",
    ],
)
def test_a_name_before_a_noun_is_an_antecedent_in_its_own_sentence(text):
    q = only("Reporter Anna Diaz asked about the plan. " + text)
    assert q.speaker == "ruth-klein"


def test_a_nested_report_is_the_inner_speaker_reported_by_the_outer():
    text = "Maria Lopez said Tom Baker told her, “The money is coming.”"
    ex = extract(Article(id="t", path="t", text=text), _knowledge())
    (q,) = ex.quotes
    assert (q.speaker_text, q.cue, q.speaker) == ("Tom Baker", "told", "tom-baker")
    reported = [f.attribution for f in ex.facts if f.span.overlaps(q.span) and f.attribution.source_text]
    assert reported
    assert all(a.source_text == "Tom Baker" and a.via is not None for a in reported)
    assert {a.via.source_text for a in reported if a.via is not None} == {"Maria Lopez"}


def test_fragments_take_the_subject_of_the_speech_verb():
    text = "The governor said the rival’s “narrow win” will make it “very hard to govern.”"
    assert pairs(text) == [("narrow win", "The governor"), ("very hard to govern.", "The governor")]
    text = "The mayor said the builder “could not have been more helpful and I thanked him.”"
    assert pairs(text) == [("could not have been more helpful and I thanked him.", "The mayor")]


def test_nearest_speech_verb_wins():
    text = "The minister claimed the mayor told him, “Let's make a deal.”"
    assert pairs(text) == [("Let's make a deal.", "the mayor")]


def test_subject_after_an_introductory_phrase_and_participles():
    text = "On Monday, the premier rejected the plan, calling it “a cash grab.”"
    assert pairs(text) == [("a cash grab.", "the premier")]
    text = "While the talks stalled, she repeated the offer, insisting it was “fair.”"
    assert pairs(text) == [("fair.", "she")]


def test_possessive_noun_cue():
    text = "This contradicts the mayor's earlier statement that the budget was “fully funded.”"
    q = only(text)
    assert (q.speaker_text, q.cue) == ("the mayor", "statement")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“It is over,” Smith, 45, said.", "Smith"),
        ("“It is over,” Jane Roe, the city's treasurer, said.", "Jane Roe"),
        ("Jane Roe, the city's chief financial officer, said the budget is “on track.”", "Jane Roe"),
        ("“The count is accurate,” the clerk said.", "the clerk"),
        ("Sources with knowledge of the talks confirmed that the mayor used the phrase “no deal.”", "Sources"),
        ("'We will win,' the minister said.", "the minister"),
    ],
)
def test_appositions_and_plain_nouns_as_speakers(text, speaker):
    assert only(text).speaker_text == speaker


def test_no_speaker_when_there_is_no_cue():
    q = only("Officials are preparing for a “fundamentally different relationship,” with less trust.")
    assert q.speaker_text is None and q.cue is None


def test_full_stop_quote_is_not_attributed_to_the_next_sentence():
    text = "The chair said the vote was “very close.” The clerk described the count as “accurate.”"
    assert pairs(text) == [("very close.", "The chair"), ("accurate.", "The clerk")]


def test_sentence_index():
    text = "The vote was held. The mayor said it was “a clear win.” Turnout was low."
    sentences = split_sentences(text)
    q = extract_quotes("t", text, sentences)[0]
    assert sentences[q.sentence].span.start <= q.span.start < sentences[q.sentence].span.end
    assert q.sentence == 1
    assert extract_quotes("t", text, [])[0].sentence == 0


def test_quotation_verbs_are_lemmas():
    for verb in ("say", "tell", "write", "state", "add", "ask", "claim", "confirm", "insist", "note", "read", "tweet"):
        assert verb in QUOTE_VERBS
    for verb in ("describe", "call", "refer"):
        assert verb in QUOTE_VERBS
    assert "said" not in QUOTE_VERBS


# --------------------------------------------------------------------------- normalise and compare


def test_normalize_quote():
    assert normalize_quote("“Couldn’t — WON’T,” she said!") == "couldnt wont she said"
    assert normalize_quote('"Let\'s  make\na deal."') == normalize_quote("‘let’s make a deal’")
    assert normalize_quote("a so-called ‘reform’") == "a so called reform"
    assert normalize_quote("2,000 jobs at 1.5%") == "2000 jobs at 1.5 percent"


def test_compare_same():
    c = compare_quotes("“Let’s make a deal,”", '"let\'s make a deal."')
    assert isinstance(c, QuoteComparison)
    assert c.relation == "same" and c.score == 1.0
    assert c.removed == () and c.added == ()
    assert c.overlap == 4


def test_compare_partial():
    c = compare_quotes("very nice gentleman", "He is a very nice gentleman and a good friend.")
    assert c.relation == "partial"
    assert c.removed == ()
    assert c.added == ("he", "is", "a", "and", "a", "good", "friend")
    assert c.overlap == 3


def test_compare_variant():
    a = "We will lower taxes for every working family."
    b = "We will cut taxes for every working family in the country."
    c = compare_quotes(a, b)
    assert c.relation == "variant"
    assert c.removed == ("lower",)
    assert c.added == ("cut", "in", "the", "country")
    assert c.overlap == 7 and c.longest == 5
    assert 0 < c.score < 1


def test_compare_variant_with_dashes_and_an_inserted_word():
    a = "partners working as independent, sovereign nations for their betterment"
    b = "partners working as independent, sovereign nations – for their mutual betterment"
    c = compare_quotes(a, b)
    assert c.relation == "variant"
    assert c.removed == () and c.added == ("mutual",)


def test_compare_different():
    assert compare_quotes("The economy is strong.", "We will build more homes.").relation == "different"
    assert compare_quotes("great relationship", "good relationship").relation == "different"  # no 4-word run
    c = compare_quotes("", "anything at all")
    assert c.relation == "different"
    assert compare_quotes("", "").relation == "same"


def test_compare_is_directional_in_its_diff():
    a, b = "we will act now on prices", "we will act now"
    assert compare_quotes(a, b).removed == ("on", "prices")
    assert compare_quotes(b, a).added == ("on", "prices")
    assert compare_quotes(a, b).relation == compare_quotes(b, a).relation == "partial"


# --------------------------------------------------------------------------- seed articles


def _opening_mark(text: str, start: int) -> int:
    j = start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    return j


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed articles not available")
def test_seed_articles_invariants():
    files = sorted(SEEDS.glob("*.txt"))
    assert files
    total = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        sentences = split_sentences(text, path.stem)
        found = extract_quotes(path.stem, text, sentences)
        assert found == extract_quotes(path.stem, text, sentences)  # deterministic
        total += len(found)
        indexes = {s.index for s in sentences}
        for q in found:
            assert 0 <= q.span.start < q.span.end <= len(text)
            assert text[q.span.start : q.span.end] == q.text
            assert re.search(r"\w", q.text)
            assert q.sentence in indexes
            # opened by a quotation mark that is not an apostrophe inside a word
            m = _opening_mark(text, q.span.start)
            assert m >= 0 and text[m] in QUOTE_MARKS, (path.name, q.text)
            assert not (m > 0 and text[m - 1].isalnum() and m + 1 < len(text) and text[m + 1].isalnum()), (
                path.name,
                q.text,
            )
            # and never the tail of a possessive or contraction ("s tariffs", "t stop")
            assert not re.match(r"(?:s|t|ll|re|ve|d)\b", q.text), (path.name, q.text)
        attributed = quotes(text)
        assert [q.span for q in attributed] == [q.span for q in found]
        for q in attributed:
            if q.speaker_span is not None:
                assert text[q.speaker_span.start : q.speaker_span.end] == q.speaker_text
                assert not q.speaker_span.overlaps(q.span)  # never words of the quotation itself
        # top-level quotations do not overlap
        tops = [q for q in found if not any(o is not q and o.span.contains(q.span) and o.span != q.span for o in found)]
        for a, b in zip(tops, tops[1:]):
            assert a.span.end <= b.span.start
    assert total > 20


def _three_articles(tmp_path, said: dict[str, str], published: str):
    """The rules and the articles of ``said`` (article id -> text), written to ``tmp_path``."""
    from conftest import write_article

    from factcheck.pipeline.core import load_targets

    for name, text in said.items():
        write_article(tmp_path, name, text, published)
    articles, _ = load_targets([tmp_path])
    return load_rules(), articles


def test_quote_pairs_keep_only_the_relations_asked_for(tmp_path):
    from factcheck.checks._quotepairs import RELATIONS, quote_pairs
    from factcheck.engine.corpus import Corpus
    from factcheck.pipeline.core import extract_all

    rules, articles = _three_articles(
        tmp_path,
        {
            "a": '"We will not go back to the plant without a signed contract," union leader Mara Quill said.\n',
            "b": '"We will not go back to the plant without a signed contract," Mara Quill told reporters.\n',
            "c": '"We will not go back to the plant before the summer holidays end," Tom Reyes said.\n',
        },
        "2024-05-06",
    )
    corpus = Corpus.build(extract_all(articles, rules, jobs=1), rules.knowledge)
    every = {(a.article, b.article, c.relation) for a, b, c in quote_pairs(corpus, 4, RELATIONS)}
    assert {r for _a, _b, r in every} == {"same", "variant"}  # "c" shares the opening words only
    same = [(a.article, b.article, c.relation) for a, b, c in quote_pairs(corpus, 4, frozenset({"same", "partial"}))]
    assert same == [("a", "b", "same")]
    assert sorted(len(pairs) for pairs in corpus.quote_pairs.values()) == [1, len(every)]  # only those asked for kept
    with pytest.raises(ValueError, match="unknown quotation relations"):
        quote_pairs(corpus, 4, frozenset({"sme"}))


def test_quote_pairs_of_two_speakers_keep_no_pair_of_one_speaker(tmp_path):
    from factcheck.checks._quotepairs import quote_pairs
    from factcheck.engine.corpus import Corpus
    from factcheck.pipeline.core import extract_all

    words = '"We will not go back to the plant without a signed contract,"'
    rules, articles = _three_articles(
        tmp_path,
        {
            "a": f"{words} union leader Mara Quill said.\n",
            "b": f"{words} Mara Quill told reporters.\n",  # one speaker, republished
            "c": f"{words} said Tom Reyes, the plant's manager.\n",
            "d": f"{words} the union said in a statement.\n",
            "e": f"{words} Mara J. Quill said on Monday.\n",  # the same person, named two ways
        },
        "2024-05-06",
    )
    corpus = Corpus.build(extract_all(articles, rules, jobs=1), rules.knowledge)
    same = frozenset({"same", "partial"})
    every = [(a.article, b.article) for a, b, _c in quote_pairs(corpus, 4, same)]
    speakers = {q.article: q.speaker for ex in corpus.extractions.values() for q in ex.quotes}
    assert speakers == {"a": "mara-quill", "b": "mara-quill", "c": "tom-reyes", "d": None, "e": "mara-j-quill"}
    assert len(every) == 10  # every two of the five articles
    # "mara-quill" and "mara-j-quill" may be one person; "the union" is no one resolved
    assert [(a.article, b.article) for a, b, _c in quote_pairs(corpus, 4, same, two_speakers=True)] == [
        ("a", "c"),
        ("b", "c"),
        ("c", "e"),
    ]
    # the quotations of a pair are those of the articles' extractions
    for a, b, _c in quote_pairs(corpus, 4, same, two_speakers=True):
        assert a in corpus.extractions[a.article].quotes and b in corpus.extractions[b.article].quotes


def test_one_quotation_worded_differently_is_not_attributed_to_two_speakers(tmp_path):
    from factcheck.pipeline.core import process

    rules, articles = _three_articles(
        tmp_path,
        {
            "a": '"The negotiations were very productive for both sides," Lena Ortiz said after the meeting.\n',
            "b": '"The negotiations were quite productive for both sides," Marco Bellini said after the meeting.\n',
            "c": '"The negotiations were very productive for both sides," Marco Bellini said after the meeting.\n',
        },
        "2025-06-02",
    )
    found = [f for f in process(articles, rules, jobs=1).report.findings if f.rule == "FC006"]
    # the same words under two names; the reworded quotation ("quite") is no attribution conflict
    assert [sorted({c.article for c in f.claims}) for f in found] == [["a", "c"]]


def _all_pairs(corpus, min_words, max_df, relations, two_speakers):
    """The definition of quote_pairs, pair by pair: every two quotations of two
    articles that share a shingle held by at most max_df quotations."""
    from collections import Counter

    from factcheck.extract.quotes import VARIANT_MIN_RUN

    quotes = [q for ex in corpus.extractions.values() for q in ex.quotes]
    quotes = [q for q in quotes if len(normalize_quote(q.text).split()) >= min_words]

    def shingles(q):
        words = normalize_quote(q.text).split()
        return {" ".join(words[k : k + 3]) for k in range(len(words) - 2)}

    held = Counter(sh for q in quotes for sh in shingles(q))
    lex = corpus.knowledge.lexicon
    out = []
    for i, a in enumerate(quotes):
        for b in quotes[i + 1 :]:
            shared = shingles(a) & shingles(b)
            if a.article == b.article or not any(held[sh] <= max_df for sh in shared):
                continue
            if (
                min(VARIANT_MIN_RUN, min_words) >= 4
                and len(shared) < 2
                and not any(len(set(sh.split())) == 1 for sh in shared)
            ):
                continue  # (a run of four words or more shared holds two shingles)
            cmp = compare_quotes(a.text, b.text)
            speakers_ok = not two_speakers or bool(
                a.speaker and b.speaker and not lex.same_person(a.speaker, b.speaker)
            )
            if cmp.relation in relations and speakers_ok:
                out.append((a, b, cmp))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_quote_pairs_are_every_pair_that_shares_a_rare_shingle(seed):
    # republished quotations are one class, compared once: the pairs are still every pair, in order
    import random

    from factcheck import load_rules
    from factcheck.checks._quotepairs import RELATIONS, quote_pairs
    from factcheck.engine.corpus import Corpus
    from factcheck.model.models import Article, Extraction, Span

    rng = random.Random(seed)
    texts = [
        "we will not go back to the plant without a signed contract",
        "we will not go back to the plant without a contract",
        "we will not go back to work before the summer holidays end",
        "the plant will reopen on monday with the night shift",
        "no one was hurt and the plant will reopen on monday",
    ]
    speakers = ["mara-quill", "tom-reyes", None, "mara-j-quill"]
    exs = []
    for n in range(rng.randint(6, 12)):
        aid = f"art{n:02d}"
        quotes = tuple(
            Quote(article=aid, span=Span(start=k, end=k + 1), text=rng.choice(texts), speaker=rng.choice(speakers))
            for k in range(rng.randint(1, 3))
        )
        exs.append(Extraction(article=Article(id=aid, path=f"{aid}.md", text="x"), sentences=(), quotes=quotes))
    for two, relations, max_df in [
        (True, frozenset({"same", "partial"}), 30),
        (False, RELATIONS, 30),
        (False, RELATIONS, 3),
    ]:
        corpus = Corpus.build(exs, load_rules().knowledge)
        got = list(quote_pairs(corpus, 4, relations, max_df, two_speakers=two))
        want = _all_pairs(corpus, 4, max_df, relations, two)
        assert got == want  # the quotations and how the first compares with the second
        assert want or not two  # (the draws hold pairs)


def test_a_quotation_republished_k_times_is_compared_once_with_another(monkeypatch):
    from factcheck import load_rules
    from factcheck.checks import _quotepairs
    from factcheck.checks._quotepairs import quote_pairs
    from factcheck.engine.corpus import Corpus
    from factcheck.model.models import Article, Extraction, Span

    def article(aid, text, speaker):
        quote = Quote(article=aid, span=Span(start=0, end=1), text=text, speaker=speaker)
        return Extraction(article=Article(id=aid, path=f"{aid}.md", text="x"), sentences=(), quotes=(quote,))

    signed = "we will not go back to the plant without a signed contract"
    plain = "we will not go back to the plant without a contract"
    exs = [article(f"a{k}", signed, "mara-quill") for k in range(8)]
    exs += [article(f"b{k}", plain, "tom-reyes") for k in range(8)]
    calls = []
    real = _quotepairs.compare_quotes
    monkeypatch.setattr(_quotepairs, "compare_quotes", lambda a, b: calls.append((a, b)) or real(a, b))
    corpus = Corpus.build(exs, load_rules().knowledge)
    pairs = [(a.article, b.article, c.relation) for a, b, c in quote_pairs(corpus, 4, frozenset({"variant"}), 100)]
    assert len(pairs) == 64 and {r for _a, _b, r in pairs} == {"variant"}  # every copy with every copy
    assert pairs[:2] == [("a0", "b0", "variant"), ("a0", "b1", "variant")]  # in the corpus's order
    assert len(calls) <= 4  # each class with itself and with the other (120 comparisons, pair by pair)
