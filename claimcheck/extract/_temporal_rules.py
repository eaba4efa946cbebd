"""How each kind of date phrase resolves: the table from pattern name to handler.

Handlers live in three modules by what they read: ``_temporal_absolute`` (dates written
out), ``_temporal_calendar`` (weekdays and months without a year) and ``_temporal_relative``
(relative to publication or to an earlier date in the article).
"""

from __future__ import annotations

import re
from typing import Callable

from ._temporal_absolute import (
    day_of_month, explicit, fiscal_quarter, fiscal_year, iso, month_range, month_year, numeric, numeric_month, quarter, word_day,
    year,
    year_range,
)
from ._temporal_calendar import (
    mod_month, mod_weekday, month, week_of_period, weekday, weekday_dom, weekday_in_week, weekday_of_month,
)
from ._temporal_context import Context, Result
from ._temporal_relative import (
    ago, anaphoric, edge_of_period, fixed, in_n, in_the_period, signed, this_period,
)

__all__ = ["HANDLERS", "Context", "Result"]

HANDLERS: dict[str, Callable[[re.Match, Context], Result | None]] = {
    "iso": iso, "explicit": explicit, "word_day": word_day, "day_of_month": day_of_month, "numeric": numeric, "numeric_month": numeric_month,
    "weekday_of_month": weekday_of_month, "week_of_period": week_of_period,
    "weekday_in_week": weekday_in_week, "weekday_dom": weekday_dom, "in_the_period": in_the_period,
    "month_range": month_range,
    "year_range": year_range, "fixed": fixed, "edge_of_period": edge_of_period,
    "this_period": this_period, "ago": ago, "in_n": in_n, "signed": signed, "anaphoric": anaphoric,
    "mod_weekday": mod_weekday, "mod_month": mod_month, "month_year": month_year,
    "fiscal_year": fiscal_year, "fiscal_quarter": fiscal_quarter, "quarter": quarter, "year": year, "month": month, "weekday": weekday,
}

