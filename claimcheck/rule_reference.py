"""The rule reference of the docs site, generated from the code so it cannot drift from it.

Every rule of the packs given (the core pack and the story packs in the repository), the
engine's own rules, and every registered kind: descriptions, severities, where each rule is
defined, its options, the fields its message may name, and the cases of the ``*.test.yaml``
files beside the packs, those that must fire and those that must stay silent. The MkDocs
hook (``mkdocs_hooks.py``) writes it as ``reference/rules.md`` on every build.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

from . import packtests
from .engine import ENGINE_RULES, ENGINE_SEVERITY
from .kinds import KINDS, Kind
from .packs import Pack, load_packs


CORE = "claimcheck/data/core"


def _shown_path(path: str | Path) -> str:
    """A path relative to the working folder (the repository when the docs are built); the
    core pack's files, which the loader names ``<core>/X.yaml``, by their place in the source."""
    if str(path).startswith("<core>"):
        return str(path).replace("<core>", CORE, 1)
    try:
        return Path(os.path.relpath(Path(path).resolve(), Path.cwd())).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _anchor(text: str) -> str:
    return "".join(ch if ch.isalnum() or ch == "-" else "-" for ch in text.lower()).strip("-")


def _cell(text: str | None) -> str:
    return " ".join((text or "").split()).replace("|", "\\|")


def _examples(test_files: Iterable[Path]) -> dict[str, dict[str, list[tuple[Path, Any, Any]]]]:
    """rule id -> {"fires": [...], "silent": [...]} of (test file, case, expectations of the rule)."""
    out: dict[str, dict[str, list]] = {}
    for path in test_files:
        spec, _ = packtests.load_test_file(path)
        scope = packtests.rules_in_scope(path, spec) or set()
        for case in spec.cases:
            if case.todo:
                continue  # an expected failure is no example of what the rule does
            fired = {e.rule for e in case.expect}
            for rule in scope:
                side = "fires" if rule in fired else "silent"
                mine = [e for e in case.expect if e.rule == rule]
                out.setdefault(rule, {"fires": [], "silent": []})[side].append((path, case, mine))
    return out


def _case_markdown(path: Path, case: Any, expectations: list, kind: str) -> list[str]:
    title = _cell(case.name).replace('"', "'")  # the admonition's title is in double quotes
    lines = [f'??? example "{title}"', f"    From `{_shown_path(path)}`.", ""]
    for d in case.documents:
        published = f", published {d.published}" if d.published else ", no publication date"
        lines += [f"    Document `{d.id}`{published}:", "", "    ```text"]
        lines += [f"    {line}" for line in d.text.rstrip("\n").split("\n")]
        lines += ["    ```", ""]
    for e in expectations:
        fields = {k: v for k, v in e.model_dump(exclude_none=True).items() if k != "rule"}
        lines.append(f"    Expected: `{e.rule}` " + ", ".join(f"{k} `{v}`" for k, v in fields.items()))
    if not expectations:
        lines.append(f"    Expected: no `{kind}` finding.")
    return lines + [""]


def _data_counts(pack: Pack) -> dict[str, list]:
    d = pack.data
    return {"people": d.roster.people, "offices": d.roster.offices, "tenures": d.roster.tenures,
            "names": d.names, "events": d.events, "subjects": d.subjects}


def _options_table(kind: Kind) -> list[str]:
    fields = kind.Options.model_fields
    if not fields:
        return ["No options."]
    lines = ["| option | type | default | meaning |", "|---|---|---|---|"]
    for name, info in fields.items():
        annotation = getattr(info.annotation, "__name__", None) or str(info.annotation).replace("typing.", "")
        default = "required" if info.is_required() else f"`{json.dumps(info.get_default(call_default_factory=True), default=str)}`"
        lines.append(f"| `{name}` | `{_cell(annotation)}` | {default} | {_cell(info.description)} |")
    return lines


def _rule_section(rule: Any, examples: dict[str, list]) -> list[str]:
    kind = KINDS[rule.kind]
    lines = [f"### {rule.id} {{#{_anchor(rule.id)}}}", "", _cell(rule.description) or "(no description)", "",
             f"- severity: `{rule.severity}`",
             f"- kind: [`{rule.kind}`](#kind-{_anchor(rule.kind)}) ({kind.scope})",
             f"- defined at: `{_shown_path(rule.path)}:{rule.line}`"]
    if rule.message:
        lines.append(f"- message: `{rule.message}`")
    if kind.fields is not None:
        lines.append(f"- message fields: `{kind.template_fields()}`")
    options = rule.options.model_dump(mode="json", exclude_defaults=True)
    if options:
        lines.append(f"- options set: `{json.dumps(options, ensure_ascii=False)}`")
    lines.append("")
    for side, title in (("fires", "Fires"), ("silent", "Stays silent")):
        cases = examples.get(side, [])
        lines += [f"**{title}** ({len(cases)} case{'s' if len(cases) != 1 else ''} in the pack tests)", ""]
        for path, case, mine in cases:
            lines += _case_markdown(path, case, mine, rule.id)
    return lines


def _kind_section(kind: Kind) -> list[str]:
    doc = kind.doc.strip().replace("\n    ", "\n")
    fields = f"`{kind.template_fields()}`" if kind.fields is not None else "not declared"
    return [f"### {kind.name} {{#kind-{_anchor(kind.name)}}}", "",
            f"Scope: {kind.scope}. Message fields: {fields}.", "", doc, "", "Options:", "",
            *_options_table(kind), ""]


def markdown(pack_paths: Sequence[str | Path] = ("rules",), test_paths: Sequence[str | Path] | None = None) -> str:
    """The reference page: every rule of the core pack and ``pack_paths``, the engine's rules,
    every kind. ``test_paths`` (default: the core pack's tests and those under ``pack_paths``)
    give the examples."""
    existing = [p for p in pack_paths if Path(p).exists()]
    packs: list[Pack] = load_packs(existing)
    test_files = packtests.core_test_files() + packtests.find_test_files(
        list(test_paths) if test_paths is not None else existing)
    examples = _examples(test_files)
    rules = sorted((r for p in packs for r in p.rules), key=lambda r: r.id)
    lines = [
        "# Rule reference", "",
        "Generated from the code on every build of this site (`claimcheck/rule_reference.py`): the rules",
        "of the core pack and of the packs in the repository, the engine's own rules, and every rule kind,",
        "with the cases of the `*.test.yaml` files beside the packs. `claimcheck rules` and",
        "`claimcheck rule ID` print the same from the command line.", "",
        "| rule | severity | kind | description |", "|---|---|---|---|",
    ]
    lines += [f"| [`{r.id}`](#{_anchor(r.id)}) | {r.severity} | `{r.kind}` | {_cell(r.description)} |" for r in rules]
    lines += [f"| [`{rid}`](#engine-rules) | {ENGINE_SEVERITY[rid]} | engine | {_cell(text)} |"
              for rid, text in sorted(ENGINE_RULES.items())]
    lines += ["", "## Packs", "", "| pack | where | description | rules | data |", "|---|---|---|---|---|"]
    for p in packs:
        data = ", ".join(f"{len(v)} {k}" for k, v in _data_counts(p).items() if v) or "none"
        lines.append(f"| `{p.name}` | `{_shown_path(p.path)}` | {_cell(p.description)} | {len(p.rules)} | {data} |")
    lines += ["", "## Rules", ""]
    for r in rules:
        lines += _rule_section(r, examples.get(r.id, {}))
    lines += ["## Engine rules {#engine-rules}", "",
              "Reported by the engine itself, not by a pack: configuration can re-grade or ignore them,",
              "except `input.unreadable`, which always shows.", ""]
    lines += [f"- `{rid}` ({ENGINE_SEVERITY[rid]}): {text}" for rid, text in sorted(ENGINE_RULES.items())]
    lines += ["", "## Rule kinds", "",
              "The closed registry of implementations a pack rule can name (`kind:`), one module each in",
              "`claimcheck/kinds/`; the text below is the module's docstring.", ""]
    for name in sorted(KINDS):
        lines += _kind_section(KINDS[name])
    return "\n".join(lines) + "\n"
