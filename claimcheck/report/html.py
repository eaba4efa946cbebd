"""A self-contained HTML report: who says what, the findings in context, the sources.

For editors who would rather look than read line numbers: when sources disagree about a
title, a name or a figure, a table with one row per source shows what each says and where,
the value most sources give marked and the rows a finding sits on highlighted (the grouping
is ``subjects.group_subjects``). Then the findings, each with its sentence and a link to
the place in the full text of its source, filtered by rule and severity in the browser.

One file, no network: the CSS and the few lines of JavaScript are inline, every text from
the articles is escaped, and without JavaScript everything is simply shown. Prints cleanly
(the filters are left out, cards are not split across pages).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from html import escape
from typing import Any, Iterable, Mapping

from ..models import SEVERITY_RANK, Document, Finding, Report
from .subjects import Row, Subject, group_subjects, value_of
from .text import counted

SEVERITIES = ("error", "warning", "info")


def _e(value: object) -> str:
    return escape(str(value), quote=True)


class _Anchors:
    """Stable, HTML-safe ids for documents, claims and findings (their own ids hold ':' and '@')."""

    def __init__(self, report: Report) -> None:
        self.doc = {d.id: f"doc-{n}" for n, d in enumerate(report.documents)}
        self.claim = {c.id: f"claim-{n}" for n, c in enumerate(report.claims)}
        self.finding = {id(f): f"finding-{n}" for n, f in enumerate(report.findings)}

    def at(self, f: Finding) -> str:
        """The place of ``f`` in its source's text."""
        return "at-" + self.finding[id(f)]


def _place(path: str, line: int, column: int) -> str:
    return f"{path}:{line}:{column}"


def _source_name(doc: Document | None, path: str) -> str:
    """The outlet's name when the document gives one, its path below; else the path (escaped)."""
    if doc is not None and doc.source:
        return f'{_e(doc.source)}<br><span class="where">{_e(path)}</span>'
    return _e(path)


def _resolved(claim: Any) -> str | None:
    """What a date phrase resolves to ("yesterday" is Wednesday, May 14, 2014): the value the
    sources are compared on, which the words alone do not show."""
    if claim.kind != "temporal" or not claim.value:
        return None
    if claim.granularity == "day":
        day = dt.date.fromisoformat(claim.value)
        return f"{day:%A}, {day:%B} {day.day}, {day.year}"
    return claim.value


# --------------------------------------------------------------------------- who says what


def _finding_tags(findings: Iterable[Finding]) -> str:
    return " ".join(sorted({f"{f.rule}|{f.severity}" for f in findings}))


def _worst(findings: Iterable[Finding]) -> str | None:
    ranked = sorted(findings, key=lambda f: -SEVERITY_RANK[f.severity])
    return ranked[0].severity if ranked else None


def _row(row: Row, docs: Mapping[str, Document], ids: _Anchors) -> str:
    worst = _worst(row.findings)
    classes = ["flagged", f"sev-{worst}"] if worst else []
    said = "<br>".join(
        f'<a href="#{ids.claim[c.id]}">{_e(c.text)}</a>'
        + (f" → <strong>{_e(_resolved(c))}</strong>" if _resolved(c) else "")
        + f' <span class="where">line {c.line}, column {c.column}</span>'
        for c in row.claims
    )
    badges = "".join(
        f'<a class="badge sev-{_e(f.severity)}" href="#{ids.finding[id(f)]}">{_e(f.rule)}</a>' for f in row.findings
    )
    majority = '<span class="badge majority">majority</span>' if row.majority else ""
    return (
        f'<tr class="{" ".join(classes)}" data-findings="{_e(_finding_tags(row.findings))}">'
        f'<th scope="row">{_source_name(docs.get(row.document), row.path)} {majority}</th>'
        f"<td>{said}</td><td>{badges}</td></tr>"
    )


def _majority_shown(subject: Subject) -> str:
    """The majority value as one source writes it ("Secretary of State", not its folded form)."""
    for row in subject.rows:
        for c in row.claims:
            if value_of(c) == subject.majority:
                return c.title if c.kind == "role" else _resolved(c) or c.text
    return subject.majority or ""


def _subject(subject: Subject, docs: Mapping[str, Document], ids: _Anchors) -> str:
    t = subject.topic
    verdict = (
        '<span class="badge disagree">sources differ</span>' if subject.findings or subject.majority
        else '<span class="badge agree">sources agree</span>' if subject.agree else ""
    )
    rows = "".join(_row(r, docs, ids) for r in subject.rows)
    if subject.majority:
        verdict += f' <span class="family">most sources: <strong>{_e(_majority_shown(subject))}</strong></span>'
    return (
        f'<section class="subject" data-findings="{_e(_finding_tags(subject.findings))}">'
        f'<h3>{_e(t.label)} <span class="family">{_e(t.family)}</span> '
        f'<span class="count">{len(subject.rows)} sources</span> {verdict}</h3>'
        '<table><thead><tr><th scope="col">Source</th><th scope="col">What it says, and where</th>'
        f'<th scope="col">Findings</th></tr></thead><tbody>{rows}</tbody></table></section>'
    )


# --------------------------------------------------------------------------- findings


def _in_sentence(sentence: str, text: str) -> str:
    at = sentence.find(text) if text else -1
    if at < 0:
        return _e(sentence)
    return f"{_e(sentence[:at])}<mark>{_e(text)}</mark>{_e(sentence[at + len(text):])}"


def _related_place(r: Any, linked: Mapping[tuple, Any], ids: _Anchors) -> str:
    """The place of another source's text, linked to it when the finding names its claim."""
    place = _e(_place(r.path, r.line, r.column))
    claim = linked.get((r.document, r.line, r.column))
    return f'<a href="#{ids.claim[claim.id]}">{place}</a>' if claim is not None else place


def _finding(f: Finding, by_claim: Mapping[str, Any], ids: _Anchors, rules: Mapping[str, Any]) -> str:
    info = rules.get(f.rule)
    described = f' title="{_e(info.description)}"' if info is not None and info.description else ""
    claim = by_claim.get(f.claims[0]) if f.claims else None
    context = f'<blockquote class="context">{_in_sentence(claim.sentence, f.text)}</blockquote>' if claim else ""
    suggestion = f'<p class="suggestion">Suggestion: <strong>{_e(f.suggestion)}</strong></p>' if f.suggestion else ""
    linked = {(c.document, c.line, c.column): c for c in (by_claim.get(i) for i in f.claims[1:]) if c}
    related = "".join(f"<li>{_related_place(r, linked, ids)}: {_e(r.text)}</li>" for r in f.related)
    related_html = f'<p>Other sources:</p><ul class="related">{related}</ul>' if f.related else ""
    place = _place(f.path, f.line, f.column)
    where = f'<a href="#{ids.at(f)}">{_e(place)}</a>' if f.text else _e(place)
    return (
        f'<article class="finding sev-{_e(f.severity)}" id="{ids.finding[id(f)]}" '
        f'data-rule="{_e(f.rule)}" data-severity="{_e(f.severity)}">'
        f'<h3><span class="badge sev-{_e(f.severity)}">{_e(f.severity)}</span> '
        f'<code{described}>{_e(f.rule)}</code> {where}</h3>'
        f"<p>{_e(f.message)}</p>{context}{suggestion}{related_html}</article>"
    )


# --------------------------------------------------------------------------- sources


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    anchor: str
    finding: Finding | None = None


def _marked(doc: Document, spans: list[_Span]) -> str:
    """The document's text, escaped, with the findings marked and anchors at every span."""
    text = doc.text
    spans = [s for s in spans if 0 <= s.start - doc.offset <= s.end - doc.offset <= len(text)]
    cuts = sorted({0, len(text)} | {s.start - doc.offset for s in spans} | {s.end - doc.offset for s in spans})
    starting: dict[int, list[str]] = defaultdict(list)
    for s in spans:
        starting[s.start - doc.offset].append(s.anchor)
    # a sweep over the cuts: a span is active from the cut at its start to the one at its end
    # (every start and end is a cut); asking every span at every cut was quadratic, minutes for
    # a document with thousands of findings
    opening: dict[int, list[int]] = defaultdict(list)
    closing: dict[int, list[int]] = defaultdict(list)
    for n, s in enumerate(spans):
        opening[s.start - doc.offset].append(n)
        closing[s.end - doc.offset].append(n)
    open_now: set[int] = set()
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:]):
        out.extend(f'<span class="anchor" id="{anchor}"></span>' for anchor in starting[a])
        chunk = _e(text[a:b])
        open_now.update(opening.get(a, ()))
        open_now.difference_update(closing.get(a, ()))
        active = [spans[n] for n in sorted(open_now)]
        found = [s.finding for s in active if s.finding is not None]
        if found:
            rules = ", ".join(sorted({f.rule for f in found}))
            out.append(f'<mark class="sev-{_e(_worst(found))}" title="{_e(rules)}" '
                       f'data-findings="{_e(_finding_tags(found))}">{chunk}</mark>')
        elif active:
            out.append(f'<span class="said">{chunk}</span>')
        else:
            out.append(chunk)
    return "".join(out)


def _sources(report: Report, subjects: list[Subject], ids: _Anchors) -> str:
    shown = {c.id for s in subjects for r in s.rows for c in r.claims} | {i for f in report.findings for i in f.claims}
    spans: dict[str, list[_Span]] = defaultdict(list)
    for c in report.claims:
        if c.id in shown:
            spans[c.document].append(_Span(c.start, c.end, ids.claim[c.id]))
    for f in report.findings:
        if f.text:
            spans[f.document].append(_Span(f.start, f.end, ids.at(f), f))
    parts = []
    for d in report.documents:
        meta = " · ".join(_e(x) for x in (d.source, d.title, d.published and f"published {d.published}") if x)
        parts.append(
            f'<section class="source" id="{ids.doc[d.id]}"><h3>{_e(d.path)}</h3>'
            f'<p class="meta">{meta}</p><div class="text">{_marked(d, spans[d.id])}</div></section>'
        )
    return "".join(parts)


# --------------------------------------------------------------------------- the page


def _filters(report: Report) -> str:
    severities = [s for s in SEVERITIES if s in report.summary.by_severity]
    boxes = "".join(
        f'<label><input type="checkbox" name="severity" value="{s}" checked> {s}</label>' for s in severities
    )
    rules = "".join(
        f'<label><input type="checkbox" name="rule" value="{_e(r)}" checked> <code>{_e(r)}</code></label>'
        for r in sorted(report.summary.by_rule)
    )
    return (
        '<form class="filters" id="filters" aria-label="Filters">'
        f"<fieldset><legend>Severity</legend>{boxes}</fieldset>"
        f"<fieldset><legend>Rule</legend>{rules}</fieldset>"
        '<fieldset><legend>Subjects</legend><label><input type="checkbox" name="only-findings"> '
        "only those with findings shown</label></fieldset>"
        f'<p class="shown"><span id="shown">{len(report.findings)}</span> of {len(report.findings)} findings shown</p>'
        "</form>"
    )


def _summary(report: Report) -> str:
    s = report.summary
    counts = ", ".join(f'<span class="badge sev-{_e(k)}">{_e(counted(n, k))}</span>' for k, n in sorted(
        s.by_severity.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])) or "no findings"
    return f"<p>{counted(s.documents, 'document')}, {counted(s.claims, 'claim')}: {counts}.</p>"


def render(report: Report, rules: Mapping[str, Any] | None = None, **_: object) -> str:
    subjects = group_subjects(report)
    ids = _Anchors(report)
    docs = {d.id: d for d in report.documents}
    by_claim = {c.id: c for c in report.claims}
    who = "".join(_subject(s, docs, ids) for s in subjects) or "<p>No subject is spoken of by more than one source.</p>"
    findings = "".join(_finding(f, by_claim, ids, rules or {}) for f in report.findings) or "<p>No findings.</p>"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>claimcheck report: {report.summary.documents} documents</title><style>{CSS}</style></head>"
        f"<body><header><h1>claimcheck report</h1>{_summary(report)}</header>{_filters(report)}<main>"
        f'<h2 id="subjects">Who says what</h2>{who}'
        f'<h2 id="findings">Findings</h2>{findings}'
        f'<h2 id="sources">Sources</h2>{_sources(report, subjects, ids)}'
        f"</main><script>{SCRIPT}</script></body></html>\n"
    )


CSS = """
:root { --error: #b3261e; --warning: #8a5a00; --info: #1a5f8a; --ok: #1e6b32; --line: #d6d6d6; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0 auto; max-width: 72rem;
  padding: 1rem 1.5rem; color: #1b1b1b; background: #fff; }
h1 { margin: 0.2em 0; } h2 { border-bottom: 2px solid var(--line); margin-top: 2rem; }
h3 { font-size: 1.05rem; margin: 0.4em 0; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1rem; }
th, td { border: 1px solid var(--line); padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f3f3; }
tbody th { font-weight: 600; width: 28%; } td:last-child { width: 22%; }
tr.flagged { background: #fdecea; } tr.flagged.sev-warning { background: #fff4d6; }
tr.flagged.sev-info { background: #e8f2fa; } tr.flagged.muted { background: none; }
.where, .meta, .family, .count { color: #5b5b5b; font-size: 0.85em; font-weight: normal; }
.badge { display: inline-block; border-radius: 0.6em; padding: 0 0.5em; font-size: 0.8em; font-weight: 600;
  border: 1px solid currentColor; text-decoration: none; margin-right: 0.2em; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
tr.flagged, mark { color: inherit; }
.badge.majority, .badge.agree { color: var(--ok); } .badge.disagree { color: var(--error); }
[id] { scroll-margin-top: 1rem; }
.filters { background: #fafafa; border: 1px solid var(--line); padding: 0.5rem;
  display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: flex-start; }
.filters fieldset { border: 0; margin: 0; padding: 0; } .filters legend { font-weight: 600; }
.filters label { margin-right: 0.8rem; white-space: nowrap; } .shown { margin: 0; align-self: center; }
.finding { border-left: 4px solid currentColor; padding: 0.2rem 0.8rem; margin: 0.8rem 0; }
.finding > * { color: #1b1b1b; }
.context { margin: 0.3rem 0; padding: 0.3rem 0.6rem; background: #f6f6f6; border-left: 3px solid var(--line); }
mark { background: #ffe08a; } mark.sev-error { background: #f9c5c0; } mark.sev-info { background: #cfe6f7; }
mark.muted { background: none; }
.said { text-decoration: underline dotted #7a7a7a; }
.text { white-space: pre-wrap; border: 1px solid var(--line); padding: 0.6rem; max-height: 28rem; overflow: auto;
  font-size: 0.95em; }
.anchor:target + mark, .anchor:target + .said { outline: 3px solid #2d6cdf; }
[hidden] { display: none !important; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  .filters { display: none; }
  a { color: inherit; text-decoration: none; }
  .subject, .finding, tr { break-inside: avoid; }
  .text { max-height: none; overflow: visible; border: 0; padding: 0; }
  tr.flagged, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""

# Filters hide the findings (and, when asked, the subjects) whose rule or severity is unticked,
# and stop highlighting the rows and marks that only those findings flagged.
SCRIPT = """
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  function ticked(name) {
    var out = {};
    form.querySelectorAll('input[name="' + name + '"]:checked').forEach(function (i) { out[i.value] = true; });
    return out;
  }
  function apply() {
    var rules = ticked("rule"), severities = ticked("severity"), shown = 0;
    var on = function (tag) { var p = tag.split("|"); return rules[p[0]] && severities[p[1]]; };
    var any = function (el) { return (el.dataset.findings || "").split(" ").filter(Boolean).some(on); };
    document.querySelectorAll(".finding").forEach(function (el) {
      var visible = !!(rules[el.dataset.rule] && severities[el.dataset.severity]);
      el.hidden = !visible;
      if (visible) shown += 1;
    });
    document.getElementById("shown").textContent = shown;
    document.querySelectorAll("tr.flagged, mark[data-findings]").forEach(function (el) {
      el.classList.toggle("muted", !any(el));
    });
    var only = form.querySelector('input[name="only-findings"]').checked;
    document.querySelectorAll(".subject").forEach(function (el) { el.hidden = only && !any(el); });
  }
  form.addEventListener("change", apply);
  apply();
})();
"""
