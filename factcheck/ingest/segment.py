"""Split an article body into sentences, and flag page furniture.

Articles scraped from web pages are messy in two ways this module handles:

* Links break a sentence over several lines ("According to\\na statement from
  the ministry about the meeting\\n, both sides agreed ..."). Lines are first grouped
  into *blocks* with a few generic rules (see :func:`_continues`); the blocks
  are then split into sentences by ``syntok``, which treats the single line
  breaks inside a block as spaces.
* Pages carry furniture: share buttons, comment widgets, photo credits,
  bylines, newsletter promos. Furniture is kept as sentences (so nothing is
  silently dropped and offsets stay honest) but flagged ``furniture=True`` so
  that later stages draw no facts from it. The patterns are generic, in one
  tuple, :data:`FURNITURE_PATTERNS`.

Every sentence span is absolute into ``Article.text`` and ``Sentence.text`` is
the exact slice; sentences never start before ``Article.body_start``, so they
never cross the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter

from ..knowledge import meaning
from ..model.models import Article, Sentence, Span
from ..text.words import (
    MONTH_WORDS,
    NAME_TITLE_ABBREVIATIONS,
    ONES,
    STOPWORDS,
    TEENS,
    TENS,
    WEEKDAY_WORDS,
)

# --------------------------------------------------------------------------- dates

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?,?\s+"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

#: A calendar date with day, month and year, as written in English news text:
#: "Nov. 2, 2025", "November 2nd, 2025", "Wednesday, April 30, 2025",
#: "30 April 2025", "2025-04-30". Case-insensitive by itself, so it can be
#: embedded in case-sensitive patterns. Used by the loader to find publication
#: dates and here to recognise date stamps.
DATE_PHRASE = (
    rf"(?i:(?:{_WEEKDAY})?(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    rf"|{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})(?!\d))"
)

# --------------------------------------------------------------------------- furniture

#: One date stamp: an optional "published" / "updated" cue, a date, an optional clock time.
_STAMP = (
    r"(?:(?:first |last )?(?:published|updated|posted)(?: on)?:? )?"
    + DATE_PHRASE
    + r"\.?(?:,? (?:at )?\d{1,2}(?::\d{2})? ?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?)?"
)

_NEWS_WORD = (
    r"(?:Press|News|Post|Times|Journal|Herald|Star|Globe|Tribune|Wire|Service|Media|Gazette"
    r"|Sun|Telegraph|Guardian|Reuters|AFP|Bloomberg|CNN|CBC|CTV|BBC|NPR|AP)"
)
_SOCIAL = r"(?:share|tweet|e-?mail|print|copy link|facebook|twitter|linkedin|reddit|whatsapp|pinterest)"

#: Page furniture, as ``(what it is, regex)``. A line (or a sentence) is
#: furniture when one regex matches it *whole*, after surrounding whitespace
#: is stripped and inner runs of whitespace are collapsed to one space. The
#: patterns describe kinds of page furniture, not any one article or site.
#: Question-style subheads ("How did Roe influence the election?") are
#: content, not furniture.
FURNITURE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("skip link", r"(?i)skip to (?:the )?(?:main )?(?:content|navigation|search)"),
    ("share widget", r"(?i)share (?:this|the) (?:story|article|post|page)\s*:?"),
    ("share widget", rf"(?i){_SOCIAL}(?:\s*[|·•,/]?\s*{_SOCIAL})*\s*:?"),
    ("subscribe prompt", r"(?i)subscribe(?: now| today| here)?\s*[!.]?"),
    ("comment widget", r"(?i)notify of|\d+ comments?|comments?|inline feedbacks?|view all comments"),
    ("comment widget", r"(?i)(?:oldest|newest|most voted)(?: (?:oldest|newest|most voted))*"),
    ("comment widget", r"(?i)(?:leave|post|add) a (?:comment|reply)|join the conversation"),
    ("comment widget", r"(?i)would love your thoughts\b.*"),
    ("push-notification prompt", r"(?i)push icon|no,? thanks\.?|not now"),
    ("push-notification prompt", r"(?i).*\b(?:enable|allow|turn on) push notifications\b.*"),
    ("photo credit", r"(?i)\(?\s*(?:photo|photograph|image|picture)s?(?: credit)?\s*:.*"),
    ("photo credit", r"(?i)\(?(?:photo|photograph|image) by [^.!?]{1,60}\)?"),
    ("photo credit", r"(?i).{0,60}\bphoto\s*/\s*\S.{0,80}"),  # "AP Photo / Evan Vucci"
    # "THE NORTHERN PRESS/AP-John Doe", "REUTERS/Jane Doe" (upper-case agency, slash, name)
    ("photo credit", r"(?:THE )?[A-Z][A-Z.&' ]{1,30}/(?:[A-Z]{2,10} ?- ?)?[A-Z][a-z]+(?: [A-Z][\w.'’-]*){0,4}"),
    ("hash", r"(?i)[0-9a-f]{24,}"),
    ("no letters", r"[\W\d_]+"),  # "30", "-29", "()", "* * *"
    ("single character", r"\w"),  # a close button "x"
    # "By Jane Doe", "By Northern Press on November 2, 2025."
    (
        "byline",
        r"(?:By|BY) [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&))*"
        r"(?:,? ?(?:on|[|,—–-]) ?" + DATE_PHRASE + r"[^.!?]{0,30}\.?)?",
    ),
    # "John Doe, The Northern Press"
    ("credit line", rf"(?:[A-Z][\w.'’-]+ ){{1,4}}[A-Z][\w.'’-]+, (?:The )?(?:[A-Z][\w.&'’-]+ ){{0,3}}{_NEWS_WORD}"),
    # "Daily Courier, with additional reporting from the Northern Press", "With files from AP"
    (
        "credit line",
        r"(?i)(?:[—–-] ?)?(?:[\w.'’& ]{1,60}, ?)?with (?:additional |files and )?(?:reporting|files) (?:from|by) [^.!?]{1,80}\.?",
    ),
    ("report footer", r"(?i)this (?:report|story|article)(?: by .{1,80}?)? was (?:first |originally )?published\b.*"),
    (
        "newsletter promo",
        r"(?i).*\b(?:sign up (?:for|to) (?:our|the) .{0,60}newsletters?|subscribe to (?:our|the) .{0,60}newsletters?)\b.*",
    ),
    ("bookmark promo", r"(?i).*\bbookmark [\w.-]+\.(?:com|ca|org|net|co\.uk)\b.*"),
    ("advertisement", r"(?i)advertisement|story continues below(?: advertisement)?"),
    ("related link", r"(?i)(?:read more|related|more from [\w ]{1,40}|recommended|trending now)(?:\s*:.*)?"),
    ("copyright", r"(?i)(?:©|copyright\b).*"),
    # A date stamp alone on a line: "November 2nd, 2025", "Updated: April 30, 2025 3:45 pm ET",
    # "[March 29, 2025]", "Mar 28, 2025 4:39 PM - Updated Mar 29, 2025 2:10 AM"
    (
        "date stamp",
        rf"(?i)[\[(]?{_STAMP}(?: ?[|—–-] ?{_STAMP})?[\])]?",
    ),
)

_FURNITURE = tuple((what, re.compile(rx)) for what, rx in FURNITURE_PATTERNS)


def furniture_reason(text: str) -> str | None:
    """What kind of page furniture ``text`` (a line or a sentence) is, or None."""
    flat = " ".join(text.split())
    if not flat:
        return None
    for what, rx in _FURNITURE:
        if rx.fullmatch(flat):
            return what
    return None


def is_furniture(text: str) -> bool:
    return furniture_reason(text) is not None


# --------------------------------------------------------------------------- line joining

#: Words that cannot end a sentence: a line ending with one of them continues
#: on the next line ("According to" / "a statement from the ministry").
FUNCTION_WORDS = frozenset(
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
        "onto",
        "over",
        "under",
        "than",
        "via",
        "per",
        "and",
        "or",
        "but",
        "nor",
        "if",
        "whether",
        "because",
        "while",
        "although",
        "though",
        "since",
        "until",
        "after",
        "before",
        "during",
        "between",
        "among",
        "against",
        "through",
        "without",
        "within",
        "across",
        "toward",
        "towards",
        "upon",
        "despite",
        "including",
        "like",
        "amid",
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
        "being",
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
        "shall",
        "do",
        "does",
        "did",
        "not",
        "its",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "this",
        "these",
        "those",
        "such",
        "very",
        "more",
        "most",
    ]
)

# Ends a sentence: . ! ? : or an ellipsis, possibly followed by closing quotes/brackets.
_TERMINAL_END = re.compile(r"[.!?:…][\"'”’»)\]]*$")
# Cannot end a sentence: a comma, semicolon, opening quote/bracket or dash.
_OPEN_END = re.compile(r"[,;(\[“‘«—–-]$")
# Cannot start a sentence: punctuation that attaches to what came before.
_ATTACHING_START = re.compile(r"^[,;.:!?)\]”]")
_BULLET = re.compile(r"^(?:[-*•▪‣◦]|\d{1,2}[.)])\s+\S")
_MARKER = re.compile(r"[-*•▪‣◦]|\d{1,2}[.)]")
_HEADING = re.compile(r"^#{1,6}\s+\S")
_LAST_WORD = re.compile(r"([A-Za-z’']+)$")


@dataclass
class _Line:
    start: int  # absolute offset of the first non-space character
    end: int  # absolute offset after the last non-space character
    text: str  # stripped line

    @property
    def blank(self) -> bool:
        return not self.text


def _lines(text: str, start: int) -> list[_Line]:
    out = []
    pos = start
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        raw = text[pos:nl]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s = pos + lead
            out.append(_Line(s, s + len(stripped), stripped))
        else:
            out.append(_Line(pos, pos, ""))
        if nl == n:
            break
        pos = nl + 1
    return out


def _continues(prev: str, nxt: str) -> bool:
    """Does line ``nxt`` continue the sentence that line ``prev`` left open?"""
    if _ATTACHING_START.match(nxt):
        return True
    if _TERMINAL_END.search(prev):
        return False
    if _OPEN_END.search(prev):
        return True
    if nxt[0].islower():
        return True
    m = _LAST_WORD.search(prev)
    return bool(m and m.group(1).lower() in FUNCTION_WORDS)


def _blocks(lines: list[_Line]) -> list[tuple[list[_Line], bool]]:
    """Group lines into blocks: (lines, is_furniture)."""
    blocks: list[tuple[list[_Line], bool]] = []
    cur: list[_Line] = []

    def flush() -> None:
        nonlocal cur
        if cur:
            blocks.append((cur, False))
            cur = []

    for line in lines:
        if line.blank:  # a blank line always ends a paragraph
            flush()
            continue
        if cur and _ATTACHING_START.match(line.text):  # ", both sides agreed ..."
            cur.append(line)
            continue
        if is_furniture(line.text):
            flush()
            blocks.append(([line], True))
            continue
        if _HEADING.match(line.text):  # a Markdown heading stands alone
            flush()
            blocks.append(([line], False))
            continue
        if cur and not _BULLET.match(line.text) and _continues(cur[-1].text, line.text):
            cur.append(line)
            continue
        flush()
        cur = [line]
    flush()
    return blocks


def _is_headline(block: list[_Line], next_blank: bool) -> bool:
    """A short line without sentence-ending punctuation, alone before a blank line."""
    line = block[0].text
    return (
        len(block) == 1
        and next_blank
        and len(line) <= 120
        and not _TERMINAL_END.search(line)
        and not _BULLET.match(line)
    )


def _quotes_balanced(text: str) -> bool:
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


_MAX_QUOTE_SENTENCES = 6


def _merge_open_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a quotation that syntok cut at its inner full stops in one
    sentence, with its attribution: “A. B,” he said. A sentence that opens a
    quote is merged with the following ones up to the one that closes it, if
    one does within a few sentences; otherwise it is left alone."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        start, end = spans[i]
        j = i
        if not _quotes_balanced(text[start:end]):
            for k in range(i + 1, min(len(spans), i + _MAX_QUOTE_SENTENCES)):
                if _quotes_balanced(text[start : spans[k][1]]):
                    j = k
                    break
        out.append((start, spans[j][1]))
        i = j + 1
    return out


_TITLES = "|".join(sorted(NAME_TITLE_ABBREVIATIONS))  # (the abbreviated titles, as a regex alternation)
_ENDS_IN_TITLE = re.compile(r"(?:^|(?P<before>\S+)\s+|[(\"“‘'])(?:" + _TITLES + r")\.$")
_TITLE_AFTER = re.compile(r"(" + _TITLES + r")\.\s+[A-Z]")
#: Abbreviated titles of two words ("Lt. Col.", "Maj. Gen."): the first never ends a sentence before the second.
_TWO_WORD_TITLES = frozenset(
    {("lt", "col"), ("lt", "gen"), ("lt", "gov"), ("lt", "cmdr"), ("lt", "cdr"), ("maj", "gen"), ("sgt", "maj"),
     ("det", "sgt"), ("det", "insp"), ("det", "const"), ("det", "cst"), ("asst", "supt"), ("lieut", "col"),
     ("lieut", "gen"), ("lieut", "gov")}
)  # fmt: skip
_WORDS_AFTER = re.compile(r"([A-Za-z][A-Za-z'’-]*)(?:\s+([A-Za-z]+))?")
#: Words that start no name: a sentence starting with one follows a real stop.
_NO_NAME = STOPWORDS | WEEKDAY_WORDS | MONTH_WORDS | set(ONES) | set(TEENS) | set(TENS)
#: Words that make the title after them a noun ("retired as a Maj. Gen.", "led by the Rev.").
_TITLE_AS_NOUN = frozenset({"a", "an", "the", "as", "his", "her", "their", "its", "our", "my", "your", "each", "every"})
#: Titles written after "the" before a name ("the Rev. Ann Lee", "the Hon. Tom Ray"):
#: "the" makes them a noun only when no name follows ("led by the Rev. Afterwards ...").
_TITLES_AFTER_THE = frozenset({"rev", "hon"})
#: An abbreviated title right after "the Rev." or "the Hon.", before a name ("Dr. Grace Harlan").
_TITLE_AFTER_THE_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|" + _TITLES + r")\.\s+[A-Z]")


def _title_before_name(ending: str, following: str) -> bool:
    """Whether a sentence that syntok ended at an abbreviated title goes on
    with the name the title belongs to: the title is not used as a noun
    ("retired as a Maj. Gen.", "led by the Rev.", "12 Reps.") and what follows
    reads as a name, not as the start of a sentence ("On Monday", "Afterwards",
    "Tuesday was"). A word of the dictionary starts a name only with a second
    capitalised word after it ("Sgt. Tom Ray", not "Sgt. Mark said"). "The
    Rev." and "the Hon." are written so before a name: "the" makes them a
    noun only when no name, nor a second title ("the Rev. Dr. Ann Lee"),
    follows."""
    m = _ENDS_IN_TITLE.search(ending)
    w = _WORDS_AFTER.match(following)
    if m is None or w is None or not w.group(1)[:1].isupper():
        return False
    before = (m.group("before") or "").strip("\"“‘'(").casefold()
    ended = ending.split()[-1].lstrip("(\"\u201c\u2018'").rstrip(".").casefold()
    the_title = before == "the" and ended in _TITLES_AFTER_THE
    if (before in _TITLE_AS_NOUN and not the_title) or before[:1].isdigit():
        return False
    nxt = _TITLE_AFTER.match(following)
    if nxt is not None and (ended, nxt.group(1).casefold()) in _TWO_WORD_TITLES:
        return True  # "Lt." + "Col. Tom Ray": one title of two abbreviations
    if the_title and _TITLE_AFTER_THE_TITLE.match(following):
        return True  # "the Rev." + "Dr. Grace Harlan": a second title before the name
    first = w.group(1).casefold()
    if first in _NO_NAME:
        return False
    if the_title and meaning.classes(first, "r") and not meaning.classes(first, "n"):
        return False  # "led by the Rev. Afterwards Ana Ruiz spoke": an adverb starts no name
    if any(meaning.classes(first, pos) for pos in "nvar"):
        return bool(w.group(2)) and w.group(2)[:1].isupper()
    return True


def _merge_titles(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a sentence that ends in an abbreviated title to the name after it
    ("... at Alaska Gov." + "Sarah Palin's home church ..."): syntok ends a
    sentence at "Gov.", "Lt.", "Sgt.", "Rep." and others when a capital follows
    (:func:`_title_before_name`)."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _title_before_name(text[out[-1][0] : out[-1][1]], text[s:e]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute) in ``text[start:end]`` according to syntok."""
    chunk = text[start:end]
    spans = []
    for paragraph in segmenter.analyze(chunk):
        for tokens in paragraph:
            if not tokens:
                continue
            s = tokens[0].offset
            e = tokens[-1].offset + len(tokens[-1].value)
            spans.append((start + s, start + e))
    if len(spans) > 1 and _MARKER.fullmatch(text[spans[0][0] : spans[0][1]]):
        spans[:2] = [(spans[0][0], spans[1][1])]  # "12." of a numbered item is not a sentence
    return _merge_titles(text, spans) or [(start, end)]


def segment(article: Article) -> list[Sentence]:
    """The sentences of the article body, in order, furniture flagged."""
    text = article.text
    lines = _lines(text, article.body_start)
    blocks = _blocks(lines)
    # which block ends are followed by a blank line (or the end of the text)
    line_index = {id(line): i for i, line in enumerate(lines)}

    out: list[Sentence] = []
    # line numbers counted forward as the sentences go (one pass over the
    # text), never from the top of the file for each sentence
    line_no, counted = 1, 0
    for block, furniture in blocks:
        last = line_index[id(block[-1])]
        next_blank = last + 1 >= len(lines) or lines[last + 1].blank
        start, end = block[0].start, block[-1].end
        spans = _merge_open_quotes(text, _split(text, start, end))
        if (
            len(spans) > 1
            and not furniture
            and _is_headline(block, next_blank)
            and not any(is_furniture(text[s:e]) for s, e in spans)
        ):
            # A headline is one sentence, whatever its dots, unless a piece of it
            # is furniture (a photo caption ending in a credit).
            spans = [(start, end)]
        for s, e in spans:
            piece = text[s:e]
            if s >= counted:
                line_no += text.count("\n", counted, s)
                counted = s
            else:  # never expected (spans are in order); stay correct anyway
                line_no, counted = article.line_of(s), s
            out.append(
                Sentence(
                    article=article.id,
                    index=len(out),
                    span=Span(start=s, end=e),
                    line=line_no,
                    text=piece,
                    furniture=furniture or is_furniture(piece),
                )
            )
    return out
