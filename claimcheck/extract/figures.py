"""What a figure is about and when: its subject words and its period.

Two outlets' figures can only be compared when they count the same thing over the same
time. The subject is the counted noun plus the content words of the figure's clause;
the period comes from date phrases in the same sentence ("in the 2023 fiscal year",
"from October to February", "in 2023", "last year"), resolved against the publication
date so that "from October to February" in May 2024 means 2023-10/2024-02 in every outlet.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from ..language.calendar import (
    MONTH_RE, MONTHS, QUARTER_ORDINALS, WEEKDAYS, YEAR_RE, alternation, month_index, ordinals_upto,
)
from ..text import content_words
from ..language.numbers import HEDGES, SCALES, TENS, UNITS, scan

_MON = rf"(?:{MONTH_RE})\.?"
_YEAR = YEAR_RE

# Period phrases, most specific first: the first kind found in the sentence wins, and
# among phrases of that kind the one nearest the figure.
_ORD = rf"(?P<q>{alternation(list(ordinals_upto(4)))})"
PERIODS: list[tuple[str, re.Pattern[str]]] = [
    ("quarter", re.compile(  # "the third quarter ended Feb. 28", "fourth quarter of fiscal 2023", "Q1 2024"
        r"\b(?:(?P<q3>[1-4])Q|Q(?P<q4>[1-4])['’])(?P<yy>\d\d)\b|"  # "2Q16", "Q2'16"
        rf"\b(?:(?:fiscal\s+)?(?P<y0>{_YEAR})\s+)?(?:{_ORD}[- ]quarter|Q(?P<q2>[1-4]))\b"
        rf"(?:\s+(?:of\s+)?(?P<f>fiscal\s+(?:year\s+)?)?(?P<y>{_YEAR})\b"
        rf"|\s+ended\s+(?P<m>{_MON})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y2>{_YEAR}))?)?",
        re.I)),
    ("fiscal", re.compile(
        rf"\bfiscal\s+(?:year\s+)?(?P<y>{_YEAR})\b|\b(?P<y2>{_YEAR})\s+fiscal\s+year\b|\bFY\s?(?P<y3>{_YEAR}|\d\d)\b", re.I)),
    ("months", re.compile(
        rf"\b(?:from|between)\s+(?P<m1>{_MON})(?:\s+(?P<y1>{_YEAR}))?\s+(?:to|through|until|till|and|-|–)\s+"
        rf"(?P<m2>{_MON})(?:\s+(?P<y2>{_YEAR}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|for|since|through|by)\s+(?:early\s+|late\s+|mid-?)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("year", re.compile(rf"\b(?:in|during|for|since|through|by|of)\s+(?:early\s+|late\s+|mid-?)?(?P<y>{_YEAR})\b", re.I)),
    ("whole-year", re.compile(  # "the fiscal year ended", "full-year profit": a year the sentence leaves open
        rf"\b(?:fiscal|financial|full)[- ]year\b|\byear\s+ended\s+(?P<m>{_MON})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{_YEAR}))?",
        re.I)),
    ("relative", re.compile(r"\b(?P<rel>this|last|next)\s+year\b", re.I)),
    ("modifier", re.compile(rf"\b(?P<y>{_YEAR})\s+(?=[a-z])")),  # "its 2023 profits": its own clause only
]

# Outside the figure's clause, a year right after a name dates that name, not the figure: "at
# least 215 people ..., the deadliest storm since Hurricane Katrina in 2005".
_NAMED_BEFORE = re.compile(r"\b[A-Z][\w'’-]+[ \t]+$")

# A figure set against an earlier one ("net income fell to $1.9 billion from $2.3 billion a
# year earlier", "revenue of $4bn, up from $3.5bn") is of another period than the sentence's.
_HEDGE = r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more\s+than|less\s+than)\s+)?"
_COMPARED = re.compile(rf"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?|from)\s+{_HEDGE}$", re.I)
_LOOK_BACK = re.compile(  # after the figure: "... a year earlier", "in the corresponding period of last year"
    r"\b(?:(?:a|one|two|three|\d+)\s+(?:years?|quarters?|months?|weeks?|days?)\s+(?:earlier|ago|before|prior)"
    r"|year[- ]ago|(?:prior|previous|preceding|last)[- ](?:year|quarter)|(?:same|corresponding|comparable)\s+"
    r"(?:period|quarter)|previously)\b", re.I)
_CHANGE = re.compile(  # before it: "net income fell to $1.9 billion, or 68 cents a share, from "
    rf"\b(?:rose|fell|dropped|climbed|declined|increased|decreased|jumped|grew|slipped|slumped|surged|plunged"
    rf"|rising|falling|up|down)\b[^.;]*\bto\b[^.;]*\bfrom\s+{_HEDGE}$", re.I)

WINDOW = 300
_ACRONYM_DOTS = re.compile(r"\b(?:[A-Z]\.){2,}")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
NOT_SUBJECT = frozenset(
    {w for h in HEDGES for w in h.split()} | set(SCALES) | set(UNITS) | set(TENS)
    | {m for m in MONTHS} | {"fiscal", "year", "total", "dollar", "euro", "pound", "percent", "cent",
                             "hundred", "dozen", "per", *WEEKDAYS, "through", "until", "since", "between", "last", "next", "third", "half", "quarter", "fifth"}
)


def _month(token: str) -> int:
    return month_index(token)


def _resolve_month(month: int, year: str | None, published: dt.date | None) -> tuple[int | None, int]:
    """A month without a year is its latest occurrence up to publication (news reports the past)."""
    if year:
        return int(year), month
    if published is None:
        return None, month
    return (published.year if month <= published.month else published.year - 1), month


def _fmt(year: int | None, month: int) -> str:
    return f"{year:04d}-{month:02d}" if year else f"--{month:02d}"


def _period_value(kind: str, m: re.Match[str], published: dt.date | None) -> str | None:
    g = m.groupdict()
    if kind == "quarter":
        q = g.get("q2") or g.get("q3") or g.get("q4") or str(QUARTER_ORDINALS[g["q"].lower()])
        year = g.get("y0") or g.get("y") or g.get("y2") or (f"20{g['yy']}" if g.get("yy") else None)
        if g.get("m"):
            return f"Q{q}-ended-{_month(g['m']):02d}" + (f"-{year}" if year else "")
        return f"{year}-Q{q}" if year else f"Q{q}"
    if kind == "whole-year":
        return f"FY{g['y']}" if g.get("y") else ("FY-ended-%02d" % _month(g["m"]) if g.get("m") else "FY")
    if kind == "fiscal":
        y = g.get("y") or g.get("y2") or g.get("y3")
        return f"FY{int(y) + 2000 if len(y) == 2 else int(y)}"
    if kind == "months":
        y2, m2 = _resolve_month(_month(g["m2"]), g["y2"], published)
        m1 = _month(g["m1"])
        y1 = int(g["y1"]) if g["y1"] else (None if y2 is None else (y2 if m1 <= m2 else y2 - 1))
        return f"{_fmt(y1, m1)}/{_fmt(y2, m2)}"
    if kind == "month":
        return _fmt(*_resolve_month(_month(g["m"]), g["y"], published))
    if kind == "year":
        return g["y"]
    if published is None:
        return None
    return str(published.year + {"this": 0, "last": -1, "next": 1}[g["rel"].lower()])


def _window(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """At most ``WINDOW`` characters either side of the figure: a "sentence" with no full
    stop (a table, a list) can be a whole article, and reading it again for every figure
    would make extraction quadratic."""
    lo, hi = max(0, start - WINDOW), min(len(sentence), end + WINDOW)
    return sentence[lo:hi], start - lo, end - lo


def period(sentence: str, at: int, published: dt.date | None, end: int | None = None) -> str | None:
    """The period of the figure at ``sentence[at:end]``: from its own clause, else its sentence.

    A figure set against an earlier one ("from $2.3 billion a year earlier") is "before"
    the period found: the earlier figure of a comparison is never the main figure's peer.
    """
    sentence, at, end = _window(sentence, at, at if end is None else end)
    found = _period(sentence, at, published, end)
    if _is_comparison(sentence, at, end):
        return f"before {found}" if found else "before"
    return found


def _is_comparison(sentence: str, at: int, end: int) -> bool:
    """"... from $2.3 billion a year earlier", "up from 40", "rose to 12 from 9": the old figure."""
    lead = _COMPARED.search(sentence, max(0, at - 40), at)
    if not lead:
        return False
    if not lead.group(0).lower().startswith("from"):
        return True
    return bool(_LOOK_BACK.search(sentence, end, end + 120) or _CHANGE.search(sentence, max(0, at - 160), at))


def _period(sentence: str, at: int, published: dt.date | None, end: int) -> str | None:
    lo, hi = clause_bounds(sentence, at, at if end is None else end)
    for scope, kinds, base in ((sentence[lo:hi], None, lo), (sentence, {"modifier"}, 0)):
        for kind, pattern in PERIODS:
            if kinds and kind in kinds:
                continue
            found = [m for m in _matches(scope, kind) if not _owned_by_other(scope, m, at - base, end - base)
                     and not (kinds and kind == "year" and _NAMED_BEFORE.search(scope, max(0, m.start() - 40), m.start()))]
            if found:
                here = at - (lo if kinds is None else 0)
                nearest = min(found, key=lambda m: min(abs(m.start() - here), abs(m.end() - here)))
                return _period_value("year" if kind == "modifier" else kind, nearest, published)
    return None


@lru_cache(maxsize=256)
def _period_matches(scope: str) -> dict[str, tuple[re.Match[str], ...]]:
    """Every period phrase of a sentence or clause, by kind: the same for each figure in it,
    so found once (a sentence of 200 figures searched itself 200 times)."""
    return {kind: tuple(pattern.finditer(scope)) for kind, pattern in PERIODS}


def _matches(scope: str, kind: str) -> tuple[re.Match[str], ...]:
    return _period_matches(scope)[kind]


def _owned_by_other(sentence: str, m: re.Match[str], at: int, end: int) -> bool:
    """Whether the date phrase ``m`` sits in a clause of another figure, not this one's: in
    "will cut 17,000 jobs, delay its jet and record $5 billion in losses in the third
    quarter" the quarter is the losses'. A date in a clause of its own ("..., in the third
    quarter.") is the whole sentence's."""
    breaks = [0] + [b.end() for b in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence) + 1]
    lo = max(b for b in breaks if b <= m.start())
    hi = min((b for b in breaks if b >= m.end()), default=len(sentence) + 1)
    if lo <= at and end <= hi:
        return False
    return any(lo <= n.start and n.end <= hi and (n.end <= m.start() or n.start >= m.end())
               and (n.end <= at or n.start >= end) and not _is_year(n.value)
               for n in scan(sentence))


def _is_year(value: float) -> bool:
    return value.is_integer() and 1900 <= value <= 2099


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around ``sentence[start:end]`` begins and ends, widened when too thin."""
    start, end = max(0, min(start, len(sentence))), max(0, min(end, len(sentence)))
    breaks = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence) + 1]
    i = max(n for n, b in enumerate(breaks) if b <= start)
    j = min(n for n, b in enumerate(breaks) if b >= end)
    lo, hi = breaks[i], breaks[j] - 1
    while len(content_words(sentence[lo:hi])) < 4 and (i > 0 or j < len(breaks) - 1):
        if i > 0:
            i -= 1
        if j < len(breaks) - 1:
            j += 1
        lo, hi = breaks[i], breaks[j] - 1
    return lo, max(hi, lo)


def clause(sentence: str, start: int, end: int) -> str:
    """The clause around ``sentence[start:end]`` (see ``clause_bounds``)."""
    lo, hi = clause_bounds(sentence, start, end)
    return sentence[lo:hi]


def subject(sentence: str, start: int, end: int, noun: str | None = None) -> list[str]:
    """The counted noun, then the content words of the figure's clause (no numbers, hedges or dates)."""
    sentence, start, end = _window(sentence, start, end)
    text = _ACRONYM_DOTS.sub(lambda m: m.group(0).replace(".", ""), clause(sentence, start, end))
    words = [noun.lower()] if noun else []
    for w in content_words(text):
        if not any(part in NOT_SUBJECT for part in w.split("-")) and w not in words and (not noun or w != _fold(noun)):
            words.append(w)
    return words


def _fold(noun: str) -> str:
    folded = content_words(noun)
    return folded[0] if folded else noun.lower()
