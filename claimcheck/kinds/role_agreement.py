"""Sources must agree on a person's title; the outlier is reported against the majority.

Cross-source, no roster needed. Role claims are grouped by person (roster id when linked,
else the folded surname, with given names that must not clash) through the blocking index
in ``claimcheck.align``, never by comparing all pairs, and split into periods of
``window_days`` (people change office). Each title is placed in an office family from the
title vocabulary ("Secretary of State"; "Foreign Minister", "Minister of Foreign Affairs"
and "Foreign Secretary" are one family). A generic title ("Secretary", "top diplomat")
never disagrees, and backs a family only when it fits no other family in contention. When
two families meet, a claim of the family fewer sources support is reported, with the
majority's claims as related places. A tie in sources is broken by generic titles that
lean one way ("Secretary X" is most often short for "Secretary of ..."); failing that
nothing is reported: a roster has to decide. ``former``, ``then-`` and ``incoming`` titles, loose
descriptors and titles the vocabulary does not place are left out.

Fires: ``Foreign Minister Hillary Clinton said the talks went well.`` | ``Secretary of State
Hillary Clinton said the talks went well.`` | ``Secretary of State Hillary Clinton arrived.``
Silent: ``US Secretary of State Hillary Clinton said the talks went well.`` | ``Secretary of
State Hillary Clinton arrived. Secretary Clinton said the talks went well.`` | ``America's top
diplomat Hillary Clinton arrived.``

A post held alongside a seat counts as that seat when a source names it ("Speaker X" beside
"Rep. X"); a post that names its chamber ("Senate Majority Leader") is that chamber's, and one
person holds one leadership post of one chamber on one date. Police and
military ranks are compared with ranks only ("Sgt. X" against "Capt. X", never "General X"
against "Defense Secretary X"). When every source of
one title (two sources or more on each side) is at least ``change_gap_days`` older than every
source of the other, the person changed office between the publication dates and nothing is
reported; nor when the roster lists the person in an office the title fits that day, or
knows the person but lists no office the majority's title fits that day. Bare surnames with no full name in any source
("Gov. Smith", "Sen. Smith") may be two people and are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from pydantic import Field

from ..align import TermIndex
from ..language.given_names import same_given_name
from ..voting import Vote, outliers
from ..language.people import strip_possessive
from ..language.titles import chamber_seat, fits_office, fold, is_concurrent_post, normalise_title, vocabulary
from .base import CorpusContext, Hit, KindOptions

NAME = "role-agreement"
SCOPE = "corpus"
# The values a message template may name ("{person}"), besides "{message}".
FIELDS = ("person", "title", "majority", "sources")


class Options(KindOptions):
    min_sources: int = 2
    window_days: int = Field(90, description="sources further apart than this may rightly differ (people change office)")
    change_gap_days: int = Field(14, description="two titles whose sources are split in time by at least this many "
                                 "days are a change of office, not a disagreement")


# Modifiers of a title the person holds on the publication date ("outgoing President X" is the
# president); "former", "then-", "incoming" and "late" name another time.
_CURRENT = (None, "acting", "outgoing")


def _key(claim) -> str:
    if claim.person_id:
        return f"id:{claim.person_id}"
    words = fold(strip_possessive(claim.person)).split()
    return f"surname:{words[-1]}" if words else ""


def _given(claim) -> str | None:
    words = fold(claim.person).split()
    return words[0] if len(words) > 1 else None


def _people(block: list) -> list[list]:
    """Split one surname's claims by given name; bare surnames join when only one given name is seen.
    Variants of one given name are one person ("Jim" and "James", "J." and "James")."""
    by_given: dict[str | None, list] = defaultdict(list)
    for c in sorted(block, key=lambda c: (len(_given(c) or ""), _given(c) or ""), reverse=True):
        given = _given(c)
        if not c.person_id and given:
            given = next((g for g in by_given if g and not g.startswith("id:") and same_given_name(g, given)), given)
        by_given[f"id:{c.person_id}" if c.person_id else given].append(c)
    named = [g for g in by_given if g is not None]
    if len(named) == 1 and None in by_given:
        by_given[named[0]].extend(by_given.pop(None))
    return [cs for g, cs in by_given.items() if g is not None]  # bare surnames alone may be several people


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    v = vocabulary()
    claims = [
        c for c in ctx.of("role")
        if c.modifier in _CURRENT and (normalise_title(c.title) in v.family or normalise_title(c.title) in v.generic)
        # a post held alongside a seat is compared only when the vocabulary knows its seat
        # ("House Speaker X" and "Rep. X" are both right; "House Speaker X" and "Sen. X" are not)
        and (not is_concurrent_post(c.title) or v.family.get(normalise_title(c.title)) in v.seats)
    ]
    # blocking: one posting list per person key; work is linear in the claims. A police or
    # military rank is held alongside an office ("General X" for a retired general who is
    # Defense Secretary), so ranks are compared with ranks only.
    def key(c) -> str:
        return ("rank " if v.family.get(normalise_title(c.title)) in v.ranks else "") + _key(c)

    index = TermIndex(claims, lambda c: [key(c)], max_posting=len(claims) + 1)
    for key in sorted(index.posting, key=str):
        block = [index.items[n] for n in index.posting[key]]
        for person in _people(block):
            for group in _periods(person, ctx, options.window_days):
                if len({c.document for c in group}) >= options.min_sources:
                    for hit in _outliers(group, options, ctx.published):
                        if not _roster_confirms(hit.claim, ctx) and not _roster_denies_majority(hit, ctx):
                            yield hit


def _periods(claims: list, ctx: CorpusContext, window: int) -> list[list]:
    """Split by publication date into runs no longer than ``window`` days; undated claims join every run."""
    dated = sorted((c for c in claims if ctx.published(c)), key=lambda c: (ctx.published(c), c.id))
    undated = [c for c in claims if not ctx.published(c)]
    runs: list[list] = []
    for c in dated:
        if runs and (ctx.published(c) - ctx.published(runs[-1][0])).days <= window:
            runs[-1].append(c)
        else:
            runs.append([c])
    return [run + undated for run in runs] or [undated]


def _leanings(group: list, family: dict, specific: set[str]) -> dict[str, set[str]]:
    """Tie-breaker: a generic title before a name is most often short for the titles it
    starts ("Secretary Clinton" for "Secretary of State", rarely "Foreign Secretary")."""
    v = vocabulary()
    first: dict[str, str] = {}
    for t, f in v.family.items():  # each family's first (usual) title
        first.setdefault(f, t)
    lean: dict[str, set[str]] = defaultdict(set)
    for c in group:
        g = normalise_title(c.title)
        if family[c.id] or g not in v.generic:
            continue
        for f in specific:
            if first[f].startswith(g + " "):
                lean[f].add(c.document)
    return lean


def _roster_confirms(claim, ctx: CorpusContext) -> bool:
    """Whether the roster lists the person in an office the title fits on the claim's
    publication date: the title was right then, whatever other sources say."""
    day = ctx.published(claim)
    if not claim.person_id or day is None:
        return False
    offices = {o.id: o for o in ctx.data.roster.offices}
    return any(
        t.person == claim.person_id and t.office in offices
        and (t.start is None or t.start <= day) and (t.end is None or day < t.end)
        and fits_office(claim.title, claim.organisation, offices[t.office])
        for t in ctx.data.roster.tenures
    )


def _roster_denies_majority(hit: Hit, ctx: CorpusContext) -> bool:
    """Whether the roster knows the person and lists no office the majority's title fits on
    the outlier's publication date ("Gov. X" in December, "Sen. X" from January): the other
    sources speak of a later or earlier office, not of that day."""
    claim, day = hit.claim, ctx.published(hit.claim)
    if not claim.person_id or day is None or not hit.suggestion:
        return False
    offices = {o.id: o for o in ctx.data.roster.offices}
    tenures = [t for t in ctx.data.roster.tenures if t.person == claim.person_id and t.office in offices]
    if not tenures:
        return False
    return not any(
        (t.start is None or t.start <= day) and (t.end is None or day < t.end)
        and fits_office(hit.suggestion, None, offices[t.office])
        for t in tenures
    )


def _succeeds(a: list, b: list, published, gap: int) -> bool:
    """Whether one title's sources all come at least ``gap`` days before the other's: a change
    of office between publication dates ("Sen. X" in December, "Vice President X" in January),
    not a slip (sources on one event are days apart, not weeks)."""
    if len({c.document for c in a}) < 2 or len({c.document for c in b}) < 2:
        return False  # one source alone on a side is as likely a slip
    da = [published(c) for c in a if published(c)]
    db = [published(c) for c in b if published(c)]
    if not da or not db:
        return False
    return (min(db) - max(da)).days >= gap or (min(da) - max(db)).days >= gap


def _family(claim) -> str | None:
    """The family of the title, or of the title with its qualifier where the title alone is
    generic ("Navy" "Secretary" is "Navy Secretary", as "Secretary of the Navy" is)."""
    v = vocabulary()
    found = v.family.get(normalise_title(claim.title))
    if found is None and claim.organisation:
        found = v.family.get(normalise_title(f"{claim.organisation} {claim.title}"))
    return found


def _families(group: list) -> dict[str, str | None]:
    """Claim id -> the office family its title names; a post held alongside a seat counts as
    that seat when a source in the group names the seat ("Speaker" beside "Rep."). A post
    whose title names its chamber is that chamber's ("Senate Majority Leader" is held with
    "Sen.", never with "Rep." or as "House Majority Leader"); a post that names none fits
    the one chamber the other sources give it, and backs neither when they give two."""
    v = vocabulary()
    family = {c.id: _family(c) for c in group}
    chamber = {c.id: chamber_seat(c.title, c.organisation) if family[c.id] in v.seats else None for c in group}
    for c in group:
        if chamber[c.id]:
            family[c.id] = f"{family[c.id]} ({chamber[c.id]})"
    named = set(family.values())
    for c in group:
        f = family[c.id]
        if f in v.seats:  # no chamber named: the one the other sources give it
            placed = {g for g in named if g and g.startswith(f + " (")}
            family[c.id] = None if len(placed) > 1 else next(iter(placed), f)
    named = set(family.values())
    posts = {f.split(" (")[0] for f in named if f and f.split(" (")[0] in v.seats}
    if len(posts) > 1:  # two leadership posts for one person: compared as posts, a seat fits both
        shared = frozenset.intersection(*(v.seats[p] for p in posts))
        return {cid: None if f in shared else f for cid, f in family.items()}
    for c in group:
        f = family[c.id]
        seats = v.seats.get(f.split(" (")[0] if f else "", frozenset()) & named
        if chamber[c.id]:
            seats &= {chamber[c.id]}
        if len(seats) == 1:
            family[c.id] = next(iter(seats))
    return family


def _outliers(group: list, options: Options, published=lambda c: None) -> Iterator[Hit]:
    v = vocabulary()
    family = _families(group)
    specific = {f for f in family.values() if f}
    if len(specific) < 2:
        return
    support: dict[str, set[str]] = defaultdict(set)
    for c in group:
        covers = {family[c.id]} if family[c.id] else v.generic.get(normalise_title(c.title), frozenset()) & specific
        if len(covers) == 1:  # a generic title that fits both sides backs neither
            support[next(iter(covers))].add(c.document)
    lean = _leanings(group, family, specific)
    ranked = sorted(specific, key=lambda f: (-len(support[f]), -len(lean[f]), f))
    majority = ranked[0]
    if (len(support[majority]), len(lean[majority])) == (len(support[ranked[1]]), len(lean[ranked[1]])):
        yield from _one_against_one(group, family)  # no majority: at most an info naming both
        return
    backing = [o for o in group if family[o.id] == majority or (
        not family[o.id] and v.generic.get(normalise_title(o.title), frozenset()) & specific == {majority})]
    for c in group:
        if family[c.id] in (None, majority):
            continue
        if _succeeds([o for o in group if family[o.id] == family[c.id]], backing, published, options.change_gap_days):
            continue
        related = [o for o in backing if o.document != c.document]
        if not related:
            continue
        suggestion = Counter(_shown(o) for o in related if family[o.id]).most_common(1)[0][0]
        sources = sorted({o.document for o in related})
        yield Hit(
            claim=c,
            message=f"{c.person} is called {_shown(c)} here, but {suggestion} in {len(sources)} other source(s)",
            values={"person": c.person, "title": _shown(c), "majority": suggestion, "sources": ", ".join(sources)},
            related=related,
            suggestion=suggestion,
        )


def _shown(claim) -> str:
    """The title as the message shows it: with the qualifier that places it, where the title
    alone leaves it out ("House" "Majority Leader", "Navy" "Secretary")."""
    v, org = vocabulary(), claim.organisation
    own = v.family.get(normalise_title(claim.title))
    if org and own is None and _family(claim):
        return f"{org} {claim.title}"  # "Navy Secretary"
    if org and own in v.seats and chamber_seat("", org) and not chamber_seat(claim.title):
        return f"{org} {claim.title}"
    return claim.title


def _one_against_one(group: list, family: dict) -> Iterator[Hit]:
    """Two sources, two titles of different offices and nobody else: an info naming both, once
    per article (which one is right is for a roster, title-matches-role, to say)."""
    votes = [Vote(c.document, family[c.id], _shown(c), c) for c in group if family[c.id]]
    for o in outliers(votes):
        if o.severity != "info" or len(o.sources) != 1:
            continue
        first: dict[str, object] = {}  # a question, asked once per article, where it starts
        for c in sorted(o.places, key=lambda c: (c.document, c.start)):
            first.setdefault(c.document, c)
        for c in first.values():
            yield Hit(
                claim=c,
                message=f"{c.person} is called {_shown(c)} here, but {o.majority_shown} in {o.sources[0]}: which is right?",
                values={"person": c.person, "title": _shown(c), "majority": o.majority_shown, "sources": o.sources[0]},
                related=list(o.agreeing),
                severity="info",
            )
