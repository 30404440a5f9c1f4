"""Role titles beside a name: who heads what, and which title a person holds.

News names people with their title: before the name ("Northvale Rovers head
coach Jane Roe", "Acme's chief executive Jane Roe"), before it with a comma
("the Westshire fire chief, Jane Roe") or after it in apposition ("Jane Roe,
chief executive of Acme"). Each such title gives up to two claims of the
``holder`` slot:

- **who holds a head role** (``role`` = "chief executive officer of @acme"):
  only roles one person holds at a time (:data:`HEAD_ROLES`: a chief
  executive, a president, a governor, a head coach; not a spokesman, an
  agent or a senator) and only when the title names what is headed (an
  entity, or a capitalised qualifier: "Interior Secretary"). Two sources
  naming two people for one such role conflict.
- **which title a person holds** (``role`` = "title of @jane-roe"): two
  sources giving one person titles that exclude each other (chief executive /
  chief financial officer, president / vice president) conflict; titles that
  can be held together (president and chief executive) never do.

A title with "former", "acting", "deputy" and the like is no claim: it does
not say who holds the role now. Pure functions over an extraction's text and
entity mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..knowledge import meaning
from ..model.models import EntityMention, Extraction
from ..text.words import NAME_TITLE_ABBREVIATIONS, STOPWORDS, fold, slug

#: Roles one person holds at a time, per organisation, with their normal form.
HEAD_ROLES: dict[str, str] = {
    "chief executive officer": "chief executive officer",
    "chief executive": "chief executive officer",
    "ceo": "chief executive officer",
    "chief operating officer": "chief operating officer",
    "coo": "chief operating officer",
    "chief financial officer": "chief financial officer",
    "cfo": "chief financial officer",
    "chief technology officer": "chief technology officer",
    "cto": "chief technology officer",
    "president": "president",
    "chairman": "chairman",
    "chairwoman": "chairman",
    "chairperson": "chairman",
    "general manager": "general manager",
    "head coach": "head coach",
    "governor": "governor",
    "mayor": "mayor",
    "prime minister": "prime minister",
    "premier": "premier",
    "chancellor": "chancellor",
    "secretary": "secretary",
    "press secretary": "press secretary",
    "fire chief": "fire chief",
    "police chief": "police chief",
    "head": "head",
    "district attorney": "district attorney",
    "attorney general": "attorney general",
    "sheriff": "sheriff",
    "police commissioner": "police commissioner",
}
#: Ranks below a head role: a title of their own, never the head role.
RANKS: dict[str, str] = {
    "vice president": "vice president",
    "vice chairman": "vice chairman",
    "vice-president": "vice president",
    "vice-chairman": "vice chairman",
}
#: Grades of the armed forces and the police written right before a name
#: ("Commander Ana Ruiz", "Lt. Col. Tom Ray", "Chief Inspector Ann Lee"), with
#: their normal form: one person holds one grade at a time. Not "captain" (of a
#: ship or a team as well), "detective", "officer" or "superintendent" (posts as
#: much as grades).
GRADES: dict[str, str] = {
    "ensign": "ensign",
    "lieutenant": "lieutenant", "lt": "lieutenant", "lieut": "lieutenant",
    "lieutenant commander": "lieutenant commander", "lt cmdr": "lieutenant commander",
    "lt cdr": "lieutenant commander", "lt commander": "lieutenant commander",
    "commander": "commander", "cmdr": "commander", "cdr": "commander", "comdr": "commander",
    "commodore": "commodore",
    "rear admiral": "rear admiral", "vice admiral": "vice admiral", "admiral": "admiral", "adm": "admiral",
    "rear adm": "rear admiral", "vice adm": "vice admiral",
    "corporal": "corporal", "cpl": "corporal",
    "sergeant": "sergeant", "sgt": "sergeant", "staff sergeant": "staff sergeant",
    "staff sgt": "staff sergeant", "master sergeant": "master sergeant",
    "major": "major", "maj": "major",
    "lieutenant colonel": "lieutenant colonel", "lt col": "lieutenant colonel",
    "colonel": "colonel", "col": "colonel",
    "brigadier": "brigadier", "brigadier general": "brigadier general", "brig gen": "brigadier general",
    "major general": "major general", "maj gen": "major general",
    "lieutenant general": "lieutenant general", "lt gen": "lieutenant general",
    "general": "general", "gen": "general",
    "constable": "constable", "const": "constable", "cst": "constable",
    "inspector": "inspector", "insp": "inspector", "chief inspector": "chief inspector",
}  # fmt: skip
_GRADE_FORMS = frozenset(GRADES.values())
#: Officers of one organisation: one person is not two of them.
OFFICERS = frozenset(
    ["chief executive officer", "chief operating officer", "chief financial officer", "chief technology officer"]
)
#: Words that make a title say nothing about who holds the role now.
NOT_NOW = frozenset(
    [
        "former",
        "ex",
        "ex-",
        "then",
        "late",
        "acting",
        "interim",
        "deputy",
        "assistant",
        "associate",
        "co",
        "outgoing",
        "incoming",
        "future",
        "elect",
        "designate",
        "nominee",
        "would-be",
        "onetime",
        "one-time",
        "previous",
        "past",
        "retired",
        "emeritus",
    ]
)
#: Lower-case words a title may contain before a name.
TITLE_WORDS = (
    frozenset(
        [
            "chief",
            "executive",
            "officer",
            "operating",
            "financial",
            "technology",
            "president",
            "vice",
            "chairman",
            "chairwoman",
            "chairperson",
            "general",
            "manager",
            "head",
            "coach",
            "governor",
            "mayor",
            "prime",
            "minister",
            "premier",
            "chancellor",
            "secretary",
            "press",
            "fire",
            "police",
            "ceo",
            "coo",
            "cfo",
            "cto",
            "district",
            "attorney",
            "sheriff",
            "commissioner",
            "and",
            "of",
            "the",
        ]
    )
    | NOT_NOW
)
_WORD = re.compile(r"[\w][\w.&'\u2019-]*")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


@dataclass(frozen=True)
class Title:
    """A title given to a person in the text."""

    holder: str  # entity id of the person
    holder_span: tuple[int, int]
    roles: tuple[str, ...]  # normal forms, head roles and ranks
    org: str | None  # entity id (or "@"-less slug of a capitalised qualifier) of what is headed
    span: tuple[int, int]  # the title phrase


def _words(text: str, base: int) -> list[tuple[str, int, int]]:
    return [(m.group(), base + m.start(), base + m.end()) for m in _WORD.finditer(text)]


def _roles_of(words: list[str]) -> tuple[list[str], list[str]] | None:
    """Split title words (lower-case, in order) into roles ("president and
    chief executive" -> both) and the qualifier words before them; None when
    the title says nothing about now ("former") or names no role."""
    if any(w.strip(".") in NOT_NOW for w in words):
        return None
    roles: list[str] = []
    end = len(words)
    while end > 0:
        # the longest role phrase ending here first ("vice president" before "president")
        for start in range(max(0, end - 3), end):
            phrase = " ".join(words[start:end])
            role = HEAD_ROLES.get(phrase) or RANKS.get(phrase)
            if role is not None:
                roles.append(role)
                end = start
                break
        else:
            break
        if end > 0 and words[end - 1] == "and":
            end -= 1  # "president and chief executive"
            continue
        break
    if not roles:
        return None
    return list(reversed(roles)), words[:end]


def _org(
    ex: Extraction,
    holder: EntityMention,
    start: int,
    end: int,
    qualifier: list[tuple[str, int, int]],
    starts: Sequence[int],
) -> str | None:
    """What the title heads: an entity named inside it, or its capitalised qualifier words."""
    for m in ex.entities:
        if m.entity != holder.entity and m.span.start >= start and m.span.end <= end and m.type != "person":
            return m.entity
    caps = [_POSSESSIVE.sub("", w) for w, _s, _e in qualifier if w[:1].isupper()]
    if not caps or len(caps) != len(qualifier):
        return None
    if (
        len(qualifier) == 1
        and start == _sentence_start(starts, start)
        and meaning.is_a(fold(caps[0]).casefold(), "social group")  # (an organisation is one)
    ):
        return None  # "Company CEO Jane Roe" opening a sentence: a common noun, no name
    return slug(" ".join(caps))


def _names_a_body(ex: Extraction, holder: EntityMention, words: list[tuple[str, int, int]]) -> bool:
    """The words after a title's "of" name the body itself: they start with a
    capital, and every lower-case word lies inside a named organisation or
    place ("of the Northvale Fire Department"; not "of surgery at Northvale
    General Hospital", nor "of the Northvale police")."""
    if not words[0][0][:1].isupper():
        return False
    spans = [(m.span.start, m.span.end) for m in ex.entities if m.entity != holder.entity and m.type != "person"]
    return all(w[:1].isupper() or any(a <= s < b for a, b in spans) for w, s, _e in words)


def _sentence_start(starts: Sequence[int], pos: int) -> int:
    """Where the sentence holding the character ``pos`` starts (0 when none
    does), among the sentences' ``starts``."""
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _quoted(quotes: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of the (sorted, disjoint) quotation spans."""
    i = bisect.bisect_right(quotes, (pos, 1 << 62)) - 1
    return i >= 0 and quotes[i][0] <= pos < quotes[i][1]


def _grade(
    ex: Extraction, m: EntityMention, starts: Sequence[int], quotes: Sequence[tuple[int, int]] = ()
) -> Title | None:
    """A grade written right before a person's name, capitalised ("Commander
    Ana Ruiz", "Navy Lt. Col. Tom Ray"), with the service named before it as
    what it is held in. None when a capitalised word other than a service
    comes before the grade ("Battalion Commander", "Attorney General", "Chief
    Constable": posts and offices), when a word before it says the grade is
    not, or not surely, held now ("former", "retired", "acting"), when "(ret.)"
    follows the name, or inside a quotation (a grade remembered)."""
    if m.type != "person" or _quoted(quotes, m.span.start):
        return None
    text = ex.article.text
    if _RETIRED_AFTER.match(text, m.span.end):
        return None
    lo = max(0, m.span.start - 60, _sentence_start(starts, m.span.start))
    words = _words(text[lo : m.span.start], lo)
    if not words or not text[words[-1][2] : m.span.start].isspace():
        return None
    for n in (2, 1):
        run = words[-n:]
        if len(run) < n or any(not text[a[2] : b[1]].isspace() for a, b in zip(run, run[1:], strict=False)):
            continue
        if not all(w[:1].isupper() for w, _s, _e in run):
            continue
        grade = GRADES.get(" ".join(w.casefold().rstrip(".") for w, _s, _e in run).replace("-", " "))
        if grade is None:
            continue
        service = _service(text, words[: len(words) - n], run[0][1])
        if service is None:
            return None
        return Title(m.entity, (m.span.start, m.span.end), (grade,), service or None, (run[0][1], run[-1][2]))
    return None


#: Capitalised words that may come before a grade: the service it is held in.
_SERVICES = frozenset(
    {"army", "navy", "naval", "marine", "marines", "air", "force", "coast", "guard", "national", "police",
     "u.s.", "us", "royal", "detective", "staff", "master", "state", "military", "special", "forces"}
)  # fmt: skip
#: "(ret.)", ", ret.," after a name: a retired officer.
_RETIRED_AFTER = re.compile(r"\s*[(,]\s*ret(?:\.|ired)?\s*[),]", re.IGNORECASE)


def _service(text: str, words: list[tuple[str, int, int]], grade: int) -> str | None:
    """What the words before a grade say of it: the service it is held in, as
    a slug ("navy", "us-army"), "" when they name none, or None when a word
    says it is not held now ("former", "retired") or a capitalised word that
    is no service makes the grade part of a post ("Battalion Commander")."""
    service: list[tuple[str, int]] = []
    for w, start, end in reversed(words):
        low = w.casefold()
        if text[end : (service[0][1] if service else grade)].strip():
            break  # ("seized by the Navy, Commander Ana Ruiz said": another phrase)
        if low in _SERVICES and w[:1].isupper():
            service.insert(0, (low.replace(".", ""), start))
            continue
        if low.strip(".") in NOT_NOW or low in _NOT_HELD:
            return None
        if w[:1].isupper() and not service and low not in STOPWORDS:
            return None
        break
    named = " ".join(x for x, _ in service if x not in ("detective", "staff", "master", "special"))
    return slug(named) if named else ""


#: Words that tell of a promotion ("was promoted to sergeant", "posthumously promoted").
_PROMOTED = re.compile(r"\b(?:promot(?:ed|ion|ions|ing|e|es)|posthumous(?:ly)?|frocked)\b", re.IGNORECASE)
#: Words before a grade that say it is not surely held: "temporary", "honorary", "brevet".
_NOT_HELD = frozenset({"temporary", "honorary", "brevet"})


def _before(ex: Extraction, m: EntityMention, starts: Sequence[int], until: int | None = None) -> Title | None:
    """A title just before a name ("Acme chief executive Jane Roe"), or before it
    with a comma ("the Westshire fire chief, Jane Roe"); or before ``until``,
    where a grade before the name starts ("Acme chief executive Commander Jane Roe")."""
    text = ex.article.text
    until = m.span.start if until is None else until
    # never back across the start of the name's sentence ("... on Monday. Company CEO Jane Roe")
    lo = max(0, until - 80, _sentence_start(starts, m.span.start))
    head = text[lo:until]
    comma = head.rstrip().endswith(",")
    if "\n" in head:
        lo += head.rindex("\n") + 1
        head = text[lo:until]
    if comma:
        head = head.rstrip()[:-1]
    if head and not head[-1:].isspace() and not comma:
        return None
    words = _words(head, lo)
    others = [n.span for n in ex.entities if n.entity != m.entity and n.type == "person"]
    run: list[tuple[str, int, int]] = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        low = fold(w[0]).casefold()
        left = fold(words[i - 1][0]).casefold() if i > 0 else ""
        gap = text[w[2] : run[0][1] if run else (lo + len(head))]
        if run and gap.strip() == ")" and w[0].isupper() and text[w[1] - 1 : w[1]] == "(":
            # "Northvale Mining Corporation (NMC) Chief Executive Jane Roe": the abbreviation names what is headed
            run.insert(0, w)
            break
        if gap.strip() or any(sp.start <= w[1] < sp.end for sp in others):
            break  # punctuation between, or another person's name: not one title
        if low == "and" and left not in TITLE_WORDS:
            break  # "Jane Roe and Acme chief executive": two names, not two titles
        if low == "the" and left != "of":
            break
        if low in TITLE_WORDS:
            run.insert(0, w)
            continue
        if low in STOPWORDS:
            break
        if w[0].endswith(".") and w[0][:-1] in NAME_TITLE_ABBREVIATIONS:
            return None  # "Lt. Governor Ann Lee", "Asst. Chief": a rank of the title, not what it heads
        if w[0][:1].isupper() or _POSSESSIVE.search(w[0]):
            run.insert(0, w)
            continue
        break
    while run and run[0][0].casefold() in ("of", "and"):
        run.pop(0)
    if not _holds(m, run):
        return None
    return _title(ex, m, run, starts, of_split=True)


def _holds(m: EntityMention, run: list[tuple[str, int, int]]) -> bool:
    """Whether the name after a run of title words holds the title: not a name
    after "of" ("general manager of Acme's High Density Computing group"), nor
    a thing the title's holder has ("the Marion County Sheriff's Office")."""
    if not run or (m.type != "person" and any(w[0].casefold() == "of" for w in run)):
        return False
    return not _POSSESSIVE.search(run[-1][0])


def _title(
    ex: Extraction, m: EntityMention, run: list[tuple[str, int, int]], starts: Sequence[int], *, of_split: bool
) -> Title | None:
    low = [fold(_POSSESSIVE.sub("", w)).casefold().strip(".") for w, _s, _e in run]
    org_words: list[tuple[str, int, int]] = []
    if of_split and "of" in low:
        # "governor of Westshire", "chief executive of the Acme Group"
        i = low.index("of")
        org_words = [w for w in run[i + 1 :] if w[0].casefold() != "the"]
        run, low = run[:i], low[:i]
    split = _roles_of(low)
    if split is None:
        return None
    roles, qual = split
    qualifier = run[: len(qual)]
    start, end = run[0][1], (org_words[-1][2] if org_words else run[-1][2])
    org = None
    if org_words and not _names_a_body(ex, m, org_words):
        # "head of surgery at Northvale General Hospital", "head of the Northvale police":
        # a department or a service of the body named in it, which has other heads
        return None
    if org_words:
        org = _org(ex, m, org_words[0][1], org_words[-1][2], org_words, starts)
    elif qualifier:
        org = _org(ex, m, qualifier[0][1], qualifier[-1][2], qualifier, starts)
    return Title(m.entity, (m.span.start, m.span.end), tuple(roles), org, (start, end))


_APPOSITION = re.compile(r"[\s,]*(?:(?:the|a|an)\s+)?")


def _after(ex: Extraction, m: EntityMention, starts: Sequence[int]) -> Title | None:
    """A title in apposition ("Jane Roe, chief executive of Acme,"): the
    extraction's apposition mention of the person."""
    text = ex.article.text
    name = next(
        (
            n
            for n in reversed(ex.entities)
            if n.entity == m.entity
            and n.how != "apposition"
            and n.span.end <= m.span.start
            and not text[n.span.end : m.span.start].strip(" ,")
        ),
        None,
    )
    if name is None:
        return None  # the apposition does not follow the name
    lead = _APPOSITION.match(text, m.span.start, m.span.end)
    start = lead.end() if lead else m.span.start
    if lead is not None and lead.group().strip(" ,") and lead.group().strip(" ,").casefold() != "the":
        return None  # "a spokesman": one of several
    line_end = text.find("\n", m.span.end)
    # the parse may end the apposition early ("chairman" of "chairman and chief
    # executive of Acme"): read on to the next comma when the words there still end with a role
    for end in (len(text) if line_end == -1 else line_end, m.span.end):
        words = _clause_words(text, start, end)
        if not words or any(w[0].casefold() in ("who", "which", "that") for w in words):
            continue
        title = _title(ex, name, words, starts, of_split=True)
        if title is not None:
            return title
    return None


#: Where a title after a name ends.
_TITLE_STOPS = (",", ";", "(", ")", "\u2014", " - ", ". ")


def _clause_words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words from ``start`` to the first stop before ``end`` (none when
    more than eight: a clause, not a title)."""
    for stop in _TITLE_STOPS:
        cut = text.find(stop, start, end)
        end = cut if cut != -1 else end
    words = _words(text[start:end], start)
    return words if len(words) <= 8 else []


_AFTER_NAME = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?", re.IGNORECASE)


def _after_name(ex: Extraction, m: EntityMention, starts: Sequence[int]) -> Title | None:
    """A title in apposition that the extraction did not mark as one ("Jane
    Roe, Acme's chief financial officer,", "Jane Roe, the Chief Executive of
    Acme,"): the words after the name's comma up to the next comma, when they
    end with a role."""
    text = ex.article.text
    lead = _AFTER_NAME.match(text, m.span.end)
    if lead is None:
        return None
    start = lead.end()
    stop = text.find("\n", start)
    words = _clause_words(text, start, len(text) if stop == -1 else stop)
    if not words or any(w[0].casefold() in ("who", "which", "that", "a", "an") for w in words):
        return None
    return _title(ex, m, words, starts, of_split=True)


def headline(line: str) -> bool:
    """A line in title case ("Minister Calls Bank Workers' Deaths 'Murder'"):
    every word capitalised, so names cannot be told from the words around them."""
    words = [w for w in _WORD.findall(line) if len(w) > 3 and w[0].isalpha()]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def titles_of(ex: Extraction) -> Iterator[Title]:
    """Every title the article gives a named person, in text order (none in
    title-case headlines)."""
    named = {m.entity for m in ex.entities if m.how != "apposition"}
    text = ex.article.text
    starts = [sent.span.start for sent in ex.sentences]
    # (an article that tells of a promotion gives one person two grades: none is read)
    promoted = _PROMOTED.search(text) is not None
    quotes = sorted((q.span.start, q.span.end) for q in ex.quotes)
    for m in ex.entities:
        if m.type == "place":
            continue
        start = text.rfind("\n", 0, m.span.start) + 1
        end = text.find("\n", m.span.end)
        if headline(text[start : end if end != -1 else len(text)]):
            continue
        # (a grade right before the name is a title too, and what comes before the grade
        # may be another: "Acme chief executive Commander Ana Ruiz")
        grade = None if m.how == "apposition" or promoted else _grade(ex, m, starts, quotes)
        if grade is not None and grade.holder in named:
            yield grade
        until = grade.span[0] if grade is not None else None
        t = _after(ex, m, starts) if m.how == "apposition" else _before(ex, m, starts, until)
        if t is not None and t.holder in named:
            yield t
        if m.how != "apposition" and m.type == "person" and not _apposed(ex, m):
            after = _after_name(ex, m, starts)
            if after is not None:
                yield after


def _apposed(ex: Extraction, m: EntityMention) -> bool:
    """Whether the extraction marked an apposition of the person right after the name."""
    return any(
        n.how == "apposition" and n.entity == m.entity and m.span.end <= n.span.start <= m.span.end + 3
        for n in ex.entities
    )


def exclusive(a: str, b: str) -> bool:
    """Two titles one person does not hold together: two officers of one
    organisation, a head role and the rank below it, or two grades."""
    if a == b:
        return False
    if a in OFFICERS and b in OFFICERS:
        return True
    if a in _GRADE_FORMS and b in _GRADE_FORMS:
        # "Commander Ana Ruiz" / "Commodore Ana Ruiz"; a grade is often written by its
        # last word ("Colonel" for a lieutenant colonel, "General" for a major general)
        return a.split()[-1] != b.split()[-1]
    return a == "vice " + b or b == "vice " + a


def same_org(a: str, b: str) -> bool:
    """Two names of what a title heads agree when equal, when one is the
    other's initials ("u-s" / "united-states"), or when one is missing."""
    if not a or not b or a == b:
        return True
    wa, wb = a.split("-"), b.split("-")
    return "".join(wa) == "".join(x[0] for x in wb if x) or "".join(wb) == "".join(x[0] for x in wa if x)
