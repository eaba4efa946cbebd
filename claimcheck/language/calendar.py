"""Calendar words as the extractors and rules read them, derived from ``calendar.yaml``.

One place for months, weekdays, ordinals and years: a new abbreviation ("Sept") is one word
in the data file and reaches every date grammar, the figures' periods and the rules.
"""

from __future__ import annotations

import functools

from .lexicon import LEXICON

_CAL = LEXICON.calendar

MONTHS: list[str] = [row[0] for row in _CAL.months]  # "january" ... "december"
WEEKDAYS: list[str] = [row[0] for row in _CAL.weekdays]  # "monday" ... "sunday"
MONTH_FORMS: dict[int, list[str]] = {i + 1: list(row) for i, row in enumerate(_CAL.months)}
WEEKDAY_FORMS: dict[int, list[str]] = {i: list(row) for i, row in enumerate(_CAL.weekdays)}
MONTH_ABBREVIATIONS_ALONE: list[str] = list(_CAL.month_abbreviations_alone)
ABBREVIATIONS_NOT_ALONE: frozenset[str] = frozenset(_CAL.abbreviations_not_alone)


def alternation(words: list[str]) -> str:
    """A regex alternation of ``words``, longest first (so "sept" is tried before "sep")."""
    return "|".join(sorted(words, key=len, reverse=True))


# Every written form of a month ("jan", "sept", "september") and of a weekday.
MONTH_RE = alternation([f for forms in MONTH_FORMS.values() for f in forms])
WEEKDAY_RE = alternation([f for forms in WEEKDAY_FORMS.values() for f in forms])
# Years as news copy dates things: 1900-2099 (a figure's period, a year before a noun).
YEAR_RE = r"(?:19|20)\d\d"
# Years a date phrase may name: 1800-2199 (the publication dates claimcheck accepts).
CALENDAR_YEAR_RE = r"(?:1[89]\d{2}|2[01]\d{2})"


def month_index(token: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept.", "march"); StopIteration otherwise."""
    i = _month(token.lower().rstrip("."))
    if i is None:
        raise StopIteration
    return i


def weekday_index(token: str) -> int:
    """0 (Monday) to 6 for a weekday's name or abbreviation; StopIteration otherwise."""
    i = _weekday(token.lower().rstrip("."))
    if i is None:
        raise StopIteration
    return i


# The answers per folded token, kept: the date grammars ask tens of times per article, and
# a scan of every form per call was 1% of extraction (the forms are fixed at import).
@functools.lru_cache(maxsize=1024)
def _month(t: str) -> int | None:
    return next((i for i, forms in MONTH_FORMS.items() if t in forms or forms[0].startswith(t)), None)


@functools.lru_cache(maxsize=1024)
def _weekday(t: str) -> int | None:
    return next((i for i, forms in WEEKDAY_FORMS.items() if t in forms or forms[0].startswith(t)), None)


def _with_spaces(ordinals: dict[str, int]) -> dict[str, int]:
    out = dict(ordinals)
    out.update({w.replace("-", " "): n for w, n in ordinals.items() if "-" in w})
    return out


# Ordinal words, 1-31, hyphenated compounds also with a space ("twenty first").
ORDINALS: dict[str, int] = _with_spaces(_CAL.ordinals)
LAST_ORDINALS: tuple[str, ...] = tuple(_CAL.last_ordinals)


def numeric_ordinal(n: int) -> str:
    """"1st", "2nd", "3rd", "4th", "11th", "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def ordinals_upto(n: int) -> dict[str, int]:
    """The ordinal words and figures from first to ``n``th: {"first": 1, "1st": 1, ...}."""
    out: dict[str, int] = {}
    for i in range(1, n + 1):
        out.update({w: v for w, v in _CAL.ordinals.items() if v == i})
        out[numeric_ordinal(i)] = i
    return out


# A quarter by its ordinal ("third quarter", "3rd quarter", "the final quarter").
QUARTER_ORDINALS: dict[str, int] = {**ordinals_upto(4), **{w: 4 for w in LAST_ORDINALS}}

TIME_UNITS: dict[str, str] = dict(_CAL.time_units)
NAMED_DAY_PREFIXES: frozenset[str] = frozenset(_CAL.named_day_prefixes)
NAMES_AFTER_DAY: frozenset[str] = frozenset(_CAL.names_after_day)
NAMES_BEFORE_DAY: frozenset[str] = frozenset(_CAL.names_before_day)
DAY_IN_NAME_BEFORE: tuple[str, ...] = tuple(_CAL.day_in_name_before)
QUARTER_CUES = r"\b(?:" + "|".join(_CAL.quarter_cues) + r")\b|" + "|".join(_CAL.quarter_cue_symbols)
US_FEDERAL_CUES = r"\b(?:" + "|".join(_CAL.us_federal_cues) + r")\b"
US_FEDERAL_FISCAL_START: int = _CAL.us_federal_fiscal_start
