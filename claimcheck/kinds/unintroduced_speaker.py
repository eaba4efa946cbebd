"""A speaker named by one word ("X said") must have appeared with a full name in the document.

News style introduces a person by full name before using the surname alone. The name
extractor links every bare surname to a full name in the document; a one-word speaker it
cannot link (its ``canonical`` is empty) is reported. Places and organisations that "say"
things ("Washington said") are listed in the title vocabulary and never reported; add
more with ``ignore``.

A capitalised word that the article also writes in lower case is a common noun opening a
sentence ("Survivors said ... the survivors"), never a person.

Fires: ``"We will not back down," Harmond said.`` (no "... Harmond" anywhere), once per
name: the first time it speaks.
Silent: ``Olaf Scholz arrived on Tuesday. Scholz said the talks went well.``
"""

from __future__ import annotations

import re
from typing import Iterator

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
    lower = _lower_case_words(ctx.document.text)
    for claim in ctx.of("name"):
        if claim.entity != "person" or claim.canonical or len(claim.name.split()) != 1:
            continue
        if fold(claim.name) in ignored or fold(claim.name) in seen or claim.name.lower() in lower:
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
