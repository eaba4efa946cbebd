"""Title and role rules on real text: the seeds, edited copies of them, and small cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import RULES, SEEDS, make_doc

MINE = {"core.title-role", "core.role-agreement", "core.canonical-name", "core.person-name", "core.unintroduced-speaker"}


@pytest.fixture(scope="module")
def story_packs():
    return load_packs([RULES])


@pytest.fixture(scope="module")
def core_packs():
    return load_packs()  # the built-in pack alone


def _findings(report, rule):
    return [f for f in report.findings if f.rule == rule]


def _check(text, published, packs):
    return api.check_documents([make_doc(text, published=published)], packs)


# --- title-matches-role (story roster) -------------------------------------------------------

def test_002_foreign_minister_blinken_is_an_error_suggesting_secretary_of_state(seed_docs, story_packs):
    report = api.check_documents(list(seed_docs.values()), story_packs)
    [f] = _findings(report, "core.title-role")
    assert (f.document, f.line, f.severity) == (seed_docs["002"].id, 6, "error")
    assert f.text == "Foreign Minister Antony Blinken"
    assert f.suggestion == "Secretary of State"


@pytest.mark.parametrize(
    "published, severity, suggestion",
    [
        ("2024-05-07", None, None),  # he was a former president then
        ("2025-01-19", None, None),
        ("2025-01-20", "info", "President"),  # handover day: president again at noon
        ("2025-06-01", "error", "President"),
        ("2026-11-23", "error", "President"),
    ],
)
def test_former_president_trump_depends_on_the_date(story_packs, published, severity, suggestion):
    report = _check("Former President Donald Trump spoke in Texas.", published, story_packs)
    found = _findings(report, "core.title-role")
    if severity is None:
        assert found == []
    else:
        [f] = found
        assert (f.severity, f.suggestion) == (severity, suggestion)


def test_president_biden_after_his_term_suggests_former(story_packs):
    [f] = _findings(_check("President Joe Biden spoke.", "2025-03-01", story_packs), "core.title-role")
    assert f.suggestion == "former President"
    assert "2025-01-20" in f.message
    [f] = _findings(_check("President Joe Biden spoke.", "2025-01-20", story_packs), "core.title-role")
    assert f.severity == "info"


@pytest.mark.parametrize(
    "text, published, suggestion",
    [
        ("former Foreign Minister Antony Blinken spoke.", "2026-05-07", "former Secretary of State"),
        ("former Foreign Minister Antony Blinken spoke.", "2024-05-07", "Secretary of State"),
        ("then-Foreign Minister Antony Blinken spoke.", "2026-05-07", "then-Secretary of State"),
    ],
)
def test_a_title_marked_wrong_for_a_past_office(story_packs, text, published, suggestion):
    [f] = _findings(_check(text, published, story_packs), "core.title-role")
    assert f.suggestion == suggestion


def test_former_and_then_titles_the_roster_cannot_judge_are_silent(story_packs):
    # the roster lists only some of a person's offices: an unknown past title is not judged
    text = "former Ambassador Antony Blinken and then-Senate aide Antony Blinken spoke."
    assert _findings(_check(text, "2026-05-07", story_packs), "core.title-role") == []


def test_title_of_a_country_after_the_head(story_packs):
    text = "Carlos Ramiro Martinez, the foreign minister of Guatemala, spoke."
    assert _findings(_check(text, "2024-05-07", story_packs), "core.title-role") == []


def test_wrong_country_for_the_office(story_packs):
    [f] = _findings(_check("Mexican Foreign Minister Carlos Ramiro Martinez said.", "2024-05-07", story_packs), "core.title-role")
    assert f.suggestion == "Guatemalan Foreign Minister"


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister John Doe said.",  # not in the roster
        "Diego Beltrand, the IOM's regional director, spoke.",  # in the roster, title not confirmed
        "Guatemalan President Bernardo Arevalo spoke.",
        "US Secretary of State Antony Blinken and Secretary Blinken and top diplomat Antony Blinken spoke.",
        "Mexican Foreign Secretary Alicia Bárcena spoke.",
    ],
)
def test_title_role_silent(story_packs, text):
    assert _findings(_check(text, "2024-05-07", story_packs), "core.title-role") == []


def test_undated_documents_are_not_judged(story_packs):
    assert _findings(_check("Foreign Minister Antony Blinken said.", None, story_packs), "core.title-role") == []


# --- role-agreement (core pack alone) ------------------------------------------------------

def test_core_pack_alone_reports_blinken_in_002_against_the_other_sources(seed_docs, core_packs):
    report = api.check_documents(list(seed_docs.values()), core_packs)
    [f] = _findings(report, "core.role-agreement")
    assert (f.document, f.line, f.text) == (seed_docs["002"].id, 6, "Foreign Minister Antony Blinken")
    assert f.suggestion == "Secretary of State"
    # "top diplomat" and "Secretary" fit both titles in contention, so only 000 and 004 back the majority
    assert {r.document for r in f.related} == {seed_docs[k].id for k in ("000", "004")}
    assert "Secretary of State in 2 other source(s)" in f.message


def _corpus(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> Path:
    """Copies of the seeds with 002 corrected and the given (old, new) replacements made."""
    edits = {"002": ("Foreign Minister Antony Blinken", "Secretary of State Antony Blinken"), **edits}
    for f in sorted(SEEDS.glob("*")):
        text = f.read_text(encoding="utf-8")
        if f.name[:3] in edits:
            old, new = edits[f.name[:3]]
            assert old in text
            text = text.replace(old, new, 1)
        (tmp_path / f.name).write_text(text, encoding="utf-8")
    return tmp_path


def test_corrected_corpus_is_silent(tmp_path, core_packs):
    report = api.check([_corpus(tmp_path, {})], core_packs)
    assert _findings(report, "core.role-agreement") == []


@pytest.mark.parametrize(
    "doc, old, new, line",
    [
        ("000", "US Secretary of State Antony Blinken", "US Foreign Minister Antony Blinken", 2),
        ("001", "top diplomat Antony Blinken", "Interior Minister Antony Blinken", 1),
        ("003", "US top diplomat Antony Blinken", "US Vice President Antony Blinken", 2),
        ("004", "U.S. Secretary of State Antony Blinken", "U.S. Foreign Minister Antony Blinken", 3),
        ("002", "Foreign Minister Antony Blinken", "President Antony Blinken", 6),
        ("000", "Guatemalan President Bernardo Arevalo", "Guatemalan Foreign Minister Bernardo Arevalo", 28),
        ("004", "President Joe Biden", "Vice President Joe Biden", 29),
    ],
)
def test_a_wrong_title_swapped_into_any_source_is_caught(tmp_path, core_packs, doc, old, new, line):
    report = api.check([_corpus(tmp_path, {doc: (old, new)})], core_packs)
    found = _findings(report, "core.role-agreement")
    assert [(f.path.rsplit("/", 1)[-1][:3], f.line, f.severity) for f in found] == [(doc, line, "warning")]


def test_the_same_wrong_title_in_two_sources_is_caught_in_both(tmp_path, core_packs):
    edits = {"002": ("Foreign Minister Antony Blinken", "Foreign Minister Antony Blinken"),
             "000": ("US Secretary of State Antony Blinken", "US Foreign Minister Antony Blinken")}
    report = api.check([_corpus(tmp_path, edits)], core_packs)
    found = _findings(report, "core.role-agreement")
    assert sorted((f.path.rsplit("/", 1)[-1][:3], f.line) for f in found) == [("000", 2), ("002", 6)]


@pytest.mark.parametrize(
    "texts",
    [
        ["US Secretary of State Antony Blinken spoke.", "Secretary of State Antony Blinken spoke.",
         "top diplomat Antony Blinken spoke.", "Secretary Antony Blinken spoke."],
        ["Foreign Minister Alicia Bárcena spoke.", "Foreign Secretary Alicia Bárcena spoke.",
         "Mexican Foreign Affairs Secretary Alicia Bárcena spoke."],
        ["President Joe Biden spoke.", "former vice president Joe Biden spoke."],  # former: about the past
        ["Sen. Amy Klobuchar spoke.", "Senator Amy Klobuchar spoke.", "lawmaker Amy Klobuchar spoke."],
    ],
)
def test_compatible_titles_do_not_disagree(core_packs, texts):
    docs = [make_doc(t, id=f"d{n}") for n, t in enumerate(texts)]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


def test_a_syndicated_copy_of_the_wrong_title_does_not_hide_it(seed_docs, core_packs):
    # a second source with the same wrong title: two sources against two, and
    # "Secretary Blinken" (003) leans to "Secretary of State"
    copy = seed_docs["002"].model_copy(update={"id": "copy", "path": "copy.txt"})
    report = api.check_documents([*seed_docs.values(), copy], core_packs)
    assert sorted(f.document[:4] for f in _findings(report, "core.role-agreement")) == [seed_docs["002"].id[:4], "copy"]


def test_a_tie_has_no_outlier_only_an_info_naming_both(core_packs):
    docs = [make_doc("Foreign Minister Antony Blinken spoke.", id="a"),
            make_doc("Secretary of State Antony Blinken spoke.", id="b"),
            make_doc("top diplomat Antony Blinken spoke.", id="c")]  # fits both: backs neither
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.severity, f.document, [r.document for r in f.related], f.suggestion) for f in found] == [
        ("info", "b", ["a"], None)]


def test_a_tie_of_two_sources_each_is_silent(core_packs):
    docs = [make_doc("Foreign Minister Antony Blinken spoke.", id="a"),
            make_doc("Foreign Minister Antony Blinken left.", id="b"),
            make_doc("Secretary of State Antony Blinken spoke.", id="c"),
            make_doc("Secretary of State Antony Blinken left.", id="d")]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


@pytest.mark.parametrize("outlier", ["Senator Ada Brandt said no.", "Home Secretary Ada Brandt said no."])
def test_a_post_against_its_seat_agrees_and_against_another_office_does_not(core_packs, outlier):
    docs = [make_doc("House Speaker Ada Brandt said no.", id="a"), make_doc("Rep. Ada Brandt spoke.", id="b"),
            make_doc("Speaker Ada Brandt said no.", id="c"), make_doc(outlier, id="d")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("d", "warning")]


def test_a_nickname_is_the_same_person(core_packs):
    docs = [make_doc("Defense Secretary Jim Mattis spoke.", id="a"),
            make_doc("Secretary of Defense James Mattis spoke.", id="b"),
            make_doc("Interior Secretary James Mattis spoke.", id="c"),
            make_doc("Defence Secretary J. Mattis spoke.", id="d")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("c", "warning", "Defense Secretary")]


def test_different_people_with_one_surname_are_not_compared(core_packs):
    docs = [make_doc("President Joe Biden spoke.", id="a"), make_doc("President Joe Biden spoke.", id="b"),
            make_doc("Interior Minister Hunter Biden spoke.", id="c")]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


def test_sources_far_apart_in_time_may_differ(core_packs):
    docs = [make_doc("Vice President Joe Biden spoke.", published="2012-05-01", id="a"),
            make_doc("Vice President Joe Biden spoke.", published="2012-06-01", id="b"),
            make_doc("President Joe Biden spoke.", published="2022-05-01", id="c")]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


# --- the seeds with the story pack: everything at warning or above --------------------------

def test_seed_findings_at_warning_or_above_are_the_real_slips(seed_docs, story_packs):
    report = api.check_documents(list(seed_docs.values()), story_packs)
    got = {
        (f.rule, f.document[:3], f.line, f.suggestion)
        for f in report.findings
        if f.rule in MINE and f.severity in {"warning", "error"}
    }
    assert got == {
        ("core.title-role", "002", 6, "Secretary of State"),
        ("core.role-agreement", "002", 6, "Secretary of State"),
        # "the Guatemalan capital of Los Angeles on the Declaration on ..." garbles the name
        ("core.canonical-name", "002", 8, "Los Angeles Declaration on Migration and Protection"),
        ("core.canonical-name", "004", 11, "Los Angeles Declaration on Migration and Protection"),
        ("core.person-name", "004", 5, "Francisco José Jiménez Irungaray"),
        ("core.person-name", "004", 27, "Bárcena"),
    }


def test_seed_pack_is_applied_by_the_command_line_configuration():
    """`claimcheck check seeds` at the repo root picks up rules/ through pyproject.toml."""
    report = api.check([SEEDS])
    assert any(f.rule == "core.title-role" for f in report.findings)



def _agreement(core_packs, docs):
    report = api.check_documents(
        [make_doc(t, published=p, id=f"d{i}") for i, (p, t) in enumerate(docs)], core_packs)
    return [(f.document, f.suggestion) for f in _findings(report, "core.role-agreement")]


@pytest.mark.parametrize(
    "docs",
    [
        # a post held alongside the seat: both right
        [("2023-10-26", "House Speaker Ada Brandt said no."), ("2023-10-26", "Speaker Ada Brandt said no."),
         ("2023-10-27", "Rep. Ada Brandt said no.")],
        # a change of office between publication dates, two sources or more on each side
        [("2024-11-20", "Sen. Ada Brandt said no."), ("2024-11-22", "Sen. Ada Brandt spoke."),
         ("2025-01-22", "Vice President Ada Brandt said no."), ("2025-01-23", "Vice President Ada Brandt spoke.")],
        # bare surnames with no full name anywhere may be two people
        [("2024-12-01", "Gov. Brandt said no."), ("2024-12-01", "Gov. Brandt spoke."),
         ("2024-12-02", "Sen. Brandt said no.")],
    ],
)
def test_role_agreement_silent_on_compatible_titles_and_changes_of_office(core_packs, docs):
    assert _agreement(core_packs, docs) == []


def test_role_agreement_still_catches_a_one_source_outlier_a_day_later(core_packs):
    docs = [("2024-12-01", "Secretary of State Ada Brandt said no."),
            ("2024-12-01", "US Secretary of State Ada Brandt spoke."),
            ("2024-12-02", "Foreign Minister Ada Brandt said no.")]
    assert _agreement(core_packs, docs) == [("d2", "Secretary of State")]


@pytest.mark.parametrize("text, title", [
    ("Det. Anna Webb told reporters the car was found.", "Det."),
    ("Sgt. Paul Dunn said the road was closed.", "Sgt."),
    ("Capt. Lee Moss said the crew was safe.", "Capt."),
    ("Chief Judge Ann Ross ruled on Monday.", "Chief Judge"),
    ("Magistrate Tom Hale granted bail.", "Magistrate"),
])
def test_police_military_and_court_ranks_are_titles(text, title):
    from claimcheck.extract import extract_document
    from claimcheck.packdata import PackData
    from tests.conftest import make_doc
    assert [c.title for c in extract_document(make_doc(text), PackData()) if c.kind == "role"] == [title]


def test_one_person_is_not_both_speaker_and_majority_leader(core_packs):
    docs = [make_doc("House Speaker Ada Brandt said no.", id="a"), make_doc("Speaker Ada Brandt spoke.", id="b"),
            make_doc("House Majority Leader Ada Brandt said no.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]


def test_an_outgoing_title_is_the_office_held_that_day(core_packs):
    docs = [make_doc("Premier Hu Jintao spoke. President Hu Jintao left.", id="a"),
            make_doc("Outgoing President Hu Jintao handed over.", id="b"),
            make_doc("Incoming Premier Hu Jintao handed over.", id="c")]  # another time: left out
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.text, f.suggestion) for f in found] == [("a", "Premier Hu Jintao", "President")]


@pytest.mark.parametrize("a, b, outlier", [
    ("Homeland Security Secretary Ada Brandt", "Secretary of Homeland Security Ada Brandt", "Defense Secretary Ada Brandt"),
    ("Health Secretary Ada Brandt", "Minister of Health Ada Brandt", "Education Secretary Ada Brandt"),
    ("Transportation Secretary Ada Brandt", "Secretary of Transportation Ada Brandt", "Energy Secretary Ada Brandt"),
])
def test_cabinet_posts_in_either_style_agree_and_another_post_does_not(core_packs, a, b, outlier):
    docs = [make_doc(f"{a} spoke.", id="a"), make_doc(f"{b} spoke.", id="b"), make_doc(f"{outlier} spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]


@pytest.mark.parametrize("a, b, outlier", [
    ("Capt. Ada Brandt", "Police Captain Ada Brandt", "Sgt. Ada Brandt"),
    ("Police Lieutenant Ada Brandt", "Lt. Ada Brandt", "Capt. Ada Brandt"),
    ("Gen. Ada Brandt", "General Ada Brandt", "Col. Ada Brandt"),
    ("Magistrate Ada Brandt", "Magistrate Ada Brandt", "Chief Judge Ada Brandt"),
])
def test_one_officer_holds_one_rank_and_one_bench(core_packs, a, b, outlier):
    docs = [make_doc(f"{a} spoke.", id="a"), make_doc(f"{b} spoke.", id="b"), make_doc(f"{outlier} spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]


def test_one_rank_against_another_in_two_sources_is_an_info_naming_both(core_packs):
    docs = [make_doc("Sgt. Ada Brandt spoke.", id="a"), make_doc("Capt. Ada Brandt spoke.", id="b")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.severity, "Sgt." in f.message and "Capt." in f.message) for f in found] == [("info", True)]


@pytest.mark.parametrize("texts", [
    # a compound rank beside its short form, a post held with a rank, a judge by any bench's shorthand
    ["Gen. Ada Brandt spoke.", "Lt. Gen. Ada Brandt spoke.", "Lieutenant General Ada Brandt spoke."],
    ["Col. Ada Brandt spoke.", "Lt. Col. Ada Brandt spoke.", "Lieutenant Colonel Ada Brandt spoke."],
    ["Det. Ada Brandt spoke.", "Sgt. Ada Brandt spoke.", "Detective Sergeant Ada Brandt spoke."],
    ["Judge Ada Brandt ruled.", "Chief Judge Ada Brandt ruled.", "Chief Judge Ada Brandt ruled."],
    ["Justice Ada Brandt ruled.", "Chief Justice Ada Brandt ruled.", "Chief Justice Ada Brandt ruled."],
    # a lieutenant governor becomes governor when the governor goes: stories of that day use both
    ["Gov. Ada Brandt spoke.", "Governor Ada Brandt spoke.", "Lt. Gov. Ada Brandt spoke."],
    # a former title is no claim about the office held today
    ["Former Prime Minister Ada Brandt spoke.", "President Ada Brandt spoke.", "President Ada Brandt spoke."],
])
def test_compound_ranks_shorthand_and_former_titles_do_not_disagree(core_packs, texts):
    docs = [make_doc(t, id=f"d{i}") for i, t in enumerate(texts)]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


def test_a_rank_is_held_alongside_an_office(core_packs):
    docs = [make_doc("Defense Secretary Ada Brandt spoke.", id="a"), make_doc("Secretary of Defense Ada Brandt spoke.",
            id="b"), make_doc("Defense Secretary Ada Brandt left. General Brandt was a great help.", id="c")]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


def test_one_title_against_another_asks_once_per_article(core_packs):
    docs = [make_doc("Vice President Ada Brandt spoke. Vice President Brandt left.", id="a"),
            make_doc("President Ada Brandt spoke. President Brandt left.", id="b")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert len(found) == 1 and found[0].severity == "info"


@pytest.mark.parametrize("a, b, outlier, suggestion", [
    ("Senate Majority Leader Ada Brandt", "Senate Majority Leader Ada Brandt", "House Majority Leader Ada Brandt",
     "Senate Majority Leader"),
    ("House Majority Leader Ada Brandt", "the House majority leader, Ada Brandt,", "Senate Majority Leader Ada Brandt",
     "House Majority Leader"),
    ("Senate Majority Leader Ada Brandt", "Senate Majority Leader Ada Brandt", "Rep. Ada Brandt",
     "Senate Majority Leader"),
])
def test_one_person_sits_in_one_chamber(core_packs, a, b, outlier, suggestion):
    docs = [make_doc(f"{a} spoke.", id="a"), make_doc(f"{b} spoke.", id="b"), make_doc(f"{outlier} spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]
    assert found[0].suggestion.lower() == suggestion.lower()


@pytest.mark.parametrize("texts", [
    ("Senate Majority Leader Ada Brandt", "Majority Leader Ada Brandt", "Sen. Ada Brandt"),
    ("House Minority Whip Ada Brandt", "Minority Whip Ada Brandt", "Rep. Ada Brandt"),
    ("Senate President pro tempore Ada Brandt", "President pro tem Ada Brandt", "Sen. Ada Brandt"),
])
def test_a_post_without_its_chamber_and_the_seat_agree_with_the_chamber_named(core_packs, texts):
    docs = [make_doc(f"{t} spoke.", id=f"d{n}") for n, t in enumerate(texts)]
    assert _findings(api.check_documents(docs, core_packs), "core.role-agreement") == []


@pytest.mark.parametrize("a, b, outlier", [
    ("Senate President pro tempore Ada Brandt", "President pro tem Ada Brandt", "Senate Majority Whip Ada Brandt"),
    ("House Majority Whip Ada Brandt", "Majority Whip Ada Brandt", "House Minority Whip Ada Brandt"),
    ("Senate Majority Leader Ada Brandt", "Senate Majority Leader Ada Brandt", "Senate Minority Leader Ada Brandt"),
])
def test_one_leadership_post_per_chamber_on_one_date(core_packs, a, b, outlier):
    docs = [make_doc(f"{a} spoke.", id="a"), make_doc(f"{b} spoke.", id="b"), make_doc(f"{outlier} spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]


def test_two_leadership_posts_against_a_seat_that_fits_both_ask_which(core_packs):
    docs = [make_doc("Senate Majority Leader Ada Brandt spoke.", id="a"), make_doc("Sen. Ada Brandt spoke.", id="b"),
            make_doc("Senate President pro tempore Ada Brandt spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.severity, sorted({f.document, *(r.document for r in f.related)})) for f in found] == [
        ("info", ["a", "c"])]


@pytest.mark.parametrize("a, b, outlier, suggestion", [
    ("Navy Secretary Ada Brandt", "Secretary of the Navy Ada Brandt", "Secretary of the Army Ada Brandt",
     {"Navy Secretary", "Secretary of the Navy"}),
    ("Trade Secretary Ada Brandt", "Minister for Trade Ada Brandt", "Environment Secretary Ada Brandt",
     {"Trade Secretary", "Minister for Trade"}),
    ("Attorney General Ada Brandt", "Attorney General Ada Brandt", "Solicitor General Ada Brandt",
     {"Attorney General"}),
])
def test_more_cabinet_posts_in_either_style(core_packs, a, b, outlier, suggestion):
    docs = [make_doc(f"{a} spoke.", id="a"), make_doc(f"{b} spoke.", id="b"), make_doc(f"{outlier} spoke.", id="c")]
    found = _findings(api.check_documents(docs, core_packs), "core.role-agreement")
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]
    assert found[0].suggestion in suggestion
