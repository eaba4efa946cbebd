"""Date expressions in news text, resolved against the publication date with news semantics.

Three steps. (1) Every pattern in ``_temporal_patterns`` proposes spans; in priority
order, a span is kept when its handler accepts it and no kept span overlaps it. (2) The
kept spans are resolved in text order, each with the tense of its clause and what the
document has resolved so far (anaphora such as "the month before" anchor on the most
recent resolved date of a fine enough granularity; a bare weekday in a clause without a
tense keeps the day that weekday already had in the article). (3) Each becomes a
``TemporalClaim`` with value, interval, granularity, anchor and tense; phrases that
cannot be resolved keep ``value=None`` and say why in ``reason``.

``weekday`` is the weekday the text names (0=Monday), set for bare weekdays and for
dates written with one ("Tuesday, May 8, 2024"), so the weekday-date rule can compare.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import Document, TemporalClaim
from ..packdata import PackData
from ..text import claim_id, locator
from . import _temporal_resolve as R
from ._temporal_patterns import PATTERNS
from ._temporal_rules import HANDLERS, Context, Result
from ._temporal_tense import tense_around

_ABSOLUTE_HINT = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


def extract(doc: Document, data: PackData) -> list[TemporalClaim]:
    """Every date expression in ``doc``, resolved (news text: strict about "may"/"march")."""
    return _extract(doc, strict=True)


def _extract(doc: Document, strict: bool = True, tense: str | None = None) -> list[TemporalClaim]:
    text = doc.text
    loc = locator(doc)

    def clause_tense(start: int, end: int) -> str:
        if tense:
            return tense
        sent = loc.sentence_at(start)
        if not sent.text:
            return "present"
        return tense_around(sent.text, start - sent.start, end - sent.start)[0]

    # (1) candidates in priority order; a handler that says "not a date" frees the text.
    taken: list[tuple[int, int]] = []
    kept = []
    for priority, (name, pattern) in enumerate(PATTERNS):
        for m in pattern.finditer(text):
            if m.end() == m.start() or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            t = clause_tense(m.start(), m.end())
            probe = Context(doc.published, text, strict, t, tense is not None)
            if HANDLERS[name](m, probe) is None:
                continue
            taken.append((m.start(), m.end()))
            kept.append((m.start(), priority, name, m, t))

    # (2) resolution in text order, with the document's state.
    ctx = Context(doc.published, text, strict, tense_given=tense is not None)
    out = []
    for _, _, name, m, t in sorted(kept, key=lambda k: (k[0], k[1])):
        ctx.tense = t
        result = HANDLERS[name](m, ctx)
        if result is None:
            continue
        claim = _claim(doc, loc, result, t)
        out.append(claim)
        _remember(ctx, name, claim, result)
    return out


def _claim(doc: Document, loc, r: Result, tense: str) -> TemporalClaim:
    p = r.period
    return TemporalClaim(
        id=claim_id(doc, "temporal", r.start, r.end),
        **loc.span(r.start, r.end),
        value=p.value if p else None,
        interval=p.interval if p else None,
        granularity=p.granularity if p else None,
        anchor=r.anchor,
        tense=tense,
        weekday=r.weekday,
        reason=r.reason,
    )


def _remember(ctx: Context, name: str, claim: TemporalClaim, r: Result) -> None:
    if r.period is None:
        return
    if r.period.granularity != "range":
        ctx.resolved.append((claim.id, r.period))
    if r.weekday is not None and r.period.granularity == "day" and r.period.first.weekday() == r.weekday:
        ctx.weekdays[r.weekday] = (claim.id, r.period.first)


def resolve_phrase(phrase: str, reference: dt.date | None, context: str | None = None,
                   tense: str | None = None) -> TemporalClaim | None:
    """Resolve one phrase (optionally inside its sentence) against ``reference``.

    Lenient about case ("tuesday", "may"), since the caller says the phrase is a date.
    ``tense`` ('past'/'future'/'present') overrides the tense read from the context.
    Phrases none of the patterns know fall back to ``dateparser`` for absolute strings.
    """
    text = context if context and phrase.lower() in context.lower() else phrase
    at = text.lower().find(phrase.lower())
    doc = Document(id="phrase", path="<phrase>", text=text, published=reference)
    claims = _extract(doc, strict=False, tense=tense)
    lo, hi = at, at + len(phrase)
    best = max(claims, key=lambda c: min(c.end, hi) - max(c.start, lo), default=None)
    if best is not None and min(best.end, hi) > max(best.start, lo):
        return best
    return _dateparser_fallback(doc, phrase, lo, reference, tense)


def _dateparser_fallback(doc: Document, phrase: str, at: int, reference: dt.date | None,
                         tense: str | None) -> TemporalClaim | None:
    if reference is None or not _ABSOLUTE_HINT.search(phrase):
        return None
    import dateparser  # slow to import; only needed for the odd absolute string

    settings = {"RELATIVE_BASE": dt.datetime.combine(reference, dt.time()),
                "PREFER_DATES_FROM": {"future": "future", "past": "past"}.get(tense or "", "current_period"),
                "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        got = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on odd input; an unknown phrase is simply unresolved
        return None
    if got is None:
        return None
    period = R.day(got.date())
    loc = locator(doc)
    return _claim(doc, loc, Result(period, "absolute", at, at + len(phrase)), tense or "present")
