"""Documents and their claims one at a time, so extraction runs in memory flat in corpus size.

``read_paths`` holds every document to the end, which a check needs (cross-source rules see
the whole corpus) but extraction does not: an archive of a million articles can be
extracted document by document, each written out and let go. This module yields the same
documents as ``read_paths`` (same ids, same (path, id) order as the engine sorts them) and
their claims, in worker processes with ``jobs`` > 1 (the order and the claims do not
change; at most a few chunks per worker are in flight, so memory stays bounded).

Document ids must be unique over the whole corpus (``read_paths`` renames clashing ones),
so every file is read for its ids before the first document can be given out. The documents
of the first files, up to ``KEEP`` characters of text, are kept from that reading and given
out as they are; only the files past it are read a second time, one at a time, for their
text. A corpus of ordinary size is read once; an archive too large to hold is read twice
(reading costs about 1/25 of extracting), in memory flat in its size.
"""

from __future__ import annotations

import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from .corpus import ReadError, _settled_ids, _walk, read_file
from .corpus.manifest import Manifest
from .extract import extract_document
from .models import Document
from .packdata import PackData
from .workers import end_with_parent

CHUNK = 8  # documents sent to a worker at a time
IN_FLIGHT_PER_JOB = 4  # chunks queued per worker: enough to keep it busy, few enough to bound memory
KEEP = 32_000_000  # characters of text kept from the first reading (the first files' documents)


def jobs_wanted(jobs: int) -> int:
    """``jobs`` 0 means one process per CPU."""
    return (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | ReadError]:
    """Every document under ``paths`` in (path, id) order, and each read error where its
    file comes (a folder that cannot be listed first); ids exactly as ``read_paths`` gives
    them, a later record with an id already used left out as an error at its file."""
    walk_errors: list[ReadError] = []
    files = sorted(_walk(list(paths), walk_errors), key=lambda fn: str(fn[0]))
    yield from walk_errors
    # First reading: every id, renamed where they clash across the corpus; the first files'
    # documents kept whole, and each file's errors (manifest errors come with the first file
    # of their folder).
    manifests: dict[Path, Manifest] = {}
    light: list[tuple[Document, str]] = []
    where: list[tuple[int, int]] = []  # (file, record) of each entry of ``light``
    kept: dict[int, list[Document]] = {}
    errors_of: dict[int, list[ReadError]] = {}
    held = 0
    for n, (f, name) in enumerate(files):
        errors: list[ReadError] = []
        docs = read_file(f, manifests, errors)
        if errors:
            errors_of[n] = errors
        held += sum(len(d.text) for d in docs)
        if held <= KEEP:
            kept[n] = docs
        light.extend((d.model_copy(update={"text": ""}), name) for d in docs)
        where.extend((n, r) for r in range(len(docs)))
    settled, clashes = _settled_ids(light)
    final_ids = {at: d.id if d is not None else None for at, d in zip(where, settled)}
    clashes_at: dict[str, list[ReadError]] = {}
    for e in clashes:
        clashes_at.setdefault(e.path, []).append(e)
    del light, where, settled
    for n, (f, _) in enumerate(files):
        # a file past ``KEEP`` is read again; its errors were given by the first reading
        docs = kept.pop(n) if n in kept else read_file(f, manifests, [])
        yield from errors_of.pop(n, [])
        yield from clashes_at.pop(str(f), [])
        renamed = [d if (i := final_ids.get((n, r), d.id)) == d.id else d.model_copy(update={"id": i})
                   for r, d in enumerate(docs) if final_ids.get((n, r), d.id) is not None]
        yield from sorted(renamed, key=lambda d: d.id)


_worker_data: PackData | None = None


def _start_worker(data: PackData, parent: int) -> None:
    global _worker_data
    end_with_parent(parent)
    _worker_data = data


def _extract_chunk(docs: list[Document]) -> list[list]:
    return [extract_document(d, _worker_data) for d in docs]


def _chunks(items: Iterator[Document | ReadError], size: int) -> Iterator[list[Document | ReadError]]:
    chunk: list[Document | ReadError] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_stream(
    items: Iterable[Document | ReadError], data: PackData, jobs: int = 1
) -> Iterator[tuple[Document, list] | ReadError]:
    """(document, claims) for each document, read errors passed through, in input order.

    Extractors are pure functions of (document, pack data), so the claims are the same
    whichever process extracts a document; ``jobs`` (0: one per CPU) changes speed only.
    """
    jobs = jobs_wanted(jobs)
    if jobs == 1:
        for item in items:
            yield item if isinstance(item, ReadError) else (item, extract_document(item, data))
        return
    pending: deque[tuple[list, Future]] = deque()
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(data, os.getpid())) as pool:
        try:
            for chunk in _chunks(iter(items), CHUNK):
                docs = [d for d in chunk if not isinstance(d, ReadError)]
                pending.append((chunk, pool.submit(_extract_chunk, docs)))
                while len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                    yield from _finished(*pending.popleft())
            while pending:
                yield from _finished(*pending.popleft())
        finally:
            for _, future in pending:
                future.cancel()


def _finished(chunk: list, future: Future) -> Iterator[tuple[Document, list] | ReadError]:
    claims = iter(future.result())
    for item in chunk:
        yield item if isinstance(item, ReadError) else (item, next(claims))
