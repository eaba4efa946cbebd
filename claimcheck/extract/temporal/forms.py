"""The date forms, in priority order: one entry per form, its pattern, gate and handler together.

An entry is ``DateForm(name, handler, gate, pattern)``. Earlier forms win overlapping text.
The gate lists lower-case strings one of which any match must contain, so a text without
any is not scanned with the pattern at all. The handler resolves a match against the
``Context`` (or says it is no date after all). Patterns are case-insensitive; handlers
decide whether a lower-case "may" or "march" is a date (in news text it is not).

A new date form is one entry here (with its handler beside it when the handler is new)
and its test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from ...language.calendar import ORDINALS, WEEKDAYS
from . import resolve as R
from .absolute import (
    day_of_month, explicit, fiscal_quarter, fiscal_year, iso, month_range, month_year, numeric, numeric_month, quarter,
    word_day, year, year_range,
)
from .calendar import (
    mod_month, mod_weekday, month, week_of_period, weekday, weekday_dom, weekday_in_week, weekday_of_month,
)
from .context import Context, Result, no_pub
from .grammar import (
    _NP_AFTER, _ORD, _PART, _QORD, _WDP, _YEAR, DAY_ORD_RE, DURATION, MON_FULL_RE, MON_RE, NUM_RE, UNIT_RE, WD_FULL_RE,
    WD_RE,
)
from .relative import ago, anaphoric, edge_of_period, fixed, in_n, in_the_period, signed, this_period

Handler = Callable[[re.Match, Context], "Result | None"]


@dataclass(frozen=True)
class DateForm:
    name: str
    handler: Handler
    gate: tuple[str, ...]  # empty: always scanned
    pattern: re.Pattern[str]
    # Every match starts a word (a leading ``\b(?=\w)`` lets the regex engine skip the other
    # positions at once, about a third of the scan time); False for forms that may start
    # mid-word or with a sign ("2024-05-07" after "/", "+3 days").
    word_start: bool = True

    def __post_init__(self) -> None:
        if self.word_start:
            object.__setattr__(self, "pattern", re.compile(r"\b(?=\w)" + self.pattern.pattern, self.pattern.flags))


WEEKDAY_STEMS = tuple(w[:3] for w in WEEKDAYS)
UNIT_STEMS = ("day", "week", "month", "year", "yr", "decade", "fortnight")


def year_ago_quarter(m: re.Match, ctx: Context) -> Result | None:
    """ "the year-ago quarter", "the same quarter last year": the quarter the article reports
    on (the last quarter it resolved before the phrase) one year back; in an article that
    names none, the quarter of the publication date one year back."""
    reported = next(((cid, p) for cid, p in reversed(ctx.resolved) if p.granularity == "quarter"), None)
    if reported is not None:
        cid, p = reported
        q = int(p.value[-1])
        if p.value.startswith("FY"):  # a fiscal quarter: the same quarter of the fiscal year before
            start = R.shift_months(p.first.year, p.first.month, -3 * (q - 1))[1]
            return Result(R.fiscal_quarter(int(p.value[2:6]) - 1, q, start), cid, m.start(), m.end())
        return Result(R.quarter(p.first.year - 1, q), cid, m.start(), m.end())
    if ctx.pub is None:
        return no_pub(m, ctx)
    return Result(R.quarter(ctx.pub.year - 1, (ctx.pub.month - 1) // 3 + 1), "publication", m.start(), m.end())


FORMS: list[DateForm] = [
    DateForm("iso", iso, (),
             re.compile(rf"(?<![\d/-])(?P<y>{_YEAR})[-/](?P<m>0?[1-9]|1[0-2])[-/](?P<d>0?[1-9]|[12]\d|3[01])(?![\d/-])"), word_start=False),
    DateForm("explicit", explicit, (),
             re.compile(
        rf"\b{_WDP}(?:(?P<mon>{MON_RE})\.?(?:\s+|[-/](?=\d))(?P<day>[0-3]?\d){_ORD}(?:\s*,?\s+(?P<year>{_YEAR}))?"
        rf"|(?P<day2>[0-3]?\d){_ORD}\.?\s+(?:of\s+)?(?P<mon2>{MON_RE})\.?(?:\s*,?\s+(?P<year2>{_YEAR}))?)(?![\d:])\b",
        re.I)),
    DateForm("word_day", word_day, tuple(sorted({w.split()[-1].split("-")[-1] for w in ORDINALS})),
             re.compile(
        rf"\b{_WDP}(?:(?:the\s+)?(?P<dw>{DAY_ORD_RE})(?:\s+day)?\s+of\s+(?P<mon>{MON_FULL_RE})"
        rf"|(?P<mon2>{MON_FULL_RE})\s+(?P<the>the\s+)?(?P<dw2>{DAY_ORD_RE}))(?![\w-])(?:,?\s+(?P<year>{_YEAR}))?\b", re.I)),
    DateForm("day_of_month", day_of_month, ("month",),
             re.compile(
        r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:day\s+)?of\s+(?:the\s+)?"
        r"(?P<which>this|next|last|previous|current|following)\s+month\b", re.I)),
    DateForm("numeric", numeric, ("/", "-"),
             re.compile(rf"(?<![\d/.$-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>{_YEAR}|\d{{2}})(?![\d/-])"), word_start=False),
    DateForm("numeric_month", numeric_month, (),
             re.compile(
        rf"(?<![\d/.$-])(?:(?P<y1>{_YEAR})\s*[-/.]\s*(?P<m1>0?[1-9]|1[0-2])|(?P<m2>0?[1-9]|1[0-2])\s*[-/]\s*(?P<y2>{_YEAR}))"
        rf"(?![\d/.-])"), word_start=False),
    DateForm("fiscal_quarter", fiscal_quarter, ("fiscal", "financial", "fy"),
             re.compile(
        rf"\b(?:(?:the\s+)?(?P<ord>{_QORD})[-\s]+quarter\s+of\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?:fiscal|financial)\s+(?:year\s+)?(?P<y1>{_YEAR}|FY\s?{_YEAR})"
        rf"|(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y2>{_YEAR})\s+(?:(?P<ord2>{_QORD})[-\s]+quarter|Q(?P<q2>[1-4]))"
        rf"|(?:the\s+)?(?:its\s+)?fiscal\s+(?:(?P<ord3>{_QORD})[-\s]+quarter|Q(?P<q3>[1-4]))(?:\s+(?:of\s+)?(?P<y3>{_YEAR})|[-–](?P<y5>{_YEAR}))?"
        rf"|Q(?P<q4>[1-4])\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<y4>{_YEAR}))\b", re.I)),
    DateForm("quarter", quarter, ("quarter", "q1", "q2", "q3", "q4"),
             re.compile(
        rf"\b(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter"
        rf"(?:\s+of\s+(?P<y>{_YEAR})|\s+(?P<y2>{_YEAR})|(?P<which>\s+of\s+(?:this|last|next)\s+year))?"
        rf"|Q(?P<q>[1-4])(?:[\s–-]*(?P<y3>{_YEAR})|\s*['’]?(?P<yy>\d{{2}})\b)?)\b"
        rf"(?!\s+of\s+(?:the|a|an|his|her|their|its)\b)", re.I)),  # "the third quarter of the game"
    DateForm("year_ago_quarter", year_ago_quarter, ("quarter",),
             re.compile(r"\bthe\s+(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year|previous[-\s]year)\s+quarter\b"
                        r"|\bthe\s+same\s+quarter\s+(?:a\s+year\s+(?:ago|earlier|before)|last\s+year"
                        r"|of\s+(?:the\s+)?(?:previous|prior|last)\s+year)\b", re.I)),
    DateForm("weekday_of_month", weekday_of_month, ("day",),
             re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WD_FULL_RE})\s+"
        rf"(?:of|in)\s+(?:(?P<mon>{MON_FULL_RE})\.?(?:,?\s+(?P<y>{_YEAR}))?|(?P<which>this|next|last|previous|the)\s+month)\b",
        re.I)),
    DateForm("week_of_period", week_of_period, ("week",),
             re.compile(
        rf"\b(?:the\s+)?(?P<ord>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+week\s+(?:of|in)\s+"
        rf"(?:(?P<mon>{MON_FULL_RE})\.?(?:,?\s+(?P<y>{_YEAR}))?|(?P<y2>{_YEAR})|(?P<which>this|next|last)\s+(?P<unit>month|year))\b",
        re.I)),
    DateForm("weekday_in_week", weekday_in_week, ("week",),
             re.compile(
        rf"\b(?:(?P<wd>{WD_RE})\.?\s+(?:of\s+|from\s+)?(?P<which>this|next|last|the\s+following|the\s+previous)\s+week"
        rf"|(?P<which2>this|next|last)\s+week(?:['’]s)?\s+(?:on\s+)?(?P<wd2>{WD_RE}))\b", re.I)),
    DateForm("weekday_dom", weekday_dom, WEEKDAY_STEMS,
             re.compile(rf"\b(?P<wd>{WD_RE})\.?,?\s+(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{MON_RE}))", re.I)),
    DateForm("month_range", month_range, ("from", "between"),
             re.compile(
        rf"\b(?P<lead>from|between)\s+(?:(?P<p1>early|mid-?|late)\s*)?(?P<m1>{MON_FULL_RE})\.?(?:,?\s+(?P<y1>{_YEAR}))?"
        rf"\s+(?:to|through|until|till|and|-|–)\s+(?:(?P<p2>early|mid-?|late)\s*)?(?P<m2>{MON_FULL_RE})\.?"
        rf"(?:,?\s+(?P<y2>{_YEAR}))?\b", re.I)),
    DateForm("year_range", year_range, ("from", "between"),
             re.compile(
        rf"\b(?P<lead>from|between)\s+(?P<y1>{_YEAR})\s+(?:to|through|until|and|-|–)\s+(?P<y2>{_YEAR})\b", re.I)),
    DateForm("fixed", fixed, ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening"),
             re.compile(
        r"\b(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|day\s+after\s+tomorrow|"
        r"today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening))\b", re.I)),
    DateForm("in_the_period", in_the_period, ("week", "month", "year"),
             re.compile(
        r"\b(?P<edge>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)\b"
        r"|\b(?:by\s+|at\s+)?(?P<edge2>the\s+end|end)\s+of\s+(?:the\s+)?(?P<unit2>week|month|year)\b(?!\s+\d)", re.I)),
    DateForm("edge_of_period", edge_of_period, ("week", "month", "year"),
             re.compile(
        r"\b(?P<edge>earlier|later|early|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|the\s+start\s+of)\s+"
        r"(?P<which>this|last|next)\s+(?P<unit>week|month|year)\b", re.I)),
    DateForm("this_period", this_period, ("week", "month", "year", "yr", "decade"),
             re.compile(
        r"(?<!\bthe\s)\b(?P<which>this|last|next|past|previous|(?:the\s+)?(?:coming|upcoming|current))\s+(?P<unit>week|month|year|yr|decade)\b"
        r"(?!\s+(?:or|and)\s+(?:so|two|more))", re.I)),
    DateForm("ago", ago, ("ago", "back", "from", "hence"),
             re.compile(rf"(?<![\w+-])(?<!last\s)(?<!past\s)(?<!over\s)(?<!for\s){DURATION}\s+(?P<dir>ago|back|from\s+now|hence)\b", re.I), word_start=False),
    DateForm("in_n", in_n, (),
             re.compile(rf"\b(?:in|within)\s+{DURATION}(?:['’]?\s+time)?\b", re.I)),
    DateForm("signed", signed, ("+", "-"),
             re.compile(rf"(?<![\w+-])(?P<dur>[+-]\s*\d+\s*(?:{UNIT_RE})\b(?:\s*[+-]\s*\d+\s*(?:{UNIT_RE})\b)*)", re.I), word_start=False),
    DateForm("anaphoric", anaphoric, UNIT_STEMS,
             re.compile(
        rf"\b(?:(?P<det>the|a|one|that)\s+(?P<unit>day|week|month|year)\s+(?P<dir>earlier|later|(?:before|after|prior)\b{_NP_AFTER})\b"
        rf"|the\s+(?P<dir2>following|next|previous|preceding|prior|same)\s+(?P<unit2>day|week|month|year)\b"
        rf"|(?P<n>{NUM_RE})\s+(?P<unit3>{UNIT_RE})\s+(?P<dir3>later|earlier|(?:before|after)\b{_NP_AFTER})\b)", re.I)),
    DateForm("mod_weekday", mod_weekday, WEEKDAY_STEMS,
             re.compile(
        rf"\b(?P<mod>last|next|this\s+past|this\s+coming|this|past|coming|previous|following|upcoming)\s+(?P<wd>{WD_RE})\b", re.I)),
    DateForm("mod_month", mod_month, (),
             re.compile(rf"\b(?P<mod>last|next|this|this\s+past|this\s+coming)\s+(?P<mon>{MON_FULL_RE})\b(?!\s+\d)", re.I)),
    DateForm("month_year", month_year, (),
             re.compile(
        rf"\b(?:{_PART}\s*)?(?P<mon>{MON_FULL_RE})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})(?![\d,.]\d)\b", re.I)),  # "March of 2018"
    DateForm("fiscal_year", fiscal_year, ("fiscal", "fy"),
             re.compile(
        rf"\b(?:fiscal\s+(?:year\s+)?(?P<y1>{_YEAR})|FY\s?(?P<y2>{_YEAR}|\d{{2}})|(?P<y3>{_YEAR})\s+fiscal\s+year)\b", re.I)),
    DateForm("year", year, (),
             re.compile(
        rf"(?:(?P<pre>\b(?:in|since|by|until|till|before|after|during|through|throughout|of|from|for|the|"
        rf"this|that|early|late|mid|end\s+of|the\s+end\s+of|as|and|or)\s+|\bmid-)|(?<![\w$£€#.,/-]))"
        rf"(?P<y>{_YEAR})(?P<s>s)?(?![\w%/-]|,\d|\.\d|\s*(?:%|percent|per\s+cent|[ap]\.?m\b|GMT|hours?\b))", re.I)),
    DateForm("month", month, (),
             re.compile(
        rf"(?:\b(?:{_PART}\s*)|(?P<pre>\b(?:in|since|by|until|till|through|throughout|during|from|of|to|before|"
        rf"after|for|his|her|its|their|our|the|that|early|late)\s+))?\b(?P<mon>{MON_FULL_RE})\b(?P<poss>['’]s)?", re.I)),
    DateForm("weekday", weekday, WEEKDAY_STEMS,
             re.compile(rf"\b(?P<wd>{WD_RE})(?P<poss>['’]s)?\b", re.I)),
]
