"""quote_variant: the same quotation, worded differently by two sources.

Punctuation, case and quote style are ignored, and quoting a fragment of a
longer quotation is not a variant. Speakers must not be known to differ (that
is the attribution kind's business).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Final

from pydantic import BaseModel, ConfigDict, Field

from ..engine.corpus import Corpus
from ..extract.quotes import normalize_quote
from ..model.models import Finding
from ._common import short
from ._quotepairs import quote_pairs, speaker_name
from .base import RuleView, make_finding

FINDING_KIND: Final = "quote"


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_words: int = Field(4, ge=2, description="words a quotation needs to be compared")


def local_diff(a: str, b: str) -> tuple[list[str], list[str]]:
    """Word differences between two quotations, leaving out the words before
    and after the part both quote: quoting less of a sentence is not a
    change of wording."""
    ta, tb = normalize_quote(a).split(), normalize_quote(b).split()
    ops = difflib.SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes()
    while ops and ops[0][0] in ("insert", "delete"):
        ops.pop(0)
    while ops and ops[-1][0] in ("insert", "delete"):
        ops.pop()
    removed, added = [], []
    for op, i1, i2, j1, j2 in ops:
        if op in ("delete", "replace"):
            removed.extend(ta[i1:i2])
        if op in ("insert", "replace"):
            added.extend(tb[j1:j2])
    return removed, added


def check(rule: RuleView, corpus: Corpus) -> Iterator[Finding]:
    opts = rule.options
    assert isinstance(opts, Options)
    lex = corpus.knowledge.lexicon
    for a, b, cmp in quote_pairs(corpus, opts.min_words):
        if cmp.relation != "variant":
            continue
        removed, added = local_diff(a.text, b.text)
        if not removed and not added:
            continue  # one quotes more of the sentence than the other: not a variant
        if (
            a.speaker
            and b.speaker
            and not lex.same_person(a.speaker, b.speaker)
            and not lex.related(a.speaker, b.speaker)
        ):
            continue
        removed, added = local_diff(a.text, b.text)
        diff = []
        if removed:
            diff.append("only in the first: " + " ".join(removed))
        if added:
            diff.append("only in the second: " + " ".join(added))
        how = "; ".join(diff) or "worded differently"
        claims = [
            corpus.claim(
                a.article,
                a.span.start,
                value=a.text,
                value_span=a.span,
                normalized=normalize_quote(a.text),
                how=how,
                side="a",
            ),
            corpus.claim(
                b.article,
                b.span.start,
                value=b.text,
                value_span=b.span,
                normalized=normalize_quote(b.text),
                how=how,
                side="b",
            ),
        ]
        who = speaker_name(corpus, a if a.speaker else b)
        yield make_finding(
            rule,
            kind=FINDING_KIND,
            message=f"The quotation from {who} is worded differently: \u201c{short(a.text, 60)}\u201d vs \u201c{short(b.text, 60)}\u201d ({how})",
            claims=claims,
            conclusion="one source changed the wording of a direct quotation",
        )
