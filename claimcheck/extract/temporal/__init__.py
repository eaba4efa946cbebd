"""Date expressions in news text, resolved against the publication date with news semantics.

Three steps. (1) Every date form in ``forms.FORMS`` proposes spans; in priority
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

from ...language import LEXICON
from ...language.calendar import MONTHS
from ...language.clauses import tense_around
from ...models import Document, TemporalClaim
from ...packdata import PackData
from ...scan import CandidateScan
from ...spans import Spans
from ...text import claim_id, locator
from .._pipeline import Earlier
from . import resolve as R
from .context import Context, Result
from .forms import FORMS, DateForm
from .scope import facts

# dateparser is asked only about absolute strings: a month name or a numeric date, and no
# relative words (those are resolved here, with news semantics, or not at all).
_ABSOLUTE_HINT = re.compile(
    rf"\b(?:{'|'.join(m[:3] for m in MONTHS)})[a-z]*\.?(?![a-z])|\d{{1,4}}[/.-]\w|\b\d{{4}}\b", re.I)
# "since March 2021" looks back from the reported period, as "a year earlier" does.
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_RELATIVE_WORDS = re.compile(
    r"\b(?:ago|later|earlier|before|after|from|hence|in|within|next|last|this|past|coming|upcoming|"
    r"days?|weeks?|months?|years?|decades?|today|tomorrow|yesterday)\b|[+]", re.I)


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[TemporalClaim]:
    """Every date expression in ``doc``, resolved (news text: strict about "may"/"march"),
    with what each one dates (``scope.facts``)."""
    claims = _extract(doc, strict=True)
    updated = _update_stamp(doc, claims)
    if updated is not None:
        claims = _between(claims, _extract(doc.model_copy(update={"published": updated}), strict=True))
    reported = _would_after_report(doc, claims)
    if reported:
        claims = _between(claims, _extract(doc, strict=True, tense="past"), reported)
    return facts(doc, claims)


# "Collins and Manchin announced they would vote for him on Friday": the weekday may date the
# announcement (the Friday just past) or the vote (the coming Friday); the sentence does not say.
_WOULD_AFTER_REPORT = re.compile(r"\b(?:" + "|".join(LEXICON.events.backshift_verbs) + r")\b"
                                 r"[^.;!?\n]{0,80}?\bwould\b[^.;!?\n]{0,80}$", re.I)


def _would_after_report(doc: Document, claims: list[TemporalClaim]) -> set[str]:
    """The ids of bare weekdays in a "would" clause after a past reporting verb (a weekday
    written with its date, "by Friday 28 October", is held to that date)."""
    return {c.id for c in claims
            if c.weekday is not None and c.anchor != "absolute" and c.granularity == "day"
            and not any(ch.isdigit() for ch in c.text)
            and _WOULD_AFTER_REPORT.search(doc.text, max(0, c.start - doc.offset - 170), c.start - doc.offset)}


# "on May 15, 2014 at 8:26 PM, updated May 16, 2014 at 7:06 AM": an article revised after it was
# first posted. Its "yesterday" may have been written on either day.
_UPDATED_BEFORE = re.compile(r"\b(?:updated|modified|revised)(?:[^\S\n]+(?:on|at))?[:\s]*$", re.I)
UPDATE_TOP = 600  # characters from the top where a stamp is looked for
UPDATE_MAX_DAYS = 31  # a later "updated" is a new story, not a revision of this one


def _update_stamp(doc: Document, claims: list[TemporalClaim]) -> dt.date | None:
    """The day of an "updated ..." stamp near the top that is later than the publication date."""
    if doc.published is None:
        return None
    for c in claims:
        start = c.start - doc.offset
        if start > UPDATE_TOP:
            break
        if c.anchor == "absolute" and c.granularity == "day" and \
                0 < (c.interval[0] - doc.published).days <= UPDATE_MAX_DAYS and \
                _UPDATED_BEFORE.search(doc.text, max(0, start - 24), start):
            return c.interval[0]
    return None


def _between(first: list[TemporalClaim], later: list[TemporalClaim],
             only: set[str] | None = None) -> list[TemporalClaim]:
    """A phrase counted from the publication date that reads another day from the update's
    date (or, for the ids in ``only``, in another tense) is uncertain between the two: a
    range over both readings, so no rule holds it to one day. Phrases that read the same
    both ways keep their day."""
    again = {c.id: c for c in later}
    out = []
    for c in first:
        o = again.get(c.id)
        chosen = c.id in only if only is not None else c.anchor == "publication"
        if chosen and o is not None and c.interval and o.interval and o.interval != c.interval:
            lo, hi = min(c.interval[0], o.interval[0]), max(c.interval[1], o.interval[1])
            c = c.model_copy(update={"interval": (lo, hi), "granularity": "range", "weekday": c.weekday,
                                     "value": f"{lo.isoformat()}/{hi.isoformat()}"})
        out.append(c)
    return out


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
    # One pattern's matches come in text order, so they are checked against the spans of the
    # patterns before it plus the end of its own last kept span, and merged into ``taken``
    # once per pattern: inserting each span into the sorted set out of order made a long
    # document quadratic.
    taken = Spans()
    kept = []
    lower = text.casefold()  # a superset of what re.I matches, for the gates
    found = _SCAN.scan(text)  # each form tried only where it can start (the same matches as finditer)
    for priority, form in enumerate(FORMS):
        if form.gate and not any(g in lower for g in form.gate):
            continue
        mine: list[tuple[int, int]] = []
        reach = 0  # the furthest end of this pattern's kept spans
        for m in found.finditer(priority):
            if m.end() == m.start() or taken.overlaps(m.start(), m.end()) or m.start() < reach:
                continue
            t = clause_tense(m.start(), m.end())
            probe = Context(doc.published, text, strict, t, tense is not None, probe=True)
            probed = _handle(form, m, probe)
            if probed is None:
                continue
            mine.append((m.start(), max(m.end(), probed.end)))  # "fiscal 2023 to September" holds its month
            reach = max(reach, mine[-1][1])
            kept.append((m.start(), priority, form, m, t))
        if mine:
            taken = Spans([*taken, *mine])

    # (2) resolution in text order, with the document's state.
    ctx = Context(doc.published, text, strict, tense_given=tense is not None)
    out = []
    for _, _, form, m, t in sorted(kept, key=lambda k: (k[0], k[1])):
        ctx.tense = t
        result = _handle(form, m, ctx)
        if result is None:
            continue
        claim = _claim(doc, loc, result, t)
        out.append(claim)
        _remember(ctx, form.name, claim, result)
    return out


_SCAN = CandidateScan([form.pattern for form in FORMS])


def _handle(form: DateForm, m: re.Match, ctx: Context) -> Result | None:
    """The form's handler; dates pushed past year 1 or 9999 are unresolved, never a crash."""
    try:
        return form.handler(m, ctx)
    except (OverflowError, ValueError):
        return Result(None, None, m.start(), m.end(), reason=f"{m.group(0).strip()!r} falls outside the calendar")


def _claim(doc: Document, loc, r: Result, tense: str) -> TemporalClaim:
    p = r.period
    value, granularity = (p.value, p.granularity) if p else r.label or (None, None)
    return TemporalClaim(
        id=claim_id(doc, "temporal", r.start, r.end),
        **loc.span(r.start, r.end),
        value=value,
        interval=p.interval if p else None,
        granularity=granularity,
        anchor=r.anchor,
        tense=tense,
        weekday=r.weekday,
        reason=r.reason,
    )


def _remember(ctx: Context, name: str, claim: TemporalClaim, r: Result) -> None:
    if r.period is None:
        if r.label and r.label[1] == "year" and name != "anaphoric":
            ctx.fiscal_labels.append((len(ctx.resolved), claim.id, r.label[0]))
        return
    if r.period.granularity != "range":
        ctx.resolved.append((claim.id, r.period))
        ctx.period_of.setdefault(claim.id, r.period)
    if r.period.granularity == "day":
        ctx.last_day_end = r.end
    if r.anchor == "absolute" and not r.period.value.startswith("FY"):
        ctx.absolute.append((claim.id, r.period))
    base = ctx.period_of.get(r.anchor) if name == "anaphoric" and r.anchor is not None else None
    if base is not None and r.period.first < base.first:
        ctx.looked_back.add(claim.id)
    elif _SINCE_BEFORE.search(ctx.text, max(0, r.start - 8), r.start):
        ctx.looked_back.add(claim.id)  # "the slowest pace since March 2021 ... rose 4.8% over the prior year"
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
    covered = min(best.end, hi) - max(best.start, lo) if best is not None else 0
    if covered > 0 and (covered >= 0.6 * len(phrase.strip()) or not any(ch.isdigit() for ch in phrase)):
        return best
    # An absolute string the patterns only partly read ("31/Oct/1974"): dateparser may know it.
    return _dateparser_fallback(doc, phrase, lo, reference, tense) or (best if covered > 0 else None)


def _dateparser_fallback(doc: Document, phrase: str, at: int, reference: dt.date | None,
                         tense: str | None) -> TemporalClaim | None:
    if reference is None or not _ABSOLUTE_HINT.search(phrase) or _RELATIVE_WORDS.search(phrase):
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
