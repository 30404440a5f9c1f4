"""Entity mentions resolved to canonical entities.

Story knowledge (names, aliases, roles, who speaks for whom) comes from the
lexicon in ``rules/lexicon/entities.yaml``; everything else is generic: titles
("Prime Minister Mark Carney", "PM Carney"), possessives ("Carney's"),
surnames linked to a full name seen earlier in the article, and fuzzy alias
matching with rapidfuzz for spelling variants ("Zelensky" / "Zelenskyy").
"""

from __future__ import annotations

import re


from ..knowledge.lexicon import POSSESSIVE_RE, Lexicon
from ..model.models import EntityMention
from ..text.words import fold, slug

# Generic titles and roles that may precede a name. Longest first.
TITLES = tuple(
    sorted(
        """president vice-president prime-minister pm premier minister secretary senator sen. governor gov.
        leader mr. mrs. ms. dr. king queen prince princess pope chancellor spokesperson spokesman spokeswoman
        press-secretary ceo chairman chairwoman chair judge justice general gen. lt. sgt. rep. representative
        mayor ambassador director chief commissioner coach captain sir dame lord lady
        liberal-leader conservative-leader opposition-leader former then-prime-minister then-president
        u.s. us american canadian british ukrainian russian chinese mexican french german federal
        foreign finance defence defense trade international commerce white-house state""".split(),
        key=len,
        reverse=True,
    )
)
_TITLE_WORDS = frozenset(t.replace("-", " ") for t in TITLES)

ORG_WORDS = frozenset(
    """house office party social act coalition organization organisation department ministry commission
    university press news post times street avenue agency council committee court bank corp corporation
    inc company group association union treaty federation institute foundation network league airlines
    airways motors board bureau service services fund reserve senate congress parliament assembly
    administration government command force forces army navy police team club media""".split()
)

PLACE_WORDS = frozenset(
    """canada united states america u.s. us usa u.k. uk britain china russia mexico ukraine europe eu
    ottawa washington ontario alberta quebec kananaskis carleton alta. toronto london paris beijing
    moscow kyiv""".split()
)

MONTHS_DAYS = frozenset(
    """january february march april may june july august september october november december jan feb mar apr
    jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split()
)

COMMON_CAPITALISED = frozenset(
    """the a an this that these those it its he she they we i you his her their our my your there here
    while however despite after before during following in on at for from with by of to as if when
    what why how who where which also but and or so yet not no never many some several both each
    every all any one two three four five six seven eight nine ten first second third last next new
    previous previously meanwhile still now then today yesterday tomorrow earlier later federal canadian
    american trump's officials anonymous sources going where does could would should will may might
    let's thanks share subscribe notify oldest newest inline view would love be please our website
    national provincial international prime president minister leader elect try drugs""".split()
)

_NAME_TOKEN = r"(?:[A-Z][A-Za-z\u00c0-\u024f'\u2019\.\-]*|(?:of|de|da|van|von|der|la|le|du|bin|al)(?=\s+[A-Z]))"
NAME_RE = re.compile(rf"\b{_NAME_TOKEN}(?:\s+{_NAME_TOKEN})*")


def _guess_type(words: list[str], had_title: bool) -> str:
    low = [w.casefold().rstrip(".") for w in words]
    if any(w in ORG_WORDS for w in low):
        return "organization"
    if " ".join(low) in PLACE_WORDS or (len(low) == 1 and low[0] in PLACE_WORDS):
        return "place"
    if had_title:
        return "person"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w.replace(".", "").isalpha() for w in words):
        return "person"
    return "name"


def _strip_title(words: list[str]) -> tuple[list[str], bool]:
    had = False
    i = 0
    while i < len(words) - 1:
        two = f"{words[i]} {words[i + 1]}".casefold()
        if two in _TITLE_WORDS:
            i += 2
            had = True
            continue
        if words[i].casefold() in _TITLE_WORDS:
            i += 1
            had = True
            continue
        break
    return words[i:], had


def find_entities(
    article_id: str,
    text: str,
    lexicon: Lexicon,
    *,
    start: int = 0,
    end: int | None = None,
    known: dict[str, str] | None = None,
) -> list[EntityMention]:
    """Entity mentions in ``text[start:end]``.

    ``known`` maps surnames (casefolded) seen earlier in the same article to
    entity ids; it is updated in place so a later "Dawson" links to an earlier
    "Laura Dawson".
    """
    end = len(text) if end is None else end
    known = {} if known is None else known
    chunk = text[start:end]
    out: list[EntityMention] = []
    taken: list[tuple[int, int]] = []

    for m in NAME_RE.finditer(chunk):
        raw = m.group()
        words = raw.split()
        match_end = m.end()
        while len(words) > 1 and words[-1].casefold().rstrip(".") in COMMON_CAPITALISED:
            words = words[:-1]  # "Trump I think": the name stops before "I"
            match_end = m.start() + raw.rstrip().rfind(" ")
            raw = chunk[m.start() : match_end].rstrip()
            match_end = m.start() + len(raw)
        words_clean, had_title = _strip_title(words)
        if not words_clean:
            continue
        name = " ".join(words_clean)
        name_start = m.start() + raw.rfind(name) if name in raw else m.start()
        name_start = m.start() + raw.index(words_clean[0]) if words_clean[0] in raw else name_start
        abs_start = start + name_start
        abs_end = start + match_end
        surface = text[abs_start:abs_end]
        surface_stripped = POSSESSIVE_RE.sub("", surface.rstrip(".,"))
        if not surface_stripped:
            continue
        abs_end = abs_start + len(surface_stripped) if surface.startswith(surface_stripped) else abs_end
        lowered = surface_stripped.casefold()
        if lowered in MONTHS_DAYS or lowered in COMMON_CAPITALISED:
            continue
        lead = surface_stripped.split()
        while len(lead) > 1 and (lead[0].casefold() in COMMON_CAPITALISED or lead[0].casefold() in MONTHS_DAYS):
            lead = lead[1:]  # "Then Jane Roe": a sentence opener is not part of the name
        if len(lead) < len(surface_stripped.split()):
            surface_stripped = surface_stripped[surface_stripped.index(lead[0]) :]
            abs_start = abs_end - len(surface_stripped)
        hit = lexicon.lookup(surface_stripped)
        if hit is not None:
            eid, how = hit
        else:
            toks = surface_stripped.split()
            first = toks[0].casefold()
            if first in COMMON_CAPITALISED or first in MONTHS_DAYS:
                toks = toks[1:]
                if not toks or " ".join(toks).casefold() in MONTHS_DAYS:
                    continue
                surface_stripped = " ".join(toks)
                abs_start = abs_end - len(surface_stripped)
            if len(toks) == 1:
                key = toks[0].casefold()
                if key in known:
                    eid, how = known[key], "surname seen earlier in the article"
                    typ = "person"
                elif len(key) < 3 or not toks[0][0].isupper():
                    continue
                else:
                    eid, how = slug(toks[0]), "name"
                    typ = _guess_type(toks, had_title)
            else:
                eid, how = slug(surface_stripped), "name"
                typ = _guess_type(toks, had_title)
                if typ == "person":
                    known.setdefault(toks[-1].casefold(), eid)
        info = lexicon.info(eid)
        if info is not None:
            typ = info.type
            if info.type == "person":
                known.setdefault(info.name.split()[-1].casefold(), eid)
        out.append(
            EntityMention(article=article_id, span={"start": abs_start, "end": abs_end}, text=text[abs_start:abs_end], entity=eid, type=typ, how=how)
        )
        taken.append((abs_start, abs_end))

    # role phrases: "the prime minister", "the president"
    low = fold(chunk).casefold()
    for role in lexicon.role_patterns:
        for rm in re.finditer(rf"\b(?:the\s+){re.escape(role)}\b", low):
            s, e = start + rm.start(), start + rm.end()
            after = chunk[rm.end() : rm.end() + 2]
            if after[:1] == " " and after[1:2].isupper():
                continue  # a title before a name: the name carries the mention
            before = low[max(0, rm.start() - 8) : rm.start()]
            if "former" in before or "then-" in before:
                continue
            if any(s < te and ts < e for ts, te in taken):
                continue
            held_by = lexicon.role(role)
            # a role refers to someone the article has already named: "the
            # president" in a story about another president is not this one
            if held_by and held_by in known.values():
                out.append(
                    EntityMention(
                        article=article_id, span={"start": s, "end": e}, text=text[s:e],
                        entity=held_by, type=lexicon.type_of(held_by), how=f"role '{role}'",
                    )
                )
                taken.append((s, e))
    out.sort(key=lambda x: (x.span.start, x.span.end))
    return out
