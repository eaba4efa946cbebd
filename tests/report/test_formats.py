"""Text, GitHub annotations and JUnit XML, from real findings on real text."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from claimcheck import check, check_documents as _check_documents
from claimcheck.config import Config
from claimcheck.packs import load_packs
from claimcheck.report import github, junit, text
from tests.crosskind import changed_corpus, figure_pack  # noqa: F401 - fixture

ONLY_WEEKDAY = Config(select=["core.weekday-date"])


def check_documents(docs, config=ONLY_WEEKDAY):
    return _check_documents(docs, config=config)


WRONG = "The talks opened on Tuesday, May 8, 2024."


@pytest.fixture
def cross_report(figure_pack, tmp_path, monkeypatch):  # noqa: F811
    changed_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    return check(["seeds"], packs=load_packs([figure_pack]), config=Config(select=["testfig"]))


def test_text_lines_name_place_rule_message_and_the_other_sources(cross_report):
    out = text.render(cross_report)
    assert out.splitlines() == [
        "seeds/changed.md:24:33: error testfig.aid-figure $587 million here, $578 million elsewhere",
        "    see seeds/000_3fc728a24d09eceb.txt:16:33: $578 million",
        "    see seeds/002_82f39ec3c75956a1.txt:20:33: $578 million",
        f"Checked 6 documents, {cross_report.summary.claims} claims: 1 error.",
    ]


def test_text_colour_only_when_asked(doc):
    report = check_documents([doc(WRONG)])
    plain = text.render(report)
    coloured = text.render(report, color=True)
    assert "\x1b[" not in plain
    assert "\x1b[" in coloured
    import re

    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == plain


def test_text_statistics(doc):
    out = text.render(check_documents([doc(WRONG + "\n\n" + WRONG)]), statistics=True)
    assert out.splitlines()[-1] == "     2  core.weekday-date"


def test_github_annotation_for_a_finding(doc):
    out = github.render(check_documents([doc(WRONG, path="news/talks.md")]))
    assert out == (
        "::error file=news/talks.md,line=1,col=21,title=claimcheck core.weekday-date,endLine=1,endColumn=41"
        "::Tuesday does not match May 8, 2024, which is a Wednesday (suggestion: Wednesday)\n"
    )


def test_github_escapes_and_lists_related_places(cross_report):
    out = github.render(cross_report)
    assert out.count("\n") == 1  # one command per finding, related places escaped inside it
    assert out.startswith("::error file=seeds/changed.md,line=24,col=33,title=claimcheck testfig.aid-figure,")
    assert "%0Asee seeds/000_3fc728a24d09eceb.txt:16:33: $578 million" in out


def test_github_property_escaping():
    assert github.escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert github.escape_data("50% of 1,000: yes\r\n") == "50%25 of 1,000: yes%0D%0A"


def test_github_levels(doc):
    report = check_documents([doc(WRONG)], config=Config(select=["core.weekday-date"], severity={"core.weekday-date": "info"}))
    assert github.render(report).startswith("::notice ")


def test_junit_one_case_per_document_failing_where_findings_are(cross_report):
    root = ET.fromstring(junit.render(cross_report))
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("6", "1")
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert "seeds/000_3fc728a24d09eceb.txt" in cases
    failure = cases["seeds/changed.md"].find("failure")
    assert failure.get("type") == "testfig.aid-figure"
    assert "seeds/changed.md:24:33: error testfig.aid-figure $587 million here" in failure.text
    assert "see seeds/002_82f39ec3c75956a1.txt:20:33" in failure.text
    assert cases["seeds/000_3fc728a24d09eceb.txt"].find("failure") is None


def test_junit_below_fail_on_goes_to_system_out(doc):
    report = check_documents([doc(WRONG)], config=Config(select=["core.weekday-date"], severity={"core.weekday-date": "warning"}))
    case = ET.fromstring(junit.render(report, fail_on="error")).find("testsuite/testcase")
    assert case.find("failure") is None
    assert "warning core.weekday-date" in case.find("system-out").text
    case = ET.fromstring(junit.render(report, fail_on="warning")).find("testsuite/testcase")
    assert case.find("failure") is not None


def test_junit_unreadable_file_is_a_failing_case(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 talks")
    root = ET.fromstring(junit.render(check([tmp_path], packs=[], config=ONLY_WEEKDAY)))
    case = root.find("testsuite/testcase")
    assert case.get("name").endswith("bad.txt")
    assert case.find("failure").get("type") == "input.unreadable"


def test_text_notes_documents_without_a_publication_date(doc):
    report = check_documents([doc("Officials met on Tuesday.", published=None, id="undated"), doc("Quiet.", id="dated")])
    lines = text.render(report).splitlines()
    assert lines[0].startswith("note: no publication date for undated.txt; relative dates there are left unresolved")
    assert "dated.txt" not in lines[0].replace("undated.txt", "")


def test_junit_for_lint_lists_the_drafts_only_not_the_corpus(tmp_path):
    from pathlib import Path

    from click.testing import CliRunner

    from claimcheck.cli import main

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    draft = tmp_path / "draft.md"
    draft.write_text("---\npublished: 2024-05-08\n---\n" + WRONG + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", str(draft), "--against", str(seeds), "--isolated",
                                       "--select", "core.weekday-date", "--format", "junit"])
    root = ET.fromstring(result.output)
    cases = root.findall("testsuite/testcase")
    assert [c.get("name") for c in cases] == [str(draft)]
    assert root.get("tests") == "1" and root.find("testsuite").get("tests") == "1"
    assert root.get("failures") == "1"  # Tuesday beside May 8, 2024 (a Wednesday)
