"""Regex pieces for date expressions in English news, built from the calendar words of the
language layer (``claimcheck/language/data/calendar.yaml``): adding a month spelling or a
unit is one word there. Everything is compiled once, at import.
"""

from __future__ import annotations

import re

from ...language import LEXICON
from ...language.calendar import (
    CALENDAR_YEAR_RE, DAY_IN_NAME_BEFORE as _DAY_IN_NAME_WORDS, MONTH_ABBREVIATIONS_ALONE, MONTH_FORMS, MONTHS, ORDINALS,
    TIME_UNITS as UNITS, WEEKDAY_FORMS, WEEKDAYS, alternation,
)

# Counts in durations: "three days", "a couple of weeks" (None: a vague count).
_N = LEXICON.numbers
NUMBER_WORDS: dict[str, int | None] = {**{w: {**_N.units, **_N.tens}[w] for w in _N.duration_numbers}, **_N.vague_counts}

# A weekday inside a title or an institution's name, not a day: "Tabriz's Friday prayer imam",
# "the Friday prayer leader". Matched right after the weekday.
DAY_IN_TITLE = re.compile(r"[^\S\n]+prayers?[^\S\n]+(?:leader|imam|preacher)s?\b", re.I)

# Newspapers named "<Title> on Sunday": "The Mail on Sunday described ...". Matched on the words
# before the weekday.
DAY_IN_NAME_BEFORE = re.compile(r"\b(?:" + "|".join(_DAY_IN_NAME_WORDS) + r")[^\S\n]+on[^\S\n]+$")

# Part of a month or year: (first day, last day) as fractions of the period's days.
PARTS = {"early": (0, 10), "beginning of": (0, 10), "start of": (0, 10), "the beginning of": (0, 10),
         "the start of": (0, 10), "mid": (10, 20), "mid-": (10, 20), "the middle of": (10, 20),
         "middle of": (10, 20), "late": (20, 31), "end of": (20, 31), "the end of": (20, 31)}


WD_RE = alternation([f for forms in WEEKDAY_FORMS.values() for f in forms])
WD_FULL_RE = alternation(WEEKDAYS)
MON_RE = alternation([f for forms in MONTH_FORMS.values() for f in forms])
MON_FULL_RE = alternation(MONTHS + MONTH_ABBREVIATIONS_ALONE)
UNIT_RE = alternation([u for u in UNITS if len(u) > 1])
NUM_WORDS_RE = alternation([w for w in NUMBER_WORDS if w not in {"several", "few", "a few"}])
NUM_RE = r"\d{1,3}|" + NUM_WORDS_RE


def number(token: str) -> int | None:
    t = token.lower().strip()
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t, None)


# Day-of-month ordinals written in words ("the first of March", "twenty-second of June").
DAY_ORDINALS: dict[str, int] = ORDINALS
DAY_ORD_RE = alternation([w.replace(" ", r"\s+") for w in DAY_ORDINALS])


def day_ordinal(token: str) -> int | None:
    return DAY_ORDINALS.get(" ".join(token.lower().split()))


# Regex pieces the date forms share (``forms.py``).
# A weekday before the date: "Tuesday, May 7", "Friday (7 July)", "Monday evening, March 4".
_WDP = (rf"(?:(?P<wd>{WD_RE})\.?(?:[^\S\n]+(?:morning|afternoon|evening|night))?(?:,?\s+\(?|[^\S\n]*\()"
        r"(?:the\s+)?)?")
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = CALENDAR_YEAR_RE
_PART = r"(?P<part>early|mid-?|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of|the\s+start\s+of|start\s+of|the\s+middle\s+of)"
# Short units ("2y", "3 wks") only after digits, so "and" is never "a(n) d(ay)".
_DUR_PART = rf"(?:[+-]\s*)?(?<![\w])(?:\d{{1,3}}\s*(?:{UNIT_RE}|yrs?|y|mos?|wks?|w|d)|(?:{NUM_WORDS_RE})\s+(?:{UNIT_RE}))\b"
DURATION = rf"(?P<dur>{_DUR_PART}(?:\s*,?\s*(?:and\s+)?{_DUR_PART})*)"
DURATION_ITEM = re.compile(
    rf"([+-])?\s*(?<![\w])(?:(\d{{1,3}})\s*({UNIT_RE}|yrs?|y|mos?|wks?|w|d)|({NUM_WORDS_RE})\s+({UNIT_RE}))\b", re.I)
_QORD = r"first|second|third|fourth|final|last|1st|2nd|3rd|4th"
# "a day before the vote", "a week after Easter", "three months after taking office": before/after
# a noun phrase, a verb in -ing or a quotation ('a day after "the U.N. ...') is a preposition,
# not "a day before" (the one the article gave).
# Capitals are read case-sensitively.
_NP_AFTER = r"(?!\s+(?:(?:the|a|an|his|her|its|their|our|this|that|last|next|(?-i:[A-Z])\w*|\w+['’]s|\w+ing)\b|[\"“‘(]))"
