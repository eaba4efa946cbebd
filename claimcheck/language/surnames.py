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
from ..text import STOPWORDS
from .words import fold

__all__ = ["glued_word", "inflected", "one_edit_apart", "surname_key", "truncated", "variant_key"]


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
    long enough ("Li" and "Lu" are two names), not known variants of each other, and not one
    word inflected ("Price", "Prices")."""
    ka, kb = surname_key(a), surname_key(b)
    if min(len(ka), len(kb)) < min_length or ka[0] != kb[0] or known(ka) == known(kb) or inflected(a, b):
        return False
    return OSA.distance(ka, kb) == 1


def inflected(a: str, b: str, lexicon: Lexicon = LEXICON) -> bool:
    """Whether one word is the other with an inflection added (``inflections`` in people.yaml):
    a place and its adjective ("East", "Eastern"; "Japan", "Japanese") or a plural ("Price",
    "Prices"). Such pairs are two words, not a name misspelt."""
    short, long = sorted((surname_key(a), surname_key(b)), key=len)
    return len(short) >= 3 and long.startswith(short) and long[len(short):] in lexicon.people.inflections


def truncated(a: str, b: str) -> bool:
    """Whether one word is a strict prefix of the other ("Prade", "Pradesh"): a word cut short,
    which a scrape does at the end of a line; not a misspelling of the whole word."""
    short, long = sorted((surname_key(a), surname_key(b)), key=len)
    return len(short) >= 2 and len(long) > len(short) and long.startswith(short)


def glued_word(short: str, long: str, lexicon: Lexicon = LEXICON) -> str | None:
    """The common word a scrape glued onto ``short`` to make ``long`` ("Johnson", "Johnsonput":
    "put"), if ``long`` is that: a missing space, not a misspelling."""
    if not long.startswith(short) or len(long) - len(short) < 2:
        return None
    rest = long[len(short):]
    common = STOPWORDS | set(lexicon.people.glued_words) | set(lexicon.events.speech_verbs)
    return rest if rest.islower() and rest in common else None
