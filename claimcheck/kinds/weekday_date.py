"""A weekday and the date it stands for must agree.

Two cases. (1) In one phrase: ``on Tuesday, May 8, 2024`` is an error, 8 May 2024 was a
Wednesday; the suggestion gives the weekday of the date as written (the date is more
often right than the weekday, but the reporter must check which). (2) In one document,
about one event: a caption dates the talks ``May 8, 2024`` while the text's ``Tuesday's
talks`` (resolved against the publication date) is May 7. Two mentions are about one
event when the words they date share ``min_shared`` content words, ``min_common`` of them
common words (and none says the event repeats, "again", goes on for days, "searched", or
marks its opening or close), or the same pack event term, and they lie within
``max_gap_days`` of each other. A weekday in "late Friday into Saturday" is left out. In a
long document (a live blog) a weekday is compared with at most the 256 dated mentions of near
days nearest it in the text (``NEAREST``).

Fires: ``The talks opened on Tuesday, May 8, 2024.``
Silent: ``The talks opened on Tuesday, May 7, 2024.``
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from typing import Iterator

from pydantic import Field

from ..align import phrase_pattern
from ..language.calendar import WEEKDAYS as CALENDAR_WEEKDAYS
from .base import DocumentContext, Hit, KindOptions

NAME = "weekday-date-agreement"
SCOPE = "document"
# The values a message template may name ("{written}"), besides "{message}".
FIELDS = ("written", "actual", "date")
WEEKDAYS = [w.capitalize() for w in CALENDAR_WEEKDAYS]
# A weekday is compared with at most this many dated mentions of near days, the nearest to
# it in the text: a live blog or a day's dump in one file holds thousands on the same days,
# and comparing each weekday with all of them made the rule quadratic in the document.
NEAREST = 256


class Options(KindOptions):
    min_shared: int = Field(3, ge=1, description="content words a weekday and a date must share to be one event")
    max_gap_days: int = Field(6, ge=0, description="a weekday and a date further apart are other events")
    min_common: int = Field(2, ge=1, description="lower-case words (what happened) they must share to be one event")


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    claims = ctx.of("temporal")
    yield from _in_phrase(claims)
    yield from _in_document(ctx, claims, options)


def _in_phrase(claims) -> Iterator[Hit]:
    for claim in claims:
        if claim.weekday is None or claim.granularity != "day" or not claim.value:
            continue
        date = dt.date.fromisoformat(claim.value)
        if date.weekday() != claim.weekday:
            actual = WEEKDAYS[date.weekday()]
            written = WEEKDAYS[claim.weekday]
            yield Hit(
                claim=claim,
                message=f"{written} does not match {date:%B} {date.day}, {date.year}, which is a {actual}",
                values={"written": written, "actual": actual, "date": date.isoformat()},
                suggestion=actual,
            )


def _in_document(ctx: DocumentContext, claims, options: Options) -> Iterator[Hit]:
    dated = [c for c in claims if c.anchor == "absolute" and c.granularity == "day" and c.value
             and not c.setting.dateline]
    weekdays = [c for c in claims if c.weekday is not None and c.anchor != "absolute" and c.value
                and c.granularity == "day" and not c.overnight]
    if not dated or not weekdays:
        return
    patterns = [phrase_pattern(e.terms) for e in ctx.data.events]
    keys = {c.id: frozenset(c.subject) for c in dated + weekdays}
    common = {c.id: frozenset(c.actions) for c in dated + weekdays}
    events = {c.id: {n for n, p in enumerate(patterns) if p.search(c.scope or "")} for c in dated + weekdays}
    by_day = sorted((c.interval[0], n) for n, c in enumerate(dated))
    starts = [c.start for c in dated]
    for w in weekdays:
        gap = dt.timedelta(days=options.max_gap_days)
        first, last = w.interval[0] - gap, w.interval[1] + gap
        lo = bisect_left(by_day, (first, -1))
        hi = bisect_right(by_day, (last, len(dated)))
        if hi - lo <= NEAREST:
            near = sorted(n for _, n in by_day[lo:hi])
        else:  # a long document: the near days among the dated mentions nearest in the text
            at = max(0, min(bisect_left(starts, w.start) - NEAREST // 2, len(dated) - NEAREST))
            near = [n for n in range(at, at + NEAREST) if first <= dated[n].interval[0] <= last]
        for d in (dated[n] for n in near):  # near days only, in text order
            if d.value == w.value or d.gap_days(w) > options.max_gap_days:
                continue
            shared_words = len(keys[w.id] & keys[d.id]) >= options.min_shared and \
                len(common[w.id] & common[d.id]) >= options.min_common and \
                not any(c.repeated or c.ongoing for c in (w, d)) and w.phase == d.phase
            same = shared_words or events[w.id] & events[d.id]
            if not same:
                continue
            day = dt.date.fromisoformat(d.value)
            written = WEEKDAYS[w.weekday]
            yield Hit(
                claim=w,
                message=f"{w.text!r} here is {w.describe()}, but line {d.line} dates the same event "
                        f"{day:%B} {day.day}, {day.year}, a {day:%A}",
                values={"written": written, "actual": f"{day:%A}", "date": d.value},
                related=[d],
                suggestion=f"{day:%A}",
            )
            break
