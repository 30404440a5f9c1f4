"""The speaker of each quotation, read from the dependency parse.

For a quotation (not one nested in another) the speaker is found, in order:

* in the sentence that opens it, then in the one that closes it: the subject
  of the reporting verb that governs the quoted words (:func:`~..clauses.reporting_verb`:
  the quotation is its complement, or the verb hangs off the quotation:
  '"...," she said', '"...," said X', 'X said: "..."'). A verb without a
  subject of its own takes the subject of the verb it depends on ("was
  counselled to say", "..., calling it '...'"), a relative pronoun its
  antecedent; "X quoted Y as saying" is Y's words; a document that says
  ("reads the ministry's statement", "a statement saying") speaks itself,
  unless someone released it. Nested reports stay nested: in "A said B told
  him, '...'" the words are B's, the innermost reporting verb before them;
* the object of "according to" ("a statement from X" whole);
* the owner of an attributing noun ("X's insistence that ... '...'");
* for a quotation that is a sentence of its own: the bare report right after
  it ('"..." he said.'), the speaker of the quotation before it in its
  paragraph, the last quotation of the paragraph before when its own
  paragraph is only quotations, or the subject of the reporting verb of the
  sentence before it ("She said:", "X denied the reports."); the paragraphs
  of one quotation (opened again in each paragraph, closed in the last) share
  their speaker.

A quotation that opens a paragraph takes the speaker of an unclosed one only
when it opens the very next paragraph; otherwise a quotation standing alone
keeps no speaker rather than a wrong one.

``speaker_text`` and ``speaker_span`` are the speaker phrase as written (a
pronoun stays a pronoun); ``speaker`` is its entity: the mention covering the
word the phrase names its speaker by (the last word of its first noun phrase
after any possessor: never a possessor or a modifier, "Ann Roe's spokesman",
"Acme Group president Jo Lee"; the first of coordinated names; a role's name
in apposition, "Roe's father, Tom Roe"), the whole run of capitalised words
when the recogniser cut the name or ran it into a possessor or a preposition;
the pronoun's referent when the article's pronoun resolution has one; for a
role with no name ("a spokesman", "the Acme star") none, unless an
apposition or a lexicon role names its holder; otherwise the lexicon's entry
for the phrase.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from ...knowledge import meaning
from ...model.models import Quote, Span
from ...text.words import slug
from ..clauses import REPORTING, SentenceContext, reporting_verb
from ..clauses.context import _DOCUMENTS
from ..entities import NAME_PART, TITLES

#: Verbs that report a quotation, beyond the ones that report a clause: they
#: name, describe or read out quoted words ("called it '...'", "reads the statement").
QUOTE_VERBS = REPORTING | frozenset(
    [
        "call",
        "describe",
        "refer",
        "read",
        "continue",
        "dub",
        "label",
        "term",
        "brand",
        "enthuse",
        "quote",
        "cite",
        "praise",
        "hail",
        "mock",
        "slam",
        "criticize",
        "criticise",
        "dismiss",
        "denounce",
        "shout",
        "pledge",
        "boast",
        "threaten",
        "wonder",
        "urge",
        "repeat",
        "reassert",
        "comment",
        "speak",
    ]
)
#: Nouns whose owner said the quoted words ("the mayor's insistence that ... '...'").
NOUN_CUES = frozenset(
    [
        "assertion",
        "statement",
        "claim",
        "remark",
        "comment",
        "word",
        "description",
        "promise",
        "pledge",
        "warning",
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
    ]
)
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")
_NAMING = frozenset({"call", "dub", "label", "term", "brand", "name", "title"})
_INFLECTIONS = (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ies", "y"), ("s", ""), ("ing", ""), ("ing", "e"))


def _verb_lemma(t: Token) -> str:
    """The lemma of a verb, or of its regular inflected form when that is a
    quotation verb the lemmatiser missed ("tweeted", "insisted")."""
    lemma = t.lemma_.casefold()
    if lemma in QUOTE_VERBS:
        return lemma
    low = t.lower_
    for suffix, repl in _INFLECTIONS:
        if low.endswith(suffix) and low[: -len(suffix)] + repl in QUOTE_VERBS:
            return low[: -len(suffix)] + repl
    return lemma


def _reports(t: Token) -> bool:
    """A verb (not a noun of the same lemma: "comments") that reports a quotation."""
    lemma = _verb_lemma(t)
    if lemma not in QUOTE_VERBS:
        return False
    if lemma == "continue" and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in t.children):
        return False  # "will continue to sell ...": carries on doing, says nothing
    if t.pos_ == "VERB":
        return True
    # '"...," claims X': a verb the tagger took for a noun, right after the quotation
    return t.i > 0 and t.doc[t.i - 1].text in (",", "\u201d", '"', "\u2019", "'")


_RELATIVE = frozenset({"who", "whom", "which", "that"})
# Dependants that are not part of a speaker phrase.
_NOT_PHRASE = frozenset(
    {
        "acl",
        "acl:relcl",
        "relcl",
        "advcl",
        "ccomp",
        "parataxis",
        "punct",
        "dep",
        "xcomp",
        "csubj",
        "cop",
        "aux",
        "aux:pass",
        "mark",
        "obl",
        "obl:tmod",
        "obl:unmarked",
        "nummod:gov",
    }
)
# Prepositions that keep a phrase inside a speaker ("the head of X", "a statement from X").
_KEEP_CASES = frozenset({"of", "from", "by", "for", "at"})
# Dependants that modify the word after them in a name or a title ("Interior Secretary Ann Roe").
_MODIFIERS = frozenset({"compound", "flat", "nmod:desc", "amod"})
# The words of a title ("Acme General Manager").
_TITLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET"})
_CLOSING = "\u201d\u2019\"'\u00bb"
_MARKS = _CLOSING + "\u201c\u2018\u00ab\u201e"
Lookup = Callable[[str], str | None]
# How the entity resolver read a bare name: from the words alone, not from an
# apposition, a lexicon role or alias (which can name a role's holder).
_GUESSED = frozenset({"name", NAME_PART})


@dataclass
class _Speaker:
    span: Span
    text: str
    entity: str | None
    cue: str | None


# --------------------------------------------------------------------------- phrases


def _common(t: Token) -> bool:
    """A common noun, not a name: a lower-case word ("rep", "star") or a
    capitalised role ("General Manager", "Officials")."""
    if t.pos_ in ("PRON", "PROPN", "NUM"):
        return t.pos_ == "PROPN" and t.text[:1].islower()
    return t.text[:1].islower() or (t.pos_ == "NOUN" and meaning.is_a(t.lemma_.casefold() or t.lower_, "person"))


def _name_word(t: Token) -> bool:
    """A capitalised word that may be part of a name (not a role, an article or a preposition)."""
    return t.text[:1].isupper() and t.pos_ not in ("DET", "ADP", "PUNCT", "CCONJ", "PRON") and not _common(t)


def _name_like(ctx: SentenceContext, t: Token) -> bool:
    return not _common(t) and (t.pos_ == "PROPN" or t.i in ctx.entity_of) and t.text[:1].isupper()


def _segment(toks: Sequence[Token]) -> list[Token]:
    """The words of a speaker phrase before a comma, a preposition or a
    bracket, after its possessor ("Reid's rep": "rep")."""
    core: list[Token] = []
    for t in toks:
        if t.text in (",", "(", ";", ":", "\u2014", "\u2013") or (t.pos_ == "ADP" and t.tag_ != "POS"):
            break
        core.append(t)
    marks = [k for k, t in enumerate(core) if t.tag_ == "POS" or t.lower_ in ("'s", "\u2019s", "'", "\u2019")]
    return core[marks[-1] + 1 :] if marks else core


def _name_head(ctx: SentenceContext, toks: Sequence[Token]) -> Token | None:
    """The word the speaker phrase names its speaker by: the head of its first
    noun phrase (its last word: modifiers and compounds come before it), the
    first of coordinated names ("A and B": A), and a role's name in apposition
    ("Flynn's father, Herbert Flynn"; "the treasurer, Jane Roe")."""
    core = _segment(toks)
    parts: list[list[Token]] = [[]]
    for t in core:
        if t.pos_ == "CCONJ" and t.lower_ in ("and", "or", "&"):
            parts.append([])
        elif not t.is_punct:
            parts[-1].append(t)
    heads = [p[-1] for p in parts if p]
    head = next((h for h in heads if _name_like(ctx, h)), heads[0] if heads else None)
    if head is not None and _name_like(ctx, head):
        return head
    rest = [t for t in toks if t.i > (core[-1].i if core else toks[0].i - 1)]
    if rest and rest[0].text == ",":
        after = [t for t in _segment(rest[1:]) if not t.is_punct]
        if after and _name_like(ctx, after[-1]) and after[-1].pos_ == "PROPN":
            return after[-1]
    return head


def _entity(ctx: SentenceContext, head: Token, toks: Sequence[Token], lookup: Lookup, text: str) -> str | None:
    """The speaker's entity: the mention that covers the word the phrase names
    its speaker by (never a possessor or a modifier: "Reid's rep", "the ABC
    president Paul Lee"); a role with no name is nobody in particular, unless
    the article or the lexicon says whose role it is ("the governor")."""
    if head.pos_ == "PRON":
        ids = ctx.pronoun_of.get(head.i, ())
        return ids[0] if len(ids) == 1 else None
    h = _name_head(ctx, toks)
    if h is None:
        return lookup(text)
    m = ctx.entity_of.get(h.i)
    if _common(h):
        if m is not None and m.how not in _GUESSED:
            return m.entity  # an apposition or a lexicon role naming someone ("the governor")
        return lookup(text)
    k = h.i
    while k - 1 >= toks[0].i and _name_word(ctx.tokens[k - 1]):
        k -= 1
    run = ctx.tokens[k : h.i + 1]  # the capitalised words ending at the head
    if m is not None:
        # a guessed name that took in a possessor or a preposition ("Acme's Thomas Budd",
        # "Ann Roe of"): the capitalised words alone
        over = [ctx.tokens[i] for i in ctx.token_range(m.span) if not k <= i <= h.i]
        if m.how in _GUESSED and any(t.tag_ == "POS" or t.text[:1].islower() for t in over):
            return slug(" ".join(t.text for t in run))
        return m.entity
    # a name the recogniser cut ("Christopher" of "Christopher Budd"): the whole run
    if any(ctx.entity_of.get(t.i) is not None and ctx.entity_of[t.i].type == "person" for t in run):
        return slug(" ".join(t.text for t in run))
    return lookup(text)


def _keep(head: Token, child: Token) -> bool:
    dep = child.dep_
    if dep in _NOT_PHRASE:
        return False
    if dep == "appos" or (dep == "dep" and child.i > head.i and head.doc[child.i - 1].text == ","):
        lo, hi = sorted((head.i, child.left_edge.i))
        if not any(t.text == "," for t in head.doc[lo : hi + 1]):
            return True  # "Angels general manager Tony Reagins": one name, however the parser split it
        # "Roe's press secretary, John Doe": a title followed by its name
        return head.pos_ != "PROPN" and child.pos_ == "PROPN"
    if dep == "nmod":
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if head.lemma_.casefold() in _DOCUMENTS:
            return bool(cases & {"from", "by"})
        return not cases or bool(cases & _KEEP_CASES)
    return True


def _phrase(ctx: SentenceContext, head: Token, lookup: Lookup, cue: str | None) -> _Speaker | None:
    """The speaker phrase headed by ``head``: its words without clauses,
    obliques and descriptive appositions, one run of words around the head."""
    kept = {head.i}
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if t.i == head.i and c.dep_ == "case" and c.tag_ != "POS":
                continue  # "according to", "by": the preposition before the speaker
            if _keep(t, c) or (c.dep_ == "punct" and t.i != head.i and c.i < max(x.i for x in t.subtree)):
                kept.add(c.i)
                stack.append(c)
    if head.dep_ in _SUBJECTS:
        for sib in head.head.children:
            sub = list(sib.subtree)
            if (
                sib.dep_ in _SUBJECTS
                and sib.right_edge.i + 1 == min(kept)
                and len(sub) <= 8
                and all(t.pos_ in _TITLE_POS or t.tag_ == "HYPH" for t in sub)
            ):
                kept.update(t.i for t in sib.subtree)  # the title the parser made a subject of its own
    lo = hi = head.i
    while lo - 1 in kept:
        lo -= 1
    while hi + 1 in kept:
        hi += 1
    doc = head.doc
    toks = [doc[i] for i in range(lo, hi + 1)]
    while toks and (toks[-1].is_punct or toks[-1].tag_ == "POS" or toks[-1].lower_ in ("'s", "\u2019s")):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].dep_ == "case"):
        toks.pop(0)
    if not toks:
        return None
    start = ctx.base + toks[0].idx
    end = ctx.base + toks[-1].idx + len(toks[-1].text)
    written = ctx.text[start:end]
    for suffix in ("\u2019s", "'s"):
        if written.endswith(suffix) and len(written) > len(suffix):
            written = written[: -len(suffix)]
            end -= len(suffix)
    words = " ".join(written.split())
    return _Speaker(Span(start=start, end=end), written, _entity(ctx, head, toks, lookup, words), cue)


# --------------------------------------------------------------------------- within a sentence


def _subject(tok: Token, ctx: SentenceContext, ids: frozenset[int] | set[int] = frozenset()) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in _SUBJECTS and c.i not in ids]
    if not subjects:
        return None
    for a, b in zip(subjects, subjects[1:]):
        if a.right_edge.i + 1 == b.left_edge.i and b.pos_ == "PROPN":
            return b  # "General Manager A. J. Smith" parsed as two subjects: the name (its title kept by _phrase)
    subj = next((c for c in subjects if c.i in ctx.entity_of), subjects[0])
    if subj.pos_ == "NOUN":
        # "Jane Roe, the city's treasurer, said": the name before the title
        name = next(
            (
                c
                for c in subj.children
                if c.i < subj.i
                and c.pos_ == "PROPN"
                and c.dep_ in ("appos", "vocative", "dep", "nsubj", "compound")
                and c.i + 1 < len(ctx.tokens)
                and any(t.text == "," for t in ctx.tokens[c.i + 1 : subj.i])
            ),
            None,
        )
        if name is not None:
            return name
    return subj


def _inverted(verb: Token, ids: frozenset[int] | set[int], ctx: SentenceContext) -> Token | None:
    """'"...," said X': the noun phrase right after a reporting verb that
    follows the quotation, whatever label the parser gave it."""
    if ids and verb.i < max(ids):
        return None
    j = verb.i - 1
    while j >= 0 and ctx.tokens[j].pos_ in ("ADV", "AUX", "PART"):
        j -= 1
    if ids and j > max(ids) and ctx.tokens[j].pos_ in ("NOUN", "PROPN", "PRON"):
        return None  # '"...," a resident told X': the subject is before the verb, not after it
    if not ids and not (verb.i > 0 and ctx.tokens[verb.i - 1].is_punct):
        return None
    for c in verb.children:
        if (
            c.i > verb.i
            and c.i not in ids
            and c.pos_ in ("NOUN", "PROPN", "PRON")
            and c.dep_ in ("nsubj", "nsubj:pass", "ccomp", "dep", "obj", "appos", "parataxis", "compound", "iobj")
            and c.left_edge.i <= verb.i + 3
        ):
            return c
    return None


def _document(ctx: SentenceContext, n: Token, lookup: Lookup, cue: str) -> _Speaker | None:
    """Who speaks through a document noun: "X released a statement saying": X;
    "a statement from X" or a document nobody is said to release: the document."""
    source = any(c.dep_ == "nmod" and {g.lower_ for g in c.children} & {"from", "by"} for c in n.children)
    if not source and n.dep_ == "obj" and n.head.pos_ == "VERB":
        found = _speaker_of_verb(ctx, n.head, lookup, frozenset(), depth=1)
        if found is not None:
            return _Speaker(found.span, found.text, found.entity, cue)
    return _phrase(ctx, n, lookup, cue)


def _mention(ctx: SentenceContext, i: int, cue: str | None) -> _Speaker | None:
    m = ctx.entity_of.get(i) if 0 <= i < len(ctx.tokens) else None
    if m is None or m.type == "place":
        return None
    return _Speaker(Span(start=m.span.start, end=m.span.end), ctx.text[m.span.start : m.span.end], m.entity, cue)


def _next_to(
    ctx: SentenceContext, verb: Token, ids: frozenset[int] | set[int], cue: str, lookup: Lookup
) -> _Speaker | None:
    """A parse that lost the subject: the name right before the reporting verb
    ("X also replied, '...'") or right after it ('"...," concluded X', the
    whole phrase when the name modifies a later word: "Interior Secretary Ann Roe")."""
    j = verb.i - 1
    while j >= 0 and j not in ids and (ctx.tokens[j].pos_ in ("ADV", "AUX", "PART") or ctx.tokens[j].text == ","):
        j -= 1
    j = _member_of(ctx, j, ids)
    sides = [j, verb.i + 1]
    if ids and verb.i > max(ids):
        sides.reverse()
    for i in sides:
        if i not in ids:
            t = ctx.tokens[i] if i < len(ctx.tokens) else None
            while t is not None and t.dep_ in _MODIFIERS and t.head.i > t.i and t.head.i not in ids:
                t = t.head
            if (
                t is not None
                and t.i != i
                and i > verb.i
                and i in ctx.entity_of
                and t.pos_ in ("NOUN", "PROPN")
                and not any(x.is_punct for x in ctx.tokens[i : t.i])
            ):
                return _phrase(ctx, t, lookup, cue)  # a name the name before it modifies
            found = _mention(ctx, i, cue)
            if found is not None:
                return found
    return None


def _member_of(ctx: SentenceContext, j: int, ids: frozenset[int] | set[int]) -> int:
    """The person a body ending at token ``j`` is told of, when that person
    opens the phrase ("Tom Reyes of the Northvale Bible Church said": the
    person, not the church; not "the son of Tom Reyes of the Northvale Rotary
    Club said"), or ``j``."""
    m = ctx.entity_of.get(j)
    if m is None or m.type == "person":
        return j
    k = j
    while k >= 0 and ctx.entity_of.get(k) is m:
        k -= 1
    if k >= 0 and ctx.tokens[k].lower_ == "the":
        k -= 1
    if k < 1 or ctx.tokens[k].lower_ != "of" or k - 1 in ids:
        return j
    person = ctx.entity_of.get(k - 1)
    if person is None or person.type != "person":
        return j
    # the person opens the subject, after the quotation or at the start, with at most
    # a title before the name ("the Rev. Tom Reyes"; not "the employer of Tom Reyes")
    p = k - 1
    while p >= 0 and ctx.entity_of.get(p) is person:
        p -= 1
    while p >= 0 and p not in ids and _title_word(ctx.tokens[p], k - 1):
        p -= 1
    return k - 1 if p < 0 or p in ids or ctx.tokens[p].is_punct else j


def _title_word(t: Token, name: int) -> bool:
    """A word of a title before the name ending at token ``name``: "the", a
    title ("Rev.", "chief") or a noun or adjective that modifies the name or
    the title ("fire" of "fire chief"); not a preposition or a verb ("the son
    of", "a lawyer representing")."""
    if t.lower_ == "the" or t.lower_.rstrip(".") in TITLES or (t.text.endswith(".") and t.text[:1].isupper()):
        return True
    return t.pos_ in ("NOUN", "PROPN", "ADJ") and t.i < t.head.i <= name


def _opening_participle(ctx: SentenceContext, verb: Token, ids: frozenset[int] | set[int]) -> Token | None:
    """ "Citing '...', X announced": a participle opening the sentence reports
    for the subject of the clause after it."""
    if verb.tag_ not in ("VBG", "VBN") or any(not t.is_punct for t in ctx.tokens[verb.sent.start : verb.i]):
        return None
    for c in verb.children:
        if c.i > verb.i and c.i not in ids and c.dep_ in ("parataxis", "conj", "advcl", "ccomp"):
            subj = _subject(c, ctx, ids)
            if subj is not None:
                return subj
    if verb.head.i != verb.i and verb.dep_ == "advcl":
        return _subject(verb.head, ctx, ids)
    end = verb.sent.end
    if verb.head.i == verb.i and end < len(ctx.tokens) and ctx.tokens[end - 1].text in (",", "\u201d", '"'):
        # the parser ended the sentence after the participle's clause: the next one is its main clause
        root = ctx.tokens[end].sent.root
        if root.pos_ == "VERB":
            return _subject(root, ctx, ids)
    return None


def _root_subject(ctx: SentenceContext, verb: Token, ids: frozenset[int] | set[int]) -> Token | None:
    """ "X unveiled the plan, saying '...'": a participle after a comma reports
    for the subject of its sentence."""
    if verb.tag_ != "VBG" or verb.i == 0 or ctx.tokens[verb.i - 1].text != ",":
        return None
    root = verb
    while root.head.i != root.i:
        root = root.head
    if root.i == verb.i or root.i in ids:
        return None
    return _subject(root, ctx, ids)


def _speaker_of_verb(
    ctx: SentenceContext, verb: Token, lookup: Lookup, ids: frozenset[int] | set[int] = frozenset(), depth: int = 0
) -> _Speaker | None:
    """The subject of a reporting verb (never a word of the quotation),
    climbing to the verb it depends on when it has none of its own."""
    found = _climb(ctx, verb, lookup, ids, depth)
    cur = verb
    for _ in range(3):
        if found is not None or depth > 0:
            break
        found = _next_to(ctx, cur, ids, verb.text, lookup)
        if cur.dep_ not in ("xcomp", "advcl", "conj", "parataxis") or cur.head.pos_ not in ("VERB", "AUX"):
            break
        cur = cur.head
    return found


def _own_subject(ctx: SentenceContext, cur: Token, verb: Token, ids: frozenset[int] | set[int]) -> Token | None:
    """The subject of ``cur`` on the way up from the reporting verb ``verb``,
    or ``None``."""
    subj = _subject(cur, ctx, ids)
    if subj is None and cur.i == verb.i:
        subj = _inverted(verb, ids, ctx) or _root_subject(ctx, verb, ids) or _opening_participle(ctx, verb, ids)
    if subj is None and _verb_lemma(cur) == "read":
        subj = next((c for c in cur.children if c.dep_ == "obj"), None)  # "..., reads the statement"
    relative = subj is not None and subj.lower_ in _RELATIVE and cur.dep_ in ("acl:relcl", "relcl")
    if relative and cur.head.pos_ in ("NOUN", "PROPN"):
        subj = cur.head  # "Senator Lee, who referred to it as '...'"
    return subj


def _noun_clause(
    ctx: SentenceContext, cur: Token, verb: Token, ids: frozenset[int] | set[int], depth: int, lookup: Lookup, cue: str
) -> _Speaker | None:
    """A reporting verb the parser hung on a noun: "a statement saying",
    "Sources ... confirmed"."""
    head = cur.head
    if head.lemma_.casefold() in _DOCUMENTS and depth == 0:
        return _document(ctx, head, lookup, cue)
    finite = cur.tag_ in ("VBD", "VBZ", "VBP") or head.dep_ == "ROOT" or bool(ids and head.i > max(ids))
    naming = _verb_lemma(cur) in _NAMING  # "a movie called '...'" names a thing, nobody says it
    if cur.i == verb.i and head.i < cur.i and finite and not naming and head.i not in ids:
        return _phrase(ctx, head, lookup, cue)
    return None


def _climb(
    ctx: SentenceContext, verb: Token, lookup: Lookup, ids: frozenset[int] | set[int], depth: int
) -> _Speaker | None:
    cur = verb
    cue = verb.text
    for _ in range(4):
        if _verb_lemma(cur) in ("quote", "cite") and cur.i != verb.i:
            quoted = next((c for c in cur.children if c.dep_ == "obj"), None)
            if quoted is not None:
                return _phrase(ctx, quoted, lookup, cue)  # "X quoted Y as saying": Y's words
        subj = _own_subject(ctx, cur, verb, ids)
        if subj is not None:
            if subj.lower_ == "it" and any(c.dep_ in ("aux:pass", "auxpass") for c in cur.children):
                return None  # "It was suggested ...": no speaker
            return _phrase(ctx, subj, lookup, cue)
        head = cur.head
        if cur.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return _noun_clause(ctx, cur, verb, ids, depth, lookup, cue)
        if cur.dep_ == "conj" and head.pos_ in ("PROPN", "NOUN") and head.i < cur.i and head.i not in ids:
            return _phrase(ctx, head, lookup, cue)  # a subject the parser made the head of its verb
        if cur.dep_ not in ("xcomp", "advcl", "conj", "ccomp") or head.i == cur.i:
            return None
        above = _reporting_ancestor(head, ids) if cur.dep_ == "conj" and _verb_lemma(head) not in QUOTE_VERBS else None
        if above is not None:
            # "He said he thought X hated him, but added: '...'": a report the
            # parser conjoined to a reported clause goes with the report above
            cur = above
            continue
        marked = any(c.dep_ == "mark" and c.lower_ == "to" for c in verb.children)
        if cur.dep_ == "xcomp" and cur.i == verb.i and head.pos_ in ("VERB", "ADJ") and marked:
            cue = f"{head.text} to {verb.text}"  # "was counselled to say"
        cur = head
    return None


def _reporting_ancestor(tok: Token, ids: frozenset[int] | set[int]) -> Token | None:
    cur = tok
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "xcomp", "conj", "advcl"):
            return None
        cur = cur.head
        if _reports(cur) and any(c.dep_ in _SUBJECTS and c.i not in ids for c in cur.children):
            return cur
    return None


def _inner(verb: Token, quote_start: int, ids: set[int]) -> Token:
    """A nested report: the innermost reporting verb inside ``verb``'s clause
    before the quotation, with no clause of its own ("A said B told him, '...'")."""
    best = verb
    for t in verb.subtree:
        if (
            t.i != verb.i
            and t.i < quote_start
            and t.i not in ids
            and t.pos_ == "VERB"
            and _verb_lemma(t) in QUOTE_VERBS
            and t.dep_ in ("ccomp", "conj", "parataxis")
            and not any(c.dep_ in ("ccomp", "xcomp", "parataxis") and c.i not in ids for c in t.children)
        ):
            best = t
    return best


def _according(ctx: SentenceContext, lookup: Lookup) -> _Speaker | None:
    for tok in ctx.tokens:
        if tok.lower_ != "according":
            continue
        src: Token | None = tok.head
        if tok.dep_ != "case":
            src = next((c for c in tok.children if c.dep_ in ("obl", "pobj", "nmod")), None)
            if src is None and tok.i + 1 < len(ctx.tokens) and ctx.tokens[tok.i + 1].lower_ == "to":
                src = next((c for c in ctx.tokens[tok.i + 1].children if c.dep_ in ("pobj", "obj")), None)
        if src is not None and src.i != tok.i and src.pos_ in ("NOUN", "PROPN", "PRON"):
            return _phrase(ctx, src, lookup, "according to")
        for i in range(tok.i + 2, min(len(ctx.tokens), tok.i + 6)):
            found = _mention(ctx, i, "according to")
            if found is not None:
                return found
        for t in ctx.tokens[tok.i + 2 : tok.i + 6]:
            if t.pos_ in ("NOUN", "PROPN", "PRON"):
                while t.dep_ in ("compound", "flat", "nmod:desc", "amod") and t.head.i > t.i:
                    t = t.head
                return _phrase(ctx, t, lookup, "according to")
    return None


def _owner(ctx: SentenceContext, noun: Token, lookup: Lookup) -> _Speaker | None:
    if noun.pos_ != "NOUN" or noun.lemma_.casefold() not in NOUN_CUES:
        return None
    owner = next((c for c in noun.children if c.dep_ in ("nmod:poss", "poss")), None)
    if owner is None or owner.pos_ == "PRON":
        return None
    return _phrase(ctx, owner, lookup, noun.text)


def _noun_owner(ctx: SentenceContext, ids: set[int], roots: list[Token], lookup: Lookup) -> _Speaker | None:
    """ "the mayor's insistence that ... '...'": the owner of an attributing
    noun above the quoted words, or before them with its "that" clause when
    the parser hung the clause elsewhere."""
    for t in roots:
        cur = t
        for _ in range(8):
            found = _owner(ctx, cur, lookup) if cur.i not in ids else None
            if found is not None:
                return found
            if cur.head.i == cur.i:
                break
            cur = cur.head
    first = min(ids, default=0)
    for t in ctx.tokens[max(0, first - 12) : first]:
        if t.i + 1 < first and ctx.tokens[t.i + 1].lower_ == "that":
            found = _owner(ctx, t, lookup)
            if found is not None:
                return found
    return None


def _in_sentence(ctx: SentenceContext, q: Quote, lookup: Lookup) -> _Speaker | None:
    a, b = q.span.start, q.span.end
    inside = [ctx.tokens[i] for i in ctx.token_range(Span(start=a, end=b))]
    ids = {t.i for t in inside}
    verb = reporting_verb(ctx, a, b, _reports)
    if verb is not None:
        first = min(ids, default=len(ctx.tokens))
        if verb.i < first:
            verb = _inner(verb, first, ids)
        found = _speaker_of_verb(ctx, verb, lookup, ids)
        if found is not None:
            return found
    roots = [t for t in inside if t.head.i not in ids or t.head.i == t.i]
    return _according(ctx, lookup) or _noun_owner(ctx, ids, roots, lookup)


# --------------------------------------------------------------------------- across sentences


def _words_outside(ctx: SentenceContext, a: int, b: int) -> tuple[bool, bool]:
    """Are there words before ``a`` / after ``b`` in this sentence?"""
    before = after = False
    for t in ctx.tokens:
        pos = ctx.base + t.idx
        if t.is_punct or t.is_space:
            continue
        if pos < a:
            before = True
        elif pos >= b:
            after = True
    return before, after


def _bare_report(ctx: SentenceContext, lookup: Lookup) -> _Speaker | None:
    """ "he said." standing as a sentence of its own after a quotation."""
    words = [t for t in ctx.tokens if not (t.is_punct or t.is_space)]
    if not words or len(words) > 8:
        return None
    root = next((t for t in ctx.tokens if t.head.i == t.i), None)
    if root is None or _verb_lemma(root) not in QUOTE_VERBS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in root.children):
        return None
    return _speaker_of_verb(ctx, root, lookup)


def _last_report(ctx: SentenceContext, lookup: Lookup) -> _Speaker | None:
    """The subject of the last reporting verb of a sentence ("She said:")."""
    for t in reversed(ctx.tokens):
        if t.pos_ == "VERB" and _verb_lemma(t) in REPORTING:
            found = _speaker_of_verb(ctx, t, lookup)
            if found is not None:
                return found
    return None


class _Article:
    """The parsed sentences of one article, found by offset."""

    def __init__(self, text: str, contexts: Sequence[SentenceContext]):
        self.text = text
        self.contexts = sorted(contexts, key=lambda c: c.sentence.span.start)
        self.starts = [c.sentence.span.start for c in self.contexts]

    def index(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k >= 0 and pos < self.contexts[k].sentence.span.end:
            return k
        return None

    def paragraph_break(self, a: int, b: int) -> bool:
        """Does a line break separate offsets ``a`` and ``b``?"""
        return "\n" in self.text[a:b]


def _closed(text: str, q: Quote) -> bool:
    j = q.span.end
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j] in _CLOSING


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """Does the quotation starting at ``start`` open the paragraph right after
    the one ending at ``end`` (nothing but white space and quotation marks between)?"""
    between = text[end:start]
    return "\n" in between and all(c.isspace() or c in _MARKS for c in between)


def _outermost(quotes: Sequence[Quote]) -> list[int]:
    """Indices of the quotations not inside another one (``quotes`` in text
    order, an outer quotation before the ones it holds): one pass."""
    tops: list[int] = []
    for i, q in enumerate(quotes):
        if tops:
            outer = quotes[tops[-1]].span
            if outer.contains(q.span) and outer != q.span:
                continue
        tops.append(i)
    return tops


def attribute_quotes(
    text: str, quotes: Sequence[Quote], contexts: Sequence[SentenceContext], lookup: Lookup
) -> list[Quote]:
    """``quotes`` with their speakers (see the module documentation);
    a quotation inside another one has none."""
    art = _Article(text, contexts)
    tops = _outermost(quotes)
    speakers: dict[int, _Speaker | None] = {}
    alone: dict[int, bool] = {}
    for i in tops:
        speakers[i], alone[i] = _own(art, quotes[i], lookup)
    _inherit(art, quotes, tops, speakers, alone, lookup)
    out = list(quotes)
    for i, sp in speakers.items():
        if sp is not None:
            out[i] = quotes[i].model_copy(
                update={"speaker": sp.entity, "speaker_text": sp.text, "speaker_span": sp.span, "cue": sp.cue}
            )
    return out


def _own(art: _Article, q: Quote, lookup: Lookup) -> tuple[_Speaker | None, bool]:
    """The quotation's own attribution, and whether it is a sentence of its own."""
    k0 = art.index(q.span.start)
    k1 = art.index(max(q.span.start, q.span.end - 1))
    if k0 is None:
        return None, False
    ks = [k0] if k1 is None or k1 == k0 else [k0, k1]
    for k in ks:
        found = _in_sentence(art.contexts[k], q, lookup)
        if found is not None:
            return found, False
    before, _ = _words_outside(art.contexts[k0], q.span.start, q.span.end)
    _, after = _words_outside(art.contexts[ks[-1]], q.span.start, q.span.end)
    return None, not before and not after


def _inherit(
    art: _Article,
    quotes: Sequence[Quote],
    tops: list[int],
    speakers: dict[int, _Speaker | None],
    alone: dict[int, bool],
    lookup: Lookup,
) -> None:
    text = art.text
    # the paragraphs of one quotation: an unclosed quotation and the one opening the next paragraph
    groups: list[list[int]] = []
    for prev, cur in zip(tops, tops[1:]):
        if not _closed(text, quotes[prev]) and _next_paragraph(text, quotes[prev].span.end, quotes[cur].span.start):
            if groups and groups[-1][-1] == prev:
                groups[-1].append(cur)
            else:
                groups.append([prev, cur])
    for g in groups:
        source = next((speakers[m] for m in reversed(g) if speakers[m] is not None), None)
        for m in g:
            if speakers[m] is None and source is not None:
                speakers[m] = source
    for n, i in enumerate(tops):
        q = quotes[i]
        if speakers[i] is not None or not alone[i]:
            continue
        k1 = art.index(max(q.span.start, q.span.end - 1))
        if k1 is not None and k1 + 1 < len(art.contexts):
            nxt = art.contexts[k1 + 1]
            if not art.paragraph_break(q.span.end, nxt.sentence.span.start):
                found = _bare_report(nxt, lookup)
                if found is not None:
                    speakers[i] = found
                    continue
        last = tops[n - 1] if n > 0 else None
        if last is not None and not art.paragraph_break(quotes[last].span.end, q.span.start):
            speakers[i] = speakers[last]  # '"A," he said. "B."'
            continue
        k0 = art.index(q.span.start)
        if k0 is None or k0 == 0:
            continue
        before = art.contexts[k0 - 1]
        if last is not None and quotes[last].span.end >= before.sentence.span.start:
            speakers[i] = speakers[last]  # the paragraph before ends with a quotation
            continue
        speakers[i] = _last_report(before, lookup)
