"""Voting across sources: the outlier against the agreeing sources, whatever the order."""

from __future__ import annotations

from hypothesis import given, strategies as st

from claimcheck.voting import Vote, outliers


def _votes(*given: tuple[str, str]) -> list[Vote[str]]:
    """(source, value) pairs; the place is 'source:value:n' so each vote is its own place."""
    return [Vote(source=s, value=v.lower(), shown=v, place=f"{s}:{v}:{n}") for n, (s, v) in enumerate(given)]


def test_one_source_against_two_agreeing_is_a_warning_with_their_places_and_spelling():
    found = outliers(_votes(("a", "Marchetto"), ("a", "Marchetto"), ("b", "Marchetti"), ("c", "Marchetti")))
    assert len(found) == 1
    o = found[0]
    assert (o.source, o.shown, o.severity, o.majority_shown) == ("a", "Marchetto", "warning", "Marchetti")
    assert o.places == ("a:Marchetto:0", "a:Marchetto:1")
    assert o.agreeing == ("b:Marchetti:2", "c:Marchetti:3") and o.sources == ("b", "c")


def test_one_source_against_one_is_one_info_naming_both():
    found = outliers(_votes(("a", "Marchetto"), ("b", "Marchetti")))
    assert [(o.source, o.shown, o.majority_shown, o.severity) for o in found] == [("b", "Marchetti", "Marchetto", "info")]


def test_an_even_split_has_no_outlier():
    assert outliers(_votes(("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"))) == []
    assert outliers(_votes(("a", "x"), ("b", "y"), ("c", "z"))) == []


def test_a_source_that_writes_both_forms_is_judged_by_the_others_not_by_its_first_mention():
    found = outliers(_votes(("a", "Marchetto"), ("a", "Marchetti"), ("b", "Marchetti"), ("c", "Marchetti")))
    assert [(o.source, o.shown, o.severity) for o in found] == [("a", "Marchetto", "warning")]


def test_two_sources_against_three_is_an_info():
    found = outliers(_votes(("a", "x"), ("b", "x"), ("c", "y"), ("d", "y"), ("e", "y")))
    assert {(o.source, o.severity) for o in found} == {("a", "info"), ("b", "info")}


def test_agreement_and_a_single_source_are_silent():
    assert outliers(_votes(("a", "x"), ("b", "x"))) == []
    assert outliers(_votes(("a", "x"), ("a", "y"))) == []


@given(st.lists(st.tuples(st.sampled_from("abcde"), st.sampled_from("xyz")), max_size=12), st.randoms())
def test_the_order_of_the_votes_does_not_matter(pairs, rnd):
    votes = _votes(*pairs)
    shuffled = list(votes)
    rnd.shuffle(shuffled)
    def key(found):
        return sorted((o.source, str(o.value), o.severity, sorted(o.places), sorted(o.agreeing)) for o in found)
    assert key(outliers(votes)) == key(outliers(shuffled))
