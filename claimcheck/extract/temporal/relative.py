"""Handlers for phrases relative to publication ("last year", "two weeks ago") or to the article ("the month before")."""

from __future__ import annotations

import datetime as dt
import re

from . import resolve as R
from .context import Context, Result, no_pub
from .grammar import DURATION_ITEM, PARTS, UNITS, number

# --- relative to publication -----------------------------------------------------------

_FIXED = {"the day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2,
          "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
          "this afternoon": 0, "this evening": 0}


def fixed(m: re.Match, ctx: Context) -> Result | None:
    if ctx.pub is None:
        return no_pub(m, ctx)
    n = _FIXED[" ".join(m.group(0).lower().split())]
    return Result(R.day(ctx.pub + dt.timedelta(days=n)), "publication", m.start(), m.end())


_STEP = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "upcoming": 1, "the coming": 1,
         "the upcoming": 1}


def _this(pub: dt.date, unit: str, which: str, tense: str = "present") -> R.Period:
    which = " ".join(which.lower().split())
    unit = "year" if unit == "yr" else unit
    step = _STEP.get(which, 0)
    if unit == "week" and pub.weekday() == 6 and step == 0 and tense != "past":
        # A Sunday story's "this week" is the week it opens, Sunday to Saturday
        # ("will travel this week"); in a past clause it is the week just ended.
        nxt = R.week(pub + dt.timedelta(days=1))
        return R.Period(pub, pub + dt.timedelta(days=6), "week", nxt.value)
    return R.shift(R.at(pub, unit), unit, step)


def this_period(m: re.Match, ctx: Context) -> Result | None:
    if ctx.pub is None:
        return no_pub(m, ctx)
    return Result(_this(ctx.pub, m["unit"].lower(), m["which"], ctx.tense), "publication", m.start(), m.end())


def edge_of_period(m: re.Match, ctx: Context) -> Result | None:
    if ctx.pub is None:
        return no_pub(m, ctx)
    p = _this(ctx.pub, m["unit"].lower(), m["which"], ctx.tense)
    edge = " ".join(m["edge"].lower().split())
    if edge == "earlier" and m["which"].lower() == "this":
        p = R.clip(p, last=ctx.pub)
    elif edge == "later" and m["which"].lower() == "this":
        p = R.clip(p, first=ctx.pub)
    elif edge in PARTS and p.granularity != "week":
        p = R.part(p, *PARTS[edge])
    return Result(p, "publication", m.start(), m.end())


def in_the_period(m: re.Match, ctx: Context) -> Result | None:
    """ "later in the year", "by the end of the month": the current period, cut at publication."""
    if ctx.pub is None:
        return no_pub(m, ctx)
    unit = (m["unit"] or m["unit2"]).lower()
    p = R.at(ctx.pub, unit)
    if m["edge"]:
        p = R.clip(p, last=ctx.pub) if m["edge"].lower() == "earlier" else R.clip(p, first=ctx.pub)
    elif unit != "week":
        p = R.part(p, *PARTS["end of"])
    return Result(p, "publication", m.start(), m.end())


def _amount(m: re.Match, ctx: Context, unit_group: str) -> tuple[int, str] | None:
    n = number(m["n"])
    unit = UNITS.get(m[unit_group].lower())
    if n is None or unit is None:
        return None
    if unit == "decade":
        return n * 10, "year"
    if unit == "fortnight":
        return n * 2, "week"
    return n, unit


_SHORT_UNITS = {"y": "year", "yr": "year", "yrs": "year", "mo": "month", "mos": "month", "w": "week",
                "wk": "week", "wks": "week", "d": "day"}
_FINEST = {"day": "day", "week": "day", "fortnight": "day", "month": "month", "year": "year", "decade": "year"}


def _duration(text: str) -> tuple[int, int, str] | None:
    """(months, days, finest granularity) of "1 year, 2 months and 3 days"; None if a count is vague."""
    months = days = 0
    grains = []
    for sign, digits, short, word, long_unit in DURATION_ITEM.findall(text):
        num, unit = digits or word, short or long_unit
        n = number(num)
        u = UNITS.get(unit.lower()) or _SHORT_UNITS.get(unit.lower())
        if n is None or u is None:
            return None
        n = -n if sign == "-" else n
        months += {"month": n, "year": 12 * n, "decade": 120 * n}.get(u, 0)
        days += {"day": n, "week": 7 * n, "fortnight": 14 * n}.get(u, 0)
        grains.append(_FINEST[u])
    if not grains:
        return None
    finest = min(grains, key=lambda g: R.GRAIN_ORDER[g])
    return months, days, finest


def _offset(pub: dt.date, months: int, days: int, grain: str) -> R.Period | None:
    """Publication moved by a duration: an exact day for days and weeks, the month or year otherwise."""
    y, m = R.shift_months(pub.year, pub.month, months)
    if not 1 <= y <= 9999:
        return None
    last = R.month(y, m).last.day
    try:
        d = dt.date(y, m, min(pub.day, last)) + dt.timedelta(days=days)
    except OverflowError:
        return None
    return {"day": R.day, "month": lambda x: R.month(x.year, x.month), "year": lambda x: R.year(x.year)}[grain](d)


def _moved(m: re.Match, ctx: Context, sign: int) -> Result | None:
    amount = _duration(m["dur"])
    if amount is None:
        return None
    if ctx.pub is None:
        return no_pub(m, ctx)
    months, days, grain = amount
    p = _offset(ctx.pub, sign * months, sign * days, grain)
    return Result(p, "publication", m.start(), m.end()) if p else None


def ago(m: re.Match, ctx: Context) -> Result | None:
    return _moved(m, ctx, -1 if m["dir"].lower() in ("ago", "back") else 1)


def in_n(m: re.Match, ctx: Context) -> Result | None:
    if ctx.strict and ctx.tense != "future":
        return None  # "the first time in two years" is a duration, not a date
    return _moved(m, ctx, 1)


def signed(m: re.Match, ctx: Context) -> Result | None:
    return None if ctx.strict else _moved(m, ctx, 1)


# --- anaphoric: relative to the last date the article gave ---------------------------

_BACK = {"before", "earlier", "prior", "previous", "preceding"}


def anaphoric(m: re.Match, ctx: Context) -> Result | None:
    unit = (m["unit"] or m["unit2"] or m["unit3"]).lower()
    direction = (m["dir"] or m["dir2"] or m["dir3"]).lower()
    n = 1
    if m["n"]:
        amount = _amount(m, ctx, "unit3")
        if not amount:
            return None
        n, unit = amount
    sign = 0 if direction == "same" else (-1 if direction in _BACK else 1)
    grain = R.GRAIN_ORDER.get(unit, 4)
    # "fell to $2bn from $3bn a year earlier ... rose from $1bn a year earlier": comparisons
    # looking back share one base; a look back never anchors on an earlier look back.
    skip = ctx.looked_back if sign < 0 else set()
    at = next((i for i in range(len(ctx.resolved) - 1, -1, -1) if ctx.resolved[i][0] not in skip
               and ctx.resolved[i][1].granularity != "range" and R.GRAIN_ORDER[ctx.resolved[i][1].granularity] <= grain),
              None)
    anchor = ctx.resolved[at] if at is not None else None
    if unit == "year" and ctx.fiscal_labels and ctx.fiscal_labels[-1][0] > (at if at is not None else -1):
        _, cid, label = ctx.fiscal_labels[-1]  # "fiscal 2023 ... the prior year": FY2022, days unknown
        return Result(None, cid, m.start(), m.end(), label=(f"FY{int(label[2:]) + sign * n:04d}", "year"))
    if anchor is None:
        if not ctx.strict and ctx.pub is not None:
            return Result(R.shift(R.at(ctx.pub, unit), unit, sign * n), "publication", m.start(), m.end())
        return Result(None, None, m.start(), m.end(),
                      reason=f"no earlier date in the document to anchor {m.group(0).strip()!r} on")
    cid, p = anchor
    if unit == "year" and p.value.startswith("FY"):  # "fiscal 2023 ... the prior year": FY2022
        return Result(R.shift_fiscal(p, sign * n), cid, m.start(), m.end())
    return Result(R.shift(R.at(p.first, unit), unit, sign * n), cid, m.start(), m.end())


