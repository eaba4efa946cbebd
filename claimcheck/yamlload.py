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


# A YAML alias may stand for a whole tree: nine aliases of nine make 387 million values from
# a few lines ("billion laughs"). Documents that expand past this many values are refused
# before anything walks them.
MAX_EXPANDED_NODES = 100_000


class SafeDataLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that never fails with anything but a YAML error at a place: an
    impossible date (``2024-02-30``) and an alias bomb are errors at their line, not a
    ``ValueError`` from deep inside the library or minutes of work."""

    def compose_document(self):
        node = super().compose_document()
        if node is not None and self.anchors_used:
            _check_expansion(node)
        return node

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            self.anchors_used = True
        return super().compose_node(parent, index)

    anchors_used = False
    # where a file holds many independent entries (a manifest), an impossible date is left as
    # its text, so that only its own entry is in error and the others still apply
    impossible_dates_as_text = False

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError) as e:
            if self.impossible_dates_as_text:
                return node.value
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value} is not a valid date ({e})", node.start_mark) from None


SafeDataLoader.add_constructor("tag:yaml.org,2002:timestamp", SafeDataLoader.construct_yaml_timestamp)


def _check_expansion(root: yaml.Node) -> None:
    """Refuse a tree that stands for too many values once every alias is expanded, at the
    first (smallest) node that does, or a node that contains itself. Iterative and linear in
    the distinct nodes, so neither deep nesting nor the bomb itself costs anything."""
    size: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        children = _children(node)
        if done:
            open_.discard(id(node))
            size[id(node)] = 1 + sum(size[id(c)] for c in children)
            if size[id(node)] > MAX_EXPANDED_NODES:
                raise yaml.composer.ComposerError(
                    None, None, f"aliases expand to more than {MAX_EXPANDED_NODES} values here", node.start_mark)
            continue
        if id(node) in size:
            continue
        open_.add(id(node))
        if any(id(c) in open_ for c in children):
            raise yaml.composer.ComposerError(None, None, "an alias refers to the value that holds it",
                                              node.start_mark)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in size)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


def safe_load(text: str, loader: type[SafeDataLoader] = SafeDataLoader) -> Any:
    """Parse one YAML document with ``loader``; nesting too deep for the parser is a
    ``MarkedYAMLError`` at the place where it gave up, like any other YAML error."""
    instance = loader(text)
    try:
        return instance.get_single_data()
    except RecursionError:
        raise yaml.MarkedYAMLError(problem="nested too deeply", problem_mark=instance.get_mark()) from None
    finally:
        instance.dispose()


class _Loader(SafeDataLoader):
    pass


class EntriesLoader(_Loader):
    """Marked values, with impossible dates kept as text for the entry that holds them."""

    impossible_dates_as_text = True


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


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, path: str, loader: type[_Loader] = _Loader) -> Any:
    """Parse YAML safely; syntax errors become ``ConfigError`` with file:line:column."""
    try:
        return safe_load(text, loader)
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


def validation_errors(e: Any, raw: Any, path: str, prefix: tuple = (), top: str = "file") -> list[ConfigError]:
    """Every error of a pydantic ``ValidationError``, each at its place in the YAML file."""
    out = []
    for err in e.errors():
        loc = prefix + tuple(err["loc"])
        where = ".".join(str(p) for p in loc) or top
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        out.append(ConfigError(f"{where}: {msg}", path, *locate(raw, loc)))
    return out
