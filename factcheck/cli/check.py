"""``factcheck check`` and ``factcheck baseline``: a CI gate for new articles.

``check`` loads the whole corpus, extracts what changed (the rest comes from
the cache), runs the rules over everything, and reports only the findings
that involve one of the new or changed articles and are not in the baseline.
Exit codes: 0 nothing new at or above ``--fail-on``, 1 new findings, 2 usage
or input error.

``baseline`` records the corpus's current findings as accepted. A finding is
matched by its id, a fingerprint of the rule, the article ids and the
normalised claim sentences: it survives line shifts and article order.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .._version import __version__
from ..ingest.loader import Listed, discover, load_article
from ..model.errors import InputError, UsageError
from ..model.models import Article, Finding, OutputFormat, Report, Severity
from ..pipeline.cache import SQLiteCache, default_cache_path
from ..pipeline.core import Processed, load_targets, process, skipped_note, unique_articles
from ..pipeline.indexed import Listing, list_corpus, process_on_index
from ..report import render
from ..report.gate import CheckSummary, plural
from ..rules.ruleset import RuleSet
from .common import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_USAGE,
    Subparsers,
    add_common_args,
    add_follow_links,
    add_jobs,
    add_quiet,
    add_rules_args,
    after_answer,
    output_format,
    progress_bar,
    report_extraction_failures,
    report_input_errors,
    rules_of,
    say,
    use_color,
    width_of,
    write_output,
)

FAIL_ON = (*(str(s) for s in Severity), "never")
BASELINE_VERSION = 1
CHECK_FORMATS = ("text", "json", "sarif", "github")


# ----------------------------------------------------------------------------- arguments


def register(subparsers: Subparsers) -> None:
    p = subparsers.add_parser(
        "check",
        help="check new or changed articles against the rest of a corpus (a CI gate)",
        description=(
            "Check new or changed articles against the corpus and report only the findings that involve them. "
            "Exit 0 when nothing new is at or above --fail-on, 1 when there is, 2 on a usage or input error."
        ),
    )
    p.add_argument("paths", nargs="*", metavar="NEW", help="the new or changed article files (or folders)")
    p.add_argument("--corpus", required=True, metavar="DIR", help="the corpus folder the articles are checked against")
    p.add_argument(
        "--since",
        metavar="REF",
        help="also check the articles added or modified since git revision REF (from its merge base with HEAD), and untracked ones",
    )
    p.add_argument("--baseline", metavar="FILE", help="ignore the findings recorded in FILE (see 'factcheck baseline')")
    p.add_argument(
        "--fail-on",
        default="warning",
        choices=FAIL_ON,
        help=(
            "exit 1 when a new finding is at least this severe (default: warning, what the shipped rules give a "
            "contradiction; possible conflicts, later updates and different events are info)"
        ),
    )
    p.add_argument("--sarif", metavar="FILE", help="also write the SARIF report to FILE")
    _cache_args(p)
    add_common_args(p, CHECK_FORMATS)
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser(
        "baseline",
        help="record the corpus's current findings as accepted, for 'check --baseline'",
        description="Record every current finding of the corpus; 'check --baseline FILE' then ignores them.",
    )
    p.add_argument("--corpus", required=True, metavar="DIR", help="the corpus folder")
    add_rules_args(p)
    p.add_argument("--output", "-o", metavar="FILE", help="write the baseline to FILE instead of standard output")
    add_follow_links(p)
    add_quiet(p)
    add_jobs(p)
    _cache_args(p)
    p.set_defaults(func=cmd_baseline)


def _cache_args(p: argparse.ArgumentParser) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument("--cache", metavar="PATH", help="extraction cache file (default: DIR/.factcheck-cache/cache.sqlite)")
    g.add_argument("--no-cache", action="store_true", help="extract every article again; read and write no cache")
    p.add_argument("--verbose", "-v", action="store_true", help="say what was checked and what came from the cache")


# ----------------------------------------------------------------------------- helpers


def _display_path(path: Path) -> str:
    """How an article is named in reports: relative to the working directory
    when it is under it (CI runs from the repository root, which is what code
    scanning and annotations expect), else as given."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return path.as_posix()


def _displayer(corpus: Path, follow_links: bool) -> Callable[[Listed], str]:
    """:func:`_display_path` for the files of a corpus folder, with one
    ``resolve`` for the folder instead of one a file (a file that is a link
    still goes through :func:`_display_path`; without ``follow_links`` no
    folder on the way is one)."""
    if follow_links:
        return lambda f: _display_path(Path(f.path))
    try:
        base: str | None = corpus.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        base = None
    given = corpus.as_posix()

    def show(f: Listed) -> str:
        if f.link:
            return _display_path(Path(f.path))
        if base is None:
            return f.rel if given == "." else f"{given.rstrip('/')}/{f.rel}"
        return f.rel if base == "." else f"{base}/{f.rel}"

    return show


def _corpus_dir(value: str) -> Path:
    corpus = Path(value)
    if not corpus.exists():
        raise InputError("corpus folder not found", path=value)
    if not corpus.is_dir():
        raise UsageError("--corpus takes a folder, not a file", path=value)
    return corpus


def _open_cache(args: argparse.Namespace, corpus: Path, nlp: str | None) -> SQLiteCache | None:
    if args.no_cache:
        return None
    cache = SQLiteCache(Path(args.cache) if args.cache else default_cache_path(corpus), nlp=nlp)
    if cache.disabled_reason:
        say(f"warning: {cache.path}: {cache.disabled_reason}; checking without the cache")
        return None
    return cache


def _load_corpus(corpus: Path, follow_links: bool = False) -> tuple[list[Article], list[InputError]]:
    articles, errors = load_targets([corpus], follow_links=follow_links)
    shown = [a.model_copy(update={"path": _display_path(corpus / a.path)}) for a in articles]
    return shown, errors


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a command runs.

    Loading thousands of articles and cached extractions and analysing them
    allocates hundreds of thousands of small objects that all stay alive; the
    collector would walk the growing heap again and again (reading 2,000
    cached extractions took 3.3 s with it, 0.7 s without). Reference counting
    still frees everything acyclic; the collector resumes afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _process(
    args: argparse.Namespace,
    articles: Sequence[Article],
    ruleset: RuleSet,
    cache: SQLiteCache | None,
    *,
    focus: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
) -> Processed:
    try:
        with progress_bar(args, articles) as bar:
            return process(
                articles,
                ruleset,
                cache=cache,
                focus=focus,
                skipped=skipped,
                progress=bar,
                jobs=getattr(args, "jobs", None),
            )
    finally:
        if cache is not None:
            cache.close()


def _cache_summary(cache: SQLiteCache | None) -> str:
    if cache is None:
        return "no cache"
    return (
        f"cache {cache.path}: {cache.hits} hit{'s' if cache.hits != 1 else ''}, {cache.misses} miss{'es' if cache.misses != 1 else ''}, {cache.writes} written"
        + (f", rebuilt {cache.rebuilds}x" if cache.rebuilds else "")
        + (f"; claims index: {plural(cache.compared, 'article')} compared" if cache.compared is not None else "")
    )


# ----------------------------------------------------------------------------- git


def _git(args: Sequence[str], cwd: Path) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise UsageError("--since needs git, and git was not found on PATH") from None
    except OSError as exc:
        raise UsageError(f"--since: cannot run git: {exc.strerror or exc}") from None


def changed_since(ref: str, corpus: Path) -> list[Path]:
    """Files under ``corpus`` added or modified since ``ref`` (from the merge
    base of ``ref`` and HEAD to the working tree, as a pull request's diff),
    plus untracked files that git does not ignore."""
    top = _git(["rev-parse", "--show-toplevel"], corpus)
    if top.returncode != 0:
        raise UsageError(f"--since: {corpus} is not inside a git repository", path=None)
    root = Path(top.stdout.strip())
    if _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root).returncode != 0:
        raise UsageError(
            f"--since: unknown git revision '{ref}' (fetch it first, e.g. 'git fetch origin', or check the name)"
        )
    base = _git(["merge-base", ref, "HEAD"], root)
    start = base.stdout.strip() if base.returncode == 0 and base.stdout.strip() else ref
    try:
        spec = corpus.resolve().relative_to(root.resolve()).as_posix() or "."
    except ValueError:
        raise UsageError(f"--since: the corpus {corpus} is not inside the git repository {root}") from None
    diff = _git(["diff", "--name-only", "--no-renames", "--diff-filter=AM", "-z", start, "--", spec], root)
    if diff.returncode != 0:
        msg = (diff.stderr.strip().splitlines() or ["git diff failed"])[-1]
        raise UsageError(f"--since: {msg}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z", "--", spec], root)
    names = [n for n in diff.stdout.split("\0") if n]
    if untracked.returncode == 0:
        names += [n for n in untracked.stdout.split("\0") if n]
    return [root / n for n in sorted(set(names))]


# ----------------------------------------------------------------------------- new articles


def _expand(paths: Iterable[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if not path.exists():
            raise InputError("no such file or directory", path=p)
        out.extend(discover(path) if path.is_dir() else [path])
    return out


class _ByPath:
    """Corpus articles by the file they were read from: looked up by display
    path first; every article's path is resolved only when that misses."""

    def __init__(self, articles: list[Article]) -> None:
        self.articles = articles
        self.shown = {a.path: a for a in articles}
        self.resolved: dict[Path, Article] | None = None

    def get(self, f: Path, real: Path, *, inside: bool) -> Article | None:
        """The article read from ``f`` (``real``: its resolved path; ``inside``:
        whether a corpus article can be there)."""
        a = self.shown.get(_display_path(f))
        if a is not None and Path(a.path).resolve() == real:
            return a
        if not inside:
            return None
        if self.resolved is None:
            self.resolved = {Path(a.path).resolve(): a for a in self.articles}
        return self.resolved.get(real)


def select_new(
    files: Sequence[Path],
    corpus: Path,
    articles: list[Article],
    errors: list[InputError],
    *,
    follow_links: bool = False,
) -> tuple[list[Article], list[str], list[InputError], list[str]]:
    """Which corpus articles are the new ones.

    Returns (articles to analyse, ids of the new ones, input errors of new
    files, notes). A file inside the corpus is the corpus's article; a file
    the corpus does not read as an article (README, hidden, other suffix) is
    ignored; a file outside the corpus (a draft) is loaded and checked too.
    """
    root = corpus.resolve()
    # article paths are display paths (relative to the working directory)
    by_path = _ByPath(articles)
    failed = {Path(e.path).resolve(): e for e in errors if e.path}
    named: list[Article] = []  # the new articles, corpus ones and drafts, in the order given
    new_errors: list[InputError] = []
    notes: list[str] = []
    extra: list[Article] = []
    for f in files:
        rp = f.resolve()
        # without follow_links every corpus article lies inside the corpus folder
        found = by_path.get(f, rp, inside=follow_links or rp == root or root in rp.parents)
        if found is not None:
            named.append(found)
        elif rp in failed:
            new_errors.append(failed[rp])
        elif rp == root or root in rp.parents:
            notes.append(
                f"{_display_path(f)}: not an article of the corpus (README, hidden or not .md/.markdown/.txt); ignored"
            )
        else:
            try:
                art = load_article(f)
            except InputError as exc:
                new_errors.append(exc)
                continue
            draft = art.model_copy(update={"path": _display_path(f)})
            extra.append(draft)
            named.append(draft)
    # drafts join the corpus under the pipeline's one policy for colliding ids
    merged, clashes = unique_articles(articles + extra)
    new_errors.extend(clashes)
    kept = {id(a) for a in merged}
    new_ids: list[str] = []
    for a in named:
        if id(a) in kept and a.id not in new_ids:
            new_ids.append(a.id)
    return merged, new_ids, new_errors, notes


# ----------------------------------------------------------------------------- baseline


def baseline_entry(f: Finding) -> dict:
    return {
        "id": f.id,
        "rule": f.rule,
        "articles": sorted({c.article for c in f.claims}),
        "message": " ".join(f.message.split()),
    }


def render_baseline(findings: Sequence[Finding]) -> str:
    data = {
        "factcheck_baseline": BASELINE_VERSION,
        "generated_by": f"factcheck {__version__}",
        "findings": [baseline_entry(f) for f in sorted(findings, key=lambda f: f.id)],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_baseline(path: str) -> dict[str, dict]:
    """Baseline entries by finding id. Accepts the file ``baseline`` writes, or
    a plain JSON list of ids."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            "baseline file not found (create it with 'factcheck baseline --corpus DIR -o FILE')", path=path
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the baseline: {getattr(exc, 'strerror', None) or exc}", path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"baseline is not valid JSON ({exc.msg})", path=path, line=exc.lineno) from None
    items = data.get("findings") if isinstance(data, dict) else data
    if not isinstance(items, list):
        raise InputError("baseline must be a JSON object with a 'findings' list", path=path)
    out: dict[str, dict] = {}
    for i, item in enumerate(items):
        if isinstance(item, str):
            item = {"id": item}
        if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item["id"]:
            raise InputError(f"baseline entry {i + 1} has no finding 'id'", path=path)
        out[item["id"]] = item
    return out


# ----------------------------------------------------------------------------- the report


def involves(f: Finding, ids: set[str]) -> bool:
    return any(c.article in ids for c in f.claims)


def check_report(report: Report, new_ids: set[str], findings: Sequence[Finding]) -> Report:
    """The report restricted to the new articles: the given findings, the new
    articles and those they conflict with, and the events and notes that
    concern them."""
    shown = set(new_ids) | {c.article for f in findings for c in f.claims}
    return Report(
        version=report.version,
        articles=tuple(a for a in report.articles if a.id in shown),
        findings=tuple(findings),
        events=tuple(e for e in report.events if new_ids & set(e.articles)),
        notes=tuple(n for n in report.notes if n.split(":", 1)[0] in shown)
        + tuple(skipped_note(s) for s in report.skipped),
        skipped=report.skipped,
    )


def fails(findings: Iterable[Finding], fail_on: str) -> list[Finding]:
    if fail_on == "never":
        return []
    return [f for f in findings if f.severity.at_least(fail_on)]


# ----------------------------------------------------------------------------- commands


def cmd_check(args: argparse.Namespace) -> int:
    with _gc_paused():
        return _check(args)


def cmd_baseline(args: argparse.Namespace) -> int:
    with _gc_paused():
        return _baseline(args)


def _list(
    args: argparse.Namespace, corpus: Path, focused: bool, nlp: str | None
) -> tuple[SQLiteCache | None, Listing | None, list[Article], list[InputError]]:
    """The corpus's articles; with a cache (and a focused check), listed on the
    claims index: unchanged files are not read."""
    cache = _open_cache(args, corpus, nlp) if focused else None
    listing = (
        list_corpus(cache, corpus, display=_displayer(corpus, args.follow_links), follow_links=args.follow_links)
        if cache is not None
        else None
    )
    if listing is not None:
        return cache, listing, listing.articles, listing.errors
    return (cache, None, *_load_corpus(corpus, args.follow_links))


def _analyse_new(
    args: argparse.Namespace,
    corpus: Path,
    files: list[Path],
    ruleset: RuleSet,
    focused: bool,
    new_ids: set[str],
    listing: Listing | None,
    cache: SQLiteCache | None,
    loaded: tuple[list[Article], list[InputError]],
) -> tuple[Processed, list[Article], SQLiteCache | None]:
    """The analysis of the new articles against the corpus (``loaded``: its
    articles with the new ones, and its input errors): on the claims index when
    it can answer, else over every article. Returns it, the articles of the
    corpus and the cache used."""
    articles, errors = loaded
    if listing is not None and cache is not None:
        cache.hold()  # the new articles' writes are committed once the caller has its answer
        try:
            result = process_on_index(cache, listing, articles, new_ids, ruleset, skipped=errors, jobs=args.jobs)
        except BaseException:
            cache.close()
            raise
        if result is not None:
            after_answer(cache.close)
            return result, articles, cache
        cache.close()  # (committed now: the whole corpus is read next, with a store of its own)
        # the index cannot answer: read and analyse the whole corpus
        articles, errors = _load_corpus(corpus, args.follow_links)
        articles, _, _, _ = select_new(files, corpus, articles, errors, follow_links=args.follow_links)
        cache = None
    cache = cache or _open_cache(args, corpus, ruleset.nlp)
    return _process(args, articles, ruleset, cache, focus=new_ids if focused else None, skipped=errors), articles, cache


def _check(args: argparse.Namespace) -> int:
    fmt = output_format(args.format)
    if not args.paths and not args.since:
        raise UsageError("give the new articles (factcheck check NEW... --corpus DIR) or --since REF")
    corpus = _corpus_dir(args.corpus)
    baseline = load_baseline(args.baseline) if args.baseline else None
    ruleset = rules_of(args, [corpus])

    files = _expand(args.paths)
    if args.since:
        files += changed_since(args.since, corpus)

    # Only pairs involving a new article are compared. Baseline entries are
    # judged when they involve a new article or one that is gone; an entry
    # that names no articles needs the whole corpus analysed.
    focused = all(entry.get("articles") for entry in (baseline or {}).values())
    cache, listing, articles, errors = _list(args, corpus, focused, ruleset.nlp)
    articles, new_list, new_errors, notes = select_new(files, corpus, articles, errors, follow_links=args.follow_links)
    new_ids = set(new_list)
    report_input_errors(new_errors)
    new_error_set = {id(e) for e in new_errors}
    for e in errors:
        if id(e) not in new_error_set:
            say(f"warning: {e} (not part of the check)")
    if args.verbose:
        for n in notes:
            say(n)

    if new_ids:
        result, articles, cache = _analyse_new(
            args, corpus, files, ruleset, focused, new_ids, listing, cache, (articles, errors)
        )
        report_extraction_failures(result.extractions)
    else:
        if cache is not None:
            cache.close()
        result = process([], ruleset, skipped=errors)
    full, extractions = result.report, result.extractions

    accepted = baseline or {}
    touching = [f for f in full.findings if involves(f, new_ids)]
    new_findings = [f for f in touching if f.id not in accepted]
    suppressed = [f for f in touching if f.id in accepted]
    current = {f.id for f in full.findings}
    corpus_ids = {a.id for a in articles}

    def judged(entry: dict[str, Any]) -> bool:
        arts = entry.get("articles") or []
        return not focused or any(a in new_ids or a not in corpus_ids for a in arts)

    stale = [entry for fid, entry in accepted.items() if fid not in current and judged(entry)] if new_ids else []
    failing = fails(new_findings, args.fail_on)
    report = check_report(full, new_ids, new_findings)
    shown = {a.id for a in report.articles}
    shown_extractions = [e for e in extractions if e.article.id in shown]

    if args.verbose:
        say(
            f"checked {plural(len(new_ids), 'new article')} against {plural(len(articles) - len(new_ids), 'corpus article')}; {_cache_summary(cache)}"
        )

    summary = CheckSummary(
        corpus=args.corpus,
        new_articles=tuple(new_list),
        corpus_articles=len(articles) - len(new_ids),
        fail_on=args.fail_on,
        failing=len(failing),
        baseline=args.baseline,
        suppressed=tuple(f.id for f in suppressed),
        stale=tuple(stale),
        input_errors=tuple(str(e) for e in new_errors),
        ignored=tuple(notes),
    )
    options: dict[str, Any] = {"extractions": shown_extractions, "new_articles": sorted(new_ids), "ruleset": ruleset}
    color = use_color(args)
    text = render(report, fmt, check=summary, width=width_of(args), color=color, **options)
    if fmt not in (OutputFormat.text, OutputFormat.json):
        for entry in stale:
            say(
                f"note: stale baseline entry {entry['id']} ({entry.get('rule', '?')}): no longer found; remove it from {args.baseline}"
            )
    write_output(text, args.output)
    if args.sarif:
        write_output(render(report, OutputFormat.sarif, **options), args.sarif)

    if new_errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_OK


def _baseline(args: argparse.Namespace) -> int:
    corpus = _corpus_dir(args.corpus)
    ruleset = rules_of(args, [corpus])
    articles, errors = _load_corpus(corpus, args.follow_links)
    report_input_errors(errors)
    if not articles and not errors:
        raise InputError("no articles found (looked for .md, .markdown and .txt files)", path=args.corpus)
    cache = _open_cache(args, corpus, ruleset.nlp)
    report = _process(args, articles, ruleset, cache).report
    write_output(render_baseline(report.findings), args.output)
    if args.verbose or (args.output and args.output != "-"):
        where = f" to {args.output}" if args.output and args.output != "-" else ""
        say(f"recorded {plural(len(report.findings), 'finding')} of {plural(len(articles), 'article')}{where}")
    if args.verbose:
        say(_cache_summary(cache))
    return EXIT_USAGE if errors else EXIT_OK
