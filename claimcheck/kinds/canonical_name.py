"""Named things must use their canonical form or an accepted short form (pack ``names:``).

The name extractor attaches a pack name's canonical form to every exact mention of one of
its forms and to every capitalised phrase that nearly matches one (rapidfuzz ratio, see
``claimcheck.extract.names.NEAR_MISS``). A mention that is neither the canonical form nor
an accepted short form (accents, case and spacing aside) is reported with the canonical
form as the suggestion; forms listed under ``wrong:`` always are.

Examples with the invented pack ``docs/examples/example-pack.yaml``:

Fires (example pack): ``Leaders signed the Harbour Accord on Fisheries and Trad.``
(a near miss of the canonical "Harbour Accord on Fisheries and Trade").
Fires (example pack): ``Leaders signed the Harbour Accord on Fishing and Trade.``
(a form the pack lists as wrong).
Silent (example pack): ``Leaders signed the Harbour Accord.`` (an accepted short form).
"""

from __future__ import annotations

from typing import Iterator

from ..language.titles import fold, singular
from .base import DocumentContext, Hit, KindOptions

NAME = "canonical-name"
SCOPE = "document"
# The values a message template may name ("{name}"), besides "{message}".
FIELDS = ("name", "canonical", "type")


class Options(KindOptions):
    pass


def _key(text: str) -> str:
    """Accents, case, full stops, hyphens and a plural last word aside: "the most fractured House
    Republican Conferences in modern history" uses the name, it does not garble it."""
    words = fold(text).replace(".", "").replace("-", " ").split()
    return " ".join(words[:-1] + [singular(words[-1])]) if words else ""


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    entries = {n.canonical: n for n in ctx.data.names}
    for claim in ctx.of("name"):
        if claim.entity != "thing" or not claim.canonical or claim.canonical not in entries:
            continue
        entry = entries[claim.canonical]
        good = {_key(x) for x in [entry.canonical, *entry.accepted]}
        if _key(claim.name) in good:
            continue
        yield Hit(
            claim=claim,
            message=f"'{claim.name}' is not the name of the {entry.type or 'thing'}: '{entry.canonical}'",
            values={"name": claim.name, "canonical": entry.canonical, "type": entry.type or ""},
            suggestion=entry.canonical,
        )
