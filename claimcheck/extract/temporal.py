"""Date expressions in news text (first slice: explicit dates, with or without a weekday).

``Tuesday, May 8, 2024`` yields one temporal claim whose ``weekday`` records the weekday
named beside the date, so the weekday-date rule can compare them.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Document, TemporalClaim
from ..packdata import PackData
from ..text import claim_id, locator

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_WD = r"(?P<wd>mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+"
_MON = r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_EXPLICIT = re.compile(
    rf"\b(?:{_WD})?(?:{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON.replace('mon>', 'mon2>')}(?:,?\s+(?P<year2>\d{{4}}))?)\b",
    re.I,
)


def _weekday(token: str | None) -> int | None:
    if not token:
        return None
    return next(i for i, w in enumerate(WEEKDAYS) if w.startswith(token.lower()[:3]))


def _month(token: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(token.lower()[:3]))


def extract(doc: Document, data: PackData) -> list[TemporalClaim]:
    loc = locator(doc)
    out = []
    for m in _EXPLICIT.finditer(doc.text):
        g = m.groupdict()
        mon, day, year = g["mon"] or g["mon2"], g["day"] or g["day2"], g["year"] or g["year2"]
        if mon.lower() == "may" and not g["wd"] and not year and not m.group(0)[0].isupper():
            continue  # "may 5 ..." in lower case is the verb
        month = _month(mon)
        if year:
            y, anchor = int(year), "absolute"
        elif doc.published:
            # A date without a year is the nearest such day to publication.
            y = min(
                (doc.published.year - 1, doc.published.year, doc.published.year + 1),
                key=lambda yy: abs((_safe_date(yy, month, int(day)) or dt.date.max) - doc.published)
                if _safe_date(yy, month, int(day)) else dt.timedelta.max,
            )
            anchor = "publication"
        else:
            y = None
            anchor = None
        date = _safe_date(y, month, int(day)) if y else None
        out.append(
            TemporalClaim(
                id=claim_id(doc, "temporal", m.start(), m.end()),
                **loc.span(m.start(), m.end()),
                value=date.isoformat() if date else None,
                interval=(date, date) if date else None,
                granularity="day",
                anchor=anchor,
                tense=None,
                weekday=_weekday(g["wd"]),
                reason=None if date else "no year and no publication date",
            )
        )
    return out


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None
