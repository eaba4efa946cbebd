"""Which numbers in a text are amounts: not dates, years, times, labels, names or codes.

"killed 40, including 12 in the north" states two amounts; "Section 8", "Boeing 737 Max",
"May 7", "24/7" and "2023 levels" state none. The count extractor reads its figures from
these, and ``amount-agreement`` asks which amounts a source states at all.
"""

from __future__ import annotations

import re

from ..text import STOPWORDS
from .calendar import MONTH_RE
from .lexicon import LEXICON
from .numbers import Number, scan

_F = LEXICON.figures
IRREGULAR_PLURALS = frozenset(_F.irregular_plurals)
# Words before a number that make it a label, not a quantity ("Section 8", "No. 3").
LABELS = frozenset(_F.labels)
STREET_WORDS = r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|place|pl|court|ct|square|sq)\.?"
NOT_NOUNS = STOPWORDS | {
    "percent", "per", "each", "who", "which", "did", "does", "do", "being", "since", "until", "among",
    "including", "plus", "times", "like", "across", "towards", "toward", "versus", "was", "is", "has", "as",
    "its", "his", "this", "thus", "us", "yes", "always", "perhaps", "unless", "whereas", "besides",
    "others", "ones",  # "14 others died", "90 others were damaged": what they count is elsewhere
}
# The plural of an abbreviation: "176 MPs", "40 CEOs", "12 NGOs".
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")
_MONTH = rf"(?:{MONTH_RE})\.?(?!\w)"
PERCENT_RE = re.compile(r"\s?(?:%|percent\b|per\s+cent\b|pct\b)(?:age\s+points?\b)?|\s?percentage\s+points?\b", re.I)
# A word after the number, on the same line or the next (hard-wrapped copy), never across
# a blank line: a headline or paragraph that follows is not what the number counts.
WORD_RE = re.compile(r"[ \t\u00a0]*(?:\r?\n[ \t]*)?(?<=\s)([A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z])")
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
    r"|this|that|whose|a|an)\s+|['’]s\s+|mid-)$",
    re.I,
)
# A year after a period's name ("Q4 2023", "FY2024", "fiscal 2023", "in 2023", "Jan. 2024")
# is that period's year: neither a count nor the end of a money range ("from $1.4 billion in
# Q4 2023 to $3.1 billion"). The one guard for every figure extractor.
_PERIOD_YEAR = re.compile(rf"(?:\bQ[1-4]|\b(?:in|of|since|fiscal|FY)|\b{_MONTH})[a-z]*\.?[\s–-]*(?:18|19|20|21)\d\d$", re.I)


# compiled once: these run for every number of every text (``re.fullmatch`` with a string looks it up each call)
_CALENDAR_YEAR = re.compile(r"(?:18|19|20|21)\d\d")
_TWO_TO_FOUR_DIGITS = re.compile(r"\d{2,4}")
_COMPOUND_AFTER = re.compile(r"-[A-Za-z]|[A-Za-z\d]")  # three-way, 27-kilometer, 3D, 747s
_YEAR_LIKE = re.compile(r"1\d\d\d|20\d\d")


def period_year(text: str, n: Number) -> bool:
    """Whether the number ``n`` is a year written after a period's name ("Q4 2023", "fiscal 2023")."""
    return bool(_CALENDAR_YEAR.fullmatch(text[n.start:n.end])) and \
        bool(_PERIOD_YEAR.search(text, max(0, n.start - 12), n.end))
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
_LABEL_RE = re.compile(r"([A-Za-z.]+)\s*$")


def is_plural(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in IRREGULAR_PLURALS or _ACRONYM_PLURAL.fullmatch(word):
        return True
    return (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and not word.isupper()
            and w not in NOT_NOUNS)


def excluded(text: str, n: Number) -> bool:
    """Numbers that are not quantities: dates, years, times, labels, compounds, codes."""
    before = text[max(0, n.start - 16):n.start]
    after = text[n.end:n.end + 12]
    if n.form == "fraction":
        return False
    if in_date(text, n):
        return True
    if n.value < 100 and n.form == "digits" and _CALL_SIGN.search(before):
        return True
    if n.form == "digits" and _TWO_TO_FOUR_DIGITS.fullmatch(text[n.start:n.end]) and \
            _MODEL_LIST.search(text, max(0, n.start - 60), n.start):
        return True
    if _DATE_BEFORE.search(before) or _TIME_AFTER.match(after) or _DATE_AFTER.match(after):
        return True
    if _COMPOUND_AFTER.match(after) and not PERCENT_RE.match(after):
        return True  # three-way, 27-kilometer, 3D, 747s
    name_after = _NAME_AFTER.match(text, n.end) if n.form == "digits" and _NAME_AROUND.search(before) else None
    if name_after and not is_plural(name_after.group(1)):  # "In Lagos 300 Nigerians" is a count
        return True
    label = _LABEL_RE.search(before)
    if label and label.group(1).lower() in LABELS:
        return True
    written = text[n.start:n.end]
    if _YEAR_LIKE.fullmatch(written):
        first = WORD_RE.match(text, n.end)  # a year unless a plural noun follows at once
        return bool(period_year(text, n) or _YEAR_CONTEXT.search(before) or not first or not is_plural(first.group(1))
                    or first.group(1).lower() in YEAR_NOUNS)
    return bool(_STREET_AFTER.match(text, n.end))


def in_date(text: str, n: Number) -> bool:
    """Whether ``n`` is a part of a numeric date such as "2024-03-26" (a dateline, a caption)."""
    return any(m.start() <= n.start and n.end <= m.end()
               for m in _ISO_DATE.finditer(text, max(0, n.start - 8), min(len(text), n.end + 8)))


def quantities(text: str) -> list[Number]:
    """Numbers in ``text`` that can be amounts: not dates, years, times, labels or compounds.

    Whether or not a noun follows: "including 12 in the north" still says 12.
    """
    return [n for n in scan(text) if not excluded(text, n)]


