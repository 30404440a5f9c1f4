"""Time expression extraction and resolution (factcheck.extract.timex)."""

from __future__ import annotations

import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

from factcheck.extract.timex import UNKNOWN_PUBLICATION, extract_times, resolve_phrase

WED = date(2025, 4, 30)  # a Wednesday
FRI = date(2025, 3, 28)  # a Friday


def times(text: str, published: date | None = WED, **kw):
    return extract_times("a1", text, published, **kw)


def only(text: str, published: date | None = WED):
    found = times(text, published)
    assert len(found) == 1, [(m.text, m.value) for m in found]
    return found[0]


def value_of(text: str, phrase: str, published: date | None = WED) -> str | None:
    for m in times(text, published):
        if m.text == phrase:
            return m.value
    raise AssertionError(f"{phrase!r} not found in {[m.text for m in times(text, published)]}")


# --------------------------------------------------------------------------- weekdays


def test_bare_weekday_on_publication_day_is_that_day():
    m = only("The minister announced the plan on Friday.", FRI)
    assert (m.text, m.type, m.value, m.granularity) == ("Friday", "DATE", "2025-03-28", "day")
    assert m.start == m.end == date(2025, 3, 28)
    assert m.relative
    assert "published Fri 2025-03-28" in m.how and "2025-03-28" in m.how


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The council voted on Tuesday to close the road.", "2025-04-29"),
        ("The council voted on Wednesday to close the road.", "2025-04-30"),
        ("The council voted on Monday to close the road.", "2025-04-28"),
        ("Officials said Thursday that the bridge was unsafe.", "2025-04-24"),
        ("The talks collapsed last Wednesday.", "2025-04-23"),
    ],
)
def test_past_weekday_is_most_recent_on_or_before_publication(sentence, expected):
    assert only(sentence).value == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        ("The committee will meet on Tuesday to review the budget.", "2025-05-06"),
        ("On Tuesday he will present the report.", "2025-05-06"),
        ("The vote is scheduled for Friday.", "2025-05-02"),
        ("They meet again next Tuesday.", "2025-05-06"),
        ("The hearing resumes this coming Monday.", "2025-05-05"),
    ],
)
def test_future_weekday_is_the_next_one(sentence, expected):
    m = only(sentence)
    assert m.value == expected
    assert "after publication" in m.how


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the future of the expression's own clause decides however many words
        # stand between it and the weekday (no comma, colon or dash between)
        ("The Northvale council will vote on the Acme plant on Friday.", "2025-05-02"),
        ("Tom Reyes will be sentenced in the Westshire County court on Friday.", "2025-05-02"),
        ("The Northvale city council is expected to vote on the new Acme plant on Friday.", "2025-05-02"),
        # a past verb of the clause, however far, still dates it in the past
        ("The Northvale council voted on the Acme plant on the edge of town on Friday.", "2025-04-25"),
        # a future cue of another clause, past a comma, does not reach it
        ("The council will vote next month, and the Acme plant in Northvale closed on Friday.", "2025-04-25"),
        # "next to" is a place, not a time ahead
        ("Three people were hurt in the blast next to the Acme plant in Northvale on Friday.", "2025-04-25"),
        # only a verb group's cue reaches that far: not an adjective, a noun or a verb that expects
        ("Tom Reyes told the coming generation of Acme engineers about his career on Friday.", "2025-04-25"),
        ("Residents protested against Acme's plans to build a new depot in Eastmark on Friday.", "2025-04-25"),
        ("Acme expects full recovery of its Eastmark network after the outage on Friday.", "2025-04-25"),
        ("Acme plans to build a new depot in the east of Eastmark on Friday.", "2025-05-02"),
        ("Residents marched against the plans to build a new depot in Eastmark on Friday.", "2025-04-25"),
        # an attribution after a comma does not undo the reach ("will ... on Friday, officials said")
        ("The Northvale city council will vote on the new Acme plant on Friday, officials said.", "2025-05-02"),
        # "will" as a noun is no cue
        ("Tom Reyes changed his will in favour of his nephew at a meeting on Friday.", "2025-04-25"),
    ],
)
def test_future_of_the_clause_reaches_a_weekday_words_away(sentence, expected):
    assert value_of(sentence, "Friday") == expected


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the attribution after a comma or dash is another clause: its "said"
        # does not put the appearance in the past
        ("The man will appear in court on Thursday, police said.", "2025-05-08"),
        ("The man will appear in court on Thursday - police said.", "2025-05-08"),
        ("The man is due in court on Thursday, police said.", "2025-05-08"),
        # ... but a past verb of the expression's own clause still decides
        ("The man appeared in court on Thursday, police said.", "2025-05-01"),
        ("The man was due in court on Thursday.", "2025-05-01"),
        ("On Thursday, police said the man will appear in court.", "2025-05-01"),
        ("He said on Thursday he will resign.", "2025-05-01"),
        # a cue of an earlier clause, past a comma, does not outweigh the expression's own
        ("The Acme strike ended in March, and on Thursday, the workers will vote on a contract.", "2025-05-08"),
        ("Acme will cut 200 jobs, but on Thursday, it hired Tom Reyes as chief executive.", "2025-05-01"),
        ("Ana Ruiz says the plan is sound, and on Thursday, the council will vote on it.", "2025-05-08"),
        ("The man will appear in court on Thursday at 10:30, police said.", "2025-05-08"),
        # "due to" a cause tells no time
        ("The Northvale bridge closure is due largely to a flood on Thursday.", "2025-05-01"),
        ("The closure is due to a flood on Thursday.", "2025-05-01"),
        ("Tom Reyes is due to appear in court on Thursday.", "2025-05-08"),
        ("The report is due to the Northvale council on Thursday.", "2025-05-08"),  # a recipient, no cause
        ("The plant closed on Thursday due to a flood.", "2025-05-01"),
        ("The school closed on Thursday due to snow.", "2025-05-01"),
        ("The train, due to arrive on Thursday, was cancelled.", "2025-05-08"),
        ("Tom Reyes, due to face trial on Thursday, was released.", "2025-05-08"),
        ("Tom Reyes is now due to face trial on Thursday.", "2025-05-08"),
        ("Tom Reyes missed the game on Thursday due to injury.", "2025-05-01"),
        ("Flights were cancelled on Thursday due to strikes.", "2025-05-01"),  # a plural: no verb
        ("The road was shut on Thursday due to works.", "2025-05-01"),
        ("Tom Reyes, due to discuss the plan on Thursday, declined to comment.", "2025-05-08"),
        # an attribution set off by commas between two clauses is an aside
        ("The strike ended in March, officials said, and on Thursday, the workers will vote.", "2025-05-08"),
        ("The strike ended in March, officials said, and on Thursday the workers voted.", "2025-05-01"),
        ("Tom Reyes was arrested, police said, on Thursday.", "2025-05-01"),
        # ... but after a lead-in with no verb, "said" is the clause's own verb
        ("Meanwhile, the ministry said, on Thursday, it will raise prices.", "2025-05-01"),
        ("Tom Reyes, 41, said, on Thursday, that he will resign.", "2025-05-01"),
        # an apposition's commas are no clause break; a bracket after the expression is
        ("Police arrested Tom Reyes, 32, on Thursday, and he will appear in court Monday.", "2025-05-01"),
        ("The man will appear in court on Thursday (police said).", "2025-05-08"),
    ],
)
def test_attribution_after_a_comma_does_not_set_the_tense(sentence, expected):
    (m,) = [m for m in times(sentence, date(2025, 5, 3)) if m.text == "Thursday"]  # published on a Saturday
    assert m.value == expected


def test_weekday_with_part_of_day_is_a_time():
    m = only("The storm hit the coast on Tuesday night.")
    assert (m.type, m.value, m.start) == ("TIME", "2025-04-29TNI", date(2025, 4, 29))


def test_weekday_with_month_day_picks_the_matching_year():
    m = only("The contract was signed on Friday, March 28.", date(2025, 11, 2))
    assert m.value == "2025-03-28"


def test_plural_weekday_is_a_set():
    m = only("The market opens on Saturdays.")
    assert (m.type, m.value) == ("SET", "XXXX-WXX-6")


# --------------------------------------------------------------------------- month and day


def test_month_day_in_past_context_prefers_earlier_date():
    found = times("The April 29 call, released that day, was leaked.", date(2025, 11, 2))
    m = next(x for x in found if x.text == "April 29")
    assert m.value == "2025-04-29"
    assert "past-tense" in m.how


def test_month_day_in_future_context_prefers_later_date():
    assert value_of("The summit will be held on April 29 in Rome.", "April 29", date(2025, 11, 2)) == "2026-04-29"


def test_month_day_without_tense_is_nearest():
    assert value_of("Deadline: January 3.", "January 3", date(2025, 12, 20)) == "2026-01-03"
    assert value_of("Deadline: December 3.", "December 3", date(2025, 12, 20)) == "2025-12-03"


@pytest.mark.parametrize("phrase", ["March 28", "March 28th", "28 March", "the 28th of March"])
def test_month_day_forms(phrase):
    assert value_of(f"The law passed on {phrase}, officials said.", phrase, WED) == "2025-03-28"


def test_abbreviated_month_day():
    assert value_of("Shares fell on Nov. 2, analysts said.", "Nov. 2", date(2025, 11, 20)) == "2025-11-02"


def test_last_month_day():
    m = only("It happened last March 4 in Ottawa.")
    assert (m.text, m.value) == ("last March 4", "2025-03-04")


# --------------------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    "phrase,value",
    [
        ("Nov. 2, 2025", "2025-11-02"),
        ("November 2nd, 2025", "2025-11-02"),
        ("2025-04-30", "2025-04-30"),
        ("April 30, 2025", "2025-04-30"),
        ("30 April 2025", "2025-04-30"),
        ("Wednesday, April 30, 2025", "2025-04-30"),
        ("4/30/2025", "2025-04-30"),
    ],
)
def test_absolute_dates_resolve_without_publication_date(phrase, value):
    m = only(f"The agreement was signed {phrase} in Geneva.", None)
    assert (m.text, m.value, m.granularity, m.relative) == (phrase, value, "day", False)
    assert m.start == m.end == date.fromisoformat(value)
    assert m.unresolved_reason is None


def test_month_year_and_year():
    m = only("Prices peaked in November 2024.", None)
    assert (m.value, m.granularity, m.start, m.end) == ("2024-11", "month", date(2024, 11, 1), date(2024, 11, 30))
    m = only("The company was founded in 2025.", None)
    assert (m.value, m.granularity, m.start, m.end) == ("2025", "year", date(2025, 1, 1), date(2025, 12, 31))


def test_decade_and_century():
    m = only("Crime fell sharply in the 1990s.")
    assert (m.text, m.value, m.granularity, m.start, m.end) == (
        "the 1990s",
        "199",
        "decade",
        date(1990, 1, 1),
        date(1999, 12, 31),
    )
    assert only("It was the bloodiest war of the 20th century.").value == "19"


def test_year_ranges_give_two_years():
    found = times("The pandemic of 2009-2010 and the season of 1957-58.", None)
    assert [m.value for m in found] == ["2009", "2010", "1957", "1958"]


def test_invalid_calendar_date_is_unresolved():
    m = only("The memo was dated February 30, 2025.", None)
    assert m.value is None and m.unresolved_reason


# --------------------------------------------------------------------------- relative to publication


@pytest.mark.parametrize(
    "sentence,phrase,value,typ",
    [
        ("Police arrested him yesterday.", "yesterday", "2025-04-29", "DATE"),
        ("The report is released today.", "today", "2025-04-30", "DATE"),
        ("The court rules tomorrow.", "tomorrow", "2025-05-01", "DATE"),
        ("The band plays tonight.", "tonight", "2025-04-30TNI", "TIME"),
        ("Traders were nervous this morning.", "this morning", "2025-04-30TMO", "TIME"),
        ("Sales fell last week.", "last week", "2025-W17", "DATE"),
        ("He resigned earlier this week.", "earlier this week", "2025-W18", "DATE"),
        ("Talks continue this week.", "this week", "2025-W18", "DATE"),
        ("Inflation rose last month.", "last month", "2025-03", "DATE"),
        ("The law takes effect next month.", "next month", "2025-05", "DATE"),
        ("Growth slowed this year.", "this year", "2025", "DATE"),
        ("Growth slowed last year.", "last year", "2024", "DATE"),
        ("Growth will pick up next year.", "next year", "2026", "DATE"),
        ("He was elected last November.", "last November", "2024-11", "DATE"),
        ("He was elected in November.", "November", "2024-11", "DATE"),
        ("He left earlier in April.", "earlier in April", "2025-04", "DATE"),
        ("The office closed two weeks ago.", "two weeks ago", "2025-W16", "DATE"),
        ("The office closed four years ago.", "four years ago", "2021", "DATE"),
        ("The office closed ten days ago.", "ten days ago", "2025-04-20", "DATE"),
        ("Profits fell in the third quarter.", "the third quarter", "2024-Q3", "DATE"),
        ("Profits fell in the first quarter.", "the first quarter", "2025-Q1", "DATE"),
        ("It was hot last summer.", "last summer", "2024-SU", "DATE"),
        ("The new line opens this fall.", "this fall", "2025-FA", "DATE"),
        ("Prices are now falling.", "now", "PRESENT_REF", "DATE"),
        ("He currently lives abroad.", "currently", "PRESENT_REF", "DATE"),
        ("We will know more in the coming days.", "the coming days", "FUTURE_REF", "DATE"),
        ("Ministers meet in the coming week.", "the coming week", "FUTURE_REF", "DATE"),
        ("The prices rose by the end of the year.", "the end of the year", "2024", "DATE"),
        ("The doors open at 10 a.m.", "10 a.m.", "2025-04-30T10:00", "TIME"),
        ("The doors opened at 9:30 p.m. Tuesday.", "9:30 p.m. Tuesday", "2025-04-29T21:30", "TIME"),
    ],
)
def test_relative_expressions(sentence, phrase, value, typ):
    found = [m for m in times(sentence) if m.text == phrase]
    assert found, [(m.text, m.value) for m in times(sentence)]
    m = found[0]
    assert (m.value, m.type) == (value, typ), m.how
    assert m.relative
    assert "published Wed 2025-04-30" in m.how


def test_week_value_has_iso_range():
    m = only("Sales fell last week.")
    assert (m.granularity, m.start, m.end) == ("week", date(2025, 4, 21), date(2025, 4, 27))


def test_anchored_to_another_event_is_unresolved():
    m = only("The fire broke out and three days later it was contained.")
    assert (m.text, m.value) == ("three days later", None)
    assert "another" in m.unresolved_reason


@pytest.mark.parametrize(
    "sentence,phrase",
    [
        ("The plant opened in 1990. The next year, it closed.", "The next year"),
        ("He was arrested on a Monday and the next week he was charged.", "the next week"),
        ("The talks failed; the next month the strike began.", "the next month"),
    ],
)
def test_the_next_period_of_a_story_is_not_counted_from_publication(sentence, phrase):
    # as "the following year": the period after the one the story tells, not the one after publication
    found = [m for m in times(sentence) if m.text == phrase]
    assert found and found[0].value is None, [(m.text, m.value) for m in times(sentence)]
    assert "another" in found[0].unresolved_reason


@pytest.mark.parametrize(
    "sentence,phrase,value",
    [
        ("The ministry will decide in the next month.", "the next month", "2025-05"),
        ("Prices should ease over the next year.", "the next year", "2026"),
        ("The minister said she will resign the next month.", "the next month", "2025-05"),
    ],
)
def test_the_next_period_from_now_is_counted_from_publication(sentence, phrase, value):
    assert value_of(sentence, phrase) == value


@pytest.mark.parametrize(
    "sentence,phrase,value",
    [
        ("The trial lasted two months.", "two months", "P2M"),
        ("He served three years in prison.", "three years", "P3Y"),
        ("The flight took 90 minutes.", "90 minutes", "PT90M"),
        ("A four-week strike ended.", "four-week", "P4W"),
        ("Prices rose over the past two years.", "the past two years", "P2Y"),
        ("It rained for several days.", "several days", "PXD"),
        ("Talks went on for a year and a half.", "a year and a half", "P1Y6M"),
    ],
)
def test_durations(sentence, phrase, value):
    found = [m for m in times(sentence) if m.text == phrase]
    assert found, [(m.text, m.value) for m in times(sentence)]
    assert (found[0].type, found[0].value, found[0].start) == ("DURATION", value, None)


def test_ages_are_not_durations():
    assert times("His 22-year-old son and a 5 years old girl were found.") == []


def test_sets():
    assert only("The paper is published daily.").value == "P1D"
    assert only("The board meets twice a year.").type == "SET"
    assert only("Inspections happen every month.").value == "P1M"


# --------------------------------------------------------------------------- no misfires


@pytest.mark.parametrize(
    "sentence",
    [
        "You may go if you like.",
        "The march on Washington drew thousands.",
        "The March on Washington drew thousands.",
        "A second call came from the embassy.",
        "May I ask a question?",
        "He may resign, she said.",
        "Prices fall when supply rises.",
        "The team scored 2000 points.",
        "He paid $2015 for the car.",
        "The plant employs about 1900 workers.",
        "April Ryan asked the question.",
        "The Sunday Times reported the story.",
    ],
)
def test_no_misfires(sentence):
    assert times(sentence) == [], [(m.text, m.value) for m in times(sentence)]


@pytest.mark.parametrize(
    "sentence", ["In May the vote was held.", "Since May, prices have risen.", "It will end by May."]
)
def test_may_is_a_month_after_a_preposition(sentence):
    m = only(sentence)
    assert m.text == "May" and m.value is not None and m.value.endswith("-05")


def test_may_with_day_number_or_year_is_a_month():
    assert only("The plant closed on May 5.", date(2025, 6, 1)).value == "2025-05-05"
    assert value_of("The plant closed on May 5, 2024.", "May 5, 2024", None) == "2024-05-05"
    assert value_of("The plant closed in May 2024.", "May 2024", None) == "2024-05"


# --------------------------------------------------------------------------- unknown publication date


@pytest.mark.parametrize(
    "sentence",
    [
        "He left yesterday.",
        "He left on Friday.",
        "He left last week.",
        "He left on March 3.",
        "He left two weeks ago.",
        "Prices are now higher.",
    ],
)
def test_relative_without_publication_date_is_unresolved(sentence):
    m = only(sentence, None)
    assert m.value is None
    assert m.unresolved_reason == UNKNOWN_PUBLICATION
    assert m.relative
    assert m.start is None and m.end is None


def test_absolute_without_publication_date_still_resolves():
    found = times("He left on March 3, 2024, and came back yesterday.", None)
    assert [(m.text, m.value) for m in found] == [("March 3, 2024", "2024-03-03"), ("yesterday", None)]


# --------------------------------------------------------------------------- spans, ordering, determinism

ARTICLE = (
    "OTTAWA (Reuters) - The prime minister said on Friday that the budget, first promised in "
    "March 2024, would be tabled next week. Opposition leaders met on Tuesday morning and again "
    'yesterday. "We have waited two years," one said. The plan was first drafted on Nov. 2, 2023, '
    "and revised last month; a vote is expected by the end of the year, or in early 2026. "
    "Inflation in the third quarter was 2.1 percent, down from 3 percent a year ago."
)


def test_spans_slice_back_to_text_and_are_sorted():
    found = times(ARTICLE)
    assert len(found) >= 10
    for m in found:
        assert ARTICLE[m.span.start : m.span.end] == m.text
        assert m.article == "a1"
        assert (m.value is None) == (m.unresolved_reason is not None)
        assert m.how
    spans = [(m.span.start, m.span.end) for m in found]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_deterministic():
    first = times(ARTICLE)
    for _ in range(3):
        assert times(ARTICLE) == first


def test_start_end_window_gives_absolute_offsets():
    whole = times(ARTICLE)
    s = ARTICLE.index("Opposition")
    e = ARTICLE.index('"We')
    part = times(ARTICLE, start=s, end=e)
    assert [m.text for m in part] == ["Tuesday morning", "yesterday"]
    assert all(s <= m.span.start and m.span.end <= e for m in part)
    assert part == [m for m in whole if s <= m.span.start and m.span.end <= e]
    assert times(ARTICLE, start=10, end=10) == []


# --------------------------------------------------------------------------- resolve_phrase


def test_resolve_phrase_uses_context_for_tense():
    past = resolve_phrase("Tuesday", WED, context="The board [[Tuesday]] rejected the offer.")
    future = resolve_phrase("Tuesday", WED, context="The board will vote on Tuesday on the offer.")
    assert past.value == "2025-04-29"
    assert future.value == "2025-05-06"
    assert (past.article, past.span.start, past.span.end, past.text) == ("", 0, 7, "Tuesday")


def test_resolve_phrase_without_context_and_unknown():
    assert resolve_phrase("last week", WED).value == "2025-W17"
    assert resolve_phrase("the 1990s", None).value == "199"
    assert resolve_phrase("the red car", WED) is None
    assert resolve_phrase("", WED) is None


def test_resolve_phrase_with_unknown_publication():
    m = resolve_phrase("yesterday", None)
    assert m.value is None and m.unresolved_reason == UNKNOWN_PUBLICATION


# --------------------------------------------------------------------------- repetition
# (speed is measured by benchmarks/eval_timex.py, never by a timed test)


def test_an_article_repeated_gives_each_expression_once_per_copy():
    one = extract_times("x", ARTICLE, WED)
    text = ARTICLE * 8
    eight = extract_times("x", text, WED)
    assert len(one) > 0
    assert len(eight) == 8 * len(one)
    assert [t.value for t in eight] == [t.value for t in one] * 8


# --------------------------------------------------------------------------- public data (skipped when absent)


def _data_root() -> Path:
    env = os.environ.get("FACTCHECK_DATA")
    return Path(env) if env else Path(__file__).resolve().parents[1].parent / "shared" / "data"


_RELATIVE = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    r"|tomorrow|(?:last|next|this)\s+(?:week|month|year))\b",
    re.I,
)


@pytest.mark.data
def test_tempeval3_platinum_relative_dates_given_gold_spans():
    path = _data_root() / "tempeval3" / "timex_platinum.jsonl"
    if not path.exists():
        pytest.skip("TempEval-3 data not available")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if r["type"] == "DATE" and _RELATIVE.search(r["text"])]
    assert len(rows) >= 20
    ok = 0
    for r in rows:
        m = resolve_phrase(r["text"], date.fromisoformat(r["dct"][:10]), context=r["context"])
        ok += m is not None and m.value == r["value"]
    assert ok / len(rows) >= 0.85


# --------------------------------------------------------------------------- discourse and reporting periods


def test_year_earlier_comparison_uses_the_reported_quarter():
    text = "Profit in the third quarter rose 12% to $40 million from $35.7 million a year earlier, the company said."
    found = {m.text: m for m in times(text, date(2025, 10, 28))}
    assert found["the third quarter"].value == "2025-Q3"
    m = found["a year earlier"]
    assert m.value == "2024-Q3"
    assert "the third quarter" in m.how


def test_year_earlier_without_a_reported_period_is_unresolved():
    m = only("A year earlier, the two had met in secret.", date(2025, 10, 28))
    assert m.value is None and m.unresolved_reason


def test_same_period_last_year():
    text = "Sales fell 35% in January, compared to the same month a year ago."
    found = {m.text: m.value for m in times(text, date(2025, 2, 3))}
    assert found == {"January": "2025-01", "the same month a year ago": "2024-01"}


def test_quarter_ended_on_a_date():
    found = {m.text: m.value for m in times("Net income for the quarter ended Sept. 30 rose.", date(2025, 10, 20))}
    assert found["the quarter"] == "2025-Q3"
    assert found["Sept. 30"] == "2025-09-30"


def test_end_of_year_in_past_and_future_context():
    assert value_of("Cases peaked by the end of the year.", "the end of the year", date(2025, 3, 22)) == "2024"
    assert value_of("The deal will close by the end of the year.", "the end of the year", date(2025, 3, 22)) == "2025"


def test_until_marks_a_deadline_after_the_event():
    assert value_of("The match was postponed until Saturday.", "Saturday", date(2025, 3, 28)) == "2025-03-29"
    assert (
        value_of("Officials gave the firm until mid-November to reply.", "mid-November", date(2025, 10, 30))
        == "2025-11"
    )
    assert value_of("They had not named a suspect until Thursday.", "Thursday", date(2025, 3, 28)) == "2025-03-27"


def test_weekends_and_sunday_publication():
    assert value_of("Fighting continued over the weekend.", "the weekend", date(2025, 4, 28)) == "2025-W17-WE"
    assert value_of("Talks resume next weekend.", "next weekend", date(2025, 4, 28)) == "2025-W19-WE"
    # published on a Sunday, "last week" is the week now ending
    assert value_of("Sales fell last week.", "last week", date(2025, 4, 27)) == "2025-W17"


def test_times_with_dates_and_time_zones():
    assert value_of("Trading halted at 16:08 UTC on Friday.", "16:08 UTC on Friday", FRI) == "2025-03-28T16:08Z"
    assert value_of("Bids are due by 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", date(2025, 11, 2)) == "2025-11-09T17:00"
    assert value_of("He will leave at 4 in the morning.", "4 in the morning", WED) == "2025-04-30T04:00"
    assert value_of("It closes at midnight Friday.", "midnight Friday", FRI) == "2025-03-28T24:00"


def test_years_in_words_and_abbreviated_years():
    assert value_of("It began in nineteen ninety-six.", "nineteen ninety-six", None) == "1996"
    assert (
        value_of("Prices last fell this low in January nineteen ninety-seven.", "January nineteen ninety-seven", None)
        == "1997-01"
    )
    assert value_of("The index is at its lowest level since '82.", "'82", date(2008, 10, 27)) == "1982"
    assert times("He paid two thousand dollars.", None) == []


def test_halves_seasons_and_holidays():
    assert value_of("Sales rose in the first half of 2024.", "the first half of 2024", None) == "2024-H1"
    assert value_of("The index fell in the winter of 2021.", "the winter of 2021", None) == "2021-WI"
    assert value_of("Shoppers spent less last Christmas.", "last Christmas", WED) == "2024-12-25"
    assert value_of("Polls close on Election Day.", "Election Day", date(2024, 10, 1)) == "2024-11-05"
    m = only("Shoppers spent less in the third quarter of 2024.", None)
    assert (m.value, m.start, m.end) == ("2024-Q3", date(2024, 7, 1), date(2024, 9, 30))


def test_very_old_dates_do_not_crash():
    m = only("The glass was made 4,000 years ago.")
    assert m.value is None and m.unresolved_reason


def test_every_resolved_relative_mention_explains_its_anchor():
    for m in times(ARTICLE):
        if m.relative and m.value is not None:
            assert "published Wed 2025-04-30" in m.how or "named in the text" in m.how, m.how
        assert m.text in m.how or m.how.startswith("'")


def test_resolve_phrase_sees_reporting_period_in_context():
    ctx = "Third-quarter profit rose 19% from [[a year ago]] on strong demand."
    assert resolve_phrase("a year ago", date(2025, 10, 26), context=ctx).value == "2024-Q3"


def test_resolve_phrase_accepts_isolated_reference_words():
    assert resolve_phrase("current", WED, context="given the [[current]] weak economy").value == "PRESENT_REF"
    assert resolve_phrase("future", WED).value == "FUTURE_REF"
    # the same words are not extracted from running text
    assert times("The current account and future plans were discussed.") == []


def _parse_tml(path: Path) -> tuple[date, str, list[tuple[int, int, str]]]:
    import html

    raw = path.read_text(encoding="utf-8")
    dct = date.fromisoformat(re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, re.S).group(1))
    src = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    out, gold, pos, n, open_ = [], [], 0, 0, []
    for t in re.finditer(r"<(/?)(\w+)([^>]*)>", src):
        chunk = html.unescape(src[pos : t.start()])
        out.append(chunk)
        n += len(chunk)
        pos = t.end()
        if t.group(2) == "TIMEX3":
            if not t.group(1):
                open_.append((n, re.search(r'value="([^"]*)"', t.group(3)).group(1)))
            else:
                s, v = open_.pop()
                gold.append((s, n, v))
    out.append(html.unescape(src[pos:]))
    return dct, "".join(out), gold


@pytest.mark.data
def test_tempeval3_platinum_end_to_end_value_f1():
    folder = _data_root() / "tempeval3" / "Evaluation" / "te3-platinum"
    files = sorted(folder.glob("*.tml")) if folder.is_dir() else []
    if not files:
        pytest.skip("TempEval-3 platinum data not available")
    tp_p = tp_r = n_p = n_g = 0
    for f in files:
        dct, text, gold = _parse_tml(f)
        found = extract_times(f.name, text, dct)
        n_p += len(found)
        n_g += len(gold)
        tp_p += sum(any(m.span.start < e and s < m.span.end and m.value == v for s, e, v in gold) for m in found)
        tp_r += sum(any(m.span.start < e and s < m.span.end and m.value == v for m in found) for s, e, v in gold)
    p, r = tp_p / n_p, tp_r / n_g
    assert 2 * p * r / (p + r) >= 0.80


def test_the_day_in_market_reports_is_the_day_reported():
    text = "On Monday the index fell 3%, ending the day at 7,114. Later in the day, it rose."
    found = [(m.text, m.value) for m in times(text, date(2025, 2, 25))]
    assert found == [("Monday", "2025-02-24"), ("the day", "2025-02-24"), ("the day", "2025-02-24")]
    assert value_of("Shares ended the day higher.", "the day", date(2025, 2, 25)) == "2025-02-25"
    assert times("The day before the vote, he left.", WED)[0].value is None


@pytest.mark.parametrize(
    "sentence,expected",
    [
        # the second of two days told together takes the tense of the first
        # (the "will" 13 words before the first day, 15 before the second)
        (
            "The Northvale council will hold hearings on the plan for the big new Acme plant on Saturday and Sunday.",
            "2025-05-04",
        ),
        (
            "The Northvale council will hold hearings on the plan for the big new Acme plant from Monday to Tuesday.",
            "2025-05-06",
        ),
        (
            "The Northvale council held hearings on the plan for the big new Acme plant on Saturday and Sunday.",
            "2025-04-27",
        ),
    ],
)
def test_a_day_paired_with_another_takes_its_tense(sentence, expected):
    assert times(sentence)[-1].value == expected


def test_a_paired_day_with_a_cue_of_its_own_keeps_it():
    text = "Tom Reyes was arrested on Sunday and Monday's hearing will decide his bail."
    assert [m.value for m in times(text)] == ["2025-04-27", "2025-05-05"]
