"""Every pack-loading error exits 2 with file:line:column and no traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

CASES = {
    "yaml syntax": ("pack: p\nrules:\n  - id: x\n    kind: [unclosed\n", "5:1: invalid YAML"),
    "unknown kind": ("pack: p\nrules:\n  - id: x\n    kind: nope\n", "4:11: rule p.x: unknown kind 'nope'"),
    "bad option": (
        "pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    options:\n      colour: red\n",
        "6:15: rules.0.options.colour: unknown key",
    ),
    "wrong type": ("pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    severity: 3\n",
                   "5:15: rules.0.severity: Input should be"),
    "unknown top-level key": ("pack: p\nrulez: []\n", "2:8: rulez: unknown key"),
    "bad rule id": ("pack: p\nrules:\n  - id: Not Dotted\n    kind: weekday-date-agreement\n",
                    "3:9: rules.0.id: rule id must be"),
    "duplicate key": ("pack: p\npack: q\n", "2:1: duplicate key 'pack'"),
    "not a mapping": ("- just\n- a list\n", "1:1: a pack must be a YAML mapping"),
    "duplicate rule": (
        "pack: p\nrules:\n  - {id: x, kind: weekday-date-agreement}\n  - {id: x, kind: weekday-date-agreement}\n",
        "4:5: duplicate rule id 'p.x'",
    ),
    "reserved name": ("pack: core\n", "1:1: the pack name 'core' is reserved"),
    "malformed message template": (
        'pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    message: "{nosuchfield} and {"\n',
        "5:14: rule p.x: message template: Single '{' encountered in format string",
    ),
    "unclosed message field": (
        "pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    message: 'see {message'\n",
        "5:14: rule p.x: message template: expected '}' before end of string",
    ),
    "positional message field": (
        "pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    message: 'wrong: {}'\n",
        "5:14: rule p.x: message template: '{}' needs a field name",
    ),
    "bad message conversion": (
        "pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n    message: '{message!x}'\n",
        "5:14: rule p.x: message template: unknown conversion '!x'",
    ),
    "impossible date": ("pack: p\nevents:\n  - id: e\n    terms: [x]\n    date: 2024-02-30\n",
                        "5:11: invalid YAML: 2024-02-30 is not a valid date (day is out of range for month)"),
    "alias bomb": ("pack: p\nx0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
                   + "".join(f"x{i}: &x{i} [{', '.join([f'*x{i - 1}'] * 10)}]\n" for i in range(1, 9)),
                   # x4 is the first list standing for more than 100,000 values (10 ** 5)
                   "6:5: invalid YAML: aliases expand to more than 100000 values here"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pack_error_exits_2_with_its_place(tmp_path, name):
    text, expected = CASES[name]
    pack = tmp_path / "pack.yaml"
    pack.write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(pack)])
    assert result.exit_code == 2, result.output
    assert f"{pack}:{expected}" in result.output
    assert "Traceback" not in result.output


def test_a_pack_that_is_not_utf8(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_bytes(b"pack: p\ndescription: caf\xe9\n")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(pack)])
    assert result.exit_code == 2
    assert f"{pack}:1:1: rule pack is not UTF-8" in result.output


def test_a_missing_pack_path(tmp_path):
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(tmp_path / "x.yaml")])
    assert result.exit_code == 2
    assert "cannot read rule pack" in result.output


def test_well_formed_templates_with_escaped_braces_load(tmp_path):
    from claimcheck.packs import parse_pack

    text = ("pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n"
            "    message: '{{literal}} {message} {message!r:>5}'\n")
    assert parse_pack(text, "p.yaml").rules[0].message == "{{literal}} {message} {message!r:>5}"


def test_a_pack_nested_too_deeply_is_an_error_at_its_line(tmp_path):
    pack = tmp_path / "pack.yaml"
    pack.write_text("pack: p\ndescription: " + "[" * 100_000 + "\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(pack)])
    assert result.exit_code == 2
    assert f"{pack}:2:" in result.output and "invalid YAML: nested too deeply" in result.output
    assert "internal error" not in result.output


def test_every_independent_error_of_a_pack_is_reported_in_file_order(tmp_path):
    """As ruff and ESLint do: one run shows every place to fix, first line first."""
    pack = tmp_path / "pack.yaml"
    pack.write_text(
        "pack: p\n"
        "colour: red\n"                                          # 2: unknown top-level key
        "rules:\n"
        "  - id: x\n"
        "    kind: nope\n"                                       # 5: unknown kind
        "  - id: y\n"
        "    kind: weekday-date-agreement\n"
        "    severity: loud\n"                                   # 8: bad severity
        "  - id: z\n"
        "    kind: weekday-date-agreement\n"
        "    options: {colour: red}\n",                          # 11: unknown option
        encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(pack)])
    assert result.exit_code == 2
    got = [line.removeprefix(f"claimcheck: {pack}:").split(":")[0]
           for line in result.output.splitlines() if str(pack) in line]
    assert got == ["2", "5", "8", "11"], result.output
    assert "colour: unknown key" in result.output and "unknown kind 'nope'" in result.output
    assert "rules.1.severity" in result.output and "rules.2.options.colour: unknown key" in result.output


def test_errors_in_two_pack_files_are_all_reported(tmp_path):
    (tmp_path / "a.yaml").write_text("pack: p\nrulez: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("pack: q\nrules:\n  - {id: x, kind: nope}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Text.\n")
    result = CliRunner().invoke(main, ["check", "--isolated", str(tmp_path / "a.txt"), "--rules", str(tmp_path)])
    assert result.exit_code == 2
    assert f"{tmp_path / 'a.yaml'}:2:8: rulez: unknown key" in result.output
    assert f"{tmp_path / 'b.yaml'}:3:19: rule q.x: unknown kind 'nope'" in result.output
