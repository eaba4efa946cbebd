"""Project configuration: ``[tool.claimcheck]`` in pyproject.toml, or ``claimcheck.toml``
(top-level keys, or the same ``[tool.claimcheck]`` block).

Found like ruff finds its configuration: from the checked files' folder upwards, not
from the current directory alone. Paths in the file are relative to the file's folder.
Command-line flags win over the file.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError, raise_all, validation_message
from .models import Severity


class Config(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    packs: list[str] = Field(default_factory=list, description="rule pack files or folders")
    corpus: list[str] = Field(default_factory=list, description="corpus folders (pytest plugin, --against)")
    core: bool = Field(True, description="run the built-in core pack")
    select: list[str] = Field(default_factory=list, description="rule ids or prefixes to run (empty: all)")
    ignore: list[str] = Field(default_factory=list, description="rule ids or prefixes not to run")
    per_file_ignores: dict[str, list[str]] = Field(default_factory=dict, alias="per-file-ignores")
    severity: dict[str, Severity] = Field(default_factory=dict, description="severity per rule id")
    fail_on: Literal["error", "warning", "info"] = Field("error", alias="fail-on")
    source: str | None = Field(None, exclude=True, description="the file this came from")
    root: str | None = Field(None, exclude=True)


def _read(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        line, column = _toml_place(e)
        raise ConfigError(f"invalid TOML: {_TOML_AT.sub('', str(e))}", str(path), line, column) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read configuration: {e}", str(path)) from None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("claimcheck")
    return _own_file(data, path)


def _own_file(data: dict, path: Path) -> dict:
    """claimcheck.toml holds the settings as top-level keys, or as the README's
    ``[tool.claimcheck]`` block pasted in as is; mixing the two forms is an error."""
    tool = data.get("tool")
    if not (isinstance(tool, dict) and "claimcheck" in tool):
        return data
    if set(data) != {"tool"} or set(tool) != {"claimcheck"}:
        raise ConfigError("use top-level keys or a [tool.claimcheck] table, not both", str(path),
                          _table_line(path) + 1, 1)
    return tool["claimcheck"]


def _table_line(path: Path) -> int:
    """0-based line of the ``[tool.claimcheck`` header (0 when there is none)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return next((i for i, l in enumerate(lines) if l.strip().startswith("[tool.claimcheck")), 0)


_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


def _toml_place(e: tomllib.TOMLDecodeError) -> tuple[int, int]:
    """Line and column of a TOML error: attributes from Python 3.14, the message before."""
    if getattr(e, "lineno", None):
        return e.lineno, e.colno
    m = _TOML_AT.search(str(e))
    return (int(m.group(1)), int(m.group(2))) if m else (1, 1)


def find_config_file(start: Path) -> Path | None:
    """The nearest claimcheck.toml, or pyproject.toml with [tool.claimcheck], from ``start`` up."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for d in (folder, *folder.parents):
        for name in ("claimcheck.toml", "pyproject.toml"):
            f = d / name
            if f.is_file():
                text = f.read_text(encoding="utf-8", errors="replace")
                if name == "claimcheck.toml" or "[tool.claimcheck" in text:
                    return f
    return None


def load_config(path: Path | None) -> Config:
    """Parse and validate a configuration file (None: the defaults)."""
    if path is None:
        return Config()
    raw = _read(path)
    if raw is None:
        return Config(source=str(path), root=str(path.parent))
    try:
        cfg = Config.model_validate(raw)
    except ValidationError as e:
        errors = []
        for err in e.errors():  # every error, in file order (raise_all sorts them)
            key = ".".join(str(p) for p in err["loc"])
            msg = validation_message(err)
            errors.append(ConfigError(f"[tool.claimcheck] {key}: {msg}", str(path), *_place_of(path, err["loc"])))
        raise_all(errors)
        raise  # not reached: a ValidationError always holds an error
    base = path.parent
    missing = [ConfigError(f"{key}: no such file or folder {p!r}", str(path), *locate_in_config(str(path), p))
               for key in ("packs", "corpus") for p in getattr(cfg, key) if not (base / p).exists()]
    raise_all(missing)
    return cfg.model_copy(
        update={
            "packs": [_shown(base / p) for p in cfg.packs],
            "corpus": [_shown(base / p) for p in cfg.corpus],
            "source": str(path),
            "root": str(base),
        }
    )


def _shown(path: Path) -> str:
    """A configured path as findings will show it: relative to the current folder when under it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix() or "."
    except (ValueError, OSError):
        return str(path)


def _place_of(path: Path, loc: tuple) -> tuple[int, int]:
    """(line, column) of the deepest key of ``loc`` found inside the claimcheck table, as a
    key (``fail-on =``, ``"core.x" =``) or a table header (``[tool.claimcheck.severity]``)."""
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    start = _table_line(path)
    for key in reversed([str(k) for k in loc if not isinstance(k, int)]):
        k = re.escape(key)
        # `key =` at a line's start or inside an inline table, or `[tool.claimcheck.key]`
        pattern = re.compile(rf"""(?:^\s*|[{{,]\s*)(?P<a>(["']?){k}\2)\s*=|[.\[](?P<b>{k})\]""")
        for number, line in enumerate(lines[start:], start + 1):
            m = pattern.search(line)
            if m:
                return number, m.start("a" if m.group("a") else "b") + 1
    return start + 1, 1


def locate_in_config(source: str | None, value: str) -> tuple[int, int]:
    """(line, column) of a quoted ``value`` in the configuration file, to point at a bad rule id."""
    if not source:
        return 1, 1
    try:
        text = Path(source).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return 1, 1
    for quote in ('"', "'"):
        i = text.find(f"{quote}{value}{quote}")
        if i >= 0:
            return text.count("\n", 0, i) + 1, i - (text.rfind("\n", 0, i) + 1) + 1
    return 1, 1


def discover_config(paths: list[str | Path]) -> Config:
    """Configuration for a run over ``paths``: the first file found from their folders up."""
    for p in paths or ["."]:
        found = find_config_file(Path(p))
        if found:
            return load_config(found)
    return Config()
