"""Surnames compared for spelling: which spellings are one name, which are one slip apart.

A surname's key is folded (case and accents) with hyphens, spaces and apostrophes dropped, so
"Marchetti-Rossi" and "Marchetti Rossi" are one spelling. Spellings that outlets rightly
differ on are one spelling too: transliterated endings ("Chaly", "Chalyi") and the groups of
``surname_variants`` (both in ``language/data/people.yaml``), and whatever rows a caller adds
(a roster person's name and aliases). Two keys one edit apart (a letter changed, added or
dropped, or two neighbours swapped), never in the first letter, may be one name misspelt.
"""

from __future__ import annotations

from typing import Callable, Iterable

from rapidfuzz.distance import OSA

from .lexicon import LEXICON, Lexicon
from .words import fold

__all__ = ["one_edit_apart", "surname_key", "variant_key"]


def surname_key(surname: str) -> str:
    return fold(surname).replace("-", "").replace(" ", "").replace("'", "")


def variant_key(lexicon: Lexicon = LEXICON, more: Iterable[Iterable[str]] = ()) -> Callable[[str], str]:
    """A function from a surname key to one key for all its known variants."""
    endings = sorted(((surname_key(e), surname_key(row[0])) for row in lexicon.people.surname_endings for e in row),
                     key=lambda p: -len(p[0]))

    def ending(key: str) -> str:
        for e, first in endings:
            if key.endswith(e) and len(key) > len(e) + 2:
                return key[: -len(e)] + first
        return key

    out: dict[str, str] = {}
    for row in [*lexicon.people.surname_variants, *more]:
        keys = [ending(surname_key(w)) for w in row]
        for k in keys:
            out.setdefault(k, keys[0])
    return lambda key: out.get(ending(key), ending(key))


_CORE = variant_key()


def one_edit_apart(a: str, b: str, known: Callable[[str], str] = _CORE, min_length: int = 4) -> bool:
    """Whether two surnames may be one name misspelt: one edit apart, the same first letter,
    long enough ("Li" and "Lu" are two names), and not known variants of each other."""
    ka, kb = surname_key(a), surname_key(b)
    if min(len(ka), len(kb)) < min_length or ka[0] != kb[0] or known(ka) == known(kb):
        return False
    return OSA.distance(ka, kb) == 1
