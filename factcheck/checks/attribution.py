"""attribution: the same quotation attributed to different speakers.

When the lexicon says one speaker speaks for the other (a leader's office),
the finding is lowered to info: both attributions can be right.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

import networkx as nx
from pydantic import BaseModel, ConfigDict, Field

from ..engine.corpus import Corpus
from ..extract.quotes import normalize_quote
from ..knowledge.lexicon import Lexicon
from ..model.models import Finding, Label, Quote, Severity
from ..text.words import PRONOUNS
from ._common import short
from ._quotepairs import quote_pairs, speaker_name
from .base import RuleView, default_severities, make_finding

CATEGORY: Final = "attribution"


def _by_pronoun(q) -> bool:
    return (q.speaker_text or "").strip().casefold() in PRONOUNS


def _one_edit(a: str, b: str) -> bool:
    """Spelled one letter apart (one letter added, dropped or changed)."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def _maybe_one_person(lex: Lexicon, a: str, b: str) -> bool:
    """A name of one word that is a word of the other name ("charlie" /
    "charlie-roe"), or the same name misspelt ("hefner" / "heffner",
    "hugh-hefner" / "heffner"): too close to say two people are meant.
    Two different lexicon entities never are."""
    if lex.entities.get(a) is not None and lex.entities.get(b) is not None:
        return False
    short, long = sorted((a.split("-"), b.split("-")), key=len)
    if len(short) != 1:
        return False
    word = short[0]
    if word in long:
        return True
    return len(word) >= 5 and _one_edit(word, long[-1])


def severities(severity: Severity, options: Options) -> dict[Label, Severity]:
    """Two unrelated speakers is a contradiction, at the rule's severity; two
    related ones (one speaks for the other) is possible, as info."""
    return default_severities(severity)


#: Two quotations of the same words: the same, or one part of the other.
SAME_WORDS = frozenset({"same", "partial"})


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_words: int = Field(4, ge=2, description="words the shared quotation needs")


def check(rule: RuleView, opts: Options, corpus: Corpus) -> Iterator[Finding]:
    """One finding per conflict: the quotations of one pair of speakers joined
    by the pairs that share their words (the words republished by several
    outlets under each name are one conflict, not one per pair of articles)."""
    lex = corpus.knowledge.lexicon
    conflicts: dict[tuple[str, str], nx.Graph] = {}  # (speaker a, speaker b) -> quotations linked by pairs
    # two speakers, not one person named two ways ("Mark Heller", "Mark Jay Heller")
    for a, b, _cmp in quote_pairs(corpus, opts.min_words, SAME_WORDS, two_speakers=True):
        assert a.speaker and b.speaker
        if _maybe_one_person(lex, a.speaker, b.speaker):
            continue  # "Charlie" / "Charlie Roe", "Heffner" / "Hugh Hefner"
        if _by_pronoun(a) or _by_pronoun(b):
            continue  # "he said": who "he" is was inferred, too weak to accuse a source
        if (b.speaker, a.speaker) in conflicts:
            a, b = b, a  # the sides as the speaker pair was first met
        graph = conflicts.setdefault((a.speaker or "", b.speaker or ""), nx.Graph())
        graph.add_edge(_where(a), _where(b))
        graph.nodes[_where(a)]["quote"], graph.nodes[_where(b)]["quote"] = a, b
    for (sa, sb), graph in conflicts.items():
        related = lex.related(sa, sb)
        for where in sorted(sorted(c) for c in nx.connected_components(graph)):
            yield _finding(rule, opts, corpus, sa, sb, [graph.nodes[w]["quote"] for w in where], related)


def _where(q: Quote) -> tuple[str, int]:
    return (q.article, q.span.start)


def _finding(
    rule: RuleView, opts: Options, corpus: Corpus, sa: str, sb: str, quotes: list[Quote], related: bool
) -> Finding:
    sides = [[q for q in quotes if q.speaker == speaker] for speaker in (sa, sb)]  # each in article order
    first_a, first_b = sides[0][0], sides[1][0]
    na, nb = speaker_name(corpus, first_a), speaker_name(corpus, first_b)
    claims = [
        corpus.claim(
            q.article,
            q.span.start,
            value=q.speaker_text or name,
            value_span=q.speaker_span,
            normalized=q.speaker,
            how=f"speaker of \u201c{short(q.text, 40)}\u201d",
            side=side,
        )
        for side, name, group in (("a", na, sides[0]), ("b", nb, sides[1]))
        for q in group
    ]
    shortest = min((q.text for q in quotes), key=len)
    return make_finding(
        rule,
        category=CATEGORY,
        message=f"\u201c{short(normalize_quote(shortest), 60)}\u201d is attributed to {na} by one source and to {nb} by another",
        claims=claims,
        severity=severities(rule.spec.severity, opts)["possible" if related else "contradiction"],
        label="possible" if related else "contradiction",
        conclusion=(
            f"{na} and {nb} are related (one speaks for the other): both attributions may be right"
            if related
            else "the same words cannot have two first speakers; one attribution is likely wrong"
        ),
    )
