"""age-agreement: one person, one age, in every source."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.packs import load_packs
from tests.conftest import make_doc

RULE = "core.age-agreement"


def findings(*docs):
    return [f for f in engine.run(list(docs), load_packs([])).findings if f.rule == RULE]


def test_one_source_against_two_that_agree_is_a_warning_with_the_suggestion():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-05-07", id="a"),
        make_doc("The 26-year-old Jane Doe appeared in court.", "2024-05-07", id="b"),
        make_doc("Police said Jane Doe, 62, denied the charge.", "2024-05-07", id="c"),
    )
    assert [(f.document, f.severity, f.suggestion) for f in got] == [("c", "warning", "26")]
    assert {r.document for r in got[0].related} == {"a", "b"}


def test_one_source_against_one_is_an_info():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-05-07", id="a"),
        make_doc("Police said Jane Doe, 29, denied the charge.", "2024-05-07", id="b"),
    )
    assert [(f.document, f.severity) for f in got] == [("b", "info")]


def test_a_year_apart_between_articles_published_far_apart_is_a_birthday():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-01-07", id="a"),
        make_doc("Jane Doe, 26, appeared in court.", "2024-01-08", id="b"),
        make_doc("Jane Doe, 27, was convicted.", "2024-09-20", id="c"),
    )
    assert got == []


def test_a_year_apart_on_the_same_day_is_a_slip():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-01-07", id="a"),
        make_doc("Jane Doe, 26, appeared in court.", "2024-01-07", id="b"),
        make_doc("Jane Doe, 27, was convicted.", "2024-01-07", id="c"),
    )
    assert [f.document for f in got] == ["c"]


def test_people_of_one_surname_with_different_given_names_are_not_compared():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-05-07", id="a"),
        make_doc("Jane Doe, 26, appeared in court.", "2024-05-07", id="b"),
        make_doc("Her father, John Doe, 62, wept in the gallery.", "2024-05-07", id="c"),
    )
    assert got == []


def test_a_surname_alone_links_to_the_full_name_in_other_sources():
    got = findings(
        make_doc("Jane Doe, 26, was charged with theft.", "2024-05-07", id="a"),
        make_doc("Jane Doe appeared in court.\n\nDoe, 26, said nothing.", "2024-05-07", id="b"),
        make_doc("Jane Doe was convicted.\n\nDoe, 25, wept.", "2024-05-07", id="c"),
    )
    assert [(f.document, f.suggestion) for f in got] == [("c", "26")]


@given(st.permutations(["a", "b", "c"]))
def test_the_order_of_the_sources_does_not_matter(order):
    texts = {"a": "Jane Doe, 26, was charged.", "b": "Jane Doe, 26, appeared in court.", "c": "Jane Doe, 62, denied it."}
    docs = [make_doc(texts[i], "2024-05-07", id=i) for i in order]
    assert [(f.document, f.suggestion) for f in findings(*docs)] == [("c", "26")]


def test_a_rank_before_the_name_does_not_make_two_people():
    got = findings(
        make_doc("Constable Matthew Hunt, 28, was shot during a traffic stop.", "2024-05-07", id="a"),
        make_doc("Constable Matthew Hunt, 28, died at the scene.", "2024-05-07", id="b"),
        make_doc("The officer who died was Matthew Dennis Hunt, 23, police said.", "2024-05-07", id="c"),
    )
    assert [(f.document, f.severity, f.suggestion) for f in got] == [("c", "warning", "28")]


def test_abbreviated_ranks_before_a_surname_do_not_make_two_people():
    got = findings(
        make_doc("Det Gda Doyle (52), who was on duty, died of his wounds.", "2020-06-18", id="a"),
        make_doc("Garda Cian Doyle, 52, was shot dead.", "2020-06-18", id="b"),
        make_doc("Det. Doyle, 25, had stopped the driver.", "2020-06-18", id="c"),
    )
    assert [(f.document, f.severity, f.suggestion) for f in got] == [("c", "warning", "52")]
