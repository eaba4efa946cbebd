"""Every date phrase in the five seed articles, resolved by hand.

Each expectation was worked out by reading the article with a calendar: 000 and 001 were
published Tuesday 2024-05-07, 002 Wednesday 2024-05-08, 003 Sunday 2024-05-05 (a preview:
"will travel ... this week"), 004 Wednesday 2024-02-28 (the Washington trilateral).
The lists are complete: a phrase found that is not listed, or one listed and not found,
fails the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData

# (line, text, value) in text order.
EXPECTED = {
    "000": [
        (2, "May 7, 2024", "2024-05-07"),     # caption
        (4, "Tuesday", "2024-05-07"),         # "said Tuesday": the publication day
        (4, "November", "2024-11"),           # "looms large ... over US elections in November"
        (6, "2022", "2022"),                  # "a summit in California in 2022"
        (10, "February", "2024-02"),          # "In February, Washington announced"
        (12, "Monday", "2024-05-06"),         # "On Monday, the United States unveiled"
        (22, "2023 fiscal year to September", "FY2023"),  # US border figures: Oct 2022-Sep 2023
        (24, "November", "2024-11"),          # "if elected in November"
        (26, "Tuesday", "2024-05-07"),        # "Tuesday's talks in Guatemala City"
        (30, "March", "2024-03"),             # "Biden hosting him for a meeting in March"
        (32, "The month before", "2024-02"),  # the month before that March
        (34, "January", "2024-01"),           # "took office in January"
        (46, "Tuesday", "2024-05-07"),        # "did not attend Tuesday's talks"
        (46, "2022", "2022"),                 # "the 2022 declaration"
    ],
    "001": [
        (1, "2024-05-07", "2024-05-07"),      # the header line
        (1, "Tuesday", "2024-05-07"),         # "said at regional talks Tuesday"
        (3, "2022", "2022"),
        (7, "February", "2024-02"),
        (9, "Monday", "2024-05-06"),
        (13, "March", "2024-03"),
        (15, "The month before", "2024-02"),
        (21, "November", "2024-11"),          # "in November elections" (present perfect clause)
        (23, "from October to February", "2023-10/2024-02"),
        (25, "January", "2024-01"),
    ],
    "002": [
        (3, "Wed May 08 2024", "2024-05-08"),  # dateline
        (6, "Tuesday", "2024-05-07"),          # "said Tuesday", published Wednesday
        (6, "November", "2024-11"),            # "resurfaces in November's US election"
        (8, "2022", "2022"),                   # "the 2022 summit"
        (12, "February", "2024-02"),           # "announced ... in February that targets ..."
        (14, "Monday", "2024-05-06"),          # "On Monday"
        (26, "fiscal year 2023 through September", "FY2023"),
        (28, "November", "2024-11"),           # "if elected in November"
        (30, "Tuesday", "2024-05-07"),         # "Tuesday's talks"
        (34, "March", "2024-03"),
        (36, "A month earlier", "2024-02"),
    ],
    "003": [
        (1, "2024", "2024"),                   # "as 2024 election looms"
        (2, "this week", "2024-W19"),          # a Sunday story's week: the coming one
        (2, "Sunday", "2024-05-05"),           # "the State Department said Sunday"
        (3, "March", "2024-03"),
        (4, "The month before", "2024-02"),
        (5, "Tuesday", "2024-05-07"),          # "On Tuesday, Blinken will lead": the next Tuesday
        (5, "2022", "2022"),                   # "the 2022 Los Angeles Declaration"
        (6, "2022", "2022"),
        (10, "Tuesday", "2024-05-07"),         # "Tuesday's migration talks come": the same Tuesday
        (11, "from October to February", "2023-10/2024-02"),
        (12, "November", "2024-11"),           # "in the November elections"
        (13, "March", "2024-03"),              # "his March State of the Union address"
        (14, "January", "2024-01"),
    ],
    "004": [
        (3, "Wednesday", "2024-02-28"),        # "held a meeting in Washington on Wednesday"
        (11, "April", "2024-04"),              # "will also host the next ... in April"
        (17, "Tuesday", "2024-02-27"),         # "told reporters on Tuesday"
        (21, "2023", "2023"),
        (23, "Earlier this year", "2024"),
        (25, "December", "2023-12"),           # "arrived ... in December": the past one
        (25, "January", "2024-01"),            # "That number fell 41% in January"
        (29, "this year", "2024"),             # "this year's presidential election"
        (29, "November", "2024-11"),           # "who is likely to face off ... in November"
        (33, "Thursday", "2024-02-29"),        # "is now set to travel ... on Thursday"
    ],
}


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_every_date_phrase_in_the_seed(seed_docs, key):
    claims = temporal.extract(seed_docs[key], PackData())
    got = [(c.line, c.text, c.value) for c in claims]
    assert got == EXPECTED[key]


def _claim(seed_docs, key, line, text):
    claims = temporal.extract(seed_docs[key], PackData())
    return next(c for c in claims if c.line == line and c.text == text)


def test_sunday_story_this_week_is_the_coming_week(seed_docs):
    c = _claim(seed_docs, "003", 2, "this week")
    assert c.interval == (dt.date(2024, 5, 5), dt.date(2024, 5, 11))
    assert c.granularity == "week" and c.anchor == "publication"


def test_future_weekday_is_the_next_one(seed_docs):
    c = _claim(seed_docs, "003", 5, "Tuesday")
    assert c.tense == "future"
    assert c.interval == (dt.date(2024, 5, 7), dt.date(2024, 5, 7))


def test_anaphora_anchor_on_the_month_before_them(seed_docs):
    for key, line, text, march_line in [("000", 32, "The month before", 30), ("002", 36, "A month earlier", 34),
                                        ("003", 4, "The month before", 3)]:
        c = _claim(seed_docs, key, line, text)
        anchor = _claim(seed_docs, key, march_line, "March")
        assert c.anchor == anchor.id
        assert c.interval == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))


def test_earlier_this_year_ends_on_publication(seed_docs):
    c = _claim(seed_docs, "004", 23, "Earlier this year")
    assert c.interval == (dt.date(2024, 1, 1), dt.date(2024, 2, 28))


def test_month_range_spans_the_new_year(seed_docs):
    c = _claim(seed_docs, "001", 23, "from October to February")
    assert c.granularity == "range"
    assert c.interval == (dt.date(2023, 10, 1), dt.date(2024, 2, 29))


def test_every_claim_carries_the_temporal_fields(seed_docs):
    for doc in seed_docs.values():
        for c in temporal.extract(doc, PackData()):
            assert c.value and c.interval and c.granularity and c.anchor and c.tense
            assert c.interval[0] <= c.interval[1]
            assert doc.text[c.start - doc.offset:c.end - doc.offset] == c.text
