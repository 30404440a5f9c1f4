from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("FACTCHECK_SHARED", ROOT.parent / "shared"))
DATA = Path(os.environ.get("FACTCHECK_DATA", SHARED / "data"))


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "data: needs the public data under ../shared/data (skips when absent)")
    config.addinivalue_line("markers", "slow: takes more than a few seconds")
    config.addinivalue_line("markers", "browser: drives a real browser")


@pytest.fixture(autouse=True)
def _no_server(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test runs its commands in its own process, also for a user who
    exported FACTCHECK_SERVER (a server would not see the tests' monkeypatches)."""
    monkeypatch.delenv("FACTCHECK_SERVER", raising=False)


@pytest.fixture(scope="session")
def ruleset():
    from factcheck import load_rules

    return load_rules()


@pytest.fixture(scope="session")
def seeds_ruleset():
    """The rules the seeds are checked with: the shipped ones and the story
    pack that ``seeds/factcheck.yaml`` names."""
    from factcheck.rules.stack import load_stack

    return load_stack(config=ROOT / "seeds" / "factcheck.yaml")


@pytest.fixture(scope="session")
def seeds_report(seeds_ruleset):
    from factcheck import run

    report, errors = run(ROOT / "seeds", ruleset=seeds_ruleset)
    assert errors == []
    return report


def write_article(folder: Path, art_id: str, text: str, published: str | None = None, **meta: str) -> Path:
    """An article file with YAML front matter, as users keep them."""
    lines = ["---"]
    if published:
        lines.append(f"published: {published}")
    for k, v in meta.items():
        lines.append(f"{k}: {v!r}")
    lines.append("---")
    path = folder / f"{art_id}.md"
    path.write_text("\n".join(lines) + "\n" + text, encoding="utf-8")
    return path


def claims_of_text(text: str, article: str = "t", published: str | None = "2025-05-02") -> list:
    """The slot claims the shipped pipeline reads in ``text`` (one article,
    published on ``published``, or undated for None, with an empty lexicon)."""
    from datetime import date

    from factcheck.engine.claims import claims_of_extraction
    from factcheck.extract.extractor import extract
    from factcheck.knowledge.base import Knowledge
    from factcheck.knowledge.lexicon import Lexicon
    from factcheck.model.models import Article

    art = Article(
        id=article,
        path=f"{article}.md",
        text=text + "\n",
        published=date.fromisoformat(published) if published else None,
        published_source="front_matter" if published else "none",
    )
    return claims_of_extraction(extract(art, Knowledge(lexicon=Lexicon({}))))


def fail_extraction(monkeypatch: pytest.MonkeyPatch, article_id: str, error: Exception) -> None:
    """A bug in one extractor, for one article: extracting ``article_id`` raises ``error``."""
    from factcheck.pipeline import core

    real = core.extract_article

    def failing(article, ruleset):
        if article.id == article_id:
            raise error
        return real(article, ruleset)

    monkeypatch.setattr(core, "extract_article", failing)


def findings_of(ruleset, folder: Path, articles: list[tuple[str, str]], rule: str) -> list:
    """The findings of ``rule`` on one-line articles (text, publication date),
    named a, b, c ..., checked with ``ruleset``."""
    from factcheck import run

    for name, (text, published) in zip("abcdefgh", articles):
        write_article(folder, name, text + "\n", published)
    report, errors = run(folder, ruleset=ruleset)
    assert errors == []
    return [f for f in report.findings if f.rule == rule]


def findings_of_two(ruleset, folder: Path, a: str, b: str, rule: str, published: str = "2025-03-10") -> list:
    """The findings of ``rule`` on two one-line articles ``a`` and ``b``,
    published the same day, checked with ``ruleset``."""
    return findings_of(ruleset, folder, [(a, published), (b, published)], rule)
