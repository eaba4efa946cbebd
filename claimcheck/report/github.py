"""GitHub Actions workflow commands: one ``::error file=...,line=...::message`` per finding.

GitHub shows these as annotations on the pull request's changed lines. Values are
escaped as the runner expects (``%``, CR and LF in messages; also ``:`` and ``,`` in
properties), or a message with a colon would cut the annotation short.
"""

from __future__ import annotations

from ..models import Report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice", "off": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, **_: object) -> str:
    lines = []
    for f in report.findings:
        message = f.message
        if f.suggestion:
            message += f" (suggestion: {f.suggestion})"
        for r in f.related:
            message += f"\nsee {r.path}:{r.line}:{r.column}: {r.text}"
        props = {
            "file": f.path,
            "line": str(f.line),
            "col": str(f.column),
            "title": f"claimcheck {f.rule}",
        }
        if f.text and "\n" not in f.text:
            props["endLine"] = str(f.line)
            props["endColumn"] = str(f.column + len(f.text))
        head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
        lines.append(f"::{COMMANDS[f.severity]} {head}::{escape_data(message)}")
    return "".join(line + "\n" for line in lines)
