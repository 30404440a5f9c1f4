"""Relative dates inside a quotation, resolved against when it was said.

In "'I spoke to him yesterday,' the minister said Wednesday" the speaker's
"yesterday" is the day before the Wednesday the words were said, not the day
before the article was published. When the reporting verb of a quotation
carries a time of its own that names one day ("said Wednesday", "told
reporters on April 29, 2025"), the relative time expressions inside the
quoted words (a weekday, "yesterday", "last week", "tomorrow") are resolved
again with that day in place of the publication date, and their explanation
says so. Without such a time, or when it is the publication day, nothing
changes. Absolute dates inside the quotation never change.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Token

from ..model.models import TimeMention
from .timex import extract_times
from .timex.values import _pubstr

#: Dependents of the reporting verb that are clauses of their own: a day heading
#: one ("said the meeting was Wednesday") dates that clause, not the saying.
_CLAUSAL = frozenset({"ccomp", "xcomp", "advcl", "parataxis", "conj", "csubj", "acl", "acl:relcl", "relcl", "list"})


def said_on(verb: Token, base: int, times: Sequence[TimeMention], quote: tuple[int, int]) -> TimeMention | None:
    """The time of one day attached to the reporting verb, outside the
    quotation: "said Wednesday", "said on Wednesday", "told reporters on
    April 29"."""
    a, b = quote
    for child in verb.children:
        if child.dep_ in _CLAUSAL:
            continue  # (the parser may call "said Wednesday" a subject: any other relation counts)
        at = base + child.idx
        if a <= at < b:
            continue
        for t in times:
            if (
                t.span.start <= at < t.span.end
                and t.type == "DATE"
                and t.granularity == "day"
                and t.start is not None
                and t.start == t.end
            ):
                return t
    return None


def reanchor(
    article_id: str,
    text: str,
    published: date | None,
    said: Iterable[tuple[tuple[int, int], TimeMention]],
    times: Sequence[TimeMention],
) -> dict[tuple[int, int], TimeMention]:
    """The relative times inside each quotation resolved against the day it
    was said, by span; ``said`` pairs a quotation's span with the time of its
    reporting verb."""
    out: dict[tuple[int, int], TimeMention] = {}
    for (a, b), when in said:
        day = when.start
        if day is None or day == published:
            continue
        for t in times:
            if not (a <= t.span.start and t.span.end <= b) or not t.relative or t.type not in ("DATE", "TIME"):
                continue
            again = next(
                (
                    m
                    for m in extract_times(article_id, text, day, start=t.span.start, end=t.span.end)
                    if m.span == t.span
                ),
                None,
            )
            if again is None or again.value is None or again.value == t.value:
                continue
            how = f"said '{when.text}' ({day.isoformat()}), so read from that day: " + again.how.replace(
                _pubstr(day), f"said {day:%a} {day.isoformat()}"
            )
            out[(t.span.start, t.span.end)] = again.model_copy(update={"how": how})
    return out
