"""Conventions users bring from ruff, flake8, Vale and ESLint: --exit-zero, --quiet, -V,
'-' for stdin, --output-file, `.` by default, colour rules, summary wording."""

from __future__ import annotations

import io

import pytest
from click.testing import CliRunner
from rich.console import Console

from claimcheck.kinds import KINDS
from claimcheck import cli, engine
from claimcheck.cli import main
from claimcheck.packs import load_packs
from claimcheck.progress import progress_bar
from claimcheck.report.text import counted
from tests.conftest import make_doc

WRONG = "The talks opened on Tuesday, May 8, 2024.\n"  # 8 May 2024 was a Wednesday
ONLY_WEEKDAY = ["--isolated", "--select", "core.weekday-date"]


def run(*args: str, input: str | None = None, env: dict | None = None):
    return CliRunner().invoke(main, list(args), input=input, env=env)


@pytest.fixture
def bad(tmp_path):
    path = tmp_path / "bad.md"
    path.write_text("---\npublished: 2024-05-08\n---\n" + WRONG + "\n" + WRONG, encoding="utf-8")
    return path


def test_exit_zero_reports_but_passes(bad):
    result = run("check", *ONLY_WEEKDAY, "--exit-zero", str(bad))
    assert result.exit_code == 0
    assert f"{bad}:4:21: error core.weekday-date" in result.output
    assert run("lint", *ONLY_WEEKDAY, "--exit-zero", "--against", str(bad.parent), str(bad)).exit_code == 0


def test_exit_zero_keeps_usage_errors_at_2(tmp_path):
    assert run("check", "--exit-zero", str(tmp_path / "missing")).exit_code == 2


def test_quiet_prints_the_findings_only(bad, tmp_path):
    result = run("check", *ONLY_WEEKDAY, "-q", str(bad))
    assert result.exit_code == 1
    assert [line.split(": ")[1].split()[:2] for line in result.output.splitlines()] == [
        ["error", "core.weekday-date"], ["error", "core.weekday-date"]]
    quiet = tmp_path / "quiet"
    quiet.mkdir()
    (quiet / "ok.txt").write_text("Quiet text.\n")
    assert run("check", *ONLY_WEEKDAY, "--quiet", str(quiet)).output == ""


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(flag):
    result = run(flag)
    assert result.exit_code == 0 and "0.1.0" in result.output


def test_dash_reads_an_article_from_stdin(bad):
    result = run("check", *ONLY_WEEKDAY, "-", input=WRONG)
    assert result.exit_code == 1
    assert "stdin.txt:1:21: error core.weekday-date" in result.output
    both = run("check", *ONLY_WEEKDAY, "-", str(bad), input=WRONG)
    assert "stdin.txt:1:21:" in both.output and f"{bad}:4:21:" in both.output
    assert "Checked 2 documents" in both.output
    empty = run("check", *ONLY_WEEKDAY, "-", input="")  # standard input alone, even when empty
    assert empty.exit_code == 0 and "Checked 1 document, 0 claims: no findings." in empty.output


def test_lint_dash_is_stdin(bad):
    draft = "---\npublished: 2024-05-08\n---\n" + WRONG
    result = run("lint", *ONLY_WEEKDAY, "--against", str(bad.parent), "-", "--stdin-filename", "draft.md", input=draft)
    assert result.exit_code == 1
    assert "draft.md:4:21: error core.weekday-date" in result.output
    assert "Checked 1 draft against 1 article" in result.output


def test_output_file_is_an_alias_of_o(bad, tmp_path):
    out = tmp_path / "report.json"
    result = run("check", *ONLY_WEEKDAY, str(bad), "--format", "json", "--output-file", str(out))
    assert result.exit_code == 1 and result.output == ""
    assert '"rule": "core.weekday-date"' in out.read_text(encoding="utf-8")


def test_color_always_wins_over_no_color(bad):
    assert "\x1b[" in run("check", *ONLY_WEEKDAY, str(bad), "--color", "always", env={"NO_COLOR": "1"}).output
    assert "\x1b[" not in run("check", *ONLY_WEEKDAY, str(bad), env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).output


@pytest.mark.parametrize("env, expected", [
    ({"TERM": "xterm-256color"}, True),
    ({"TERM": "dumb"}, False),  # a dumb terminal (Emacs shell, some CI logs) gets no escapes
    ({"TERM": "xterm", "NO_COLOR": "1"}, False),
])
def test_auto_colour_on_a_terminal(monkeypatch, env, expected):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(cli.sys.stdout, "isatty", lambda: True, raising=False)
    assert cli._use_color("auto") is expected
    assert cli._use_color("always") is True and cli._use_color("never") is False


def test_summary_counts_read_as_words(bad, tmp_path):
    assert counted(1, "error") == "1 error" and counted(2, "error") == "2 errors" and counted(3, "info") == "3 info"
    result = run("check", *ONLY_WEEKDAY, str(bad))
    assert result.output.splitlines()[-1].startswith("Checked 1 document, ")
    assert result.output.splitlines()[-1].endswith(": 2 errors.")
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.md").write_text("---\npublished: 2024-05-08\n---\n" + WRONG)
    assert run("check", *ONLY_WEEKDAY, str(one)).output.splitlines()[-1] == "Checked 1 document, 1 claim: 1 error."


def test_progress_bar_shows_the_cross_source_stage():
    docs = [make_doc("Foreign Minister Ana Lopez spoke on Tuesday, May 7, 2024.", id=f"d{n}") for n in range(20)]
    screen = io.StringIO()
    stages = []
    with progress_bar(len(docs), console=Console(file=screen, force_terminal=True, width=100)) as bar:
        engine.run(docs, load_packs(), progress=bar.progress,
                   rule_progress=lambda *a: (stages.append(a), bar.rule_progress(*a)))
    assert "extracting claims" in screen.getvalue() and "comparing sources" in screen.getvalue()
    corpus_rules = [a for a in stages if a[1] == a[2]]
    assert len(corpus_rules) == 1 and stages[0][1] == 0  # from 0 of N to N of N
    cross_source = {r.id for p in load_packs() for r in p.rules if KINDS[r.kind].scope != "document"}
    assert {rule for rule, _, _ in stages} == cross_source and "core.role-agreement" in cross_source


def test_no_progress_bar_when_quiet_or_short():
    screen = io.StringIO()
    with progress_bar(50, console=Console(file=screen, force_terminal=True), quiet=True) as bar:
        assert bar.progress is None and bar.rule_progress is None
    with progress_bar(5, console=Console(file=screen, force_terminal=True)) as bar:
        assert bar.progress is None
    assert screen.getvalue() == ""
