"""Date arithmetic with news semantics: periods, TIMEX values, and the direction rules.

A ``Period`` is what a phrase resolves to: a first and last day and a granularity. The
direction rules live here as small functions (most recent on or before publication for
past clauses, the next one for future clauses, the nearest for present ones) so that
the extractor only decides *which* rule applies.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

GRAIN_ORDER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "range": 5}


@dataclass(frozen=True)
class Period:
    first: dt.date
    last: dt.date
    granularity: str
    value: str

    @property
    def interval(self) -> tuple[dt.date, dt.date]:
        return (self.first, self.last)


def day(d: dt.date) -> Period:
    return Period(d, d, "day", d.isoformat())


def week(d: dt.date) -> Period:
    """The ISO week (Monday to Sunday) holding ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    y, w, _ = d.isocalendar()
    return Period(monday, monday + dt.timedelta(days=6), "week", f"{y}-W{w:02d}")


def month(y: int, m: int) -> Period:
    last = calendar.monthrange(y, m)[1]
    return Period(dt.date(y, m, 1), dt.date(y, m, last), "month", f"{y:04d}-{m:02d}")


def quarter(y: int, q: int) -> Period:
    """Calendar quarter ``q`` (1-4) of ``y``; value in TIMEX form ``2024-Q1``."""
    first = dt.date(y, 3 * q - 2, 1)
    return Period(first, month(y, 3 * q).last, "quarter", f"{y:04d}-Q{q}")


def quarter_of(pub: dt.date, q: int, direction: str) -> Period:
    """A quarter without a year: past → most recent not after pub's quarter, future → next, present → nearest."""
    here = (pub.month - 1) // 3 + 1
    back, ahead = (here - q) % 4, (q - here) % 4
    if direction == "present":
        direction = "past" if back <= ahead else "future"
    y = pub.year - (1 if q > here else 0) if direction == "past" else pub.year + (1 if q < here else 0)
    return quarter(y, q)


def year(y: int) -> Period:
    return Period(dt.date(y, 1, 1), dt.date(y, 12, 31), "year", f"{y:04d}")


def fiscal_year(label: int, start_month: int) -> Period:
    """Fiscal year ``label`` starting in ``start_month``; value in TIMEX form ``FY2023``.

    The label is the calendar year the fiscal year ends in (US federal "fiscal 2023" is
    October 2022 to September 2023), the common convention; a January start is the
    calendar year.
    """
    first = dt.date(label - (1 if start_month > 1 else 0), start_month, 1)
    y, m = shift_months(first.year, first.month, 11)
    return Period(first, month(y, m).last, "year", f"FY{label:04d}")


def fiscal_quarter(label: int, q: int, start_month: int) -> Period:
    """Quarter ``q`` of fiscal year ``label``; value ``FY2023-Q1``."""
    fy = fiscal_year(label, start_month)
    y, m = shift_months(fy.first.year, fy.first.month, 3 * (q - 1))
    y2, m2 = shift_months(y, m, 2)
    return Period(dt.date(y, m, 1), month(y2, m2).last, "quarter", f"FY{label:04d}-Q{q}")


def shift_fiscal(p: Period, n: int) -> Period:
    """The fiscal year ``n`` years from ``p`` (a fiscal year or quarter), same start month."""
    label = int(p.value[2:6]) + n
    start = p.first.month if p.granularity == "year" else shift_months(p.first.year, p.first.month,
                                                                        -3 * (int(p.value[-1]) - 1))[1]
    return fiscal_year(label, start)


def span(a: Period, b: Period) -> Period:
    """A range from the start of ``a`` to the end of ``b`` (value ``A/B``, ISO 8601 style)."""
    return Period(a.first, b.last, "range", f"{a.value}/{b.value}")


def part(p: Period, lo: int, hi: int) -> Period:
    """Part of a month ("early December": days 1-10) keeping the month's value and granularity."""
    days = (p.last - p.first).days + 1
    if p.granularity == "year":
        first = p.first + dt.timedelta(days=days * lo // 31)
        last = p.first + dt.timedelta(days=days * hi // 31 - 1)
    else:
        first = p.first + dt.timedelta(days=min(lo, days - 1))
        last = p.first + dt.timedelta(days=min(hi, days) - 1)
    return Period(first, max(first, last), p.granularity, p.value)


def clip(p: Period, first: dt.date | None = None, last: dt.date | None = None) -> Period:
    """``p`` cut to [first, last] ("earlier this year" ends on the publication day)."""
    f = max(p.first, first) if first else p.first
    lst = min(p.last, last) if last else p.last
    return Period(f, max(f, lst), p.granularity, p.value)


def shift_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def shift(p: Period, unit: str, n: int) -> Period:
    """``p`` moved by ``n`` units, at the phrase's own granularity for that unit."""
    if unit == "day":
        return day(p.first + dt.timedelta(days=n))
    if unit in ("week", "fortnight"):
        return week(p.first + dt.timedelta(days=7 * n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        return month(*shift_months(p.first.year, p.first.month, n))
    if unit == "decade":
        return year(p.first.year + 10 * n)
    return year(p.first.year + n)


def at(anchor: dt.date, unit: str) -> Period:
    """The period of ``unit`` holding ``anchor``."""
    return {"day": day, "week": week, "fortnight": week,
            "month": lambda d: month(d.year, d.month),
            "year": lambda d: year(d.year), "decade": lambda d: year(d.year)}[unit](anchor)


# --- direction rules -----------------------------------------------------------------

def weekday(pub: dt.date, wd: int, direction: str) -> dt.date:
    """'past': on or before pub; 'future': on or after; 'before'/'after': strictly; 'present': nearest.

    A present-tense weekday is the nearer one, ties to the past: "the minister arrives Tuesday" in a
    Sunday preview is two days ahead, "the minister speaks at the talks Tuesday" under a Wednesday
    caption is the day before.
    """
    back = (pub.weekday() - wd) % 7
    ahead = (wd - pub.weekday()) % 7
    if direction == "present":
        direction = "past" if back <= ahead else "future"
    if direction == "future":
        return pub + dt.timedelta(days=ahead)
    if direction == "after":
        return pub + dt.timedelta(days=ahead or 7)
    if direction == "before":
        return pub - dt.timedelta(days=back or 7)
    return pub - dt.timedelta(days=back)


def month_of(pub: dt.date, m: int, direction: str) -> Period:
    """A month without a year: past → most recent not after pub's month, future → next, present → nearest."""
    back = (pub.month - m) % 12
    ahead = (m - pub.month) % 12
    if direction == "before":
        back = back or 12
    if direction == "after":
        ahead = ahead or 12
    if direction in ("past", "before"):
        n = -back
    elif direction in ("future", "after"):
        n = ahead
    else:
        n = -back if back < ahead else ahead
    return month(*shift_months(pub.year, pub.month, n))


def day_of(pub: dt.date, m: int, d: int, direction: str, weekday: int | None = None) -> dt.date | None:
    """A day without a year ("May 7"): past → on or before pub (a week's slack; a day's with a
    weekday), future → on or after.

    With a weekday beside it ("Thursday, March 24"), the year is the one nearest to pub, within a
    year either way and on the side the tense allows, in which that day is that weekday, unless it
    lies more than half a year further from pub than the usual reading ("Tuesday, May 6" written
    on 8 May, a Monday, is a slip, not next year's Tuesday). A year on the other side of the
    tense is taken when its day is that weekday and it is nearer to pub than the usual reading
    (the tense misled: "adjourned until Thursday, Sept. 12" in a May story). Only when no year
    agrees is the usual reading kept (and the weekday disagrees with it).
    """
    options = [x for x in (safe_date(pub.year + k, m, d) for k in (-1, 0, 1)) if x]
    if not options:
        return None
    # a past day a few days after pub ("was detained in the early hours of Feb 4" published on
    # 2 February) is a slip or a late publication date, not last year's day; with a weekday beside
    # it the weekday says which year
    slack = dt.timedelta(days=1 if weekday is not None else _PAST_SLACK_DAYS)
    allowed = {"past": [x for x in options if x <= pub + slack],
               "future": [x for x in options if x >= pub - slack]}.get(direction, options)
    if direction == "past":
        usual = max(allowed) if allowed else min(options)
    elif direction == "future":
        usual = min(allowed) if allowed else max(options)
    else:
        usual = min(options, key=lambda x: (abs((x - pub).days), x < pub))
    if weekday is not None and usual.weekday() != weekday:
        reach = abs((usual - pub).days) + _HALF_YEAR
        agree = sorted((x for x in allowed if x.weekday() == weekday and abs((x - pub).days) <= reach),
                       key=lambda x: abs((x - pub).days))
        if agree:
            return agree[0]
        # "adjourned until Thursday, Sept. 12" in a May story: the past tense of "adjourned"
        # points to last September, but this September's 12th is a Thursday and nearer.
        nearer = [x for x in options if x.weekday() == weekday and abs((x - pub).days) < abs((usual - pub).days)]
        if nearer:
            return min(nearer, key=lambda x: abs((x - pub).days))
    return usual


_HALF_YEAR = 183
_PAST_SLACK_DAYS = 7
