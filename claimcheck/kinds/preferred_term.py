"""Prefer the house term: a word or phrase the style guide replaces with another.

Style checks as data, in the manner of proselint. Each entry of ``terms`` has a
``pattern`` (a phrase, matched as whole words with any spacing between them, or a regular
expression when ``regex: true``), the term to ``prefer`` (the finding's suggestion),
``case_sensitive`` (default false) and a ``note`` saying why, shown in the message.

Patterns are compiled with RE2 (google-re2), whose matching time is linear in the length
of the text: a pack cannot hang a run with a catastrophic pattern such as ``(a+)+b``. RE2
has no backreferences or lookaround; a pattern that does not compile is a configuration
error at its place in the pack. Words inside quotation marks are left alone (an editor
does not change what someone said) unless ``in_quotes: true``.

Fires (``terms: [{pattern: "in order to", prefer: "to"}]``): ``They met in order to talk.``
Silent: ``They met to talk.``
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterator

import re2
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from ..text import locator
from .base import DocumentContext, Hit, KindOptions, Place

NAME = "preferred-term"
SCOPE = "document"
# The values a message template may name ("{found}"), besides "{message}".
FIELDS = ("found", "prefer", "note")


class Term(BaseModel):
    """One term the house style replaces (``regex`` and ``case_sensitive`` come first so
    that ``pattern`` is validated knowing them)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    regex: bool = Field(False, description="pattern is an RE2 regular expression, not a phrase")
    case_sensitive: bool = Field(False, description="match the case as written")
    pattern: str = Field(min_length=1, description="the phrase (or RE2 expression) to flag")
    prefer: str = Field(description="the house term to use instead")
    note: str = Field("", description="why, shown in the message")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str, info: ValidationInfo) -> str:
        try:
            compiled(value, info.data.get("regex", False), info.data.get("case_sensitive", False))
        except re2.error as e:
            reason = e.args[0].decode("utf-8", "replace") if e.args and isinstance(e.args[0], bytes) else str(e)
            raise ValueError(f"not a valid RE2 pattern ({reason})") from None
        return value


class Options(KindOptions):
    terms: list[Term] = Field(default_factory=list, description="the terms to flag, each with the one to prefer")
    in_quotes: bool = Field(False, description="also flag terms inside quotation marks")


# A quotation: curly quotes may span lines within a paragraph; straight ones stay on one line.
_QUOTE = re2.compile(r"\x{201C}[^\x{201D}]*\x{201D}|\"[^\"\n]*\"")


@lru_cache(maxsize=512)
def compiled(pattern: str, regex: bool, case_sensitive: bool):
    """Compile once per (pattern, flags); a phrase matches whole words, any spacing between."""
    options = re2.Options()
    options.log_errors = False  # errors become configuration errors, not lines on stderr
    options.case_sensitive = case_sensitive
    if not regex:
        words = pattern.split()
        # whole words: a boundary only where the phrase starts or ends with a word character,
        # so "U.S." and "(AP)" match too
        head = r"\b" if re2.match(r"\w", words[0]) else ""
        tail = r"\b" if re2.search(r"\w$", words[-1]) else ""
        pattern = head + r"\s+".join(re2.escape(w) for w in words) + tail
    return re2.compile(pattern, options)


def _suggestion(found: str, prefer: str) -> str:
    """Keep a capital at the start of a sentence: "In order to" → "To"."""
    if found[:1].isupper() and prefer[:1].islower():
        return prefer[:1].upper() + prefer[1:]
    return prefer


def check(ctx: DocumentContext, options: Options) -> Iterator[Hit]:
    doc = ctx.document
    where = locator(doc)
    quoted = [] if options.in_quotes else [(q.start(), q.end()) for q in _QUOTE.finditer(doc.text)]
    for term in options.terms:
        for m in compiled(term.pattern, term.regex, term.case_sensitive).finditer(doc.text):
            if m.end() == m.start() or any(a <= m.start() < b for a, b in quoted):
                continue  # an empty match marks no text; quotations are the speaker's words
            found = m.group(0)
            prefer = _suggestion(found, term.prefer)
            if found == prefer:
                continue  # a loose pattern ('per ?cent') also matches the preferred form
            span = where.span(m.start(), m.end())
            span.pop("sentence")
            note = f" ({term.note})" if term.note else ""
            yield Hit(
                claim=Place(**span),
                message=f"prefer '{prefer}' to '{found}'{note}",
                values={"found": found, "prefer": prefer, "note": term.note},
                suggestion=prefer,
            )
