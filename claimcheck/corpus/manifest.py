"""A sidecar ``manifest.yaml`` gives metadata to files that carry none themselves.

    documents:
      - file: 000_story.txt
        published: 2024-05-07
        source: AFP

A bad entry is an error at its line and the other entries still apply; every bad entry is
reported, in file order.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError, InputError
from ..models import Document, check_published
from ..yamlload import EntriesLoader, Marked, MarkedList, load_yaml
from .published import parse_published
from .readers import decode

NAME = "manifest.yaml"
_TEXT_FIELDS = ("title", "source", "url", "id")


class Manifest:
    def __init__(self, entries: dict[str, dict]):
        self.entries = entries

    def apply(self, name: str, doc: Document) -> Document:
        entry = self.entries.get(name)
        if not entry:
            return doc
        update = {k: entry[k] for k in _TEXT_FIELDS if entry.get(k) is not None}
        if doc.published is None and entry.get("published") is not None:
            update["published"] = entry["published"]
            update["published_from"] = "manifest"
        return doc.model_copy(update=update) if update else doc


def load_manifest(folder: Path) -> tuple[Manifest, list[InputError]]:
    """The manifest of ``folder`` (empty when there is none) and the errors of its bad entries."""
    path = folder / NAME
    if not path.is_file():
        return Manifest({}), []
    shown = str(path)
    try:
        data = load_yaml(decode(shown, path.read_bytes()), shown, EntriesLoader)
    except InputError as e:
        return Manifest({}), [e]
    except ConfigError as e:
        return Manifest({}), [InputError(f"manifest is not valid YAML: {e.message.removeprefix('invalid YAML: ')}",
                                         shown, e.line, e.column)]
    except OSError as e:
        return Manifest({}), [InputError(f"cannot read manifest: {e.strerror or e}", shown)]
    if data is None or (isinstance(data, Marked) and data.get("documents") is None):
        return Manifest({}), []
    items = data.get("documents") if isinstance(data, Marked) else None
    if not isinstance(items, MarkedList):
        line, column = getattr(data, "where", (1, 1))
        return Manifest({}), [InputError("a manifest is a mapping with a 'documents:' list", shown, line, column)]
    entries: dict[str, dict] = {}
    errors: list[InputError] = []
    for item, where in zip(items or [], getattr(items, "item_where", [])):
        try:
            name, entry = _entry(item)
        except _BadEntry as e:
            errors.append(InputError(e.message, shown, *(e.where or where)))
            continue
        entries[name] = entry
    return Manifest(entries), errors


class _BadEntry(Exception):
    def __init__(self, message: str, where: tuple[int, int] | None = None):
        self.message, self.where = message, where


def _entry(item: object) -> tuple[str, dict]:
    if not isinstance(item, Marked) or not isinstance(item.get("file"), (str, int)):
        raise _BadEntry("manifest entries need a 'file' key naming the file")
    name, entry = str(item["file"]), dict(item)
    for key in _TEXT_FIELDS:
        if item.get(key) is not None:
            if not isinstance(item[key], (str, int, float)) or isinstance(item[key], bool):
                raise _BadEntry(f"manifest entry {name}: {key} must be text", item.key_where[key])
            entry[key] = str(item[key])
    if item.get("published") is not None:
        try:
            entry["published"] = check_published(parse_published(item["published"]))
        except ValueError as e:
            raise _BadEntry(f"manifest entry {name}: published: {e}", item.key_where["published"]) from None
    return name, entry
