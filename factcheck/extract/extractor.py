"""Per-article extraction: sentences -> mentions -> facts.

A pure function of one article and the knowledge loaded from ``rules/``; its
result (:class:`Extraction`) is what the cache stores.
"""

from __future__ import annotations

import hashlib
import re

from ..ingest.segment import segment
from ..knowledge.base import Knowledge
from ..model.models import Article, Attribution, EntityMention, Extraction, Fact, Quote, Sentence, TimeMention
from ..text.words import NEGATION_WORDS, content_stems, fold, stem, tokens
from .entities import find_entities
from .negation import find_negations, polarity_of
from .quantities import extract_quantities
from .quotes import extract_quotes
from .timex import extract_times

_CALENDAR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)

# Clause boundaries inside a sentence: coordinators after a comma, semicolons,
# spaced dashes, and subordinators that open a clause with its own subject.
_CLAUSE_SPLIT = re.compile(
    r";\s+|\s[\u2014\u2013-]\s|,\s+(?=(?:but|though|although|while|whereas|yet)\b)"
    r"|[,]?\s+(?=(?:since|after|before|when|while|because|until|although|though|whereas)\s+"
    r"(?:he|she|they|it|we|i|the\s+latter|the\s+former|(?!" + _CALENDAR + r")[A-Z][a-z]+)\b)",
)
_REPORT_RE = re.compile(
    r"^(?P<src>[^\"\u201c\u201d]{2,90}?)\s+(?:(?P<cue>said|says|told\s+\w+|stated|claimed|believes|believed|argued|insisted|"
    r"added|wrote|asserted|declared|emphasized|emphasised|stressed)\b(?:\s+that)?"
    r"|(?P<cue2>confirmed|reported|noted|announced|acknowledged|indicated|suggested)\s+that)[\s,:]+",
    re.IGNORECASE,
)
_ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?P<src>[^,]{2,80}),", re.IGNORECASE)
_ANONYMOUS_RE = re.compile(
    r"\b(?:anonymous|unnamed|sources?\s+(?:with|close|familiar)|people\s+familiar|officials?\s+who)\b", re.IGNORECASE
)
_DOCUMENT_RE = re.compile(r"\b(?:statement|readout|memo|report|summary|release|post|letter|filing)\b", re.IGNORECASE)

_PERSONAL = {"he", "him", "his", "she", "her", "hers"}
_PLURAL = {"they", "them", "their", "the two", "both leaders", "the leaders", "the two leaders"}
_PRONOUN_RE = re.compile(
    r"\b(?:he|him|his|she|her|they|them|their|the two leaders|the two|both leaders|the leaders)\b", re.IGNORECASE
)
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "also",
        "still",
        "already",
        "then",
        "now",
        "just",
        "previously",
        "repeatedly",
        "reportedly",
        "later",
        "first",
        "only",
    ]
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'\u2019-]*)")
# Words that may follow a time expression that dates its clause ("said Tuesday
# that", "met on Monday with", "in March, after"); any other word after it
# makes the time a modifier of that word.
_TIME_MAY_PRECEDE = frozenset(
    [
        "that",
        "when",
        "after",
        "before",
        "while",
        "and",
        "or",
        "but",
        "as",
        "at",
        "in",
        "on",
        "by",
        "for",
        "with",
        "to",
        "from",
        "of",
        "about",
        "over",
        "into",
        "during",
        "until",
        "since",
        "because",
        "if",
        "than",
        "then",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "their",
        "its",
        "this",
        "the",
        "a",
        "an",
        "there",
        "here",
        "who",
        "which",
        "where",
        "said",
        "says",
        "say",
        "announced",
        "told",
        "reported",
        "according",
        "morning",
        "afternoon",
        "evening",
        "night",
    ]
)
_NOT_PREDICATE = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "their",
        "his",
        "her",
        "its",
        "our",
        "my",
        "your",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "two",
        "both",
        "leaders",
        "leader",
        "officials",
    ]
)
_COMMON_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tell",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "made",
        "make",
        "makes",
        "won",
        "win",
        "wins",
        "lost",
        "lose",
        "met",
        "meet",
        "meets",
        "spoke",
        "speak",
        "speaks",
        "called",
        "call",
        "calls",
        "took",
        "take",
        "takes",
        "gave",
        "give",
        "gives",
        "went",
        "go",
        "goes",
        "came",
        "come",
        "comes",
        "got",
        "get",
        "gets",
        "saw",
        "see",
        "sees",
        "knew",
        "know",
        "knows",
        "thought",
        "think",
        "thinks",
        "left",
        "leave",
        "leaves",
        "held",
        "hold",
        "holds",
        "ran",
        "run",
        "runs",
        "set",
        "sets",
        "put",
        "puts",
        "cut",
        "cuts",
        "hit",
        "hits",
        "let",
        "lets",
        "began",
        "begin",
        "begins",
        "became",
        "become",
        "becomes",
        "kept",
        "keep",
        "keeps",
        "paid",
        "pay",
        "pays",
        "sent",
        "send",
        "sends",
        "built",
        "build",
        "builds",
        "fell",
        "fall",
        "falls",
        "rose",
        "rise",
        "rises",
        "grew",
        "grow",
        "grows",
        "agreed",
        "agree",
        "agrees",
        "plans",
        "plan",
        "expects",
        "expect",
        "wants",
        "want",
        "needs",
        "need",
    ]
)
_TIME_TRIGGER_GAP = re.compile(
    r"^[\s,]*(?:morning|afternoon|evening|night|'s|\u2019s)?\s*(?:phone\s+|telephone\s+)?$", re.IGNORECASE
)


def _id(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def _clauses(sentence: Sentence) -> list[tuple[int, int]]:
    text = sentence.text
    cuts = [0]
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > cuts[-1] + 3:
            cuts.append(m.end())
    cuts.append(len(text))
    spans = []
    base = sentence.span.start
    for a, b in zip(cuts, cuts[1:]):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        tail = len(seg.rstrip())
        if tail > lead:
            spans.append((base + a + lead, base + a + tail))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(s <= pos < e for s, e in spans)


class _Discourse:
    """What the article has talked about so far, for pronouns and 'the call'."""

    def __init__(self) -> None:
        self.last_person: str | None = None
        self.last_group: tuple[str, ...] = ()
        self.age_group = 99
        self.age_person = 99

    def step(self) -> None:
        self.age_group += 1
        self.age_person += 1

    def see(self, persons: list[str]) -> None:
        if persons:
            self.last_person = persons[0]
            self.age_person = 0
        uniq = tuple(dict.fromkeys(persons))
        if len(uniq) >= 2:
            self.last_group = uniq
            self.age_group = 0


def extract(article: Article, knowledge: Knowledge) -> Extraction:
    """Extract mentions and facts from one article."""
    sentences = segment(article)
    text = article.text
    lex = knowledge.lexicon
    body = [s for s in sentences if not s.furniture]

    known: dict[str, str] = {}
    entities: list[EntityMention] = []
    times: list[TimeMention] = []
    quantities = []
    negations = []
    for s in body:
        entities.extend(find_entities(article.id, text, lex, start=s.span.start, end=s.span.end, known=known))
        times.extend(extract_times(article.id, text, article.published, start=s.span.start, end=s.span.end))
        quantities.extend(extract_quantities(article.id, text, start=s.span.start, end=s.span.end))
        negations.extend(find_negations(article.id, text, s.span.start, s.span.end))

    def resolve_name(name: str) -> str | None:
        hit = lex.lookup(name)
        if hit:
            return hit[0]
        key = name.split()[-1].casefold() if name.split() else ""
        return known.get(key)

    quotes = extract_quotes(article.id, text, body, resolve=resolve_name)
    quote_spans = [(q.span.start, q.span.end) for q in quotes]

    facts: list[Fact] = []
    disc = _Discourse()
    by_sentence: dict[int, list[EntityMention]] = {}
    for e in entities:
        by_sentence.setdefault(_sentence_of(body, e.span.start), []).append(e)

    resolved_quotes: list[Quote] = []
    for s in body:
        disc.step()
        sent_entities = by_sentence.get(s.index, [])
        persons_in_sentence: list[str] = []
        for clause_start, clause_end in _clauses(s):
            clause_text = text[clause_start:clause_end]
            ents = [e for e in sent_entities if clause_start <= e.span.start < clause_end]
            persons = [e.entity for e in ents if e.type == "person"]
            # pronouns and plural references
            for pm in _PRONOUN_RE.finditer(clause_text):
                word = pm.group().casefold()
                pos = clause_start + pm.start()
                if _inside(quote_spans, pos):
                    continue
                before = [e.entity for e in ents if e.type == "person" and e.span.start < pos]
                if word in _PERSONAL:
                    ref = (
                        before[-1]
                        if before
                        else (
                            persons_in_sentence[-1]
                            if persons_in_sentence
                            else (disc.last_person if disc.age_person <= 3 else None)
                        )
                    )
                    if ref and ref not in persons:
                        persons.append(ref)
                elif word in _PLURAL and disc.age_group <= 4 and not before:
                    for ref in disc.last_group:
                        if ref not in persons:
                            persons.append(ref)
            persons_in_sentence.extend(p for p in persons if p not in persons_in_sentence)
            facts.extend(
                _facts_for_clause(
                    article,
                    s,
                    clause_start,
                    clause_end,
                    ents,
                    persons,
                    times,
                    quantities,
                    negations,
                    quote_spans,
                    knowledge,
                )
            )
        disc.see(persons_in_sentence)

    for q in quotes:
        if q.speaker is None and q.speaker_text and q.speaker_text.casefold() in _PERSONAL:
            ref = _person_before(facts, q)
            resolved_quotes.append(q.model_copy(update={"speaker": ref}) if ref else q)
        else:
            resolved_quotes.append(q)

    return Extraction(
        article=article,
        sentences=tuple(sentences),
        entities=tuple(entities),
        times=tuple(times),
        quantities=tuple(quantities),
        quotes=tuple(resolved_quotes),
        negations=tuple(negations),
        facts=tuple(facts),
    )


def _person_before(facts: list[Fact], q: Quote) -> str | None:
    """The person a pronoun speaker most likely refers to: a person taking part
    in the quote's sentence or the nearest one before it."""
    cands = [f for f in facts if f.sentence <= q.sentence and f.participants]
    for f in reversed(cands):
        if f.subject and f.subject in f.participants:
            return f.subject
        return f.participants[0]
    return None


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].casefold() if words else ""


def _sentence_of(sentences: list[Sentence], pos: int) -> int:
    for s in sentences:
        if s.span.start <= pos < s.span.end:
            return s.index
    return -1


def _facts_for_clause(
    article: Article,
    s: Sentence,
    start: int,
    end: int,
    ents: list[EntityMention],
    persons: list[str],
    times: list[TimeMention],
    quantities: list,
    negations: list,
    quote_spans: list[tuple[int, int]],
    knowledge: Knowledge,
) -> list[Fact]:
    text = article.text
    clause = text[start:end]
    folded = fold(clause)
    attribution = Attribution()
    content_start = start
    m = _REPORT_RE.match(folded)
    if m and (
        _last_word(m.group("src")) in _AUX
        or any(w.casefold() in NEGATION_WORDS for w in m.group("src").split())
        or ", and " in m.group("src")
    ):
        m = None  # "the office has not confirmed a date", "calls were not answered, and a recording said"
    if m and not _inside(quote_spans, start + m.start("src")):
        cue = m.group("cue") or m.group("cue2")
        src_text = clause[: m.end("src")]
        src_ents = [e for e in ents if e.span.start < start + m.end("src")]
        kind = (
            "anonymous"
            if _ANONYMOUS_RE.search(src_text)
            else ("document" if _DOCUMENT_RE.search(src_text) and not src_ents else "reported")
        )
        source = src_ents[0].entity if src_ents else None
        if source is None and src_text.strip().casefold() in _PERSONAL and persons:
            source = persons[0]
        attribution = Attribution(source=source, source_text=src_text.strip(), cue=cue.split()[0].casefold(), kind=kind)
        content_start = start + m.end()
    else:
        am = _ACCORDING_RE.search(folded)
        if am:
            src_text = am.group("src")
            src_ents = [e for e in ents if start + am.start("src") <= e.span.start < start + am.end("src")]
            kind = (
                "anonymous"
                if _ANONYMOUS_RE.search(src_text)
                else ("document" if _DOCUMENT_RE.search(src_text) else "reported")
            )
            attribution = Attribution(
                source=src_ents[0].entity if src_ents else None,
                source_text=src_text.strip(),
                cue="according to",
                kind=kind,
            )
    in_quote = _inside(quote_spans, start) and _inside(quote_spans, max(start, end - 2))

    # subject: the first entity (or resolved pronoun) of the reported content
    content_ents = [e for e in ents if e.span.start >= content_start]
    subject = None
    subject_end = content_start
    if content_ents:
        first = content_ents[0]
        lead = text[content_start : first.span.start]
        if len(tokens(lead)) <= 3:
            subject = first.entity
            subject_end = first.span.end
    if subject is None:
        pm = _PRONOUN_RE.match(text[content_start:end])
        if pm and persons:
            subject = persons[0] if pm.group().casefold() in _PERSONAL else None
            subject_end = content_start + pm.end()

    # compound subjects: "Smith and Jones met", "Smith, Jones and Lee met"
    for e in content_ents:
        if e.span.start >= subject_end and re.fullmatch(
            r"\s*(?:,|and|&|,\s*and)\s*(?:[A-Z][\w.\u2019']*\s+){0,4}", text[subject_end : e.span.start]
        ):
            subject_end = e.span.end
    # predicate: the first verb-like word after the subject
    predicate = ""
    pred_end = subject_end
    first_free = None
    for i, (word, _ws, we) in enumerate(tokens(text[subject_end:end], subject_end)):
        low = fold(word).casefold()
        if (
            low in _AUX
            or low.endswith("ly")
            or low in NEGATION_WORDS
            or low.endswith("n't")
            or low.endswith("n\u2019t")
        ):
            continue
        if word[:1].isupper() or low in _NOT_PREDICATE or (len(low) <= 2 and low not in ("is", "be", "do", "go")):
            continue
        if first_free is None:
            first_free = (low, we)
        if low.endswith("ed") or low in _COMMON_VERBS or (low.endswith("s") and i <= 1 and subject is not None):
            predicate, pred_end = stem(low), we
            break
        if i >= 6:
            break
    if not predicate and first_free is not None:
        predicate, pred_end = stem(first_free[0]), first_free[1]
    obj = " ".join(fold(text[pred_end:end]).split()).strip(" ,.;:")

    polarity, neg = polarity_of(negations, content_start, end)

    clause_times = [t for t in times if start <= t.span.start < end]
    clause_qty = tuple(q for q in quantities if start <= q.span.start < end)
    stems = tuple(sorted(content_stems(clause)))
    base = dict(
        article=article.id,
        sentence=s.index,
        line=s.line,
        span={"start": start, "end": end},
        subject=subject,
        predicate=predicate,
        object=obj,
        entities=tuple(dict.fromkeys(e.entity for e in ents)),
        quantities=clause_qty,
        polarity=polarity,
        negation=neg,
        attribution=attribution,
        participants=tuple(dict.fromkeys(persons)),
        text=clause,
        stems=stems,
        in_quote=in_quote,
    )

    # event mentions: one fact per trigger; the time attaches to its nearest trigger
    triggers: list[tuple[int, int, str, str]] = []
    for et in knowledge.event_types:
        for pat in et.triggers:
            for tm in pat.finditer(clause):
                ts, te = start + tm.start(), start + tm.end()
                if any(ts < b and a < te for a, b, _, _ in triggers):
                    continue
                triggers.append((ts, te, et.type, tm.group()))
    triggers.sort()
    if not triggers:
        t = _free_time(clause_times, [], text)
        return [Fact(id=_id(article.id, start, end, ""), time=t, **base)]

    facts = []
    attached = {(ts, te): _time_for_trigger(clause_times, ts, te, text) for ts, te, _, _ in triggers}
    taken = [t for t in attached.values() if t is not None]
    free = _free_time(clause_times, taken, text)
    if free is not None:
        # an unattached date belongs to the trigger just before it ("spoke
        # privately on Tuesday"), else to the first one after it; to one only
        unattached = [(ts, te) for ts, te, _, _ in triggers if attached[(ts, te)] is None]
        before = [k for k in unattached if k[1] <= free.span.start]
        after = [k for k in unattached if k[0] >= free.span.end]
        owner = before[-1] if before else (after[0] if after else None)
        if owner is not None:
            attached[owner] = free
    for ts, te, etype, word in triggers:
        t = attached[(ts, te)]
        definite = bool(re.match(r"(?:the|that|this)\b", fold(word).casefold())) or fold(
            text[max(start, ts - 4) : ts]
        ).casefold().strip().endswith("the")
        facts.append(
            Fact(
                id=_id(article.id, start, end, ts),
                time=t,
                event_type=etype,
                trigger=text[ts:te],
                trigger_span={"start": ts, "end": te},
                definite=definite and t is None,
                **base,
            )
        )
    return facts


def _time_for_trigger(times: list[TimeMention], ts: int, te: int, text: str) -> TimeMention | None:
    """A time written right before the trigger word belongs to it ("the April 29
    call", "Friday morning phone conversation", "Tuesday's phone call"), and so
    does one inside the trigger phrase ("the April call")."""
    for t in times:
        if t.type not in ("DATE", "TIME"):
            continue
        if ts <= t.span.start < te:
            return t
        if t.span.end <= ts and _TIME_TRIGGER_GAP.match(text[t.span.end : ts]):
            return t
    return None


def _free_time(times: list[TimeMention], taken: list[TimeMention], text: str) -> TimeMention | None:
    """The first date of the clause that no other trigger claimed and that does
    not modify a noun of its own ("the April 28 election victory")."""
    for t in times:
        if t.type not in ("DATE", "TIME") or t in taken:
            continue
        nxt = _NEXT_WORD.match(text, t.span.end)
        if nxt and nxt.group(1).casefold() not in _TIME_MAY_PRECEDE:
            continue  # "the 2014 Oscars", "the April 28 election victory"
        return t
    return None
