"""A person's name that nearly matches a roster person, or a name earlier in the article.

Three checks, all with rapidfuzz on names folded for case and accents (so "Jose Nunez"
for "José Núñez" is fine):

- a full name linked to a roster person by a near match or a known misspelling
  ("Jose Nunes" for "José Núñez", "Bryan Steill" for "Bryan Steil");
- a full name close to, but not the same as, a full name earlier in the article;
- a one-word speaker that no full name explains but that is close to a surname in the
  article or the roster ("Harmond said" after "Lena Harmon").

Two forms of a surname one letter apart ("Marchetto", "Marchetti") are left to
``person-name-agreement``, which weighs what the other sources write rather than trusting
the article's first mention.

Fires: ``President Volodymyr Zelensky arrived on Tuesday. President Volodymyr Zelenskyy said the
talks went well.`` (one article).
Silent (example pack): ``Interior Minister Tomas Lindqvist said the talks went well.``
(the invented roster of ``docs/examples/example-pack.yaml`` has "Tomás Lindqvist": accents aside).
"""

from __future__ import annotations

from typing import Iterator

from rapidfuzz import fuzz, process

from ..language.people import roster_index, same_company, surname_keys, surname_words
from ..language.surnames import glued_word, inflected, one_edit_apart, truncated
from ..language.titles import fits_descriptor, fits_office, fold
from .base import DocumentContext, Hit, KindOptions

NAME = "person-name-spelling"
SCOPE = "document"
# The values a message template may name ("{name}"), besides "{message}".
FIELDS = ("name", "suggestion")


class Options(KindOptions):
    full_name_score: float = 88
    surname_score: float = 80
    min_length: int = 4


def _written_full(claim) -> str | None:
    """The full name as written in the claim's text, if it is there."""
    name = claim.person if claim.kind == "role" else claim.name
    if len(name.split()) < 2 or fold(name) not in fold(claim.text):
        return None
    return name


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    index = roster_index(ctx.data)
    people = [c for c in ctx.claims if c.kind == "role" or (c.kind == "name" and c.entity == "person")]
    earlier: dict[str, str] = {}  # folded -> as written
    surnames: dict[str, str] = {}  # folded surname -> as written
    for claim in people:
        name = _written_full(claim)
        if name is None:
            continue
        for key, word in zip(surname_keys(name), surname_words(name)):
            surnames.setdefault(key, word)
    for key, word in index.surnames.items():
        surnames.setdefault(key, word)
    for claim in people:
        name = _written_full(claim)
        if name:
            yield from _full(claim, name, index, earlier, options, ctx)
            earlier.setdefault(fold(name), name)
        elif claim.kind == "name" and not claim.canonical and len(claim.name.split()) == 1:
            yield from _surname(claim, surnames, options)


def _title_fits(claim, person_id: str, ctx: DocumentContext) -> bool:
    """A near miss is that roster person only if the title fits one of their offices
    ("Interior Minister Francisco ... Ilungare"); "Mayor Mike Johnston" is someone else."""
    if claim.kind != "role":
        return False
    offices = {o.id: o for o in ctx.data.roster.offices}
    return any(
        fits_office(claim.title, claim.organisation, offices[t.office]) or fits_descriptor(claim.title, offices[t.office])
        for t in ctx.data.roster.tenures if t.person == person_id and t.office in offices
    )


def _full(claim, name, index, earlier, options, ctx) -> Iterator[Hit]:
    person_id, how = index.link(name)
    if how == "misspelling" or (how == "near" and _title_fits(claim, person_id, ctx)):
        yield _hit(claim, name, index.people[person_id].name, "the roster spells it")
        return
    if how == "exact" or fold(name) in earlier:
        return
    best = process.extractOne(fold(name), list(earlier), scorer=fuzz.ratio, score_cutoff=options.full_name_score)
    if not best:
        return
    right = earlier[best[0]]
    a, b = set(fold(name).split()), set(best[0].split())
    if a <= b or b <= a or _one_slip(name, right) or same_company(name, right):
        return
    wa, wb = name.split(), right.split()
    if len(wa) == len(wb) and [fold(w) for w in wa[:-1]] == [fold(w) for w in wb[:-1]]:
        glued = glued_word(wb[-1], wa[-1])
        if glued:  # "Mike Johnsonput his career": a space lost, still worth an editor's look
            yield _glued_hit(claim, name, f"{right} {glued}")
            return
        if inflected(wa[-1], wb[-1]) or (truncated(wa[-1], wb[-1]) and _line_end(claim, ctx)):
            return  # "Middle East", "Middle Eastern"; "Uttar Prade" cut at the end of a line
    yield _hit(claim, name, right, "earlier in this article it is")


def _line_end(claim, ctx: DocumentContext) -> bool:
    """Whether the claim ends its line (where a scrape cuts words short)."""
    doc = ctx.document
    after = doc.text[claim.end - doc.offset:claim.end - doc.offset + 80]
    return after.lstrip(" \t").startswith("\n") or not after.strip()


def _surname(claim, surnames, options) -> Iterator[Hit]:
    word = fold(claim.name)
    if len(word) < options.min_length or not surnames:
        return
    best = process.extractOne(word, list(surnames), scorer=fuzz.ratio, score_cutoff=options.surname_score)
    if best and best[0] != word and not one_edit_apart(claim.name, surnames[best[0]]):
        yield _hit(claim, claim.name, surnames[best[0]], "did you mean")


def _one_slip(a: str, b: str) -> bool:
    """Two full names whose surnames are one edit apart, the rest alike: the spelling rule
    across sources (person-name-agreement) weighs them against the other sources."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and [fold(w) for w in wa[:-1]] == [fold(w) for w in wb[:-1]] \
        and one_edit_apart(wa[-1], wb[-1])


def _glued_hit(claim, written: str, spaced: str) -> Hit:
    return Hit(
        claim=claim,
        message=f"'{written}' looks like '{spaced}' with a missing space?",
        values={"name": written, "suggestion": spaced},
        suggestion=spaced,
    )


def _hit(claim, written: str, right: str, why: str) -> Hit:
    return Hit(
        claim=claim,
        message=f"'{written}' looks like a misspelling: {why} '{right}'",
        values={"name": written, "suggestion": right},
        suggestion=right,
    )
