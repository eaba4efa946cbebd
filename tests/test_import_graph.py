"""The layers import one way: rule kinds read claims, never an extractor."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "claimcheck"

# (importing package, imported package): an import from the first into the second is a fault.
FORBIDDEN = [
    ("claimcheck.kinds", "claimcheck.extract"),
    ("claimcheck.language", "claimcheck.extract"),
    ("claimcheck.language", "claimcheck.kinds"),
    # voting is shared by rule kinds (which may import it) and reads plain values only
    ("claimcheck.voting", "claimcheck.extract"),
    ("claimcheck.voting", "claimcheck.kinds"),
    ("claimcheck.voting", "claimcheck.language"),
]


def _module(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path`` (module ``module``), relative ones resolved."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _inside(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def faults(package: Path = PACKAGE) -> list[str]:
    """``file:line: module imports name`` for every forbidden import below ``package``."""
    out = []
    for path in sorted(package.rglob("*.py")):
        module = _module(path, package)
        for line, name in _imports(path, module):
            for importer, imported in FORBIDDEN:
                if _inside(module, importer) and _inside(name, imported):
                    out.append(f"{path.relative_to(package.parent)}:{line}: {module} imports {name}")
    return sorted(set(out))


def test_rule_kinds_and_the_language_layer_never_import_an_extractor():
    assert faults() == []


def test_the_check_names_the_offending_import(tmp_path):
    package = tmp_path / "claimcheck"
    (package / "kinds").mkdir(parents=True)
    (package / "kinds" / "bad.py").write_text("import os\nfrom ..extract import _temporal_scope as S\n")
    (package / "kinds" / "good.py").write_text("from ..language import LEXICON\nfrom . import base\n")
    assert faults(package) == ["claimcheck/kinds/bad.py:2: claimcheck.kinds.bad imports claimcheck.extract",
                        "claimcheck/kinds/bad.py:2: claimcheck.kinds.bad imports claimcheck.extract._temporal_scope"]
