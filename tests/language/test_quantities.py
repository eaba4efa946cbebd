"""The language layer's one guard for a year after a period's name."""

from __future__ import annotations

import pytest

from claimcheck.language.numbers import scan
from claimcheck.language.quantities import period_year


def year_in(text: str):
    return next(n for n in scan(text) if text[n.start:n.end].isdigit() and len(text[n.start:n.end]) == 4)


@pytest.mark.parametrize("text", ["revenue in Q4 2023 rose", "in fiscal 2024", "for FY2024", "since Jan. 2020",
                                  "the Q3-2022 figure", "in 2021"])
def test_a_year_after_a_period_name_is_the_period_s_year(text):
    assert period_year(text, year_in(text))


@pytest.mark.parametrize("text", ["it employs 2023 workers", "about 2,023 people", "Q4 revenue was 2023 dollars"])
def test_a_number_with_no_period_name_before_it_is_not(text):
    n = next(iter(scan(text)))
    assert not period_year(text, n)
