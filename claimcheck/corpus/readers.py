"""One reader per input format; each turns a file's bytes into documents.

Offsets of claims always refer to the file as given, so readers record where the body
text starts (``offset``, ``line_offset``) when metadata comes before it.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import PurePath
from typing import Callable

import yaml
from pydantic import ValidationError

from ..errors import InputError
from ..models import Document, check_published
from ..yamlload import safe_load
from .published import detect_published, parse_published

# A reader returns the file's documents; a file holding many records (JSON Lines, a JSON
# array) returns the error of a bad record in its place, so one bad record loses no others.
Reader = Callable[[str, str], "list[Document | InputError]"]
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?\n?", re.S | re.M)
_META = ("id", "title", "source", "url", "published")
_KEY = re.compile(r"([A-Za-z_][\w-]*)\s*:")
# Only JSON escapes can make these; no file can hold them (UTF-8 refuses them), so every
# report writer would fail on them later.
_SURROGATE = re.compile("[\ud800-\udfff]")


# Byte-order marks of encodings an editor may save articles in, longest first (the UTF-32 LE
# mark starts with the UTF-16 LE one), so the message can name the encoding to convert from.
_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"), (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
         (b"\xff\xfe", "UTF-16 (little-endian)"), (b"\xfe\xff", "UTF-16 (big-endian)"))


def _wide_encoding(data: bytes) -> str | None:
    """The UTF-16/32 encoding ``data`` is in, from its byte-order mark or, without one, from
    the zero bytes every other byte of Latin text has in UTF-16 (which UTF-8 would accept)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    pairs = min(len(data), 200) // 2
    head = data[: 2 * pairs]
    if pairs >= 2:
        odd, even = head[1::2].count(0), head[0::2].count(0)
        if odd == pairs and even == 0:
            return "UTF-16 (little-endian)"
        if even == pairs and odd == 0:
            return "UTF-16 (big-endian)"
    return None


def decode(path: str, data: bytes) -> str:
    """UTF-8 (with or without BOM); anything else is an error naming the first bad byte
    (or, for UTF-16 and UTF-32, the encoding)."""
    wide = _wide_encoding(data)
    if wide is not None:
        raise InputError(f"the file is {wide}, not UTF-8; convert it to UTF-8", path, 1, 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        before = data[: e.start]
        line = before.count(b"\n") + 1
        column = e.start - (before.rfind(b"\n") + 1) + 1
        raise InputError(
            f"cannot decode as UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start}); "
            "convert the file to UTF-8",
            path,
            line,
            column,
        ) from None
    # Windows line ends stay as they are, so offsets count the file's characters; a lone
    # carriage return (old Mac files) becomes a line feed, one character for one.
    return re.sub(r"\r(?!\n)", "\n", text)


def yaml_problem(e: yaml.YAMLError) -> tuple[str, int, int]:
    """(message, line, column), 1-based, of a YAML error. A quote or bracket left open is
    found only at the end of the text: point at where it was opened instead."""
    problem, mark = getattr(e, "problem", None) or str(e), getattr(e, "problem_mark", None)
    context, opened = getattr(e, "context", None), getattr(e, "context_mark", None)
    if opened is not None and mark is not None and "end" in problem and opened.line < mark.line:
        what = (context or "a bracket or quote").removeprefix("while parsing ").removeprefix("while scanning ")
        return f"{what} opened here is never closed", opened.line + 1, opened.column + 1
    return problem, (mark.line + 1 if mark else 1), (mark.column + 1 if mark else 1)


def _yaml_what(e: yaml.YAMLError) -> str:
    """A value YAML could not build (an impossible date) is not a syntax error: say which."""
    return "holds a bad value" if isinstance(e, yaml.constructor.ConstructorError) else "is not valid YAML"


def _doc_id(path: str) -> str:
    return PurePath(path).stem


def _make(path: str, meta: dict, text: str, offset: int = 0, line_offset: int = 0, line: int = 1,
          key_lines: dict[str, int] | None = None) -> Document:
    """A document from metadata and body text; a bad field is an error at its key's line
    (``key_lines``, front matter) or at ``line`` (the JSON record)."""
    at = lambda key: (key_lines or {}).get(key, line)  # noqa: E731
    fields = {k: meta[k] for k in _META if meta.get(k) not in (None, "")}
    for key in ("id", "title", "source", "url"):
        if key in fields:
            if not isinstance(fields[key], (str, int, float)):  # a list or mapping (or an alias bomb)
                raise InputError(f"{key} must be text, got a {type(fields[key]).__name__}", path, at(key))
            fields[key] = str(fields[key])
    published_from = None
    for key in ("text", *fields):
        value = text if key == "text" else fields[key]
        if isinstance(value, str) and (bad := _SURROGATE.search(value)):
            raise InputError(f"{key} holds a lone surrogate ({ascii(bad.group())[1:-1]}), which no file can carry",
                             path, at(key))
    if "published" in fields:
        try:
            value = parse_published(fields["published"])
        except ValueError as e:
            raise InputError(f"published {e}", path, at("published")) from None
        try:
            fields["published"] = check_published(value)
        except ValueError as e:
            raise InputError(f"bad document metadata: published: {e}", path, at("published")) from None
        published_from = "metadata"
    else:
        found = detect_published(text)
        if found is not None:
            fields["published"], where = found
            published_from = f"text:line {where + line_offset}"
    fields.setdefault("id", _doc_id(path))
    try:
        return Document(path=path, text=text, offset=offset, line_offset=line_offset,
                        published_from=published_from, **fields)
    except ValidationError as e:
        err = e.errors()[0]
        key = str(err["loc"][0]) if err["loc"] else ""
        message = err["msg"].removeprefix("Value error, ")
        raise InputError(f"bad document metadata: {key}: {message}", path, at(key)) from None


def read_text(path: str, text: str) -> list[Document]:
    return [_make(path, {}, text)]


def read_markdown(path: str, text: str) -> list[Document]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return [_make(path, {}, text)]
    try:
        meta = safe_load(m.group(1)) or {}
    except yaml.YAMLError as e:
        message, line, column = yaml_problem(e)
        raise InputError(f"front matter {_yaml_what(e)}: {message}", path, line + 1, column) from None
    if not isinstance(meta, dict):
        raise InputError("front matter must be a mapping of fields", path, 2)
    body = text[m.end():]
    # the line of each top-level key, counting the opening "---" as line 1
    key_lines = {k.group(1): i for i, raw in enumerate(m.group(1).split("\n"), 2) if (k := _KEY.match(raw))}
    return [_make(path, meta, body, offset=m.end(), line_offset=text[: m.end()].count("\n"), key_lines=key_lines)]


def _from_object(path: str, obj: object, line: int, index: int | None) -> Document:
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object with a 'text' field", path, line)
    if not isinstance(obj.get("text"), str):
        raise InputError("JSON document has no 'text' string", path, line)
    meta = dict(obj)
    if "id" not in meta and index is not None:
        meta["id"] = f"{_doc_id(path)}#{index + 1}"
    # Claims in JSON documents are placed in the 'text' field: line is the JSON line,
    # offsets are inside the text value.
    return _make(path, meta, obj["text"], line_offset=line - 1, line=line)


def read_json(path: str, text: str) -> list[Document | InputError]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise InputError(f"invalid JSON: {e.msg}", path, e.lineno, e.colno) from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply", path) from None
    if isinstance(data, list):
        return [_record(path, obj, 1, i, f"item {i + 1}: ") for i, obj in enumerate(data)]
    return [_from_object(path, data, 1, None)]


def read_jsonl(path: str, text: str) -> list[Document | InputError]:
    """One document a line; a bad line is an error of its own and the other lines still count."""
    out: list[Document | InputError] = []
    for i, raw in enumerate(text.split("\n")):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            out.append(InputError(f"invalid JSON on this line: {e.msg}", path, i + 1, e.colno))
            continue
        except RecursionError:
            out.append(InputError("invalid JSON on this line: nested too deeply", path, i + 1))
            continue
        out.append(_record(path, obj, i + 1, len(out)))
    return out


def _record(path: str, obj: object, line: int, index: int, label: str = "") -> Document | InputError:
    """One record of a file holding many: its error is returned, not raised, to keep the others."""
    try:
        return _from_object(path, obj, line, index)
    except InputError as e:
        return InputError(label + e.message, e.path, e.line, e.column)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".json": read_json,
    ".jsonl": read_jsonl,
}


def read_records(path: str, data: bytes) -> tuple[list[Document], list[InputError]]:
    """Decode and parse one file by its suffix (unknown suffixes read as plain text): its
    documents and the errors of its bad records. A file that cannot be read at all raises."""
    text = decode(path, data)
    reader = READERS.get(PurePath(path).suffix.lower(), read_text)
    got = reader(path, text)
    if data.startswith(codecs.BOM_UTF8) and reader not in (read_json, read_jsonl):
        # the byte-order mark is the file's first character: offsets count it (JSON offsets
        # are inside the text value and do not)
        got = [d.model_copy(update={"offset": d.offset + 1}) if isinstance(d, Document) else d for d in got]
    return [d for d in got if isinstance(d, Document)], [e for e in got if isinstance(e, InputError)]


def read_bytes(path: str, data: bytes) -> list[Document]:
    """Like ``read_records``, for callers that want all or nothing: the first error raises."""
    docs, errors = read_records(path, data)
    if errors:
        raise errors[0]
    return docs
