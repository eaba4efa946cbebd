"""Fuzzing the readers: whatever a folder holds, reading it raises nothing, every bad file
or record becomes an error with a place, and a good article beside them is always read."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from claimcheck.corpus import read_paths

from tests.fuzzing import FILES, fuzz_settings, manifest

GOOD = "---\npublished: 2024-05-08\n---\nThe talks opened on Tuesday, May 8, 2024.\n"


@fuzz_settings(60)
@given(files=st.lists(FILES, min_size=1, max_size=4), sidecar=st.one_of(st.none(), manifest()))
def test_a_folder_of_hostile_files_never_stops_the_others_being_read(files, sidecar):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, (suffix, content) in enumerate(files):
            (folder / f"f{i}{suffix}").write_text(content, encoding="utf-8")
        if sidecar is not None:
            (folder / "manifest.yaml").write_text(sidecar, encoding="utf-8")
        (folder / "zz-good.md").write_text(GOOD, encoding="utf-8")
        docs, errors = read_paths([folder])
    assert "zz-good" in {d.id for d in docs}
    assert len({d.id for d in docs}) == len(docs)  # ids are unique, whatever the records said
    for e in errors:
        assert e.line >= 1 and e.column >= 1 and e.message
        assert len(e.message) < 1_000  # never a repr of a huge value
