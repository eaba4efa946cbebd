"""The candidate scan must find exactly what each pattern's own finditer finds."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.temporal.forms import FORMS
from claimcheck.scan import CandidateScan, first_letters, start

ROOT = Path(__file__).resolve().parent.parent
DATE_SCAN = CandidateScan([form.pattern for form in FORMS])


def spans(matches) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]


def assert_same(scan: CandidateScan, text: str) -> None:
    found = scan.scan(text)
    for i, pattern in enumerate(scan.patterns):
        assert spans(found.finditer(i)) == spans(pattern.finditer(text)), pattern.pattern[:80]


def test_first_letters_are_read_from_the_pattern():
    pattern = re.compile(r"\b(?=\w)(?:the\s+)?(?:last|next)\s+(?:Mon|Tues)day", re.I)
    assert first_letters(pattern) == {"the", "las", "nex"}


def test_optional_parts_digits_and_small_sets_are_followed():
    pattern = re.compile(r"\b(?=\w)(?:mid-)?[12]\d{3}|Q[1-4]", re.I)
    # "mid-" cut to three letters; a year's first digit, then one of the repeated digits
    years = {f"{a}{b}" for a in "12" for b in "0123456789"}
    assert first_letters(pattern) == {"mid", "q1", "q2", "q3", "q4"} | years


@pytest.mark.parametrize("pattern", [
    re.compile(r"(?:last|next)\s+week", re.I),  # may start mid-word: no word-start assertion
    re.compile(r"\b(?=\w)(?:last|next)\s+week"),  # case-sensitive: not lower-cased safely
    re.compile(r"\b(?=\w)(?:last\s+)?\w+day", re.I),  # may start with any word
])
def test_a_pattern_whose_start_cannot_be_bounded_is_scanned_whole(pattern):
    assert first_letters(pattern) is None
    assert_same(CandidateScan([pattern]), "Last week, next week and Tuesday: lastweek")


def test_a_pattern_refusing_a_word_character_before_it_starts_at_word_starts():
    pattern = re.compile(r"(?<![\w+-])(?:one|two)\s+days", re.I)
    assert start(pattern) == {"word": {"one", "two"}}
    assert_same(CandidateScan([pattern]), "One days, stone days, two days, +two days, Two  days")


def test_a_pattern_refusing_a_digit_before_it_starts_where_digits_start():
    pattern = re.compile(r"(?<![\d/-])(?:19|20)\d\d-\d\d")
    assert start(pattern) == {"digit": {f"{century}{d}" for century in ("19", "20") for d in "0123456789"}}
    # mid-word ("x2024-05"), not mid-number ("12024-05"), and other scripts' digits
    text = "x2024-05 12024-05 2019-12 /2020-01 \u0663\u0660\u0662\u0664-05 2021-0"
    assert_same(CandidateScan([pattern]), text)


def test_a_pattern_starting_with_a_mark_is_tried_wherever_the_mark_is():
    pattern = re.compile(r"(?<![\w+-])(?:[+-]\s*\d+|one)\s+days?", re.I)
    # a sign, then either spaces (the prefix ends) or a digit
    signs = {"+", "-"} | {f"{sign}{d}" for sign in "+-" for d in "0123456789"}
    assert start(pattern) == {"word": {"one"}, "mark": signs}
    assert_same(CandidateScan([pattern]), "+3 days, one day, x-2 days, a+4 days, -1 day, - 5 days, +one days")


def test_every_date_form_is_tried_only_at_its_candidate_places():
    assert DATE_SCAN.whole == set()


def test_case_folding_onto_ascii_letters_is_kept():
    # with IGNORECASE, the Kelvin sign matches "k" and the long s matches "s"
    pattern = re.compile(r"\b(?=\w)(?:kilo|sept)\w*", re.I)
    text = "\u212Ailo sunday \u017Fept. kilo Sept"
    assert len(list(pattern.finditer(text))) == 4
    assert_same(CandidateScan([pattern]), text)


def test_lookbehinds_and_word_boundaries_see_the_text_before_the_place():
    pattern = re.compile(r"\b(?=\w)(?<!\$)(?<!last\s)\d{4}\b", re.I)
    assert_same(CandidateScan([pattern]), "In 2019, $2020, last 2021 and 2022x 2023")


def test_an_empty_match_falls_back_to_the_full_scan():
    pattern = re.compile(r"\b(?=\w)(?:ab)?", re.I)
    assert_same(CandidateScan([pattern]), "ab abc xab b ab")


def test_every_date_form_finds_the_same_in_the_seeds():
    for path in sorted((ROOT / "seeds").glob("*.md")):
        assert_same(DATE_SCAN, path.read_text(encoding="utf-8"))


WORDS = ["January", "Jan.", "Sept", "May", "march", "Monday", "Tues.", "last", "next", "this", "the", "of", "in",
         "since", "early", "mid-", "first", "third", "quarter", "Q3", "fiscal", "FY", "year", "years", "week",
         "month", "day", "days", "ago", "later", "earlier", "before", "today", "yesterday", "2024", "1999", "12",
         "3", "31st", "2024-05-07", "5/7/2024", "+3", "from", "to", "between", "and", "\u212Aelvin", "\u017Fept",
         "İn", "Mär", "٣", "said", "on"]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "\n", "-", "", "  ", "/"])),
                 max_size=40).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_date_form_finds_the_same_as_its_own_finditer(text):
    assert_same(DATE_SCAN, text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_gives_the_same_matches(text):
    assert_same(DATE_SCAN, text)


NUMBER_WORDS = ["a", "an", "1,200", ".5", "3.25", "12 000", "1.234.567,8", "4,5", "٣", "half", "a half", "one-third", "two", "thirds", "quarter", "of", "million", "billion",
                "hundred", "thousand", "twenty-five", "dozen", "Seventeen", "and", "at", "fifths", "tenth", "3",
                "a-half", "Anne", "ONE", "\u017Fix", "zero"]
number_texts = st.lists(st.tuples(st.sampled_from(NUMBER_WORDS), st.sampled_from([" ", "-", ", ", "", "\n"])),
                        max_size=30).map(lambda parts: "".join(w + sep for w, sep in parts))


@settings(max_examples=300, deadline=None)
@given(number_texts)
def test_number_word_patterns_search_from_any_place_as_their_own_search(text):
    from claimcheck.language import numbers

    scan = numbers._SCAN
    assert len(scan.whole) == 0  # every number pattern is tried at its candidate places only
    assert_same(scan, text)
    found = scan.scan(text)
    for i, pattern in enumerate(scan.patterns):
        for pos in range(len(text) + 1):
            got, want = found.search(i, pos), pattern.search(text, pos)
            assert (got and (got.span(), got.group(0))) == (want and (want.span(), want.group(0)))


def test_the_last_text_is_let_go_with_the_text_caches():
    from claimcheck.cache import release_long

    scan = CandidateScan([re.compile(r"\b(?=\w)next\s+week", re.I)])
    text = "next week " * 20
    first = scan.scan(text)
    assert scan.scan(text) is first  # one text read again (the date extractor's second pass)
    release_long()
    assert scan.scan(text) is not first
