"""Quotation marks and their pairing.

Each curly, straight or angle mark is classified (opening, closing, either,
apostrophe) from the characters around it; :class:`_Pairer` pairs them into
quotations, nested ones included, with the reopening-paragraph convention and
unbalanced marks handled (see the package documentation)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚‛‹"
_SINGLE_CLOSE = "’›"
_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"' + _SINGLE_OPEN + _SINGLE_CLOSE + "'"
_OPEN_CTX = set("([{<—–-/“‘„«‚‹\"'") | {"\u2026"}
_CLOSE_CTX = set(".,;:!?)]}>—–-/”’»›\"'…*")
_APOS_WORD = re.compile(r"(?i)(?:em|til|tis|twas|cause|bout|n|nuff|round)(?![A-Za-z])")
_RNR = re.compile(r"(?<=\s)[’'‘]n[’'](?=\s)")
_MAX_LEN = {"d": 3000, "s": 300}


@dataclass
class _Mark:
    pos: int
    ch: str
    family: str  # "d" double | "s" single
    straight: bool
    role: str  # open | close | either | apos
    possessive: bool = False


@dataclass
class _Pair:
    open_pos: int
    close_pos: int | None  # None: never closed (unbalanced or continued in the next paragraph)
    inner_start: int
    inner_end: int
    depth: int
    group: int | None = None


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _classify(text: str, pos: int, rnr: set[int]) -> _Mark:
    ch = text[pos]
    prev = text[pos - 1] if pos > 0 else ""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    left = not _is_space(nxt) and (_is_space(prev) or prev in _OPEN_CTX)
    right = not _is_space(prev) and (_is_space(nxt) or nxt in _CLOSE_CTX)
    if ch in _DOUBLE_OPEN + _DOUBLE_CLOSE + '"':
        mark = _Mark(pos, ch, "d", ch == '"', "either")
        if left and not right:
            mark.role = "open"
        elif right and not left:
            mark.role = "close"
        elif ch in _DOUBLE_OPEN:
            mark.role = "open"
        elif ch in _DOUBLE_CLOSE:
            mark.role = "close"
        return mark
    mark = _Mark(pos, ch, "s", ch == "'", "apos")
    if pos in rnr or (prev.isalnum() and nxt.isalnum()):
        return mark  # rock ’n’ roll, Smith's, won't, 5'10
    if left and not right:
        if nxt.isdigit() or _APOS_WORD.match(text, pos + 1):
            return mark  # ’90s, 'em, 'til
        mark.role = "open"
    elif right and not left:
        mark.role = "close"
        mark.possessive = prev in "sS"
    elif left and right:
        mark.role = "either"
    return mark


def _marks(text: str) -> list[_Mark]:
    rnr = set()
    for m in _RNR.finditer(text):
        rnr.add(m.start())
        rnr.add(m.end() - 1)
    return [_classify(text, i, rnr) for i, ch in enumerate(text) if ch in _MARKS]


def _line_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] == "\n"


def _line_end(text: str, pos: int) -> int:
    nl = text.find("\n", pos)
    return len(text) if nl == -1 else nl


class _Pairer:
    """Pairs opening and closing marks into quotations."""

    def __init__(self, text: str, marks: list[_Mark]):
        self.text = text
        self.marks = marks

    def _later_single_closer(self, k: int) -> bool:
        """Is there another single closing mark after ``k`` on the same line,
        before any single opening mark? (Then ``k`` is an apostrophe: “the
        'Reformers' plan'”.)"""
        line_end = _line_end(self.text, self.marks[k].pos)
        for m in self.marks[k + 1 :]:
            if m.pos >= line_end:
                return False
            if m.family != "s":
                continue
            if m.role == "open":
                return False
            if m.role in ("close", "either"):
                return True
        return False

    def find_close(self, i: int, depth: int) -> tuple[str, int, list[_Pair]]:
        """("closed"|"reopen"|"none", mark index, nested pairs) for the opener ``i``."""
        text, marks = self.text, self.marks
        m = marks[i]
        limit = m.pos + _MAX_LEN[m.family]
        nested: list[_Pair] = []
        k = i + 1
        while k < len(marks):
            mk = marks[k]
            if mk.pos > limit:
                return "none", k, nested
            if m.family == "s" and "\n" in text[m.pos : mk.pos]:
                return "none", k, nested
            if mk.role == "apos":
                k += 1
                continue
            same = mk.family == m.family
            if same and mk.role in ("close", "either"):
                if m.family == "s" and mk.possessive and self._later_single_closer(k):
                    k += 1
                    continue
                return "closed", k, nested
            if same and mk.role == "open" and mk.straight == m.straight:
                if m.family == "d" and _line_start(text, mk.pos) and "\n" in text[m.pos : mk.pos]:
                    return "reopen", k, nested
                return "none", k, nested
            if mk.role in ("open", "either") and depth < 3:
                status, kk, inner = self.find_close(k, depth + 1)
                if status == "closed":
                    nested.extend(inner)
                    nested.append(_pair(text, mk.pos, marks[kk].pos, None, depth + 1))
                    k = kk + 1
                    continue
            k += 1
        return "none", len(marks), nested

    def pairs(self) -> list[_Pair]:
        text, marks = self.text, self.marks
        out: list[_Pair] = []
        group: int | None = None
        next_group = 0
        i = 0
        while i < len(marks):
            m = marks[i]
            if m.role not in ("open", "either"):
                i += 1
                group = None
                continue
            status, k, nested = self.find_close(i, 0)
            if status == "closed":
                out.append(_pair(text, m.pos, marks[k].pos, None, 0, group))
                out.extend(nested)
                group = None
                i = k + 1
            elif status == "reopen":
                if group is None:
                    group, next_group = next_group, next_group + 1
                end = marks[k].pos
                out.append(_pair(text, m.pos, None, end, 0, group))
                out.extend(p for p in nested if p.open_pos < end)
                i = k
            elif m.family == "d":
                # Never closed: best effort, up to the end of its line (or of the
                # next line when the mark ends one), or up to the next opener.
                end = _line_end(text, m.pos)
                if not text[m.pos + 1 : end].strip() and end < len(text):
                    nxt = _line_end(text, end + 1)
                    if text[end + 1 : nxt].strip():
                        end = nxt
                if k < len(marks) and marks[k].pos < end:
                    end = marks[k].pos
                out.append(_pair(text, m.pos, None, end, 0, group))
                out.extend(p for p in nested if p.open_pos < end)
                group = None
                j = i + 1
                while j < len(marks) and marks[j].pos < end:
                    j += 1
                i = j
            else:
                i += 1  # a lone single mark is an apostrophe
        return out


def _pair(
    text: str, open_pos: int, close_pos: int | None, end: int | None, depth: int, group: int | None = None
) -> _Pair:
    start = open_pos + 1
    stop = close_pos if close_pos is not None else (end if end is not None else len(text))
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return _Pair(open_pos, close_pos, start, stop, depth, group)
