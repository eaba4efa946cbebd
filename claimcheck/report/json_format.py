"""The ``claimcheck.report/v1`` JSON report (a public contract: extend, never rename)."""

from __future__ import annotations

import json

from ..models import Report


def render(report: Report, sentences: bool = True, **_: object) -> str:
    """``sentences=False`` leaves out each claim's sentence (about a quarter of the output)."""
    data = report.to_json_dict()
    if not sentences:
        for claim in data["claims"]:
            claim.pop("sentence", None)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
