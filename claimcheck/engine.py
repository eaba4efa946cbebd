"""The engine: documents → claims → per-document rules → cross-source rules → Report.

It never prints and never formats output; reporting lives in ``claimcheck.report``.
The report does not depend on the order of the input: documents, claims and findings
are sorted on stable keys before and after the rules run.
"""

from __future__ import annotations

import fnmatch
import string
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from .config import Config
from .corpus import ReadError
from .errors import ConfigError
from .extract import extract_document
from .kinds import KINDS
from .kinds.base import CorpusContext, DocumentContext, Hit
from .models import Document, Finding, Related, Report, summarise
from .packdata import PackData
from .packs import Pack, Rule

READ_ERROR_RULE = "input.unreadable"


@dataclass(frozen=True)
class ActiveRule:
    rule: Rule
    severity: str


@dataclass
class Plan:
    """Which rules run, at which severity, after configuration is applied."""

    rules: list[ActiveRule]
    data: PackData
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)


def _matches(rule_id: str, selector: str) -> bool:
    return rule_id == selector or rule_id.startswith(selector.rstrip(".") + ".")


def plan(packs: Sequence[Pack], config: Config | None = None) -> Plan:
    """Apply select / ignore / severity from ``config``; unknown rule ids are errors."""
    config = config or Config()
    all_rules = [r for p in packs for r in p.rules]
    ids = [r.id for r in all_rules]
    known_prefixes = set(ids) | {READ_ERROR_RULE, "input"}
    for key, selectors in (
        ("select", config.select),
        ("ignore", config.ignore),
        ("severity", list(config.severity)),
        ("per-file-ignores", [s for v in config.per_file_ignores.values() for s in v]),
    ):
        for s in selectors:
            if not any(_matches(i, s) for i in known_prefixes):
                raise ConfigError(f"{key}: unknown rule id {s!r}", config.source)
    active = []
    for r in all_rules:
        if config.select and not any(_matches(r.id, s) for s in config.select):
            continue
        if any(_matches(r.id, s) for s in config.ignore):
            continue
        severity = r.severity
        for selector, sev in sorted(config.severity.items(), key=lambda kv: len(kv[0])):
            if _matches(r.id, selector):
                severity = sev
        if severity != "off":
            active.append(ActiveRule(r, severity))
    return Plan(active, PackData.merge([p.data for p in packs]), dict(config.per_file_ignores))


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _format(template: str | None, hit: Hit) -> str:
    if not template:
        return hit.message
    values = _Fields(hit.values)
    values.setdefault("message", hit.message)
    try:
        return string.Formatter().vformat(template, (), values)
    except (ValueError, IndexError, AttributeError):
        return template


def _related(c: Any) -> Related:
    return Related(document=c.document, path=c.path, line=c.line, column=c.column, text=c.text)


def _finding(active: ActiveRule, hit: Hit) -> Finding:
    c = hit.claim
    return Finding(
        rule=active.rule.id,
        severity=hit.severity or active.severity,
        message=_format(active.rule.message, hit),
        document=c.document,
        path=c.path,
        line=c.line,
        column=c.column,
        start=c.start,
        end=c.end,
        text=c.text,
        claims=[c.id, *(r.id for r in hit.related if hasattr(r, "id"))],
        related=sorted({_related(r) for r in hit.related}, key=lambda r: (r.path, r.line, r.column)),
        suggestion=hit.suggestion,
    )


def _read_error_finding(e: ReadError) -> Finding:
    return Finding(
        rule=READ_ERROR_RULE, severity="error", message=e.message, document=e.path, path=e.path,
        line=e.line, column=e.column, start=0, end=0, text="",
    )


def _ignored(finding: Finding, per_file: dict[str, list[str]]) -> bool:
    for pattern, selectors in per_file.items():
        if fnmatch.fnmatch(finding.path, pattern) or fnmatch.fnmatch(finding.path.split("/")[-1], pattern):
            if any(_matches(finding.rule, s) for s in selectors):
                return True
    return False


def extract_all(documents: Iterable[Document], data: PackData) -> dict[str, list]:
    return {d.id: extract_document(d, data) for d in documents}


def run(
    documents: Sequence[Document],
    packs: Sequence[Pack],
    config: Config | None = None,
    read_errors: Sequence[ReadError] = (),
    targets: set[str] | None = None,
) -> Report:
    """Check ``documents`` with ``packs``. ``targets``: report findings on these document ids only."""
    the_plan = plan(packs, config)
    docs = sorted(documents, key=lambda d: (d.path, d.id))
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ConfigError(f"two documents share the id {dupes[0]!r}; give them distinct ids")
    claims_by_doc = extract_all(docs, the_plan.data)
    all_claims = [c for d in docs for c in claims_by_doc[d.id]]
    findings: list[Finding] = [_read_error_finding(e) for e in read_errors]
    for active in the_plan.rules:
        kind = KINDS[active.rule.kind]
        if kind.scope == "document":
            for d in docs:
                ctx = DocumentContext(d, claims_by_doc[d.id], the_plan.data)
                findings.extend(_finding(active, h) for h in kind.check(ctx, active.rule.options))
        else:
            ctx = CorpusContext({d.id: d for d in docs}, all_claims, the_plan.data)
            findings.extend(_finding(active, h) for h in kind.check(ctx, active.rule.options))
    if targets is not None:
        findings = [f for f in findings if f.document in targets or f.rule == READ_ERROR_RULE]
    findings = [f for f in findings if not _ignored(f, the_plan.per_file_ignores)]
    unique = {f.model_dump_json(): f for f in findings}  # one finding per place, rule and message
    findings = sorted(unique.values(), key=lambda f: (f.sort_key(), f.model_dump_json()))
    return Report(
        documents=docs,
        claims=all_claims,
        findings=findings,
        summary=summarise(docs, all_claims, findings),
    )
