"""Fuzzing the extractors: any text (control characters, surrogates, long runs without a
break), any publication date: claims come out with spans inside the text, never an exception."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.engine import plan
from claimcheck.extract import extract_document
from claimcheck.models import Document
from claimcheck.packs import load_packs

from tests.fuzzing import ARTICLE_TEXT, fuzz_settings

DATA = plan(load_packs(["rules"])).data
# in memory, a str may hold a lone surrogate (only readers refuse them)
TEXT = st.one_of(ARTICLE_TEXT, st.text(max_size=80))


@fuzz_settings(50)
@given(text=TEXT, published=st.one_of(st.none(), st.dates()), offset=st.integers(0, 50))
def test_extractors_never_raise_and_place_claims_inside_the_text(text, published, offset):
    doc = Document(id="d", path="d.txt", text=text, published=published, offset=offset)
    for claim in extract_document(doc, DATA):
        assert 0 <= claim.start - offset <= claim.end - offset <= len(text)
        assert text[claim.start - offset:claim.end - offset] == claim.text
        assert claim.line >= 1 and claim.column >= 1
