"""Output of ``claimcheck check --each``: one v1 report per corpus (story folder).

- ``text``: each corpus's findings, then its summary line led by the corpus name;
- ``json``: ``{"schema": ..., "corpora": [{"corpus": NAME, "path": PATH, "report": <v1 report>}]}``;
- ``jsonl``: the JSON Lines report of each corpus, every line carrying ``"corpus": NAME``.

Rendered one corpus at a time, so a long run shows its first stories while the later ones
are still being checked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from rich.text import Text

from ..models import SCHEMA, Report
from . import jsonl, text

FORMATS = ("text", "json", "jsonl")


def _text(results: Iterable[tuple[Path, Report]], color: bool) -> Iterator[str]:
    for folder, report in results:
        lines = [t for f in report.findings for t in text.finding_lines(f)]
        lines.append(Text(f"{folder.name}: ") + text.summary_line(report))
        yield text.plain_or_color(lines, color)


def _json(results: Iterable[tuple[Path, Report]]) -> Iterator[str]:
    yield '{\n  "schema": ' + json.dumps(SCHEMA) + ',\n  "corpora": ['
    for n, (folder, report) in enumerate(results):
        entry = {"corpus": folder.name, "path": folder.as_posix(), "report": report.to_json_dict()}
        body = json.dumps(entry, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        yield ("," if n else "") + "\n    " + body
    yield "\n  ]\n}\n"


def _jsonl(results: Iterable[tuple[Path, Report]], sentences: bool) -> Iterator[str]:
    for folder, report in results:
        yield from jsonl.lines(report, sentences, extra={"corpus": folder.name})


def render(results: Iterable[tuple[Path, Report]], fmt: str, color: bool = False, sentences: bool = True,
           **_: object) -> Iterator[str]:
    """The output, piece by piece, as the corpora's reports arrive."""
    if fmt == "text":
        return _text(results, color)
    if fmt == "json":
        return _json(results)
    return _jsonl(results, sentences)
