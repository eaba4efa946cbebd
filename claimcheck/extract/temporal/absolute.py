"""Handlers for dates the text writes out: "May 7, 2024", "2024-05-07", "the 2022 summit", ranges."""

from __future__ import annotations

import datetime as dt
import re

from ...language.calendar import (
    QUARTER_CUES, QUARTER_ORDINALS, US_FEDERAL_CUES, US_FEDERAL_FISCAL_START, month_index, weekday_index,
)
from . import resolve as R
from .context import (
    NEXT_WORD, Context, Result, apply_part, capital, clause_direction, no_pub, span_of,
)
from .grammar import MON_FULL_RE, day_ordinal

_PLURAL_NOUN = re.compile(
    r"\s+(?!(?:was|has|is|does|says|goes|remains|seems|looks|marks|means|sees|brings|makes|takes|gives|comes|"
    r"becomes|saw|as|its|this|his|thus|plus|versus|talks|elections|games|olympics|midterms|polls|finals|"
    r"playoffs|series|census|news|crisis|status|campus|bonus|virus|basis|analysis|thesis)\b)"
    r"(?:[a-z]{2,}s|[a-z]*(?:people|men|women|children|police|staff|troops))\b")
_COUNT_BEFORE = re.compile(
    r"\b(?:at|about|some|nearly|almost|around|over|than|only|just|roughly|approximately|No\.|number|to|"
    r"(?:total|crowd|number|sum|group|maximum|minimum|average|estimate|score|budget|population|force)\s+of)\s+$",
    re.I)

_END_OF_CLAUSE = re.compile(r"\s*[.,;:)!?]?\s*$")

# --- absolute dates ------------------------------------------------------------------

def iso(m: re.Match, ctx: Context) -> Result | None:
    d = R.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Result(R.day(d), "absolute", m.start(), m.end()) if d else None


def explicit(m: re.Match, ctx: Context) -> Result | None:
    mon, dd, yy = m["mon"] or m["mon2"], int(m["day"] or m["day2"]), m["year"] or m["year2"]
    if not capital(mon, ctx) and not m["wd"]:
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
        return no_pub(m, ctx, wd)
    d = R.day_of(ref, month, dd, clause_direction(ctx) if ctx.pub else "present", wd)
    if not d:
        return Result(None, None, m.start(), m.end(), wd, f"{m.group(0)!r} is not a calendar day")
    return Result(R.day(d), anchor, m.start(), m.end(), wd)


def word_day(m: re.Match, ctx: Context) -> Result | None:
    """ "the first of March", "March the third": day ordinals in words."""
    mon = m["mon"] or m["mon2"]
    if not capital(mon, ctx) or (ctx.strict and m["mon2"] and not m["the"]):
        return None  # "in March first-quarter profits": only "March the first" in news copy
    dd = day_ordinal(m["dw"] or m["dw2"])
    wd = weekday_index(m["wd"]) if m["wd"] else None
    month = month_index(mon)
    if m["year"]:
        d = R.safe_date(int(m["year"]), month, dd)
        return Result(R.day(d), "absolute", m.start(), m.end(), wd) if d else None
    if ctx.pub is None:
        return no_pub(m, ctx, wd)
    d = R.day_of(ctx.pub, month, dd, clause_direction(ctx), wd)
    return Result(R.day(d), "publication", m.start(), m.end(), wd) if d else None


def day_of_month(m: re.Match, ctx: Context) -> Result | None:
    """ "the 20th of next month"."""
    if ctx.pub is None:
        return no_pub(m, ctx)
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


def month_year(m: re.Match, ctx: Context) -> Result | None:
    if not capital(m["mon"], ctx):
        return None
    p = R.month(int(m["y"]), month_index(m["mon"]))
    return Result(apply_part(p, m["part"]), "absolute", m.start(), m.end())


_QUARTERS = QUARTER_ORDINALS


_QUARTER_CUE = re.compile(QUARTER_CUES, re.I)


def _sentence(text: str, m: re.Match, reach: int = 400) -> str:
    """The sentence around ``m`` (at most ``reach`` characters either side)."""
    lo = max(0, m.start() - reach)
    lo = max((e.end() for e in _SENTENCE_EDGE.finditer(text, lo, m.start())), default=lo)
    hi = next((e.start() for e in _SENTENCE_EDGE.finditer(text, m.end(), m.end() + reach)), m.end() + reach)
    return text[lo:hi]


def quarter(m: re.Match, ctx: Context) -> Result | None:
    """ "the first quarter of 2024", "Q3", "Q1 2023": calendar quarters (a company's fiscal
    quarters may differ; the text rarely says)."""
    if m["q"] and ctx.strict and m.group(0)[0] != "Q":
        return None  # "q1" in lower case is not how news writes a quarter
    q = int(m["q"]) if m["q"] else _QUARTERS[m["ord"].lower()]
    y = m["y"] or m["y2"] or m["y3"]
    if m["ord"] and not y and ctx.strict and not _QUARTER_CUE.search(_sentence(ctx.text, m)):
        return None  # a quarter of a game, not of a year
    if y:
        return Result(R.quarter(int(y), q), "absolute", m.start(), m.end())
    if m["yy"]:
        return Result(R.quarter(2000 + int(m["yy"]), q), "absolute", m.start(), m.end())
    if ctx.pub is None:
        return no_pub(m, ctx)
    if m["which"]:
        step = {"last": -1, "next": 1}.get(m["which"].split()[-2].lower(), 0)
        return Result(R.quarter(ctx.pub.year + step, q), "publication", m.start(), m.end())
    return Result(R.quarter_of(ctx.pub, q, clause_direction(ctx)), "publication", m.start(), m.end())


# "the 2023 fiscal year to September", "fiscal 2023 (ended May 31, 2023)", "fiscal year
# ending in June 2024": the text says the month the period ends in.
_FISCAL_END = re.compile(
    # spaces, then an optional comma and an optional bracket each with their own spaces: three
    # runs of spaces in a row made a long run of spaces cost its length cubed
    rf"[^\S\n]*(?:,[^\S\n]*)?(?:\([^\S\n]*)?(?:which[^\S\n]+|that[^\S\n]+)?(?:end(?:s|ed|ing)?|to|through|thru)[^\S\n]+"
    rf"(?:on[^\S\n]+|in[^\S\n]+)?(?:the[^\S\n]+end[^\S\n]+of[^\S\n]+)?(?P<mon>{MON_FULL_RE})\b", re.I)
_US_FEDERAL = re.compile(US_FEDERAL_CUES)
_SENTENCE_EDGE = re.compile(r"(?<!\b[A-Z])[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n\s*\n")  # not after "U.S."


def _fiscal_start(m: re.Match, ctx: Context, months: int) -> tuple[int | None, int]:
    """The month the fiscal year starts in, and where the phrase ends: from a stated end
    ``months`` after the period's start ("to September" joins the phrase; a bracketed date
    stays a date of its own), else US federal when the sentence is about the US government,
    else unknown."""
    end = _FISCAL_END.match(ctx.text, m.end())
    if end and capital(end["mon"], ctx):
        start = R.shift_months(2000, month_index(end["mon"]), 1 - months)[1]
        return start, m.end() if "(" in end.group(0) else end.end()
    return (US_FEDERAL_FISCAL_START if _US_FEDERAL.search(_sentence(ctx.text, m)) else None), m.end()


def _label(y: str) -> int:
    y = y.upper().removeprefix("FY").strip()
    return int(y) + (2000 if len(y) == 2 else 0)


def fiscal_year(m: re.Match, ctx: Context) -> Result | None:
    """ "fiscal 2023", "the 2023 fiscal year", "FY23": value ``FY2023``; the days only when
    the start month is known (see ``_fiscal_start``), never the calendar year."""
    label = _label(m["y1"] or m["y2"] or m["y3"])
    start, end = _fiscal_start(m, ctx, 12)
    if start is None:
        return Result(None, "absolute", m.start(), end, label=(f"FY{label:04d}", "year"))
    return Result(R.fiscal_year(label, start), "absolute", m.start(), end)


def fiscal_quarter(m: re.Match, ctx: Context) -> Result | None:
    """ "the first quarter of fiscal 2023", "fiscal 2023 first quarter", "Q3 FY2024": value
    ``FY2023-Q1``. Without a year ("its fiscal first quarter") the fiscal year is unknown."""
    q_word = m["ord"] or m["ord2"] or m["ord3"]
    q = _QUARTERS[q_word.lower()] if q_word else int(m["q2"] or m["q3"] or m["q4"])
    y = m["y1"] or m["y2"] or m["y3"] or m["y4"] or m["y5"]
    if not y:
        return Result(None, None, m.start(), m.end(),
                      reason=f"{m.group(0).strip()!r} does not say which fiscal year")
    label = _label(y)
    start, end = _fiscal_start(m, ctx, 3 * q)
    if start is None:
        return Result(None, "absolute", m.start(), end, label=(f"FY{label:04d}-Q{q}", "quarter"))
    return Result(R.fiscal_quarter(label, q, start), "absolute", m.start(), end)


def year(m: re.Match, ctx: Context) -> Result | None:
    if m["s"]:
        return None  # decades ("the 1990s") have no TIMEX value in the v1 contract
    s, e = span_of(m)
    if not m["pre"]:
        before = ctx.text[max(0, s - 20):s]
        nxt = NEXT_WORD.match(ctx.text, e)
        if _COUNT_BEFORE.search(before) or _PLURAL_NOUN.match(ctx.text, e):
            return None
        if ctx.strict and not nxt and not _END_OF_CLAUSE.match(ctx.text[e:e + 2]):
            return None
    elif _PLURAL_NOUN.match(ctx.text, e) or _COUNT_BEFORE.search(ctx.text[max(0, m.start() - 30):e - 4]):
        return None  # "a crowd of 2000", "rose to 1900"
    p = R.year(int(m["y"]))
    part = m["pre"].strip().lower() if m["pre"] else None
    return Result(apply_part(p, part), "absolute", s, e)


# --- ranges --------------------------------------------------------------------------

def month_range(m: re.Match, ctx: Context) -> Result | None:
    if not (capital(m["m1"], ctx) and capital(m["m2"], ctx)):
        return None
    m1, m2 = month_index(m["m1"]), month_index(m["m2"])
    if m["y2"]:
        end = R.month(int(m["y2"]), m2)
    elif ctx.pub is None:
        return no_pub(m, ctx)
    else:
        end = R.month_of(ctx.pub, m2, clause_direction(ctx) if ctx.tense != "present" else "past")
    y1 = int(m["y1"]) if m["y1"] else end.first.year - (1 if m1 > m2 else 0)
    first = apply_part(R.month(y1, m1), m["p1"])
    last = apply_part(end, m["p2"])
    return Result(R.span(first, last), "absolute" if m["y2"] else "publication", m.start(), m.end())


def year_range(m: re.Match, ctx: Context) -> Result | None:
    a, b = int(m["y1"]), int(m["y2"])
    if b < a:
        return None
    return Result(R.span(R.year(a), R.year(b)), "absolute", m.start(), m.end())


