"""The HTML report: self-contained, escaped, who says what, findings in context."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner

from claimcheck import check, check_documents
from claimcheck.cli import main
from claimcheck.config import Config
from claimcheck.report import FORMATS, html, rule_catalog
from claimcheck.packs import load_packs
from tests.conftest import RULES, SEEDS, make_doc


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text, as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Tags:
    tags = _Tags()
    tags.feed(page)
    return tags


@pytest.fixture(scope="module")
def seeds_page():
    packs = load_packs([RULES])
    return html.render(check([SEEDS], packs=packs), rules=rule_catalog(packs))


def test_registered_as_a_format():
    assert FORMATS["html"] is html.render


def test_self_contained_no_network(seeds_page):
    tags = parse(seeds_page)
    assert not [t for t, a in tags.tags if t in {"link", "img", "iframe"} or "src" in a]
    assert not re.search(r"https?://|//cdn|@import|url\(", seeds_page)
    assert [t for t, _ in tags.tags].count("script") == 1 and [t for t, _ in tags.tags].count("style") == 1


def test_every_text_is_escaped():
    nasty = 'Foreign Minister Ana <b>Lopez</b> said on Tuesday, May 8, 2024 "<script>alert(1)</script>" & left.'
    page = html.render(check_documents([make_doc(nasty, id="x<y")], config=Config(select=["core.weekday-date"])))
    assert "<script>alert" not in page and "<b>Lopez" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "x&lt;y" in page
    tags = parse(page)
    assert [t for t, _ in tags.tags].count("script") == 1  # ours alone
    assert nasty.replace("Tuesday", "") in "".join(tags.text).replace("Tuesday", "")


def test_blinken_table_shows_each_source_and_flags_the_outlier(seeds_page):
    section = seeds_page.split("<h3>Antony Blinken ")[1].split("</section>")[0]
    rows = re.findall(r"<tr class=\"([^\"]*)\"[^>]*><th scope=\"row\">[^<]*seeds/(\d{3})", section)
    assert [number for _, number in rows] == ["000", "001", "002", "003", "004"]
    assert {number: cls for cls, number in rows}["002"] == "flagged sev-error"
    assert "most sources: <strong>Secretary of State</strong>" in section
    assert section.count("majority</span>") == 2  # 000 and 004


def test_each_finding_links_to_its_place_in_the_full_text(seeds_page):
    tags = parse(seeds_page)
    ids = {a["id"] for _, a in tags.tags if "id" in a}
    findings = [a for t, a in tags.tags if t == "article"]
    assert len(findings) == 7
    assert {a["data-rule"] for a in findings} >= {"core.title-role", "core.role-agreement"}
    links = [a["href"][1:] for t, a in tags.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links and set(links) <= ids  # no dangling link
    # the title-role finding's sentence is quoted with the span marked
    assert ("GUATEMALA CITY, Guatemala: Washington is redoubling efforts to crack down on irregular "
            "migration, <mark>Foreign Minister Antony Blinken</mark> said Tuesday") in seeds_page


def test_filters_list_the_rules_and_severities_present(seeds_page):
    tags = parse(seeds_page)
    boxes = {(a["name"], a["value"]) for t, a in tags.tags if t == "input" and a.get("type") == "checkbox" and "value" in a}
    assert {v for n, v in boxes if n == "severity"} == {"error", "warning", "info"}
    assert {v for n, v in boxes if n == "rule"} == {
        "core.canonical-name", "core.person-name", "core.role-agreement", "core.title-role", "core.unintroduced-speaker"}


def test_print_css_hides_the_filters(seeds_page):
    print_css = seeds_page.split("@media print")[1].split("</style>")[0]
    assert ".filters { display: none; }" in print_css


def test_command_writes_the_report(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(SEEDS), "--rules", str(RULES), "--isolated", "--format", "html",
                                       "-o", str(out)])
    assert result.exit_code == 1  # the seeds hold an error (Foreign Minister Antony Blinken)
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    claims = len(check([SEEDS], load_packs([RULES])).claims)
    assert f"<p>5 documents, {claims} claims: " in page and ">5 warnings</span>" in page


def test_a_date_row_shows_the_day_the_words_resolve_to():
    talks = "Foreign ministers met {} in Lima for regional migration talks."
    report = check_documents(
        [make_doc(talks.format("Tuesday"), id="a"), make_doc(talks.format("Tuesday"), id="b"),
         make_doc(talks.format("Monday"), id="c")],
        config=Config(select=["core.event-date"]))
    page = html.render(report)
    assert "most sources: <strong>Tuesday, May 7, 2024</strong>" in page
    assert "Monday</a> → <strong>Monday, May 6, 2024</strong>" in page
