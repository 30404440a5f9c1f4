"""The HTML report: one self-contained page for reviewing findings side by side.

Everything is computed here, in Python, and written into a single file with
inline CSS and JS and no network access (a Content-Security-Policy forbids
it): the word-level difference between the two sides' sentences, the sentences
around each claim, the source-by-source matrix of conflicts and the timeline
picture (an inline SVG). The page's script only toggles ``hidden`` for the
filters and moves focus for keyboard navigation.

Article text is untrusted. Every piece of text goes through ``html.escape``;
the only attribute values built from data are sanitised anchors and integers;
data for the script is JSON inside ``<script type="application/json">`` with
``<``, ``>`` and ``&`` escaped. The output is a pure function of its input:
same report, same bytes.

The modules: ``common`` (escaping, the numbered sources, anchors),
``findings`` (one finding: sides, claims, word diff, context), ``overview``
(counts, sources, the conflict matrix), ``timeline`` (the SVG timeline) and
``page`` (filters, assets and :func:`render_html`).
"""

from __future__ import annotations

from .page import render_html

__all__ = ["render_html"]
