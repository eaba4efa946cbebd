"""A set of character spans with a fast overlap test.

Extractors claim text as they go ("this stretch is already a date") and skip later matches
that overlap what is taken. Scanning every taken span for each match made long documents
quadratic; keeping the spans sorted makes each test a binary search.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable


class Spans:
    """Half-open spans ``[start, end)``; empty spans are ignored."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = []
        self._reach: list[int] = []  # _reach[i]: the largest end among _spans[: i + 1]
        for start, end in sorted(spans):
            self._append(start, end)

    def _append(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._spans.append((start, end))
        self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)``."""
        if end <= start:
            return
        if not self._spans or (start, end) >= self._spans[-1]:
            self._append(start, end)
            return
        insort(self._spans, (start, end))
        self._reach = []
        running = 0
        for _, e in self._spans:
            running = max(running, e)
            self._reach.append(running)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with a taken span."""
        if end <= start or not self._spans:
            return False
        i = bisect_left(self._spans, (end, end)) - 1  # last span starting before ``end``
        return i >= 0 and self._reach[i] > start

    def __len__(self) -> int:
        return len(self._spans)

    def __iter__(self):
        return iter(self._spans)
