"""Caches for work done once per document, bounded by the size of the text they hold.

Extractors ask for the same document's sentences, numbers and tokens several times in a run,
so that work is cached. A cache counted in entries holds 64 one-megabyte documents as readily
as 64 short ones (gigabytes held by a library user who checked a few long files); these count
the characters of the texts their keys hold and let the oldest go past a budget. The entry
just made always stays, so a document longer than the budget is still computed only once.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from typing import Callable, TypeVar

from .models import Document

BUDGET = 2_000_000  # characters of text per cache (a long-read article is 30,000)
# A text this long is let go at the end of a run: it is rarely checked twice in one process,
# and its derived work (sentences, tokens, claims) weighs about 40 times its text.
LONG = 100_000

T = TypeVar("T")
_CACHES: list["_TextCache"] = []


def _size(key: object) -> int:
    if isinstance(key, Document):
        return len(key.text) + 1
    if isinstance(key, str):
        return len(key) + 1
    return 1


class _TextCache:
    def __init__(self, fn: Callable, budget: int):
        self.fn, self.budget = fn, budget
        self.entries: OrderedDict = OrderedDict()
        self.held = 0
        self.lock = threading.Lock()
        # the last key and its value: the extractors ask about one document's text thousands of
        # times in a row (``people.tokens`` once per name looked at), and the same object is
        # answered without the lock and the ordering (one tuple, read and replaced whole)
        self.last: tuple[object, object] | None = None
        functools.update_wrapper(self, fn)

    def __call__(self, key):
        last = self.last
        if last is not None and last[0] is key:
            return last[1]
        with self.lock:
            if key in self.entries:
                self.entries.move_to_end(key)
                value = self.entries[key][0]
                self.last = (key, value)
                return value
        value = self.fn(key)
        size = _size(key)
        with self.lock:
            if key not in self.entries:
                self.entries[key] = (value, size)
                self.held += size
            value = self.entries[key][0]
            self.last = (key, value)
            while self.held > self.budget and len(self.entries) > 1:
                _, (_, gone) = self.entries.popitem(last=False)
                self.held -= gone
        return value

    def release_long(self, limit: int) -> None:
        with self.lock:
            for key in [k for k, (_, size) in self.entries.items() if size > limit]:
                self.held -= self.entries.pop(key)[1]
            self.last = None

    def cache_clear(self) -> None:
        with self.lock:
            self.entries.clear()
            self.held = 0
            self.last = None


def text_cache(budget: int = BUDGET) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Cache a function of one document or text, holding at most ``budget`` characters."""

    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        cache = _TextCache(fn, budget)
        _CACHES.append(cache)
        return cache

    return decorate


def held() -> dict[str, int]:
    """Characters of text each cache holds now, by function name."""
    return {f"{c.fn.__module__}.{c.fn.__qualname__}": c.held for c in _CACHES}


_OTHER_CLEARERS: list[Callable[[], None]] = []


def on_release(clear: Callable[[], None]) -> None:
    """Register the clearing of a cache kept elsewhere (one keyed on more than a document)."""
    _OTHER_CLEARERS.append(clear)


def release_long(limit: int = LONG) -> None:
    """Let go of the work kept for texts longer than ``limit`` (the engine, after a run)."""
    for c in _CACHES:
        c.release_long(limit)
    for clear in _OTHER_CLEARERS:
        clear()


def clear_caches() -> None:
    """Let go of every cached document (a long-lived process, after a run on long texts)."""
    for c in _CACHES:
        c.cache_clear()
    for clear in _OTHER_CLEARERS:
        clear()
