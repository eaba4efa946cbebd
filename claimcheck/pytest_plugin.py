"""pytest plugin: ``pytest --claimcheck`` asserts that a corpus is consistent.

Shaped like pytest-mypy: opt-in with ``--claimcheck``; the engine runs once per session
(under pytest-xdist, once on the controller, which hands the report to the workers); one
test item per document plus one for the corpus as a whole, which fails whenever any
finding does, even when the other items were deselected. Failures read as claimcheck
findings (place, rule, message, the other sources), not tracebacks.

The corpus folders come from ``--claimcheck-corpus`` or the ``corpus`` key of the
claimcheck configuration found from the rootdir; packs from the configuration and
``--claimcheck-rules``. Paths given to pytest itself (``pytest --claimcheck seeds/002.txt``)
narrow the check to the documents under them, as pytest-mypy and pytest-ruff collect from
pytest's own arguments: the rest of the corpus is then context for the cross-source rules,
and findings are reported on those documents only (``claimcheck lint``'s way). Teams writing their own tests get the ``claimcheck_report``
fixture and ``claimcheck.testing.assert_consistent``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .errors import ClaimcheckError
from .selection import FAIL_ON_LEVELS, failing

if TYPE_CHECKING:  # imported when a session uses --claimcheck: pytest loads this plugin in every session
    from .models import Finding, Report

_REPORT_KEY = pytest.StashKey["Report"]()
_WORKER_INPUT = "claimcheck_report_path"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: corpus consistency")
    group.addoption("--claimcheck", action="store_true", help="check the configured corpus with claimcheck")
    group.addoption("--claimcheck-corpus", action="append", default=[], metavar="PATH",
                    help="corpus file or folder (repeatable; default: corpus in the claimcheck configuration)")
    group.addoption("--claimcheck-rules", action="append", default=[], metavar="PACK",
                    help="extra rule pack (repeatable)")
    group.addoption("--claimcheck-fail-on", choices=list(FAIL_ON_LEVELS), default=None,
                    help="lowest severity that fails a test (default: fail-on in the configuration, or error)")


# --------------------------------------------------------------------------- the one run


def _settings(config: pytest.Config):
    from .config import discover_config

    try:
        cfg = discover_config([config.rootpath])
    except ClaimcheckError as e:
        raise pytest.UsageError(f"claimcheck: {e}") from None
    corpus = [str(config.rootpath / p) for p in config.getoption("claimcheck_corpus")] or cfg.corpus
    fail_on = config.getoption("claimcheck_fail_on") or cfg.fail_on
    return cfg, corpus, fail_on


def _corpus(config: pytest.Config) -> list[str]:
    """The corpus paths; none configured, or one that does not exist, is a usage error (exit 4)."""
    _, corpus, _ = _settings(config)
    if not corpus:
        raise pytest.UsageError(
            "claimcheck: no corpus to check; set corpus = [...] in [tool.claimcheck] or pass --claimcheck-corpus"
        )
    missing = [p for p in corpus if not Path(p).exists()]
    if missing:
        raise pytest.UsageError(f"claimcheck: no such file or folder: {', '.join(missing)}")
    return corpus


def _read(corpus: list[str]):
    from .corpus import read_paths

    docs, errors = read_paths(corpus)
    if not docs and not errors:  # a corpus that holds nothing must not pass
        raise pytest.UsageError(f"claimcheck: no articles found in {', '.join(corpus)}")
    return docs, errors


def _given_paths(config: pytest.Config) -> list[Path]:
    """The paths given to pytest on its command line, resolved against the working folder;
    none without ``--claimcheck`` (the fixture alone checks the corpus) or when pytest fell
    back to ``testpaths`` or the current folder."""
    if not config.getoption("claimcheck") or config.args_source != pytest.Config.ArgsSource.ARGS:
        return []
    base = config.invocation_params.dir
    return [(base / arg.split("::")[0]).resolve() for arg in config.args]


def _under(path: str, folders: list[Path]) -> bool:
    p = Path(path).resolve()
    return any(p == f or f in p.parents for f in folders)


def _documents(config: pytest.Config):
    """(documents, read errors, targets): ``targets`` are the ids of the documents under the
    paths given to pytest, None when none were given (every document is checked).

    Under given paths: the corpus documents there, any article file named outright, and,
    when no corpus is configured, the articles under given folders."""
    from .corpus import SUFFIXES, read_paths

    given = _given_paths(config)
    if not given:
        docs, errors = _read(_corpus(config))
        return docs, errors, None
    _, corpus, _ = _settings(config)
    docs, errors = read_paths([p for p in corpus if Path(p).exists()]) if corpus else ([], [])
    known = {str(Path(d.path).resolve()) for d in docs}
    extra = [p for p in given if p.is_file() and p.suffix in SUFFIXES and str(p) not in known]
    if not corpus:
        extra += [p for p in given if p.is_dir()]
    more, more_errors = read_paths(extra) if extra else ([], [])
    docs = docs + [d for d in more if d.id not in {x.id for x in docs}]
    errors = [e for e in errors + more_errors if _under(e.path, given)]
    return docs, errors, {d.id for d in docs if _under(d.path, given)}


def _compute(config: pytest.Config) -> Report:
    from . import api, engine

    cfg, _, _ = _settings(config)
    try:
        packs = api.resolve_packs(cfg, [str(config.rootpath / p) for p in config.getoption("claimcheck_rules")])
        docs, errors, targets = _documents(config)
        return engine.run(docs, packs, config=cfg, read_errors=errors, targets=targets)
    except ClaimcheckError as e:
        raise pytest.UsageError(f"claimcheck: {e}") from None


def session_report(config: pytest.Config) -> Report:
    """The session's report: computed once, or read from the controller's file under xdist."""
    report = config.stash.get(_REPORT_KEY, None)
    if report is None:
        path = getattr(config, "workerinput", {}).get(_WORKER_INPUT)
        if path:
            from .models import Report

            report = Report.model_validate_json(Path(path).read_text(encoding="utf-8"))
        else:
            report = _compute(config)
        config.stash[_REPORT_KEY] = report
    return report


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    """pytest-xdist, on the controller: run once and hand the report to each worker."""
    config = node.config
    if not config.getoption("claimcheck"):
        return
    report = session_report(config)
    path = getattr(config, "_claimcheck_report_file", None)
    if path is None:
        handle = tempfile.NamedTemporaryFile("w", suffix=".claimcheck.json", delete=False, encoding="utf-8")
        with handle:
            handle.write(report.model_dump_json(by_alias=True))
        path = config._claimcheck_report_file = handle.name
    node.workerinput[_WORKER_INPUT] = path


def pytest_unconfigure(config: pytest.Config) -> None:
    path = getattr(config, "_claimcheck_report_file", None)
    if path:
        Path(path).unlink(missing_ok=True)


# --------------------------------------------------------------------------- collection


class ClaimcheckFailure(Exception):
    """Raised by an item whose findings fail; rendered as the findings, not a traceback."""


def counted(n: int, noun: str) -> str:
    from .report.text import counted as counted_

    return counted_(n, noun)


def describe(findings: list[Finding]) -> str:
    from .report.text import render_finding

    return "\n".join(render_finding(f) for f in findings)


class ClaimcheckItem(pytest.Item):
    """One document (or the whole corpus): fails on findings at or above fail-on."""

    def __init__(self, *, document: str | None, path_shown: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.document = document
        self.path_shown = path_shown
        self.add_marker("claimcheck")

    def _failing(self) -> list[Finding]:
        report = session_report(self.config)
        _, _, fail_on = _settings(self.config)
        found = failing(report.findings, fail_on)
        if self.document is not None:
            found = [f for f in found if f.document == self.document]
        return found

    def runtest(self) -> None:
        failing = self._failing()
        if failing:
            head = counted(len(failing), "finding")
            if self.document is None:
                head += f" in the corpus ({counted(len({f.document for f in failing}), 'document')})"
            raise ClaimcheckFailure(head + ":\n" + describe(failing))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None) -> str:
        if isinstance(excinfo.value, ClaimcheckFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self):
        return self.path, None, f"claimcheck {self.path_shown}"


class ClaimcheckCorpus(pytest.Collector):
    """The corpus: one item per document, then the corpus-wide status item."""

    def collect(self):
        docs, _, targets = _documents(self.config)
        root = self.config.rootpath
        for d in sorted(docs, key=lambda d: (d.path, d.id)):
            if targets is not None and d.id not in targets:
                continue  # context for the cross-source rules, not under the paths given
            shown = _relative(d.path, root)
            name = shown if shown.endswith(d.id) or Path(shown).stem == d.id else f"{shown}::{d.id}"
            yield ClaimcheckItem.from_parent(self, name=name, document=d.id, path_shown=shown)
        yield ClaimcheckItem.from_parent(self, name="corpus", document=None, path_shown="corpus")


class ArticlePath(pytest.File):
    """An article named on pytest's command line. pytest wants a collector for every file it
    is given (else "not found"); the document's item is made with the others, below, so that
    the engine still runs once over the whole corpus."""

    def collect(self):
        return []


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    from .corpus import SUFFIXES

    if file_path.suffix in SUFFIXES and parent.session.isinitpath(file_path) and _given_paths(parent.config):
        return ArticlePath.from_parent(parent, path=file_path)
    return None


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "claimcheck: corpus consistency checks run by claimcheck")


@pytest.hookimpl(tryfirst=True)  # before -k / -m deselection sees the items
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.getoption("claimcheck"):
        return
    if _given_paths(config) and not _documents(config)[2]:
        return  # `pytest --claimcheck tests/test_x.py`: no article under the paths given
    # The report is built here, not in the first item's runtest: a broken pack or a missing
    # rules folder is then one usage error (exit 4) with its file:line:column, not a
    # traceback on every item. Under xdist the workers read the controller's report.
    session_report(config)
    corpus = ClaimcheckCorpus.from_parent(session, name="claimcheck", path=config.rootpath, nodeid="claimcheck")
    collected = list(corpus.collect())
    items.extend(collected)
    # Tell the terminal reporter, so "collected N items" counts the corpus too.
    config.hook.pytest_collectreport(
        report=pytest.CollectReport(corpus.nodeid, "passed", None, collected)
    )


# --------------------------------------------------------------------------- fixture


@pytest.fixture(scope="session")
def claimcheck_report(request: pytest.FixtureRequest) -> Report:
    """The claimcheck report over the configured corpus (computed once per session)."""
    try:
        return session_report(request.config)
    except pytest.UsageError as e:
        pytest.fail(str(e), pytrace=False)


def pytest_report_header(config: pytest.Config) -> str | None:
    if not config.getoption("claimcheck"):
        return None
    _, corpus, fail_on = _settings(config)
    return f"claimcheck: corpus {', '.join(_relative(c, config.rootpath) for c in corpus) or '(none)'}, fail-on {fail_on}"


__all__ = ["ClaimcheckItem", "ClaimcheckCorpus", "claimcheck_report", "session_report"]
