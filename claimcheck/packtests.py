"""``claimcheck test``: run the ``*.test.yaml`` files that sit beside rule packs.

Like Semgrep's rule tests, the cases are data: small inline documents (with their
publication dates) and the findings expected on them, compared as a set. A test file
beside a core pack file runs with the core pack alone; beside a story pack file, with
the core pack plus that story pack. Per rule the runner counts findings caught, missed
and false alarms, and prints ``file:line`` for every expectation that failed, so a
broken expectation is one click away. ``todo: true`` marks an expected failure.

A test file is about the rules of the pack file beside it plus every rule its
expectations name (or the ``rules:`` it lists); findings of other rules are not compared,
so a rule added elsewhere never breaks its silent cases.

Exit codes: 0 all cases pass, 1 a case failed, 2 a test file or pack is broken.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import engine
from .errors import ConfigError, raise_all
from .models import Document, Finding, Severity
from .packs import Pack, core_pack, load_pack, load_packs
from .yamlload import load_yaml, locate, validation_errors

# --------------------------------------------------------------------------- the format


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CaseDocument(_Strict):
    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = Field(None, description="file name shown in findings (default: ID.txt)")


class Expectation(_Strict):
    rule: str
    document: str | None = None
    line: int | None = None
    column: int | None = None
    message: str | None = Field(None, description="a substring of the finding's message")
    text: str | None = Field(None, description="the flagged text, exactly")
    severity: Severity | None = None
    suggestion: str | None = None

    def matches(self, f: Finding) -> bool:
        checks = (
            (self.document, f.document),
            (self.line, f.line),
            (self.column, f.column),
            (self.text, f.text),
            (self.severity, f.severity),
            (self.suggestion, f.suggestion),
        )
        if f.rule != self.rule or any(want is not None and want != got for want, got in checks):
            return False
        return self.message is None or self.message in f.message

    def describe(self) -> str:
        parts = [self.rule]
        if self.document is not None:
            parts.append(f"in {self.document}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.message is not None:
            parts.append(f"message containing {self.message!r}")
        return " ".join(parts)


class Case(_Strict):
    name: str
    documents: list[CaseDocument] = Field(min_length=1)
    expect: list[Expectation] = Field(default_factory=list)
    todo: bool = False


class TestFile(_Strict):
    rules: list[str] | None = Field(
        None, description="rule ids whose findings are compared (default: the rules of the pack file "
        "beside this test file, plus every rule named in an expectation)")
    cases: list[Case] = Field(min_length=1)


# --------------------------------------------------------------------------- results


@dataclass
class Problem:
    """One failing expectation or false alarm, at its place in the test file."""

    path: str
    line: int
    column: int
    case: str
    rule: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.text} [case: {self.case}]"


@dataclass
class RuleTally:
    caught: int = 0
    missed: int = 0
    false_alarms: int = 0
    fire_cases: int = 0
    silent_cases: int = 0


@dataclass
class Outcome:
    files: int = 0
    cases: int = 0
    passed: int = 0
    failed: int = 0
    todo_failed: int = 0
    todo_passed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    tallies: dict[str, RuleTally] = field(default_factory=dict)
    uncovered: list[str] = field(default_factory=list)
    about: set[str] = field(default_factory=set)  # the rules the files run are about

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def tally(self, rule: str) -> RuleTally:
        return self.tallies.setdefault(rule, RuleTally())


# --------------------------------------------------------------------------- discovery


def core_test_files() -> list[Path]:
    folder = resources.files("claimcheck") / "data" / "core"
    return sorted(Path(str(f)) for f in folder.iterdir() if f.name.endswith(".test.yaml"))


def find_test_files(paths: list[str | Path]) -> list[Path]:
    """Test files under ``paths`` (folders searched recursively; a pack file names its test)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(p.rglob("*.test.yaml")))
        elif p.name.endswith(".test.yaml"):
            out.append(p)
        elif p.suffix in {".yaml", ".yml"}:
            sibling = p.with_name(p.stem + ".test.yaml")
            if sibling.is_file():
                out.append(sibling)
        elif not p.exists():
            raise ConfigError("no such file or folder", str(p))
    return list(dict.fromkeys(out))


def _pack_file(test_file: Path) -> Path:
    return test_file.with_name(test_file.name.replace(".test.yaml", ".yaml"))


def rules_in_scope(test_file: Path, spec: "TestFile") -> set[str] | None:
    """The rules a test file is about; None means every rule.

    A test file tests the rules of the pack file beside it (and any rule its expectations
    name, e.g. a core rule fed by a story pack's data), so a new rule elsewhere never turns
    its silent cases into false alarms.
    """
    if spec.rules is not None:
        return set(spec.rules)
    scope = {e.rule for case in spec.cases for e in case.expect}
    pack_file = _pack_file(test_file)
    if pack_file.is_file():
        scope |= {r.id for r in load_pack(pack_file).rules}
    return scope or None


def pack_for(test_file: Path) -> list[Pack]:
    """The packs a test file runs with: core alone, or core plus the story pack beside it."""
    core_dir = Path(str(resources.files("claimcheck") / "data" / "core")).resolve()
    if test_file.resolve().parent == core_dir:
        return [core_pack()]
    pack_file = _pack_file(test_file)
    if not pack_file.is_file():
        raise ConfigError(f"no pack file {pack_file.name} beside this test file", str(test_file))
    name = load_pack(pack_file).name
    if name == "core":
        return [core_pack()]
    packs = load_packs([pack_file.parent])
    return [p for p in packs if p.name in {"core", name}]


# --------------------------------------------------------------------------- running


def load_test_file(path: Path) -> tuple[TestFile, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read test file: {e}", str(path)) from None
    raw = load_yaml(text, str(path))
    try:
        return TestFile.model_validate(raw), raw
    except ValidationError as e:
        raise_all(validation_errors(e, raw, str(path)))
        raise  # not reached: a ValidationError always holds an error


def _documents(case: Case) -> list[Document]:
    return [
        Document(
            id=d.id,
            path=d.path or f"{d.id}.txt",
            text=d.text,
            title=d.title,
            source=d.source,
            url=d.url,
            published=d.published,
            published_from="metadata" if d.published else None,
        )
        for d in case.documents
    ]


def _match(expect: list[Expectation], findings: list[Finding]) -> tuple[list[int], list[int], list[int]]:
    """Pair expectations with findings one to one (augmenting paths, so the order of
    expectations never decides the outcome). Returns (matched, missed, unexpected) indices."""
    owner: dict[int, int] = {}  # finding index -> expectation index

    def assign(e: int, seen: set[int]) -> bool:
        for i, f in enumerate(findings):
            if i in seen or not expect[e].matches(f):
                continue
            seen.add(i)
            if i not in owner or assign(owner[i], seen):
                owner[i] = e
                return True
        return False

    for e in range(len(expect)):
        assign(e, set())
    matched_set = set(owner.values())
    missed = [e for e in range(len(expect)) if e not in matched_set]
    unexpected = [i for i in range(len(findings)) if i not in owner]
    return sorted(matched_set), missed, unexpected


def _check_rule_ids(path: Path, spec: "TestFile", raw: Any, packs: list[Pack]) -> None:
    """A rule id no pack defines is a typo in the test file, not a missed finding."""
    known = sorted({r.id for p in packs for r in p.rules} | set(engine.ENGINE_RULES))
    named = [(("rules", i), r) for i, r in enumerate(spec.rules or [])]
    named += [(("cases", ci, "expect", e, "rule"), x.rule) for ci, case in enumerate(spec.cases)
              for e, x in enumerate(case.expect)]
    errors = []
    for loc, rule in named:
        if rule not in known:
            close = difflib.get_close_matches(rule, known, n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            errors.append(ConfigError(f"unknown rule id {rule!r}{hint}", str(path), *locate(raw, loc)))
    raise_all(errors)


def _about(path: Path, spec: "TestFile") -> set[str]:
    """The rules a file is about, for the table and coverage: its pack file's and those it names."""
    scope = set(spec.rules or []) | {e.rule for case in spec.cases for e in case.expect}
    pack_file = _pack_file(path)
    if pack_file.is_file():
        scope |= {r.id for r in load_pack(pack_file).rules}
    return scope


def run_file(path: Path, outcome: Outcome) -> None:
    spec, raw = load_test_file(path)
    packs = pack_for(path)
    _check_rule_ids(path, spec, raw, packs)
    outcome.about |= _about(path, spec)
    scope = rules_in_scope(path, spec)
    rule_ids = [r.id for p in packs for r in p.rules if scope is None or r.id in scope]
    outcome.files += 1
    for ci, case in enumerate(spec.cases):
        outcome.cases += 1
        case_line, case_col = locate(raw, ("cases", ci))
        report = engine.run(_documents(case), packs)
        findings = [f for f in report.findings if scope is None or f.rule in scope]
        matched, missed, unexpected = _match(case.expect, findings)
        problems = []
        for e in missed:
            line, col = locate(raw, ("cases", ci, "expect", e))
            problems.append(Problem(str(path), line, col, case.name, case.expect[e].rule,
                                    f"missed: expected {case.expect[e].describe()}"))
        for i in unexpected:
            f = findings[i]
            problems.append(Problem(str(path), case_line, case_col, case.name, f.rule,
                                    f"false alarm: {f.rule} in {f.document} line {f.line}: {f.message}"))
        expected_rules = {e.rule for e in case.expect}
        if not case.todo:
            for e in matched:
                outcome.tally(case.expect[e].rule).caught += 1
            for e in missed:
                outcome.tally(case.expect[e].rule).missed += 1
            for i in unexpected:
                outcome.tally(findings[i].rule).false_alarms += 1
            for rid in rule_ids:
                t = outcome.tally(rid)
                if rid in expected_rules:
                    t.fire_cases += 1
                elif not any(findings[i].rule == rid for i in unexpected):
                    t.silent_cases += 1
        if case.todo:
            if problems:
                outcome.todo_failed += 1
            else:
                outcome.todo_passed.append(f"{path}:{case_line}:{case_col}: todo case passes now: {case.name}")
            continue
        if problems:
            outcome.failed += 1
            outcome.problems.extend(problems)
        else:
            outcome.passed += 1


def run_tests(paths: list[str | Path] | None = None) -> Outcome:
    """Run the test files under ``paths`` (default: the core pack's and ``rules/``)."""
    if paths:
        files = find_test_files(list(paths))
    else:
        files = core_test_files() + (find_test_files(["rules"]) if Path("rules").is_dir() else [])
    outcome = Outcome()
    for f in files:
        run_file(f, outcome)
    for rid in sorted(outcome.about):
        t = outcome.tally(rid)
        if not t.fire_cases:
            outcome.uncovered.append(f"{rid}: no case expects it to fire")
        if not t.silent_cases:
            outcome.uncovered.append(f"{rid}: no case where it must stay silent")
    return outcome


def format_outcome(outcome: Outcome) -> list[str]:
    """The runner's report, one line each (problems first, then the per-rule table)."""
    if outcome.files == 0:
        return ["no *.test.yaml files found"]
    lines = [str(p) for p in outcome.problems]
    lines.extend(outcome.todo_passed)
    # the rules the files are about, and any other that did something
    shown = {r: t for r, t in outcome.tallies.items() if r in outcome.about or t.caught or t.missed or t.false_alarms}
    if shown:
        width = max(len(r) for r in shown)
        lines.append(f"{'rule'.ljust(width)}  caught  missed  false alarms")
        for rule, t in sorted(shown.items()):
            lines.append(f"{rule.ljust(width)}  {t.caught:6d}  {t.missed:6d}  {t.false_alarms:12d}")
    lines.extend(f"coverage: {u}" for u in outcome.uncovered)
    todo = f", {outcome.todo_failed} expected failure(s) (todo)" if outcome.todo_failed else ""
    lines.append(f"{outcome.cases} case(s) in {outcome.files} test file(s){todo}")
    # The closing line has the plain shape CI systems read: "N passed, N failed".
    lines.append(f"rule-tests: {outcome.passed} passed, {outcome.failed} failed")
    return lines
