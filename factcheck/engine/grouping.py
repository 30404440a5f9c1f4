"""One disagreement per slot, not per pair: aligned claims grouped by value.

Aligned pairs (:mod:`.align`) are joined into slots (connected components);
inside a slot, claims whose values agree (the same or compatible:
:mod:`.compare`) form one value group. A slot with two or more value groups,
where some aligned pair across groups truly differs, is one
:class:`Disagreement`, labelled:

- ``contradiction``: a confident alignment and a difference in the values;
- ``possible``: the alignment is weak, or the difference rests on missing
  evidence (two place names whose containment the text does not show); the
  reason is given;
- ``later update``: the value groups are separated in time, an earlier figure
  or an earlier "has not yet" against a later article (numbers and polarity),
  holders of a role (a person's titles) told in turn, months apart, or the
  day of a plan told in turn, more than a week apart (a plan may change);
- ``different events``: the claims are about two events (not a finding; kept
  for ``show_different_events``).

Each value group counts its *independent* sources: articles that share long
verbatim passages (wire copy, republications; :func:`source_clusters`) count once.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from ..knowledge.lexicon import Lexicon
from ..model.models import Extraction, Label
from ..text.words import DEATHS, WORD_RE, fold
from .align import (
    Alignment,
    compare_claims,
    count_kind,
    cross_speech,
    denied_manner,
    predicates_differ,
    told_as_expected,
)
from .claims import GAME_FIGURE, MANNER, OPEN_TIME, PLAN_DAY, SCOPE, SlotClaim, is_not_yet, is_scoped
from .compare import AGE_SLIP_YEARS, DateValue, NumberValue, Verdict, one_day, swapped_digits

SHINGLE = 8  # words in a shingle
MIN_SHARED_SHINGLES = 6  # shared shingles that make two articles one source (about 13 words verbatim)
SAME_OCCASION_DAYS = 2
ROLE_DAYS = 30  # holders of a role told further apart than this: the role may have changed hands
PLAN_DAYS = 7  # days of one plan told further apart than this: the plan may have changed


@dataclass(frozen=True)
class ValueGroup:
    claims: tuple[SlotClaim, ...]
    sources: int  # independent sources backing the value
    articles: tuple[str, ...]

    @property
    def first(self) -> SlotClaim:
        return self.claims[0]

    def published(self) -> tuple[date | None, date | None]:
        days = [c.published for c in self.claims if c.published is not None]
        return (min(days), max(days)) if days else (None, None)


@dataclass(frozen=True)
class Disagreement:
    slot: str
    key: str
    groups: tuple[ValueGroup, ...]
    label: Label
    why: str  # why this label
    verdict: Verdict  # the strongest difference across groups
    score: float  # the best alignment score of a differing pair


# --------------------------------------------------------------------------- independent sources


def source_clusters(extractions: Iterable[Extraction]) -> dict[str, str]:
    """Articles that share long verbatim passages, as one source: a map from
    article id to the id of its cluster's first article. Shingles of
    ``SHINGLE`` words; articles sharing ``MIN_SHARED_SHINGLES`` of them are
    joined. Linear in the text: each shingle links an article to the first
    article that held it."""
    first_holder: dict[bytes, str] = {}
    shared: dict[tuple[str, str], int] = defaultdict(int)
    ids: list[str] = []
    for ex in sorted(extractions, key=lambda e: e.article.id):
        aid = ex.article.id
        ids.append(aid)
        body = ex.article.text[ex.article.body_start :]
        words = [w.casefold() for w in WORD_RE.findall(fold(body))]
        seen: set[bytes] = set()
        for i in range(len(words) - SHINGLE + 1):
            h = hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
            if h in seen:
                continue
            seen.add(h)
            other = first_holder.setdefault(h, aid)
            if other != aid:
                shared[(other, aid)] += 1
    return clusters_of(ids, shared)


def clusters_of(ids: Iterable[str], shared: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Each article's source cluster, given how many shingles pairs of articles
    share: pairs with ``MIN_SHARED_SHINGLES`` or more are one source; a cluster
    is named by its smallest article id."""
    parent = {a: a for a in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for (x, y), n in sorted(shared.items()):
        if n >= MIN_SHARED_SHINGLES:
            rx, ry = find(x), find(y)
            if rx != ry:
                parent[max(rx, ry)] = min(rx, ry)
    return {a: find(a) for a in parent}


# --------------------------------------------------------------------------- grouping


def same_occasion(a: SlotClaim, b: SlotClaim) -> bool:
    if a.published is None or b.published is None:
        return False
    return abs((a.published - b.published).days) <= SAME_OCCASION_DAYS


def _verdict(a: SlotClaim, b: SlotClaim, lexicon: Lexicon) -> Verdict:
    return compare_claims(a, b, lexicon, same_occasion=same_occasion(a, b))


def disagreements(
    alignments: list[Alignment],
    lexicon: Lexicon,
    sources: Mapping[str, str],
    *,
    confident: float,
) -> list[Disagreement]:
    """Disagreements of one slot type from its aligned pairs, one per slot.
    The verbatim twins of an aligned pair's claims (:attr:`.Alignment.twins`),
    which were not paired themselves, join its slot."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_id: dict[str, SlotClaim] = {}
    kept: list[tuple[Alignment, Verdict]] = []
    out: list[Disagreement] = []
    if alignments and alignments[0].a.slot == "polarity":
        # a clause aligned confidently is not chained to others by weak alignments
        # ("X has not released the patch" / "X released the patch on Wednesday",
        # and a third, loosely related "X released a statement")
        strong = {x for al in alignments if al.score >= confident for x in (al.a.id, al.b.id)}
        alignments = [al for al in alignments if al.score >= confident or not ({al.a.id, al.b.id} & strong)]
    for al in alignments:
        if _dead_and_other(al.a, al.b):
            continue  # the dead and the hurt, the hospitalised or the arrested are two counts
        v = _verdict(al.a, al.b, lexicon)
        if al.different_events is not None:
            if v.conflict:
                out.append(_different_events(al, v, sources))
            continue
        if v.relation == "unknown":
            continue  # not comparable: not the same slot after all
        kept.append((al, v))
        by_id[al.a.id], by_id[al.b.id] = al.a, al.b
        _union(find, parent, al.a.id, al.b.id)
        for twin in al.twins:
            by_id[twin.id] = twin
            _union(find, parent, al.a.id, twin.id)
    components: dict[str, list[SlotClaim]] = defaultdict(list)
    for cid, c in sorted(by_id.items()):
        components[find(cid)].append(c)
    pairs_of: dict[str, list[tuple[Alignment, Verdict]]] = defaultdict(list)
    for al, v in kept:
        pairs_of[find(al.a.id)].append((al, v))
    for root in sorted(components):
        d = _disagreement(components[root], pairs_of[root], lexicon, sources, confident)
        if d is not None:
            out.append(d)
    return out


def _union(find: Callable[[str], str], parent: dict[str, str], a: str, b: str) -> None:
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)


def _order(c: SlotClaim) -> tuple:
    return (c.published or date.min, c.article, c.line, c.value_span.start if c.value_span else 0, c.id)


def _groups(claims: list[SlotClaim], lexicon: Lexicon, sources: Mapping[str, str]) -> list[ValueGroup]:
    raw: list[list[SlotClaim]] = []
    # a claim joins a group it agrees with in full, and the groups are seeded by whole
    # exact figures first: "some 700 metres" admits both "700 meters" and "about 600
    # metres", and "150 residents" any whole of 150 or more ("200 people", "nearly 300")
    parts = {c.id for c in claims for d in claims if count_kind(c, d) == "a"}
    # (a figure told by another predicate that agrees with a group without stating its
    # value, "carrying 290" beside "nearly 300 on board", starts a group of its own)
    for c in sorted(claims, key=lambda c: (c.id in parts, _hedged(c), _order(c))):
        for g in raw:
            if all(_backs(m, c, _verdict(m, c, lexicon)) for m in g):
                g.append(c)
                break
        else:
            raw.append([c])
    # each shown by its seed, then its other claims in order; the groups in the order of their seeds
    raw = sorted(([g[0], *sorted(g[1:], key=_order)] for g in raw), key=lambda g: _order(g[0]))
    return [
        ValueGroup(
            claims=tuple(g),
            sources=len({sources.get(c.article, c.article) for c in g}),
            articles=tuple(sorted({c.article for c in g})),
        )
        for g in raw
    ]


def _backs(m: SlotClaim, c: SlotClaim, v: Verdict) -> bool:
    """Whether ``c`` backs the value of ``m`` (``v`` their verdict): it agrees
    with it, and a figure told by another predicate states the very value
    ("nearly 300 passengers on board" is no source of "carrying 290")."""
    return v.agree and (v.relation == "same" or not predicates_differ(m, c))


def _dead_and_other(a: SlotClaim, b: SlotClaim) -> bool:
    """Whether one claim counts the dead and the other anything else (the
    injured, the people taken to hospital, the arrested): the parse aligns them
    loosely, but "two people died" is no value of "three people were injured"."""
    if a.slot != "number":
        return False
    return (a.predicate in DEATHS or a.predicate == "dead") != (b.predicate in DEATHS or b.predicate == "dead")


def _two_values_in_one_article(claims: list[SlotClaim], group_of: Mapping[str, int], lexicon: Lexicon) -> bool:
    """Whether an article gives two values of the slot: its claims fall in two
    groups. Of a count, only two of its claims that differ: "nearly 300 on
    board" beside "carrying 290" are two groups (neither backs the other), not
    two values of one count."""
    by_article: dict[str, list[SlotClaim]] = defaultdict(list)
    for c in claims:
        by_article[c.article].append(c)
    return any(
        group_of[x.id] != group_of[y.id] and (x.slot != "number" or _verdict(x, y, lexicon).conflict)
        for own in by_article.values()
        if len({group_of[c.id] for c in own}) > 1
        for i, x in enumerate(own)
        for y in own[i + 1 :]
    )


def _game_figures_of_no_one_day(a: SlotClaim, b: SlotClaim) -> bool:
    """A player's or a team's figures of a game (:data:`.claims.GAME_FIGURE`)
    not both dated to one day: "Roe had 24 points" may be of another game or of
    the season than "Roe scored 20 points on Thursday". Two days that differ
    are two events already (:func:`.align.different_events`)."""
    if GAME_FIGURE not in dict(a.extra) and GAME_FIGURE not in dict(b.extra):
        return False
    return not all(c.time is not None and one_day(c.time) for c in (a, b))


def _answered(claims: list[SlotClaim]) -> list[SlotClaim]:
    """The claims of a polarity slot without the statements that no denial
    answers: when every denial is narrowed by an adverb ("has not formally
    overturned the rule"), a plain "overturned the rule" that a third article's
    "formally overturned" joined to the slot is none of its values."""
    denials = [c for c in claims if c.polarity == "negative"]
    if not denials or not all(dict(c.extra).get(MANNER) for c in denials):
        return claims
    return [c for c in claims if c.polarity == "negative" or any(not denied_manner(d, c) for d in denials)]


def _hedged(c: SlotClaim) -> bool:
    return isinstance(c.payload, NumberValue) and c.payload.hedge is not None


def _disagreement(
    claims: list[SlotClaim],
    pairs: list[tuple[Alignment, Verdict]],
    lexicon: Lexicon,
    sources: Mapping[str, str],
    confident: float,
) -> Disagreement | None:
    if claims[0].slot == "age":
        two_times = _ages_of_two_times(claims)
        claims = [c for c in claims if c.article not in two_times]
        pairs = [(al, v) for al, v in pairs if al.a.article not in two_times and al.b.article not in two_times]
    if claims[0].slot == "polarity":
        claims = _answered(claims)
        kept = {c.id for c in claims}
        pairs = [(al, v) for al, v in pairs if al.a.id in kept and al.b.id in kept]
    if len({c.article for c in claims}) < 2:
        return None
    groups = _groups(claims, lexicon, sources)
    if len(groups) < 2:
        return None
    # one person has one age and one death, a company one founding: two values in
    # one article are a slip, not two things
    one_thing = claims[0].slot == "age" or (claims[0].slot == "date" and claims[0].role == "once")
    group_of = {c.id: i for i, g in enumerate(groups) for c in g.claims}
    if not one_thing and _two_values_in_one_article(claims, group_of, lexicon):
        # an article that gives two values for the slot speaks of two things
        # (two games, two counts): the claims are not one slot
        return None
    articles_of = [set(g.articles) for g in groups]
    differing = [
        (al, v)
        for al, v in pairs
        if v.conflict
        and group_of[al.a.id] != group_of[al.b.id]
        # an article that states both values is speaking of two things, not contradicting itself
        and (one_thing or al.a.article not in articles_of[group_of[al.b.id]])
        and (one_thing or al.b.article not in articles_of[group_of[al.a.id]])
        and not _game_figures_of_no_one_day(al.a, al.b)
    ]
    if not differing:
        return None
    # the strongest evidence: a confident alignment with a firm difference first
    al, v = max(differing, key=lambda p: (not p[1].weak, p[0].score, p[0].a.id, p[0].b.id))
    # keep only the groups that take part in a difference
    involved = sorted({group_of[x.a.id] for x, _ in differing} | {group_of[x.b.id] for x, _ in differing})
    groups = [groups[i] for i in involved]
    slot = claims[0].slot
    update = _time_label(slot, groups, al)
    if update is not None and slot == "date" and (al.score < confident or v.weak):
        update = None  # a plan told again later needs a confident alignment, as a contradiction does
    if not al.firm or (update is None and slot == "polarity" and cross_speech(al.a, al.b)):
        # no shared entity: what the claims are about is not pinned down; a remark
        # tells only that an earlier "has not yet" no longer holds
        return None
    labelled = update if update is not None else _label(al, v, confident)
    if labelled is None:
        return None
    label, why = labelled
    return Disagreement(slot, al.a.key(), tuple(groups), label, why, v, al.score)


def _label(al: Alignment, v: Verdict, confident: float) -> tuple[Label, str] | None:
    """What kind of disagreement the strongest pair tells, and why; None when
    it is no evidence (a weak difference on a weak alignment, a plan against
    an outcome weakly aligned)."""
    if told_as_expected(al.a, al.b):
        if al.score < confident or v.weak:
            return None  # a plan against an outcome needs a confident alignment and a firm difference
        planned = al.a if al.a.modality != "actual" else al.b
        return "possible", f"'{planned.value}' is told as {planned.modality}: the plan may have changed ({al.why})"
    if al.apart and al.score >= confident and not v.weak:
        return "possible", f"the words of the events may tell two events apart, {al.apart} ({al.why})"
    if al.score >= confident and not v.weak:
        return "contradiction", f"aligned with confidence ({al.why})"
    if v.weak and al.score >= confident:
        return "possible", f"the difference may not be one ({al.why})"
    if v.weak:
        return None  # a weak difference on a weak alignment is not evidence
    return "possible", f"weak alignment ({al.why}; {confident:.2f} needed for a contradiction)"


def _ages_of_two_times(claims: list[SlotClaim]) -> set[str]:
    """The articles that give one person ages of two times, as
    :func:`.compare.compare_ages` reads them (further apart than
    :data:`.compare.AGE_SLIP_YEARS`, their digits not swapped): their story
    spans decades, and their ages that a chain of other sources' ages joins
    to one slot are set against none (the other articles' ages still are)."""
    ages: dict[str, set[int]] = defaultdict(set)
    for c in claims:
        if isinstance(c.payload, int):
            ages[c.article].add(c.payload)
    return {
        a for a, v in ages.items() if any(x - y > AGE_SLIP_YEARS and not swapped_digits(x, y) for x in v for y in v)
    }


#: An act dated more than this many days before a "not yet" of it was published
#: may be another occasion ("left Paris in 2020" / "has not yet left Paris").
NOT_YET_DAYS = 7


def _time_label(slot: str, groups: list[ValueGroup], al: Alignment) -> tuple[Label, str] | None:
    """The label the times of the claims give, if any: a later update, or a
    possible conflict for an act dated long before a "not yet" was written or
    an undated act against a "not yet" of a new occasion."""
    claims = [c for g in groups for c in g.claims]
    before = _done_before(al.a, al.b, claims) if slot == "polarity" else None
    if before is not None:
        return "possible", before
    update = _later_update(slot, groups)
    if update:
        return "later update", update
    occasion = _new_occasion(al.a, al.b, claims) if slot == "polarity" else None
    return ("possible", occasion) if occasion is not None else None


def _new_occasion(a: SlotClaim, b: SlotClaim, claims: list[SlotClaim]) -> str | None:
    """Every denial a "not yet" of a new occasion ("has yet to win a race this
    season") and every act undated and naming no occasion: the act may be an
    earlier one. An act that names the occasion too ("signed the new contract")
    is the one denied."""
    denials = [c for c in claims if c.polarity == "negative"]
    acts = [c for c in claims if c.polarity == "positive"]
    if not denials or not acts or not all(is_scoped(c) for c in denials):
        return None
    if not all(c.time is None and (SCOPE, "1") not in c.extra for c in acts):
        return None
    neg = a if a.polarity == "negative" else b
    return f"the 'not yet' is of a new occasion ('{neg.value}' in {neg.article}), and the act is undated: it may be an earlier one"


def _done_before(a: SlotClaim, b: SlotClaim, claims: list[SlotClaim]) -> str | None:
    """An act dated well before the "not yet" that denies it was published, and
    old news in its own article too ("has not yet left Paris" / "left Paris in
    2020"): another occasion, or a "not yet" out of date; neither a later update
    nor, for sure, a contradiction. Every act told against the "not yet" must be
    so dated: one of the days the story covers ("paid the fine on Monday") is the
    one denied, and the usual labels hold."""
    neg = a if a.polarity == "negative" else b
    if neg.polarity != "negative" or not is_not_yet(neg) or neg.published is None:
        return None
    acts = [c for c in claims if c.polarity == "positive"]
    if not acts or not all(_long_before(c, neg.published) for c in acts):
        return None
    pos = min(acts, key=lambda c: (c.time.end if c.time is not None else neg.published, c.article, c.id))
    return (
        f"'{pos.value}' is dated {pos.time.end if pos.time else ''}, well before the article that says it has not"
        f" yet happened ({neg.published}): another occasion, or that article is out of date"
    )


def _long_before(c: SlotClaim, published: date) -> bool:
    """A claim dated, by a date that says when it happened, more than
    :data:`NOT_YET_DAYS` before ``published`` and before its own article."""
    if c.time is None or c.published is None or any(k == OPEN_TIME for k, _ in c.extra):
        return False
    return (published - c.time.end).days > NOT_YET_DAYS and (c.published - c.time.end).days > NOT_YET_DAYS


def _later_update(slot: str, groups: list[ValueGroup]) -> str | None:
    """An earlier figure or an earlier "has not yet" superseded by a later
    article; holders of a role told in turn (:func:`_change_of_hands`); or the
    day of a plan told in turn (:func:`_rescheduled`)."""
    if slot == "holder":
        return _change_of_hands(groups)
    if slot == "date":
        return _rescheduled(groups)
    if slot not in ("number", "polarity") or len(groups) < 2 or (slot == "polarity" and len(groups) != 2):
        return None
    spans: list[tuple[date, date, ValueGroup]] = []
    for g in groups:
        lo, hi = g.published()
        if lo is None or hi is None:
            return None
        spans.append((lo, hi, g))
    # each value's articles all older than the next value's ("at least 15" on Monday,
    # "20" on Tuesday, "23" on Wednesday: a toll told as it rose)
    ordered = sorted(spans, key=lambda t: t[0])
    if any(ordered[i][1] >= ordered[i + 1][0] for i in range(len(ordered) - 1)):
        return None
    early, late = ordered[0][2], ordered[-1][2]
    # a "not yet" answered, or a state told ended ("is no longer the coach")
    answered = early.first.polarity == "negative" and late.first.polarity == "positive"
    if slot == "polarity" and not answered and not _ended(early, late):
        return None
    e_day, l_day = early.published()[1], late.published()[0]
    if len(ordered) > 2:
        values = ", then ".join(f"'{g.first.value}' ({lo})" for lo, _, g in ordered)
        return f"each value is told only in articles older than the next: {values}"
    return f"every article with '{early.first.value}' ({e_day}) is older than those with '{late.first.value}' ({l_day})"


#: Cues of a denial that says a state or an act has ended ("is no longer the coach").
ENDED_CUES = frozenset({"no longer"})


def _ended(early: ValueGroup, late: ValueGroup) -> bool:
    """An earlier statement and a later "no longer" of it: the later article
    tells that it ended ("is the coach" / a week later "is no longer the coach")."""
    return (
        early.first.polarity == "positive"
        and late.first.polarity == "negative"
        and all((c.negation or "").casefold() in ENDED_CUES and c.time is None for c in late.claims)
    )  # (dated, "in 2020 Jones no longer chaired it" tells of 2020, which a 2025 article cannot end)


def _change_of_hands(groups: list[ValueGroup]) -> str | None:
    """Holders of a role (or titles of a person) told in turn, each run of
    articles more than :data:`ROLE_DAYS` after the run of another before it
    ("Okafor" in January, "Lindqvist" in June, "Okafor" again in December):
    the role may have changed hands, and back. Two told within a month of
    each other are a contradiction."""
    runs = _told_in_turn(groups, ROLE_DAYS)
    if runs is None:
        return None
    told = ", then ".join(f"'{groups[i].first.value}' ({day})" for day, i in runs)
    return f"told in turn, each more than {ROLE_DAYS} days after the other: {told}; the role may have changed hands"


def _rescheduled(groups: list[ValueGroup]) -> str | None:
    """The day of a plan told in turn, each run of articles more than
    :data:`PLAN_DAYS` after the run of another before it ("the vote will be
    held on March 3" on January 5, "... on March 10" on February 20): the plan
    may have changed, as plans do. Every day must be one its article told
    ahead of it (:func:`_planned_day`). Told within a week of each other, two
    days of one plan are a contradiction, so a new article that gives a known
    plan another day still fails the gate; a plan against what happened stays
    possible (:func:`.align.told_as_expected`)."""
    if not all(_planned_day(c) for g in groups for c in g.claims):
        return None
    changed = _changed_last(groups)
    if changed is not None:
        return changed
    runs = _told_in_turn(groups, PLAN_DAYS)
    if runs is None:
        return None
    told = ", then ".join(f"'{groups[i].first.value}' ({groups[i].first.normalized}, told {day})" for day, i in runs)
    return f"told as planned, in turn, each more than {PLAN_DAYS} days after the one before: {told}; the plan may have changed"


def _changed_last(groups: list[ValueGroup]) -> str | None:
    """The day of a plan that a later article tells as changed ("the vote
    will now be held on March 10", "will instead be held on"), after every
    article of the other day: the plan was changed, however soon after (a
    later update). Two days only, the first article of the new one telling
    the change (those after it may repeat the day plainly); with three days,
    two of them may contradict each other, and the usual labels hold."""
    if len(groups) != 2:
        return None
    runs = _told_in_turn(groups, 0)
    if runs is None or len(runs) != 2:
        return None
    (first_day, old), (day, last) = runs
    earliest = min(groups[last].claims, key=lambda c: (c.published or day, c.article, c.id))
    cue = dict(earliest.extra).get(PLAN_DAY, "1")
    if cue == "1":
        return None
    return (
        f"'{groups[last].first.value}' is told as a changed plan ('{cue}', told {day}) after"
        f" '{groups[old].first.value}' (told {first_day})"
    )


def _planned_day(c: SlotClaim) -> bool:
    """The day of a planned act, as the claim read it from the text
    (:data:`.claims.PLAN_DAY`: an act people plan, told as expected, about no
    holiday or date of a life, no old plan stated as fact), resolved, and not
    before the day its article was published ("will be held on March 3" in an
    article of January 5): not a day gone by ("was to die on March 3, 1990"),
    nor a day as written that no publication date resolves. The start of a
    measure is none (its modality is the clause's that tells it: "tariffs
    (effective May 3) will hurt sales")."""
    return (
        bool(dict(c.extra).get(PLAN_DAY))
        and isinstance(c.payload, DateValue)
        and c.published is not None
        and c.payload.end >= c.published
    )


def _told_in_turn(groups: list[ValueGroup], days: int) -> list[tuple[date, int]] | None:
    """The runs of articles of one value in the order they were published
    (the first day of each run and the index of its group), when each run
    comes more than ``days`` after the run of another before it; None when
    two values are told closer in time, or an article is undated."""
    if len(groups) < 2:
        return None
    dated = sorted((c.published, i) for i, g in enumerate(groups) for c in g.claims if c.published is not None)
    if len(dated) != sum(len(g.claims) for g in groups):
        return None  # an undated article: the turns cannot be told
    runs = [dated[0]]
    for (day, i), (last, j) in zip(dated[1:], dated, strict=False):
        if i != j:
            if (day - last).days <= days:
                return None
            runs.append((day, i))
    return runs


def _different_events(al: Alignment, v: Verdict, sources: Mapping[str, str]) -> Disagreement:
    groups = tuple(ValueGroup(claims=(c,), sources=1, articles=(c.article,)) for c in sorted((al.a, al.b), key=_order))
    return Disagreement(al.a.slot, al.a.key(), groups, "different events", al.different_events or "", v, al.score)
