"""The pytest plugin (`pytest --claimcheck`) and claimcheck.testing, in temporary projects."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import engine
from claimcheck.config import Config
from claimcheck.packs import load_packs
from claimcheck.testing import assert_consistent
from tests.crosskind import changed_corpus, figure_pack  # noqa: F401 - fixture

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent


# The rule the done-when tests run, named explicitly (see the README's pytest section).
MONEY_RULE = "core.amount-agreement"
EXPLICIT = f'select = ["{MONEY_RULE}"]\nfail-on = "warning"\n'


def make_project(root: Path, packs: list[str], extra: str = "") -> Path:
    quoted = ", ".join(f'"{p}"' for p in packs)
    (root / "pyproject.toml").write_text(
        f'[tool.claimcheck]\ncorpus = ["seeds"]\npacks = [{quoted}]\n{extra}', encoding="utf-8")
    return root


def run_pytest(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--claimcheck", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )


# --------------------------------------------------------------------------- real subprocess runs
# The project selects the money rule explicitly: the seeds hold other, real slips (a wrong
# title in seed 002, mangled declaration names) that other rules rightly report; these tests
# are about one changed figure, and must not change when a new rule finds something else.


def test_seeds_alone_pass(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    make_project(tmp_path, [str(ROOT / "rules")], EXPLICIT)
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout  # five articles and the corpus item


def test_seeds_alone_pass_with_the_defaults(tmp_path):
    """No packs, no select, fail-on error: the core rules find nothing at error level in the
    seeds (the wrong title in 002 is an error only against the story pack's roster)."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\ncorpus = ["seeds"]\n', encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 passed" in result.stdout


def test_a_copy_with_one_changed_figure_fails_naming_rule_places_and_values(tmp_path):
    changed_corpus(tmp_path)
    make_project(tmp_path, [str(ROOT / "rules")], EXPLICIT)
    result = run_pytest(tmp_path)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    # checked by hand: the copy's figure sits on line 20 of seed 002 (+4 front-matter lines),
    # column 33, after "Blinken announced an additional "; seed 000 has it on line 16
    assert f"seeds/changed.md:24:33: warning {MONEY_RULE} '$587 million'" in out
    assert "see seeds/002_82f39ec3c75956a1.txt:20:33: $578 million" in out
    assert "see seeds/000_3fc728a24d09eceb.txt:16:33: $578 million" in out
    assert "FAILED claimcheck::seeds/changed.md" in out and "FAILED claimcheck::corpus" in out
    assert "2 failed, 5 passed" in out  # the five seeds still pass
    assert "Traceback" not in out


def test_without_the_flag_the_plugin_does_nothing(tmp_path):
    changed_corpus(tmp_path)
    make_project(tmp_path, [])
    result = subprocess.run([sys.executable, "-m", "pytest", "-p", "no:cacheprovider"], cwd=tmp_path,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 5  # no tests collected: the corpus is not collected without --claimcheck


@pytest.mark.parametrize("corpus, message", [("nope", "no such file or folder"), ("empty", "no articles found in")])
def test_a_missing_or_empty_corpus_is_a_usage_error(tmp_path, corpus, message):
    (tmp_path / "empty").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\n', encoding="utf-8")
    result = run_pytest(tmp_path, "--claimcheck-corpus", corpus)
    assert result.returncode == 4  # pytest's usage error: a corpus that holds nothing never passes
    assert f"claimcheck: {message}" in result.stderr and corpus in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_no_corpus_is_a_usage_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.claimcheck]\n", encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 4
    assert "no corpus to check" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


# --------------------------------------------------------------------------- in-process, stand-in rule


@pytest.fixture
def figure_project(pytester, figure_pack):  # noqa: F811
    changed_corpus(pytester.path)
    make_project(pytester.path, [str(figure_pack)], 'select = ["testfig"]\n')
    return pytester


def test_the_seeds_alone_pass_in_process(figure_project):
    (figure_project.path / "seeds" / "changed.md").unlink()
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=6)


def test_failures_read_as_findings_with_the_other_sources(figure_project):
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5, failed=2)
    out = result.stdout.str()
    assert "seeds/changed.md:24:33: error testfig.aid-figure $587 million here, $578 million elsewhere" in out
    assert "    see seeds/002_82f39ec3c75956a1.txt:20:33: $578 million" in out
    assert "FAILED claimcheck::seeds/changed.md" in out
    assert "FAILED claimcheck::corpus" in out
    assert "Traceback" not in out and "raise ClaimcheckFailure" not in out


def test_the_engine_runs_once_per_session(figure_project, monkeypatch):
    calls = []
    real = engine.run
    monkeypatch.setattr(engine, "run", lambda *a, **k: calls.append(1) or real(*a, **k))
    figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider")
    assert len(calls) == 1


def test_corpus_item_fails_even_when_the_document_items_are_deselected(figure_project):
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "-k", "corpus")
    result.assert_outcomes(failed=1, deselected=6)


def test_under_xdist_the_controller_runs_the_engine_and_workers_report(figure_project):
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "-n", "2")
    result.assert_outcomes(passed=5, failed=2)
    assert "$587 million here, $578 million elsewhere" in result.stdout.str()


def test_corpus_option_overrides_the_configuration(figure_project):
    (figure_project.path / "other").mkdir()
    (figure_project.path / "other" / "a.md").write_text("---\npublished: 2024-05-07\n---\nQuiet text.\n")
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider",
                                                "--claimcheck-corpus", "other")
    result.assert_outcomes(passed=2)


def test_claimcheck_report_fixture(figure_project):
    figure_project.makepyfile(test_mine="""
        def test_only_the_changed_copy_disagrees(claimcheck_report):
            assert {f.document for f in claimcheck_report.findings} == {"changed"}
            assert claimcheck_report.summary.documents == 6
    """)
    result = figure_project.runpytest_inprocess("-p", "no:cacheprovider", "test_mine.py")
    result.assert_outcomes(passed=1)


# --------------------------------------------------------------------------- claimcheck.testing


def test_assert_consistent_passes_and_returns_the_report(tmp_path, figure_pack):  # noqa: F811
    corpus, changed = changed_corpus(tmp_path)
    changed.unlink()
    report = assert_consistent([corpus], packs=[figure_pack], config=Config(select=["testfig"]))
    assert report.summary.documents == 5


def test_assert_consistent_fails_with_readable_findings(tmp_path, figure_pack, monkeypatch):  # noqa: F811
    changed_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(AssertionError) as e:
        assert_consistent(["seeds"], packs=[figure_pack], fail_on="warning", config=Config(select=["testfig"]))
    assert str(e.value).splitlines() == [
        "claimcheck: 1 finding(s) at or above warning:",
        "seeds/changed.md:24:33: error testfig.aid-figure $587 million here, $578 million elsewhere",
        "    see seeds/000_3fc728a24d09eceb.txt:16:33: $578 million",
        "    see seeds/002_82f39ec3c75956a1.txt:20:33: $578 million",
    ]


def test_assert_consistent_rejects_a_bad_threshold(tmp_path):
    with pytest.raises(ValueError):
        assert_consistent([tmp_path], fail_on="sometimes")


def test_a_broken_configuration_is_a_usage_error_with_its_place(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.claimcheck]\ncorpus = ["seeds"]\nbogus = 1\n', encoding="utf-8")
    result = run_pytest(tmp_path)
    assert result.returncode == 4
    assert "pyproject.toml:3:1: [tool.claimcheck] bogus: unknown key" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


BROKEN_PACK = "pack: broken\nrules:\n  - id: x\n    kind: no-such-kind\n"


@pytest.mark.parametrize("xdist", [[], ["-n", "2"]])
def test_a_broken_pack_is_a_usage_error_with_its_place_not_failing_items(tmp_path, xdist):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "broken.yaml").write_text(BROKEN_PACK, encoding="utf-8")
    make_project(tmp_path, ["broken.yaml"])
    result = run_pytest(tmp_path, *xdist)
    out = result.stdout + result.stderr
    assert result.returncode == 4, out
    assert "broken.yaml:4:11: rule broken.x: unknown kind 'no-such-kind'" in result.stderr
    assert "Traceback" not in out and "_pytest" not in out and "failed" not in result.stdout


def test_a_missing_rules_folder_is_a_usage_error(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    make_project(tmp_path, [])
    result = run_pytest(tmp_path, "--claimcheck-rules", "nosuchdir")
    out = result.stdout + result.stderr
    assert result.returncode == 4, out
    assert "claimcheck: " in result.stderr and "nosuchdir" in result.stderr
    assert "Traceback" not in out and "_pytest" not in out and "failed" not in result.stdout


# --------------------------------------------------------------------------- paths given to pytest


def test_paths_given_to_pytest_narrow_the_check_to_their_documents(figure_project):
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "seeds/changed.md")
    result.assert_outcomes(failed=2)  # the copy and the corpus status item, nothing else collected
    out = result.stdout.str()
    assert "FAILED claimcheck::seeds/changed.md" in out and "000_3fc728a24d09eceb" not in out.split("see ")[0]
    # the rest of the corpus is context: the copy's figure is still compared with seed 002's
    assert "    see seeds/002_82f39ec3c75956a1.txt:20:33: $578 million" in out


def test_a_quiet_document_given_to_pytest_passes_alone(figure_project):
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "-v",
                                                "seeds/000_3fc728a24d09eceb.txt")
    result.assert_outcomes(passed=2)
    assert "changed.md" not in result.stdout.str()


def test_paths_resolve_against_the_working_folder(figure_project, monkeypatch):
    monkeypatch.chdir(figure_project.path / "seeds")
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "changed.md")
    result.assert_outcomes(failed=2)
    assert "$587 million here, $578 million elsewhere" in result.stdout.str()


def test_a_python_test_given_to_pytest_runs_without_the_corpus(figure_project):
    figure_project.makepyfile(test_unit="def test_one():\n    assert True\n")
    result = figure_project.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "test_unit.py")
    result.assert_outcomes(passed=1)  # no claimcheck item: no article under test_unit.py


def test_with_no_corpus_configured_the_folders_given_are_read(pytester):
    (pytester.path / "drafts").mkdir()
    (pytester.path / "drafts" / "a.md").write_text(
        "---\npublished: 2024-05-08\n---\nThe talks opened on Tuesday, May 8, 2024.\n", encoding="utf-8")
    (pytester.path / "pyproject.toml").write_text('[tool.claimcheck]\nselect = ["core.weekday-date"]\n')
    result = pytester.runpytest_inprocess("--claimcheck", "-p", "no:cacheprovider", "drafts")
    result.assert_outcomes(failed=2)
    assert "drafts/a.md:4:21: error core.weekday-date" in result.stdout.str()
