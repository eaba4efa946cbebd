"""Shared fixtures: the seed corpus and a factory for small in-memory documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimcheck.models import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"

# A story of its own: no name in common with the seeds (the Guatemala City ministerial).
OTHER_STORY = """---
published: 2024-05-08
---
Flooding on the Okavango delta forced Maun officials to close the Sedia road on Tuesday, May 7, 2024.
Botswana Defence Force crews moved 1,200 residents to schools in Shorobe, district commissioner Kago Ramotse said.
"""


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    """The five seed articles by the first three characters of their file name ('000' ...)."""
    from claimcheck.corpus import read_paths

    docs, errors = read_paths([SEEDS])
    assert not errors
    return {d.id[:3]: d for d in docs}


def make_doc(text: str, published: str | None = "2024-05-08", id: str = "doc", path: str | None = None) -> Document:
    """A document held in memory, as a CMS would hand it over."""
    return Document(
        id=id,
        path=path or f"{id}.txt",
        text=text,
        published=dt.date.fromisoformat(published) if published else None,
        published_from="metadata" if published else None,
    )


@pytest.fixture
def doc():
    return make_doc
