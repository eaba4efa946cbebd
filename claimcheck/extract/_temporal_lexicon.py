"""Word tables and regex pieces for date expressions in English news.

Kept apart from the patterns so the tables read as data: adding a month spelling or a
unit is one line here. Everything is compiled once, at import.
"""

from __future__ import annotations

import re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# Abbreviations accepted beside the full names (a trailing dot is allowed by the patterns).
WEEKDAY_FORMS = {
    0: ["monday", "mon"], 1: ["tuesday", "tues", "tue"], 2: ["wednesday", "wed"],
    3: ["thursday", "thurs", "thur", "thu"], 4: ["friday", "fri"], 5: ["saturday", "sat"], 6: ["sunday", "sun"],
}
MONTH_FORMS = {
    1: ["january", "jan"], 2: ["february", "feb"], 3: ["march", "mar"], 4: ["april", "apr"], 5: ["may"],
    6: ["june", "jun"], 7: ["july", "jul"], 8: ["august", "aug"], 9: ["september", "sept", "sep"],
    10: ["october", "oct"], 11: ["november", "nov"], 12: ["december", "dec"],
}

UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
         "year": "year", "years": "year", "decade": "decade", "decades": "decade", "fortnight": "fortnight",
         "fortnights": "fortnight", "d": "day", "y": "year"}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "several": None, "few": None, "a few": None, "couple": 2, "a couple of": 2,
}

# Named days that are not "the most recent such weekday".
NAMED_DAY_PREFIXES = {"good", "black", "super", "ash", "holy", "maundy", "cyber", "bloody", "easter",
                      "palm", "giving", "fat", "shrove", "blue", "election"}

# A weekday inside a title or an institution's name, not a day: "Tabriz's Friday prayer imam",
# "the Friday prayer leader". Matched right after the weekday.
DAY_IN_TITLE = re.compile(r"[^\S\n]+prayers?[^\S\n]+(?:leader|imam|preacher)s?\b", re.I)

# Newspapers and shows named after a day ("Sunday Times", "Saturday Night Live"): the word
# after the weekday.
NAMES_AFTER_DAY = frozenset({"Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Night", "Morning",
                             "Independent", "Star", "Mail", "Review"})
# Newspapers named "<Title> on Sunday": "The Mail on Sunday described ...". Matched on the words
# before the weekday.
DAY_IN_NAME_BEFORE = re.compile(r"\b(?:Mail|Independent|Sun)[^\S\n]+on[^\S\n]+$")

# Part of a month or year: (first day, last day) as fractions of the period's days.
PARTS = {"early": (0, 10), "beginning of": (0, 10), "start of": (0, 10), "the beginning of": (0, 10),
         "the start of": (0, 10), "mid": (10, 20), "mid-": (10, 20), "the middle of": (10, 20),
         "middle of": (10, 20), "late": (20, 31), "end of": (20, 31), "the end of": (20, 31)}


def alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


WD_RE = alternation([f for forms in WEEKDAY_FORMS.values() for f in forms])
WD_FULL_RE = alternation(WEEKDAYS)
MON_RE = alternation([f for forms in MONTH_FORMS.values() for f in forms])
MON_FULL_RE = alternation(MONTHS + ["jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec"])
UNIT_RE = alternation([u for u in UNITS if len(u) > 1])
NUM_WORDS_RE = alternation([w for w in NUMBER_WORDS if w not in {"several", "few", "a few"}])
NUM_RE = r"\d{1,3}|" + NUM_WORDS_RE


def weekday_index(token: str) -> int:
    t = token.lower().rstrip(".")
    return next(i for i, forms in WEEKDAY_FORMS.items() if t in forms or any(f.startswith(t) for f in forms[:1]))


def month_index(token: str) -> int:
    t = token.lower().rstrip(".")
    return next(i for i, forms in MONTH_FORMS.items() if t in forms or forms[0].startswith(t))


def number(token: str) -> int | None:
    t = token.lower().strip()
    if t.isdigit():
        return int(t)
    return NUMBER_WORDS.get(t, None)

# Day-of-month ordinals written in words ("the first of March", "twenty-second of June").
_UNITS_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS_ORD = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
              "seventeenth", "eighteenth", "nineteenth"]
DAY_ORDINALS: dict[str, int] = {w: n + 1 for n, w in enumerate(_UNITS_ORD)}
DAY_ORDINALS.update({w: n + 10 for n, w in enumerate(_TEENS_ORD)})
DAY_ORDINALS.update({"twentieth": 20, "thirtieth": 30, "thirty-first": 31, "thirty first": 31})
DAY_ORDINALS.update({f"twenty{sep}{w}": 20 + n + 1 for n, w in enumerate(_UNITS_ORD) for sep in ("-", " ")})
DAY_ORD_RE = alternation([w.replace(" ", r"\s+") for w in DAY_ORDINALS])


def day_ordinal(token: str) -> int | None:
    return DAY_ORDINALS.get(" ".join(token.lower().split()))


# Fiscal years. Bodies start them in different months (US federal government October,
# UK and Indian governments and Japanese companies April, Australia July, Apple October,
# Microsoft July), so a fiscal year gets its days only when the text says how it ends
# ("the fiscal year to September", "fiscal 2023 (ended May 31, 2023)") or when the
# sentence is about the US federal government, whose fiscal year is set by law.
US_FEDERAL_FISCAL_START = 10
US_FEDERAL_CUES = (
    r"\b(?:Congress(?:ional)?|Pentagon|Border\s+Patrol|Customs\s+and\s+Border\s+Protection|CBP|IRS|"
    r"Internal\s+Revenue\s+Service|Office\s+of\s+Management\s+and\s+Budget|OMB|Congressional\s+Budget\s+Office|"
    r"CBO|GAO|Homeland\s+Security|Defense\s+Department|Department\s+of\s+Defense|"
    r"(?:U\.S\.|US|United\s+States|American)\s+(?:federal|government|Treasury|budget|deficit|"
    r"(?:federal\s+)?agenc(?:y|ies)))\b"
)

# A quarter written without a year ("in the third quarter") is a calendar or company quarter
# only in a sentence about money or the economy; in sport it is a quarter of a game ("out-
# gained 125-16 in the first quarter", "in the third quarter of Super Bowl LVIII").
QUARTER_CUES = (
    r"\b(?:revenue|revenues|sales|earnings|profits?|loss(?:es)?|results|growth|grew|GDP|economy|economic|"
    r"quarterly|fiscal|company|companies|shares|stock|income|margins?|deliveries|output|inflation|"
    r"unemployment|jobless|forecasts?|guidance|analysts?|dividends?|investors?|markets?|prices?|"
    r"year[-\s]on[-\s]year|annual(?:ized)?|billion|million|bn|percent|per\s+cent|sold|shipped|"
    r"spending|borrowing|debt|exports?|imports?|production|demand|orders|bookings|subscribers)\b|%|[$€£¥]"
)
