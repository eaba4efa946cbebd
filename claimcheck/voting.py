"""Voting across sources: which source is the outlier when sources disagree on one value.

Cross-source rules (a person's spelling, a person's title; later a figure or a date) ask the
same question: several sources give a value for one subject; who is out of line? This module
answers it once, for any value that can be compared for equality:

- one source alone on a value, against two or more other sources that agree on another
  (and the largest group is the only largest): a **warning** on every place of the outlier
  with that value; the related places are the agreeing sources' places, the suggestion is
  the value as they write it;
- one source against one source (two sources, two values): an **info** naming both, placed
  on the second source (in source order) with the first as related;
- any other disagreement (ties, or a value that several sources share): an **info** on a
  value strictly fewer sources give than the largest group, or nothing on a tie.

A source may give several values (an article that spells a name two ways); each of its
values is judged on its own, against the other sources only, so that an article's correct
mentions are never judged by its own wrong one.

Votes are plain values: a rule kind builds them from claims and turns the outliers into
hits. The order of the votes does not matter.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Generic, Hashable, Iterable, Literal, TypeVar

P = TypeVar("P")

__all__ = ["Outlier", "Vote", "outliers"]


@dataclass(frozen=True)
class Vote(Generic[P]):
    """One source's value for the subject, at one place (a claim)."""

    source: str
    value: Hashable  # the comparable form ("marchetti"; a title family)
    shown: str  # the value as written, for messages and suggestions ("Marchetti")
    place: P


@dataclass(frozen=True)
class Outlier(Generic[P]):
    """A source's value that the others do not back, with what they say instead."""

    source: str
    value: Hashable
    shown: str
    places: tuple[P, ...]  # every place where the source gives that value
    severity: Literal["warning", "info"]
    majority: Hashable  # the value the others give
    majority_shown: str
    agreeing: tuple[P, ...]  # the other sources' places with the majority value
    sources: tuple[str, ...]  # the sources behind the majority value


def outliers(votes: Iterable[Vote[P]]) -> list[Outlier[P]]:
    """The outliers among ``votes`` (see the module docstring), in source and value order."""
    votes = list(votes)
    by_value: dict[Hashable, set[str]] = defaultdict(set)
    for v in votes:
        by_value[v.value].add(v.source)
    sources = sorted({v.source for v in votes})
    if len(by_value) < 2 or len(sources) < 2:
        return []
    found: list[Outlier[P]] = []
    for source in sources:
        mine = {v.value for v in votes if v.source == source}
        # the other sources' backing of each value: this source never votes on itself
        others = {value: srcs - {source} for value, srcs in by_value.items() if srcs - {source}}
        if not others:
            continue
        ranked = sorted(others, key=lambda value: (-len(others[value]), str(value)))
        top = ranked[0]
        if len(ranked) > 1 and len(others[ranked[1]]) == len(others[top]):
            continue  # the other sources are split evenly: no majority to side with
        for value in sorted(mine - {top}, key=str):
            severity = _severity(len(by_value[value]), len(others[top]), len(sources))
            if severity is None or (len(sources) == 2 and top not in mine and source == sources[0]):
                continue  # one against one: reported once, on the second source
            found.append(_outlier(votes, source, value, top, others[top], severity))
    return found


def _severity(backing: int, majority: int, sources: int) -> Literal["warning", "info"] | None:
    """``backing``: sources giving the outlier's value (itself included); ``majority``: other
    sources giving the top value."""
    if backing == 1 and majority >= 2:
        return "warning"
    if backing < majority or (sources == 2 and backing == majority == 1):
        return "info"
    return None


def _outlier(votes: list[Vote[P]], source: str, value: Hashable, top: Hashable, backers: set[str],
             severity: Literal["warning", "info"]) -> Outlier[P]:
    mine = [v for v in votes if v.source == source and v.value == value]
    agreeing = [v for v in votes if v.value == top and v.source in backers]
    shown = _most_common(v.shown for v in agreeing)
    return Outlier(
        source=source, value=value, shown=mine[0].shown, places=tuple(v.place for v in mine), severity=severity,
        majority=top, majority_shown=shown, agreeing=tuple(v.place for v in agreeing), sources=tuple(sorted(backers)),
    )


def _most_common(shown: Iterable[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for s in shown:
        counts[s] += 1
    return sorted(counts, key=lambda s: (-counts[s], s))[0]
