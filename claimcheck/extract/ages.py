"""Ages: a person's age bound to the person.

News gives an age in a few set forms, right beside the name: "Jane Doe, 26, was ...",
"Doe (26)", "26-year-old Jane Doe", "Doe, who is 26", "Doe, aged 26". Only these are read:
an age the sentence gives in any other way ("she was 16 when ...") may be an age at another
time. The person is the name run right beside the number; a bare surname is resolved to the
article's full name with that surname ("Doe, 26" after "Jane Doe"), so that sources can be
compared person by person. A bare surname that two full names of the article share ("Tony
Mack" and his brother "Ralphiel Mack") stands, as news writes it, for the one named first.
"""

from __future__ import annotations

import re

from ..language.people import (
    FullName, Token, full_names, name_at, strip_possessive, surname_keys, tokens,
)
from ..language.given_names import given_name_groups
from ..language.titles import vocabulary
from ..language.words import fold
from ..models import AgeClaim, Document
from ..packdata import PackData
from ..text import claim_id, locator
from ._pipeline import Earlier

# Ages people are given in the news; a larger number beside a name is something else.
MAX_AGE = 115

# After a name: ", 26," ", 26)" " (26)" ", aged 26" " aged 26" ", who is 26". The age must
# end its phrase: ", 70, 68" is a list of scores, "(26%)" a share.
_AFTER = re.compile(
    r"(?:,[ \t]*(?:aged[ \t]+)?(?P<a>\d{1,3})[ \t]*,(?=[ \t]*[^\W\d_])"
    r"|,?[ \t]*\([ \t]*(?:aged[ \t]+)?(?P<b>\d{1,3})[ \t]*\)"
    r"|,?[ \t]+aged[ \t]+(?P<c>\d{1,3})\b(?![ \t]*(?:%|percent|and|to|-|–))"
    r"|,[ \t]*who[ \t]+(?:is|was)[ \t]+(?P<d>\d{1,3})\b(?![ \t]*(?:%|percent|years?[ \t]+(?:ago|earlier|later)|\w)))"
)
# Before a name: "26-year-old Jane Doe", "26 year old Doe", with what the person is between
# ("33-year-old musician and graphic designer Jillian Johnson", "his 36-year-old wife Diana
# Doe"): lower-case words only, none that starts a clause ("a 33-year-old man who attacked
# Jane Doe" is not her age).
_BEFORE = re.compile(
    r"\b(?P<n>\d{1,3})[ \t-]+years?[ \t-]+old[ \t]+"
    r"(?:(?!(?:who|whom|whose|that|which|was|is|were|are|had|has|have|with|by|from|in|at|of|on|to|for|said|says)\b)"
    r"[a-z][a-z'’-]*[ \t]+){0,5}(?=[A-Z])"
)


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[AgeClaim]:
    """The ages the article gives its people, in text order."""
    text = doc.text
    toks = tokens(text)
    names = full_names(text, toks)
    people = _People(text, toks, names)
    loc = locator(doc)
    out: list[AgeClaim] = []
    seen: set[tuple[int, int]] = set()
    for m in _AFTER.finditer(text):
        number = next(g for g in ("a", "b", "c", "d") if m.group(g) is not None)
        person = people.ending_at(m.start())
        if person is not None:
            out.append(_claim(doc, loc, person[0], m.end(number), int(m.group(number)), person[1]))
    for m in _BEFORE.finditer(text):
        person = people.starting_at(m.end())
        if person is not None:
            out.append(_claim(doc, loc, m.start(), person[0], int(m.group("n")), person[1]))
    out = [c for c in out if 0 < c.value <= MAX_AGE and not ((c.start, c.end) in seen or seen.add((c.start, c.end)))]
    return sorted(out, key=lambda c: (c.start, c.end))


def _claim(doc: Document, loc, start: int, end: int, value: int, who: FullName | str) -> AgeClaim:
    name = who.name if isinstance(who, FullName) else who
    keys = surname_keys(name)
    words = _without_title(fold(strip_possessive(name)).split())
    return AgeClaim(
        id=claim_id(doc, "age", start, end),
        **loc.span(start, end),
        value=value,
        person=name,
        surname=keys[-1] if keys else words[-1],
        given=words[0] if len(words) > 1 else None,
    )


def _without_title(words: list[str]) -> list[str]:
    """A name's words without the title or rank that opens them ("Constable Matthew Hunt",
    "Co-defendant Thomas Waring" at the start of a sentence, "Det Gda Horkan"), so that the
    given name is the person's: a title head, honorific or abbreviation (down to the surname
    alone), or a word no given name before a known given name (two words at least remain)."""
    vocab, known = vocabulary(), given_name_groups()

    def title(w: str) -> bool:  # "Det Gda Horkan": abbreviations with or without their full stop
        bare = w.rstrip(".")
        return w in vocab.heads or bare in vocab.honorifics or bare + "." in vocab.abbreviations \
            or bare in vocab.abbreviations or w in vocab.not_first_names

    while len(words) > 1 and title(words[0]):
        words = words[1:]  # a title is never the given name, even before a bare surname
    while len(words) > 2 and words[0] not in known and words[1] in known:
        words = words[1:]
    return words


class _People:
    """The person a name run beside an age stands for: the run itself when it is a full name
    of the article, else the article's first full name with that surname, else a known given
    name standing alone ("Sahil (20)")."""

    def __init__(self, text: str, toks: tuple[Token, ...], names: list[FullName]) -> None:
        self.text, self.toks = text, toks
        self.by_end = {t.end: i for i, t in enumerate(toks)}
        self.by_start = {t.start: i for i, t in enumerate(toks)}
        self.full = {(n.start, n.end): n for n in names}
        self.by_surname: dict[str, set[str]] = {}
        self.first: dict[str, FullName] = {}
        for n in names:
            for key in surname_keys(n.name):
                self.by_surname.setdefault(key, set()).add(fold(n.name))
                self.first.setdefault(key, n)

    def ending_at(self, pos: int) -> tuple[int, FullName | str] | None:
        """The person whose name ends at ``pos`` (and where the name starts)."""
        j = self.by_end.get(pos)
        if j is None:
            return None
        for i in range(max(0, j - 4), j + 1):
            if name_at(self.text, self.toks, i) == j + 1:
                who = self._who(i, j + 1)
                return (self.toks[i].start, who) if who is not None else None
        return None

    def starting_at(self, pos: int) -> tuple[int, FullName | str] | None:
        """The person whose name starts at ``pos`` (and where the name ends)."""
        i = self.by_start.get(pos)
        if i is None:
            return None
        j = name_at(self.text, self.toks, i)
        who = self._who(i, j) if j > i else None
        return (self.toks[j - 1].end, who) if who is not None else None

    def _who(self, i: int, j: int) -> FullName | str | None:
        start, end = self.toks[i].start, self.toks[j - 1].end
        if (start, end) in self.full:
            return self.full[start, end]
        if j - i > 1:
            return None  # a run that is no person's full name: a place, an organisation
        word = strip_possessive(self.toks[i].text)
        key = fold(word)
        if key in self.first:
            return self.first[key]
        if key not in self.by_surname and len(key) > 2:
            return word  # one name and no full one: "Sahil (20)", a person known by one name
        return None
