"""Speakers from the words around a quotation: the name, title or pronoun
phrase before or after it and the speech verb or noun that attributes it
(the patterns listed in the package documentation)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .context import _Context, _modifier, _possessive, _strip_possessive, _Tok, _tokens
from .phrases import (
    _CAP_STOP,
    _CONNECT,
    _DETS,
    _MONTHS,
    _NP_ADJ,
    _NP_DETS,
    _PREPOSITIONS,
    _SKIP_BACK,
    _TIME_WORDS,
    _TITLE_NOUNS,
)
from .vocab import _BASE_VERBS, _INVERTIBLE, _NOUN_CUE, _SPEECH, PRONOUNS


@dataclass
class _Speaker:
    start: int
    end: int
    cue: str | None
    pronoun: bool = False


class _Attributor:
    def __init__(self, ctx: _Context):
        self.ctx = ctx

    # -- noun phrases

    def _name_like(self, tok: _Tok, sentence_initial: bool) -> bool:
        t = tok.text
        if re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9&]+(?:[’']s)?", t):
            return True  # U.N., NATO, BBC
        if not t[0].isupper() or t in _CAP_STOP:
            return False
        base = _strip_possessive(t)
        if base.lower() in _MONTHS or base.lower() in _TIME_WORDS:
            return False
        # "Part of ...": a common word that starts the sentence is not a name
        return not (sentence_initial and base.lower() in self.ctx.lower_words and base.lower() not in _TITLE_NOUNS)

    def _np_word(self, tok: _Tok, sentence_initial: bool = False) -> bool:
        low = _strip_possessive(tok.low)
        if self._name_like(tok, sentence_initial):
            return True
        if low in _TITLE_NOUNS or low in _NP_ADJ:
            return True
        if "-" in low:
            head = low.rsplit("-", 1)[-1]
            return low.startswith(("then-", "ex-", "former-")) or head in _TITLE_NOUNS
        return False

    def _valid(self, toks: list[_Tok], initial: int | None, possessive: bool = False) -> bool:
        if not toks:
            return False
        if (_possessive(toks[-1].text) and not possessive) or toks[-1].low in _CONNECT or toks[-1].low in _NP_ADJ:
            return False
        for _i, t in enumerate(toks):
            low = _strip_possessive(t.low)
            if low in _TITLE_NOUNS:
                return True
            if self._name_like(t, t.start == initial):
                return True
        return False

    def np_back(
        self, toks: list[_Tok], k: int, lo: int, initial: int | None, possessive: bool = False, generic: bool = False
    ) -> tuple[int, int] | None:
        """Token range [i, k] of a speaker phrase ending at token ``k``. With
        ``generic``, any determiner + noun ("the clerk") right before a speech
        verb is a speaker too."""
        found = self._np_back(toks, k, lo, initial, possessive)
        if found or not generic:
            return found
        j = k
        while j >= lo and k - j < 3 and _modifier(toks[j]):
            j -= 1
        if j < k and j >= lo and toks[j].low in _NP_DETS:
            if j - 1 >= lo and toks[j - 1].low in _PREPOSITIONS:
                return None  # "... with knowledge of the talks confirmed": an object, not the speaker
            return j, k
        return None

    def _np_back(
        self, toks: list[_Tok], k: int, lo: int, initial: int | None, possessive: bool
    ) -> tuple[int, int] | None:
        j = k
        titled = False
        modifiers = 0
        while j >= lo:
            t = toks[j]
            if t.low in _NP_DETS and j < k:
                j -= 1
                break
            if self._np_word(t, t.start == initial):
                titled = titled or _strip_possessive(t.low) in _TITLE_NOUNS
                j -= 1
                continue
            if (
                titled
                and j < k
                and modifiers < 2
                and _modifier(t)
                and j - 1 >= lo
                and (toks[j - 1].low in _NP_DETS or self._np_word(toks[j - 1]) or _modifier(toks[j - 1]))
            ):
                modifiers += 1  # "a local reporter", "the finance ministry"
                j -= 1
                continue
            if (
                t.low in _CONNECT
                and j < k
                and any(self._np_word(x, x.start == initial) for x in toks[max(lo, j - 2) : j])
            ):
                j -= 1
                continue
            if re.fullmatch(r"\d+", t.text) and j < k:
                j -= 1
                continue
            break
        i = j + 1
        head = i + 1 if i <= k and toks[i].low in _NP_DETS else i
        while head <= k and toks[head].low in _CONNECT:
            head += 1
        if head > k or not self._valid(toks[head : k + 1], initial, possessive):
            return None
        return (i if i < head and toks[i].low in _NP_DETS else head), k

    def np_fwd(
        self, toks: list[_Tok], i: int, hi: int, initial: int | None, generic: bool = False
    ) -> tuple[int, int] | None:
        """Token range [i, j] of a speaker phrase starting at token ``i``
        (with ``generic``, also a determiner + noun: "the clerk")."""
        found = self._np_fwd(toks, i, hi, initial)
        if found or not generic or i >= hi or toks[i].low not in _NP_DETS:
            return found
        j = i + 1
        while j < hi and j - i <= 3 and _modifier(toks[j]):
            j += 1
        return (i, j - 1) if j > i + 1 else None

    def _np_fwd(self, toks: list[_Tok], i: int, hi: int, initial: int | None) -> tuple[int, int] | None:
        if i >= hi:
            return None
        j = i
        if toks[j].low in _NP_DETS:
            j += 1
        first = j
        while j < hi:
            t = toks[j]
            if self._np_word(t, t.start == initial):
                j += 1
                continue
            ahead = toks[j + 1 : min(hi, j + 3)]
            if (
                _modifier(t)
                and ahead
                and (
                    _strip_possessive(ahead[0].low) in _TITLE_NOUNS
                    or (_modifier(ahead[0]) and len(ahead) > 1 and _strip_possessive(ahead[1].low) in _TITLE_NOUNS)
                )
            ):
                j += 1  # "the finance ministry", "a local reporter"
                continue
            if t.low in _CONNECT and j > first and any(self._np_word(x) for x in ahead):
                j += 1
                continue
            if re.fullmatch(r"\d+", t.text) and j > first and ahead and self._np_word(ahead[0]):
                j += 1
                continue
            if (
                (t.low in _MONTHS or t.low in _TIME_WORDS)
                and t.text[0].isupper()
                and ahead
                and (ahead[0].text.isdigit() or self._np_word(ahead[0]))
                and j > i
            ):
                j += 1  # "an April 29 statement"
                continue
            break
        j -= 1
        while j >= first and (toks[j].low in _CONNECT or toks[j].text.isdigit()):
            j -= 1
        if j < first or not self._valid(toks[first : j + 1], initial):
            return None
        return i, j

    def apposition(self, toks: list[_Tok], j: int, hi: int) -> int:
        """“Roe’s press secretary, John Doe,”: extend a title phrase
        ending at ``j`` over the name that follows it."""
        if j + 2 < hi and toks[j + 1].text == ",":
            k = j + 2
            while k < hi and toks[k].text[0].isupper() and self._name_like(toks[k], False):
                k += 1
            if k > j + 2 and (k >= hi or toks[k].text in ",.;"):
                return k - 1
        return j

    def _possessor(self, tok: _Tok) -> bool:
        """ "Roe’s", "the mayor's": a possessive that can own a statement."""
        if not tok.text.endswith(("’s", "'s")):
            return False
        return self._name_like(tok, False) or _strip_possessive(tok.low) in _TITLE_NOUNS

    # -- patterns

    def _speaker(self, toks: list[_Tok], rng: tuple[int, int], cue: str | None) -> _Speaker:
        a, b = toks[rng[0]], toks[rng[1]]
        end = b.end
        if _possessive(b.text):
            end = b.start + len(_strip_possessive(b.text))
        return _Speaker(a.start, end, cue)

    def _pronoun(self, tok: _Tok, cue: str | None) -> _Speaker | None:
        if tok.low in PRONOUNS:
            return _Speaker(tok.start, tok.end, cue, pronoun=True)
        return None

    def after(self, close_end: int, inner_last: str) -> _Speaker | None:
        """``“…,” X said`` / ``“…,” said X`` / ``“…” reads X`` / ``“…,” X was counselled to say``."""
        ctx = self.ctx
        stop = ctx.sentence_end(close_end)
        nxt_mark = re.search(r"[“\"‘«]", ctx.text[close_end:stop])
        if nxt_mark:
            stop = close_end + nxt_mark.start()
        toks = _tokens(ctx.masked, close_end, stop)
        while toks and toks[0].text in ",;:—–-":
            toks = toks[1:]
        if not toks:
            return None
        words = [t for t in toks if t.text not in ",.;:!?"]
        # “… tariffs.” he said. -- but not “… tariffs.” The president described ...
        if (
            inner_last not in ",?!—–-…"
            and not ctx.text[close_end:stop].lstrip().startswith(",")
            and (nxt_mark or len(words) > 8 or not (words and (words[0].text.islower() or words[0].low in _INVERTIBLE)))
        ):
            return None
        hi = len(toks)
        first = toks[0]
        if first.low in _INVERTIBLE:
            if first.low == "according":
                if hi > 1 and toks[1].low == "to":
                    rng = self.np_fwd(toks, 2, hi, None, generic=True)
                    return self._speaker(toks, rng, "according to") if rng else None
                return None
            if hi > 1:
                pro = self._pronoun(toks[1], first.low)
                if pro:
                    return pro
            rng = self.np_fwd(toks, 1, hi, None, generic=True)
            return self._speaker(toks, rng, first.low) if rng else None
        pro = self._pronoun(first, None)
        if pro:
            j = 1
        else:
            rng = self.np_fwd(toks, 0, hi, None, generic=True)
            if rng is None:
                return None
            j = rng[1] + 1
            if j < hi and toks[j].text == ",":
                # “…,” Jane Roe, 45, said / “…,” Jane Roe, the city's treasurer, said
                close = next((c for c in range(j + 1, min(hi, j + 14)) if toks[c].text == ","), None)
                if close is not None:
                    j = close + 1
        while j < hi and (toks[j].low in _SKIP_BACK or (toks[j].low.endswith("ly") and toks[j].text.islower())):
            j += 1
        if j >= hi:
            return None
        verb = toks[j].low
        cue = None
        if verb in _SPEECH:
            cue = verb
        elif verb.endswith("ed") and j + 2 < hi and toks[j + 1].low == "to" and toks[j + 2].low in _BASE_VERBS:
            cue = f"{verb} to {toks[j + 2].low}"  # was counselled to say
        if cue is None:
            return None
        if pro:
            pro.cue = cue
            return pro
        assert rng is not None  # set when there is no pronoun
        return self._speaker(toks, rng, cue)

    def before(self, open_pos: int) -> tuple[_Speaker | None, bool]:
        """Speaker from the words before the opening mark, in its sentence:
        (speaker, whether the quotation opens its sentence)."""
        ctx = self.ctx
        s_start = ctx.sentence_start(open_pos)
        toks = _tokens(ctx.masked, s_start, open_pos)
        if not [t for t in toks if t.text[0].isalnum()]:
            return None, True
        initial = toks[0].start
        hi = len(toks)
        # the last cue before the quotation
        cue_at = None
        kind = ""
        for i in range(hi - 1, -1, -1):
            t = toks[i]
            low = t.low
            if (
                low in _SPEECH
                and t.text == low
                and not (i >= 1 and (_possessive(toks[i - 1].text) or toks[i - 1].low in _DETS))
            ):
                cue_at, kind = i, "verb"
            elif low == "according" and i + 1 < hi and toks[i + 1].low == "to":
                cue_at, kind = i, "according"
            elif low in _BASE_VERBS and (
                (i >= 1 and toks[i - 1].low == "to")
                or (i >= 2 and toks[i - 2].low == "to" and toks[i - 1].low.endswith("ly"))
            ):
                cue_at, kind = i, "base"
            elif low in _NOUN_CUE and any(self._possessor(x) for x in toks[max(0, i - 3) : i]):
                cue_at, kind = i, "noun"
            if cue_at is not None:
                break
        if cue_at is None:
            return None, False
        cue_tok = toks[cue_at]
        if kind == "according":
            rng = self.np_fwd(toks, cue_at + 2, hi, initial, generic=True)
            return (self._speaker(toks, rng, "according to") if rng else None), False
        if kind == "noun":
            for p in range(cue_at - 1, max(-1, cue_at - 4), -1):
                if self._possessor(toks[p]):
                    rng = self.np_back(toks, p, 0, initial, possessive=True)
                    if rng:
                        return self._speaker(toks, rng, cue_tok.low), False
            return None, False
        cue = cue_tok.low
        k = cue_at - 1
        if kind == "base":
            k = cue_at - 2 if toks[cue_at - 1].low == "to" else cue_at - 3
        # skip auxiliaries, adverbs and time words between the speaker and the verb
        while k >= 0:
            low = toks[k].low
            if low in _SKIP_BACK or (low.endswith("ly") and toks[k].text.islower()) or low in _TIME_WORDS:
                k -= 1
                continue
            if k >= 2 and [x.low for x in toks[k - 2 : k + 1]] == ["at", "the", "time"]:
                k -= 3
                continue
            if low == "on" and k + 1 < cue_at and toks[k + 1].low in _TIME_WORDS:
                k -= 1
                continue
            break
        if k >= 0 and kind != "base":
            if (
                toks[k].low == "it"
                and cue_tok.low.endswith("ed")
                and k + 1 < cue_at
                and toks[k + 1].low in ("was", "is", "were", "has", "had")
            ):
                return None, False  # "It was suggested ...": no speaker
            pro = self._pronoun(toks[k], cue)
            if pro:
                return pro, False
            if toks[k].low in ("who", "whom", "which") and k >= 2 and toks[k - 1].text == ",":
                rng = self.np_back(toks, k - 2, 0, initial)
                if rng:
                    return self._speaker(toks, rng, cue), False
            if toks[k].text == ",":
                # "Laura Dawson, an expert on ..., said": the head before the apposition
                for p in range(k - 1, max(-1, k - 30), -1):
                    if toks[p].text == ",":
                        rng = self.np_back(toks, p - 1, 0, initial) if p >= 1 else None
                        if rng:
                            return self._speaker(toks, rng, cue), False
                        break
            else:
                rng = self.np_back(toks, k, 0, initial, generic=True)
                if rng:
                    return self._speaker(toks, rng, cue), False
        subject = self.subject(toks, cue_at)
        if subject:
            subject.cue = cue
        return subject, False

    def subject(self, toks: list[_Tok], hi: int) -> _Speaker | None:
        """The subject at the start of the sentence, before token ``hi``,
        skipping an introductory phrase ("On Monday, ...", "While ..., he")."""
        if not toks:
            return None
        initial = toks[0].start
        starts = [0]
        commas = [i for i in range(min(hi, 25)) if toks[i].text == ","]
        starts.extend(c + 1 for c in commas[:2])
        for s in starts:
            if s >= hi:
                break
            pro = self._pronoun(toks[s], None)
            if pro:
                return pro
            if s == 0 and toks[0].text in _CAP_STOP and toks[0].low not in _NP_DETS:
                continue
            rng = self.np_fwd(toks, s, hi, initial)
            if rng:
                j = self.apposition(toks, rng[1], hi)
                return self._speaker(toks, (rng[0], j), None)
        return None
