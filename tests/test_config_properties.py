"""Configuration files of any shape load or fail with a ConfigError that has a real place."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.config import load_config
from claimcheck.errors import ConfigError

PIECES = st.sampled_from([
    "[tool.claimcheck]\n", "[tool.claimcheck.severity]\n", "[tool.claimcheck.per-file-ignores]\n",
    "select = ", "ignore = ", "fail-on = ", "corpus = ", "packs = ", "core = ", '"core.x" = ', "bogus = ",
    '["core"]', '"warning"', "true", "1", '{"*.md" = "core"}', "[", "]", '"', "\n", " ", "=",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=25).map("".join))
def test_any_pyproject_loads_or_fails_with_a_place(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pyproject.toml"
        path.write_text(text, encoding="utf-8")
        try:
            load_config(path)
        except ConfigError as e:
            lines = text.count("\n") + text.count("\r") + 1  # tomllib counts a lone CR as a line end
            assert e.path == str(path)
            assert 1 <= e.line <= lines and e.column >= 1
