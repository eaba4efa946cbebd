"""Figures about the same thing in different sources must agree.

Each money or count figure carries an interval (its rounding band, shifted by its hedge:
"nearly 120,000" is 110,000-120,000), a subject (the counted noun and the content words
of its clause) and a period ("from October to February"). Two figures from different
documents are compared only when they are of the same currency or counted noun, their
periods do not differ, and they share a subject declared in a pack (``subjects:`` with
match ``terms``) or at least ``min_shared`` subject words making up ``min_overlap`` of
the shorter subject. Candidates come from an index on those keys, never from all pairs.
A figure whose interval misses those of the other sources, when they are at least as
many, is reported with them as related places (and, when they outnumber it, their
wording as the suggestion); with two sources only, both are reported. A declared
subject with a known ``value`` is checked too.

Fires: one source says "The minister announced an additional $412 million in planned
humanitarian aid", another "The minister announced an additional $421 million in planned
humanitarian aid".
Silent: the second says "US$412m" or "412 million dollars"; or the figures are about
different things ("nearly 120,000 Hondurans" and "1.15 million migrants").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any, Iterator

from pydantic import Field

from ..align import TermIndex, phrase_pattern
from .base import CorpusContext, Hit, KindOptions

NAME = "amount-agreement"
SCOPE = "corpus"


class Options(KindOptions):
    min_shared: int = Field(2, ge=1, description="subject words two figures must share when no declared subject links them")
    min_overlap: float = Field(
        0.5, ge=0, le=1, description="share of the shorter subject those words must make up (0.5: half)"
    )
    max_posting: int = Field(200, ge=2, description="subject words found in more figures than this are too common to link them")


def _group(c: Any) -> str | None:
    """Only money of one currency, or counts of one noun, are ever compared."""
    if c.kind == "money":
        return f"money:{c.currency}" if c.currency else None
    if c.kind == "count":
        return f"count:{c.unit}" if c.unit else None
    return None


def _agree(a: Any, b: Any) -> bool:
    """Intervals that share more than an end point ("nearly 2.5 million" and "nearly 2.6 million" do not)."""
    return max(a.low, b.low) < min(a.high, b.high) or (a.low, a.high) == (b.low, b.high)


def _periods_fit(a: Any, b: Any) -> bool:
    return a.period is None or b.period is None or a.period == b.period


def _words(c: Any) -> frozenset[str]:
    return frozenset(c.subject[1:] if c.kind == "count" and c.subject and c.subject[0] == c.unit else c.subject)


def _declared(c: Any, subjects: list) -> frozenset[str]:
    """The pack subjects a figure is about: those whose terms its sentence names nearest to it."""
    at = max(c.sentence.find(c.text), 0)
    distance: dict[str, int] = {}
    for s, pattern in subjects:
        if (s.currency is None or getattr(c, "currency", None) == s.currency) and (
            s.unit is None or getattr(c, "unit", None) == s.unit.lower()
        ) and (s.period is None or c.period in {None, s.period}):
            gaps = [max(m.start() - at - len(c.text), at - m.end(), 0) for m in pattern.finditer(c.sentence)]
            if gaps:
                distance[s.id] = min(gaps)
    best = min(distance.values(), default=None)
    return frozenset(k for k, v in distance.items() if v == best)


def _amount(c: Any) -> str:
    value = c.amount if c.kind == "money" else c.value
    shown = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"
    return f"{shown} {c.currency if c.kind == 'money' else c.unit}"


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    figures = sorted((c for c in ctx.claims if _group(c)), key=lambda c: (c.path, c.start, c.id))
    subjects = [(s, phrase_pattern(s.terms)) for s in ctx.data.subjects]
    declared = {c.id: _declared(c, subjects) for c in figures}
    words = {c.id: _words(c) for c in figures}

    def keys(c: Any) -> list[tuple[str, str]]:
        return [(_group(c), w) for w in words[c.id]] + [(_group(c), "@" + s) for s in declared[c.id]]

    def comparable(a: Any, b: Any) -> bool:
        if a.document == b.document or not _periods_fit(a, b):
            return False
        if declared[a.id] and declared[b.id]:
            return bool(declared[a.id] & declared[b.id])
        shared = len(words[a.id] & words[b.id])
        shorter = min(len(words[a.id]), len(words[b.id])) or 1
        return shared >= options.min_shared and shared / shorter >= options.min_overlap

    neighbours: dict[str, list[Any]] = defaultdict(list)
    for a, b, _ in TermIndex(figures, keys, options.max_posting).pairs(accept=comparable):
        neighbours[a.id].append(b)
        neighbours[b.id].append(a)

    known = {s.id: s for s in ctx.data.subjects if s.value is not None}
    for c in figures:
        others = neighbours[c.id]
        against = [o for o in others if not _agree(c, o)]
        backing = {c.document} | {o.document for o in others if _agree(c, o)}
        opposed = len({o.document for o in against})
        if against and opposed >= len(backing):
            yield _hit(ctx, c, others, against, majority=opposed > len(backing))
        for sid in sorted(declared[c.id] & known.keys()):
            s = known[sid]
            if not c.low <= s.value <= c.high:
                unit = s.currency or s.unit or ""
                said = f"the fact sheet for {s.name or s.id}, which gives {s.value:,.0f} {unit}".rstrip()
                yield Hit(claim=c, message=f"{c.text!r} disagrees with {said}",
                          values={"figure": repr(c.text), "others": said, "subject": s.name or s.id},
                          suggestion=f"{s.value:,.0f}")


def _hit(ctx: CorpusContext, c: Any, others: list[Any], against: list[Any], majority: bool) -> Hit:
    """The finding on ``c``; with a clear majority against it, their wording is the suggestion."""
    def source(o: Any) -> str:
        doc = ctx.documents.get(o.document)
        return (doc.source if doc and doc.source else o.document)

    said = "; ".join(
        f"{source(o)}, which says {o.text!r} ({_amount(o)})" for o in sorted(against, key=lambda o: (o.path, o.start))
    )
    return Hit(
        claim=c,
        message=f"{c.text!r} ({_amount(c)}) disagrees with {said}",
        values={"figure": f"{c.text!r} ({_amount(c)})", "others": said, "subject": " ".join(c.subject[:5])},
        related=sorted(others, key=lambda o: (o.path, o.start)),
        suggestion=Counter(o.text for o in against).most_common(1)[0][0] if majority else None,
    )
