"""The benchmark's own reading of dates and figures, checked against the calendar and by hand."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from benchmarks import planted
from benchmarks import planted_text as t
from benchmarks.planted_families import Edit

MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]


@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.booleans(), st.booleans())
def test_a_written_date_reads_as_its_calendar_day(day, ap_style, with_weekday):
    month = (AP_MONTHS if ap_style else MONTH_NAMES)[day.month - 1]
    weekday = f"{t.WEEKDAYS[day.weekday()]}, " if with_weekday else ""
    text = f"The court ruled on {weekday}{month} {day.day}, {day.year}, after a long trial."
    [found] = t.dates_in(text, published=day + dt.timedelta(days=3))
    assert found.day == day and not found.bare
    assert (found.match.group("wd") is not None) == with_weekday


@given(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 6))
def test_a_bare_weekday_is_the_latest_such_day_on_or_before_publication(published, index):
    text = f"Police said the man was shot {t.WEEKDAYS[index]} night near the station."
    [found] = t.dates_in(text, published)
    assert found.bare and found.day.weekday() == index and 0 <= (published - found.day).days <= 6


def test_a_weekday_beside_a_date_in_brackets_is_one_date():
    text = "Dafter was sentenced on Tuesday (July 25) at Northampton Crown Court."
    [found] = t.dates_in(text, dt.date(2023, 7, 26))
    assert found.match.group("wd") == "Tuesday" and found.day == dt.date(2023, 7, 25)


def test_a_weekday_of_the_future_or_of_a_named_day_dates_no_event():
    published = dt.date(2024, 3, 11)
    for text in ("The hearing will resume on Friday, the clerk said.",
                 "Shoppers crowded the stores on Black Friday, retailers said.",
                 "The Sunday Times reported the deal.",
                 "The fire started in the early hours of a Sunday (March 10) morning, police said."):
        assert not [d for d in t.dates_in(text, published) if d.bare], text


def test_figures_are_scaled_and_years_dates_times_and_labels_left_out():
    text = ("Bayer paid $66bn, or $66 billion, in 2016 for 1,250 staff on March 9 at 6:45 p.m.; "
            "section 96 of the act and Grand Theatre 16 were cited, 42% agreed and 74.5 million iPhone 6 sold.")
    got = [(text[f.start:f.end], f.value) for f in t.figures_in(text)]
    assert got == [("$66bn", 66e9), ("$66 billion", 66e9), ("1,250", 1250.0), ("42", 42.0), ("74.5 million", 74.5e6)]


@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3), st.text("xy", max_size=4)), max_size=4))
def test_an_offset_outside_the_slip_maps_back_to_where_it_was(raw):
    """Edits at increasing places (gaps of 0-5 characters, 0-3 replaced, 0-4 new): every offset of
    the unedited text outside the edits moves with the slip and maps back to itself."""
    edits, at = [], 0
    for gap, length, new in raw:
        start = at + gap + (1 if edits else 0)
        edits.append(Edit(start, start + length, new))
        at = start + length
    inside = {o for e in edits for o in range(e.start, e.end)} | {e.start for e in edits}
    for offset in range(at + 3):
        if offset not in inside:
            assert planted._unshift(planted._shift(offset, edits), edits) == offset
