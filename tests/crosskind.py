"""A stand-in cross-source kind for the front-door tests (lint, SARIF related locations).

The real money rule is written elsewhere; these tests need *a* corpus-scope rule with
related places now. It compares "$N million" figures in sentences that contain a phrase
given in the pack, and flags a figure that differs from the one most sources give.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from claimcheck.kinds import KINDS, Kind
from claimcheck.kinds.base import Hit, KindOptions
from claimcheck.models import MoneyClaim
from claimcheck.text import claim_id, locator

NAME = "test-figure-agreement"
_FIGURE = re.compile(r"\$(\d+(?:\.\d+)?) million")


class Options(KindOptions):
    phrase: str


def check(ctx, options: Options):
    claims = []
    for doc in ctx.documents.values():
        for m in _FIGURE.finditer(doc.text):
            span = locator(doc).span(m.start(), m.end())
            if options.phrase not in span["sentence"]:
                continue
            value = float(m.group(1)) * 1e6
            claims.append(MoneyClaim(id=claim_id(doc, "money", m.start(), m.end()), amount=value,
                                     low=value, high=value, currency="USD", **span))
    if not claims:
        return
    usual, _ = Counter(c.amount for c in claims).most_common(1)[0]
    for c in claims:
        if c.amount != usual:
            others = [o for o in claims if o.amount == usual]
            yield Hit(claim=c, message=f"{c.text} here, ${usual / 1e6:g} million in {len(others)} other source(s)",
                      values={"here": c.text, "usual": f"${usual / 1e6:g} million"}, related=others)


KIND = Kind(name=NAME, scope="corpus", Options=Options, check=check, doc=__doc__ or "")

PACK = """\
pack: testfig
rules:
  - id: aid-figure
    kind: test-figure-agreement
    severity: error
    message: "{here} here, {usual} elsewhere"
    description: The aid package figure differs from other sources.
    options:
      phrase: planned humanitarian
"""


@pytest.fixture
def figure_pack(monkeypatch, tmp_path):
    """Register the stand-in kind and write a pack using it; yields the pack file."""
    monkeypatch.setitem(KINDS, NAME, KIND)
    path = tmp_path / "testfig.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


SEEDS = __import__("pathlib").Path(__file__).resolve().parent.parent / "seeds"


def changed_corpus(root):
    """The seeds plus a copy of seed 002 whose aid figure reads $587 million (not $578 million)."""
    import shutil

    corpus = root / "seeds"
    shutil.copytree(SEEDS, corpus)
    original = (SEEDS / "002_82f39ec3c75956a1.txt").read_text(encoding="utf-8")
    assert original.count("$578 million") == 1
    changed = corpus / "changed.md"
    changed.write_text("---\npublished: 2024-05-08\nsource: copy desk\n---\n"
                       + original.replace("$578 million", "$587 million"), encoding="utf-8")
    return corpus, changed
