"""Prison terms and probation are read as counts bound to the person sentenced; other
durations are not counts. Invented sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract import counts
from claimcheck.packdata import PackData
from tests.conftest import make_doc


def read(text: str) -> list[tuple[str, str, float, str | None, str | None]]:
    return [(c.text, c.unit, c.value, c.owner, c.tally) for c in counts.extract(make_doc(text), PackData())]


@pytest.mark.parametrize("text, expected", [
    ("Dana Holt was sentenced Thursday to 58 months in prison for taking bribes.",
     ("58 months", "months", 58, "holt", "prison")),
    ("Ravi Kumar will serve a minimum of 48 years in prison for the murder.",
     ("48 years", "years", 48, "kumar", "prison")),
    ("Ravi Kumar to spend 48 years behind bars for murder of shop owner",
     ("48 years", "years", 48, "kumar", "prison")),
    ("The judge sentenced Holt to 10 years' probation but no jail time.",
     ("10 years", "years probation", 10, "holt", "probation")),
    ("Holt was jailed for nearly five years.", ("nearly five years", "years", 5, "holt", "prison")),
])
def test_a_prison_term_is_a_count_of_the_person_sentenced(text, expected):
    assert read(text) == [expected]


@pytest.mark.parametrize("text", [
    "He was sentenced 12 years ago for fraud.",
    "The war lasted 12 years.",
    "She worked at the bank for 20 years before her arrest.",
    "The bridge had been closed for 7 months for repairs.",
])
def test_other_durations_are_not_counts(text):
    assert read(text) == []


def test_a_limit_is_not_what_was_given():
    (c,) = counts.extract(make_doc("Holt faces up to 20 years in prison."), PackData())
    assert "limit" in c.measures


def test_a_deadline_is_a_count_of_its_own_kind():
    text = "The Supreme Court ordered a fresh presidential election within 60 days after cancelling the results."
    assert read(text) == [("60 days", "days deadline", 60, None, "deadline")]
    assert read("The court must rule within two hours.") == []  # hours are no deadline unit
    # an event to be held in so many days is due by then too
    assert read("A presidential election will be held in 60 days, according to the constitution.") == \
        [("60 days", "days deadline", 60, None, "deadline")]
    assert read("The festival was held in 2019 and drew crowds for 60 days.") == []  # a duration, no deadline


def test_the_first_part_of_a_compound_term_is_no_term():
    assert read("Holt was jailed for life with a minimum of 19 years and 82 days.") == []
    assert read("Holt was jailed for 10 years and fined $5,000.") == [("10 years", "years", 10, "holt", "prison")]


def test_a_datelines_place_is_not_the_person_sentenced():
    text = "SPRINGFIELD, Ohio — A 17-year-old sentenced last week to 12 years’ probation may yet serve time."
    assert read(text) == [("12 years", "years probation", 12, None, "probation")]
    text = "LONDON (Reuters) - Dana Holt was jailed for 12 years on Friday."
    assert read(text) == [("12 years", "years", 12, "holt", "prison")]
