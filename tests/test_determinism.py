"""Output is deterministic byte for byte: a set's iteration order varies with
the interpreter's hash seed, so nothing that reaches a report may depend on it."""

from __future__ import annotations

import os
import subprocess
import sys

_SCRIPT = """
from types import SimpleNamespace as N
from factcheck.engine.align import score
W = {f"anchor-{i}": 0.1 * (i % 7) + 1.3 ** (i % 11) / 3 for i in range(60)}
names = sorted(W)
a = N(slot="number", role="count", subject=None, anchors=frozenset(names[:45]))
b = N(slot="number", role="count", subject=None, anchors=frozenset(names[15:]))
print(repr(score(N(weight=W.__getitem__), a, b)))
"""


def test_alignment_scores_do_not_depend_on_the_hash_seed():
    """A float sum over a set in iteration order differs in its last digits from
    one hash seed to another, which can move a score across a threshold."""
    seen = set()
    for seed in range(4):
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        out = subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, check=True)
        seen.add(out.stdout.strip())
    assert len(seen) == 1, seen
