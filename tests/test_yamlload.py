"""YAML loading with libyaml's C parser gives the same values, places and errors as the pure parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import yamlload
from claimcheck.errors import ConfigError
from claimcheck.yamlload import Marked, MarkedList, load_yaml

ROOT = Path(__file__).resolve().parent.parent
PACK_FILES = sorted([*(ROOT / "claimcheck" / "data").rglob("*.yaml"), *(ROOT / "rules").rglob("*.yaml")])

needs_libyaml = pytest.mark.skipif(not hasattr(yaml, "CSafeLoader"), reason="PyYAML built without libyaml")


def places(data) -> object:
    """The value with every mapping's and list's recorded places beside it."""
    if isinstance(data, Marked):
        return ("map", data.where, {k: (data.key_where[k], places(v)) for k, v in data.items()})
    if isinstance(data, MarkedList):
        return ("list", data.where, [(w, places(v)) for w, v in zip(data.item_where, data)])
    return data


def outcome(text: str, pure: bool) -> object:
    try:
        return places(load_yaml(text, "p.yaml", pure=pure))
    except ConfigError as e:
        return str(e)


@needs_libyaml
def test_the_c_parser_is_used_where_present():
    assert issubclass(yamlload._Loader, yaml.CSafeLoader)


@needs_libyaml
@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: p.name)
def test_every_shipped_pack_loads_the_same_with_both_parsers(path):
    text = path.read_text(encoding="utf-8")
    assert outcome(text, pure=False) == outcome(text, pure=True)


BROKEN = {
    "a: [1, 2\nb: 3\n": "p.yaml:2:2: invalid YAML: expected ',' or ']', but got ':'",
    "a: 1\n  b: 2\n": "p.yaml:2:4: invalid YAML: mapping values are not allowed here",
    "a: 1\na: 2\n": "p.yaml:2:1: duplicate key 'a'",
    "\t- tab\n": "p.yaml:1:1: invalid YAML: found character '\\t' that cannot start any token",
    "a: *nope\n": "p.yaml:1:4: invalid YAML: found undefined alias 'nope'",
    'a: "\\q"\n': "p.yaml:1:6: invalid YAML: found unknown escape character 'q'",
    "a: !!python/object:os.system x\n": "p.yaml:1:4: invalid YAML: could not determine a constructor "
                                        "for the tag 'tag:yaml.org,2002:python/object:os.system'",
}


@pytest.mark.parametrize("text", list(BROKEN))
def test_a_broken_file_is_reported_at_the_same_place_with_the_same_words(text):
    assert outcome(text, pure=False) == BROKEN[text]
    assert outcome(text, pure=True) == BROKEN[text]


scalars = st.one_of(st.integers(), st.booleans(), st.none(), st.text(min_size=0, max_size=12))
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=4)),
    max_leaves=12,
)


@needs_libyaml
@settings(max_examples=150, deadline=None)
@given(documents, st.sampled_from([False, True]))
def test_any_document_gets_the_same_values_and_places_from_both_parsers(data, flow):
    text = yaml.safe_dump({"root": data}, allow_unicode=True, default_flow_style=flow)
    assert outcome(text, pure=False) == outcome(text, pure=True)


# libyaml and the protections of the pure loader (alias bombs, impossible dates, deep nesting)

BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [*{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}, *{a}]\n" for a, b in zip("abcdef", "bcdefg"))


@needs_libyaml
@pytest.mark.parametrize("text, error", [
    # e is the first list standing for more than 100,000 values (1 + 10 * 11,111)
    (BOMB, "p.yaml:5:4: invalid YAML: aliases expand to more than 100000 values here"),
    ("a: &a [1, *a]\n", "p.yaml:1:4: invalid YAML: an alias refers to the value that holds it"),
    ("a: 2024-02-30\n", "p.yaml:1:4: invalid YAML: 2024-02-30 is not a valid date (day is out of range for month)"),
])
def test_libyaml_refuses_what_the_pure_parser_refuses_at_the_same_place(text, error):
    assert outcome(text, pure=False) == outcome(text, pure=True) == error


@pytest.mark.parametrize("text", [
    "a: " + "[" * 50_000 + "\n",  # libyaml's recursive composer would end the process here
    "a: " + "[" * 50_000 + "]" * 50_000 + "\n",
    "- " * 30_000 + "x\n",  # block nesting: one level per indent
])
def test_nesting_too_deep_for_either_parser_is_an_error_at_a_place(text):
    got = outcome(text, pure=False)
    assert got.startswith("p.yaml:1:") and "invalid YAML" in got


@needs_libyaml
def test_a_shallow_text_with_aliases_loads_the_same_with_both_parsers():
    text = "base: &base {severity: warning, tags: [a, b]}\nrules:\n  - *base\n  - {x: *base}\n"
    assert outcome(text, pure=False) == outcome(text, pure=True)
    assert load_yaml(text, "p.yaml")["rules"][1] == {"x": {"severity": "warning", "tags": ["a", "b"]}}


# front matter (plain values, yamlload.safe_load): libyaml first, the pure parser for what it refuses

def plain_outcome(text: str, pure: bool) -> object:
    try:
        if pure:
            instance = yamlload.SafeDataLoader(text)
            try:
                return instance.get_single_data()
            finally:
                instance.dispose()
        return yamlload.safe_load(text)
    except yaml.YAMLError as e:
        return f"{type(e).__name__}: {e}"  # the message with its place


@needs_libyaml
def test_front_matter_is_parsed_by_libyaml_where_present(monkeypatch):
    used = []
    monkeypatch.setattr(yamlload, "_parse", lambda text, loader: used.append(loader) or {"x": 1})
    assert yamlload.safe_load("title: t\n") == {"x": 1}
    assert used == [yamlload._CDataLoader]


@needs_libyaml
@pytest.mark.parametrize("text", [
    'title: "Apple reports record $18B profit"\nsource: \'WPTV\'\npublished: 2015-01-27\nupdated: 2015-01-28 17:19:05\n',
    "published: 2024-02-30\n",  # an impossible date: the same error at the same place
    "a: [1, 2\nb: 3\n",
    "a: 1\n  b: 2\n",
    "a: 1\na: 2\n",
    "a: *nope\n",
    'a: "\\q"\n',
    "a: \x07bell\n",  # the pure reader refuses a control character that libyaml would take
    BOMB,
    "a: &a [1, *a]\n",
])
def test_front_matter_gets_the_same_values_and_errors_from_both_parsers(text):
    assert plain_outcome(text, pure=False) == plain_outcome(text, pure=True)


@needs_libyaml
@settings(max_examples=150, deadline=None)
@given(documents, st.sampled_from([False, True]))
def test_any_front_matter_gets_the_same_values_from_both_parsers(data, flow):
    text = yaml.safe_dump({"root": data, "published": "2024-05-07"}, allow_unicode=True, default_flow_style=flow)
    assert plain_outcome(text, pure=False) == plain_outcome(text, pure=True)
