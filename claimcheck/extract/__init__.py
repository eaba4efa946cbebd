"""Claim extraction: an ordered pipeline of one pure function per family.

Each extractor takes a document, the pack data and the claims of the extractors before it
(``Earlier``): counts get the money claims (whose digits are not counts), names get the
role claims (whose names are theirs). No extractor keeps state between documents, so
documents can be extracted in any order, streamed, or in parallel.
"""

from __future__ import annotations

from typing import Callable

from ..models import Document
from ..packdata import PackData
from . import ages, counts, money, names, roles, temporal
from ._pipeline import Earlier

Extractor = Callable[[Document, PackData, Earlier], list]

# In order: an extractor may read the claims of those above it.
EXTRACTORS: dict[str, Extractor] = {
    "temporal": temporal.extract,
    "money": money.extract,
    "count": counts.extract,  # reads money
    "age": ages.extract,
    "role": roles.extract,
    "name": names.extract,  # reads role
}


def extract_document(doc: Document, data: PackData | None = None) -> list:
    """Every claim in ``doc``, in text order."""
    data = data or PackData()
    earlier: dict[str, list] = {}
    for family, extractor in EXTRACTORS.items():
        earlier[family] = extractor(doc, data, earlier)
    claims = [c for found in earlier.values() for c in found]
    return sorted(claims, key=lambda c: (c.start, c.end, c.kind, c.id))
