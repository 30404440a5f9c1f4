"""The HTML report in a real browser: Debian's headless Chromium, driven by
Playwright. Nothing is downloaded at run time; without the browser or the
``playwright`` package the module skips (``test_html.py`` still checks the
page's structure).

Screenshots are kept under ``artifacts/`` (gitignored); their paths are printed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT
from test_html import HOSTILE_LINK, HOSTILE_OUTLET, HOSTILE_SCRIPT, render_pair, write_hostile_corpus

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = ROOT / "artifacts"

if not CHROMIUM.exists():
    pytest.skip(
        f"no system Chromium at {CHROMIUM} (install Debian's: apt-get install chromium); the structural HTML tests still run",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api",
    reason="the 'playwright' package is not installed (pip install -e '.[test]'); the structural HTML tests still run",
)


class Tab:
    """A page with its console errors, uncaught exceptions, dialogs and requests."""

    def __init__(self, browser, path: Path, **context) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900}, **context)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console",
            lambda m: self.errors.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None,
        )
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_load_state("load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shown(self) -> list[str]:
        return self.page.eval_on_selector_all("article.finding:not([hidden])", "els => els.map(e => e.id)")

    def close(self) -> None:
        self.context.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    base = tmp_path_factory.mktemp("browser")
    return {
        "hostile": render_pair(write_hostile_corpus(base / "articles"), base, "hostile"),
        "seeds": render_pair(ROOT / "seeds", base, "seeds"),
    }


@pytest.fixture
def open_tab(browser, pages):
    tabs: list[Tab] = []

    def open_(which: str, **context) -> tuple[Tab, dict]:
        path, report = pages[which]
        tab = Tab(browser, path, **context)
        tabs.append(tab)
        return tab, report

    yield open_
    for t in tabs:
        t.close()


@pytest.mark.parametrize("which", ["seeds", "hostile"])
def test_loads_cleanly_and_shows_every_finding(which, open_tab):
    tab, report = open_tab(which)
    assert tab.errors == [] and tab.dialogs == []
    assert all(u.startswith("file:") or u.startswith("data:") for u in tab.requests), tab.requests
    assert len(tab.shown()) == len(report["findings"]) > 0
    status = tab.page.inner_text("#status")
    n = len(report["findings"])
    assert status == f"Showing {n} of {n} finding{'s' if n != 1 else ''}."
    # the timeline and the matrix are drawn
    assert tab.page.locator("svg.timeline .mk").count() > 0
    assert tab.page.locator("table.matrix button.pair").count() > 0


def test_hostile_article_renders_as_text(open_tab):
    tab, _report = open_tab("hostile")
    page = tab.page
    sentence = page.locator("blockquote.sentence", has_text="Alice Moreau").filter(has_text="March 28").inner_text()
    assert HOSTILE_SCRIPT in sentence and HOSTILE_LINK in sentence
    assert HOSTILE_OUTLET in page.locator(".claim .outlet").all_inner_texts()
    # no element was created from the article's markup, and nothing ran
    assert page.evaluate("document.scripts.length") == 2
    assert page.locator("img").count() == 0
    assert page.locator("a[href^='javascript:' i]").count() == 0
    assert tab.dialogs == [] and tab.errors == []


def test_filters_hide_what_they_should(open_tab):
    tab, report = open_tab("hostile")
    page = tab.page
    anchor = {
        f["id"]: a
        for f, a in zip(report["findings"], page.eval_on_selector_all("article.finding", "els => els.map(e => e.id)"))
    }

    def ids(pred) -> list[str]:
        return [anchor[f["id"]] for f in report["findings"] if pred(f)]

    page.get_by_role("checkbox", name="warning").uncheck()
    assert tab.shown() == ids(lambda f: f["severity"] != "warning")
    assert page.inner_text("#status") == f"Showing {len(tab.shown())} of 3 findings."
    page.get_by_role("checkbox", name="warning").check()
    page.get_by_role("checkbox", name="date").uncheck()
    assert tab.shown() == ids(lambda f: f["kind"] != "date")
    page.get_by_role("button", name="Show all").click()
    assert len(tab.shown()) == 3
    page.select_option("#f-article", "0")
    assert tab.shown() == ids(lambda f: any(c["article"] == "a" for c in f["claims"]))
    page.get_by_role("button", name="Show all").click()
    # a cell of the source matrix shows the findings between two sources
    page.locator("table.matrix button.pair[data-pair='0,1']").first.click()
    assert len(tab.shown()) == 3 and page.locator("#pairnote").is_visible()
    assert tab.errors == []


def test_keyboard(open_tab):
    tab, report = open_tab("hostile")
    page = tab.page
    ids = page.eval_on_selector_all("article.finding", "els => els.map(e => e.id)")
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == ids[0]
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == ids[1]
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == ids[0]
    # the filters are real controls: reachable with Tab, toggled with Space
    page.focus("input[name='severity'][value='warning']")
    page.keyboard.press("Space")
    assert len(tab.shown()) == len([f for f in report["findings"] if f["severity"] != "warning"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('value')") == "info"
    # surrounding sentences open from the keyboard
    details = page.locator("article.finding:not([hidden]) details.ctx").first
    details.locator("summary").focus()
    page.keyboard.press("Enter")
    assert details.evaluate("d => d.open")
    assert tab.errors == []


def test_screenshots(open_tab, capsys):
    ARTIFACTS.mkdir(exist_ok=True)
    shots = []
    for which, scheme in (("seeds", "light"), ("seeds", "dark"), ("hostile", "light")):
        tab, _report = open_tab(which, color_scheme=scheme)
        path = ARTIFACTS / f"html-report-{which}-{scheme}.png"
        tab.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
        shots.append(path)
        if which == "seeds" and scheme == "light":
            # printed: filters hidden, every detail open
            tab.page.emulate_media(media="print")
            assert not tab.page.locator("#filters").is_visible()
            tab.page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
            assert tab.page.locator("details.ctx:not([open])").count() == 0
            pdf = ARTIFACTS / "html-report-seeds.pdf"
            tab.page.pdf(path=str(pdf), format="A4", print_background=True)
            shots.append(pdf)
        assert tab.errors == []
    with capsys.disabled():
        print("\nHTML report screenshots: " + ", ".join(str(p) for p in shots))
