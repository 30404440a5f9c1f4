"""Time expression extraction and resolution.

Candidates are found with compiled regular expressions (never with a date
library's free-text search, which misfires on "may", "march" or "second"),
then resolved against the publication date with explicit rules:

* a bare weekday is the most recent such day, the publication day included,
  unless the clause around it is clearly about the future;
* a month-day without a year is the nearest such date, biased by tense;
* ``last week`` / ``this month`` / ``next year`` / ``two weeks ago`` are
  counted from the publication date;
* ``three days later`` is anchored to another event, so it stays unresolved;
  the exceptions are comparisons with a reporting period named just before
  ("profit in the third quarter rose from a year earlier" -> the third quarter
  of the year before) and "the quarter" / "the day" of financial reports,
  which take the last such period named in the text.

Without a publication date, anything relative to it is returned with value
None and ``unresolved_reason`` = :data:`UNKNOWN_PUBLICATION`; absolute dates
still resolve.

``dateparser`` is used only to read extracted absolute phrases
("Nov. 2, 2025", "November 2024"), with ``RELATIVE_BASE`` set to the
publication date and results cached.

Values follow TIMEX3 conventions: ``2025-03-28``, ``2025-03``, ``2025-W14``,
``2025-W14-WE``, ``2025-Q3``, ``2025-H1``, ``2025-SU``, ``2025``, ``199``
(a decade), ``19`` (a century), ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``,
``2025-03-28T10:00`` / ``2025-03-28TMO`` (times), ``P2M`` (durations) and
``XXXX-WXX-5`` style values for sets.

The package, by job: :mod:`.vocab` (words and pattern parts), :mod:`.values`
(TIMEX3 values), :mod:`.tense`, :mod:`.core` (context, result, the rule
registry), the rules (:mod:`.rules_dates`, :mod:`.rules_years`,
:mod:`.holidays`, :mod:`.rules_relative`, :mod:`.rules_durations`,
:mod:`.rules_clock`), :mod:`.discourse` and :mod:`.scanner`.
"""

from __future__ import annotations

import re
from datetime import date

from ...model.models import Span, TimeMention
from .core import _Ctx, _Res
from .scanner import _scan
from .tense import _tense
from .values import _pubstr, _Val
from .vocab import ANAPHORIC, OUT_OF_RANGE, UNKNOWN_PUBLICATION

__all__ = ["ANAPHORIC", "OUT_OF_RANGE", "UNKNOWN_PUBLICATION", "extract_times", "resolve_phrase"]


def _to_mention(
    article_id: str, text: str, res: _Res, span: tuple[int, int] | None = None, surface: str | None = None
) -> TimeMention:
    s, e = span if span else (res.start, res.end)
    v = res.val or _Val(None, "unknown")
    reason = res.reason
    if v.value is None and reason is None:
        reason = "could not be resolved"
    return TimeMention(
        article=article_id,
        span=Span(start=s, end=e),
        text=surface if surface is not None else text[s:e],
        type=res.type,
        value=v.value,
        granularity=v.gran
        if v.gran in ("time", "day", "week", "month", "quarter", "season", "year", "decade")
        else "unknown",
        start=v.start,
        end=v.end,
        relative=res.relative,
        how=res.how,
        unresolved_reason=reason if v.value is None else None,
    )


def extract_times(
    article_id: str, text: str, published: date | None, *, start: int = 0, end: int | None = None
) -> list[TimeMention]:
    """Find and resolve the time expressions in ``text[start:end]``.

    Spans are absolute offsets into ``text``; the result is sorted by span and
    does not depend on anything but the arguments.
    """
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    ctx = _Ctx(text, published)
    return [_to_mention(article_id, text, res) for res, _ in _scan(ctx, start, end)]


def _locate(phrase: str, context: str) -> tuple[str, int] | None:
    marked = f"[[{phrase}]]"
    i = context.find(marked)
    if i >= 0:
        return context[:i] + phrase + context[i + len(marked) :], i
    i = context.find(phrase)
    if i >= 0:
        return context, i
    i = context.lower().find(phrase.lower())
    if i >= 0:
        return context, i
    return None


# Words that are time expressions only when something else has already decided
# that they are (extract_times leaves them alone: they misfire too often).
_ISOLATED_REFS = {
    "current": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "present": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "ongoing": "PRESENT_REF",
    "already": "PRESENT_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "later": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "short-term": "FUTURE_REF",
    "long-term": "FUTURE_REF",
    "near-term": "FUTURE_REF",
    "eventually": "FUTURE_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "once": "PAST_REF",
    "earlier": "PAST_REF",
    "at the time": "PAST_REF",
}


def _isolated_ref(phrase: str, published: date | None) -> TimeMention | None:
    key = " ".join(phrase.lower().split())
    key = re.sub(r"^(?:in|for|at)\s+(?=the\s)", "", key)
    val = _ISOLATED_REFS.get(key)
    if val is None:
        return None
    if published is None:
        return TimeMention(
            article="",
            span=Span(start=0, end=len(phrase)),
            text=phrase,
            value=None,
            relative=True,
            how=f"'{phrase}': {val} reference; publication date unknown",
            unresolved_reason=UNKNOWN_PUBLICATION,
        )
    st = published if val == "PRESENT_REF" else None
    return TimeMention(
        article="",
        span=Span(start=0, end=len(phrase)),
        text=phrase,
        value=val,
        relative=True,
        start=st,
        end=st,
        how=f"'{phrase}', {_pubstr(published)} -> given as a time expression: {val}",
    )


def resolve_phrase(phrase: str, published: date | None, *, context: str = "") -> TimeMention | None:
    """Resolve one already-isolated time expression.

    ``context`` is the sentence around it (used for tense); the phrase may be
    marked in it as ``[[phrase]]``. Returns None when nothing in the phrase is
    recognised as a time expression.
    """
    if not phrase.strip():
        return None
    loc = _locate(phrase, context) if context else None
    if loc is None:
        text, ps = phrase, 0
    else:
        text, ps = loc
    pe = ps + len(phrase)
    ctx = _Ctx(text, published)
    prior = _scan(ctx, 0, ps) if ps > 0 else []
    found = _scan(ctx, ps, pe, prior)
    if not found and loc is not None:
        # the phrase alone, with the sentence still used for tense
        ctx = _Ctx(phrase, published, tense_override=lambda: _tense(text, ps, pe))
        found = _scan(ctx, 0, len(phrase))
        ps = 0
    if not found:
        return _isolated_ref(phrase, published)
    res, _ = max(found, key=lambda t: (t[0].end - t[0].start, -t[0].start))
    m = _to_mention("", phrase, res, span=(0, len(phrase)), surface=phrase)
    inner = ctx.text[res.start : res.end]
    if inner.strip() != phrase.strip():
        m = m.model_copy(update={"how": f"{m.how} (recognised '{inner}' within '{phrase}')"})
    return m
