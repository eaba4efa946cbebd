"""Counts: a number with the noun it counts, or a percentage.

``2.5 million people``, ``120,000 Hondurans``, ``three delegations``, ``five senior
officials``, ``41%`` / ``41 percent``, ``two-thirds of migrants``, ``between 10 and 12
countries``. The counted noun is the first plural noun within three words of the number;
a number with no such noun is not a count. Years, dates, times, ages and durations,
ordinals, measures ("20 miles", "90 mph", "5,000 acres"), labels ("Section 8"), phone and
street numbers, compounds ("three-way") and numbers inside money are left alone. A vote's
score ("voted 50-48", "adopted 216 to 210") is two counts: "votes for" and "votes against".
"""

from __future__ import annotations

import re

from ..language import LEXICON
from ..language.numbers import Number, hedge_before, interval, scan
from ..language.quantities import NOT_NOUNS, PERCENT_RE, WORD_RE, excluded, is_plural
from ..models import CountClaim, Document
from ..packdata import PackData
from ..spans import Spans
from ..text import claim_id, locator
from . import figures, money
from ._figure_facts import facts, sentenced, with_declared
from ._pipeline import Earlier

_F = LEXICON.figures
# Plural nouns that measure time: durations and ages belong to the date family.
TIME_NOUNS = frozenset(_F.time_nouns)
# Plural nouns that are units of measure: a distance, a speed, an area, a weight is a measure,
# not a count of things. Outlets convert and round them differently (miles and kilometres),
# and they describe moving things ("20 miles southwest of the coast"), so they are not read.
MEASURE_NOUNS = frozenset(_F.measure_nouns)
# Stopwords that may stand between a number and its noun: "six other workers", "five more people".
QUANTITY_WORDS = frozenset(_F.quantity_words)
# A dotted or capital abbreviation before the noun is a modifier: "33,000 U.S. West Coast workers".
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]\.(?:[A-Z]\.?)+|[A-Z]{2,}")

_PHONE_RE = re.compile(r"(?<![\w+(])(?=[+(\d])(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|and|or)\s*")
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)


def _noun_after(text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun within three words after ``pos`` (and where it ends); capitalised
    modifiers do not count toward the three ("33,000 U.S. West Coast workers")."""
    words = 0
    for _ in range(6):
        if words == 3:
            return None
        m = WORD_RE.match(text, pos)
        if not m:
            return None
        word = m.group(1).rstrip(".")
        words += not word[:1].isupper()
        if word.lower() in QUANTITY_WORDS or _ABBREVIATION.fullmatch(m.group(1)):  # "six other workers", "U.S."
            pos = m.end() + text.startswith(".", m.end())
            continue
        if word.lower() in NOT_NOUNS or ("\n" in m.group(0) and word[:1].isupper()):
            return None  # a capital after a line break starts the next line: "toll passes 2,100\nSurvivors of"
        if is_plural(word):
            not_counted = word.lower() in TIME_NOUNS or word.lower() in MEASURE_NOUNS
            return (None, m.end()) if not_counted else (word, m.start(1) + len(word))
        pos = m.end()
    return None


def _masked(text: str, doc: Document, money_claims: list) -> Spans:
    """Money and phone numbers: their digits are not counts."""
    spans = [(c.start - doc.offset, c.end - doc.offset) for c in money_claims]
    return Spans([*spans, *((m.start(), m.end()) for m in _PHONE_RE.finditer(text))])


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[CountClaim]:
    """Count claims of one document; the digits of its money claims (``earlier["money"]``,
    extracted here when not given) are not counts."""
    text = doc.text
    loc = locator(doc)
    found = (earlier or {}).get("money")
    masked = _masked(text, doc, found if found is not None else money.extract(doc, data))
    numbers = [n for n in scan(text) if not masked.overlaps(n.start, n.end) and not excluded(text, n)]
    out: list[CountClaim] = []
    captions: dict[int, bool] = {}
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
        claim = CountClaim(
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
        found = facts(claim, text, start, end, captions)
        if unit.endswith("deadline"):  # a deadline is its order's: of its own kind, nobody's
            found |= {"tally": "deadline"}
        elif unit.split()[0] in TERM_UNITS:  # a prison term is the sentenced person's, and of its own kind
            found |= {"owner": sentenced(sentence.text, rel) or found["owner"],
                      "tally": "probation" if unit.endswith("probation") else "prison"}
        out.append(claim.model_copy(update=found))
    scores = _vote_scores(doc, text, loc, {n.start for n in numbers}, out, captions)
    if scores:  # a score's sides replace the counts read inside it ("60 votes" of "60 votes to 59")
        spans = Spans([(c.start - doc.offset, c.end - doc.offset) for c in scores])
        out = sorted([c for c in out if not spans.overlaps(c.start - doc.offset, c.end - doc.offset)] + scores,
                     key=lambda c: (c.start, c.end))
    return with_declared(out, data)


# A vote's score ("voted 50-48", "adopted 216 to 210", "in a 311-112 vote"): the first
# number counts the votes for, the second the votes against (figures.yaml ``vote_score_*``).
_SCORE = re.compile(r"(?<![\d.,$£€])(\d{1,3})[^\S\n]*(?:-|–|—|to)[^\S\n]*(\d{1,3})(?![\d.,%]*\d|[%\w-])")
_SCORE_BEFORE = [re.compile(rx, re.I) for rx in _F.vote_score_before]
_SCORE_AFTER = [re.compile(rx, re.I) for rx in _F.vote_score_after]
_SCORE_FORMS = [re.compile(rx, re.I) for rx in _F.vote_score_forms]
SCORE_SIDES = ("votes for", "votes against")


def _vote_scores(doc: Document, text: str, loc, quantities: set[int], counted: list[CountClaim],
                 captions: dict[int, bool]) -> list[CountClaim]:
    """The two sides of each vote's score in ``text``, as exact counts of "votes for" and
    "votes against": a dashed score no count claim holds already, or one with its sides named
    ("60 votes to 59", whose "60 votes" it replaces). A score is one outlets copy from the
    record. Both numbers must be quantities (``quantities``: where they start; not money, a
    date, a year or a label: "voted on 10-12 March" is no score)."""
    taken = Spans([(c.start - doc.offset, c.end - doc.offset) for c in counted])
    named = [m for rx in _SCORE_FORMS for m in rx.finditer(text)
             if {m.start("for"), m.start("against")} <= quantities]  # sides named: they replace counts in them
    dashed = [m for m in _SCORE.finditer(text)
              if {m.start(1), m.start(2)} <= quantities and not taken.overlaps(m.start(), m.end())
              and (any(rx.search(text, max(0, m.start() - 60), m.start()) for rx in _SCORE_BEFORE)
                   or any(rx.match(text, m.end()) for rx in _SCORE_AFTER))]
    out: list[CountClaim] = []
    seen: set[int] = set()
    for m in sorted(named + dashed, key=lambda m: m.start()):
        groups = ("for", "against") if "for" in m.re.groupindex else (1, 2)
        if m.start(groups[0]) in seen:
            continue
        seen.add(m.start(groups[0]))
        sentence = loc.sentence_at(m.start())
        for side, group in zip(SCORE_SIDES, groups):
            start, end = m.start(group), m.end(group)
            value = float(m.group(group))
            claim = CountClaim(
                id=claim_id(doc, "count", start, end), **loc.span(start, end), value=value, low=value, high=value,
                hedge=None, unit=side,
                subject=figures.subject(sentence.text, m.start() - sentence.start, m.end() - sentence.start),
                period=figures.period(sentence.text, m.start() - sentence.start, doc.published,
                                      m.end() - sentence.start),
            )
            out.append(claim.model_copy(update=facts(claim, text, start, end, captions)))
    return out


def _starts_change(text: str, n: Number) -> bool:
    """"from 10 to 12" is a change between two counts, not a range."""
    return bool(re.search(r"\bfrom\s+$", text[max(0, n.start - 6):n.start], re.I))


def _unit(text: str, n: Number) -> tuple[str | None, int]:
    """What the number counts ("percent" for shares) and where the count ends."""
    pct = PERCENT_RE.match(text, n.end)
    if pct:
        return ("percentage points" if "point" in pct.group(0).lower() else "percent"), pct.end()
    if n.form == "fraction":
        return "percent", n.end
    noun = _noun_after(text, n.end)
    if noun and noun[0] is None:
        term = _term(text, n, noun[1])
        return (term, noun[1]) if term else (None, n.end)
    if noun:
        return noun[0], noun[1]
    return _unit_unwritten(text, n)


TERM_UNITS = frozenset(_F.term_units)
_NOT_TERM = frozenset(_F.term_not_after)
_TERM_BEFORE = [re.compile(rx, re.I) for rx in _F.term_before]
_TERM_AFTER = [re.compile(rx, re.I) for rx in _F.term_after]
_TERM_COMPOUND = [re.compile(rx, re.I) for rx in _F.term_compound_after]
_DEADLINE_BEFORE = [re.compile(rx, re.I) for rx in _F.deadline_before]


def _term(text: str, n: Number, end: int) -> str | None:
    """The time noun of a prison term or of probation ("sentenced to 58 months", "48 years in
    prison", "10 years' probation"; "years probation" for probation) or of a deadline ("a new
    election within 60 days": "days deadline"), else None: other durations are not counts
    (figures.yaml ``term_*``, ``deadline_before``). The first part of a compound duration
    ("19 years and 82 days") is none: the whole is not the round term other outlets give."""
    word = re.search(r"[A-Za-z]+$", text[n.end:end])
    unit = word.group(0).lower() if word else ""
    nxt = WORD_RE.match(text, end + (text[end:end + 1] in "'’"))
    if unit not in TERM_UNITS:
        return None
    hedged = hedge_before(text, n.start)
    at = hedged[1] if hedged else n.start
    after = text[end:end + 40]
    if any(rx.search(text, max(0, at - 30), at) for rx in _DEADLINE_BEFORE):
        return f"{unit} deadline"  # "within 60 days after the ruling" is a deadline still
    if nxt and nxt.group(1).lower() in _NOT_TERM:
        return None
    if any(rx.match(after) for rx in _TERM_COMPOUND):
        return None  # "19 years and 82 days": the first part of a compound term
    if not (any(rx.search(text, max(0, at - 60), at) for rx in _TERM_BEFORE) or any(rx.match(after) for rx in _TERM_AFTER)):
        return None
    return f"{unit} probation" if re.match(r"^[\s'’]*(?:of\s+)?probation", after, re.I) else unit


# Counts of people that news leaves without a noun: "the death toll rose to 273", "another
# 2,500 were injured", "more than 400 injured". Only verbs said of people, so "90 more were
# damaged" (houses) stays unread.
_TOLL_BEFORE = re.compile(
    r"\b(?:(?:death|casualty|fatality)\s+(?:toll|count)|number\s+of\s+(?:deaths|dead|fatalities))\b"
    r"(?:[ \t]+[\w.'’-]+){0,14}?[ \t]+(?:to|at|of|reach|reached|hit|pass|passed|top|topped|exceed|exceeded)[ \t]+$",
    re.I,
)
_PEOPLE_VERBS = r"(?:killed|injured|wounded|hurt|missing|dead|rescued|arrested|detained|evacuated|hospitali[sz]ed)"
_PEOPLE_AFTER = re.compile(
    rf"[ \t]+(?:(?:were|was|have\s+been|had\s+been|are|remain|remained)[ \t]+(?:still[ \t]+)?{_PEOPLE_VERBS}"
    rf"|(?:injured|wounded|dead))\b(?![ \t]+(?:[a-z]+s|people|persons)\b)",
    re.I,
)


# A verb of harm done to people right before the number: "killed 16 people and injured 13 on
# the bus" (the noun written once, for the first count).
_PEOPLE_BEFORE = re.compile(r"\b(?:killed|killing|injured|injuring|wounded|wounding)[ \t]+$", re.I)


def _unit_unwritten(text: str, n: Number) -> tuple[str | None, int]:
    """A count of people with no noun written: a death toll ("expected to reach 10,000"), "N
    were injured", or "injured N"."""
    hedged = hedge_before(text, n.start)
    at = hedged[1] if hedged else n.start
    if _TOLL_BEFORE.search(text, max(0, n.start - 160), at):
        return "deaths", n.end
    if n.form != "fraction" and (_PEOPLE_AFTER.match(text, n.end) or _PEOPLE_BEFORE.search(text, max(0, at - 20), at)):
        return "people", n.end
    return None, n.end
