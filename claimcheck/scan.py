"""One candidate scan per text for many patterns: each pattern is tried only where it can start.

An extractor with many patterns (the date forms) ran each over the whole text: 29 passes, a
third of the time of extraction, though most words start no match of most patterns. Here one
pass over the words of a text files each word start under the patterns that can begin there,
and each pattern is then tried (``match``, anchored) at those places only.

What can begin a match is read from the pattern itself, never from a table kept beside it,
so it cannot drift when a pattern changes: a pattern that starts at a word start
(``\\b(?=\\w)``, as the date forms do) and ignores case has a finite set of first letters
(up to ``PREFIX`` of them: "jan", "mon", "las", "1", ...), found by walking its parsed form
(literals, small character sets, digits; groups, alternatives and optional parts followed;
zero-width assertions skipped, since they consume nothing). A pattern whose start cannot be
bounded that way (one that may start mid-word, a wide character class) is scanned whole, as
before. The matches are exactly those of ``pattern.finditer(text)``:

- every match starts at a word start whose first letters are in the pattern's set (compared
  lower-cased; a word whose first letters are not all ASCII is tried with every pattern,
  since case folding maps some non-ASCII letters onto ASCII ones: the Kelvin sign, the long s);
- ``pattern.match(text, at)`` finds what a search reaching ``at`` finds there: lookbehinds and
  ``\\b`` see the text before ``at``;
- places are tried in text order, each after the end of the last match, as ``finditer`` goes;
  an empty match (no date form makes one) sends the pattern back to ``finditer``.

``tests/test_scan.py`` compares both ways on every date form over invented text and
hypothesis-made strings.
"""

from __future__ import annotations

import bisect
import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Iterator, Sequence

from .cache import on_release

PREFIX = 3  # first letters of a match looked at
_MAX_PREFIXES = 4000  # a pattern with more first-letter strings than this is scanned whole
_SMALL_SET = 12  # a character range wider than this ends the prefix
_DIGITS = tuple("0123456789")  # \d on an ASCII character (non-ASCII words go to every pattern)
WORD_START = r"\b(?=\w)"
_WORDS = re.compile(r"\w+")
_MEMO_MAX = 100_000  # first-letter strings remembered per scan (news holds some 10,000)
_DIGIT_RUNS = re.compile(r"\d+")
_WORD_CHAR = re.compile(r"[A-Za-z0-9_]")

# (prefix so far, may the next element still extend it)
_Prefixes = list[tuple[str, bool]]


def _element(op: object, av: object) -> _Prefixes | None:
    """The first letters one element of a parsed pattern can consume; None: unbounded."""
    if op is sre.LITERAL:
        return [(chr(av), True)]  # type: ignore[arg-type]
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return [("", True)]  # zero-width: consumes nothing
    if op is sre.SUBPATTERN:
        return _sequence(av[-1])  # type: ignore[index]
    if op is sre.BRANCH:
        out: _Prefixes = []
        for alternative in av[1]:  # type: ignore[index]
            got = _sequence(alternative)
            if got is None:
                return None
            out += got
        return out
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, high, sub = av  # type: ignore[misc]
        got = _sequence(sub)
        if got is None:
            return None
        # one pass through the repeated part, then stop (a second pass would need its own prefixes)
        out = [(s, more and low == high == 1) for s, more in got]
        return out + [("", True)] if low == 0 else out
    if op is sre.IN:
        chars: list[str] = []
        for item, value in av:  # type: ignore[attr-defined]
            if item is sre.LITERAL:
                chars.append(chr(value))
            elif item is sre.RANGE and value[1] - value[0] < _SMALL_SET:
                chars.extend(chr(c) for c in range(value[0], value[1] + 1))
            elif item is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                chars.extend(_DIGITS)
            else:
                return [("", False)]  # a negated or wide set: the prefix ends before it
        return [(c, True) for c in chars]
    return [("", False)]  # anything else (a category, any character, a back reference) ends it


def _sequence(items: object) -> _Prefixes | None:
    current = {("", True)}
    for op, av in items:  # type: ignore[attr-defined]
        if not any(more for _, more in current):
            break
        step = _element(op, av)
        if step is None:
            return None
        following = set()
        for done, more in current:
            if not more:
                following.add((done, False))
                continue
            for s, more2 in step:
                longer = done + s
                following.add((longer[:PREFIX], more2 and len(longer) < PREFIX))
        current = following
        if len(current) > _MAX_PREFIXES:
            return None
    return list(current)


def _not_after(items: list, category: object) -> bool:
    """Does the pattern open with a lookbehind refusing ``category`` (``(?<![\\w+-])``), so a
    match never starts right after such a character?"""
    if not items or items[0][0] is not sre.ASSERT_NOT or items[0][1][0] != -1:
        return False
    body = list(items[0][1][1])
    return len(body) == 1 and body[0][0] is sre.IN and (sre.CATEGORY, category) in body[0][1]


def _boundary_first(items: list) -> bool:
    """Does ``\\b`` hold where the pattern starts (among its opening zero-width items)? With a
    word character first, that place is a word start."""
    for op, av in items:
        if op is sre.AT and av is sre.AT_BOUNDARY:
            return True
        if op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            return False
    return False


def start(pattern: re.Pattern[str]) -> dict[str, frozenset[str]] | None:
    """Where every match of ``pattern`` starts, by kind of place: "word" (a word start),
    "digit" (the start of a run of digits), "mark" (wherever its first character, a
    punctuation mark or a space, is), each with lower-case ASCII prefixes (up to ``PREFIX``
    long) one of which begins every match starting there; None when that cannot be bounded."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    got = _sequence(items)
    if got is None:
        return None
    # a non-ASCII letter ends a prefix (the text's side: a word whose first letters are not all
    # ASCII goes to every pattern)
    prefixes = frozenset(re.split(r"[^\x00-\x7f]", s, maxsplit=1)[0] for s, _ in got)
    if pattern.flags & re.IGNORECASE:
        prefixes = frozenset(s.lower() for s in prefixes)
    elif any(s.lower() != s or s.upper() != s for s in prefixes):
        return None  # letters compared lower-cased must be matched regardless of case
    if "" in prefixes:
        return None
    at_word = pattern.pattern.startswith(WORD_START) or _not_after(items, sre.CATEGORY_WORD) \
        or _boundary_first(items)
    at_digits = _not_after(items, sre.CATEGORY_DIGIT) or _not_after(items, sre.CATEGORY_WORD)
    kinds: dict[str, set[str]] = {}
    for s in prefixes:
        if _WORD_CHAR.match(s) and at_word:
            kinds.setdefault("word", set()).add(s)
        elif s[0].isdigit() and at_digits:
            kinds.setdefault("digit", set()).add(s)
        elif not _WORD_CHAR.match(s):
            kinds.setdefault("mark", set()).add(s)  # found wherever the character is: no place assumed
        else:
            return None  # a word character that may start mid-word
    return {kind: frozenset(v) for kind, v in kinds.items()}


def first_letters(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every prefix of ``start``, or None."""
    got = start(pattern)
    return frozenset().union(*got.values()) if got else None


KINDS = ("word", "digit", "mark")


class CandidateScan:
    """Patterns compiled once into a table of first letters; ``scan(text)`` gives, per
    pattern, its matches in ``text`` (the same as ``finditer``)."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]):
        self.patterns = list(patterns)
        self.whole: set[int] = set()  # scanned whole
        # per kind of place, per prefix length: prefix -> the patterns it may begin
        tables: dict[str, list[dict[str, list[int]]]] = {kind: [{} for _ in range(PREFIX + 1)] for kind in KINDS}
        tried: dict[str, list[int]] = {kind: [] for kind in KINDS}
        self._mixed: list[int] = []  # patterns found at places of more than one kind
        for i, pattern in enumerate(self.patterns):
            got = start(pattern)
            if got is None:
                self.whole.add(i)
                continue
            if len(got) > 1:
                self._mixed.append(i)
            for kind, prefixes in got.items():
                tried[kind].append(i)
                for s in prefixes:
                    tables[kind][len(s)].setdefault(s, []).append(i)
        self._tables = {kind: [{k: tuple(v) for k, v in t.items()} for t in ts] for kind, ts in tables.items()}
        self._tried = {kind: tuple(v) for kind, v in tried.items()}
        marks = sorted({s[0] for t in tables["mark"] for s in t})
        self._runs = {"word": _WORDS, "digit": _DIGIT_RUNS,
                      "mark": re.compile("[" + "".join("\\" + c for c in marks) + "]") if marks else None}
        self._last: tuple[str, Candidates] | None = None
        on_release(self._forget)  # a long text's places are let go with the text caches
        # the answer per first letters as written ("Jan", "jan", "the"), kept across texts
        self._memo: dict[str, dict[str, tuple[int, ...]]] = {kind: {} for kind in KINDS}

    def _forget(self) -> None:
        self._last = None

    def scan(self, text: str) -> "Candidates":
        """The word starts, digit-run starts and marks of ``text`` filed under the patterns that
        may begin there (the last text's are kept: the date extractor reads one text up to three times)."""
        last = self._last
        if last is not None and last[0] is text:
            return last[1]
        at: dict[int, list[int]] = {}
        for kind in KINDS:
            if self._tried[kind]:
                self._file(text, kind, at)
        for i in self._mixed:
            at[i].sort()
        found = Candidates(self, text, at)
        self._last = (text, found)
        return found

    def _file(self, text: str, kind: str, at: dict[int, list[int]]) -> None:
        for i in self._tried[kind]:
            at.setdefault(i, [])
        memo = self._memo[kind]
        for m in self._runs[kind].finditer(text):  # type: ignore[union-attr]
            p = m.start()
            head = text[p:p + PREFIX]
            ids = memo.get(head)
            if ids is None:
                ids = self._patterns_for(head, kind)
                if len(memo) < _MEMO_MAX:
                    memo[head] = ids
            for i in ids:
                at[i].append(p)

    def _patterns_for(self, head: str, kind: str) -> tuple[int, ...]:
        """The patterns a place starting with ``head`` (its first ``PREFIX`` characters) may
        begin: those with one of its lower-cased prefixes, or every one when it is not ASCII."""
        if not head.isascii():
            return self._tried[kind]
        head = head.lower()
        tables = self._tables[kind]
        found = {i for n in range(1, PREFIX + 1) for i in tables[n].get(head[:n], ())}
        return tuple(sorted(found))


class Candidates:
    """One text's candidate places, per pattern."""

    def __init__(self, scan: CandidateScan, text: str, at: dict[int, list[int]]):
        self.patterns, self.text, self.at = scan.patterns, text, at

    def search(self, i: int, pos: int = 0) -> re.Match[str] | None:
        """The first match of pattern ``i`` at or after ``pos``, as ``patterns[i].search(text, pos)``."""
        pattern, text = self.patterns[i], self.text
        places = self.at.get(i)
        if places is None:
            return pattern.search(text, pos)
        for n in range(bisect.bisect_left(places, pos), len(places)):
            m = pattern.match(text, places[n])
            if m is not None:
                return m
        return None

    def finditer(self, i: int) -> Iterator[re.Match[str]]:
        """The matches of pattern ``i``, exactly as ``patterns[i].finditer(text)`` gives them."""
        pattern, text = self.patterns[i], self.text
        places = self.at.get(i)
        if places is None:
            yield from pattern.finditer(text)
            return
        found: list[re.Match[str]] = []
        end = 0
        for p in places:
            if p < end:
                continue
            m = pattern.match(text, p)
            if m is None:
                continue
            if m.end() == p:
                yield from pattern.finditer(text)  # an empty match: finditer's own rules
                return
            found.append(m)
            end = m.end()
        yield from found
