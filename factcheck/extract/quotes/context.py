"""The text around quotations: the article with quotations masked, its
paragraphs and sentence boundaries (:class:`_Context`), and the word tokens
the attribution patterns read."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .phrases import _ABBREVIATIONS, _CONNECT, _DETS, _SKIP_BACK, _TITLE_ABBREVIATIONS, _TITLE_NOUNS
from .vocab import _SPEECH, PRONOUNS

_TOKEN = re.compile(
    r"(?:Mrs?|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Gov|Sen|Rep|Rev|Prof|Hon|St|Jr|Sr)\.|(?:[A-Z]\.){2,}|[^\W\d_](?:[\w’'&.-]*[^\W_])?|\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?|[^\w\s]"
)
_FUNCTION_END = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "about",
        "as",
        "into",
        "and",
        "or",
        "but",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "than",
    ]
)


def _hard_break(text: str, nl: int) -> bool:
    """Does the line break at ``nl`` end a sentence? Blank lines always do;
    a single break does not when the next line starts in lower case or with
    attaching punctuation, or the line before ends open (a link split a
    sentence over lines)."""
    j = nl + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j >= len(text) or text[j] == "\n":
        return True
    prev = text[text.rfind("\n", 0, nl) + 1 : nl].rstrip()
    if not prev:
        return True
    nxt = text[j]
    if nxt in ",;.:)]”’" or nxt.islower():
        return False
    if prev[-1] in '“‘("[,;—–':
        return False
    last = re.search(r"([A-Za-z’']+)$", prev)
    return not (last and last.group(1).lower() in _FUNCTION_END)


def _abbreviation(text: str, dot: int) -> str:
    """ "title" (Mr., U.S., J.), "other" (Inc., Nov.) or "" for the word before a full stop."""
    m = re.search(r"(?:^|[\s(“\"‘'])((?:[A-Za-z]\.)*[A-Za-z]+)$", text[max(0, dot - 20) : dot])
    if not m:
        return ""
    word = m.group(1)
    if "." in word or len(word) == 1 or word.lower() in _TITLE_ABBREVIATIONS:
        return "title"
    return "other" if word.lower() in _ABBREVIATIONS else ""


class _Context:
    """The article text with quotations masked, its sentences and paragraphs."""

    def __init__(self, text: str, regions: list[tuple[int, int]]):
        self.text = text
        inq = bytearray(len(text))
        chars = list(text)
        for a, b in regions:
            for p in range(a, min(b, len(text))):
                inq[p] = 1
                if chars[p] != "\n":
                    chars[p] = " "
        self.inq = inq
        self.masked = "".join(chars)
        self.hard = [i for i, ch in enumerate(text) if ch == "\n" and not inq[i] and _hard_break(text, i)]
        bounds = [-1, *self.hard, len(text)]
        self.paragraphs = [(a + 1, b) for a, b in zip(bounds, bounds[1:]) if text[a + 1 : b].strip()]
        self._para_starts = [a for a, _ in self.paragraphs]
        self.lower_words = {w for w in re.findall(r"\b[a-z][a-z’']+\b", text)}
        self.ends = [m.start() for m in re.finditer(r"[.!?]", text) if self._boundary_at(m.start())]

    def paragraph(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def paragraph_span(self, index: int) -> tuple[int, int]:
        return self.paragraphs[index] if 0 <= index < len(self.paragraphs) else (0, 0)

    def _boundary_at(self, i: int) -> bool:
        """Is the unmasked character at ``i`` a sentence-final . ! ? ?"""
        text = self.text
        if text[i] not in ".!?":
            return False
        j = i + 1
        if self.inq[i]:
            # “... the 51st ward.” Roe’s press secretary: a quotation ending a sentence
            if j >= len(text) or text[j] not in "”’\"'»":
                return False
            while j < len(text) and text[j] in "”’\"'»":
                j += 1
            k = j
            while k < len(text) and text[k] in " \t":
                k += 1
            return k < len(text) and k > j and (text[k].isupper() or text[k] in '“"‘')
        while j < len(text) and text[j] in "”’\"')":
            j += 1
        if j < len(text) and not text[j].isspace():
            return False
        abbr = _abbreviation(text, i) if text[i] == "." else ""
        if abbr == "title":
            return False  # Mr. Smith, U.S. President
        if abbr == "other":
            k = j
            while k < len(text) and text[k].isspace():
                k += 1
            return k < len(text) and text[k].isupper()
        return True

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding ``pos`` (at most 500 characters back)."""
        lo = max(0, pos - 500)
        k = bisect.bisect_left(self.hard, pos) - 1
        if k >= 0 and self.hard[k] >= lo:
            lo = self.hard[k] + 1
        k = bisect.bisect_right(self.ends, pos - 1) - 1  # a boundary at i: the next sentence starts at i + 1
        if k >= 0 and self.ends[k] + 1 > lo:
            lo = self.ends[k] + 1
        return lo

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding ``pos`` (at most 400 characters on)."""
        hi = min(len(self.text), pos + 400)
        k = bisect.bisect_right(self.hard, pos)
        if k < len(self.hard) and self.hard[k] < hi:
            hi = self.hard[k]
        k = bisect.bisect_left(self.ends, pos)
        if k < len(self.ends) and self.ends[k] + 1 < hi:
            hi = self.ends[k] + 1
        return hi


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


def _tokens(masked: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(masked, start, end)]


def _modifier(tok: _Tok) -> bool:
    """A lower-case word that may modify a title noun ("finance" in "the finance ministry")."""
    t = _strip_possessive(tok.text)
    return (
        t.isalpha()
        and t.islower()
        and t not in _SPEECH
        and t not in _SKIP_BACK
        and t not in _CONNECT
        and t not in _DETS
        and t not in _FUNCTION_END
        and t not in _TITLE_NOUNS
        and t not in PRONOUNS
        and t not in ("who", "whom", "which", "that", "to", "as", "said")
    )


def _possessive(word: str) -> bool:
    return word.endswith(("’s", "'s", "s’", "s'"))


def _strip_possessive(word: str) -> str:
    for suffix in ("’s", "'s"):
        if word.endswith(suffix):
            return word[: -len(suffix)]
    return word.rstrip("’'")
