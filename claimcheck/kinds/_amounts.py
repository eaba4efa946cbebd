"""Which two figures of ``amount-agreement`` may be compared at all: measure, period, story.

Coverage puts true figures of different things side by side: a company's profit and its
profit per share, this quarter's revenue and the year-earlier quarter's, one company's
results and another's. Each guard here keeps such a pair from being read as a slip; the
rule itself (``amount_agreement``) only weighs the figures that pass them.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from ..cache import text_cache
from ..extract.figures import WINDOW
from ..extract.numbers import SCALES, TENS, UNITS
from ..models import Document
from ..text import STOPWORDS, content_words, split_sentences

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
    extractor gives a figure's period, ``figures.WINDOW``), and where the figure is in it."""
    return _near(c.sentence, c.text)


@lru_cache(maxsize=8192)
def _near(sentence: str, text: str) -> tuple[str, int, int]:
    at = max(sentence.find(text), 0)
    lo, hi = max(0, at - WINDOW), min(len(sentence), at + len(text) + WINDOW)
    return sentence[lo:hi], at - lo, at - lo + len(text)


def measures(c: Any) -> frozenset[str]:
    """The measures a figure is of: from its sentence, and "per share" from the figure's own words."""
    sentence, at, end = near(c)
    found = {name for name, rx in _MEASURES if rx.search(sentence)}
    after = _PER_SHARE_AFTER.match(sentence, end)
    if after or _PER_SHARE_BEFORE.search(sentence, max(0, at - 40), at):
        found.add("per share")
    return frozenset(found)


# A share names what it is a share of: "40.05% of the vote" and "98 percent of polling
# stations" are shares of different wholes, whatever else their sentences share.
_SHARE_OF = re.compile(r"\s*of\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)(?=\s*(?:[,.;:()—–]|\s-\s|\s+(?:in|at|on|for|from|as|and|after|before|was|were|is|are|who|that|which|by|to|said|says)\b|$))", re.I)


def share_base(c: Any) -> frozenset[str]:
    """The content words of what a percentage is a share of ("of its global workforce":
    global, workforce); empty for other figures or a share that does not say."""
    if getattr(c, "unit", None) not in {"percent", "percentage points"}:
        return frozenset()
    sentence, _, end = near(c)
    m = _SHARE_OF.match(sentence, end)
    return frozenset(content_words(m.group(1))) if m else frozenset()


# What a casualty count counts, from the word nearest the figure: "the death toll climbed to
# 2,122 with 2,421 people injured" holds a toll of dead and one of injured, and a sentence's
# words alone do not tell them apart.
TALLIES: dict[str, str] = {
    "dead": r"\bkill(?:ed|ing|s)?\b|\bdead\b|\bdeaths?\b|\bdied\b|\bfatalit(?:y|ies)\b|\blives\b",
    "injured": r"\binjur(?:ed|ies|y|ing)\b|\bwounded\b|\bhurt\b",
    "missing": r"\bmissing\b|\bunaccounted\b",
    "arrested": r"\barrest(?:ed|s)?\b|\bdetain(?:ed|ees?)?\b",
    "displaced": r"\bevacuat(?:ed|ions?|ing)\b|\bdisplaced\b|\bhomeless\b|\bfled\b|\bforced\s+from\b",
    "rescued": r"\brescued\b",
    "hospitalised": r"\bhospitali[sz]ed\b",
}
_TALLIES = [(name, re.compile(rx, re.I)) for name, rx in TALLIES.items()]


def tally(c: Any) -> str | None:
    """The kind of casualty count a figure is (dead, injured, missing...): the kind whose
    word is nearest the figure in its sentence; None when the sentence names none."""
    sentence, at, end = near(c)
    best: tuple[int, str] | None = None
    for name, rx in _TALLIES:
        for m in rx.finditer(sentence):
            gap = max(m.start() - end, at - m.end(), 0)
            if best is None or gap < best[0]:
                best = (gap, name)
    return best[1] if best else None


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


def places(c: Any) -> frozenset[str]:
    """Capitalised words after a word that places the figure ("in", "near", "struck")."""
    found: set[str] = set()
    for m in _PLACE.finditer(near(c)[0]):
        for word in re.split(r"[\s-]+", m.group(1).replace("’", "'")):  # "U.S.-Mexico": us, mexico
            found.add(word.lower().replace(".", "").removesuffix("'s"))
    return frozenset(found - set(COMMON_NAMES) - set(_NOT_NAMES))


def qualifiers(c: Any) -> frozenset[str]:
    """Capitalised words between a count's number and its noun: "212 Democratic votes" and
    "14 Republican votes" count different things, and so do they and "216 votes"."""
    if c.kind != "count":
        return frozenset()
    tokens = c.text.split()
    numeric = [i for i, t in enumerate(tokens) if re.search(r"\d", t) or _NUMBER_WORDS & set(t.lower().split("-"))]
    between = tokens[numeric[-1] + 1:-1] if numeric else []
    return frozenset(w.lower().rstrip(".") for w in between if w[:1].isupper())


_NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES) | {"dozen", "hundred"}
_PERIOD_YEARS = re.compile(r"(?:19|20)\d\d")


def periods_fit(a: Any, b: Any, published: dict[str, dt.date | None], strict: bool = False) -> bool:
    """Same period, or one unstated, unless the stated one is history for the other's source.

    ``strict`` (results stories): the periods must be stated and the same. A quarter's
    profit and a profit of unstated period are not known to be about the same time, and
    neither are two profits of unstated period: results coverage gives the quarter and the
    year side by side ("net income reached $2.5 billion" for the quarter in one outlet,
    "GAAP Net Income: $7.09 billion" for the year in another's summary).
    """
    if strict:
        return a.period is not None and a.period == b.period
    if a.period == b.period:
        return True
    if strict or (a.period is not None and b.period is not None):
        return False
    dated, undated = (a, b) if a.period is not None else (b, a)
    years = [int(y) for y in _PERIOD_YEARS.findall(dated.period)]
    now = published.get(undated.document)
    return not (years and now and max(years) < now.year - 1)


_NAME = re.compile(r"\b[A-Z][A-Za-z.'’-]*[A-Za-z]")
_NOT_NAMES = frozenset(
    "january february march april may june july august september october november december monday tuesday "
    "wednesday thursday friday saturday sunday mr mrs ms dr".split()
) | STOPWORDS


@text_cache()
def names(doc: Document) -> frozenset[str]:
    """Capitalised words inside sentences (not their first word): the story's places, people, bodies."""
    found: set[str] = set()
    for sentence in split_sentences(doc.text):
        for m in _NAME.finditer(sentence.text):
            word = m.group(0).lower().replace("’", "'").removesuffix("'s")
            if m.start() > 0 and word not in _NOT_NAMES and len(word) > 2:
                found.add(word)
    return frozenset(found)


# Capitalised words that any story of a kind names (bodies, titles, parties, compass
# points): two articles on different bills both say "House", "Senate" and "Democrats".
# They do not tell a story apart, so they are not counted as its names.
COMMON_NAMES = tuple(
    "president republican republicans democrat democrats democratic house senate congress parliament rep sen gov "
    "minister prime leader speaker secretary committee department ministry united states u.s u.k u.n us uk un state "
    "national american court supreme news city county majority minority gop representatives foreign government "
    "police federal party white north south east west new chief general international university".split()
)


def same_story(a: Document | None, b: Document | None, min_names: int, min_shared_names: int,
               common: frozenset[str] = frozenset(COMMON_NAMES)) -> bool:
    """Two articles naming enough names but sharing too few of them are different stories;
    two that each name something and share nothing at all are too (a short results brief
    on one company and a longer one on another). Names every story of a kind uses
    (``common``: "House", "Senate", "Democrats") do not count."""
    if a is None or b is None or not min_shared_names:
        return True
    na, nb = names(a) - common, names(b) - common
    if na and nb and not na & nb:
        return False
    if len(na) < min_names or len(nb) < min_names:
        return True
    return len(na & nb) >= min_shared_names
