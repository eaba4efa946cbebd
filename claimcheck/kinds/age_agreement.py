"""A person's age must be the same in every source.

Ages are read only where news binds them to a name ("Jane Doe, 26,", "Doe (26)",
"26-year-old Jane Doe", "Doe, who is 26", "Doe, aged 26"); the person is linked across
sources by surname, and two sources that give different given names for one surname speak
of two people (a couple, a father and a son), whose ages are never compared. A bare surname
that the article gives two people is the first named.

The sources vote (``claimcheck.voting``): one source whose age for a person differs from
two or more sources that agree is a warning, with their places as related and their age as
the suggestion; one source against one is an info on the second. A person has a birthday
between two articles published more than ``max_days_apart`` days apart (or undated), so
there an age one year off is no slip.

Fires: ``Jane Doe, 26, was charged.`` | ``Jane Doe, 26, appeared in court.`` | ``The
court heard that Jane Doe, 62, denied it.`` (one source against two that agree).
Silent: ``Jane Doe, 26, was charged.`` | ``John Doe, 62, her father, wept.`` (two people).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Iterator

from pydantic import Field

from ..language.given_names import same_given_name
from ..voting import Outlier, Vote, outliers
from .base import CorpusContext, Hit, KindOptions

NAME = "age-agreement"
SCOPE = "corpus"
FIELDS = ("age", "person", "others")


class Options(KindOptions):
    max_days_apart: int = Field(
        3, ge=0, description="sources published further apart (or undated) may give an age one year apart: a birthday"
    )


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    published = {d: doc.published for d, doc in ctx.documents.items()}
    for people in _people(ctx.of("age")):
        votes = [Vote(c.document, c.value, str(c.value), c) for c in people]
        for o in outliers(votes):
            if abs(o.value - o.majority) == 1 and not _close(o, published, options.max_days_apart):
                continue
            yield from _hits(ctx, o)


def _people(ages: list[Any]) -> Iterator[list[Any]]:
    """The ages of each person: by surname, split by given name where sources give two."""
    by_surname: dict[str, list[Any]] = defaultdict(list)
    for c in sorted(ages, key=lambda c: (c.path, c.start)):
        by_surname[c.surname].append(c)
    for claims in by_surname.values():
        given: list[str] = []
        for c in claims:
            if c.given and not any(same_given_name(c.given, g) for g in given):
                given.append(c.given)
        if len(given) <= 1:
            yield claims
        else:  # two people of one surname: an age without a given name is either's
            for g in given:
                yield [c for c in claims if c.given and same_given_name(c.given, g)]


def _close(o: Outlier[Any], published: dict[str, dt.date | None], days: int) -> bool:
    """Whether every agreeing source was published within ``days`` of the outlier."""
    mine = published.get(o.source)
    theirs = [published.get(s) for s in o.sources]
    return mine is not None and all(d is not None and abs((d - mine).days) <= days for d in theirs)


def _hits(ctx: CorpusContext, o: Outlier[Any]) -> Iterator[Hit]:
    def source(x: Any) -> str:
        doc = ctx.documents.get(x.document)
        return doc.source if doc and doc.source else x.document

    agreeing = sorted(o.agreeing, key=lambda x: (x.path, x.start))
    said = "; ".join(f"{source(x)}, which says {x.text!r}" for x in agreeing)
    for c in o.places:
        yield Hit(
            claim=c,
            message=f"{c.text!r} gives {c.person} as {c.value}, but {said}",
            values={"age": repr(c.text), "person": c.person, "others": said},
            related=agreeing,
            suggestion=str(o.majority) if o.severity == "warning" else None,
            severity=o.severity,
        )
