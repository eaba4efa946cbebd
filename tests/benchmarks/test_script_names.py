"""A benchmark run as a script puts its folder first on ``sys.path``: a script named like a
standard module ("numbers.py") hid that module from every library imported after it
(hypothesis imports ``numbers``), so each script had to reorder the path by hand."""

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_no_benchmark_script_is_named_like_a_standard_module():
    names = {p.stem for p in BENCHMARKS.glob("*.py")}
    assert names and not names & set(sys.stdlib_module_names)
