"""Handlers for weekdays and months without a year: "Tuesday", "in December", "the first Tuesday in November"."""

from __future__ import annotations

import datetime as dt
import re

from ...language import LEXICON
from ...language.calendar import (
    ABBREVIATIONS_NOT_ALONE, NAMED_DAY_PREFIXES, NAMES_AFTER_DAY, NAMES_BEFORE_DAY, month_index, ordinals_upto,
    weekday_index,
)
from . import resolve as R
from .context import (
    NEXT_WORD, Context, Result, apply_part, capital, clause_direction, no_pub, span_of,
)
from .grammar import DAY_IN_NAME_BEFORE, DAY_IN_TITLE

_PREVIOUS_WORD = re.compile(r"(\w+)\s+$")
# "at a Thursday afternoon press conference", "in a Saturday news conference": "a" + weekday
# before a lower-case noun names one day's event; "on a Saturday morning in May" or "meets on
# a Tuesday" does not (a preposition or nothing follows).
_ATTRIBUTIVE_DAY = re.compile(
    r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?[^\S\n]+(?!(?:in|on|at|of|for|to|and|or|when|with|by|"
    r"that|which|the|a|an|morning|afternoon|evening|night)\b)[a-z]{3,}\b")
# "would make Wednesday's temblor the worst since 1980": a quake, a shooting or a crash is never
# planned, nor is a death, so a weekday owning one (events.yaml harm, death) dates a past
# happening whatever the verb.
_OWNS_HARM = re.compile(r"['’]s(?:[^\S\n]+[\w.-]+){0,2}?[^\S\n]+(?:" + "|".join(
    [*LEXICON.events.event_nouns.get("harm", ()), *LEXICON.events.event_nouns.get("death", ())]) + r")\b", re.I)
_GIVEN_NAME_MONTHS = {4, 5, 6, 8}  # April, May, June, August are also first names

# "the first Tuesday" ... "the fifth Friday"; "the last Friday" counts from the end.
_ORDINALS = {**ordinals_upto(5), "last": -1}


def _month_of_match(m: re.Match, ctx: Context) -> R.Period | None:
    """The month a "first Tuesday of ..." phrase names: explicit, or this/next/last month."""
    if m["mon"]:
        if m["y"]:
            return R.month(int(m["y"]), month_index(m["mon"]))
        return R.month_of(ctx.pub, month_index(m["mon"]), clause_direction(ctx)) if ctx.pub else None
    if ctx.pub is None:
        return None
    step = {"next": 1, "last": -1, "previous": -1}.get((m["which"] or "").lower(), 0)
    return R.month(*R.shift_months(ctx.pub.year, ctx.pub.month, step))


def weekday_of_month(m: re.Match, ctx: Context) -> Result | None:
    if not capital(m["wd"], ctx):
        return None
    month = _month_of_match(m, ctx)
    if month is None:
        return no_pub(m, ctx)
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
            return no_pub(m, ctx)
        else:
            y = ctx.pub.year + {"next": 1, "last": -1}.get(m["which"].lower(), 0)
        last = dt.date(y, 12, 28).isocalendar()[1]
        w = last if n < 0 else n
        return Result(R.week(dt.date.fromisocalendar(y, w, 1)), "absolute" if m["y2"] else "publication",
                      m.start(), m.end())
    if m["mon"] and not capital(m["mon"], ctx):
        return None
    month = _month_of_match(m, ctx)
    if month is None:
        return no_pub(m, ctx)
    # Weeks of a month are its full Monday-to-Sunday weeks.
    first_monday = month.first + dt.timedelta(days=(-month.first.weekday()) % 7)
    last_sunday = month.last - dt.timedelta(days=(month.last.weekday() + 1) % 7)
    d = last_sunday if n < 0 else first_monday + dt.timedelta(days=7 * (n - 1))
    return Result(R.week(d), "absolute" if m["y"] else "publication", m.start(), m.end())


def weekday_in_week(m: re.Match, ctx: Context) -> Result | None:
    token, which = m["wd"] or m["wd2"], " ".join((m["which"] or m["which2"]).lower().split())
    if not capital(token, ctx) or (ctx.strict and len(token.rstrip(".")) < 6):
        return None
    wd = weekday_index(token)
    if ctx.pub is None:
        return no_pub(m, ctx, wd)
    step = {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(which, 0)
    monday = ctx.pub - dt.timedelta(days=ctx.pub.weekday()) + dt.timedelta(days=7 * step)
    return Result(R.day(monday + dt.timedelta(days=wd)), "publication", m.start(), m.end(), wd)


def weekday_dom(m: re.Match, ctx: Context) -> Result | None:
    token = m["wd"]
    if not capital(token, ctx) or (ctx.strict and len(token.rstrip(".")) < 6):
        return None
    wd, dd = weekday_index(token), int(m["d"])
    if ctx.pub is None:
        return no_pub(m, ctx, wd)
    options = []
    for k in range(-14, 15):
        y, mm = R.shift_months(ctx.pub.year, ctx.pub.month, k)
        d = R.safe_date(y, mm, dd)
        if d and d.weekday() == wd:
            options.append(d)
    if not options:
        return None
    direction = clause_direction(ctx)
    past = [d for d in options if d <= ctx.pub]
    future = [d for d in options if d >= ctx.pub]
    if direction == "past" and past:
        d = past[-1]
    elif direction == "future" and future:
        d = future[0]
    else:
        d = min(options, key=lambda x: (abs((x - ctx.pub).days), x > ctx.pub))
    return Result(R.day(d), "publication", m.start(), m.end(), wd)


# --- months and weekdays without a year ---------------------------------------------

def month(m: re.Match, ctx: Context) -> Result | None:
    mon = m["mon"]
    if not capital(mon, ctx) or (ctx.strict and mon.lower() in ABBREVIATIONS_NOT_ALONE):
        return None
    idx = month_index(mon)
    nxt = NEXT_WORD.match(ctx.text, m.end())
    # "January sales", "October surprise": a month before a lower-case noun; not March and May
    # (verbs) nor April, June and August (names: "June said").
    attributive = bool(nxt and nxt.group(1)[:1].islower() and idx not in _GIVEN_NAME_MONTHS | {3}
                       and not ctx.text[m.end():nxt.start(1)].strip())
    has_context = bool(m["pre"] or m["part"] or m["poss"] or attributive)
    if ctx.strict and not has_context:
        return None
    if ctx.strict and idx in _GIVEN_NAME_MONTHS and not m["poss"] and nxt and nxt.group(1)[:1].isupper() \
            and (m["pre"] or "").strip().lower() not in ("his", "her", "its", "their", "our", "the"):
        return None  # "April Ryan", "to May Smith"
    if ctx.strict and idx == 5 and (m["pre"] or "").strip().lower() in ("to", "the", "of", "for", "his", "her"):
        return None  # "Prime Minister May", "spoke to May"
    s, e = span_of(m)
    if ctx.pub is None:
        return no_pub(m, ctx)
    way = "past" if (m["pre"] or "").strip().lower() == "since" else clause_direction(ctx)  # "since March"
    p = R.month_of(ctx.pub, idx, way)
    return Result(apply_part(p, m["part"]), "publication", s, e)


def mod_month(m: re.Match, ctx: Context) -> Result | None:
    if not capital(m["mon"], ctx):
        return None
    if ctx.pub is None:
        return no_pub(m, ctx)
    mod = " ".join(m["mod"].lower().split())
    direction = {"last": "before", "next": "after", "this past": "before", "this coming": "after"}.get(mod)
    idx = month_index(m["mon"])
    p = R.month_of(ctx.pub, idx, direction) if direction else R.month(ctx.pub.year, idx)
    return Result(p, "publication", m.start(), m.end())


def weekday(m: re.Match, ctx: Context) -> Result | None:
    token = m["wd"]
    if not capital(token, ctx) or (ctx.strict and len(token) < 6):
        return None  # news writes weekdays in full; "Sun", "Wed", "Sat" are other words
    prev = _PREVIOUS_WORD.search(ctx.text[max(0, m.start() - 20):m.start()])
    if prev and prev.group(1).lower() in NAMED_DAY_PREFIXES:
        return None  # Good Friday, Super Tuesday
    if ctx.strict and prev and prev.group(1) in NAMES_BEFORE_DAY:
        return None  # "Fox News Sunday", a show
    nxt = NEXT_WORD.match(ctx.text, m.end())
    if ctx.strict and nxt and nxt.group(1) in NAMES_AFTER_DAY:
        return None  # newspapers and shows named after a day
    if ctx.strict and (DAY_IN_TITLE.match(ctx.text, m.end())
                       or DAY_IN_NAME_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())):
        return None  # "Tabriz's Friday prayer imam", "The Mail on Sunday": a title, not a day
    wd = weekday_index(token)
    s, e = span_of(m)
    if prev and prev.group(1).lower() == "a":
        described = _described_day(m, ctx, wd, s, e)
        if described is not None or not _ATTRIBUTIVE_DAY.match(ctx.text, e):
            return described
    if ctx.pub is None:
        return no_pub(m, ctx, wd)
    harm = ctx.tense == "future" and not ctx.tense_given and _OWNS_HARM.match(ctx.text, e)
    if (ctx.tense == "present" or harm) and not ctx.tense_given and wd in ctx.weekdays:
        anchor_id, d = ctx.weekdays[wd]
        return Result(R.day(d), anchor_id, s, e, wd)  # the article's Tuesday is one day throughout
    d = R.weekday(ctx.pub, wd, "past" if harm else clause_direction(ctx))
    return Result(R.day(d), "publication", s, e, wd)


def _described_day(m: re.Match, ctx: Context, wd: int, s: int, e: int) -> Result | None:
    """ "on October 1, a Sunday", "July 1 fell on a Saturday": "a" + weekday describes the
    day just written (kept with the weekday the text gives, so the weekday-date rule can
    check it); "meets on a Tuesday" with no such day before it is no date at all."""
    if ctx.probe:
        return Result(None, None, s, e, wd)  # decided once the days before it are known
    day = next((cid_p for cid_p in reversed(ctx.resolved) if cid_p[1].granularity == "day"), None)
    if day is None or not ctx.last_day_end or s - ctx.last_day_end > 40 or \
            re.search(r"[.!?]\s", ctx.text[ctx.last_day_end:s]):
        return None
    cid, p = day
    return Result(R.day(p.first), cid, s, e, wd)


_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def mod_weekday(m: re.Match, ctx: Context) -> Result | None:
    if ctx.strict and (len(m["wd"]) < 6 or not m["wd"][:1].isupper()):
        return None
    if m["mod"].lower() == "following" and _POSSESSIVE_AFTER.match(ctx.text, m.end()):
        return None  # "following Sunday's referendum": a preposition before the bare weekday
    wd = weekday_index(m["wd"])
    if ctx.pub is None:
        return no_pub(m, ctx, wd)
    mod = " ".join(m["mod"].lower().split())
    direction = {"last": "before", "this past": "before", "past": "before", "previous": "before",
                 "next": "after", "following": "after", "upcoming": "after", "this coming": "after",
                 "coming": "after"}.get(mod, "future" if ctx.tense == "future" else "past")
    d = R.weekday(ctx.pub, wd, direction)
    if mod == "next" and d == ctx.pub + dt.timedelta(days=1):
        d += dt.timedelta(days=7)  # nobody writes "next Friday" for tomorrow: "by next Friday" on a Thursday is in 8 days
    return Result(R.day(d), "publication", m.start(), m.end(), wd)


