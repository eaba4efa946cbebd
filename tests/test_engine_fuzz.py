"""Fuzzing the engine and the report formats: hostile documents beside a good one; the run
never raises, every format renders, and the good document's finding is always reported."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.models import Document
from claimcheck.packs import load_packs
from claimcheck.output import PRINTABLE_FORMATS, printable_report
from claimcheck.report import FORMATS, render, rule_catalog

from tests.conftest import make_doc
from tests.fuzzing import ARTICLE_TEXT, CHARS, fuzz_settings

PACKS = load_packs(["rules"])
GOOD = make_doc("The talks opened on Tuesday, May 8, 2024.", id="zz-good")  # 8 May 2024 was a Wednesday
NAMES = st.text(CHARS, min_size=1, max_size=12)


@st.composite
def documents(draw) -> list[Document]:
    out = []
    for i in range(draw(st.integers(1, 4))):
        out.append(Document(id=f"{draw(NAMES)}-{i}", path=f"{draw(NAMES)}/{i}.txt", text=draw(ARTICLE_TEXT),
                            published=draw(st.one_of(st.none(), st.dates())), source=draw(st.none() | NAMES)))
    return out


@fuzz_settings(20)
@given(docs=documents())
def test_hostile_documents_never_stop_the_run_or_hide_the_good_one(docs):
    report = engine.run([*docs, GOOD], PACKS)
    assert ("zz-good", "core.weekday-date") in {(f.document, f.rule) for f in report.findings}
    catalog = rule_catalog(PACKS)
    for fmt in sorted(FORMATS):
        shown = printable_report(report) if fmt in PRINTABLE_FORMATS else report  # as the command does
        out = render(shown, fmt, rules=catalog, fail_on="error")
        assert isinstance(out, str)
        out.encode("utf-8")  # writable to a file
        if fmt in ("json", "sarif"):
            json.loads(out)
        if fmt == "jsonl":
            assert all(json.loads(line) for line in out.split("\n")[:-1])  # splitlines would cut at U+0085
