"""A person's title must fit an office they held on the publication date (needs a roster).

Each role claim linked to a roster person is checked against that person's tenures on the
document's publication date: a plain or ``acting`` title must name an office held that day;
``former`` must name an office held before and not held that day; ``then-`` any office held
by then. "former president X" is right between X's terms and wrong once X is president
again. The suggestion is the right title for that day.

A title after "under", "by" or "administration of" ("appointed by President X") and a title in
a sentence naming an earlier year in which it was right ("President X's nominee in 2010")
speak of that time, not of the publication day, and are not reported; "President X's ..."
for a past holder is ``info``. Committee chairs, party leaders, whips and the Speaker are posts
held alongside a seat, which rosters list incompletely: such a title never contradicts the seat.

Nothing is said about people the roster does not know, people without tenures (a title
that could not be confirmed), loose descriptors, or documents without a date. A bare
surname that no full name in the article explains is judged only on time (its title must
fit one of the person's offices), since the roster may have linked someone else. On a
handover day (the verdict changes the day before or after) the finding is ``info``.

Examples with the invented pack ``docs/examples/example-pack.yaml``:

Fires (published 2024-05-08, example pack): ``Prime Minister Maria Okonkwo said the talks went
well.`` (she was Ruritania's Foreign Minister that day).
Silent (published 2024-05-08, example pack): ``Ruritanian Foreign Minister Maria Okonkwo said the
talks went well.``
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from rapidfuzz import fuzz

from ..language.people import possessive
from ..language.titles import family_of, fold, fits_office, is_concurrent_post, normalise_title
from ..packdata import Office, Tenure
from .base import DocumentContext, Hit, KindOptions

NAME = "title-matches-role"
SCOPE = "document"
# The values a message template may name ("{person}"), besides "{message}".
FIELDS = ("person", "title", "date", "suggestion")
_CURRENT = {None, "acting", "outgoing"}
# words before a title that place it in the holder's time in office ("appointed by President X")
_HISTORICAL_BEFORE = re.compile(r"\b(?:under|by|administration of|presidency of|tenure of|term of|era of|"
                                r"government of)\s+(?:the\s+)?$", re.IGNORECASE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


class Options(KindOptions):
    pass


def _held(t: Tenure, day: dt.date) -> bool:
    return (t.start is None or t.start <= day) and (t.end is None or day < t.end)


def _closest(title: str, held: list[Tenure], offices: dict[str, Office]) -> str:
    """The held office title closest to the written one: "Senate Majority Leader" for "Senate
    Minority Leader" or "Senate Majority Chief", not "Senator"."""
    return max((offices[t.office].titles[0] for t in held), key=lambda x: fuzz.ratio(fold(x), fold(title)))


def _verdict(title: str, qualifier: str | None, modifier: str | None, tenures: list[Tenure],
             offices: dict[str, Office], day: dt.date) -> tuple[str, str | None] | None:
    """None when the title fits on ``day``; else (message, suggestion)."""
    held = [t for t in tenures if _held(t, day)]
    past = [t for t in tenures if t.end is not None and t.end <= day]
    fits = lambda ts: [t for t in ts if fits_office(title, qualifier, offices[t.office])]  # noqa: E731
    # offices whose titles the vocabulary knows first ("Sen." before "Senate ... Committee Chair")
    held.sort(key=lambda t: (family_of(offices[t.office].titles[0]) is None, t.start or dt.date.min))
    now = " and ".join(dict.fromkeys(offices[t.office].titles[0] for t in held))
    if modifier in _CURRENT:
        if fits(held):
            return None
        if fits(past):
            last = max(fits(past), key=lambda t: t.end)
            suggestion = _closest(title, held, offices) if held else f"former {title}"
            return f"was no longer {title} on {day} (left office {last.end})" + (f"; was {now}" if now else ""), suggestion
        if held and qualifier and fits_office(title, None, offices[held[0].office]):
            office = offices[held[0].office]
            right = f"{office.demonyms[0]} {title}" if office.demonyms else title
            return f"held that office for {office.country}, not '{qualifier}'", right
        if is_concurrent_post(title):
            return None  # a chair, leader or whip post the roster may not list: cannot tell
        if now:
            # the suggestion is the held title closest to the written one ("Senate Majority Chief"
            # → "Senate Majority Leader", not "Sen.")
            return f"was {now} on {day}, not {title}", _closest(title, held, offices)
        future = [t for t in fits(tenures) if t.start is not None and t.start > day]
        if future:
            first = min(future, key=lambda t: t.start)
            return f"was not yet {title} on {day} (took office {first.start})", None
        return None  # the roster lists no office that day and none that fits: cannot tell
    if modifier == "former" and fits(held):
        return f"was still {title} on {day}, not a former one", title
    if modifier in {"former", "then"}:
        # a title the pack marks as wrong for an office the person held ("former Foreign Minister" for
        # a secretary of state); other titles may be offices the roster does not list
        wrong = [t for t in tenures if (t.start is None or t.start <= day)
                 and normalise_title(title) in {normalise_title(w) for w in offices[t.office].wrong_titles}]
        if wrong and not fits(tenures):
            right = offices[wrong[0].office].titles[0]
            if modifier == "then":
                return f"never held the title {title}; was {right}", f"then-{right}"
            return f"never held the title {title}; was {right}", right if _held(wrong[0], day) else f"former {right}"
    return None  # then-, late, incoming: about another time; the roster may not cover it


def _about_past_year(sentence: str, args: tuple, day: dt.date) -> bool:
    """Whether the sentence names an earlier year in which the title was right ("voted for
    President X's nominee in 2010", "former President X's lawyers argued in 2023"): the title
    is then about that year, not the publication day."""
    years = {int(y) for y in _YEAR.findall(sentence or "")}
    for year in (y for y in years if y < day.year):
        if any(_verdict(*args, dt.date(year, m, d)) is None for m, d in ((1, 1), (7, 1), (12, 31))):
            return True
    return False


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    day = ctx.document.published
    roster = ctx.data.roster
    if day is None or not roster.tenures:
        return
    offices = {o.id: o for o in roster.offices}
    names = {p.id: p.name for p in roster.people}
    for claim in ctx.of("role"):
        if not claim.person_id or claim.loose:
            continue
        tenures = [t for t in roster.tenures if t.person == claim.person_id]
        if not tenures:
            continue
        if len(claim.person.split()) == 1 and not any(
            fits_office(claim.title, claim.organisation, offices[t.office]) for t in tenures
        ):
            continue  # a bare surname linked by the roster alone may be someone else ("Gov. Abbott")
        args = (claim.title, claim.organisation, claim.modifier, tenures, offices)
        verdict = _verdict(*args, day)
        if verdict is None:
            continue
        if _about_past_year(claim.sentence, args, day):
            continue
        message, suggestion = verdict
        past_office = claim.modifier is None and message.startswith("was no longer")
        before = ctx.document.text[max(0, claim.start - ctx.document.offset - 40):claim.start - ctx.document.offset]
        if past_office and _HISTORICAL_BEFORE.search(before):
            continue  # "appointed by President X", "under President X": an act of the time in office
        handover = any(_verdict(*args, d) is None for d in (day - dt.timedelta(days=1), day + dt.timedelta(days=1)))
        person = names.get(claim.person_id, claim.person)
        written = f"{claim.modifier} {claim.title}" if claim.modifier else claim.title
        yield Hit(
            claim=claim,
            message=f"{person} {message}" + (" (handover day: check the time of day)" if handover else ""),
            values={"person": person, "title": written, "date": day.isoformat(), "suggestion": suggestion},
            suggestion=suggestion,
            # "President X's tax cuts" years later may name the time in office: worth a look, not an error
            severity="info" if handover or (past_office and possessive(claim.text)) else None,
        )
