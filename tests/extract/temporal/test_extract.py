"""Date phrases in short news sentences: what is a date, and which day it is.

Expected values worked out with a calendar: 2024-05-08 was a Wednesday, 2024-05-05 a
Sunday, 2024-02-28 a Wednesday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData


def dates(make_doc, text, published="2024-05-08"):
    return [(c.text, c.value) for c in temporal.extract(make_doc(text, published), PackData())]


@pytest.mark.parametrize("text, expected", [
    ("The accord was signed on May 7, 2024.", [("May 7, 2024", "2024-05-07")]),
    ("It was signed on 7 May 2024 in Paris.", [("7 May 2024", "2024-05-07")]),
    ("It was signed on the 7th of May.", [("7th of May", "2024-05-07")]),
    ("Filed 2024-05-07 by staff.", [("2024-05-07", "2024-05-07")]),
    ("Wed May 08 2024", [("Wed May 08 2024", "2024-05-08")]),
    ("The deal was signed on 5/7/2024.", [("5/7/2024", "2024-05-07")]),
    ("Prices rose in March 2023.", [("March 2023", "2023-03")]),
    ("Sales fell in early December.", [("early December", "2023-12")]),
    ("January sales rose 2%.", [("January", "2024-01")]),
    ("In the first quarter, output grew 0.6%.", [("the first quarter", "2024-Q1")]),
    ("Sales will rise in the fourth quarter.", [("the fourth quarter", "2024-Q4")]),
    ("Profits rose in Q3 2023.", [("Q3 2023", "2023-Q3")]),
    ("The summit was held in 2022.", [("2022", "2022")]),
    ("Delegates recalled the 2022 summit.", [("2022", "2022")]),
    ("Spending in fiscal year 2023 rose.", [("fiscal year 2023", "FY2023")]),
    ("The summer of 2022 was hot.", [("2022", "2022")]),
    ("Emissions must fall by 2030.", [("2030", "2030")]),
    ("Ticket sales for the 2016 Olympics slumped.", [("2016", "2016")]),
    ("Officials said today that it rained.", [("today", "2024-05-08")]),
    ("The minister resigned yesterday.", [("yesterday", "2024-05-07")]),
    ("The talks resume tomorrow.", [("tomorrow", "2024-05-09")]),
    ("Prices rose this week.", [("this week", "2024-W19")]),
    ("Prices rose last year.", [("last year", "2023")]),
    ("Rates will rise next month.", [("next month", "2024-06")]),
    ("Prices rose earlier this year.", [("earlier this year", "2024")]),
    ("The mayor was elected two years ago.", [("two years ago", "2022")]),
    ("The strike began last Tuesday.", [("last Tuesday", "2024-05-07")]),
    ("Voters go to the polls next Tuesday.", [("next Tuesday", "2024-05-14")]),
    ("Imports grew between March and May.", [("between March and May", "2024-03/2024-05")]),
    ("Crossings rose from October to February.", [("from October to February", "2023-10/2024-02")]),
])
def test_extracts_and_resolves(doc, text, expected):
    assert dates(doc, text) == expected


@pytest.mark.parametrize("text", [
    "The minister may resign if the vote fails.",        # "may" the verb
    "Protesters march on the capital every spring.",     # "march" the verb
    "The 45-year-old driver was aged 45.",               # ages
    "The meeting starts at 10 a.m. and ends at 11:30.",  # times of day
    "The project took two years and cost $2022.",        # durations, money
    "Police said 2000 people joined the protest.",       # a count, not a year
    "It was the first rise in two years.",               # a duration after "in"
    "April Ryan asked the question.",                    # a name
    "June said she would run again.",                    # a name before a verb
    "He scored in the third quarter of the game.",       # sport, not the calendar
    "Prime Minister May spoke to reporters.",            # a name
    "He saved it for a rainy day.",
    "The death toll rose to 1900 by nightfall.",          # a count after "to"
    "A crowd of 2000 gathered outside.",                 # a count after "crowd of"
    "The vote was 3-2-15 in committee.",                 # not a date
])
def test_not_dates(doc, text):
    assert dates(doc, text) == []


@pytest.mark.parametrize("text, published, value, tense", [
    ("Blinken said Tuesday the talks went well.", "2024-05-08", "2024-05-07", "past"),
    ("Blinken said Wednesday the talks went well.", "2024-05-08", "2024-05-08", "past"),  # the day itself
    ("Blinken will travel to Guatemala on Tuesday.", "2024-05-05", "2024-05-07", "future"),
    ("Blinken is set to meet Arevalo on Thursday.", "2024-02-28", "2024-02-29", "future"),
    ("Blinken is scheduled to speak Friday.", "2024-05-08", "2024-05-10", "future"),
    ("The minister plans to visit on Monday.", "2024-05-08", "2024-05-13", "future"),
    ("On Monday, the ministry announced new rules.", "2024-05-08", "2024-05-06", "past"),
    ("The minister arrives in Lima on Tuesday.", "2024-05-05", "2024-05-07", "present"),  # nearer: ahead
    ("The minister speaks at the summit on Tuesday.", "2024-05-08", "2024-05-07", "present"),  # nearer: back
])
def test_weekday_direction_follows_the_clause(doc, text, published, value, tense):
    (c,) = temporal.extract(doc(text, published), PackData())
    assert (c.value, c.tense) == (value, tense)


@pytest.mark.parametrize("text, published, value", [
    ("Crossings peaked in December.", "2024-02-28", "2023-12"),       # past: the most recent
    ("Guatemala will host the meeting in April.", "2024-02-28", "2024-04"),  # future: the next
    ("Guatemala will host the meeting in February.", "2024-02-28", "2024-02"),
    ("Arrivals fell in May.", "2024-05-08", "2024-05"),
    ("Arrivals fell in June.", "2024-05-08", "2023-06"),
])
def test_month_direction_follows_the_clause(doc, text, published, value):
    (c,) = temporal.extract(doc(text, published), PackData())
    assert c.value == value


def test_sunday_this_week_is_the_coming_week(doc):
    (c,) = temporal.extract(doc("He will travel this week.", "2024-05-05"), PackData())
    assert c.interval == (dt.date(2024, 5, 5), dt.date(2024, 5, 11))


def test_weekday_story_this_week_is_monday_to_sunday(doc):
    (c,) = temporal.extract(doc("Prices rose this week.", "2024-05-08"), PackData())
    assert c.interval == (dt.date(2024, 5, 6), dt.date(2024, 5, 12))


@pytest.mark.parametrize("text, published, last, expected", [
    ("Biden hosted him in March. The month before, they signed a pact.", "2024-05-07",
     "The month before", "2024-02"),
    ("The law passed in 2019. A year later, it was repealed.", "2024-05-07", "A year later", "2020"),
    ("The vote was on May 3, 2024. The following week, protests began.", "2024-05-07",
     "The following week", "2024-W19"),
    ("The vote was on May 3, 2024. The previous day, polls closed early.", "2024-05-07",
     "The previous day", "2024-05-02"),
    ("The accord was signed in 2016. Two years later, it collapsed.", "2024-05-07", "Two years later", "2018"),
])
def test_anaphora_anchor_on_the_last_date_of_that_granularity(doc, text, published, last, expected):
    claims = temporal.extract(doc(text, published), PackData())
    c = next(c for c in claims if c.text == last)
    assert c.value == expected
    assert c.anchor == claims[0].id


def test_anaphora_skip_anchors_too_coarse(doc):
    text = "The plan dates from 2019. It was signed on May 3, 2024. The day before, talks stalled."
    claims = temporal.extract(doc(text), PackData())
    assert [c.value for c in claims] == ["2019", "2024-05-03", "2024-05-02"]


def test_without_publication_date_relative_phrases_say_why(doc):
    claims = temporal.extract(doc("Blinken said Tuesday the accord of May 7, 2024 holds.", None), PackData())
    tuesday, absolute = claims
    assert tuesday.value is None and "publication date" in tuesday.reason
    assert absolute.value == "2024-05-07" and absolute.reason is None


def test_anaphora_without_anchor_say_why(doc):
    (c,) = temporal.extract(doc("A month earlier, the talks had stalled."), PackData())
    assert c.value is None and "anchor" in c.reason


def test_weekday_beside_a_date_keeps_the_written_weekday(doc):
    (c,) = temporal.extract(doc("The talks opened on Tuesday, May 8, 2024."), PackData())
    assert c.value == "2024-05-08" and c.weekday == 1


def test_named_days_are_not_weekdays(doc):
    assert dates(doc, "Shops opened early on Black Friday and Super Tuesday.") == []


def test_resolve_phrase_reads_tense_and_context():
    ref = dt.date(2024, 5, 8)
    assert temporal.resolve_phrase("Tuesday", ref).value == "2024-05-07"
    assert temporal.resolve_phrase("Tuesday", ref, tense="future").value == "2024-05-14"
    assert temporal.resolve_phrase("tuesday", ref, "He will fly home tuesday").value == "2024-05-14"
    assert temporal.resolve_phrase("the month before", ref).value == "2024-04"
    assert temporal.resolve_phrase("no date here", ref) is None


def test_without_publication_date_a_yearless_date_reads_the_last_full_date(doc):
    text = "Police clashed with protesters on Saturday, March 9, 2024. Union leaders met on Monday, March 11."
    first, second = temporal.extract(doc(text, None), PackData())
    assert second.value == "2024-03-11" and second.anchor == first.id


@pytest.mark.parametrize("text, published, expected", [
    ("They worked for the last 3 months and 2 days ago they found a solution.", "2016-11-07",
     [("2 days ago", "2016-11-05")]),
    ("The two leaders met 1 month and 21 days ago.", "2017-11-23", [("1 month and 21 days ago", "2017-10-02")]),
    ("The envoy left on Oct-2 for Lima.", "2016-11-07", [("Oct-2", "2016-10-02")]),
])
def test_durations_and_compact_dates(doc, text, published, expected):
    assert dates(doc, text, published) == expected


@pytest.mark.parametrize("text, published, expected", [
    # the coordinated future verb does not make the first verb's Tuesday future
    ("The bill had its second reading on Tuesday and will return to the Commons next month.", "2024-05-05",
     [("Tuesday", "2024-04-30"), ("next month", "2024-06")]),
    # "cut" is present here: the nearer August
    ("Markets now price the first cut for August.", "2024-05-07", [("August", "2024-08")]),
    # a relative clause is an aside: Friday's verb is "resumes", not "began"
    ("The trial, which began Monday, resumes Friday.", "2024-05-08", [("Monday", "2024-05-06"), ("Friday", "2024-05-10")]),
    # a Sunday story's past "this week" is the week just ended
    ("Prices rose sharply this week.", "2024-05-05", [("this week", "2024-W18")]),
    # "since" looks back even in a future clause
    ("Prices will keep falling, as they have since March.", "2024-05-07", [("March", "2024-03")]),
])
def test_clause_tense_details(doc, text, published, expected):
    assert dates(doc, text, published) == expected


def test_a_yearless_date_takes_the_year_its_weekday_names(doc):
    """ "set to open ... and last until Friday, March 25" in a March 2022 story is 2022, a Friday."""
    text = "The inquiry is set to open on Monday, March 21 and last until Friday, March 25."
    found = {c.text: c for c in temporal.extract(doc(text, "2022-03-18"), PackData())}
    assert (found["Monday, March 21"].value, found["Friday, March 25"].value) == ("2022-03-21", "2022-03-25")
    assert found["Friday, March 25"].tense == "future"


def test_year_choice_by_weekday_respects_tense():
    from claimcheck.extract.temporal.resolve import day_of
    pub = dt.date(2024, 7, 1)
    assert day_of(pub, 1, 5, "present", 6) == dt.date(2025, 1, 5)  # a Sunday only in 2025
    assert day_of(pub, 1, 5, "present") == dt.date(2024, 1, 5)
    assert day_of(pub, 1, 5, "past", 6) == dt.date(2024, 1, 5)  # no past Sunday: the slip stays visible
    assert day_of(pub, 7, 5, "past", 2) == dt.date(2023, 7, 5)  # a Wednesday a year back, before publication


def test_a_wrong_weekday_on_a_yearless_date_still_fires(doc):
    from claimcheck import api
    d = doc("The inquiry is set to open on Monday, March 21 and last until Thursday, March 25.",
                 published="2022-03-18")
    found = [f for f in api.check_documents([d]).findings if f.rule == "core.weekday-date"]
    assert [f.text for f in found] == ["Thursday, March 25"]


@pytest.mark.parametrize("text, published, value", [
    # a past verb before a score's comma: "ahead of" relates the win to the next event
    ("Lena Ortiz defeated Mara Vos 6-3, 6-4 in the final on Sunday to win her third title and sharpen her game "
     "ahead of the national championships.", "2019-06-12", "2019-06-09"),
    ("Ortiz won the final on Sunday ahead of the national championships.", "2019-06-12", "2019-06-09"),
    ("Ortiz meets Vos on Sunday ahead of the national championships.", "2019-06-12", "2019-06-16"),
])
def test_ahead_of_after_a_past_verb_is_past(doc, text, published, value):
    assert [v for t, v in dates(doc, text, published) if t == "Sunday"] == [value]


def test_a_weekday_slip_is_not_moved_to_next_year():
    """ "Tuesday, May 6" in a story of 8 May 2024 (a Monday then) is a slip, though 6 May 2025 is a Tuesday."""
    from claimcheck.extract.temporal.resolve import day_of
    assert day_of(dt.date(2024, 5, 8), 5, 6, "present", 1) == dt.date(2024, 5, 6)


def test_following_before_a_possessive_weekday_is_a_preposition(doc):
    # Published Wednesday 2024-05-08: "following Sunday's vote" is the past Sunday (May 5), not the next one.
    text = "The council signed the treaty on Tuesday following Sunday's referendum vote."
    assert ("Sunday", "2024-05-05") in dates(doc, text)
    assert ("following Sunday", "2024-05-12") in dates(doc, "The vote is the following Sunday.")


@pytest.mark.parametrize("text, published, expected", [
    # 7 July 2023 was a Friday; 4 March 2024 a Monday; 2 June 2024 a Sunday.
    ("The jury returned on Friday (7 July) to deliver its verdict.", "2023-07-08", ("Friday (7 July", "2023-07-07", 4)),
    ("The fire broke out Monday evening, March 4, near the dock.", "2024-03-08", ("Monday evening, March 4", "2024-03-04", 0)),
    ("The polls closed Sunday afternoon, June 2.", "2024-06-03", ("Sunday afternoon, June 2", "2024-06-02", 6)),
])
def test_a_weekday_before_a_bracketed_date_or_a_part_of_the_day_is_read_with_it(doc, text, published, expected):
    (c,) = temporal.extract(doc(text, published), PackData())
    assert (c.text, c.value, c.weekday) == expected


def test_a_bracketed_aside_after_a_weekday_is_no_date(doc):
    assert dates(doc, "He left on Tuesday (the court said) to rest.", "2024-07-08") == [("Tuesday", "2024-07-02")]


def test_a_show_named_after_a_weekday_is_no_date(doc):
    assert dates(doc, "He told Fox News Sunday that the plan works.") == []
    assert dates(doc, "He broke the news Sunday to staff.") == [("Sunday", "2024-05-05")]


def test_a_weekday_that_fits_the_nearer_year_wins_over_the_tense(doc):
    # Published Wed 2024-05-08. 12 Sept 2024 is a Thursday (12 Sept 2023 was a Tuesday):
    # "adjourned" is past, but the hearing it names is this September's.
    assert dates(doc, "The court adjourned until Thursday, Sept. 12.") == [("Thursday, Sept. 12", "2024-09-12")]
    # 6 May 2024 was a Monday, 6 May 2025 is a Tuesday but a year away: a slip, kept on 2024.
    assert dates(doc, "He said on Tuesday, May 6, that it rained.") == [("Tuesday, May 6", "2024-05-06")]


@pytest.mark.parametrize("text, published, expected", [
    # 27 Feb 2024: the extended deadline is the coming 3 March, not last year's.
    ("The deadline had been extended to March 3.", "2024-02-27", ("March 3", "2024-03-03")),
    # Wed 8 May 2024: a schedule named in a past clause is still to come.
    ("The vote was set for Friday.", "2024-05-08", ("Friday", "2024-05-10")),
    ("The hearing was postponed until Thursday, officials said.", "2024-05-08", ("Thursday", "2024-05-09")),
    ("The hearing on Monday was moved to a larger room.", "2024-05-08", ("Monday", "2024-05-06")),
])
def test_a_schedule_named_in_a_past_clause_is_still_to_come(doc, text, published, expected):
    assert dates(doc, text, published) == [expected]


def test_a_weekday_owning_a_quake_in_a_would_clause_is_the_past_one(doc):
    # Thursday 25 August 2016: "would" reads ahead, but a quake is never planned, so it is the 24th, not the 31st.
    text = "That would make Wednesday's temblor the worst in Tarland since 1980."
    assert dates(doc, text, "2016-08-25")[0] == ("Wednesday", "2016-08-24")
    assert dates(doc, "That would make Wednesday's deadly quake the worst in years.", "2016-08-25")[0] == \
        ("Wednesday", "2016-08-24")
    # a planned happening still reads ahead
    assert dates(doc, "Officials would attend Wednesday's talks in Tarland.", "2016-08-25")[0] == \
        ("Wednesday", "2016-08-31")


def test_a_past_day_a_few_days_after_publication_is_this_years():
    """ "was detained on Feb 4" in a story of 2 February: a slip (or a late stamp), not last year."""
    from claimcheck.extract.temporal.resolve import day_of
    pub = dt.date(2021, 2, 2)
    assert day_of(pub, 2, 4, "past") == dt.date(2021, 2, 4)
    assert day_of(pub, 2, 9, "past") == dt.date(2021, 2, 9)  # a week on: still this year's
    assert day_of(pub, 2, 10, "past") == dt.date(2020, 2, 10)  # further: last year's
    assert day_of(pub, 2, 4, "past", 1) == dt.date(2020, 2, 4)  # "Tuesday, Feb 4": the year it was a Tuesday
