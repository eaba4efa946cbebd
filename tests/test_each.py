"""check --each: every story folder checked as its own corpus, in one process, as a run of its own would."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from claimcheck import api
from claimcheck.cli import main
from claimcheck.config import Config

WRONG = "---\npublished: 2024-05-08\n---\nThe talks opened on Tuesday, May 8, 2024.\n"


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def stories(tmp_path, seeds_dir):
    """Two story folders (all the seeds; two seeds and a wrong weekday), a loose file, a hidden folder."""
    shutil.copytree(seeds_dir, tmp_path / "a-seeds")
    b = tmp_path / "b-part"
    b.mkdir()
    for name in ("002_82f39ec3c75956a1.txt", "004_23b589e46890e87e.txt", "manifest.yaml"):
        shutil.copy(seeds_dir / name, b / name)
    (b / "bad.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / "loose.md").write_text(WRONG, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.md").write_text(WRONG, encoding="utf-8")
    return tmp_path


def test_each_folder_gets_the_report_its_own_run_gives(stories):
    result = run("check", "--isolated", "--each", "--format", "json", stories)
    assert result.exit_code == 1  # b-part has a wrong weekday
    corpora = json.loads(result.output)["corpora"]
    assert [c["corpus"] for c in corpora] == ["a-seeds", "b-part"]
    for entry in corpora:
        alone = json.loads(run("check", "--isolated", "--format", "json", stories / entry["corpus"]).output)
        assert entry["report"] == alone
    assert [f["rule"] for f in corpora[1]["report"]["findings"] if f["severity"] == "error"] == ["core.weekday-date"]
    assert corpora[1]["report"]["summary"]["documents"] == 3  # neither the loose file nor a-seeds' articles


def test_each_in_worker_processes_prints_the_same(stories):
    for fmt in ("text", "jsonl"):
        serial = run("check", "--isolated", "--each", "--format", fmt, stories)
        parallel = run("check", "--isolated", "--each", "--format", fmt, "-j", "2", stories)
        assert (parallel.exit_code, parallel.output) == (serial.exit_code, serial.output)
    lines = [json.loads(line) for line in serial.output.splitlines()]
    assert [line["corpus"] for line in lines if line["type"] == "summary"] == ["a-seeds", "b-part"]


def test_text_output_names_each_corpus_on_its_summary_line(stories):
    out = run("check", "--isolated", "--each", stories).output.splitlines()
    assert out[-1].startswith("b-part: Checked 3 documents")
    assert any(line.startswith("a-seeds: Checked 5 documents") for line in out)
    assert any(line.startswith(f"{stories / 'b-part' / 'bad.md'}:4:21: error core.weekday-date") for line in out)


def test_the_api_returns_each_folders_report(stories):
    reports = api.check_each(stories, config=Config())
    assert [p.name for p in reports] == ["a-seeds", "b-part"]
    assert reports[stories / "b-part"] == api.check(stories / "b-part", config=Config())


def test_each_refuses_formats_it_cannot_split_and_folders_with_no_stories(stories, tmp_path_factory):
    assert run("check", "--isolated", "--each", "--format", "sarif", stories).exit_code == 2
    empty = tmp_path_factory.mktemp("empty")
    (empty / "a.md").write_text(WRONG, encoding="utf-8")
    result = run("check", "--isolated", "--each", empty)
    assert result.exit_code == 2 and "no sub-folders" in result.output


def test_each_refuses_a_report_file_that_is_one_of_the_articles(stories):
    article = stories / "b-part" / "bad.md"
    result = run("check", "--isolated", "--each", "-o", article, stories)
    assert result.exit_code == 2 and "is one of the articles checked" in result.output
    assert article.read_text(encoding="utf-8") == WRONG


def test_each_jsonl_report_file_is_never_read_back_as_an_article(stories):
    report = stories / "b-part" / "report.jsonl"
    first = run("check", "--isolated", "--each", "--format", "jsonl", "-o", report, stories)
    written = report.read_text(encoding="utf-8")
    again = run("check", "--isolated", "--each", "--format", "jsonl", "-o", report, stories)
    assert (first.exit_code, again.exit_code) == (1, 1)
    assert report.read_text(encoding="utf-8") == written
