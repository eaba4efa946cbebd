"""The planted-slip benchmark's own reading of news text: dates, figures, titles, names, ages.

These are deliberately simple regular expressions and calendar arithmetic, written apart from
claimcheck's extractors: the benchmark picks the places where it plants slips with them, and
picking them with claimcheck's own extractors would measure the extractors with themselves.
Only claimcheck's language *data* (the title list in ``claimcheck/language/data/titles.yaml``) is shared,
so that a swapped title is one claimcheck could know.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# abbreviated weekdays, in two house styles; a slip keeps the style it replaces
WEEKDAY_SHORT = (("Mon.", "Tue.", "Wed.", "Thu.", "Fri.", "Sat.", "Sun."),
                 ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun."))
MONTHS = {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
          "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
          "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12}

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)(?![a-z])")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:])(?!,\d)"
DATE = re.compile(
    rf"(?:(?P<wd>{_WEEKDAY})(?:,\s*|\s+\(?)(?:the\s+)?)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH}))"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?!\d))?"
)
BARE_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!s)")
# named days and newspapers: "Black Friday", "the Sunday Times", "the Mail on Sunday"
_NAMED_DAY_BEFORE = re.compile(r"(?:Black|Good|Super|Bloody|Ash|Cyber|Easter|Palm|Holy|Maundy|Shrove|Giving|Whit"
                               r"|Mothering|Mail on|Independent on)\s+$")
_NAMED_DAY_AFTER = re.compile(r"\s+(?:Times|Telegraph|Mail|Express|Post|Mirror|Herald|Star|Independent|Tribune|World"
                              r"|Business|Age|Night Football|Service|Prayers?)\b")
_DATE_AFTER = re.compile(rf",?\s+\(?(?:the\s+)?(?:{_MONTH}|\d)")
# a weekday said of the future, or of every week, is no event day
_FUTURE_BEFORE = re.compile(r"\b(?:will|'ll|’ll|next|this coming|coming|upcoming|scheduled|due|expected|set to|"
                            r"until|by|every|each|following|plans? to|is to|are to)\b[^.!?]{0,40}$", re.I)
# the time stamp of a live page or an update ("published at 14:22 British Summer Time 7 July 2023")
_STAMP_BEFORE = re.compile(r"\b(?:published|updated|posted)(?: at| on)?\s+[\d:.]*\s*(?:[A-Z][a-z]+\s*){0,3}$", re.I)
_PAST_VERB = re.compile(r"\b(?:[a-z]{3,}ed|said|was|were|had|told|shot|killed|died|found|took|made|came|went|left|"
                        r"held|won|lost|began|met|gave|sent|hit|fled|ran|struck|fell|rose|saw|became|broke|brought|"
                        r"bought|sold|paid|spoke|wrote|led|stood|kept|quit|chose|drove|flew|threw|stole|caught)\b")

_CURRENCY = r"(?:US\$|A\$|C\$|NZ\$|HK\$|S\$|R\$|\$|€|£|¥|₹|Rs\.?\s?|USD\s?|EUR\s?|GBP\s?)"
FIGURE = re.compile(
    rf"(?<![\w$€£¥₹.,/:-])(?P<cur>{_CURRENCY})?(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s(?P<word>thousand|million|billion|trillion|crore|lakh|bln|mln)(?!\w)|(?P<short>bn|mn|tn|m|k)(?!\w)"
    r"|(?![\w/:-]|[.,]\d))"
)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5,
          "bln": 1e9, "mln": 1e6, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
# a number that labels a thing rather than counting it ("Theatre 16", "section 96", "number 10")
_LABEL_BEFORE = re.compile(r"\b(?:section|sections|number|no\.|article|chapter|page|room|flight|route|highway|"
                           r"interstate|platform|gate|terminal|category|phase|stage|round|game|paragraph|clause|rule|"
                           r"item|unit|ward|district|sector|block|building|tower|theatre|theater|street|road|avenue|"
                           r"level|grade|class|model|version|series|episode|season|week|day|year|top)\s+$", re.I)
# ... or that is part of a name ("iPhone 6", "Boeing 737"): a capitalised word inside a sentence
_NAME_BEFORE = re.compile(r"[\w,;:'’\"”)-] +[A-Za-z]*[A-Z][A-Za-z]* $")
_TIME_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|BST\b|hrs\b|hours GMT)", re.I)

_NAME_WORD = r"(?:[A-Z][\w'’-]*[a-z](?:['’]s)?|[A-Z]\.)"
AGE = re.compile(r"\b(?P<sur>[A-Z][\w'’-]*[a-z])(?:\s*,\s+(?:aged\s+)?|\s+\()(?P<age>\d{1,3})"
                 r"(?=\s*[,;)]|\s+(?:was|is|of|from|who|and|had|has)\b)")
AGE_BEFORE = re.compile(r"\b(?P<age>\d{1,3})-year-old(?P<after>(?:\s+[a-z]+){0,3}(?:\s+" + _NAME_WORD + r"){1,4})")
AGE_WAS = re.compile(r"\b(?P<sur>[A-Z][\w'’-]*[a-z]),?\s+(?:who\s+)?(?:was|is)\s+(?P<age>\d{1,3})\b(?!-|\s*(?:%|per))")
FULL_NAME = re.compile(r"\b(?P<first>[A-Z][a-z]+|[A-Z]\.) (?:[A-Z]\. )?(?P<sur>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b"
                       r"(?!['’]?[ \t]*[A-Z&])")
# a surname standing for a person: after an honorific, or before what people do in news copy
_PERSON_AFTER = r",?\s+(?:said|says|told|added|explained|wrote|who|was|is|had|has|pleaded|admitted|denied|added)\b"
_PERSON_BEFORE = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+"
_TITLE_BEFORE_SKIP = re.compile(r"(?:Deputy|Vice|Assistant|Under|Lieutenant|Associate|Deputy\s+Vice)[\s-]+$")

STOPWORDS = frozenset(
    "said says that this with from have been were their they them there then than would will could should about "
    "after before also which when where what while into more most other some over last week weeks year years told "
    "just only such those these being because during since until under very made make according including early "
    "late later earlier night morning evening afternoon today yesterday time first second were while the and for "
    "not but are his her him she who had has its our your".split()
) | frozenset(w.lower() for w in WEEKDAYS) | frozenset(MONTHS)
# capitalised words that end an organisation's or a place's name, never a surname
NOT_SURNAMES = frozenset(
    "Street Road Avenue Lane Drive Square Park Bridge County City Town Village Court Courts Police Station News "
    "Department Office House Party Council Service Services University College School Hospital Airport Times Post "
    "Group Bank Fund Company Corporation Institute Foundation Association Union Club Centre Center Church Mosque "
    "Temple Minister President Secretary Senator Governor Mayor State States Republic Kingdom Government Ministry "
    "Agency Commission Committee Assembly Parliament Congress Senate Court Tribunal Prison Hall Tower Stadium "
    "North South East West Northern Southern Eastern Western Central Airlines Airways Motors Energy Media Press "
    "Network Television Radio Magazine Journal Herald Tribune Times Guardian Review Daily Weekly Online Reuters "
    "Associated Agence Business Markets Exchange Index Capital Holdings Partners International National Global "
    "League Cup Championship Open Games Olympics Series Award Awards Prize Express Township District Province "
    "Region Village Valley Island Islands Coast River".split()
) | frozenset(WEEKDAYS) | frozenset(m.capitalize() for m in MONTHS)
NOT_FIRST = frozenset(
    "The A An In On At When After Before As But And Or If So Then This That These Those Its His Her Their Our My "
    "For From With By To Of Mr Mrs Ms Dr Sir Dame Lord Lady Judge Justice Officer Detective Sgt Constable Gen "
    "Former Acting Late Chief Deputy Police Prime Foreign Defense Defence Home Interior Finance Health Vice "
    "Typhoon Hurricane Cyclone Storm Christmas New Le La Los Las San Santa Saint St Mount Lake Port Fort".split()
) | frozenset(WEEKDAYS) | frozenset(m.capitalize() for m in MONTHS)


def fold(text: str) -> str:
    """Lower case, accents dropped, hyphens as spaces, spaces collapsed: how titles compare."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\s-]+", " ", text).strip().lower()


@lru_cache(maxsize=1)
def language() -> dict:
    """claimcheck's title data (families of titles, places, organisation words), read as data."""
    path = resources.files("claimcheck") / "language" / "data" / "titles.yaml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SystemExit(f"planted: claimcheck's title list is not at {path}; update planted_text.language()") from None


@lru_cache(maxsize=1)
def title_families() -> dict[str, str]:
    """Folded title -> its family id ("defense secretary" -> "defense-minister")."""
    return {fold(t): family for family, titles in language()["families"].items() for t in titles}


@lru_cache(maxsize=1)
def not_surnames() -> frozenset[str]:
    data = language()
    words = {fold(w) for w in data.get("organisation_words", [])} | {fold(w) for w in data.get("not_people", [])}
    words |= {fold(p) for row in data.get("places", []) for p in row} | {fold(r) for r in data.get("regions", [])}
    return frozenset(words)


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern[str]:
    """A title of one of the families, case-insensitive, then a capitalised name of one to four words."""
    titles = sorted(title_families(), key=len, reverse=True)
    alternation = "|".join(r"[\s-]+".join(map(re.escape, t.split())) for t in titles)
    return re.compile(rf"(?<![\w-])(?P<title>(?i:{alternation})) (?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})")


def weekday_index(word: str) -> int:
    return [w[:3].lower() for w in WEEKDAYS].index(word[:3].lower())


def infer_year(month: int, day: int, published: dt.date) -> dt.date | None:
    """The date nearest the publication date with this month and day (the year left out)."""
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - published).days) < abs((best - published).days):
            best = d
    return best


def date_of(m: re.Match[str], published: dt.date | None) -> dt.date | None:
    """The calendar day a ``DATE`` match names, or None (no year known, no such day)."""
    month = MONTHS[(m.group("m1") or m.group("m2")).rstrip(".").lower()]
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))
    if m.group("year"):
        try:
            return dt.date(int(m.group("year")), month, day)
        except ValueError:
            return None
    return infer_year(month, day, published) if published else None


def last_weekday(index: int, published: dt.date, last: bool = False) -> dt.date:
    """A bare weekday in a past-tense news sentence: the latest such day on or before publication
    ("last Friday" written on a Friday is the week before)."""
    back = (published.weekday() - index) % 7
    return published - dt.timedelta(days=back or (7 if last else 0))


def sentence_bounds(text: str, offset: int) -> tuple[int, int]:
    """The sentence around ``offset``: from the last full stop, question or exclamation mark
    followed by a capital (or a line end) to the next."""
    start = 0
    for m in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n", text[:offset]):
        start = m.end()
    end = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n").search(text, offset)
    return start, end.start() + 1 if end else len(text)


def content_words(text: str) -> frozenset[str]:
    """Words that say what a sentence is about, folded to five letters ("shooting", "shooter")."""
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", text)
    return frozenset(w.lower()[:5] for w in words if len(w) >= 4 and w.lower() not in STOPWORDS)


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets in the body text
    end: int
    day: dt.date
    words: frozenset[str]
    match: re.Match[str]
    bare: bool  # a weekday alone, dated by the publication date


def dates_in(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date the text states: dates (with or without a weekday) and bare weekdays of past events."""
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in DATE.finditer(text):
        day = date_of(m, published)
        taken.append(m.span())
        if day is not None and not _STAMP_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            out.append(DateMention(m.start(), m.end(), day, _words_around(text, m.start(), m.end()), m, False))
    if published is None:
        return out
    for m in BARE_WEEKDAY.finditer(text):
        if any(s <= m.start() < e for s, e in taken) or not is_past_event_weekday(text, m):
            continue
        last = text[max(0, m.start() - 5):m.start()].lower().endswith("last ")
        day = last_weekday(weekday_index(m.group(0)), published, last)
        out.append(DateMention(m.start(), m.end(), day, _words_around(text, m.start(), m.end()), m, True))
    return sorted(out, key=lambda d: d.start)


def is_past_event_weekday(text: str, m: re.Match[str]) -> bool:
    """A bare weekday naming the day of a past event: no date after it, no named day, a past-tense
    sentence and no future word shortly before it."""
    before, after = text[max(0, m.start() - 60):m.start()], text[m.end():m.end() + 30]
    if (_DATE_AFTER.match(after) or _NAMED_DAY_AFTER.match(after) or _NAMED_DAY_BEFORE.search(before)
            or re.search(r"\b(?:a|an|any|one|every)\s+$", before, re.I)):
        return False
    start, end = sentence_bounds(text, m.start())
    if _FUTURE_BEFORE.search(text[max(start, m.start() - 60):m.start()]):
        return False
    return bool(_PAST_VERB.search(text[start:end]))


def _words_around(text: str, start: int, end: int) -> frozenset[str]:
    s, e = sentence_bounds(text, start)
    return content_words(text[s:start] + " " + text[end:e])


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    num_start: int
    num_end: int
    value: float
    scale: str | None
    scale_start: int
    words: frozenset[str]


def figures_in(text: str) -> list[Figure]:
    """Figures written in digits, with their value scaled ("$66bn" and "$66 billion" alike); years,
    dates, times and ages left out."""
    skip = [m.span() for m in DATE.finditer(text)] + [m.span() for m in AGE.finditer(text)]
    skip += [m.span() for m in AGE_BEFORE.finditer(text)]
    out = []
    for m in FIGURE.finditer(text):
        num, cur = m.group("num"), m.group("cur")
        scale = m.group("word") or m.group("short")
        if m.group("short") in ("m", "k") and not cur:
            scale = None  # "100m" is a race, "5k" a run
            if text[m.end("num"):m.end("num") + 1].isalpha():
                continue
        end = m.end() if scale else m.end("num")
        if any(s < end and m.start() < e for s, e in skip) or num.startswith("0") and len(num) > 1 and "." not in num:
            continue
        if not cur and not scale and re.fullmatch(r"(?:19|20)\d\d", num):
            continue  # a year
        if (_TIME_AFTER.match(text, m.end("num")) or text[max(0, m.start() - 1):m.start()] in (":", "#")
                or not cur and (_LABEL_BEFORE.search(text[max(0, m.start() - 20):m.start()])
                                or _NAME_BEFORE.search(text[max(0, m.start() - 40):m.start()]))):
            continue
        value = float(num.replace(",", "")) * (SCALES[scale.lower()] if scale else 1)
        out.append(Figure(m.start(), end, m.start("num"), m.end("num"), round(value, 6), scale,
                          m.start("word") if m.group("word") else m.start("short"), _words_around(text, m.start(), end)))
    return out


@dataclass(frozen=True)
class Title:
    start: int  # the title and the name after it
    end: int
    title_end: int
    title: str
    family: str
    surname: str


def titles_in(text: str) -> list[Title]:
    """Capitalised titles of a known family right before a person's name ("Defense Secretary Jim Mattis")."""
    out = []
    families = title_families()
    for m in title_pattern().finditer(text):
        title = m.group("title")
        if not title[0].isupper() or _TITLE_BEFORE_SKIP.search(text[max(0, m.start() - 20):m.start()]):
            continue
        words = [w for w in re.split(r"\s+", m.group("name"))]
        while words and (words[-1].rstrip(".").rstrip("'’s") in NOT_SURNAMES or len(words[-1]) == 2):
            words.pop()  # "President Trump Tuesday", a trailing initial
        if not words or words[0] in NOT_FIRST:
            continue
        surname = re.sub(r"['’]s$", "", words[-1])
        name_end = m.start("name") + len(" ".join(words))  # the name's words are single-spaced in news copy
        out.append(Title(m.start(), min(name_end, m.end()), m.end("title"), title, families[fold(title)], surname))
    return out


def surnames_in(text: str) -> dict[str, int]:
    """Surnames of people named in full at least once and mentioned at least twice: surname -> the
    offset of the first full mention."""
    out: dict[str, int] = {}
    bad = not_surnames()
    for m in FULL_NAME.finditer(text):
        first, sur = m.group("first"), m.group("sur")
        if (first in NOT_FIRST or sur in NOT_SURNAMES or fold(sur) in bad or fold(first) in bad
                or fold(f"{first} {sur}") in bad or len(sur) < 3 or sur in out):
            continue
        person = rf"{_PERSON_BEFORE}{re.escape(sur)}\b|\b{re.escape(sur)}(?:['’]s)?{_PERSON_AFTER}"
        if re.search(person, text):
            out[sur] = m.start("sur")
    return out


@dataclass(frozen=True)
class Age:
    start: int  # the surname and the age
    end: int
    age_start: int
    age: int
    surname: str


def ages_in(text: str) -> list[Age]:
    """Ages given beside a surname: "Patterson, 33,", "Patterson (33)"."""
    out = []
    for m in AGE.finditer(text):
        if m.group("sur") in NOT_SURNAMES or not 0 < int(m.group("age")) <= 110:
            continue
        out.append(Age(m.start(), m.end(), m.start("age"), int(m.group("age")), m.group("sur")))
    return out


def age_facts(text: str) -> set[tuple[str, int]]:
    """(surname, age) pairs stated in any of the usual forms, for agreement across articles."""
    facts = {(a.surname, a.age) for a in ages_in(text)}
    facts |= {(m.group("sur"), int(m.group("age"))) for m in AGE_WAS.finditer(text)}
    for m in AGE_BEFORE.finditer(text):
        names = re.findall(_NAME_WORD, m.group("after"))
        if names:
            facts.add((re.sub(r"['’]s$", "", names[-1]), int(m.group("age"))))
    return facts
