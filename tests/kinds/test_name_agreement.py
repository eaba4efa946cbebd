"""person-name-agreement: one source spelling a surname unlike the others."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import make_doc


@pytest.fixture(scope="module")
def core_packs():
    return load_packs()


def _found(docs, packs):
    report = api.check_documents(docs, packs)
    return [(f.document, f.text, f.severity, f.suggestion, sorted(r.document for r in f.related))
            for f in report.findings if f.rule == "core.name-agreement"]


MARCHETTI_B = make_doc("Governor Ellen Marchetti toured the damage. Marchetti said the state would help.", id="b")
MARCHETTI_C = make_doc("Ellen Marchetti spoke to reporters on Monday. Ms. Marchetti said aid was coming.", id="c")


def test_one_source_against_two_is_a_warning_on_each_of_its_mentions(core_packs):
    a = make_doc('Governor Ellen Marchetto visited the town. "We will rebuild," Marchetto said.', id="a")
    assert _found([a, MARCHETTI_B, MARCHETTI_C], core_packs) == [
        ("a", "Governor Ellen Marchetto", "warning", "Governor Ellen Marchetti", ["b", "c"]),
        ("a", "Marchetto", "warning", "Marchetti", ["b", "c"]),
    ]


def test_one_source_against_one_is_one_info_without_a_suggestion(core_packs):
    a = make_doc('Governor Ellen Marchetto visited the town. "We will rebuild," Marchetto said.', id="a")
    found = _found([a, MARCHETTI_B], core_packs)
    assert {(d, s, sug) for d, _, s, sug, _ in found} == {("b", "info", None)}


def test_a_misspelt_first_mention_is_judged_by_the_other_sources(core_packs):
    a = make_doc("Governor Ellen Marchetto visited the town on Monday. Marchetti said the state would help.", id="a")
    assert [(d, t, s) for d, t, s, _, _ in _found([a, MARCHETTI_B, MARCHETTI_C], core_packs)] == [
        ("a", "Governor Ellen Marchetto", "warning")]


@pytest.mark.parametrize("first", ["Katie", "Kate", "K."])
def test_a_nickname_or_initial_is_the_same_person(core_packs, first):
    a = make_doc(f"{first} Marchetto spoke on Monday. Marchetto said aid was coming.", id="a")
    b = make_doc("Katherine Marchetti spoke on Monday. Marchetti said the state would help.", id="b")
    c = make_doc("Katherine Marchetti, 54, spoke. Marchetti said aid was coming.", id="c")
    assert {d for d, *_ in _found([a, b, c], core_packs)} == {"a"}


@pytest.mark.parametrize("a_text", [
    "Mary Smyth spoke on Monday. Smyth said aid was coming.",  # another given name: another person
    "Volodymyr Zelenskyy spoke on Monday. Zelenskyy said aid was coming.",  # a known transliteration
])
def test_other_people_and_known_variants_are_silent(core_packs, a_text):
    other = {"Mary Smyth": "John Smith", "Volodymyr Zelenskyy": "Volodymyr Zelensky"}[a_text.split(" spoke")[0]]
    b = make_doc(f"{other} spoke on Monday. {other.split()[-1]} said the state would help.", id="b")
    c = make_doc(f"{other} spoke to reporters. {other.split()[-1]} said aid was coming.", id="c")
    assert _found([make_doc(a_text, id="a"), b, c], core_packs) == []


def _all(docs, packs):
    report = api.check_documents(docs, packs)
    return [(f.rule, f.document, f.text, f.severity, f.suggestion, [r.text for r in f.related])
            for f in report.findings if f.rule in {"core.name-agreement", "core.person-name"}]


MISSPELT_FIRST = "Governor Ellen Marchetto visited the town on Monday. Marchetti said the state would help."


def test_the_later_correct_mentions_are_not_reported_when_the_other_sources_agree_with_them(core_packs):
    a = make_doc(MISSPELT_FIRST, id="a")
    assert _all([a, MARCHETTI_B, MARCHETTI_C], core_packs) == [
        ("core.name-agreement", "a", "Governor Ellen Marchetto", "warning", "Governor Ellen Marchetti",
         ["Governor Ellen Marchetti", "Ellen Marchetti"])]


def test_alone_an_article_with_two_forms_is_reported_once_pointing_at_both_without_a_guess(core_packs):
    assert _all([make_doc(MISSPELT_FIRST, id="a")], core_packs) == [
        ("core.name-agreement", "a", "Marchetti", "warning", None, ["Governor Ellen Marchetto"])]


def test_a_title_before_the_name_and_post_nominal_letters_do_not_hide_the_person(core_packs):
    a = make_doc("District attorney Susan Olper said the bail was too low.", id="a")
    b = make_doc("District Attorney Susan Opper announced the charges.", id="b")
    c = make_doc("Judge David Herbert KC heard that Susan Opper asked for more.", id="c")
    # "District attorney" is a title: the finding is on the role claim, title and name
    assert [(d, t, s) for d, t, s, _, _ in _found([a, b, c], core_packs)] == [
        ("a", "District attorney Susan Olper", "warning")]


def test_post_nominal_letters_end_the_name_not_the_surname(core_packs):
    a = make_doc("Sentencing him, Justice David Hebrert said the attack was cruel.", id="a")
    b = make_doc("Judge David Herbert KC said the attack was cruel.", id="b")
    c = make_doc("His Honour Judge David Herbert KC said: no mercy.", id="c")
    assert [(d, t, s) for d, t, s, _, _ in _found([a, b, c], core_packs)] == [("a", "Justice David Hebrert", "warning")]


def test_relatives_with_one_surname_vote_only_for_themselves(core_packs):
    a = make_doc("Ellen Marchetto spoke on Monday.", id="a")
    b = make_doc("Ellen Marchetti spoke on Monday. Her son, Paul Marchetti, spoke too.", id="b")
    c = make_doc("Paul Marchetti spoke on Monday.", id="c")
    # Paul backs no spelling of Ellen's name: one source against one, an info
    assert [(d, t, s) for d, t, s, _, _ in _found([a, b, c], core_packs)] == [("b", "Ellen Marchetti", "info")]


def test_title_case_headline_words_are_no_person(core_packs):
    a = make_doc("Globex Prices IPO At $38 Per Share\n\nGlobex Ipo Price\n\nGlobex set the price of its offering.",
                 id="a")
    assert _found([a], core_packs) == []


def test_a_known_given_name_in_a_headline_is_still_a_person(core_packs):
    a = make_doc("Ellen Marchetto Visits Flooded Town\n\nThe governor toured the damage.", id="a")
    assert [(d, t, s) for d, t, s, _, _ in _found([a, MARCHETTI_B, MARCHETTI_C], core_packs)] == [
        ("a", "Ellen Marchetto", "warning")]


def test_a_plural_is_no_misspelling_of_a_name(core_packs):
    a = make_doc("Governor Ellen Price toured the town.", id="a")
    b = make_doc("Governor Ellen Prices toured the town.", id="b")
    assert _found([a, b], core_packs) == []


def test_a_surname_cut_short_at_the_end_of_a_line_is_no_spelling(core_packs):
    a = make_doc("The town was visited by Governor Ellen Marchett\n\nThe rest of the page is lost.", id="a")
    assert _found([a, MARCHETTI_B, MARCHETTI_C], core_packs) == []


def test_a_surname_cut_short_inside_a_line_is_still_reported(core_packs):
    a = make_doc("Governor Ellen Marchett, who toured the town, spoke.", id="a")
    assert [(d, t, s) for d, t, s, _, _ in _found([a, MARCHETTI_B, MARCHETTI_C], core_packs)] == [
        ("a", "Governor Ellen Marchett", "warning")]


def test_alone_the_form_an_article_uses_less_is_reported_not_its_second_form(core_packs):
    # "Marchetto" once, first, then "Marchetti" twice: the odd one out is flagged, pointing at the
    # first "Marchetti", with no suggestion (no other source to say which is right)
    text = ('Governor Ellen Marchetto visited the town. "We will rebuild," Marchetti said. '
            '"Help is coming," Marchetti said later.')
    report = api.check_documents([make_doc(text, id="a")], core_packs)
    [f] = [f for f in report.findings if f.rule == "core.name-agreement"]
    assert (f.text, f.suggestion, [r.text for r in f.related]) == ("Governor Ellen Marchetto", None, ["Marchetti"])
    assert f.message.endswith("but 'Marchetti' 2 times elsewhere in this article: which is right?")


def test_sources_that_give_a_quoted_nickname_still_vote_on_the_spelling(core_packs):
    a = make_doc("Accused killer Dimitrious Gargadoulas was charged on Monday.", id="a")
    b = make_doc('Dimitrious "Jimmy" Gargasoulas, 26, was charged. Police met Gargasoulas later.', id="b")
    c = make_doc("Dimitrious 'Jimmy' Gargasoulas, 26, stayed in the cells. Gargasoulas did not appear.", id="c")
    assert [(d, t, s) for d, t, s, _, _ in _found([a, b, c], core_packs)] == [
        ("a", "Dimitrious Gargadoulas", "warning")]


def test_one_source_against_one_asks_once_per_article(core_packs):
    a = make_doc("Lisa Carter died in the fire. Carter was 40. Neighbours said Carter was kind.", id="a")
    b = make_doc("Lisa Cater died in the fire on Monday. Cater was 40. Friends said Cater sang.", id="b")
    found = _found([a, b], core_packs)
    assert [(d, t, s) for d, t, s, _, _ in found] in ([("a", "Lisa Carter", "info")], [("b", "Lisa Cater", "info")])


def test_a_shared_quoted_nickname_makes_two_given_names_one_person(core_packs):
    a = make_doc("Accused killer Dimitrious Gargadoulas was charged. Gargadoulas was in hospital.", id="a")
    b = make_doc('Dimitrious "Jimmy" Gargasoulas, 26, was charged. Police met Gargasoulas later.', id="b")
    c = make_doc("James 'Jimmy' Gargasoulas, 26, stayed in the cells. Gargasoulas did not appear.", id="c")
    found = _found([a, b, c], core_packs)
    assert {(d, s) for d, _, s, _, _ in found} == {("a", "warning")}
    assert all(related == ["b", "c"] for *_, related in found)


def test_without_a_shared_nickname_two_given_names_stay_two_people(core_packs):
    a = make_doc("Accused killer Dimitrious Gargadoulas was charged. Gargadoulas was in hospital.", id="a")
    b = make_doc('Dimitrious "Jimmy" Gargasoulas, 26, was charged. Police met Gargasoulas later.', id="b")
    c = make_doc("Peter 'Pete' Gargasoulas, 26, stayed in the cells. Gargasoulas did not appear.", id="c")
    assert {s for _, _, s, _, _ in _found([a, b, c], core_packs)} == {"info"}


def test_an_article_that_agrees_with_the_one_other_source_against_its_own_slip_is_a_second_witness(core_packs):
    a = make_doc('Mayor Ellen Marchetti spoke. Marchetti said the town would rebuild. "Aid is coming," Marchetto '
                 'said. Marchetti thanked the crews.', id="a")
    found = _found([a, MARCHETTI_B], core_packs)
    assert [(d, t, s, sug) for d, t, s, sug, _ in found] == [("a", "Marchetto", "warning", "Marchetti")]
    assert "3 times elsewhere in this article" in api.check_documents([a, MARCHETTI_B], core_packs).findings[0].message


def test_an_article_that_uses_its_odd_form_as_often_still_only_asks(core_packs):
    a = make_doc("Mayor Ellen Marchetto spoke. Marchetti said the town would rebuild. Marchetto left.", id="a")
    found = _found([a, MARCHETTI_B], core_packs)
    assert {s for _, _, s, _, _ in found} == {"info"}
