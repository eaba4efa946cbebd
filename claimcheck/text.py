"""Plain-text helpers every extractor shares: sentences, offsets to line/column, words.

Extractors work on ``Document.text``; these helpers turn offsets in that text into the
places a person sees in the file as given (front matter included).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .cache import text_cache
from .models import Document

# A sentence ends at . ! ? (optionally followed by a closing quote) before whitespace and
# an upper-case letter or quote, or at a blank line / line break. Abbreviations common in
# news ("U.S.", "Sen.", "Gov.", "Jan.") must not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "st", "jr", "sr",
    "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs", "inc", "corp",
    "co", "ltd", "prof", "rev", "hon", "pres", "u.s", "u.k", "u.n", "e.u", "d.c", "l.a", "mt", "ft",
}
# "at 4:30 p.m. Saturday", "9 a.m. ET": a clock time's "a.m."/"p.m." ends no sentence when a
# weekday or a time zone follows; before other capitals ("at 5 p.m. The minister ...") it may.
_CLOCK_THEN = re.compile(r"[ap]\.m$", re.I)
_CLOCK_FOLLOWER = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:[ECMP][SD]?T|GMT|BST|UTC|CET|CEST|IST|JST|AEST|AEDT)\b")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9$€£¥])|\n\s*\n|\n")
# The word before a full stop is read from at most this many characters back: rescanning from
# the sentence start at every full stop made abbreviation-dense text quadratic. A longer
# "word" is neither an abbreviation nor initials.
_LOOK_BACK = 64
_WORD_BEFORE = re.compile(r"[A-Za-z.]+$")
_WORD_CHAR = re.compile(r"[A-Za-z.]")
_NON_SPACE = re.compile(r"\S")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")  # "U.S", "J": a full stop after them may end no sentence


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with exact offsets (whitespace trimmed)."""
    out: list[Sentence] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0)[0] == "." and (word := _word_before(text, start, m.start())):
            if word.lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if _INITIALS.fullmatch(word):
                continue  # initials: "J. Smith", "U.S"
            if _CLOCK_THEN.search(word) and _CLOCK_FOLLOWER.match(text, m.end()):
                continue
        _append(out, text, start, m.start() + (1 if m.group(0)[0] in ".!?" else 0))
        start = m.end()
    _append(out, text, start, len(text))
    return out


def _word_before(text: str, start: int, end: int) -> str | None:
    """The run of letters and dots that ends at ``end`` (not before ``start``), read from at
    most ``_LOOK_BACK`` characters back; None when there is none or it is longer than that."""
    lo = max(start, end - _LOOK_BACK)
    m = _WORD_BEFORE.search(text, lo, end)
    if not m or (m.start() == lo > start and _WORD_CHAR.match(text, lo - 1)):
        return None
    return m.group(0)


# News sentences are rarely over 400 characters; text without sentence breaks (a scraped
# table, a run-on list) would otherwise make one "sentence" of the whole document, and every
# claim would carry it and rescan it. Longer runs are cut at a space before this length.
MAX_SENTENCE = 600


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    s = start + len(chunk) - len(chunk.lstrip())
    e = s + len(stripped)
    while e - s > MAX_SENTENCE:
        cut = text.rfind(" ", s + MAX_SENTENCE // 2, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        piece = text[s:cut].rstrip()
        out.append(Sentence(s, s + len(piece), piece))
        # the next piece starts at the next non-space (a slice of the rest per piece was quadratic)
        nxt = _NON_SPACE.search(text, cut, e)
        s = nxt.start() if nxt else e
    if e > s:
        out.append(Sentence(s, e, text[s:e]))


class Locator:
    """Maps offsets in a document's text to (line, column) and file offsets."""

    def __init__(self, doc: Document):
        self.doc = doc
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", doc.text)]
        self.sentences = split_sentences(doc.text)
        self._sentence_starts = [s.start for s in self.sentences]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in the file for an offset in ``doc.text``."""
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return i + 1 + self.doc.line_offset, offset - self._line_starts[i] + 1

    def breaks_before(self, offset: int) -> int:
        """How many line breaks come before ``offset`` (found by bisection: counting or
        searching from the top made every claim of a one-line document cost its offset)."""
        return bisect.bisect_right(self._line_starts, offset) - 1

    def break_before(self, offset: int) -> int:
        """Where the last line break before ``offset`` is (-1 when none), as ``str.rfind``."""
        return self._line_starts[self.breaks_before(offset)] - 1

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < max(self.sentences[i].end, offset + 1):
            return self.sentences[i]
        return Sentence(offset, offset, "")

    def span(self, start: int, end: int) -> dict:
        """The common claim fields for the text between ``start`` and ``end``."""
        line, column = self.position(start)
        return {
            "document": self.doc.id,
            "path": self.doc.path,
            "line": line,
            "column": column,
            "start": start + self.doc.offset,
            "end": end + self.doc.offset,
            "text": self.doc.text[start:end],
            "sentence": self.sentence_at(start).text,
        }


@text_cache()
def _locator_cached(doc: Document) -> Locator:
    return Locator(doc)


def locator(doc: Document) -> Locator:
    """A (cached) locator for ``doc``; documents are frozen, so caching is safe."""
    return _locator_cached(doc)


def claim_id(doc: Document, kind: str, start: int, end: int) -> str:
    """Stable id: the same claim in the same file always gets the same id."""
    return f"{doc.id}:{kind}:{start + doc.offset}-{end + doc.offset}"


STOPWORDS = frozenset(
    """a an the and or but of in on at to for from by with as is was were be been are has have had
    that this these those it its he she they them his her their we our you your i said says say
    will would could should may might can also not no than then there here which who whom whose what
    when where while after before during over under about into out up down more most less least
    very just only new one two three some any all other such own same so too us mr ms""".split()
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def content_words(text: str) -> list[str]:
    """Lower-cased content words (stopwords dropped, simple plural folding)."""
    return list(_short_content_words(text) if len(text) <= _CACHED_UP_TO else _content_words(text))


# Asked of short phrases (a date's scope, its event, a capitalised run), each about four times
# per article; longer texts are not kept.
_CACHED_UP_TO = 300


@lru_cache(maxsize=4096)  # the repeats come from one article: its phrases are read again within it
def _short_content_words(text: str) -> tuple[str, ...]:
    return _content_words(text)


def _content_words(text: str) -> tuple[str, ...]:
    out = []
    for w in _WORD.findall(text):
        w = w.lower().replace("’", "'")
        if w.endswith("'s"):
            w = w[:-2]
        if w in STOPWORDS or len(w) < 3:
            continue
        if len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.append(w)
    return tuple(out)
