"""Figures about the same thing in different sources must agree.

Each money or count figure carries an interval (its rounding band, shifted by its hedge:
"nearly 120,000" is 110,000-120,000), a subject (the counted noun and the content words
of its clause) and a period ("from October to February"). Two figures from different
documents are compared only when they are of the same currency or counted noun, their
periods do not differ, and they share a subject declared in a pack (``subjects:`` with
match ``terms``) or at least ``min_shared`` subject words making up ``min_overlap`` of
the shorter subject. Outlets word one thing differently, so words of one ``synonyms`` group
("cut", "eliminate", "axe"; "workforce", "headcount") count as one word, and counted nouns
of one ``same_nouns`` group ("jobs", "employees", "workers") as one noun. Candidates come
from an index on those keys, never from all pairs.
A figure whose interval misses those of the other sources is judged by a vote
(``claimcheck.voting``): one source against two or more that agree is a warning with their
places as related and their wording as the suggestion; one source against one is a single
info on the second source naming both; a tie is nothing. A declared
subject with a known ``value`` is checked too.

A figure that looks like a slip of another (two adjacent digits swapped: 364 and 346; the
scale word changed: million and billion, lakh and crore) is strong evidence by itself: such
figures are compared when their clauses share ``min_slip_shared`` subject word, or their
sentences a name or another figure ("43 wickets at 20.38" and "34 wickets at 20.38"; found
through index keys on their digits, never all pairs), whatever measure or results period
their sentences name ("$66 billion including debt" and "$66 million"). One digit changed is not: true
figures often differ so (65.1% and 65.9% of a vote). It weighs only against a majority: a
figure one digit off a value ``min_digit_sources`` other sources give, in clauses sharing
``min_digit_shared`` words with it (names and other figures of the sentences count, except
for shares: vote shares counted at two hours differ so under the same names), when no other
source states its value and its own
source does not give theirs for the same thing (``_digit_majority``).

Coverage sets figures about different things side by side, so a figure is only opposed
by a source that says one clear thing about it: a source that states the figure anywhere
(or as the sum of two numbers in a sentence: part + part = total) backs it; one giving
several different figures on the subject, or whose figure some source of the story states
together with the checked one (it knows both: they are different things), stands aside,
except that an article stating the right figure in one place does not excuse a slip-shaped
wrong one in another; and figures of different measures (enterprise value and price, net and
gross, a share price and a deal's total, a total and a per-share amount, what analysts
expected and what was reported, a yearly rate: ``MEASURES`` in ``_amounts``) are never
compared, and neither are shares of different wholes ("40.05% of the vote" and "98 percent
of polling stations"), nor counts of different outcomes (the dead and the injured, the
missing and the searchers, a failed vote and a carried one: the word nearest each figure,
``tallies`` in events.yaml), nor a difference ("won by 2.1 million votes") or a limit
("faces up to 20 years") and a total, nor prison terms of different people. Neither are counts with different capitalised words before their noun ("14
Republican votes", "216 votes"), nor figures whose sentences place them in different
places ("buried in and around a city" and "struck the province": a part and the whole), nor
figures for different recipients ("a package for Ukraine" and "a package for Ukraine,
Israel and Taiwan": a part and the whole).
Units of measure (miles, mph, acres) are not read as counts at all.

Figures change over time, and unrelated stories share words, so three guards come first:

- Time. Sources published more than ``max_days_apart`` days apart are compared only on
  figures that state the same period ("in 2023", "from October to February"). A running
  tally (a subject word such as killed, injured, missing, toll, arrested, cases,
  evacuated, destroyed: ``running_words``) moves by the hour, so it is compared only
  between sources published within ``running_days_apart`` days (0: the same day) and
  never when either date is unknown: a toll of 12 on Monday and 40 on Wednesday is an
  update, not a slip. A sum of money is a running tally only by a word of its own
  (``running_money_words``, whole words: damage, losses): "arrested over a $60 million scheme" names
  the event the sum belongs to, and the sum does not move with the arrests. A source that reports one tally moving (it gives the toll as rising,
  "the death toll rose to 2,681", and another value of it too) tells of several hours, so
  none of its running figures is compared.
- Period. In a results story (revenue, profit, a quarter) the period decides what a
  figure is, so only figures of the same stated period are compared: "the third quarter
  ended Feb. 28" and "the fiscal year" are two periods, and a figure whose sentence states
  none (the quarter's or the year's?) is compared with nothing. The earlier
  figure of a comparison ("fell to $1.9 billion from $2.3 billion a year earlier") has
  the period "before ..." and is never the main figure's peer.
- History. A figure dated to a year well before the other source's publication ("the
  1985 earthquake killed 9,500 people") is not compared with that source's undated
  figures, which are about the present.
- Story. Two articles that each name at least ``min_names`` capitalised names (places,
  people, organisations) but share fewer than ``min_shared_names`` of them, or that each
  name something and share nothing, are about different stories, and their figures are
  not compared. Names every story of a kind uses (House, Senate, Democrats:
  ``common_names``) are not counted.

Fires: ``The minister announced an additional $421 million in planned humanitarian aid.``
| ``The minister announced an additional $412 million in planned humanitarian aid.``
| ``The minister announced an additional $412 million in planned humanitarian aid.``
(one source against two that agree).
Silent: ``The minister announced an additional $412 million in planned humanitarian aid.``
| ``The minister announced an additional US$412m in planned humanitarian aid.``
| ``The minister announced an additional 412 million dollars in planned humanitarian aid.``
Silent: ``Nearly 120,000 Hondurans crossed the border last year.`` | ``About 1.15 million
migrants crossed the border last year.`` (figures about different things).
"""

from __future__ import annotations

import bisect
import re
import datetime as dt
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping

from pydantic import Field

from ..align import TermIndex
from .. import language
from ..language import LEXICON
from ..language.words import NOT_NAMES
from ..language.quantities import quantities
from ..cache import text_cache
from ..models import Document
from ..text import content_words, split_sentences
from ._amounts import (
    NAME_WORD, COMMON_NAMES, far_apart, names, periods_fit as _periods_fit, same_story, scale_unread, slip_keys, figure_slip,
)
from ..voting import Outlier, Vote, outliers
from .base import CorpusContext, Hit, KindOptions

NAME = "amount-agreement"
SCOPE = "corpus"
# The values a message template may name ("{figure}"), besides "{message}".
FIELDS = ("figure", "others", "subject")


class Options(KindOptions):
    min_shared: int = Field(2, ge=1, description="subject words two figures must share when no declared subject links them")
    min_overlap: float = Field(
        0.5, ge=0, le=1, description="share of the shorter subject those words must make up (0.5: half)"
    )
    min_slip_shared: int = Field(
        1, ge=0, description="subject words two figures must share when one looks like a slip of the other "
                             "(adjacent digits swapped, the scale word changed)",
    )
    min_digit_shared: int = Field(
        2, ge=0, description="subject words a figure must share with figures one digit off it (18,000 and "
                             "18,200) when several sources agree on theirs and none states its own",
    )
    min_digit_sources: int = Field(
        2, ge=2, description="sources that must agree on a figure one digit off the checked one before it "
                             "is compared with little overlap",
    )
    max_posting: int = Field(200, ge=2, description="subject words found in more figures than this are too common to link them")
    max_days_apart: int = Field(
        3, ge=0, description="sources published further apart are compared only on figures stating the same period"
    )
    max_scale_days_apart: int = Field(
        14, ge=0, description="sources this far apart are still compared on figures with the same digits and "
                              "scale words a step apart ('$66 billion' and '$66 million'): no update does that; "
                              "and on prison terms and probation, which stay what the judge handed down",
    )
    running_days_apart: int = Field(
        0, ge=0, description="running tallies (tolls, arrests, cases) are compared only between sources this close"
    )
    running_words: list[str] = Field(
        default_factory=lambda: list(RUNNING_WORDS),
        description="beginnings of subject words that mark a running tally (a toll that rises as news comes in)",
    )
    running_money_words: list[str] = Field(
        default_factory=lambda: list(RUNNING_MONEY_WORDS),
        description="whole words that make a sum of money a running tally (damage, losses); the running words "
                    "name the event a sum belongs to ('arrested over a $60 million scheme'), not a moving sum",
    )
    min_names: int = Field(4, ge=1, description="capitalised names a source needs before its story is told apart")
    common_names: list[str] = Field(
        default_factory=lambda: list(COMMON_NAMES),
        description="capitalised words every story of a kind names (House, Senate, Democrats): not a story's names",
    )
    min_shared_names: int = Field(
        2, ge=0, description="names two such sources must share to be about the same story (0: never tell apart)"
    )
    synonyms: list[list[str]] = Field(
        default_factory=lambda: [list(g) for g in SYNONYMS],
        description="groups of subject words outlets use for one thing (cut, eliminate, axe): each group counts as one word",
    )
    same_nouns: list[list[str]] = Field(
        default_factory=lambda: [list(g) for g in SAME_NOUNS],
        description="groups of counted nouns that count the same thing (jobs, employees, workers): compared as one noun",
    )


# Beginnings of words that make a figure a running tally (it grows between reports), words
# outlets use for one thing in a figure's clause (one outlet "will cut 17,000 jobs", another
# "will eliminate" them: each group read as its first word), and counted nouns that count one
# thing ("jobs", "employees", "workers"): ``claimcheck/language/data/figures.yaml``.
RUNNING_WORDS: tuple[str, ...] = tuple(LEXICON.figures.running_words)
RUNNING_MONEY_WORDS: tuple[str, ...] = tuple(LEXICON.figures.running_money_words)
SYNONYMS: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in LEXICON.figures.synonyms)
SAME_NOUNS: tuple[tuple[str, ...], ...] = tuple(tuple(g) for g in LEXICON.figures.same_nouns)


# Differences that true figures of one story seldom show, so that they weigh as evidence of a
# slip by themselves: a scale word changed, two adjacent digits swapped (``_amounts.slip_shape``).
# One digit changed is common between true figures (65.1% and 65.9%, 12 and 17 injuries).
STRONG_SLIPS = frozenset({"scale", "swap"})


def _canon(groups: list[list[str]]) -> dict[str, str]:
    """Each word of a group mapped to the group's first word."""
    return {w.lower(): g[0].lower() for g in groups if g for w in g}


def _group(c: Any, nouns: dict[str, str] | None = None) -> str | None:
    """Only money of one currency, or counts of one noun (or of nouns in one ``same_nouns`` group), are compared.
    People counted as dead are deaths ("10,000 people were killed", "the toll could reach 10,000")."""
    nouns = nouns or {}
    if c.kind == "money":
        return f"money:{c.currency}" if c.currency else None
    if c.kind == "count" and c.unit:
        unit = nouns.get(c.unit, c.unit)
        if c.tally == "dead" and unit == nouns.get("people", "people"):
            unit = nouns.get("deaths", "deaths")
        return f"count:{unit}"
    return None


def _agree(a: Any, b: Any) -> bool:
    """Intervals that share more than an end point ("nearly 2.5 million" and "nearly 2.6 million" do not).

    An exact figure is a point: it agrees with a band that holds it, end points included
    ("5 people" and "about 5 people"), and with the same point only.
    """
    step_a, step_b = _step(a), _step(b)
    if step_a and step_a == step_b:
        return a.value == b.value  # "$5 million" and "$6 million": one rounding, two figures
    low, high = max(a.low, b.low), min(a.high, b.high)
    point = a.low == a.high or b.low == b.high
    return low < high or (low == high and point) or (a.low, a.high) == (b.low, b.high)


# Shares are rounded from a division, each outlet its own way ("41.6%": 41% or 42%).
SHARES = frozenset({"percent", "percentage points"})

# A figure converted from another one just before it: "₹43,574 crore ($5.7 billion)", "43,574
# crore rupees, or $5.7 billion". Outlets convert at different rates and round differently.
_CONVERTED = re.compile(r"\d[^()]{0,40}(?:\(\s*|,?\s+or\s+)$")


def _step(c: Any) -> float | None:
    """The last written digit's place of a plain rounded figure ("$5 million": a million), read
    off its band (``numbers.interval``: value - place/2 to value + place); None for a hedged
    or exact one, for a share, and for a conversion (``_CONVERTED``), which any rounding may give."""
    if getattr(c, "hedge", None) or c.value is None or c.unit in SHARES:
        return None
    return _plain_step(c.sentence or "", c.text, c.value, c.low, c.high)


@lru_cache(maxsize=65_536)
def _plain_step(sentence: str, text: str, value: float, low: float, high: float) -> float | None:
    # kept per figure: ``clear`` asks every pair of a source's comparable figures, so a
    # document dense with figures asked this (and its pattern) millions of times
    at = sentence.find(text)
    if at > 0 and _CONVERTED.search(sentence, max(0, at - 60), at):
        return None
    up, down = high - value, value - low
    return up if up > 0 and abs(up - 2 * down) <= 1e-9 * max(1.0, abs(value)) else None


def _days_apart(a: str, b: str, published: dict[str, dt.date | None]) -> int | None:
    """Days between the publication of documents ``a`` and ``b`` (None when one is undated)."""
    da, db = published.get(a), published.get(b)
    return abs((da - db).days) if da and db else None


def _running(c: Any, stems: tuple[str, ...], money_words: frozenset[str] = frozenset()) -> bool:
    """Whether ``c`` is a running tally: a count whose clause has a running word, or a sum of
    money whose clause has a running money word (a damage estimate grows; the $60 million of
    a scheme someone was arrested over does not). A prison term never is."""
    if c.kind == "count" and c.tally in TERMS:
        return False  # "10 years' probation for a crash that killed four": the term does not grow
    if c.kind == "money":
        return any(w in money_words for w in c.subject)
    return any(w.startswith(stems) for w in c.subject)


def _same_story(a: Document | None, b: Document | None, options: Options) -> bool:
    return same_story(a, b, options.min_names, options.min_shared_names, _common(tuple(options.common_names)))


@lru_cache(maxsize=16)
def _common(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _words(c: Any, synonyms: dict[str, str] | None = None) -> frozenset[str]:
    words = c.subject[1:] if c.kind == "count" and c.subject and c.subject[0] == c.unit else c.subject
    return frozenset((synonyms or {}).get(w, w) for w in words)


_NUMBER = re.compile(r"\d[\d,.]*\d")
_INITIALS = re.compile(r"\b[A-Z]{2}\b")


def _marks(c: Any, common: frozenset[str], named: frozenset[str] = frozenset()) -> frozenset[str]:
    """What else ``c``'s sentence pins down besides its clause: the names in it (capitalised
    words after its first, or its first when its document writes it capitalised inside a
    sentence too, ``named``; as subjects fold them; names every story of a kind uses left out;
    names of two capitals, "BP", too short for a subject word) and the other figures of two
    digits or more ("#20.38"). Two sentences about one thing
    share them though their clauses are worded apart ("raised $16bn in its debut" and
    "Facebook raised $16 billion on Thursday"; "43 wickets at an average of 20.38" and "34
    wickets at 20.38"). They are evidence only for a pair whose figures look like a slip of one
    another: a name or a number is shared by every figure of a story's sentence."""
    sentence = c.sentence or ""
    found = {w for m in NAME_WORD.finditer(sentence)
             if m.start() > 0 or m.group(0).lower().replace("’", "'").removesuffix("'s") in named
             for w in content_words(m.group(0)) if w not in NOT_NAMES and w not in common}
    found |= {m.group(0).lower() for m in _INITIALS.finditer(sentence)} - common
    own = set(_NUMBER.findall(c.text))
    found |= {"#" + n.rstrip(".,").replace(",", "") for n in _NUMBER.findall(sentence) if n not in own}
    return frozenset(found)


def _amount(c: Any) -> str:
    value = c.value
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{shown} {c.unit}"


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    words_of = language.for_pack(ctx.data).figures  # a pack's ``language:`` adds its own groups
    nouns = _canon(options.same_nouns + [g for g in words_of.same_nouns if g not in options.same_nouns])
    synonyms = _canon(options.synonyms + [g for g in words_of.synonyms if g not in options.synonyms])
    group = {c.id: _group(c, nouns) for c in ctx.claims}
    figures = sorted((c for c in ctx.claims if group[c.id]), key=lambda c: (c.path, c.start, c.id))
    declared = {c.id: frozenset(c.declared) for c in figures}
    words = {c.id: _words(c, synonyms) for c in figures}
    common = _common(tuple(options.common_names))
    named = {d: names(doc) for d, doc in ctx.documents.items()}
    evidence = {c.id: words[c.id] | _marks(c, common, named.get(c.document, frozenset())) for c in figures}  # for slip-shaped pairs only

    def keys(c: Any) -> list[tuple[str, Any]]:
        return [(group[c.id], w) for w in words[c.id]] + [(group[c.id], "@" + s) for s in declared[c.id]] \
            + [(group[c.id], k) for k in slip_keys(c.value)]

    published = {d: doc.published for d, doc in ctx.documents.items()}
    stems = tuple(w.lower() for w in options.running_words)
    money_words = frozenset(content_words(" ".join(options.running_money_words)))  # folded as subjects are
    running = {c.id: _running(c, stems, money_words) for c in figures}
    moving = _moving([c for c in figures if running[c.id]])
    measures = {c.id: frozenset(c.measures) for c in figures}
    where = {c.id: frozenset(c.places) for c in figures}
    qualified = {c.id: frozenset(c.qualifiers) for c in figures}
    receiving = {c.id: frozenset(c.recipients) for c in figures}
    bases = {c.id: frozenset(synonyms.get(w, w) for w in c.share_of) for c in figures}
    tallies = {c.id: c.tally if c.kind == "count" else None for c in figures}
    stories: dict[tuple[str, str], bool] = {}

    def same_story(a: Any, b: Any) -> bool:
        return story(a.document, b.document)

    def story(da: str, db: str) -> bool:
        """Whether documents ``da`` and ``db`` tell one story (asked once per pair)."""
        key = (min(da, db), max(da, db))
        if key not in stories:
            stories[key] = _same_story(ctx.documents.get(key[0]), ctx.documents.get(key[1]), options)
        return stories[key]

    def in_time(a: Any, b: Any, scale: bool = False) -> bool:
        """Whether ``a`` and ``b`` were published close enough to be one figure; ``scale``: they
        have the same digits and scale words a step apart, which no update of a figure gives;
        a prison term or probation handed down stays what it was for weeks of coverage."""
        days = _days_apart(a.document, b.document, published)
        if running[a.id] or running[b.id]:
            if moving[a.id] or moving[b.id]:
                return False  # "the toll rose to 2,681": a snapshot, another hour's may differ
            return days is not None and days <= options.running_days_apart
        term = tallies[a.id] in TERMS and tallies[a.id] == tallies[b.id]
        reach = max(options.max_days_apart, options.max_scale_days_apart) if scale or term else options.max_days_apart
        return days is None or days <= reach or (a.period is not None and a.period == b.period)

    def related(c: Any, d: str) -> bool:
        """Whether document ``d`` could speak of ``c``: same story, close enough in time."""
        days = _days_apart(c.document, d, published)
        near = days is not None and days <= options.running_days_apart if running[c.id] else \
            days is None or days <= options.max_days_apart
        return near and story(c.document, d)

    def link(a: Any, b: Any) -> str | None:
        """How ``a`` and ``b`` are linked: "near" (comparable), "digit" (one digit apart, passing
        every guard but sharing too few words to be compared alone) or None."""
        # the same digits with the scale word changed, or two digits swapped, are seldom two
        # measures or two periods of one thing: the slip outweighs what the sentences say
        if a.document == b.document:  # first: the cheapest test, and the most common reason
            return None
        shape = figure_slip(a, b)
        strong = shape in STRONG_SLIPS
        strict = (a.results or b.results) and not strong  # results: a quarter is not an unstated period
        if not _periods_fit(a, b, published, strict) or not in_time(a, b, shape == "scale"):
            return None
        if (measures[a.id] != measures[b.id] and not strong) or \
                (where[a.id] and where[b.id] and not where[a.id] & where[b.id]):
            return None
        if qualified[a.id] != qualified[b.id]:
            return None
        if scale_unread(a.value, b.value):
            return None  # "Rs 24.75 Cr" read without its scale word beside "Rs 24.75 crore"
        if receiving[a.id] and receiving[b.id] and receiving[a.id] != receiving[b.id]:
            return None  # for Ukraine, for Ukraine, Israel and Taiwan: a part and the whole
        if bases[a.id] and bases[b.id] and not bases[a.id] & bases[b.id]:
            return None  # shares of different wholes: of the vote, of polling stations
        if tallies[a.id] and tallies[b.id] and tallies[a.id] != tallies[b.id]:
            return None  # the dead and the injured of one disaster
        if not same_story(a, b) or not _same_hour(a, b) or not _same_owner(a, b):
            return None
        if declared[a.id] and declared[b.id]:
            return "near" if declared[a.id] & declared[b.id] else None
        shared = len(words[a.id] & words[b.id])
        marked = len(evidence[a.id] & evidence[b.id])  # names and other figures of the sentences too
        if strong:  # strong evidence by itself: little overlap will do
            return "near" if marked >= options.min_slip_shared else None
        if _one_term(a, b):  # one person's term: the name binds, the rest of the clause may differ
            return "near" if shared >= options.min_shared else None
        shorter = min(len(words[a.id]), len(words[b.id])) or 1
        if shared >= options.min_shared and shared / shorter >= options.min_overlap:
            return "near"
        if a.unit in SHARES:  # shares of one vote differ by a digit as counts go on, under the same names
            marked = shared
        return "digit" if shape == "digit" and marked >= options.min_digit_shared else None

    neighbours: dict[str, list[Any]] = defaultdict(list)
    one_digit: dict[str, list[Any]] = defaultdict(list)  # one digit apart, too few words shared

    def comparable(a: Any, b: Any) -> bool:
        how = link(a, b)
        if how == "digit":
            one_digit[a.id].append(b)
            one_digit[b.id].append(a)
        return how == "near"

    for a, b, _ in TermIndex(figures, keys, options.max_posting).pairs(accept=comparable):
        neighbours[a.id].append(b)
        neighbours[b.id].append(a)

    said = _StatedIndex(ctx.documents)

    def restated(a: Any, b: Any) -> bool:
        """Whether two figures of one article say the same thing in words (the test for
        comparable figures of two sources): the article told it twice."""
        shared = len(words[a.id] & words[b.id])
        shorter = min(len(words[a.id]), len(words[b.id])) or 1
        return shared >= options.min_shared and shared / shorter >= options.min_overlap

    slips: dict[str, frozenset[str]] = {}  # figures one digit off a value several sources agree on
    by_id = {c.id: c for c in figures}
    for cid, candidates in one_digit.items():
        c = by_id[cid]
        majority = _digit_majority(c, candidates, said, related, neighbours, options.min_digit_sources, restated)
        if majority:
            neighbours[cid] += [o for o in majority if o not in neighbours[cid]]
            slips[cid] = frozenset(o.id for o in majority)

    linked = {k: {x.id for x in v} for k, v in neighbours.items()}
    known = {s.id: s for s in ctx.data.subjects if s.value is not None}

    def apart(c: Any, o: Any) -> bool:
        """Some source of ``c``'s story states both values: it tells two things apart (one
        source's "$61 billion for Ukraine" within another's "$95 billion package"). The
        slipping source itself does not, for a slip-shaped pair or a digit slip of a majority."""
        strong = _bound(c, o) or o.id in slips.get(c.id, ())
        return any(related(c, d) for d in said.docs(c) & said.docs(o) if not (strong and d == c.document))

    # a figure is judged from each side of a disagreement: reported once, as its fullest judgement
    judged: dict[str, tuple[Outlier[Any], Any]] = {}
    for c in figures:
        backing, against = _sides(c, neighbours, said, apart, slips.get(c.id, frozenset()))
        if against:  # sources of the same story and time that state the figure back it too
            opposing = {o.document for o in against}
            backing |= {d for d in said.docs(c) if d not in backing and d not in opposing and related(c, d)}
            against = [o for o in against if o.document not in backing]
        voted = backing | {o.document for o in against}

        def stating(o: Any) -> set[str]:
            return {d for d in said.docs(o) if d not in voted and related(c, d)}

        for o in _vote(c, backing, against, neighbours[c.id], stating):
            for place in o.places:
                if place is not None and _weight(o) > _weight(judged.get(place.id, (None, None))[0]) \
                        and (place.id == c.id or _faces(place, o, linked, apart)):
                    judged[place.id] = (o, place)
        for sid in sorted(declared[c.id] & known.keys()):
            s = known[sid]
            if not c.low <= s.value <= c.high:
                unit = s.currency or s.unit or ""
                said = f"the fact sheet for {s.name or s.id}, which gives {s.value:,.0f} {unit}".rstrip()
                yield Hit(claim=c, message=f"{c.text!r} disagrees with {said}",
                          values={"figure": repr(c.text), "others": said, "subject": s.name or s.id},
                          suggestion=f"{s.value:,.0f}")
    for o, place in sorted(judged.values(), key=lambda j: (j[1].path, j[1].start)):
        yield _hit(ctx, place, o)


def _weight(o: Outlier[Any] | None) -> tuple[int, int]:
    """Which of two judgements of one figure to report: a warning before an info, then the one
    that names more agreeing places."""
    if o is None:
        return (-1, -1)
    return (o.severity == "warning", sum(p is not None for p in o.agreeing))


def _faces(place: Any, o: Outlier[Any], linked: Mapping[str, set[str]], apart: Callable[[Any, Any], bool]) -> bool:
    """Whether the outlying figure ``place``, found while judging another figure, could be
    judged against a figure of the majority by itself. A vote gathers every figure
    comparable with the one judged, and two of them need not be comparable with each other
    ("200 persons worked the night" is near both "132 people died" and "two missing
    persons"), nor opposed ("$61 billion for Ukraine" and "a $95 billion package", which a
    source states together: ``apart``). A majority that only states its value (no place)
    is taken as it is."""
    agreeing = [x for x in o.agreeing if x is not None]
    return not agreeing or any(x.id in linked.get(place.id, ()) and not apart(place, x)
                               and not far_apart(place.value, x.value) for x in agreeing)


def _bound(c: Any, o: Any) -> bool:
    """Whether ``c`` and ``o`` can only be one figure, so that a source stating both has made a
    slip rather than told two things apart: one looks like a slip of the other
    (``STRONG_SLIPS``), or both are one named person's prison term ("Couch ... 10 years'
    probation" and "Couch ... 18 years' probation")."""
    return figure_slip(c, o) in STRONG_SLIPS or _one_term(c, o)


def _one_term(a: Any, b: Any) -> bool:
    """Both figures are a prison term or probation given to one named person."""
    return bool(a.owner and a.owner == b.owner and a.tally in TERMS and a.tally == b.tally)


# The tallies of a prison term and of probation (counts.py gives them to durations it reads as terms).
TERMS = frozenset({"prison", "probation"})


def _same_hour(a: Any, b: Any) -> bool:
    """Figures given at two times of day ("until 7.30 p.m.", "until 9 p.m."), or one given
    at a cut-off hour and one at another or none, are one tally at two hours: not compared."""
    return a.clock == b.clock or not ((a.clock and b.clock) or a.snapshot or b.snapshot)


def _same_owner(a: Any, b: Any) -> bool:
    """A figure in parentheses after a name ("compared with Ronaldo (€ 94mil)") is that
    name's: it is compared only with a figure of the same name, or one whose sentence names it.
    A prison term given to someone its sentence does not name ("A 16-year-old sentenced to 10
    years' probation") may be any named person's term."""
    def fits(x: Any, y: Any) -> bool:
        if not x.owner or x.owner == y.owner or (y.tally in TERMS and y.tally == x.tally and not y.owner):
            return True
        return bool(re.search(rf"\b{re.escape(x.owner)}\b", y.sentence or "", re.I))
    return fits(a, b) and fits(b, a)


def _moving(tallies: list[Any]) -> dict[str, bool]:
    """Running tallies of documents that report one moving: a document that gives a tally as
    rising ("the toll rose to 2,681") and gives another value of that tally too ("2,497
    people were killed" earlier that day) tells of several hours, so none of its running
    figures is held against another source's hour."""
    values: dict[tuple[str, str | None], set[float]] = defaultdict(set)
    rises: set[tuple[str, str | None]] = set()
    for c in tallies:
        key = (c.document, c.tally)
        values[key].add(c.value)
        if c.rising:
            rises.add(key)
    moving_docs = {doc for doc, kind in rises if kind and len(values[(doc, kind)]) > 1}
    return defaultdict(bool, {c.id: c.document in moving_docs for c in tallies})


def _sides(c: Any, neighbours: dict[str, list[Any]], said: "_StatedIndex",
           apart: Callable[[Any, Any], bool], slips: frozenset[str] = frozenset()) -> tuple[set[str], list[Any]]:
    """The sources that back ``c`` and the figures that stand against it.

    A source backs a figure when one of its comparable figures agrees, or when it states
    the value anywhere, alone or as the sum of two numbers in one sentence: "killed 40,
    including 12 in the north" backs "12 killed in the north" and "40 killed", and "35
    arrested on Saturday, adding to 120 detained before" backs "155 arrested". A source
    whose comparable figures disagree among themselves (a quarter and a half year, a part
    and a total) gives no clear answer and stands on neither side; so does one whose
    figure is comparable to several different figures of ``c``'s own source, or whose
    figure a source of the story states together with ``c``'s (``apart``: it knows both, so
    they are about different things).
    Neither holds against a figure that ``c`` looks like a slip of (``STRONG_SLIPS``): an
    article that states the right figure in one place and a slip of it in another ("$66
    billion" in the lead, "$66 million" later) has made a slip, not told two things apart.
    A source with such a figure opposes ``c`` through it alone, whatever else its sentences
    count ("$16 billion" and "$38 a share" beside "$16 million"): its other figures are
    about other things. So does a source whose figure is one digit off ``c`` where several
    sources agree on it and none states ``c``'s value (``slips``, ``_digit_majority``).
    """
    def clear(figs: list[Any]) -> bool:
        return all(_agree(x, y) for x in figs for y in figs)

    def opposes(o: Any) -> bool:
        if far_apart(c.value, o.value):
            return False  # a share price and a company's value: no slip makes one of the other
        if (_bound(c, o) or o.id in slips) and not apart(c, o):
            return True
        return clear([x for x in neighbours[o.id] if x.document == c.document]) and not apart(c, o)

    by_doc: dict[str, list[Any]] = defaultdict(list)
    for o in neighbours[c.id]:
        by_doc[o.document].append(o)
    backing, against = {c.document}, []
    for d, figs in by_doc.items():
        bound = [o for o in figs if _bound(c, o) or o.id in slips]  # c's slip: the others are other things
        if any(_agree(c, o) for o in figs) or d in said.docs(c):
            backing.add(d)
        elif bound and clear(bound) and all(opposes(o) for o in bound):
            against += bound
        elif clear(figs) and all(opposes(o) for o in figs):
            against += figs
    return backing, against


def _digit_majority(c: Any, candidates: list[Any], said: "_StatedIndex", related: Callable[[Any, str], bool],
                    neighbours: Mapping[str, list[Any]], min_sources: int,
                    restated: Callable[[Any, Any], bool] = lambda a, b: False) -> list[Any]:
    """The figures one digit off ``c`` ("$60 million" and "$90 million", "18,000 jobs" and
    "18,200") that stand against it although their clauses share few of its words: those of
    one value (bands that agree) that at least ``min_sources`` sources give, when no other
    source of the story states ``c``'s value and ``c``'s own source does not give theirs as a
    figure comparable with one of them (unless that figure can only be ``c`` itself: one named
    person's term). Sources comparable with ``c`` in the usual way count among the agreeing. One digit changed is common between true figures of
    different things, but seldom then does every other source give one figure and none the
    checked one; an article that gives both of one thing tells two things apart ("the board
    backed cutting 13,000 jobs"; "the carmaker will also cut 18,000"), one that gives the right
    value of something else has not ("within 60 days" slipped to "within 10 days", and "line up
    in 60 days"), and neither has one that says the same thing twice in the same words
    (``restated``: "the release clause is 822 million euros, which must be paid in full" and
    "Neymar's 222 million euro release clause must be paid in full"): it slipped once."""
    if any(d != c.document and related(c, d) for d in said.docs(c)):
        return []
    groups: list[list[Any]] = []
    for o in sorted(candidates, key=lambda o: (o.path, o.start)):
        group = next((g for g in groups if _agree(g[0], o)), None)
        if group is None:
            groups.append([o])
        else:
            group.append(o)

    def sources(g: list[Any]) -> set[str]:  # with the sources comparable with c that agree with g
        return {o.document for o in g} | {o.document for o in neighbours.get(c.id, ()) if _agree(o, g[0])}

    def own(g: list[Any]) -> bool:  # c's source gives the group's value for the group's thing
        return any(x.document == c.document and _agree(x, g[0]) and not _bound(c, x) and not restated(c, x)
                   for o in g for x in neighbours.get(o.id, ()))

    chosen = [g for g in groups if len(sources(g)) >= min_sources and not own(g)]
    return chosen[0] if len(chosen) == 1 else []


@text_cache()
def _stated(doc: Document) -> tuple[float, ...]:
    """Every amount a document states, and the sums of two whole amounts in one sentence, sorted."""
    values: list[float] = []
    for sentence in split_sentences(doc.text):
        nums = [n.value for n in quantities(sentence.text)]
        whole = [v for v in nums if v.is_integer()][:MAX_SUMMANDS]  # parts are counted; "41.3 miles" is not one
        values += nums + [a + b for i, a in enumerate(whole) for b in whole[i + 1:]]
    return tuple(sorted(values))


MAX_SUMMANDS = 12  # numbers per sentence whose pairwise sums are kept (a table row can hold hundreds)


class _StatedIndex:
    """Which documents state a figure's value: every amount each document states (``_stated``)
    in one sorted list, so that a figure's sources are found by bisection, never by reading
    every document for every figure."""

    def __init__(self, documents: Mapping[str, Document]) -> None:
        pairs = sorted({(v, d) for d, doc in documents.items() for v in _stated(doc)})
        self.values = [v for v, _ in pairs]
        self.documents = [d for _, d in pairs]
        self.found: dict[str, frozenset[str]] = {}

    def docs(self, c: Any) -> frozenset[str]:
        """The documents that state ``c``'s value, or one strictly inside its band (an end
        point is where two bands meet: "nearly 2.5 million" does not back "nearly 2.6 million")."""
        if c.id not in self.found:
            inside = range(bisect.bisect_right(self.values, c.low), bisect.bisect_left(self.values, c.high))
            exact = range(bisect.bisect_left(self.values, c.value), bisect.bisect_right(self.values, c.value))
            self.found[c.id] = frozenset(self.documents[i] for r in (inside, exact) for i in r)
        return self.found[c.id]


def _vote(c: Any, backing: set[str], against: list[Any], others: list[Any],
          stating: Callable[[Any], set[str]]) -> list[Outlier[Any]]:
    """The sources vote (``claimcheck.voting``) on ``c``'s value: the sources that back it vote
    for it, the others for the figure they give (figures whose bands agree are one value).
    One figure against two or more that agree is a warning, one against one a single info,
    a tie nothing. A backing source votes at its figure that agrees with ``c`` (among
    ``others``), or with no place when it only states the value; a source of the story that
    only states an opposing value (``stating``) votes for that value with no place."""
    if not against:
        return []
    agreeing = {c.document: c} | {o.document: o for o in reversed(others) if _agree(c, o)}
    votes = [Vote(d, -1, c.text, agreeing.get(d)) for d in backing]
    values: list[Any] = []  # the first figure of each value the opposing sources give
    for o in sorted(against, key=lambda o: (o.path, o.start)):
        k = next((i for i, v in enumerate(values) if _agree(v, o)), None)
        if k is None:
            values.append(o)
            k = len(values) - 1
        votes.append(Vote(o.document, k, o.text, o))
    for k, v in enumerate(values):
        votes += [Vote(d, k, v.text, None) for d in stating(v)]
    return outliers(votes)


def _hit(ctx: CorpusContext, c: Any, o: Outlier[Any]) -> Hit:
    """The finding on ``c``, related to the places that give the value most sources give; with
    a majority against it (a warning), their wording is the suggestion."""
    def source(x: Any) -> str:
        doc = ctx.documents.get(x.document)
        return (doc.source if doc and doc.source else x.document)

    agreeing = sorted((x for x in o.agreeing if x is not None), key=lambda x: (x.path, x.start))
    said = "; ".join(f"{source(x)}, which says {x.text!r} ({_amount(x)})" for x in agreeing)
    return Hit(
        claim=c,
        message=f"{c.text!r} ({_amount(c)}) disagrees with {said}",
        values={"figure": f"{c.text!r} ({_amount(c)})", "others": said, "subject": " ".join(c.subject[:5])},
        related=agreeing,
        suggestion=Counter(x.text for x in agreeing).most_common(1)[0][0] if o.severity == "warning" else None,
        severity=o.severity,
    )
