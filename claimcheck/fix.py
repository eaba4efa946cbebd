"""``--fix`` and ``--diff``: apply the findings that carry one safe correction.

Safe means the fix follows from the finding alone, without an editor deciding between
sources: a weekday that does not match the date written beside it (the weekday of that date),
a misnamed thing (its canonical name from the pack), a title the roster says the person did
not hold that day (the title the roster gives). Which kinds those are, and which part of the
finding's text the suggestion replaces, is a table (``FIXES``). Never fixed:

- a finding with related places: it rests on other sources or lines, and which side is wrong
  is the reporter's call;
- a sentence with more than one finding: the fixes could overlap or contradict each other,
  and a sentence with two problems wants a person;
- a file that is not plain text or Markdown (JSON escapes move offsets), standard input, or a
  file whose text no longer matches the finding (changed since it was read).
"""

from __future__ import annotations

import difflib
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Mapping

from .models import Finding, Report
from .output import write_atomic

FIXABLE_SUFFIXES = {".txt", ".md", ".markdown"}
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


@dataclass(frozen=True)
class Edit:
    """Replace ``old`` at characters ``start``-``end`` of ``path`` with ``new``."""

    path: str
    start: int
    end: int
    old: str
    new: str
    rule: str
    line: int


Locate = Callable[[Finding, Any], "tuple[int, int] | None"]


def _whole(f: Finding, _claim: Any) -> tuple[int, int] | None:
    return 0, len(f.text)


def _only(text: str, part: str) -> tuple[int, int] | None:
    """Where ``part`` is in ``text``, when it is there exactly once."""
    if not part or text.count(part) != 1:
        return None
    at = text.index(part)
    return at, at + len(part)


def _weekday(f: Finding, _claim: Any) -> tuple[int, int] | None:
    found = list(_WEEKDAY.finditer(f.text))
    return (found[0].start(), found[0].end()) if len(found) == 1 else None


def _title(f: Finding, claim: Any) -> tuple[int, int] | None:
    if claim is None or getattr(claim, "kind", None) != "role" or (f.suggestion or "").lower().startswith("former"):
        return None  # "former X" is no roster title: the reporter rewrites the sentence
    return _only(f.text, claim.title)


# kind -> where in the finding's text its suggestion goes (None: no safe place)
FIXES: dict[str, Locate] = {
    "weekday-date-agreement": _weekday,
    "canonical-name": _whole,
    "title-matches-role": _title,
}


def _sentence_key(f: Finding, claims: Mapping[str, Any]) -> tuple[str, str]:
    claim = claims.get(f.claims[0]) if f.claims else None
    return (f.document, claim.sentence if claim is not None else f"line {f.line}")


def plan(report: Report, kinds: Mapping[str, str | None], skip: set[str] = frozenset()) -> list[Edit]:
    """The edits ``--fix`` would make; ``kinds`` maps rule ids to their kinds (the catalogue);
    documents in ``skip`` (by id: standard input) are never edited."""
    claims = {c.id: c for c in report.claims}
    per_sentence = Counter(_sentence_key(f, claims) for f in report.findings)
    edits = []
    for f in report.findings:
        locate = FIXES.get(kinds.get(f.rule) or "")
        if locate is None or not f.suggestion or f.related or f.document in skip \
                or per_sentence[_sentence_key(f, claims)] > 1:
            continue
        if Path(f.path).suffix.lower() not in FIXABLE_SUFFIXES or not Path(f.path).is_file():
            continue
        where = locate(f, claims.get(f.claims[0]) if f.claims else None)
        if where is None:
            continue
        start, end = f.start + where[0], f.start + where[1]
        old = f.text[where[0]:where[1]]
        if old != f.suggestion:
            edits.append(Edit(f.path, start, end, old, f.suggestion, f.rule, f.line))
    return edits


def _read(path: str) -> str:
    # decoded as given: a byte-order mark stays a character and Windows line ends stay, as
    # the readers count them, so the findings' offsets hold; writing back keeps both
    return Path(path).read_bytes().decode("utf-8")


def fixed_texts(edits: list[Edit]) -> dict[str, tuple[str, str]]:
    """path -> (text before, text after), for the files whose text still matches every
    edit (a file changed since it was read is left alone)."""
    by_path: dict[str, list[Edit]] = defaultdict(list)
    for e in edits:
        by_path[e.path].append(e)
    out = {}
    for path, mine in by_path.items():
        try:
            before = _read(path)
        except (OSError, UnicodeDecodeError):
            continue
        if any(before[e.start:e.end] != e.old for e in mine):
            continue
        after = before
        for e in sorted(mine, key=lambda e: e.start, reverse=True):  # from the end: offsets hold
            after = after[: e.start] + e.new + after[e.end:]
        out[path] = (before, after)
    return out


def diff(texts: Mapping[str, tuple[str, str]]) -> str:
    """A unified diff of every fixed file, as ``git diff`` and ``ruff --diff`` print it."""
    parts = []
    for path in sorted(texts):
        before, after = texts[path]
        old, new = (path, path) if Path(path).is_absolute() else (f"a/{path}", f"b/{path}")
        parts.extend(difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True), old, new))
    return "".join(p if p.endswith("\n") else p + "\n\\ No newline at end of file\n" for p in parts)


def write(texts: Mapping[str, tuple[str, str]]) -> None:
    """Each fixed file replaced whole or not at all (a full disk never leaves half an
    article); through a link, the file it points to is replaced, and the link stays."""
    for path, (_, after) in texts.items():
        write_atomic(os.path.realpath(path), after, newline="")
