"""The engine: documents → claims → per-document rules → cross-source rules → Report.

It never prints and never formats output; reporting lives in ``claimcheck.report``.
The report does not depend on the order of the input: documents, claims and findings
are sorted on stable keys before and after the rules run.
"""

from __future__ import annotations

import os
import string
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from . import cache, suppressions
from .config import Config
from .corpus import ReadError, distinct_ids
from .extract import extract_document
from .kinds import KINDS
from .kinds.base import CorpusContext, DocumentContext, Hit
from .models import Document, Finding, Related, Report, summarise
from .packdata import PackData
from .packs import Pack, Rule
from .selection import ENGINE_RULES, ENGINE_SEVERITY, READ_ERROR_RULE, Selection  # noqa: F401 - re-exported
from .workers import end_with_parent


@dataclass(frozen=True)
class ActiveRule:
    rule: Rule
    severity: str


@dataclass
class Plan:
    """Which rules run, at which severity, after configuration is applied."""

    rules: list[ActiveRule]
    data: PackData
    selection: Selection
    known: set[str]


def plan(packs: Sequence[Pack], config: Config | None = None) -> Plan:
    """Apply select / ignore / severity from ``config``; unknown rule ids are errors."""
    selection = Selection.from_config(config)
    all_rules = [r for p in packs for r in p.rules]
    selection.validate(r.id for r in all_rules)
    active = []
    for r in all_rules:
        severity = selection.rule_severity(r.id, r.severity)
        if severity is not None:
            active.append(ActiveRule(r, severity))
    return Plan(active, PackData.merge([p.data for p in packs]), selection, known={r.id for r in all_rules})


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
    claims: Mapping[str, list] | None = None,
    rule_progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    """Check ``documents`` with ``packs``.

    ``targets``: report findings on these document ids only (``claimcheck lint``: the other
    documents give the cross-source rules context). ``progress`` is called once per
    document extracted (the command's progress bar); the engine itself never prints.
    ``jobs``: processes extracting claims (0: one per CPU); the report is the same.
    ``claims``: claims already extracted, by document id (an archive index); those
    documents are not extracted again.
    ``rule_progress(rule_id, done, total)`` is called as each cross-source rule starts and
    ends, the second stage of a long run (comparing sources), so a progress bar can show it.
    """
    return run_plan(plan(packs, config), documents, read_errors, targets, progress, jobs, claims, rule_progress)


def sorted_documents(documents: Iterable[Document]) -> tuple[list[Document], list[ReadError]]:
    """Documents in (path, id) order, the first of each id; a later one with an id already
    used is a read error naming both places: a repeated id is a finding, never the end of
    the run."""
    docs, clashes = distinct_ids(list(documents))
    return sorted(docs, key=lambda d: (d.path, d.id)), clashes


def run_plan(
    the_plan: Plan,
    documents: Sequence[Document],
    read_errors: Sequence[ReadError] = (),
    targets: set[str] | None = None,
    progress: Callable[[Document], None] | None = None,
    jobs: int = 1,
    claims: Mapping[str, list] | None = None,
    rule_progress: Callable[[str, int, int], None] | None = None,
) -> Report:
    """``run`` with the configuration already applied: many corpora checked with one
    plan (``claimcheck check --each``) validate packs and configuration once."""
    docs, clashes = sorted_documents(documents)
    read_errors = [*read_errors, *clashes]
    known = claims or {}
    todo = [d for d in docs if d.id not in known]
    extracted = dict((d.id, c) for d, c in _extract_in_order(todo, the_plan.data, jobs, progress))
    claims_by_doc = {d.id: known[d.id] if d.id in known else extracted[d.id] for d in docs}
    findings: list[Finding] = [read_error_finding(e) for e in read_errors]
    for d in docs:
        findings.extend(document_findings(the_plan, d, claims_by_doc[d.id]))
    findings.extend(corpus_findings(the_plan, docs, claims_by_doc, rule_progress))
    return finish(the_plan, docs, claims_by_doc, findings, targets)


def document_findings(the_plan: Plan, doc: Document, claims: Sequence[Any]) -> list[Finding]:
    """The findings of the rules that read one document at a time."""
    out: list[Finding] = []
    ctx = DocumentContext(doc, claims, the_plan.data)
    for active in the_plan.rules:
        kind = KINDS[active.rule.kind]
        if kind.scope == "document":
            out.extend(_finding(active, h) for h in kind.check(ctx, active.rule.options))
    return out


def corpus_findings(the_plan: Plan, docs: Sequence[Document], claims_by_doc: Mapping[str, list],
                    rule_progress: Callable[[str, int, int], None] | None = None) -> list[Finding]:
    """The findings of the cross-source rules over ``docs`` (in (path, id) order);
    ``rule_progress`` as in ``run``."""
    out: list[Finding] = []
    corpus_rules = [a for a in the_plan.rules if KINDS[a.rule.kind].scope != "document"]
    if not corpus_rules:
        return out
    ctx = CorpusContext({d.id: d for d in docs}, [c for d in docs for c in claims_by_doc[d.id]], the_plan.data)
    for compared, active in enumerate(corpus_rules):
        if rule_progress is not None:
            rule_progress(active.rule.id, compared, len(corpus_rules))
        out.extend(_finding(active, h) for h in KINDS[active.rule.kind].check(ctx, active.rule.options))
        if rule_progress is not None:
            rule_progress(active.rule.id, compared + 1, len(corpus_rules))
    return out


def finish(
    the_plan: Plan,
    docs: list[Document],
    claims_by_doc: Mapping[str, list],
    findings: list[Finding],
    targets: set[str] | None = None,
) -> Report:
    """Per-file ignores, suppressions and the engine rules' configuration; then the report,
    findings deduplicated and sorted."""
    all_claims = [c for d in docs for c in claims_by_doc[d.id]]
    # per-file-ignores first, so a suppression of an ignored rule counts as unused; then again
    # after, for the suppression findings themselves.
    selection = the_plan.selection
    findings = [f for f in findings if not selection.ignored_in_file(f)]
    findings = suppressions.apply(
        findings, docs, known=the_plan.known | set(ENGINE_RULES), active={a.rule.id for a in the_plan.rules}
    )
    findings = [g for f in findings if (g := selection.engine_finding(f)) is not None]
    findings = [f for f in findings if not selection.ignored_in_file(f)]
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
