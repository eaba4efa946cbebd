"""Who says what: claims grouped by subject, one row per source, the majority and the flagged rows."""

from __future__ import annotations

import pytest

from claimcheck import check, check_documents
from claimcheck.config import Config
from claimcheck.report.subjects import group_subjects, subject_of
from tests.conftest import RULES, SEEDS, make_doc
from tests.crosskind import changed_corpus


@pytest.fixture(scope="module")
def seeds_report():
    return check([SEEDS], packs=[RULES])


def _by_label(subjects):
    return {s.topic.label: s for s in subjects}


def test_blinken_is_one_subject_with_a_row_per_source(seeds_report):
    blinken = _by_label(group_subjects(seeds_report))["Antony Blinken"]
    assert blinken.topic.family == "person"
    assert [r.document[:3] for r in blinken.rows] == ["000", "001", "002", "003", "004"]
    # Secretary of State in 000 and 004 (two sources), Foreign Minister in 002, "Secretary" in 003;
    # "top diplomat" (001, 003) is a loose descriptor and states no title
    assert blinken.majority == "secretary of state"
    assert [r.document[:3] for r in blinken.rows if r.majority] == ["000", "004"]
    flagged = {r.document[:3]: sorted(f.rule for f in r.findings) for r in blinken.rows if r.findings}
    assert flagged == {"002": ["core.role-agreement", "core.title-role"]}


def test_a_misnamed_declaration_is_grouped_under_its_canonical_name(seeds_report):
    name = _by_label(group_subjects(seeds_report))["Los Angeles Declaration on Migration and Protection"]
    assert name.topic.family == "name"
    assert {r.document[:3] for r in name.rows if r.findings} == {"002", "004"}
    assert {r.document[:3] for r in name.rows if r.majority} == {"000", "001", "003"}


def test_plural_titles_agree_with_the_singular(seeds_report):
    # "presidents Joe Biden and Bernardo Arevalo" (001, 003) and "President Bernardo Arevalo"
    arevalo = _by_label(group_subjects(seeds_report))["Bernardo Arevalo"]
    assert arevalo.agree and arevalo.majority is None and not arevalo.findings


def test_subjects_with_findings_come_first(seeds_report):
    subjects = group_subjects(seeds_report)
    with_findings = [bool(s.findings) for s in subjects]
    assert with_findings == sorted(with_findings, reverse=True) and with_findings[0]


def test_a_person_in_one_source_only_is_no_subject():
    report = check_documents([make_doc("Secretary of State Antony Blinken said on Tuesday that talks went well.")])
    assert group_subjects(report) == []


def test_a_tie_has_no_majority():
    report = check_documents(
        [make_doc("Foreign Minister Ana Lopez spoke on Tuesday.", id="a"),
         make_doc("Interior Minister Ana Lopez spoke on Tuesday.", id="b")],
        config=Config(select=["core.weekday-date"]))
    (lopez,) = group_subjects(report)
    assert lopez.topic.label == "Ana Lopez" and lopez.majority is None and not lopez.agree


def test_a_figure_compared_by_a_cross_source_rule_is_a_subject(tmp_path, monkeypatch):
    changed_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    report = check(["seeds"], packs=[RULES], config=Config(select=["core.amount-agreement"]))
    figures = [s for s in group_subjects(report) if s.topic.family == "figure"]
    assert len(figures) == 1
    (figure,) = figures
    rows = {r.path: r for r in figure.rows}
    # $587 million in the copy, $578 million in seeds 000 and 002
    assert set(rows) == {"seeds/changed.md", "seeds/000_3fc728a24d09eceb.txt", "seeds/002_82f39ec3c75956a1.txt"}
    assert [f.rule for f in rows["seeds/changed.md"].findings] == ["core.amount-agreement"]
    assert figure.majority == "578000000 USD"
    assert not rows["seeds/changed.md"].majority and rows["seeds/000_3fc728a24d09eceb.txt"].majority


def test_figures_and_dates_alone_say_nothing_of_their_subject(seeds_report):
    kinds = {c.kind for c in seeds_report.claims if subject_of(c) is None}
    assert {"money", "count", "temporal"} <= kinds


def test_a_date_two_sources_put_on_different_days_is_labelled_by_its_sentence():
    talks = "Foreign ministers met {} in Lima for regional migration talks."
    report = check_documents(
        [make_doc(talks.format("Tuesday"), id="a"), make_doc(talks.format("Tuesday"), id="b"),
         make_doc(talks.format("Monday"), id="c")],
        config=Config(select=["core.event-date"]))
    (date,) = [s for s in group_subjects(report) if s.topic.family == "date"]
    # labelled by the sentence of the claim the finding is on (c's)
    assert date.topic.label == "Foreign ministers met Monday in Lima for regional migration talks."
    # published Wednesday 2024-05-08: Tuesday is May 7 in a and b, Monday May 6 in c
    assert date.majority == "2024-05-07"
    assert [(r.document, r.majority, bool(r.findings)) for r in date.rows] == [
        ("a", True, False), ("b", True, False), ("c", False, True)]
