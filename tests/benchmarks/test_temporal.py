"""The temporal benchmark script: it runs on a given case file and says clearly when none is found."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "temporal.py"


def _load():
    spec = importlib.util.spec_from_file_location("bench_temporal", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_cases_fail_with_a_clear_message(tmp_path):
    bench = _load()
    with pytest.raises(SystemExit) as e:
        bench.main(["--cases", str(tmp_path / "absent.jsonl")])
    assert "no cases at" in str(e.value) and "shared/bench" in str(e.value)


def test_scores_both_tools_on_a_small_file(tmp_path, capsys):
    cases = [
        {"source": "news", "text": "Blinken said Tuesday the talks went well.", "phrase": "Tuesday",
         "reference_date": "2024-05-08", "expected_value": "2024-05-07", "granularity": "day", "orientation": "past"},
        {"source": "news", "text": "Crossings peaked in December.", "phrase": "December",
         "reference_date": "2024-02-28", "expected_value": "2023-12", "granularity": "month", "orientation": "past"},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in cases))
    assert _load().main(["--cases", str(path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["claimcheck"]["accuracy"]["news"] == 100.0
    assert figures["dateparser.parse"]["phrases_per_second"] > 0
