"""Date expressions on held-out news sentences (tests/data/news/dates.yaml), through the public
extractor: the value each phrase resolves to, and what is no date at all."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData
from tests.news_cases import cases, document

DATA = PackData()
WEEKDAY = re.compile(r"^(?:next |last )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


@pytest.mark.parametrize("case", cases("dates"))
def test_news_dates(case):
    claims = temporal.extract(document(case), DATA)
    texts = [c.text for c in claims]
    if "texts" in case:
        assert texts == case["texts"]
    if "claims" in case:
        assert [[c.text, c.value] for c in claims] == case["claims"]
    for phrase, expected in case.get("values", {}).items():
        match = WEEKDAY.match(phrase)
        if match:  # the expected day was worked out on a calendar: it is the weekday written
            assert dt.date.fromisoformat(expected).strftime("%A") == match.group(1)
        found = [c for c in claims if c.text == phrase]
        assert len(found) == 1, texts
        assert found[0].value == expected
    for phrase, weekday in case.get("weekdays", {}).items():
        assert [c.weekday for c in claims if c.text == phrase] == [weekday]
