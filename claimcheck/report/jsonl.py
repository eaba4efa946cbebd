"""The v1 report as JSON Lines: one line per document, written as soon as it is known.

The JSON report holds a whole corpus in one string (about 5x the input); an archive run
cannot wait for that. Each line is an object with a ``type``:

- ``document``: the document's fields (as in the JSON report, without its text), its
  ``claims`` and the ``findings`` placed on it;
- ``finding``: a finding on no document (a file that could not be read);
- ``summary``, last: ``schema`` and the ``summary`` of the JSON report.

The objects inside are the JSON report's own (``claimcheck.report/v1``), so a consumer
reads a document line as it reads one entry of ``documents``. ``sentences=False`` leaves
out each claim's sentence (about a quarter of the output).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, Iterable, Iterator

from ..models import SCHEMA, Document, Finding, Report, Summary

_DOCUMENT_ONLY = {"text", "offset", "line_offset"}


def _dumps(data: dict, extra: dict | None = None) -> str:
    """One line; ``extra`` (e.g. the corpus of ``check --each``) goes after ``type``."""
    if extra:
        data = {"type": data["type"], **extra, **{k: v for k, v in data.items() if k != "type"}}
    return json.dumps(data, ensure_ascii=False) + "\n"


def claim_json(claim: Any, sentences: bool = True) -> dict:
    return claim.model_dump(mode="json", exclude=None if sentences else {"sentence"})


def document_line(doc: Document, claims: Iterable[Any], findings: Iterable[Finding] = (),
                  sentences: bool = True, extra: dict | None = None) -> str:
    data: dict[str, Any] = {"type": "document"}
    data.update(doc.model_dump(mode="json", exclude=_DOCUMENT_ONLY))
    data["claims"] = [claim_json(c, sentences) for c in claims]
    data["findings"] = [f.model_dump(mode="json") for f in findings]
    return _dumps(data, extra)


def finding_line(finding: Finding, extra: dict | None = None) -> str:
    return _dumps({"type": "finding", **finding.model_dump(mode="json")}, extra)


class Tally:
    """The report's summary, counted as documents stream past (nothing kept but counts)."""

    def __init__(self) -> None:
        self.documents = 0
        self.claims = 0
        self.by_severity: Counter = Counter()
        self.by_rule: Counter = Counter()
        self.by_kind: Counter = Counter()

    def add(self, claims: Iterable[Any] = (), findings: Iterable[Finding] = (), document: bool = True) -> None:
        self.documents += document
        for c in claims:
            self.claims += 1
            self.by_kind[c.kind] += 1
        for f in findings:
            self.by_severity[f.severity] += 1
            self.by_rule[f.rule] += 1

    def summary(self) -> Summary:
        return Summary(
            documents=self.documents, claims=self.claims, findings=sum(self.by_severity.values()),
            by_severity=dict(sorted(self.by_severity.items())), by_rule=dict(sorted(self.by_rule.items())),
            claims_by_kind=dict(sorted(self.by_kind.items())),
        )


def summary_line(summary: Summary, extra: dict | None = None) -> str:
    return _dumps({"type": "summary", "schema": SCHEMA, "summary": summary.model_dump(mode="json")}, extra)


def lines(report: Report, sentences: bool = True, extra: dict | None = None) -> Iterator[str]:
    """The lines of a finished report, one document at a time."""
    claims: dict[str, list] = {d.id: [] for d in report.documents}
    for c in report.claims:
        claims[c.document].append(c)
    findings: dict[str, list[Finding]] = {}
    loose: list[Finding] = []
    for f in report.findings:
        (findings.setdefault(f.document, []) if f.document in claims else loose).append(f)
    for d in report.documents:
        yield document_line(d, claims[d.id], findings.get(d.id, ()), sentences, extra)
    for f in loose:
        yield finding_line(f, extra)
    yield summary_line(report.summary, extra)


def render(report: Report, sentences: bool = True, **_: object) -> str:
    return "".join(lines(report, sentences))
