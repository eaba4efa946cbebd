"""The `claimcheck test` runner, on packs and test files written in tmp_path."""

from __future__ import annotations

import textwrap

from click.testing import CliRunner

from claimcheck.cli import main
from tests.crosskind import figure_pack  # noqa: F401 - fixture

CASES = """\
cases:
  - name: a figure that differs from the other source
    documents:
      - id: a
        published: 2024-05-07
        text: |
          Blinken announced an additional $578 million in planned humanitarian aid.
      - id: b
        published: 2024-05-08
        text: |
          The talks ended.
          Blinken announced an additional $587 million in planned humanitarian aid.
      - id: c
        text: Officials confirmed $578 million in planned humanitarian assistance.
    expect:
      - rule: testfig.aid-figure
        document: b
        line: 2
        message: "$587 million here"
  - name: figures that agree are silent
    documents:
      - {id: a, text: "Blinken announced $578 million in planned humanitarian aid."}
      - {id: b, text: "Officials confirmed $578 million in planned humanitarian aid."}
    expect: []
"""


def run(*args):
    return CliRunner().invoke(main, list(args))


def write_tests(figure_pack, body: str):  # noqa: F811
    test_file = figure_pack.with_name("testfig.test.yaml")
    test_file.write_text(textwrap.dedent(body), encoding="utf-8")
    return test_file


def test_passing_cases_print_the_per_rule_table_and_exit_0(figure_pack):  # noqa: F811
    write_tests(figure_pack, CASES)
    result = run("test", str(figure_pack.parent))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    row = next(l for l in lines if l.startswith("testfig.aid-figure"))
    assert row.split() == ["testfig.aid-figure", "1", "0", "0"]
    assert lines[-1] == "rule-tests: 2 passed, 0 failed"


def test_a_pack_file_argument_finds_its_test_file(figure_pack):  # noqa: F811
    write_tests(figure_pack, CASES)
    assert run("test", str(figure_pack)).exit_code == 0


def test_a_broken_expectation_shows_its_file_and_line(figure_pack):  # noqa: F811
    test_file = write_tests(figure_pack, CASES.replace("        line: 2\n", "        line: 1\n"))
    result = run("test", str(test_file))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    # the expectation item starts on line 16, column 9 of the test file
    assert (
        f"{test_file}:16:9: missed: expected testfig.aid-figure in b line 1 message containing '$587 million here' "
        "[case: a figure that differs from the other source]"
    ) in lines
    # the finding that did come is a false alarm, placed on its case (line 2, column 5)
    assert any(l.startswith(f"{test_file}:2:5: false alarm: testfig.aid-figure in b line 2") for l in lines)
    row = next(l for l in lines if l.startswith("testfig.aid-figure"))
    assert row.split() == ["testfig.aid-figure", "0", "1", "1"]
    assert lines[-1] == "rule-tests: 1 passed, 1 failed"


def test_expectations_compare_as_a_set(figure_pack):  # noqa: F811
    body = CASES.replace(
        "    expect:\n      - rule: testfig.aid-figure\n        document: b\n",
        "    expect:\n      - rule: testfig.aid-figure\n      - rule: testfig.aid-figure\n        document: b\n",
    )
    test_file = write_tests(figure_pack, body)
    result = run("test", str(test_file))
    # two expectations, one finding: one is missed whichever order they are written in
    assert result.exit_code == 1
    assert "missed: expected testfig.aid-figure" in result.output


def test_todo_cases_are_expected_failures(figure_pack):  # noqa: F811
    todo = (
        "  - name: spelled-out figures are not read yet\n"
        "    todo: true\n"
        "    documents:\n"
        "      - {id: a, text: \"Blinken announced $578 million in planned humanitarian aid.\"}\n"
        "      - {id: b, text: \"He announced five hundred eighty-seven million dollars in planned humanitarian aid.\"}\n"
        "    expect:\n"
        "      - {rule: testfig.aid-figure, document: b}\n"
    )
    write_tests(figure_pack, CASES + todo)
    result = run("test", str(figure_pack.parent))
    assert result.exit_code == 0, result.output
    assert "1 expected failure(s) (todo)" in result.output
    assert result.output.splitlines()[-1] == "rule-tests: 2 passed, 0 failed"


def test_a_broken_test_file_exits_2_with_its_place(figure_pack):  # noqa: F811
    test_file = write_tests(figure_pack, CASES.replace("    expect: []", "    expected: []"))
    result = run("test", str(test_file))
    assert result.exit_code == 2
    assert f"{test_file}:24:15: cases.1.expected: unknown key" in result.output
    test_file.write_text("cases:\n  - name: x\n    documents: [{id: a}]\n")
    result = run("test", str(test_file))
    assert result.exit_code == 2
    assert f"{test_file}:3:17: cases.0.documents.0.text: Field required" in result.output
    test_file.write_text("cases: [\n")
    assert run("test", str(test_file)).exit_code == 2


def test_a_test_file_without_its_pack_exits_2(tmp_path):
    lone = tmp_path / "lonely.test.yaml"
    lone.write_text(CASES)
    result = run("test", str(lone))
    assert result.exit_code == 2
    assert "no pack file lonely.yaml beside this test file" in result.output


def test_strict_coverage_needs_a_firing_and_a_silent_case(figure_pack):  # noqa: F811
    only_firing = CASES.split("  - name: figures that agree are silent")[0]
    write_tests(figure_pack, only_firing)
    result = run("test", "--strict", str(figure_pack.parent))
    assert result.exit_code == 1
    assert "coverage: testfig.aid-figure: no case where it must stay silent" in result.output
    assert run("test", str(figure_pack.parent)).exit_code == 0  # without --strict it only warns


def test_the_table_and_coverage_are_about_the_pack_tested(figure_pack):  # noqa: F811
    write_tests(figure_pack, CASES)
    result = run("test", "--strict", str(figure_pack.parent))
    assert result.exit_code == 0, result.output
    # the core rules run too (a story pack runs with core) but this file is not about them
    assert "core.weekday-date" not in result.output and "coverage:" not in result.output


def test_an_unknown_rule_id_in_an_expectation_is_a_broken_test_file(figure_pack):  # noqa: F811
    test_file = write_tests(figure_pack, CASES.replace("rule: testfig.aid-figure", "rule: testfig.aid-figures", 1))
    result = run("test", str(figure_pack.parent))
    assert result.exit_code == 2
    line = next(i for i, l in enumerate(test_file.read_text().splitlines(), 1) if "aid-figures" in l)
    assert f"{test_file}:{line}:" in result.output
    assert "unknown rule id 'testfig.aid-figures' (did you mean testfig.aid-figure?)" in result.output


def test_default_runs_rules_folder_of_the_current_directory(figure_pack, tmp_path, monkeypatch):  # noqa: F811
    rules = tmp_path / "rules"
    rules.mkdir()
    figure_pack.rename(rules / "testfig.yaml")
    (rules / "testfig.test.yaml").write_text(CASES)
    monkeypatch.chdir(tmp_path)
    result = run("test")  # the core pack's test files run too
    assert result.exit_code == 0, result.output
    row = next(l for l in result.output.splitlines() if l.startswith("testfig.aid-figure"))
    assert row.split() == ["testfig.aid-figure", "1", "0", "0"]
    assert result.output.splitlines()[-1].endswith(" 0 failed")


# --------------------------------------------------------------------------- the loader, with hypothesis

import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from claimcheck.errors import ConfigError  # noqa: E402
from claimcheck.packtests import load_test_file  # noqa: E402

_yamlish = st.text(alphabet=st.sampled_from(list("cases:-{}[]name documents expect id text rule todo: true\n '\"")),
                   max_size=120)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=80), _yamlish))
def test_a_test_file_loads_or_fails_with_a_place(text):
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "x.test.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            spec, _ = load_test_file(path)
        except ConfigError as e:
            assert e.path == str(path) and e.line >= 1 and e.column >= 1
        else:
            assert spec.cases


def test_every_error_of_a_test_file_is_reported_in_file_order(figure_pack):  # noqa: F811
    test_file = write_tests(figure_pack, """\
        cases:
          - name: one
            documents: [{id: a}]
            expected: []
          - name: two
            documents: [{id: b, text: x, colour: red}]
        """)
    result = run("test", str(test_file))
    assert result.exit_code == 2
    assert [line.split(f"{test_file}:")[1].split(":")[0] for line in result.output.splitlines()
            if f"{test_file}:" in line] == ["3", "4", "6"], result.output
