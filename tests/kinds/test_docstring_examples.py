"""The ``Fires:`` and ``Silent:`` examples in each kind's docstring are run: every Fires example
gives a finding of that kind's core rule, every Silent example none.

The form, one example a paragraph line (it may wrap onto the next lines)::

    Fires: ``one document``
    Fires (published 2012-05-08, story pack): ``source 1`` | ``source 2`` | ``source 3``
    Silent (no publication date): ``one document``

Notes in brackets: ``published YYYY-MM-DD`` (else 2024-05-08), ``no publication date``, and
``example pack`` (docs/examples/example-pack.yaml, an invented roster and names, runs beside
the core pack). Every double-backquoted text
is a source; commentary goes outside the backquotes. The kinds whose examples need options a
pack gives (an event's terms, a list of preferred terms) are left out: ``NEEDS_OPTIONS``.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import claimcheck.kinds
from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import ROOT, make_doc

NEEDS_OPTIONS = {"event_date", "preferred_term"}
EXAMPLE = re.compile(r"^(Fires|Silent)(?: \(([^)]*)\))?: (.*)$")
SOURCE = re.compile(r"``(.+?)``")
PUBLISHED = re.compile(r"published (\d{4}-\d{2}-\d{2})")


def _examples() -> list:
    found = []
    for module in sorted(m.name for m in pkgutil.iter_modules(claimcheck.kinds.__path__)):
        if module in NEEDS_OPTIONS:
            continue
        doc = importlib.import_module(f"claimcheck.kinds.{module}").__doc__ or ""
        lines = doc.splitlines()
        for i, line in enumerate(lines):
            match = EXAMPLE.match(line)
            if not match:
                continue
            text = match.group(3)
            for more in lines[i + 1:]:  # a wrapped example runs to a blank line or the next example
                if not more.strip() or EXAMPLE.match(more):
                    break
                text += " " + more.strip()
            verdict, notes = match.group(1), match.group(2) or ""
            found.append(pytest.param(module, verdict, notes, SOURCE.findall(text),
                                      id=f"{module}-{verdict.lower()}-{i}"))
    return found


EXAMPLES = _examples()
CORE = load_packs([])
EXAMPLE = load_packs([ROOT / "docs" / "examples" / "example-pack.yaml"])


def test_every_kind_with_a_core_rule_has_examples():
    rules = {r.id for pack in CORE for r in pack.rules}
    kinds = {p.values[0] for p in EXAMPLES}
    expected = {m.name for m in pkgutil.iter_modules(claimcheck.kinds.__path__)
                if f"core.{m.name.replace('_', '-')}" in rules}
    assert expected - NEEDS_OPTIONS <= kinds


@pytest.mark.parametrize("module, verdict, notes, sources", EXAMPLES)
def test_docstring_example(module, verdict, notes, sources):
    assert sources, "an example gives each source in double backquotes"
    published = PUBLISHED.search(notes)
    date = None if "no publication date" in notes else published.group(1) if published else "2024-05-08"
    docs = [make_doc(text, published=date, id=f"s{i + 1}") for i, text in enumerate(sources)]
    report = api.check_documents(docs, EXAMPLE if "example pack" in notes else CORE)
    rule = f"core.{module.replace('_', '-')}"
    found = [f.message for f in report.findings if f.rule == rule]
    assert bool(found) == (verdict == "Fires"), found
