"""Counts: a number with the noun it counts, or a percentage.

``2.5 million people``, ``120,000 Hondurans``, ``three delegations``, ``five senior
officials``, ``41%`` / ``41 percent``, ``two-thirds of migrants``, ``between 10 and 12
countries``. The counted noun is the first plural noun within three words of the number;
a number with no such noun is not a count. Years, dates, times, ages and durations,
ordinals, measures ("20 miles", "90 mph", "5,000 acres"), labels ("Section 8"), phone and
street numbers, compounds ("three-way") and numbers inside money are left alone.
"""

from __future__ import annotations

import re

from ..language import LEXICON
from ..language.calendar import MONTH_RE
from ..models import CountClaim, Document
from ..packdata import PackData
from ..spans import Spans
from ..text import STOPWORDS, claim_id, locator
from . import figures, money
from .numbers import Number, hedge_before, interval, scan

_F = LEXICON.figures
IRREGULAR_PLURALS = frozenset(_F.irregular_plurals)
# Plural nouns that measure time: durations and ages belong to the date family.
TIME_NOUNS = frozenset(_F.time_nouns)
# Plural nouns that are units of measure: a distance, a speed, an area, a weight is a measure,
# not a count of things. Outlets convert and round them differently (miles and kilometres),
# and they describe moving things ("20 miles southwest of the coast"), so they are not read.
MEASURE_NOUNS = frozenset(_F.measure_nouns)
# Words before a number that make it a label, not a quantity ("Section 8", "No. 3").
LABELS = frozenset(_F.labels)
STREET_WORDS = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq)\.?"
NOT_NOUNS = STOPWORDS | {
    "percent", "per", "each", "who", "which", "did", "does", "do", "being", "since", "until", "among",
    "including", "plus", "times", "like", "across", "towards", "toward", "versus", "was", "is", "has", "as",
    "its", "his", "this", "thus", "us", "yes", "always", "perhaps", "unless", "whereas", "besides",
    "others", "ones",  # "14 others died", "90 others were damaged": what they count is elsewhere
}
# Stopwords that may stand between a number and its noun: "six other workers", "five more people".
QUANTITY_WORDS = frozenset(_F.quantity_words)
# A dotted or capital abbreviation before the noun is a modifier: "33,000 U.S. West Coast workers".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?:[A-Z]\.?)+|[A-Z]{2,}")
# The plural of an abbreviation: "176 MPs", "40 CEOs", "12 NGOs".
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_MONTH = rf"(?:{MONTH_RE})\.?(?!\w)"

_PERCENT_RE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b|pct\b)(?:age\s+points?\b)?|\s?percentage\s+points?\b", re.I)
# A word after the number, on the same line or the next (hard-wrapped copy), never across
# a blank line: a headline or paragraph that follows is not what the number counts.
_WORD_RE = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t]*)?(?<=\s)([A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])")
_PHONE_RE = re.compile(r"(?<![\w+(])(?=[+(\d])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_TIME_AFTER = re.compile(r"(?::\d\d|\s?(?:[ap]\.m\.|[ap]m\b|GMT\b|UTC\b|[ECMP][SD]?T\b|o'clock\b|hrs\b)|(?:st|nd|rd|th)\b)", re.I)
_DATE_BEFORE = re.compile(
    rf"\b{_MONTH}\s+(?:\d{{1,2}},?\s+)?$|\d:$|[#№]$|[A-Za-z]$|[A-Za-z]-$|\d\.$|\d/$"
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+$",  # "24/7"; "1 in 5 adults"
    re.I,
)
# A number between two capitalised words is part of a name: "Boeing 737 Max", "Apollo 11 Mission".
_NAME_AROUND = re.compile(r"[A-Z][\w’'-]*[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][a-z][\w’'-]*)")
_DATE_AFTER = re.compile(rf"\s+(?:of\s+)?{_MONTH}(?!\w)", re.I)
_YEAR_CONTEXT = re.compile(
    r"(?:\b(?:in|since|by|until|from|to|during|of|early|late|mid|the|and|or|through|its|their|his|her|our"
    r"|this|that|whose|a|an|fiscal|FY)\s+|['’]s\s+|mid-|\bFY|\bQ[1-4][-–\s])$",
    re.I,
)
# ISO and numeric dates ("2024-03-26", "2024/03/26"): every part of one is a date, not a quantity.
_ISO_DATE = re.compile(r"(?<![\d.,-])(?:1\d|20)\d\d([-/])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?![\d-])")
# Nouns that a year before them only describes ("2023 levels", "2024 prices", "2020 census
# figures"): the number is the year, not a count of levels.
YEAR_NOUNS = frozenset(_F.year_nouns)
# A number listed after a model name ("its 737 MAX, 767 and 777 jets", "the A320neo, 330 and
# 350 jets") is a model too, not a count of jets.
_MODEL_LIST = re.compile(
    r"\b\d{2,4}(?:[A-Z]\w*|[ \t]+[A-Z]{2,}\b)(?:,?[ \t]+(?:and[ \t]+|or[ \t]+)?\d{2,4}[A-Za-z]*)*,?[ \t]+"
    r"(?:and[ \t]+|or[ \t]+)?$")
# An all-capital call sign or abbreviation right before a small number names a channel or a
# product ("WXII 12 reports", "KTLA 5 reported", "COVID 19 cases"), not a count.
_CALL_SIGN = re.compile(r"\b[A-Z]{2,}[ \t]+$")
_STREET_AFTER = re.compile(rf"(?:\s+[A-Z][a-z]+){{1,3}}\s+{STREET_WORDS}(?!\w)")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|or)\s*")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_LABEL_RE = re.compile(r"([A-Za-z.]+)\s*$")


def _is_plural(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS or _ACRONYM_PLURAL.fullmatch(word):
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and not word.isupper()
            and w not in NOT_NOUNS)


def _noun_after(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun within three words after ``pos`` (and where it ends); capitalised
    modifiers do not count toward the three ("33,000 U.S. West Coast workers")."""
    words = 0
    for _ in range(6):
        if words == 3:
            return None
        m = _WORD_RE.match(text, pos)
        if not m:
            return None
        word = m.group(1).rstrip(".")
        words += not word[:1].isupper()
        if word.lower() in QUANTITY_WORDS or _ABBREVIATION.fullmatch(m.group(1)):  # "six other workers", "U.S."
            pos = m.end() + text.startswith(".", m.end())
            continue
        if word.lower() in NOT_NOUNS or ("\n" in m.group(0) and word[:1].isupper()):
            return None  # a capital after a line break starts the next line: "toll passes 2,100\nSurvivors of"
        if _is_plural(word):
            not_counted = word.lower() in TIME_NOUNS or word.lower() in MEASURE_NOUNS
            return (None, m.end()) if not_counted else (word, m.start(1) + len(word))
        pos = m.end()
    return None


def _excluded(text: str, n: Number) -> bool:
    """Numbers that are not quantities: dates, years, times, labels, compounds, codes."""
    before = text[max(0, n.start - 16):n.start]
    after = text[n.end:n.end + 12]
    if n.form == "fraction":
        return False
    if _in_date(text, n):
        return True
    if n.value < 100 and n.form == "digits" and _CALL_SIGN.search(before):
        return True
    if n.form == "digits" and re.fullmatch(r"\d{2,4}", text[n.start:n.end]) and \
            _MODEL_LIST.search(text, max(0, n.start - 60), n.start):
        return True
    if _DATE_BEFORE.search(before) or _TIME_AFTER.match(after) or _DATE_AFTER.match(after):
        return True
    if re.match(r"-[A-Za-z]|[A-Za-z\d]", after) and not _PERCENT_RE.match(after):
        return True  # three-way, 27-kilometer, 3D, 747s
    name_after = _NAME_AFTER.match(text, n.end) if n.form == "digits" and _NAME_AROUND.search(before) else None
    if name_after and not _is_plural(name_after.group(1)):  # "In Lagos 300 Nigerians" is a count
        return True
    label = _LABEL_RE.search(before)
    if label and label.group(1).lower() in LABELS:
        return True
    written = text[n.start:n.end]
    if re.fullmatch(r"1\d\d\d|20\d\d", written):
        first = _WORD_RE.match(text, n.end)  # a year unless a plural noun follows at once
        return bool(_YEAR_CONTEXT.search(before) or not first or not _is_plural(first.group(1))
                    or first.group(1).lower() in YEAR_NOUNS)
    return bool(_STREET_AFTER.match(text, n.end))


def _in_date(text: str, n: Number) -> bool:
    """Whether ``n`` is a part of a numeric date such as "2024-03-26" (a dateline, a caption)."""
    return any(m.start() <= n.start and n.end <= m.end()
               for m in _ISO_DATE.finditer(text, max(0, n.start - 8), min(len(text), n.end + 8)))


def _masked(text: str, doc: Document, data: PackData) -> Spans:
    """Money and phone numbers: their digits are not counts."""
    return Spans([*money.spans(doc, data), *((m.start(), m.end()) for m in _PHONE_RE.finditer(text))])


def extract(doc: Document, data: PackData) -> list[CountClaim]:
    text = doc.text
    loc = locator(doc)
    masked = _masked(text, doc, data)
    numbers = [n for n in scan(text) if not masked.overlaps(n.start, n.end) and not _excluded(text, n)]
    out: list[CountClaim] = []
    skip: set[int] = set()
    for i, n in enumerate(numbers):
        if i in skip:
            continue
        last = n
        nxt = numbers[i + 1] if i + 1 < len(numbers) else None
        gap = _RANGE_GAP.fullmatch(text, n.end, nxt.start) if nxt else None
        between = _BETWEEN_RE.search(text, max(0, n.start - 10), n.start)
        joiner = gap.group(0).strip() if gap else None
        if gap and (between or joiner not in {"and", "or"}) and n.value <= nxt.value and not _starts_change(text, n):
            last = nxt
        unit, end = _unit(text, last)
        if unit is None and joiner in {"and", "or"} and _unit(text, nxt)[0]:
            unit, end = _unit(text, nxt)[0], n.end  # "45 and 50 cases": 45 cases too
        if unit is None:
            continue
        if last is not n:
            skip.add(i + 1)
        value, place = n.value, n.place
        share = unit in {"percent", "percentage points"}  # shares are rounded from a division
        exact = n.exact and not share
        if last is not n and n.scale == 1.0 and last.scale > 1.0 and n.value * last.scale <= last.value:
            value, place, exact = value * last.scale, place * last.scale, False  # "between 2 and 3 million people"
        start = n.start
        if last is not n:
            hedge = "between" if between else "range"
            start = between.start() if between else start
            low = interval(value, place, None, exact)[0]
            high = interval(last.value, last.place, None, last.exact and not share)[1]
        else:
            hedged = hedge_before(text, start)
            hedge = hedged[0] if hedged else None
            start = hedged[1] if hedged else start
            low, high = interval(value, place, hedge, exact)
            if n.form == "fraction" and hedge is None:
                low, high = value - n.place, value + n.place
        sentence = loc.sentence_at(start)
        rel = start - sentence.start
        noun = None if unit in {"percent", "percentage points"} else unit
        out.append(
            CountClaim(
                id=claim_id(doc, "count", start, end),
                **loc.span(start, end),
                value=value,
                low=low,
                high=high,
                hedge=hedge,
                unit=unit.lower(),
                subject=figures.subject(sentence.text, rel, end - sentence.start, noun),
                period=figures.period(sentence.text, rel, doc.published, end - sentence.start),
            )
        )
    return out


def quantities(text: str) -> list[Number]:
    """Numbers in ``text`` that can be amounts: not dates, years, times, labels or compounds.

    Whether or not a noun follows: "including 12 in the north" still says 12.
    """
    return [n for n in scan(text) if not _excluded(text, n)]


def _starts_change(text: str, n: Number) -> bool:
    """"from 10 to 12" is a change between two counts, not a range."""
    return bool(re.search(r"\bfrom\s+$", text[max(0, n.start - 6):n.start], re.I))


def _unit(text: str, n: Number) -> tuple[str | None, int]:
    """What the number counts ("percent" for shares) and where the count ends."""
    pct = _PERCENT_RE.match(text, n.end)
    if pct:
        return ("percentage points" if "point" in pct.group(0).lower() else "percent"), pct.end()
    if n.form == "fraction":
        return "percent", n.end
    noun = _noun_after(text, n.end)
    if noun and noun[0] is None:
        return None, n.end
    if noun:
        return noun[0], noun[1]
    return _unit_unwritten(text, n)


# Counts of people that news leaves without a noun: "the death toll rose to 273", "another
# 2,500 were injured", "more than 400 injured". Only verbs said of people, so "90 more were
# damaged" (houses) stays unread.
_TOLL_BEFORE = re.compile(
    r"\b(?:(?:death|casualty|fatality)\s+(?:toll|count)|number\s+of\s+(?:deaths|dead|fatalities))\b"
    r"(?:[ \t]+[\w.'’-]+){0,14}?[ \t]+(?:to|at|of|reached|hit|passed|topped|exceeded)[ \t]+$",
    re.I,
)
_PEOPLE_VERBS = r"(?:killed|injured|wounded|hurt|missing|dead|rescued|arrested|detained|evacuated|hospitali[sz]ed)"
_PEOPLE_AFTER = re.compile(
    rf"[ \t]+(?:(?:were|was|have\s+been|had\s+been|are|remain|remained)[ \t]+(?:still[ \t]+)?{_PEOPLE_VERBS}"
    rf"|(?:injured|wounded|dead))\b(?![ \t]+(?:[a-z]+s|people|persons)\b)",
    re.I,
)


def _unit_unwritten(text: str, n: Number) -> tuple[str | None, int]:
    """A count of people with no noun written: a death toll, or "N were injured"."""
    hedged = hedge_before(text, n.start)
    if _TOLL_BEFORE.search(text, max(0, n.start - 160), hedged[1] if hedged else n.start):
        return "deaths", n.end
    if n.form != "fraction" and _PEOPLE_AFTER.match(text, n.end):
        return "people", n.end
    return None, n.end
