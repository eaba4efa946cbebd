"""Which two figures of ``amount-agreement`` may be compared at all: measure, period, story.

Coverage puts true figures of different things side by side: a company's profit and its
profit per share, this quarter's revenue and the year-earlier quarter's, one company's
results and another's. Each guard here keeps such a pair from being read as a slip; the
rule itself (``amount_agreement``) only weighs the figures that pass them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from ..language import LEXICON
from ..language.calendar import YEAR_RE
from ..language.numbers import scan
from ..language.words import NOT_NAMES
from ..cache import text_cache
from ..models import Document
from ..text import split_sentences

_PERIOD_YEARS = re.compile(YEAR_RE)


def periods_fit(a: Any, b: Any, published: dict[str, dt.date | None], strict: bool = False) -> bool:
    """Same period, or one unstated, unless the stated one is history for the other's source.

    ``strict`` (results stories): the periods must be stated and the same. A quarter's
    profit and a profit of unstated period are not known to be about the same time, and
    neither are two profits of unstated period: results coverage gives the quarter and the
    year side by side ("net income reached $2.5 billion" for the quarter in one outlet,
    "GAAP Net Income: $7.09 billion" for the year in another's summary).
    """
    if strict:
        return a.period is not None and a.period == b.period
    if a.period == b.period:
        return True
    if strict or (a.period is not None and b.period is not None):
        return False
    dated, undated = (a, b) if a.period is not None else (b, a)
    years = [int(y) for y in _PERIOD_YEARS.findall(dated.period)]
    now = published.get(undated.document)
    return not (years and now and max(years) < now.year - 1)


NAME_WORD = re.compile(r"\b[A-Z][A-Za-z.'’-]*[A-Za-z]")


@text_cache()
def names(doc: Document) -> frozenset[str]:
    """Capitalised words inside sentences (not their first word): the story's places, people, bodies."""
    found: set[str] = set()
    for sentence in split_sentences(doc.text):
        for m in NAME_WORD.finditer(sentence.text):
            word = m.group(0).lower().replace("’", "'").removesuffix("'s")
            if m.start() > 0 and word not in NOT_NAMES and len(word) > 2:
                found.add(word)
    return frozenset(found)


# Capitalised words that any story of a kind names (bodies, titles, parties, compass
# points): two articles on different bills both say "House", "Senate" and "Democrats".
# They do not tell a story apart, so they are not counted as its names.
COMMON_NAMES = tuple(LEXICON.figures.common_names)


def same_story(a: Document | None, b: Document | None, min_names: int, min_shared_names: int,
               common: frozenset[str] = frozenset(COMMON_NAMES)) -> bool:
    """Two articles naming enough names but sharing too few of them are different stories;
    two that each name something and share nothing at all are too (a short results brief
    on one company and a longer one on another). Names every story of a kind uses
    (``common``: "House", "Senate", "Democrats") do not count."""
    if a is None or b is None or not min_shared_names:
        return True
    na, nb = names(a) - common, names(b) - common
    if na and nb and not na & nb:
        return False
    if len(na) < min_names or len(nb) < min_names:
        return True
    return len(na & nb) >= min_shared_names


# Significant digits a slip is looked for in: longer figures are not typed by hand.
SLIP_DIGITS = 6


@functools.lru_cache(maxsize=8192)  # a corpus repeats its figures: each pair of candidates asks twice
def _digits(value: float) -> tuple[str, int] | None:
    """The significant digits of ``value`` padded to ``SLIP_DIGITS`` and its power of ten
    (18 billion: ("180000", 10)); None for zero or a figure with more digits."""
    if not value:
        return None
    mantissa, exponent = f"{abs(value):.{SLIP_DIGITS + 3}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0")
    if len(digits) > SLIP_DIGITS:
        return None
    return digits.ljust(SLIP_DIGITS, "0"), int(exponent)


# Factors between two scale words (lakh and crore; thousand, million, billion, trillion):
# a figure that many times another with the same digits had its scale word changed. A
# larger factor is a scale word missing, not a slip of one.
SCALE_STEPS = frozenset({2, 3, 6})


@functools.lru_cache(maxsize=65536)  # asked for every candidate pair; copies of a story repeat the values
def slip_shape(a: float, b: float) -> str | None:
    """How two different figures look like one typed wrong, if they do: "scale" (the same
    digits, a scale word changed: million and billion, lakh and crore), "swap" (two adjacent
    digits swapped: 364 and 346, 3.2 and 2.3) or "digit" (one digit changed: 18,000 and
    18,200). Scale and swap are rare between true figures; one digit changed is common
    (65.1% and 65.9% of a vote, 3 and 6 counts), so it is weaker evidence."""
    da, db = _digits(a), _digits(b)
    if da is None or db is None or a == b:
        return None
    (x, ex), (y, ey) = da, db
    if x == y:
        return "scale" if abs(ex - ey) in SCALE_STEPS else None
    if ex != ey:
        return None
    diff = [i for i in range(SLIP_DIGITS) if x[i] != y[i]]
    if len(diff) == 1:
        return "digit"
    swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]
    return "swap" if swapped else None


def written_scale(text: str) -> float:
    """The scale word a figure's text is written with ("$2 billion": 1e9), 1 without one."""
    found = scan(text)
    return found[0].scale if found else 1.0


def figure_slip(a: Any, b: Any) -> str | None:
    """``slip_shape`` of two figure claims, where "scale" needs the scale word changed as
    written: "$2 billion" and "$200 billion" are a hundredfold apart, a step only between lakh
    and crore, but with one scale word written twice they are two figures (new equity and a
    market forecast), not one typed wrong."""
    shape = slip_shape(a.value, b.value)
    if shape == "scale" and written_scale(a.text) == written_scale(b.text) != 1.0:
        return None
    return shape


def scale_unread(a: float, b: float) -> bool:
    """The same digits a factor of 10,000 or more apart, no step between two scale words: one
    figure's scale word went unread ("Rs 24.75 Cr" read as 24.75 rupees beside "Rs 24.75
    crore"). They are one figure, not a disagreement."""
    da, db = _digits(a), _digits(b)
    return da is not None and db is not None and da[0] == db[0] and abs(da[1] - db[1]) >= 4 \
        and abs(da[1] - db[1]) not in SCALE_STEPS


# Two figures this many times apart, with different digits, are no slip of one another: a
# share price ($38.23) and the company's value (over $100 billion) share a sentence's words.
MAX_RATIO = 10_000


def far_apart(a: float, b: float) -> bool:
    """Whether two figures are too far apart to be one figure typed wrong (``MAX_RATIO``)
    and do not look like one with its scale word changed (``slip_shape``)."""
    low, high = sorted((abs(a), abs(b)))
    return (not low or high / low >= MAX_RATIO) and slip_shape(a, b) != "scale"


def slip_keys(value: float) -> list[tuple]:
    """Index keys two figures share when one may be a slip of the other (``slip_shape``):
    the digits alone (a scale word changed), the digits with one place blanked (one digit
    changed), and for each place the smaller of the digits and those with the place and the
    next swapped (adjacent digits swapped). Blocking only: ``slip_shape`` decides."""
    d = _digits(value)
    if d is None:
        return []
    x, e = d
    keys: list[tuple] = [("slip", x)]
    for i in range(SLIP_DIGITS):
        keys.append(("slip", e, i, x[:i] + "?" + x[i + 1:]))
    for i in range(SLIP_DIGITS - 1):
        swapped = x[:i] + x[i + 1] + x[i] + x[i + 2:]
        if swapped != x:
            keys.append(("slip", e, i, min(x, swapped), "swap"))
    return keys
