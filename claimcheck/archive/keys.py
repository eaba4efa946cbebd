"""Alignment keys: what a document could be compared on by the cross-source rules.

A cross-source rule compares two articles only when they tell the same story: the figure
rule requires them to share capitalised names (``same_story``), the title rule blocks on
the person, and an event's day is compared between clauses that name the same actors. A
document's keys are therefore its story names (capitalised words inside sentences, less
the names every story of a kind uses) and the people its claims name. An archive stores
them per document; a draft's keys lead to the earlier articles that could bear on it,
and story folders sharing no key never meet (the Dask engine's groups).
"""

from __future__ import annotations

from typing import Any, Iterable

from ..language.people import strip_possessive
from ..language.words import fold
from ..kinds._amounts import COMMON_NAMES, names
from ..models import Document

_COMMON = frozenset(COMMON_NAMES)


def person_key(person_id: str | None, person: str) -> str | None:
    """As the title rule blocks people: the roster id, else the surname."""
    if person_id:
        return f"p:id:{person_id}"
    words = fold(strip_possessive(person)).split()
    return f"p:surname:{words[-1]}" if words else None


def claim_keys(claim: Any) -> set[str]:
    if claim.kind == "role":
        key = person_key(claim.person_id, claim.person)
        return {key} if key else set()
    if claim.kind == "name" and claim.entity == "person":
        key = person_key(claim.person_id, claim.canonical or claim.name)
        return {key} if key else set()
    return set()


def document_keys(doc: Document, claims: Iterable[Any]) -> set[str]:
    """The story names of ``doc`` (``n:`` keys) and the people its claims name (``p:``)."""
    keys = {f"n:{word}" for word in names(doc) - _COMMON}
    for c in claims:
        keys |= claim_keys(c)
    return keys
