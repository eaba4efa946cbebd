"""Blocking for cross-source rules: candidates come from shared keys, never all pairs."""

from __future__ import annotations

from hypothesis import given, strategies as st

from claimcheck.align import TermIndex, connected_groups, phrase_pattern


def test_pairs_share_enough_keys():
    items = ["aid package million", "aid package", "border crossings", "crossings border patrol"]
    index = TermIndex(items, str.split)
    pairs = {(a, b) for a, b, _ in index.pairs(min_shared=2)}
    assert pairs == {("aid package million", "aid package"), ("border crossings", "crossings border patrol")}


def test_keys_in_too_many_items_are_skipped():
    items = [f"common k{i}" for i in range(10)]
    index = TermIndex(items, str.split, max_posting=5)
    assert list(index.pairs()) == []


@given(st.lists(st.sets(st.sampled_from("abcdefgh"), max_size=3), max_size=25))
def test_pairs_equal_brute_force_on_shared_keys(key_sets):
    items = list(range(len(key_sets)))
    index = TermIndex(items, lambda i: key_sets[i])
    got = {(a, b, k) for a, b, k in index.pairs()}
    want = {
        (a, b, len(key_sets[a] & key_sets[b]))
        for a in items for b in items if a < b and key_sets[a] & key_sets[b]
    }
    assert got == want


def test_connected_groups_follow_chains():
    items = ["a", "b", "c", "d"]
    groups = connected_groups(items, [("a", "b", 1), ("b", "c", 1)])
    assert groups == [["a", "b", "c"], ["d"]]


def test_phrase_pattern_matches_whole_words_and_any_spacing():
    assert phrase_pattern(["regional talks"]).search("the regional  talks in Guatemala")
    assert not phrase_pattern(["regional talks"]).search("interregional talks")
    assert phrase_pattern([]).search("anything") is None
