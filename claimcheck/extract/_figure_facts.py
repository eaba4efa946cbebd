"""What a money or count figure is, besides its number: found once, when it is extracted.

Coverage puts true figures of different things side by side: a company's profit and its
profit per share, the dead and the injured of one disaster, a part and the whole. The
words that tell them apart sit around the figure in its sentence; this module reads them
(``facts``), and the claim carries them (``FigureClaim``), so ``amount-agreement`` compares
fields instead of reading sentences again.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..align import phrase_pattern
from ..language import LEXICON
from ..language.clauses import tense_around
from ..language.words import NOT_NAMES
from ..models import Event, Setting
from ..packdata import PackData
from ..text import content_words, split_sentences
from ._setting import in_caption, in_quotation
from .figures import WINDOW

COMMON_NAMES = frozenset(LEXICON.figures.common_names)

# Words before "a year" that make it a span of time, not a rate ("delay deliveries by a year",
# "for a year", "more than a year"): "$5 billion a year" is a rate, "by a year" is not.
_SPAN_BEFORE = ("by", "for", "in", "within", "over", "after", "than", "half", "nearly", "almost", "about",
                "around", "least", "under", "only", "just", "past", "last", "whole", "entire", "full")

# Words in a figure's sentence that make it a different measure of the same thing: a
# deal's enterprise value (debt included) is not its equity value, a net profit not a
# gross one, a yearly rate not a one-off sum. Two figures are compared only when their
# sentences name the same of these.
MEASURES: dict[str, str] = {
    "with debt": r"\benterprise\s+value|\b(?:including|includes|plus|with)\s+(?:its\s+|the\s+)?(?:net\s+)?debt\b"
                 r"|\bdebt\s+included",  # enterprise value: the price with the debt taken on
    "equity value": r"\bequity\s+value",
    "net": r"\bnet\b",
    "gross": r"\bgross\b",
    "before tax": r"\bpre-?tax\b|\bbefore\s+tax",
    "adjusted": r"\badjusted\b|\bunderlying\b|\bnon-?GAAP\b",  # non-GAAP earnings are adjusted ones
    "operating": r"\boperating\b",
    "share price": r"\bshare\s+price|\bshares?\b[^.]{0,40}\btrad(?:e|es|ed|ing)\b",
    "forecast": r"\banalysts?\b|\bconsensus\b|\bexpectations\b",  # what was expected is not what was reported
    # ("a month-long strike", "a year-old policy", "delayed by a year" are not rates)
    "rate": r"\bper\s+(?:year|month|week|day|annum|capita|person|head)\b|\bannual(?:ly)?\b|\byearly\b|\bmonthly\b"
            r"|\bweekly\b|\bdaily\b|\ba" + "".join(rf"(?<!\b{w}\sa)" for w in _SPAN_BEFORE)
            + r"\s+(?:year|month|week|day)\b(?!-|\s+(?:earlier|ago|before|later|after|on))",
}
_MEASURES = [(name, re.compile(rx, re.I)) for name, rx in MEASURES.items()]
# Any measure at all, in one pass: most figures' sentences name none, and ten searches of each
# cost more than one (the patterns have no groups, so their alternation matches where one does).
_ANY_MEASURE = re.compile("|".join(f"(?:{rx})" for rx in MEASURES.values()), re.I)

# A per-share amount is said of the figure itself, not of its sentence: "net income of
# $1.5 billion, or 93 cents a share" holds a total and a per-share figure.
_PER_SHARE_AFTER = re.compile(r"\s*(?:(?:a|per|each)\s+(?:diluted\s+|basic\s+)?share\b|/share\b)", re.I)
_PER_SHARE_BEFORE = re.compile(
    r"\b(?:per[- ]share|EPS|share\s+price)(?:\s+(?:earnings|income|profit|loss|was|were|of|at|to|is|rose|fell"
    r"|climbed|dropped|came\s+in\s+at))*\s*$", re.I)

# Words that make a sentence part of a results story: there the period decides what a
# figure is (a quarter, the year, the year before), so an unstated period is not a match.
RESULTS = re.compile(
    r"\b(?:revenues?|turnover|sales|net\s+(?:income|profit|loss)|profits?|earnings|quarter(?:ly)?|fiscal"
    r"|financial\s+year|full[- ]year|ebitda|operating\s+(?:income|profit|loss))\b", re.I)


def near(c: Any) -> tuple[str, int, int]:
    """The figure's sentence cut to ``WINDOW`` characters either side of it (the reach the
    extractor gives a figure's period), and where the figure is in it."""
    return _near(c.sentence, c.text)


@lru_cache(maxsize=8192)
def _near(sentence: str, text: str) -> tuple[str, int, int]:
    at = max(sentence.find(text), 0)
    lo, hi = max(0, at - WINDOW), min(len(sentence), at + len(text) + WINDOW)
    return sentence[lo:hi], at - lo, at - lo + len(text)


_WITH_DEBT = re.compile(MEASURES["with debt"], re.I)
_DIGIT = re.compile(r"\d")


def _own_words(sentence: str, at: int, end: int, m: re.Match[str]) -> bool:
    """Whether the words ``m`` may be said of the figure at ``sentence[at:end]``: no other
    figure stands between them ("$128 a share in cash, worth about $66 billion including
    debt": the debt goes with the $66 billion, not with the price a share)."""
    between = sentence[end:m.start()] if m.start() >= end else sentence[m.end():at]
    return not _DIGIT.search(between)


def measures(c: Any) -> frozenset[str]:
    """The measures a figure is of: from its sentence, and "per share" from the figure's own words."""
    sentence, at, end = near(c)
    found = {name for name, rx in _MEASURES if rx.search(sentence)} if _ANY_MEASURE.search(sentence) else set()
    if "with debt" in found and not any(_own_words(sentence, at, end, m) for m in _WITH_DEBT.finditer(sentence)):
        found.discard("with debt")
    after = _PER_SHARE_AFTER.match(sentence, end)
    if after or _PER_SHARE_BEFORE.search(sentence, max(0, at - 40), at):
        found.add("per share")
    if difference(sentence, at, end):
        found.add("difference")
    if any(rx.search(sentence, max(0, at - 50), at) for rx in _LIMIT_BEFORE):
        found.add("limit")
    return frozenset(found)


# A margin is said of the figure itself, not of its sentence: "won by 2.1 million votes, with
# 15.4 million votes versus 13.3" holds a difference and a total (figures.yaml).
_DIFFERENCE_BEFORE = [re.compile(rx, re.I) for rx in LEXICON.figures.difference_before]
_DIFFERENCE_AFTER = [re.compile(rx, re.I) for rx in LEXICON.figures.difference_after]
# A limit ("faces up to 20 years", "a maximum of $5 million") is not what happened.
_LIMIT_BEFORE = [re.compile(rx, re.I) for rx in LEXICON.figures.limit_before]


def difference(sentence: str, at: int, end: int) -> bool:
    """Whether the figure at ``sentence[at:end]`` is a difference between two others ("won
    by 2.1 million votes", "a margin of 500", "2,000 more votes than"), not a total."""
    before, after = sentence[max(0, at - 60):at], sentence[end:end + 20]
    return any(rx.search(before) for rx in _DIFFERENCE_BEFORE) or any(rx.match(after) for rx in _DIFFERENCE_AFTER)


# A share names what it is a share of: "40.05% of the vote" and "98 percent of polling
# stations" are shares of different wholes, whatever else their sentences share.
_SHARE_OF = re.compile(r"\s*of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;:()—–]|\s-\s|\s+(?:in|at|on|for|from|as|and|after|before|was|were|is|are|who|that|which|by|to|said|says)\b|$))", re.I)


def share_base(c: Any) -> frozenset[str]:
    """The content words of what a percentage is a share of ("of its global workforce":
    global, workforce); empty for other figures or a share that does not say."""
    if c.kind != "count" or c.unit not in {"percent", "percentage points"}:
        return frozenset()
    sentence, _, end = near(c)
    m = _SHARE_OF.match(sentence, end)
    return frozenset(content_words(m.group(1))) if m else frozenset()


# What a casualty count counts, from the word nearest the figure: "the death toll climbed to
# 2,122 with 2,421 people injured" holds a toll of dead and one of injured, and a sentence's
# words alone do not tell them apart.
TALLIES: dict[str, str] = dict(LEXICON.events.tallies)  # claimcheck/language/data/events.yaml
_TALLIES = [(name, re.compile(rx, re.I)) for name, rx in TALLIES.items()]
_ANY_TALLY = re.compile("|".join(f"(?:{rx})" for rx in TALLIES.values()), re.I)  # as ``_ANY_MEASURE``


def tally(c: Any) -> tuple[str, str] | None:
    """The kind of casualty count a figure is (dead, injured, missing...) and the word that
    says so: the kind whose word is nearest the figure in its sentence; None when the
    sentence names none."""
    sentence, at, end = near(c)
    if not _ANY_TALLY.search(sentence):
        return None
    best: tuple[int, str, str] | None = None
    for name, rx in _TALLIES:
        for m in rx.finditer(sentence):
            gap = max(m.start() - end, at - m.end(), 0)
            if best is None or gap < best[0]:
                best = (gap, name, m.group(0).lower())
    return (best[1], best[2]) if best else None


# A tally said to be rising ("the death toll rose to 2,681", "has risen to at least 23")
# is a snapshot of a moving figure: another outlet the same day may have caught it at
# another hour, so a difference is an update, not a slip.
_RISING = re.compile(
    r"\b(?:(?:rose|risen|rises|rising|climbed|climbs|climbing|jumped|jumps|increased|increases|grew|grown"
    r"|surged|soared|swelled|mounted|went\s+up|gone\s+up)\s+to|reached|reaches|topped|tops|surpassed|surpasses"
    r"|exceeded|exceeds)\s+(?:[^.;:]{0,40}?\b(?:and|with|plus)\s+)?$", re.I)  # "rose to 2,681 dead and 2,501 injured"


def rising(c: Any) -> bool:
    """Whether the figure is given as the new value of a rising tally."""
    sentence, at, _ = near(c)
    return bool(_RISING.search(sentence, max(0, at - 60), at))


def results(c: Any) -> bool:
    """Whether the figure's sentence reports results (revenue, profit, a quarter)."""
    return bool(RESULTS.search(near(c)[0]))


# A figure placed somewhere ("18,000 buried in and around a city", "killed 12 in the
# province of X") is a part when another source places its figure elsewhere (the whole
# region): two figures whose sentences place them in different places are not compared.
_PLACE = re.compile(
    r"\b(?i:in|at|near|around|across|throughout|outside|inside|struck|hit)\s+(?:and\s+around\s+)?(?:the\s+)?"
    r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)")


_PLACE_WORD_BREAK = re.compile(r"[\s-]+")  # compiled once: asked for every figure


def places(c: Any) -> frozenset[str]:
    """Capitalised words after a word that places the figure ("in", "near", "struck")."""
    found: set[str] = set()
    for m in _PLACE.finditer(near(c)[0]):
        for word in _PLACE_WORD_BREAK.split(m.group(1).replace("’", "'")):  # "U.S.-Mexico": us, mexico
            found.add(word.lower().replace(".", "").removesuffix("'s"))
    return frozenset(found - COMMON_NAMES - NOT_NAMES)


# Whom a figure is for: "a $61 billion package for Ukraine" is a part of "a $95 billion package
# for Ukraine, Israel and Taiwan" (the whole names more), and "$26 billion for Israel" another
# part: figures for different recipients are about different things.
_NAME_RUN = r"[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*)*"
_RECIPIENTS = re.compile(
    rf"[^.;:!?()]{{0,60}}?\b(?:for|to)[ \t]+(?:the[ \t]+)?({_NAME_RUN}(?:[ \t]*,[ \t]*{_NAME_RUN})*"
    rf"(?:,?[ \t]+and[ \t]+{_NAME_RUN})?)")


_NAME_LIST_BREAK = re.compile(r"[\s,]+|\band\b")


def recipients(c: Any) -> frozenset[str]:
    """Capitalised names after "for" or "to" soon after the figure ("$95 billion package for
    Ukraine, Israel and Taiwan": ukraine, israel, taiwan), folded."""
    sentence, _, end = near(c)
    m = _RECIPIENTS.match(sentence, end)
    if not m:
        return frozenset()
    words = {w.lower().replace("’", "'").removesuffix("'s").replace(".", "") for w in _NAME_LIST_BREAK.split(m.group(1)) if w}
    return frozenset(words - COMMON_NAMES - NOT_NAMES)


def qualifiers(c: Any) -> frozenset[str]:
    """Capitalised words between a count's number and its noun: "212 Democratic votes" and
    "14 Republican votes" count different things, and so do they and "216 votes". So does
    "other" ("Bryant and 4 other people" counts the rest, not all five)."""
    if c.kind != "count":
        return frozenset()
    tokens = c.text.split()
    numeric = [i for i, t in enumerate(tokens) if _DIGIT.search(t) or _NUMBER_WORDS & set(t.lower().split("-"))]
    between = tokens[numeric[-1] + 1:-1] if numeric else []
    return frozenset(w.lower().rstrip(".") for w in between if w[:1].isupper() or w.lower() in _REST_WORDS)


# Words that make a count the rest of a group named beside it ("and 4 other people").
_REST_WORDS = frozenset({"other", "others"})


_NUMBER_WORDS = frozenset(LEXICON.numbers.units) | frozenset(LEXICON.numbers.tens) | frozenset(LEXICON.numbers.scales) \
    | {"dozen", "hundred"}


# A time of day a figure is given at: "Until 7.30 p.m., Congress had 11 confirmed victories"
# and "Until 9 p.m. ... 27 confirmed victories" are one tally at two hours, not a slip.
_CLOCK = re.compile(
    r"\b(?:(?P<cut>until|till|up\s+to|as\s+of|as\s+at|by)\s+)?(?:(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>\d{1,2}):(?P<m24>\d{2})\b|(?P<word>noon|midnight)\b)", re.I)
_CLOCK_WORDS = {"noon": "12:00", "midnight": "00:00"}


def clock(c: Any, text: str, start: int) -> tuple[str | None, bool]:
    """The time of day the figure is given at (24-hour "19:30") and whether it is a cut-off
    ("until", "as of", "by"): the time nearest the figure in its sentence, else the last
    time of the sentence before (a tally often follows the hour it was counted at)."""
    sentence = c.sentence or ""
    at = max(sentence.find(c.text), 0)
    found = [(abs(m.start() - at), m) for m in _CLOCK.finditer(sentence)]
    if not found:
        begins = start - at
        before = split_sentences(text[max(0, begins - 400):begins])
        found = [(0, m) for m in list(_CLOCK.finditer(before[-1].text))[-1:]] if before else []
    if not found:
        return None, False
    m = min(found, key=lambda f: f[0])[1]
    if m.group("word"):
        return _CLOCK_WORDS[m.group("word").lower()], bool(m.group("cut"))
    hour = int(m.group("h") or m.group("h24"))
    minute = int(m.group("m") or m.group("m24") or 0)
    if m.group("ap"):
        hour = hour % 12 + (12 if m.group("ap").lower() == "p" else 0)
    return f"{hour:02d}:{minute:02d}", bool(m.group("cut"))


# A figure in parentheses right after a proper name is that name's: "Bale's fee ... compared
# with Ronaldo (€ 94mil)" gives Ronaldo's fee, not Bale's.
_OWNER = re.compile(r"\b([A-Z][\w'’.-]*)\s*\(\s*[^()]{0,20}$")


def owner(text: str, start: int) -> str | None:
    """The proper name right before the parenthesis the figure at ``start`` opens (folded)."""
    m = _OWNER.search(text, max(0, start - 80), start)
    if not m:
        return None
    name = m.group(1).replace("’", "'").removesuffix("'s").rstrip(".").lower()
    return None if name in COMMON_NAMES or name in NOT_NAMES else name


_CAPITAL = re.compile(r"\b[A-Z][\w'’-]*[A-Za-z]")


# A dateline opening a sentence: a place in capitals, maybe its region, maybe an agency in
# brackets, and a dash ("FORT WORTH, Texas — ", "LONDON (Reuters) - "). It names where the
# story was filed, never the person a figure belongs to.
_DATELINE_HEAD = re.compile(r"^\s*[A-Z][A-Z.'’ -]*[A-Z](?:,\s*[A-Z][\w.'’ -]{0,30})*\s*(?:\([^()]{1,40}\)\s*)?[-–—]+\s")


def sentenced(sentence: str, at: int) -> str | None:
    """The person a prison term at ``sentence[at:]`` is given to: the last proper name before
    it in its sentence ("Connor Chapman will serve a minimum of 48 years": chapman; "the judge
    sentenced Couch to 10 years' probation": couch), folded; None when none is named (a
    dateline's place is no person: "FORT WORTH, Texas — A 16-year-old sentenced ...")."""
    head = _DATELINE_HEAD.match(sentence)
    for m in reversed(list(_CAPITAL.finditer(sentence, head.end() if head and head.end() <= at else 0, at))):
        name = m.group(0).replace("’", "'").removesuffix("'s").lower()
        if name not in COMMON_NAMES and name not in NOT_NAMES and len(name) > 2:
            return name
    return None


def facts(c: Any, text: str, start: int, end: int, captions: dict[int, bool] | None = None) -> dict[str, Any]:
    """The ``FigureClaim`` fields of figure ``c`` (a claim with its sentence and text),
    which sits at ``text[start:end]`` of its document (``captions``: the document's
    paragraphs known to be captions or not, see ``in_caption``)."""
    sentence = c.sentence
    at = sentence.find(c.text)
    counted = tally(c)
    where = places(c)
    setting = Setting.model_construct(quotation=in_quotation(text, start, end),
                                      caption=in_caption(text, start, captions))
    unit = c.unit if c.kind == "count" else c.currency
    hour, cut = clock(c, text, start)
    return {
        "measures": sorted(measures(c)),
        "results": results(c),
        "places": sorted(where),
        "recipients": sorted(recipients(c)),
        "qualifiers": sorted(qualifiers(c)),
        "share_of": sorted(share_base(c)),
        "tally": counted[0] if counted else None,
        "rising": rising(c),
        "clock": hour,
        "snapshot": cut,
        "owner": owner(text, start),
        "tense": tense_around(sentence, max(at, 0), max(at, 0) + len(c.text))[0] if sentence else None,
        "setting": setting,
        # what is counted: the noun (or the currency), its casualty class when it has one
        "event": Event.model_construct(trigger=unit, category=counted[0] if counted else c.kind,
                                       participants=sorted(where)),
    }


def with_declared(claims: list[Any], data: PackData) -> list[Any]:
    """``claims`` with the pack subjects each is about (``declared``): a subject whose
    terms the figure's sentence names, nearest the figure, and whose currency, unit and
    period (when the pack gives them) fit."""
    if not data.subjects or not claims:
        return claims
    subjects = [(s, phrase_pattern(s.terms)) for s in data.subjects]
    return [c.model_copy(update={"declared": declared(c, subjects)}) for c in claims]


def declared(c: Any, subjects: list) -> list[str]:
    sentence, at, _ = near(c)
    distance: dict[str, int] = {}
    for s, pattern in subjects:
        if (s.currency is None or (c.kind == "money" and c.currency == s.currency)) and (
            s.unit is None or (c.kind == "count" and c.unit == s.unit.lower())
        ) and (s.period is None or c.period in {None, s.period}):
            gaps = [max(m.start() - at - len(c.text), at - m.end(), 0) for m in pattern.finditer(sentence)]
            if gaps:
                distance[s.id] = min(gaps)
    best = min(distance.values(), default=None)
    return sorted(k for k, v in distance.items() if v == best)
