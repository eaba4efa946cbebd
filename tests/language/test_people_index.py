"""The surname index of ``FullNames`` answers exactly as the scan of every full name did."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.language.people import FullNames, full_names, resolve_surname, tokens

# From a held-out article (The Hill, 2025-06-29), plus a second Johnson later on.
TEXT = (
    "Sen. Ron Johnson (R-Wis.) changed his \"no\" vote to \"aye,\" and holdout Sens. Mike Lee (R-Utah), "
    "Rick Scott (R-Fla.) and Cynthia Lummis (R-Wyo.) also voted yes. Three other Republican senators, "
    "Sens. Rand Paul (R-Ky.), Thom Tillis (R-N.C.) and Johnson, announced well in advance of the vote "
    "that they would oppose it. Speaker Mike Johnson said the House would wait."
)


def test_the_first_full_name_with_the_surname_wins():
    names = full_names(TEXT, tokens(TEXT))
    assert isinstance(names, FullNames)
    assert resolve_surname("Johnson", names).name == "Ron Johnson"
    assert resolve_surname("Johnson's", names).name == "Ron Johnson"
    assert resolve_surname("Lummis", names).name == "Cynthia Lummis"
    assert resolve_surname("Graham", names) is None


def test_before_limits_the_names_searched():
    names = full_names(TEXT, tokens(TEXT))
    lee = TEXT.index("Mike Lee")
    assert resolve_surname("Lee", names, before=lee) is None
    assert resolve_surname("Lee", names, before=lee + 1).name == "Mike Lee"


@settings(max_examples=60, deadline=None)
@given(word=st.sampled_from(TEXT.replace(",", " ").replace(".", " ").split() + ["Paul's", "Scott", "Nobody"]),
       before=st.one_of(st.none(), st.integers(0, len(TEXT))))
def test_index_and_scan_agree(word, before):
    names = full_names(TEXT, tokens(TEXT))
    scanned = resolve_surname(word, list(names), before)  # a plain list is scanned
    assert resolve_surname(word, names, before) == scanned
