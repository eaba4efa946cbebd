"""Every built-in kind declares the values its messages fill, and a template naming any other
is a load error at its place (a typo must not print '{fgure}' on every finding)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from claimcheck.errors import ConfigError
from claimcheck.kinds import KINDS
from claimcheck.packs import parse_pack

KINDS_DIR = Path(__file__).resolve().parents[2] / "claimcheck" / "kinds"


def _value_keys(source: str) -> set[str]:
    """The keys of every ``values={...}`` literal given to ``Hit(...)`` in a module."""
    keys: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Hit":
            for kw in node.keywords:
                if kw.arg == "values":
                    assert isinstance(kw.value, ast.Dict), "values must be a dict literal so it can be checked"
                    keys |= {k.value for k in kw.value.keys if isinstance(k, ast.Constant)}
    return keys


@pytest.mark.parametrize("name", sorted(KINDS))
def test_each_kind_declares_exactly_the_values_it_gives(name):
    kind = KINDS[name]
    module = KINDS_DIR / f"{kind.check.__module__.rsplit('.', 1)[1]}.py"
    assert kind.fields is not None, f"{module.name} has no FIELDS"
    assert _value_keys(module.read_text(encoding="utf-8")) == set(kind.fields)


def test_a_template_naming_an_unknown_field_fails_at_its_place():
    text = ("pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n"
            "    message: \"{writen} is not {actual}\"\n")
    with pytest.raises(ConfigError) as e:
        parse_pack(text, "p.yaml")
    assert str(e.value).startswith("p.yaml:5:14: rule p.x: message template: unknown field '{writen}'")
    assert "{written}" in str(e.value) and "{message}" in str(e.value)


def test_a_template_naming_known_fields_loads():
    text = ("pack: p\nrules:\n  - id: x\n    kind: weekday-date-agreement\n"
            "    message: \"{written} is not {actual} ({date}); {message}\"\n")
    assert parse_pack(text, "p.yaml").rules[0].message.startswith("{written}")
