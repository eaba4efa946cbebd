"""Rule findings on held-out news sentences (tests/data/news/findings.yaml): what each rule must
report there, and what it must leave alone."""

from __future__ import annotations

import datetime as dt

import pytest

from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import RULES, make_doc
from tests.news_cases import NEWS, cases, document


def _packs(names: list[str]):
    return load_packs([RULES if name == "story" else NEWS / "packs" / name for name in names])


def _documents(case: dict) -> list:
    if "text" in case:
        return [document(case, id="d0")]
    return [make_doc(d["text"], published=d["published"].isoformat() if isinstance(d["published"], dt.date)
                     else d["published"], id=f"d{i}") for i, d in enumerate(case["documents"])]


def _field(finding, name: str):
    return finding.message.split("'")[1] if name == "quoted" else getattr(finding, name)


@pytest.mark.parametrize("case", cases("findings"))
def test_news_findings(case):
    report = api.check_documents(_documents(case), _packs(case.get("packs", [])))
    found = [f for f in report.findings if f.rule == case["rule"]]
    expected = case["findings"]
    assert [{name: _field(f, name) for name in want} for f, want in zip(found, expected)] == expected
    assert len(found) == len(expected), [f.message for f in found]
