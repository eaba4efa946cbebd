"""claimcheck index / lint --against DB: incremental, safe to kill, and the same findings as the folder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.archive import draft_context, is_index
from claimcheck.archive.store import build, dump
from claimcheck.cli import main
from claimcheck.corpus import read_paths
from claimcheck.packs import load_packs
from claimcheck import engine
from tests.conftest import OTHER_STORY

ROOT = Path(__file__).resolve().parents[2]
def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def data():
    return engine.plan(load_packs()).data


@pytest.fixture
def draft(tmp_path, seeds_dir):
    """Seed 002 with its aid figure changed ($587 million, the others say $578 million)."""
    text = (seeds_dir / "002_82f39ec3c75956a1.txt").read_text(encoding="utf-8")
    path = tmp_path / "draft.txt"
    path.write_text(text.replace("$578 million", "$587 million"), encoding="utf-8")
    return path


def test_lint_against_the_index_finds_what_lint_against_the_folder_finds(tmp_path, seeds_dir, draft):
    db = tmp_path / "claims.sqlite"
    build([seeds_dir], db, data())  # the core pack's data, as lint --isolated uses: stored claims are used
    assert is_index(db) and not is_index(seeds_dir)
    assert draft_context([db], read_paths([draft])[0], data()).claims.keys() >= {"000_3fc728a24d09eceb"}
    args = ("lint", "--isolated", "--format", "json", "--published", "2024-05-08", draft)
    from_index = run(*args, "--against", db)
    from_folder = run(*args, "--against", seeds_dir)
    assert from_index.exit_code == from_folder.exit_code
    assert json.loads(from_index.output) == json.loads(from_folder.output)
    rules = [f["rule"] for f in json.loads(from_index.output)["findings"]]
    assert "core.amount-agreement" in rules  # the changed figure, against two stored articles


def test_an_index_made_with_other_packs_is_read_again_not_trusted(tmp_path, seeds_dir, draft):
    db = tmp_path / "claims.sqlite"
    result = run("index", seeds_dir, "--db", db, "--rules", ROOT / "rules")  # the story pack's roster too
    assert result.exit_code == 0 and result.output.startswith("Indexed 5 document(s)")
    assert set(draft_context([db], read_paths([draft])[0], data()).claims) == {"draft"}  # only the draft's own
    args = ("lint", "--isolated", "--format", "json", "--published", "2024-05-08", draft)
    assert json.loads(run(*args, "--against", db).output) == json.loads(run(*args, "--against", seeds_dir).output)


def test_only_articles_sharing_the_drafts_keys_are_fetched(tmp_path, seeds_dir, draft):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    (corpus / "floods.md").write_text(OTHER_STORY, encoding="utf-8")
    db = tmp_path / "claims.sqlite"
    build([corpus], db, data())
    drafts, _ = read_paths([draft])
    found = draft_context([db], drafts, data())
    assert sorted(d.id for d in found.documents) == sorted(d.id for d in read_paths([seeds_dir])[0])
    floods, _ = read_paths([corpus / "floods.md"])
    assert [d.id for d in draft_context([db], floods, data()).documents] == []


def test_unchanged_articles_are_skipped_and_a_changed_one_replaced(tmp_path, seeds_dir):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    db = tmp_path / "claims.sqlite"
    first = build([corpus], db, data())
    assert (first.indexed, first.unchanged) == (5, 0)
    assert (build([corpus], db, data()).indexed, build([corpus], db, data()).unchanged) == (0, 5)
    target = corpus / "002_82f39ec3c75956a1.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("$578 million", "$587 million"), encoding="utf-8")
    again = build([corpus], db, data())
    assert (again.indexed, again.unchanged) == (1, 4)
    texts = [row for row in dump(db)["cc_claims"] if "002_82f39ec3c75956a1" in row and "million" in row]
    assert any("$587 million" in row for row in texts) and not any("$578 million" in row for row in texts)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=0.1) as conn:
            return conn.execute("select count(*) from cc_documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_an_index_killed_midway_is_completed_by_the_next_run(tmp_path, seeds_dir):
    corpus = tmp_path / "corpus"
    for i in range(12):  # 60 articles, written 3 at a time
        shutil.copytree(seeds_dir, corpus / f"day{i:02d}")
    db, clean = tmp_path / "killed.sqlite", tmp_path / "clean.sqlite"
    command = [sys.executable, "-m", "claimcheck.cli", "index", str(corpus), "--db", str(db), "--batch", "3"]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _count(db) < 6 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = _count(db)
    assert 6 <= written < 60 and written % 3 == 0  # whole batches only
    rerun = build([corpus], db, data(), batch=3)
    assert (rerun.unchanged, rerun.indexed) == (written, 60 - written)
    build([corpus], clean, data(), batch=7)
    assert dump(db) == dump(clean)


def test_postgres_holds_the_same_index(tmp_path, seeds_dir, draft):
    """Against a real server: CLAIMCHECK_TEST_POSTGRES_URL (CI starts one and sets it)."""
    url = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL")
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true but CLAIMCHECK_TEST_POSTGRES_URL is not set: .ci/run must start PostgreSQL")
        pytest.skip("set CLAIMCHECK_TEST_POSTGRES_URL to test the PostgreSQL index")
    from claimcheck.archive.store import connect, metadata

    metadata.drop_all(connect(url))
    sqlite_db = tmp_path / "claims.sqlite"
    assert build([seeds_dir], url, data(), batch=2).indexed == 5
    assert build([seeds_dir], url, data()).unchanged == 5
    build([seeds_dir], sqlite_db, data())
    assert dump(url) == dump(sqlite_db)
    args = ("lint", "--isolated", "--format", "json", "--published", "2024-05-08", draft)
    assert json.loads(run(*args, "--against", url).output) == json.loads(run(*args, "--against", seeds_dir).output)


def test_a_database_that_cannot_be_reached_is_one_line_without_the_password(seeds_dir):
    result = run("index", seeds_dir, "--db", "postgresql://editor:s3cret@127.0.0.1:1/archive")
    assert result.exit_code == 2
    assert "cannot open the index" in result.output and "s3cret" not in result.output
    assert "Traceback" not in result.output
