"""The v1 JSON contract's field names, and a report that does not depend on input order."""

from __future__ import annotations

import json
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.corpus import read_paths
from claimcheck.kinds import KINDS
from claimcheck.packs import load_packs, parse_pack
from claimcheck.report.json_format import render
from tests.conftest import SEEDS, make_doc
from tests.crosskind import KIND, NAME, PACK

SEED_DOCS, _ = read_paths([SEEDS])
EXTRA = [
    make_doc("The talks opened on Tuesday, May 8, 2024.", id="wrong-weekday"),
    make_doc("Blinken announced an additional $587 million in planned humanitarian aid.", id="changed-figure"),
    make_doc('<!-- claimcheck: ignore[core.weekday-date] reason="x" -->\nQuiet.\n', id="stale-suppression"),
]


def packs():
    return load_packs() + [parse_pack(PACK, "testfig.yaml")]


def run(docs):
    with mock.patch.dict(KINDS, {NAME: KIND}):
        return engine.run(docs, packs())


def test_json_contract_field_names():
    data = json.loads(render(run(SEED_DOCS + EXTRA)))
    assert data["schema"] == "claimcheck.report/v1"
    assert set(data) >= {"schema", "documents", "claims", "findings", "summary"}
    for d in data["documents"]:
        assert {"id", "path", "title", "source", "published", "published_from"} <= set(d)
        assert "text" not in d
    for c in data["claims"]:
        assert {"id", "kind", "document", "path", "line", "column", "start", "end", "text", "sentence"} <= set(c)
    assert data["findings"], "the extra documents must give findings"
    for f in data["findings"]:
        assert {"rule", "severity", "message", "document", "path", "line", "column", "start", "end", "text",
                "claims", "related", "suggestion"} <= set(f)
        for r in f["related"]:
            assert set(r) == {"document", "path", "line", "column", "text"}
    figure = next(f for f in data["findings"] if f["rule"] == "testfig.aid-figure")
    assert figure["document"] == "changed-figure"
    assert {r["document"] for r in figure["related"]} == {"000_3fc728a24d09eceb", "002_82f39ec3c75956a1"}
    assert {"documents", "claims", "findings", "by_severity", "by_rule"} <= set(data["summary"])


BASELINE = None


@settings(max_examples=25, deadline=None)
@given(st.permutations(SEED_DOCS + EXTRA))
def test_report_does_not_depend_on_input_order(docs):
    global BASELINE
    if BASELINE is None:
        BASELINE = run(SEED_DOCS + EXTRA).to_json_dict()
    assert run(list(docs)).to_json_dict() == BASELINE


def test_lint_targets_keep_findings_on_drafts_only():
    report = None
    with mock.patch.dict(KINDS, {NAME: KIND}):
        report = engine.run(SEED_DOCS + EXTRA, packs(), targets={"changed-figure"})
    assert {f.document for f in report.findings} == {"changed-figure"}
    assert len(report.documents) == len(SEED_DOCS) + len(EXTRA)


def test_progress_is_called_once_per_document():
    seen = []
    engine.run(SEED_DOCS, load_packs(), progress=lambda d: seen.append(d.id))
    assert sorted(seen) == sorted(d.id for d in SEED_DOCS)


def test_extraction_in_worker_processes_gives_the_same_report():
    docs = SEED_DOCS + EXTRA
    with mock.patch.dict(KINDS, {NAME: KIND}):
        serial = engine.run(docs, packs()).to_json_dict()
        parallel = engine.run(docs, packs(), jobs=2)
    # with 8 documents and 2 jobs the pool is used (at least two documents per job)
    assert parallel.to_json_dict() == serial


def test_a_single_path_string_is_one_path_not_characters(seeds_dir):
    from claimcheck import check, extract

    report = check(str(seeds_dir))
    assert len(report.documents) == 5
    assert len(extract(seeds_dir).documents) == 5


def test_two_documents_with_one_id_are_a_finding_and_the_first_is_still_checked():
    """From lint --stdin (a JSON Lines draft) or check_documents: was exit 2 for the whole run."""
    wrong = make_doc("The talks opened on Tuesday, May 8, 2024.", id="x", path="wire.txt")
    again = make_doc("Nothing here.", id="x", path="wire2.txt")
    report = engine.run([again, wrong], load_packs())
    rules = [(f.rule, f.path, f.line) for f in report.findings]
    assert ("core.weekday-date", "wire.txt", 1) in rules
    assert ("input.unreadable", "wire2.txt", 1) in rules
    clash = next(f for f in report.findings if f.rule == "input.unreadable")
    assert clash.message == "id 'x' is already used at wire.txt:1; give each document its own id"
    assert [d.path for d in report.documents] == ["wire.txt"]
