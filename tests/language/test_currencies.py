"""The currency table: CLDR's names, plurals and symbols (through Babel) with money.yaml's choices."""

from __future__ import annotations

import pytest

from claimcheck.language.currencies import table


@pytest.mark.parametrize(
    "name, code",
    [
        ("swiss francs", "CHF"),
        ("swiss franc", "CHF"),
        ("turkish lira", "TRY"),  # the current lira, not the 1922-2005 one
        ("yuan", "CNY"),
        ("spanish pesetas", "ESP"),
        ("pesetas", "ESP"),  # historical only: money.yaml says Spain's, not Andorra's
        ("danish kroner", "DKK"),
        ("kuwaiti dinars", "KWD"),
        ("polish zlotys", "PLN"),
        ("forints", "HUF"),  # one current currency has the unit: bare is enough
        ("pounds", "GBP"),  # several have it: money.yaml names sterling
        ("rupees", "INR"),
    ],
)
def test_names_from_cldr_and_the_bare_units_news_means(name, code):
    assert table().names[name] == code


def test_shared_units_without_a_choice_are_not_read_alone():
    names = table().names
    assert "dinars" not in names and "kroner" not in names
    assert "marks" not in names and "real" not in names  # English words first


@pytest.mark.parametrize("symbol, code", [("CA$", "CAD"), ("MX$", "MXN"), ("NZ$", "NZD"), ("HK$", "HKD"),
                                          ("MXN$", "MXN"), ("AU$", "AUD"), ("C$", "CAD"), ("RMB", "CNY"),
                                          ("₹", "INR"), ("NT$", "TWD")])
def test_symbols_from_cldr_the_hand_list_and_dollar_marks(symbol, code):
    assert table().symbols[symbol] == code


def test_codes_are_current_and_not_english_words():
    codes = table().codes
    assert codes["SEK"] == "SEK" and codes["HUF"] == "HUF"
    assert "ALL" not in codes and "TOP" not in codes  # Albanian lek and pa'anga spell words
    assert "DEM" not in codes  # historical: names only


def test_subunits_are_hundredths_of_their_currency():
    sub = table().subunits
    assert sub["cents"] == (None, 100) and sub["pence"] == ("GBP", 100) and sub["p"] == ("GBP", 100)


def test_an_adjective_and_a_unit_name_the_one_currency_they_share():
    t = table()
    assert t.adjective_and_unit("russian", "roubles") == "RUB"
    assert t.adjective_and_unit("danish", "krone") == "DKK"
    assert t.adjective_and_unit("russian", "yen") is None
