"""Read documents: files and folders in, ``Document`` values out, errors kept beside them.

A folder is a corpus: every supported file under it, recursively, in sorted order. A
``manifest.yaml`` in a folder supplies metadata (publication dates) for the files beside it.
A file that cannot be read becomes a ``ReadError``; the other files are still read.
Document ids must be unique: files named alike in different folders (``2024/05/index.md``,
``2024/06/index.md``) take their path under the folder given as their id.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..models import Document
from ..output import is_own_report
from .manifest import NAME as MANIFEST
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


def _not_an_article(name: str) -> bool:
    """Files claimcheck reads for itself, recognised by name wherever they are given."""
    return name == MANIFEST or name.endswith(".test.yaml")


def _folder_files(top: Path, errors: list[ReadError]) -> list[Path]:
    """Every supported regular file under ``top`` (hidden parts left out), sorted. A folder
    that cannot be listed is an error, never a silent gap; a folder reached twice through
    links is read once."""
    found: list[Path] = []
    seen: set[str] = set()

    def unreadable(e: OSError) -> None:
        errors.append(ReadError(e.filename or str(top), 1, 1, f"cannot read folder: {e.strerror or e}"))

    for folder, dirs, files in os.walk(top, onerror=unreadable, followlinks=True):
        real = os.path.realpath(folder)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            f = Path(folder, name)
            if name.startswith(".") or f.suffix.lower() not in SUFFIXES or _not_an_article(name):
                continue
            if _regular(f):
                found.append(f)
    return sorted(found)


def _regular(f: Path) -> bool:
    """A plain file: a pipe or a device would block the read forever. A file that cannot even
    be looked at counts as one, so that reading it reports why."""
    try:
        return stat.S_ISREG(f.stat().st_mode)
    except FileNotFoundError:
        return False  # a dangling link
    except OSError:
        return True


def _walk(paths: list[str | Path], errors: list[ReadError] | None = None) -> list[tuple[Path, str]]:
    """Each file to read, with its name: the path under the folder given, without suffix
    (``05/index``), or the path as given for a file named directly; duplicates once."""
    errors = [] if errors is None else errors
    found: list[tuple[Path, str]] = []
    for p in map(Path, paths):
        if _is_dir(p):
            found.extend((f, f.relative_to(p).with_suffix("").as_posix()) for f in _folder_files(p, errors))
        elif not _not_an_article(p.name):
            found.append((p, p.with_suffix("").as_posix()))
    seen: set[Path] = set()
    unique = []
    for f, name in found:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append((f, name))
    return unique


def _is_dir(p: Path) -> bool:
    try:
        return p.is_dir()
    except OSError:
        return False  # cannot be looked at: reading it will say why


def iter_files(paths: list[str | Path]) -> list[Path]:
    """Expand folders into their supported files (recursive, sorted); keep files as given."""
    return [f for f, _ in _walk(paths)]


def _settled_ids(named: list[tuple[Document, str]]) -> tuple[list[Document | None], list[ReadError]]:
    """Give documents whose ids clash an id from their path: an id taken from the file name
    becomes the path under the folder given (``05/index``), then that path with its extension
    (``story.md`` beside ``story.json``); an id from metadata gets the path appended
    (``wire-123@05/index``). Where that still clashes (the same names under two folders given),
    the path as given is used. Ids that do not clash are left as they are; two records of one
    file that give the same id keep the first, and the later one is an error naming both.
    The documents come back in the order of ``named``, None where one was left out (the
    streaming reader maps them back to their files)."""

    def renamed(d: Document, name: str) -> Document:
        stem = Path(d.path).stem
        from_name = d.id == stem or d.id.startswith(stem + "#")
        return d.model_copy(update={"id": name + d.id[len(stem):] if from_name else f"{d.id}@{name}"})

    steps = (lambda d, name: name, lambda d, name: name + Path(d.path).suffix, lambda d, name: d.path)
    current = [d for d, _ in named]
    for step in steps:
        counts = Counter(d.id for d in current)
        if len(counts) == len(current):
            break
        current = [renamed(d, step(d, name)) if counts[now.id] > 1 else now
                   for now, (d, name) in zip(current, named)]
    given = {id(now): d.id for now, (d, _) in zip(current, named)}
    kept, errors = distinct_ids(current, lambda d: given[id(d)])
    kept_now = {id(d) for d in kept}
    return [d if id(d) in kept_now else None for d in current], errors


def _unique_ids(named: list[tuple[Document, str]]) -> tuple[list[Document], list[ReadError]]:
    """The documents of ``named`` with distinct ids (see ``_settled_ids``), in order."""
    settled, errors = _settled_ids(named)
    return [d for d in settled if d is not None], errors


def distinct_ids(docs: list[Document], given=lambda d: d.id) -> tuple[list[Document], list[ReadError]]:
    """The first document of each id (by path and place in the file); each later one is an
    error naming both places, so one repeated id never stops the run."""
    kept: dict[str, Document] = {}
    errors: list[ReadError] = []
    for d in sorted(docs, key=lambda d: (d.path, d.line_offset)):
        first = kept.setdefault(d.id, d)
        if first is not d:
            errors.append(ReadError(d.path, _line(d), 1, f"id {given(d)!r} is already used at "
                                    f"{first.path}:{_line(first)}; give each document its own id"))
    return list(kept.values()), errors


def _line(d: Document) -> int:
    """The line a document starts at: its record's line in a JSON file, else the first."""
    return d.line_offset + 1 if Path(d.path).suffix.lower() in (".json", ".jsonl") else 1


def read_file(f: Path, manifests: dict[Path, Manifest], errors: list[ReadError]) -> list[Document]:
    """One file's documents with its folder's manifest applied (``manifests`` keeps each
    folder's, read once); what goes wrong is appended to ``errors``. Shared by ``read_paths``
    and the streaming reader, so both read the same files the same way."""
    folder = f.parent.resolve()
    if folder not in manifests:
        manifests[folder], bad = load_manifest(folder)
        errors.extend(ReadError(e.path or str(f), e.line, e.column, e.message) for e in bad)
    if not _regular(f) and f.exists():
        errors.append(ReadError(str(f), 1, 1, "not a regular file (a pipe or a device): not read"))
        return []
    try:
        data = f.read_bytes()
        if is_own_report(data):
            return []  # a report claimcheck wrote (-o into the checked folder) is no article
        got, bad = read_records(str(f), data)
    except FileNotFoundError:
        errors.append(ReadError(str(f), 1, 1, "no such file or folder"))
        return []
    except InputError as e:
        errors.append(ReadError(e.path or str(f), e.line, e.column, e.message))
        return []
    except OSError as e:
        errors.append(ReadError(str(f), 1, 1, f"cannot read file: {e.strerror or e}"))
        return []
    errors.extend(ReadError(e.path or str(f), e.line, e.column, e.message) for e in bad)
    return [manifests[folder].apply(f.name, d) for d in got]


def read_paths(paths: list[str | Path]) -> tuple[list[Document], list[ReadError]]:
    """Read every document under ``paths``; return documents and the files that failed."""
    named: list[tuple[Document, str]] = []
    errors: list[ReadError] = []
    manifests: dict[Path, Manifest] = {}
    for f, name in _walk(paths, errors):
        named.extend((d, name) for d in read_file(f, manifests, errors))
    docs, clashes = _unique_ids(named)
    return docs, errors + clashes


__all__ = ["ReadError", "distinct_ids", "iter_files", "read_file", "read_paths", "read_bytes", "read_records"]
