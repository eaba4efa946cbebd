"""Human-readable output: ``path:line:col: severity rule message``, then a summary line.

On a terminal the same lines are coloured with rich (the place dim, the severity in its
colour, the rule bold); piped output stays plain so editors and grep can parse it.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from ..models import SEVERITY_RANK, Finding, Report

STYLES = {"error": "bold red", "warning": "yellow", "info": "cyan", "off": "dim"}


def finding_lines(f: Finding) -> list[Text]:
    """The finding and the other places it rests on, as (possibly styled) lines."""
    head = Text()
    head.append(f"{f.path}:{f.line}:{f.column}:", style="bold")
    head.append(" ")
    head.append(f.severity, style=STYLES.get(f.severity, ""))
    head.append(" ")
    head.append(f.rule, style="magenta")
    head.append(f" {f.message}")
    if f.suggestion:
        head.append(" (suggestion: ")
        head.append(f.suggestion, style="green")
        head.append(")")
    lines = [head]
    for r in f.related:
        see = Text("    see ", style="dim")
        see.append(f"{r.path}:{r.line}:{r.column}:", style="dim bold")
        see.append(f" {r.text}")
        lines.append(see)
    return lines


def render_finding(f: Finding) -> str:
    return "\n".join(t.plain for t in finding_lines(f))


# "info" is a severity, not a countable noun: "3 info", as ruff and Vale print it
_PLURALS = {"info": "info", "analysis": "analyses"}


def counted(n: int, noun: str) -> str:
    """``1 error``, ``2 errors``: the summary reads as a sentence."""
    return f"{n} {noun if n == 1 else _PLURALS.get(noun, noun + 's')}"


def summary_line(report: Report, drafts: int | None = None) -> Text:
    s = report.summary
    if drafts is None:
        out = Text(f"Checked {counted(s.documents, 'document')}, {counted(s.claims, 'claim')}: ")
    else:
        out = Text(f"Checked {counted(drafts, 'draft')} against {counted(s.documents - drafts, 'article')}, "
                   f"{counted(s.claims, 'claim')}: ")
    if not s.by_severity:
        out.append("no findings", style="green")
    ranked = sorted(s.by_severity.items(), key=lambda kv: (-SEVERITY_RANK[kv[0]], kv[0]))
    for i, (sev, n) in enumerate(ranked):
        if i:
            out.append(", ")
        out.append(counted(n, sev), style=STYLES.get(sev, ""))
    out.append(".")
    return out


def undated_line(report: Report, shown: int = 3) -> Text | None:
    """A note naming documents without a publication date: their relative dates stay unresolved."""
    # a JSON Lines file holds many documents: name each file once
    undated = list(dict.fromkeys(d.path for d in report.documents if d.published is None))
    if not undated:
        return None
    names = ", ".join(undated[:shown]) + (f" and {len(undated) - shown} more" if len(undated) > shown else "")
    return Text(
        f"note: no publication date for {names}; relative dates there are left unresolved "
        "(give 'published' in front matter or a manifest, or --published with lint)",
        style="dim",
    )


def render(report: Report, statistics: bool = False, color: bool = False, drafts: int | None = None,
           quiet: bool = False, **_: object) -> str:
    """``drafts``: how many of the documents are drafts (``claimcheck lint``), for the summary.
    ``quiet``: the findings only (``--quiet``), no note and no summary."""
    lines: list[Text] = []
    for f in report.findings:
        lines.extend(finding_lines(f))
    note = undated_line(report)
    if note is not None and not quiet:
        lines.append(note)
    if not quiet:
        lines.append(summary_line(report, drafts))
    if statistics:
        for rule, n in sorted(report.summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(Text(f"{n:6d}  {rule}"))
    return plain_or_color(lines, color)


def plain_or_color(lines: list[Text], color: bool) -> str:
    """The lines as text: plain, or styled for a terminal (never wrapped)."""
    if not color:
        return "".join(t.plain + "\n" for t in lines)
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", highlight=False,
                      soft_wrap=True, width=100_000)
    for t in lines:
        console.print(t)
    return buffer.getvalue()
