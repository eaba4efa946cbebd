"""Configuration: found from the checked files upwards, validated, errors with file:line:column."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main
from claimcheck.config import Config, discover_config, load_config
from claimcheck.errors import ConfigError

WRONG_WEEKDAY = "The talks opened on Tuesday, May 8, 2024.\n"


def project(tmp_path: Path, toml: str, name: str = "claimcheck.toml") -> Path:
    (tmp_path / name).write_text(toml, encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.md").write_text("---\npublished: 2024-05-08\n---\n" + WRONG_WEEKDAY, encoding="utf-8")
    return tmp_path


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_claimcheck_toml_is_found_from_the_checked_files_upwards(tmp_path):
    project(tmp_path, 'fail-on = "warning"\nignore = ["core.weekday-date"]\n')
    cfg = discover_config([tmp_path / "articles" / "a.md"])
    assert cfg.fail_on == "warning"
    assert cfg.ignore == ["core.weekday-date"]
    assert cfg.source == str((tmp_path / "claimcheck.toml").resolve())


def test_pyproject_table_is_read_and_paths_are_relative_to_it(tmp_path):
    project(tmp_path, '[project]\nname = "x"\n\n[tool.claimcheck]\ncorpus = ["articles"]\n', "pyproject.toml")
    cfg = discover_config([tmp_path / "articles"])
    assert [Path(p).resolve() for p in cfg.corpus] == [(tmp_path / "articles").resolve()]


def test_pyproject_without_the_table_is_skipped(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert discover_config([tmp_path]) == Config()


def test_unknown_key_names_the_key_with_its_line(tmp_path):
    project(tmp_path, 'fail-on = "error"\nselct = ["core"]\n')
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "claimcheck.toml")
    assert "selct: unknown key" in str(e.value)
    assert e.value.line == 2


def test_unknown_key_exits_2_naming_it(tmp_path):
    project(tmp_path, '[tool.claimcheck]\npacks = []\nfail_on_typo = 1\n', "pyproject.toml")
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2
    assert "pyproject.toml:3:1: [tool.claimcheck] fail_on_typo: unknown key" in result.output


def test_unknown_rule_id_exits_2_naming_it_with_its_place(tmp_path):
    project(tmp_path, 'ignore = ["core.weekday-dat"]\n')
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2
    assert "claimcheck.toml:1:11: ignore: unknown rule id 'core.weekday-dat'" in result.output
    assert "Traceback" not in result.output


def test_unknown_rule_id_in_severity_and_per_file_ignores(tmp_path):
    project(tmp_path, '[severity]\n"core.nope" = "info"\n')
    assert "severity: unknown rule id 'core.nope'" in run("check", str(tmp_path / "articles")).output
    (tmp_path / "claimcheck.toml").write_text('[per-file-ignores]\n"*.md" = ["nope"]\n', encoding="utf-8")
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2 and "per-file-ignores: unknown rule id 'nope'" in result.output


def test_bad_value_and_bad_toml_exit_2(tmp_path):
    project(tmp_path, 'fail-on = "sometimes"\n')
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2 and "claimcheck.toml:1:1: [tool.claimcheck] fail-on" in result.output
    (tmp_path / "claimcheck.toml").write_text('fail-on = "error\n', encoding="utf-8")
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2 and "invalid TOML" in result.output


def test_severity_override_and_fail_on(tmp_path):
    project(tmp_path, '[severity]\n"core.weekday-date" = "info"\n')
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 0
    assert "info core.weekday-date" in result.output
    project_file = tmp_path / "claimcheck.toml"
    project_file.write_text('fail-on = "info"\n[severity]\n"core.weekday-date" = "info"\n', encoding="utf-8")
    assert run("check", str(tmp_path / "articles")).exit_code == 1


def test_severity_off_turns_a_rule_off(tmp_path):
    project(tmp_path, '[severity]\ncore = "off"\n')
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 0 and "no findings" in result.output


def test_per_file_ignores_match_paths_relative_to_the_config(tmp_path):
    project(tmp_path, '[per-file-ignores]\n"articles/*.md" = ["core.weekday-date"]\n')
    assert run("check", str(tmp_path / "articles")).exit_code == 0
    (tmp_path / "claimcheck.toml").write_text('[per-file-ignores]\n"other/*.md" = ["core"]\n', encoding="utf-8")
    assert run("check", str(tmp_path / "articles")).exit_code == 1


def test_select_by_prefix(tmp_path):
    project(tmp_path, 'select = ["core"]\n')
    assert run("check", str(tmp_path / "articles")).exit_code == 1


def test_command_line_wins_over_the_file(tmp_path):
    project(tmp_path, 'fail-on = "error"\nignore = []\n')
    assert run("check", str(tmp_path / "articles"), "--ignore", "core.weekday-date").exit_code == 0
    (tmp_path / "sub").mkdir()
    project(tmp_path / "sub", 'fail-on = "info"\n[severity]\n"core.weekday-date" = "warning"\n')
    assert run("check", str(tmp_path / "sub" / "articles")).exit_code == 1
    assert run("check", str(tmp_path / "sub" / "articles"), "--fail-on", "error").exit_code == 0


def test_show_config_prints_the_resolved_configuration(tmp_path):
    project(tmp_path, 'fail-on = "warning"\ncorpus = ["articles"]\n')
    result = run("check", str(tmp_path / "articles"), "--show-config", "--ignore", "core.weekday-date")
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["fail-on"] == "warning"
    assert data["ignore"] == ["core.weekday-date"]
    assert data["source"].endswith("claimcheck.toml")
    assert Path(data["corpus"][0]).resolve() == (tmp_path / "articles").resolve()


def test_isolated_ignores_configuration(tmp_path):
    project(tmp_path, "this is not toml")
    result = run("check", str(tmp_path / "articles"), "--isolated")
    assert result.exit_code == 1
    assert "core.weekday-date" in result.output


def test_explicit_config_file(tmp_path):
    project(tmp_path, "")
    other = tmp_path / "strict.toml"
    other.write_text('ignore = ["core"]\n', encoding="utf-8")
    assert run("check", str(tmp_path / "articles"), "--config", str(other)).exit_code == 0


README_BLOCK = """[tool.claimcheck]
corpus = ["articles"]
fail-on = "warning"
[tool.claimcheck.severity]
"core.weekday-date" = "info"
"""


def test_claimcheck_toml_also_takes_the_readme_tool_claimcheck_block(tmp_path):
    project(tmp_path, README_BLOCK)
    cfg = load_config(tmp_path / "claimcheck.toml")
    assert cfg.fail_on == "warning"
    assert cfg.severity == {"core.weekday-date": "info"}
    assert [Path(p).resolve() for p in cfg.corpus] == [(tmp_path / "articles").resolve()]


def test_claimcheck_toml_tool_block_errors_keep_their_place(tmp_path):
    project(tmp_path, '# team settings\n[tool.claimcheck]\nfail-on = "warning"\nselct = ["core"]\n')
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "claimcheck.toml")
    assert "selct: unknown key" in str(e.value) and (e.value.line, e.value.column) == (4, 1)


def test_claimcheck_toml_with_both_forms_is_an_error(tmp_path):
    project(tmp_path, 'fail-on = "error"\n[tool.claimcheck]\nfail-on = "warning"\n')
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "claimcheck.toml")
    assert "not both" in str(e.value) and e.value.line == 2


def test_claimcheck_toml_other_tool_tables_are_still_unknown(tmp_path):
    project(tmp_path, '[tool.ruff]\nline-length = 100\n')
    with pytest.raises(ConfigError) as e:
        load_config(tmp_path / "claimcheck.toml")
    assert "tool: unknown key" in str(e.value)


def test_every_error_of_a_configuration_file_is_reported_in_file_order(tmp_path):
    project(tmp_path, 'fail-on = "never"\ncolour = "red"\ncore = "maybe"\n')
    result = run("check", str(tmp_path / "articles"))
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if "claimcheck.toml:" in line]
    assert [line.split("claimcheck.toml:")[1].split(":")[0] for line in lines] == ["1", "2", "3"], result.output
    assert "fail-on" in lines[0] and "colour: unknown key" in lines[1] and "core" in lines[2]
