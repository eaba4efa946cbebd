"""A sidecar ``manifest.yaml`` gives metadata to files that carry none themselves.

    documents:
      - file: 000_story.txt
        published: 2024-05-07
        source: AFP
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from ..errors import InputError
from ..models import Document, check_published
from .readers import yaml_problem

_FIELDS = ("title", "source", "url", "published", "id")


class Manifest:
    def __init__(self, entries: dict[str, dict]):
        self.entries = entries

    def apply(self, name: str, doc: Document) -> Document:
        entry = self.entries.get(name)
        if not entry:
            return doc
        update = {k: entry[k] for k in _FIELDS if entry.get(k) is not None and k != "published"}
        if doc.published is None and entry.get("published") is not None:
            update["published"] = entry["published"]
            update["published_from"] = "manifest"
        return doc.model_copy(update=update) if update else doc


def load_manifest(folder: Path) -> Manifest:
    path = folder / "manifest.yaml"
    if not path.is_file():
        return Manifest({})
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        message, line, column = yaml_problem(e)
        raise InputError(f"manifest is not valid YAML: {message}", str(path), line, column) from None
    entries: dict[str, dict] = {}
    for item in (data or {}).get("documents", []) if isinstance(data, dict) else []:
        if not isinstance(item, dict) or "file" not in item:
            raise InputError("manifest entries need a 'file' key", str(path))
        for key in ("title", "source", "url", "id"):
            if item.get(key) is not None and not isinstance(item[key], (str, int, float)):
                raise InputError(f"manifest entry {item['file']}: {key} must be text", str(path))
            if item.get(key) is not None:
                item = {**item, key: str(item[key])}
        pub = item.get("published")
        if isinstance(pub, str):
            try:
                item = {**item, "published": dt.date.fromisoformat(pub)}
            except ValueError:
                raise InputError(f"published {pub!r} is not an ISO date", str(path)) from None
        try:
            check_published(item.get("published"))
        except ValueError as e:
            raise InputError(f"manifest entry {item['file']}: {e}", str(path)) from None
        entries[str(item["file"])] = item
    return Manifest(entries)
