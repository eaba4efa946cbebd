"""Ages: read only where news binds them to a name, and bound to that person."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract import ages
from claimcheck.packdata import PackData
from tests.conftest import make_doc


def read(text: str) -> list[tuple[str, int, str, str | None]]:
    return [(c.text, c.value, c.surname, c.given) for c in ages.extract(make_doc(text), PackData())]


@pytest.mark.parametrize("text, expected", [
    ("Police named her as Jane Doe, 26, of Leeds.", [("Jane Doe, 26", 26, "doe", "jane")]),
    ("Jane Doe (26) was charged.", [("Jane Doe (26", 26, "doe", "jane")]),
    ("The victim, 26-year-old Jane Doe, died.", [("26-year-old Jane Doe", 26, "doe", "jane")]),
    ("Jane Doe spoke first. Doe, who is 26, denied it.", [("Doe, who is 26", 26, "doe", "jane")]),
    ("Jane Doe spoke first. Doe, aged 26, denied it.", [("Doe, aged 26", 26, "doe", "jane")]),
    ("He stabbed his 36-year-old wife Diana Roe at home.", [("36-year-old wife Diana Roe", 36, "roe", "diana")]),
])
def test_an_age_beside_a_name_is_that_persons(text, expected):
    assert read(text) == expected


def test_a_bare_surname_is_the_article_s_full_name_with_it():
    claims = read("Former mayor Tony Mack was sentenced.\n\nMack, 48, stood stern-faced.")
    assert claims == [("Mack, 48", 48, "mack", "tony")]


def test_two_people_of_one_surname_keep_their_given_names():
    claims = read("Diana Roe, 36, and Phillip Roe, 33, lived there.")
    assert [(c[1], c[3]) for c in claims] == [(36, "diana"), (33, "phillip")]


@pytest.mark.parametrize("text", [
    "Brooks Koepka shot 70, 68 and 72.",  # scores, not an age
    "A 33-year-old man who attacked Jane Doe was arrested.",  # the man's age, not hers
    "The 33-year-old was jailed by Judge Amy Roe.",
    "On March 22, 2019, the court sat.",  # a date
    "Jane Doe took 26% of the vote (26%).",
    "Jane Doe, 260, is no age.",
])
def test_other_numbers_beside_names_are_not_ages(text):
    assert read(text) == []


@given(st.text(alphabet=st.sampled_from(list("Jane Doe, (26)-year-old aged who is 1234567890.\n")), max_size=120))
def test_never_raises_and_every_age_is_a_plausible_one(text):
    for c in ages.extract(make_doc(text), PackData()):
        assert 0 < c.value <= ages.MAX_AGE and c.surname and str(c.value) in c.text


@pytest.mark.parametrize("text, given, surname", [
    ("Constable Matthew Hunt, 28, was shot during a traffic stop.", "matthew", "hunt"),
    ("Co-defendant Thomas Waring, 20, was convicted of a firearms offence.", "thomas", "waring"),
    ("Dr Jane Doe, 45, led the team.", "jane", "doe"),
    ("Matthew Dennis Hunt, 28, was named as the officer.", "matthew", "hunt"),
    ("Det Gda Doyle (52), who was off duty, was hurt.", None, "doyle"),  # abbreviated ranks, no given name
    ("Det. Sgt. Doyle, 52, was hurt.", None, "doyle"),
    ("Garda Cian Doyle, 52, was hurt.", "cian", "doyle"),
])
def test_a_title_before_a_name_is_no_given_name(text, given, surname):
    (c,) = ages.extract(make_doc(text), PackData())
    assert (c.given, c.surname) == (given, surname)
