"""Find and read articles: discovery, decoding, front matter, publication date.

An article is a text or Markdown file, optionally opening with YAML front
matter::

    ---
    published: 2025-04-30
    published_note: "first published April 30, 2025"
    outlet: "The Northern Press"
    title: "..."
    ---
    article text ...

``Article.text`` is the whole file with the front matter blanked out (every
character but the line breaks becomes a space), so that offsets and line
numbers in reports are the file's own while no extractor can ever read
metadata as article text (a quotation in ``title:`` is not a quotation in
the article); ``Article.body_start`` is where the article text begins. The
front matter's values travel in ``Article.title``, ``outlet``, ``published``
and ``meta``. YAML aliases are refused in front matter (a few hundred bytes
of nested aliases expand beyond any memory). Everything a user can get wrong (missing, empty,
binary or mis-encoded file, broken front matter) raises :class:`InputError`
with a one-line message naming the file, and the line where there is one.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import stat
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

import yaml

from ..knowledge.packs import CONFIG_NAME
from ..knowledge.yamlfile import NoAliasLoader
from ..model.errors import InputError
from ..model.models import Article
from .segment import DATE_PHRASE, is_furniture

#: File name suffixes read as articles when a directory is given.
ARTICLE_SUFFIXES = (".md", ".markdown", ".txt")
#: Files in a corpus directory that are documentation, not articles.
SKIPPED_PREFIXES = ("README", "LICENSE", "CHANGELOG")

NO_DATE_NOTE = (
    "no publication date in front matter or text: relative dates such as 'Tuesday' or "
    "'yesterday' stay unresolved; add 'published: YYYY-MM-DD' front matter"
)

# --------------------------------------------------------------------------- discovery


def _skipped_name(name: str) -> bool:
    return name.startswith(".") or name.upper().startswith(SKIPPED_PREFIXES)


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _kind_of(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a directory"),
    ):
        if test(mode):
            return name
    return "not a regular file"


class Listed(NamedTuple):
    """An article file of a corpus folder as :func:`list_files` finds it."""

    path: str  # the folder as given joined with ``rel``: the file as discover names it
    rel: str  # its path relative to the folder, with '/' between parts
    size: int  # of the file it is (through a link)
    mtime_ns: int
    link: bool  # a symbolic link, read through its target


def _where(
    path: str, real: str, root: str, follow_links: bool, notes: list[InputError]
) -> tuple[str, os.stat_result, bool] | None:
    """Where an article file really is, its status and whether it is a link
    (one ``lstat`` for a file that is no link: ``real`` is then its folder's
    real path and its name), or None when it cannot be read or is a link out
    of the corpus (noted)."""
    try:
        st = os.lstat(path)
        if not stat.S_ISLNK(st.st_mode):
            return real, st, False
        real = os.path.realpath(path)
        if not follow_links and not _inside(real, root):
            notes.append(
                InputError("not read: a symbolic link to a file outside the corpus (use --follow-links)", path=path)
            )
            return None
        return real, os.stat(path), True
    except OSError as err:
        notes.append(InputError(f"cannot read the file ({err.strerror or err})", path=path))
        return None


def discover(target: Path, *, follow_links: bool = False, skipped: list[InputError] | None = None) -> list[Path]:
    """The article files of ``target``: the file itself, or the ``*.md``,
    ``*.markdown`` and ``*.txt`` files under a directory, recursively, sorted
    by relative path, without hidden files and README/LICENSE/CHANGELOG.

    Symbolic links that lead out of ``target`` (a file or folder elsewhere on
    the machine) are not followed unless ``follow_links``; links inside it
    are read once, through their target. Article-named entries that are not
    regular files (a FIFO, a device) are never opened. Each entry left out for
    one of these reasons is appended to ``skipped`` as an :class:`InputError`
    naming it, so that reports can list it. The corpus config file
    (``factcheck.yaml``, :mod:`factcheck.knowledge.packs`) is metadata: never
    an article, even when named on its own (``run corpus/*``), and not listed."""
    target = Path(target)
    if not target.exists():
        raise InputError("no such file or directory", path=str(target))
    if not target.is_dir():
        return [] if target.name == CONFIG_NAME else [target]
    return [Path(f.path) for f in list_files(target, follow_links=follow_links, skipped=skipped)]


def list_files(target: Path, *, follow_links: bool = False, skipped: list[InputError] | None = None) -> list[Listed]:
    """The article files of the folder ``target`` as :func:`discover` finds
    them, each with its size and modification time: one ``lstat`` a file (two
    for a link), on path strings (a corpus of thousands of files is listed on
    every check)."""
    top = str(target)
    root = os.path.realpath(top)
    # paths named as pathlib names them: "sub/a.md" under ".", not "./sub/a.md"
    base = "" if top == os.curdir else top if top.endswith(os.sep) else top + os.sep
    found: dict[str, Listed] = {}
    notes = skipped if skipped is not None else []
    seen_dirs: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(top, followlinks=follow_links):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames[:] = []
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:  # a link loop, or a folder reached twice
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        rel_dir = os.path.relpath(dirpath, top)
        native = "" if rel_dir == os.curdir else rel_dir + os.sep  # this folder's path below ``top``
        keep = []
        for d in sorted(dirnames):
            if _skipped_name(d):
                continue
            sub = os.path.join(dirpath, d)
            if not follow_links and os.path.islink(sub) and not _inside(os.path.realpath(sub), root):
                notes.append(
                    InputError(
                        "not read: a symbolic link to a folder outside the corpus (use --follow-links)",
                        path=base + native + d,
                    )
                )
                continue
            keep.append(d)
        dirnames[:] = keep
        here_real = os.path.realpath(dirpath)  # once per folder: a file that is no link lies where its folder really is
        in_real = here_real if here_real.endswith(os.sep) else here_real + os.sep
        prefix = base + native
        for name in filenames:
            # (string operations, not os.path's: a corpus of thousands of files is listed on every check)
            dot = name.rfind(".")
            if dot <= 0 or name[dot:].lower() not in ARTICLE_SUFFIXES or _skipped_name(name):
                continue
            path = prefix + name
            where = _where(path, in_real + name, root, follow_links, notes)
            if where is None:
                continue
            real, fst, link = where
            if not stat.S_ISREG(fst.st_mode):
                notes.append(InputError(f"not read: {_kind_of(fst.st_mode)}, not a regular file", path=path))
                continue
            rel = (native + name).replace(os.sep, "/")
            if real not in found or rel < found[real].rel:  # a file and a link to it: read once
                found[real] = Listed(path, rel, fst.st_size, fst.st_mtime_ns, link)
    return sorted(found.values(), key=lambda f: f.rel)


# --------------------------------------------------------------------------- decoding

_UTF8_BOM = b"\xef\xbb\xbf"
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# C0 control bytes other than tab, newline, vertical tab, form feed, carriage
# return and escape: text files have few or none of them.
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def _decode(data: bytes, where: str) -> str:
    if data.startswith(_UTF8_BOM):
        data = data[len(_UTF8_BOM) :]  # accepted, and dropped from the text
        boms: tuple[tuple[bytes, str], ...] = ()
    else:
        boms = _BOMS
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(
                    f"not valid {encoding.upper()} after its byte-order mark "
                    f"(at byte {len(bom) + err.start}); re-save the file as UTF-8",
                    path=where,
                ) from None
            if not text.strip():
                raise InputError("empty file", path=where)
            return text
    if not data.strip():
        raise InputError("empty file", path=where)
    if b"\x00" in data:
        head = data[:4096]
        if len(head) >= 4 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.9 * (len(head) // 2):
            raise InputError(
                "binary file, not text (it looks like UTF-16 without a byte-order mark); re-save the file as UTF-8",
                path=where,
            )
        raise InputError("binary file, not text", path=where)
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    if controls > max(2, len(sample) // 20):
        raise InputError("binary file, not text", path=where)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise InputError(
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at line {line}); re-save the file as UTF-8",
            path=where,
            line=line,
        ) from None
    if not text.strip():
        raise InputError("empty file", path=where)
    return text


# --------------------------------------------------------------------------- front matter

_FENCE = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)


class _StringDatesLoader(NoAliasLoader):
    """The shared alias-free SafeLoader, leaving timestamps as the strings
    written, so that ``published`` is validated here (with a helpful message)
    and other keys keep their spelling."""


_StringDatesLoader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


@dataclass
class _FrontMatter:
    data: dict
    body_start: int
    key_lines: dict[str, int]  # key -> 1-based file line


def _front_matter(text: str, where: str) -> _FrontMatter:
    fence = _FENCE.match(text)
    if fence is None:
        return _FrontMatter({}, 0, {})
    inner_start = fence.end()
    close = _CLOSE.search(text, inner_start)
    if close is None:
        raise InputError(
            "front matter opened with '---' is never closed; add a closing '---' line before the article text",
            path=where,
            line=1,
        )
    inner = text[inner_start : close.start()]
    body_start = close.end() + 1 if close.end() < len(text) else close.end()
    try:
        loader = _StringDatesLoader(inner)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        context_mark = getattr(err, "context_mark", None)
        if context_mark is not None and (mark is None or mark.index >= len(inner.rstrip())):
            mark = context_mark  # ran off the end: point at what was left open
        line = mark.line + 2 if mark is not None else 1  # +1 for 1-based, +1 for the '---' line
        problem = getattr(err, "problem", None) or str(err)
        context = getattr(err, "context", None)
        detail = " ".join(str(f"{context}: {problem}" if context else problem).split())
        raise InputError(f"invalid YAML in front matter ({detail})", path=where, line=line) from None
    if data is None:
        return _FrontMatter({}, body_start, {})
    if not isinstance(data, dict):
        kind = {list: "a list"}.get(type(data), f"a single value ({data!r})")
        raise InputError(f"front matter must be a mapping of 'key: value' lines, not {kind}", path=where, line=2)
    key_lines = {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
    return _FrontMatter({str(k): v for k, v in data.items()}, body_start, key_lines)


_NOT_NEWLINE = re.compile(r"[^\n]")


def blank_front_matter(text: str, body_start: int) -> str:
    """``text`` with everything before ``body_start`` but the line breaks
    replaced by spaces: same length, same lines, no metadata left to extract."""
    if body_start <= 0:
        return text
    return _NOT_NEWLINE.sub(" ", text[:body_start]) + text[body_start:]


def _as_str(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


#: Publication dates outside this range are input errors: relative dates are
#: resolved by adding days, weeks and years to them, which must stay inside
#: the calendar (year 1 to 9999) with room to spare.
PUBLISHED_RANGE = (date(1000, 1, 1), date(8999, 12, 31))


def _published(value: object, where: str, line: int | None) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return _in_range(value, where, line)
    text = str(value).strip() if value is not None else ""
    if _ISO_DATE.fullmatch(text):
        try:
            return _in_range(date.fromisoformat(text), where, line)
        except ValueError:
            raise InputError(
                f"'published' is not a calendar date: {text!r} (expected YYYY-MM-DD)", path=where, line=line
            ) from None
    raise InputError(
        f"'published' must be a date written YYYY-MM-DD (such as 2025-04-30), not {text!r}",
        path=where,
        line=line,
    )


def _in_range(value: date, where: str, line: int | None) -> date:
    lo, hi = PUBLISHED_RANGE
    if not lo <= value <= hi:
        raise InputError(
            f"'published' {value.isoformat()} is outside the supported range {lo.isoformat()} to {hi.isoformat()}",
            path=where,
            line=line,
        )
    return value


# --------------------------------------------------------------------------- date inference

_DATE_GROUP = rf"(?P<date>{DATE_PHRASE})"
_I = r"(?i:{})".format
_UPPER = "A-ZÀ-ÖØ-Þ"  # upper-case letters, accented ones included ("MONTRÉAL")
#: A clock time after a date: "4:39 PM", "11:18 AM IST", "at 9 a.m.", "16:05".
_CLOCK = r"(?:at\s+)?(?:\d{1,2}:\d{2}(?:\s*(?i:[ap]\.?m\.?))?|\d{1,2}\s*(?i:[ap]\.?m\.?))(?:\s+[A-Z]{2,4}\b)?"
#: A press wire's tag after a dateline's date: "/CNW/", "/PRNewswire/".
_WIRE_TAG = r"(?:\s*/[A-Za-z][\w .&-]{0,30}/)?"

# (rank, what, longest line it may sit on, regex): lower rank wins; an explicit
# "published" statement beats a byline, which beats a dateline, which beats a
# bare date at the top (rank 4, below), which beats an "updated" stamp. The
# line-length limits keep a date in a long paragraph ("a report published
# April 3, 2025 said ...") from passing for the article's own date.
_DATE_CUES: tuple[tuple[int, str, int, re.Pattern[str]], ...] = (
    (0, "first published", 200, re.compile(_I(r"\b(?:first|originally) published(?: on)?:?\s+") + _DATE_GROUP)),
    (1, "published", 120, re.compile(_I(r"\b(?:published|posted)(?: on)?:?\s+") + _DATE_GROUP)),
    (
        2,
        "byline",
        120,
        re.compile(r"^[ \t]*" + _I(r"by\s") + r"[^\n]{1,60}?\s*(?:\bon|[|,—–-])\s*" + _DATE_GROUP, re.M),
    ),
    # "OTTAWA (Reuters) April 30, 2025 —", "WASHINGTON, D.C., April 30, 2025 -",
    # "MONTRÉAL, March 28, 2025 /CNW/ -" (a wire's tag between slashes)
    (
        3,
        "dateline",
        400,
        re.compile(
            rf"^[ \t]*[{_UPPER}][{_UPPER}.'’ -]{{1,40}}(?:,\s*[{_UPPER}][\w.]*(?:\s[{_UPPER}][\w.]*)?)?,?\s*"
            r"(?:\([^)\n]{1,40}\))?\s*[,-]?\s*" + _DATE_GROUP + rf"(?:,?\s+{_CLOCK})?{_WIRE_TAG}\s*[—–-]",
            re.M,
        ),
    ),
    (5, "updated", 120, re.compile(_I(r"\b(?:last )?updated(?: on)?:?\s+") + _DATE_GROUP)),
)
_TOP_DATE = re.compile(
    rf"[\[(]?(?:{_I(r'(?:published|posted|updated)(?: on)?:?')}\s+)?{_DATE_GROUP}\.?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?[\])]?"
)
#: A time stamp that opens a line of text: "Mar 28, 2025 4:39 PM - The ..."
#: (the clock time is required, so a timeline entry "March 3, 2020 - ..." is not one).
_TOP_STAMP = re.compile(rf"[\[(]?{_DATE_GROUP},?\s+{_CLOCK}[\])]?(?=\s*[—–|-]\s*\S)")
_TOP_LINES = 5  # a bare date counts when on one of the first five non-blank lines that are not furniture


@dataclass
class _Candidate:
    rank: int
    offset: int
    phrase: str
    line: int
    value: date


def _parse_date(phrase: str) -> date | None:
    import dateparser  # slow to import; only needed when the text has a date cue

    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    return parsed.date() if parsed else None


def _date_candidates(text: str, body_start: int) -> list[_Candidate]:
    body = text[body_start:]
    found: list[_Candidate] = []

    def add(rank: int, start: int, phrase: str, date_text: str) -> None:
        value = _parse_date(date_text)
        if value is not None:
            offset = body_start + start
            found.append(_Candidate(rank, offset, phrase, text.count("\n", 0, offset) + 1, value))

    for rank, _, longest, rx in _DATE_CUES:
        for m in rx.finditer(body):
            line_start = body.rfind("\n", 0, m.start()) + 1
            line_end = body.find("\n", m.start())
            if len(body[line_start : line_end if line_end != -1 else None].strip()) > longest:
                continue
            phrase = " ".join(m.group(0).split()).rstrip(" —–-")
            add(rank, m.start() + len(m.group(0)) - len(m.group(0).lstrip()), phrase, m.group("date"))

    pos, seen = 0, 0
    for raw in body.split("\n"):
        line = raw.strip()
        if line:
            flat = " ".join(line.split())
            top = _TOP_DATE.fullmatch(flat) or _TOP_STAMP.match(flat)
            if top:
                add(4, pos + raw.index(line[0]), top.group(0).strip("[]()"), top.group("date"))
            elif not is_furniture(line):
                seen += 1  # share buttons, photo credits and the like do not push the date down
            if seen >= _TOP_LINES:
                break
        pos += len(raw) + 1
    found.sort(key=lambda c: (c.rank, c.offset))
    return found


def _dateline(text: str, body_start: int) -> _Candidate | None:
    """The publication date the text itself gives first, or None: near the top
    of the text (an "originally published" note may stand anywhere: a
    republished article often says so at its end), and not a revision's date
    ("Updated: April 2, 2025", "By Jane Smith | Updated on April 2, 2025")."""
    lo, hi = PUBLISHED_RANGE
    top = body_start + _top_end(text[body_start:])
    for c in _date_candidates(text, body_start):
        if c.rank >= _UPDATED_RANK or not lo <= c.value <= hi or (c.rank > 0 and c.offset >= top):
            continue
        line_start = text.rfind("\n", 0, c.offset) + 1
        if _REVISED.search(text[line_start : c.offset] + " " + c.phrase):
            continue
        return c
    return None


def _top_end(body: str) -> int:
    """Where the top of the text ends: after its first :data:`_TOP_LINES`
    lines that are not blank or furniture (as a bare date at the top counts)."""
    pos, seen = 0, 0
    for raw in body.split("\n"):
        pos += len(raw) + 1
        line = raw.strip()
        if line and not is_furniture(line):
            seen += 1
            if seen >= _TOP_LINES:
                break
    return pos


#: The rank of an "updated" stamp in :data:`_DATE_CUES`.
_UPDATED_RANK = next(rank for rank, what, _, _ in _DATE_CUES if what == "updated")
#: Words that make a date on its line a revision's: "Updated: April 2, 2025" alone
#: on its line, "By Jane Smith | Updated on ...", "Corrected on ...", "last modified".
_REVISED = re.compile(r"\b(?:updated?|modified|edited|revised|corrected|correction)\b", re.IGNORECASE)


def _infer_published(text: str, body_start: int) -> tuple[date | None, str]:
    candidates = _date_candidates(text, body_start)
    if not candidates:
        return None, NO_DATE_NOTE
    lo, hi = PUBLISHED_RANGE
    candidates = [c for c in candidates if lo <= c.value <= hi]
    if not candidates:
        return None, NO_DATE_NOTE
    best = candidates[0]
    note = f"inferred from the text: '{best.phrase}' (line {best.line})"
    others = [c for c in candidates if c.value != best.value]
    if others:
        o = others[0]
        note += f"; the text also has '{o.phrase}' (line {o.line}), which says {o.value.isoformat()}"
    return best.value, note


# --------------------------------------------------------------------------- title

_TITLE_END = re.compile(r"[.!?:;,…][\"'”’»)\]]*$")


def _infer_title(text: str, body_start: int) -> str | None:
    """The first content line near the top when it looks like a headline:
    short, no sentence-ending punctuation, followed by a blank line."""
    lines = text[body_start:].split("\n")
    for i, raw in enumerate(lines[:12]):
        line = raw.strip()
        if not line or is_furniture(line):
            continue
        following_blank = i + 1 >= len(lines) or not lines[i + 1].strip()
        if (
            following_blank
            and 3 <= len(line) <= 160
            and len(line.split()) >= 2
            and not _TITLE_END.search(line)
            and not line[0].islower()
            and not line.startswith(("-", "*", "#", ">"))
        ):
            return line
        if line.startswith("#"):  # a Markdown heading
            heading = line.lstrip("#").strip()
            return heading or None
        return None
    return None


# --------------------------------------------------------------------------- articles

#: Articles larger than this are refused (a news article is rarely above 200 KB;
#: a file this size is a dump or a mistake, and extraction time grows with it).
MAX_ARTICLE_BYTES = 8 * 1024 * 1024


def _read_regular(path: Path, where: str) -> bytes:
    """The bytes of a regular file, at most :data:`MAX_ARTICLE_BYTES` of them.

    Opened without blocking and checked with ``fstat`` before reading, so a
    FIFO or a device (``/dev/zero``) named directly is an error, not a hang."""
    if not path.exists() and not path.is_symlink():
        raise InputError("no such file or directory", path=where)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except IsADirectoryError:
        raise InputError("is a directory, not an article file", path=where) from None
    except OSError as err:
        if err.errno == errno.ENOENT:
            raise InputError("no such file or directory (a broken link?)", path=where) from None
        raise InputError(f"cannot read the file ({err.strerror or err})", path=where) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError("is a directory, not an article file", path=where)
        if not stat.S_ISREG(mode):
            raise InputError(f"{_kind_of(mode)}, not a regular file; only regular files are read", path=where)
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = fh.read(MAX_ARTICLE_BYTES + 1)
    except OSError as err:
        raise InputError(f"cannot read the file ({err.strerror or err})", path=where) from None
    finally:
        os.close(fd)
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(
            f"larger than the article size limit ({MAX_ARTICLE_BYTES // (1024 * 1024)} MiB); "
            "split it into articles or leave it out",
            path=where,
        )
    return data


_KNOWN_KEYS = ("published", "published_note", "outlet", "title")


def _article_id(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).with_suffix("").as_posix()
        except ValueError:
            pass
    return path.stem


def load_article(path: Path, *, root: Path | None = None) -> Article:
    """Read one article file. Raises :class:`InputError` for anything the user
    must fix; the message names the file (as given) and the line."""
    path = Path(path)
    where = str(path)
    if root is not None:
        try:
            shown = path.relative_to(root).as_posix()
        except ValueError:
            shown = where
    else:
        shown = where
    data = _read_regular(path, where)

    # Line endings are normalised (\r\n and lone \r become \n) so that offsets
    # and line numbers mean the same on every platform; nothing else changes.
    text = _decode(data, where).replace("\r\n", "\n").replace("\r", "\n")
    fm = _front_matter(text, where)
    if not text[fm.body_start :].strip():
        raise InputError("empty file: front matter but no article text", path=where)
    text = blank_front_matter(text, fm.body_start)

    meta = {k: _as_str(v) for k, v in fm.data.items() if k not in _KNOWN_KEYS}
    dateline: date | None = None
    if "published" in fm.data:
        published: date | None = _published(fm.data["published"], where, fm.key_lines.get("published"))
        source = "front_matter"
        note = _as_str(fm.data.get("published_note")).strip() or "from front matter"
        stated = _dateline(text, fm.body_start)
        if stated is not None and published is not None and abs((stated.value - published).days) > 1:
            # a republished or misdated article: the user's date stands, and the report says so
            dateline = stated.value
            note += (
                f"; the text's own date says {stated.value.isoformat()} ('{stated.phrase}', line {stated.line}):"
                " its relative dates and ages are read as of the front matter's"
            )
    else:
        published, note = _infer_published(text, fm.body_start)
        source = "text" if published else "none"
        if fm.data.get("published_note") is not None:
            meta["published_note"] = _as_str(fm.data["published_note"])
    outlet = _as_str(fm.data.get("outlet")).strip() or None
    title = _as_str(fm.data.get("title")).strip() or _infer_title(text, fm.body_start)

    return Article(
        id=_article_id(path, root),
        path=shown,
        text=text,
        body_start=fm.body_start,
        published=published,
        published_source=source,
        published_note=note,
        dateline=dateline,
        outlet=outlet,
        title=title,
        meta=meta,
        sha256=hashlib.sha256(data).hexdigest(),
    )


def load_corpus(target: Path, *, follow_links: bool = False) -> tuple[list[Article], list[InputError]]:
    """Load every article under ``target``. Files that cannot be loaded (or
    that :func:`discover` leaves out) come back as errors; the others still
    load. Articles are sorted by id; ids that collide (``a.md`` and ``a.txt``)
    become the relative paths with suffix. A missing ``target`` raises."""
    if not Path(target).exists():
        raise InputError("no such file or directory", path=str(target))
    return load_paths([Path(target)], follow_links=follow_links)


def load_paths(targets: list[Path], *, follow_links: bool = False) -> tuple[list[Article], list[InputError]]:
    """:func:`load_corpus` over several files and folders. A file named twice
    (``seeds/ seeds/x.md``, or through a link) is read once, silently, as part
    of the first target that holds it."""
    errors: list[InputError] = []
    articles: list[Article] = []
    seen: set[Path] = set()
    for target in targets:
        target = Path(target)
        try:
            files = discover(target, follow_links=follow_links, skipped=errors)
        except InputError as exc:
            errors.append(exc)
            continue
        root = target if target.is_dir() else None
        loaded: list[Article] = []
        for path in files:
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
            try:
                loaded.append(load_article(path, root=root))
            except InputError as err:
                errors.append(err)
        articles.extend(_unique_ids(loaded))
    return articles, errors


def _unique_ids(articles: list[Article]) -> list[Article]:
    """Ids that collide within one folder (``a.md`` and ``a.txt``) become the
    relative paths with suffix; the result is sorted by id."""
    by_id: dict[str, list[Article]] = {}
    for art in articles:
        by_id.setdefault(art.id, []).append(art)
    taken = {i for i, group in by_id.items() if len(group) == 1}
    result: list[Article] = []
    for group in by_id.values():
        if len(group) == 1:
            result.extend(group)
            continue
        for art in sorted(group, key=lambda a: a.path):
            new_id = art.path  # relative path with its suffix: "a.md", "a.txt"
            n = 2
            candidate = new_id
            while candidate in taken:
                candidate = f"{new_id}#{n}"
                n += 1
            taken.add(candidate)
            result.append(art.model_copy(update={"id": candidate}))
    result.sort(key=lambda a: a.id)
    return result
