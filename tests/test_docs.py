"""The docs site: the nav lists every page, and the generated rule reference lists every rule,
every kind and the pack-test cases that show each rule firing and staying silent."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from claimcheck import packtests
from claimcheck.engine import ENGINE_RULES
from claimcheck.kinds import KINDS
from claimcheck.packs import load_packs
from claimcheck.rule_reference import markdown
from tests.conftest import ROOT

DOCS = ROOT / "docs"
GENERATED = {"reference/rules.md"}  # written by mkdocs_hooks.py on every build
ELSEWHERE = {"evaluation.md"}  # written on another branch; linked in the nav already


def _nav_pages(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [p for item in node for p in _nav_pages(item)]
    if isinstance(node, dict):
        return [p for value in node.values() for p in _nav_pages(value)]
    return []


@pytest.fixture(scope="module")
def nav() -> list[str]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return _nav_pages(config["nav"])


@pytest.fixture(scope="module")
def reference() -> str:
    return markdown([ROOT / "rules"])


def test_every_page_is_in_the_nav(nav):
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert pages - set(nav) == set()


def test_every_nav_entry_is_a_page(nav):
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert set(nav) - pages <= GENERATED | ELSEWHERE
    assert len(nav) == len(set(nav))
    for kept in ("dates.md", "numbers.md", "roles.md", "cli.md", "packs.md", "architecture.md", "evaluation.md"):
        assert kept in nav


def test_the_generated_page_is_not_committed():
    assert not (DOCS / "reference" / "rules.md").exists()


def test_reference_lists_every_rule_and_kind_in_the_repo(reference):
    packs = load_packs([ROOT / "rules"])
    rules = [r.id for p in packs for r in p.rules]
    assert len(rules) >= 10
    headings = set(re.findall(r"^### (\S+) \{#", reference, re.M))
    assert set(rules) <= headings
    assert set(KINDS) <= headings
    for rule in ENGINE_RULES:
        assert f"`{rule}`" in reference


def test_reference_shows_each_rule_firing_and_staying_silent(reference):
    for section in reference.split("\n### ")[1:]:
        name = section.split()[0]
        if name not in KINDS:  # a rule's section
            fires = int(re.search(r"\*\*Fires\*\* \((\d+) case", section).group(1))
            silent = int(re.search(r"\*\*Stays silent\*\* \((\d+) case", section).group(1))
            assert fires >= 1 and silent >= 1, name


def test_reference_quotes_the_test_cases(reference):
    files = packtests.core_test_files() + packtests.find_test_files([ROOT / "rules"])
    names = [c.name for f in files for c in packtests.load_test_file(f)[0].cases if not c.todo]
    assert len(names) > 50
    for name in names:
        assert name.replace('"', "'") in reference, name
    assert "The talks opened on Tuesday, May 8, 2024." in reference


def test_reference_changes_with_the_code(tmp_path):
    pack = tmp_path / "house.yaml"
    pack.write_text("pack: house\nrules:\n  - id: terms\n    kind: preferred-term\n    description: House words.\n"
                    "    options:\n      terms: [{pattern: web site, prefer: website}]\n", encoding="utf-8")
    (tmp_path / "house.test.yaml").write_text(
        "cases:\n  - name: web site is written website\n    documents: [{id: a, text: 'Visit our web site.'}]\n"
        "    expect: [{rule: house.terms}]\n", encoding="utf-8")
    page = markdown([tmp_path])
    assert "### house.terms {#house-terms}" in page and "House words." in page
    assert "web site is written website" in page
