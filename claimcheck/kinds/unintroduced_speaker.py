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
``relation_nouns``), and so is a person named in full in the headline.

Fires: ``"We will not back down," Harmond said.`` (no "... Harmond" anywhere), once per
name: the first time it speaks.
Silent: ``Olaf Scholz arrived on Tuesday. Scholz said the talks went well.``
"""

from __future__ import annotations

import re
from typing import Iterator

from ..language import for_pack
from ..language.people import full_names, surname_words, tokens
from ..language.titles import fold
from .base import DocumentContext, Hit, KindOptions

NAME = "unintroduced-speaker"
SCOPE = "document"
# The values a message template may name ("{name}"), besides "{message}".
FIELDS = ("name",)


class Options(KindOptions):
    ignore: list[str] = []


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    ignored = {fold(w) for w in options.ignore}
    seen: set[str] = set()  # one finding per name: the first time it speaks
    text = ctx.document.text
    lower = _lower_case_words(text)
    known = _introduced_otherwise(text, tuple(for_pack(ctx.data).people.relation_nouns))
    known |= _in_headline(ctx.document.title or "")
    for claim in ctx.of("name"):
        if claim.entity != "person" or claim.canonical or len(claim.name.split()) != 1:
            continue
        if fold(claim.name) in ignored or fold(claim.name) in seen or claim.name.lower() in lower \
                or claim.name in known:
            continue
        seen.add(fold(claim.name))
        yield Hit(
            claim=claim,
            message=f"'{claim.name}' is quoted but never introduced with a full name in this article",
            values={"name": claim.name},
        )


_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z-]+(?![\w-])")


def _lower_case_words(text: str) -> frozenset[str]:
    return frozenset(_LOWER_WORD.findall(text))


def _introduced_otherwise(text: str, relations: tuple[str, ...]) -> frozenset[str]:
    """Capitalised words the article shows to be a place or a person introduced by relation."""
    found = {m.group(1) for m in _PLACE.finditer(text)}
    if relations:
        pattern = re.compile(r"\b(?i:" + "|".join(map(re.escape, relations)) + r")\s*,?\s+([A-Z][\w-]+)\b")
        found |= {m.group(1) for m in pattern.finditer(text)}
    return frozenset(found)


# "in Crimea", "across Ukraine": a place, unless a noun follows ("in Trump era")
_PLACE = re.compile(r"\b(?:in|across)\s+([A-Z][\w-]+)\b(?!['’]s)(?!\s+(?!(?:on|in|at|and|or|to|for|with|was|were|is|"
                    r"are|has|had|have|after|before|since|where|when|last|this|that|which|who|from|by|as)\b)[a-z])")


def _in_headline(title: str) -> frozenset[str]:
    """The surnames of people named in full in the headline (a document's title, when it is
    not part of its text): "Marchetti said" after "Ellen Marchetti wins ..." is introduced."""
    return frozenset(w for n in full_names(title, tokens(title)) for w in surname_words(n.name))
