"""Direct quotations: where they are, who said them, and how two compare.

:func:`extract_quotes` finds quotations marked with curly or straight double
quotes (“ ” ") and with single quotes used as quotation marks (‘ ’ '), as
headlines use them, while leaving apostrophes alone (Smith's, Ruritania’s, won't,
’90s, rock ’n’ roll). It handles:

* nested quotes (“... the so-called ‘Reformer.’”): the outer quotation is kept
  whole and the inner one is reported too, without a speaker;
* a quotation running over several sentences or broken over several lines;
* the news convention where a paragraph opens a quotation without closing it
  and the next paragraph reopens it: one :class:`Quote` per paragraph, all
  sharing the speaker;
* unbalanced marks: never an error; an opening mark that is never closed runs
  to the end of its line, a stray closing mark is ignored. The result only
  depends on the text.

Speakers are read from the dependency parse by :func:`attribute_quotes`
(:mod:`.speakers`): the subject of the reporting verb that governs the quoted
words, the object of "according to", the owner of an attributing noun, or,
for a quotation standing as a sentence of its own, the report next to it;
nested reports stay nested ("A said B told him, '...'" is B's words).

:func:`normalize_quote` and :func:`compare_quotes` tell whether two articles
quote the same words, a fragment of them, or a reworded version.

The modules, one job each: ``marks`` (classifying and pairing the marks),
``extraction`` (:func:`extract_quotes`), ``speakers`` (:func:`attribute_quotes`)
and ``compare`` (:func:`normalize_quote`, :func:`compare_quotes`).
"""

from __future__ import annotations

from .compare import VARIANT_MIN_RUN, VARIANT_MIN_SHARE, QuoteComparison, compare_quotes, normalize_quote
from .extraction import extract_quotes
from .speakers import NOUN_CUES, QUOTE_VERBS, attribute_quotes

__all__ = [
    "NOUN_CUES",
    "QUOTE_VERBS",
    "VARIANT_MIN_RUN",
    "VARIANT_MIN_SHARE",
    "QuoteComparison",
    "attribute_quotes",
    "compare_quotes",
    "extract_quotes",
    "normalize_quote",
]
