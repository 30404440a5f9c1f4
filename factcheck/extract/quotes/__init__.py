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

Speakers are found with generic patterns around the quotation: ``"…," X
said`` / ``"…," said X`` / ``X said, "…"`` / ``X said: "…"`` / ``X said that
… "…"`` / ``according to X, "…"`` / ``"…" reads X's readout`` / ``"…," X was
counselled to say`` / ``X called it "…"`` / ``X described … as "…"`` / ``X's
assertion that … "…"``, with the speech verbs of :data:`SPEECH_VERBS`. X is a
name or title phrase ("Ruritanian President Jane Roe", "Palace
spokesperson John Doe", "a BBC reporter", "the ministry", "the memo", "Ruritania’s
official readout") or a pronoun (he/she/they/it). A fragment inside a sentence
("Roe said Doe “couldn’t have been nicer”") gets the subject of the
nearest speech verb before it, or failing that the subject of the sentence. A
quotation that opens a sentence without attribution takes the speaker of the
quotation before it in the same paragraph; a paragraph that is only a
quotation takes the speaker of the paragraph before.

:func:`normalize_quote` and :func:`compare_quotes` tell whether two articles
quote the same words, a fragment of them, or a reworded version.

The modules, one job each: ``vocab`` (speech verbs and attributing nouns),
``phrases`` (the word classes of a speaker phrase), ``marks`` (classifying and
pairing the marks), ``context`` (masked text, paragraphs, sentence bounds,
tokens), ``attribution`` (the speaker patterns), ``inherit`` (speakers for
unattributed quotations), ``extraction`` (:func:`extract_quotes`) and
``compare`` (:func:`normalize_quote`, :func:`compare_quotes`).
"""

from __future__ import annotations

from .compare import VARIANT_MIN_RUN, VARIANT_MIN_SHARE, QuoteComparison, compare_quotes, normalize_quote
from .extraction import extract_quotes
from .vocab import NOUN_CUES, PRONOUNS, SPEECH_VERBS

__all__ = [
    "NOUN_CUES",
    "PRONOUNS",
    "SPEECH_VERBS",
    "VARIANT_MIN_RUN",
    "VARIANT_MIN_SHARE",
    "QuoteComparison",
    "compare_quotes",
    "extract_quotes",
    "normalize_quote",
]
