"""Roles, names and figures on held-out news sentences (tests/data/news/*.yaml), through the public
extractors; the keys each file may use are listed at its top."""

from __future__ import annotations

import pytest

from claimcheck.extract import counts, money, names, roles
from claimcheck.packdata import PackData
from tests.news_cases import cases, document

DATA = PackData()


@pytest.mark.parametrize("case", cases("roles"))
def test_news_roles(case):
    found = [[c.person, c.title, c.modifier, c.organisation] for c in roles.extract(document(case), DATA)]
    people = [role[0] for role in found]
    if "roles" in case:
        assert found == case["roles"]
    for role in case.get("roles_include", []):
        assert role in found
    if "titles" in case:
        assert [role[:2] for role in found] == case["titles"]
    for pair in case.get("titles_include", []):
        assert pair in [role[:2] for role in found]
    assert not [p for p in people if p in case.get("no_person", [])]
    assert not [p for p in people for part in case.get("no_person_containing", []) if part in p]
    assert not [p for p in people for start in case.get("no_person_starting_with", []) if p.startswith(start)]


@pytest.mark.parametrize("case", cases("names"))
def test_news_names(case):
    claims = names.extract(document(case), DATA)
    people = [c for c in claims if c.entity == "person"]
    bare = [c for c in people if len(c.name.split()) == 1]
    if "persons" in case:
        assert [c.name for c in people] == case["persons"]
    if "bare_person_names" in case:
        assert [c.name for c in bare] == case["bare_person_names"]
    if "bare_persons" in case:
        assert [[c.name, c.canonical] for c in bare] == case["bare_persons"]
    if "names" in case:
        assert [[c.name, c.canonical] for c in claims] == case["names"]
    assert not [c.name for c in claims if c.name in case.get("absent", [])]
    for name, canonical in case.get("canonical_of", {}).items():
        assert [c.canonical for c in claims if c.name == name] == [canonical]
    for name, count in case.get("count_of", {}).items():
        assert len([c for c in claims if c.name == name]) == count


@pytest.mark.parametrize("case", cases("figures"))
def test_news_figures(case):
    doc = document(case)
    if "counts" in case:
        assert [[c.text, c.value] for c in counts.extract(doc, DATA)] == case["counts"]
    if "money" in case:
        assert [[c.text, c.amount] for c in money.extract(doc, DATA)] == case["money"]
