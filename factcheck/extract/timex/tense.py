"""Tense of the clause around a time expression: past, present or future cues."""

from __future__ import annotations

import re

from ...knowledge import meaning

# --------------------------------------------------------------------------- tense

_SENT_END = re.compile(r"[.!?;][\"'”’)\]]*\s+|\n\s*\n")
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "gov",
    "sen",
    "rep",
    "lt",
    "col",
    "capt",
    "sgt",
    "prof",
    "inc",
    "corp",
    "co",
    "ltd",
    "no",
    "vs",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "a.m",
    "p.m",
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
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thurs",
    "fri",
    "sat",
    "sun",
    "ft",
    "mt",
    "fig",
    "est",
    "approx",
    "dept",
    "univ",
    "ave",
    "blvd",
    "rd",
    "calif",
    "mass",
    "wash",
    "fla",
    "penn",
}
_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
_FUTURE = {
    "will",
    "shall",
    "won't",
    "wont",
    "gonna",
    "upcoming",
    "scheduled",
    "slated",
    "intends",
    "intend",
    "expects",
    "forthcoming",
    "tomorrow",
    "next",
    "coming",
    "'ll",
    "await",
    "awaits",
    "awaiting",
    "anticipated",
    "anticipates",
}
_PRESENT = {
    "is",
    "are",
    "am",
    "isn't",
    "aren't",
    "remains",
    "remain",
    "wants",
    "want",
    "needs",
    "seems",
    "appears",
    "says",
}
_MODAL = {"would", "could", "might", "may", "must", "should", "can", "cannot", "can't"}
# A tense cue further than this many words from the expression is ignored, a
# present-tense verb ("is", "says") closer than any other cue means "no tense",
# and "would" (reported future-in-the-past) is not taken as future. Without a
# tense, a year-less date is the nearest one, with a small lean to the past
# (news mostly reports what happened): a future candidate counts as this many
# days (months, for a bare month) further away than it is.
MAX_CUE_DISTANCE = 6
#: How far a future cue of a verb group (:func:`_reaching`) on the left still counts
#: when no comma, colon or dash stands between it and the expression (its own clause).
CLAUSE_CUE_DISTANCE = 14
NEUTRAL_FUTURE_DAYS = 60
NEUTRAL_FUTURE_MONTHS = 2
PRESENT_BLOCKS = True
WOULD_IS_FUTURE = False
_PAST_IRREG = {
    "was",
    "were",
    "had",
    "did",
    "said",
    "told",
    "went",
    "came",
    "made",
    "took",
    "gave",
    "met",
    "won",
    "lost",
    "held",
    "left",
    "began",
    "fell",
    "rose",
    "saw",
    "got",
    "sold",
    "bought",
    "paid",
    "found",
    "became",
    "spoke",
    "wrote",
    "ran",
    "brought",
    "thought",
    "kept",
    "led",
    "sent",
    "spent",
    "built",
    "stood",
    "fought",
    "sought",
    "caught",
    "taught",
    "chose",
    "drove",
    "flew",
    "grew",
    "knew",
    "threw",
    "broke",
    "woke",
    "wore",
    "ate",
    "struck",
    "stole",
    "hid",
    "shot",
    "swore",
    "tore",
    "sank",
    "sang",
    "rang",
    "drank",
    "swam",
    "froze",
    "withdrew",
    "meant",
    "heard",
    "felt",
    "dealt",
    "sat",
    "fled",
    "hung",
    "slept",
    "swept",
    "lent",
    "understood",
    "arose",
    "ago",
    "yesterday",
    "earlier",
    "previously",
    "last",
    "wasn't",
    "weren't",
    "hadn't",
    "didn't",
    "begun",
    "done",
    "gone",
    "given",
    "taken",
    "spoken",
    "written",
    "shown",
    "seen",
    "known",
    "overtook",
    "undertook",
    "forgot",
    "died",
    "killed",
    "tried",
    "denied",
    "replied",
    "cried",
    "recently",
    "already",
    "been",
}
_NOT_PAST_ED = {
    "need",
    "indeed",
    "hundred",
    "speed",
    "seed",
    "feed",
    "bed",
    "red",
    "shed",
    "weed",
    "proceed",
    "exceed",
    "succeed",
    "embed",
    "breed",
    "greed",
    "creed",
    "bleed",
    "reed",
    "ahead",
    "head",
    "instead",
    "spread",
    "bread",
    "dead",
    "thread",
    "read",
    "lead",
    "united",
    "limited",
    "based",
    "related",
    "detailed",
    "wed",
    "ted",
    "ned",
    "fred",
    "ed",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "rugged",
    "aged",
    "alleged",
    "supposed",
    "so-called",
    "biased",
    "skilled",
    "talented",
    "interested",
    "concerned",
    "advanced",
    "unprecedented",
    "unexpected",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "anticipated",
}
_TO_FUTURE = {
    "set",
    "due",
    "poised",
    "about",
    "slated",
    "scheduled",
    "expected",
    "going",
    "likely",
    "planning",
    "plans",
    "plan",
    "hoping",
    "hopes",
    "aims",
    "aiming",
    "ready",
    "preparing",
    "intends",
    "expects",
}
_AUX_FUT = {"will", "shall", "'ll", "won't", "going", "to"}
#: What stands before "will" as a noun ("his will", "the will of the council").
_OWNERS = frozenset({"a", "the", "his", "her", "my", "your", "our", "their", "its", "of", "free", "good", "ill"})
_AUX_SKIP = {
    "be",
    "been",
    "being",
    "have",
    "has",
    "not",
    "also",
    "still",
    "then",
    "now",
    "finally",
    "formally",
    "officially",
    "probably",
    "likely",
    "never",
    "n't",
    "get",
    "all",
    "both",
    "just",
    "only",
    "expected",
    "re",
}
_AUX_PRESENT = {"is", "are", "am"}


def _sentence_window(text: str, s: int, e: int) -> tuple[str, str]:
    """Text before and after ``[s, e)`` inside its sentence (a heuristic)."""
    lo = max(0, s - 240)
    left = text[lo:s]
    cut = 0
    for m in _SENT_END.finditer(left):
        w = re.search(r"([A-Za-z.]+)$", left[: m.start()])
        word = (w.group(1) if w else "").lower().rstrip(".")
        if m.group(0).startswith(".") and (word in _ABBREV or len(word) == 1):
            continue
        cut = m.end()
    left = left[cut:]
    right = text[e : e + 240]
    for m in _SENT_END.finditer(right):
        w = re.search(r"([A-Za-z.]+)$", right[: m.start()])
        word = (w.group(1) if w else "").lower().rstrip(".")
        if m.group(0).startswith(".") and (word in _ABBREV or len(word) == 1):
            continue
        right = right[: m.start()]
        break
    return left, right


#: Adverbs between "due" and the "to" of a cause: "due largely to the storm".
_CAUSE_ADVERBS = frozenset({"largely", "mainly", "partly", "mostly", "entirely", "primarily", "chiefly", "solely"})
_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "this", "that"})


def _due_to_a_cause(tokens: list[str], i: int) -> bool:
    """Whether "due" at ``i`` gives a cause ("closed due to a flood", "is due
    largely to the storm", "is due to heavy rain"), not an appointment ("is due
    to appear", "the report is due to the board on Friday"): an adverb of
    degree before "to", or a noun phrase after it that is no recipient (after a
    copula, one headed by an event noun)."""
    rest = [w.lower() for w in tokens[i + 1 : i + 6]]
    if rest[:1] and rest[0] in _CAUSE_ADVERBS:
        return rest[1:2] == ["to"]
    if rest[:1] != ["to"] or len(rest) < 2:
        return False
    after = rest[1:]
    if not (after[0] in _DETERMINERS or meaning.classes(after[0], "a") or _bare_cause(after[0])):
        return False  # "due to face trial", "due to land", "is due to appear": a verb
    j = i - 1
    while j >= 0 and tokens[j].lower() in _BETWEEN_COPULA_AND_DUE:
        j -= 1  # "is now due to"
    if (tokens[j].lower() if j >= 0 else "") not in ("is", "are", "was", "were", "'s"):
        return True  # "closed on Thursday due to a flood", "due to snow", "due to injury"
    return any(meaning.is_event(meaning.normalise(w)) for w in after[1:4])  # "is due to the storm", not "to the board"


#: Adverbs between a copula and "due": "is now due to face trial".
_BETWEEN_COPULA_AND_DUE = frozenset({"now", "still", "also", "originally", "already", "again", "then", "not"})
#: Causes named by a bare noun that is also a verb ("due to snow"), which a bare
#: verb after "due to" is not ("due to face trial", "due to land").
_CAUSE_NOUNS = frozenset({"snow", "rain", "fog", "ice", "wind", "flooding", "weather", "illness", "injury", "works"})


def _bare_cause(word: str) -> bool:
    """A bare noun after "due to" that names a cause: a noun that is no verb, a
    plural ("due to strikes", "due to repairs": no verb follows "to" with an -s),
    or a known cause."""
    if word in _CAUSE_NOUNS or (meaning.classes(word, "n") and not meaning.classes(word, "v")):
        return True
    infinitive = word in meaning.base_forms(word, "v")  # ("due to discuss", "due to focus": verbs)
    return word.endswith("s") and not infinitive and any(b != word for b in meaning.base_forms(word, "n"))


def _classify(tokens: list[str], i: int) -> str | None:
    """Tense signalled by token ``i``: "past", "future", "present" or None."""
    t = tokens[i].lower().replace("’", "'")
    nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
    prev = tokens[i - 1].lower().replace("’", "'") if i > 0 else ""
    prev2 = tokens[i - 2].lower() if i > 1 else ""
    if t == "due" and _due_to_a_cause(tokens, i):
        return None  # "is due to a flood", "due largely to the storm": a cause, no time
    if (t in _TO_FUTURE and nxt == "to") or t in ("scheduled", "slated"):
        # "set to resume", "due to arrive", but "was expected to", "had been
        # scheduled to" are expectations in the past
        return "past" if prev in ("was", "were", "had", "been") or prev2 in ("was", "were", "had") else "future"
    if t == "due" and prev in ("is", "are", "'s", "was", "were"):
        # "is due in court on Thursday": an appointment ahead; "was due" one past
        return "past" if prev in ("was", "were") else "future"
    if t == "next" and nxt == "to":
        return None  # "in the blasts next to the embassy": beside it, no time ahead
    if t == "will" and (prev in _OWNERS or prev.endswith("'s")):
        return None  # "changed his will", "the will of the council": a noun
    if t in _FUTURE or t.endswith("'ll"):
        return "future"
    if t in _MODAL:
        return "future" if (WOULD_IS_FUTURE and t == "would") else None
    if t in _PRESENT:
        return "present"
    is_past = (
        t in _PAST_IRREG
        or (t.endswith("ed") and len(t) > 4 and t not in _NOT_PAST_ED and not t.endswith("eed"))
        or t in ("agreed", "freed", "guaranteed")
    )
    if not is_past:
        return None
    if t in ("ago", "yesterday", "earlier", "previously", "last", "recently"):
        return "past"
    # look at the auxiliaries before a participle: "will be held", "has been held"
    for j in range(i - 1, max(-1, i - 4), -1):
        a = tokens[j].lower().replace("’", "'")
        if a in _AUX_FUT or a.endswith("'ll"):
            return "future"
        if a in _MODAL:
            return "future" if (WOULD_IS_FUTURE and a == "would") else None
        if a in _AUX_PRESENT:
            return "present"
        if a in ("had", "has", "have", "was", "were", "did"):
            return "past"
        if a not in _AUX_SKIP and not a.endswith("ly"):
            break
    return "past"


_DEADLINE = {"until", "till"}
#: A comma, colon, semicolon or dash between clauses (not "1,200" nor "10:30"; not a
#: bracket, which more often restates the time: "at 4 in the morning (4 a.m. Thursday)").
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|[;\u2014]|\s[-\u2013]\s")
#: After the expression, a bracket opens another clause too: "on Thursday (police said)".
_CLAUSE_BREAK_AFTER = re.compile(_CLAUSE_BREAK.pattern + r"|\(")
#: The verbs of an attribution set off by commas (", officials said,").
_SAID = r"(?:said|says|told|added|reported)"
#: An apposition between commas ("arrested Tom Reyes, 32, on Thursday"): no clause break.
_APPOSITION = re.compile(
    r",\s*(?![^,]*\b" + _SAID + r"\b)[\w.'\u2019-]+(?:\s+[\w.'\u2019-]+){0,2}\s*,", re.IGNORECASE
)  # (not ", officials said,": an attribution between two clauses)


#: An attribution set off by commas: ", officials said,", ", he told reporters,".
_ASIDE = re.compile(r",\s*(?:[\w.'\u2019-]+\s+){0,3}" + _SAID + r"\b[^,.;]{0,30},", re.IGNORECASE)


def _asides(left: str) -> list[tuple[int, int]]:
    """The attributions set off by commas between two clauses ("The strike ended
    in March, officials said, and on Thursday ..."): only after a clause with a
    verb of its own, not after a lead-in ("Meanwhile, the ministry said, on
    Thursday, ...", "Reyes, 41, said, on Thursday, ..."), where "said" is the verb."""
    out = []
    for m in _ASIDE.finditer(left):
        before = _TOKEN.findall(left[: m.start()])
        if any(_classify(before, k) for k in range(len(before))):
            out.append(m.span())
    return out


#: The future cues of a verb group that reach a weekday words away: an auxiliary
#: ("will vote on the new plant on Friday"), not an adjective ("the next generation
#: of farmers", "the upcoming venue") nor a verb that only expects ("expects full
#: recovery after the outage on Sunday").
_REACHING = frozenset({"will", "shall", "won't", "wont", "gonna"})
#: What stands before "plans to" as a noun ("Acme's plans to build", "against the plans to").
_BEFORE_A_NOUN = _DETERMINERS | frozenset({"of", "against", "over", "about", "for", "on", "to", "at", "by"})


def _reaching(tokens: list[str], k: int) -> bool:
    """Whether the future cue at ``k`` is one of a verb group (:data:`_REACHING`,
    "is set to", "is expected to", "scheduled"), which may reach a weekday words
    away; not "plans to" as a noun ("Acme's plans to build a depot")."""
    t = tokens[k].lower().replace("’", "'")
    nxt = tokens[k + 1].lower() if k + 1 < len(tokens) else ""
    prev = tokens[k - 1].lower().replace("’", "'") if k > 0 else ""
    if t in _REACHING or t.endswith("'ll"):
        return True
    if any(w.lower().replace("’", "'") in _REACHING for w in tokens[max(0, k - 3) : k]):
        return True  # a participle after the auxiliary: "will be sentenced", "will have left"
    if t in ("scheduled", "slated"):
        return True
    if nxt == "to" and t in _TO_FUTURE:
        return not (t in ("plan", "plans") and (prev in _BEFORE_A_NOUN or prev.endswith("'s")))
    return False


#: A weekday and a word that pairs it with the next one ("Saturday and", "Tuesday to").
_PAIRED_DAY = re.compile(
    r"\b((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s*(?:and|or|to|through|-|\u2013)\s*$", re.IGNORECASE
)


def _tense(text: str, s: int, e: int) -> str | None:
    """ "past", "future" or None from the nearest tense cue in the sentence; a
    cue in the expression's own clause wins over one past a comma or dash on
    its right (the attribution's "said" of "will appear on Thursday, police said")."""
    left, right = _sentence_window(text, s, e)
    own = _own_tense(left, right)
    paired = _PAIRED_DAY.search(left)
    if own is None and paired is not None:
        # "on Saturday and Sunday", "from Tuesday to Wednesday": a second day with no
        # cue of its own in reach is told in the tense of the first
        start = s - len(left) + paired.start(1)
        return _tense(text, start, start + len(paired.group(1)))
    return own


def _own_tense(left: str, right: str) -> str | None:
    """The tense of the cues in the text left and right of an expression, in
    its sentence (see :func:`_tense`)."""
    lmatches = list(_TOKEN.finditer(left))
    lt = [m.group(0) for m in lmatches]
    if lt and lt[-1].lower() in _DEADLINE:
        # "gave them until mid-November", "postponed until Saturday": the end of a
        # period that starts with the event, so later than it; only a past
        # perfect ("had not ... until Thursday") puts it in the past
        words = {w.lower() for w in lt + _TOKEN.findall(right)}
        return "past" if words & {"had", "hadn't"} else "future"
    rmatches = list(_TOKEN.finditer(right))
    rt = [m.group(0) for m in rmatches]
    best: tuple[float, str] | None = None
    own_clause = False  # the left cue is in the expression's clause: no comma or dash between
    reaching = False  # the left cue is a verb's that may reach further (:func:`_reaching`)
    asides = _asides(left)
    for k in range(len(lt) - 1, -1, -1):
        if any(a <= lmatches[k].start() < b for a, b in asides):
            continue  # ("The strike ended in March, officials said, and on Thursday ...": an aside)
        c = _classify(lt, k)
        if c and (c != "present" or PRESENT_BLOCKS):
            best = (len(lt) - k, c)
            own_clause = _CLAUSE_BREAK.search(_APPOSITION.sub(" ", left[lmatches[k].end() :])) is None
            reaching = _reaching(lt, k)
            break
    for k in range(len(rt)):
        c = _classify(rt, k)
        if c and (c != "present" or PRESENT_BLOCKS):
            d = k + 1 + 0.5  # a cue before the expression wins ties
            if (
                best is not None
                and own_clause
                and (best[0] <= MAX_CUE_DISTANCE or reaching and best[1] == "future" and best[0] <= CLAUSE_CUE_DISTANCE)
                and _CLAUSE_BREAK_AFTER.search(right, 0, rmatches[k].start())
            ):
                # "will appear in court on Thursday, police said": a verb past a
                # comma or dash is another clause's (here the attribution's); a
                # cue in the expression's own clause decides
                break
            if best is None or d < best[0]:
                best = (d, c)
                own_clause = False  # (only a cue on the left reaches past MAX_CUE_DISTANCE)
            break
    if best is None or best[1] == "present":
        return None
    if best[0] > MAX_CUE_DISTANCE and not (
        own_clause and reaching and best[0] <= CLAUSE_CUE_DISTANCE and best[1] == "future"
    ):
        # a future cue of the expression's own clause reaches further ("The Northvale
        # city council is expected to vote on the new Acme plant on Friday"); a past
        # one need not, the past being what a weekday without a cue is
        return None
    return best[1]
