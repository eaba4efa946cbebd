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
nothing is reported: a roster has to decide. ``former`` and ``then-`` titles, loose
descriptors and titles the vocabulary does not place are left out.

Fires: "Foreign Minister Hillary Clinton" in one source, "Secretary of State Hillary Clinton"
in two others.
Silent: "US Secretary of State Hillary Clinton", "Secretary Clinton", "top diplomat Hillary Clinton".
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterator

from pydantic import Field

from ..align import TermIndex
from ..extract._people import strip_possessive
from ..extract._titles import fold, normalise_title, vocabulary
from .base import CorpusContext, Hit, KindOptions

NAME = "role-agreement"
SCOPE = "corpus"


class Options(KindOptions):
    min_sources: int = 2
    window_days: int = Field(90, description="sources further apart than this may rightly differ (people change office)")


def _key(claim) -> str:
    if claim.person_id:
        return f"id:{claim.person_id}"
    words = fold(strip_possessive(claim.person)).split()
    return f"surname:{words[-1]}" if words else ""


def _given(claim) -> str | None:
    words = fold(claim.person).split()
    return words[0] if len(words) > 1 else None


def _people(block: list) -> list[list]:
    """Split one surname's claims by given name; bare surnames join when only one given name is seen."""
    by_given: dict[str | None, list] = defaultdict(list)
    for c in block:
        by_given[c.person_id or _given(c)].append(c)
    named = [g for g in by_given if g is not None]
    if len(named) == 1 and None in by_given:
        by_given[named[0]].extend(by_given.pop(None))
    return [cs for g, cs in by_given.items() if g is not None or len(named) == 0]


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    v = vocabulary()
    claims = [
        c for c in ctx.of("role")
        if c.modifier in (None, "acting") and (normalise_title(c.title) in v.family or normalise_title(c.title) in v.generic)
    ]
    # blocking: one posting list per person key; work is linear in the claims
    index = TermIndex(claims, lambda c: [_key(c)], max_posting=len(claims) + 1)
    for key in sorted(index.posting, key=str):
        block = [index.items[n] for n in index.posting[key]]
        for person in _people(block):
            for group in _periods(person, ctx, options.window_days):
                if len({c.document for c in group}) >= options.min_sources:
                    yield from _outliers(group, options)


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


def _outliers(group: list, options: Options) -> Iterator[Hit]:
    v = vocabulary()
    family = {c.id: v.family.get(normalise_title(c.title)) for c in group}
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
        return  # no majority, no outlier: a roster (title-matches-role) has to decide
    backing = [o for o in group if family[o.id] == majority or (
        not family[o.id] and v.generic.get(normalise_title(o.title), frozenset()) & specific == {majority})]
    for c in group:
        if family[c.id] in (None, majority):
            continue
        related = [o for o in backing if o.document != c.document]
        if not related:
            continue
        suggestion = Counter(o.title for o in related if family[o.id]).most_common(1)[0][0]
        sources = sorted({o.document for o in related})
        yield Hit(
            claim=c,
            message=f"{c.person} is called {c.title} here, but {suggestion} in {len(sources)} other source(s)",
            values={"person": c.person, "title": c.title, "majority": suggestion, "sources": ", ".join(sources)},
            related=related,
            suggestion=suggestion,
        )
