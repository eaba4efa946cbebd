"""How each kind of date phrase resolves: one handler per pattern name (see HANDLERS).

A handler gets the regex match and the ``Context`` (publication date, the clause's tense,
what the document has resolved so far) and returns a ``Result``, or None when the match
is not a date after all ("may" the verb, "2000 people", "April Ryan").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Callable

from . import _temporal_resolve as R
from ._temporal_patterns import DURATION_ITEM
from ._temporal_lexicon import NAMED_DAY_PREFIXES, day_ordinal, PARTS, UNITS, month_index, number, weekday_index

_PLURAL_NOUN = re.compile(
    r"\s+(?!(?:was|has|is|does|says|goes|remains|seems|looks|marks|means|sees|brings|makes|takes|gives|comes|"
    r"becomes|saw|as|its|this|his|thus|plus|versus|talks|elections|games|olympics|midterms|polls|finals|"
    r"playoffs|series|census|news|crisis|status|campus|bonus|virus|basis|analysis|thesis)\b)"
    r"(?:[a-z]{2,}s|[a-z]*(?:people|men|women|children|police|staff|troops))\b")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_COUNT_BEFORE = re.compile(
    r"\b(?:at|about|some|nearly|almost|around|over|than|only|just|roughly|approximately|No\.|number|to|"
    r"(?:total|crowd|number|sum|group|maximum|minimum|average|estimate|score|budget|population|force)\s+of)\s+$",
    re.I)
_GIVEN_NAME_MONTHS = {4, 5, 6, 8}  # April, May, June, August are also first names


@dataclass
class Context:
    """What a handler may read: the publication date, tense, and the document so far."""

    pub: dt.date | None
    text: str
    strict: bool = True  # news text: "may"/"march" lower case are verbs
    tense: str = "present"
    tense_given: bool = False
    resolved: list[tuple[str, R.Period]] = field(default_factory=list)  # (claim id, period) in text order
    weekdays: dict[int, tuple[str, dt.date]] = field(default_factory=dict)
    absolute: list[tuple[str, R.Period]] = field(default_factory=list)  # dates written with a year

    def reference(self) -> tuple[dt.date | None, str | None]:
        """What a date without a year is read against: publication, else the last full date written."""
        if self.pub is not None:
            return self.pub, "publication"
        if self.absolute:
            cid, p = self.absolute[-1]
            return p.first, cid
        return None, None


@dataclass
class Result:
    period: R.Period | None
    anchor: str | None
    start: int
    end: int
    weekday: int | None = None
    reason: str | None = None


def _span(m: re.Match, drop_pre: bool = True) -> tuple[int, int]:
    start, end = m.start(), m.end()
    g = m.groupdict()
    if drop_pre and g.get("pre"):
        start = m.start("pre") + len(g["pre"])
    if g.get("poss"):
        end = m.start("poss")
    return start, end


def _capital(token: str, ctx: Context) -> bool:
    return not ctx.strict or token[:1].isupper()


def _no_pub(m: re.Match, ctx: Context, weekday: int | None = None) -> Result:
    s, e = _span(m)
    return Result(None, None, s, e, weekday, f"no publication date to resolve {m.group(0).strip()!r} against")


def _direction(ctx: Context) -> str:
    return {"future": "future", "past": "past"}.get(ctx.tense, "present")


# --- absolute dates ------------------------------------------------------------------

def iso(m: re.Match, ctx: Context) -> Result | None:
    d = R.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Result(R.day(d), "absolute", m.start(), m.end()) if d else None


def explicit(m: re.Match, ctx: Context) -> Result | None:
    mon, dd, yy = m["mon"] or m["mon2"], int(m["day"] or m["day2"]), m["year"] or m["year2"]
    if not _capital(mon, ctx) and not m["wd"]:
        return None  # "may 5 ..." in lower case is the verb
    if mon.lower() in ("mar", "may", "jun", "jul", "aug", "sep", "dec", "sun", "sat", "wed") and not m["wd"] \
            and not yy and not mon[:1].isupper():
        return None
    wd = weekday_index(m["wd"]) if m["wd"] else None
    if m["wd"] and ctx.strict and not m["wd"][:1].isupper():
        wd = None
    month = month_index(mon)
    if yy:
        d = R.safe_date(int(yy), month, dd)
        if not d:
            return Result(None, None, m.start(), m.end(), wd, f"{m.group(0)!r} is not a calendar day")
        return Result(R.day(d), "absolute", m.start(), m.end(), wd)
    ref, anchor = ctx.reference()
    if ref is None:
        return _no_pub(m, ctx, wd)
    d = R.day_of(ref, month, dd, _direction(ctx) if ctx.pub else "present")
    if not d:
        return Result(None, None, m.start(), m.end(), wd, f"{m.group(0)!r} is not a calendar day")
    return Result(R.day(d), anchor, m.start(), m.end(), wd)


def word_day(m: re.Match, ctx: Context) -> Result | None:
    """ "the first of March", "March the third": day ordinals in words."""
    mon = m["mon"] or m["mon2"]
    if not _capital(mon, ctx) or (ctx.strict and m["mon2"] and not m["the"]):
        return None  # "in March first-quarter profits": only "March the first" in news copy
    dd = day_ordinal(m["dw"] or m["dw2"])
    wd = weekday_index(m["wd"]) if m["wd"] else None
    month = month_index(mon)
    if m["year"]:
        d = R.safe_date(int(m["year"]), month, dd)
        return Result(R.day(d), "absolute", m.start(), m.end(), wd) if d else None
    if ctx.pub is None:
        return _no_pub(m, ctx, wd)
    d = R.day_of(ctx.pub, month, dd, _direction(ctx))
    return Result(R.day(d), "publication", m.start(), m.end(), wd) if d else None


def day_of_month(m: re.Match, ctx: Context) -> Result | None:
    """ "the 20th of next month"."""
    if ctx.pub is None:
        return _no_pub(m, ctx)
    step = {"next": 1, "following": 1, "last": -1, "previous": -1}.get(m["which"].lower(), 0)
    y, mm = R.shift_months(ctx.pub.year, ctx.pub.month, step)
    d = R.safe_date(y, mm, int(m["d"]))
    if d is None:
        return Result(None, None, m.start(), m.end(), reason=f"{m.group(0)!r} is not a calendar day")
    return Result(R.day(d), "publication", m.start(), m.end())


def numeric(m: re.Match, ctx: Context) -> Result | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if ctx.strict and m["sep"] == "-" and y < 100:
        return None  # "a 3-2-15 vote" is not a date; news writes 3/2/15 or a four-digit year
    if y < 100:
        y = _century(y, ctx.pub)
    mm, dd = (a, b) if a <= 12 else (b, a)  # US month/day unless the first cannot be a month
    d = R.safe_date(y, mm, dd)
    return Result(R.day(d), "absolute", m.start(), m.end()) if d else None


def _century(yy: int, pub: dt.date | None) -> int:
    """A two-digit year: the latest year ending so that is at most ten years after publication."""
    limit = (pub.year if pub else dt.date.today().year) + 10
    y = limit // 100 * 100 + yy
    return y if y <= limit else y - 100


def numeric_month(m: re.Match, ctx: Context) -> Result | None:
    if ctx.strict:
        return None  # "2014-15", "3/2015" in news copy are seasons and scores more often than months
    y, mm = int(m["y1"] or m["y2"]), int(m["m1"] or m["m2"])
    return Result(R.month(y, mm), "absolute", m.start(), m.end())


_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
             "fifth": 5, "5th": 5, "last": -1}


def _month_of_match(m: re.Match, ctx: Context) -> R.Period | None:
    """The month a "first Tuesday of ..." phrase names: explicit, or this/next/last month."""
    if m["mon"]:
        if m["y"]:
            return R.month(int(m["y"]), month_index(m["mon"]))
        return R.month_of(ctx.pub, month_index(m["mon"]), _direction(ctx)) if ctx.pub else None
    if ctx.pub is None:
        return None
    step = {"next": 1, "last": -1, "previous": -1}.get((m["which"] or "").lower(), 0)
    return R.month(*R.shift_months(ctx.pub.year, ctx.pub.month, step))


def weekday_of_month(m: re.Match, ctx: Context) -> Result | None:
    if not _capital(m["wd"], ctx):
        return None
    month = _month_of_match(m, ctx)
    if month is None:
        return _no_pub(m, ctx)
    wd, n = weekday_index(m["wd"]), _ORDINALS[m["ord"].lower()]
    days = [month.first + dt.timedelta(days=k) for k in range((month.last - month.first).days + 1)]
    matching = [d for d in days if d.weekday() == wd]
    if n > len(matching):
        return Result(None, None, m.start(), m.end(), wd, f"{m.group(0)!r} does not exist")
    d = matching[n - 1] if n > 0 else matching[-1]
    return Result(R.day(d), "absolute" if m["y"] else "publication", m.start(), m.end(), wd)


def week_of_period(m: re.Match, ctx: Context) -> Result | None:
    n = _ORDINALS[m["ord"].lower()]
    if m["y2"] or (m["which"] and (m["unit"] or "").lower() == "year"):
        if m["y2"]:
            y = int(m["y2"])
        elif ctx.pub is None:
            return _no_pub(m, ctx)
        else:
            y = ctx.pub.year + {"next": 1, "last": -1}.get(m["which"].lower(), 0)
        last = dt.date(y, 12, 28).isocalendar()[1]
        w = last if n < 0 else n
        return Result(R.week(dt.date.fromisocalendar(y, w, 1)), "absolute" if m["y2"] else "publication",
                      m.start(), m.end())
    if m["mon"] and not _capital(m["mon"], ctx):
        return None
    month = _month_of_match(m, ctx)
    if month is None:
        return _no_pub(m, ctx)
    # Weeks of a month are its full Monday-to-Sunday weeks.
    first_monday = month.first + dt.timedelta(days=(-month.first.weekday()) % 7)
    last_sunday = month.last - dt.timedelta(days=(month.last.weekday() + 1) % 7)
    d = last_sunday if n < 0 else first_monday + dt.timedelta(days=7 * (n - 1))
    return Result(R.week(d), "absolute" if m["y"] else "publication", m.start(), m.end())


def weekday_in_week(m: re.Match, ctx: Context) -> Result | None:
    token, which = m["wd"] or m["wd2"], " ".join((m["which"] or m["which2"]).lower().split())
    if not _capital(token, ctx) or (ctx.strict and len(token.rstrip(".")) < 6):
        return None
    wd = weekday_index(token)
    if ctx.pub is None:
        return _no_pub(m, ctx, wd)
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(which, 0)
    monday = ctx.pub - dt.timedelta(days=ctx.pub.weekday()) + dt.timedelta(days=7 * step)
    return Result(R.day(monday + dt.timedelta(days=wd)), "publication", m.start(), m.end(), wd)


def weekday_dom(m: re.Match, ctx: Context) -> Result | None:
    token = m["wd"]
    if not _capital(token, ctx) or (ctx.strict and len(token.rstrip(".")) < 6):
        return None
    wd, dd = weekday_index(token), int(m["d"])
    if ctx.pub is None:
        return _no_pub(m, ctx, wd)
    options = []
    for k in range(-14, 15):
        y, mm = R.shift_months(ctx.pub.year, ctx.pub.month, k)
        d = R.safe_date(y, mm, dd)
        if d and d.weekday() == wd:
            options.append(d)
    if not options:
        return None
    direction = _direction(ctx)
    past = [d for d in options if d <= ctx.pub]
    future = [d for d in options if d >= ctx.pub]
    if direction == "past" and past:
        d = past[-1]
    elif direction == "future" and future:
        d = future[0]
    else:
        d = min(options, key=lambda x: (abs((x - ctx.pub).days), x > ctx.pub))
    return Result(R.day(d), "publication", m.start(), m.end(), wd)


def month_year(m: re.Match, ctx: Context) -> Result | None:
    if not _capital(m["mon"], ctx):
        return None
    p = R.month(int(m["y"]), month_index(m["mon"]))
    return Result(_apply_part(p, m["part"]), "absolute", m.start(), m.end())


def fiscal_year(m: re.Match, ctx: Context) -> Result | None:
    y = m["y1"] or m["y2"] or m["y3"]
    y = int(y) + (2000 if len(y) == 2 else 0)
    return Result(R.year(y), "absolute", m.start(), m.end())


def year(m: re.Match, ctx: Context) -> Result | None:
    if m["s"]:
        return None  # decades ("the 1990s") have no TIMEX value in the v1 contract
    s, e = _span(m)
    if not m["pre"]:
        before = ctx.text[max(0, s - 20):s]
        nxt = _NEXT_WORD.match(ctx.text, e)
        if _COUNT_BEFORE.search(before) or _PLURAL_NOUN.match(ctx.text, e):
            return None
        if ctx.strict and not nxt and not re.match(r"\s*[.,;:)!?]?\s*$", ctx.text[e:e + 2]):
            return None
    elif _PLURAL_NOUN.match(ctx.text, e) or _COUNT_BEFORE.search(ctx.text[max(0, m.start() - 30):e - 4]):
        return None  # "a crowd of 2000", "rose to 1900"
    p = R.year(int(m["y"]))
    part = m["pre"].strip().lower() if m["pre"] else None
    return Result(_apply_part(p, part), "absolute", s, e)


def _apply_part(p: R.Period, part: str | None) -> R.Period:
    if not part:
        return p
    key = " ".join(part.lower().split())
    if key in PARTS:
        return R.part(p, *PARTS[key])
    return p


# --- months and weekdays without a year ---------------------------------------------

def month(m: re.Match, ctx: Context) -> Result | None:
    mon = m["mon"]
    if not _capital(mon, ctx) or (ctx.strict and mon.lower() in ("mar", "dec", "aug", "jan", "oct", "nov", "sep", "sept", "feb")):
        return None
    idx = month_index(mon)
    has_context = bool(m["pre"] or m["part"] or m["poss"])
    if ctx.strict and not has_context:
        return None
    nxt = _NEXT_WORD.match(ctx.text, m.end())
    if ctx.strict and idx in _GIVEN_NAME_MONTHS and not m["poss"] and nxt and nxt.group(1)[:1].isupper() \
            and (m["pre"] or "").strip().lower() not in ("his", "her", "its", "their", "our", "the"):
        return None  # "April Ryan", "to May Smith"
    if ctx.strict and idx == 5 and (m["pre"] or "").strip().lower() in ("to", "the", "of", "for", "his", "her"):
        return None  # "Prime Minister May", "spoke to May"
    s, e = _span(m)
    if ctx.pub is None:
        return _no_pub(m, ctx)
    p = R.month_of(ctx.pub, idx, _direction(ctx))
    return Result(_apply_part(p, m["part"]), "publication", s, e)


def mod_month(m: re.Match, ctx: Context) -> Result | None:
    if not _capital(m["mon"], ctx):
        return None
    if ctx.pub is None:
        return _no_pub(m, ctx)
    mod = " ".join(m["mod"].lower().split())
    direction = {"last": "before", "next": "after", "this past": "before", "this coming": "after"}.get(mod)
    idx = month_index(m["mon"])
    p = R.month_of(ctx.pub, idx, direction) if direction else R.month(ctx.pub.year, idx)
    return Result(p, "publication", m.start(), m.end())


def weekday(m: re.Match, ctx: Context) -> Result | None:
    token = m["wd"]
    if not _capital(token, ctx) or (ctx.strict and len(token) < 6):
        return None  # news writes weekdays in full; "Sun", "Wed", "Sat" are other words
    prev = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1).lower() in NAMED_DAY_PREFIXES:
        return None  # Good Friday, Super Tuesday
    nxt = _NEXT_WORD.match(ctx.text, m.end())
    if ctx.strict and nxt and nxt.group(1) in ("Times", "Telegraph", "Express", "Mirror", "Post", "Herald",
                                               "Night", "Morning", "Independent", "Star", "Mail", "Review"):
        return None  # newspapers and shows named after a day
    wd = weekday_index(token)
    s, e = _span(m)
    if ctx.pub is None:
        return _no_pub(m, ctx, wd)
    if ctx.tense in ("present",) and not ctx.tense_given and wd in ctx.weekdays:
        anchor_id, d = ctx.weekdays[wd]
        return Result(R.day(d), anchor_id, s, e, wd)  # the article's Tuesday is one day throughout
    d = R.weekday(ctx.pub, wd, _direction(ctx))
    return Result(R.day(d), "publication", s, e, wd)


def mod_weekday(m: re.Match, ctx: Context) -> Result | None:
    if ctx.strict and (len(m["wd"]) < 6 or not m["wd"][:1].isupper()):
        return None
    wd = weekday_index(m["wd"])
    if ctx.pub is None:
        return _no_pub(m, ctx, wd)
    mod = " ".join(m["mod"].lower().split())
    direction = {"last": "before", "this past": "before", "past": "before", "previous": "before",
                 "next": "after", "following": "after", "upcoming": "after", "this coming": "after",
                 "coming": "after"}.get(mod, "future" if ctx.tense == "future" else "past")
    return Result(R.day(R.weekday(ctx.pub, wd, direction)), "publication", m.start(), m.end(), wd)


# --- relative to publication -----------------------------------------------------------

_FIXED = {"the day before yesterday": -2, "the day after tomorrow": 2, "day after tomorrow": 2,
          "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this morning": 0,
          "this afternoon": 0, "this evening": 0}


def fixed(m: re.Match, ctx: Context) -> Result | None:
    if ctx.pub is None:
        return _no_pub(m, ctx)
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
        return _no_pub(m, ctx)
    return Result(_this(ctx.pub, m["unit"].lower(), m["which"], ctx.tense), "publication", m.start(), m.end())


def edge_of_period(m: re.Match, ctx: Context) -> Result | None:
    if ctx.pub is None:
        return _no_pub(m, ctx)
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
        return _no_pub(m, ctx)
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
    for sign, num, unit in DURATION_ITEM.findall(text):
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
        return _no_pub(m, ctx)
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
_FORWARD = {"later", "after", "following", "next"}


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
    anchor = next(((cid, p) for cid, p in reversed(ctx.resolved)
                   if p.granularity != "range" and R.GRAIN_ORDER[p.granularity] <= grain), None)
    if anchor is None:
        if not ctx.strict and ctx.pub is not None:
            return Result(R.shift(R.at(ctx.pub, unit), unit, sign * n), "publication", m.start(), m.end())
        return Result(None, None, m.start(), m.end(),
                      reason=f"no earlier date in the document to anchor {m.group(0).strip()!r} on")
    cid, p = anchor
    return Result(R.shift(R.at(p.first, unit), unit, sign * n), cid, m.start(), m.end())


# --- ranges --------------------------------------------------------------------------

def month_range(m: re.Match, ctx: Context) -> Result | None:
    if not (_capital(m["m1"], ctx) and _capital(m["m2"], ctx)):
        return None
    m1, m2 = month_index(m["m1"]), month_index(m["m2"])
    if m["y2"]:
        end = R.month(int(m["y2"]), m2)
    elif ctx.pub is None:
        return _no_pub(m, ctx)
    else:
        end = R.month_of(ctx.pub, m2, _direction(ctx) if ctx.tense != "present" else "past")
    y1 = int(m["y1"]) if m["y1"] else end.first.year - (1 if m1 > m2 else 0)
    first = _apply_part(R.month(y1, m1), m["p1"])
    last = _apply_part(end, m["p2"])
    return Result(R.span(first, last), "absolute" if m["y2"] else "publication", m.start(), m.end())


def year_range(m: re.Match, ctx: Context) -> Result | None:
    a, b = int(m["y1"]), int(m["y2"])
    if b < a:
        return None
    return Result(R.span(R.year(a), R.year(b)), "absolute", m.start(), m.end())


HANDLERS: dict[str, Callable[[re.Match, Context], Result | None]] = {
    "iso": iso, "explicit": explicit, "word_day": word_day, "day_of_month": day_of_month, "numeric": numeric, "numeric_month": numeric_month,
    "weekday_of_month": weekday_of_month, "week_of_period": week_of_period,
    "weekday_in_week": weekday_in_week, "weekday_dom": weekday_dom, "in_the_period": in_the_period,
    "month_range": month_range,
    "year_range": year_range, "fixed": fixed, "edge_of_period": edge_of_period,
    "this_period": this_period, "ago": ago, "in_n": in_n, "signed": signed, "anaphoric": anaphoric,
    "mod_weekday": mod_weekday, "mod_month": mod_month, "month_year": month_year,
    "fiscal_year": fiscal_year, "year": year, "month": month, "weekday": weekday,
}
