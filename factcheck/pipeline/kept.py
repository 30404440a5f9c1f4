"""The claim index the claim rules read after the pairs were aligned key group
by key group (streamed, or on a Dask cluster): the kept pairs, and which
slots the rules compare at which lowest score."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..checks.claims import Options as ClaimOptions
from ..engine.align import ClaimIndex
from ..engine.claims import SlotClaim
from ..rules.ruleset import RuleSet

Wanted = tuple[tuple[str, float], ...]  # (slot, min_score) of every claim rule
Kept = dict[str, list[tuple[SlotClaim, SlotClaim]]]  # slot -> aligned pairs, in the engine's pair order
Twins = dict[str, tuple[SlotClaim, ...]]  # a twin class's first claim -> the others (ClaimIndex.twins)


class KeptPairs(ClaimIndex):
    """The corpus's claim index as the claim rules see it after the pairs were
    aligned key group by key group: its candidate pairs are the pairs kept (at
    the lowest ``min_score`` of each slot), in the engine's pair order. The
    rules align them again at their own ``min_score``; every other candidate
    pair was already found below every rule's threshold."""

    kept: Kept

    def candidates(self, slot: str, focus: frozenset[str] | None = None) -> list[tuple[SlotClaim, SlotClaim]]:
        if focus is not None:
            raise ValueError("pairs aligned key group by key group have no focus")
        return self.kept.get(slot, [])


#: The fields of a claim whose values many claims repeat: the slot, the article,
#: the fact, the words it is about and their meaning classes.
SHARED_FIELDS = (
    "slot", "article", "fact", "topic", "predicate", "pred_classes", "noun", "noun_classes", "role", "entities",
    "anchors", "subject", "object", "polarity", "negation", "modality", "source", "published", "time", "extra",
)  # fmt: skip


class HeldClaims:
    """One copy of each claim of the kept pairs, by id, and one copy of each
    value of :data:`SHARED_FIELDS` they repeat. Claims read back one by one
    from the store, or from the results of several workers, each bring their
    own copy of every string and set: the meaning classes of one predicate,
    held by thousands of claims, would be held thousands of times. Equal
    values, one object: nothing compares claims by identity. (The payload, the
    value and its normal form are left alone: a float and an int may be equal.)"""

    def __init__(self) -> None:
        self.claims: dict[str, SlotClaim] = {}
        self._values: dict[object, object] = {}

    def __call__(self, c: SlotClaim) -> SlotClaim:
        held = self.claims.get(c.id)
        if held is None:
            held = self.claims[c.id] = self._shared(c)
        return held

    def _shared(self, c: SlotClaim) -> SlotClaim:
        values = self._values
        changes: dict[str, Any] = {}
        for name in SHARED_FIELDS:
            v = getattr(c, name)
            if v is not None:
                one = values.setdefault(v, v)
                if one is not v:
                    changes[name] = one
        return dataclasses.replace(c, **changes) if changes else c


def wanted_slots(ruleset: RuleSet) -> Wanted:
    """Each claim slot a rule compares, with the lowest ``min_score`` asked of it."""
    lowest: dict[str, float] = {}
    for rule in ruleset.rules:
        opts = rule.options
        if isinstance(opts, ClaimOptions):
            for slot in opts.slots:
                lowest[slot] = min(lowest.get(slot, opts.min_score), opts.min_score)
    return tuple(sorted(lowest.items()))
