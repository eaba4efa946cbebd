"""Human-readable output: ``path:line:col: severity rule message``, then a summary line."""

from __future__ import annotations

from ..models import Report


def render(report: Report, statistics: bool = False, **_: object) -> str:
    lines = []
    for f in report.findings:
        line = f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
        if f.suggestion:
            line += f" (suggestion: {f.suggestion})"
        lines.append(line)
        for r in f.related:
            lines.append(f"    see {r.path}:{r.line}:{r.column}: {r.text}")
    s = report.summary
    counts = ", ".join(f"{n} {sev}" for sev, n in sorted(s.by_severity.items())) or "no findings"
    lines.append(f"Checked {s.documents} document(s), {s.claims} claim(s): {counts}.")
    if statistics:
        for rule, n in sorted(s.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{n:6d}  {rule}")
    return "\n".join(lines) + "\n"
