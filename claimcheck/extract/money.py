"""Money claims (to be written)."""

from __future__ import annotations

from ..models import Document
from ..packdata import PackData


def extract(doc: Document, data: PackData) -> list:
    return []
