"""Numbers as news copy writes them, and how exactly each one is meant.

``412 million``, ``$412m``, ``1,150,000``, ``2.5bn``, ``10 000``, ``twenty``, ``a dozen``,
``two-thirds``: every form of a figure parses to one value plus the place value of its last
written digit. That place value is what makes figures comparable across outlets: "120,000"
is rounded to the ten thousand, "$43 million" to the million (and may stand for
$43,885,310), so each figure becomes an interval, widened or shifted by its hedge
("nearly", "more than", "up to"). Money and count extractors share this module; it has
no idea what is being counted.

When a figure gets a rounding band: only when its writing says it may be rounded, that is
a scale word ("3 million", "$2bn"), decimals ("2.5"), trailing zeros from 100 up ("300",
"45,000") or "dozen". A plain whole number without them ("three delegations", "5 people",
"41 appearances", "1,944") is exact: ``Number.exact``, and ``interval(..., exact=True)``
gives the point. A hedge always gives a band.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Iterator

from ..cache import text_cache
from ..scan import CandidateScan
from .lexicon import LEXICON

# The number words, scale words, fractions and hedges of ``claimcheck/language/data/numbers.yaml``.
_N = LEXICON.numbers
SCALES: dict[str, float] = dict(_N.scales)
UNITS: dict[str, int] = dict(_N.units)
TENS: dict[str, int] = dict(_N.tens)
MULTIPLIERS: dict[str, int] = dict(_N.multipliers)
WORD_SCALES: dict[str, int] = dict(_N.word_scales)
FRACTION_NUMERATORS: dict[str, int] = dict(_N.fraction_numerators)
FRACTION_DENOMINATORS: dict[str, int] = dict(_N.fraction_denominators)
# Hedge words and the direction each gives the interval. Longest phrases first in the regex.
HEDGES: dict[str, str] = dict(_N.hedges)

_SEP = "[ \u00a0\u2009\u202f]"
_DIGITS = (
    r"\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?(?![\d.])"      # 1.234.567(,89): dots group thousands
    r"|\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"             # 1.234,56
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)"         # 1,234,567.89
    r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?(?!\d|,\d)"     # 12,50,000: Indian grouping (lakh, crore)
    rf"|\d{{1,3}}(?:{_SEP}\d{{3}}(?!\d))+(?:\.\d+)?"   # 10 000
    r"|\d+(?:\.\d+)?|\.\d+"
)
# Every scale word of the data longer than one letter, longest first ("lakh crore" before "lakh");
# one-letter abbreviations are read only glued to the digits (``abbr``).
_SCALE_WORDS = "|".join(
    re.escape(w).replace(r"\ ", f"{_SEP}+") for w in sorted((w for w in SCALES if len(w) > 1), key=len, reverse=True)
)
NUMBER_RE = re.compile(
    rf"(?<![\d.,])(?P<num>{_DIGITS})"
    rf"(?:{_SEP}?(?P<scale>(?i:{_SCALE_WORDS}))(?![A-Za-z])|(?P<abbr>[kKmMbBtT])(?![A-Za-z\d]))?"
)
_WORD_TOKEN = "|".join(sorted([*UNITS, *TENS, *MULTIPLIERS, *WORD_SCALES], key=len, reverse=True))
WORDS_RE = re.compile(
    rf"(?<![A-Za-z])(?=[aotfsenhzmbdAOTFSENHZMBD])\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?(?:{_WORD_TOKEN})\b(?:(?:\s*,\s*|\s+and\s+|\s*&\s*|\s+|-)(?:{_WORD_TOKEN})\b){{0,24}}",
    re.I,
)
FRACTION_RE = re.compile(
    rf"\b(?:(?P<num>{'|'.join(FRACTION_NUMERATORS)})[- ])?(?P<den>{'|'.join(FRACTION_DENOMINATORS)})\b(?=\s+of\b)(?!\s+of\s+(?:a|an|one)\s)",
    re.I,
)
_HALF_A = re.compile(r"\bhalf\s$", re.I)
# A fraction of a scale word: "a quarter million", "three-quarters of a million", "half a billion".
SCALE_FRACTION_RE = re.compile(
    rf"\b(?:(?P<num>{'|'.join(FRACTION_NUMERATORS)})[- ])?(?P<den>{'|'.join(FRACTION_DENOMINATORS)})"
    rf"(?:\s+of)?(?:\s+an?)?\s+(?P<scale>{'|'.join(WORD_SCALES)})\b",
    re.I,
)
HEDGE_RE = re.compile(
    r"(?<![\w-])(?P<hedge>" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))
    + r")\s+(?:a\s+total\s+of\s+)?$",
    re.I,
)


@dataclass(frozen=True)
class Number:
    """A number found in text: its value and the place value of its last written digit."""

    start: int
    end: int
    value: float
    place: float
    form: str  # "digits", "words" or "fraction"
    scale: float = 1.0  # the scale word's factor ("million": 1e6), 1 without one
    exact: bool = False  # a plain whole number that the writing does not mark as rounded


# compiled once: these run for every number read (``re.sub`` with a string looks its pattern up each call)
_SEP_RE = re.compile(_SEP)
_SEPS_RE = re.compile(_SEP + "+")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # "1.234.567", "1.234,5"
_SPACES = re.compile(r"\s+")

def parse_digits(num: str, scale: str | None = None) -> tuple[float, float]:
    """``("1,234.5", "million")`` → (value, place value of the last written digit)."""
    s = _SEP_RE.sub("", num)
    if _DOTTED_THOUSANDS.fullmatch(s) and (s.count(".") > 1 or "," in s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    mantissa = float(s)
    whole, _, decimals = s.partition(".")
    if decimals:
        place = 10.0 ** -len(decimals)
    else:
        stripped = whole.lstrip("0") or "0"
        zeros = len(stripped) - len(stripped.rstrip("0"))
        place = 10.0**zeros if mantissa >= 100 and zeros else 1.0
    factor = SCALES.get(_scale_key(scale), 1.0) if scale else 1.0
    if scale and not decimals:
        place = max(place, 1.0) * factor if mantissa >= 100 else factor
    elif scale:
        place *= factor
    return mantissa * factor, place


def _scale_key(scale: str) -> str:
    """The SCALES key for a scale word as written ("Lakh  Crore" → "lakh crore")."""
    return _SEPS_RE.sub(" ", scale.lower())


def place_of_integer(value: float) -> float:
    """Place value of the last non-zero digit of a whole number (1 below 100: small counts are exact)."""
    n = int(round(abs(value)))
    if n < 100:
        return 1.0
    zeros = len(str(n)) - len(str(n).rstrip("0"))
    return 10.0**zeros


def _rounding_step(value: float) -> float:
    """10 for 20, 10,000 for 250,000, 1 for 41 or 2.5: the step its trailing zeros suggest."""
    if not float(value).is_integer() or value == 0:
        return 1.0
    digits = str(int(abs(value)))
    return 10.0 ** (len(digits) - len(digits.rstrip("0")))


def parse_words(text: str) -> tuple[float, int, float] | None:
    """Value, length and place value of the longest number-word prefix of ``text``.

    "a hundred and two" → 102; "three million, two hundred & forty" → 3000240;
    "twenty-five" → 25; "twenty million" → 2e7 to the million. Stops where the words stop
    forming one number ("two and three" is two numbers).
    """
    total, current, last, end, value, place, group_place = 0, 0, None, 0, None, 1.0, 1.0
    joiner = False
    for t in _WORD_PARTS.finditer(text):
        w = t.group(0).lower()
        if w in {"and", "&", ","}:
            if last not in {"hundred", "scale"} or joiner:
                break
            joiner = True
            continue
        if w == "-":
            if last != "tens":
                break
            continue
        if w in {"a", "an"}:
            if last is not None:
                break
            current, last = 1, "article"
            continue
        kind = _WORD_KIND.get(w)
        if kind is None or (last, kind) in _WORD_BREAKS:
            break
        if kind == "unit" and last == "tens" and UNITS[w] == 0:
            break
        if kind in {"unit", "teen", "tens"}:
            current += UNITS[w] if w in UNITS else TENS[w]
            group_place = 1.0
        elif kind in {"hundred", "dozen"}:
            current = max(current, 1) * MULTIPLIERS[w]
            group_place = 100.0 if kind == "hundred" else 1.0
        else:
            total += max(current, 1) * WORD_SCALES[w]
            place = (group_place if last in {"hundred"} else 1.0) * WORD_SCALES[w]
            current = 0
        if kind != "scale":
            place = group_place
        last, joiner = kind, False
        end, value = t.end(), total + current
    if value is None:
        return None
    if value >= 100 and place == 1.0 and current == 0:
        place = place_of_integer(value)
    return float(value), end, place


_WORD_PARTS = re.compile(r"[A-Za-z]+|&|,|-")
_WORD_KIND: dict[str, str] = {
    **{w: ("teen" if n >= 10 else "unit") for w, n in UNITS.items()},
    **{w: "tens" for w in TENS},
    "hundred": "hundred", "dozen": "dozen",
    **{w: "scale" for w in WORD_SCALES},
}
# Word pairs that cannot follow each other inside one number ("two three", "twenty thirty").
_WORD_BREAKS = {
    (a, b)
    for a in ("unit", "teen", "article")
    for b in ("unit", "teen", "tens")
} | {("tens", "teen"), ("tens", "tens"), ("hundred", "hundred"), ("dozen", "dozen"),
     ("hundred", "dozen"), ("dozen", "hundred"), ("scale", "scale")}


def interval(value: float, place: float, hedge: str | None, exact: bool = False) -> tuple[float, float]:
    """The values a figure can stand for, given its last written digit and its hedge.

    An exact figure (see the module docstring) stands for itself. A plain figure is
    rounded or cut at its last digit ("$43 million" covers $42.5-44 million, so
    $43,885,310 too). A hedge works at the figure's rounding step (trailing zeros count:
    "around 20" is rounded to the ten): "more than 400,000" reaches the next step
    (500,000); "nearly" and "around" stay within a step and within a tenth of the figure
    ("nearly 250,000": 240,000-250,000; "around 20": 18-22). A bound on a figure that is
    not round ("at least 14", "fewer than 223") reaches a tenth of it: a toll given as
    "at least 14" in one report and "at least 15" in another is one toll, not two.
    """
    sense = HEDGES.get(_SPACES.sub(" ", hedge.lower())) if hedge else None
    if sense is None:
        return (value, value) if exact else (value - place / 2, value + place)
    step = max(place, _rounding_step(value))
    near = max(min(step, abs(value) * 0.1), min(place, 1.0) / 2)
    bound = max(step, abs(value) * 0.1) if step <= 1 else step
    return {
        "under": (value - near, value),
        "around": (value - near, value + near),
        "above": (value, value + bound),
        "below": (value - bound, value),
        "upto": (min(0.0, value), value),
    }[sense]


def hedge_before(text: str, start: int) -> tuple[str, int] | None:
    """The hedge that ends just before ``start`` (and where it starts), if any."""
    m = HEDGE_RE.search(text, max(0, start - 40), start)
    if not m:
        return None
    return _SPACES.sub(" ", m.group("hedge").lower()), m.start()


def scan(text: str) -> tuple[Number, ...]:
    """Every number in ``text``, digits and words, in text order (fractions included).

    Cached on the text: money and count extraction both read the same numbers.
    """
    return _scan(text)


@text_cache()  # bounded by the characters it holds: an lru_cache kept 32 texts of any length
def _scan(text: str) -> tuple[Number, ...]:
    return tuple(_numbers(text))


# the number patterns tried only where they can start (digit runs, "." before a digit, number words)
_SCAN = CandidateScan([WORDS_RE, SCALE_FRACTION_RE, FRACTION_RE, NUMBER_RE])


def _numbers(text: str) -> Iterator[Number]:
    found: list[Number] = []
    candidates = _SCAN.scan(text)
    for m in candidates.finditer(3):  # NUMBER_RE
        scale = m.group("scale") or m.group("abbr")
        try:
            value, place = parse_digits(m.group("num"), scale)
        except ValueError:
            continue
        if math.isfinite(value):
            factor = SCALES[_scale_key(scale)] if scale else 1.0
            exact = factor == 1.0 and place == 1.0 and value.is_integer()
            found.append(Number(m.start(), m.end(), value, place, "digits", factor, exact))
    pos = 0
    while m := candidates.search(0, pos):  # WORDS_RE
        parsed = parse_words(m.group(0))
        if parsed:
            value, length, place = parsed
            start = m.start()
            if _HALF_A.search(text, max(0, start - 5), start) and m.group(0)[:2].lower() == "a ":
                start, value, place = start - 5, value / 2, place / 10  # "half a million"
            exact = place == 1.0 and "dozen" not in m.group(0)[:length].lower()
            found.append(Number(start, m.start() + length, value, place, "words", max(place, 1.0), exact))
        pos = m.start() + (parsed[1] if parsed else 1)
    for m in candidates.finditer(1):  # SCALE_FRACTION_RE
        num = FRACTION_NUMERATORS[m.group("num").lower()] if m.group("num") else 1
        scale = WORD_SCALES[m.group("scale").lower()]
        value = scale * num / FRACTION_DENOMINATORS[m.group("den").lower()]
        if value < scale:  # "three halves of a million" is no way to write a number
            found.append(Number(m.start(), m.end(), value, scale / 10, "words", scale / 10))
    for m in candidates.finditer(2):  # FRACTION_RE
        den = m.group("den").lower()
        num = FRACTION_NUMERATORS[m.group("num").lower()] if m.group("num") else 1
        if den in {"half", "halves"} and m.group("num") and num != 1:
            continue
        if not m.group("num") and den not in {"half"}:
            continue
        found.append(Number(m.start(), m.end(), 100.0 * num / FRACTION_DENOMINATORS[den], 2.5, "fraction"))
    found.sort(key=lambda n: (n.start, -n.end))
    last_end = -1
    for n in found:
        if n.start >= last_end:
            last_end = n.end
            yield n
