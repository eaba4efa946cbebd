"""The command under hostile conditions: a full disk, unreadable folders, a report written
over its own input, a killed run, odd file names. Nothing crashes, hangs or hides results."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
WRONG = "---\npublished: 2024-05-08\n---\nThe talks opened on Tuesday, May 8, 2024.\n"  # a Wednesday
ONLY_WEEKDAY = ["--isolated", "--select", "core.weekday-date"]


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output and "internal error" not in result.output, result.output
    return result


def command(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "claimcheck.cli", *map(str, args)], capture_output=True,
                          text=True, cwd=kwargs.pop("cwd", ROOT), **kwargs)


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "wrong.md").write_text(WRONG, encoding="utf-8")
    return tmp_path / "news"


# --------------------------------------------------------------------------- row 9


def test_a_sub_folder_that_cannot_be_read_is_a_finding(folder, monkeypatch):
    (folder / "locked").mkdir()
    (folder / "locked" / "a.txt").write_text("Text.\n")
    real = os.scandir

    def scandir(path="."):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("check", *ONLY_WEEKDAY, folder)
    assert result.exit_code == 1
    assert f"{folder / 'locked'}:1:1: error input.unreadable cannot read folder: Permission denied" in result.output
    assert f"{folder / 'wrong.md'}:4:21: error core.weekday-date" in result.output


def test_a_file_named_on_the_command_line_that_cannot_be_read_is_a_finding(folder, monkeypatch):
    locked = folder / "locked.txt"
    locked.write_text("Text.\n")
    real = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(
        PermissionError(13, "Permission denied")) if self.name == "locked.txt" else real(self))
    result = run("check", *ONLY_WEEKDAY, locked, folder / "wrong.md")
    assert result.exit_code == 1
    assert f"{locked}:1:1: error input.unreadable cannot read file: Permission denied" in result.output


# --------------------------------------------------------------------------- row 10


def _full_disk_after(limit: int):
    """Run the child as if the disk filled up after ``limit`` bytes of any one file."""
    def limit_files():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_files


def test_a_report_that_cannot_be_written_leaves_the_earlier_report_whole(folder, tmp_path):
    report = tmp_path / "report.json"
    assert command("check", *ONLY_WEEKDAY, "--format", "json", "-o", report, folder).returncode == 1
    good = report.read_text()
    for i in range(40):  # a bigger run: its report no longer fits
        (folder / f"more{i}.md").write_text(WRONG, encoding="utf-8")
    result = command("check", *ONLY_WEEKDAY, "--format", "json", "-o", report, folder,
                     preexec_fn=_full_disk_after(len(good) + 100))
    assert result.returncode == 2
    assert "cannot write the report" in result.stderr and "Traceback" not in result.stderr
    assert report.read_text() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news", "report.json"]  # no temporary file left


# --------------------------------------------------------------------------- row 11


def test_output_naming_an_input_article_is_refused(folder):
    article = folder / "wrong.md"
    result = run("check", *ONLY_WEEKDAY, "-o", article, folder)
    assert result.exit_code == 2
    assert "is one of the articles checked" in result.output
    assert article.read_text() == WRONG


@pytest.mark.parametrize("fmt, name", [("text", "report.txt"), ("json", "report.json"), ("sarif", "report.json"),
                                        ("github", "report.txt"), ("jsonl", "report.jsonl"),
                                        ("text --quiet", "report.txt")])
def test_a_report_in_the_checked_folder_is_never_read_as_an_article(folder, fmt, name):
    fmt, *more = fmt.split()
    first = run("check", *ONLY_WEEKDAY, *more, "--format", fmt, "-o", folder / name, folder)
    written = (folder / name).read_text()
    again = run("check", *ONLY_WEEKDAY, *more, "--format", fmt, "-o", folder / name, folder)
    assert (first.exit_code, again.exit_code) == (1, 1)
    assert (folder / name).read_text() == written  # the same report: the first one was not read
    plain = run("check", *ONLY_WEEKDAY, folder)  # nor by a run that writes no report
    assert "Checked 1 document," in plain.output


# --------------------------------------------------------------------------- row 12


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_workers_end_with_a_terminated_run(tmp_path):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    for i in range(150):
        shutil.copy(seeds[i % len(seeds)], tmp_path / f"a{i:03d}.txt")
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck.cli", "check", "--isolated", "-j2", str(tmp_path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    workers: list[int] = []
    deadline = time.monotonic() + 60
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        workers = _children(proc.pid)
    assert len(workers) >= 2, "the run ended before its workers could be seen"
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [w for w in workers if _alive(w)]
    for w in left:
        os.kill(w, signal.SIGKILL)
    assert left == []


# --------------------------------------------------------------------------- row 13


def test_a_manifest_among_the_files_named_is_not_checked_as_an_article(tmp_path):
    for f in (ROOT / "seeds").iterdir():
        shutil.copy(f, tmp_path / f.name)
    named = sorted(tmp_path.iterdir())
    assert any(f.name == "manifest.yaml" for f in named)
    result = run("check", "--isolated", *named)
    assert "manifest.yaml" not in result.output
    assert f"Checked {len(named) - 1} documents," in result.output


# --------------------------------------------------------------------------- row 14


def test_stdout_on_a_full_disk_says_it_cannot_write_output(folder):
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", *ONLY_WEEKDAY, str(folder)],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.startswith("claimcheck: cannot write output: No space left on device"), result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr


@pytest.mark.parametrize("command", [
    ["extract"], ["extract", "--format", "jsonl"], ["extract", "--format", "json"],
    ["rules"], ["rule", "core.weekday-date"], ["schema"],
])
def test_other_commands_on_a_full_disk_say_they_cannot_write_output(folder, command):
    paths = [str(folder)] if command[0] == "extract" else []
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "claimcheck.cli", *command, *paths],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert result.stderr.startswith("claimcheck: cannot write output: No space left on device"), result.stderr
    assert "internal error" not in result.stderr and "Traceback" not in result.stderr


ODD = "bad\x1b[31mname\x07\x01.md"


def test_control_characters_in_a_file_name_are_escaped_in_text_output(folder):
    (folder / ODD).write_text(WRONG, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, "--color", "never", folder)
    assert "\x1b" not in result.output and "\x07" not in result.output
    assert "bad\\x1b[31mname\\x07\\x01.md:4:21: error core.weekday-date" in result.output


def test_control_characters_in_a_file_name_still_make_valid_junit_xml(folder):
    import xml.etree.ElementTree as ET

    (folder / ODD).write_text(WRONG, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, "--format", "junit", folder)
    root = ET.fromstring(result.output)
    assert "bad\\x1b[31mname\\x07\\x01.md" in {c.get("name").rsplit("/", 1)[-1] for c in root.iter("testcase")}


def test_json_output_keeps_the_exact_file_name(folder):
    (folder / ODD).write_text(WRONG, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, "--format", "json", folder)
    assert any(f["path"].endswith(ODD) for f in json.loads(result.output)["findings"])


# --------------------------------------------------------------------------- row 1, from stdin


def test_an_impossible_date_on_stdin_is_a_finding_at_its_line():
    draft = "---\ntitle: T\npublished: 2024-02-30\n---\nThe talks opened on Tuesday.\n"
    result = CliRunner().invoke(main, ["lint", "--isolated", "--stdin", "--stdin-filename", "draft.md"], input=draft)
    assert result.exit_code == 1, result.output
    assert ("draft.md:3:12: error input.unreadable front matter holds a bad value: 2024-02-30 is not a valid date"
            in result.output)
