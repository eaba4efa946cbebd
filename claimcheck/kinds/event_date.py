"""Every source must put the same event on the same day.

Cross-source. A date mention belongs to an event in two ways. (1) Pack events: the words
the date phrase dates (its clause, or the noun after "Tuesday's") hold one of the event's
``terms``; such mentions must contain the event's known ``date`` when the pack gives one,
else agree with the day most sources give. (2) Automatic: two mentions in different
sources whose scopes share at least ``min_shared`` content words ("regional talks in
Lima"), one of them a common word (what happened, not only who and where), and resolve
within ``max_gap_days`` of each other are taken for the same event; an inverted index
pairs only mentions that share words, never all pairs. Dates
further apart than that are other events (the same ministers meet again), and a mention
whose words say the event repeats ("clashed again", "a second day of talks") is matched
only through a pack event; the opening and the close of an event ("talks opened Monday",
"talks ended Friday") are never matched with each other.

Automatic matches need more than a story's topic: ``min_common`` shared lower-case words
(the nouns for one meeting count as one word); ongoing work ("searched Wednesday for
survivors"), photo captions (a paragraph with a credit) and a weekday in "Friday into
Saturday" are left out, and so is the day of a report ("said Tuesday", "told reporters on
Monday", "in a statement Friday"; not "said Tuesday at regional talks", spoken at the event).
Words alone cannot tell two sub-events of one story apart, so word matches report at
``auto_severity`` (default info). A match is *bound* when both event words are of one class
(language/data/events.yaml: "talks" and "meeting", "fined" and "fine") and the two share a
participant (a name of the event word's stretch), a content word besides the class, or a name or a
figure ("62 people were injured") in their sentences: bound mentions vote (voting.py), so one
source against two or more agreeing sources is a warning, one against one an info. Pack
events report at the rule's severity. A caption is bound (never word-matched) when it tells
the event in the past tense with an event word ("was fatally shot at the pub on 24 December"),
not what the picture shows ("is sworn in on Jan. 2").

Coarser mentions ("this week", "in February") agree when their interval holds the day.
A plan written long before the day ("will host the ministerial in April", published in
February) is not held to the day the event finally took place: future-tense mentions
more than ``plan_horizon_days`` ahead of their publication are left out. The outlier is
reported, with the sources it disagrees with as related places.

Fires (pack event "talks", terms ["regional talks"]): one source published Wed 8 May says
``the minister said Monday at regional talks``, two others say ``said Tuesday at regional talks``.
Silent: all three say ``said Tuesday at regional talks``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import heapq
import re
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import Iterator, Literal

from pydantic import Field

from ..align import TermIndex, connected_groups, phrase_pattern
from ..language.calendar import MONTHS, WEEKDAYS
from ..language import LEXICON
from ..text import STOPWORDS, content_words
from ..voting import Vote, outliers
from .base import CorpusContext, Hit, KindOptions

TIME_WORDS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS, *LEXICON.events.time_words))
# Each story noun and the one name of its synonyms ("temblor" -> "quake").
STORY_NOUNS = {w: group if isinstance(group, str) else group[0]
               for group in LEXICON.events.story_nouns for w in ([group] if isinstance(group, str) else group)}
NAME = "event-date-agreement"
SCOPE = "corpus"
# The values a message template may name ("{event}"), besides "{message}".
FIELDS = ("event", "date", "expected", "written")


class Options(KindOptions):
    min_shared: int = Field(3, ge=1, description="content words two mentions must share to be one event")
    max_gap_days: int = Field(7, ge=0, description="automatic matches further apart than this are other events")
    plan_horizon_days: int = Field(14, ge=0, description="future mentions further ahead than this are plans")
    max_posting: int = Field(200, ge=2, description="words in more mentions than this say nothing of identity")
    min_common: int = Field(2, ge=1, description="lower-case words (what happened) two automatic matches must share")
    dateline_slack_days: int = Field(
        1, ge=0, description="a dateline this many days from its article's publication date is the filing day "
                             "(time zones, copy posted the next morning)")
    dateline_reach_days: int = Field(
        7, ge=0, description="a dateline further than this from the publication date is an older posting, not a slip")
    max_distance_days: int = Field(
        90, ge=0, description="a mention further than this from a pack event's known date is about another event "
                              "('the trilateral' of another year), not a slip")
    auto_severity: Literal["error", "warning", "info"] | None = Field(
        "info", description="severity of findings from automatic matches (pack events keep the rule's)")


def _mentions(ctx: CorpusContext, options: Options) -> list:
    out = []
    for c in ctx.of("temporal"):
        doc = ctx.documents.get(c.document)
        if doc is None or c.interval is None or c.granularity == "range" or c.setting.dateline or c.bound \
                or c.overnight:
            continue
        if c.tense == "future" and doc.published and \
                (c.interval[0] - doc.published).days > options.plan_horizon_days:
            continue
        out.append(c)
    return out


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    mentions = _mentions(ctx, options)
    scopes = {c.id: c.scope or "" for c in mentions}
    events = {e.id: (e, phrase_pattern(e.terms)) for e in ctx.data.events}
    event_of: dict[str, str] = {}
    for c in mentions:
        hits = [eid for eid, (_, pat) in events.items() if pat.search(scopes[c.id])]
        if len(hits) == 1:
            event_of[c.id] = hits[0]
    reported: set[str] = set()
    yield from _datelines(ctx, options)
    yield from _pack_events(mentions, event_of, events, reported, options)
    yield from _automatic(ctx, mentions, event_of, options, reported)


def _datelines(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    """A dateline ("WASHINGTON, Oct. 25 (Reuters) -") is the day the copy was filed, the day
    it was published or the one before: a dateline a few days from its own article's
    publication date is a slip. Much further is an older posting republished, not a slip."""
    for c in ctx.of("temporal"):
        doc = ctx.documents.get(c.document)
        if doc is None or doc.published is None or not c.setting.dateline or c.granularity != "day" \
                or c.interval is None:
            continue
        written = _nearest(c.interval[0], doc.published) if c.anchor != "absolute" else c.interval[0]
        off = abs((written - doc.published).days)
        if options.dateline_slack_days < off <= options.dateline_reach_days:
            day = doc.published
            yield Hit(
                claim=c,
                message=f"the dateline {c.text!r} reads {written:%A}, {written:%B} {written.day}, {written.year}, "
                        f"but the article was published on "
                        f"{day:%A}, {day:%B} {day.day}, {day.year}",
                values={"event": "the dateline", "date": c.value, "expected": day.isoformat(), "written": c.text},
                suggestion=_suggest(c, day),
            )


def _nearest(day: dt.date, published: dt.date) -> dt.date:
    """The day and month of ``day`` in the year that puts it nearest to ``published``: a
    dateline without a year ("WASHINGTON, Sept. 19 --") is the filing day, whatever the tense
    of the sentence it opens (a past clause read it as last year's)."""
    days = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            days.append(day.replace(year=year))
        except ValueError:  # 29 February
            continue
    return min(days, key=lambda d: abs((d - published).days), default=day)


def _distance(c, day: dt.date) -> int:
    """Days between a mention's interval and ``day`` (0 when it holds the day)."""
    first, last = c.interval
    return max((first - day).days, (day - last).days, 0)


def _pack_events(mentions, event_of, events, reported, options: Options) -> Iterator[Hit]:
    by_event = defaultdict(list)
    for c in mentions:
        if c.id in event_of:
            by_event[event_of[c.id]].append(c)
    for eid, group in sorted(by_event.items()):
        event = events[eid][0]
        if event.date:
            group = [c for c in group if _distance(c, event.date) <= options.max_distance_days]
        day, basis = _reference(event, group)
        if day is None:
            continue
        holders = [o for o in group if o.contains(day)]
        holding = {o.document for o in holders}
        for c in group:
            if c.contains(day):
                continue
            # read only when another source holds the day: once per mention over the whole
            # group made a long document with many mentions of one event quadratic
            support = [o for o in holders if o.document != c.document] if holding - {c.document} else []
            if basis == "sources" and not support:
                continue
            reported.add(c.id)
            yield _hit(c, event.name or event.id, day, support, basis)


def _reference(event, group) -> tuple[dt.date | None, str]:
    """The event's day: the pack's known date, else the day most sources give (no tie)."""
    if event.date:
        return event.date, "pack"
    votes = Counter()
    for day in {(c.document, c.interval[0]) for c in group if c.granularity == "day"}:
        votes[day[1]] += 1
    top = votes.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None, "sources"
    return top[0][0], "sources"


def _automatic(ctx, mentions, event_of, options, reported) -> Iterator[Hit]:
    # "clashed again on Thursday", "searched Wednesday", a photo caption: a repeated event, an
    # activity over days and the day a picture was taken are matched by a pack event, never by words.
    def automatic(c) -> bool:
        return not (c.repeated or c.ongoing or c.setting.caption or c.report)

    def told(c) -> bool:
        # a caption in the past tense with an event word tells the event ("was fatally shot at the
        # pub on 24 December"), not what the picture shows ("is sworn in on Jan. 2")
        return c.setting.caption and c.tense == "past" and c.event is not None and c.event.category is not None \
            and not (c.repeated or c.ongoing or c.report)

    binding = [c for c in mentions if c.id not in event_of and told(c)]
    mentions = [c for c in mentions if c.id in event_of or automatic(c)]
    keys = {c.id: frozenset(c.subject) for c in mentions}
    common = {c.id: frozenset(c.actions) for c in mentions}
    phases = {c.id: c.phase for c in mentions}
    # "Pune-based builder" and "the Pune police" name one place: hyphenated names count by their parts
    names = {c.id: frozenset(p for w in keys[c.id] - common[c.id] for p in w.split("-") if p) for c in mentions}
    index = TermIndex(mentions, lambda c: keys[c.id], max_posting=options.max_posting)

    def same_event(a, b) -> bool:
        if a.document == b.document or a.gap_days(b) > options.max_gap_days:
            return False
        if len(common[a.id] & common[b.id]) < options.min_common:
            return False  # mostly names and places in common: the same people, maybe another event
        if phases[a.id] != phases[b.id]:
            return False  # the opening and the close of one event are two days
        if names[a.id] and names[b.id] and not names[a.id] & names[b.id]:
            return False  # "passed by the Senate on Tuesday" / "passed by the House on Saturday": other actors
        ea, eb = event_of.get(a.id), event_of.get(b.id)
        return not (ea and eb)  # both known: judged by their pack events, never across them

    pairs = list(index.pairs(options.min_shared, same_event))
    for c in binding:
        keys[c.id], common[c.id], phases[c.id] = frozenset(c.subject), frozenset(c.actions), c.phase
        names[c.id] = frozenset(p for w in keys[c.id] - common[c.id] for p in w.split("-") if p)
    bound = _bound_pairs(mentions + binding, event_of, names, common, phases, options)
    yield from _votes(bound, reported)
    linked = {c.id for a, b, _ in pairs for c in (a, b)}
    candidates = [c for c in mentions if c.id in linked]
    for group in connected_groups(candidates, pairs):
        votes = Counter(day for _, day in {(c.document, c.interval[0]) for c in group if c.granularity == "day"})
        top = votes.most_common(2)
        if not top:
            continue
        tie = len(top) > 1 and top[1][1] == top[0][1]
        for c in group:
            if c.id in reported:
                continue
            others = [o for o in group if o.document != c.document and not o.overlaps(c)]
            if not others:
                continue
            if not tie and c.contains(top[0][0]):
                continue  # agrees with the day most sources give
            support = [o for o in others if tie or o.contains(top[0][0])] or others
            reported.add(c.id)
            day = top[0][0] if not tie else support[0].interval[0]
            hit = _hit(c, "the same event", day, support, "sources",
                       other_text=None if not tie else support[0].describe())
            yield dataclasses.replace(hit, severity=options.auto_severity)


def _bound_pairs(mentions, event_of, names, common, phases, options: Options) -> list:
    """Pairs of mentions in different sources bound to one event (``_bound``), found among the
    mentions of each event class only (a story has few)."""
    by_class = defaultdict(list)
    for c in mentions:
        if c.event is not None and c.event.category and c.id not in event_of:
            by_class[c.event.category].append(c)
    # who takes part: the names of the event word's stretch, which asides do not cut ("stabbed his
    # wife at their home in Elm Court, Lower Dunmore on 7 May"; the clause starts at "Lower")
    actors = {c.id: frozenset(p for w in c.event.participants for p in w.split("-") if p)
              for group in by_class.values() for c in group}
    pairs = []
    for group in by_class.values():
        for a, b in _across_documents(group):
            if a.gap_days(b) > options.max_gap_days or phases[a.id] != phases[b.id]:
                continue
            if _same_story_noun(a, b):
                pairs.append((a, b, 0))  # "the election": its names are those of other verbs
                continue
            if actors[a.id] and actors[b.id] and not actors[a.id] & actors[b.id] and _other_actors(a, b, actors):
                continue  # other actors: "passed by the Senate" / "passed by the House"
            if actors[a.id] & actors[b.id] or _bound(a, b, names, common):
                pairs.append((a, b, 0))
    return pairs


def _other_actors(a, b, actors) -> bool:
    """Two bound dates whose names differ are other actors when each names a different one of
    one kind: two places ("a bomb exploded in Kabul on Monday" / "in Kandahar on Tuesday"), or
    two of the rest, whatever their role ("The Senate passed the bill on Tuesday" / "passed by
    the House on Saturday", two defendants). A place on one side and only another kind of name
    on the other is one happening told from two ends: "the passage of typhoon Haiyan on Friday" /
    "slammed into the Philippines on Friday". A name is a place when every time the sentence
    writes it, it follows a place preposition (events.yaml ``place_prepositions``); a name the
    sentence does not show is no place."""
    kinds = []
    for names, c in ((actors[a.id] - actors[b.id], a), (actors[b.id] - actors[a.id], b)):
        roles = _roles(c)
        places = {w for w in names if roles.get(w) and roles[w] <= PLACE_ROLES}
        kinds.append((places, names - places))
    (places_a, rest_a), (places_b, rest_b) = kinds
    return bool(places_a and places_b) or bool(rest_a and rest_b)


PLACE_ROLES = frozenset(LEXICON.events.place_prepositions)
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")
_ARTICLES = frozenset({"the", "a", "an"})


def _roles(c) -> dict[str, frozenset[str]]:
    """Each name of the mention's sentence (by its parts: "Guen-hye" is "guen" and "hye") and the
    roles it stands in: the nearest word before it that is neither a name nor an article ("by"
    in "passed by the Senate", "through" in "through Leyte province"), "" at the sentence's start."""
    out: dict[str, set[str]] = defaultdict(set)
    role = ""
    for token in _TOKEN.findall(c.sentence or ""):
        if token[:1].isupper():
            for w in content_words(token):
                for part in (w, *w.split("-")):
                    out[part].add(role)
        elif token.lower() not in _ARTICLES:
            role = token.lower()
    return {w: frozenset(r) for w, r in out.items()}


def _across_documents(group: list) -> Iterator[tuple]:
    """Every pair of ``group`` from two documents, the earlier first, in list order; pairs
    within one document are never formed (forming and skipping them made a long document
    with many mentions of one class quadratic)."""
    where: dict[str, list[int]] = defaultdict(list)
    for n, c in enumerate(group):
        where[c.document].append(n)
    for n, a in enumerate(group):
        later = [places[bisect_right(places, n):] for d, places in where.items() if d != a.document]
        for m in heapq.merge(*later):
            yield a, group[m]


def _bound(a, b, names, common) -> bool:
    """Two matched mentions are surely one event when their event words are of one class
    ("talks", "meeting") and they share a participant (a place, a person) or a content word
    besides the event word: only then may two agreeing sources outvote a third."""
    ea, eb = a.event, b.event
    if ea is None or eb is None or ea.category is None or ea.category != eb.category:
        return False
    if names[a.id] & names[b.id]:
        return True
    if (common[a.id] & common[b.id]) - {ea.category}:
        return True
    return bool(_sentence_names(a) & _sentence_names(b) or _sentence_figures(a) & _sentence_figures(b))


def _same_story_noun(a, b) -> bool:
    """Both date "the election" (or another story noun): a story has one within a week, so
    the names around it ("Odinga petitioned", "the Supreme Court overturned") are those of
    other happenings, not other actors of this one."""
    story = STORY_NOUNS.get(a.event.trigger)
    return story is not None and story == STORY_NOUNS.get(b.event.trigger)


_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+")


def _sentence_names(c) -> frozenset[str]:
    """Names in the mention's sentence besides its scope ("Amatrice", "Kenyatta"): the same
    people or place at an event of the same class is the same event. Words that open the
    sentence and time words are left out."""
    sentence = c.sentence or ""
    words = {w for m in _CAPITALISED.finditer(sentence) for w in content_words(m.group()) if w not in TIME_WORDS}
    # two-letter initials name a company or a body as well as a longer name does
    # ("BP announced", "the EU fined"), even opening the sentence
    initials = {m.group().lower() for m in _INITIALS.finditer(sentence)} - STOPWORDS
    return frozenset(words | initials)


# Two capitals standing alone, not an agency's credit ("(AP)").
_INITIALS = re.compile(r"(?<![(\w])[A-Z]{2}(?![\w)])")


# A count or a measure written in figures: "62 people were injured", "a 6.5-magnitude quake".
# Small whole numbers (ten and under), years and clock times say little of which happening it was,
# and neither does a price written with its currency sign: "priced at $38 late Thursday" and
# "at $38 in Friday's offering" are the pricing and the first trading day.
_FIGURE = re.compile(r"(?<![\d.,:/\w$£€¥₹])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d:/%])")


def _sentence_figures(c) -> frozenset[str]:
    """Figures in the mention's sentence ("62 individuals were injured" / "62 people had been
    injured"): the same count at an event of the same class is the same event."""
    out = set()
    for m in _FIGURE.finditer(c.sentence or ""):
        value = m.group().replace(",", "")
        number = float(value)
        if (number > 10 or "." in value) and not (value.isdigit() and len(value) == 4 and 1800 <= number <= 2100):
            out.add(value)
    return frozenset(out)


def _votes(bound, reported) -> Iterator[Hit]:
    """One source dating a bound event differently from two or more agreeing sources: a
    warning on its date (voting.py); one against one: an info. Only day-precise mentions vote."""
    linked = list({c.id: c for a, b, _ in bound for c in (a, b)}.values())
    for group in connected_groups(linked, bound):
        days = [c for c in group if c.granularity == "day" and c.id not in reported]
        votes = [Vote(source=c.document, value=c.interval[0], shown=c.text, place=c) for c in days]
        found = outliers(votes)
        reported.update(c.id for c in days)  # judged here: the looser word matching stays silent on them
        for out in found:
            day = out.majority
            for c in out.places:
                if any(c.overlaps(o) for o in out.agreeing):
                    continue
                hit = _hit(c, "the same event", day, list(out.agreeing), "sources")
                yield dataclasses.replace(hit, severity=out.severity)


def _hit(c, event: str, day: dt.date, related: list, basis: str, other_text: str | None = None) -> Hit:
    expected = other_text or f"{day:%A}, {day:%B} {day.day}, {day.year}"
    if basis == "pack":
        why = f"the pack dates {event} {expected}"
    else:
        sources = sorted({o.document for o in related})
        why = f"{', '.join(sources)} put{'s' if len(sources) == 1 else ''} {event} on {expected}"
    return Hit(
        claim=c,
        message=f"{c.text!r} resolves to {c.describe()}, but {why}",
        values={"event": event, "date": c.value, "expected": day.isoformat(), "written": c.text},
        related=sorted(related, key=lambda o: (o.path, o.start))[:5],
        suggestion=_suggest(c, day),
    )


def _suggest(c, day: dt.date) -> str | None:
    """The other weekday, or the other date; none when only the week differs (check the publication date)."""
    if c.weekday is None:
        return day.isoformat()
    return f"{day:%A}" if day.weekday() != c.weekday else None
