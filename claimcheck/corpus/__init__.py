"""Read documents: files and folders in, ``Document`` values out, errors kept beside them.

A folder is a corpus: every supported file under it, recursively, in sorted order. A
``manifest.yaml`` in a folder supplies metadata (publication dates) for the files beside it.
A file that cannot be read becomes a ``ReadError``; the other files are still read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models import Document
from .manifest import Manifest, load_manifest
from .readers import READERS, read_bytes

SUFFIXES = tuple(READERS)


@dataclass(frozen=True)
class ReadError:
    """A file that could not become a document, with the place of the problem."""

    path: str
    line: int
    column: int
    message: str


def iter_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders into their supported files (recursive, sorted); keep files as given."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(
                sorted(
                    f
                    for f in p.rglob("*")
                    if f.is_file()
                    and f.suffix.lower() in SUFFIXES
                    and not f.name.endswith(".test.yaml")
                    and not any(part.startswith(".") for part in f.relative_to(p).parts)
                )
            )
        else:
            files.append(p)
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def read_paths(paths: list[str | Path]) -> tuple[list[Document], list[ReadError]]:
    """Read every document under ``paths``; return documents and the files that failed."""
    docs: list[Document] = []
    errors: list[ReadError] = []
    manifests: dict[Path, Manifest] = {}
    for f in iter_files(paths):
        if not f.exists():
            errors.append(ReadError(str(f), 1, 1, "no such file or folder"))
            continue
        folder = f.parent.resolve()
        if folder not in manifests:
            try:
                manifests[folder] = load_manifest(folder)
            except InputError as e:
                errors.append(ReadError(e.path or str(f), e.line, e.column, e.message))
                manifests[folder] = Manifest({})
        try:
            got = read_bytes(str(f), f.read_bytes())
        except InputError as e:
            errors.append(ReadError(e.path or str(f), e.line, e.column, e.message))
            continue
        except OSError as e:
            errors.append(ReadError(str(f), 1, 1, f"cannot read file: {e.strerror or e}"))
            continue
        docs.extend(manifests[folder].apply(f.name, d) for d in got)
    return docs, errors


__all__ = ["ReadError", "iter_files", "read_paths", "read_bytes"]
