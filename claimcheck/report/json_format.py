"""The ``claimcheck.report/v1`` JSON report (a public contract: extend, never rename)."""

from __future__ import annotations

import json

from ..models import Report


def render(report: Report, **_: object) -> str:
    return json.dumps(report.to_json_dict(), indent=2, ensure_ascii=False) + "\n"
