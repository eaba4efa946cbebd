"""Read documents: files and folders in, ``Document`` values out, errors kept beside them.

A folder is a corpus: every supported file under it, recursively, in sorted order. A
``manifest.yaml`` in a folder supplies metadata (publication dates) for the files beside it.
A file that cannot be read becomes a ``ReadError``; the other files are still read.
Document ids must be unique: files named alike in different folders (``2024/05/index.md``,
``2024/06/index.md``) take their path under the folder given as their id.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models import Document
from .manifest import Manifest, load_manifest
from .readers import READERS, read_bytes, read_records

SUFFIXES = tuple(READERS)


@dataclass(frozen=True)
class ReadError:
    """A file that could not become a document, with the place of the problem."""

    path: str
    line: int
    column: int
    message: str


def _walk(paths: list[str | Path]) -> list[tuple[Path, str]]:
    """Each file to read, with its name: the path under the folder given, without suffix
    (``05/index``), or the path as given for a file named directly; duplicates once."""
    found: list[tuple[Path, str]] = []
    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(
                f
                for f in p.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not f.name.endswith(".test.yaml")
                and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )
            found.extend((f, f.relative_to(p).with_suffix("").as_posix()) for f in files)
        else:
            found.append((p, p.with_suffix("").as_posix()))
    seen: set[Path] = set()
    unique = []
    for f, name in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append((f, name))
    return unique


def iter_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders into their supported files (recursive, sorted); keep files as given."""
    return [f for f, _ in _walk(paths)]


def _unique_ids(named: list[tuple[Document, str]]) -> list[Document]:
    """Give documents whose ids clash an id from their path: an id taken from the file name
    becomes the path under the folder given (``05/index``); an id from metadata gets the path
    appended (``wire-123@05/index``). Where that still clashes (the same names under two
    folders given), the path as given is used. Ids that do not clash are left as they are."""

    def renamed(d: Document, name: str) -> Document:
        stem = Path(d.path).stem
        from_name = d.id == stem or d.id.startswith(stem + "#")
        return d.model_copy(update={"id": name + d.id[len(stem):] if from_name else f"{d.id}@{name}"})

    counts = Counter(d.id for d, _ in named)
    first = [(renamed(d, name) if counts[d.id] > 1 else d, d, name) for d, name in named]
    counts = Counter(d.id for d, _, _ in first)
    return [
        renamed(orig, Path(orig.path).with_suffix("").as_posix()) if counts[d.id] > 1 else d
        for d, orig, _ in first
    ]


def read_paths(paths: list[str | Path]) -> tuple[list[Document], list[ReadError]]:
    """Read every document under ``paths``; return documents and the files that failed."""
    named: list[tuple[Document, str]] = []
    errors: list[ReadError] = []
    manifests: dict[Path, Manifest] = {}
    for f, name in _walk(paths):
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
            got, bad = read_records(str(f), f.read_bytes())
        except InputError as e:
            errors.append(ReadError(e.path or str(f), e.line, e.column, e.message))
            continue
        except OSError as e:
            errors.append(ReadError(str(f), 1, 1, f"cannot read file: {e.strerror or e}"))
            continue
        errors.extend(ReadError(e.path or str(f), e.line, e.column, e.message) for e in bad)
        named.extend((manifests[folder].apply(f.name, d), name) for d in got)
    return _unique_ids(named), errors


__all__ = ["ReadError", "iter_files", "read_paths", "read_bytes", "read_records"]
