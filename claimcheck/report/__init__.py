"""Output formats. Each module has ``render(report, **options) -> str``; the engine never prints."""

from __future__ import annotations

from typing import Callable

from ..models import Report
from . import json_format, text

Formatter = Callable[..., str]

FORMATS: dict[str, Formatter] = {
    "text": text.render,
    "json": json_format.render,
}


def render(report: Report, fmt: str, **options) -> str:
    return FORMATS[fmt](report, **options)
