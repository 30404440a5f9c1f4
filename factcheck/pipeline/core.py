"""The pipeline, end to end: articles -> extractions -> corpus -> findings -> report."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Protocol, Sequence

from ..engine.corpus import Corpus, run_rules
from ..model.errors import InputError
from ..extract.extractor import extract
from ..ingest.loader import load_corpus
from ..model.models import Article, ArticleSummary, Extraction, Report
from ..rules.ruleset import RuleSet, load_rules


class ExtractionCache(Protocol):
    """Anything that can remember extractions by article content and rules."""

    def get(self, article: Article, ruleset: RuleSet) -> Extraction | None: ...

    def put(self, extraction: Extraction, ruleset: RuleSet) -> None: ...


def extract_article(article: Article, ruleset: RuleSet) -> Extraction:
    return extract(article, ruleset.knowledge)


def _extract_or_report(article: Article, ruleset: RuleSet) -> Extraction:
    """Extract one article; a failure inside factcheck (a bug) costs that
    article's facts, never the run: it is kept, with its sentences where
    they can be had, and the report says it was not checked."""
    try:
        return extract_article(article, ruleset)
    except Exception as exc:  # noqa: BLE001 - any bug in one extractor
        from ..ingest.segment import segment

        try:
            sentences = tuple(segment(article))
        except Exception:  # noqa: BLE001
            sentences = ()
        return Extraction(
            article=article,
            sentences=sentences,
            error=f"not checked: extraction failed ({type(exc).__name__}: {exc}); this is a bug in factcheck, please report it",
        )


def extract_all(articles: Iterable[Article], ruleset: RuleSet, cache: ExtractionCache | None = None) -> list[Extraction]:
    out = []
    for art in articles:
        ex = cache.get(art, ruleset) if cache is not None else None
        if ex is None:
            ex = _extract_or_report(art, ruleset)
            if cache is not None and ex.error is None:
                cache.put(ex, ruleset)
        out.append(ex)
    return out


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


def analyse(
    extractions: Sequence[Extraction],
    ruleset: RuleSet,
    *,
    only_rules: Iterable[str] | None = None,
    focus: Iterable[str] | None = None,
) -> Report:
    """Findings and report for a set of extracted articles. With ``focus``
    (article ids), only findings that involve one of those articles are
    computed: the others are never compared with each other."""
    from .. import __version__

    corpus = Corpus.build(extractions, ruleset.knowledge, focus=focus)
    findings = run_rules(ruleset, corpus, only=only_rules)
    arts = sorted((e.article for e in extractions), key=lambda a: a.id)
    notes = tuple(
        f"{a.id}: {a.published_note}" if a.published_note else f"{a.id}: publication date {a.published}"
        for a in arts
        if a.published_source != "front_matter" or a.published is None
    ) + tuple(f"{e.article.id}: {e.error}" for e in sorted(extractions, key=lambda e: e.article.id) if e.error)
    return Report(
        version=__version__,
        articles=tuple(summary(a) for a in arts),
        findings=tuple(findings),
        events=tuple(corpus.events),
        notes=notes,
    )


def load_targets(targets: Sequence[Path]) -> tuple[list[Article], list[InputError]]:
    articles: list[Article] = []
    errors: list[InputError] = []
    for t in targets:
        try:
            arts, errs = load_corpus(Path(t))
        except InputError as exc:
            errors.append(exc)
            continue
        articles.extend(arts)
        errors.extend(errs)
    seen: set[str] = set()
    unique = []
    for a in sorted(articles, key=lambda a: a.id):
        if a.id in seen:
            errors.append(InputError(f"article id '{a.id}' is given twice; rename one of the files", path=a.path))
            continue
        seen.add(a.id)
        unique.append(a)
    return unique, errors


def run(
    target: str | Path | Sequence[str | Path],
    *,
    rules_dir: str | Path | None = None,
    ruleset: RuleSet | None = None,
    cache: ExtractionCache | None = None,
) -> tuple[Report, list[InputError]]:
    """Check a folder (or files) of articles. Returns the report and the input
    errors of files that could not be read (the rest are still checked)."""
    targets = [Path(target)] if isinstance(target, (str, Path)) else [Path(t) for t in target]
    rs = ruleset or load_rules(Path(rules_dir) if rules_dir else None)
    articles, errors = load_targets(targets)
    return analyse(extract_all(articles, rs, cache), rs), errors
