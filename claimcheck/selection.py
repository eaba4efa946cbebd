"""Which rules run, at which severity, where, and which findings fail the run: one place.

Configuration (``select``, ``ignore``, ``severity``, ``per-file-ignores``, ``fail-on``) and
in-text suppressions all name rules the same way: a dotted id or a prefix of one
(``core`` selects ``core.weekday-date``). Like flake8's decision engine, every question the
engine, the command, the pytest plugin, ``claimcheck.testing`` and the JUnit reporter ask
about a rule is answered here, so they cannot drift apart.

This module imports no rule kind, no engine and (until asked) no pydantic model: reporters
and the pytest plugin, which pytest loads in every session, may import it freely.
"""

from __future__ import annotations

import difflib
import fnmatch
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Mapping

from .errors import ConfigError

if TYPE_CHECKING:
    from .models import Finding

# A rule id, or a pack prefix: lower-case words joined by dots.
RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)*$")
FAIL_ON_LEVELS = ("error", "warning", "info")

READ_ERROR_RULE = "input.unreadable"
UNUSED_SUPPRESSION_RULE = "input.unused-suppression"
MALFORMED_SUPPRESSION_RULE = "input.malformed-suppression"
# Rules the engine itself reports (not from packs); config may ignore or re-grade them,
# except unreadable input, which always shows.
ENGINE_RULES = {
    READ_ERROR_RULE: "A file that cannot be read or decoded; the other files are still checked.",
    UNUSED_SUPPRESSION_RULE: "A claimcheck suppression comment that silences nothing (or names an unknown rule).",
    MALFORMED_SUPPRESSION_RULE: "A claimcheck comment that is not ignore[rule.id] reason=\"...\".",
}
ENGINE_SEVERITY = {READ_ERROR_RULE: "error", UNUSED_SUPPRESSION_RULE: "warning", MALFORMED_SUPPRESSION_RULE: "error"}


def matches(rule_id: str, selector: str) -> bool:
    """``selector`` names ``rule_id`` itself or a prefix of it (``core`` or ``core.``)."""
    return rule_id == selector or rule_id.startswith(selector.rstrip(".") + ".")


def matches_any(rule_id: str, selectors: Iterable[str]) -> bool:
    return any(matches(rule_id, s) for s in selectors)


def names_any(selector: str, rule_ids: Iterable[str]) -> bool:
    """Whether ``selector`` names at least one of ``rule_ids`` (an unknown id names none)."""
    return any(matches(r, selector) for r in rule_ids)


def check_fail_on(fail_on: str) -> str:
    if fail_on not in FAIL_ON_LEVELS:
        raise ValueError(f"fail_on must be 'error', 'warning' or 'info', not {fail_on!r}")
    return fail_on


def fails(severity: str, fail_on: str) -> bool:
    """Whether a finding of ``severity`` fails a run whose threshold is ``fail_on``."""
    from .models import SEVERITY_RANK

    return SEVERITY_RANK[severity] >= SEVERITY_RANK[fail_on]


def failing(findings: Iterable[Finding], fail_on: str) -> list[Finding]:
    return [f for f in findings if fails(f.severity, fail_on)]


def path_forms(path: str, root: str | None) -> list[str]:
    """The path as given, its file name, and (when under it) relative to the config's folder."""
    forms = [path.replace("\\", "/"), Path(path).name]
    if root:
        try:
            forms.append(Path(path).resolve().relative_to(Path(root).resolve()).as_posix())
        except ValueError:
            pass
    return forms


@dataclass(frozen=True)
class Selection:
    """The configuration's decisions about rules, asked by rule id (and path)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    fail_on: str = "error"
    root: str | None = None
    source: str | None = None

    @classmethod
    def from_config(cls, config) -> "Selection":
        """From a ``claimcheck.config.Config`` (None: the defaults)."""
        if config is None:
            return cls()
        return cls(
            select=tuple(config.select),
            ignore=tuple(config.ignore),
            severity=dict(config.severity),
            per_file_ignores={k: tuple(v) for k, v in config.per_file_ignores.items()},
            fail_on=config.fail_on,
            root=config.root,
            source=config.source,
        )

    def validate(self, rule_ids: Iterable[str]) -> None:
        """Every selector must name a loaded rule or an engine rule: a typo is a
        ``ConfigError`` at its place in the configuration file, with close matches."""
        from .config import locate_in_config
        known = set(rule_ids) | set(ENGINE_RULES)
        for key, selectors in (
            ("select", self.select),
            ("ignore", self.ignore),
            ("severity", list(self.severity)),
            ("per-file-ignores", [s for v in self.per_file_ignores.values() for s in v]),
        ):
            for s in selectors:
                if not names_any(s, known):
                    line, column = locate_in_config(self.source, s)
                    close = difflib.get_close_matches(s, sorted(known), n=3)
                    hint = f" (did you mean {', '.join(close)}?)" if close else " (see: claimcheck rules)"
                    raise ConfigError(f"{key}: unknown rule id {s!r}{hint}", self.source, line, column)

    def _graded(self, rule_id: str, default: str) -> str:
        """The configured severity; the longest matching selector wins."""
        severity = default
        for selector, sev in sorted(self.severity.items(), key=lambda kv: len(kv[0])):
            if matches(rule_id, selector):
                severity = sev
        return severity

    def rule_severity(self, rule_id: str, default: str) -> str | None:
        """The severity a pack rule runs at, or None when it does not run."""
        if self.select and not matches_any(rule_id, self.select):
            return None
        if matches_any(rule_id, self.ignore):
            return None
        severity = self._graded(rule_id, default)
        return None if severity == "off" else severity

    def engine_finding(self, finding: Finding) -> Finding | None:
        """An engine rule's finding after ``ignore`` and ``severity`` (``select`` is for
        pack rules); unreadable input always shows. None when it is dropped."""
        if finding.rule not in ENGINE_RULES or finding.rule == READ_ERROR_RULE:
            return finding
        if matches_any(finding.rule, self.ignore):
            return None
        severity = self._graded(finding.rule, finding.severity)
        if severity == "off":
            return None
        return finding if severity == finding.severity else finding.model_copy(update={"severity": severity})

    def ignored_in_file(self, finding: Finding) -> bool:
        """``per-file-ignores``: a glob on the path (as given, its name, or relative to the
        configuration's folder) and the rules it silences there."""
        if not self.per_file_ignores:
            return False
        forms = path_forms(finding.path, self.root)
        return any(
            matches_any(finding.rule, selectors)
            for pattern, selectors in self.per_file_ignores.items()
            if any(fnmatch.fnmatch(p, pattern) for p in forms)
        )

    def fails(self, finding: Finding) -> bool:
        return fails(finding.severity, self.fail_on)
