"""Safe YAML loading that remembers where every value came from.

Pydantic reports errors as a path into the data (``rules.2.options.terms``); this module
turns such a path back into a file, line and column, so every configuration error reads
``rules/story.yaml:14:7: ...``.
"""

from __future__ import annotations

from typing import Any, Iterable

import yaml

from .errors import ConfigError, validation_message


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

# libyaml's composer is recursive C code: with PyYAML 6.0.3 (allowed by pyyaml>=6), 50,000
# nested brackets end the process with a segmentation fault, no Python error (6.0.4's libyaml
# stops at a nesting limit). A text that could nest deeper than this goes to the pure parser,
# whose RecursionError becomes a YAML error at its place.
MAX_C_DEPTH = 1_000


class _SafeData:
    """What both parsers share: they never fail with anything but a YAML error at a place: an
    impossible date (``2024-02-30``) and an alias bomb are errors at their line, not a
    ``ValueError`` from deep inside the library or minutes of work."""

    # where a file holds many independent entries (a manifest), an impossible date is left as
    # its text, so that only its own entry is in error and the others still apply
    impossible_dates_as_text = False
    # set by safe_load: an alias needs a '*' in the text, so a text without one is not walked
    may_alias = True

    def get_single_data(self):  # type: ignore[no-untyped-def]
        # composed first, checked, then constructed: libyaml's composer cannot be hooked
        # node by node, so the whole tree is checked here, before anything expands it
        node = self.get_single_node()  # type: ignore[attr-defined]
        if node is None:
            return None
        if self.may_alias:
            _check_expansion(node)
        return self.construct_document(node)  # type: ignore[attr-defined]

    def construct_yaml_timestamp(self, node):  # type: ignore[no-untyped-def]
        try:
            return super().construct_yaml_timestamp(node)  # type: ignore[misc]
        except (ValueError, OverflowError) as e:
            if self.impossible_dates_as_text:
                return node.value
            raise yaml.constructor.ConstructorError(
                None, None, f"{node.value} is not a valid date ({e})", node.start_mark) from None


class SafeDataLoader(_SafeData, yaml.SafeLoader):
    """``yaml.SafeLoader`` (the pure-Python parser) with the protections of ``_SafeData``:
    plain values, for front matter."""


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


def _parse(text: str, loader: type) -> Any:
    instance = loader(text)
    instance.may_alias = "*" in text
    try:
        return instance.get_single_data()
    finally:
        instance.dispose()


def safe_load(text: str, loader: type[SafeDataLoader] = SafeDataLoader) -> Any:
    """Parse one YAML document with ``loader`` (a pure-Python one); nesting too deep for the
    parser is a ``MarkedYAMLError`` at the place where it gave up, like any other YAML error.

    Plain values (``SafeDataLoader``, every article's front matter) are parsed by libyaml
    first where present: the pure parser was three quarters of reading an article. A text
    libyaml rejects, or one it might read differently (characters the pure reader refuses,
    nesting deep enough to crash it), is parsed by the pure parser, whose errors and marks
    are the ones reported."""
    if loader is SafeDataLoader and _HAVE_LIBYAML and not _NON_PRINTABLE.search(text) \
            and not _may_nest_deeper_than(text, MAX_C_DEPTH):
        try:
            return _parse(text, _CDataLoader)
        except (yaml.YAMLError, RecursionError):
            pass  # rare: a broken text; the pure parser explains it below
    instance = loader(text)
    instance.may_alias = "*" in text
    try:
        return instance.get_single_data()
    except RecursionError:
        raise yaml.MarkedYAMLError(problem="nested too deeply", problem_mark=instance.get_mark()) from None
    finally:
        instance.dispose()


def _may_nest_deeper_than(text: str, depth: int) -> bool:
    """An upper bound on nesting: each flow level opens a bracket, each block level indents
    (at least one column, or two for '- - x'), so depth <= brackets + the longest line."""
    if text.count("[") + text.count("{") > depth:
        return True
    return max(map(len, text.splitlines()), default=0) > depth


# libyaml's C parser where PyYAML was built with it (about 8x faster on the packs); the
# constructors below are Python either way, and both parsers give the same marks.
_HAVE_LIBYAML = hasattr(yaml, "CSafeLoader")
_SafeBase = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _CDataLoader(_SafeData, _SafeBase):  # type: ignore[misc, valid-type]
    """Plain values, parsed by libyaml: ``SafeDataLoader``'s fast path."""


# what the pure reader refuses before parsing (libyaml is laxer): such a text goes to it at once
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


class _PureLoader(SafeDataLoader):
    """Marked values, parsed by the pure-Python parser (errors, and texts libyaml cannot take)."""


class _Loader(_SafeData, _SafeBase):  # type: ignore[misc, valid-type]
    """Marked values, parsed by libyaml where present."""

    pure: type[_PureLoader] = _PureLoader


class _PureEntriesLoader(_PureLoader):
    impossible_dates_as_text = True


class EntriesLoader(_Loader):
    """Marked values, with impossible dates kept as text for the entry that holds them."""

    impossible_dates_as_text = True
    pure = _PureEntriesLoader


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


for _cls in (SafeDataLoader, _Loader, _CDataLoader):
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _SafeData.construct_yaml_timestamp)
for _cls in (_Loader, _PureLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, path: str, loader: type[_Loader] = _Loader, pure: bool = False) -> Any:
    """Parse YAML safely; syntax errors become ``ConfigError`` with file:line:column.

    Parsed by libyaml where present; a text it rejects is parsed again by the pure-Python
    parser, whose message names the offending character (and, for a bad escape, points at
    it rather than at the backslash), so errors read the same with or without libyaml. A
    text that could nest too deeply for libyaml's recursive composer goes to the pure parser
    at once. ``loader``: ``EntriesLoader`` for a manifest; ``pure``: skip libyaml (the tests
    compare the two)."""
    if not pure and _HAVE_LIBYAML and not _may_nest_deeper_than(text, MAX_C_DEPTH):
        try:
            return _parse(text, loader)
        except ConfigError as e:
            e.path = path
            raise
        except (yaml.YAMLError, RecursionError):
            pass  # rare: a broken file; the pure parser explains it below
    try:
        return safe_load(text, loader.pure)
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
        out.append(ConfigError(f"{where}: {validation_message(err)}", path, *locate(raw, loc)))
    return out
