"""Sentences from held-out news (round 4) that were misread, with values checked on a calendar.

Each sentence is quoted from a real article; the publication date is the article's. The
expected days were computed by hand (``datetime.date(...).strftime('%A')``), not copied
from the code's output.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import api
from claimcheck.extract.temporal import _extract
from claimcheck.models import Document
from claimcheck.packs import load_packs


def _claims(text: str, published: dt.date):
    return _extract(Document(id="d", path="d.txt", text=text, published=published))


def _value(text: str, published: dt.date, phrase: str) -> str | None:
    found = [c for c in _claims(text, published) if c.text == phrase]
    assert len(found) == 1, [c.text for c in _claims(text, published)]
    return found[0].value


@pytest.mark.parametrize("published, text, phrase, expected", [
    # Tue 26 Mar 2024: the attack was on Friday 22 March, not the coming Friday (29th).
    (dt.date(2024, 3, 26), "They are accused of storming Crocus City Hall in a Moscow suburb on Friday, "
     "shooting civilians at point blank before setting the building on fire.", "Friday", "2024-03-22"),
    # Sun 14 Jul 2024: the convention opened Monday 15 July; "they're prepared" is no past verb.
    (dt.date(2024, 7, 14), "The convention is beginning on schedule Monday and Pennsylvania delegates say "
     "they're prepared to give Trump a \"hero's welcome.\"", "Monday", "2024-07-15"),
    # Thu 20 Oct 2022: "next Friday" is 28 October (the contest was to end Friday 28 October), not tomorrow.
    (dt.date(2022, 10, 20), "Sir Graham Brady, the chairman of the 1922 committee of backbench Conservative "
     "MPs, said a new leader could be chosen by next Friday.", "next Friday", "2022-10-28"),
    # Thu 22 Jun 2023: "a Thursday afternoon press conference" is that day's.
    (dt.date(2023, 6, 22), "Speaking at a Thursday afternoon press conference, Rear Adm. John Mauger, "
     "commander of the First Coast Guard District, said that parts of the submersible were found.",
     "Thursday", "2023-06-22"),
    # Sat 12 Aug 2023.
    (dt.date(2023, 8, 12), "In a Saturday news conference featuring county, state and federal leaders, "
     "officials provided wide-ranging updates.", "Saturday", "2023-08-12"),
])
def test_held_out_weekdays(published, text, phrase, expected):
    assert dt.date.fromisoformat(expected).strftime("%A") in phrase
    assert _value(text, published, phrase) == expected


def test_a_weekday_in_a_title_is_no_date():
    text = ("Raisi, Foreign Minister Hossein Amir Abdollahian, Governor of Eastern Azerbaijan province Malek "
            "Rahmati, Tabriz's Friday prayer Imam Mohammad Ali Alehashem, along with a pilot, were all on board.")
    assert [c.text for c in _claims(text, dt.date(2024, 5, 20))] == []


def test_a_weekday_after_a_without_a_noun_stays_generic():
    assert [c.text for c in _claims("The council meets on a Tuesday in May.", dt.date(2024, 5, 8))] == ["May"]


def test_a_comparison_does_not_anchor_on_a_since_date():
    # Wed 26 Jul 2023: "the prior year" is the year before June 2023's figure, not before March 2021.
    text = ("Powell is expected to err on the side of caution even as inflation data showed consumer prices in "
            "June rose at the slowest pace since March 2021, with headline CPI rising 3%.\n\n"
            "On a \"core\" basis, inflation rose 4.8% over the prior year.")
    assert _value(text, dt.date(2023, 7, 26), "the prior year") == "2022"


def _event_findings(tmp_path, articles):
    for name, text in articles.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = api.check([tmp_path], packs=load_packs([]))
    return [f for f in report.findings if f.rule == "core.event-date"]


def test_two_days_of_a_death_toll_are_not_one_event(tmp_path):
    # Two outlets, Sun 13 Aug 2023: the toll rose to 80 on Friday and to 89 on Saturday.
    findings = _event_findings(tmp_path, {
        "ap.txt": "date 2023-08-13\nHawaii Governor Josh Green said on Saturday the death toll from devastating "
                  "wildfires on the island of Maui had risen to 89.\n",
        "hnn.txt": "date 2023-08-13\nThe death toll in the Lahaina wildfire shot up by 25 on Friday, to 80, as "
                   "teams continued the grim work of surveying burned-out homes.\n",
    })
    assert findings == []


def test_one_attack_on_two_days_still_fires(tmp_path):
    sentence = ("Hamas militants fired thousands of rockets and sent dozens of fighters into Israeli towns near "
                "the Gaza Strip in an unprecedented surprise early morning attack {}, killing dozens.\n")
    findings = _event_findings(tmp_path, {
        "a.txt": "date 2023-10-07\n" + sentence.format("Saturday"),
        "b.txt": "date 2023-10-07\n" + sentence.format("Saturday"),
        "c.txt": "date 2023-10-07\n" + sentence.format("Friday"),
    })
    assert [(f.document, f.text) for f in findings] == [("c", "Friday")]


# A second batch, read after the fixes above (10 articles: a royal death and funeral plans in
# seven outlets, a bank collapse in three).

def test_a_noun_plan_is_no_future_marker():
    # Sat 11 Mar 2023: the bank collapsed on Friday 10 March, not the coming Friday (17th).
    text = ("Silicon Valley Bank, which primarily serves the technology sector, collapsed on Friday in the "
            "second-largest bank failure in U.S. history after a deposit run thwarted plans to raise fresh capital.")
    assert _value(text, dt.date(2023, 3, 11), "Friday") == "2023-03-10"


def test_a_newspaper_named_after_a_day_is_no_date():
    text = "The Mail on Sunday described Her Majesty as being protected by a \"ring of steel\"."
    assert [c.text for c in _claims(text, dt.date(2022, 9, 11))] == []
    # Sun 11 Sep 2022: a capitalised word before "on Sunday" is not enough to make a title.
    assert _value("People on Sunday lined the streets of Edinburgh.", dt.date(2022, 9, 11), "Sunday") == "2022-09-11"


def test_a_weekday_beside_the_wrong_day_of_the_month_is_kept_as_written():
    # Fri 9 Sep 2022: "Tomorrow" is Saturday 10 September; the writer's "September 9" was a Friday.
    text = ("Tomorrow (Saturday, September 9), the Queen's coffin will be moved from Balmoral Castle to "
            "Holyrood, in Edinburgh.")
    claims = {c.text: c for c in _claims(text, dt.date(2022, 9, 9))}
    assert claims["Tomorrow"].value == "2022-09-10"
    written = claims["Saturday, September 9"]
    assert written.value == "2022-09-09" and written.weekday == 5  # the weekday-date rule compares these
