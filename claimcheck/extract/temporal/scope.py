"""What a date phrase dates: the words around it that say which event it belongs to.

"Tuesday's talks in Lima" dates the noun phrase after it; "said Tuesday at
regional talks" dates its clause; "the 2022 Paris Agreement" dates the
agreement, not the meeting named in the same clause. The date rules compare two
mentions only when these words show they are about the same event.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ...language import LEXICON
from ...language.calendar import MONTHS, WEEKDAYS
from ...language.clauses import clause
from ...models import Document, Event, Setting, TemporalClaim
from ...text import STOPWORDS, content_words, locator
from .._setting import in_caption, in_quotation

_PUNCT_SPACE = re.compile(r"(?<=[.,;:!?])\s")
_FOR = re.compile(r"\bfor\b", re.I)
_POSSESSIVE = re.compile(r"['’]s\s+")
_NEXT_WORDS = re.compile(r"[^\S\n]+((?:[\w'’.-]+[^\S\n]+){0,5}[\w'’.-]+)")
_ATTRIBUTIVE_STOP = STOPWORDS | {"at", "with", "through", "until", "till", "since", "via", "against", "among",
                                  "night", "morning", "afternoon", "evening", "noon", "midnight"}
TIME_WORDS = frozenset(WEEKDAYS + MONTHS + LEXICON.events.time_words)


def local(doc: Document, claim: TemporalClaim) -> tuple[int, int]:
    """The claim's offsets in ``doc.text`` (claims carry offsets in the file)."""
    return claim.start - doc.offset, claim.end - doc.offset


# "arrived Monday ahead of the talks": the date is the arrival's; the talks only relate to it.
# "shortly before midnight on Wednesday", "before dawn on Monday": a clock time, no relation.
_CLOCK = r"(?![^\S\n]+(?:" + "|".join(LEXICON.events.times_of_day) + r"))"
_RELATIONAL = re.compile(
    r"\b(?:ahead\s+of|(?:before|after)\b" + _CLOCK + r"|following|since|until|till|prior\s+to|on\s+the\s+eve\s+of|"
    r"en\s+route\s+to|in\s+preparation\s+for)\b.*", re.I | re.S)
# "for" is a purpose after a verb of travel ("flew in Monday for the talks"), not elsewhere
# ("lead the delegation for the meeting").
_TRAVEL_FOR = re.compile(
    r"\b(?:arriv\w*|fl(?:y|ew|ies|ying|own)|left|leav\w*|depart\w*|head(?:s|ed|ing)?|land\w*|return\w*)\b"
    r"[^.;]*?\bfor\b.*", re.I | re.S)


def scope(doc: Document, claim: TemporalClaim, others: list[tuple[int, int]] | None = None) -> str:
    """The words the phrase dates: the noun phrase after an attributive date, else its clause.

    The phrase itself is blanked, and a clause is cut at a relational preposition: in
    "arrived Monday ahead of the regional talks" or "flew in Monday for the regional talks"
    Monday dates the journey, not the talks. ``others`` are the spans (offsets in
    ``doc.text``, sorted) of the document's date phrases: a clause holding two dates is cut
    between them, so in "searched the ruins Thursday after a quake two days earlier" Thursday
    dates the search and "two days earlier" the quake. Only the spans inside the clause are
    looked at (found by binary search), so a long document stays linear.
    """
    start, end = local(doc, claim)
    text = doc.text
    poss = _POSSESSIVE.match(text, end)
    after = _NEXT_WORDS.match(text, poss.end() - 1 if poss else end)
    if after and (poss or (claim.granularity in ("year", "month") and
                           after.group(1).split()[0].lower().strip(".") not in _ATTRIBUTIVE_STOP)):
        words = _PUNCT_SPACE.split(after.group(1))[0]
        return words
    sent = locator(doc).sentence_at(start)
    if not sent.text:
        return text[start:end]
    c = clause(sent.text, start - sent.start, end - sent.start)
    lo, hi = start - sent.start - c.start, end - sent.start - c.start
    text = c.text
    base = sent.start + c.start
    near = [(s - base, e - base) for s, e in _inside(others or [], base, base + len(text)) if (s, e) != (start, end)]
    first = max((e for s, e in near if e <= lo), default=0)
    last = min((s for s, e in near if s >= hi), default=len(text))
    if last < len(text) and len(content_words(text[first:max(lo, first)])) >= 2:
        last = max(lo, first)  # the words between two dates belong to the second one
    before = text[first:max(lo, first)]
    spoken = list(_SPEECH.finditer(before))
    if spoken:
        before = " " * spoken[-1].end() + before[spoken[-1].end():]  # the speaker is not at the event
    blanked = before + " " * (min(hi, len(text)) - max(lo, 0)) + text[max(hi, 0):last]
    return _cut_travel(_RELATIONAL.sub("", blanked))


# "Chief Justice Ana Ruiz said the election held on Aug 8 ...": the date is in the reported
# clause; who speaks is no participant of the event it dates.
_SPEECH = re.compile(r"\b(?:" + "|".join(LEXICON.events.speech_verbs) + r")\b")


def _inside(spans: list[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the sorted ``spans`` that lie within [lo, hi]."""
    first = bisect_left(spans, (lo, lo))
    last = bisect_right(spans, (hi, hi))
    return [(s, e) for s, e in spans[first:last] if e <= hi]


def _cut_travel(text: str) -> str:
    """``text`` up to the "for" of "flew in Monday for the talks"."""
    m = _TRAVEL_FOR.search(text)
    if not m:
        return text
    at = _FOR.search(text[m.start():])
    return text[: m.start() + at.start()]


_REPEAT = re.compile(
    r"\b(?:again|another|fresh|renewed|second(?!\s+term)|third(?!\s+term)|latest|continued|continuing|resumed|"
    r"further|follow-up|"
    r"kept|keeps?|still|ongoing|"
    r"subsequent|once\s+more|next|new\s+round|each|every|daily|weekly)\b", re.I)


def repeats(scope_text: str) -> bool:
    """Words that say the event happened more than once ("clashed again", "a second day of
    talks"; not "won a second term", one election)."""
    return bool(_REPEAT.search(scope_text))


# A multi-day event has an opening and a close: "talks opened Monday" and "talks ended
# Friday" are two moments, not two dates for one ("opened fire" is a shooting, no opening).
_PHASES = (
    ("start", re.compile(r"\b(?:open(?:s|ed|ing)?(?![^\S\n]+fire\b)|beg[ai]n(?:s|ning)?|begun|start(?:s|ed|ing)?|"
                         r"kick(?:s|ed)?\s+off|"
                         r"launch(?:es|ed)?|first\s+day)\b", re.I)),
    ("end", re.compile(r"\b(?:end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|wrap(?:s|ped)?\s+up|"
                       r"finish(?:es|ed)?|last\s+day|final\s+day)\b", re.I)),
)


def phase(scope_text: str) -> str | None:
    """'start' or 'end' when the words date the opening or the close of an event."""
    return next((name for name, pattern in _PHASES if pattern.search(scope_text)), None)


# Ongoing work spans days: "rescuers searched Wednesday", "on Thursday searched for
# survivors", "firefighters were fighting the fire Tuesday" are successive days of one
# activity, not two dates for one event. So are running counts: "the death toll rose to 80
# on Friday" and "the toll had risen to 89, Green said Saturday" are two days' figures.
_ONGOING = re.compile(
    r"\b(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?\s+for|hunt(?:s|ed|ing)?\s+for|dig(?:s|ging)?|dug|"
    r"comb(?:s|ed|ing)|scour(?:s|ed|ing)|sift(?:s|ed|ing)?|fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|"
    r"campaign(?:s|ed|ing)|rescue\s+(?:efforts?|work|operations?)|recovery\s+(?:efforts?|work|operations?)|"
    r"efforts?\s+to|work(?:s|ed|ing)?\s+to|struggl(?:e|es|ed|ing)\s+to|clean(?:s|ed|ing)?\s+up|"
    r"clear(?:s|ed|ing)?\s+(?:debris|rubble|roads?)|"
    r"(?:death|casualty|fatality)\s+(?:toll|count)|toll|tally)\b", re.I)


def ongoing(scope_text: str) -> bool:
    """Words of an activity that goes on for days (searching, fighting, digging, campaigning)."""
    return bool(_ONGOING.search(scope_text))


# One name for the nouns writers use for one meeting: "regional talks" and "regional
# meetings" are one event word, so two sources need not pick the same noun.
_EVENT_NOUNS = {w: cls for cls, nouns in LEXICON.events.event_nouns.items() for w in nouns}
_STORY_NOUNS = frozenset(w for group in LEXICON.events.story_nouns
                          for w in ([group] if isinstance(group, str) else group))


def keys_of(scope_text: str) -> frozenset[str]:
    """Content words of a scope (see ``scope``), time words left out (they are what may
    differ): a claim's ``subject``."""
    return _keys(content_words(scope_text))


def _keys(words: list[str]) -> frozenset[str]:
    return frozenset(_EVENT_NOUNS.get(w, w) for w in words if w not in TIME_WORDS)


def common_of(scope_text: str, keys: frozenset[str] | None = None) -> frozenset[str]:
    """The keys (``keys_of``, given or found) written in lower case: what happened ("talks",
    "voted"), not who or where: a claim's ``actions``."""
    lower = " ".join(w for w in scope_text.split() if w[:1].islower())
    return frozenset(_EVENT_NOUNS.get(w, w) for w in content_words(lower)) & (keys or keys_of(scope_text))


# "WASHINGTON, Aug 7 (AFP) -", "March 31 (Reuters) -", "Moscow, Jun 8 (Prensa Latina)": a
# dateline is a place in capitals or a name, the date, then an agency in brackets or a dash.
# The place may name a region or country too ("MANTA, Ecuador, April 19 (UPI) --").
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.'’ -]{0,40},[^\S\n]*){0,3}(?:[A-Z][\w.'’ -]{0,40})?$")
_DATELINE_AFTER = re.compile(r"[^\S\n]*(?:\([^()\n]{1,60}\)[^\S\n]*)?(?:[-–—:]|$)", re.M)
# Below the top (after a headline, a byline and captions) only the unmistakable forms: an
# agency in brackets and a dash ("Dec. 20 (UPI) --"), or a place, its comma and a dash
# ("WASHINGTON, Sept. 15 --"); not "On Sept. 15 — the day ...".
_AGENCY_DASH = re.compile(r"[^\S\n]*\([A-Z][\w .&/-]{1,30}\)[^\S\n]*[-–—]")
_PLACE_COMMA_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*(?:[A-Z][\w.'’ -]{0,40},[^\S\n]*){1,3}$")
_DASH_AFTER = re.compile(r"[^\S\n]+[-–—]")


def _below_top(doc: Document, start: int, lines: int = 3) -> bool:
    """Whether ``lines`` line breaks come before ``start`` (the locator's line starts, by
    bisection: finding them from the top cost every date of a one-line document its offset)."""
    return locator(doc).breaks_before(start) >= lines


def is_dateline(doc: Document, claim: TemporalClaim) -> bool:
    """A date at the top of the article that dates the article (the day it was filed), not an event:
    one equal to the publication date, or one written in dateline form."""
    start, end = local(doc, claim)
    if claim.granularity != "day":
        return False
    if _UPDATE_AFTER.match(doc.text, end):
        return True  # "At least 350 dead from Cyclone Idai Mar. 20 /update 7": the update's stamp
    if _below_top(doc, start):
        # the patterns start at the line break before (or the top): matched there, not searched
        # for along the line, which cost every date of a long line its offset in the line
        line = max(locator(doc).break_before(start), 0)
        return bool(_DATELINE_BEFORE.match(doc.text, line, start) and _AGENCY_DASH.match(doc.text, end)
                    or _PLACE_COMMA_BEFORE.match(doc.text, line, start) and _DASH_AFTER.match(doc.text, end))
    if claim.anchor == "absolute" and doc.published is not None and claim.value == doc.published.isoformat():
        return True
    # a dateline is at most ~170 characters besides spaces: searching from the top of the text
    # cost every date of a one-line document its offset (quadratic)
    return bool(_DATELINE_BEFORE.search(doc.text, max(0, start - 400), start)
                and _DATELINE_AFTER.match(doc.text, end)
                or _BYLINE_BEFORE.search(doc.text, max(0, start - 100), start))


_UPDATE_AFTER = re.compile(r"[^\S\n]*/[^\S\n]*update\b", re.I)
# A byline and its date at the top: "By The Associated Press / July 2, 2015", "By Ana Ruiz | May 7".
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*By[^\S\n]+[^\n/|]{2,60}?[^\S\n]*[/|][^\S\n]*$")


# "By Wednesday morning, 25 bodies had been recovered", "as of Monday": the date bounds a
# state reached, not the day something happened.
_BOUND_BEFORE = re.compile(r"\b(?:by|as\s+of|until|till|through|since)[^\S\n]+$", re.I)
# "as of Wednesday morning (local time), March 20": the date after the weekday's aside is the
# same bound day.
_BOUND_WEEKDAY_BEFORE = re.compile(
    r"\b(?:by|as\s+of|until|till|through|since)[^\S\n]+(?:" + "|".join(WEEKDAYS) + r")"
    r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?(?:[^\S\n]*\([^()\n]{1,30}\))?,[^\S\n]*$", re.I)


def is_bound(doc: Document, claim: TemporalClaim) -> bool:
    start, _ = local(doc, claim)
    return bool(_BOUND_BEFORE.search(doc.text[max(0, start - 12):start])
                or _BOUND_WEEKDAY_BEFORE.search(doc.text[max(0, start - 70):start]))


# "overnight Friday into Saturday", "late Monday into Tuesday": the event crosses midnight,
# so either day is right.
_WEEKDAY = "(?:" + "|".join(WEEKDAYS) + ")"
_INTO_AFTER = re.compile(r"[^\S\n]+(?:(?:night|evening)[^\S\n]+)?into[^\S\n]+(?:(?:early|the)[^\S\n]+)?"
                         + _WEEKDAY + r"\b", re.I)
_INTO_BEFORE = re.compile(r"\b" + _WEEKDAY + r"(?:[^\S\n]+(?:night|evening))?[^\S\n]+into[^\S\n]+"
                          r"(?:(?:early|the)[^\S\n]+)?$", re.I)


def crosses_midnight(doc: Document, claim: TemporalClaim) -> bool:
    """A weekday in "Friday into Saturday": one of two days an overnight event spans."""
    start, end = local(doc, claim)
    return bool(_INTO_AFTER.match(doc.text, end) or _INTO_BEFORE.search(doc.text[max(0, start - 40):start]))


# "said Tuesday", "told reporters on Monday", "said in a statement Friday": the date dates
# the report, and a source may report a day later than another. "said Tuesday at regional
# talks" is spoken at the event, so that date is the event's too.
_S = r"[^\S\n]+"
_REPORT_BEFORE = re.compile(
    r"\b(?:" + "|".join(LEXICON.events.speech_verbs) + r")(?:" + _S + r"(?:"
    + "|".join(LEXICON.events.report_settings) + r"))?(?:" + _S + r"(?:on|late|early))?" + _S + r"$")
_AT_EVENT_AFTER = re.compile(r"(?:[^\S\n]+(?:morning|afternoon|evening|night))?" + _S
                             + r"(?:at|during|on\s+the\s+sidelines\s+of)\b", re.I)


def is_report(doc: Document, claim: TemporalClaim) -> bool:
    """A date that dates a report ("said Tuesday") rather than the event reported."""
    start, end = local(doc, claim)
    return bool(_REPORT_BEFORE.search(doc.text[max(0, start - 60):start])) \
        and not _AT_EVENT_AFTER.match(doc.text, end)


# The event word must sit in the date's own stretch of the sentence: in "filed a motion on
# Monday, but allies forced a vote" Monday dates the filing, not the vote.
# The full stop of an abbreviation ("4:30 p.m. Sunday", "the U.S. Senate") ends no sentence,
# nor does the colon of "4:30" or the comma of "1,400".
# The dash of a score or a tally ("voted 50–48") ends nothing either.
_SEGMENT_EDGE = re.compile(r"[;()\n]|(?<!\d)[—–]|[—–](?!\d)|(?<!\d)[,:]|[,:](?!\d)"
                           r"|(?<![.\s][A-Za-z])[.!?][\s\"'”’]|\bbut\b")
# Asides inside a clause are not its edges: a name, a place or an age between commas ("Diana
# Ruiz, 36, on 7 May", "in Elm Falls, La., on May 7", "his rival, Ana Ruiz, on Sunday"), the
# comma of a place and its region before a preposition ("in Elm Court, Lower Dunmore on the
# morning of", "in Elm Falls, Co Clare late on Wednesday night"; not "received by Parliament,
# Speaker Ana Ruiz confirmed"), a short aside in brackets ("the Emirates (UAE) and Bahrain",
# "his girlfriend (16) in Dunmore").
_NAME = r"(?:[A-Z][\w.'’-]*|\d[\w-]*)"
_COMMA_ASIDE = re.compile(r"(?:[A-Z]|\d)[\w.'’-]*(,(?:[^\S\n]*" + _NAME + r"(?:[^\S\n]+" + _NAME
                          + r"){0,3}[^\S\n]*,)+)")
_PLACE_COMMA = re.compile(r"\b[A-Z][\w.'’-]*(,)(?:[^\S\n]+[A-Z][\w.'’-]*){1,3}[^\S\n]+"
                          r"(?:(?:late|early|shortly|just)[^\S\n]+)?(?:on|in|at|near|before|after)\b")
_BRACKET_ASIDE = re.compile(r"\([^()\n]{1,40}\)")
_CALENDAR = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS))


def _asides(text: str, lo: int, hi: int, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between ``lo`` and ``hi`` whose commas and brackets are no edge of the date's
    stretch (see above); none overlaps the date ``text[start:end]`` itself, save the bracket
    a date opens and closes after it ("On Friday (7 July) Ana Ruiz was sentenced")."""
    out = []
    for pattern, group in ((_COMMA_ASIDE, 1), (_BRACKET_ASIDE, 0)):
        for m in pattern.finditer(text, lo, hi):
            a, b = m.span(group)
            inner = text[a:b].strip(",() ").lower().split()
            if a < end and start < b or any(w.strip(".") in _CALENDAR for w in inner):
                continue
            out.append((a, b))
    for m in _PLACE_COMMA.finditer(text, lo, hi):
        word = text[m.start():m.start(1)]
        if word.lower().strip(".") not in _CALENDAR and not (m.start() < end and start < m.end()):
            out.append(m.span(1))
    opened = text.rfind("(", start, end)
    if opened >= 0 and text.find(")", opened, end) < 0:
        close = text.find(")", end, hi)
        if close >= 0:
            out.append((close, close + 1))
    return out


def _edges(text: str, lo: int, hi: int, asides: list[tuple[int, int]]) -> list[re.Match]:
    """The edges of a stretch between ``lo`` and ``hi``, asides left out."""
    return [m for m in _SEGMENT_EDGE.finditer(text, lo, hi)
            if not any(s <= m.start() < e for s, e in asides)]


# The date's own clause ends at a subordinator: in "resigned after the party decided on
# Tuesday to recall him" Tuesday is the decision's, not the resignation's. "Before" and "after"
# a time of day ("was killed shortly before midnight on Wednesday") end nothing.
_SUBORDINATE = re.compile(r"\b(?:(?:after|before)\b" + _CLOCK + r"|when|while|because|following|until|since|once|"
                          r"whereas|"
                          r"in[^\S\n]+the[^\S\n]+wake[^\S\n]+of|ahead[^\S\n]+of|prior[^\S\n]+to)\b", re.I)
# "On Tuesday, the House voted": a date opening the sentence dates the clause after its comma.
_OPENING = re.compile(r"^[\s\"'“‘]*(?:(?:on|late|early|last|this|by)[^\S\n]+)?$"
                      r"|\b(?-i:On|Late|Early|Last|By)[^\S\n]+$", re.I)
_WORD_AT = re.compile(r"[\w'’-]+")
# "decided on Tuesday to recall him", "called Monday for a vote", "ordered on Friday a new
# presidential election": the event word is the decision's object, a happening still to
# come; the day is the decision's.
_DECISION = re.compile(r"\b(?:" + "|".join(LEXICON.events.decision_verbs) + r")\b[^.;!?]{0,60}?"
                       r"(?:\b(?:to|for)\b[^.;!?]{0,40}"
                       r"|\b(?:a|an)[^\S\n]+(?:new|fresh|snap|early)?[^\S\n]*[\w-]*[^\S\n]*)$",
                       re.I)


# "on Saturday objected to the verdict": a reaction between the date and the event word.
_REACTION = re.compile(r"\b(?:" + "|".join(LEXICON.events.reaction_verbs) + r")\b", re.I)


# "at the scene of the shooting", "the crash site": the event word names a place. "charged
# with six counts of murder": the harm word names a charge. Neither is the dated event.
_PLACE_BEFORE = re.compile(r"\b(?:" + "|".join(LEXICON.events.place_heads_before) + r")[^\S\n]+$", re.I)
_PLACE_AFTER = re.compile(r"[^\S\n]+(?:" + "|".join(LEXICON.events.place_heads_after) + r")\b", re.I)
_CHARGE_BEFORE = re.compile(r"\b(?:" + "|".join(LEXICON.events.charge_frames) + r")"
                            r"(?:[^\S\n]+[\w'’-]+){0,2}?[^\S\n]+$", re.I)


def _not_the_event(text: str, at: int, end: int) -> bool:
    """Whether the event word at ``text[at:end]`` names a place or a charge, not a happening."""
    before = text[max(0, at - 60):at]
    if _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, end):
        return True
    return _EVENT_NOUNS.get(content_words(text[at:end])[0]) == "harm" and bool(_CHARGE_BEFORE.search(before))


# "said in a statement released on Thursday that Lee had died": after a speech verb, the
# clause after "that" is what was said; its event is not the statement's day.
_THAT = re.compile(r"\bthat\b", re.I)


def trigger(doc: Document, claim: TemporalClaim, reach: int = 80) -> str | None:
    """The event word a date dates (see ``_trigger_at``), or None."""
    found = _trigger_at(doc, claim, reach)
    return found[0] if found else None


# Three words before the event word: "a second day of talks", "another deadly attack".
_THREE_WORDS_BEFORE = re.compile(r"(?:[\w'’.,-]+[^\S\n]+){0,3}$")


def _trigger_phrase(text: str, start: int, end: int, at: int, word: str) -> str:
    """The event word with what lies between it and the date, and the three words before an
    event word that comes first: where a repeat word must stand to say that this happening
    came again ("clashed again on Thursday", "a second day of talks Thursday", "on Thursday
    held a second round of talks"), not "signed a treaty on Tuesday making Crimea part of
    Russia again"."""
    if at >= end:
        return text[end:at + len(word)]
    before = _THREE_WORDS_BEFORE.search(text, max(0, at - 60), at)
    return text[before.start() if before else at:start]


# ", signing a treaty": a participle after the comma that ends the date's stretch shares
# its subject and its day ("on Tuesday raised the ante over Ukraine, signing a treaty").
_PARTICIPLE = re.compile(r",[^\S\n]*([a-z]+ing)\b")


def _participle(text: str, end: int, hi: int, reach: int) -> tuple[str, int] | None:
    """The event word of a participle right after the date's stretch, within ``reach`` of the
    date, when the stretch itself has none."""
    m = _PARTICIPLE.match(text, hi)
    if m is None or m.start(1) - end > reach:
        return None
    words = content_words(m.group(1))
    return (words[0], m.start(1)) if words and words[0] in _EVENT_NOUNS else None


# The words of a noun phrase after "Tuesday's": "Tuesday's 6.5-magnitude quake".
_HEAD_WORDS = re.compile(r"(?:[\w'’.-]+[^\S\n]+){0,3}[\w'’-]+")
_EMBEDDED = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)


def _trigger_at(doc: Document, claim: TemporalClaim, reach: int = 80,
                closing: int = 130) -> tuple[str, int, int, int] | None:
    """The event word (``events.yaml`` ``event_nouns``) a date dates: the one nearest to it
    in its own stretch of the sentence (up to a comma, dash, "but", a subordinator or the
    sentence end, asides skipped; past the comma of an opening "On Tuesday,"; ``reach``
    characters each way, ``closing`` back from a date that closes its clause), or None. An
    event word that is
    the object of a decision ("decided on Tuesday to recall him") is no trigger: the day
    belongs to the decision. Returned with the stretch's bounds (offsets in ``doc.text``)."""
    start, end = local(doc, claim)
    text = doc.text
    asides = _asides(text, max(0, start - closing - 60), min(len(text), end + 2 * reach + 60), start, end)
    after = next(iter(_edges(text, end, end + reach, asides)), None)
    hi = after.start() if after else min(len(text), end + reach)
    # a date that closes its clause ("stabbed his wife at their home in Elm Court on the morning
    # of May 7.") dates the clause's verb, which may stand further back
    closes = (after is not None or hi == len(text)) and len(text[end:hi].rstrip(".!?").split()) <= 2
    back = closing if closes else reach
    if back > reach:
        # but not across "that", "which", "who": the date is the embedded clause's ("heard from
        # a neighbour that there may have been a party there Friday night")
        embedded = list(_EMBEDDED.finditer(text, max(0, start - back), start))
        if embedded:
            back = max(reach, start - embedded[-1].end())
    before = _edges(text, max(0, start - back), start, asides)
    lo = before[-1].end() if before else max(0, start - back)
    if after and text[after.start()] == "," and not text[end:hi].strip() and _OPENING.search(text[lo:start]):
        # the clause after the comma, across the commas of an aside ("On May 21, the police,
        # under Commissioner Ana Ruiz, arrested ...")
        hi = min(len(text), after.end() + reach)
        for further in _edges(text, after.end(), hi, asides):
            if text[further.start()] != ",":
                hi = further.start()
                break
    cut = list(_SUBORDINATE.finditer(text, lo, start))
    if cut:
        lo = cut[-1].end()
    later = _SUBORDINATE.search(text, end, hi)
    if later:
        hi = later.start()
    travel = _TRAVEL_FOR.search(text, lo, hi)
    purpose = _FOR.search(text, max(end, travel.start()), hi) if travel else None
    if purpose:
        hi = purpose.start()  # "arrived on Monday for the talks": the talks are the journey's purpose
    if _SPEECH.search(text, lo, start):
        that = _THAT.search(text, end, hi)
        if that:
            hi = that.start()  # the reported clause is not the report's
    poss = _POSSESSIVE.match(text, end)
    if poss:
        # "Thursday's report", "in Thursday's violence": the noun phrase after the possessive is
        # what the date dates, not a word before it ("storm makes landfall - Monday's developments")
        words = _HEAD_WORDS.match(text, poss.end())
        lo, hi = end, min(hi, words.end() if words else poss.end())
    found = []
    for m in _WORD_AT.finditer(text, lo, hi):
        if start <= m.start() < end:
            continue
        words = content_words(m.group())
        if words and words[0] in _EVENT_NOUNS and not _not_the_event(text, m.start(), m.end()):
            found.append((start - m.end() if m.end() <= start else m.start() - end, m.start(), words[0]))
    if not found:
        # "was on patrol on Wednesday when he was shot": the "when" clause happened on the day
        participle = _participle(text, end, hi, reach) or (_cause(text, later, None) if later else None) \
            or _subject(text, lo, start)
        return None if participle is None else (*participle, lo, hi)
    _, at, word = min(found)
    # "the quake struck at 1.30am on Wednesday": the story noun of the same class names the
    # happening better than the verb nearer the date, and lets sources that date "the quake" meet.
    story = [f for f in found if f[2] in _STORY_NOUNS and _EVENT_NOUNS[f[2]] == _EVENT_NOUNS[word]]
    if story and word not in _STORY_NOUNS:
        _, at, word = min(story)
    if _DECISION.search(text[lo:at]):
        return None
    between = text[end:at] if at >= end else text[at:start]
    if _REACTION.search(between):
        return None  # "on Saturday objected to the verdict": the day is the reaction's
    if later is not None and _EVENT_NOUNS[word] == "death":
        # "died early Saturday when a fire swept the house": the deaths are the fire's, on its day
        cause = _cause(text, later)
        if cause is not None:
            word, at = cause
    return word, at, lo, hi


# "The hangings for which the nation waited finally took place at 5.30 a.m. on Friday": a verb of
# happening dates its subject, however far back the sentence names it.
_HAPPENED = re.compile(r"\b(?:t(?:ook|akes?|aking)[^\S\n]+place|occurred|happened|(?:was|were)[^\S\n]+held)\b",
                       re.I)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")


def _subject(text: str, lo: int, start: int) -> tuple[str, int] | None:
    """The first event word of the sentence before a verb of happening ("took place",
    "occurred", "was held") that stands in the date's stretch, when the stretch has none."""
    verb = None
    for verb in _HAPPENED.finditer(text, lo, start):
        pass
    if verb is None:
        return None
    opened = _SENTENCE_START.search(text, max(0, verb.start() - 300), verb.start())
    for m in _WORD_AT.finditer(text, opened.start() + 1 if opened else max(0, verb.start() - 300), verb.start()):
        words = content_words(m.group())
        if words and words[0] in _EVENT_NOUNS and not _not_the_event(text, m.start(), m.end()):
            return words[0], m.start()
    return None


def _cause(text: str, later: re.Match, kind: str | None = "harm") -> tuple[str, int] | None:
    """The harm word (the event word of class ``kind``; of any class when None) of a "when"
    clause right after a date's stretch ("died Saturday when a fire swept"), up to the clause's
    next edge."""
    if later.group().lower() != "when":
        return None
    edge = _SEGMENT_EDGE.search(text, later.end(), later.end() + 60)
    for m in _WORD_AT.finditer(text, later.end(), edge.start() if edge else later.end() + 60):
        words = content_words(m.group())
        found = _EVENT_NOUNS.get(words[0]) if words else None
        if found and kind in (None, found) and not _not_the_event(text, m.start(), m.end()):
            return words[0], m.start()
    return None


def _whole_words(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without a word cut at either end (a stretch's reach ends anywhere)."""
    part = text[lo:hi]
    if lo > 0 and text[lo - 1].isalnum() and part[:1].isalnum():
        part = part.split(None, 1)[1] if len(part.split(None, 1)) > 1 else ""
    if hi < len(text) and text[hi].isalnum() and part[-1:].isalnum():
        part = part.rsplit(None, 1)[0] if len(part.rsplit(None, 1)) > 1 else ""
    return part


def _names(text: str) -> list[str]:
    """The names in ``text`` (content words never written in lower case there): who and where.
    For a date with an event word, read from the date's stretch, which asides do not cut
    ("Ana Ruiz, 36, was stabbed at her home in Elm Court, Lower Dunmore on 7 May" names Ruiz
    and Elm Court, though its clause starts at "Lower Dunmore")."""
    lower = set(content_words(" ".join(w for w in text.split() if w[:1].islower())))
    # "IPO" is an event word, not a name; "Four men were hanged" opens with a number, not a name
    return sorted({w for w in content_words(text) if w not in TIME_WORDS and w not in _EVENT_NOUNS
                   and w not in _NUMBER_WORDS} - lower)


_NUMBER_WORDS = frozenset((*LEXICON.numbers.units, *LEXICON.numbers.tens))


def facts(doc: Document, claims: list[TemporalClaim]) -> list[TemporalClaim]:
    """``claims`` (the document's date phrases) with what they date filled in: their scope
    and its words, the phase, whether the event repeats or goes on, and where they sit
    (dateline, caption, quotation). Computed once here so the date rules read fields."""
    spans = sorted(local(doc, c) for c in claims)
    captions: dict[int, bool] = {}
    out = []
    for c in claims:
        start, end = local(doc, c)
        words = scope(doc, c, spans)
        found = content_words(words)
        keys = _keys(found)
        common = common_of(words, keys)
        names = sorted(keys - common)
        found_at = _trigger_at(doc, c)
        noun = found_at[0] if found_at else None
        # a repeat word far from the event word says nothing of it ("signed a treaty on Tuesday
        # making Crimea part of Russia again")
        near = None if found_at is None else _trigger_phrase(doc.text, start, end, found_at[1], found_at[0])
        repeated = repeats(words) and (near is None or repeats(near))
        out.append(c.model_copy(update={
            "scope": words,
            "subject": sorted(keys),
            "actions": sorted(common),
            # likewise a phase word: "the premier's run ended on Sunday with parliament approving
            # a new government" dates the vote, not the close of an event
            "phase": phase(words if near is None else near),
            "repeated": repeated,
            "ongoing": ongoing(words),
            "bound": is_bound(doc, c),
            "overnight": crosses_midnight(doc, c),
            "report": is_report(doc, c),
            # built without validation: the values are made here, of the declared types
            "setting": Setting.model_construct(quotation=in_quotation(doc.text, start, end),
                                               caption=in_caption(doc.text, start, captions),
                                               dateline=is_dateline(doc, c)),
            "event": Event.model_construct(trigger=noun, category=_EVENT_NOUNS[noun] if noun else None,
                                           participants=names if found_at is None else
                                           _names(_whole_words(doc.text, found_at[2], start) + " "
                                                  + _whole_words(doc.text, end, found_at[3]))),
        }))
    return out
