"""--fix and --diff: one safe suggestion applied, only when asked, never in a busy sentence."""

from __future__ import annotations

import shutil

from click.testing import CliRunner

from claimcheck import check
from claimcheck.cli import main
from claimcheck.config import Config
from claimcheck.fix import plan
from claimcheck.packs import load_packs
from claimcheck.report import rule_catalog
from tests.conftest import RULES, SEEDS

FRONT = "---\npublished: 2024-05-08\n---\n"
WRONG = "The talks opened on Tuesday, May 8, 2024.\n"  # 8 May 2024 was a Wednesday
WEEKDAY = ["--isolated", "--select", "core.weekday-date"]


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_fix_corrects_the_weekday_and_the_report_shows_what_is_left(tmp_path):
    draft = tmp_path / "talks.md"
    draft.write_text(FRONT + WRONG, encoding="utf-8")
    result = run("check", *WEEKDAY, "--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == FRONT + "The talks opened on Wednesday, May 8, 2024.\n"
    assert result.exit_code == 0, result.output  # nothing left to report
    assert result.stdout.splitlines()[-1] == "Checked 1 document, 1 claim: no findings."
    assert f"fixed 1 file: {draft}" in result.stderr


def test_without_fix_nothing_is_written(tmp_path):
    draft = tmp_path / "talks.md"
    draft.write_text(FRONT + WRONG, encoding="utf-8")
    assert run("check", *WEEKDAY, str(draft)).exit_code == 1
    assert draft.read_text(encoding="utf-8") == FRONT + WRONG


def test_diff_shows_the_fix_and_changes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "talks.md").write_text(FRONT + WRONG, encoding="utf-8")
    result = run("check", *WEEKDAY, "--diff", "talks.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "--- a/talks.md", "+++ b/talks.md", "@@ -1,4 +1,4 @@", " ---", " published: 2024-05-08", " ---",
        "-The talks opened on Tuesday, May 8, 2024.", "+The talks opened on Wednesday, May 8, 2024."]
    assert (tmp_path / "talks.md").read_text(encoding="utf-8") == FRONT + WRONG
    (tmp_path / "talks.md").write_text(FRONT + WRONG.replace("Tuesday", "Wednesday"), encoding="utf-8")
    result = run("check", *WEEKDAY, "--diff", "talks.md")
    assert (result.exit_code, result.stdout) == (0, "")


def test_a_sentence_with_two_findings_is_left_alone(tmp_path):
    busy = "The talks opened on Tuesday, May 8, 2024, and closed on Monday, May 8, 2024.\n"
    draft = tmp_path / "busy.md"
    draft.write_text(FRONT + busy + "\n" + WRONG, encoding="utf-8")
    result = run("check", *WEEKDAY, "--fix", str(draft))
    # the busy sentence keeps both slips (reported), the lone one below it is fixed
    assert draft.read_text(encoding="utf-8") == FRONT + busy + "\nThe talks opened on Wednesday, May 8, 2024.\n"
    assert result.exit_code == 1
    assert [line.split(":")[1:3] for line in result.stdout.splitlines()[:2]] == [["4", "21"], ["4", "57"]]


def test_the_roster_title_and_the_canonical_name_are_fixed(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text("Foreign Minister Antony Blinken flew to Guatemala City on Tuesday.\n\n"
                     "He spoke about the Los Angeles Declaration on Immigration and Protection.\n", encoding="utf-8")
    result = run("lint", "--isolated", "--rules", str(RULES), "--select", "core.title-role",
                 "--select", "core.canonical-name", "--published", "2024-05-07", "--against", str(SEEDS),
                 "--fix", str(draft))
    assert draft.read_text(encoding="utf-8") == (
        "Secretary of State Antony Blinken flew to Guatemala City on Tuesday.\n\n"
        "He spoke about the Los Angeles Declaration on Migration and Protection.\n")
    assert result.exit_code == 0, result.output


def test_findings_resting_on_other_sources_or_sharing_a_sentence_give_no_edit(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    packs = load_packs([RULES])
    kinds = {i.id: i.kind for i in rule_catalog(packs).values()}
    report = check([tmp_path / "seeds"], packs=packs)
    edits = plan(report, kinds)
    # Seed 002's "Foreign Minister Antony Blinken" has both title-role and role-agreement on it:
    # no edit; person-name spellings are "did you mean", not safe. Left: the two declaration names.
    assert sorted((e.rule, e.old, e.new) for e in edits) == [
        ("core.canonical-name", "Los Angeles Declaration on Immigration and Protection",
         "Los Angeles Declaration on Migration and Protection"),
        ("core.canonical-name", "Los Angeles on the Declaration on Migration and Protection",
         "Los Angeles Declaration on Migration and Protection"),
    ]
    only_agreement = check([tmp_path / "seeds"], packs=packs, config=Config(select=["core.role-agreement"]))
    assert only_agreement.findings and plan(only_agreement, kinds) == []  # related places: not safe


def test_json_files_and_stdin_are_never_edited(tmp_path):
    (tmp_path / "a.json").write_text('{"published": "2024-05-08", "text": "The talks opened on Tuesday, May 8, 2024."}')
    before = (tmp_path / "a.json").read_text()
    result = run("check", *WEEKDAY, "--fix", str(tmp_path / "a.json"))
    assert result.exit_code == 1 and (tmp_path / "a.json").read_text() == before
    (tmp_path / "stdin.txt").write_text(WRONG)  # a file that happens to share stdin's name
    result = run("check", *WEEKDAY, "--fix", "-", input=WRONG)
    assert result.exit_code == 1 and (tmp_path / "stdin.txt").read_text() == WRONG


def test_byte_order_mark_and_windows_line_ends_are_kept(tmp_path):
    draft = tmp_path / "win.md"
    draft.write_bytes(b"\xef\xbb\xbf" + (FRONT + "Intro.\n" + WRONG).replace("\n", "\r\n").encode())
    assert run("check", *WEEKDAY, "--fix", str(draft)).exit_code == 0
    assert draft.read_bytes() == b"\xef\xbb\xbf" + (FRONT + "Intro.\n" + WRONG.replace("Tuesday", "Wednesday")).replace(
        "\n", "\r\n").encode()


def test_a_fixed_file_is_replaced_whole_through_its_link_and_keeps_its_mode(tmp_path):
    real = tmp_path / "drafts" / "talks.md"
    real.parent.mkdir()
    real.write_text(FRONT + WRONG, encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "talks.md"
    link.symlink_to(real)
    assert run("check", *WEEKDAY, "--fix", str(link)).exit_code == 0
    assert link.is_symlink() and real.read_text(encoding="utf-8") == FRONT + WRONG.replace("Tuesday", "Wednesday")
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["talks.md"]  # no temporary file left
