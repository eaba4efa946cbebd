"""The language layer: what claimcheck knows about English news copy, in one public place.

Extractors and rule kinds both read it; neither keeps a word list of its own.

- ``LEXICON`` (``lexicon.py``): every word list, loaded and validated from the YAML files in
  ``language/data/``, one section each (calendar, numbers, figures, money, people, titles,
  events). A pack may extend it with a ``language:`` section of the same shape (``extend``,
  ``for_pack``).
- ``calendar``: months, weekdays, ordinals and years as the date grammars read them.
- ``words``: folding (``fold``), regex alternations, the capitalised words that are no names.
- ``numbers`` and ``quantities``: numbers as news copy writes them (with their rounding band and
  hedge), and which numbers in a text are amounts at all.
- ``clauses``: one clause splitter, with the tense of a clause (``clause``, ``tense_around``).
- ``titles`` and ``people``: office titles and how they compare; names in a text and the
  roster index that links them to a pack's people.
"""

from __future__ import annotations

from typing import Any

from .lexicon import LEXICON, Lexicon, extend
from .words import fold

__all__ = ["LEXICON", "Lexicon", "extend", "fold", "for_pack"]


def for_pack(data: Any) -> Lexicon:
    """The core lexicon extended by a pack's ``language:`` section (``data``: ``PackData``)."""
    return _extended(getattr(data, "language", None))


_last: list[tuple[Lexicon, Lexicon]] = []  # one slot: runs use one set of packs


def _extended(more: Lexicon | None) -> Lexicon:
    if more is None:
        return LEXICON
    if not _last or _last[0][0] != more:
        _last[:] = [(more, extend(LEXICON, more))]
    return _last[0][1]
