"""Values attached to what they describe: ages, ordinals, numbers, dates and places."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ...knowledge import meaning
from ...model.models import (
    Attachment,
    EntityMention,
    Measure,
    Span,
    TimeMention,
)
from ...text.words import (
    ANOTHER_MEASURE,
    APPLYING,
    CHANGE_NOUNS,
    CHANGING,
    DELAYING,
    DENYING,
    DYING_VERBS,
    GAME_NOUNS,
    GAME_RESULT_WORDS,
    GOVERNING,
    HOPING,
    IMPOSING,
    MEASURE_NOUNS,
    MONTH_WORDS,
    NEARLY_WORDS,
    NOT_A_START,
    NOT_FINAL_SCORE_WORDS,
    ONES,
    PARTIAL_SCORE_WORDS,
    PEOPLE_VERBS,
    PERIOD_NOUNS,
    PERIOD_PART_WORDS,
    PERIOD_SPANS,
    RESULT_NOUNS_ONLY,
    RESULT_VERBS_ONLY,
    REVISED,
    START_CUES,
    SUPERSEDED,
    TAKING_EFFECT,
    TEENS,
    TENS,
    TIME_UNIT_DAYS,
    TIME_WORDS,
    WEEKDAY_WORDS,
)
from ..negation import modality, polarity
from ..quantities import MONEY_UNITS
from .context import (
    _AGE_RE,
    _AGED_RE,
    _CLAUSE_DEPS,
    _HEDGES,
    _MEASURE_WORDS,
    _NOT_LOCATIVE,
    _ORDINAL_RE,
    _ORDINAL_WORDS,
    REPORTING,
    SentenceContext,
)
from .predicates import _case, harm_verb, is_predicate

# --------------------------------------------------------------------------- attachments


def _root_of(ctx: SentenceContext, span: Span) -> Token | None:
    """The token of a span whose head lies outside it."""
    idx = [i for i in ctx.token_range(span) if not ctx.tokens[i].is_space]
    if not idx:
        return None
    for i in idx:
        if ctx.heads[i] not in idx or ctx.heads[i] == i:
            return ctx.tokens[i]
    return ctx.tokens[idx[-1]]


def _target(tok: Token) -> tuple[Token, str]:
    """The word a value phrase rooted at ``tok`` describes, and how."""
    head = tok.head
    if head == tok:
        return tok, "root"
    case = _case(tok)
    rel = tok.dep_ + (f":{case}" if case and not tok.dep_.endswith(case) else "")
    if head.dep_ in ("case",) and head.head != head:
        head = head.head
    return head, rel


def _hedge(doc: Doc, first: Token) -> str | None:
    words = [t.lower_ for t in doc[max(0, first.i - 3) : first.i]]
    for n in (3, 2, 1):
        phrase = " ".join(words[-n:]) if len(words) >= n else ""
        if phrase in _HEDGES:
            return phrase
    return None


def _span_of(ctx: SentenceContext, tok: Token) -> Span:
    return ctx.span(ctx.base + tok.idx, ctx.base + tok.idx + len(tok.text))


def _att(
    ctx: SentenceContext, kind: str, text: str, span: Span, value: str | None, head: Token, relation: str, **kw: object
) -> tuple[int, Attachment]:
    att = Attachment(
        kind=kind,
        text=text,
        span=span,
        value=value,
        head=head.lemma_.casefold() or head.lower_,
        head_span=_span_of(ctx, head),
        relation=relation,
        **kw,
    )
    return head.i, att


def _ages(ctx: SentenceContext) -> tuple[list[tuple[int, Attachment]], set[int]]:
    """ "a 33-year-old actress" (to the noun), "Smith, aged 61", "died at the
    age of 61", "died at 77", "Smith, 61," (a number between commas after a
    name, in apposition to it), "Smith is 61"."""
    out: list[tuple[int, Attachment]] = []
    taken: set[int] = set()
    for reader in (_year_old_ages, _aged_ages, _ages_at_death, _bare_ages):
        out.extend(reader(ctx, taken))
    return out, taken


def _year_old_ages(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """ "a 33-year-old actress", "69 - year - old Ana Ruiz": to the noun."""
    out = []
    for m in _AGE_RE.finditer(ctx.sentence.text):
        span = Span(start=ctx.base + m.start(), end=ctx.base + m.end())
        old = _root_of(ctx, span)
        if old is None:
            continue
        head = old.head if old.dep_ in ("amod", "compound", "nmod", "appos") else old
        if head.pos_ not in ("NOUN", "PROPN"):
            head = _noun_after(ctx, span) or head  # "69 - year - old Ana Ruiz", the phrase misparsed
        head = _person_right_after(ctx, span) or head  # "found 27 year old Ana Ruiz guilty", hung on "guilty"
        head = _qualified_noun(ctx, head) or head  # "a 52-year-old Tom Ray supporter", hung on the name
        head = _name_of_noun(ctx, head) or head  # "his 20 year old girlfriend Ana Ruiz": she is Ana Ruiz
        taken.update(ctx.token_range(span))
        years = m.group(1) if m.group(1).isdigit() else _years_in_words(m.group(1))
        if years is None:
            continue
        out.append(_att(ctx, "age", ctx.text[span.start : span.end], span, years, head, old.dep_))
    return out


def _aged_ages(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """ "Smith, aged 61,", "Smith, age 61,", "died at the age of 61"."""
    out = []
    for m in _AGED_RE.finditer(ctx.sentence.text):
        span = Span(start=ctx.base + m.start(1), end=ctx.base + m.end(1))
        num = _root_of(ctx, span)
        if num is None or num.i in taken or not 0 < int(m.group(1)) < 125:
            continue
        aged = m.group(0).casefold().startswith(("aged", "age"))
        death = _death_above(num)
        if not aged and death is None:
            continue  # "founded it at the age of 21" is an age back then; "died at the age of 91" is the last
        if m.group(0).casefold().startswith("age ") and not _age_beside_a_name(ctx.sentence.text, m):
            continue
        who = _person_of(ctx, num.head) if aged else None
        before = _person_before(ctx, m.start())
        if before is not None and who is not None and not _one_name(ctx, who, before):
            continue  # "died along with a passenger, aged 30": the passenger's, not the subject's
        relation = "aged"
        if death is not None and (who is None or not _is_name(ctx, who)):
            # "has died in jail, aged 77" ("aged" read as a conjunct of the verb), "died in
            # federal prison at the age of 77" (hung on the prison), "X, at the age of 91, died":
            # the age of who died
            who, relation = _age_of_who_died(ctx, death, num, m.start()), AT_DEATH
        if who is not None and _is_name(ctx, who):  # "two girls, aged 15 and 12" are no one named
            died = _who_died(ctx, death) if death is not None else None
            if died is not None and _one_name(ctx, who, died):
                relation = AT_DEATH  # "Paul Kim dies aged 56": his age at death
            taken.add(num.i)
            out.append(
                _att(ctx, "age", m.group(0), Span(start=ctx.base + m.start(), end=span.end), m.group(1), who, relation)
            )
    return out


def _ages_at_death(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """ "died at 77", "passed away at 91": a bare number after "at" in a clause
    of dying whose subject is named."""
    out = []
    for m in _AT_AGE_RE.finditer(ctx.sentence.text):
        span = Span(start=ctx.base + m.start(1), end=ctx.base + m.end(1))
        num = _root_of(ctx, span)
        if num is None or num.i in taken or not _BARE_AGE_MIN <= int(m.group(1)) < 125:
            continue
        if num.dep_ == "nummod" or num.head.i > num.i or any(_numbered(c) for c in num.children):
            continue  # "died at 10 Main Street", "at 99 Northvale Road": a number of another word
        death = _death_above(num)
        who = _age_of_who_died(ctx, death, num, m.start()) if death is not None else None
        if who is not None:
            taken.add(num.i)
            out.append(
                _att(ctx, "age", m.group(0), Span(start=ctx.base + m.start(), end=span.end), m.group(1), who, AT_DEATH)
            )
    return out


def _bare_ages(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """ "Smith, 61," (whatever label the parser gave the apposition), "Smith is 61"."""
    doc = ctx.doc
    out = []
    for tok in ctx.tokens:
        if tok.i in taken or not tok.text.isdecimal() or not 0 < int(tok.text) < 125:
            continue
        head = tok.head
        between_commas = tok.i > 0 and doc[tok.i - 1].text == "," and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct)
        if between_commas and tok.i >= 2 and _is_name(ctx, doc[tok.i - 2]):
            head = doc[tok.i - 2]  # the name just before the comma: "A, 44, and B, 59," gives 59 to B
        named = _is_name(ctx, head)
        if head.i < tok.i and between_commas and named:  # whatever label the parser gave the apposition
            if _held_by_a_person(ctx, head):
                continue  # "the widow of Tom Reyes, 70,": the age may be hers
            taken.add(tok.i)
            out.append(_att(ctx, "age", tok.text, _span_of(ctx, tok), tok.text, head, "appos"))
            continue
        who = _copular_age_of(ctx, tok)
        if who is not None:
            taken.add(tok.i)
            out.append(_att(ctx, "age", tok.text, _span_of(ctx, tok), tok.text, who, "copula"))
    return out


def _held_by_a_person(ctx: SentenceContext, name: Token) -> bool:
    """Whether the name an age follows is held by a singular person noun and
    "of" before it, up to three words between ("the widow of Tom Reyes,
    70,", "the son of former mayor Tom Reyes, 12,"): the age may be that
    person's. Not an event's ("the shooting death of Ana Ruiz, 20,": hers),
    nor people's ("the lawyers of Tom Reyes, 61,")."""
    m = ctx.entity_of.get(name.i)
    first = min((t.i for t in ctx.tokens if m is not None and ctx.entity_of.get(t.i) is m), default=name.i)
    for j in range(first - 1, max(first - 5, 0), -1):
        if ctx.doc[j].lower_ == "of":
            noun = ctx.doc[j - 1]
            return noun.tag_ == "NN" and meaning.is_a(noun.lower_, "person")
    return False


_NAME_BEFORE_COMMA = re.compile(r"[A-Z][\w.'\u2019-]*\s*,\s*$")
#: A name held by another noun ("the son of Tom Reyes, age 12,"): the age may be the noun's.
_NAME_OF_ANOTHER = re.compile(r"(?:\bof|['\u2019]s)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*\s*,\s*$")
_PHRASE_END = re.compile(r"\s*(?:[,;.)]|$)")


def _age_beside_a_name(text: str, m: re.Match[str]) -> bool:
    """ "Tom Reyes, age 61,": the word before the comma is a name, not one a noun
    holds ("the son of Tom Reyes, age 12,"), and the number ends its phrase
    ("his wife, age 59," is hers; "age 61 at the time" is back then)."""
    before = text[: m.start()]
    return (
        _PHRASE_END.match(text, m.end()) is not None
        and _NAME_BEFORE_COMMA.search(before) is not None
        and _NAME_OF_ANOTHER.search(before) is None
    )


def _qualified_noun(ctx: SentenceContext, head: Token) -> Token | None:
    """The noun a person's name qualifies, when ``head`` is a word of that name
    and the noun follows it ("Tom Ray supporter")."""
    m = ctx.entity_of.get(head.i)
    if m is None or m.type != "person":
        return None
    return _noun_after_name(ctx, _last_word(ctx, m))


#: Words that may stand between a name and the verb of a clause it opens ("Tom Reyes
#: never met", "Tom Reyes himself had", "Ana Ruiz, a police officer, shot").
_BEFORE_A_VERB = frozenset({"ADV", "PRON", "DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"})


def _name_of_noun(ctx: SentenceContext, head: Token) -> Token | None:
    """The last word of the person's name set beside a common noun of a person
    ("the murder of his 20 year old girlfriend Ana Ruiz", "arrested his
    20-year-old girlfriend, Ana Ruiz,", "tried to save his 58-year-old
    colleague Carl Dunmore"): a name right after the noun (or after a
    comma), however the parse hangs it (as the noun's apposition, as what
    the noun describes, as a second object of the verb, or far off). Not a
    name a verb follows, across adverbs, pronouns and an apposition of its
    own: it may open a clause of the noun ("the 16-year-old girl Tom Reyes
    met was found safe", which the parse may read as an apposition), so
    "his 20-year-old girlfriend Ana Ruiz was arrested" is left alone too."""
    if head.pos_ != "NOUN" or not meaning.is_a(head.lemma_.casefold(), "person"):
        return None
    i = head.i + 1
    if i < len(ctx.doc) and ctx.doc[i].text == ",":
        i += 1
    m = ctx.entity_of.get(i) if i < len(ctx.doc) else None
    if m is None or m.type != "person" or ctx.base + ctx.doc[i].idx != m.span.start:
        return None
    last = _last_word(ctx, m)
    for t in ctx.doc[last.i + 1 :]:
        if t.pos_ in ("VERB", "AUX"):
            # "The 16-year-old girl Tom Reyes met was found", "the woman Tom Reyes himself had
            # rescued", "the man Ana Ruiz, a police officer, shot": a clause of the noun,
            # whatever the parse made of the name
            return None
        if t.pos_ not in _BEFORE_A_VERB and t.text != ",":
            break
    return last


def _person_right_after(ctx: SentenceContext, span: Span) -> Token | None:
    """The last word of a person's name written right after an age phrase
    ("27 year old Ana Ruiz"): the age is that person's, whatever word the
    parser hung the phrase on."""
    after = next((t for t in ctx.tokens if ctx.base + t.idx >= span.end), None)
    m = ctx.entity_of.get(after.i) if after is not None else None
    if after is None or m is None or m.type != "person" or ctx.base + after.idx != m.span.start:
        return None
    last = _last_word(ctx, m)
    return None if _noun_after_name(ctx, last) is not None else last


def _last_word(ctx: SentenceContext, m: EntityMention) -> Token:
    """The last token of an entity mention of the sentence."""
    return max((t for t in ctx.tokens if ctx.entity_of.get(t.i) is m), key=lambda t: t.i)


def _noun_after_name(ctx: SentenceContext, last: Token) -> Token | None:
    """The common noun right after a person's name, which the name only
    qualifies ("a 45-year-old Ana Ruiz supporter": the supporter is 45). A
    word that may be an adjective ("found Ana Ruiz guilty") is none."""
    nxt = ctx.doc[last.i + 1] if last.i + 1 < len(ctx.doc) else None
    if nxt is None or not nxt.text[:1].islower() or not (nxt.pos_ == "NOUN" or nxt.tag_.startswith("NN")):
        return None
    word = nxt.lemma_.casefold()
    return nxt if meaning.classes(word, "n") and not meaning.classes(nxt.lower_, "a") else None


def _noun_after(ctx: SentenceContext, span: Span) -> Token | None:
    """The noun right after an age phrase, climbed to the head of its name
    ("69 - year - old Ana Ruiz": "Ruiz"), for a phrase the parser did not
    hang on it."""
    after = [t for t in ctx.tokens if ctx.base + t.idx >= span.end]
    if not after or not (after[0].pos_ in ("NOUN", "PROPN") or after[0].tag_.startswith("NN")):
        return None
    tok = after[0]
    while tok.dep_ in ("amod", "compound", "flat", "flat:name") and tok.i < tok.head.i <= tok.i + 3:
        tok = tok.head
    return tok


def _copular_age_of(ctx: SentenceContext, num: Token) -> Token | None:
    """Who a bare number after "is" or "was" is the age of ("Smith is 61",
    "Smith was 95"): a person named as the subject (a pronoun may stand for
    anyone of the story: "his father ... He was 70"), the number with no noun,
    unit, comparison or second number of its own ("was 10 and 2 last season"),
    and no "when" clause (an age back then: "she was 21 when she founded it")."""
    if not any(c.dep_ == "cop" and c.lemma_.casefold() == "be" for c in num.children):
        return None
    subj = next((c for c in num.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    mention = ctx.entity_of.get(subj.i) if subj is not None else None
    if subj is None or mention is None or mention.type != "person":
        return None
    allowed = {"cop", "nsubj", "nsubj:pass", "punct", "cc", "conj"}
    if any(c.dep_ not in allowed for c in num.children):
        return None  # "was 95 percent", "was 21 when ...", "is 61 years into ..."
    doc = num.doc
    nxt = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if nxt is not None and not nxt.is_punct and nxt.lower_ not in ("and", "but"):
        return None
    if nxt is not None and nxt.lower_ in ("and", "-", "to") and num.i + 2 < len(doc) and doc[num.i + 2].like_num:
        return None  # a record or a score: "was 10 and 2 last season"
    return subj


#: The relation of an age told of who died, at their death ("died at 77", "has died,
#: aged 77"), as against "aged" of a person named beside the phrase ("Smith, aged 61,").
AT_DEATH = "at death"
#: A bare number after "at" in a clause of dying is the age at death ("died at 77",
#: "passed away at 91"), not a clock time (13 or more: "died at 10 on Tuesday"), a
#: rate, a temperature or a time of day in hours ("at 16 hundred hours").
_AT_AGE_RE = re.compile(
    r"\bat\s+(\d{2,3})\b(?![.:,]?\d)(?!\s*(?:%|percent|per\s+cent|below|above|hundred|[-\u2010\u2011\u2013]))",
    re.IGNORECASE,
)
#: The least bare number read as an age at death: a lower one may be a clock time.
_BARE_AGE_MIN = 13


def _numbered(child: Token) -> bool:
    """Whether a word the parse hung on a bare number may be what the number
    counts or numbers ("at 10 Main Street"), not a phrase of the clause the
    parse hung there ("at 77 in Northvale", "at 77 surrounded by family",
    "at 77 of complications")."""
    if child.dep_ in ("case", "punct", "acl", "advmod", "advcl"):
        return False
    return not any(g.dep_ == "case" for g in child.children)


def _dying(verb: Token) -> bool:
    """A verb of dying: "died", "perished", "succumbed", "passed away" (not
    "passed the bar exam", "passed through Northvale")."""
    lemma = verb.lemma_.casefold()
    if lemma == "pass":
        # "passed away", "passed on" with no object (not "passed on the offer", "passed out")
        particles = {c.lower_ for c in verb.children if c.dep_ in ("compound:prt", "advmod")}
        objects = any(c.dep_ in ("obj", "dobj", "xcomp", "ccomp") or _case(c) == "to" for c in verb.children)
        return "away" in particles or ("on" in particles and not objects)  # (not "passed on to the next round")
    return lemma in DYING_VERBS


def _death_above(tok: Token) -> Token | None:
    """The verb of dying that governs ``tok`` ("died", "passed away"), when the
    nearest verb above it is one and the way up passes no other number or
    conjunct ("died at 77 and his wife at 75": 75 is not his)."""
    start = tok
    for _ in range(6):
        if tok.pos_ == "VERB":
            return tok if _dying(tok) else None
        if tok.head.i == tok.i:
            break
        if tok is not start and (tok.like_num or (tok.dep_ == "conj" and tok.lower_ != "aged")):
            return None
        tok = tok.head
    return None


def _person_before(ctx: SentenceContext, start: int) -> Token | None:
    """The person named (a name recognised as a person's) or told by a noun
    right before an age phrase (at ``start`` in the sentence's text), past a
    comma: "Smith, aged 61", "a passenger, aged 30", "his daughter, aged 12".
    The age is theirs."""
    words = [t for t in ctx.tokens if t.idx < start and not t.is_space]
    if words and words[-1].text == ",":
        words.pop()
    if not words:
        return None
    last = words[-1]
    m = ctx.entity_of.get(last.i)
    person_noun = last.pos_ == "NOUN" and meaning.is_a(last.lemma_.casefold(), "person", "n")
    if (m is not None and m.type == "person") or person_noun:
        return last  # (not a place or a day: "died in Northvale at the age of 91", "died Monday, aged 77")
    return None


def _one_name(ctx: SentenceContext, a: Token, b: Token) -> bool:
    """Two words of one name ("Maria" and "Lopez" of "Maria Lopez"), or a
    name and a noun in apposition to it ("Tom Reyes, a teacher aged 61")."""
    if a.i == b.i or (a.dep_ == "appos" and a.head.i == b.i) or (b.dep_ == "appos" and b.head.i == a.i):
        return True
    ma, mb = ctx.entity_of.get(a.i), ctx.entity_of.get(b.i)
    return ma is not None and mb is not None and ma.span == mb.span


def _told_as_done(verb: Token) -> bool:
    """A verb of dying told as what happened: not denied ("did not die at 40"),
    nearly met ("almost died at 19") or only possible ("could have died")."""
    return not (
        _negated(verb)
        or any(c.dep_ == "advmod" and c.lower_ in NEARLY_WORDS for c in verb.children)
        or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
    )


def _age_of_who_died(ctx: SentenceContext, death: Token, num: Token, start: int) -> Token | None:
    """The named subject of a verb of dying whose age an age phrase after it
    gives ("died in jail, aged 77", "died at 77"), unless someone else is
    named between the verb and the phrase ("died along with the driver of
    the truck, aged 30", "died along with Jordan Hill at 30"), the phrase
    gives two ages ("aged 30 and 41") or the name right before it is
    another's."""
    who = _who_died(ctx, death)
    if who is None or any(c.dep_ == "conj" and c.like_num for c in num.children) or not _told_as_done(death):
        return None
    passed = {i for t in ctx.times for i in ctx.token_range(t.span)} | _name_tokens(ctx, who)
    if any(death.i < t.i and t.idx < start and t.i not in passed and _someone(ctx, t) for t in ctx.tokens):
        return None
    before = _person_before(ctx, start)
    return who if before is None or _one_name(ctx, who, before) else None


#: Prepositions that bring in where or of what someone died, not who was with them.
_WHERE_CASES = frozenset({"of", "at", "in", "from", "on", "near", "after"})
#: Prepositions that bring in who was with someone, not where: "along with Jordan Hill".
_COMPANY = frozenset({"with", "along", "alongside", "beside", "by", "including", "involving"})


def _phrase_head(tok: Token) -> Token:
    """The head of the name a word is part of ("Hill" of "Jordan Hill" -> "Jordan")."""
    while tok.dep_ in ("flat", "compound", "flat:name") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _name_tokens(ctx: SentenceContext, tok: Token) -> set[int]:
    m = ctx.entity_of.get(tok.i)
    return set(ctx.token_range(m.span)) if m is not None else {tok.i}


def _someone(ctx: SentenceContext, tok: Token) -> bool:
    """A word that may name someone: a person's name, any name after "with"
    ("along with Jordan Hill", whatever type the recogniser gave it) or a name
    of no type outside a phrase of where or of what ("in Northvale"); a
    personal pronoun ("him"); or a noun of a person, a living thing or a group
    ("the driver", "another climber", "his family"). Not a word of another
    noun ("in police custody")."""
    if tok.dep_ == "compound":
        return False  # a word of another noun: "died in police custody"
    if tok.pos_ == "PROPN":
        m = ctx.entity_of.get(tok.i)
        case = _case(_phrase_head(tok))
        # a person's name, or any name after "with" ("along with Jordan Hill", typed a place);
        # not a place, a site or a cause ("in Northvale", "at Northvale General Hospital")
        return (m is not None and m.type == "person") or case in _COMPANY or (m is None and case not in _WHERE_CASES)
    if tok.tag_ == "PRP":
        return tok.lower_ != "it"
    lemma = tok.lemma_.casefold()
    return tok.pos_ == "NOUN" and any(meaning.is_a(lemma, root, "n") for root in ("person", "organism", "group"))


def _who_died(ctx: SentenceContext, verb: Token) -> Token | None:
    """The named subject of a verb of dying; through a relative pronoun, the
    name the relative clause hangs on ("Tom Reyes, who died ... at 77"), and
    past a title the name is set beside ("crime boss Tom Reyes")."""
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        if any(g.tag_ == "POS" for i in _name_tokens(ctx, subj) for g in ctx.doc[i].children):
            continue  # "Tom Reyes's mother died at 90", the parse making "Tom" a subject: hers
        if subj.lower_ in ("who", "that") and verb.dep_ == "acl:relcl":
            subj = verb.head
        # (a title before the name may be a subject of its own: "Crime boss Tom Reyes has died")
        name = subj if _is_name(ctx, subj) else next((c for c in subj.children if c.dep_ == "appos"), None)
        if name is not None and name != subj and name.left_edge.i != subj.i + 1:
            name = None  # "the son of Tom Reyes": not the title's own name
        if name is not None and _is_name(ctx, name) and not any(c.dep_ == "conj" for c in name.children):
            return name  # (not one of two: "Ana Ruiz and Tom Reyes died at 45")
    return None


def _is_name(ctx: SentenceContext, tok: Token) -> bool:
    m = ctx.entity_of.get(tok.i)
    return (m is not None and m.type == "person") or tok.pos_ == "PROPN"


def _person_of(ctx: SentenceContext, tok: Token) -> Token | None:
    """Who an age phrase is about: the noun it modifies ("Smith, aged 61"), or
    the subject of the verb it modifies ("Smith dies aged 61"), or the name
    "age" is set beside ("Smith, age 61," however the parse hangs it)."""
    if tok.lemma_.casefold() == "age" and tok.dep_ in ("appos", "list", "conj", "flat", "nmod") and tok.head.i < tok.i:
        return tok.head
    for _ in range(4):
        if (tok.pos_ in ("NOUN", "PROPN") or tok.i in ctx.entity_of) and tok.lemma_.casefold() != "age":
            return tok
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None or tok.head.i == tok.i or tok.dep_ in ("conj", "parataxis", "list"):
            return subj  # (a conjunct is not about its head's subject)
        tok = tok.head  # "aged" hangs off the name or the verb ("dies aged 56")
    return None


def _ordinals(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """ "the first customer", "the 51st state": to the noun they rank."""
    out = []
    for tok in ctx.tokens:
        word = tok.lower_
        if tok.dep_ not in ("amod", "nummod", "advmod", "compound") or tok.head.i == tok.i:
            continue
        value = _ordinal_value(word)
        if value == "last" and (tok.head.lemma_.casefold() in TIME_WORDS or tok.head.lower_ in TIME_WORDS):
            continue  # "last year", "last Friday": a time, no position in a series
        if value is not None and tok.head.pos_ in ("NOUN", "PROPN"):
            out.append(_att(ctx, "ordinal", tok.text, _span_of(ctx, tok), value, tok.head, tok.dep_))
    return out


#: Dashes between the two sides of a score, as tokens of their own: "91-73", "65 - 53",
#: "27 \u2013 24" (the tokenizer keeps "27\u201324" as one token, which is not read).
_SCORE_DASHES = frozenset({"-", "\u2013", "\u2014"})
#: Words before a pair of numbers that make it a range, not a score ("between 5-10 people").
_RANGE_WORDS = frozenset({"between", "from", "aged", "ages", "age", "$", "\u00a3", "\u20ac"})


def _score_number(tok: Token) -> bool:
    """A whole number of at most three ASCII digits (not "73\u00b2")."""
    return tok.pos_ == "NUM" and tok.text.isascii() and tok.text.isdigit() and len(tok.text) <= 3


def _result_word(tok: Token, other: Token) -> Token | None:
    """The word a side of a score (``tok``; ``other`` is the other side) hangs
    on that tells it is a game's result: "beat Northvale 91-73", "a 27-24
    loss", the parse hanging the score on the beaten team's name or on the
    game ("won the game 3-1"), or the subject of a copula ("the final score was
    2-1")."""
    if any(c.dep_ == "cop" for c in tok.children):
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return subj if subj is not None and subj.lemma_.casefold() in GAME_RESULT_WORDS else None
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        rel, tok = tok.dep_, tok.head
        word = tok.lemma_.casefold()
        verb = tok.pos_ == "VERB" and word not in RESULT_NOUNS_ONLY
        if word in GAME_RESULT_WORDS and (verb or tok.pos_ == "NOUN" and word not in RESULT_VERBS_ONLY):
            return tok
        named = tok.pos_ in ("PROPN", "NOUN")  # ("Chiefs" may be read as a common noun)
        if tok.i == other.i or (named and rel in ("flat", "nmod", "appos") and tok.dep_ in ("obj", "obl")):
            continue  # the other side of the score, the team it was against or the game
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and rel in ("nummod", "compound"):
            continue  # "a 91-73 basketball victory"
        return None
    return None


def _result_noun_after(toks: Sequence[Token], last: Token) -> Token | None:
    """The result noun a score is written before, when the parse hangs the
    score elsewhere ("a 2-0 win", its figures read as a fixed phrase; "win"
    tagged as a foreign word): the word right after the score, or after one
    modifier ("a 27-24 overtime loss")."""
    for j in (last.i + 1, last.i + 2):
        if j >= len(toks):
            return None
        tok = toks[j]
        word = tok.lemma_.casefold() if tok.pos_ != "X" else tok.lower_
        if word in GAME_RESULT_WORDS and word not in RESULT_VERBS_ONLY and tok.pos_ in ("NOUN", "X"):
            hyphened = j + 1 < len(toks) and toks[j + 1].text in _SCORE_DASHES  # ("a 9-14 win-loss record")
            return None if hyphened else tok
        if tok.pos_ not in ("ADJ", "NOUN"):
            return None
    return None


#: Prepositions of a side of a game: "lost to", "a win over", "against", "beaten by".
_SIDE_CASES = frozenset({"to", "over", "against", "by"})
#: Prepositions of a side that may instead name a person: "a draw with" (or "with Tom
#: Reyes scoring"), "a rout of", "from". Not "at" ("at Northvale Park", "at Northvale":
#: a venue or a side, which a place name does not tell) nor "in" ("in Group D").
_TEAM_CASES = frozenset({"with", "of", "from"})
#: Relations of a side to its result word: who won or lost ("Northvale beat Westshire",
#: "Northvale's win"), and the agent of a passive.
_SIDE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "nmod:poss", "obl:agent"})


#: Words a result word's subject, object or owner can be without naming a side: the game
#: or its day ("won the game 31-24", "Thursday night's 31-24 win").
_NOT_SIDES = GAME_NOUNS | TIME_WORDS


def _sides(ctx: SentenceContext, head: Token, *numbers: Token) -> tuple[str, ...] | None:
    """The entities that are the sides of a game's result: the subject and
    object of its verb, the owner of its noun and a phrase of a side's
    preposition (:data:`_SIDE_CASES`), who may be people (a boxer, a tennis
    player); and, when not a person (a scorer, a coach), a phrase of
    :data:`_TEAM_CASES` and, for a noun that is an object ("gave the Hawks a
    20-13 win", "Northvale recorded a 3-1 win"), the verb's subject and
    indirect object. None when the verb's subject or object, or the noun's
    owner, names no entity ("Northvale's under-21 team beat Westshire",
    "they beat Westshire", "defeated the proposal 52-48"): a side the text
    does not name may be another team of a club, or no side at all. The
    parse may hang a side's phrase on the score itself ("lost 24-27 to the
    Hawks")."""
    sides = [
        c for c in head.children if c.dep_ in _SIDE_DEPS or (c.dep_ in ("obl", "nmod") and _case(c) in _SIDE_CASES)
    ]
    sides += [c for n in numbers for c in n.children if c.dep_ in ("obl", "nmod") and _case(c) in _SIDE_CASES]
    unnamed = [c for c in sides if c.dep_ in _SIDE_DEPS and c.i not in ctx.entity_of and c.pos_ != "NUM"]
    if any(not _word_in(c, _NOT_SIDES) for c in unnamed):
        return None  # (nor is the game or its day: "won the game 31-24", "Sunday's 27-20 win")
    sides = [c for c in sides if c not in unnamed]
    teams = [c for c in head.children if c.dep_ in ("obl", "nmod") and _case(c) in _TEAM_CASES]
    if head.pos_ == "NOUN" and head.dep_ == "obj":
        teams += [c for c in head.head.children if c.dep_ in ("nsubj", "iobj")]
        # ("recorded a 2-0 win over the Westshire Rams": the parse may hang the phrase on the verb)
        sides += [c for c in head.head.children if c.dep_ in ("obl", "nmod") and _case(c) in _SIDE_CASES]
    found = {m.entity for t in sides if (m := ctx.entity_of.get(t.i)) is not None}
    found |= {m.entity for t in teams if (m := ctx.entity_of.get(t.i)) is not None and m.type != "person"}
    return tuple(sorted(found))


def _next_score(toks: Sequence[Token], i: int) -> bool:
    """Whether a pair of numbers joined by a dash starts at token ``i``."""
    return (
        i >= 0
        and i + 2 < len(toks)
        and _score_number(toks[i])
        and toks[i + 1].text in _SCORE_DASHES
        and _score_number(toks[i + 2])
    )


def _word_in(tok: Token, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.casefold() in words


def _partial_score(ctx: SentenceContext, head: Token, first: Token, last: Token) -> bool:
    """A score of a part of a game, of a statistic or of no final result:
    told "at halftime", "in the second set", "on the boards"
    (:data:`PARTIAL_SCORE_WORDS`: between the result word and the score, or
    in the :data:`_AFTER_SCORE` words after it, however the parse hangs
    them); in a sentence of a series, a shootout, a poll or a vote
    (:data:`NOT_FINAL_SCORE_WORDS`); won with an object other than the game
    ("won Game 3 4-2", "won the second set 6-4")."""
    toks = ctx.tokens
    if any(_word_in(t, NOT_FINAL_SCORE_WORDS) for t in toks):
        return True
    after = [t for t in toks[last.i + 1 :] if not t.is_punct][:_AFTER_SCORE]
    if any(_word_in(t, PARTIAL_SCORE_WORDS) for t in [*toks[min(head.i, first.i) : max(head.i, last.i)], *after]):
        return True
    if head.pos_ != "VERB" or head.lemma_.casefold() not in _WON_THINGS:
        return False  # (what "beat" and "defeat" take is the other side: :func:`_sides` asks it be named)
    obj = next((c for c in head.children if c.dep_ == "obj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return False
    counted = any(c.dep_ in ("nummod", "amod") and (c.pos_ == "NUM" or _ordinal_value(c.lower_)) for c in obj.children)
    return obj.lemma_.casefold() not in GAME_NOUNS or counted


#: Result verbs whose object is what was won or lost ("won the game"), not a side.
_WON_THINGS = frozenset({"win", "lose", "tie", "draw"})
#: How many words (not punctuation) after a score can tell what part of a game it is of
#: ("14-7 at the end of the first half").
_AFTER_SCORE = 7


def _scores(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """ "beat Northvale 91-73", "a 27-24 loss": a score of two whole numbers
    joined by a dash, to the word it tells the result of
    (:func:`_result_word`), with the sides it names (:func:`_sides`). Not a
    range ("between 5-10 people", "5-10 percent"), a sum, a record ("Smith
    (28-2)", "45-7-2"), a figure of four digits ("2008-09"), one of a match's
    sets, or a score of a part of a game or of no final result
    (:func:`_partial_score`)."""
    out = []
    toks = ctx.tokens
    for i in range(len(toks) - 2):
        a, dash, b = toks[i], toks[i + 1], toks[i + 2]
        if not (_score_number(a) and dash.text in _SCORE_DASHES and _score_number(b)):
            continue
        if i > 0 and (toks[i - 1].lower_ in _RANGE_WORDS or toks[i - 1].text in _SCORE_DASHES):
            continue
        if i + 3 < len(toks) and (toks[i + 3].text in _SCORE_DASHES or toks[i + 3].lower_ in ("%", "percent")):
            continue
        if i > 0 and (toks[i - 1].text == "(" or toks[i - 1].like_num):
            continue  # a record in brackets ("Smith (28-2)"), or a game's number ("won Game 3 4-2")
        if any(_next_score(toks, j) for j in (*range(i - 7, i - 2), *range(i + 3, i + 8))) or (
            i + 3 < len(toks) and toks[i + 3].text == "("
        ):
            continue  # one of a match's sets ("6-4, 6-3", "7-6 (7-4), 6-3"), or a set's tiebreak ("7-6 (5)")
        head = _result_word(a, b) or _result_word(b, a) or _result_noun_after(toks, b)
        if head is None or _partial_score(ctx, head, a, b):
            continue
        start, end = ctx.base + a.idx, ctx.base + b.idx + len(b.text)
        value = f"{int(a.text)}-{int(b.text)}"
        sides = _sides(ctx, head, a, b)
        if sides is None:
            continue
        out.append(_att(ctx, "score", ctx.text[start:end], ctx.span(start, end), value, head, a.dep_, sides=sides))
    return out


#: The first words of hedges the parse can make the head of the number they
#: hedge ("a loss of close to $15 billion": "close").
_HEDGE_WORDS = frozenset(h.split()[0] for h in _HEDGES if " " in h)


def _is_money(unit: str | None) -> bool:
    """A currency: "$" or an ISO code ("USD", "EUR")."""
    return unit == "$" or (unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper())


def _number_target(root: Token, first: Token, hedge: str | None, unit: str | None) -> tuple[Token, str]:
    """The word a quantity counts or measures, and how it attaches.

    A hedge the parse made the head ("close to $15 billion") is passed over to
    what it hedges; an amount of money that modifies a compound ("the $700
    billion bank bailout bill") is the cost of the compound's last noun, not
    of its first word."""
    if root.pos_ in ("NOUN", "PROPN") and root.lemma_.casefold() not in _MEASURE_WORDS and not root.like_num:
        target, rel = root, "nummod"  # the counted noun is part of the quantity
    elif _reported_state(root):
        # the figure is what its own clause states of its subject ("officials said
        # turnout was 90 percent"): not a figure of the verb the clause hangs on
        target, rel = root, "root"
    else:
        target, rel = _target(root)
    if hedge is not None and target.i < first.i and target.head.i != target.i and target.lower_ in hedge.split():
        # "close to $15 billion", "an offer in excess of $160 million": the hedge's word is no thing measured
        target, rel = _target(target)
    if _is_money(unit):
        valued = _worth_of(root, first)
        if valued is not None:
            return valued, "worth"
        while target.dep_ == "compound" and target.head.i != target.i and target.head.pos_ in ("NOUN", "PROPN"):
            target = target.head
    return target, rel


#: Verbs that tell a clause as what is so: a figure of a clause of being they report
#: is that clause's. Not "deny", "claim", "estimate" and the like, which keep it theirs.
_TOLD_AS_SO = frozenset(
    {"say", "tell", "state", "add", "announce", "confirm", "report", "note", "explain", "write", "declare"}
)


def _reported_state(root: Token) -> bool:
    """A clause of being ("turnout was 90 percent") that a verb of saying
    reports as what is so ("officials said (that) turnout was 90 percent",
    "turnout was 90 percent, officials said"): not asked ("asked whether the
    cost was $5 million", "did she say"), not denied or left unsaid ("did not
    say", "failed to confirm", "nobody said", "falsely stated"), not what may
    or will be said ("may announce"), not under a condition ("if the land is
    included"), and told by a finite verb ("stopped short of saying" is not)."""
    if not any(c.dep_ == "cop" for c in root.children):
        return False
    if root.dep_ not in ("ccomp", "parataxis") and not (
        # the clause taken for the subject before "officials said" or for the object
        # after it, as the parse may: a noun with a copula and a subject is a clause
        any(c.dep_ == "nsubj" for c in root.children)
        and (root.dep_ == "nsubj" and root.i < root.head.i or root.dep_ == "obj" and root.i > root.head.i)
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in root.children) or any(
        c.dep_ in ("advcl", "acl") and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        for c in root.children
    ):
        return False
    verb = root.head
    if verb.lemma_.casefold() not in _TOLD_AS_SO or not _finite(verb):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _UNTRUE for c in verb.children) or any(
        c.text == "?" for c in verb.children
    ):
        return False
    return polarity(verb)[0] == "positive" and modality(verb, False)[0] == "actual"


#: Words that make a clause a condition or a question: "whether the cost was", "if the land is included".
_CONDITIONS = frozenset({"whether", "if", "unless"})
#: Adverbs that tell what was said is not so: "falsely stated that".
_UNTRUE = frozenset({"falsely", "wrongly", "incorrectly", "erroneously", "mistakenly", "untruthfully"})


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("said", "says", "has said"), not a participle or gerund alone."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)


def _worth_of(root: Token, first: Token) -> Token | None:
    """The noun an amount of money is the value of when the text says so with
    "worth" ("a contract worth $2.1 billion", "the deal, worth about $5
    million,"): the noun just before "worth", whatever head the parse gave the
    amount (it often makes the amount a second object of the verb)."""
    doc = root.doc
    i = first.i - 1
    while i >= 0 and doc[i].lower_ in _HEDGE_TOKENS:
        i -= 1  # "worth about $5 million", "worth more than $5 million"
    if i < 1 or doc[i].lower_ != "worth":
        return None
    j = i - 1
    if doc[j].text == "," and j >= 1:
        j -= 1
    noun = doc[j]
    if noun.pos_ != "NOUN" or noun.like_num:
        return None
    return noun


#: The words of a hedge ("about", "more than", "nearly") that may stand between "worth" and the amount.
_HEDGE_TOKENS = frozenset(w for h in _HEDGES for w in h.split())


def _numbers(ctx: SentenceContext, ages: set[int]) -> list[tuple[int, Attachment]]:
    """A quantity to the noun it counts or measures ("120 passengers", "a $3
    billion contract"), or to its verb ("rose 5 percent"), with its hedge."""
    doc = ctx.doc
    out = []
    for q in ctx.quantities:
        root = _root_of(ctx, q.span)
        if root is None or root.i in ages:
            continue
        rng = ctx.token_range(q.span)
        first = ctx.tokens[rng[0]] if rng else root
        hedge = _hedge(doc, first)
        target, rel = _number_target(root, first, hedge, q.unit)
        if rel != "worth" and _aboard(target):
            rel = "aboard"
        out.append(_att(ctx, "number", q.text, q.span, q.normalized, target, rel, unit=q.unit, hedge=hedge))
    return _others_counted(ctx, out)


#: The counted noun that stands for the noun of an earlier count ("killed 30 people
#: and injured 55 others").
_OTHERS = "other"


def _others_counted(ctx: SentenceContext, counts: list[tuple[int, Attachment]]) -> list[tuple[int, Attachment]]:
    """A count of "others" after a count of people counts people ("30 people
    were killed and 55 others injured": 55 people; "killed two workers and
    wounded two others": two people, not surely workers) when the two hang on
    two joined verbs of harm in one relation (:func:`_others_of`). Others of things
    stay others ("destroyed 30 homes and damaged 50 others" tells 50 homes
    besides the 30, which "damaged 80 homes" may count too), and so do
    others after a count inside "among them" or "including"."""
    out: list[tuple[int, Attachment]] = []
    last: int | None = None
    for i, att in sorted(counts, key=lambda x: x[1].span.start):
        if att.unit == _OTHERS and att.relation == "nummod" and att.value and last is not None:
            if _others_of(ctx.doc[i], ctx.doc[last]):
                value = f"{att.value.rsplit(' ', 1)[0]} person"
                att = att.model_copy(update={"unit": "person", "value": value, "head": "people"})
        elif (
            att.relation == "nummod"
            and att.unit
            and att.unit not in (_OTHERS, *MONEY_UNITS)
            # (not some of the count before: "killed 30 people, among them two children, and injured 55 others")
            and not any(t.lower_ in ("among", "including") for t in ctx.doc[max(0, i - 4) : i])
        ):
            last = i if meaning.is_a(att.unit, "person", "n") else None
        out.append((i, att))
    return out


def _others_of(others: Token, before: Token) -> bool:
    """Whether "others" and a count before it are both subjects or both
    objects of two verbs of harm joined to each other ("were killed and 55
    others were injured": groups that do not overlap), the others' verb a
    predicate of its own ("two others are missing", read as an adjective, is
    not) that does not make the others do something else ("forced 200 others
    to flee")."""
    role = others.dep_.split(":")[0]  # (a passive subject is one)
    if role not in ("nsubj", "obj") or before.dep_.split(":")[0] != role:
        return False
    verb, first = others.head, before.head
    if verb.i == first.i or not (verb.dep_ == "conj" and verb.head.i == first.i):
        return False
    if not (harm_verb(verb) and (harm_verb(first) or first.lemma_.casefold() in DYING_VERBS)):
        # ("arrested five men and questioned 20 others": the five may be questioned too)
        return False
    return is_predicate(verb) and not any(
        c.dep_ in ("xcomp", "advcl") and any(m.lower_ == "to" for m in c.children) for c in verb.children
    )


#: The verbs of a clause that tells what a vehicle carried: "had 300 people on
#: board", "there were 350 passengers aboard" ("ten people aboard the ferry
#: died" tells what happened to some of them).
_LOAD_VERBS = frozenset({"be", "have", "carry"})


def _aboard(noun: Token) -> bool:
    """A count of what a vehicle carried: the words right after the counted
    noun, passing over a form of "be", say "on board" or "aboard", and the
    count hangs on "with" ("crashed with 300 people on board") or on a verb
    of carrying ("had 300 people on board", "350 passengers were aboard")."""
    doc = noun.doc
    loaded = noun.head.lemma_ in _LOAD_VERBS or noun.head.lower_ in ("board", "aboard")  # "300 were on board"
    if not (loaded or any(c.dep_ == "case" and c.lower_ == "with" for c in noun.children)):
        return False
    i = noun.i + 1
    while i < len(doc) and i <= noun.i + 2 and doc[i].lemma_.casefold() == "be":
        i += 1
    if i < len(doc) and doc[i].lower_ == "aboard":
        return True
    return i + 1 < len(doc) and doc[i].lower_ == "on" and doc[i + 1].lower_ == "board"


def _word_value(tok: Token) -> str | None:
    """The value of a one-token number: digits ("90", "1,500", "2.5") or a word ("eight")."""
    return _word_value_text(tok.lower_)


def _years_in_words(text: str) -> str | None:
    """An age written in words, in digits: "sixty" -> "60", "twenty-three" -> "23"."""
    parts = re.split(r"[-\u2010\u2011 ]", text.casefold())
    values = [ONES.get(p) or TEENS.get(p) or TENS.get(p) or 0 for p in parts]
    return str(sum(values)) if values and all(values) else None


def _word_value_text(text: str) -> str | None:
    text = text.casefold().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return text
    value = ONES.get(text) or TEENS.get(text) or TENS.get(text)
    return str(value) if value else None


def _measure_compounds(ctx: SentenceContext, ages: set[int]) -> list[tuple[int, Attachment]]:
    """A number and a singular unit noun, joined by a hyphen or side by side,
    the pair modifying another noun: "a 90-day stay", "an eight-year offer",
    "a 4.2 magnitude earthquake" (the parse: the number counts the unit, which
    is a compound or adjective of the noun). The value measures that noun, in
    that unit. "10 fire engines" is a count (the number counts the engines)."""
    taken = ages | {i for q in ctx.quantities for i in ctx.token_range(q.span)}
    out = []
    for num in ctx.tokens:
        unit, noun = num.head, num.head.head
        if num.dep_ != "nummod" or num.i in taken or not (num.i < unit.i < noun.i):
            continue
        if unit.tag_ not in ("NN", "JJ") or unit.dep_ not in ("compound", "amod") or noun.pos_ != "NOUN":
            continue
        if num.idx > 0 and ctx.doc.text[num.idx - 1] == "-":
            continue  # "a seventy-two-hour ceasefire": the number is more than its last word
        if _bound_or_part(ctx.doc, num):
            continue
        between = ctx.doc[num.i + 1 : unit.i].text.strip()
        value = _word_value(num)
        lemma = unit.lemma_.casefold()
        if value is None or not lemma.isalpha() or lemma in _NOT_UNITS or between not in ("-", ""):
            continue
        if not between and re.fullmatch(r"1[89]\d\d|20\d\d", value):
            continue  # "the 2008 election campaign": a year, not a measure
        span = ctx.span(ctx.base + num.idx, ctx.base + unit.idx + len(unit.text))
        text = ctx.text[span.start : span.end]
        hedge = _hedge(ctx.doc, num)  # "a roughly 90-day ban"
        out.append(_att(ctx, "number", text, span, f"{value} {lemma}", noun, "nummod", unit=lemma, hedge=hedge))
    return out


def _bound_or_part(doc: Doc, num: Token) -> bool:
    """A measure that is the end of a range ("a three- to six-month
    treatment", "two or three-year"), a bound ("a maximum 12-month ban") or
    the last word of a written number ("a seventy two-hour ceasefire")."""
    prev = doc[num.i - 1] if num.i > 0 else None
    if prev is None:
        return False
    if prev.lower_ in ("maximum", "minimum", "max", "min"):
        return True
    if prev.lower_ in TENS and num.lower_ in ONES:
        return True
    before = doc[num.i - 2] if num.i > 1 else None
    return prev.lower_ in ("to", "or") and before is not None and (before.text.endswith("-") or before.like_num)


#: Words after a hyphenated number that make no unit: "a 33-year-old actress" is an age, "a one-on-one".
_NOT_UNITS = frozenset({"old", "on", "off", "up", "time", "times", "way", "point"})


def _dates(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    out = []
    for t in ctx.times:
        root = _root_of(ctx, t.span) if t.type in ("DATE", "TIME") else None
        if root is not None:
            target, rel = _target(root)
            verb = (
                _verb_of_object(root, target) or _verb_of_subject(root, target) or _complement_of_report(root, target)
            )
            if verb is not None:
                target, rel = verb, "obl:tmod"
            event = _event_noun_after(ctx, t.span, root)
            if event is not None:
                target, rel = event, "compound"
            start = _start_of(ctx, t.span, root, target)
            if start is not None:
                measure, what = start
                i, att = _att(ctx, "date", t.text, t.span, t.value, measure, START, measure=what)
                if measure.pos_ != "NOUN":
                    att = att.model_copy(update={"head": _noun_form(measure)})  # "tariff" of "tariffs" read as a verb
                out.append((i, att))
                continue
            i, att = _att(ctx, "date", t.text, t.span, t.value, target, rel)
            if event is not None and event.pos_ == "VERB":
                att = att.model_copy(update={"head": event.lower_})  # "killing", not "kill"
            out.append((i, att))
    return out


#: The relation of a date that tells when a measure starts to apply (:func:`_start_of`).
START = "start of measure"
#: Relations by which a start phrase may hang on the noun of the measure ("a tax on
#: drinks starting January 1", "tariffs on autos (effective May 3)").
_ON_NOUN = frozenset({"acl", "amod", "appos", "nmod", "nmod:unmarked", "nmod:tmod", "nmod:npmod", "list", "parataxis"})
#: Relations by which a noun is part of a larger noun phrase, climbed to the phrase's head.
_IN_PHRASE = frozenset({"nmod", "appos", "compound"})
#: Prepositions of what a measure applies to ("tariffs on autos", "a ban for minors").
_APPLIES_CASES = frozenset({"on", "for", "against"})
#: What a measure is, read from Open English Wordnet beside :data:`MEASURE_NOUNS`: a
#: kind of tax or fee, a prohibition, a sanction, a restriction, a regulation or a law (in
#: one of its two most frequent senses; not a charge, of which a discount and a rate are
#: kinds).
_MEASURE_ROOTS = ("tax", "fee", "prohibition", "sanction", "restriction", "regulation", "law")


def _start_of(ctx: SentenceContext, span: Span, root: Token, target: Token) -> tuple[Token, Measure] | None:
    """The measure a date says starts to apply that day, and what it applies to:
    a date right after "effective", "starting" or "beginning" (and "on" or
    "from"), hung on the measure's noun ("a 5% tax on drinks starting January
    1", "tariffs on autos (effective May 3)") or on a verb that brings the
    measure in ("imposed a tariff on vehicles, starting April 2"); or the date
    of "takes effect", "goes into effect", "comes into force" or "kicks in"
    whose subject is the measure ("the ban on bags, which takes effect Monday").

    Only a noun that names a measure (:func:`_a_measure`: a tariff, a ban, a tax,
    a curfew), told with what it applies to. Not a bound ("effective until May
    3"), a plan told as superseded ("originally effective April 2"), a change to
    a measure ("suspended the tariffs, effective April 20", "cut the tax,
    starting July 1"), one of its phases ("the first phase, starting April 2"),
    nor a clause denied, questioned, conditional or reported as denied
    (:func:`_start_told_as_fact`). None otherwise."""
    toks = [t for t in ctx.tokens if not t.is_space]
    first = next((t for t in toks if ctx.base + t.idx >= span.start), None)
    if first is None:
        return None
    before = [t for t in toks if t.i < first.i][-3:]
    # the cue, with at most "on" or "from" between it and the date ("effective from May 3")
    cue = next((t for t in reversed(before) if t.lower_ in START_CUES), None)
    if cue is not None and any(u.lower_ not in ("on", "from") for u in toks[toks.index(cue) + 1 : toks.index(first)]):
        cue = None
    if cue is None and any(t.lower_ in NOT_A_START for t in before[-2:]):
        return None  # "takes effect no later than May 3", "until May 3"
    measure: Token | None = None
    applies: list[Token] = []
    if cue is not None:
        k = toks.index(cue)
        if any(t.lower_ in SUPERSEDED for t in toks[max(0, k - 2) : k]):
            return None  # "originally effective April 2": a plan the text says was changed
        inside = {cue.i} | {t.i for t in toks if span.start <= ctx.base + t.idx < span.end}
        found = _measure_of_cue(toks, cue, root, inside)
        if found is None:
            return None
        measure, applies = found
    elif (target := _effect_verb(target)).pos_ == "VERB" and _takes_effect(target) and not _negated(target):
        if any(t.pos_ == "VERB" for t in toks if target.i < t.i < first.i):
            return None  # "took effect on Thursday, and a tariff on parts starts May 3": the next clause's day
        measure = next((c for c in target.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if measure is not None and measure.tag_ == "WDT" and target.dep_ == "acl:relcl":
            measure = target.head  # "the curfew, which takes effect Monday"
    if measure is None or not _a_measure(ctx, measure) or _one_of_phases(measure) or _changed(measure):
        return None
    if any(c.dep_ == "conj" and _a_measure(ctx, c) for c in measure.children):
        return None  # "a 10% tariff on steel, a 15% tariff on wine starting May 1, and ...": whose start?
    if _compared_to(measure):
        return None  # "a tariff identical to Northvale's 25% tariff on steel, effective April 2": whose start?
    if not _start_told_as_fact(ctx, span):  # (read last: most dates are no start)
        return None
    heads = [h for h in _applies_heads(measure, applies) if h.pos_ in ("NOUN", "PROPN")]
    if not heads or any(h.i == measure.i for h in heads):
        return None
    what = Measure(
        applies_to=tuple(sorted({_word_of(ctx, h) for h in heads})),
        details=tuple(
            sorted(
                {_word_of(ctx, t) for h in heads for t in h.subtree if t.i != measure.i and _detail(ctx, h, t)}
                | {_word_of(ctx, c) for c in _where_put(ctx, measure, heads, span)}
            )
        ),
        qualities=tuple(sorted({_quality_word(c) for h in heads for c in h.children if _quality(c)})),
        kinds=tuple(sorted({_lemma(c) for c in measure.children if _kind_word(ctx, c)})),
        by=_maker(ctx, measure),
    )
    return measure, what


def _year_told_besides(ctx: SentenceContext, span: Span) -> bool:
    """The sentence names a year besides the start's own date, or one before
    ("Last year, ...", "In 2019, ..."): a day it gives with no year is of that
    year, not of the story's."""
    text = ctx.sentence.text
    a, b = span.start - ctx.base, span.end - ctx.base
    rest = (text[:a] + " " + text[b:]).casefold()
    return bool(_A_YEAR.search(rest)) or "last year" in rest or "years ago" in rest or "a year ago" in rest


#: A year written in a sentence.
_A_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
#: Words that open a sentence with a condition when they come first: "Should talks fail, ...".
_INVERTED = frozenset({"should", "were", "had"})


def _where_put(ctx: SentenceContext, measure: Token, heads: list[Token], span: Span) -> list[Token]:
    """The places and routes the clause of a measure's start puts it on ("takes
    effect in Westshire", "on the Harbor Bridge"): the "in", "on" or "at"
    phrases of the verb the measure is the subject or object of, bar the date
    and what the measure applies to."""
    verb = measure.head
    if verb.pos_ != "VERB" or measure.dep_ not in ("nsubj", "nsubj:pass", "obj"):
        return []
    taken = {h.i for h in heads}
    # (also hung on "effect": "takes effect in Westshire on May 1")
    phrases = [*verb.children, *(g for c in verb.children if c.lower_ in ("effect", "force") for g in c.children)]
    return [
        c
        for c in phrases
        if c.dep_.startswith(("obl", "nmod"))
        and c.pos_ in ("NOUN", "PROPN")
        and _case(c) in ("in", "on", "at", "across")
        and c.i not in taken
        and c.lower_ not in ("effect", "force")
        and not span.start <= ctx.base + c.idx < span.end
        and not any(t.span.start <= ctx.base + c.idx < t.span.end for t in ctx.times)
    ]


def _start_told_as_fact(ctx: SentenceContext, span: Span) -> bool:
    """The sentence tells its start as what is or will be: not a question, a
    condition ("if", "unless"), a denial or rejection of it ("denied that the
    tariffs take effect", "rejected a tax that would take effect"), nor what
    may be, nor a plan the sentence tells was changed ("now", "instead",
    "delayed", "postponed")."""
    words = [t.lower_ for t in ctx.tokens if not t.is_space]
    if "?" in words or {"if", "unless", "whether", "case"} & set(words) or (words and words[0] in _INVERTED):
        return False  # a question, quoted or not; "unless", "in case"; "Should talks fail, ..."
    if any(t.tag_ == "MD" and t.lower_ in ("may", "might", "could") for t in ctx.tokens):
        return False  # (the modal, not the month: "effective May 3")
    if set(words) & REVISED or any(_lemma(t) in DELAYING or _lemma(t) in HOPING for t in ctx.tokens):
        return False  # "which were delayed, now take effect", "will instead take effect": a plan changed
    if "longer" in words or _year_told_besides(ctx, span):
        return False  # "no longer applies"; "Last year, a tariff took effect on May 1": not this year's
    return not any(_lemma(t) in DENYING and t.pos_ == "VERB" for t in ctx.tokens)


def _measure_of_cue(
    toks: list[Token], cue: Token, root: Token, inside: set[int]
) -> tuple[Token | None, list[Token]] | None:
    """The measure a start cue and its date ("effective May 3", ``inside``)
    hang on, and what it applies to when the phrase hangs on that: the noun
    phrase the phrase is of (a bracketed phrase is of the noun before it,
    however it was parsed), the noun right before the "on" of what it applies
    to, or the object of a verb that brings a measure in."""
    hang = next((x for x in (cue, root) if x.head.i not in inside and x.head.i != x.i), None)
    if hang is None:
        return None
    host = hang.head
    k = toks.index(cue)
    after = next((t for t in toks if t.i > max(inside)), None)
    closed = {"(": ")", "[": "]", ",": ","}.get(toks[k - 1].text) if k >= 2 else None
    if closed and after is not None and after.text == closed and toks[k - 2].pos_ in ("NOUN", "PROPN"):
        # "(effective May 3)", "the tariffs on autos, effective May 3, worry dealers": a phrase set
        # off right after a noun phrase is of that phrase, however it was parsed (not ", starting
        # April 2." at the end of the clause, which is of the clause)
        host, hang = toks[k - 2], cue
    if host.pos_ == "VERB":
        measure = _measure_of_verb(host)
        if measure is None:
            return None
        before_case = _before_applies_case(measure)
        # "impose a 5% tax on sugary drinks, starting August 1" parsed as imposing the drinks
        return (before_case, [measure]) if before_case is not None else (measure, [])
    if host.pos_ not in ("NOUN", "PROPN") or (hang.dep_ not in _ON_NOUN and hang is not cue):
        return None
    while (
        host.dep_ in _IN_PHRASE
        and host.head.pos_ in ("NOUN", "PROPN")
        and host.head.i < host.i
        and _case(host) not in _APPLIES_CASES  # (not past "on cars" to a tariff the phrase is set in)
    ):
        host = host.head
    if _case(host) not in _APPLIES_CASES:
        return host, []
    # the start hangs on what the measure applies to: "tariffs on autos (effective May 3)";
    # the measure is the noun right before "on" ("the new tax on sugary drinks, effective
    # July 1", whatever the parse made of "tax")
    before_case = _before_applies_case(host)
    if before_case is not None:
        return before_case, [host]
    if host.head.i < host.i:
        return (_measure_of_verb(host.head) if host.head.pos_ == "VERB" else host.head), [host]
    return None


def _before_applies_case(tok: Token) -> Token | None:
    """The noun right before the "on", "for" or "against" of a phrase headed by
    ``tok`` ("tax" of "a tax on drinks"), when there is one: the measure the
    phrase tells what it applies to, however the parse hung the two."""
    case = next((c for c in tok.children if c.dep_ == "case" and c.tag_ != "POS"), None)
    if case is None or case.lower_ not in _APPLIES_CASES or case.i == 0:
        return None
    before = tok.doc[case.i - 1]
    return before if before.pos_ == "NOUN" or _noun_verb(before) else None


def _measure_of_verb(verb: Token) -> Token | None:
    """The measure a verb's start date is of: the object of a verb that brings
    a measure in ("imposed a tariff on vehicles, starting April 2"; not one that
    changes, suspends or ends it, :data:`IMPOSING`), the verb itself when it is a
    plural noun the parser read as a verb ("25 per cent tariffs on autos",
    "tariffs" a verb), or the subject of a verb of applying ("a 5% tax would
    apply, starting July 1")."""
    if _negated(verb):
        return None
    if _noun_verb(verb):
        return verb
    lemma = _lemma(verb)
    if lemma in IMPOSING:
        return next((c for c in verb.children if c.dep_ in ("obj", "nsubj:pass")), None)
    if lemma in APPLYING:
        if any((c.dep_.startswith("obl") and _case(c) == "to") or c.lower_ in ("also", "too") for c in verb.children):
            return None  # "the tariff on cars will also apply to trucks, starting May 3": an extension
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def _noun_verb(tok: Token) -> bool:
    """A plural noun the parser read as a verb ("tariffs", "taxes") with no object."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VBZ"
        and bool(_noun_form(tok))
        and not any(c.dep_ in ("obj", "ccomp", "xcomp") for c in tok.children)
    )


def _noun_form(tok: Token) -> str:
    """The noun a word is a form of ("tariffs" -> "tariff"), or ""."""
    forms = meaning.base_forms(tok.lower_, "n")
    return forms[0] if forms else ""


def _effect_verb(target: Token) -> Token:
    """The verb of "takes effect" when the parser hung the date on "effect"
    ("takes effect on May 3" with "May 3" a modifier of "effect"); else ``target``."""
    if target.lower_ in ("effect", "force") and target.head.pos_ == "VERB":
        return target.head
    return target


def _takes_effect(verb: Token) -> bool:
    """The verb and one of its words make a phrase of :data:`TAKING_EFFECT`
    ("takes effect", "comes into force", "kicks in")."""
    lemma = _lemma(verb)
    return any(
        (lemma, _lemma(c)) in TAKING_EFFECT for c in verb.children if c.dep_ in ("obj", "obl", "compound:prt", "advmod")
    )


def _a_measure(ctx: SentenceContext, tok: Token) -> bool:
    """A common noun that names a measure: one of :data:`MEASURE_NOUNS`, or a
    kind of tax, fee, prohibition, sanction, restriction, regulation or law in
    Open English Wordnet (or such a noun the parser read as a verb,
    :func:`_measure_of_verb`); not a name."""
    lemma = _lemma(tok) if tok.pos_ == "NOUN" else _noun_form(tok)
    if not lemma or tok.i in ctx.entity_of or not (tok.pos_ == "NOUN" or _noun_verb(tok)):
        return False
    return lemma in MEASURE_NOUNS or any(meaning.is_a(lemma, r, "n", senses=2) for r in _MEASURE_ROOTS)


#: Relations through which a measure is what a verb acts on ("lifted the tariff", "exempted
#: X from the tariff", "relief from the tariff").
_ACTED_ON = frozenset({"obj", "nsubj:pass", "obl", "nmod", "iobj"})


def _changed(measure: Token) -> bool:
    """A measure a verb changes, suspends or ends rather than brings in ("lifted
    the tariffs on autos, effective May 1", with the date hung on the tariffs),
    or one told as only proposed ("a proposed tax")."""
    if any(c.dep_ in ("amod", "det", "advmod") and _lemma(c) in ANOTHER_MEASURE for c in measure.children):
        return True  # "a proposed tax", "an additional 25% tariff", "the increased tariff"
    for up in (measure.head, measure.head.head):
        if up.pos_ == "NOUN" and _lemma(up) in CHANGE_NOUNS and up.i != measure.i:
            return True  # "a reduction in its 25% tariff", "a temporary halt to the tariff"
    doc, k = measure.doc, measure.left_edge.i
    if doc[k].dep_ == "case":
        k += 1  # (the phrase's own preposition: "in its 25% tariff")
    if k >= 2 and doc[k - 1].lower_ in ("in", "to", "of", "on") and _lemma(doc[k - 2]) in CHANGE_NOUNS:
        return True  # (however the parse hung the two: "a reduction in its tariff" with "tariff" an oblique)
    # the verb that acts on the measure: "lifted the tariffs", "exempted Westshire from the
    # tariff", "won relief from the tariff" (not a verb whose subject it is: "the tax will cut sales")
    verb = _acting_verb(measure, _ACTED_ON)
    return verb is not None and _lemma(verb) in CHANGING


def _acting_verb(measure: Token, through: frozenset[str] = _ACTED_ON | {"compound", "fixed", "det"}) -> Token | None:
    """The verb that acts on a measure, at most three links up through the
    relations ``through`` (objects and obliques; by default also the words the
    parse may make of the measure when it hung it on what it applies to: "impose
    a 5% tax on sugary drinks" read as imposing the drinks), or None."""
    tok = measure
    for _ in range(3):
        if tok.dep_ not in through or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ == "VERB" and not _noun_verb(tok):
            return tok
    return None


#: Words that set a measure beside another one it is compared to: "a tariff identical to Northvale's".
_COMPARING = frozenset(
    {"identical", "similar", "equal", "comparable", "equivalent", "like", "unlike", "matching", "mirror"}
)


def _compared_to(measure: Token) -> bool:
    """A measure named as what another is compared to ("a tariff identical to
    Northvale's 25% tariff", "one like Northvale's", "matching Northvale's"):
    a date after it may be either's."""
    head = measure.head
    if head.i != measure.i and _lemma(head) in _COMPARING:
        return True
    return any(c.dep_ == "case" and c.lower_ in _COMPARING for c in measure.children)


def _one_of_phases(measure: Token) -> bool:
    """A measure told as one of its steps ("the first phase", "a second round of
    tariffs", "the next stage", "the first phase of the tariffs"): an ordinal or
    "next" on the noun, or a noun of a step the measure is "of"."""
    if any(c.dep_ == "amod" and (c.lower_ in _ORDINAL_WORDS or c.lower_ == "next") for c in measure.children):
        return True
    step = measure.head
    return measure.dep_.startswith("nmod") and step.pos_ == "NOUN" and _lemma(step) in _STEP_NOUNS


#: Nouns of one step of a measure: "the first phase of the tariffs".
_STEP_NOUNS = frozenset({"phase", "stage", "round", "tranche", "part", "wave", "step", "batch"})


def _applies_heads(measure: Token, heads: list[Token]) -> list[Token]:
    """The heads of what a measure applies to: the given ones, or the heads
    of its "on", "for" or "against" phrases, with their conjuncts ("tariffs on
    autos and parts"), or of its verb's "on" phrase ("imposed tariffs on its
    neighbour's cars")."""
    if not heads:
        # (a gerund the parser hung as a clause: "a ban on smoking in bars")
        heads = [
            c for c in measure.children if c.dep_.startswith(("nmod", "obl", "acl")) and _case(c) in _APPLIES_CASES
        ]
    if not heads and measure.dep_ == "obj":
        heads = [c for c in measure.head.children if c.dep_.startswith("obl") and _case(c) in _APPLIES_CASES]
    return heads + [c for h in heads for c in h.children if c.dep_ == "conj"]


def _noun_lemma(tok: Token) -> str:
    return (_noun_form(tok) if tok.pos_ in ("NOUN", "PROPN") else "") or _lemma(tok)


def _word_of(ctx: SentenceContext, tok: Token) -> str:
    """A word as compared: "@id" for a name, else its lemma."""
    m = ctx.entity_of.get(tok.i)
    return "@" + m.entity if m is not None else _noun_lemma(tok)


#: Words of a rate written before a measure's noun ("25 per cent tariffs"): no kind of it.
_RATE_WORDS = frozenset({"per", "cent", "percent", "%", "percentage", "point", "points"})


def _detail(ctx: SentenceContext, head: Token, tok: Token) -> bool:
    """A noun or a name of the phrase of what a measure applies to, other than
    its head, its conjuncts and a date ("smoking in bars": "bars"; "vehicles made
    outside its borders": "borders"; not "May" of "autos (effective May 3)")."""
    if tok.i == head.i or tok.dep_ == "conj" or tok.lower_ in _RATE_WORDS or tok.pos_ not in ("NOUN", "PROPN"):
        return False
    at = ctx.base + tok.idx
    return not any(t.span.start <= at < t.span.end for t in ctx.times)


def _quality_word(tok: Token) -> str:
    """An adjective as compared: a capitalised one (a demonym, "Westshirean") as written."""
    return tok.text if tok.text[:1].isupper() and not tok.text.isupper() else _lemma(tok)


def _quality(tok: Token) -> bool:
    """An adjective that narrows what a measure applies to ("alcoholic drinks",
    "electric cars", "Westshirean cars")."""
    return (
        tok.dep_ == "amod"
        and tok.pos_ in ("ADJ", "VERB")
        and not any(c.pos_ == "NUM" for c in tok.subtree)
        and (tok.i > tok.sent.start or not tok.text[:1].isupper())
    )


def _kind_word(ctx: SentenceContext, tok: Token) -> bool:
    """A word that makes a measure a kind of its noun ("export duty",
    "retaliatory tariffs"): a modifier that is no name, rate or number."""
    return (
        tok.dep_ in ("compound", "amod")
        and tok.pos_ in ("NOUN", "ADJ")
        and tok.i not in ctx.entity_of
        and tok.lower_ not in _RATE_WORDS
        and not any(c.pos_ == "NUM" for c in tok.subtree)
    )


def _maker(ctx: SentenceContext, measure: Token) -> str | None:
    """Who makes a measure, when a name tells it, as "@id" (or a capitalised
    adjective before the noun, "Westshirean tariffs", as itself): the name that
    owns the measure's noun ("Westshire's tariffs", "Northvale tariffs"), its
    "by" phrase ("tariffs imposed by Westshire"), the subject of the verb
    whose object it is, or what owns that subject ("Northvale would impose",
    "the Westshire government imposed"), or the place the clause puts it in
    ("a ban on bags takes effect in Northvale")."""
    owner = _named_owner(ctx, measure)
    if owner is not None:
        return owner
    own = [*measure.children, *(g for c in measure.children if c.dep_ == "acl" for g in c.children)]
    for c in own:  # ("tariffs imposed by Westshire"; not "a tariff on steel produced by Westshire")
        if c.dep_ in ("obl:agent", "obl") and _case(c) == "by" and c.i in ctx.entity_of:
            return _maker_name(ctx, c)
    verb = _acting_verb(measure)
    if verb is not None and _lemma(verb) in IMPOSING:
        # who imposes it ("Northvale would impose"), or the government a name owns ("the
        # Westshire government imposed"); not whoever faces or fights it ("Northvale will face
        # the tariff"), nor a name that owns another subject ("Northvale's rival will impose")
        for c in verb.children:
            if c.dep_ in ("nsubj", "obl:agent"):
                if c.i in ctx.entity_of:
                    return _maker_name(ctx, c)
                return _named_owner(ctx, c) if _lemma(c) in GOVERNING else None
    verb = measure.head
    for c in verb.children if verb.pos_ == "VERB" else ():
        if c.dep_.startswith("obl") and _case(c) == "in" and c.i in ctx.entity_of:
            return _maker_name(ctx, c)
    return None


def _named_owner(ctx: SentenceContext, noun: Token) -> str | None:
    """The name that owns a noun: a possessive or compound name ("Westshire's",
    "the Westshire government"), or a capitalised adjective before it
    ("Westshirean tariffs", also opening the sentence)."""
    for c in [*noun.children, *(g for w in noun.children if w.i < noun.i for g in w.children)]:
        # (a possessive the parse hung on a word before the noun: "Ruiz's 25 per cent tariffs")
        if c.dep_ in ("nmod:poss", "compound", "amod") and (
            c.i in ctx.entity_of or (c.dep_ == "nmod:poss" and c.pos_ == "PROPN")
        ):
            return _maker_name(ctx, c)
        if _demonym(c):
            return c.lower_
    return None


def _demonym(tok: Token) -> bool:
    """A capitalised adjective inside the sentence ("Westshirean tariffs"): a
    people's or a place's name; not one capitalised for opening the sentence
    ("Heavy tariffs ...")."""
    return (
        tok.dep_ == "amod"
        and tok.pos_ == "ADJ"
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.i > tok.sent.start
    )


def _maker_name(ctx: SentenceContext, tok: Token) -> str:
    """A maker as compared: "@id", with the capitalised words the recogniser
    left out before it ("@southern-union" of "the Southern Union", whose name it
    read as "Union")."""
    m = ctx.entity_of.get(tok.i)
    if m is None:
        return "@" + tok.lower_
    before = [
        c.lower_
        for c in tok.children
        if c.i < tok.i and c.text[:1].isupper() and c.i not in ctx.entity_of and c.dep_ in ("amod", "compound")
    ]
    return "@" + "-".join([*before, m.entity])


def _event_noun_after(ctx: SentenceContext, span: Span, root: Token) -> Token | None:
    """The event noun a date written between it and its determiner dates, when
    the parser split the noun phrase: in "in connection with the December 6
    killing of a teenager" it hung "December 6" on "connection" and "killing"
    beside it, so the date would date the arrest. The noun must come right
    after the date, name an event ("killing", "shooting", "explosion"; not "a
    Friday deadline"), and hang on the date's own head or on the date."""
    words = [t for t in ctx.tokens if not t.is_space]
    after = next((t for t in words if ctx.base + t.idx >= span.end), None)
    before = next((t for t in reversed(words) if ctx.base + t.idx + len(t.text) <= span.start), None)
    gerund = after is not None and after.pos_ == "VERB" and after.tag_ == "VBG"
    if after is None or before is None or before.pos_ != "DET" or (after.pos_ != "NOUN" and not gerund):
        return None
    if root.head.i == after.i or after.head.i not in (root.head.i, root.i):
        return None  # the parse already has the date on the noun, or the noun is another phrase's
    if after.head.i > after.i:
        return None  # a modifier of a noun after it: "a Monday vote deadline" dates the deadline
    word = after.lower_ if gerund else (after.lemma_.casefold() or after.lower_)
    return after if meaning.is_event(meaning.normalise(word)) else None


#: Reporting verbs whose clause a date written after it may date: not "confirmed",
#: "announced" or "denied", whose own day is as often written there.
_PLAIN_REPORTS = frozenset({"say", "tell"})
#: Occasions of a report, which a date phrase carrying one dates ("Wednesday at a news conference").
_REPORT_OCCASIONS = frozenset({"conference", "statement", "briefing", "interview", "release", "speech", "post"})


def _complement_of_report(date_root: Token, verb: Token) -> Token | None:
    """The verb of a reported clause a date right after it dates, when the
    parser hung the date on "said" or "told" ("Police said both men were
    arrested Wednesday morning"): a date written after the report's clause
    is the clause's; the day of the report is written next to its verb
    ("said Wednesday that"). Not a date that opens a clause of its own ("...,
    then on Wednesday he ...") or that carries the report's occasion
    ("Wednesday at a news conference"), nor a clause of being ("said she was
    innocent Tuesday": a state has no day of its own)."""
    if verb.lemma_.casefold() not in _PLAIN_REPORTS or not date_root.dep_.startswith(("obl", "nmod")):
        return None
    first = date_root.left_edge
    if first.is_punct or first.pos_ in ("CCONJ", "SCONJ", "ADV"):
        return None
    if any(_lemma(c) in _REPORT_OCCASIONS for c in date_root.subtree):
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and c.i > verb.i and first.i == c.right_edge.i + 1:
            return c if c.pos_ == "VERB" and c.lemma_.casefold() not in ("be", "remain") else None
    return None


#: How the parser may hang a bare date on the object before it ("signed the bill Tuesday").
_MISHUNG_DATE = frozenset({"appos", "compound", "nmod", "nmod:unmarked", "nmod:tmod", "nmod:npmod", "flat"})


def _verb_of_object(date_root: Token, noun: Token) -> Token | None:
    """The verb a bare date after its object dates, when the parser hung the
    date on the object ("signed the bill Tuesday", "announced major changes
    Thursday to the rules"): news writes the day of what happened right after
    the verb's object, with no preposition. A date before the noun ("the
    Thursday meeting") or with a preposition ("the meeting on Thursday") is
    the noun's own."""
    if date_root.dep_ not in _MISHUNG_DATE or _case(date_root) or date_root.head.i != noun.i:
        return None
    if date_root.left_edge.i != noun.i + 1:
        return None  # right after the noun: "changes Thursday", "Friday night" after "a suspect"
    verb = noun.head
    if noun.dep_ not in ("obj", "iobj") or verb.pos_ != "VERB" or verb.i > noun.i:
        return None
    return verb


#: Prepositions of a date that tells when a clause happened ("on Monday"; none: "late Wednesday").
_WHEN_CASES = frozenset({"", "on", "in", "at", "during"})
#: Words the parser may leave between a date hung on the subject and the subject's verb.
_BEFORE_VERB = frozenset({"aux", "aux:pass", "advmod", "neg", "punct"})


def _verb_of_subject(date_root: Token, noun: Token) -> Token | None:
    """The verb a date between its subject and the verb dates, when the parser
    hung the date on the subject ("The Navy on Saturday arrested 23 pirates",
    "Tom Reyes on Monday formally announced the deal"): news writes the day of
    what a person or body did there. An event noun keeps a date of its own
    ("The vote on Tuesday was postponed": the vote, not the postponing, was on
    Tuesday; "The Hawks game on Saturday sold out"), unless it is also an
    organisation (in one of its two most frequent senses) that a name before
    it makes a body that acts, as the subject of an active verb ("the Bush
    administration on Thursday eliminated"). Only a date that tells when
    ("on", "in", "at", "during" or no preposition): "The world record from
    1998 fell" keeps the record's year."""
    if not date_root.dep_.startswith("nmod") or date_root.head.i != noun.i or date_root.i < noun.i:
        return None
    if _case(date_root) not in _WHEN_CASES:
        return None  # "The world record from 1998 fell": the record's year, not the fall's
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.pos_ != "VERB" or verb.i < date_root.i:
        return None
    between = noun.doc[date_root.right_edge.i + 1 : verb.i]
    if any(t.head.i != verb.i or t.dep_ not in _BEFORE_VERB for t in between):
        return None  # the verb comes right after the date, bar its auxiliaries and adverbs
    lemma = _lemma(noun)
    if meaning.is_event(lemma):
        named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
        if not (named and noun.dep_ == "nsubj" and meaning.is_a(lemma, "organization", "n", senses=2)):
            return None
    return verb


def _places(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """A place to its verb or noun, with the containing places written after
    it ("in Mobile, Alabama"); a name followed by a place is a place too."""
    places = sorted(ctx.places, key=lambda m: m.span.start)
    contained: set[int] = set()
    out = []
    for i, p in enumerate(places):
        if i in contained:
            continue
        within: list[str] = []
        j, end = i + 1, p.span.end
        root = _root_of(ctx, p.span)
        if root is None:
            continue
        target, rel = _target(root)
        site = j < len(places) and _named_site_in(ctx, p, root, rel, places[j], end)
        if site:
            # "died at the Northvale Medical Center in Easton": the named site is where it
            # happened, and it lies in the town
            within.append(places[j].text)
            contained.add(j)
            end = places[j].span.end
            j += 1
        while j < len(places) and places[j].type == "place" and ctx.text[end : places[j].span.start].strip() == ",":
            within.append(places[j].text)
            contained.add(j)
            end = places[j].span.end
            j += 1
        if (p.type != "place" and not within) or (p.type == "organization" and not site):
            continue  # a name is a place when a place follows it; an organisation only as a named site
        if rel == "nmod:of" and target.dep_ not in _NOT_LOCATIVE and meaning.is_area(target.lemma_.casefold()):
            # "in the agricultural town of Northvale": the place is where the town's head is
            up, up_rel = _target(target)
            if up.i != target.i:
                root, (target, rel) = target, (up, up_rel)
        if target.i != root.i and root.dep_ not in _NOT_LOCATIVE:  # a place as subject or object is a participant
            out.append(_att(ctx, "place", p.text, p.span, p.entity, target, rel, place_within=tuple(within)))
    return out


#: Last words of a name that make it an employer, not a building ("the Acme Company").
_EMPLOYER_WORDS = frozenset({"company", "corporation", "group", "works", "studios", "holdings", "partners"})


def _named_site_in(ctx: SentenceContext, p: EntityMention, root: Token, rel: str, q: EntityMention, end: int) -> bool:
    """``p`` is a named place or organisation where something happened ("at
    the Northvale Medical Center", the oblique of a verb) and ``q``, right
    after it, the place the text says it is in ("... in Easton": a modifier of
    the name, or a second oblique of the verb, as parsers often attach it)."""
    if p.type == "person" or q.type != "place" or rel not in ("obl:at", "obl:in", "obl:inside"):
        return False
    if p.type != "place" and (
        len(p.text.split()) < 2 or not meaning.is_site(root.lemma_.casefold()) or root.lower_ in _EMPLOYER_WORDS
    ):
        # "the Grand Meridian Hotel" recognised as "Hotel" alone names no site, nor does
        # an employer ("worked at Acme Robotics in Easton": the town is where)
        return False
    if root.head.pos_ not in ("VERB", "AUX") or ctx.text[end : q.span.start].strip().casefold() != "in":
        return False
    q_root = _root_of(ctx, q.span)
    if q_root is None:
        return False
    if q_root.head.i == root.i:
        return q_root.dep_.startswith("nmod")
    return q_root.head.i == root.head.i and q_root.dep_ == "obl" and _case(q_root) == "in"


#: Verbs that read a value off a scale: "an earthquake measuring 5.6 on the Richter scale".
_SCALE_VERBS = frozenset({"measure", "register"})
#: Their forms the tagger may take for nouns ("measuring/NN"), whose lemma is the form itself.
_SCALE_FORMS = frozenset({"measuring", "measured", "registering", "registered"})
_MAGNITUDE_TOKEN = re.compile(r"magnitude-(\d{1,2}(?:\.\d+)?)", re.IGNORECASE)


#: Words on "scale" that make it a magnitude scale ("the Richter scale", "the moment
#: magnitude scale"); an intensity scale (Mercalli, shindo) or a storm's is no magnitude.
_MAGNITUDE_SCALES = frozenset({"richter", "magnitude"})
_DEMONSTRATIVES = frozenset({"that", "this", "such", "what", "these", "those"})
_MAGNITUDE_DIGITS = re.compile(r"\d{1,2}(?:\.\d+)?")


def _magnitude_value(text: str) -> str | None:
    """A magnitude as written in digits ("5.6"), when it can be one (0 to 10)."""
    return text if _MAGNITUDE_DIGITS.fullmatch(text) and 0 < float(text) <= 10 else None


def _magnitude_scale(scale: Token) -> bool:
    return any(c.lower_ in _MAGNITUDE_SCALES for c in scale.children if c.dep_ in ("compound", "amod", "nmod"))


def _magnitudes(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """A magnitude written around its number, in the unit of "a 5.6-magnitude
    earthquake", to the noun it measures: "an earthquake measuring 5.6 on the
    Richter scale" (a scale verb's object, the noun the verb describes or its
    subject), "a magnitude 6.1 earthquake", "a magnitude-6.1 quake"."""
    out = []
    toks = ctx.tokens
    for k, tok in enumerate(toks):
        if tok.i in taken:
            continue
        verb = tok.head
        if (
            tok.dep_ in ("obj", "dobj")
            and (verb.lemma_.casefold() in _SCALE_VERBS or verb.lower_ in _SCALE_FORMS)
            and (value := _magnitude_value(tok.lower_)) is not None
        ):
            scale = next(
                (c for c in verb.children if c.dep_.startswith("obl") and c.lemma_.casefold() == "scale"), None
            )
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
            target = verb.head if verb.dep_ in ("acl", "acl:relcl", "relcl") else subject
            if scale is None or not _magnitude_scale(scale) or target is None or target.pos_ != "NOUN":
                continue
            span = ctx.span(ctx.base + tok.idx, ctx.base + scale.idx + len(scale.text))
            text = ctx.text[span.start : span.end]
            out.append(_att(ctx, "number", text, span, f"{value} magnitude", target, "measure", unit="magnitude"))
            continue
        m = _MAGNITUDE_TOKEN.fullmatch(tok.text)
        first = tok
        if m is not None:
            value, nxt = _magnitude_value(m.group(1)), (toks[k + 1] if k + 1 < len(toks) else None)
        elif (
            tok.lower_ == "magnitude"
            and k + 2 < len(toks)
            and not any(c.lower_ in _DEMONSTRATIVES for c in tok.children)
        ):
            # ("a crisis of that magnitude one week later": no reading)
            value, nxt = _magnitude_value(toks[k + 1].lower_), toks[k + 2]
        elif tok.like_num and k + 2 < len(toks) and toks[k + 1].lower_ in ("magnitude", "-magnitude"):
            # "a 5.6 -magnitude earthquake" that the parse did not read as a measure compound
            value, nxt = _magnitude_value(tok.lower_), toks[k + 2]
        else:
            continue
        if value is None or nxt is None or nxt.tag_ != "NN" or nxt.i in taken:
            continue  # "the 7.6 and 7.5 magnitude quakes": two quakes, no one reading
        end = nxt.i - 1
        span = ctx.span(ctx.base + first.idx, ctx.base + ctx.doc[end].idx + len(ctx.doc[end].text))
        text = ctx.text[span.start : span.end]
        out.append(_att(ctx, "number", text, span, f"{value} magnitude", nxt, "nummod", unit="magnitude"))
    return out


#: Words after "N times" that make it a multiplier, not a count of occasions:
#: "five times the legal limit", "three times as fast", "twice more".
_MULTIPLIER_NEXT = frozenset(
    {"as", "the", "a", "an", "that", "this", "more", "less", "higher", "lower", "larger", "what"}
    | {"his", "her", "its", "their", "our", "my", "your"}
)
#: What a count of occasions may stand with: who did it, and the day it happened.
_PLAIN_OCCASION_DEPS = frozenset(
    {
        "nsubj",
        "nsubj:pass",
        "obj",
        "dobj",
        "aux",
        "aux:pass",
        "punct",
        "cc",
        "conj",
        "advmod",
        "neg",
        "mark",
        "parataxis",
    }
)
_TIMES_WORDS = {"twice": "2", "thrice": "3"}


def _frequencies(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """How many times something was done to something ("was shot 11 times",
    "stabbed the man 20 times", "was arrested twice"), to its verb, in the unit
    ``time``: only a verb with an object or in the passive (what it was done to
    is what the count is about), never a multiplier ("five times the limit")."""
    out = []
    toks = ctx.tokens
    for k, tok in enumerate(toks):
        if tok.i in taken:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        value: str | None
        if tok.lower_ in _TIMES_WORDS and tok.dep_ == "advmod":
            value, last, verb = _TIMES_WORDS[tok.lower_], tok, tok.head
        elif nxt is not None and nxt.lower_ == "times" and tok.dep_ == "nummod" and tok.head.i == nxt.i:
            value, last, verb = _word_value(tok), nxt, nxt.head
            if verb.pos_ != "VERB" and k > 0 and toks[k - 1].pos_ == "VERB":
                verb = toks[k - 1]  # "shot 11 times by officers": the count hung on the noun after it
        else:
            continue
        after = ctx.doc[last.i + 1] if last.i + 1 < len(ctx.doc) else None
        if value is None or verb.pos_ != "VERB" or (after is not None and after.lower_ in _MULTIPLIER_NEXT):
            continue
        passive = any(c.dep_ in ("aux:pass", "nsubj:pass") for c in verb.children)
        if not passive and not any(c.dep_ in ("obj", "dobj") and c.i != last.i for c in verb.children):
            continue
        if not _one_occasion(ctx, verb, last):
            continue
        span = ctx.span(ctx.base + tok.idx, ctx.base + last.idx + len(last.text))
        text = ctx.text[span.start : span.end]
        hedge = _hedge(ctx.doc, tok)
        out.append(_att(ctx, "number", text, span, f"{value} time", verb, "obl:npmod", unit="time", hedge=hedge))
    return out


_PERIOD = re.compile(r"\d{4}(?:-\d{2})?|.*\b(?:year|month|week|decade|season|since)s?\b.*", re.IGNORECASE)


def _a_day(t: TimeMention) -> bool:
    """A time that names a day or an hour, not a period ("in 2019", "this year")."""
    return t.type in ("DATE", "TIME") and not _PERIOD.fullmatch(t.value or "") and not _PERIOD.fullmatch(t.text)


def _one_occasion(ctx: SentenceContext, verb: Token, count: Token) -> bool:
    """Whether a count of times tells of one whole occasion: no "has / have
    been" (a tally to date: "has been arrested three times"), no complement
    ("named the best city twice"), no part or place ("shot twice in the
    chest", "arrested twice in 2019") and no clause that bounds it ("before he
    met her"), only an agent ("by police"), a source ("according to X") and the
    day ("on Saturday")."""
    if any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve", "'s") for c in verb.children):
        return False
    days = {i for t in ctx.times if _a_day(t) for i in ctx.token_range(t.span)}
    for c in verb.children:
        if c.i in (count.i, count.head.i) or c.dep_ in _PLAIN_OCCASION_DEPS:
            continue
        if c.dep_.startswith(("obl", "nmod")):
            case = next((g.lower_ for g in c.children if g.dep_ == "case"), "")
            if case in ("by", "according") or c.i in days:
                continue  # the agent, the source, the day
        return False
    return True


#: How a named person may be what an event verb counts: its patient ("Ana
#: Ruiz was arrested", "police arrested Ana Ruiz"), or the one who died.
_PATIENT_DEPS = frozenset({"nsubj:pass", "obj", "dobj"})


def _patient(tok: Token, verb: Token) -> bool:
    """Whether a word is what an event verb is done to ("Ana Ruiz was
    arrested", "police arrested 46"), or who died."""
    return tok.dep_ in _PATIENT_DEPS or (tok.dep_ == "nsubj" and _dying(verb))


def _negated(verb: Token) -> bool:
    """A verb negated by a word of its own ("was not arrested", "never died")."""
    return any(c.dep_ in ("neg", "advmod") and c.lower_ in ("not", "n't", "never") for c in verb.children)


def _named_ones(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """A person named as what an event verb counts: one person at least ("Ana
    Ruiz was arrested", "police arrested Ana Ruiz", "Ana Ruiz died"). It
    agrees with every count of people but a count of none, which it
    contradicts ("no one has been arrested in the case"). Not for a negated
    clause, nor for one that may tell of another occasion
    (:func:`_another_occasion`), nor for a one-word name."""
    out = []
    for tok in ctx.tokens:
        verb = tok.head
        if verb.i == tok.i or not _counted_event(verb):
            continue
        if not _patient(tok, verb):
            continue
        m = ctx.entity_of.get(tok.i)
        if m is None or m.type != "person" or not m.entity or "-" not in m.entity or ctx.base + tok.idx < m.span.start:
            continue  # (a one-word "person" is as often a place the recogniser mistyped: "struck Northvale")
        if _negated(verb):
            continue
        if _another_occasion(ctx, verb):
            continue
        att = Attachment(
            kind="number",
            text=ctx.text[m.span.start : m.span.end],
            span=m.span,
            value="1 person",
            head="person",
            head_span=_span_of(ctx, tok),
            relation="named",
            unit="person",
            hedge="at least",
        )
        out.append((tok.i, att))
    return out


#: The relation of a number that stands alone for the people a verb counts ("five were killed").
BARE = "bare"


def _bare_counts(ctx: SentenceContext, taken: set[int]) -> list[tuple[int, Attachment]]:
    """A number with no noun as what a verb of people counts: its object or
    passive subject ("five were killed", "police arrested 46", "killed at
    least 10"), or who died ("two died in hospital"). A number with words of
    its own after it is no bare count ("two of the victims", "five more"),
    but a phrase of the clause the parser hung on it is ("killed five in
    Northvale"); nor is a range, a ratio, or a count nearly done."""
    read = taken | {i for q in ctx.quantities for i in ctx.token_range(q.span)}
    out = []
    for tok in ctx.tokens:
        verb = tok.head
        if tok.i in read or tok.pos_ not in ("NUM", "PRON") or verb.i == tok.i or not _counted_event(verb):
            continue  # (a number word starting a sentence may be tagged a pronoun)
        if verb.lemma_.casefold() not in PEOPLE_VERBS:
            continue
        if not _patient(tok, verb) and not (
            tok.dep_ in _MISREAD_OBJECT and not any(c.dep_ in _PATIENT_DEPS for c in verb.children)
        ):
            continue
        value = _word_value(tok)
        if value is None or value == "1" or re.fullmatch(r"1[89]\d\d|20\d\d", tok.text):
            continue  # ("no one was hurt", "one of them": a word, not a count)
        if _range_or_ratio(ctx.doc, tok) or any(c.lower_ in _ALMOST for c in verb.children):
            continue  # "killed 10 to 15", "killed 1 in 10", "nearly killed 3"
        if any(c.i > tok.i and not _misplaced_phrase(c) for c in tok.children):
            continue
        if _negated(verb):
            continue
        att = Attachment(
            kind="number",
            text=tok.text,
            span=_span_of(ctx, tok),
            value=f"{value} person",
            head="people",
            head_span=_span_of(ctx, tok),
            relation=BARE,
            unit="person",
            hedge=_hedge(ctx.doc, tok),  # "killed at least 10"
        )
        out.append((tok.i, att))
    return out


#: How the parser may hang a verb's bare number object ("killed at least 10").
_MISREAD_OBJECT = frozenset({"obl:unmarked", "obl:npmod"})


def _range_or_ratio(doc: Doc, tok: Token) -> bool:
    """A number that begins a range ("10 to 15", "10-15", "30 or 40") or a
    ratio ("1 in 10")."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if nxt is None:
        return False
    if nxt.lower_ in ("to", "-", "\u2013", "\u2014", "or", "and") and after is not None and after.like_num:
        return True
    if nxt.lower_ == "out" and after is not None and after.lower_ == "of":
        return True  # "3 out of 10 residents"
    if (
        nxt.lower_ == "in"
        and after is not None
        and after.like_num
        and not re.fullmatch(r"1[89]\d\d|20\d\d", after.text)
    ):
        unit = doc[after.i + 1] if after.i + 1 < len(doc) else None
        lemma = unit.lemma_.casefold() if unit is not None else ""
        return not (meaning.is_a(lemma, "time unit") or meaning.is_a(lemma, "time period"))  # not "12 in 24 hours"
    return nxt.text.startswith(("-", "\u2013")) and nxt.text[1:2].isdigit()


def _misplaced_phrase(tok: Token) -> bool:
    """A phrase of the clause the parser hung on a number before it ("killed
    at least five in Northvale"), not one that says what it counts ("five of
    the victims")."""
    case = _case(tok)
    return tok.dep_.startswith(("nmod", "obl")) and bool(case) and case not in ("of", "than")


#: Words that set an event apart from the one a story reports ("over a similar attack").
_OTHER_OCCASION = frozenset({"similar", "separate", "previous", "earlier", "prior", "unrelated", "another", "other"})
_DAY_GRANULARITIES = frozenset({"day", "time"})


def _another_occasion(ctx: SentenceContext, verb: Token) -> bool:
    """Whether a clause may tell of another occasion than the story's: a date
    in it is coarser than a day ("was arrested last year", "in 2019"), or it
    names a similar or separate event ("over a similar attack")."""
    words = {t.i for t in verb.subtree}
    for t in ctx.times:
        if any(i in words for i in ctx.token_range(t.span)) and t.granularity not in _DAY_GRANULARITIES:
            return True
    return any(ctx.tokens[i].lower_ in _OTHER_OCCASION for i in words if 0 <= i < len(ctx.tokens))


def attachments(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """Values of the sentence with the token index of the word they describe."""
    ages, taken = _ages(ctx)
    compounds = _measure_compounds(ctx, taken)
    read = {(a.span.start, a.span.end) for _, a in compounds}
    measures = compounds + [m for m in _magnitudes(ctx, taken) if (m[1].span.start, m[1].span.end) not in read]
    counts = (
        _numbers(ctx, taken)
        + measures
        + _frequencies(ctx, taken)
        + _zero_counts(ctx)
        + _vague_counts(ctx)
        + _named_ones(ctx)
        + _bare_counts(ctx, taken)
    )
    counts, periods = _with_periods(ctx, counts)
    # a period a figure is told for is no fact of its own: not its length ("in the final
    # two minutes") nor a position ("the second half")
    counts = [(i, a) for i, a in counts if i not in periods]
    ordinals = [(i, a) for i, a in _ordinals(ctx) if i not in periods]
    return ages + ordinals + counts + _scores(ctx) + _with_rates(_dates(ctx), counts) + _places(ctx)


def _with_rates(
    dates: list[tuple[int, Attachment]], counts: list[tuple[int, Attachment]]
) -> list[tuple[int, Attachment]]:
    """Each start date with the one rate its measure is told with ("a 25% tariff",
    "a $5 fee")."""
    out = []
    for i, att in dates:
        if att.measure is not None:
            rates = {
                a.value
                for j, a in counts
                if j == i and (a.unit == "percent" or _is_money(a.unit)) and a.value and not a.hedge
            }  # (a bound, "up to 25%", "at least 10%", is no rate)
            if len(rates) == 1:
                att = att.model_copy(update={"measure": att.measure.model_copy(update={"rate": rates.pop()})})
        out.append((i, att))
    return out


#: Prepositions of a phrase that tells the part of a period a figure is for ("in",
#: "during", "over the past 24 hours"; not "after the first half", which tells when).
_PERIOD_CASES = frozenset({"in", "during", "over", "within", "through", "throughout", "for", "on"})
#: Relations that start another clause: a period phrase beyond them is that clause's
#: (a conjunct is followed only between nouns: "10 points and 5 rebounds").
_CLAUSE_EDGES = _CLAUSE_DEPS - {"conj"}


def _with_periods(
    ctx: SentenceContext, counts: list[tuple[int, Attachment]]
) -> tuple[list[tuple[int, Attachment]], set[int]]:
    """Each figure with the part of a period its clause tells it for, if any
    ("scored 10 points in the first half", "in the past 24 hours, 40 people
    were arrested"): a figure for a part is not the whole, nor one for
    another part; a figure :func:`_set_by_for_or_to` keeps none. Also the
    token indices of the period phrases used, whose own figures and ordinals
    ("two minutes" and "second" of "the final two minutes of the second
    half") are no facts."""
    out, used = [], set()
    for i, att in counts:
        own = ctx.token_range(att.span)
        period = None if _set_by_for_or_to(ctx, att, own) else _period_part(ctx.tokens[i], own)
        if period is None:
            out.append((i, att))
            continue
        used |= _phrase_of(period)  # (its count and "of the second half" too)
        out.append((i, att.model_copy(update={"period": _period_of(period)})))
    return out, used


def _phrase_of(head: Token) -> set[int]:
    """The token indices of a noun's phrase, without a conjunct joined to it
    ("the fourth quarter and a total of $8.6 billion", as the parse may join them)."""
    out = set()
    for t in head.subtree:
        up = t
        while up.i != head.i and up.dep_ != "conj":
            up = up.head
        if up.i == head.i:
            out.add(t.i)
    return out


def _set_by_for_or_to(ctx: SentenceContext, att: Attachment, own: range) -> bool:
    """A length of time set by "for" or "to" ("sentenced to 10 years", "jailed
    for 30 days") or a price set by "for" ("bought Beta for $5 million"): a
    period phrase beside it only dates it. Not a count or a level ("rushed
    for 120 yards", "raised its profit to $3 billion")."""
    unit = att.unit or ""
    cases: frozenset[str] = frozenset()
    if unit.casefold() in TIME_UNIT_DAYS:
        cases = frozenset({"for", "to"})
    elif unit in MONEY_UNITS:
        cases = frozenset({"for"})
    return any(c.dep_ == "case" and c.lower_ in cases for k in own for c in ctx.tokens[k].children)


def _period_part(tok: Token, own: range) -> Token | None:
    """The head noun of a phrase naming a part of a period (:func:`_period_of`),
    on the figure's own words, on ``tok`` (the word the figure counts or
    measures) or on a word above it up to its clause's verb, or fronted before
    a first verb that the clause's verb is joined to ("In the first half, she
    scored 10 and grabbed 5 rebounds"). A phrase on the figure itself comes
    first, and one there that names a whole period ("a loss of $8.6 billion
    for the year") ends the search with none; else the first part found wins
    (a part beside a whole keeps the part: an extra period can only cost a
    miss). ``own``: the figure's tokens (a period phrase inside the figure is
    not its period)."""
    up, nodes = tok, [tok]
    while up.dep_ not in _CLAUSE_EDGES and up.head.i != up.i and up.pos_ not in ("VERB", "AUX"):
        if up.dep_ == "conj" and up.head.pos_ not in ("NOUN", "PROPN", "NUM"):
            break  # (a second clause's verb)
        up = up.head
        nodes.append(up)
    fronted = []
    if up.dep_ == "conj" and up.head.pos_ in ("VERB", "AUX"):
        fronted = [c for c in up.head.children if c.i < up.head.i]
    mine = [c for node in [tok, *(tok.doc[i] for i in own)] for c in node.children]
    theirs = [c for node in nodes[1:] for c in node.children] + fronted
    for scope, candidates in (("mine", mine), ("theirs", theirs)):
        phrases = [
            c
            for c in candidates
            if c.i not in own and c.i != tok.i and c.dep_.startswith(("obl", "nmod")) and _case(c) in _PERIOD_CASES
        ]
        parts = [c for c in phrases if _period_of(c) is not None]
        if parts:
            return parts[0]
        if scope == "mine" and any(_lemma(c) in PERIOD_NOUNS and _part_word(c) is None for c in phrases):
            return None  # "a loss of $8.6 billion for the year": the whole
    return None


def _lemma(tok: Token) -> str:
    """A token's lemma, or its lower-case form when the tagger gave none."""
    return tok.lemma_.casefold() or tok.lower_


def _period_of(period: Token) -> str | None:
    """The part of a period a phrase headed by ``period`` names, in one normal
    form: "1 half" ("the first half", "the opening half", "the 1st half"),
    "last 2 minute" ("the final two minutes", "the last 2 minutes"), "1 7.5
    minute" ("the first 7 1/2 minutes"), "last minutes" ("the final minutes",
    not "the final minute"), with what it is a part of: "1 10 minute of 2
    half" ("the first 10 minutes of the second half", not "of the game"). A
    part of a game or a meeting ("half", "quarter", "round") or a stretch of
    time ("minutes", "days", "seasons"), with a word that picks the part; not
    a stretch of a calendar unit, which is a date ("the first day of March",
    "the last week of 2019")."""
    noun = _lemma(period)
    if noun not in PERIOD_NOUNS:
        return None
    if noun in PERIOD_SPANS and any(_calendar_of(c) for c in period.children):
        return None
    part = _part_word(period)
    if part is None:
        return None
    count = _count_between(list(period.doc[part.i + 1 : period.i]))
    of = next((c for c in period.children if c.dep_.startswith("nmod") and _case(c) == "of"), None)
    whole = f"of {_period_of(of) or _lemma(of)}" if of is not None else ""  # ("of the second half", "of the game")
    return " ".join(w for w in (_part_value(part), count, noun if count else period.lower_, whole) if w)


def _calendar_of(tok: Token) -> bool:
    """An "of" phrase that names a month, a day of the week or a year ("of March", "of 2019")."""
    if not tok.dep_.startswith("nmod") or _case(tok) != "of":
        return False
    return tok.lower_ in MONTH_WORDS or tok.lower_ in WEEKDAY_WORDS or bool(re.fullmatch(r"\d{4}", tok.text))


def _part_word(period: Token) -> Token | None:
    """The word before a period noun that picks a part of it ("first", "final", "past")."""
    for c in period.children:
        if c.i < period.i and c.dep_ in ("amod", "nummod", "advmod", "compound") and _part_value(c) is not None:
            return c
    return None


def _part_value(tok: Token) -> str | None:
    """The normal form of a word that picks a part of a period: an ordinal's
    number ("first", "1st": "1"), "last" ("final", "past", "closing"), "next"."""
    word = tok.lower_
    return PERIOD_PART_WORDS.get(word) or _ordinal_value(word)


def _ordinal_value(word: str) -> str | None:
    """An ordinal's value: "first" and "1st" are "1", "last" is "last"."""
    return _ORDINAL_WORDS.get(word) or (word[:-2] if _ORDINAL_RE.match(word) else None)


def _count_between(words: Sequence[Token]) -> str:
    """The count written between a part word and its period noun: one number
    as digits ("two", "2": "2"; "1,000"; "7 1/2", "7 ½", "7½": "7.5"), else
    the words as written ("few", "two or three", "30 - 60", "fiscal"), or ""
    when nothing is written there."""
    texts = [t.lower_ for t in words]
    if not texts:
        return ""
    value = _one_number(texts)
    if value is None:
        return " ".join(texts)
    return str(int(value)) if value == int(value) else f"{value:g}"


def _one_number(texts: list[str]) -> float | None:
    """The number some words write, when they write one and nothing else."""
    whole = _word_value_text(texts[0])
    if len(texts) == 1:
        return float(whole) if whole is not None else _fraction(texts[0])
    fraction = _fraction(texts[1]) if len(texts) == 2 else None
    if whole is None or fraction is None or fraction >= 1:
        return None
    return float(whole) + fraction


#: Digits with a fraction sign ("7½", "½").
_WITH_FRACTION = re.compile(r"(\d*)([\u00bc-\u00be\u2150-\u215e])")


def _fraction(text: str) -> float | None:
    """A fraction below one ("1/2", "½"), or digits with a fraction sign ("7½": 7.5)."""
    if re.fullmatch(r"[1-9]/[2-9]", text) and int(text[0]) < int(text[2]):
        return int(text[0]) / int(text[2])
    m = _WITH_FRACTION.fullmatch(text)
    return float(m.group(1) or 0) + unicodedata.numeric(m.group(2)) if m else None


def _counted_event(verb: Token) -> bool:
    """A verb whose subject or object can be counted: an event ("died", "was
    hurt", "were injured" read as an adjective), not knowing, thinking or
    saying ("no one knows why")."""
    lemma = verb.lemma_.casefold()
    if lemma in REPORTING or lemma in _NOT_COUNTED:
        return False
    if verb.pos_ == "ADJ":
        # a participle read as an adjective ("were injured"), not "was available"
        return any(c.dep_ in ("cop", "aux:pass") for c in verb.children) and bool(meaning.classes(lemma, "v"))
    return verb.pos_ == "VERB"


_NOT_COUNTED = frozenset(
    {
        *("know", "think", "believe", "expect", "want", "understand", "remember", "doubt", "care", "like"),
        *("seem", "appear", "allow", "permit", "need"),
    }
)
_EXCEPT = frozenset({"except", "but", "besides", "excluding", "apart", "save"})
_ALMOST = frozenset({"almost", "virtually", "nearly", "practically", "hardly"})

#: Words that name no person at all: "no one was hurt", "nobody died".
_NO_ONE = frozenset({"nobody", "no-one", "noone"})
_COUNTED_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "dobj"})


#: Words that count people or things without a figure: "several people
#: were hurt", "a few passengers died", "many people were killed".
_VAGUE_WORDS = frozenset({"several", "multiple", "numerous", "many", "few"})
#: The same as nouns, each with "of" and what it counts: "dozens of homes".
_VAGUE_NOUNS = frozenset({"dozens", "scores", "hundreds", "thousands", "millions"})
#: Words that make a count part of another: "several more died", "many other
#: people", "a few additional arrests".
_ADDED = frozenset({"more", "other", "others", "additional", "further", "extra", "else"})
#: Words before a vague word that make it no plain count: "only a few", "not many", "as
#: many", "not that many", or a hedge that admits none ("up to several", "at most a few",
#: "possibly dozens").
_NO_PLAIN_COUNT = frozenset(
    {*_ALMOST, "only", "just", "not", "of", "so", "too", "how", "very", "as"}
    | {"possibly", "perhaps", "maybe", "probably", "potentially"}
)
#: Two words before a vague word that make it no plain count: "not that many", "up to several".
_NO_PLAIN_PAIR = frozenset({("not", "that"), ("up", "to"), ("at", "most")})
#: Words of a figure, not things counted: "hundreds of thousands", "several hundreds".
_FIGURE_WORDS = frozenset({"dozen", "score", "hundred", "thousand", "million", "billion", "trillion"})


#: Nouns a vague word measures rather than counts: lengths of time, distances,
#: sums, rounds ("several years passed", "dozens of miles", "many times").
_NOT_HEADS_OF_COUNTS = frozenset(
    TIME_WORDS
    | {"hour", "minute", "second", "decade", "century", "time", "round", "lap", "inning", "point", "percent"}
    | {"mile", "kilometre", "kilometer", "metre", "meter", "foot", "feet", "yard", "inch", "acre", "hectare"}
    | {"block", "door", "step", "pace"}
    | {"ton", "tonne", "pound", "kilogram", "kilo", "gallon", "litre", "liter", "barrel", "degree"}
    | {"dollar", "euro", "cent", "penny", "yen", "yuan", "rupee", "peso", "franc", "krona"}
)


def _of_plural(tok: Token) -> Token | None:
    """The plural noun of a word's only dependent, an "of" phrase hung on the
    word: "homes" of "dozens of homes" (not when the parse hangs the phrase on
    the verb, as it often does for "several of the passengers")."""
    children = list(tok.children)
    if len(children) != 1:
        return None
    (child,) = children
    if child.lower_ == "of" and child.dep_ == "prep":  # (a parse that hangs the noun on "of")
        objs = [g for g in child.children if g.dep_ == "pobj"]
        child = objs[0] if len(objs) == 1 else child
    elif not (child.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "of" for g in child.children)):
        return None
    return child if child.tag_ == "NNS" and child.pos_ == "NOUN" else None


#: Words that make a clause tell of many occasions or of the past before the story's:
#: "were often hurt", "died over the years", "were injured there before".
_OCCASIONS = frozenset(
    {"often", "usually", "typically", "regularly", "sometimes", "routinely", "frequently", "generally"}
    | {"always", "ever", "never", "before", "ago", "previously", "years", "decades", "during", "throughout"}
    | {"like", "such", "since"}
)
#: Events that last for months or years: "many people died in the war" tells of many days.
_LONG_EVENTS = frozenset(
    {"war", "conflict", "occupation", "insurgency", "crisis", "pandemic", "epidemic", "famine", "drought"}
    | {"campaign", "uprising", "revolution", "unrest", "siege", "dictatorship", "regime", "era"}
)
#: Words before a day that do not date one occasion: "since Friday", "until Friday".
_OPEN_DAY = frozenset({"since", "until", "till", "before", "after", "by", "a", "an", "every", "each"})


def _told_once(ctx: SentenceContext, verb: Token) -> bool:
    """Whether a clause tells of one occasion, as a vague count must ("many",
    "dozens" are how news states what happens again and again, or happened
    before): in the past or the present perfect ("were hurt", "died", "have
    been hurt"), pinned to one occasion by a day ("on Friday", not "since
    Friday" or "on Friday nights"), by the event it happened in ("in the
    blast", not "in fires", "at protests") or by a past "when" clause ("died
    when the ferry sank"), and with no word of many occasions ("often", "over
    the years", "before", "during", "like", "such")."""
    clause = verb.head if verb.dep_ in ("advcl", "conj", "xcomp", "acl") and verb.tag_ in ("VBG", "VBN") else verb
    words = list(clause.subtree)
    if any(t.lower_ in _OCCASIONS for t in words):
        return False
    helpers = [c for c in clause.children if c.dep_ in ("aux", "aux:pass", "auxpass", "cop")]
    if any(h.tag_ in ("VBP", "VBZ") and h.lemma_.casefold() != "have" for h in helpers):
        return False  # the present ("are hurt", "die"): what happens, not what happened
    if clause.tag_ in ("VBP", "VBZ") and not helpers:
        return False
    at = {t.i for t in words}
    for t in ctx.times:
        span = list(ctx.token_range(t.span))
        if t.granularity not in _DAY_GRANULARITIES or not span or not all(i in at for i in span):
            continue
        first = ctx.doc[span[0]]
        before = ctx.doc[first.i - 1].lower_ if first.i > 0 else ""
        if (
            first.lower_ not in _OPEN_DAY
            and before not in _OPEN_DAY
            and not any(ctx.doc[i].tag_ == "NNS" for i in span)
        ):
            return True  # "on Friday", "Friday night"
    for c in clause.children:
        if (
            c.dep_ in ("obl", "nmod", "obl:agent", "pobj", "prep")
            and c.tag_ == "NN"
            and meaning.is_event(c.lemma_.casefold())
            and c.lemma_.casefold() not in _LONG_EVENTS
            and any(d.dep_ in ("det", "nmod:poss", "poss") and d.lower_ != "a" for d in c.children)
        ):
            return True  # "in the blast", "in Friday's fire", "by the storm"
        if c.dep_ == "advcl" and c.tag_ not in ("VBP", "VBZ") and any(m.lower_ == "when" for m in c.children):
            return True  # "died when the ferry sank"
    return False


def _vague_counts(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """A count given without a figure, to the event verb it is the subject
    or object of: "several people were hurt", "a few passengers died",
    "police arrested several suspects", "dozens of homes were destroyed".
    It says there were some: one at least, as a person named as what the
    event happened to (:func:`_named_ones`); "no one was hurt" contradicts
    it, any figure agrees (a floor for "several" or "dozens" would set the
    first reports against the later tally, or against "one of them
    critically"). Only of one occasion (:func:`_told_once`: "many people
    die in fires like this one" is none). Not for a verb negated, a question,
    another occasion (:func:`_another_occasion`), "few" alone ("few were
    hurt": not many), "only a few", "not that many", "as many", a hedge that
    admits none ("up to several", "at most a few", "possibly dozens"),
    figures ("several hundred", "a few dozen", "hundreds of thousands"),
    counts added to another ("several more died", "many other people"),
    lengths of time or measures."""
    out = []
    for tok in ctx.tokens:
        verb = tok.head
        if tok.dep_ not in _COUNTED_DEPS or verb.i == tok.i or not _counted_event(verb) or _negated(verb):
            continue
        word = counted = None
        of = _of_plural(tok)
        if of is not None and (tok.lower_ in _VAGUE_NOUNS or tok.lower_ in _VAGUE_WORDS):
            word, counted = tok, of  # "dozens of homes", "many of the passengers"
        elif tok.pos_ == "NOUN" and tok.tag_ == "NNS":
            vague = [c for c in tok.children if c.dep_ in ("amod", "det", "nummod") and c.lower_ in _VAGUE_WORDS]
            figures = [c for c in tok.children if c.dep_ == "nummod" and c.lower_ not in _VAGUE_WORDS]
            if len(vague) == 1 and not figures:
                w = vague[0]
                a_few = w.lower_ == "few" and w.i > 0 and ctx.doc[w.i - 1].lower_ == "a"
                if w.lower_ != "few" or a_few:  # ("few were hurt": not many)
                    word, counted = (ctx.doc[w.i - 1] if a_few else w), tok
        if word is None or counted is None:
            continue
        if any(w.lower_ in _EXCEPT for w in verb.subtree) or word.i > counted.i:
            continue
        pair = tuple(t.lower_ for t in ctx.doc[max(0, word.i - 2) : word.i])
        if (word.i > 0 and ctx.doc[word.i - 1].lower_ in _NO_PLAIN_COUNT) or pair in _NO_PLAIN_PAIR:
            continue  # "only a few", "not many", "so many", "as many": no plain count
        between = ctx.doc[word.i + 1 : counted.i + 1]
        if any(t.lower_ in _ADDED or t.lemma_.casefold() in _FIGURE_WORDS or t.text in ("-", "–") for t in between):
            continue  # "several more people", "hundreds of thousands", "numerous run-ins"
        if not _told_once(ctx, verb):
            continue  # "many people die in fires like this one", "dozens have been arrested at protests"
        if _another_occasion(ctx, verb) or (
            verb.dep_ in ("advcl", "conj", "xcomp") and _another_occasion(ctx, verb.head)
        ):
            continue  # ("a quake hit Zarand in 2005, killing hundreds": the clause it hangs on)
        lemma = counted.lemma_.casefold()
        unit = "person" if lemma == "people" else lemma
        if lemma in _NOT_HEADS_OF_COUNTS:
            continue  # "several years", "dozens of miles": lengths and measures, not things counted
        out.append((counted.i, _count_of(ctx, word, counted, 1, unit, "at least")))
    return out


def _count_of(ctx: SentenceContext, first: Token, counted: Token, n: int, unit: str, hedge: str | None) -> Attachment:
    """A count written in words, from its first word to the noun it counts ("no one", "several people")."""
    span = ctx.span(ctx.base + first.idx, ctx.base + counted.idx + len(counted.text))
    return Attachment(
        kind="number",
        text=ctx.text[span.start : span.end],
        span=span,
        value=f"{n} {unit}",
        head=unit,
        head_span=_span_of(ctx, counted),
        relation="nummod",
        unit=unit,
        hedge=hedge,
    )


def _zero_counts(ctx: SentenceContext) -> list[tuple[int, Attachment]]:
    """A count of none, to the verb it is the subject or object of: "no one
    was hurt", "nobody died" (0 people), "no passengers were on board" (0
    passengers); the count another source gives ("three people were hurt")
    contradicts it. Only for an event verb stated plainly: not negated again
    ("no one was not hurt"), not a question."""
    out = []
    for tok in ctx.tokens:
        verb = tok.head
        if tok.dep_ not in _COUNTED_DEPS or verb.i == tok.i or not _counted_event(verb):
            continue
        no = next((c for c in tok.children if c.dep_ == "det" and c.lower_ == "no"), None)
        nxt = ctx.doc[tok.i + 1] if tok.i + 1 < len(ctx.doc) else None
        if nxt is not None and nxt.lower_ in ("else", "other", "others"):
            continue  # "nobody else died": none besides those the story names
        if tok.lower_ in _NO_ONE or (tok.lower_ == "one" and no is not None):
            first, unit = no or tok, "person"
        elif no is not None and tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.lemma_.casefold() != "one":
            first, unit = no, "person" if tok.lemma_.casefold() == "people" else tok.lemma_.casefold()
        else:
            continue
        if any(no is None or c.i != no.i for c in tok.children) or (no is not None and any(True for _ in no.children)):
            # "no one else", "no one in the second car", "almost no one": not none of all
            continue
        if _negated(verb):
            continue
        if first.i > 0 and ctx.doc[first.i - 1].lower_ in _ALMOST:
            continue  # "almost no one": a few
        if any(w.lower_ in _EXCEPT for w in verb.subtree):
            continue  # "no one was hurt except the driver"
        att = _count_of(ctx, first, tok, 0, unit, None)
        out.append((tok.i, att))
    return out
