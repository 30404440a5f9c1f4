"""Entity mentions from the parse, resolved to canonical entities.

Mentions are the named-entity spans of the spaCy pipeline, the proper-noun
chains it did not label (consecutive ``PROPN`` tokens joined by ``compound`` or
``flat``; a word spelt with a capital inside, "SeaMicro", "iPhone", whatever its
tag), and a capitalised word the tagger took for a common one that is a
name part of the one person the article named in full before it ("Harlan
argued": :func:`_name_parts_as_words`). A name of two to four capitalised
words whose first is a given name (:mod:`factcheck.text.names`) is a
person's, whatever type the recogniser gave it ("Esther Williams" taken for a
place: :func:`_given_name_first`). Each is resolved, in this order:

1. the lexicon (names, aliases and their rapidfuzz spelling variants: story
   knowledge is data in ``rules/`` and packs);
2. within the article: a one-word name is the surname (or given name) of the
   one person named in full earlier ("Jane Roe" ... "Roe"); a surname that
   two people named earlier share is the one named in full a sentence before
   the others (news names the principal by surname and a relative by given
   name: "Jane Roe" ... "her son, Tom Roe" ... "Roe"); otherwise (two named
   in one sentence, or a shared given name) it is left unresolved (its own
   id) rather than guessed;
3. otherwise the name's slug, which is how mentions in different articles meet
   ("Acme" and "Acme Records" have different slugs and never merge).

An apposition links its noun phrase to the name ("Jane Roe, the Acme
co-founder,"): the phrase becomes a mention of the same entity, and so does
the same phrase later in the article. Lexicon roles ("the governor") refer to
their holder only when the article has named them. Personal pronouns
(he/she/him/her/his) are resolved to the nearest person mentioned before them
by :class:`Pronouns`; they are not entity mentions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from ..knowledge import meaning
from ..knowledge.lexicon import Lexicon, alias_key
from ..model.models import EntityMention, Span
from ..text.names import gender_of, is_given_name
from ..text.words import (
    GENERATIONAL,
    MONTH_WORDS,
    NAME_TITLE_ABBREVIATIONS,
    NOT_PERSON_NAME_ENDS,
    RANK_TITLES,
    WEEKDAY_WORDS,
    fold,
    slug,
)
from .clauses.context import REPORTING
from .nlp import entity_type

# Titles and honorifics that may precede a name inside an entity span
# ("President Jane Roe", "Gov. Roe"): the name carries the mention.
TITLES = frozenset(
    [
        "president",
        "vice",
        "premier",
        "minister",
        "secretary",
        "senator",
        "sen.",
        "sen",
        "governor",
        "gov.",
        "gov",
        "mr.",
        "mr",
        "mrs.",
        "mrs",
        "ms.",
        "ms",
        "dr.",
        "dr",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "chancellor",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ceo",
        "coo",
        "cfo",
        "cto",
        "chairman",
        "chairwoman",
        "chairperson",
        "judge",
        "justice",
        "general",
        "gen.",
        "gen",
        "lt.",
        "sgt.",
        "rep.",
        "rep",
        "representative",
        "mayor",
        "ambassador",
        "director",
        "chief",
        "commissioner",
        "coach",
        "captain",
        "sir",
        "dame",
        "lord",
        "lady",
        "prime",
        "former",
        # abbreviated titles ("Lt.", "Sgt.", "Det."), with their stop and without
        *(t.lower() + "." for t in NAME_TITLE_ABBREVIATIONS),
        *(t.lower() for t in NAME_TITLE_ABBREVIATIONS),
    ]
)
_CALENDAR = MONTH_WORDS | WEEKDAY_WORDS
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_GROUP = frozenset({"they", "them", "their", "both"})
_FEMININE = frozenset({"she", "her", "hers", "herself"})
_DETERMINERS = frozenset({"the", "a", "an"})


@dataclass
class SentenceDoc:
    """One parsed sentence: its doc and the offset of its first character in
    the article text."""

    index: int
    base: int
    doc: Doc


@dataclass
class Resolved:
    """The entity mentions of an article and, per sentence, which token
    belongs to which mention (for reading arguments off the tree)."""

    mentions: list[EntityMention] = field(default_factory=list)
    by_token: dict[int, dict[int, EntityMention]] = field(default_factory=dict)  # sentence -> token -> mention


#: What a person's name may follow inside its span: titles, and ranks written
#: in full ("Commander Ana Ruiz", "District Attorney Tom Ray"), which stay in
#: the names of other things ("Agent Orange", "Officer Training School").
_PERSON_TITLES_IN_SPAN = TITLES | RANK_TITLES


def _strip(span: SpacySpan, *, titles: bool = True, person: bool = False) -> SpacySpan | None:
    """The name inside an entity span: without leading determiners and titles
    (``titles``; and ranks, of a ``person``), a trailing possessive or punctuation."""
    start, end = span.start, span.end
    doc = span.doc
    known = _PERSON_TITLES_IN_SPAN if person else TITLES
    # everything up to the last title before the name ("U.S. President Jane Roe")
    before = [i for i in range(start, end - 1) if doc[i].lower_ in known] if titles else []
    if before:
        start = before[-1] + 1
    while start < end and (
        doc[start].lower_ in _DETERMINERS or (titles and doc[start].lower_ in known) or doc[start].is_punct
    ):
        if doc[start].lower_ in known and end - start == 1:
            break
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].lower_ in ("'s", "\u2019s") or doc[end - 1].is_punct
    ):
        end -= 1
    if start >= end:
        return None
    return doc[start:end]


def _chain_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.lower_ not in _CALENDAR and tok.lower_ not in TITLES


def _extend(ent: SpacySpan) -> SpacySpan:
    """An entity span with the proper nouns next to it that the recogniser
    left out ("Jane Ann" + "Roe" is one name)."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and _chain_word(doc[start - 1]) and not doc[start - 1].ent_type_:
        start -= 1
    while end < len(doc) and _chain_word(doc[end]) and not doc[end].ent_type_:
        end += 1
    return SpacySpan(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent


#: A capital inside a word, between two small letters ("SeaMicro", "iPhone",
#: "YouTube"): the spelling of a name, whatever the tagger made of the word
#: (not "mRNA" or "kWh").
_INNER_CAPITAL = re.compile(r"[a-z][A-Z][a-z]")


def _name_word(doc: Doc, i: int) -> bool:
    """A word of a proper-noun chain: a capitalised proper noun, a
    capitalised common noun the tagger took for one (mid-sentence, or opening
    the sentence as a compound of one: "Acme Robotics"), or a word of four
    letters or more spelt with a capital inside ("startup SeaMicro", tagged
    an adjective)."""
    tok = doc[i]
    if len(tok.text) >= 4 and tok.text.isalpha() and _INNER_CAPITAL.search(tok.text):
        return True
    if not tok.text[:1].isupper() or tok.lower_ in _CALENDAR or tok.lower_ in TITLES or tok.is_upper and len(tok) == 1:
        return False
    if tok.pos_ == "PROPN":
        return True
    if _given_before_name(doc, i):
        return True  # "Ellen DeGeneres will host", the given name tagged an adjective
    if _surname_after_name(doc, i):
        return True  # "Alexandros Grigoropoulos", the surname tagged an adjective
    if tok.pos_ != "NOUN" or not tok.text[1:].islower():
        return False
    if i > 0 and not doc[i - 1].is_punct:
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and tok.dep_ in ("compound", "flat") and tok.head.i == nxt.i and _name_word(doc, i + 1)


def _surname_after_name(doc: Doc, i: int) -> bool:
    """A capitalised word of no dictionary, mid-sentence, right after a word of
    a name, whatever the tagger took it for ("the death of 15-year-old
    Alexandros Grigoropoulos", with "Grigoropoulos" an adjective)."""
    tok = doc[i]
    return (
        i > 1
        and tok.pos_ in ("ADJ", "VERB", "ADV", "X", "INTJ")
        and len(tok.text) >= 3
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.text[1:].islower()
        and not meaning.classes(tok.lower_)
        and doc[i - 1].pos_ in ("PROPN", "NOUN")
        and doc[i - 1].text[:1].isupper()
        and doc[i - 1].lower_ not in _CALENDAR
        and doc[i - 1].lower_ not in TITLES
    )


def _given_before_name(doc: Doc, i: int) -> bool:
    """A given name written as one ("Ellen", not "ELLEN") right before a
    capitalised proper noun that the parse joins to it, whatever the tagger took
    the given name for ("Ellen DeGeneres", with "Ellen" an adjective opening the
    sentence). Not a given name that is also a word ("Christian Democrats",
    "Royal Mail", "Summer Olympics"): that one opens a name only as the tagger
    reads it."""
    tok = doc[i]
    if i + 1 >= len(doc) or not tok.text[1:].islower() or not _plain_given_name(tok.text):
        return False
    nxt = doc[i + 1]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and (nxt.head.i == i or tok.head.i == i + 1)


def _plural_word(tok: Token) -> bool:
    """A plural proper noun that is the plural of a word of the dictionary
    ("Democrats", "Olympics"; not "DeGeneres", "Edwards")."""
    return tok.tag_ == "NNPS" and bool(meaning.classes(tok.lower_, "n") or meaning.classes(tok.lemma_.lower(), "n"))


def _plain_given_name(word: str) -> bool:
    """A given name that is no word of the dictionary ("Ellen", "Maurice"; not
    "Grant", "Summer", "Christian", "Van")."""
    return is_given_name(word) and not meaning.classes(word.casefold())


#: What the last word of a name is not when the name is a person's: the most
#: frequent sense of a word that ends the name of an event, a plan or a text
#: ("Easter Rising", "Marshall Plan", "Clinton Administration", "Geneva
#: Convention", "Autumn Statement").
_NOT_SURNAME_ROOTS = ("event", "act", "phenomenon", "psychological feature", "communication")


def _given_name_first(span: SpacySpan) -> bool:
    """Whether a span the recogniser did not type as a person's is written as a
    person's name: two to four capitalised words, the first a given name that
    is no dictionary word ("Esther Williams", "Maurice Cheeks"; not "Grant
    Thornton", "Summer Olympics"), none a title or a word of the calendar,
    none a word that ends the name of a place, a body or a work ("Beverly
    Hills", "Grace Hospital", "Madison Square Garden"), and the last no plural
    ("Christian Democrats") nor a word of an event, a plan or a text
    ("Clinton Administration", "Marshall Plan")."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4:
        return False
    first, last = words[0], words[-1]
    if not (first.text[:1].isupper() and first.text[1:].islower() and is_given_name(first.text)):
        return False
    if meaning.classes(first.lower_) and (first.pos_ != "PROPN" or meaning.classes(first.lower_, "a")):
        return False  # "Summer" read as a noun, "Christian" or "Royal" an adjective of the dictionary
    if _plural_word(last) or any(meaning.is_a(last.lower_, root) for root in _NOT_SURNAME_ROOTS):
        return False
    return all(
        t.text[:1].isupper()
        and t.lower_ not in _CALENDAR
        and t.lower_ not in TITLES
        and t.lower_.rstrip(".") not in NOT_PERSON_NAME_ENDS
        and not _institution(t)
        for t in words
    )


#: Titles only a person holds: a capitalised one right before a name the
#: recogniser typed otherwise makes it a person ("Acme CEO Satya Nadella").
PERSON_TITLES = TITLES - {"general", "gen.", "gen", "prime", "former", "chief", "director", "justice", "king", "queen"}


def _person_name(name: SpacySpan, most: int = 4) -> bool:
    """One to ``most`` capitalised proper nouns, as a person's name is written."""
    return 1 <= len(name) <= most and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in TITLES for t in name
    )


#: Abbreviated titles as tokens ("lt.", "sgt."): only a person holds one, and one
#: right before a name makes it a person's, whatever is written before it.
_ABBREVIATED = frozenset(t.lower() + "." for t in NAME_TITLE_ABBREVIATIONS)


def _abbreviated_title(tok: Token) -> bool:
    return tok.lower_ in _ABBREVIATED and tok.text[:1].isupper()


def _title_before(doc: Doc, name: SpacySpan) -> bool:
    """A name of two to four capitalised proper nouns, after a capitalised
    person title that itself follows the capitalised name of where it is held
    ("Acme CEO Satya Nadella"; not "the new mayor Northvale Council chose",
    nor a headline's "Coach Northvale Rovers Fans Protest")."""
    if len(name) < 2 or not _person_name(name):
        return False
    i = name.start - 1
    if i >= 0 and _abbreviated_title(doc[i]):
        return True  # "Maj. Bo Diaz", "police Lt. Gerry Scherlinck"
    if i < 1 or doc[i].lower_ not in PERSON_TITLES or not doc[i].text[:1].isupper():
        return False
    employer = doc[i - 1]  # "Acme", "U.S.": what the title is held at
    return employer.text[:1].isupper() and employer.pos_ in ("PROPN", "NOUN")


#: Words that end a title begun by one of :data:`TITLES` ("Chief Executive Officer").
_TITLE_TAILS = frozenset({"executive", "officer", "operating", "financial", "technology"})


def _split_title(doc: Doc, ent: SpacySpan) -> tuple[SpacySpan, SpacySpan] | None:
    """An entity span that runs an employer, a title and a person's name
    together ("Apple COO Tim Cook", "Northvale Museum Director Ben Okafor"):
    the employer's words and the name. None when no title stands inside the
    span before one to four capitalised proper nouns, when the span opens
    with the title ("General Widgets", "Mayor's Council" name a body, not a
    person), or when the one word after the title ends the name of a place or
    a body ("Northvale General Hospital")."""
    first = ent.start
    while first < ent.end and (doc[first].lower_ in _DETERMINERS or doc[first].is_punct):
        first += 1
    titles = [i for i in range(first, ent.end - 1) if doc[i].lower_ in TITLES]
    if not titles or titles[0] == first:
        return None
    name = _strip(ent)
    if name is None:
        return None
    after = titles[-1] + 1
    while after < name.end - 1 and doc[after].lower_ in _TITLE_TAILS:
        after += 1  # "Acme Motors Chief Executive Ben Okafor"
    if doc[after].lower_ == "of" and after + 2 < name.end and doc[after + 1].text[:1].isupper():
        after += 2  # "Northvale Secretary of State Jane Roe": the title names what it is of
    if name.start < after:
        name = doc[after : name.end]
    if not _person_name(name) or name.start != after or (len(name) == 1 and _institution(name[0])):
        return None  # ("Northvale General Hospital": a title word in a body's name, not before a person's)
    words = doc[first : titles[0]]
    if any(not t.text[:1].isupper() for t in words):
        return None
    return words, name


def _institution(tok: Token) -> bool:
    """A word that ends the name of a place or a body, not a person's:
    "Hospital", "Council", "Church"."""
    word = tok.lower_
    return meaning.is_site(word) or meaning.is_a(word, "organization", "n")


def _bare_length(span: SpacySpan) -> int:
    """How many words a span has after the titles and ranks opening it
    ("Colonel Tom": one)."""
    n = 0
    while n < len(span) - 1 and span[n].lower_ in _PERSON_TITLES_IN_SPAN:
        n += 1
    return len(span) - n


def _joined_people(doc: Doc) -> list[SpacySpan]:
    """The recogniser's entity spans, two one-word person spans with nothing
    between them joined when together they are written as one name ("Tom" +
    "Ray", "Colonel Tom" + "Ray"); two names of more words side by side may be
    two people ("gave Ana Ruiz Tom Ray's job")."""
    out: list[SpacySpan] = []
    for ent in doc.ents:
        last = out[-1] if out else None
        if (
            last is not None
            and last.end == ent.start
            and _bare_length(last) == len(ent) == 1
            and entity_type(ent.label_) == "person"
            # (a rank makes the word after it a person's: "Admiral Tom" taken for an organisation)
            and (entity_type(last.label_) == "person" or (len(last) == 2 and last[0].lower_ in RANK_TITLES))
            and _person_name(doc[last.start : ent.end])
        ):
            out[-1] = SpacySpan(doc, last.start, ent.end, label=ent.label_)
        else:
            out.append(ent)
    return out


def _capitalised(span: SpacySpan) -> bool:
    """Whether a span has a capital letter, as a name in edited English has
    ("Northvale", "iPhone", "de la Cruz"); the recogniser, trained on web text,
    also labels small words ("region", "downtown")."""
    return any(ch.isupper() for ch in span.text)


def _candidates(doc: Doc) -> list[tuple[SpacySpan, str]]:
    """Entity spans and unlabelled proper-noun chains, with a factcheck type.
    A span that runs an employer, a person's title and a name together
    ("Apple COO Tim Cook") is two mentions, the employer and the person; a
    title word opening an organisation's or a place's name stays in it
    ("General Widgets", "Prince Edward Island")."""
    out: list[tuple[SpacySpan, str]] = []
    taken = [False] * len(doc)
    for ent in _joined_people(doc):
        ent = _extend(ent)
        typ = entity_type(ent.label_)
        if typ != "person" and _abbreviated_title(ent[0]) and len(ent) >= 3 and _person_name(ent[1:]):
            ent, typ = ent[1:], "person"  # "Rep. Edward Markey" taken for an organisation or a place
        split = _split_title(doc, ent) if typ != "person" else None
        name: SpacySpan | None
        if split is not None:
            employer, name = split
            out.append((employer, typ if typ in ("organization", "place") else "name"))
            typ = "person"
        else:
            name = _strip(ent, titles=typ == "person" or typ == "other", person=typ == "person")
            if name is None or name.text.casefold() in _CALENDAR or not _capitalised(name):
                continue  # (a span of small letters only is a word, not a name: "in region hit by")
            if typ == "other" and not any(t.pos_ == "PROPN" for t in name):
                continue
            if typ in ("organization", "other") and _title_before(doc, name):
                typ = "person"
            if typ != "person" and _given_name_first(name):
                typ = "person"  # "Esther Williams" taken for a place
        out.append((name, typ))
        for t in ent:
            taken[t.i] = True
    # (a name an age marks may be no name: the words stay free for the chains below, and
    # :func:`resolve_entities` reads the one or the others)
    out.extend((span, AGED) for span in _aged_names(doc, taken))
    i = 0
    while i < len(doc):
        if taken[i] or not _name_word(doc, i):
            i += 1
            continue
        j = i + 1
        while j < len(doc) and not taken[j] and _name_word(doc, j):
            j += 1
        span = doc[i:j]
        if len(span.text) >= 2 and any(t.pos_ == "PROPN" or t.i > 0 for t in span):
            out.append((span, "person" if _title_before(doc, span) or _given_name_first(span) else "name"))
        i = j
    out.sort(key=lambda c: c[0].start)
    return out


#: The most years an age in apposition gives.
_MOST_YEARS = 120
#: The type :func:`_candidates` gives a name an age marks (:func:`_aged_names`),
#: read as a person's by :func:`resolve_entities` when it may be one.
AGED = "aged"


def _aged_names(doc: Doc, taken: Sequence[bool]) -> list[SpacySpan]:
    """Names the recogniser left out that an age in apposition marks as a
    person's: one to four capitalised words right before ", 52," ("Gaetano Lo
    Presti, 52, hung himself", "Cheeks, 48, a four-time all-star"), whatever
    the tagger took them for. Not a word of the calendar or a title, not one the
    recogniser typed, not a longer capitalised run, not a determiner or a word
    of the dictionary opening the sentence before the name, not a list of
    counts ("Labour, 12, Greens, 8, and others"); :func:`_aged_person` tells
    which are names."""
    out: list[SpacySpan] = []
    for k in range(1, len(doc) - 3):
        if not _before_an_age(doc, k - 1):
            continue
        after = doc[k + 3]
        if after.text[:1].isupper() and k + 5 < len(doc) and doc[k + 4].text == "," and doc[k + 5].like_num:
            continue  # a list of counts
        j, words = k, 0
        while j > 0 and not taken[j - 1] and (_aged_name_word(doc[j - 1]) or _joining_hyphen(doc, j - 1)):
            words += doc[j - 1].text != "-"
            if words > 4:
                break
            j -= 1
        before = doc[j - 1] if j > 0 else None
        if j == k or (
            before is not None
            and before.text[:1].isupper()
            and before.lower_ not in TITLES
            and before.lower_.rstrip(".") not in TITLES
        ):
            continue  # no word, or a longer capitalised run than a name (a title may open it)
        if j >= 3 and doc[j - 1].text == "," and doc[j - 2].like_num and doc[j - 3].text == ",":
            continue  # the last of a list of counts ("Labour, 12, Greens, 8, and others")
        while k - j > 1 and (doc[j].pos_ == "DET" or doc[j].i == 0 and _opening_word(doc[j])):
            j += 1  # a word opening the sentence before the name: "Yesterday Tom Reyes, 32,", "The Tigers, 12,"
        while j < k and doc[j].text == "-":
            j += 1
        if j < k:
            out.append(doc[j:k])
    return out


#: An age's figure: one to three ASCII digits, not 0.
_AGE_FIGURE = re.compile(r"[1-9][0-9]{0,2}")


def _opening_word(tok: Token) -> bool:
    """A word of the dictionary opening a sentence before a name ("Yesterday
    Tom Reyes, 32,"), not a given name that is one too ("Summer Presti, 25,")."""
    return tok.pos_ != "PROPN" and bool(meaning.classes(tok.lower_)) and not is_given_name(tok.text)


def _joining_hyphen(doc: Doc, i: int) -> bool:
    """A hyphen written inside a name, with no space around it ("Smith-Wood")."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _aged_name_word(tok: Token) -> bool:
    """A word of a name before an age: capitalised, letters only (an
    apostrophe or a hyphen inside: "O'Brien", "Smith-Jones"), no word of the
    calendar nor a title."""
    text = tok.text
    return (
        len(text) >= 2
        and text[:1].isupper()
        and text.replace("'", "").replace("\u2019", "").replace("-", "").isalpha()
        and tok.lower_ not in _CALENDAR
        and tok.lower_ not in TITLES
    )


#: How a one-word name was resolved within the article (:meth:`_ArticleNames.resolve`).
NAME_PART = "name part seen earlier in the article"
FIRST_WITH_SURNAME = "surname of the first person named in full with it"

#: What follows a name to tell a father from his son.
_GENERATIONAL = GENERATIONAL


class _ArticleNames:
    """Who the article has named so far: full names by their parts."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.parts: dict[str, set[str]] = {}  # surname / given name -> person ids
        self.types: dict[str, str] = {}
        self.phrases: dict[str, str] = {}  # appositive phrase (casefolded, no determiner) -> entity id
        self.named_at: dict[str, int] = {}  # person id -> the sentence that first named them in full
        self.surnames: dict[str, str] = {}  # surname -> the first person named in full with it
        self.surname_of: dict[str, str] = {}  # person id -> surname key

    def resolve(self, name: str, typ: str) -> tuple[str, str, str]:
        """(entity id, type, how) of a name as written."""
        hit = self.lexicon.lookup(name)
        if hit is not None:
            eid, how = hit
            return eid, self._type(eid, typ), how
        words = name.split()
        if len(words) >= 3 and words[-1].casefold().rstrip(".") == "sr" and typ != "organization":
            # "J. Ada Okafor Sr." is the "J. Ada Okafor" of other articles ("Jr." names the son)
            name = " ".join(words[:-1]).rstrip(",")
            words = name.split()
        if len(words) == 1:
            # the one person named in full earlier whose surname or given name
            # this is, whatever type the recogniser guessed ("Silva" after "Ana Silva")
            key = alias_key(name)
            ids = self.parts.get(key, set())
            if len(ids) == 1:
                eid = next(iter(ids))
                return eid, "person", NAME_PART
            first = self.surnames.get(key)
            if (
                len(ids) > 1
                and first is not None
                and all(self.surname_of.get(other) == key for other in ids)  # not one's given name ("James")
                and all(self.named_at[first] < self.named_at[other] for other in ids if other != first)
            ):
                # "J. Ada Okafor" ... "her son, Ben Okafor" ... "Okafor": a surname alone is
                # the person named in full with it a sentence before any other (news names a
                # relative by given name once the principal holds the surname); two named
                # in one sentence ("Ana Roe met Ben Roe") stay apart
                return first, "person", FIRST_WITH_SURNAME
        return slug(name), ("name" if typ == "other" else typ), "name"

    def _type(self, eid: str, typ: str) -> str:
        info = self.lexicon.info(eid)
        return info.type if info is not None else typ

    def see(self, eid: str, name: str, typ: str, sentence: int) -> None:
        self.types.setdefault(eid, typ)
        if typ != "person":
            return
        info = self.lexicon.info(eid)
        words = (info.name if info is not None else name).split()
        while len(words) > 2 and words[-1].casefold().rstrip(".") in _GENERATIONAL:
            words = words[:-1]  # "Ada Okafor Jr." is an Okafor
        if len(words) >= 2:
            for part in (words[0], words[-1]):
                self.parts.setdefault(alias_key(part), set()).add(eid)
            self.named_at.setdefault(eid, sentence)
            self.surname_of.setdefault(eid, alias_key(words[-1]))
            self.surnames.setdefault(alias_key(words[-1]), eid)


def _np_key(tokens: Sequence[Token]) -> str:
    words = [t.text for t in tokens if not t.is_punct]
    while words and words[0].casefold() in _DETERMINERS:
        words = words[1:]
    return " ".join(fold(w).casefold() for w in words)


def _appositive_span(tok: Token) -> tuple[int, int] | None:
    """The noun phrase of an apposition to ``tok`` ("Roe, the Acme
    co-founder,"), as token bounds, when it is a common-noun phrase."""
    for child in tok.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            sub = list(child.subtree)
            return sub[0].i, sub[-1].i + 1
    return None


def resolve_entities(article_id: str, text: str, sentences: Sequence[SentenceDoc], lexicon: Lexicon) -> Resolved:
    """Entity mentions of an article's parsed sentences, resolved within the
    article; linear in the number of tokens."""
    names = _ArticleNames(lexicon)
    out = Resolved()
    surnames: frozenset[str] | None = None  # (read once, when a name an age marks needs it)
    roles = lexicon.role_patterns
    for s in sentences:
        doc = s.doc
        tokens = out.by_token.setdefault(s.index, {})
        candidates = _candidates(doc)
        # a name an age marks is read first, whatever starts before it; when it is
        # no name, the words' own candidates, if any, are read instead
        aged: dict[int, tuple[str, str, str]] = {}
        for span, typ in candidates:
            if typ == AGED:
                if surnames is None:
                    surnames = _name_ends(sentences)
                resolved = _aged_person(names, span, surnames)
                if resolved is not None:
                    aged.update((t.i, resolved) for t in span)
        for span, typ in candidates:
            if typ == AGED:
                if span[0].i not in aged:
                    continue
                eid, etype, how = aged[span[0].i]
            elif any(t.i in aged for t in span):
                continue
            else:
                eid, etype, how = names.resolve(span.text, typ)
            names.see(eid, span.text, etype, s.index)
            a, b = s.base + span.start_char, s.base + span.end_char
            m = EntityMention(
                article=article_id, span=Span(start=a, end=b), text=text[a:b], entity=eid, type=etype, how=how
            )
            out.mentions.append(m)
            for t in span:
                tokens[t.i] = m
            if etype == "person":
                # the title before a name stands for the person when the parse makes it
                # the head ("Acme COO Tim Cook closed the plant": "COO" is the subject)
                j = span.start - 1
                while j >= 0 and doc[j].lower_ in TITLES and j not in tokens:
                    tokens[j] = m
                    j -= 1
            app = _appositive_span(span.root)
            if app is not None and etype == "person":
                toks = doc[app[0] : app[1]]
                names.phrases.setdefault(_np_key(list(toks)), eid)
                a2, b2 = s.base + toks.start_char, s.base + toks.end_char
                am = EntityMention(
                    article=article_id,
                    span=Span(start=a2, end=b2),
                    text=text[a2:b2],
                    entity=eid,
                    type=etype,
                    how="apposition",
                )
                out.mentions.append(am)
                tokens.setdefault(toks.root.i, am)
        _name_parts_as_words(article_id, text, s, names, out)
        _phrase_mentions(article_id, text, s, names, roles, out)
    out.mentions.sort(key=lambda m: (m.span.start, m.span.end))
    return out


#: Tags a name part the tagger took for a word may carry ("Heller argued": a
#: common noun opening the sentence); the dependencies where it stands for a
#: whole noun phrase (not "Rice prices", a compound; not "Young voters").
_PART_TAGS = frozenset({"NOUN", "PROPN", "ADJ"})
_PART_DEPS = frozenset(
    {"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "appos", "conj", "ROOT"}
)
#: How a one-word name resolves within the article alone (:meth:`_ArticleNames.resolve`),
#: never through the lexicon, whose spelling variants take words for names.
_WITHIN_ARTICLE = frozenset({NAME_PART, FIRST_WITH_SURNAME})


def _name_parts_as_words(article_id: str, text: str, s: SentenceDoc, names: _ArticleNames, out: Resolved) -> None:
    """One capitalised word the recogniser left out that is the surname or
    given name of the one person the article named in full before it ("Ana
    Heller ..." then "Heller argued", with "Heller" tagged as a common noun
    opening the sentence): a mention of that person. A word that modifies
    another noun, that a determiner opens or that is plural is a word ("Rice
    prices", "the Young", "Gates opened"); so is a word of the dictionary
    ("Hunt for the gunman continued"), unless it is the subject of a verb of
    saying that governs what was said (:func:`_says`: "Hunt said the search
    was over"): a name is read so only where a word cannot be."""
    doc = s.doc
    tokens = out.by_token.setdefault(s.index, {})
    for tok in doc:
        if (
            tok.i in tokens
            or tok.pos_ not in _PART_TAGS
            or tok.dep_ not in _PART_DEPS
            or not (tok.text[:1].isupper() and tok.text[1:].islower())
            or any(c.dep_ == "det" for c in tok.children)
            or (tok.tag_ == "NNS" and tok.lemma_.casefold() != tok.lower_)  # "Gates opened" (not "Frost warned")
        ):
            continue
        if any(meaning.classes(tok.lower_, pos) for pos in "nvar") and not _says(tok):
            continue
        eid, etype, how = names.resolve(tok.text, "person")
        if how not in _WITHIN_ARTICLE:
            continue
        a, b = s.base + tok.idx, s.base + tok.idx + len(tok.text)
        m = EntityMention(
            article=article_id, span=Span(start=a, end=b), text=text[a:b], entity=eid, type=etype, how=how
        )
        out.mentions.append(m)
        tokens[tok.i] = m


def _aged_person(names: _ArticleNames, span: SpacySpan, surnames: frozenset[str]) -> tuple[str, str, str] | None:
    """How a name an age marks resolves (as a person's, unless the lexicon
    types it): a name that ends in a word of the dictionary ("Man, 45,
    charged", "Mum, 32,", "Bath, 8,", "Northvale Man, 45,") only when a given
    name opens it ("Ana Frost, 61,"), when it is the surname or given name of a
    person the article named in full before it ("Cheeks, 48," after "Maurice
    Cheeks"), as :func:`_name_parts_as_words` reads one, or when the article
    writes that word as the end of a longer name elsewhere ("Maurice Cheeks"
    where the recogniser typed no person);
    None when it is no name."""
    eid, etype, how = names.resolve(span.text, "person")
    words = [t for t in span if t.text != "-"]
    first, last = words[0], words[-1]
    if (
        meaning.classes(last.lower_)
        and how not in _WITHIN_ARTICLE
        and last.lower_ not in surnames
        and not (len(words) > 1 and is_given_name(first.text))
    ):
        # ("Northvale Man, 45, charged" is no name either; "Ana Frost, 61," is one)
        return None
    return eid, etype, how


def _before_an_age(doc: Doc, i: int) -> bool:
    """Whether an age in apposition (", 52,": one to three ASCII digits, at most
    :data:`_MOST_YEARS`) follows the word at ``i``."""
    if i + 3 >= len(doc) or doc[i + 1].text != "," or doc[i + 3].text != ",":
        return False
    figure = doc[i + 2].text
    return _AGE_FIGURE.fullmatch(figure) is not None and int(figure) <= _MOST_YEARS


def _name_ends(sentences: Sequence[SentenceDoc]) -> frozenset[str]:
    """The words an article writes capitalised right after a given name or a
    capitalised word of no dictionary ("Maurice Cheeks", "Ana Frost"; not
    "Local Grandmother", "The Lions"): the last words of names."""
    out: set[str] = set()
    for s in sentences:
        doc = s.doc
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if (
                tok.text[:1].isupper()
                and tok.text[1:].islower()
                and not _before_an_age(doc, tok.i)  # (a name the age marks licenses no other)
                and prev.text[:1].isupper()
                and prev.is_alpha
                and prev.pos_ != "DET"
                and (is_given_name(prev.text) or not meaning.classes(prev.lower_))
            ):
                out.add(tok.lower_)
    return frozenset(out)


def _says(tok: Token) -> bool:
    """The word is the subject of a verb of saying that tells what was said
    ("Hunt said the search was over", '"...," Frost warned'), not of one
    that counts ("Gold added 2 percent")."""
    verb = tok.head
    return (
        tok.dep_ == "nsubj"
        and verb.lemma_.casefold() in REPORTING
        and any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)
    )


def _phrase_mentions(
    article_id: str, text: str, s: SentenceDoc, names: _ArticleNames, roles: list[str], out: Resolved
) -> None:
    """Definite noun phrases that name someone the article named: an earlier
    apposition ("the Acme co-founder") or a lexicon role ("the governor")."""
    doc = s.doc
    for tok in doc:
        if tok.pos_ != "NOUN" or tok.i in out.by_token.get(s.index, {}):
            continue
        det = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
        if not det:
            continue
        left = det[0].i
        span = doc[left : tok.i + 1]
        key = _np_key(list(span))
        eid = names.phrases.get(key)
        how = "apposition seen earlier in the article"
        if eid is None:
            held = lexicon_role(names.lexicon, key, roles)
            if held is None or held not in names.types:
                continue
            eid, how = held, f"role '{key}'"
            if any(c.lower_ in ("former", "then") for c in tok.children):
                continue
        a, b = s.base + span.start_char, s.base + span.end_char
        m = EntityMention(
            article=article_id,
            span=Span(start=a, end=b),
            text=text[a:b],
            entity=eid,
            type=names.types.get(eid, "person"),
            how=how,
        )
        out.mentions.append(m)
        out.by_token.setdefault(s.index, {})[tok.i] = m


def lexicon_role(lexicon: Lexicon, key: str, roles: list[str]) -> str | None:
    if not roles:
        return None
    return lexicon.role(key)


class Pronouns:
    """Pronoun resolution across an article: he/she/him/her/his to the nearest
    person mentioned before (in the sentence, else within the last three
    sentences) that no earlier pronoun gave the other gender, and before it
    one whose given name is not mostly given to the other sex
    (:func:`~factcheck.text.names.gender_of`: "Christine Monaco ... he" is the
    man named before her when there is one; the census sex of a name is a
    preference, not a rule: "Andrea", "Nikita" name men too); they/them/their
    to the last group of two or more people named together (within the last
    four sentences)."""

    def __init__(self) -> None:
        self.recent: list[tuple[int, str]] = []  # (sentence, id) of the persons seen, most recent last
        self.last_group: tuple[int, tuple[str, ...]] | None = None
        self.gender: dict[str, str] = {}  # id -> "m" / "f", from the pronouns already resolved to it

    def resolve(self, sentence: int, tok: Token, before: list[str]) -> tuple[str, ...]:
        low = tok.lower_
        if low in _PERSONAL:
            g = "f" if low in _FEMININE else "m"
            candidates = list(reversed(before)) + [e for si, e in reversed(self.recent) if sentence - si <= 3]
            # never "she" for someone already "he"; a person whose given name is mostly
            # given to the other sex ("he" and a "Christine") only when no other fits
            fits = [e for e in candidates if self.gender.get(e, g) == g]
            by_name = [e for e in fits if e in self.gender or (gender_of(e.split("-", 1)[0]) or g) == g]
            chosen = next(iter(by_name or fits), None)
            if chosen is None:
                return ()
            self.gender[chosen] = g
            return (chosen,)
        elif tok.dep_ in ("cc", "cc:preconj", "preconj", "det", "advmod", "nummod"):
            return ()  # "both privately and publicly", "both leaders": not a pronoun
        elif (
            (low in _GROUP or (low in ("two", "leaders") and tok.pos_ in ("NUM", "NOUN") and _definite(tok)))
            and self.last_group is not None
            and sentence - self.last_group[0] <= 4
            and len(set(before)) < 2
        ):
            return self.last_group[1]
        return ()

    def see(self, sentence: int, persons: list[str], group_referred: bool = False) -> None:
        """Record the persons of a sentence. A sentence that refers to the
        current group ("they", "the two") keeps talking about it: the people
        it also names do not replace the group."""
        for eid in reversed(dict.fromkeys(reversed(persons))):
            self.recent = [r for r in self.recent if r[1] != eid] + [(sentence, eid)]
        self.recent = self.recent[-8:]
        uniq = tuple(dict.fromkeys(persons))
        if group_referred and self.last_group is not None:
            self.last_group = (sentence, self.last_group[1])
        elif len(uniq) >= 2:
            self.last_group = (sentence, uniq)


def _definite(tok: Token) -> bool:
    head = tok if tok.pos_ == "NOUN" else tok.head
    return (
        any(c.lower_ in ("the", "both") for c in head.children)
        or head.lower_ == "leaders"
        and any(c.lower_ == "two" for c in head.children)
    )
