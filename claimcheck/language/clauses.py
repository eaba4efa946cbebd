"""The clause around a date phrase, and its tense: what makes "Tuesday" the past or the next one.

News writes dates as bare weekdays and months; their direction comes from the verb of
their clause ("said Tuesday" is past, "will travel Tuesday" is future). A clause here is
the comma/semicolon/dash segment holding the phrase, widened to its neighbours while it
has no verb marker ("On Tuesday, the minister will lead ..." reads "will").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar import WEEKDAY_RE

# Segments end at commas, semicolons, colons, brackets, dashes and quotes (not the comma of
# "1,000" nor the colon of "4:30"), and a new one
# starts before a subordinating word ("... said Tuesday | as the issue resurfaces in November")
# or a coordinated verb ("had its second reading on Tuesday | and will return ...").
# Verbs whose past is their present ("cut", "set", "hit") are no past markers.
_SEGMENT_BREAK = re.compile(
    r"\s*(?:[;()\[\]\"“”]|,(?!\d{3}\b)|:(?!\d\d\b)|\s[-–—]\s)\s*"
    r"|\s+(?=(?:as|while|because|although|though|who|which|whose|whom|that|when|where|if)\s)"
    r"|\s+(?=(?:and|but)\s+(?:will|would|is|are|was|were|has|have|had|then|later|also|could|may|might)\b)"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# "plans to" is a future marker as a verb ("the bank plans to raise capital"), not as a noun
# ("a deposit run thwarted plans to raise capital", "its plans to").
# Each pattern below opens with a look-ahead for the first characters its words can start
# with: it does not change what matches, but lets the engine skip digits, spaces and symbols
# at once (a clause full of figures took 0.4 ms per scan, and every figure scanned it).
_FUTURE = re.compile(
    r"(?=[A-Za-z'’])\b(?:will|won['’]t|shall|would(?!\s+(?:not\s+|never\s+)?have\b)|(?:is|are|was|were)\s+(?:now\s+)?(?:set|scheduled|due|expected|likely|"
    r"poised|slated|going|planning|preparing|forecast|predicted|projected)\s+to|"
    r"(?<![a-z]{2}ed\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bour\s)(?<!\btheir\s)plans?\s+to|"
    r"intends?\s+to|aims?\s+to|upcoming|(?:is|are)\s+to\s+be|"
    r"next(?!\s+to\b)(?!\s+\w+['’]s\b)|if\s+elected|ahead\s+of|to\s+be\s+held|looms?|to\s+travel|to\s+visit|to\s+meet|"
    r"to\s+host|to\s+hold|"
    # Future in the past: a schedule or a deadline named in a past clause is still to come
    # ("had been extended to March 3", "was set for Friday", "was postponed until June").
    r"(?:extended|postponed|adjourned|pushed\s+back|rescheduled)\s+(?:to|until|till)|"
    r"(?:is|are|was|were|been)\s+(?:set|scheduled|slated|planned|due)\s+for)\b|['’]ll\b",
    re.I,
)
_IRREGULAR_PAST = (
    "said|told|was|were|had|did|met|held|took|gave|went|came|made|began|fell|rose|saw|left|led|won|lost|"
    "spoke|sent|paid|brought|found|got|kept|thought|became|ran|wrote|struck|sought|stood|fought|grew|"
    "flew|drew|threw|knew|meant|felt|heard|sold|bought|built|spent|died|ago|"
    "last(?!\\s+(?:through|until|till|into|beyond|longer)\\b)|earlier|yesterday|previously|formerly"
)
_PAST = re.compile(rf"(?=[A-Za-z])(?:\b(?:{_IRREGULAR_PAST})\b|\b[a-z]{{3,}}ed\b)", re.I)
# A participle after these is not a simple past ("has emerged", "is expected", "is being
# held"). A passive present perfect is ("has been declared winner of the Saturday poll", "has
# been elected ... on Thursday"): something done, so its weekday is the one just past; a plan
# after it is caught as future first ("has been scheduled for"). The active perfect stays out:
# its date may be its object ("has declared Sept. 19 a holiday").
_NOT_PAST_BEFORE = re.compile(r"(?:\b(?:has|have|having|is|are|be|being|am)|['’](?:s|ve|re|m))\s+(?:\w+ly\s+)?$"
                              r"|\b(?:having|is|are|be|being|am|['’](?:re|m))\s+been\s+(?:\w+ly\s+)?$", re.I)
# "are accused of storming the hall on Friday", "is charged with killing": a present passive
# about an act already done; the date belongs to the act.
_PAST_ACT = re.compile(r"(?=[A-Za-z])\b(?:accused|suspected|charged|convicted|arrested|jailed|sentenced|blamed|"
                       r"indicted|credited|praised|critici[sz]ed)\s+(?:of|for|with|over)\s+\w+ing\b", re.I)
_NOT_VERBS = frozenset({"need", "speed", "seed", "feed", "indeed", "hundred", "bred", "shed", "bed",
                        "proceed", "exceed", "succeed", "united", "limited", "red", "based", "related",
                        "supported", "armed", "advanced", "detailed", "interested", "concerned", "used"})


# "The company said Monday it will cut jobs", "told reporters Tuesday that ...": a day right
# after a reporting verb dates the report, whatever tense the reported clause has. Not when
# the day starts the reported clause itself ("said Friday will be a day of mourning"), nor
# after "be" ("to be announced today"). Only days (a weekday, "today", or "on" + a date): a
# bare date after a verb is often its object ("has declared Sept. 19 a holiday").
_REPORTED_BEFORE = re.compile(
    r"(?<!\bbe\s)\b(?:said|told(?:\s+[a-z]+){0,2}|announced|confirmed|reported|warned|added|stated|revealed|"
    r"disclosed|unveiled|pledged|vowed|promised|insisted|denied|admitted|acknowledged|signal(?:l)?ed|"
    r"urged|argued|claimed|noted|wrote|tweeted|posted)\s+(on\s+)?$", re.I)
_DAY = re.compile(rf"(?:{WEEKDAY_RE})\b|today\b|yesterday\b", re.I)
_DATE_AS_SUBJECT = re.compile(r"\s*(?:will|would|shall|could|might|may|is|was|marks?|marked|['’]s)\b", re.I)


def reported(sentence: str, start: int, end: int) -> bool:
    """Whether the day at [start, end) dates a reporting verb just before it."""
    verb = _REPORTED_BEFORE.search(sentence, max(0, start - 60), start)
    if not verb or _DATE_AS_SUBJECT.match(sentence, end):
        return False
    return bool(verb.group(1) or _DAY.match(sentence, start))


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str


@lru_cache(maxsize=64)  # the date phrases and figures of one sentence ask in turn (a document holds ~40)
def segments(sentence: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the comma/dash segments of ``sentence``."""
    out, pos = [], 0
    for m in _SEGMENT_BREAK.finditer(sentence):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(sentence):
        out.append((pos, len(sentence)))
    return tuple(out) or ((0, len(sentence)),)


@lru_cache(maxsize=256)  # the dates and figures of one sentence widen through the same clauses
def _marked(text: str) -> bool:
    return bool(_FUTURE.search(text) or _past_marker(text))


def clause(sentence: str, start: int, end: int) -> Clause:
    """The clause of ``sentence`` around [start, end), widened while it has no verb marker.

    Widening alternates forwards and backwards, so a leading "On Tuesday," reads the
    clause after it and a trailing ", on Thursday." the one before it, skipping relative
    clauses ("which began Monday"). A segment of three words or more is a clause of its own
    even without a marker ("Tuesday's talks come").
    """
    segs = segments(sentence)
    last = len(segs) - 1
    i = j = k = next((n for n, (s, e) in enumerate(segs) if s <= start < e or start < s), last)
    step = 0
    while True:
        lo, hi = segs[i][0], max(segs[j][1], min(end, len(sentence)))
        text = _without_asides(sentence, segs, i, j, k)[lo:hi]
        blank = _without(text, start - lo, end - lo)
        if _marked(blank) or len(_WORD.findall(blank)) >= 3 or (i == 0 and j == last):
            return Clause(lo, hi, text)
        if j < last and (step % 2 == 0 or i == 0):
            j += 1
        elif i > 0:
            i -= 1
        step += 1


_ASIDE = re.compile(r"(?:which|who|whose|whom)\b", re.I)


def _without_asides(sentence: str, segs: tuple[tuple[int, int], ...], i: int, j: int, own: int) -> str:
    """``sentence`` with the relative clauses between segments i and j blanked, except the phrase's
    own: in "The trial, which began Monday, resumes Friday" Friday's verb is "resumes"."""
    out = sentence
    for n in range(i, j + 1):
        s, e = segs[n]
        if n != own and _ASIDE.match(sentence, s):
            out = out[:s] + " " * (e - s) + out[e:]
    return out


def _without(text: str, start: int, end: int) -> str:
    """``text`` with the date phrase blanked, so "next month" does not mark its own clause."""
    return text[:max(start, 0)] + " " * (max(end, 0) - max(start, 0)) + text[max(end, 0):]


@lru_cache(maxsize=256)  # a clause is tested when found (clause) and again for its tense (tense)
def _past_marker(text: str) -> bool:
    if _PAST_ACT.search(text):
        return True
    for m in _PAST.finditer(text):
        word = m.group(0).lower()
        if word in _NOT_VERBS:
            continue
        # the words before, read from a bounded stretch: a copy of the text up to every past
        # form made a clause dense with them quadratic
        if word.endswith("ed") and (_NOT_PAST_BEFORE.search(text, max(0, m.start() - 100), m.start())
                                    or text[m.start()].isupper()):
            continue
        return True
    return False


# "ahead of" marks a plan only in a clause with no past verb: "beat him Sunday ahead of the
# Open" is past, "meets him Sunday ahead of the Open" looks ahead.
_AHEAD = re.compile(r"ahead\s+of", re.I)


def _only_ahead(text: str) -> bool:
    future = [m.group(0) for m in _FUTURE.finditer(text)]
    return bool(future) and all(_AHEAD.fullmatch(f) for f in future)


def tense(text: str) -> str:
    """'future', 'past' or 'present' for a clause (the phrase itself blanked out)."""
    future = [m.group(0) for m in _FUTURE.finditer(text)]
    if future and _only_ahead(text) and _past_marker(text):
        return "past"
    if future:
        return "future"
    if _past_marker(text):
        return "past"
    return "present"


# "is set to start on Monday, March 21 and last through Thursday": a verb coordinated after a
# future one shares its "is set to".
_COORDINATED = re.compile(r"\b(?:and|or)\s+[a-z]+\b")


def tense_around(sentence: str, start: int, end: int) -> tuple[str, Clause]:
    c = clause(sentence, start, end)
    if reported(sentence, start, end):
        return "past", c
    t = tense(_without(c.text, start - c.start, end - c.start))
    if t == "present" and _COORDINATED.search(c.text, 0, max(start - c.start, 0)) \
            and _FUTURE.search(sentence, 0, c.start):
        t = "future"
    elif t == "future" and _only_ahead(c.text) and _past_marker(sentence[:c.start]) \
            and not _FUTURE.search(sentence, 0, c.start):
        t = "past"  # "thumped him 6-2, 6-2 on Sunday ... ahead of the Open": the verb is before the comma
    return t, c
