"""Text from articles made safe for a terminal.

Article text, titles, outlets and file names are data: a control character
in them (an escape sequence that clears the screen, an OSC 8 hyperlink to any
URL, a carriage return that hides what came before, a bidirectional override
that reorders what is shown) must never reach the terminal as a command. As
linters do, every such character is shown as a visible escape instead
(``\\x1b``, ``\\u202e``); tab and line feed stay (the writers fold white space
where they need one line). The text and github writers pass every string of
the report through :func:`terminal_safe`; the HTML writer escapes for HTML.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

from pydantic import BaseModel

# C0 controls but tab and line feed, DEL, C1 controls, and the Unicode
# bidirectional embeddings, overrides and isolates, line/paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control character shown as a visible escape."""
    return _UNSAFE.sub(_escape, text) if _UNSAFE.search(text) else text


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return terminal_safe(value)
    if isinstance(value, BaseModel):
        changes = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _clean(old)
            if new is not old:
                changes[name] = new
        return value.model_copy(update=changes) if changes else value
    if isinstance(value, tuple):
        items = tuple(_clean(v) for v in value)
        return value if all(a is b for a, b in zip(items, value)) else items
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(
            value, **{f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        )
    return value


T = TypeVar("T")


def safe_copy(value: T) -> T:
    """A copy of a report (or any model, dataclass or container of them) with
    every string passed through :func:`terminal_safe`; unchanged parts are shared."""
    return _clean(value)  # type: ignore[no-any-return,unused-ignore]
