"""Given-name variants: the nicknames package, one hop, with claimcheck's own pairs on top."""

from __future__ import annotations

import pytest

from claimcheck.language.given_names import given_name_groups, same_given_name


@pytest.mark.parametrize("a, b", [("Jim", "James"), ("Bill", "William"), ("Kate", "Katherine"), ("Peggy", "Margaret"),
                                  ("Katie", "Katherine"), ("Kate", "Catherine"), ("Sasha", "Alexander"),
                                  ("J.", "James"), ("José", "Jose"), ("james", "JIM")])
def test_one_name(a, b):
    assert same_given_name(a, b) and same_given_name(b, a)


@pytest.mark.parametrize("a, b", [("Robert", "Bill"), ("William", "Wilma"), ("Margaret", "Rita"), ("John", "Ian"),
                                  ("Michael", "Miguel"), ("James", "John"), ("Albert", "Alexander"), ("K.", "James")])
def test_two_names(a, b):
    assert not same_given_name(a, b)


def test_groups_are_symmetric_and_never_transitive():
    groups = given_name_groups()
    assert all(a in groups[b] for a in groups for b in groups[a])
    # "al" is a nickname of both, yet Albert and Alexander stay two names
    assert "al" in groups["albert"] and "al" in groups["alexander"] and "alexander" not in groups["albert"]


def test_a_packs_pairs_reach_its_own_lexicon_only_in_any_order_of_asking():
    from claimcheck.language import LEXICON
    people = LEXICON.people.model_copy(update={"given_names_added": [*LEXICON.people.given_names_added,
                                                                     ("zed", "zebulon")]})
    extended = LEXICON.model_copy(update={"people": people})
    for _ in range(2):  # each answer kept for the next call must not leak into the other lexicon's
        assert "zebulon" not in given_name_groups().get("zed", frozenset())
        assert "zebulon" in given_name_groups(extended)["zed"]
