"""Read a YAML file and validate it with a pydantic model; errors name the file and line."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeVar, get_args

import yaml
from pydantic import BaseModel, ValidationError

from ..model.errors import RuleError

ALIAS_PROBLEM = "YAML aliases ('*name') are not allowed"
MAX_DEPTH = 100  # nested collections; a rule, lexicon or front matter needs a handful
DEPTH_PROBLEM = f"collections nested more than {MAX_DEPTH} deep are not allowed"


class NoAliasLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases (``*name``, and so ``<<: *name``) and
    collections nested deeper than :data:`MAX_DEPTH`.

    An alias makes a document a graph: a few hundred bytes of nested aliases
    (a "billion laughs" file) expand to more objects than memory holds. The
    files factcheck reads (front matter, rules, lexicons) never need one, so
    the first alias is an error at its line instead of a capped expansion.
    Composing is recursive, so 50,000 nested ``[`` would exhaust the stack: the
    first level too deep is an error at its line too."""

    _depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, ALIAS_PROBLEM, event.start_mark)
        if self._depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, DEPTH_PROBLEM, self.peek_event().start_mark)
        self._depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class YamlProblem(Exception):
    """Why a YAML text cannot be read, and the 1-based line where (if known)."""

    def __init__(self, problem: str, line: int | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def load_with_lines(text: str) -> tuple[Any, yaml.Node | None]:
    """The data of a YAML text and its node tree (for :func:`line_of`), read
    once without aliases or deep nesting. Any problem, a control character
    included, is a :class:`YamlProblem` with its line."""
    loader: _LineLoader | None = None
    try:
        loader = _LineLoader(text)  # the reader refuses control characters here
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        raise YamlProblem(f"control character U+{ord(char):04X} is not allowed in YAML", line) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        raise YamlProblem(f"invalid YAML: {exc.problem}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {' '.join(str(exc).split())}", None) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, root


def safe_load(text: str) -> Any:
    """``yaml.safe_load`` without aliases (:class:`NoAliasLoader`)."""
    return yaml.load(text, Loader=NoAliasLoader)  # noqa: S506 - a SafeLoader subclass


class _LineLoader(NoAliasLoader):
    """SafeLoader that remembers the line of every mapping key and sequence item."""


def compose_lines(text: str) -> yaml.Node | None:
    return yaml.compose(text, Loader=_LineLoader)


M = TypeVar("M", bound=BaseModel)


def line_of(node: yaml.Node | None, loc: tuple[str | int, ...]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == part:
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            if nxt is None:
                return line
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


def allowed(err: Mapping[str, Any]) -> str:
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        return f"; allowed values: {ctx['expected']}"
    if "pattern" in ctx:
        return f"; expected a value matching {ctx['pattern']}"
    return ""


def describe(err: Mapping[str, Any]) -> str:
    loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
    if err["type"] == "missing":
        return f"missing required field '{loc}'"
    if err["type"] == "extra_forbidden":
        return f"unknown field '{loc}'"
    ctx = err.get("ctx") or {}
    if "expected" in ctx:
        return f"'{loc}': {err.get('input')!r} is not allowed; allowed values: {ctx['expected']}"
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    return f"'{loc}': {msg}{allowed(err)}"


def _model_at(model: type[BaseModel], loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model that holds the keys at ``loc`` (list indexes skipped)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _inner_model(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner_model(annotation: Any) -> Any:
    """The model inside ``X``, ``list[X]`` or ``X | None``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


def keys_hint(model: type[BaseModel], loc: tuple[str | int, ...]) -> str:
    """'; required keys: ...; allowed keys: ...' for the mapping that holds ``loc[-1]``."""
    holder = _model_at(model, loc[:-1])
    if holder is None:
        return ""
    fields = holder.model_fields
    required = [k for k, f in fields.items() if f.is_required()]
    return f"; required keys: {', '.join(required) or 'none'}; allowed keys: {', '.join(fields)}"


def validate(model: type[M], data: Any, path: str, root: yaml.Node | None, prefix: tuple[str | int, ...] = ()) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = prefix + tuple(err["loc"])
        more = len(exc.errors()) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        hint = keys_hint(model, tuple(err["loc"])) if err["type"] in ("missing", "extra_forbidden") else ""
        raise RuleError(describe({**err, "loc": loc}) + hint + suffix, path=path, line=line_of(root, loc)) from None


def read_text(path: Path) -> str:
    """The text of a rule, lexicon or config file; a :class:`RuleError` naming it when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(f"not valid UTF-8 (byte {exc.object[exc.start]:#04x})", path=str(path)) from None
    except OSError as exc:
        raise RuleError(f"cannot read rule file: {exc.strerror}", path=str(path)) from None


def parse_yaml(text: str, shown: str) -> tuple[Any, yaml.Node | None]:
    """The data and node tree of a file's text; problems name ``shown`` and the line."""
    try:
        return load_with_lines(text)
    except YamlProblem as exc:
        raise RuleError(exc.problem, path=shown, line=exc.line) from None


def read_yaml(path: Path) -> tuple[Any, yaml.Node | None, str]:
    shown = str(path)
    data, root = parse_yaml(read_text(path), shown)
    return data, root, shown
