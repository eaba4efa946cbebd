"""Number parsing shared by money and counts: digits, scale words, words, hedges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.language.numbers import hedge_before, interval, parse_digits, parse_words, scan


@pytest.mark.parametrize(
    "text, value",
    [
        ("578", 578),
        ("130,000", 130_000),
        ("1,150,000", 1_150_000),
        ("2.5 million", 2_500_000),
        ("578m", 578_000_000),
        ("170mn", 170_000_000),
        ("3bn", 3_000_000_000),
        ("1.2 billion", 1_200_000_000),
        ("1.5 trillion", 1_500_000_000_000),
        ("10M", 10_000_000),
        ("2.174T", 2_174_000_000_000),
        ("40k", 40_000),
        ("13,009 million", 13_009_000_000),
        ("10 000", 10_000),
        ("1.234.567,89", 1_234_567.89),
        (".75", 0.75),
        ("94mil", 94_000_000),  # "mil" is million, glued or not
        ("94 mil", 94_000_000),
        ("1.2tn", 1_200_000_000_000),
        ("3 lakhs crore", 3_000_000_000_000),
    ],
)
def test_digits_with_separators_and_scale_words(text, value):
    found = list(scan(text))
    assert len(found) == 1
    assert found[0].value == pytest.approx(value)
    assert (found[0].start, found[0].end) == (0, len(text))


@pytest.mark.parametrize(
    "text, value",
    [
        ("three", 3),
        ("twenty", 20),
        ("twenty-five", 25),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred and two", 102),
        ("one hundred and two", 102),
        ("five hundred seventy-eight million", 578_000_000),
        ("three million, two hundred & forty", 3_000_240),
        ("zero", 0),
    ],
)
def test_word_numbers(text, value):
    parsed = parse_words(text)
    assert parsed is not None
    assert parsed[0] == value
    assert parsed[1] == len(text)


def test_word_numbers_stop_where_one_number_ends():
    assert [n.value for n in scan("two and three")] == [2, 3]
    assert [n.value for n in scan("twenty, thirty")] == [20, 30]


def test_fractions_are_shares_in_percent():
    (n,) = scan("two-thirds of the migrants")
    assert n.value == pytest.approx(66.667, abs=0.01)
    assert n.form == "fraction"
    assert [n.value for n in scan("half of them")] == [50]
    assert list(scan("the third of May")) == []


def test_place_value_of_the_last_written_digit():
    assert parse_digits("578", "million") == (578e6, 1e6)
    assert parse_digits("2.5", "million") == (2.5e6, 1e5)
    assert parse_digits("130,000") == (130_000, 10_000)
    assert parse_digits("20") == (20, 1)  # small counts are exact
    assert parse_digits("43,885,310") == (43_885_310, 10)


def test_plain_round_figure_covers_the_exact_one():
    low, high = interval(43e6, 1e6, None)
    assert low <= 43_885_310 <= high
    low, high = interval(578e6, 1e6, None)
    assert not low <= 587e6 <= high


@pytest.mark.parametrize(
    "hedge, low, high",
    [
        ("nearly", 120_000, 130_000),
        ("almost", 120_000, 130_000),
        ("around", 120_000, 140_000),
        ("about", 120_000, 140_000),
        ("more than", 130_000, 140_000),
        ("at least", 130_000, 140_000),
        ("fewer than", 120_000, 130_000),
        ("up to", 0, 130_000),
    ],
)
def test_hedges_shape_the_interval(hedge, low, high):
    assert interval(130_000, 10_000, hedge) == pytest.approx((low, high))


def test_hedges_on_small_and_coarse_figures():
    assert interval(20, 1, "around") == (18, 22)  # rounded to the ten, but within a tenth
    assert interval(2e9, 1e9, "nearly") == pytest.approx((1.8e9, 2e9))
    assert interval(400_000, 100_000, "more than") == (400_000, 500_000)
    assert interval(2.5e6, 1e5, "nearly") == (2.4e6, 2.5e6)


def test_hedge_before_a_figure():
    assert hedge_before("Nearly 130,000", 7) == ("nearly", 0)
    assert hedge_before("officials from around 20", 22) == ("around", 15)
    assert hedge_before("no more than 5", 13) == ("no more than", 0)
    assert hedge_before("among a total of 1.15", 17) is None


def _grouped(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


@given(st.integers(min_value=0, max_value=10**15), st.sampled_from([",", "", " "]))
def test_integers_round_trip(n, sep):
    written = _grouped(n, sep)
    found = list(scan(written))
    assert len(found) == 1 and found[0].value == n


@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from([("thousand", 1e3), ("million", 1e6), ("m", 1e6), ("mn", 1e6), ("bn", 1e9),
                     (" billion", 1e9), (" trillion", 1e12), ("k", 1e3), (" million", 1e6)]),
)
def test_scaled_decimals_round_trip(whole, cents, scale):
    word, factor = scale
    written = f"{whole}.{cents:02d}{word}" if cents else f"{whole}{word}"
    (found,) = scan(f"about {written} people")
    assert found.value == pytest.approx((whole + cents / 100) * factor)


@settings(max_examples=300)
@given(st.text())
def test_scan_never_raises(text):
    for n in scan(text):
        assert 0 <= n.start < n.end <= len(text)


def test_half_a_scale_word():
    (n,) = scan("half a million people")
    assert (n.value, n.start) == (500_000, 0)


_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def _say(n: int) -> str:
    """English words for 0 <= n < 10**12, written independently of the parser under test."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return _ONES[n // 100] + " hundred" + (" and " + _say(n % 100) if n % 100 else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        if n >= size:
            return _say(n // size) + " " + name + (" " + _say(n % size) if n % size else "")
    raise AssertionError(n)


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_number_words_round_trip(n):
    words = _say(n)
    assert parse_words(words) == (n, len(words), pytest.approx(parse_words(words)[2]))
    (found,) = scan(f"They counted {words} people.")
    assert found.value == n


@pytest.mark.parametrize(
    "text, exact",
    [
        ("7", True), ("41", True), ("1,944", True), ("three", True), ("twenty-one", True), ("50", True),
        ("300", False), ("45,000", False), ("2.5", False), ("3 million", False), ("$2bn", False),
        ("a dozen", False), ("two hundred", False),
    ],
)
def test_only_round_scaled_or_decimal_figures_are_marked_rounded(text, exact):
    (n,) = scan(text)
    assert n.exact is exact


def test_an_exact_figure_is_a_point_unless_hedged():
    assert interval(3, 1, None, exact=True) == (3, 3)
    assert interval(3, 1, None) == (2.5, 4)  # a figure written as rounded keeps its band
    assert interval(3, 1, "about", exact=True) == (2.5, 3.5)


def test_a_bound_on_a_figure_that_is_not_round_reaches_a_tenth():
    assert interval(14, 1, "at least") == pytest.approx((14, 15.4))
    assert interval(223, 1, "more than") == pytest.approx((223, 245.3))
    assert interval(230, 1, "more than") == (230, 240)  # a trailing zero: to the next ten
    assert interval(87, 1, "fewer than") == pytest.approx((78.3, 87))
    assert interval(400_000, 100_000, "more than") == (400_000, 500_000)  # round: to the next step


def test_a_fraction_of_one_thing_is_not_a_share():
    # AP via newsproix, April 2024: "a quarter of a century" is a span, not 25 percent
    assert [n for n in scan("Over a quarter of a century, buildings were damaged.") if n.form == "fraction"] == []
    assert [n.value for n in scan("Conservatives are down to a third of their previous total.")
            if n.form == "fraction"] == [pytest.approx(100 / 3)]


def test_a_word_that_starts_like_a_scale_word_is_no_scale():
    (n,) = scan("5 milestones")
    assert n.value == 5 and (n.start, n.end) == (0, 1)
