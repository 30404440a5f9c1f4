"""incompatible: two claims that cannot both hold for the same event.

Story knowledge lives in the rule file: what each side looks like (phrase
patterns), which entity it is about, and the event type both must concern.
Phrase patterns are words matched case-insensitively with punctuation and
quote marks ignored; ``word*`` matches any ending, ``...`` skips up to three
words.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..engine.corpus import Corpus
from ..model.models import Fact, Finding, Label, Severity
from ..text.words import fold
from ._common import tag
from .base import RuleView, default_severities, make_finding

CATEGORY: Final = "incompatible"


def compile_phrase(phrase: str) -> re.Pattern[str]:
    parts = []
    for word in phrase.split():
        if word == "...":
            parts.append(r"(?:\W+\w+){0,3}")
            continue
        w = re.escape(fold(word).casefold().rstrip("*"))
        parts.append(w + (r"\w*" if word.endswith("*") else r"\b"))
    body = ""
    for i, p in enumerate(parts):
        if i and not p.startswith("(?:"):
            body += r"\W+"
        body += p
    return re.compile(r"\b" + body)


class Side(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str = Field(min_length=1, description="what this side claims, in a few words")
    any: list[str] = Field(min_length=1, description="phrase patterns; one must match")
    about: str | None = Field(None, description="entity id the clause must mention")
    polarity: Literal["positive", "negative", "any"] = "positive"

    @field_validator("any")
    @classmethod
    def _compiles(cls, v: list[str]) -> list[str]:
        for p in v:
            if not p.strip() or p.strip() == "...":
                raise ValueError(f"empty phrase pattern {p!r}")
            compile_phrase(p)
        return v


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    a: Side
    b: Side
    event_type: str | None = Field(None, description="both sides must concern one event of this type")
    window: int = Field(2, ge=0, description="sentences back to look for the event a clause refers to")
    cross_source: bool = Field(True, description="require the sides to come from at least two articles")


def _about(about: str, f: Fact) -> bool:
    return about in f.entities or about in f.participants or f.subject == about


def _matches(side: Side, pats: list[re.Pattern[str]], f: Fact, embedding: tuple[Fact, ...] = ()) -> str | None:
    """The phrase of a side that the fact's clause states, when it is about
    the side's entity (the clause, or a clause that embeds it: "the mayor
    talked about the town becoming a city")."""
    if side.polarity != "any" and f.polarity != side.polarity:
        return None
    if side.about and not any(_about(side.about, g) for g in (f, *embedding)):
        return None
    text = fold(f.text).casefold()
    for p in pats:
        m = p.search(text)
        if m:
            return f.text[m.start() : m.end()] if len(f.text) == len(text) else m.group()
    return None


def _hits(corpus: Corpus, opts: Options) -> dict[str, list[tuple[Fact, str, str | None]]]:
    """The facts that match each side's phrases, with the value matched and the
    event the fact is about (``"*"`` when the rule names no event type)."""
    pats = {"a": [compile_phrase(p) for p in opts.a.any], "b": [compile_phrase(p) for p in opts.b.any]}
    sides = {"a": opts.a, "b": opts.b}
    hits: dict[str, list[tuple[Fact, str, str | None]]] = {"a": [], "b": []}
    for ex in corpus.extractions.values():
        seen = set()
        by_id = {f.id: f for f in ex.facts}
        for f in ex.facts:
            embedding = _embedding(f, by_id)
            for s in ("a", "b"):
                if (f.sentence, f.span.start, s) in seen:
                    continue
                value = _matches(sides[s], pats[s], f, embedding)
                if value:
                    seen.add((f.sentence, f.span.start, s))
                    if opts.event_type:
                        eid = corpus.event_of(f, window=opts.window, event_type=opts.event_type)
                        if eid is None and not corpus.mentions_event_near(
                            f, window=opts.window, event_type=opts.event_type
                        ):
                            continue  # not about an event of this type at all
                    else:
                        eid = "*"
                    hits[s].append((f, value, eid))
    return hits


def _embedding(f: Fact, by_id: dict[str, Fact]) -> tuple[Fact, ...]:
    out: list[Fact] = []
    cur = by_id.get(f.parent) if f.parent else None
    while cur is not None and len(out) < 8:
        out.append(cur)
        cur = by_id.get(cur.parent) if cur.parent else None
    return tuple(out)


def severities(severity: Severity, options: Options) -> dict[Label, Severity]:
    """Both sides tied to one event: a contradiction, at the rule's severity;
    a side tied to it only by context: possible, as info."""
    return default_severities(severity)


def check(rule: RuleView, opts: Options, corpus: Corpus) -> Iterator[Finding]:
    sides = {"a": opts.a, "b": opts.b}
    hits = _hits(corpus, opts)
    if not hits["a"] or not hits["b"]:
        return
    known = {eid for s in hits for _, _, eid in hits[s] if eid}
    groups: dict[str, dict[str, list]] = defaultdict(lambda: {"a": [], "b": []})
    unresolved = False
    for s in ("a", "b"):
        for f, value, eid in hits[s]:
            if eid is None:
                if len(known) == 1:
                    eid = next(iter(known))
                    unresolved = True
                else:
                    eid = "?"
            groups[eid][s].append((f, value))
    for eid in sorted(groups):
        g = groups[eid]
        if not g["a"] or not g["b"]:
            continue
        articles = {f.article for s in g for f, _ in g[s]}
        if opts.cross_source and len(articles) < 2:
            continue
        claims = []
        for s in ("a", "b"):
            for f, value in g[s]:
                claims.append(
                    corpus.claim(
                        f.article,
                        f.span.start,
                        value=value,
                        normalized=sides[s].label,
                        how=f"matched rule pattern for '{sides[s].label}'",
                        side=s,
                    )
                )
        event = corpus.events_by_id.get(eid)
        where = (
            f" in the {event.type} of {event.date}"
            if event and event.date
            else (" in the same event" if eid not in ("?", "*") else "")
        )
        a_from = ", ".join(sorted({tag(f.article) for f, _ in g["a"]}))
        b_from = ", ".join(sorted({tag(f.article) for f, _ in g["b"]}))
        confident = eid not in ("?",) and not unresolved
        yield make_finding(
            rule,
            category=CATEGORY,
            message=f"{rule.spec.message}{where}: '{opts.a.label}' ({a_from}) vs '{opts.b.label}' ({b_from})",
            claims=claims,
            severity=severities(rule.spec.severity, opts)["contradiction" if confident else "possible"],
            label="contradiction" if confident else "possible",
            conclusion=(
                f"both sides concern the same {opts.event_type or 'event'}; they cannot both be right as stated"
                if confident
                else f"some claims were tied to the {opts.event_type or 'event'} only by context; check they concern the same one"
            ),
            event=event.id if event else None,
        )
