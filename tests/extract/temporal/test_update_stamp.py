"""An article revised after it was first posted: its relative dates may count from either day."""

from claimcheck.extract.temporal import extract
from claimcheck.packdata import PackData
from tests.conftest import make_doc

HEAD = "Council fines harbour firm\n\nBy Staff, posted May 15, 2014 at 8:26 PM, {stamp} at 7:06 AM\n\n"
BODY = "The council fined the harbour firm yesterday for dumping oil. The mayor spoke on May 12."


def _claims(stamp):
    doc = make_doc(HEAD.format(stamp=stamp) + BODY, published="2014-05-15")
    return {c.text: c for c in extract(doc, PackData())}


def test_yesterday_in_an_updated_article_spans_both_readings():
    c = _claims("updated May 16, 2014")["yesterday"]
    assert c.granularity == "range"
    assert [d.isoformat() for d in c.interval] == ["2014-05-14", "2014-05-15"]


def test_an_absolute_date_keeps_its_day_in_an_updated_article():
    c = _claims("updated May 16, 2014")["May 12"]
    assert (c.granularity, c.value) == ("day", "2014-05-12")


def test_without_an_update_yesterday_is_one_day():
    c = _claims("filed May 15, 2014")["yesterday"]
    assert (c.granularity, c.value) == ("day", "2014-05-14")


def test_an_update_stamp_on_the_publication_day_changes_nothing():
    c = _claims("updated May 15, 2014")["yesterday"]
    assert (c.granularity, c.value) == ("day", "2014-05-14")
