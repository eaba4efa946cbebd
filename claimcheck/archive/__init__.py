"""An archive of earlier coverage, indexed once, looked up per draft.

``claimcheck index CORPUS --db claims.sqlite`` extracts every article once and stores its
claims and alignment keys (``store.py``); ``claimcheck lint DRAFT --against claims.sqlite``
then extracts the draft only, looks up the keys its story needs, and runs the rules on the
draft plus the articles those keys lead to, with their stored claims. A year of a wire
desk's coverage is then context for every draft without being read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..extract import extract_document
from ..models import Document
from ..packdata import PackData
from .keys import document_keys
from .target import is_index

__all__ = ["DraftContext", "draft_context", "is_index"]


@dataclass
class DraftContext:
    documents: list[Document]  # the archive's articles that bear on the drafts
    claims: dict[str, list]  # claims by document id: the drafts' and, when fresh, the archive's
    keys_looked_up: int
    keys_skipped: int


def draft_context(targets: Sequence[str | Path], drafts: Sequence[Document], data: PackData,
                  max_posting: int = 500, limit: int = 200) -> DraftContext:
    """The drafts' claims and the indexed articles sharing their keys (drafts' own ids and
    paths left out: a draft already in the archive is replaced by the draft)."""
    from .store import lookup  # SQLAlchemy only when an index is used

    claims = {d.id: extract_document(d, data) for d in drafts}
    wanted = set().union(*(document_keys(d, claims[d.id]) for d in drafts)) if drafts else set()
    ids = {d.id for d in drafts}
    paths = {str(Path(d.path).resolve()) for d in drafts}
    context: list[Document] = []
    looked = skipped = 0
    for target in targets:
        found = lookup(target, wanted, data, exclude=ids, max_posting=max_posting, limit=limit)
        looked, skipped = looked + found.keys_looked_up, skipped + found.keys_skipped
        for d in found.documents:
            if d.id in ids or str(Path(d.path).resolve()) in paths:
                continue
            ids.add(d.id)
            context.append(d)
            if found.fresh:
                claims[d.id] = found.claims[d.id]
    return DraftContext(context, claims, looked, skipped)
