"""Helpers for teams writing their own tests over their archive.

    from claimcheck.testing import assert_consistent

    def test_archive_is_consistent():
        assert_consistent(["archive/2024/"], packs=["rules/"], fail_on="warning")

A failure reads as claimcheck's own findings (place, rule, message, the other sources),
the same text ``pytest --claimcheck`` prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from . import api
from .config import Config
from .models import SEVERITY_RANK, Report
from .packs import Pack
from .report.text import render_finding

__all__ = ["assert_consistent", "failing_findings"]


def failing_findings(report: Report, fail_on: str = "error") -> list:
    threshold = SEVERITY_RANK[fail_on]
    return [f for f in report.findings if SEVERITY_RANK[f.severity] >= threshold]


def assert_consistent(
    paths: Sequence[str | Path] | str | Path,
    packs: Sequence[str | Path | Pack] | None = None,
    fail_on: str = "error",
    config: Config | None = None,
) -> Report:
    """Check ``paths``; raise ``AssertionError`` listing every finding at or above ``fail_on``.

    ``packs``: pack paths or loaded packs (None: the configuration found from ``paths``,
    plus the core pack). Returns the report when the corpus is consistent.
    """
    if fail_on not in SEVERITY_RANK or fail_on == "off":
        raise ValueError(f"fail_on must be 'error', 'warning' or 'info', not {fail_on!r}")
    report = api.check(paths, packs, config=config)
    failing = failing_findings(report, fail_on)
    if failing:
        lines = [f"claimcheck: {len(failing)} finding(s) at or above {fail_on}:"]
        lines.extend(render_finding(f) for f in failing)
        raise AssertionError("\n".join(lines))
    return report
