"""What every rule kind shares: its options base, the contexts it reads, the hits it yields.

A kind is one short module in this package with ``NAME``, ``SCOPE`` (``"document"`` or
``"corpus"``), an ``Options`` model and a ``check(context, options)`` generator of ``Hit``.
The module docstring is its user documentation (``claimcheck rule ID`` prints it).
Kinds never build findings or print: the engine turns hits into findings, formatting the
rule's message template with the hit's values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence, TypeVar

from pydantic import BaseModel, ConfigDict

from ..models import Claim, Document, Severity
from ..packdata import PackData

C = TypeVar("C")


class KindOptions(BaseModel):
    """Base for a kind's options: unknown keys are configuration errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class Hit:
    """One problem a kind found, placed on ``claim``."""

    claim: Any
    message: str
    values: Mapping[str, Any] = field(default_factory=dict)
    related: Sequence[Any] = ()
    suggestion: str | None = None
    severity: Severity | None = None  # overrides the rule's, e.g. 'info' on a handover day


@dataclass(frozen=True)
class Place:
    """A stretch of a document that is not a claim (a style term, a malformed comment):
    the fields the engine reads from a hit's ``claim``."""

    document: str
    path: str
    line: int
    column: int
    start: int
    end: int
    text: str
    id: str | None = None


@dataclass(frozen=True)
class DocumentContext:
    document: Document
    claims: Sequence[Claim]
    data: PackData

    def of(self, kind: str) -> list[Any]:
        return [c for c in self.claims if c.kind == kind]


@dataclass(frozen=True)
class CorpusContext:
    documents: Mapping[str, Document]
    claims: Sequence[Claim]
    data: PackData

    def of(self, kind: str) -> list[Any]:
        return [c for c in self.claims if c.kind == kind]

    def published(self, claim: Any):
        doc = self.documents.get(claim.document)
        return doc.published if doc else None
