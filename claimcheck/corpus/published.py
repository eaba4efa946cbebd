"""Find a publication date in the text itself, only when it is unambiguous.

Scraped articles often carry the date in a header line (``date 2024-05-07``) or a
dateline under the headline (``Wed May 08 2024``). Only the first few lines are read, and
a date is taken only if exactly one distinct date is found there: a guess would
silently shift every relative phrase in the story.
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.calendar import MONTHS, WEEKDAYS

_HEAD_LINES = 6
_MONTHS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}  # "jan": 1, as the patterns below read them
_WEEKDAYS = [w[:3] for w in WEEKDAYS]
_MON, _WD = "|".join(_MONTHS), "|".join(_WEEKDAYS)

_PATTERNS = [
    # "date 2024-05-07", "Published: 2024-05-07", a bare ISO date at the start of a line
    re.compile(r"^\s*(?:(?:date|published|updated|posted)\s*:?\s*)?(?P<iso>\d{4}-\d{2}-\d{2})\b", re.I),
    # "Wed May 08 2024", "Wednesday, May 8, 2024"
    re.compile(
        rf"^\s*(?:(?:published|posted|updated)\s*:?\s*)?(?P<wd>{_WD})[a-z]*\.?,?\s+"
        rf"(?P<mon>{_MON})[a-z]*\.?\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\s*$",
        re.I,
    ),
    # "May 8, 2024" alone on a line
    re.compile(
        rf"^\s*(?:(?:published|posted|updated)\s*:?\s*)?(?P<mon>{_MON})[a-z]*\.?\s+"
        r"(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\s*$",
        re.I,
    ),
]


def _parse(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    try:
        if g.get("iso"):
            return dt.date.fromisoformat(g["iso"])
        date = dt.date(int(g["year"]), _MONTHS[g["mon"][:3].lower()], int(g["day"]))
    except ValueError:
        return None
    if g.get("wd") and _WEEKDAYS.index(g["wd"][:3].lower()) != date.weekday():
        return None  # a dateline whose weekday disagrees is not trustworthy
    return date


def detect_published(text: str) -> tuple[dt.date, int] | None:
    """Return (date, 1-based line) when the head of ``text`` states one date unambiguously."""
    found: dict[dt.date, int] = {}
    for number, line in enumerate(text.split("\n")[:_HEAD_LINES], start=1):
        for pattern in _PATTERNS:
            m = pattern.match(line)
            if m and (date := _parse(m)):
                found.setdefault(date, number)
                break
    if len(found) != 1:
        return None
    (date, line), = found.items()
    return date, line
