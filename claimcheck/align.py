"""Keys and blocking for cross-source rules: which claims talk about the same thing.

Cross-source rules never compare all pairs. Each claim gets a few keys (declared subject
or event ids from packs, content words of its clause); an inverted index from key to
claims yields only the candidates that share keys, so the work grows with the corpus
and the size of its posting lists, not with its square.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Callable, Generic, Hashable, Iterable, Iterator, Sequence, TypeVar

T = TypeVar("T")


def phrase_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive whole-word pattern for any of ``terms`` (longest first)."""
    return _phrase_pattern(tuple(sorted({t.strip() for t in terms if t.strip()})))


@lru_cache(maxsize=1024)  # a pack's terms are compiled once, not once per document
def _phrase_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted(terms, key=len, reverse=True)
    body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in alts) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)


class TermIndex(Generic[T]):
    """Inverted index from keys to items; ``pairs`` yields items sharing enough keys.

    Keys found in more than ``max_posting`` items say little about identity (like
    stopwords) and are skipped, which also bounds the work per item.
    """

    def __init__(self, items: Sequence[T], keys_of: Callable[[T], Iterable[Hashable]], max_posting: int = 200):
        self.items = list(items)
        self.keys = [frozenset(keys_of(i)) for i in self.items]
        self.posting: dict[Hashable, list[int]] = defaultdict(list)
        for n, ks in enumerate(self.keys):
            for k in ks:
                self.posting[k].append(n)
        self.max_posting = max_posting

    def shared(self, n: int) -> Counter:
        """Counts of keys shared between item ``n`` and every later item that shares any."""
        counts: Counter = Counter()
        for k in self.keys[n]:
            post = self.posting[k]
            if len(post) > self.max_posting:
                continue
            for m in post:
                if m > n:
                    counts[m] += 1
        return counts

    def pairs(self, min_shared: int = 1, accept: Callable[[T, T], bool] | None = None) -> Iterator[tuple[T, T, int]]:
        for n in range(len(self.items)):
            for m, k in sorted(self.shared(n).items()):
                if k >= min_shared and (accept is None or accept(self.items[n], self.items[m])):
                    yield self.items[n], self.items[m], k


def connected_groups(items: Sequence[T], pairs: Iterable[tuple[T, T, int]]) -> list[list[T]]:
    """Union-find over candidate pairs: the groups of items linked by any chain of pairs."""
    index = {id(x): n for n, x in enumerate(items)}
    parent = list(range(len(items)))

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    for a, b, _ in pairs:
        ra, rb = find(index[id(a)]), find(index[id(b)])
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[T]] = defaultdict(list)
    for n, x in enumerate(items):
        groups[find(n)].append(x)
    return [g for _, g in sorted(groups.items())]
