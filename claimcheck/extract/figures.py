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

from ..text import content_words
from .numbers import HEDGES, SCALES, TENS, UNITS

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MON = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_YEAR = r"(?:19|20)\d\d"

# Period phrases, most specific first: the first kind found in the sentence wins, and
# among phrases of that kind the one nearest the figure.
PERIODS: list[tuple[str, re.Pattern[str]]] = [
    ("fiscal", re.compile(
        rf"\bfiscal\s+(?:year\s+)?(?P<y>{_YEAR})\b|\b(?P<y2>{_YEAR})\s+fiscal\s+year\b|\bFY\s?(?P<y3>{_YEAR}|\d\d)\b", re.I)),
    ("months", re.compile(
        rf"\b(?:from|between)\s+(?P<m1>{_MON})(?:\s+(?P<y1>{_YEAR}))?\s+(?:to|through|until|till|and|-|–)\s+"
        rf"(?P<m2>{_MON})(?:\s+(?P<y2>{_YEAR}))?\b", re.I)),
    ("month", re.compile(rf"\b(?:in|during|for|since|through|by)\s+(?:early\s+|late\s+|mid-?)?(?P<m>{_MON})(?:,?\s+(?P<y>{_YEAR}))?\b", re.I)),
    ("year", re.compile(rf"\b(?:in|during|for|since|through|by|of)\s+(?:early\s+|late\s+|mid-?)?(?P<y>{_YEAR})\b", re.I)),
    ("relative", re.compile(r"\b(?P<rel>this|last|next)\s+year\b", re.I)),
    ("modifier", re.compile(rf"\b(?P<y>{_YEAR})\s+(?=[a-z])")),  # "its 2023 profits": its own clause only
]

WINDOW = 300
_ACRONYM_DOTS = re.compile(r"\b(?:[A-Z]\.){2,}")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s")
NOT_SUBJECT = frozenset(
    {w for h in HEDGES for w in h.split()} | set(SCALES) | set(UNITS) | set(TENS)
    | {m for m in MONTHS} | {"fiscal", "year", "total", "dollar", "euro", "pound", "percent", "cent",
                             "hundred", "dozen", "per", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday", "through", "until", "since", "between", "last", "next", "third", "half", "quarter", "fifth"}
)


def _month(token: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS) if m.startswith(token.lower().rstrip(".")[:3]))


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
    """The period of the figure at ``sentence[at:end]``: from its own clause, else its sentence."""
    sentence, at, end = _window(sentence, at, at if end is None else end)
    lo, hi = clause_bounds(sentence, at, at if end is None else end)
    for scope, kinds in ((sentence[lo:hi], None), (sentence, {"modifier"})):
        for kind, pattern in PERIODS:
            if kinds and kind in kinds:
                continue
            found = list(pattern.finditer(scope))
            if found:
                here = at - (lo if kinds is None else 0)
                nearest = min(found, key=lambda m: min(abs(m.start() - here), abs(m.end() - here)))
                return _period_value("year" if kind == "modifier" else kind, nearest, published)
    return None


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
