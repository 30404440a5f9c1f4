"""The closed set of engine kinds a rule can pick.

A kind is a module with an ``Options`` pydantic model (what a rule file may set
under ``options:``), a ``FINDING_KIND`` and ``check(rule, corpus)`` yielding
findings. A new kind is one module plus one line here.
"""

from __future__ import annotations

from . import attribute, attribution, event_date, incompatible, polarity, quote_variant

KINDS = {
    "event_date": event_date,
    "attribute": attribute,
    "polarity": polarity,
    "quote_variant": quote_variant,
    "attribution": attribution,
    "incompatible": incompatible,
}
