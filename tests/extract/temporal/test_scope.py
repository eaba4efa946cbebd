"""scope() looks only at the date spans inside the phrase's clause, found by binary search.

It used to filter every date span of the document for each phrase, which made a long
document quadratic; the binary search must pick exactly the spans the filter picked.
"""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.extract.temporal import scope as S
from claimcheck.extract.temporal import _extract
from claimcheck.models import Document


@st.composite
def disjoint_spans(draw):
    cuts = sorted(set(draw(st.lists(st.integers(0, 500), max_size=40))))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]


@given(disjoint_spans(), st.integers(0, 500), st.integers(0, 200))
def test_inside_picks_what_a_full_scan_picks(spans, lo, width):
    hi = lo + width
    assert S._inside(spans, lo, hi) == [(s, e) for s, e in spans if lo <= s and e <= hi]


def test_two_dates_in_one_clause_still_cut_in_a_long_document():
    # The quake sentence of a rescue story: Thursday dates the search, "two days earlier" the quake.
    sentence = "Rescuers searched the ruins Thursday for victims of a quake two days earlier. "
    text = "Officials met on Monday. " * 300 + sentence + "The mayor spoke on Friday. " * 300
    doc = Document(id="d", path="d", text=text, published=dt.date(2011, 10, 28))
    claims = _extract(doc)
    spans = sorted(S.local(doc, c) for c in claims)
    thursday = next(c for c in claims if c.text == "Thursday")
    earlier = next(c for c in claims if c.text == "two days earlier")
    assert "searched the ruins" in S.scope(doc, thursday, spans)
    assert "quake" not in S.scope(doc, thursday, spans)
    assert "quake" in S.scope(doc, earlier, spans)
    assert "searched" not in S.scope(doc, earlier, spans)
