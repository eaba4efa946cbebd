"""The date-phrase patterns, in priority order (earlier patterns win overlapping text).

Each entry is (name, compiled regex). The extractor resolves a match with the handler of
the same name (``_temporal_rules.HANDLERS``). Patterns are case-insensitive; the handlers
decide whether a lower-case "may" or "march" is a date (in news text it is not).
"""

from __future__ import annotations

import re

from ..language.calendar import CALENDAR_YEAR_RE, ORDINALS, WEEKDAYS
from ._temporal_lexicon import DAY_ORD_RE, MON_FULL_RE, MON_RE, NUM_RE, NUM_WORDS_RE, UNIT_RE, WD_FULL_RE, WD_RE

_WDP = rf"(?:(?P<wd>{WD_RE})\.?,?\s+(?:the\s+)?)?"
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

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"(?<![\d/-])(?P<y>{_YEAR})[-/](?P<m>0?[1-9]|1[0-2])[-/](?P<d>0?[1-9]|[12]\d|3[01])(?![\d/-])")),
    ("explicit", re.compile(
        rf"\b{_WDP}(?:(?P<mon>{MON_RE})\.?(?:\s+|[-/](?=\d))(?P<day>[0-3]?\d){_ORD}(?:\s*,?\s+(?P<year>{_YEAR}))?"
        rf"|(?P<day2>[0-3]?\d){_ORD}\.?\s+(?:of\s+)?(?P<mon2>{MON_RE})\.?(?:\s*,?\s+(?P<year2>{_YEAR}))?)(?![\d:])\b",
        re.I)),
    ("word_day", re.compile(
        rf"\b{_WDP}(?:(?:the\s+)?(?P<dw>{DAY_ORD_RE})(?:\s+day)?\s+of\s+(?P<mon>{MON_FULL_RE})"
        rf"|(?P<mon2>{MON_FULL_RE})\s+(?P<the>the\s+)?(?P<dw2>{DAY_ORD_RE}))(?![\w-])(?:,?\s+(?P<year>{_YEAR}))?\b", re.I)),
    ("day_of_month", re.compile(
        r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+)?"
        r"(?P<which>this|next|last|previous|current|following)\s+month\b", re.I)),
    ("numeric", re.compile(rf"(?<![\d/.$-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR}|\d{{2}})(?![\d/-])")),
    ("numeric_month", re.compile(
        rf"(?<![\d/.$-])(?:(?P<y1>{_YEAR})\s*[-/.]\s*(?P<m1>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y2>{_YEAR}))"
        rf"(?![\d/.-])")),
    ("fiscal_quarter", re.compile(
        rf"\b(?:(?:the\s+)?(?P<ord>{_QORD})[-\s]+quarter\s+of\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?:fiscal|financial)\s+(?:year\s+)?(?P<y1>{_YEAR}|FY\s?{_YEAR})"
        rf"|(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y2>{_YEAR})\s+(?:(?P<ord2>{_QORD})[-\s]+quarter|Q(?P<q2>[1-4]))"
        rf"|(?:the\s+)?(?:its\s+)?fiscal\s+(?:(?P<ord3>{_QORD})[-\s]+quarter|Q(?P<q3>[1-4]))(?:\s+(?:of\s+)?(?P<y3>{_YEAR})|[-–](?P<y5>{_YEAR}))?"
        rf"|Q(?P<q4>[1-4])\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y4>{_YEAR}))\b", re.I)),
    ("quarter", re.compile(
        rf"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
        rf"(?:\s+of\s+(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR})|(?P<which>\s+of\s+(?:this|last|next)\s+year))?"
        rf"|Q(?P<q>[1-4])(?:[\s–-]*(?P<y3>{_YEAR})|\s*['’]?(?P<yy>\d{{2}})\b)?)\b"
        rf"(?!\s+of\s+(?:the|a|an|his|her|their|its)\b)", re.I)),  # "the third quarter of the game"
    ("weekday_of_month", re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WD_FULL_RE})\s+"
        rf"(?:of|in)\s+(?:(?P<mon>{MON_FULL_RE})\.?(?:,?\s+(?P<y>{_YEAR}))?|(?P<which>this|next|last|previous|the)\s+month)\b",
        re.I)),
    ("week_of_period", re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
        rf"(?:(?P<mon>{MON_FULL_RE})\.?(?:,?\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})|(?P<which>this|next|last)\s+(?P<unit>month|year))\b",
        re.I)),
    ("weekday_in_week", re.compile(
        rf"\b(?:(?P<wd>{WD_RE})\.?\s+(?:of\s+|from\s+)?(?P<which>this|next|last|the\s+following|the\s+previous)\s+week"
        rf"|(?P<which2>this|next|last)\s+week(?:['’]s)?\s+(?:on\s+)?(?P<wd2>{WD_RE}))\b", re.I)),
    ("weekday_dom", re.compile(rf"\b(?P<wd>{WD_RE})\.?,?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MON_RE}))", re.I)),
    ("month_range", re.compile(
        rf"\b(?P<lead>from|between)\s+(?:(?P<p1>early|mid-?|late)\s*)?(?P<m1>{MON_FULL_RE})\.?(?:,?\s+(?P<y1>{_YEAR}))?"
        rf"\s+(?:to|through|until|till|and|-|–)\s+(?:(?P<p2>early|mid-?|late)\s*)?(?P<m2>{MON_FULL_RE})\.?"
        rf"(?:,?\s+(?P<y2>{_YEAR}))?\b", re.I)),
    ("year_range", re.compile(
        rf"\b(?P<lead>from|between)\s+(?P<y1>{_YEAR})\s+(?:to|through|until|and|-|–)\s+(?P<y2>{_YEAR})\b", re.I)),
    ("fixed", re.compile(
        r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|day\s+after\s+tomorrow|"
        r"today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    ("in_the_period", re.compile(
        r"\b(?P<edge>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b"
        r"|\b(?:by\s+|at\s+)?(?P<edge2>the\s+end|end)\s+of\s+(?:the\s+)?(?P<unit2>week|month|year)\b(?!\s+\d)", re.I)),
    ("edge_of_period", re.compile(
        r"\b(?P<edge>earlier|later|early|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of)\s+"
        r"(?P<which>this|last|next)\s+(?P<unit>week|month|year)\b", re.I)),
    ("this_period", re.compile(
        r"(?<!\bthe\s)\b(?P<which>this|last|next|past|previous|(?:the\s+)?(?:coming|upcoming|current))\s+(?P<unit>week|month|year|yr|decade)\b"
        r"(?!\s+(?:or|and)\s+(?:so|two|more))", re.I)),
    ("ago", re.compile(rf"(?<![\w+-])(?<!last\s)(?<!past\s)(?<!over\s)(?<!for\s){DURATION}\s+(?P<dir>ago|back|from\s+now|hence)\b", re.I)),
    ("in_n", re.compile(rf"\b(?:in|within)\s+{DURATION}(?:['’]?\s+time)?\b", re.I)),
    ("signed", re.compile(rf"(?<![\w+-])(?P<dur>[+-]\s*\d+\s*(?:{UNIT_RE})\b(?:\s*[+-]\s*\d+\s*(?:{UNIT_RE})\b)*)", re.I)),
    ("anaphoric", re.compile(
        rf"\b(?:(?P<det>the|a|one|that)\s+(?P<unit>day|week|month|year)\s+(?P<dir>earlier|later|(?:before|after|prior)\b{_NP_AFTER})\b"
        rf"|the\s+(?P<dir2>following|next|previous|preceding|prior|same)\s+(?P<unit2>day|week|month|year)\b"
        rf"|(?P<n>{NUM_RE})\s+(?P<unit3>{UNIT_RE})\s+(?P<dir3>later|earlier|(?:before|after)\b{_NP_AFTER})\b)", re.I)),
    ("mod_weekday", re.compile(
        rf"\b(?P<mod>last|next|this\s+past|this\s+coming|this|past|coming|previous|following|upcoming)\s+(?P<wd>{WD_RE})\b", re.I)),
    ("mod_month", re.compile(rf"\b(?P<mod>last|next|this|this\s+past|this\s+coming)\s+(?P<mon>{MON_FULL_RE})\b(?!\s+\d)", re.I)),
    ("month_year", re.compile(
        rf"\b(?:{_PART}\s*)?(?P<mon>{MON_FULL_RE})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})(?![\d,.]\d)\b", re.I)),  # "March of 2018"
    ("fiscal_year", re.compile(
        rf"\b(?:fiscal\s+(?:year\s+)?(?P<y1>{_YEAR})|FY\s?(?P<y2>{_YEAR}|\d{{2}})|(?P<y3>{_YEAR})\s+fiscal\s+year)\b", re.I)),
    ("year", re.compile(
        rf"(?:(?P<pre>\b(?:in|since|by|until|till|before|after|during|through|throughout|of|from|for|the|"
        rf"this|that|early|late|mid|end\s+of|the\s+end\s+of|as|and|or)\s+|\bmid-)|(?<![\w$£€#.,/-]))"
        rf"(?P<y>{_YEAR})(?P<s>s)?(?![\w%/-]|,\d|\.\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b|GMT|hours?\b))", re.I)),
    ("month", re.compile(
        rf"(?:\b(?:{_PART}\s*)|(?P<pre>\b(?:in|since|by|until|till|through|throughout|during|from|of|to|before|"
        rf"after|for|his|her|its|their|our|the|that|early|late)\s+))?\b(?P<mon>{MON_FULL_RE})\b(?P<poss>['’]s)?", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{WD_RE})(?P<poss>['’]s)?\b", re.I)),
]


# Speed. Every match of these patterns starts a word, so a leading ``\b(?=\w)`` lets the
# regex engine skip the other positions at once (about a third of the scan time).
_MID_WORD_START = {"iso", "numeric", "numeric_month", "ago", "signed"}
PATTERNS = [(name, p if name in _MID_WORD_START else re.compile(r"\b(?=\w)" + p.pattern, p.flags))
            for name, p in PATTERNS]

# A pattern can only match a text holding one of these lower-case strings (each alternative
# of the pattern needs one), so a text without any is not scanned with it at all.
_WEEKDAY_STEMS = tuple(w[:3] for w in WEEKDAYS)
_UNITS = ("day", "week", "month", "year", "yr", "decade", "fortnight")
GATES: dict[str, tuple[str, ...]] = {
    "word_day": tuple(sorted({w.split()[-1].split("-")[-1] for w in ORDINALS})),
    "day_of_month": ("month",),
    "numeric": ("/", "-"),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "weekday_of_month": ("day",),
    "week_of_period": ("week",),
    "weekday_in_week": ("week",),
    "weekday_dom": _WEEKDAY_STEMS,
    "month_range": ("from", "between"),
    "year_range": ("from", "between"),
    "fixed": ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening"),
    "in_the_period": ("week", "month", "year"),
    "edge_of_period": ("week", "month", "year"),
    "this_period": ("week", "month", "year", "yr", "decade"),
    "ago": ("ago", "back", "from", "hence"),
    "signed": ("+", "-"),
    "anaphoric": _UNITS,
    "mod_weekday": _WEEKDAY_STEMS,
    "fiscal_year": ("fiscal", "fy"),
    "fiscal_quarter": ("fiscal", "financial", "fy"),
    "weekday": _WEEKDAY_STEMS,
}
