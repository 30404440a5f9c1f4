"""Small text utilities shared by the extractors: tokens with offsets,
normalisation and stop words."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

# Quote marks, apostrophes and dashes in their many typographic forms.
_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

WORD_RE = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019.\-][A-Za-z0-9\u00c0-\u024f]+)*")

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "so",
        "yet",
        "of",
        "to",
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
        "then",
        "that",
        "this",
        "these",
        "those",
        "there",
        "here",
        "it",
        "its",
        "it's",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "doing",
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
        "i",
        "me",
        "my",
        "we",
        "us",
        "our",
        "you",
        "your",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "both",
        "each",
        "few",
        "more",
        "most",
        "other",
        "some",
        "such",
        "only",
        "own",
        "same",
        "too",
        "very",
        "just",
        "also",
        "s",
        "t",
        "not",
        "no",
        "never",
        "n't",
        "up",
        "down",
        "out",
        "off",
        "again",
        "further",
        "once",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "according",
        "while",
        "after",
        "before",
        "since",
        "until",
        "because",
        "if",
        "though",
        "although",
        "whether",
        "whose",
        "per",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)

NEGATION_WORDS = frozenset(
    [
        "not",
        "no",
        "never",
        "n't",
        "nor",
        "neither",
        "none",
        "nobody",
        "nothing",
        "nowhere",
        "without",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "shouldn't",
        "wouldn't",
        "couldn't",
        "mustn't",
    ]
)


def fold(text: str) -> str:
    """Typographic folding: curly quotes, dashes and no-break spaces to ASCII."""
    return unicodedata.normalize("NFKC", text).translate(_TRANSLATE)


def tokens(text: str, offset: int = 0) -> list[tuple[str, int, int]]:
    """Word tokens with absolute offsets."""
    return [(m.group(), m.start() + offset, m.end() + offset) for m in WORD_RE.finditer(text)]


def normalize_space(text: str) -> str:
    return " ".join(text.split())


def slug(text: str) -> str:
    s = fold(text).casefold()
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s or "x"


#: Personal pronouns in every case ("he", "him", "his"): a word that points at
#: a person without naming one.
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "my",
        "mine",
        "we",
        "us",
        "our",
        "ours",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
    ]
)

#: Words that stand in for something without naming it: the personal pronouns,
#: demonstratives, relatives and indefinites ("this", "who", "someone").
STAND_INS = PRONOUNS | frozenset(
    [
        "this",
        "that",
        "these",
        "those",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "there",
        "here",
        "one",
        "someone",
        "somebody",
    ]
)


#: Number words: the units, the teens and the tens (compounds such as
#: "twenty-one" are read from these by the time and quantity readers).
ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

#: Month names and their abbreviations, lower case.
MONTH_WORDS = frozenset(
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
#: Verbs whose past tense is written as their base form ("cost", "hit", "cut"): after
#: a singular noun ("The deal cost", "The quake hit") the word is a past verb, which a
#: tagger may take for a noun of a compound.
PAST_AS_BASE = frozenset(
    {
        "bet", "bid", "broadcast", "burst", "cast", "cost", "cut", "forecast", "hit", "hurt", "let",
        "put", "quit", "set", "shed", "shut", "split", "spread", "thrust", "upset",
    }
)  # fmt: skip

#: Weekday names, lower case.
WEEKDAY_WORDS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
#: Ordinal words, first to twelfth, in order.
ORDINAL_WORDS = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
)

#: Verbs that hold or schedule an event: "the vote will be held on March 3", "the
#: hearing is scheduled for Monday" tell a plan's day (:data:`PLANNED_ACTS`).
HOLDING_VERBS = frozenset({"hold", "stage", "host"} | {"schedule", "reschedule", "slate", "set"})
#: Acts whose day people plan, and may move: a day told ahead of one of them is a
#: plan's ("the vote will be held on March 3", "Acme will launch the phone on
#: Friday", "the trial is scheduled to begin on Monday"). Not what the calendar
#: or nature brings ("will turn 50", "Easter will fall on", "the comet will pass").
PLANNED_ACTS = (
    HOLDING_VERBS
    | {"take place", "begin", "start", "open", "reopen", "close", "launch", "release", "resume", "unveil"}
    | {"vote", "meet", "convene", "visit", "arrive", "depart", "travel", "fly", "return", "attend", "address"}
    | {"air", "broadcast", "premiere", "debut", "play", "perform", "face", "sign", "announce", "present"}
    | {"publish", "issue", "deliver", "ship", "hear", "sentence", "try", "rule", "decide", "testify"}
    | {"inaugurate", "swear", "marry", "wed", "retire", "resign", "strike", "march", "rally", "protest"}
    | {"end", "bury", "go ahead"}
)
#: Words of days no one plans or moves: holidays, seasons, the sky's events, and
#: what a date of one's life brings ("Ramadan will begin on", "spring will begin on",
#: "his birthday", "the anniversary"), whatever verb tells them.
CALENDAR_WORDS = frozenset(
    {"birthday", "anniversary", "holiday", "eclipse", "moon", "supermoon", "sun", "solstice", "equinox"}
    | {"comet", "meteor", "shower", "tide", "daylight", "clock", "spring", "summer", "autumn", "winter"}
    | {"easter", "christmas", "ramadan", "eid", "hanukkah", "passover", "diwali", "thanksgiving", "halloween"}
    | {"lent", "advent", "pentecost", "kippur", "hashanah", "day", "year"}
)
#: Words of a plan's clause that tell it was changed ("will now be held on March 10",
#: "will instead be held on", "the postponed vote will be held on"): the day is the new one.
CHANGED_PLAN = frozenset({"now", "instead", "rescheduled", "postponed", "delayed", "deferred", "pushed", "moved"})
#: Words of a plan told as since changed or not now held ("was originally scheduled
#: for", "had been due to open on"): the day is the old plan's, stated as fact.
FORMER_PLAN = frozenset({"originally", "initially", "previously", "formerly", "had"})
#: Verbs that say an event happened without saying what it was: with an event
#: noun as subject ("the explosion occurred on Friday", "a fire broke out", "the
#: quake struck"), the noun names the event the clause dates and places.
OCCURRENCE_VERBS = frozenset(
    [
        "occur",
        "happen",
        "take place",
        "start",
        "begin",
        "break out",
        "erupt",
        "strike",
        "hit",
        "shake",
        "rock",
        "unfold",
        "end",
    ]
)

#: Words right before a date that make it the day a measure starts to apply: "tariffs
#: on autos (effective May 3)", "a 5% tax on sugary drinks starting January 1".
START_CUES = frozenset({"effective", "starting", "beginning"})
#: Verb phrases that say a measure starts to apply, as (verb, the word that makes the
#: phrase): "takes effect", "goes into effect", "comes into force", "kicks in".
TAKING_EFFECT = frozenset(
    {("take", "effect"), ("go", "effect"), ("come", "effect"), ("come", "force"), ("enter", "force"), ("kick", "in")}
)
#: Words between a start cue or phrase and its date that make the date no start: a bound
#: ("effective until May 3", "takes effect no later than May 3") or a condition.
NOT_A_START = frozenset({"until", "till", "through", "before", "after", "by", "later", "if", "unless"})
#: Words of a sentence that tell a measure's start was changed: "which were delayed, now take
#: effect May 3", "will instead take effect May 3".
REVISED = frozenset({"now", "instead", "anymore", "rescheduled", "again", "too"})
#: Nouns of a body that makes measures, whose owner is the maker ("the Westshire government").
GOVERNING = frozenset(
    {"government", "administration", "ministry", "department", "cabinet", "parliament", "congress", "council"}
    | {"regime", "authority", "authorities", "president", "presidency", "legislature", "assembly", "senate"}
)
#: Verbs of putting a measure off (:data:`REVISED`): "postponed last week, take effect May 3".
DELAYING = frozenset({"delay", "postpone", "push", "defer", "reschedule", "suspend", "pause", "shelve"})
#: Words right before a start cue that tell a plan since changed: "originally effective April 2".
SUPERSEDED = frozenset({"originally", "initially", "previously", "formerly", "once", "first"})
#: Verbs that bring a measure in, whose object's start a start cue tells ("imposed a tariff on
#: cars, starting April 2"); not verbs that change, suspend or end one ("raised", "cut",
#: "lifted", "suspended", "delayed", "extended").
IMPOSING = frozenset(
    {"impose", "introduce", "levy", "enact", "adopt", "implement", "announce", "order", "declare", "slap", "place"}
)
#: Verbs that change, suspend or end a measure: the day told with one is not the day the
#: measure started ("lifted the tariffs on autos, effective May 1", "cut the tax, starting July 1").
CHANGING = frozenset(
    {
        *("lift", "end", "suspend", "scrap", "halt", "relax", "roll", "amend", "cut", "lower", "raise"),
        *("reduce", "increase", "extend", "cancel", "repeal", "revoke", "waive", "ease", "tighten"),
        *("double", "triple", "halve", "remove", "drop", "modify", "adjust", "revise", "delay"),
        *("postpone", "pause", "rescind", "overturn", "withdraw", "abolish", "phase", "replace"),
        *("expand", "exempt", "hike", "slash", "trim", "retract", "reverse", "strike", "kill"),
        *("restore", "resume", "reinstate", "renew", "block", "stop", "spare", "win", "escape", "avoid"),
    }
)
#: Words on a measure's noun that make it another or a changed one, not the measure whose
#: start another article tells: "an additional 25% tariff", "the increased tariff", "a draft
#: tax", "a proposed ban".
ANOTHER_MEASURE = frozenset(
    {
        *("additional", "further", "another", "similar", "draft", "increase", "increased", "hike"),
        *("hiked", "revise", "revised", "update", "updated", "higher", "lower", "new", "second"),
        *("extra", "proposed", "propose", "planned", "possible", "potential", "retaliatory", "reciprocal"),
    }
)
#: Verbs that tell what is hoped for or urged, not what is: "hoped the tariff would take effect".
HOPING = frozenset({"hope", "wish", "want", "urge", "seek", "threaten", "consider", "mistake", "lobby", "demand"})
#: Nouns of a change to a measure: "a reduction in the tariff", "a halt to the tariff".
CHANGE_NOUNS = frozenset(
    {
        *("reduction", "cut", "halt", "suspension", "exemption", "increase", "hike", "rise", "removal"),
        *("repeal", "end", "extension", "delay", "postponement", "pause", "rollback", "lifting", "waiver"),
        *("relief", "review", "change", "amendment", "revision", "cancellation", "freeze", "doubling"),
    }
)
#: Verbs of a measure starting to apply, whose subject is the measure ("the tax would
#: apply, starting July 1").
APPLYING = frozenset({"apply", "begin", "start", "commence"})
#: Nouns that name a measure, beside what Open English Wordnet reads as a kind of tax,
#: fee, prohibition, sanction, restriction, regulation or law: "tariff", "curfew".
MEASURE_NOUNS = frozenset(
    {
        *("tariff", "duty", "levy", "tax", "surcharge", "fee", "toll", "fare", "ban", "embargo", "curfew"),
        *("moratorium", "sanction", "restriction", "quota", "cap", "mandate", "requirement", "rule"),
        *("regulation", "law", "policy", "lockdown", "ceasefire", "truce", "freeze", "limit"),
    }
)

#: The state people are left in by an event, and the act that counts them: "left three dead"
#: (killed three), "12 injured" (injured 12).
CASUALTY_ACTS = MappingProxyType({"dead": "kill", "injured": "injure", "wounded": "wound", "hurt": "injure"})

#: Verbs whose object (or passive subject) is people, so that a bare number there counts
#: people ("five were killed", "police arrested 46"); "die" counts its subject.
PEOPLE_VERBS = frozenset(
    {
        *("kill", "die", "injure", "wound", "hurt", "murder", "arrest", "detain", "rescue"),
        *("evacuate", "hospitalize", "hospitalise", "kidnap", "abduct"),
    }
)

#: Verbs that say their complement is not so ("denied that five people died").
DENYING = frozenset({"deny", "dispute", "refute", "reject", "doubt", "discount", "dismiss", "contest"})

#: Words after a figure of a measure that say which dimension it gives ("600m
#: high", "20 km away", "30 metres below the surface").
SIZE_WORDS = frozenset({"high", "long", "deep", "tall", "wide", "away", "above", "below", "beneath", "under"})

#: Symbols of units of measure written after a figure ("10 km", "2000ft", "fell
#: 600m") and the unit each stands for. A bare "m" is also a scale ("2m users"),
#: so the number reader decides when it is metres.
UNIT_SYMBOLS: Mapping[str, str] = MappingProxyType(
    {
        "m": "metre", "km": "kilometre", "cm": "centimetre", "mm": "millimetre", "ft": "foot", "mi": "mile",
        "kg": "kilogram", "lb": "lb", "lbs": "lb",
        "mph": "mile per hour", "km/h": "kilometre per hour", "kph": "kilometre per hour",
    }
)  # fmt: skip

#: Units of time and the days they last (a month is 28 to 31 days, a year 365 or 366).
TIME_UNIT_DAYS: Mapping[str, tuple[float, float]] = MappingProxyType(
    {
        "second": (1 / 86400, 1 / 86400), "minute": (1 / 1440, 1 / 1440), "hour": (1 / 24, 1 / 24),
        "day": (1.0, 1.0), "week": (7.0, 7.0), "fortnight": (14.0, 14.0), "month": (28.0, 31.0),
        "year": (365.0, 366.0), "decade": (3652.0, 3653.0), "century": (36524.0, 36525.0),
    }
)  # fmt: skip

#: Nouns a length of time qualifies without being how long they last: when a service
#: runs ("24-hour service", "seven-day helpline"), a point ("the 100-day mark"), a window
#: ("seven-day average"), a plan or a security's term ("a 10-year bond").
NOT_LENGTHS = frozenset(
    {
        "service",
        "helpline",
        "hotline",
        "line",
        "mark",
        "average",
        "bond",
        "note",
        "bill",
        "yield",
        "rate",
        "window",
        "plan",
    }
)

#: Leave is counted in working days ("a 20-day leave" is four weeks).
#: Words of a day or a stretch of time ("on Monday", "last March", "this week", "Sunday night").
TIME_WORDS = frozenset(
    {w.casefold() for w in (*WEEKDAY_WORDS, *MONTH_WORDS)}
    | {"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"}
    | {"day", "week", "month", "year", "weekend"}
)
#: Parts of a game or a meeting that a figure can be told for: "10 points in the first
#: half", "500 cars in the second quarter", "in the final round".
PERIOD_PARTS = frozenset({"half", "quarter", "period", "inning", "round", "set", "lap", "leg", "stage", "session"})
#: Stretches of time that a figure can be told for, counted from a point: "in the
#: past 24 hours", "in the first two weeks" (not a date: "the first week of May").
PERIOD_SPANS = frozenset({"minute", "hour", "day", "night", "week", "month", "year", "decade", "season", "term"})
PERIOD_NOUNS = PERIOD_PARTS | PERIOD_SPANS
#: Words whose score tells how a game ended: "beat Northvale 91-73", "a 27-24 loss", "won
#: 3-1", "the final score was 2-1". Not a lead ("led 45-30 at halftime": a moment of the
#: game), a record or a start ("improved to 9-14", "a 9-14 start": they change with every
#: game), a series standing, nor the tally of a vote (a story often tells several votes
#: of one body, and which measure each was on is not read).
GAME_RESULT_WORDS = frozenset(
    {"win", "victory", "triumph", "beat", "defeat", "lose", "loss", "edge", "top", "rout", "trounce", "thrash"}
    | {"outlast", "draw", "score", "scoreline"}
)
#: Of those, the words that tell a result only as nouns: "the final score was 2-1", not
#: "Ana Ruiz scored 9-10 from the line" (a scorer's own figures).
RESULT_NOUNS_ONLY = frozenset({"score", "scoreline"})
#: Of those, the words that tell a result only as verbs: "edged Northvale 3-2", not "a
#: 44-26 rebounding edge". A tie is left out: "tied the game at 13-13", "broke a 12-12
#: tie" are moments of a game far more often than its end, and so is "outscored".
RESULT_VERBS_ONLY = frozenset({"edge", "top"})
#: Objects of a result verb that name the game itself: "won the game 3-1". Any other
#: ("won the second set 6-4", "won Game 3 4-2", "won the series 4-2") is a part of a
#: match or a standing.
GAME_NOUNS = frozenset({"game", "match", "contest", "final", "matchup", "meeting", "showdown", "fixture"})
#: What a player or a team is credited with in a game, counted, in words that name
#: nothing else: "had 11 rebounds", "threw three touchdowns", "pitched seven innings".
SPORTS_STATISTICS = frozenset(
    {"rebound", "assist", "touchdown", "rbi", "strikeout", "homer", "inning", "birdie", "wicket", "three-pointer"}
)
#: Words that count what a player or a team is credited with in a game in a game report,
#: and other things elsewhere ("fell 500 points", "50 basis points", "300 yards away").
GAME_STATISTICS = frozenset(
    {"point", "yard", "pass", "goal", "run", "hit", "save", "board", "sack", "tackle", "basket", "reception"}
    | {"carry", "rush", "turnover", "steal", "interception", "catch", "block"}
)
#: Words that tell a score is of a part of a game or a statistic, not its final result:
#: "14-7 at halftime", "in the second set", "21-10 over the final 12 minutes", "44-26 on
#: the boards". Read between the result word and the score and in the words after it.
PARTIAL_SCORE_WORDS = PERIOD_PARTS | {
    "halftime", "half-time", "interval", "break", "intermission", "tiebreak", "tiebreaker", "minute",
    "board", "glass", "paint",
}  # fmt: skip
#: Words that make every score of their sentence something other than a game's final
#: result: a series, a two-legged tie, a shootout ("beat Westshire 4-3 in a best-of-seven
#: series", "won 4-3 on penalties", "3-1 on aggregate", "5-4 on total goals"), one game of
#: two on a day ("the nightcap of a doubleheader"), judges' cards ("116-112 on two of the
#: cards"), a poll, an election or a vote ("Ruiz beats Reyes 48-44 in a Vexa poll",
#: "among likely voters", "in the runoff"), one of a club's teams, or a friendly.
NOT_FINAL_SCORE_WORDS = frozenset(
    {"series", "aggregate", "total", "penalty", "shootout", "shoot-out", "doubleheader", "double-header"}
    | {"nightcap", "card", "scorecard", "judge", "poll", "survey", "ballot", "vote", "voter", "election"}
    | {"primary", "runoff", "race", "amendment", "bill", "motion"}
    # one of a club's teams the sides' names do not tell apart ("in the women's match,
    # Northvale beat Westshire 2-0")
    | {"women", "men", "girl", "boy", "junior", "youth", "reserve", "under-21", "u-21", "u21", "academy"}
    # a game that is no fixture of the competition ("a 3-1 win in a preseason scrimmage")
    | {"friendly", "exhibition", "scrimmage", "preseason", "pre-season"}
)
#: Words other than ordinals that pick out a part of a period, in the normal form of the
#: ordinals ("the opening half" is the first, "the past 24 hours" the last).
PERIOD_PART_WORDS: Mapping[str, str] = MappingProxyType(
    {
        "opening": "1", "initial": "1", "final": "last", "closing": "last", "past": "last", "previous": "last",
        "next": "next", "coming": "next",
    }
)  # fmt: skip
#: Nouns whose "on" phrase names what they bear on, not where: "sanctions on Russia", "a ban
#: on Westshire", "pressure on Iran", "talks on trade", "an impact on Northvale".
TARGET_NOUNS = frozenset(
    {"sanction", "tariff", "duty", "levy", "tax", "embargo", "ban", "restriction", "curb", "limit", "cap"}
    | {"moratorium", "freeze", "policy", "report", "talk", "pressure", "war", "grip", "stance", "position"}
    | {"view", "focus", "debate", "vote", "decision", "deal", "agreement", "comment", "remark", "statement"}
    | {"news", "update", "information", "data", "study", "inquiry", "hearing", "crackdown", "demand", "claim"}
    | {"impact", "effect", "influence", "emphasis", "hold"}
)
LEAVE_NOUNS = frozenset({"leave", "holiday", "vacation"})

#: Verbs whose subject is who was killed ("five people died": as "five people were killed").
DYING = frozenset({"die", "perish", "pass away"})
#: The verbs of dying whose subject's age at death an age phrase gives ("succumbed at 77").
DYING_VERBS = DYING | {"succumb"}
#: Words before a verb that tell it did not quite happen: "almost died at 19".
NEARLY_WORDS = frozenset({"nearly", "almost", "narrowly", "barely", "practically", "virtually"})
#: The last words of a street's name: an address is finer than a town ("Tom Reyes of
#: Newton Street" may well be "of Millom"), so it is no one's home town.
STREET_WORDS = frozenset(
    {
        *("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd"),
        *("way", "close", "crescent", "terrace", "court", "ct", "place", "pl", "square", "highway", "row"),
    }
)
#: Last words of the names of places, bodies, works and events: a name that ends so
#: ("Beverly Hills", "Grace Hospital", "Morgan Stanley Bank") is no person's, whatever
#: its first word.
NOT_PERSON_NAME_ENDS = frozenset(
    {
        *STREET_WORDS,
        *("hills", "springs", "beach", "falls", "heights", "valley", "island", "islands", "lake", "river"),
        *("creek", "bay", "harbor", "harbour", "port", "point", "mountain", "mountains", "park", "county"),
        *("university", "college", "academy", "institute", "school", "foundation", "fund", "trust", "bank"),
        *("group", "holdings", "partners", "motors", "airlines", "airways", "records", "studios", "pictures"),
        *("films", "entertainment", "media", "news", "times", "post", "herald", "tribune", "journal", "press"),
        *("hall", "tower", "towers", "arena", "stadium", "center", "centre", "memorial", "museum", "library"),
        *("gardens", "garden", "club", "society", "association", "council", "committee", "commission"),
        *("party", "church", "cathedral", "chapel", "hospital", "clinic", "hotel", "inn", "station"),
        *("bowl", "award", "awards", "prize", "trophy", "cup", "act", "law", "day", "show", "festival"),
        *("oval", "budget", "initiative"),
        *("tournament", "open", "classic", "company", "inc", "incorporated", "corp", "corporation", "co"),
        *("ltd", "limited", "llc", "plc", "lp", "llp", "ag", "gmbh", "nv"),
    }
)
#: The word of a death, and the verbs that tell one of the person they are about
#: ("died", "passed away", "was killed", "was murdered"): one event, however told.
DEATH = "die"
DEATHS = DYING | {"kill", "murder", "assassinate", "slay"}
#: Verbs and states that count the people hurt, not the dead.
HURT = frozenset({"injure", "wound", "hurt", "injured", "wounded"})

#: Events that happen once to what they are about, with the argument that names
#: it: a person dies once, a company is founded once. Two dates for one of them
#: are a contradiction even in one article, never two occurrences.
ONCE_EVENTS = {
    "die": "subject",
    "pass away": "subject",
    "kill": "object",
    "murder": "object",
    "assassinate": "object",
    "found": "object",
    "establish": "object",
    "build": "object",
    "construct": "object",
}

#: Events that happen once to an organisation named as their object: a company
#: is started, launched, co-founded or acquired once ("started Acme in 1976").
#: Only for an organisation: a player is "started" every game.
ONCE_FOR_ORGANISATIONS = {
    "start": "object",
    "launch": "object",
    "cofound": "object",
    "co-found": "object",
    "create": "object",
    "acquire": "object",
}

#: Abbreviated titles written before a name ("Gov. Ann Lee", "Lt. Gov. Ann
#: Lee", "Sgt. Tom Ray"), which the sentence splitter takes for a sentence's
#: end. Not "Jr." (after a name), "St." or "Dr." (streets, drives), "Sec."
#: (seconds) or "Ret." (after a name).
NAME_TITLE_ABBREVIATIONS = frozenset(
    {
        "Adm", "Ald", "Amb", "Asst", "Atty", "Capt", "Cdr", "Cllr", "Cmdr", "Col", "Comdr", "Const", "Cpl",
        "Cst", "Det", "Gen", "Gens", "Gov", "Hon", "Insp", "Lieut", "Lt", "Maj", "Msgr", "Pres", "Prof",
        "Pvt", "Rep", "Reps", "Rev", "Sen", "Sens", "Sgt", "Sgts", "Spc", "Supt",
    }
)  # fmt: skip


#: Words that end a name and tell a generation ("Tom Ray Jr."): another person than the name without them.
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Ranks and offices of the armed forces, the police and the courts, written
#: in full before a name ("Commander Ana Ruiz", "Detective Tom Ray", "District
#: Attorney Ann Lee"): only a person holds one. Not "general" or "major",
#: which open names of other things ("General Widgets", "Major League").
RANK_TITLES = frozenset(
    {
        "admiral", "commodore", "commander", "colonel", "brigadier", "lieutenant", "ensign", "sergeant",
        "corporal", "constable",
        "detective", "inspector", "superintendent", "trooper", "officer", "deputy", "sheriff", "marshal",
        "agent", "attorney", "prosecutor",
    }
)  # fmt: skip


#: Verbs whose passive takes a bare noun naming what the subject was made ("was
#: elected mayor", "was named coach of the year", "was crowned champion"): the
#: office is part of what happened (elected mayor and elected deputy mayor are two elections).
NAMING_VERBS = frozenset(
    {"elect", "re-elect", "reelect", "name", "appoint", "crown", "choose", "select", "vote", "dub", "proclaim"}
)
