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


@settings(max_examples=300, deadline=None)  # a never-raises check, not a timing: the shared machine stalls
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


@pytest.mark.parametrize(
    "text, written, amount, currency",
    [
        ("The shares slipped 34 cents on Monday.", "34 cents", 0.34, "USD"),
        ("The board declared a 12-cent dividend.", "12-cent", 0.12, "USD"),
        ("A pint now costs 50p more.", "50p", 0.5, "GBP"),
        ("Stamps rise to 99 pence.", "99 pence", 0.99, "GBP"),
        ("The fare went up by 75 paise.", "75 paise", 0.75, "INR"),
        ("He found 3 dollars and 50 cents.", "3 dollars and 50 cents", 3.5, "USD"),
        ("It cost 3 euros and 20 cents.", "3 euros and 20 cents", 3.2, "EUR"),
    ],
)
def test_subunits_are_read_in_the_main_unit(text, written, amount, currency):
    (found,) = amounts(text)
    assert found == (written, pytest.approx(amount), currency)


def test_cents_take_the_articles_one_currency():
    text = "The fund holds €40 million. Its shares fell 5 cents."
    assert amounts(text)[1] == ("5 cents", pytest.approx(0.05), "EUR")


@pytest.mark.parametrize(
    "text, written, amount, currency",
    [
        ("The bank sold 80 million Swiss francs of bonds.", "80 million Swiss francs", 80e6, "CHF"),
        ("Exporters lost 5 million Turkish lira.", "5 million Turkish lira", 5e6, "TRY"),
        ("The studio spent 3 billion yuan.", "3 billion yuan", 3e9, "CNY"),
        ("The province raised RMB 5 million.", "RMB 5 million", 5e6, "CNY"),
        ("The farmer borrowed 5 million rupees.", "5 million rupees", 5e6, "INR"),
        ("The flat sold for 20 million pesetas.", "20 million pesetas", 20e6, "ESP"),
        ("The court fined him 90,000 Swiss Francs.", "90,000 Swiss Francs", 90_000, "CHF"),
        ("The port charges 200 Danish kroner.", "200 Danish kroner", 200, "DKK"),
        ("Tickets cost 1,500 Hungarian forints.", "1,500 Hungarian forints", 1500, "HUF"),
        ("The stall sells tacos for MXN$ 90.", "MXN$ 90", 90, "MXN"),
        ("Wellington set aside NZ$12.5 million.", "NZ$12.5 million", 12.5e6, "NZD"),
        ("The tower sold for HK$3bn.", "HK$3bn", 3e9, "HKD"),
        ("The contract is worth SEK 2.1 billion.", "SEK 2.1 billion", 2.1e9, "SEK"),
        ("Fees reached 47 CHF.", "47 CHF", 47, "CHF"),
        ("The price is US$:12.99 today.", "US$:12.99", 12.99, "USD"),
    ],
)
def test_every_currency_by_name_symbol_or_code(text, written, amount, currency):
    (found,) = amounts(text)
    assert found == (written, pytest.approx(amount), currency)


@pytest.mark.parametrize(
    "text, written, amount, low, high",
    [
        ("The house fetched a quarter million dollars.", "a quarter million dollars", 250_000, 200_000, 350_000),
        ("The bank paid half a billion euros.", "half a billion euros", 5e8, 4.5e8, 6e8),
        ("It cost three-quarters of a million dollars.", "three-quarters of a million dollars", 750_000,
         700_000, 850_000),
        ("It is a €5 billion-plus deal.", "€5 billion-plus", 5e9, 5e9, 6e9),
        ("Farmers lost tens of millions of dollars.", "tens of millions of dollars", 1e7, 1e7, 1e8),
        ("Hundreds of millions of pounds were lost.", "Hundreds of millions of pounds", 1e8, 1e8, 1e9),
        ("The repair costs between $5m and $7m.", "between $5m and $7m", 5e6, 4.5e6, 8e6),
    ],
)
def test_fractions_of_scale_words_and_vague_multiples_are_intervals(text, written, amount, low, high):
    (c,) = money.extract(make_doc(text), PackData())
    assert (c.text, c.amount, c.low, c.high) == (written, pytest.approx(amount), pytest.approx(low), pytest.approx(high))


@pytest.mark.parametrize(
    "text, amount",
    [("The franchise bid Rs 24.75 Cr for him.", 247.5e6), ("The family received Rs 5 lakh.", 5e5),
     ("The state set aside ₹3,000 crore.", 3e10), ("He was paid Rs 12 lacs.", 1.2e6)],
)
def test_indian_units(text, amount):
    (c,) = money.extract(make_doc(text), PackData())
    assert (c.amount, c.currency) == (pytest.approx(amount), "INR")


@pytest.mark.parametrize(
    "text",
    [
        "It was a multi-million dollar deal.",  # a bare scale word is never money
        "Pressure grew over the billion dollar bailout.",
        "Congress passed a billion-dollar bailout.",  # sizes the bailout, states no sum
        "He sold 80 pounds of rice and a 5-pound bag.",  # weight
        "Tens of thousands of people marched.",
        "He scored 95 marks and 2 real goals.",  # CLDR units that are English words
        "He met ARM two weeks ago; ALL 3 PASSENGERS died.",  # codes: digits only, no English words
        "They left at 7p.m. sharp.",
        "It was three-quarters of a million.",  # no currency
        "She scored 95 marks in the exam.",
        "The scores were 5,10 and 3,20 points.",
    ],
)
def test_not_money_either(text):
    assert amounts(text) == []


def test_an_accountants_parentheses_are_a_loss_but_a_conversion_is_not():
    assert [a for _, a, _ in amounts("The annual revenue is ($99.99).")] == [-99.99]
    assert [a for _, a, _ in amounts("It paid 500 euros ($540) in fees.")] == [500, 540]


_FORMS = [  # how a currency is written around a number, and the ISO code it names
    ("{} Swiss francs", "CHF"), ("{} euros", "EUR"), ("€{}", "EUR"), ("{} yuan", "CNY"), ("RMB {}", "CNY"),
    ("C${}", "CAD"), ("HK$ {}", "HKD"), ("{} Turkish lira", "TRY"), ("{} rupees", "INR"), ("{} SEK", "SEK"),
    ("NZ${}", "NZD"), ("£{}", "GBP"), ("{} Mexican pesos", "MXN"),
]
_SCALES = [("", 1), (" million", 1e6), (" billion", 1e9), ("bn", 1e9), (" crore", 1e7)]


@settings(max_examples=200)
@given(st.integers(1, 999_999), st.integers(0, 99), st.sampled_from(_FORMS), st.sampled_from(_SCALES),
       st.sampled_from(["It cost {}.", "Officials said {} was paid.", "{} went missing, they said."]))
def test_any_amount_in_any_currency_form_reads_back(whole, hundredths, form, scale, sentence):
    number = f"{whole:,}.{hundredths:02d}" + scale[0]
    written = form[0].format(number)  # "RMB 12,345.67 million", "12,345.67bn Swiss francs"
    text = sentence.format(written)
    (c,) = money.extract(make_doc(text), PackData())
    assert c.currency == form[1]
    assert c.amount == pytest.approx((whole + hundredths / 100) * scale[1])
    assert c.text == written


@settings(max_examples=100)
@given(st.integers(1, 99), st.sampled_from([("cents", None), ("pence", "GBP"), ("p", "GBP")]))
def test_any_subunit_reads_as_hundredths(n, unit):
    written = f"{n}{unit[0]}" if unit[0] == "p" else f"{n} {unit[0]}"
    (c,) = money.extract(make_doc(f"The price rose {written} on Monday."), PackData())
    assert c.amount == pytest.approx(n / 100)
    assert c.currency == (unit[1] or "USD")


@pytest.mark.parametrize(
    "text, written, amount, currency",
    [
        ("It costs 5 euro.", "5 euro", 5, "EUR"),  # no noun after: the singular is the currency
        ("Parking is 3 euro a day.", "3 euro", 3, "EUR"),
        ("He was fined Rs 12,50,000.", "Rs 12,50,000", 1_250_000, "INR"),  # Indian digit grouping
        ("The ticket costs Rs.500 now.", "Rs.500", 500, "INR"),  # the dot closes the symbol
        ("Bail was set at Rs.7,500 on Sunday.", "Rs.7,500", 7500, "INR"),
        ("The grant is Rs.1.5 lakh.", "Rs.1.5 lakh", 150_000, "INR"),
        ("He owes me 20 bucks.", "20 bucks", 20, "USD"),
        ("It cost 5 Korean won.", "5 Korean won", 5, "KRW"),  # only the bare "won" may be the verb
        ("The fund raised N.Z. $5 million.", "N.Z. $5 million", 5e6, "NZD"),  # the territory apart from "$"
        ("The bank lent HK $ 3 million.", "HK $ 3 million", 3e6, "HKD"),
        ("Bonn paid 1.5 billion marks.", "1.5 billion marks", 1.5e9, "DEM"),  # a word unit after a scale word
        ("The club paid 3 million rand.", "3 million rand", 3e6, "ZAR"),
        ("The bridge cost 500 billion lire.", "500 billion lire", 5e11, "ITL"),
        ("He was paid 5 million Russian roubles.", "5 million Russian roubles", 5e6, "RUB"),  # CLDR: rubles
        ("SoftBank agreed a 24.3 billion pound deal.", "24.3 billion pound", 24.3e9, "GBP"),  # scaled: money
        ("Shares closed at 5,99 € on Friday.", "5,99 €", 5.99, "EUR"),  # a decimal comma beside a currency
        ("Entry costs € 5,00.", "€ 5,00", 5.0, "EUR"),
    ],
)
def test_more_news_forms(text, written, amount, currency):
    (found,) = amounts(text)
    assert found == (written, pytest.approx(amount), currency)


def test_a_change_is_no_range_when_its_ends_differ_tenfold():
    assert amounts("The yen fell 0.5 yen to 140.20 yen per dollar.") == [
        ("0.5 yen", 0.5, "JPY"), ("140.20 yen", pytest.approx(140.2), "JPY")]
    (c,) = money.extract(make_doc("It will cost $10 to $12 million."), PackData())
    assert (c.low, c.high) == (9.5e6, 13e6)  # the scale shared: ten and twelve million
