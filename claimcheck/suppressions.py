"""In-text suppressions: ``<!-- claimcheck: ignore[rule.id] reason="..." -->``.

An editor who has checked a flagged sentence and found it right silences that one rule
for the paragraph that follows the comment, and says why. The comment is an HTML comment,
so it never shows in the published page. Like ruff's ``noqa``, a suppression must name
its rules (a bare ``ignore`` would hide tomorrow's real slip), and a suppression that
silences nothing is itself reported, so stale ones do not pile up.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Iterator

from .kinds.base import Place
from .models import Document, Finding
from .selection import MALFORMED_SUPPRESSION_RULE as MALFORMED_RULE
from .selection import RULE_ID as _RULE_ID
from .selection import UNUSED_SUPPRESSION_RULE as UNUSED_RULE
from .selection import matches, names_any

# Any comment that addresses claimcheck; what follows the colon is parsed strictly below.
_COMMENT_HEAD = re.compile(r"<!--\s*claimcheck\s*:")
_DIRECTIVE = re.compile(
    r"""^\s*ignore\s*\[(?P<ids>[^\]]*)\]\s*(?:reason\s*=\s*(?P<q>["'])(?P<reason>.*?)(?P=q)\s*)?$""", re.S
)
_PARAGRAPH_END = re.compile(r"\r?\n[ \t]*\r?\n")


@dataclass
class Suppression:
    """One comment: the rules it names and the span of text (file offsets) it covers."""

    document: str
    path: str
    line: int
    column: int
    start: int  # of the comment, file offset
    end: int
    rules: list[str]
    reason: str | None
    covers: tuple[int, int]  # file offsets of the paragraph it silences
    used: set[str] = field(default_factory=set)

    def silences(self, finding: Finding) -> str | None:
        """The rule id (as written) that silences ``finding``, if any."""
        if finding.document != self.document or not (self.covers[0] <= finding.start < self.covers[1]):
            return None
        return next((rule for rule in self.rules if matches(finding.rule, rule)), None)


@dataclass(frozen=True)
class Malformed(Place):
    problem: str = ""


class _Layout:
    """Line starts and blank lines of one text, found once: looking for them from each
    comment (counting lines from the top, searching for the next blank line) made a text of
    many comments on one line quadratic."""

    def __init__(self, text: str):
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.blank_lines = [m.start() for m in _PARAGRAPH_END.finditer(text)]

    def position(self, offset: int, line_offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return i + 1 + line_offset, offset - self.line_starts[i] + 1

    def next_paragraph(self, after: int) -> tuple[int, int]:
        """The paragraph after offset ``after``: skip blank space, stop at the next blank line.
        (A blank line found from the top is the one a search from the paragraph's start finds:
        the paragraph starts on a character that no blank line holds.)"""
        text = self.text
        start = after
        while start < len(text) and text[start] in " \t\r\n":
            start += 1
        i = bisect.bisect_left(self.blank_lines, start)
        end = self.blank_lines[i] if i < len(self.blank_lines) else len(text.rstrip())
        return start, max(start, end)


def _comments(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, body) of each ``<!-- claimcheck: body -->``, up to the first ``-->``.
    A comment never closed ends the search: no later one can close either (a pattern that
    tried each such opening up to the end of the text was quadratic in their number)."""
    pos = 0
    while head := _COMMENT_HEAD.search(text, pos):
        close = text.find("-->", head.end())
        if close < 0:
            return
        yield head.start(), close + 3, text[head.end():close]
        pos = close + 3


def parse(doc: Document) -> tuple[list[Suppression], list[Malformed]]:
    """Every claimcheck comment in ``doc``: valid suppressions and malformed ones."""
    found: list[Suppression] = []
    bad: list[Malformed] = []
    layout = _Layout(doc.text)
    for start, end, body in _comments(doc.text):
        line, column = layout.position(start, doc.line_offset)
        place = dict(document=doc.id, path=doc.path, line=line, column=column,
                     start=start + doc.offset, end=end + doc.offset)
        problem, rules, reason = _check_directive(body)
        if problem:
            bad.append(Malformed(text=doc.text[start:end], problem=problem, **place))
            continue
        lo, hi = layout.next_paragraph(end)
        found.append(Suppression(rules=rules, reason=reason, covers=(lo + doc.offset, hi + doc.offset), **place))
    return found, bad


def _check_directive(body: str) -> tuple[str | None, list[str], str | None]:
    d = _DIRECTIVE.match(body)
    if not d:
        return ('expected ignore[rule.id] reason="..."', [], None)
    rules = [r.strip() for r in d.group("ids").split(",") if r.strip()]
    if not rules:
        return ("a suppression must name the rule it silences, e.g. ignore[core.weekday-date]", [], None)
    wrong = [r for r in rules if not _RULE_ID.match(r)]
    if wrong:
        return (f"{wrong[0]!r} is not a rule id (dotted, e.g. core.weekday-date)", [], None)
    return (None, rules, d.group("reason"))


def apply(
    findings: list[Finding],
    documents: list[Document],
    known: set[str],
    active: set[str],
) -> list[Finding]:
    """Drop findings silenced by comments; add findings for unused and malformed comments.

    ``known``: every rule id loaded (an unknown id is reported); ``active``:
    those that ran (a suppression of a rule that did not run is not called unused).
    """
    sups: list[Suppression] = []
    extra: list[Finding] = []
    for doc in documents:
        if "claimcheck" not in doc.text:
            continue
        found, bad = parse(doc)
        sups.extend(found)
        extra.extend(_malformed_finding(b) for b in bad)
    if not sups:
        return findings + extra
    kept = []
    for f in findings:
        hit = next(((s, r) for s in sups if (r := s.silences(f))), None)
        if hit:
            hit[0].used.add(hit[1])
        else:
            kept.append(f)
    for s in sups:
        for rule in s.rules:
            if rule in s.used:
                continue
            if not names_any(rule, known):
                extra.append(_unused_finding(s, rule, f"suppression names an unknown rule {rule!r}"))
            elif names_any(rule, active):
                extra.append(_unused_finding(s, rule, f"suppression of {rule} silences nothing in the next paragraph"))
    return kept + extra


def _unused_finding(s: Suppression, rule: str, message: str) -> Finding:
    return Finding(
        rule=UNUSED_RULE, severity="warning", message=message, document=s.document, path=s.path,
        line=s.line, column=s.column, start=s.start, end=s.end, text=f"ignore[{rule}]",
        suggestion="remove it, or fix the rule id",
    )


def _malformed_finding(b: Malformed) -> Finding:
    return Finding(
        rule=MALFORMED_RULE, severity="error", message=f"malformed suppression: {b.problem}",
        document=b.document, path=b.path, line=b.line, column=b.column, start=b.start, end=b.end, text=b.text,
    )
