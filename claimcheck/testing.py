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
from .models import Report
from .packs import Pack
from .report.text import render_finding
from .selection import check_fail_on, failing

__all__ = ["assert_consistent", "failing_findings"]


def failing_findings(report: Report, fail_on: str = "error") -> list:
    return failing(report.findings, fail_on)


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
    check_fail_on(fail_on)
    report = api.check(paths, packs, config=config)
    failed = failing(report.findings, fail_on)
    if failed:
        lines = [f"claimcheck: {len(failed)} finding(s) at or above {fail_on}:"]
        lines.extend(render_finding(f) for f in failed)
        raise AssertionError("\n".join(lines))
    return report
