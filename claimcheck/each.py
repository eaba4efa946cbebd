"""Many corpora in one process: each sub-folder of a folder checked as its own story.

Test suites and evaluations keep hundreds of story folders side by side; one
``claimcheck check`` per folder pays the start-up (imports, packs, configuration) hundreds
of times. Here packs and configuration are loaded and validated once, and each folder's
report is exactly what ``claimcheck check FOLDER`` gives with the same packs: documents of
one folder never give context to another's cross-source rules. With ``jobs`` > 1, whole
folders are checked in worker processes (extraction and rules alike); the reports come
back in folder order and do not change.
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterator, Sequence

from . import engine
from .config import Config
from .corpus import read_paths
from .models import Report
from .packs import Pack
from .stream import jobs_wanted
from .workers import end_with_parent


def corpora(folder: str | Path) -> list[Path]:
    """The sub-folders of ``folder`` (hidden ones left out), sorted by name."""
    return sorted(p for p in Path(folder).iterdir() if p.is_dir() and not p.name.startswith("."))


def _check(the_plan: engine.Plan, folder: Path) -> Report:
    docs, errors = read_paths([folder])
    return engine.run_plan(the_plan, docs, errors)


_worker_plan: engine.Plan | None = None


def _start_worker(the_plan: engine.Plan, parent: int) -> None:
    global _worker_plan
    end_with_parent(parent)
    _worker_plan = the_plan


def _check_in_worker(folder: Path) -> Report:
    assert _worker_plan is not None
    return _check(_worker_plan, folder)


def check_each(
    folders: Sequence[str | Path], packs: Sequence[Pack], config: Config | None = None, jobs: int = 1
) -> Iterator[tuple[Path, Report]]:
    """(sub-folder, its report) for every sub-folder of each of ``folders``, in order.

    Files directly inside a folder given belong to no story and are not checked.
    """
    the_plan = engine.plan(packs, config)
    found = [sub for folder in folders for sub in corpora(folder)]
    jobs = min(jobs_wanted(jobs), len(found))
    if jobs <= 1:
        for sub in found:
            yield sub, _check(the_plan, sub)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(the_plan, os.getpid())) as pool:
        yield from zip(found, pool.map(_check_in_worker, found))
