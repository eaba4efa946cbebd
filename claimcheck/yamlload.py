"""Safe YAML loading that remembers where every value came from.

Pydantic reports errors as a path into the data (``rules.2.options.terms``); this module
turns such a path back into a file, line and column, so every configuration error reads
``rules/story.yaml:14:7: ...``.
"""

from __future__ import annotations

from typing import Any, Iterable

import yaml

from .errors import ConfigError


class Marked(dict):
    """A mapping that knows the (line, column) of itself and of each of its keys."""

    where: tuple[int, int] = (1, 1)
    key_where: dict[Any, tuple[int, int]]


class MarkedList(list):
    where: tuple[int, int] = (1, 1)
    item_where: list[tuple[int, int]]


# libyaml's C parser where PyYAML was built with it (about 8x faster on the packs); the
# constructors below are Python either way, and both parsers give the same marks.
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_SafeBase):  # type: ignore[misc, valid-type]
    pass


class _PureLoader(yaml.SafeLoader):
    pass


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Marked:
    loader.flatten_mapping(node)
    out = Marked()
    out.where = _mark(node)
    out.key_where = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise ConfigError("mapping key must be a plain value", None, *_mark(key_node)) from None
        if key in out:
            line, column = _mark(key_node)
            raise ConfigError(f"duplicate key {key!r}", None, line, column)
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_where[key] = _mark(value_node)
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> MarkedList:
    out = MarkedList(loader.construct_object(child, deep=True) for child in node.value)
    out.where = _mark(node)
    out.item_where = [_mark(child) for child in node.value]
    return out


for _cls in (_Loader, _PureLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, path: str, pure: bool = False) -> Any:
    """Parse YAML safely; syntax errors become ``ConfigError`` with file:line:column.

    Parsed by libyaml where present; a text it rejects is parsed again by the pure-Python
    parser, whose message names the offending character (and, for a bad escape, points at
    it rather than at the backslash), so errors read the same with or without libyaml.
    ``pure``: skip libyaml (the tests compare the two)."""
    if not pure and _Loader is not _PureLoader:
        try:
            return yaml.load(text, Loader=_Loader)  # noqa: S506 - CSafeLoader is a safe loader
        except ConfigError as e:
            e.path = path
            raise
        except yaml.YAMLError:
            pass  # rare: a broken file; the pure parser explains it below
    try:
        return yaml.load(text, Loader=_PureLoader)  # noqa: S506 - derives from SafeLoader
    except ConfigError as e:
        e.path = path
        raise
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = e.problem or e.context or "invalid YAML"
        raise ConfigError(
            f"invalid YAML: {problem}", path, mark.line + 1 if mark else 1, mark.column + 1 if mark else 1
        ) from None
    except yaml.YAMLError as e:
        raise ConfigError(f"invalid YAML: {e}", path) from None


def locate(data: Any, loc: Iterable[Any]) -> tuple[int, int]:
    """The (line, column) of the deepest value along a pydantic error location."""
    where = getattr(data, "where", (1, 1))
    node = data
    for part in loc:
        if isinstance(node, Marked) and part in node:
            where = node.key_where.get(part, where)
            node = node[part]
        elif isinstance(node, MarkedList) and isinstance(part, int) and 0 <= part < len(node):
            where = node.item_where[part]
            node = node[part]
        else:
            break  # discriminator tags and missing keys: the parent is the best place
    return where
