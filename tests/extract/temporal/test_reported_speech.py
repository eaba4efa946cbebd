"""A day right after a reporting verb dates the report, not the reported plan.

"The company said Monday it will cut 1,000 jobs" is the commonest shape of a wire lede; the
"will" belongs to the reported clause. Values checked by hand: 2024-05-08 was a Wednesday, so
the Monday before is 05-06, the Tuesday before 05-07, the coming Friday 05-10; 2018-03-09 was
a Friday, so its past Tuesday is 03-06 (the day Tillerson announced the Africa aid package).
"""

from __future__ import annotations

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData


@pytest.mark.parametrize("text, published, value, tense", [
    ("The company said Monday it will cut 1,000 jobs.", "2024-05-08", "2024-05-06", "past"),
    ("The ministry confirmed on Monday it would close the border.", "2024-05-08", "2024-05-06", "past"),
    ("The minister told reporters Tuesday that talks will resume.", "2024-05-08", "2024-05-07", "past"),
    ("The U.S. has announced Tuesday it will provide additional aid for African countries.",
     "2018-03-09", "2018-03-06", "past"),
    # controls: the day starts the reported clause, or belongs to a plan, or follows "be"
    ("He said Friday will be a day of mourning.", "2024-05-08", "2024-05-10", "future"),
    ("He said he will travel Friday to Paris.", "2024-05-08", "2024-05-10", "future"),
    ("The package is to be announced Friday by the president.", "2024-05-08", "2024-05-10", "future"),
])
def test_a_day_after_a_reporting_verb_dates_the_report(doc, text, published, value, tense):
    (c,) = [c for c in temporal.extract(doc(text, published), PackData()) if c.granularity == "day"]
    assert (c.value, c.tense) == (value, tense)


def test_a_bare_date_after_a_verb_can_be_its_object(doc):
    # "declared Sept. 19 a holiday", written on 2022-09-10: the coming 19 September
    (c,) = temporal.extract(doc("The U.K. has declared Sept. 19 a holiday in honor of the queen.", "2022-09-10"),
                            PackData())
    assert c.value == "2022-09-19"


@pytest.mark.parametrize("text, published, value, tense", [
    # the colon of a clock time and the comma of a figure split no clause: the verb is "will hold"
    # and "arrived" (2023-08-13 was a Sunday: the coming Saturday is 08-19; 2024-10-05 a Saturday)
    ("Gov. Josh Green will hold a news conference at 4:30 p.m. Saturday to discuss the fire.",
     "2023-08-13", "2023-08-19", "future"),
    ("Hundreds remain missing in North Carolina, and on Friday, 1,000 active duty troops from "
     "North Carolina's Fort Liberty arrived in the region.", "2024-10-05", "2024-10-04", "past"),
])
def test_clock_times_and_figures_do_not_cut_the_clause(doc, text, published, value, tense):
    (c,) = [c for c in temporal.extract(doc(text, published), PackData()) if c.granularity == "day"]
    assert (c.value, c.tense) == (value, tense)


def test_before_or_after_a_quotation_is_a_preposition(doc):
    # WHO coverage, 2023-05-05: the day after a quoted body's meeting, not the day after the story
    text = 'The announcement comes a day after "the U.N. health agency\'s emergency committee" met.'
    assert [c.text for c in temporal.extract(doc(text, "2023-05-05"), PackData())] == []
    # control: the anaphoric "a day after" still resolves on the day before it (2023-05-02 + 1)
    (_, after) = temporal.extract(doc("She arrived on Tuesday. The vote came a day after.", "2023-05-05"), PackData())
    assert (after.text, after.value) == ("a day after", "2023-05-03")
