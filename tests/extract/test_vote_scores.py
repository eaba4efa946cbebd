"""A vote's score is read as two counts, the votes for and the votes against. Invented sentences."""

from __future__ import annotations

import pytest

from claimcheck.extract import counts
from claimcheck.packdata import PackData
from tests.conftest import make_doc


def read(text: str) -> list[tuple[str, str, float]]:
    return [(c.text, c.unit, c.value) for c in counts.extract(make_doc(text), PackData()) if c.unit.startswith("votes ")]


@pytest.mark.parametrize("text, first, second", [
    ("The motion to remove the speaker was adopted 218 to 209 on Tuesday.", 218, 209),
    ("By a vote of 218 to 209, the motion prevailed.", 218, 209),
    ("The council voted 7-2 to close the library.", 7, 2),
    ("The Senate voted 51–49 to confirm the judge.", 51, 49),
    ("The aid bill passed in a 305-118 vote, with Democrats in support.", 305, 118),
    ("The speaker was voted out of his job — 218 to 209 — by his own party's rebels.", 218, 209),
    ("The amendment was rejected 40-59.", 40, 59),
    ("The coalition won by the slimmest of margins, with 61 votes in favor and 58 opposed.", 61, 58),
    ("The government survived the confidence vote by just 61 votes to 58.", 61, 58),
    ("The measure got 61 in favour, 58 against.", 61, 58),
])
def test_a_vote_score_is_votes_for_and_votes_against(text, first, second):
    assert read(text) == [(str(first), "votes for", first), (str(second), "votes against", second)]


@pytest.mark.parametrize("text", [
    "Members voted on 10-12 March.",
    "The council passed the budget for 2024-25.",
    "She won the final 6-4 after losing the first set.",
    "The measure passed with $5-10 million in funding.",
    "Between 20 to 30 people attended the vote.",
])
def test_other_pairs_of_numbers_are_no_score(text):
    assert read(text) == []


def test_a_named_score_replaces_the_count_of_votes_inside_it():
    text = "The coalition won with 61 votes in favor and 58 opposed."
    assert [(c.text, c.unit) for c in counts.extract(make_doc(text), PackData())] == [
        ("61", "votes for"), ("58", "votes against")]
    # a count of votes and a share are no score
    assert read("Turnout rose from 40 votes to 59 percent.") == []
