"""The command's progress bar: extracting claims, then comparing sources.

A long run spends its time in two stages: claims are extracted document by document, then
the cross-source rules compare every source with the others. A bar that stopped at "100%"
while the second stage still ran would look hung, so the bar shows both: one line per stage,
on stderr, only for runs long enough to need it and only on a terminal.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator

from .models import Document

MIN_DOCUMENTS = 20  # below this a run is too short for a bar to help


@dataclass(frozen=True)
class Callbacks:
    """What ``engine.run`` calls: ``progress`` per document, ``rule_progress`` per cross-source rule."""

    progress: Callable[[Document], None] | None = None
    rule_progress: Callable[[str, int, int], None] | None = None


@contextmanager
def progress_bar(total: int, console=None, quiet: bool = False) -> Iterator[Callbacks]:
    """Yield the callbacks that drive a two-stage bar; no-ops when ``quiet``, when the run is
    short, or when stderr is not a terminal (``console``, a rich Console, is for tests)."""
    if quiet or total < MIN_DOCUMENTS or (console is None and not sys.stderr.isatty()):
        yield Callbacks()
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("{task.description:<18}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console or Console(stderr=True), transient=True,
    ) as bar:
        extracting = bar.add_task("extracting claims", total=total)
        comparing: list = []

        def on_rule(_rule: str, done: int, rules: int) -> None:
            if not comparing:
                comparing.append(bar.add_task("comparing sources", total=rules))
            bar.update(comparing[0], completed=done)

        yield Callbacks(lambda _doc: bar.advance(extracting), on_rule)
