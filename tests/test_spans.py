"""Spans must answer overlap exactly as the all-pairs scan it replaces."""
from hypothesis import given, strategies as st

from claimcheck.spans import Spans

span = st.tuples(st.integers(0, 60), st.integers(0, 60))


def brute(spans, s, e):
    return any(a < e and s < b for a, b in spans if a < b) and s < e


@given(st.lists(span, max_size=30), st.lists(span, max_size=20))
def test_overlap_matches_all_pairs_scan(taken, probes):
    built = Spans()
    for a, b in taken:
        built.add(a, b)
    at_once = Spans(taken)
    for s, e in probes:
        assert built.overlaps(s, e) == brute(taken, s, e)
        assert at_once.overlaps(s, e) == brute(taken, s, e)


def test_touching_spans_do_not_overlap():
    taken = Spans([(10, 20)])
    assert not taken.overlaps(20, 25)
    assert not taken.overlaps(5, 10)
    assert taken.overlaps(19, 21)
    assert taken.overlaps(0, 100)


def test_a_long_span_is_seen_past_later_short_ones():
    taken = Spans([(0, 100), (10, 12), (20, 22)])
    assert taken.overlaps(50, 51)
