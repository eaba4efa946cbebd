"""SARIF 2.1.0, for code-scanning dashboards (GitHub, GitLab, Azure DevOps, VS Code viewers).

Each finding is a ``result`` with a region (1-based lines and columns, in code points);
the other articles a cross-source finding rests on become ``relatedLocations``.
``partialFingerprints`` hash the rule, the file, the claim's text and the message, not
the line, so a finding keeps its identity when text above it moves.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Mapping
from urllib.parse import quote

from ..models import Finding, Related, Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note", "off": "none"}
FINGERPRINT = "claimcheck/v1"


def _uri(path: str) -> str:
    """A relative URI when the file is under the current folder, else a file URI."""
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.resolve().as_uri()
    return quote(p.as_posix(), safe="/")


def _end(line: int, column: int, text: str) -> tuple[int, int]:
    if "\n" not in text:
        return line, column + max(len(text), 1)
    return line + text.count("\n"), len(text) - text.rfind("\n")


def _region(line: int, column: int, text: str) -> dict:
    end_line, end_column = _end(line, column, text)
    region = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    if text:
        region["snippet"] = {"text": text}
    return region


def _location(path: str, line: int, column: int, text: str) -> dict:
    return {"physicalLocation": {"artifactLocation": {"uri": _uri(path)}, "region": _region(line, column, text)}}


def _related(i: int, r: Related) -> dict:
    loc = _location(r.path, r.line, r.column, r.text)
    loc["id"] = i
    loc["message"] = {"text": f"{r.document}: {r.text}"}
    return loc


def _fingerprint(f: Finding, occurrence: int) -> str:
    key = "\x1f".join([f.rule, f.document, f.text, f.message, str(occurrence)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _descriptor(rule_id: str, info) -> dict:
    d: dict = {"id": rule_id, "name": rule_id}
    description = getattr(info, "description", None) or rule_id
    d["shortDescription"] = {"text": description.strip().split("\n")[0]}
    d["fullDescription"] = {"text": description.strip()}
    if getattr(info, "help", None):
        d["help"] = {"text": info.help}
    severity = getattr(info, "severity", "warning")
    d["defaultConfiguration"] = {"level": LEVELS.get(severity, "warning")}
    props = {k: getattr(info, k) for k in ("kind", "pack") if getattr(info, k, None)}
    if props:
        d["properties"] = props
    return d


def to_sarif(report: Report, rules: Mapping | None = None, tool_version: str | None = None) -> dict:
    """The SARIF log as plain JSON data."""
    from .. import __version__

    rules = dict(rules or {})
    used = sorted({f.rule for f in report.findings} | set(rules))
    index = {r: i for i, r in enumerate(used)}
    results = []
    seen: dict[tuple, int] = {}
    for f in report.findings:
        key = (f.rule, f.path, f.text, f.message)
        seen[key] = seen.get(key, -1) + 1
        result = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": LEVELS[f.severity],
            "message": {"text": f.message + (f" (suggestion: {f.suggestion})" if f.suggestion else "")},
            "locations": [_location(f.path, f.line, f.column, f.text)],
            "partialFingerprints": {FINGERPRINT: _fingerprint(f, seen[key])},
        }
        if f.related:
            result["relatedLocations"] = [_related(i, r) for i, r in enumerate(f.related, 1)]
        props = {}
        if f.claims:
            props["claims"] = list(f.claims)
        if f.suggestion:
            props["suggestion"] = f.suggestion
        props["document"] = f.document
        result["properties"] = props
        results.append(result)
    driver = {
        "name": "claimcheck",
        "version": tool_version or __version__,
        "informationUri": "https://pypi.org/project/claimcheck/",
        "rules": [_descriptor(r, rules.get(r)) for r in used],
    }
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": driver},
                "columnKind": "unicodeCodePoints",
                "invocations": [{"executionSuccessful": True}],
                "results": results,
            }
        ],
    }


def render(report: Report, rules: Mapping | None = None, **_: object) -> str:
    return json.dumps(to_sarif(report, rules), indent=2, ensure_ascii=False) + "\n"
