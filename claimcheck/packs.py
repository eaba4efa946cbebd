"""Rule packs: YAML files of rules and data, validated before anything runs.

A pack never runs code: it names rule *kinds* from a closed registry and gives each
instance its options, which the kind's own pydantic model validates (unknown keys are
rejected). Every load error is a ``ConfigError`` with file, line and column.
"""

from __future__ import annotations

import re
import string
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic.json_schema import models_json_schema

from .errors import ConfigError, ConfigErrors, raise_all
from .kinds import KINDS, Kind
from .models import Severity
from .packdata import PackData
from .selection import RULE_ID as _ID
from .yamlload import locate, load_yaml, validation_errors

CORE_DIR = "core"


class RuleSpec(BaseModel):
    """A rule instance as written in YAML."""

    model_config = ConfigDict(extra="forbid")

    id: str
    kind: str
    severity: Severity = "warning"
    message: str | None = Field(None, description="template; {fields} come from the kind")
    description: str | None = None
    options: dict[str, Any] = Field(default_factory=dict)

    @field_validator("id")
    @classmethod
    def _dotted(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("rule id must be lower-case words joined by dots, e.g. 'story.title'")
        return v


class PackSpec(PackData):
    model_config = ConfigDict(extra="forbid", frozen=True)

    pack: str = Field(description="the pack's name; rule ids are prefixed with it")
    version: str | int | None = None
    description: str | None = None
    rules: list[RuleSpec] = Field(default_factory=list)

    @field_validator("pack")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _ID.match(v) or "." in v:
            raise ValueError("pack name must be one lower-case word (letters, digits, - or _)")
        return v


class Rule(BaseModel):
    """A loaded, validated rule: its options are the kind's own model."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    id: str
    kind: str
    severity: Severity
    message: str | None
    description: str | None
    options: BaseModel
    pack: str
    path: str
    line: int


class Pack(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    version: str | None
    description: str | None
    path: str
    rules: list[Rule]
    data: PackData


def _errors_from_validation(e: ValidationError, raw: Any, path: str, prefix: tuple = ()) -> list[ConfigError]:
    return validation_errors(e, raw, path, prefix, top="pack")


def template_problem(template: str, kind: Kind | None = None) -> str | None:
    """What is wrong with a message template, or None. Checked at load so a typo fails at
    its place instead of printing the raw template on every finding: the syntax, and, when
    the kind declares its ``fields`` (its module's ``FIELDS``), every name the template uses."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as e:
        return str(e)
    for _, name, _, conversion in parts:
        if name is None:
            continue
        if name == "" or name.isdigit():
            return f"'{{{name}}}' needs a field name (values are given by name, e.g. {{message}})"
        if conversion is not None and conversion not in _CONVERSIONS:
            return f"unknown conversion '!{conversion}' (use !r, !s or !a)"
        field = _FIELD_NAME.match(name).group(0)
        if kind is not None and kind.fields is not None and field != "message" and field not in kind.fields:
            return f"unknown field '{{{field}}}' (this kind gives {kind.template_fields()})"
    return None


_CONVERSIONS = {"r", "s", "a"}
_FIELD_NAME = re.compile(r"[^.\[]*")  # "{figure.upper}" and "{values[0]}" name "figure", "values"


def parse_pack(text: str, path: str) -> Pack:
    """Validate one pack's YAML text; raise ``ConfigError`` with every independent problem,
    each at its place (the pack's own keys, then each rule on its own)."""
    raw = load_yaml(text, path)
    if not isinstance(raw, dict):
        raise ConfigError("a pack must be a YAML mapping with 'pack:' and 'rules:'", path)
    if "name" in raw and "pack" not in raw:
        raw["pack"] = raw.pop("name")
    errors: list[ConfigError] = []
    raw_rules = raw.get("rules")
    try:
        spec = PackSpec.model_validate({k: v for k, v in raw.items() if k != "rules"})
    except ValidationError as e:
        errors.extend(_errors_from_validation(e, raw, path))
        spec = None
    if raw_rules is not None and not isinstance(raw_rules, list):
        errors.append(ConfigError("rules: must be a list of rules", path, *locate(raw, ("rules",))))
        raw_rules = []
    name = spec.pack if spec else str(raw.get("pack", ""))
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw_rule in enumerate(raw_rules or []):
        try:
            rules.append(_rule(raw_rule, i, raw, name, path, seen))
        except ConfigErrors as e:
            errors.extend(e.errors)
        except ConfigError as e:
            errors.append(e)
    raise_all(errors)
    data = PackData(roster=spec.roster, names=spec.names, events=spec.events, subjects=spec.subjects,
                    language=spec.language)
    return Pack(
        name=spec.pack,
        version=None if spec.version is None else str(spec.version),
        description=spec.description,
        path=path,
        rules=rules,
        data=data,
    )


def _rule(raw_rule: Any, i: int, raw: Any, pack: str, path: str, seen: set[str]) -> Rule:
    """One rule of a pack, validated: its fields, id, kind, message template and options."""
    try:
        r = RuleSpec.model_validate(raw_rule)
    except ValidationError as e:
        raise_all(_errors_from_validation(e, raw, path, ("rules", i)))
    rule_id = r.id if r.id.startswith(pack + ".") else f"{pack}.{r.id}"
    line, column = locate(raw, ("rules", i))
    if rule_id in seen:
        raise ConfigError(f"duplicate rule id {rule_id!r}", path, line, column)
    seen.add(rule_id)
    kind = KINDS.get(r.kind)
    if kind is None:
        kline, kcol = locate(raw, ("rules", i, "kind"))
        known = ", ".join(sorted(KINDS))
        raise ConfigError(f"rule {rule_id}: unknown kind {r.kind!r} (known kinds: {known})", path, kline, kcol)
    problem = r.message and template_problem(r.message, kind)
    if problem:
        mline, mcol = locate(raw, ("rules", i, "message"))
        raise ConfigError(f"rule {rule_id}: message template: {problem}", path, mline, mcol)
    try:
        options = kind.Options.model_validate(r.options)
    except ValidationError as e:
        raise_all(_errors_from_validation(e, raw, path, ("rules", i, "options")))
    return Rule(
        id=rule_id,
        kind=r.kind,
        severity=r.severity,
        message=r.message,
        description=r.description or kind.summary(),
        options=options,
        pack=pack,
        path=path,
        line=line,
    )


def load_pack(path: str | Path) -> Pack:
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise ConfigError(f"cannot read rule pack: {e.strerror or e}", str(p)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"rule pack is not UTF-8 (byte at offset {e.start})", str(p)) from None
    return parse_pack(text, str(p))


def pack_files(path: str | Path) -> list[Path]:
    """A pack path is a YAML file or a folder of them (``*.test.yaml`` are tests, not packs)."""
    p = Path(path)
    if p.is_dir():
        return sorted(
            f for f in p.rglob("*.y*ml") if f.suffix in {".yaml", ".yml"} and ".test." not in f.name
        )
    return [p]


def core_pack() -> Pack:
    """The built-in pack: every YAML file in ``claimcheck/data/core/`` (all ``pack: core``)."""
    folder = resources.files("claimcheck") / "data" / CORE_DIR
    parts = [
        parse_pack(f.read_text(encoding="utf-8"), f"<core>/{f.name}")
        for f in sorted(folder.iterdir(), key=lambda f: f.name)
        if f.name.endswith(".yaml") and ".test." not in f.name
    ]
    return merge_packs(parts)


def merge_packs(parts: list[Pack]) -> Pack:
    """One pack from several files that share its name (big packs split by concern)."""
    first = parts[0]
    rules: dict[str, Rule] = {}
    for part in parts:
        if part.name != first.name:
            raise ConfigError(f"expected pack {first.name!r}, found {part.name!r}", part.path)
        for r in part.rules:
            if r.id in rules:
                raise ConfigError(f"duplicate rule id {r.id!r} (also in {rules[r.id].path})", r.path, r.line)
            rules[r.id] = r
    return Pack(
        name=first.name,
        version=next((p.version for p in parts if p.version), None),
        description=next((p.description for p in parts if p.description), None),
        path=first.path if len(parts) == 1 else str(Path(first.path).parent),
        rules=list(rules.values()),
        data=PackData.merge([p.data for p in parts]),
    )


def load_packs(paths: list[str | Path] = (), core: bool = True) -> list[Pack]:
    """The core pack (unless ``core=False``) followed by every pack under ``paths``.

    Files that declare the same pack name are merged into one pack, so a story pack can
    keep its roster, events and subjects in separate files.
    """
    groups: dict[str, list[Pack]] = {}
    errors: list[ConfigError] = []
    for path in paths:
        files = pack_files(path)
        if not files:
            errors.append(ConfigError("no rule pack (*.yaml) found here", str(path)))
        for f in files:
            try:
                pack = load_pack(f)
            except ConfigError as e:
                errors.append(e)  # every broken file is reported, not only the first
                continue
            if pack.name == "core":
                errors.append(ConfigError("the pack name 'core' is reserved for the built-in pack", str(f)))
                continue
            if any(Path(p.path).resolve() == f.resolve() for p in groups.get(pack.name, [])):
                continue  # the same file named twice
            groups.setdefault(pack.name, []).append(pack)
    raise_all(errors)
    packs = [core_pack()] if core else []
    return packs + [merge_packs(parts) for parts in groups.values()]


def pack_json_schema() -> dict[str, Any]:
    """JSON Schema of pack files, for editor completion (generated from the models).

    A rule's ``options`` are typed by its ``kind``: one ``if kind == K then options is
    K's Options`` per kind, so an editor flags an option of another kind or a bad value.
    All models are generated together so their ``$defs`` share one namespace.
    """
    kinds = sorted(KINDS)
    models = [(PackSpec, "validation"), *((KINDS[k].Options, "validation") for k in kinds)]
    refs, top = models_json_schema(models, ref_template="#/$defs/{model}")
    defs = top.get("$defs", {})
    schema = dict(defs.pop(refs[(PackSpec, "validation")]["$ref"].rsplit("/", 1)[-1]))
    schema["title"] = "claimcheck rule pack"
    schema["$defs"] = defs
    users: dict[str, list[str]] = {}  # every Options model is titled "Options": say whose in hovers
    for k in kinds:
        users.setdefault(refs[(KINDS[k].Options, "validation")]["$ref"].rsplit("/", 1)[-1], []).append(k)
    for name, used_by in users.items():
        if name in defs:
            defs[name]["title"] = f"{', '.join(used_by)} options"
    rule = defs.get("RuleSpec")
    if rule:
        rule["properties"]["kind"]["enum"] = kinds
        rule["allOf"] = [
            {
                "if": {"properties": {"kind": {"const": k}}, "required": ["kind"]},
                "then": {"properties": {"options": refs[(KINDS[k].Options, "validation")]}},
            }
            for k in kinds
        ]
    return schema
