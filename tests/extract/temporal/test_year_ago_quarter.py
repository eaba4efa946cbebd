"""The year-ago quarter: the quarter a results story reports on, one year back.

Days checked by hand: published 2024-10-24 the article's quarter is 2024-Q3 when it names
it; a story naming none is about the publication date's quarter (2024-Q4, so 2023-Q4).
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData


def dated(doc, text, published):
    return [(c.text, c.value, c.interval) for c in temporal.extract(doc(text, published), PackData())]


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def test_the_year_ago_quarter_is_the_reported_quarter_a_year_back(doc):
    got = dated(doc, "Revenue rose 12% in the third quarter to $4.1 billion, from $3.7 billion in the year-ago "
                     "quarter.", "2024-10-24")
    assert got[1] == ("the year-ago quarter", "2023-Q3", (d("2023-07-01"), d("2023-09-30")))
    anchor = temporal.extract(doc("Revenue rose in the third quarter, beating the year-ago quarter.", "2024-10-24"),
                              PackData())
    assert anchor[1].anchor == anchor[0].id  # it hangs on the quarter the story reports


@pytest.mark.parametrize("phrase", [
    "the year-ago quarter", "the year-earlier quarter", "the prior-year quarter", "the same quarter last year",
    "the same quarter a year earlier", "the same quarter of the previous year",
])
def test_without_a_reported_quarter_it_is_the_publication_quarter_a_year_back(doc, phrase):
    got = dated(doc, f"Net income was $2 billion, compared with $1.5 billion in {phrase}.", "2024-10-24")
    assert got == [(phrase, "2023-Q4", (d("2023-10-01"), d("2023-12-31")))]


def test_a_fiscal_quarter_goes_back_to_the_same_quarter_of_the_fiscal_year_before(doc):
    got = dated(doc, "Sales grew in the fourth quarter of fiscal 2024 (ended Aug. 31, 2024), beating the year-ago "
                     "quarter.", "2024-10-02")
    assert got[-1] == ("the year-ago quarter", "FY2023-Q4", (d("2023-06-01"), d("2023-08-31")))


def test_a_quarter_of_a_game_stays_no_date(doc):
    assert dated(doc, "The Chiefs scored more than in the same quarter of the previous game.", "2024-02-12") == []
