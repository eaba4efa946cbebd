"""Money claims: currencies, scale words, hedges, ranges; the six figures of the seeds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract import money
from claimcheck.packdata import PackData
from tests.conftest import make_doc


def amounts(text: str):
    return [(c.text, c.amount, c.currency) for c in money.extract(make_doc(text), PackData())]


@pytest.mark.parametrize(
    "text, written, amount, currency",
    [
        ("Blinken announced an additional $578 million in aid.", "$578 million", 578e6, "USD"),
        ("It pledged $578m on Tuesday.", "$578m", 578e6, "USD"),
        ("That visit saw $170mn in aid.", "$170mn", 170e6, "USD"),
        ("The bank lent US$1.2 billion.", "US$1.2 billion", 1.2e9, "USD"),
        ("The prize is €40,000.", "€40,000", 40_000, "EUR"),
        ("The fund holds 50 million euros.", "50 million euros", 50e6, "EUR"),
        ("The deal is worth £3bn.", "£3bn", 3e9, "GBP"),
        ("Japan will spend 1.5 trillion yen.", "1.5 trillion yen", 1.5e12, "JPY"),
        ("Fees reached CHF 47.00 last year.", "CHF 47.00", 47, "CHF"),
        ("It cost C$5.95.", "C$5.95", 5.95, "CAD"),
        ("It cost A$190.00.", "A$190.00", 190, "AUD"),
        ("They paid 578 million dollars.", "578 million dollars", 578e6, "USD"),
        ("Its GDP is $2.174T.", "$2.174T", 2.174e12, "USD"),
        ("It was valued at 10 000 dollars.", "10 000 dollars", 10_000, "USD"),
        ("Tickets at 34.99€ sold out.", "34.99€", 34.99, "EUR"),
        ("The scheme costs Rs 2,000 crore.", "Rs 2,000 crore", 2e10, "INR"),
        ("The budget is five hundred seventy-eight million dollars.", "five hundred seventy-eight million dollars", 578e6, "USD"),
    ],
)
def test_money_forms(text, written, amount, currency):
    (found,) = amounts(text)
    assert found[0] == written
    assert found[1] == pytest.approx(amount)
    assert found[2] == currency


def test_bare_dollar_is_usd_and_says_it_was_assumed():
    (c,) = money.extract(make_doc("Blinken announced $578 million."), PackData())
    assert (c.currency, c.currency_assumed) == ("USD", True)
    (c,) = money.extract(make_doc("Blinken announced US$578 million."), PackData())
    assert (c.currency, c.currency_assumed) == ("USD", False)


def test_bare_dollar_takes_the_one_other_dollar_an_article_names():
    text = "Figures are in Canadian dollars. Ottawa pledged $40 million."
    (c,) = money.extract(make_doc(text), PackData())
    assert (c.currency, c.currency_assumed) == ("CAD", True)


def test_hedged_amount_is_an_interval():
    (c,) = money.extract(make_doc("It raised nearly $2 billion in 2023."), PackData())
    assert c.text == "nearly $2 billion"
    assert c.hedge == "nearly"
    assert (c.low, c.high) == pytest.approx((1.8e9, 2e9))


def test_round_amount_covers_the_exact_one():
    (c,) = money.extract(make_doc("The grant was $43 million."), PackData())
    assert c.low <= 43_885_310 <= c.high


def test_range_shares_currency_and_scale():
    (c,) = money.extract(make_doc("It will cost between $10 and $12 million."), PackData())
    assert c.text == "between $10 and $12 million"
    assert (c.amount, c.hedge) == (10e6, "between")
    assert c.low <= 10e6 and c.high >= 12e6
    assert amounts("Prices from 26 to 50 € apply.") == [("26", 26, "EUR"), ("50 €", 50, "EUR")]


def test_negative_amounts():
    assert [a for _, a, _ in amounts("The annual revenue is -15€ ($-99.99).")] == [-15, -99.99]


@pytest.mark.parametrize(
    "text",
    [
        "a twenty-pound bag of rice",
        "20 pounds of rice",
        "Section 8 housing",
        "He won 5 races.",
        "Q3 results beat forecasts.",
    ],
)
def test_not_money(text):
    assert amounts(text) == []


SEED_MONEY = [
    ("000", "$578 million", 578_000_000),
    ("000", "$170 million", 170_000_000),
    ("001", "$170 million", 170_000_000),
    ("002", "$578 million", 578_000_000),
    ("002", "$170 million", 170_000_000),
    ("003", "$170 million", 170_000_000),
]


def test_the_six_money_figures_of_the_seeds(seed_docs):
    found = [
        (key, c.text, c.amount, c.currency, c.currency_assumed)
        for key, d in sorted(seed_docs.items())
        for c in money.extract(d, PackData())
    ]
    assert found == [(k, t, a, "USD", True) for k, t, a in SEED_MONEY]


def test_seed_aid_package_subject(seed_docs):
    (aid, _) = money.extract(seed_docs["000"], PackData())
    assert {"announced", "additional", "humanitarian"} <= set(aid.subject)
    assert aid.period is None
    assert aid.line == 16


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_extraction_never_raises(text):
    for c in money.extract(make_doc(text), PackData()):
        assert c.low <= c.high


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["$", "€", "£", "US$", " million", "m", "bn", " dollars", " euros", "1", "2,5",
                                 "0", ".", ",", " ", "-", "to", "between", "nearly", "and", "12", "000"]), max_size=20))
def test_extraction_never_raises_on_figure_like_text(parts):
    money.extract(make_doc("".join(parts)), PackData())


def test_won_is_korean_money_only_for_large_amounts():
    assert amounts("It cost 50,000 won.") == [("50,000 won", 50_000, "KRW")]
    assert amounts("The team of 11 won the cup.") == []


def test_lakh_crore_is_one_scale():
    (c,) = money.extract(make_doc("The state plans to spend Rs 12 lakh crore on roads."), PackData())
    assert (c.text, c.amount, c.currency) == ("Rs 12 lakh crore", 12e12, "INR")
    (c,) = money.extract(make_doc("The grant was ₹2.5 lakh."), PackData())
    assert c.amount == 250_000


def test_a_dash_after_from_is_a_range_and_to_is_a_change():
    (c,) = money.extract(make_doc("Estimates range from $2.5bn-$3bn."), PackData())
    assert (c.amount, c.hedge, c.low, c.high) == (2.5e9, "range", 2.45e9, 4e9)
    assert len(money.extract(make_doc("The budget grew from $2.5bn to $3bn."), PackData())) == 2


def test_a_scaled_figure_takes_a_singular_currency_as_an_adjective():
    (c,) = money.extract(make_doc("Regulators imposed a 1.7 billion euro fine on the bank."), PackData())
    assert (c.text, c.amount, c.currency) == ("1.7 billion euro", 1.7e9, "EUR")
    assert money.extract(make_doc("The 19 euro zone members met."), PackData()) == []
    assert money.extract(make_doc("She lifted a 50 pound bag."), PackData()) == []


def test_a_scale_word_glued_to_the_number_is_read_with_it():
    doc = make_doc("Bale cost more than Ronaldo (€ 94mil) did, and the club's debt is now $1.2tn.", "2024-01-01")
    assert [(c.text, c.value) for c in money.extract(doc, PackData())] == [("€ 94mil", 94e6), ("$1.2tn", 1.2e12)]
