"""Claim extraction: one pure function per family, from a document (and pack data) to claims.

No extractor keeps state between documents, so documents can be extracted in any order,
streamed, or in parallel.
"""

from __future__ import annotations

from typing import Callable

from ..models import Document
from ..packdata import PackData
from . import counts, money, names, roles, temporal

Extractor = Callable[[Document, PackData], list]

EXTRACTORS: dict[str, Extractor] = {
    "temporal": temporal.extract,
    "money": money.extract,
    "count": counts.extract,
    "role": roles.extract,
    "name": names.extract,
}


def extract_document(doc: Document, data: PackData | None = None) -> list:
    """Every claim in ``doc``, in text order."""
    data = data or PackData()
    claims = [c for extractor in EXTRACTORS.values() for c in extractor(doc, data)]
    return sorted(claims, key=lambda c: (c.start, c.end, c.kind, c.id))
