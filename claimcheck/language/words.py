"""Folding words for comparison, and regex alternations of word lists."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..text import STOPWORDS
from .calendar import MONTHS, WEEKDAYS, alternation

__all__ = ["NOT_NAMES", "alternation", "fold"]

# Capitalised words that name no place, person or body of a story: months, weekdays,
# honorifics and function words.
NOT_NAMES = frozenset([*MONTHS, *WEEKDAYS, "mr", "mrs", "ms", "dr"]) | STOPWORDS


_SPACES = re.compile(r"\s+")

@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accents dropped, curly apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _SPACES.sub(" ", text).strip().lower()
