"""Bad input, tried the way a newsroom engineer would: every case ends without a traceback,
files are named with line and column, usage and configuration errors exit 2, and the
articles that could be read are still checked and reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

WRONG = "The talks opened on Tuesday, May 8, 2024.\n"  # May 8, 2024 was a Wednesday
ONLY_WEEKDAY = ("--isolated", "--select", "core.weekday-date")


def run(*args: str):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def wrong(tmp_path) -> Path:
    """An article with a real slip, to show that other results are never hidden."""
    path = tmp_path / "wrong.md"
    path.write_text("---\npublished: 2024-05-08\n---\n" + WRONG, encoding="utf-8")
    return path


def test_a_path_that_does_not_exist_is_a_usage_error_naming_it(tmp_path, wrong):
    result = run("check", *ONLY_WEEKDAY, wrong, tmp_path / "nope.md")
    assert result.exit_code == 2
    assert f"no such file or folder: {tmp_path / 'nope.md'}" in result.output


def test_lint_against_a_missing_corpus_is_a_usage_error(tmp_path, wrong):
    result = run("lint", *ONLY_WEEKDAY, "--against", tmp_path / "archive", wrong)
    assert result.exit_code == 2
    assert f"--against: no such file or folder: {tmp_path / 'archive'}" in result.output


def test_an_empty_folder_says_no_articles_were_found_and_exits_2(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.docx").write_bytes(b"PK")  # not a format claimcheck reads
    result = run("check", *ONLY_WEEKDAY, tmp_path / "empty")
    assert result.exit_code == 2
    assert "no articles found in" in result.output and "*.md" in result.output


def test_undecodable_bytes_are_an_error_finding_and_the_rest_is_still_checked(tmp_path, wrong):
    (tmp_path / "latin1.txt").write_bytes("Line one.\nLa ministra habló el martes.\n".encode("latin-1"))
    result = run("check", *ONLY_WEEKDAY, tmp_path)
    assert result.exit_code == 1
    # "La ministra habl" is 16 characters, so the 0xf3 byte of "ó" is column 17 of line 2
    assert f"{tmp_path / 'latin1.txt'}:2:17: error input.unreadable cannot decode as UTF-8 (byte 0xf3" in result.output
    assert f"{wrong}:4:21: error core.weekday-date" in result.output


def test_broken_front_matter_points_into_the_front_matter(tmp_path, wrong):
    (tmp_path / "fm.md").write_text("---\ntitle: ok\npublished: [2024-05-08\n---\nBody.\n", encoding="utf-8")
    (tmp_path / "fm2.md").write_text('---\ntitle: "Talks open\n---\nBody.\n', encoding="utf-8")
    (tmp_path / "fm3.md").write_text("---\ntitle: Talks: day one\n---\nBody.\n", encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, tmp_path)
    assert result.exit_code == 1
    # an unclosed bracket or quote points where it was opened, not at the end of the front matter;
    # "title: Talks" is 12 characters, so the stray colon is column 13
    assert (f"{tmp_path / 'fm.md'}:3:12: error input.unreadable front matter is not valid YAML: "
            "a flow sequence opened here is never closed") in result.output
    assert f"{tmp_path / 'fm2.md'}:2:8: error input.unreadable front matter is not valid YAML: a quoted scalar" in result.output
    assert f"{tmp_path / 'fm3.md'}:2:13: error input.unreadable front matter is not valid YAML: mapping values" in result.output
    assert f"{wrong}:4:21: error core.weekday-date" in result.output


def test_front_matter_that_is_a_list_is_an_error_finding(tmp_path):
    (tmp_path / "fm.md").write_text("---\n- a\n- b\n---\nBody.\n", encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, tmp_path)
    assert f"{tmp_path / 'fm.md'}:2:1: error input.unreadable front matter must be a mapping" in result.output


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"title": "no text here"}', "JSON document has no 'text' string"),
        ("[1, 2]", "expected a JSON object with a 'text' field"),
        ('{"text": "ok", ', "invalid JSON"),
        ('{"text": "ok", "published": "last Tuesday"}', "published 'last Tuesday' is not an ISO date"),
    ],
)
def test_json_of_the_wrong_shape_is_an_error_finding(tmp_path, wrong, content, message):
    (tmp_path / "feed.json").write_text(content, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, tmp_path)
    assert result.exit_code == 1
    assert f"{tmp_path / 'feed.json'}:1:" in result.output and message in result.output
    assert f"{wrong}:4:21: error core.weekday-date" in result.output


def test_a_missing_publication_date_is_reported_and_date_rules_say_why(tmp_path):
    (tmp_path / "undated.txt").write_text("The talks ended last week.\n", encoding="utf-8")
    result = run("check", "--isolated", "--select", "core.date-resolvable", "--fail-on", "info", tmp_path)
    assert "note: no publication date for" in result.output and "undated.txt" in result.output
    # "The talks ended " is 16 characters: the phrase starts at column 17
    assert (f"{tmp_path / 'undated.txt'}:1:17: info core.date-resolvable cannot resolve 'last week': "
            "no publication date to resolve 'last week' against") in result.output
    assert result.exit_code == 1  # --fail-on info


def _check_with_pack(tmp_path, wrong, rules: str):
    """Check the wrong article with a house pack whose rules are ``rules``."""
    pack = tmp_path / "house.yaml"
    pack.write_text("pack: house\nrules:\n" + rules, encoding="utf-8")
    return pack, run("check", *ONLY_WEEKDAY, "--rules", pack, wrong)


def test_broken_yaml_in_a_pack_exits_2_with_its_place(tmp_path, wrong):
    pack, result = _check_with_pack(tmp_path, wrong, "  - id: a\n    kind: [weekday-date-agreement\n")
    assert result.exit_code == 2
    assert f"{pack}:5:1: invalid YAML" in result.output


def test_broken_yaml_in_a_test_file_exits_2_with_its_place(tmp_path):
    (tmp_path / "house.yaml").write_text("pack: house\nrules: []\n", encoding="utf-8")
    tests = tmp_path / "house.test.yaml"
    tests.write_text("cases:\n  - name: [unclosed\n", encoding="utf-8")
    result = run("test", tmp_path)
    assert result.exit_code == 2
    assert f"{tests}:3:1: invalid YAML" in result.output


def test_an_unknown_rule_kind_names_the_known_ones(tmp_path, wrong):
    pack, result = _check_with_pack(tmp_path, wrong, "  - id: a\n    kind: spellcheck\n    message: x\n")
    assert result.exit_code == 2
    assert f"{pack}:4:11: rule house.a: unknown kind 'spellcheck' (known kinds:" in result.output
    assert "weekday-date-agreement" in result.output


def test_an_option_of_the_wrong_type_points_at_the_value(tmp_path, wrong):
    pack, result = _check_with_pack(
        tmp_path, wrong, "  - id: a\n    kind: amount-agreement\n    message: x\n    options:\n      min_shared: lots\n")
    assert result.exit_code == 2
    assert f"{pack}:7:19: rules.0.options.min_shared: Input should be a valid integer" in result.output


@pytest.mark.parametrize(
    "table, place, message",
    [
        ("[tool.claimcheck\nselect = []\n", "1:17", "invalid TOML: Expected ']'"),
        ('[tool.claimcheck]\nselect = "core"\n', "2:1", "select: Input should be a valid list"),
        ('[tool.claimcheck]\nselekt = ["core"]\n', "2:1", "selekt: unknown key"),
        ('[tool.claimcheck]\ncorpus = ["articles"]\n', "2:11", "corpus: no such file or folder 'articles'"),
        ('[tool.claimcheck]\nselect = ["core.weekday"]\n', "2:11", "did you mean core.weekday-date"),
        # nested values point at their own key: the line under the sub-table, the key in an inline table
        ('[tool.claimcheck]\n[tool.claimcheck.severity]\n"core.wordy" = "loud"\n', "3:1", "severity.core.wordy: Input"),
        ('[tool.claimcheck]\nper-file-ignores = {"*.md" = "core"}\n', "2:21", "per-file-ignores.*.md: Input should be a valid list"),
        ('[tool.claimcheck]\n  fail-on = "never"\n', "2:3", "fail-on: Input should be 'error', 'warning' or 'info'"),
    ],
)
def test_a_broken_pyproject_table_exits_2_with_its_place(tmp_path, wrong, table, place, message):
    (tmp_path / "pyproject.toml").write_text(table, encoding="utf-8")
    result = run("check", wrong)
    assert result.exit_code == 2
    assert f"{tmp_path / 'pyproject.toml'}:{place}:" in result.output
    assert message in result.output


def test_an_unknown_rule_id_in_select_suggests_close_ids(wrong):
    result = run("check", "--isolated", "--select", "core.weekday", wrong)
    assert result.exit_code == 2
    assert "select: unknown rule id 'core.weekday' (did you mean core.weekday-date" in result.output
    result = run("check", "--isolated", "--ignore", "zzz", wrong)
    assert result.exit_code == 2
    assert "ignore: unknown rule id 'zzz' (see: claimcheck rules)" in result.output


def test_a_bad_line_of_json_lines_loses_no_other_line(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Quiet day.", "published": "2024-05-08"}\n{broken\n'
                    '{"text": "' + WRONG.strip() + '", "published": "2024-05-08"}\n', encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, feed)
    assert result.exit_code == 1
    assert f"{feed}:2:2: error input.unreadable invalid JSON on this line" in result.output
    assert f"{feed}:3:21: error core.weekday-date" in result.output
    assert "Checked 2 documents" in result.output


def test_a_bad_item_of_a_json_array_is_named_and_the_others_are_checked(tmp_path):
    feed = tmp_path / "feed.json"
    feed.write_text('[{"text": "Quiet day."}, {"title": "no text"}, {"text": "' + WRONG.strip()
                    + '", "published": "2024-05-08"}]', encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, feed)
    assert f"{feed}:1:1: error input.unreadable item 2: JSON document has no 'text' string" in result.output
    assert "error core.weekday-date Tuesday does not match May 8, 2024" in result.output


def test_files_named_alike_in_different_folders_are_all_checked(tmp_path):
    # a site generator's layout: every article is index.md in a folder of its own
    for month, text in (("05", WRONG), ("06", "Quiet day.\n")):
        (tmp_path / "site" / month).mkdir(parents=True)
        (tmp_path / "site" / month / "index.md").write_text(
            "---\npublished: 2024-05-08\n---\n" + text, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, "--format", "json", tmp_path / "site")
    assert result.exit_code == 1
    report = __import__("json").loads(result.output)
    assert sorted(d["id"] for d in report["documents"]) == ["05/index", "06/index"]
    assert [(f["document"], f["line"]) for f in report["findings"]] == [("05/index", 4)]


def test_the_same_id_in_two_files_metadata_keeps_both(tmp_path):
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text("---\nid: wire-1\npublished: 2024-05-08\n---\n" + WRONG, encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, "--format", "json", tmp_path)
    report = __import__("json").loads(result.output)
    assert sorted(d["id"] for d in report["documents"]) == ["wire-1@a", "wire-1@b"]
    assert len(report["findings"]) == 2


def test_extract_and_test_refuse_paths_that_hold_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    assert run("extract", tmp_path / "nope.md").exit_code == 2
    result = run("extract", tmp_path / "empty")
    assert result.exit_code == 2 and "no articles found in" in result.output
    result = run("test", tmp_path / "empty")
    assert result.exit_code == 2 and "no *.test.yaml files found" in result.output
    assert run("test", tmp_path / "nope").exit_code == 2


def test_windows_line_ends_and_a_bom_give_the_same_places_and_offsets_into_the_file(tmp_path):
    lf, crlf = tmp_path / "lf", tmp_path / "crlf"
    text = "---\npublished: 2024-05-08\n---\nFirst line.\n\n" + WRONG
    for folder, body in ((lf, text), (crlf, "\ufeff" + text.replace("\n", "\r\n"))):  # and a BOM
        folder.mkdir()
        (folder / "a.md").write_bytes(body.encode("utf-8"))
    out = {}
    for folder in (lf, crlf):
        report = __import__("json").loads(run("check", *ONLY_WEEKDAY, "--format", "json", folder).output)
        [f] = report["findings"]
        raw = (folder / "a.md").read_bytes().decode("utf-8")
        assert raw[f["start"]:f["end"]] == f["text"] == "Tuesday, May 8, 2024"
        out[folder.name] = (f["line"], f["column"])
    assert out["lf"] == out["crlf"] == (6, 21)


def test_a_suppression_covers_its_paragraph_with_windows_line_ends(tmp_path):
    body = ("---\npublished: 2024-05-08\n---\n"
            '<!-- claimcheck: ignore[core.weekday-date] reason="as printed" -->\n' + WRONG + "\n" + WRONG)
    (tmp_path / "a.md").write_bytes(body.replace("\n", "\r\n").encode("utf-8"))
    report = __import__("json").loads(run("check", *ONLY_WEEKDAY, "--format", "json", tmp_path).output)
    # the first sentence is silenced; the one after the blank line is not
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("core.weekday-date", 7)]


def test_metadata_of_the_wrong_type_is_an_error_at_its_key(tmp_path, wrong):
    (tmp_path / "meta.md").write_text("---\npublished: 2024-05-08\ntags: [x]\ntitle: [a, b]\n---\nBody.\n",
                                      encoding="utf-8")
    (tmp_path / "date.md").write_text("---\ntitle: ok\npublished: May 8\n---\nBody.\n", encoding="utf-8")
    # a YAML alias bomb as the title is refused before anything expands it
    bomb = ["---", "a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    (tmp_path / "bomb.md").write_text("\n".join([*bomb, "title: *a9", "---", "Body."]) + "\n", encoding="utf-8")
    result = run("check", *ONLY_WEEKDAY, tmp_path)
    assert f"{tmp_path / 'meta.md'}:4:1: error input.unreadable title must be text, got a list" in result.output
    assert f"{tmp_path / 'date.md'}:3:1: error input.unreadable published 'May 8' is not an ISO date" in result.output
    # a5 is the first list that stands for more than 100,000 values (9 ** 6)
    assert (f"{tmp_path / 'bomb.md'}:7:5: error input.unreadable front matter is not valid YAML: "
            "aliases expand to more than 100000 values here") in result.output
    assert f"{wrong}:4:21: error core.weekday-date" in result.output
