"""A quarter without a year is a date only in a sentence about money or the economy.

Sentences from real coverage of Super Bowl LVIII (2024-02-11) and of company results; the
quarter a results story means is checked by hand against its publication date.
"""

from __future__ import annotations

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData


def quarters(doc, text, published):
    return [(c.text, c.value) for c in temporal.extract(doc(text, published), PackData())
            if c.granularity == "quarter"]


@pytest.mark.parametrize("text", [
    "Kansas City Chiefs quarterback Patrick Mahomes passes while under pressure from the San Francisco "
    "49ers in the third quarter of Super Bowl LVIII on Sunday at Allegiant Stadium in Las Vegas.",
    "The Chiefs, out-gained 125-16 in the first quarter, held a 439-247 edge in total yards for the "
    "remainder of the game.",
    "Mahomes threw a 3-yard touchdown pass in the fourth quarter.",
])
def test_a_quarter_of_a_game_is_no_date(doc, text):
    assert quarters(doc, text, "2024-02-12") == []


@pytest.mark.parametrize("text, published, expected", [
    # past tense in May 2024: the most recent first quarter is 2024-Q1
    ("Revenue in the first quarter rose 12% from a year earlier.", "2024-05-08", [("the first quarter", "2024-Q1")]),
    # future in February 2024: the coming fourth quarter is 2024-Q4
    ("Deliveries will recover in the fourth quarter, the company said.", "2024-02-12",
     [("the fourth quarter", "2024-Q4")]),
    ("The economy grew at a 3.3% annual rate in the fourth quarter.", "2024-02-12",
     [("the fourth quarter", "2023-Q4")]),
    # a year makes it a date whatever the sentence
    ("The Chiefs last trailed in the third quarter of 2023.", "2024-02-12", [("the third quarter of 2023", "2023-Q3")]),
])
def test_a_quarter_about_money_or_the_economy_is_a_date(doc, text, published, expected):
    assert quarters(doc, text, published) == expected
