"""What each number counts or measures (unit, currency, qualifier, ranges): the Quantity models, and extract_quantities."""

from __future__ import annotations

import re
from decimal import Decimal

from ...knowledge import meaning
from ...model.models import Quantity, Span
from ...text.words import SIZE_WORDS
from .scan import _after_label, _LazyMasks, _money_prefix, _Num, _prev_word, _scan_numbers
from .values import _is_plural, format_value, singular
from .vocab import (
    _ADJ_CURRENCY,
    _CASUALTY,
    _HYPHEN_MONEY_WORD,
    _MONEY_ABBR,
    _MONEY_ABBR_RE,
    _MONTH_BEFORE,
    _NOUN_RE,
    _NUMBER_WORDS,
    _ONE_ADJ,
    _ONE_BLOCKERS,
    _ONE_IDIOMS,
    _PERCENT,
    _QUALIFIER,
    _RANGE_JOIN,
    _SCALES,
    _STOP,
    _SUFFIX_CODE,
    _SUFFIX_MONEY_WORD,
    _WORD_CURRENCY,
    _YEAR_PRE,
    MEASURE_SYMBOL_RE,
    MEASURE_SYMBOLS,
)

# --------------------------------------------------------------------------- units


def _count_noun(text: str, pos: int, end: int, value: Decimal) -> tuple[str, int] | None:
    """The counted noun after a number: (singular lemma, end offset)."""
    words: list[tuple[str, int]] = []
    i = pos
    while len(words) < 4:
        m = re.match(r"[ \t]+|[ \t]*\n[ \t]*", text[i:end])
        if not m and not words and text[i : i + 1] == "-":
            # "returned it 65-yards": a measure in the plural joined by a hyphen is
            # counted, as "65 yards" ("a 90-day stay", "10-year-olds", "five
            # 3-pointers", "2-millions" are not counts of it)
            wm = _NOUN_RE.match(text, i + 1, end)
            if (
                wm
                and "-" not in wm.group()
                and _is_plural(wm.group())
                and text[wm.end() : wm.end() + 1] != "-"
                and not any(
                    w in words
                    for w in (wm.group().lower(), singular(wm.group()).lower())
                    for words in (_STOP, _NUMBER_WORDS, _SCALES)
                )
                and meaning.is_a(singular(wm.group()), "measure")
            ):
                return singular(wm.group()), wm.end()
            break
        if not m:
            break
        wm = _NOUN_RE.match(text, i + m.end(), end)
        if not wm:
            break
        words.append((wm.group(), wm.end()))
        i = wm.end()
    if not words:
        return None
    if words[0][0].lower() in _CASUALTY and (
        len(words) == 1
        or (words[1][0].lower() in _STOP and not (words[1][0].lower() in ("or", "and") and len(words) > 2))
    ):  # (not "five dead or missing": "three dead and 12 injured" is two counts)
        # "left three dead and 12 injured", "two wounded in the attack": a count of people
        return "person", words[0][1]
    if value == 1:
        for k, (w, e) in enumerate(words[:2]):
            lw = w.lower()
            if lw in _ONE_ADJ and k == 0:
                continue
            if lw in _STOP or lw in _ONE_IDIOMS or lw in _NUMBER_WORDS or _is_plural(w) or lw.endswith(("ly", "ed")):
                return None
            if text[e : e + 2] in ("'s", "’s"):
                return None
            return singular(w), e
        return None
    if len(words) > 1 and words[0][0].lower() in ("year", "month", "week", "day", "hour", "minute"):
        return None  # "a 10 year old girl", "a 2 hour council meeting": the number measures, counts nothing
    for k, (w, e) in enumerate(words):
        lw = w.lower()
        if lw in _STOP or lw in _NUMBER_WORDS or lw in _SCALES:
            return None
        if w[:1].isupper() and k + 1 < len(words) and _named_before(w, words[k + 1][0]):
            continue  # a name before the counted noun: "2m Windows users", "3 Boeing jets"
        if _is_plural(w):
            return singular(w), e
        if _people_of(w):
            return w[:-1].lower(), e
    return None


def _named_before(word: str, nxt: str) -> bool:
    """Whether a capitalised word before a plural names what the plural counts
    ("Windows users", "Apple stores"), rather than being the counted plural
    itself: people ("six Britons months after", "12 Americans thousands of
    dollars") and a time word after ("eight Britons years after") say it is."""
    if not _is_plural(nxt) or _people_of(word):
        return False
    if _is_plural(word) and meaning.is_a(singular(word), "person"):
        return False
    return not meaning.is_a(singular(nxt), "time period") and not meaning.is_a(singular(nxt), "time unit")


def _people_of(word: str) -> bool:
    """A plural in "-is" that names people ("12 Somalis", "three Israelis"),
    which the plural rule leaves out for "analysis", "crisis", "Paris"."""
    return word[:1].isupper() and word.endswith("is") and meaning.is_a(word[:-1].lower(), "person")


def _quantity(
    article_id: str, text: str, start: int, end: int, value: Decimal, unit: str, notes: list[str]
) -> Quantity:
    v = format_value(value)
    if unit in ("percent",):
        normalized = f"{v} percent"
    elif unit in MONEY_UNITS:
        normalized = f"{unit} {v}"
    else:
        normalized = f"{v} {unit}"
    written = " ".join(text[start:end].split())
    how = f"'{written}' -> {normalized}"
    if notes:
        how += " (" + "; ".join(notes) + ")"
    return Quantity(
        article=article_id,
        span=Span(start=start, end=end),
        text=text[start:end],
        value=float(value),
        unit=unit,
        normalized=normalized,
        how=how,
    )


DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "HKD", "SGD"})
#: The units of a sum of money: the currency codes, and "$" for a dollar of no named country.
MONEY_UNITS = frozenset({"USD", "CAD", "EUR", "GBP", "AUD", "JPY", "CHF", "CNY", "NZD", "HKD", "SGD", "MXN", "$"})


def _qualifier(text: str, pos: int) -> list[str]:
    m = _QUALIFIER.search(text[max(0, pos - 25) : pos])
    return [f"qualified: '{' '.join(m.group('q').split())}'"] if m else []


def _resolve(article_id: str, text: str, num: _Num, end: int) -> None:
    """Attach a unit to ``num`` (sets ``num.qty``) when one is written."""
    tail = text[num.end : end]
    prefix = _money_prefix(text, num.start) if num.written == "digits" else None

    if prefix is not None:  # $1.3 billion, US$5 million, C$10, CAD 5, €3m
        p_start, unit = prefix
        notes = _qualifier(text, p_start)
        q_end = num.end
        am = None if num.scaled else _MONEY_ABBR_RE.match(tail)
        if am:
            num.mult *= _MONEY_ABBR[am.group("abbr")]
            num.value *= _MONEY_ABBR[am.group("abbr")]
            q_end = num.end + am.end()
        code = _SUFFIX_CODE.match(text[q_end:end])
        if code and unit == "$":  # "$5 million USD"
            unit = code.group("code")
            q_end += code.end()
        if unit == "$":
            notes.append("bare '$': currency ambiguous, USD or CAD")
        num.prefix_start, num.currency, num.unit = p_start, unit, unit
        num.qty = _quantity(article_id, text, p_start, q_end, num.value, unit, notes)
        return

    notes = _qualifier(text, num.start)
    pm = _PERCENT.match(tail)
    if pm:  # 25%, 25 per cent, 25-per-cent, 25 percent, 25 pct, 3 percentage points
        unit = "percentage point" if pm.group("pp") else "basis point" if pm.group("bp") else "percent"
        num.unit = unit
        num.qty = _quantity(article_id, text, num.start, num.end + pm.end(), num.value, unit, notes)
        return

    mw = _SUFFIX_MONEY_WORD.match(tail) or (_HYPHEN_MONEY_WORD.match(tail) if _a_hyphenated_sum(text, num) else None)
    if mw:  # 125 billion dollars, 50 cents, ten euros; a two million-euro heist
        word = " ".join(mw.group("word").lower().split())
        adj = (mw.groupdict().get("adj") or "").lower()
        if word.startswith(("dollar", "cent")):
            unit = _ADJ_CURRENCY.get(adj, "$")
            if word.startswith("cent"):
                num.mult /= 100
                num.value /= 100
            if unit == "$":
                notes.append(f"bare '{word}': currency ambiguous, USD or CAD")
        else:
            unit = _WORD_CURRENCY[word]
        num.unit = num.currency = unit
        num.qty = _quantity(article_id, text, num.start, num.end + mw.end(), num.value, unit, notes)
        return

    code = _SUFFIX_CODE.match(tail) if num.written == "digits" else None
    if code:  # 5 million USD
        num.unit = num.currency = code.group("code")
        num.qty = _quantity(article_id, text, num.start, num.end + code.end(), num.value, num.unit, notes)
        return

    sym = MEASURE_SYMBOL_RE.match(tail) if num.written == "digits" and not num.scaled else None
    if sym:  # "10 km", "2000ft", "20kg", "100 mph": a unit of measure written as a symbol
        if _sized_thing(text, num.end + sym.end(), end) or _SMALLER_UNIT.match(text, num.end + sym.end(), end):
            # "a 3.5mm headset jack", "100 mph winds": the size of a thing; "6ft 9in",
            # "9lb 15oz": a figure in two units, not read as its first part
            return
        unit = MEASURE_SYMBOLS[sym.group("sym")]
        num.unit = unit
        num.qty = _quantity(article_id, text, num.start, num.end + sym.end(), num.value, unit, notes)
        return

    am = _MONEY_ABBR_RE.match(tail) if num.written == "digits" and not num.scaled else None
    if am:  # "2m Windows users", "1.5bn people": a scale written short, with no currency
        mult = _MONEY_ABBR[am.group("abbr")]
        noun = _count_noun(text, num.end + am.end(), end, num.value * mult)
        if noun is None or (am.group("abbr") in ("m", "M") and _race(noun[0])):
            # "fell 600m", "600m high": metres; "paid 2m", "2M": a scale with no noun, and "the 400m
            # hurdles", "ran the 100m": a race's name, not a length told; "1m80": 1.80 metres, unread
            at = num.end + am.end()
            if (
                am.group("abbr") == "m"
                and noun is None
                and not text[at : at + 1].isdigit()
                and _a_length(text, num.start, at, end)
            ):
                num.unit = "metre"
                num.qty = _quantity(article_id, text, num.start, num.end + am.end(), num.value, "metre", notes)
            return
        num.mult *= mult
        num.value *= mult
        num.scaled = True
        lemma, n_end = noun
        num.unit = lemma
        num.qty = _quantity(article_id, text, num.start, n_end, num.value, lemma, notes)
        return

    if num.value == 1 and _prev_word(text, num.start) in _ONE_BLOCKERS:
        return  # no one, any one, every one
    if num.written == "digits" and _after_label(text, num.start):
        return  # Section 232 tariffs, Highway 401 drivers, No. 10 staff: identifiers
    noun = _count_noun(text, num.end, end, num.value)
    if noun is not None:  # 169 seats, three people, 1.5 million barrels
        if num.is_year:
            pw = _prev_word(text, num.start)
            if (
                pw in _YEAR_PRE
                or pw in ("its", "their", "his", "her", "our", "my", "your")
                or pw.endswith(("'s", "\u2019s", "s'", "s\u2019"))
                or _MONTH_BEFORE.search(text[max(0, num.start - 30) : num.start])
            ):
                return  # "the 2024 elections", "in 2025 voters"
        lemma, n_end = noun
        num.unit = lemma
        num.qty = _quantity(article_id, text, num.start, n_end, num.value, lemma, notes)
        return

    if num.scaled and num.value >= 10**6:  # "a population of 40 million"
        notes.append("no noun: a count")
        num.unit = "count"
        num.qty = _quantity(article_id, text, num.start, num.end, num.value, "count", notes)


#: The end of a range before a figure ("a 5- to 10-million-dollar deal", "a 3-4-billion-dollar plan").
_RANGE_BEFORE = re.compile(r"\d\s*-?\s*(?:-|\u2013|to)\s*$")


def _a_hyphenated_sum(text: str, num: _Num) -> bool:
    """Whether a figure before a hyphenated currency word is a sum told
    (:data:`_HYPHEN_MONEY_WORD`): not a year ("in 2008-dollar terms"), not "a
    million-dollar home" (an idiom for a large sum, no figure), not the end
    of a range."""
    if num.is_year and not num.scaled:
        return False
    if num.written == "words" and text[num.start : num.end].split()[0].casefold() in ("a", "an"):
        return False
    return not _RANGE_BEFORE.search(text[max(0, num.start - 8) : num.start])


#: Words before a figure in "m" that make it a length: a fall, a climb, a dive.
_MOVED = frozenset({"fell", "fall", "falls", "falling", "fallen", "plunged", "plunging", "climbed", "climbing"})
_MOVED |= frozenset({"descended", "dived", "dove", "diving", "swam", "swimming", "jumped", "leapt"})
_LEVEL = frozenset({"to", "at", "of", "from", "by"})
#: Words of money and markets: a sentence with one reads "m" as millions ("sales fell 2m").
_MONEY_WORDS = re.compile(
    r"\b(?:sales?|profits?|revenues?|shares?|stocks?|prices?|funds?|investors?|earnings|income|loss(?:es)?"
    r"|costs?|budgets?|debts?|deficits?|values?|subscribers?|users?|viewers?|customers?|paid|pay|raised?|worth)\b",
    re.IGNORECASE,
)
#: A smaller unit after a figure in a larger one ("6ft 9in", "9lb 15oz", "5 ft 11 in").
_SMALLER_UNIT = re.compile(r"\s?\d+\s?(?:in|inch|inches|oz|ounces?)\b")


def _a_length(text: str, start: int, end: int, limit: int) -> bool:
    """Whether a figure written with "m" and no noun is a length: after a
    verb of falling or climbing ("fell 600m"), or before a word of size or
    distance (:data:`SIZE_WORDS`: "600m high", "20m away")."""
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[max(0, start - 40) : start])[-3:]]
    after = re.match(r"\s+([A-Za-z]+)", text[end:limit])
    if after is not None and after.group(1).lower() in SIZE_WORDS:
        return True
    # "fell about 600m"; not a level ("profits fell to 2m"), nor in a sentence of money ("sales fell 2m")
    if _MONEY_WORDS.search(text, max(0, start - 80), start):
        return False
    return bool(before) and before[-1] not in _LEVEL and any(w in _MOVED for w in before)


def _sized_thing(text: str, pos: int, end: int) -> bool:
    """Whether a figure with a unit is said of the word after it ("a 3.5mm
    headset jack", "100 mph winds", "a 5 lb bag"): a lower-case word that is
    not a function word nor a word of size or distance."""
    m = re.match(r"[^\S\n]*-?[^\S\n]*([a-z][a-z-]*)\b", text[pos:end])
    return m is not None and m.group(1) not in _STOP and m.group(1) not in SIZE_WORDS


def _race(noun: str) -> bool:
    """A race, whose distance an "m" after a number gives in metres ("the
    400m hurdles", "200m sprints")."""
    return noun in _RACES or meaning.is_a(noun, "event")


#: Races the word net does not file under events.
_RACES = frozenset({"hurdle", "dash"})


_DECIMAL = re.compile(r"\d[\d,]*\.(\d+)")


def _abbreviated(text: str, a: _Num, b: _Num) -> Decimal | None:
    """The value the second number of an abbreviated range stands for: in
    "117.64-66 yen" the "66" repeats the last digits of "117.64" (117.66). Only
    when the two are joined by a bare hyphen and the second has as many digits,
    two at least, as the first has decimals ("119.27- 29" too: a space lost or
    added after the hyphen)."""
    if text[a.end : b.start].rstrip() != "-" or a.written != "digits" or b.written != "digits" or a.scaled or b.scaled:
        return None
    m = _DECIMAL.fullmatch(text[a.start : a.end])
    tail = text[b.start : b.end]
    if m is None or not tail.isdigit() or len(tail) < 2 or len(tail) != len(m.group(1)):
        return None
    return Decimal(m.group(0)[: m.start(1)].replace(",", "") + tail)


def _ranges(article_id: str, text: str, nums: list[_Num]) -> None:
    """ "20-25%", "20 to 25 per cent", "between two and three people", "$20 to
    $30 billion": the first number of a range takes the unit (and the scale)
    of the second."""
    for a, b in zip(nums, nums[1:]):
        if b.qty is None or b.unit is None or a.is_year:
            continue
        full = _abbreviated(text, a, b)
        if full is not None:
            note = f"abbreviated range: '{text[a.start : b.end]}' ends at {format_value(full)}"
            b.value = full
            b.qty = _quantity(article_id, text, b.qty.span.start, b.qty.span.end, full, b.qty.unit, [note])
        money_scale = (
            a.qty is not None and a.currency is not None and a.currency == b.currency and b.mult != 1 and a.mult == 1
        )
        if a.qty is not None and not money_scale:
            continue
        if a.qty is None and a.scaled:
            continue
        a_end = a.qty.span.end if a.qty is not None else a.end
        b_start = b.prefix_start if b.prefix_start is not None else b.start
        join = text[a_end:b_start]
        if not _RANGE_JOIN.match(join):
            continue
        a_first = a.prefix_start if a.prefix_start is not None else a.start
        if re.search(r"(?i)\band\b", join) and _prev_word(text, a_first) != "between":
            continue
        note = f"range: unit from '{' '.join(b.qty.text.split())}'"
        if a.qty is not None:
            a.qty = _quantity(article_id, text, a.qty.span.start, a.qty.span.end, a.value * b.mult, a.qty.unit, [note])
        else:
            a.qty = _quantity(
                article_id, text, a.start, a.end, a.value * b.mult, b.unit, _qualifier(text, a.start) + [note]
            )
        a.unit = b.unit


def extract_quantities(article_id: str, text: str, *, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Quantities in ``text[start:end]``; spans are absolute offsets into ``text``."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, start)
    if start >= end:
        return []
    masks = _LazyMasks(text, start, end)
    nums = _scan_numbers(text, start, end, masks)  # type: ignore[arg-type]
    for num in nums:
        _resolve(article_id, text, num, end)
    _ranges(article_id, text, nums)
    out: list[Quantity] = []
    last_end = -1
    for num in sorted(nums, key=lambda n: n.start):
        q = num.qty
        if q is None or q.span.start < last_end or q.span.end > end or q.span.start < start:
            continue
        out.append(q)
        last_end = q.span.end
    return out
