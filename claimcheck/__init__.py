"""claimcheck: catch factual slips in news copy before it is published.

    import claimcheck
    report = claimcheck.check(["seeds/"], packs=["rules/"])
    for finding in report.findings:
        print(finding.path, finding.line, finding.rule, finding.message)

The names below are imported when first used (PEP 562), so importing a light module
(``claimcheck.models``, the pytest plugin that pytest loads in every session) does not
import the extractors and rule kinds.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "check": "api", "check_documents": "api", "check_text": "api", "extract": "api", "clear_caches": "cache",
    "load_packs": "packs", "read_paths": "corpus",
    "Config": "config", "ClaimcheckError": "errors", "ConfigError": "errors", "Pack": "packs",
    "AgeClaim": "models", "Claim": "models", "CountClaim": "models", "Document": "models", "Finding": "models", "MoneyClaim": "models",
    "NameClaim": "models", "Related": "models", "Report": "models", "RoleClaim": "models",
    "TemporalClaim": "models",
}

__all__ = list(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'claimcheck' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


class _Package(types.ModuleType):
    """``claimcheck.extract`` is the function ``extract(paths)``, as it always was, though the
    subpackage ``claimcheck/extract/`` has the same name: importing the subpackage would
    otherwise bind it here (eagerly importing ``api`` last used to hide that)."""

    @property
    def extract(self):  # type: ignore[no-untyped-def]
        from .api import extract

        return extract

    @extract.setter
    def extract(self, _subpackage: object) -> None:
        pass  # the import system binding the subpackage: it stays in sys.modules, not here


sys.modules[__name__].__class__ = _Package


if TYPE_CHECKING:
    from .api import check, check_documents, check_text, extract
    from .cache import clear_caches
    from .config import Config
    from .corpus import read_paths
    from .errors import ClaimcheckError, ConfigError
    from .models import (
        AgeClaim, Claim, CountClaim, Document, Finding, MoneyClaim, NameClaim, Related, Report, RoleClaim, TemporalClaim,
    )
    from .packs import Pack, load_packs
