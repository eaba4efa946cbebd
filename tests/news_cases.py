"""Loading the held-out news cases kept as data under tests/data/news/ (one YAML file per claim
family): each case is a real sentence (or a constructed control), its publication date, where it
came from, and the claims expected of it, read by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from claimcheck.models import Document
from tests.conftest import make_doc

NEWS = Path(__file__).resolve().parent / "data" / "news"
DEFAULT_PUBLISHED = "2024-05-08"


def cases(family: str) -> list:
    """The cases of ``tests/data/news/<family>.yaml`` as pytest params, with their ids."""
    entries = yaml.safe_load((NEWS / f"{family}.yaml").read_text(encoding="utf-8"))
    ids = [entry["id"] for entry in entries]
    assert len(ids) == len(set(ids)), f"{family}.yaml: duplicate ids"
    return [pytest.param(entry, id=entry["id"]) for entry in entries]


def document(case: dict, id: str = "doc") -> Document:
    published = case.get("published", DEFAULT_PUBLISHED)
    if isinstance(published, dt.date):
        published = published.isoformat()
    return make_doc(case["text"], published=published, id=id)
