"""The one place that decides which rules run, where, at which severity, and what fails."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claimcheck.config import Config
from claimcheck.errors import ConfigError
from claimcheck.models import Finding
from claimcheck.selection import Selection, failing, fails, matches

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"


def _finding(rule: str, severity: str = "warning", path: str = "a/b.txt") -> Finding:
    return Finding(rule=rule, severity=severity, message="m", document="d", path=path, line=1, column=1,
                   start=0, end=1, text="x")


def test_a_selector_names_the_rule_or_a_dotted_prefix_never_a_bare_string_prefix():
    assert matches("core.weekday-date", "core")
    assert matches("core.weekday-date", "core.")
    assert matches("core.weekday-date", "core.weekday-date")
    assert not matches("core.weekday-date", "core.weekday")
    assert not matches("corex.a", "core")


def test_select_then_ignore_then_the_longest_severity_selector_wins():
    s = Selection.from_config(Config(select=["story"], ignore=["story.quiet"],
                                     severity={"story": "info", "story.title": "error"}))
    assert s.rule_severity("core.weekday-date", "warning") is None
    assert s.rule_severity("story.quiet", "warning") is None
    assert s.rule_severity("story.name", "warning") == "info"
    assert s.rule_severity("story.title", "warning") == "error"


def test_severity_off_means_the_rule_does_not_run():
    assert Selection.from_config(Config(severity={"core": "off"})).rule_severity("core.x", "error") is None


def test_engine_rules_take_ignore_and_severity_but_unreadable_input_always_shows():
    s = Selection.from_config(Config(ignore=["input"], severity={"input": "info"}))
    assert s.engine_finding(_finding("input.unused-suppression")) is None
    unreadable = _finding("input.unreadable", "error")
    assert s.engine_finding(unreadable) is unreadable
    regraded = Selection.from_config(Config(severity={"input.unused-suppression": "info"}))
    assert regraded.engine_finding(_finding("input.unused-suppression")).severity == "info"


def test_per_file_ignores_match_the_path_or_its_file_name():
    s = Selection.from_config(Config(per_file_ignores={"b.txt": ["core"], "other/*": ["story"]}))
    assert s.ignored_in_file(_finding("core.weekday-date", path="a/b.txt"))
    assert not s.ignored_in_file(_finding("story.title", path="a/b.txt"))
    assert s.ignored_in_file(_finding("story.title", path="other/c.md"))


def test_an_unknown_selector_is_a_configuration_error_with_close_matches():
    s = Selection.from_config(Config(ignore=["core.weekday-dates"]))
    with pytest.raises(ConfigError, match=r"ignore: unknown rule id 'core.weekday-dates' \(did you mean core.weekday-date"):
        s.validate(["core.weekday-date"])
    Selection.from_config(Config(ignore=["input"])).validate([])  # the engine's own rules are known


def test_fail_on_is_a_threshold():
    found = [_finding("a", "info"), _finding("b", "warning"), _finding("c", "error")]
    assert [f.rule for f in failing(found, "warning")] == ["b", "c"]
    assert fails("error", "error") and not fails("warning", "error")


def test_reporters_do_not_import_the_engine():
    for module in (PACKAGE / "report").glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not any(m and m.split(".")[-1] == "engine" for m in imported), module.name
