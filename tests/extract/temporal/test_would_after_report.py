"""A weekday in a "would" clause after a past reporting verb: the announcement's day or the act's."""

from claimcheck.extract.temporal import extract
from claimcheck.packdata import PackData
from tests.conftest import make_doc


def _claim(text, phrase, published="2018-10-06"):  # a Saturday
    doc = make_doc(text, published=published)
    return next(c for c in extract(doc, PackData()) if c.text == phrase)


def test_a_weekday_after_announced_they_would_spans_both_readings():
    c = _claim("Two senators announced they would vote for the nominee on Friday.", "Friday")
    assert c.granularity == "range"
    # last Friday (the announcement) to the coming Friday (the vote)
    assert [d.isoformat() for d in c.interval] == ["2018-10-05", "2018-10-12"]


def test_a_plain_future_weekday_keeps_its_day():
    c = _claim("The senators will vote for the nominee on Friday.", "Friday")
    assert (c.granularity, c.value) == ("day", "2018-10-12")


def test_a_weekday_after_would_without_a_report_keeps_its_day():
    c = _claim("The senators said nothing. A vote would follow on Friday.", "Friday")
    assert c.granularity == "day"


def test_a_weekday_written_with_its_date_keeps_its_day():
    c = _claim("Brady confirmed a contest would be concluded by Friday 12 October.", "Friday 12 October")
    assert (c.granularity, c.value) == ("day", "2018-10-12")
