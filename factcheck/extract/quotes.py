"""Direct quotations: where they are, who said them, and how two compare.

:func:`extract_quotes` finds quotations marked with curly or straight double
quotes (“ ” ") and with single quotes used as quotation marks (‘ ’ '), as
headlines use them, while leaving apostrophes alone (Trump's, Canada’s, won't,
’90s, rock ’n’ roll). It handles:

* nested quotes (“... the so-called ‘Liberal.’”): the outer quotation is kept
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
name or title phrase ("U.S. President Donald Trump", "White House
spokesperson Anna Kelly", "a CBC reporter", "the PMO", "the memo", "Canada’s
official readout") or a pronoun (he/she/they/it). A fragment inside a sentence
("Trump said Carney “couldn’t have been nicer”") gets the subject of the
nearest speech verb before it, or failing that the subject of the sentence. A
quotation that opens a sentence without attribution takes the speaker of the
quotation before it in the same paragraph; a paragraph that is only a
quotation takes the speaker of the paragraph before.

:func:`normalize_quote` and :func:`compare_quotes` tell whether two articles
quote the same words, a fragment of them, or a reworded version.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

from ..model.models import Quote, Sentence, Span

__all__ = [
    "NOUN_CUES",
    "PRONOUNS",
    "SPEECH_VERBS",
    "QuoteComparison",
    "compare_quotes",
    "extract_quotes",
    "normalize_quote",
]

# --------------------------------------------------------------------------- vocabulary

#: Verbs that introduce or attribute a quotation, in the forms they take in news text.
SPEECH_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "saying",
    "told",
    "tells",
    "telling",
    "wrote",
    "writes",
    "writing",
    "stated",
    "states",
    "stating",
    "added",
    "adds",
    "adding",
    "asked",
    "asks",
    "asking",
    "claimed",
    "claims",
    "claiming",
    "confirmed",
    "confirms",
    "confirming",
    "declared",
    "declares",
    "declaring",
    "insisted",
    "insists",
    "insisting",
    "noted",
    "notes",
    "noting",
    "reads",
    "tweeted",
    "tweets",
    "tweeting",
    "posted",
    "posting",
    "described",
    "describes",
    "describing",
    "called",
    "calls",
    "calling",
    "referred",
    "refers",
    "referring",
    "asserted",
    "asserts",
    "asserting",
    "reasserted",
    "reiterated",
    "reiterates",
    "repeated",
    "argued",
    "argues",
    "arguing",
    "explained",
    "explains",
    "announced",
    "announces",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "replied",
    "replies",
    "responded",
    "responds",
    "suggested",
    "suggests",
    "suggesting",
    "warned",
    "warns",
    "warning",
    "urged",
    "urges",
    "vowed",
    "vows",
    "promised",
    "predicted",
    "emphasized",
    "emphasised",
    "stressed",
    "cautioned",
    "conceded",
    "complained",
    "joked",
    "recalled",
    "remarked",
    "answered",
    "quipped",
    "testified",
    "continued",
    "dismissed",
    "dismissing",
    "denounced",
    "dubbed",
    "labelled",
    "labeled",
    "branded",
    "termed",
    "mocked",
    "praised",
    "hailed",
    "slammed",
    "criticized",
    "criticised",
    "wondered",
    "shouted",
    "pledged",
    "boasted",
    "threatened",
)
#: Base forms that count as a cue after "to" ("was advised to plainly state Canada “is not …”").
_BASE_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "write",
        "ask",
        "add",
        "describe",
        "call",
        "declare",
        "insist",
        "note",
        "claim",
        "confirm",
        "repeat",
        "argue",
        "explain",
        "warn",
    ]
)
#: Nouns that attribute a quotation to a possessor ("Carney’s assertion that … “…”").
NOUN_CUES: tuple[str, ...] = (
    "assertion",
    "assertions",
    "statement",
    "statements",
    "claim",
    "claims",
    "remark",
    "remarks",
    "comment",
    "comments",
    "words",
    "description",
    "promise",
    "pledge",
    "warning",
    "warnings",
    "vow",
    "tweet",
    "post",
    "message",
    "insistence",
    "suggestion",
    "characterization",
    "characterisation",
    "readout",
    "response",
    "reply",
    "argument",
    "prediction",
    "declaration",
    "accusation",
    "complaint",
    "boast",
    "call",
)
#: Pronoun speakers: reported as written, for the caller to resolve.
PRONOUNS = frozenset({"he", "she", "they", "it"})
_SPEECH = frozenset(SPEECH_VERBS)
_NOUN_CUE = frozenset(NOUN_CUES)
# Verbs that can be inverted after a quotation: “…,” said X / reads X.
_INVERTIBLE = frozenset(
    {
        "said",
        "says",
        "added",
        "asked",
        "wrote",
        "reads",
        "continued",
        "replied",
        "explained",
        "insisted",
        "noted",
        "according",
    }
)

#: Titles, roles and documents that can head a speaker phrase written in lower case.
_TITLE_NOUNS = frozenset(
    [
        "president",
        "prime",
        "minister",
        "ministers",
        "premier",
        "premiers",
        "secretary",
        "secretaries",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "spokespeople",
        "press",
        "leader",
        "leaders",
        "official",
        "officials",
        "reporter",
        "reporters",
        "journalist",
        "journalists",
        "correspondent",
        "memo",
        "memorandum",
        "statement",
        "readout",
        "release",
        "report",
        "document",
        "letter",
        "post",
        "tweet",
        "email",
        "note",
        "briefing",
        "summary",
        "filing",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "economist",
        "economists",
        "professor",
        "source",
        "sources",
        "chair",
        "chairman",
        "chairwoman",
        "director",
        "executive",
        "ceo",
        "chief",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aide",
        "aides",
        "ambassador",
        "diplomat",
        "diplomats",
        "envoy",
        "senator",
        "senators",
        "mayor",
        "governor",
        "government",
        "office",
        "ministry",
        "department",
        "agency",
        "administration",
        "campaign",
        "party",
        "police",
        "lawyer",
        "lawyers",
        "attorney",
        "judge",
        "court",
        "commissioner",
        "critic",
        "critics",
        "candidate",
        "member",
        "members",
        "mp",
        "mps",
        "negotiator",
        "negotiators",
        "representative",
        "representatives",
        "counterpart",
        "counterparts",
        "officer",
        "officers",
        "spokesperson's",
        "organizer",
        "organizers",
        "host",
        "anchor",
        "commentator",
        "author",
        "writer",
        "editor",
        "columnist",
        "board",
        "committee",
        "council",
        "panel",
        "coalition",
        "association",
        "union",
        "company",
        "firm",
        "successor",
        "predecessor",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "lawmakers",
        "lawmaker",
        "legislator",
        "legislators",
        "white",
        "house",
        "leadership",
        "staff",
        "head",
        "founder",
        "manager",
        "owner",
        "researcher",
        "researchers",
        "scientist",
        "scientists",
        "doctor",
        "doctors",
        "witness",
        "witnesses",
        "resident",
        "residents",
        "organizer",
        "spokespersons",
        "insider",
        "insiders",
        "observer",
        "observers",
    ]
)
_NP_ADJ = frozenset(
    [
        "official",
        "former",
        "senior",
        "federal",
        "provincial",
        "national",
        "chief",
        "deputy",
        "top",
        "foreign",
        "international",
        "acting",
        "interim",
        "associate",
        "assistant",
        "executive",
        "general",
        "anonymous",
        "concise",
        "newly",
        "elected",
        "then",
        "canadian",
        "american",
        "press",
        "internal",
        "confidential",
        "unnamed",
        "public",
        "joint",
        "brief",
        "written",
    ]
)
_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those"})
_NP_DETS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
_CONNECT = frozenset({"of", "for", "from", "the", "and", "de", "du", "at"})
_PREPOSITIONS = frozenset(
    [
        "of",
        "with",
        "in",
        "on",
        "at",
        "for",
        "from",
        "about",
        "to",
        "by",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "during",
        "through",
        "against",
        "among",
        "between",
        "within",
        "without",
        "toward",
        "towards",
        "upon",
        "across",
        "behind",
        "beyond",
        "near",
        "like",
        "than",
    ]
)
_SKIP_BACK = frozenset(
    [
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "also",
        "then",
        "later",
        "previously",
        "repeatedly",
        "again",
        "once",
        "first",
        "still",
        "just",
        "now",
        "already",
        "reportedly",
        "publicly",
        "privately",
        "officially",
        "earlier",
        "recently",
        "never",
        "not",
        "only",
        "even",
        "further",
        "himself",
        "herself",
        "themselves",
        "itself",
        "both",
        "all",
        "subsequently",
        "initially",
        "ultimately",
        "finally",
        "immediately",
        "simply",
    ]
)
_CAP_STOP = frozenset(
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "However",
        "But",
        "And",
        "Or",
        "So",
        "Yet",
        "Also",
        "Then",
        "Meanwhile",
        "Still",
        "In",
        "On",
        "At",
        "For",
        "With",
        "By",
        "From",
        "Of",
        "To",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "During",
        "Since",
        "Despite",
        "Although",
        "Though",
        "Because",
        "Following",
        "Under",
        "Over",
        "Now",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Earlier",
        "Later",
        "Last",
        "Next",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "You",
        "His",
        "Her",
        "Their",
        "Our",
        "Its",
        "My",
        "Your",
        "Some",
        "Many",
        "Most",
        "All",
        "Both",
        "Each",
        "Every",
        "No",
        "Not",
        "There",
        "Here",
        "What",
        "Who",
        "Why",
        "How",
        "Which",
        "Where",
        "Instead",
        "Even",
        "Only",
        "Just",
        "Again",
        "Once",
        "Elsewhere",
        "Asked",
        "Speaking",
        "According",
        "Among",
        "Amid",
        "Without",
        "Within",
        "Through",
        "Until",
        "Unless",
        "Whether",
        "Let",
        "Let's",
        "Please",
        "Yes",
        "Thanks",
        "Sir",
        "Madam",
    ]
)
_TIME_WORDS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tonight",
        "tomorrow",
        "morning",
        "afternoon",
        "evening",
    ]
)
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)
# Abbreviations that never end a sentence (titles) and that may (company suffixes, months).
_TITLE_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "rev",
        "prof",
        "hon",
        "mt",
        "ft",
        "no",
        "vs",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "jr",
        "sr",
        "inc",
        "ltd",
        "corp",
        "co",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    ]
)

# --------------------------------------------------------------------------- marks

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
        return mark  # rock ’n’ roll, Trump's, won't, 5'10
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
        'Liberals' plan'”.)"""
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


# --------------------------------------------------------------------------- context


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
            # “... 51st state.” Trump’s press secretary: a quotation ending a sentence
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


@dataclass
class _Speaker:
    start: int
    end: int
    cue: str | None
    pronoun: bool = False


class _Attributor:
    def __init__(self, ctx: _Context):
        self.ctx = ctx

    # -- noun phrases

    def _name_like(self, tok: _Tok, sentence_initial: bool) -> bool:
        t = tok.text
        if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+(?:[’']s)?", t):
            return True  # U.S., PMO, CBC
        if not t[0].isupper() or t in _CAP_STOP:
            return False
        base = _strip_possessive(t)
        if base.lower() in _MONTHS or base.lower() in _TIME_WORDS:
            return False
        # "Part of ...": a common word that starts the sentence is not a name
        return not (sentence_initial and base.lower() in self.ctx.lower_words and base.lower() not in _TITLE_NOUNS)

    def _np_word(self, tok: _Tok, sentence_initial: bool = False) -> bool:
        low = _strip_possessive(tok.low)
        if self._name_like(tok, sentence_initial):
            return True
        if low in _TITLE_NOUNS or low in _NP_ADJ:
            return True
        if "-" in low:
            head = low.rsplit("-", 1)[-1]
            return low.startswith(("then-", "ex-", "former-")) or head in _TITLE_NOUNS
        return False

    def _valid(self, toks: list[_Tok], initial: int | None, possessive: bool = False) -> bool:
        if not toks:
            return False
        if (_possessive(toks[-1].text) and not possessive) or toks[-1].low in _CONNECT or toks[-1].low in _NP_ADJ:
            return False
        for _i, t in enumerate(toks):
            low = _strip_possessive(t.low)
            if low in _TITLE_NOUNS:
                return True
            if self._name_like(t, t.start == initial):
                return True
        return False

    def np_back(
        self, toks: list[_Tok], k: int, lo: int, initial: int | None, possessive: bool = False, generic: bool = False
    ) -> tuple[int, int] | None:
        """Token range [i, k] of a speaker phrase ending at token ``k``. With
        ``generic``, any determiner + noun ("the clerk") right before a speech
        verb is a speaker too."""
        found = self._np_back(toks, k, lo, initial, possessive)
        if found or not generic:
            return found
        j = k
        while j >= lo and k - j < 3 and _modifier(toks[j]):
            j -= 1
        if j < k and j >= lo and toks[j].low in _NP_DETS:
            if j - 1 >= lo and toks[j - 1].low in _PREPOSITIONS:
                return None  # "... with knowledge of the talks confirmed": an object, not the speaker
            return j, k
        return None

    def _np_back(
        self, toks: list[_Tok], k: int, lo: int, initial: int | None, possessive: bool
    ) -> tuple[int, int] | None:
        j = k
        titled = False
        modifiers = 0
        while j >= lo:
            t = toks[j]
            if t.low in _NP_DETS and j < k:
                j -= 1
                break
            if self._np_word(t, t.start == initial):
                titled = titled or _strip_possessive(t.low) in _TITLE_NOUNS
                j -= 1
                continue
            if (
                titled
                and j < k
                and modifiers < 2
                and _modifier(t)
                and j - 1 >= lo
                and (toks[j - 1].low in _NP_DETS or self._np_word(toks[j - 1]) or _modifier(toks[j - 1]))
            ):
                modifiers += 1  # "a local reporter", "the finance ministry"
                j -= 1
                continue
            if (
                t.low in _CONNECT
                and j < k
                and any(self._np_word(x, x.start == initial) for x in toks[max(lo, j - 2) : j])
            ):
                j -= 1
                continue
            if re.fullmatch(r"\d+", t.text) and j < k:
                j -= 1
                continue
            break
        i = j + 1
        head = i + 1 if i <= k and toks[i].low in _NP_DETS else i
        while head <= k and toks[head].low in _CONNECT:
            head += 1
        if head > k or not self._valid(toks[head : k + 1], initial, possessive):
            return None
        return (i if i < head and toks[i].low in _NP_DETS else head), k

    def np_fwd(
        self, toks: list[_Tok], i: int, hi: int, initial: int | None, generic: bool = False
    ) -> tuple[int, int] | None:
        """Token range [i, j] of a speaker phrase starting at token ``i``
        (with ``generic``, also a determiner + noun: "the clerk")."""
        found = self._np_fwd(toks, i, hi, initial)
        if found or not generic or i >= hi or toks[i].low not in _NP_DETS:
            return found
        j = i + 1
        while j < hi and j - i <= 3 and _modifier(toks[j]):
            j += 1
        return (i, j - 1) if j > i + 1 else None

    def _np_fwd(self, toks: list[_Tok], i: int, hi: int, initial: int | None) -> tuple[int, int] | None:
        if i >= hi:
            return None
        j = i
        if toks[j].low in _NP_DETS:
            j += 1
        first = j
        while j < hi:
            t = toks[j]
            if self._np_word(t, t.start == initial):
                j += 1
                continue
            ahead = toks[j + 1 : min(hi, j + 3)]
            if (
                _modifier(t)
                and ahead
                and (
                    _strip_possessive(ahead[0].low) in _TITLE_NOUNS
                    or (_modifier(ahead[0]) and len(ahead) > 1 and _strip_possessive(ahead[1].low) in _TITLE_NOUNS)
                )
            ):
                j += 1  # "the finance ministry", "a local reporter"
                continue
            if t.low in _CONNECT and j > first and any(self._np_word(x) for x in ahead):
                j += 1
                continue
            if re.fullmatch(r"\d+", t.text) and j > first and ahead and self._np_word(ahead[0]):
                j += 1
                continue
            if (
                (t.low in _MONTHS or t.low in _TIME_WORDS)
                and t.text[0].isupper()
                and ahead
                and (ahead[0].text.isdigit() or self._np_word(ahead[0]))
                and j > i
            ):
                j += 1  # "an April 29 statement"
                continue
            break
        j -= 1
        while j >= first and (toks[j].low in _CONNECT or toks[j].text.isdigit()):
            j -= 1
        if j < first or not self._valid(toks[first : j + 1], initial):
            return None
        return i, j

    def apposition(self, toks: list[_Tok], j: int, hi: int) -> int:
        """“Trump’s press secretary, Karoline Leavitt,”: extend a title phrase
        ending at ``j`` over the name that follows it."""
        if j + 2 < hi and toks[j + 1].text == ",":
            k = j + 2
            while k < hi and toks[k].text[0].isupper() and self._name_like(toks[k], False):
                k += 1
            if k > j + 2 and (k >= hi or toks[k].text in ",.;"):
                return k - 1
        return j

    def _possessor(self, tok: _Tok) -> bool:
        """ "Carney’s", "the mayor's": a possessive that can own a statement."""
        if not tok.text.endswith(("’s", "'s")):
            return False
        return self._name_like(tok, False) or _strip_possessive(tok.low) in _TITLE_NOUNS

    # -- patterns

    def _speaker(self, toks: list[_Tok], rng: tuple[int, int], cue: str | None) -> _Speaker:
        a, b = toks[rng[0]], toks[rng[1]]
        end = b.end
        if _possessive(b.text):
            end = b.start + len(_strip_possessive(b.text))
        return _Speaker(a.start, end, cue)

    def _pronoun(self, tok: _Tok, cue: str | None) -> _Speaker | None:
        if tok.low in PRONOUNS:
            return _Speaker(tok.start, tok.end, cue, pronoun=True)
        return None

    def after(self, close_end: int, inner_last: str) -> _Speaker | None:
        """``“…,” X said`` / ``“…,” said X`` / ``“…” reads X`` / ``“…,” X was counselled to say``."""
        ctx = self.ctx
        stop = ctx.sentence_end(close_end)
        nxt_mark = re.search(r"[“\"‘«]", ctx.text[close_end:stop])
        if nxt_mark:
            stop = close_end + nxt_mark.start()
        toks = _tokens(ctx.masked, close_end, stop)
        while toks and toks[0].text in ",;:—–-":
            toks = toks[1:]
        if not toks:
            return None
        words = [t for t in toks if t.text not in ",.;:!?"]
        # “… tariffs.” he said. -- but not “… tariffs.” The president described ...
        if (
            inner_last not in ",?!—–-…"
            and not ctx.text[close_end:stop].lstrip().startswith(",")
            and (nxt_mark or len(words) > 8 or not (words and (words[0].text.islower() or words[0].low in _INVERTIBLE)))
        ):
            return None
        hi = len(toks)
        first = toks[0]
        if first.low in _INVERTIBLE:
            if first.low == "according":
                if hi > 1 and toks[1].low == "to":
                    rng = self.np_fwd(toks, 2, hi, None, generic=True)
                    return self._speaker(toks, rng, "according to") if rng else None
                return None
            if hi > 1:
                pro = self._pronoun(toks[1], first.low)
                if pro:
                    return pro
            rng = self.np_fwd(toks, 1, hi, None, generic=True)
            return self._speaker(toks, rng, first.low) if rng else None
        pro = self._pronoun(first, None)
        if pro:
            j = 1
        else:
            rng = self.np_fwd(toks, 0, hi, None, generic=True)
            if rng is None:
                return None
            j = rng[1] + 1
            if j < hi and toks[j].text == ",":
                # “…,” Jane Roe, 45, said / “…,” Jane Roe, the city's treasurer, said
                close = next((c for c in range(j + 1, min(hi, j + 14)) if toks[c].text == ","), None)
                if close is not None:
                    j = close + 1
        while j < hi and (toks[j].low in _SKIP_BACK or (toks[j].low.endswith("ly") and toks[j].text.islower())):
            j += 1
        if j >= hi:
            return None
        verb = toks[j].low
        cue = None
        if verb in _SPEECH:
            cue = verb
        elif verb.endswith("ed") and j + 2 < hi and toks[j + 1].low == "to" and toks[j + 2].low in _BASE_VERBS:
            cue = f"{verb} to {toks[j + 2].low}"  # was counselled to say
        if cue is None:
            return None
        if pro:
            pro.cue = cue
            return pro
        assert rng is not None  # set when there is no pronoun
        return self._speaker(toks, rng, cue)

    def before(self, open_pos: int) -> tuple[_Speaker | None, bool]:
        """Speaker from the words before the opening mark, in its sentence:
        (speaker, whether the quotation opens its sentence)."""
        ctx = self.ctx
        s_start = ctx.sentence_start(open_pos)
        toks = _tokens(ctx.masked, s_start, open_pos)
        if not [t for t in toks if t.text[0].isalnum()]:
            return None, True
        initial = toks[0].start
        hi = len(toks)
        # the last cue before the quotation
        cue_at = None
        kind = ""
        for i in range(hi - 1, -1, -1):
            t = toks[i]
            low = t.low
            if (
                low in _SPEECH
                and t.text == low
                and not (i >= 1 and (_possessive(toks[i - 1].text) or toks[i - 1].low in _DETS))
            ):
                cue_at, kind = i, "verb"
            elif low == "according" and i + 1 < hi and toks[i + 1].low == "to":
                cue_at, kind = i, "according"
            elif low in _BASE_VERBS and (
                (i >= 1 and toks[i - 1].low == "to")
                or (i >= 2 and toks[i - 2].low == "to" and toks[i - 1].low.endswith("ly"))
            ):
                cue_at, kind = i, "base"
            elif low in _NOUN_CUE and any(self._possessor(x) for x in toks[max(0, i - 3) : i]):
                cue_at, kind = i, "noun"
            if cue_at is not None:
                break
        if cue_at is None:
            return None, False
        cue_tok = toks[cue_at]
        if kind == "according":
            rng = self.np_fwd(toks, cue_at + 2, hi, initial, generic=True)
            return (self._speaker(toks, rng, "according to") if rng else None), False
        if kind == "noun":
            for p in range(cue_at - 1, max(-1, cue_at - 4), -1):
                if self._possessor(toks[p]):
                    rng = self.np_back(toks, p, 0, initial, possessive=True)
                    if rng:
                        return self._speaker(toks, rng, cue_tok.low), False
            return None, False
        cue = cue_tok.low
        k = cue_at - 1
        if kind == "base":
            k = cue_at - 2 if toks[cue_at - 1].low == "to" else cue_at - 3
        # skip auxiliaries, adverbs and time words between the speaker and the verb
        while k >= 0:
            low = toks[k].low
            if low in _SKIP_BACK or (low.endswith("ly") and toks[k].text.islower()) or low in _TIME_WORDS:
                k -= 1
                continue
            if k >= 2 and [x.low for x in toks[k - 2 : k + 1]] == ["at", "the", "time"]:
                k -= 3
                continue
            if low == "on" and k + 1 < cue_at and toks[k + 1].low in _TIME_WORDS:
                k -= 1
                continue
            break
        if k >= 0 and kind != "base":
            if (
                toks[k].low == "it"
                and cue_tok.low.endswith("ed")
                and k + 1 < cue_at
                and toks[k + 1].low in ("was", "is", "were", "has", "had")
            ):
                return None, False  # "It was suggested ...": no speaker
            pro = self._pronoun(toks[k], cue)
            if pro:
                return pro, False
            if toks[k].low in ("who", "whom", "which") and k >= 2 and toks[k - 1].text == ",":
                rng = self.np_back(toks, k - 2, 0, initial)
                if rng:
                    return self._speaker(toks, rng, cue), False
            if toks[k].text == ",":
                # "Laura Dawson, an expert on ..., said": the head before the apposition
                for p in range(k - 1, max(-1, k - 30), -1):
                    if toks[p].text == ",":
                        rng = self.np_back(toks, p - 1, 0, initial) if p >= 1 else None
                        if rng:
                            return self._speaker(toks, rng, cue), False
                        break
            else:
                rng = self.np_back(toks, k, 0, initial, generic=True)
                if rng:
                    return self._speaker(toks, rng, cue), False
        subject = self.subject(toks, cue_at)
        if subject:
            subject.cue = cue
        return subject, False

    def subject(self, toks: list[_Tok], hi: int) -> _Speaker | None:
        """The subject at the start of the sentence, before token ``hi``,
        skipping an introductory phrase ("On Monday, ...", "While ..., he")."""
        if not toks:
            return None
        initial = toks[0].start
        starts = [0]
        commas = [i for i in range(min(hi, 25)) if toks[i].text == ","]
        starts.extend(c + 1 for c in commas[:2])
        for s in starts:
            if s >= hi:
                break
            pro = self._pronoun(toks[s], None)
            if pro:
                return pro
            if s == 0 and toks[0].text in _CAP_STOP and toks[0].low not in _NP_DETS:
                continue
            rng = self.np_fwd(toks, s, hi, initial)
            if rng:
                j = self.apposition(toks, rng[1], hi)
                return self._speaker(toks, (rng[0], j), None)
        return None


# --------------------------------------------------------------------------- extraction


@dataclass
class _Found:
    pair: _Pair
    speaker: _Speaker | None = None
    opens_sentence: bool = False
    inherited: bool = False


def _sentence_index(sentences: Sequence[Sentence], starts: list[int], pos: int) -> int:
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0:
        return sentences[0].index if sentences else 0
    return sentences[k].index


def extract_quotes(
    article_id: str,
    text: str,
    sentences: Sequence[Sentence],
    *,
    resolve: Callable[[str], str | None] | None = None,
) -> list[Quote]:
    """Direct quotations in ``text``, in order, with their speakers.

    ``Quote.span`` is the quoted words without the marks (surrounding white
    space trimmed), ``Quote.text`` the exact slice, ``Quote.sentence`` the
    index of the sentence holding its first character. ``speaker_text`` and
    ``speaker_span`` give the speaker as written; ``speaker`` is filled only
    through ``resolve`` (never for pronouns, which the caller resolves).
    """
    pairs = [p for p in _Pairer(text, _marks(text)).pairs() if re.search(r"\w", text[p.inner_start : p.inner_end])]
    top = sorted((p for p in pairs if p.depth == 0), key=lambda p: p.open_pos)
    regions = [(p.open_pos, (p.close_pos + 1) if p.close_pos is not None else p.inner_end) for p in top]
    ctx = _Context(text, regions)
    attributor = _Attributor(ctx)

    found = [_Found(p) for p in top]
    for f in found:
        p = f.pair
        sp = None
        if p.close_pos is not None:
            inner = text[p.inner_start : p.inner_end].rstrip()
            sp = attributor.after(p.close_pos + 1, inner[-1:] if inner else "")
        before, opens = attributor.before(p.open_pos)
        f.opens_sentence = opens
        f.speaker = sp or before

    _inherit(ctx, found)

    ordered = sorted(pairs, key=lambda p: (p.inner_start, -p.inner_end))
    by_pair = {id(f.pair): f for f in found}
    starts = [s.span.start for s in sentences]
    order = sorted(range(len(sentences)), key=lambda i: starts[i])
    sentences = [sentences[i] for i in order]
    starts = [starts[i] for i in order]
    out: list[Quote] = []
    for p in ordered:
        found_p = by_pair.get(id(p))
        sp = found_p.speaker if found_p else None
        speaker_text = text[sp.start : sp.end] if sp else None
        speaker = None
        if sp and speaker_text is not None and resolve is not None and not sp.pronoun:
            speaker = resolve(" ".join(speaker_text.split()))
        out.append(
            Quote(
                article=article_id,
                span=Span(start=p.inner_start, end=p.inner_end),
                text=text[p.inner_start : p.inner_end],
                speaker=speaker,
                speaker_text=speaker_text,
                speaker_span=Span(start=sp.start, end=sp.end) if sp else None,
                cue=sp.cue if sp else None,
                sentence=_sentence_index(sentences, starts, p.inner_start),
            )
        )
    return out


def _inherit(ctx: _Context, found: list[_Found]) -> None:
    """Speakers for quotations that carry no attribution of their own."""

    def groups() -> None:
        """The paragraphs of one quotation (the reopening convention) share a speaker."""
        by_group: dict[int, list[_Found]] = {}
        for f in found:
            if f.pair.group is not None:
                by_group.setdefault(f.pair.group, []).append(f)
        for members in by_group.values():
            source = next((m for m in reversed(members) if m.speaker and not m.inherited), None)
            source = source or next((m for m in members if m.speaker), None)
            if source:
                for m in members:
                    if m.speaker is None:
                        m.speaker, m.inherited = source.speaker, True

    paras = [ctx.paragraph(f.pair.open_pos) for f in found]
    groups()
    last_in_para: dict[int, _Found] = {}  # the last quotation seen so far in each paragraph
    for i, f in enumerate(found):
        para = paras[i]
        prev = last_in_para.get(para)
        last_in_para[para] = f
        if f.speaker is not None:
            continue
        if f.opens_sentence and prev is not None and prev.speaker is not None:
            f.speaker, f.inherited = prev.speaker, True  # “A,” he said. “B.”
            continue
        if prev is not None or para == 0 or not _quote_only(ctx, para):
            continue
        earlier = last_in_para.get(para - 1)
        if earlier is not None:
            if earlier.speaker is not None:
                f.speaker, f.inherited = earlier.speaker, True
            continue
        f.speaker = _reported_speaker(ctx, para - 1)
        f.inherited = f.speaker is not None
    groups()
    # the rest of a quote-only paragraph follows its first quotation
    for i, f in enumerate(found):
        if (
            f.speaker is None
            and i > 0
            and found[i - 1].speaker is not None
            and f.opens_sentence
            and paras[i - 1] == paras[i]
        ):
            f.speaker, f.inherited = found[i - 1].speaker, True


def _quote_only(ctx: _Context, para: int) -> bool:
    a, b = ctx.paragraph_span(para)
    return not re.search(r"\w", ctx.masked[a:b])


def _reported_speaker(ctx: _Context, para: int) -> _Speaker | None:
    """The speaker of reported speech ("It adds that ...") in paragraph ``para``."""
    a, b = ctx.paragraph_span(para)
    if not ctx.masked[a:b].strip():
        return None
    toks = _tokens(ctx.masked, a, b)
    attributor = _Attributor(ctx)
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.low in _SPEECH and t.text == t.low:
            j = k - 1
            while j >= 0 and (toks[j].low in _SKIP_BACK or (toks[j].low.endswith("ly") and toks[j].text.islower())):
                j -= 1
            if j < 0:
                return None
            pro = attributor._pronoun(toks[j], t.low)
            if pro:
                return pro
            initial = toks[_sentence_first_token(toks, ctx, j)].start
            rng = attributor.np_back(toks, j, 0, initial)
            return attributor._speaker(toks, rng, t.low) if rng else None
    return None


def _sentence_first_token(toks: list[_Tok], ctx: _Context, j: int) -> int:
    """Index of the first token of the sentence holding token ``j``."""
    start = ctx.sentence_start(toks[j].start)
    return next((i for i, t in enumerate(toks) if t.start >= start), 0)


# --------------------------------------------------------------------------- comparison

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
