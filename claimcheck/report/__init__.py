"""Output formats. Each module has ``render(report, **options) -> str``; the engine never prints.

Options every formatter accepts (and may ignore): ``rules`` (the rule catalogue from
``rule_catalog``: descriptions for SARIF), ``fail_on`` (the lowest severity that fails the
run: JUnit marks those as failures), ``statistics`` and ``color`` (text).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ..models import Report
from ..selection import ENGINE_RULES, ENGINE_SEVERITY
from . import github, html, json_format, jsonl, junit, sarif, text

Formatter = Callable[..., str]

FORMATS: dict[str, Formatter] = {
    "text": text.render,
    "json": json_format.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "html": html.render,
}


@dataclass(frozen=True)
class RuleInfo:
    """What a reader of a report needs to know about a rule (SARIF ``reportingDescriptor``)."""

    id: str
    description: str
    severity: str
    kind: str | None = None
    pack: str | None = None
    help: str | None = None


def rule_catalog(packs: Sequence = ()) -> dict[str, RuleInfo]:
    """Every rule of ``packs`` plus the engine's own rules, by id."""
    from ..kinds import KINDS

    out = {
        rule_id: RuleInfo(rule_id, text_, ENGINE_SEVERITY[rule_id], pack="input")
        for rule_id, text_ in ENGINE_RULES.items()
    }
    for pack in packs:
        for r in pack.rules:
            kind = KINDS.get(r.kind)
            out[r.id] = RuleInfo(
                r.id, r.description or r.id, r.severity, r.kind, r.pack, kind.doc.strip() if kind else None
            )
    return out


def render(report: Report, fmt: str, **options) -> str:
    return FORMATS[fmt](report, **options)
