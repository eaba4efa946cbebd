"""Given names that are one name: "Jim" and "James", "Kate" and "Katherine", "Bill" and "William".

The base is the ``nicknames`` package (Apache-2.0), whose CSV of ``full, has_nickname, nick``
rows is read offline from the installed wheel. Its rows are made symmetric one hop only: a
transitive closure would glue a thousand names into one group through "al", "bert" and
"chris". claimcheck's own pairs (``given_names_added`` and ``given_names_removed`` in
``language/data/people.yaml``) are applied on top; a pack may add pairs of its own through
its ``language:`` section. Loaded once.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from functools import lru_cache
from importlib.resources import files

from .lexicon import LEXICON, Lexicon
from .words import fold

__all__ = ["given_name_groups", "same_given_name"]


def _package_pairs() -> list[tuple[str, str]]:
    text = files("nicknames").joinpath("names.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))[1:]
    return [(fold(full), fold(nick)) for full, relation, nick in rows if relation == "has_nickname"]


@lru_cache(maxsize=1)
def _base() -> tuple[tuple[str, str], ...]:
    return tuple(_package_pairs())


def given_name_groups(lexicon: Lexicon = LEXICON) -> dict[str, frozenset[str]]:
    """Folded given name -> the names it is one name with (itself included): one hop, symmetric."""
    global _last
    people = lexicon.people
    added, removed = people.given_names_added, people.given_names_removed
    last = _last
    if last is not None and last[0] is people and last[1] is added and last[2] is removed:
        return last[3]  # asked once per word looked at: the overlay's tuples and their hash are not rebuilt
    groups = _groups(tuple(map(tuple, added)), tuple(map(tuple, removed)))
    _last = (people, added, removed, groups)
    return groups


_last: tuple | None = None  # (people, added, removed, groups) of the last call


@lru_cache(maxsize=4)  # keyed by the overlay: built once per set of packs
def _groups(added: tuple, removed_pairs: tuple) -> dict[str, frozenset[str]]:
    removed = {frozenset((fold(a), fold(b))) for a, b in removed_pairs}
    groups: dict[str, set[str]] = defaultdict(set)
    pairs = [*_base(), *((fold(a), fold(b)) for a, b in added)]
    for a, b in pairs:
        if frozenset((a, b)) in removed:
            continue
        groups[a] |= {a, b}
        groups[b] |= {b, a}
    return {name: frozenset(group) for name, group in groups.items()}


def same_given_name(a: str, b: str, lexicon: Lexicon = LEXICON) -> bool:
    """Whether two written given names can name one person: equal (accents and case aside),
    an initial of the other ("J." and "James"), or variants of one name ("Bill" and "William")."""
    fa, fb = fold(a).rstrip("."), fold(b).rstrip(".")
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    return fb in given_name_groups(lexicon).get(fa, ())
