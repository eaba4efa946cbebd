"""Properties of date resolution that must hold for any phrase and any publication date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import temporal
from claimcheck.language.calendar import MONTHS, WEEKDAYS
from claimcheck.models import Document
from claimcheck.packdata import PackData

dates = st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31))
any_date = st.dates()  # year 1 to 9999: arithmetic at the edges must not raise
tenses = st.sampled_from([None, "past", "present", "future"])
WORDS = WEEKDAYS + MONTHS + ["the", "month", "before", "a", "year", "later", "earlier", "this", "last", "next",
                             "week", "in", "on", "from", "to", "between", "and", "said", "will", "2024", "7",
                             "May", "Tuesday's", "ago", "two", "fiscal", "early", "day", "today", ",", "."]
phrases = st.one_of(st.text(max_size=60), st.lists(st.sampled_from(WORDS), max_size=10).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(phrase=phrases, ref=st.one_of(st.none(), any_date), tense=tenses)
def test_resolution_never_raises(phrase, ref, tense):
    claim = temporal.resolve_phrase(phrase, ref, tense=tense)
    if claim is not None and claim.interval is not None:
        assert claim.interval[0] <= claim.interval[1]


@settings(max_examples=200, deadline=None)
@given(text=phrases, ref=st.one_of(st.none(), any_date))
def test_extraction_never_raises_and_offsets_hold(text, ref):
    doc = Document(id="d", path="d.txt", text=text, published=ref)
    for c in temporal.extract(doc, PackData()):
        assert text[c.start:c.end] == c.text
        # An interval needs a value; only a fiscal year whose start month is unknown
        # ("FY2000" with nothing said about the issuer) has a value without days.
        if c.interval is not None:
            assert c.value is not None
        elif c.value is not None:
            assert c.value.startswith("FY"), c
        assert c.value is not None or c.reason


@settings(max_examples=300, deadline=None)
@given(wd=st.sampled_from(range(7)), ref=dates, tense=tenses,
       frame=st.sampled_from(["{}", "said {}", "will meet on {}", "On {}, talks began", "{}'s talks", "last {}",
                              "next {}", "is set to travel {}"]))
def test_a_weekday_always_resolves_to_that_weekday(wd, ref, tense, frame):
    name = WEEKDAYS[wd].capitalize()
    claim = temporal.resolve_phrase(name, ref, frame.format(name), tense=tense)
    day = dt.date.fromisoformat(claim.value)
    assert day.weekday() == wd
    # "next Friday" is never tomorrow (written on a Thursday it is the Friday after), so it
    # may lie eight days ahead; every other reading is within a week.
    assert abs((day - ref).days) <= (8 if frame == "next {}" else 7)
    if frame == "next {}":
        assert (day - ref).days >= 2


@settings(max_examples=200, deadline=None)
@given(day=dates, style=st.sampled_from(["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}", "{d:%Y-%m-%d}",
                                         "{d:%A}, {d:%B} {d.day}, {d.year}"]))
def test_written_dates_round_trip(day, style):
    text = "The accord was signed on " + style.format(d=day) + "."
    (c,) = temporal.extract(Document(id="d", path="d.txt", text=text), PackData())
    assert c.value == day.isoformat() and c.anchor == "absolute"
