"""A "surname" thousands of letters long is compared whole, not through its deletions.

Each one-letter deletion of a key is a new string: a 64 KB run of letters after a name made
the name-agreement rule build 64 K strings of 64 KB.
"""

from claimcheck.kinds.name_agreement import _deletions


def test_a_surname_yields_itself_and_each_one_letter_deletion_but_the_first():
    assert _deletions("smith")[0] == "smith"
    assert sorted(_deletions("smith")[1:]) == ["sith", "smih", "smit", "smth"]


def test_a_word_too_long_for_any_surname_is_compared_whole():
    assert _deletions("x" * 10_000) == ["x" * 10_000]
