"""The HTML report in a real browser: Debian's chromium, headless, driven by Playwright.

CI installs chromium (``.ci/run``); locally the test is skipped when it is missing, but under
``CI=true`` a missing browser is a failure, so CI can never pass without running it. Playwright
is pointed at the system browser: ``playwright install`` would download one, and nothing may
come from the network.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from tests.conftest import RULES, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
IN_CI = os.environ.get("CI") == "true"


def _browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if IN_CI:
            pytest.fail("playwright is not installed (pip install -e '.[dev]')")
        pytest.skip("playwright is not installed")
    if not CHROMIUM.exists():
        if IN_CI:
            pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium under CI=true")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")
    return sync_playwright


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    sync_playwright = _browser_or_skip()
    folder = tmp_path_factory.mktemp("html-report")
    report = folder / "report.html"
    result = CliRunner().invoke(main, ["check", str(SEEDS), "--rules", str(RULES), "--isolated",
                                       "--format", "html", "-o", str(report)])
    assert result.exit_code == 1, result.output
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        tab = browser.new_page(viewport={"width": 1366, "height": 900})
        problems: list[str] = []
        tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type in {"error", "warning"} else None)
        tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
        tab.on("request", lambda r: None if r.url.startswith("file://") else problems.append(f"request: {r.url}"))
        tab.goto(report.as_uri())
        tab.problems = problems
        tab.folder = folder
        yield tab
        browser.close()


def _visible_findings(page) -> int:
    return page.locator("article.finding:visible").count()


def test_loads_without_console_errors_or_requests(page):
    assert page.title() == "claimcheck report: 5 documents"
    assert page.problems == []


def test_shows_all_five_sources_and_blinkens_disputed_title(page):
    assert page.locator("section.source:visible").count() == 5
    table = page.locator("section.subject", has=page.locator("h3", has_text="Antony Blinken"))
    rows = table.locator("tbody tr")
    assert rows.count() == 5
    flagged = table.locator("tr.flagged")
    assert flagged.count() == 1
    assert "Foreign Minister Antony Blinken" in flagged.inner_text()
    # highlighted: the flagged row has a background, the others none
    assert flagged.evaluate("el => getComputedStyle(el).backgroundColor") not in {"rgba(0, 0, 0, 0)", "transparent"}
    assert table.locator("text=most sources").inner_text().endswith("Secretary of State")
    assert table.locator(".badge.majority").count() == 2


def test_filters_hide_findings_by_severity_and_rule(page):
    assert _visible_findings(page) == 7
    page.uncheck('input[name="severity"][value="warning"]')
    assert _visible_findings(page) == 2  # the title-role error and the unintroduced-speaker info
    assert page.locator("#shown").inner_text() == "2"
    page.uncheck('input[name="rule"][value="core.title-role"]')
    assert _visible_findings(page) == 1
    page.check('input[name="severity"][value="warning"]')
    page.check('input[name="rule"][value="core.title-role"]')
    assert _visible_findings(page) == 7


def test_subject_filter_keeps_only_subjects_with_findings(page):
    subjects = page.locator("section.subject")
    total = subjects.count()
    page.check('input[name="only-findings"]')
    shown = page.locator("section.subject:visible")
    assert 0 < shown.count() < total
    assert "Joe Biden" not in " ".join(shown.all_inner_texts())
    page.uncheck('input[name="only-findings"]')
    assert page.locator("section.subject:visible").count() == total


def test_a_finding_link_scrolls_to_its_place_in_the_text(page):
    link = page.locator("article.finding", has_text="core.title-role").locator("h3 a")
    link.click()
    target = link.get_attribute("href")
    assert page.evaluate("location.hash") == target
    assert page.locator(f"{target} + mark").inner_text() == "Foreign Minister Antony Blinken"


def test_screenshot_and_print_layout(page):
    shot = page.folder / "report.png"
    page.goto(page.url.split("#")[0])
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    page.emulate_media(media="print")
    assert not page.locator("#filters").is_visible()
    page.emulate_media(media="screen")
    print(f"screenshot: {shot}")
