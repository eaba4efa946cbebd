"""JUnit XML, for CI systems that chart test results (GitLab, Jenkins, Azure).

One test case per document; a document fails when a finding on it is at or above
``fail_on``. Findings below that threshold are listed in ``system-out``. Findings on
files that never became documents (unreadable input) get a test case of their own.
``targets`` (``claimcheck lint``: the drafts' document ids) limits the cases to those
documents: the corpus articles are context, not tests, and must not count as passing.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..models import Finding, Report
from ..selection import fails


def _describe(f: Finding) -> str:
    out = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
    if f.suggestion:
        out += f" (suggestion: {f.suggestion})"
    for r in f.related:
        out += f"\n    see {r.path}:{r.line}:{r.column}: {r.text}"
    return out


def render(report: Report, fail_on: str = "error", targets: set[str] | None = None, **_: object) -> str:
    shown = [d for d in report.documents if targets is None or d.id in targets]
    by_path: dict[str, list[Finding]] = {d.path: [] for d in shown}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    suite = ET.Element("testsuite", name="claimcheck")
    failures = 0
    for path in sorted(by_path):
        case = ET.SubElement(suite, "testcase", classname="claimcheck", name=path, file=path)
        failing = [f for f in by_path[path] if fails(f.severity, fail_on)]
        other = [f for f in by_path[path] if not fails(f.severity, fail_on)]
        if failing:
            failures += 1
            rules = sorted({f.rule for f in failing})
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(failing)} finding(s): {', '.join(rules)}",
                type=rules[0] if len(rules) == 1 else "claimcheck",
            )
            failure.text = "\n".join(_describe(f) for f in failing)
        if other:
            ET.SubElement(case, "system-out").text = "\n".join(_describe(f) for f in other)
    suite.set("tests", str(len(by_path)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", "0")
    root = ET.Element("testsuites", name="claimcheck", tests=str(len(by_path)), failures=str(failures))
    root.append(suite)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
