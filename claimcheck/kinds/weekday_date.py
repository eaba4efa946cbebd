"""A weekday and the date beside it must agree.

``on Tuesday, May 8, 2024`` is an error: 8 May 2024 was a Wednesday. The suggestion
gives the weekday of the date as written (the date is more often right than the weekday,
but the reporter must check which).

Fires: ``The talks opened on Tuesday, May 8, 2024.``
Silent: ``The talks opened on Tuesday, May 7, 2024.``
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from .base import DocumentContext, Hit, KindOptions

NAME = "weekday-date-agreement"
SCOPE = "document"
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


class Options(KindOptions):
    pass


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    for claim in ctx.of("temporal"):
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
