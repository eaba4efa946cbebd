"""A date's dateline test reads a bounded stretch before it, however long its line.

It used to search from the top of the text for every date, so a document pasted as one
line cost each date its offset: quadratic in the length of the line.
"""

import datetime as dt

from claimcheck.extract.temporal import extract
from claimcheck.packdata import PackData
from claimcheck.extract.temporal import scope as S
from claimcheck.models import Document


class Recording:
    """Wraps a pattern and records the stretch of text each search looks at."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.stretches: list[int] = []

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.stretches.append(endpos - pos)
        return self.pattern.search(text, pos, endpos)

    def match(self, text, pos=0, endpos=None):
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)


def test_the_dateline_test_reads_a_bounded_stretch_of_a_one_line_document(monkeypatch):
    recording = Recording(S._DATELINE_BEFORE)
    monkeypatch.setattr(S, "_DATELINE_BEFORE", recording)
    text = "WASHINGTON, May 7 (Reuters) - " + "The minister met envoys on Monday and left on Friday. " * 300
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 5, 7))
    claims = extract(doc, PackData())
    assert len(recording.stretches) >= 300  # every dated day of the one line is tested
    assert max(recording.stretches) <= 400
    dated = {c.text: c.setting.dateline for c in claims}
    assert dated["May 7"] is True  # the dateline at the top is still one
    assert dated["Monday"] is False


def test_a_dateline_on_a_later_line_of_the_top_is_still_found():
    text = "Envoys meet\n\nMANTA, Ecuador, April 19 (UPI) -- The minister met envoys on Monday."
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 4, 19))
    assert {c.text: c.setting.dateline for c in extract(doc, PackData())}["April 19"] is True


def test_below_the_top_the_dateline_forms_are_matched_at_the_line_start_not_searched_along_it(monkeypatch):
    """Below the headline, byline and caption, a long line of dated sentences: each date's
    dateline forms are tried at the line break before it, never searched for along the line
    (that read each date's offset in the line: quadratic in its length)."""
    before, comma = Recording(S._DATELINE_BEFORE), Recording(S._PLACE_COMMA_BEFORE)
    monkeypatch.setattr(S, "_DATELINE_BEFORE", before)
    monkeypatch.setattr(S, "_PLACE_COMMA_BEFORE", comma)
    top = "Envoys meet\nBy A Reporter\nPhoto: the envoys\n"
    text = top + "The minister met envoys on Monday, May 6, and left on Friday, May 10. " * 300
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 5, 11))
    claims = extract(doc, PackData())
    assert sum(c.granularity == "day" for c in claims) >= 600
    assert max(before.stretches + comma.stretches, default=0) <= 400
    assert not any(c.setting.dateline for c in claims)


def test_a_dateline_below_the_top_in_the_dash_form_is_still_one():
    text = "Envoys meet\nBy A Reporter\nPhoto: the envoys\nWASHINGTON, May 7 -- The minister met envoys on Monday."
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 5, 7))
    assert {c.text: c.setting.dateline for c in extract(doc, PackData())}["May 7"] is True
