"""The engine: documents → claims → per-document rules → cross-source rules → Report.

It never prints and never formats output; reporting lives in ``claimcheck.report``.
The report does not depend on the order of the input: documents, claims and findings
are sorted on stable keys before and after the rules run.
"""

from __future__ import annotations

import difflib
import fnmatch
import string
from dataclasses import dataclass, field
import os
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from . import cache, suppressions
from .config import Config, locate_in_config
from .corpus import ReadError, distinct_ids
from .errors import ConfigError
from .extract import extract_document
from .kinds import KINDS
from .kinds.base import CorpusContext, DocumentContext, Hit
from .models import Document, Finding, Related, Report, summarise
from .packdata import PackData
from .packs import Pack, Rule
from .workers import end_with_parent

READ_ERROR_RULE = "input.unreadable"
# Rules the engine itself reports (not from packs); config may ignore or re-grade them,
# except unreadable input, which always shows.
ENGINE_RULES = {
    READ_ERROR_RULE: "A file that cannot be read or decoded; the other files are still checked.",
    suppressions.UNUSED_RULE: "A claimcheck suppression comment that silences nothing (or names an unknown rule).",
    suppressions.MALFORMED_RULE: "A claimcheck comment that is not ignore[rule.id] reason=\"...\".",
}
ENGINE_SEVERITY = {READ_ERROR_RULE: "error", suppressions.UNUSED_RULE: "warning", suppressions.MALFORMED_RULE: "error"}


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
    known: set[str] = field(default_factory=set)
    root: str | None = None
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)


def _matches(rule_id: str, selector: str) -> bool:
    return rule_id == selector or rule_id.startswith(selector.rstrip(".") + ".")


def plan(packs: Sequence[Pack], config: Config | None = None) -> Plan:
    """Apply select / ignore / severity from ``config``; unknown rule ids are errors."""
    config = config or Config()
    all_rules = [r for p in packs for r in p.rules]
    ids = [r.id for r in all_rules]
    known_prefixes = set(ids) | set(ENGINE_RULES)
    for key, selectors in (
        ("select", config.select),
        ("ignore", config.ignore),
        ("severity", list(config.severity)),
        ("per-file-ignores", [s for v in config.per_file_ignores.values() for s in v]),
    ):
        for s in selectors:
            if not any(_matches(i, s) for i in known_prefixes):
                line, column = locate_in_config(config.source, s)
                close = difflib.get_close_matches(s, sorted(known_prefixes), n=3)
                hint = f" (did you mean {', '.join(close)}?)" if close else " (see: claimcheck rules)"
                raise ConfigError(f"{key}: unknown rule id {s!r}{hint}", config.source, line, column)
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
    return Plan(
        active,
        PackData.merge([p.data for p in packs]),
        dict(config.per_file_ignores),
        known=set(ids),
        root=config.root,
        ignore=list(config.ignore),
        severity=dict(config.severity),
    )


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
        claims=[i for i in (getattr(c, "id", None), *(getattr(r, "id", None) for r in hit.related)) if i],
        related=sorted({_related(r) for r in hit.related}, key=lambda r: (r.path, r.line, r.column)),
        suggestion=hit.suggestion,
    )


def read_error_finding(e: ReadError) -> Finding:
    return Finding(
        rule=READ_ERROR_RULE, severity="error", message=e.message, document=e.path, path=e.path,
        line=e.line, column=e.column, start=0, end=0, text="",
    )


def _path_forms(path: str, root: str | None) -> list[str]:
    """The path as given, its file name, and (when under it) relative to the config's folder."""
    forms = [path.replace("\\", "/"), Path(path).name]
    if root:
        try:
            forms.append(Path(path).resolve().relative_to(Path(root).resolve()).as_posix())
        except ValueError:
            pass
    return forms


def _ignored(finding: Finding, per_file: dict[str, list[str]], root: str | None = None) -> bool:
    if not per_file:
        return False
    forms = _path_forms(finding.path, root)
    for pattern, selectors in per_file.items():
        if any(fnmatch.fnmatch(p, pattern) for p in forms):
            if any(_matches(finding.rule, s) for s in selectors):
                return True
    return False


def _engine_rule_config(findings: list[Finding], the_plan: Plan) -> list[Finding]:
    """Apply ignore and severity from the configuration to the engine's own rules."""
    out = []
    for f in findings:
        if f.rule in ENGINE_RULES and f.rule != READ_ERROR_RULE:
            if any(_matches(f.rule, s) for s in the_plan.ignore):
                continue
            for selector, sev in sorted(the_plan.severity.items(), key=lambda kv: len(kv[0])):
                if _matches(f.rule, selector):
                    f = f.model_copy(update={"severity": sev})
            if f.severity == "off":
                continue
        out.append(f)
    return out


def extract_all(documents: Iterable[Document], data: PackData) -> dict[str, list]:
    return {d.id: extract_document(d, data) for d in documents}


def _extract_in_order(
    docs: list[Document], data: PackData, jobs: int, progress: Callable[[Document], None] | None
) -> Iterator[tuple[Document, list]]:
    """Claims per document, in input order; with ``jobs`` > 1, extracted in worker processes.

    Extractors are pure functions of (document, pack data), so the result is the same
    whichever process extracts a document.
    """
    if jobs == 0:
        jobs = os.cpu_count() or 1
    if jobs <= 1 or len(docs) < 2 * jobs:
        results: Iterable[list] = (extract_document(d, data) for d in docs)
        pool = None
    else:
        pool = ProcessPoolExecutor(max_workers=jobs, initializer=end_with_parent, initargs=(os.getpid(),))
        results = pool.map(partial(extract_document, data=data), docs, chunksize=max(1, len(docs) // (jobs * 8)))
    try:
        for d, claims in zip(docs, results):
            if progress is not None:
                progress(d)
            yield d, claims
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)


def run(
    documents: Sequence[Document],
    packs: Sequence[Pack],
    config: Config | None = None,
    read_errors: Sequence[ReadError] = (),
    targets: set[str] | None = None,
    progress: Callable[[Document], None] | None = None,
    jobs: int = 1,
) -> Report:
    """Check ``documents`` with ``packs``.

    ``targets``: report findings on these document ids only (``claimcheck lint``: the other
    documents give the cross-source rules context). ``progress`` is called once per
    document extracted (the command's progress bar); the engine itself never prints.
    ``jobs``: processes extracting claims (0: one per CPU); the report is the same.
    """
    the_plan = plan(packs, config)
    docs, clashes = distinct_ids(list(documents))  # a repeated id is a finding, never the end of the run
    docs = sorted(docs, key=lambda d: (d.path, d.id))
    read_errors = [*read_errors, *clashes]
    claims_by_doc = dict((d.id, claims) for d, claims in _extract_in_order(docs, the_plan.data, jobs, progress))
    all_claims = [c for d in docs for c in claims_by_doc[d.id]]
    findings: list[Finding] = [read_error_finding(e) for e in read_errors]
    for active in the_plan.rules:
        kind = KINDS[active.rule.kind]
        if kind.scope == "document":
            for d in docs:
                ctx = DocumentContext(d, claims_by_doc[d.id], the_plan.data)
                findings.extend(_finding(active, h) for h in kind.check(ctx, active.rule.options))
        else:
            ctx = CorpusContext({d.id: d for d in docs}, all_claims, the_plan.data)
            findings.extend(_finding(active, h) for h in kind.check(ctx, active.rule.options))
    # per-file-ignores first, so a suppression of an ignored rule counts as unused; then again
    # after, for the suppression findings themselves.
    findings = [f for f in findings if not _ignored(f, the_plan.per_file_ignores, the_plan.root)]
    findings = suppressions.apply(
        findings, docs, known=the_plan.known | set(ENGINE_RULES), active={a.rule.id for a in the_plan.rules}
    )
    findings = _engine_rule_config(findings, the_plan)
    findings = [f for f in findings if not _ignored(f, the_plan.per_file_ignores, the_plan.root)]
    if targets is not None:
        findings = [f for f in findings if f.document in targets or f.rule == READ_ERROR_RULE]
    cache.release_long()  # the work kept for a long text would outlive its report
    unique = {f.model_dump_json(): f for f in findings}  # one finding per place, rule and message
    findings = sorted(unique.values(), key=lambda f: (f.sort_key(), f.model_dump_json()))
    return Report(
        documents=docs,
        claims=all_claims,
        findings=findings,
        summary=summarise(docs, all_claims, findings),
    )
