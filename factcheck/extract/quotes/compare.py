"""Whether two articles quote the same words: :func:`normalize_quote` folds
marks, dashes, case and number formatting; :func:`compare_quotes` tells a
same, partial, variant or different quotation."""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

_QUOTE_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "″": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "−": "-",
        "‐": "-",
        "‑": "-",
        "…": " ",
        "\u00a0": " ",
    }
)


def normalize_quote(text: str) -> str:
    """Case-folded words of a quotation, for comparison: quote marks, dashes
    and apostrophes unified, apostrophes inside words dropped ("couldn’t" ->
    "couldnt"), other punctuation removed, white space collapsed. Thousands
    separators and decimal points between digits are kept as numbers
    ("2,000" -> "2000", "1.3" -> "1.3"); "%" reads "percent"."""
    s = unicodedata.normalize("NFKC", text).translate(_QUOTE_FOLD).casefold()
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    s = re.sub(r"(?<=\w)'(?=\w)", "", s)
    s = s.replace("%", " percent ")
    s = re.sub(r"(?<=\d)\.(?=\d)", "\x00", s)
    s = re.sub(r"[^\w\s\x00]|_", " ", s)
    s = s.replace("\x00", ".")
    return " ".join(s.split())


@dataclass(frozen=True)
class QuoteComparison:
    """How two quotations relate.

    ``relation``: ``same`` (equal once normalised), ``partial`` (one is a
    contiguous run of the other's words), ``variant`` (the same quotation with
    different words: a long common aligned part, at least 60% of the shorter
    one's words and a run of at least 4 shared words), ``different``.
    ``score`` is the character similarity of the normalised texts (0..1,
    rapidfuzz ``ratio``); ``removed``/``added`` the words only in ``a`` / only
    in ``b`` (word-level diff a -> b); ``overlap`` the number of words in the
    common aligned blocks and ``longest`` the longest common run of words.
    """

    relation: Literal["same", "partial", "variant", "different"]
    score: float
    removed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    overlap: int = 0
    longest: int = 0


VARIANT_MIN_SHARE = 0.6
VARIANT_MIN_RUN = 4


def _contiguous(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return any(long[i : i + n] == short for i in range(len(long) - n + 1))


def compare_quotes(a: str, b: str) -> QuoteComparison:
    """Compare two quotations word by word (see :class:`QuoteComparison`)."""
    na, nb = normalize_quote(a), normalize_quote(b)
    ta, tb = na.split(), nb.split()
    score = fuzz.ratio(na, nb) / 100.0
    if ta == tb:
        return QuoteComparison("same", 1.0, (), (), len(ta), len(ta))
    if not ta or not tb:
        return QuoteComparison("different", score, tuple(ta), tuple(tb), 0, 0)
    matcher = difflib.SequenceMatcher(None, ta, tb, autojunk=False)
    removed: list[str] = []
    added: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op in ("delete", "replace"):
            removed.extend(ta[i1:i2])
        if op in ("insert", "replace"):
            added.extend(tb[j1:j2])
    blocks = [blk for blk in matcher.get_matching_blocks() if blk.size]
    overlap = sum(blk.size for blk in blocks)
    longest = max((blk.size for blk in blocks), default=0)
    short, long = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    relation: Literal["same", "partial", "variant", "different"]
    if _contiguous(short, long):
        relation = "partial"
    elif overlap >= VARIANT_MIN_SHARE * len(short) and longest >= VARIANT_MIN_RUN:
        relation = "variant"
    else:
        relation = "different"
    return QuoteComparison(relation, score, tuple(removed), tuple(added), overlap, longest)
