"""What date and figure claims carry besides their value: found once by the extractors."""

from __future__ import annotations

from claimcheck.extract import extract_document
from claimcheck.models import Event, RoleClaim, Setting
from tests.conftest import make_doc


def claims(text: str, published: str = "2024-05-08") -> dict:
    return {c.text: c for c in extract_document(make_doc(text, published)) if c.kind in {"temporal", "money", "count"}}


def test_a_date_carries_the_words_it_dates_and_the_event_they_name():
    tuesday = claims("The ministers met on Tuesday at regional talks in Lima.")["Tuesday"]
    assert tuesday.scope == "The ministers met on         at regional talks in Lima."
    assert tuesday.subject == ["lima", "meeting", "met", "minister", "regional"]  # talks and meetings: one word
    assert tuesday.actions == ["meeting", "met", "minister", "regional"]  # what happened; Lima is where
    assert tuesday.event == Event(trigger="talk", category="meeting", participants=["lima"])
    assert tuesday.setting == Setting()


def test_a_dateline_a_caption_and_a_quotation_are_told_apart():
    found = claims("WASHINGTON, May 7 (Reuters) - Officials spoke.\n\n"
                   "Blinken speaks at the hearing on May 6, 2024. (AP Photo/Jane Doe)\n\n"
                   "\u201cWe will meet again on Friday,\u201d she said on Wednesday.")
    assert found["May 7"].setting == Setting(dateline=True)
    assert found["May 6, 2024"].setting == Setting(caption=True)
    assert found["Friday"].setting == Setting(quotation=True) and found["Friday"].repeated
    assert found["Wednesday"].setting == Setting()


def test_bounds_and_nights_across_two_days_are_marked():
    found = claims("By Wednesday morning, 25 bodies had been recovered. Rain fell overnight Friday into Saturday.")
    assert found["Wednesday"].bound and not found["Wednesday"].overnight
    assert found["Friday"].overnight and found["Saturday"].overnight


def test_a_figure_carries_its_measure_period_and_what_it_counts():
    found = claims("Net income was $1.5 billion in the third quarter. The death toll climbed to 2,122 with "
                   "2,421 people injured in Marrakesh, state TV reported. \u201cWe lost 40 homes,\u201d she said.")
    income = found["$1.5 billion"]
    assert (income.value, income.unit, income.amount, income.currency) == (1.5e9, "USD", 1.5e9, "USD")
    assert income.measures == ["net"] and income.results and income.period == "Q3"
    assert found["2,122"].tally == "dead" and found["2,421 people"].tally == "injured"
    assert found["2,421 people"].places == ["marrakesh"]
    assert found["2,421 people"].event == Event(trigger="people", category="injured", participants=["marrakesh"])
    assert found["40 homes"].setting == Setting(quotation=True) and not found["2,122"].setting.quotation


def test_later_extractors_read_the_claims_of_earlier_ones():
    from claimcheck.extract import counts, names
    from claimcheck.packdata import PackData

    doc = make_doc("Secretary of State Antony Blinken announced 500 euros for 20 countries.")
    # counts leave the digits of the money claims they are given alone; given none, they read them
    assert [c.text for c in counts.extract(doc, PackData(), {"money": []})] == ["500 euros", "20 countries"]
    assert [c.text for c in counts.extract(doc, PackData())] == ["20 countries"]
    # names leave the names inside the role claims they are given to them
    doc = make_doc("US President Joe Biden said on Tuesday the talks would go on. Biden added that they were useful.")
    at = doc.text.rindex("Biden")
    role = RoleClaim(id="r", document="doc", path="doc.txt", line=1, column=at + 1, start=at, end=at + 5,
                     text="Biden", sentence="Biden added that they were useful.", person="Joe Biden", title="President")
    assert [c.name for c in names.extract(doc, PackData(), {"role": []})] == ["Joe Biden", "Biden"]
    assert [c.name for c in names.extract(doc, PackData(), {"role": [role]})] == ["Joe Biden"]  # the role covers "Biden" only


def test_a_figure_carries_whom_it_is_for():
    found = claims("The Senate passed a $95 billion package for Ukraine, Israel and Taiwan. "
                   "Johnson backed the $61 billion package for Ukraine. "
                   "He will pay $9.6 million in restitution to the city.")
    assert found["$95 billion"].recipients == ["israel", "taiwan", "ukraine"]
    assert found["$61 billion"].recipients == ["ukraine"]
    assert found["$9.6 million"].recipients == []  # "the city" names nobody


def test_debt_included_is_said_of_the_figure_it_follows_not_of_the_price_a_share():
    found = claims("The group won the board over with a $91 a share offer in cash, worth about $40 billion "
                   "including debt, to take over the seed maker.")
    assert found["$91"].measures == ["per share"]
    assert found["about $40 billion"].measures == ["with debt"]
    found = claims("Including debt, the deal values the seed maker at $40 billion.")
    assert found["$40 billion"].measures == ["with debt"]
