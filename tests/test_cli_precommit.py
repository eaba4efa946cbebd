"""The pre-commit hooks name real commands and run the whole-corpus check once, serially."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from claimcheck.cli import main

HOOKS = yaml.safe_load((Path(__file__).resolve().parent.parent / ".pre-commit-hooks.yaml").read_text())


def test_hooks_are_well_formed_and_name_real_subcommands():
    assert [h["id"] for h in HOOKS] == ["claimcheck", "claimcheck-corpus"]
    for hook in HOOKS:
        assert {"id", "name", "entry", "language"} <= set(hook)
        program, command = hook["entry"].split()
        assert program == "claimcheck" and command in main.commands


def test_per_file_hook_takes_articles_and_corpus_hook_runs_once():
    per_file, corpus = HOOKS
    assert per_file.get("pass_filenames", True) is True
    for name in ("story.md", "wire/feed.jsonl", "copy.txt", "a.json"):
        assert re.search(per_file["files"], name)
    assert not re.search(per_file["files"], "pyproject.toml")
    assert corpus["pass_filenames"] is False
    assert corpus["require_serial"] is True


def test_corpus_hook_entry_runs_on_the_configured_corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("---\npublished: 2024-05-07\n---\nQuiet copy.\n")
    (tmp_path / "claimcheck.toml").write_text('corpus = ["articles"]\n')
    entry = HOOKS[1]["entry"].split()[1:]
    result = subprocess.run([sys.executable, "-m", "claimcheck.cli", *entry], cwd=tmp_path,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Checked 1 document," in result.stdout


def test_per_file_hook_is_serial_so_drafts_in_one_commit_meet(tmp_path):
    per_file, _ = HOOKS
    assert per_file["require_serial"] is True
    # what the one serial call does: the drafts are checked together, so the odd one out is
    # found against the others even when the earlier coverage says nothing about it
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "old.md").write_text("---\npublished: 2024-05-01\n---\nQuiet text.\n")
    for name, title in (("a", "Secretary of State"), ("b", "Foreign Minister"), ("c", "Secretary of State")):
        (tmp_path / f"{name}.md").write_text(
            f"---\npublished: 2024-05-08\n---\n{title} Antony Blinken spoke in Guatemala.\n", encoding="utf-8")
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["lint", "--isolated", "--select", "core.role-agreement",
                                       "--against", str(tmp_path / "corpus"), "--fail-on", "warning",
                                       *(str(tmp_path / f"{n}.md") for n in "abc")])
    assert result.exit_code == 1, result.output
    assert f"{tmp_path / 'b.md'}:4:1: warning core.role-agreement Antony Blinken is called Foreign Minister" in result.output
