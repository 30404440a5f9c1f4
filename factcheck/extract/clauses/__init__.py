"""Facts from the dependency tree: one fact per predicate.

A predicate is a verb (not an auxiliary, not a verb used as a modifier), or
the complement of a copula ("Smith is the chief executive": ``executive``).
Each fact holds the predicate's lemma (phrasal particles joined: "step
down"), its arguments with their roles after voice is undone (the subject
of a passive is the object, its by-phrase the subject), the subject a
predicate shares with another (conjoined predicates, control verbs
"refused to comment"), relative clauses read against their antecedent,
conjoined subjects split into one fact each, polarity and modality from
:mod:`.negation`, attribution from the reporting verb that governs the
clause (nested reports nested), and the values attached to the words of the
clause (numbers, ages, dates, places, ordinals).

Work is linear in the sentence: every token belongs to exactly one
predicate (its nearest predicate ancestor), which is how facts find their
own words, values and event triggers.
"""

from __future__ import annotations

from .attachments import attachments
from .context import REPORTING, SentenceContext, fact_id
from .facts import quote_reporters, reporting_verb, sentence_facts
from .predicates import is_predicate, lemma_of

__all__ = [
    "SentenceContext",
    "sentence_facts",
    "quote_reporters",
    "reporting_verb",
    "attachments",
    "fact_id",
    "is_predicate",
    "lemma_of",
    "REPORTING",
]
