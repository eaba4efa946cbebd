"""Where an index lives: a SQLite file or a database URL (no database driver imported here,
so ``claimcheck lint`` pays for SQLAlchemy only when it is given an index)."""

from __future__ import annotations

from pathlib import Path


def is_index(target: str | Path) -> bool:
    """A database URL, or an existing SQLite file (``claimcheck lint --against claims.sqlite``)."""
    text = str(target)
    if "://" in text:
        return True
    p = Path(text)
    try:
        with p.open("rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:  # a folder, or no such file
        return False


def url(target: str | Path) -> str:
    """The SQLAlchemy URL: a path becomes a SQLite URL; PostgreSQL goes through psycopg 3."""
    text = str(target)
    if "://" not in text:
        return f"sqlite:///{Path(text).resolve()}"
    scheme, rest = text.split("://", 1)
    if scheme in ("postgres", "postgresql"):
        return f"postgresql+psycopg://{rest}"
    return text
