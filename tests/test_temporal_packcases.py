"""Run the date rules' pack test files (``dates.test.yaml``, ``events.test.yaml``).

A small stand-in for the ``claimcheck test`` runner, limited to the files this family owns,
so their cases run with the test suite: each case's findings must equal its ``expect``
(rule, document, line, and a substring of the message), compared as a set.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from claimcheck import api
from claimcheck.models import Document
from claimcheck.packs import load_packs

ROOT = Path(__file__).resolve().parent.parent
FILES = {
    ROOT / "claimcheck" / "data" / "core" / "dates.test.yaml": [],
    ROOT / "rules" / "la-declaration-2024" / "events.test.yaml": [ROOT / "rules" / "la-declaration-2024"],
}
CASES = [(path, case) for path in FILES for case in yaml.safe_load(path.read_text())["cases"]]


def _doc(d: dict) -> Document:
    published = d.get("published")
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    return Document(id=d["id"], path=f"{d['id']}.txt", text=d["text"], published=published)


@pytest.mark.parametrize("path, case", CASES, ids=[f"{p.name}: {c['name']}" for p, c in CASES])
def test_pack_case(path, case):
    packs = load_packs([str(p) for p in FILES[path]])
    report = api.check_documents([_doc(d) for d in case["documents"]], packs)
    got = [f for f in report.findings if f.rule.startswith("core.") and f.rule.split(".")[1] in
           {"weekday-date", "date-resolvable", "event-date"}]
    expected = case["expect"]
    assert len(got) == len(expected), [(f.rule, f.document, f.line, f.message) for f in got]
    for e in expected:
        assert any(f.rule == e["rule"] and f.document == e["document"] and f.line == e["line"]
                   and e["message"] in f.message for f in got), (e, [(f.rule, f.message) for f in got])
