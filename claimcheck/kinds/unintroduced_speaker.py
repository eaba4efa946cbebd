"""A speaker named by one word ("X said") must have appeared with a full name in the document.

News style introduces a person by full name before using the surname alone. The name
extractor links every bare surname to a full name in the document; a one-word speaker it
cannot link (its ``canonical`` is empty) is reported. Places and organisations that "say"
things ("Washington said") are listed in the title vocabulary and never reported; add
more with ``ignore``.

A capitalised word that the article also writes in lower case is a common noun opening a
sentence ("Survivors said ... the survivors"), never a person; a word the article writes
after "in" or "across" is a place ("in Crimea"); a given name introduced by a relation
("her daughter, Cassie,", "his father Tim") is introduced (the language layer's
``relation_nouns``), and so are a given name joined to a full name, which shares its surname
("Penny and Doug Ingham", the given name one the language layer's given-name variants know), a
person named in full in the headline and one whose whole style is a royal or papal title and one
name ("Pope Francis", "Prince Harry").

A one-word name that other sources of the story write too, while no source gives it a first
name, is a company, a club, a place or a person known by one name ("Uber", "Neymar"), and is
not reported; a suffix is no first name ("Neymar Jr").

When it fires, the message names the people other sources of the story name in full with
that surname, and points at them ("other sources name Lena Harmond").

Fires: ``"We will not back down," Harmond said.`` (no "... Harmond" anywhere), once per
name: the first time it speaks.
Silent: ``Olaf Scholz arrived on Tuesday. Scholz said the talks went well.``
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterator

from ..language import for_pack
from ..language.given_names import given_name_groups
from ..language.people import NAME_SUFFIXES, full_names, organisations, surname_words, tokens
from ..language.titles import fold, normalise_title, vocabulary
from .base import CorpusContext, Hit, KindOptions

NAME = "unintroduced-speaker"
SCOPE = "corpus"  # per article, but the message names who the other sources say it is
# The values a message template may name ("{name}"), besides "{message}".
FIELDS = ("name", "others")


class Options(KindOptions):
    ignore: list[str] = []


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    ignored = {fold(w) for w in options.ignore}
    relations = tuple(for_pack(ctx.data).people.relation_nouns)
    by_document: dict[str, list] = defaultdict(list)
    for claim in ctx.claims:
        by_document[claim.document].append(claim)
    elsewhere = _full_names_by_surname(ctx.claims)
    # a word any source of the story shows to be an organisation ("SoftBank Group Corp.",
    # "Uber's chief executive") is one in every source
    ignored |= {w for d in ctx.documents.values() for w in organisations(d.text)}
    words = {d: frozenset(_CAPITALISED.findall(doc.text)) for d, doc in ctx.documents.items()}
    sources = Counter(w for ws in words.values() for w in ws)  # capitalised word -> documents that write it
    for doc_id in sorted(by_document, key=lambda d: (ctx.documents[d].path, d) if d in ctx.documents else ("", d)):
        document = ctx.documents.get(doc_id)
        if document is None:
            continue
        # a one-word name that other sources of the story write too, and none gives a first name,
        # is a company, a club, a place or a person known by one name ("Uber", "Neymar")
        mine = words[doc_id]
        mononyms = {fold(c.name) for c in by_document[doc_id] if c.kind == "name"
                    and sources[c.name] > (c.name in mine) and not elsewhere.get(fold(c.name))}
        yield from _document(document, by_document[doc_id], elsewhere, ignored | mononyms, relations)


def _document(document, claims: list, elsewhere: dict, ignored: set[str], relations: tuple[str, ...]) -> Iterator[Hit]:
    seen: set[str] = set()  # one finding per name: the first time it speaks
    text = document.text
    lower: frozenset[str] = frozenset()
    known: frozenset[str] | None = None  # read from the article when a name first needs it (most have none)
    for claim in claims:
        if claim.kind != "name" or claim.entity != "person" or claim.canonical or len(claim.name.split()) != 1:
            continue
        if fold(claim.name) in ignored or fold(claim.name) in seen:
            continue
        if known is None:
            lower = _lower_case_words(text)
            known = _introduced_otherwise(text, relations) | _in_headline(document.title or "") | _styled(claims)
        if claim.name.lower() in lower or claim.name in known:
            continue
        seen.add(fold(claim.name))
        others = [c for c in elsewhere.get(fold(claim.name), []) if c.document != claim.document]
        names = sorted({_full_name(c) for c in others})
        named = f"; other sources name {' or '.join(names)}" if names else ""
        yield Hit(
            claim=claim,
            message=f"'{claim.name}' is quoted but never introduced with a full name in this article{named}",
            values={"name": claim.name, "others": ", ".join(names)},
            related=_first_per_source(others),
        )


def _full_name(claim) -> str:
    """The full name as written, without a place the name run carried ("Ohio David DeVillers")."""
    v = vocabulary()
    words = (claim.person if claim.kind == "role" else claim.name).split()
    while len(words) > 2 and (fold(words[0]) in v.place or fold(words[0]) in v.regions):
        words = words[1:]
    return " ".join(words)


def _full_names_by_surname(claims) -> dict[str, list]:
    """Folded surname -> the claims that name a person in full with it, in every source."""
    out: dict[str, list] = defaultdict(list)
    for c in claims:
        if c.kind == "role" or (c.kind == "name" and c.entity == "person"):
            name = _full_name(c)
            if len([w for w in name.split() if fold(w).rstrip(".") not in NAME_SUFFIXES]) > 1:  # not "Neymar Jr"
                for w in surname_words(name):
                    out[fold(w)].append(c)
    return out


def _first_per_source(claims) -> list:
    first: dict[str, object] = {}
    for c in sorted(claims, key=lambda c: (c.document, c.start)):
        first.setdefault(c.document, c)
    return list(first.values())


_COUPLE = re.compile(r"\b([A-Z][a-z]+)\s+(?:and|&)\s+[A-Z][a-z]+\s+[A-Z][\w'’-]+")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+(?![\w-])")


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def _introduced_otherwise(text: str, relations: tuple[str, ...]) -> frozenset[str]:
    """Capitalised words the article shows to be a place or a person introduced by relation."""
    found = {m.group(1) for m in _PLACE.finditer(text)}
    found |= _with_demonym(text)
    # a given name joined to a full name shares its surname ("Penny and Doug Ingham")
    given = given_name_groups()
    found |= {m.group(1) for m in _COUPLE.finditer(text) if fold(m.group(1)) in given}
    if relations:
        # (?=\w): tried at word starts only (a relation noun starts with a letter), not at word ends too
        pattern = re.compile(r"\b(?=\w)(?i:" + "|".join(map(re.escape, relations)) + r")\s*,?\s+([A-Z][\w-]+)\b")
        found |= {m.group(1) for m in pattern.finditer(text)}
    return frozenset(found)


# "in Crimea", "across Ukraine": a place, unless a noun follows ("in Trump era")
_PLACE = re.compile(r"\b(?:in|across)\s+([A-Z][\w-]+)\b(?!['’]s)(?!\s+(?!(?:on|in|at|and|or|to|for|with|was|were|is|"
                    r"are|has|had|have|after|before|since|where|when|last|this|that|which|who|from|by|as)\b)[a-z])")


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+\b")


def _with_demonym(text: str) -> set[str]:
    """Capitalised words the article also writes as a demonym, so places: "Crimea" beside
    "Crimean", "Syria" beside "Syrian", "Brazil" beside "Brazilian"."""
    words = set(_CAPITALISED.findall(text))
    return {w for w in words if (w.endswith("a") and w + "n" in words) or w + "ian" in words}


def _styled(claims: list) -> set[str]:
    """One-word names a royal or papal title introduces in full ("Pope Francis", "Prince Harry")."""
    titles = vocabulary().single_name_titles
    return {c.person for c in claims if c.kind == "role" and len(c.person.split()) == 1
            and normalise_title(c.title) in titles}


def _in_headline(title: str) -> frozenset[str]:
    """The surnames of people named in full in the headline (a document's title, when it is
    not part of its text): "Marchetti said" after "Ellen Marchetti wins ..." is introduced."""
    return frozenset(w for n in full_names(title, tokens(title)) for w in surname_words(n.name))
