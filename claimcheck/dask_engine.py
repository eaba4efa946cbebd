"""The engine on a Dask cluster, for corpora beyond one machine (``check --engine dask``).

The same stages as ``engine.run_plan``, placed on a cluster:

1. a map over documents: each worker extracts one document's claims, runs the
   per-document rules on them and computes its alignment keys (``archive.keys``);
2. documents are grouped by those keys: two documents sharing a key (a story name, a
   person) are in one group, and so is any chain of them; the cross-source rules run once
   per group, on the worker that gathers it;
3. the claims and findings come back and ``engine.finish`` applies ignores, suppressions
   and sorting exactly as the local engine does.

Cross-source rules compare only articles of one story (shared names) or one person, so a
group holds every pair they could compare and the report is the local engine's. Two
limits of that argument: a document with no keys at all could pair with anything, so
then everything is one group; and a rule that skips keys too common in the corpus
(``max_posting``) sees smaller posting lists in a group than in the whole, so on a corpus
where a key passes that limit it may compare a few more pairs than the local engine.

Requires ``pip install 'claimcheck[dask]'``; workers of a remote cluster need claimcheck
installed too.
"""

from __future__ import annotations

from typing import Any, Sequence

from . import engine
from .archive.keys import document_keys
from .config import Config
from .corpus import ReadError
from .extract import extract_document
from .models import Document, Report
from .packs import Pack


def _document_stage(the_plan: engine.Plan, doc: Document) -> tuple[list, list, set[str]]:
    claims = extract_document(doc, the_plan.data)
    return claims, engine.document_findings(the_plan, doc, claims), document_keys(doc, claims)


def _keys_of(stage: tuple[list, list, set[str]]) -> set[str]:
    return stage[2]


def _group_stage(the_plan: engine.Plan, docs: list[Document], *stages: tuple[list, list, set[str]]) -> list:
    claims_by_doc = {d.id: stage[0] for d, stage in zip(docs, stages)}
    return engine.corpus_findings(the_plan, docs, claims_by_doc)


def groups(keys_by_doc: dict[str, set[str]]) -> list[list[str]]:
    """Document ids linked by shared keys (connected components), each in input order."""
    ids = list(keys_by_doc)
    if any(not keys for keys in keys_by_doc.values()):
        return [ids]  # a document naming nothing could be compared with any other
    parent = {i: i for i in ids}

    def find(a: str) -> str:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    first_with: dict[str, str] = {}
    for i in ids:
        for k in keys_by_doc[i]:
            if k in first_with:
                ra, rb = find(first_with[k]), find(i)
                if ra != rb:
                    parent[rb] = ra
            else:
                first_with[k] = i
    out: dict[str, list[str]] = {}
    for i in ids:
        out.setdefault(find(i), []).append(i)
    return list(out.values())


def run(
    documents: Sequence[Document],
    packs: Sequence[Pack],
    config: Config | None = None,
    read_errors: Sequence[ReadError] = (),
    targets: set[str] | None = None,
    client: Any = None,
    scheduler: str | None = None,
) -> Report:
    """``engine.run`` on a Dask cluster: ``client`` (a ``distributed.Client``), or a new one
    connected to ``scheduler`` (an address), or to a local cluster when both are None."""
    from distributed import Client

    the_plan = engine.plan(packs, config)
    docs, clashes = engine.sorted_documents(documents)
    read_errors = [*read_errors, *clashes]
    own = client is None
    if own:
        client = Client(scheduler) if scheduler else Client()
    try:
        plan_future = client.scatter(the_plan, broadcast=True)
        staged = client.map(_document_stage, [plan_future] * len(docs), docs, pure=False)
        keys = dict(zip((d.id for d in docs), client.gather(client.map(_keys_of, staged))))
        position = {d.id: n for n, d in enumerate(docs)}
        grouped = [
            client.submit(_group_stage, plan_future, [docs[position[i]] for i in group],
                          *[staged[position[i]] for i in group], pure=False)
            for group in groups(keys)
        ]
        stages = client.gather(staged)
        corpus = [f for found in client.gather(grouped) for f in found]
    finally:
        if own:
            client.close()
    claims_by_doc = {d.id: stage[0] for d, stage in zip(docs, stages)}
    findings = [engine.read_error_finding(e) for e in read_errors]
    findings += [f for stage in stages for f in stage[1]] + corpus
    return engine.finish(the_plan, docs, claims_by_doc, findings, targets)
