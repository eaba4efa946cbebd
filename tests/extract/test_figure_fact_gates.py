"""The one-pass gates of the figure facts: ``measures`` and ``tally`` first ask one alternation
of their patterns and skip the pattern-by-pattern search when it finds nothing, so the
alternation must match wherever any one pattern does (a pattern with a group reference or
its own flags would break that)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import _figure_facts as facts

# words of the measure and tally vocabularies, and words that sit beside them in news copy
WORDS = ["net", "gross", "pre-tax", "before", "tax", "adjusted", "underlying", "non-GAAP", "operating",
         "share", "price", "shares", "traded", "trading", "analysts", "consensus", "expectations", "per",
         "year", "month", "annually", "a", "with", "including", "debt", "equity", "value", "dead", "killed",
         "injured", "wounded", "missing", "died", "deaths", "hurt", "toll", "people", "the", "of", "in",
         "$5", "billion", "3", "said", "on", "Tuesday", "long", "ago", ",", ".", "-"]

texts = st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join)


@settings(max_examples=400)
@given(texts)
def test_the_measure_gate_matches_where_any_measure_pattern_does(text):
    assert bool(facts._ANY_MEASURE.search(text)) == any(rx.search(text) for _, rx in facts._MEASURES)


@settings(max_examples=400)
@given(texts)
def test_the_tally_gate_matches_where_any_tally_pattern_does(text):
    assert bool(facts._ANY_TALLY.search(text)) == any(rx.search(text) for _, rx in facts._TALLIES)


def test_a_sentence_with_no_measure_or_tally_word_has_none():
    assert not facts._ANY_MEASURE.search("The company said it would hire 300 workers in Ohio.")
    assert not facts._ANY_TALLY.search("The company said it would hire 300 workers in Ohio.")
    assert facts._ANY_MEASURE.search("Net income rose to $5 billion.")
    assert facts._ANY_TALLY.search("At least 12 people were killed.")
