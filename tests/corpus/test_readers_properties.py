"""Readers on arbitrary bytes: they return documents or raise InputError, nothing else, and a
document's text always sits at its recorded offset in the file."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.corpus import read_records
from claimcheck.errors import InputError

SUFFIXES = [".txt", ".md", ".json", ".jsonl", ".unknown"]
# pieces that steer the generator towards the readers' branches
PIECES = st.sampled_from(["---\n", "published: ", "2024-05-08", "title: [", "{", "}", "[", "]", '"text": ',
                          '"x"', ",", "\n", "\r\n", "\ufeff", "é", "\x00", ":", "id: a\n", "- b\n"])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SUFFIXES), st.one_of(TEXTS.map(lambda t: t.encode("utf-8")), st.binary(max_size=60)))
def test_readers_never_raise_anything_but_input_errors(suffix, data):
    try:
        docs, errors = read_records("f" + suffix, data)
    except InputError as e:
        assert e.line >= 1 and e.column >= 1
        return
    assert all(isinstance(e, InputError) and e.line >= 1 for e in errors)
    text = re.sub(r"\r(?!\n)", "\n", data.decode("utf-8"))  # Windows line ends and a BOM are kept
    for d in docs:
        if suffix in (".json", ".jsonl"):
            continue  # the text is a JSON string value, unescaped
        assert text[d.offset:d.offset + len(d.text)] == d.text
