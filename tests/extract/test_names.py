"""Name claims: pack names (exact and near misses) and people named by surname."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import names
from claimcheck.language.people import title_case_line
from claimcheck.packdata import CanonicalName, PackData
from claimcheck.packs import load_packs
from tests.conftest import RULES, make_doc

DECL = PackData(names=[CanonicalName(
    canonical="Los Angeles Declaration on Migration and Protection",
    accepted=["Los Angeles Declaration", "L.A. Declaration"],
    type="declaration",
)])


def _things(text, data=DECL):
    return [(c.name, c.canonical) for c in names.extract(make_doc(text), data) if c.entity == "thing"]


def _people(doc, data=None):
    return [(c.line, c.name, c.canonical) for c in names.extract(doc, data or PackData()) if c.entity == "person"]


def test_exact_and_accepted_forms_carry_the_canonical_name():
    text = "The Los Angeles Declaration on Migration and Protection, or L.A. Declaration, was signed."
    assert _things(text) == [
        ("Los Angeles Declaration on Migration and Protection", "Los Angeles Declaration on Migration and Protection"),
        ("L.A. Declaration", "Los Angeles Declaration on Migration and Protection"),
    ]


def test_near_miss_inside_a_longer_phrase_is_found():
    text = "Guatemala will host the next Los Angeles Declaration on Immigration and Protection Ministerial Conference."
    assert _things(text) == [
        ("Los Angeles Declaration on Immigration and Protection", "Los Angeles Declaration on Migration and Protection")
    ]


def test_unrelated_capitalised_phrases_are_not_names():
    assert _things("Biden refused to invite them to the Los Angeles summit in Central America.") == []
    assert _things("The Declaration of Independence was read.") == []


def test_no_pack_names_no_thing_claims():
    assert _things("The Los Angeles Declaration on Migration and Protection.", PackData()) == []


def test_bare_surnames_link_to_the_first_full_mention(seed_docs):
    people = _people(seed_docs["004"])
    assert (9, "Blinken", "Antony Blinken") in people
    assert (11, "Martinez", "Carlos Ramiro Martinez") in people
    assert (27, "Barcelona", None) in people  # a speaker no full name explains
    assert (33, "Trump", "Donald Trump") in people


def test_headline_surname_links_to_a_later_full_name(seed_docs):
    assert (1, "Blinken", "Antony Blinken") in _people(seed_docs["003"])


def test_places_and_organisations_that_speak_are_not_people():
    doc = make_doc('Washington said no. The Pentagon said yes. "Fine," Reuters said. Officials said more. '
                   'Republicans said no. Authorities told AFP. Texas said it would appeal.')
    assert _people(doc) == []


def test_full_names_linked_to_the_roster(seed_docs):
    data = PackData.merge([p.data for p in load_packs([RULES], core=False)])
    doc = make_doc("Antony Blinken arrived. Alicia Barcena Ibarra spoke.")
    found = [(c.name, c.canonical, c.person_id) for c in names.extract(doc, data) if c.entity == "person"]
    assert ("Antony Blinken", "Antony Blinken", "antony-blinken") in found
    assert ("Alicia Barcena Ibarra", "Alicia Bárcena Ibarra", "alicia-barcena") in found


def test_speaker_before_the_verb_and_after_it():
    doc = make_doc('"It is a disaster," said Smith. Jones added that he agreed.')
    assert [n for _, n, c in _people(doc) if c is None] == ["Smith", "Jones"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_name_extraction_never_raises(text):
    for c in names.extract(make_doc(text), DECL):
        assert c.start <= c.end


@pytest.mark.parametrize(
    "text, absent",
    [
        # headline openers, compass points and storm words never start a personal name
        ("Why Calloway Missed Its Targets. Calloway said sales fell.", "Why Calloway"),
        ("Talks on trade in Southeast Asia went on. Asia was the focus.", "Southeast Asia"),
        ("Hurricane Delia hit the coast. Delia weakened overnight.", "Hurricane Delia"),
        # a headline verb after a name ends it
        ("Lena Harmon Elected Mayor After Runoff. Harmon thanked voters.", "Lena Harmon Elected"),
    ],
)
def test_words_that_do_not_begin_names(text, absent):
    claims = names.extract(make_doc(text), PackData())
    assert absent not in {c.canonical for c in claims}
    assert absent not in {c.name for c in claims}


def test_runs_of_a_title_case_headline_line_are_no_people():
    doc = make_doc("Globex Prices IPO At $38 Per Share\n\nGlobex Ipo Price\n\nGlobex set the price on Thursday.")
    assert _people(doc) == []


def test_a_headline_name_is_a_person_when_a_given_name_or_the_body_marks_it():
    doc = make_doc("Ellen Marchetto Visits Flooded Town\n\nNgozi Adeyemi Wins Vote\n\n"
                   "Voters backed Ngozi Adeyemi on Sunday.")
    assert [n for _, n, _ in _people(doc)] == ["Ellen Marchetto", "Ngozi Adeyemi", "Ngozi Adeyemi"]



@pytest.mark.parametrize("line, headline", [
    ("Globex Prices IPO At $38 Per Share", True),
    ("Globex Ipo Price", True),
    ("Ngozi Adeyemi met investors in Lagos on Monday.", False),
    ("Investors In Lagos Backed Ngozi Adeyemi. They Cheered Loudly.", False),
    ("Ngozi Adeyemi", False),
])
def test_title_case_lines(line, headline):
    assert title_case_line(f"Before.\n{line}\nAfter.", 10) is headline


@pytest.mark.parametrize("text, company", [
    ("Shares of Halvorsen Shipping Ltd rose. Halvorsen Shipping Limited later said profits fell.",
     "Halvorsen Shipping"),
    ("Orrin Foods Inc. bought the plant from Orrin Foods Incorporated's rival.", "Orrin Foods"),
    ("The deal makes Kestrel Holdings the owner. Kestrel Holdings said it was pleased.", "Kestrel"),
    ("Brightwater Energy AG signed the deal with Solvik Partners GmbH on Monday.", "Brightwater Energy"),
])
def test_a_run_ending_with_a_legal_suffix_is_no_person(text, company):
    assert [n for _, n, _ in _people(make_doc(text)) if company in n] == []


def test_a_person_beside_a_company_with_a_legal_suffix_is_still_a_person():
    found = _people(make_doc("Tomas Eriksen said Eriksen Marine Ltd would hire."))
    assert (1, "Tomas Eriksen", None) in found
    assert [n for _, n, _ in found if "Marine" in n] == []


@pytest.mark.parametrize("text", ["Kim Se-ri spoke.", "Nguyen Van Sa said it was done."])
def test_a_two_letter_legal_suffix_counts_only_in_capitals(text):
    assert len([n for _, n, _ in _people(make_doc(text)) if " " in n]) == 1


def _longest_first_by_hand(found):
    out = []
    for f in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if not any(s < f[1] and f[0] < e for s, e, _, _ in out):
            out.append(f)
    return out


@given(st.lists(st.tuples(st.integers(0, 2_000), st.integers(0, 700)), max_size=40))
def test_the_longest_of_overlapping_names_wins_wherever_they_lie(spans):
    """Kept names are filed by where they start (testing each against all kept ones was
    quadratic in a long document); the choice is the same as testing against all."""
    found = [(s, s + n, "x", "X") for s, n in spans]
    assert names._longest_first(found) == _longest_first_by_hand(found)
