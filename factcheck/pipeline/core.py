"""The pipeline, end to end: articles -> extractions -> corpus -> findings -> report.

Every command and benchmark goes through here: :func:`load_targets` reads the
articles (one policy for colliding article ids: :func:`unique_articles`),
:func:`process` extracts them (through an optional cache) and analyses them
together, :func:`run_rules` runs every rule's check over the corpus context.
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .._version import __version__
from ..engine.corpus import Corpus
from ..extract.extractor import extract
from ..extract.nlp import load_nlp
from ..ingest.loader import load_paths
from ..ingest.segment import segment
from ..knowledge.packs import find_config
from ..model.errors import InputError
from ..model.models import Article, ArticleSummary, Extraction, Finding, Report, SkippedFile
from ..rules.ruleset import RuleSet
from ..rules.stack import load_stack
from .parallel import extract_many


class ExtractionCache(Protocol):
    """Anything that can remember extractions by article content and rules."""

    def get(self, article: Article, ruleset: RuleSet) -> Extraction | None: ...

    def put(self, extraction: Extraction, ruleset: RuleSet) -> None: ...


# ----------------------------------------------------------------------------- load


def unique_articles(articles: Iterable[Article]) -> tuple[list[Article], list[InputError]]:
    """The one policy for colliding article ids: the first article with an id
    is kept (in the order given: a corpus before the files added to it), every
    later one is an input error naming its file."""
    kept: dict[str, Article] = {}
    errors: list[InputError] = []
    for a in articles:
        first = kept.get(a.id)
        if first is not None:
            errors.append(
                InputError(f"article id '{a.id}' is already used by {first.path}; rename one of the files", path=a.path)
            )
            continue
        kept[a.id] = a
    return list(kept.values()), errors


def load_targets(targets: Sequence[Path], *, follow_links: bool = False) -> tuple[list[Article], list[InputError]]:
    """The articles of the given files and folders, sorted by id, and the input
    errors of files that could not be read, were left out or whose id is
    taken. A file named twice is read once."""
    articles, errors = load_paths([Path(t) for t in targets], follow_links=follow_links)
    unique, clashes = unique_articles(sorted(articles, key=lambda a: a.id))
    return unique, errors + clashes


# ----------------------------------------------------------------------------- extract


def extract_article(article: Article, ruleset: RuleSet) -> Extraction:
    return extract(article, ruleset.knowledge, load_nlp(ruleset.nlp))


def extract_or_report(article: Article, ruleset: RuleSet) -> Extraction:
    """Extract one article; a failure inside factcheck (a bug) costs that
    article's facts, never the run: it is kept, with its sentences where
    they can be had, and the report says it was not checked."""
    try:
        return extract_article(article, ruleset)
    except Exception as exc:  # noqa: BLE001 - any bug in one extractor
        try:
            sentences = tuple(segment(article))
        except Exception:  # noqa: BLE001
            sentences = ()
        return Extraction(
            article=article,
            sentences=sentences,
            error=f"not checked: extraction failed ({type(exc).__name__}: {exc}); this is a bug in factcheck, please report it",
        )


class Progress(Protocol):
    """Told about each article as extraction goes (a progress bar)."""

    def advance(self, article: Article) -> None: ...


def extract_all(
    articles: Iterable[Article],
    ruleset: RuleSet,
    cache: ExtractionCache | None = None,
    *,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> list[Extraction]:
    """The extraction of each article, in order: from the cache when it has
    it, else extracted (in ``jobs`` parallel processes, by default one per
    core for a large batch, see :mod:`.parallel`; the result does not depend
    on it)."""
    arts = list(articles)
    found = [cache.get(a, ruleset) if cache is not None else None for a in arts]
    todo = [a for a, ex in zip(arts, found) if ex is None]
    fresh = extract_many(todo, functools.partial(extract_or_report, ruleset=ruleset), jobs=jobs)
    out = []
    for art, ex in zip(arts, found):
        if ex is None:
            ex = next(fresh)
            if cache is not None and ex.error is None:
                cache.put(ex, ruleset)
        out.append(ex)
        if progress is not None:
            progress.advance(art)
    return out


# ----------------------------------------------------------------------------- analyse


def run_rules(ruleset: RuleSet, corpus: Corpus, *, only: Iterable[str] | None = None) -> list[Finding]:
    """Every rule's check over the corpus; with a focus, only findings that
    involve a focus article."""
    wanted = set(only) if only is not None else None
    findings: dict[str, Finding] = {}
    for rule in ruleset.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        for f in rule.findings(corpus):
            if corpus.in_focus(*(c.article for c in f.claims)):
                findings.setdefault(f.id, f)
    return sorted(
        findings.values(),
        key=lambda f: (f.severity.rank, f.rule, f.claims[0].article, f.claims[0].line, f.id),
    )


def summary(article: Article) -> ArticleSummary:
    return ArticleSummary(
        id=article.id,
        path=article.path,
        published=article.published.isoformat() if article.published else None,
        published_source=article.published_source,
        published_note=article.published_note,
        outlet=article.outlet,
        title=article.title,
    )


def skipped_files(errors: Iterable[InputError]) -> tuple[SkippedFile, ...]:
    """The input errors of files that were left out, as the report lists them."""
    out: dict[tuple[str, int | None, str], SkippedFile] = {}
    for e in errors:
        item = SkippedFile(path=e.path or "", line=e.line, reason=e.detail)
        out.setdefault((item.path, item.line, item.reason), item)
    return tuple(out[k] for k in sorted(out, key=lambda k: (k[0], k[1] or 0, k[2])))


def skipped_note(s: SkippedFile) -> str:
    where = f"{s.path}:{s.line}" if s.line is not None else s.path
    return f"{where}: not checked: {s.reason}"


def analyse(
    extractions: Sequence[Extraction],
    ruleset: RuleSet,
    *,
    only_rules: Iterable[str] | None = None,
    focus: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
    corpus: Corpus | None = None,
) -> Report:
    """Findings and report for a set of extracted articles. With ``focus``
    (article ids), only findings that involve one of those articles are
    computed: the others are never compared with each other. ``skipped``
    (the input errors of files left out) is listed in the report's notes.
    ``corpus``: these extractions' corpus, when the caller built it (a
    cluster run, :mod:`.dask`)."""
    if corpus is None:
        corpus = Corpus.build(extractions, ruleset.knowledge, focus=focus)
    return report_of(corpus, extractions, ruleset, only_rules=only_rules, skipped=skipped)


def report_of(
    corpus: Corpus,
    extractions: Collection[Extraction],
    ruleset: RuleSet,
    *,
    only_rules: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
) -> Report:
    """The report of the rules run over a corpus built from ``extractions``
    (read after the rules ran: a view of a corpus that reads articles when a
    finding cites them lists those too)."""
    findings = run_rules(ruleset, corpus, only=only_rules)
    errors = {e.article.id: e.error for e in extractions if e.error}
    return _report(corpus, findings, [e.article for e in extractions], errors, skipped)


def report_for(
    corpus: Corpus,
    articles: Iterable[Article],
    errors: Mapping[str, str],
    ruleset: RuleSet,
    *,
    only_rules: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
) -> Report:
    """The report of the rules run over a corpus of ``articles``; ``errors``:
    why an article was not checked (its extraction failed), by article id."""
    findings = run_rules(ruleset, corpus, only=only_rules)
    return _report(corpus, findings, articles, errors, skipped)


def _report(
    corpus: Corpus,
    findings: list[Finding],
    articles: Iterable[Article],
    errors: Mapping[str, str],
    skipped: Iterable[InputError],
) -> Report:
    arts = sorted(articles, key=lambda a: a.id)
    notes = tuple(
        f"{a.id}: {a.published_note}" if a.published_note else f"{a.id}: publication date {a.published}"
        for a in arts
        if a.published_source != "front_matter" or a.published is None or a.dateline is not None
    ) + tuple(f"{aid}: {errors[aid]}" for aid in sorted(errors))
    left_out = skipped_files(skipped)
    return Report(
        version=__version__,
        articles=tuple(summary(a) for a in arts),
        findings=tuple(findings),
        events=tuple(corpus.events),
        notes=notes + tuple(skipped_note(s) for s in left_out),
        skipped=left_out,
    )


# ----------------------------------------------------------------------------- end to end


@dataclass(frozen=True)
class Processed:
    """What :func:`process` made: the report and the extractions it read."""

    report: Report
    extractions: list[Extraction]


def process(
    articles: Sequence[Article],
    ruleset: RuleSet,
    *,
    cache: ExtractionCache | None = None,
    focus: Iterable[str] | None = None,
    only_rules: Iterable[str] | None = None,
    skipped: Iterable[InputError] = (),
    progress: Progress | None = None,
    jobs: int | None = None,
) -> Processed:
    """Extract the articles (through ``cache`` when given, in ``jobs``
    processes) and analyse them together; ``skipped`` input errors are listed
    in the report."""
    extractions = extract_all(articles, ruleset, cache, progress=progress, jobs=jobs)
    report = analyse(extractions, ruleset, focus=focus, only_rules=only_rules, skipped=skipped)
    return Processed(report, extractions)


def run(
    target: str | Path | Sequence[str | Path],
    *,
    rules_dir: str | Path | None = None,
    ruleset: RuleSet | None = None,
    cache: ExtractionCache | None = None,
) -> tuple[Report, list[InputError]]:
    """Check a folder (or files) of articles. Returns the report and the input
    errors of files that could not be read (the rest are still checked).
    Without ``ruleset``, the rules are the shipped ones, the packs of the
    corpus config file (``factcheck.yaml``) of the folder, and ``rules_dir``
    on top, as on the command line."""
    targets = [Path(target)] if isinstance(target, (str, Path)) else [Path(t) for t in target]
    rs = ruleset or load_stack([Path(rules_dir)] if rules_dir else [], config=find_config(targets))
    articles, errors = load_targets(targets)
    return process(articles, rs, cache=cache, skipped=errors).report, errors
