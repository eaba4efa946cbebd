"""The small typed API: read, extract, check. ``claimcheck/__init__.py`` re-exports it."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Sequence

from . import engine, stream
from .config import Config, discover_config
from .corpus import ReadError, read_paths
from .models import Document, Report, summarise
from .packs import Pack, load_packs

PathLike = str | Path


def _as_list(paths: Sequence[PathLike] | PathLike, exist: bool = False) -> list[PathLike]:
    """``check("seeds/")`` means one path, not one path per character. A value that is no
    path is a ``TypeError``; with ``exist``, a path that does not exist is a ``ValueError``
    (as the command's usage error): article text passed by mistake must not read as a file
    that could not be found."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    elif not isinstance(paths, (list, tuple, set, frozenset)) and not hasattr(paths, "__iter__"):
        raise TypeError(f"expected file or folder paths (str or Path), got {type(paths).__name__}")
    out = list(paths)
    for p in out:
        if isinstance(p, Document):
            raise TypeError("got a Document where paths were expected: use claimcheck.check_documents")
        if not isinstance(p, (str, os.PathLike)):
            raise TypeError(f"expected file or folder paths (str or Path), got {type(p).__name__}")
        if exist and not os.path.lexists(p):
            shown = str(p) if len(str(p)) <= 60 else str(p)[:57] + "..."
            raise ValueError(f"no such file or folder: {shown!r} (to check text held in memory, use "
                             "claimcheck.check_text or claimcheck.check_documents)")
    return out


def extract(paths: Sequence[PathLike] | PathLike, packs: Sequence[Pack] | None = None, jobs: int = 1) -> Report:
    """Claims only (no rules): a v1 report with an empty list of findings.

    Unreadable files still appear, as ``input.unreadable`` findings. ``jobs``: processes
    extracting claims (0: one per CPU); the report is the same. For a corpus too large to
    hold, ``claimcheck.stream`` yields the same documents and claims one at a time.
    """
    packs = list(packs) if packs is not None else load_packs()
    data = engine.plan(packs).data
    docs, claims, findings = [], [], []
    for item in stream.extract_stream(stream.iter_documents(_as_list(paths, exist=True)), data, jobs):
        if isinstance(item, ReadError):
            findings.append(engine.read_error_finding(item))
        else:
            docs.append(item[0])
            claims.extend(item[1])
    return Report(documents=docs, claims=claims, findings=findings, summary=summarise(docs, claims, findings))


def resolve_packs(config: Config, extra: Sequence[PathLike] = ()) -> list[Pack]:
    return load_packs([*config.packs, *extra], core=config.core)


def _packs(packs: Sequence[PathLike | Pack] | None, config: Config) -> list[Pack]:
    """Pack paths or loaded packs; None: the configuration's packs plus the core pack."""
    if packs is None:
        return resolve_packs(config)
    loaded = [p for p in packs if isinstance(p, Pack)]
    paths_given = [p for p in packs if not isinstance(p, Pack)]
    if paths_given or not loaded:
        loaded = [*load_packs(paths_given, core=config.core), *loaded]
    return loaded


def check(
    paths: Sequence[PathLike] | PathLike,
    packs: Sequence[PathLike | Pack] | None = None,
    *,
    against: Sequence[PathLike] | PathLike = (),
    config: Config | None = None,
) -> Report:
    """Check the documents under ``paths``.

    ``packs``: pack paths or loaded packs; None means the configuration's packs (found from
    the paths upwards) plus the core pack. ``against``: earlier coverage that gives the
    cross-source rules context; findings are reported on ``paths`` only.
    """
    paths, against = _as_list(paths, exist=True), _as_list(against, exist=True)
    config = config if config is not None else discover_config(paths)
    loaded = _packs(packs, config)
    docs, errors = read_paths(paths)
    targets = None
    if against:
        context, more_errors = read_paths(against)
        targets = {d.id for d in docs}
        docs = docs + [d for d in context if d.id not in targets and d.path not in {x.path for x in docs}]
        errors = errors + more_errors
    return engine.run(docs, loaded, config=config, read_errors=errors, targets=targets)


def check_documents(
    documents: Sequence[Document], packs: Sequence[Pack] | None = None, config: Config | None = None
) -> Report:
    """Check documents already in memory (e.g. from a CMS), with the core pack by default."""
    documents = list(documents)
    for d in documents:
        if not isinstance(d, Document):
            raise TypeError(f"expected Document values, got {type(d).__name__} (for text, use claimcheck.check_text)")
    return engine.run(documents, list(packs) if packs is not None else load_packs(), config=config)


def check_each(
    folders: Sequence[PathLike] | PathLike,
    packs: Sequence[PathLike | Pack] | None = None,
    *,
    config: Config | None = None,
    jobs: int = 1,
) -> dict[Path, Report]:
    """Check each sub-folder of ``folders`` as its own corpus, in one process.

    Each report is the one ``check(sub_folder, packs)`` gives; packs and configuration are
    loaded once. ``jobs``: folders checked in that many processes (0: one per CPU).
    """
    from .each import check_each as each

    folders = _as_list(folders, exist=True)
    config = config if config is not None else discover_config(folders)
    loaded = _packs(packs, config)
    return dict(each(folders, loaded, config, jobs))


def check_text(
    text: str,
    *,
    published: dt.date | None = None,
    id: str = "text",
    path: str = "text.txt",
    packs: Sequence[Pack] | None = None,
    config: Config | None = None,
) -> Report:
    """Check one article held in memory as a string; ``published`` resolves its relative dates.
    Places in the findings are lines and columns of ``text``."""
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    doc = Document(id=id, path=path, text=text, published=published,
                   published_from="metadata" if published else None)
    return check_documents([doc], packs, config)
