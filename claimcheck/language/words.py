"""Folding words for comparison, and regex alternations of word lists."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .calendar import alternation

__all__ = ["alternation", "fold"]


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, accents dropped, curly apostrophes straightened, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", text).strip().lower()
