"""The closed registry of rule kinds: every module in this package that defines ``NAME``.

Packs can only name kinds found here; adding a kind means adding a module (see
``base.py`` for the interface).
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from types import ModuleType
from typing import Callable, Iterable, Literal

from .base import Hit, KindOptions


@dataclass(frozen=True)
class Kind:
    name: str
    scope: Literal["document", "corpus"]
    Options: type[KindOptions]
    check: Callable[..., Iterable[Hit]]
    doc: str
    fields: frozenset[str] | None = None  # what a message template may name besides {message}; None: unchecked

    def template_fields(self) -> str:
        """The fields a message template may name, as ``{a}, {b}, {message}`` (sorted)."""
        return ", ".join("{" + f + "}" for f in sorted((self.fields or frozenset()) | {"message"}))

    def summary(self) -> str:
        return self.doc.strip().split("\n", 1)[0].strip()


def _load(module: ModuleType) -> Kind:
    return Kind(
        name=module.NAME,
        scope=module.SCOPE,
        Options=getattr(module, "Options", KindOptions),
        check=module.check,
        doc=module.__doc__ or "",
        fields=frozenset(module.FIELDS) if hasattr(module, "FIELDS") else None,
    )


def _discover() -> dict[str, Kind]:
    kinds: dict[str, Kind] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "NAME"):
            kinds[module.NAME] = _load(module)
    return kinds


KINDS: dict[str, Kind] = _discover()

__all__ = ["KINDS", "Kind", "Hit", "KindOptions"]
