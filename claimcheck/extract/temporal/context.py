"""What every date-phrase handler shares: the Context it reads and the Result it returns.

A handler gets the regex match and the ``Context`` (publication date, the clause's tense,
what the document has resolved so far) and returns a ``Result``, or None when the match
is not a date after all ("may" the verb, "2000 people", "April Ryan").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import resolve as R
from .grammar import PARTS

NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


@dataclass
class Context:
    """What a handler may read: the publication date, tense, and the document so far."""

    pub: dt.date | None
    text: str
    strict: bool = True  # news text: "may"/"march" lower case are verbs
    tense: str = "present"
    tense_given: bool = False
    resolved: list[tuple[str, R.Period]] = field(default_factory=list)  # (claim id, period) in text order
    # the same periods by claim id: an anaphor finds its anchor's without reading the whole
    # list (once per anaphor made a long document quadratic)
    period_of: dict[str, R.Period] = field(default_factory=dict)
    weekdays: dict[int, tuple[str, dt.date]] = field(default_factory=dict)
    absolute: list[tuple[str, R.Period]] = field(default_factory=list)  # dates written with a year
    looked_back: set[str] = field(default_factory=set)  # claims that anchor back on an earlier date
    last_day_end: int = 0  # where the last phrase resolved to one day ends in the text
    probe: bool = False  # candidate pass: the document's state is not known yet
    # Fiscal years whose days are unknown ("FY2023" of an unnamed body), with how many
    # resolved dates came before each: "the prior year" after one is the fiscal year before.
    fiscal_labels: list[tuple[int, str, str]] = field(default_factory=list)

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
    label: tuple[str, str] | None = None  # (value, granularity) known without its days: "FY2023"


def span_of(m: re.Match, drop_pre: bool = True) -> tuple[int, int]:
    start, end = m.start(), m.end()
    g = m.groupdict()
    if drop_pre and g.get("pre"):
        start = m.start("pre") + len(g["pre"])
    if g.get("poss"):
        end = m.start("poss")
    return start, end


def capital(token: str, ctx: Context) -> bool:
    return not ctx.strict or token[:1].isupper()


def no_pub(m: re.Match, ctx: Context, weekday: int | None = None) -> Result:
    s, e = span_of(m)
    return Result(None, None, s, e, weekday, f"no publication date to resolve {m.group(0).strip()!r} against")


def clause_direction(ctx: Context) -> str:
    return {"future": "future", "past": "past"}.get(ctx.tense, "present")


def apply_part(p: R.Period, part: str | None) -> R.Period:
    if not part:
        return p
    key = " ".join(part.lower().split())
    if key in PARTS:
        return R.part(p, *PARTS[key])
    return p


