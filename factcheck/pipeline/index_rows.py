"""What the claims index keeps of each extraction (see :mod:`.indexed`)."""

from __future__ import annotations

import functools
import hashlib
import json
import pickle
from dataclasses import dataclass

from ..engine.align import block_keys
from ..engine.claims import SlotClaim, claims_of_extraction
from ..engine.events import Mention, event_mentions
from ..engine.grouping import SHINGLE
from ..engine.names import RENAMED_SLOTS
from ..extract.quotes import normalize_quote
from ..model.models import Article, Extraction, Fact, Span, TimeMention
from ..text.words import WORD_RE, fold

#: Words in a quotation shingle (as :mod:`factcheck.checks._quotepairs` blocks them).
QUOTE_SHINGLE = 3


@dataclass(frozen=True)
class IndexRows:
    """What the index keeps of one extraction."""

    events: bool
    claims: tuple[tuple[str, int, bytes], ...]  # (claim id, position, the pickled claim)
    mentions: str  # the event mentions, as JSON (see mention_json)
    claim_keys: tuple[tuple[str, str], ...]  # (block key, claim id), as extracted (before names are read corpus-wide)
    anchors: tuple[tuple[str, int], ...]  # (anchor, 1 when the claim's slot is one whose names are read corpus-wide)
    names: tuple[tuple[str, str], ...]  # (entity id, type) of the article's entity mentions
    quote_shingles: tuple[tuple[str, int, int], ...]  # (shingle, quotation number, words)
    text_hashes: tuple[int, ...]
    facts_text: str  # the facts' text, folded: the prefilter of incompatible rules


def text_shingles(article: Article) -> set[int]:
    """The hashes of the article's eight-word shingles, as
    :func:`factcheck.engine.grouping.source_clusters` computes them."""
    body = article.text[article.body_start :]
    words = [w.casefold() for w in WORD_RE.findall(fold(body))]
    out: set[int] = set()
    for i in range(len(words) - SHINGLE + 1):
        h = hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest()
        out.add(int.from_bytes(h, "big", signed=True))
    return out


def quote_shingles(text: str) -> tuple[int, set[str]]:
    words = normalize_quote(text).split()
    return len(words), {" ".join(words[i : i + QUOTE_SHINGLE]) for i in range(len(words) - QUOTE_SHINGLE + 1)}


def mention_json(mentions: list[Mention]) -> str:
    """What event clustering and the event checks read of a mention: its
    fact's place (id, article, sentence, line, span) and wording, its type,
    participants, time and inheritance."""
    return json.dumps(
        [
            [
                [m.fact.id, m.fact.article, m.fact.sentence, m.fact.line, m.fact.span.start, m.fact.span.end],
                [m.fact.subject, m.fact.predicate, m.fact.object],
                m.type,
                sorted(m.participants),
                m.time.model_dump(mode="json") if m.time is not None else None,
                m.inherited_from,
            ]
            for m in mentions
        ]
    )


_STAND_IN = Fact.model_construct(
    id="", article="", sentence=0, line=0, span=Span(start=0, end=0), subject=None, predicate="", object=""
)


def mentions_of(data: str) -> list[Mention]:
    """The mentions :func:`mention_json` kept; their facts carry only the
    fields kept (the rest is read from the article when needed)."""
    out = []
    for (fid, article, sentence, line, start, end), (subj, pred, obj), type_, people, time, inherited in json.loads(
        data
    ):
        # a stand-in built without validation: these fields were a fact's (a copy of
        # one built once: model_construct would fill, and copy, every default again)
        fact = _STAND_IN.model_copy(
            update={
                "id": fid,
                "article": article,
                "sentence": sentence,
                "line": line,
                "span": Span.model_construct(start=start, end=end),
                "subject": subj,
                "predicate": pred,
                "object": obj,
            }
        )
        out.append(
            Mention(
                fact=fact,
                type=type_,
                participants=frozenset(people),
                time=TimeMention.model_validate(time) if time is not None else None,
                inherited_from=inherited,
            )
        )
    return out


#: Stored claims kept decoded by their bytes: a long-lived ``factcheck serve``
#: checking one corpus again and again fetches the same candidate claims.
CLAIMS_KEPT = 16384


@functools.lru_cache(maxsize=CLAIMS_KEPT)
def _decoded_claim(blob: bytes) -> SlotClaim:
    # a pure function of the stored bytes, and claims are frozen: a kept one is the one decoding gives
    claim: SlotClaim = pickle.loads(blob)  # noqa: S301 - written by this cache, in this store
    return claim


def claims_of(blobs: list[bytes]) -> list[SlotClaim]:
    return [_decoded_claim(b) for b in blobs]


def index_rows(ex: Extraction) -> IndexRows:
    keys: set[tuple[str, str]] = set()
    anchors: set[tuple[str, int]] = set()
    claims: dict[str, tuple[str, int, bytes]] = {}
    for i, c in enumerate(claims_of_extraction(ex)):
        keys.update((k, c.id) for k in block_keys(c))
        anchors.update((a, int(c.slot in RENAMED_SLOTS)) for a in c.anchors)
        claims[c.id] = (c.id, i, pickle.dumps(c, protocol=pickle.HIGHEST_PROTOCOL))
    quotes: set[tuple[str, int, int]] = set()
    for i, q in enumerate(ex.quotes):
        n, shingles = quote_shingles(q.text)
        quotes.update((s, i, n) for s in shingles)
    mentions = event_mentions([ex])
    return IndexRows(
        events=bool(mentions),
        claims=tuple(claims.values()),
        mentions=mention_json(mentions),
        claim_keys=tuple(sorted(keys)),
        anchors=tuple(sorted(anchors)),
        names=tuple(sorted({(m.entity, m.type) for m in ex.entities if m.entity})),
        quote_shingles=tuple(sorted(quotes)),
        text_hashes=tuple(sorted(text_shingles(ex.article))),
        facts_text="\n".join(fold(f.text).casefold() for f in ex.facts),
    )
