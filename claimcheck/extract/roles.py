"""Role claims: a person given a title ("US Secretary of State Hillary Clinton").

The shapes news copy uses, all anchored on a title head noun from the vocabulary in
``claimcheck/language/data/titles.yaml``:

- title before the name, with optional modifier (former, acting, then-) and qualifier
  (demonym, country, possessive, organisation): "German Foreign Minister Annalena
  Baerbock", "former president Barack Obama", "Sen. Amy Klobuchar", "France's President
  Emmanuel Macron", "State Department spokesperson Ned Price";
- coordination after a plural title: "presidents Emmanuel Macron and Olaf Scholz";
- appositive before the name: "the foreign minister, Annalena Baerbock,";
- appositive after the name: "Amy Pope, the International Organization for Migration's
  director general,".

Lower-case descriptors ("top diplomat", "Republican challenger") give loose claims. A bare
surname ("Secretary Clinton") is resolved to the document's full name that ends with it,
and every person is linked to the pack roster when its name or an alias matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..language.people import (
    NAME_SUFFIXES,
    STOP_CAPS,
    FullName,
    Token,
    company_run,
    full_names,
    honorific,
    joined,
    name_at,
    name_word,
    possessive,
    resolve_surname,
    roster_index,
    strip_possessive,
    tokens,
)
from ..language.titles import fold, singular, vocabulary
from ..models import Document, RoleClaim
from ..packdata import PackData
from ..text import claim_id, locator
from ._pipeline import Earlier

_CONNECTORS = {"of", "for", "and", "on", "the", "de"}
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "our"}
_MAX_FREE_TAIL = 12
_MAX_PHRASE = 5
_PREPOSITIONS = {"in", "at", "for", "from", "of", "on"}


@dataclass
class Found:
    start: int
    end: int
    person: str
    title: str
    modifier: str | None
    organisation: str | None
    loose: bool


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[RoleClaim]:
    """Role claims of one document."""
    return _extract(doc, data)


def _extract(doc: Document, data: PackData) -> list[RoleClaim]:
    text = doc.text
    toks = tokens(text)
    names = full_names(text, toks)
    found = _title_first(text, toks, names) + _appositive_after(text, toks, names)
    index = roster_index(data)
    loc = locator(doc)
    out: list[RoleClaim] = []
    seen: set[tuple[int, int, str]] = set()
    people_at: dict[tuple[int, int], set[str]] = {}  # span -> the people found on it
    for g in found:
        people_at.setdefault((g.start, g.end), set()).add(g.person)
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        shared = len(people_at[(f.start, f.end)]) > 1  # one span, several people: ids need the person
        key = (f.start, f.end, f.person)
        if key in seen:
            continue
        seen.add(key)
        person_id = index.person_id(f.person)
        out.append(
            RoleClaim(
                id=claim_id(doc, "role", f.start, f.end) + (f"#{fold(f.person)}" if shared else ""),
                **loc.span(f.start, f.end),
                person=f.person,
                title=f.title,
                person_id=person_id,
                modifier=f.modifier,
                organisation=f.organisation,
                loose=f.loose,
            )
        )
    return out


# compiled once: asked for many tokens of every text
_DIGIT_BEFORE = re.compile(r"\d\s*$")
_ITEM_OPENER = re.compile(r"\s*[;:(]\s*|\s*\n\s*")
_COMMA = re.compile(r"\s*,\s*")


@lru_cache(maxsize=8192)
def _may_head(folded: str) -> bool:
    """Whether a token folded so may start a title head (or be an abbreviation of one): asked
    for every token of every text, and no more than a few hundred words are."""
    v = vocabulary()
    return folded in v.abbreviations or folded in v.head_starts or singular(folded) in v.head_starts


def _head_at(toks: list[Token], text: str, i: int) -> tuple[int, bool] | None:
    """(end index, plural) of the longest title head starting at token ``i``."""
    if not _may_head(toks[i].folded):
        return None
    v = vocabulary()
    if toks[i].text.endswith(".") and toks[i].folded in v.abbreviations:
        expanded = v.abbreviations[toks[i].folded]
        return i + 1, singular(expanded.split()[-1]) != expanded.split()[-1]  # "Sens." is plural
    if toks[i].folded not in v.head_starts and singular(toks[i].folded) not in v.head_starts:
        return None
    if toks[i].folded in v.abbreviations and (not toks[i].text.isupper()
                                              or _DIGIT_BEFORE.search(text[max(0, toks[i].start - 3):toks[i].start])):
        return None  # "PM Modi", not "4:45 pm" or "4:45 PM"
    for n in range(min(v.max_head_words, len(toks) - i), 0, -1):
        run = toks[i:i + n]
        if any(not joined(text, a, b) for a, b in zip(run, run[1:])):
            continue
        words = [t.folded for t in run]
        phrase = " ".join(words)
        if phrase in v.heads:
            return i + n, False
        plural = " ".join(words[:-1] + [singular(words[-1])])
        if plural != phrase and plural in v.heads:
            return i + n, True
    return None


def _tail(toks: list[Token], text: str, h: int) -> int:
    """Extend a head over "of State", "of the Interior", "of Foreign Affairs"."""
    v = vocabulary()
    if h >= len(toks) or toks[h].folded not in {"of", "for", "to", "from"} or not joined(text, toks[h - 1], toks[h]):
        return h
    body = _body_tail(toks, text, h)  # first: "of the European Council", not "of the European"
    if body is not None:
        return body
    for n in range(min(max(v.max_tail_words, v.max_place_words + 1), len(toks) - h - 1), 0, -1):
        run = toks[h:h + 1 + n]
        if all(joined(text, a, b) for a, b in zip(run, run[1:])):
            words = " ".join(t.folded for t in run[1:])
            if (toks[h].folded not in {"to", "from"} and words in v.title_tails) or (
                toks[h].folded in {"to", "of"} and words.removeprefix("the ") in v.place
            ) or (toks[h].folded == "from" and (words in v.place or words in v.regions)):
                return h + 1 + n  # "Ambassador to Japan", "Prime Minister of New Zealand", "Senator from Ohio"
    return h


def _body_tail(toks: list[Token], text: str, h: int) -> int | None:
    """End of "of the European Commission" after a head, when a capitalised run ending with an
    organisation word follows "of" ("President of the European Council Charles Michel",
    "Governor of the Bank of England"): the body of the office, part of the title."""
    v = vocabulary()
    if toks[h].folded != "of":
        return None
    k = h + 1
    if k < len(toks) and toks[k].folded == "the" and joined(text, toks[h], toks[k]):
        k += 1
    end = None
    while k < len(toks) and k - h <= 6 and joined(text, toks[k - 1], toks[k]) and (
            toks[k].capitalised or (toks[k].folded == "of" and k + 1 < len(toks) and toks[k + 1].capitalised)):
        if toks[k].capitalised and strip_possessive(toks[k].folded) in v.organisation_words:
            end = k + 1
        if possessive(toks[k].text):
            break
        k += 1
    return end


def _qualifier_left(text: str, toks: list[Token], k: int) -> int | None:
    """Start index of a place, possessive or organisation qualifier ending at token ``k``."""
    v = vocabulary()
    for n in range(min(v.max_place_words, k + 1), 0, -1):
        run = toks[k - n + 1:k + 1]
        phrase = strip_possessive(" ".join(t.folded for t in run))
        if all(joined(text, a, b) for a, b in zip(run, run[1:])) and (phrase in v.place or phrase in v.regions):
            return k - n + 1
    tok = toks[k]
    if not tok.capitalised:
        return None
    if tok.text.isupper() and len(tok.text) >= 3 and "." not in tok.text:
        return k  # an organisation's acronym: "NATO Secretary General"
    if possessive(tok.text) or strip_possessive(tok.folded) in v.organisation_words:
        j = k
        while j > 0 and joined(text, toks[j - 1], toks[j]) and toks[j - 1].folded not in _DETERMINERS and (
            toks[j - 1].capitalised or (toks[j - 1].folded in _CONNECTORS - {"the"} and j - 2 >= 0 and toks[j - 2].capitalised)
        ) and not possessive(toks[j - 1].text):
            j -= 1
        j = _after_listed_people(toks, j, k)
        words = [strip_possessive(t.folded) for t in toks[j:k + 1]]
        if any(w in v.organisation_words or w in v.place for w in words) or k > j:
            return j
    return None


def _company_left(text: str, toks: list[Token], k: int) -> int | None:
    """Start of a one-word body (or "X of Y") named right before a lower-case or acronym title
    on the same line: "former Qualcomm chief executive", "Boeing CEO", "Hearts of Oak coach".
    Not a party ("Republican challenger"), a title word, a modifier or a word that never
    starts a name; not the end of a longer capitalised run (a person's name)."""
    v = vocabulary()
    tok, nxt = toks[k], toks[k + 1]
    f = strip_possessive(tok.folded)
    if not tok.capitalised or not name_word(tok) or possessive(tok.text) or f in v.parties or f in v.title_words \
            or f in v.modifiers or f in v.heads or f in v.not_first_names or f in v.not_people \
            or "\n" in text[tok.end:nxt.start]:
        return None
    if nxt.capitalised and not (nxt.text.isupper() and len(nxt.text) >= 2):
        return None
    j = k
    while j >= 2 and toks[j - 1].folded == "of" and toks[j - 2].capitalised and joined(text, toks[j - 2], toks[j - 1]) \
            and joined(text, toks[j - 1], toks[j]):
        j -= 2  # "Hearts of Oak", "Bank of America"
    if j > 0 and joined(text, toks[j - 1], toks[j]) and toks[j - 1].capitalised and name_word(toks[j - 1]):
        return None
    return j


def _after_listed_people(toks: list[Token], j: int, k: int) -> int:
    """Where a qualifier ``toks[j:k+1]`` really starts when an "and" joins a list of people to it
    ("Both Ames and House Speaker ...", "Graham and Senate Finance Committee Chairman ..."):
    the part before the last "and" must hold an organisation word or a place ("House Ways and
    Means Committee") to belong to the qualifier."""
    v = vocabulary()
    ands = [a for a in range(j, k) if toks[a].folded == "and"]
    if not ands:
        return j
    before = {strip_possessive(t.folded) for t in toks[j:ands[-1]]}
    if before & (v.organisation_words | {"senate"}) or any(w in v.place or w in v.regions for w in before):
        return j
    return ands[-1] + 1


def _left(text: str, toks: list[Token], i: int, loose: bool):
    """Scan left of a head: title words, qualifier, modifier. Returns (span start, title start,
    qualifier (start, end) or None, modifier or None, determiner before?)."""
    v = vocabulary()
    title_start = span_start = i
    qualifier = None
    modifier = None
    k = i - 1
    adjective_taken = False
    while k >= 0 and joined(text, toks[k], toks[k + 1]):
        f = toks[k].folded
        if f in v.modifiers and modifier is None:
            modifier = v.modifiers[f]
            span_start = k
            k -= 1
            continue
        if qualifier is None and modifier is None and title_start == k + 1 and f in v.title_words \
                and strip_possessive(f) not in v.organisation_words \
                and (toks[k].capitalised or not toks[k + 1].capitalised):  # "under President X": a preposition
            title_start = span_start = k
            k -= 1
            continue
        if modifier is None and f in v.parties and k > 0 and toks[k - 1].folded in v.modifiers \
                and joined(text, toks[k - 1], toks[k]):
            span_start = k  # "former Republican Rep. ...": the party sits between modifier and title
            k -= 1
            continue
        if not loose and qualifier is None and modifier is None and f in v.parties and toks[k].capitalised \
                and k > 0 and toks[k - 1].folded in _DETERMINERS:
            qualifier = (k, k + 1)  # "the Republican speaker of the House, X,"
            span_start = k
            k -= 1
            continue
        if qualifier is None:
            q = _qualifier_left(text, toks, k)
            if q is None and not loose and modifier is None and title_start == k + 1:
                q = _company_left(text, toks, k)
            if q is not None:
                qualifier = (q, k + 1)
                span_start = q
                k = q - 1
                continue
        if loose and not adjective_taken and qualifier is None and modifier is None and title_start == k + 1 \
                and toks[k].capitalised and name_word(toks[k]) and not possessive(toks[k].text):
            title_start = span_start = k  # "Republican challenger"
            adjective_taken = True
            k -= 1
            continue
        break
    determiner = (k >= 0 and (toks[k].folded in _DETERMINERS or possessive(toks[k].text))) or (
        qualifier is not None and possessive(toks[qualifier[1] - 1].text))
    return span_start, title_start, qualifier, modifier, determiner


def _person(text: str, toks: list[Token], i: int, j: int, names: list[FullName]) -> str | None:
    """The person a name run stands for: itself when full, else the full name it shortens."""
    name = strip_possessive(text[toks[i].start:toks[j - 1].end])
    if j - i >= 2:
        return name
    full = resolve_surname(name, names)
    return full.name if full else None


def _title_first(text: str, toks: list[Token], names: list[FullName]) -> list[Found]:
    v = vocabulary()
    out: list[Found] = []
    i = 0
    while i < len(toks):
        head = _head_at(toks, text, i)
        if head is None:
            i += 1
            continue
        h, plural = head
        head_words = " ".join(singular(t.folded) for t in toks[i:h])
        loose = head_words in v.descriptors and not toks[h - 1].capitalised  # "top diplomat", not "Majority Leader"
        h = _tail(toks, text, h)
        span_start, title_start, qualifier, modifier, determiner = _left(text, toks, i, loose)
        title = text[toks[title_start].start:toks[h - 1].end]
        organisation = text[toks[qualifier[0]].start:toks[qualifier[1] - 1].end] if qualifier else None
        organisation = strip_possessive(organisation) if organisation else None
        if organisation and fold(organisation).startswith("the "):
            organisation = organisation[4:]
        opens_item = toks[i].capitalised and _opens_list_item(text, toks, span_start)
        people = _names_after(text, toks, h, plural, names, toks[i].capitalised, determiner or opens_item)
        for _start, end, person in people:
            out.append(Found(toks[span_start].start, end, person, title, modifier, organisation, loose))
        i = max(h, i + 1)
    return out


def _opens_list_item(text: str, toks: list[Token], k: int) -> bool:
    """Whether token ``k`` opens an item of a list of office holders: after ";", ":", "(" or
    "and", or at the start of a line ("...; Minister of Foreign Affairs, Yusuf Tuggar; ...").
    Such a capitalised title is followed by its holder's name after a comma, as "the ..." is."""
    if k > 0 and toks[k - 1].folded == "and" and joined(text, toks[k - 1], toks[k]):
        return True
    before = text[toks[k - 1].end if k > 0 else 0:toks[k].start]
    return k == 0 or bool(_ITEM_OPENER.fullmatch(before))


def _names_after(text, toks, h, plural, names, capital_head, determiner):
    """[(start, end, person)] named right after a title ending at token ``h``."""
    if h >= len(toks):
        return []
    if joined(text, toks[h - 1], toks[h]):
        listed = _name_list(text, toks, h, plural, names, capital_head)
        if plural and len(listed) == 1:
            return []  # a plural title names a list; one name after it is a place's ("Queens Borough")
        if listed:
            return listed
    if not determiner:
        return []
    # "the foreign minister, Annalena Baerbock," and, with a short phrase between,
    # "the party's challenger in the autumn election, former governor Jane Doe."
    k = h
    portfolio = capital_head and toks[k].folded == "and" and k + 1 < len(toks) and toks[k + 1].capitalised
    if (toks[k].folded in _PREPOSITIONS or portfolio) and joined(text, toks[h - 1], toks[k]):
        while k + 1 < len(toks) and k - h < _MAX_PHRASE and joined(text, toks[k], toks[k + 1]):
            k += 1
            if portfolio and _head_at(toks, text, k):
                return []  # "the Prime Minister and the Finance Minister, X": two offices
        k += 1
        if k >= len(toks):
            return []
    if not _COMMA.fullmatch(text[toks[k - 1].end:toks[k].start]):
        return []
    v = vocabulary()
    while k < len(toks) - 1 and (toks[k].folded in v.modifiers or _head_at(toks, text, k) or toks[k].folded in v.title_words
                                 or honorific(toks[k])) and joined(text, toks[k], toks[k + 1]):
        k += 1
    j = name_at(text, toks, k)
    if company_run(toks[k:j], text):
        return []  # "Chairman and Managing Director, Reliance Industries Ltd, said": the company, not a name
    if j - k >= 2 and _CLAUSE_ENDS.match(text, toks[j - 1].end):
        return [(toks[k].start, toks[j - 1].end, _person(text, toks, k, j, names))]
    return []


def _name_list(text, toks, h, plural, names, capital_head):
    out = []
    k = h
    while k < len(toks):
        if honorific(toks[k]) and k + 1 < len(toks) and joined(text, toks[k], toks[k + 1]):
            k += 1  # "Minister of Education Mr Tahir Maman"
        j = name_at(text, toks, k)
        if j == k or company_run(toks[k:j], text):
            break
        person = _person(text, toks, k, j, names)
        if person is None and j - k == 1 and capital_head and _ends_clause(text, toks, j) \
                and not _institution_or_suffix(toks[k]):
            person = strip_possessive(toks[k].text)  # "President Macron said", no full name given
        if person is None:
            break
        out.append((toks[k].start, toks[j - 1].end, person))
        if not plural or j >= len(toks):
            break
        j, after = _skip_label(text, toks, j)  # "Sens. A (La.), B of Utah and C"
        if j >= len(toks):
            break
        rest = text[after:toks[j].start]
        nxt = j + 1 if toks[j].folded == "and" and rest.strip() in {"", ","} else j if rest.strip() == "," else None
        if nxt is None or nxt >= len(toks):
            break
        k = nxt
    return out


def _institution_or_suffix(tok: Token) -> bool:
    """A bare word after a title that is no surname: the rest of an institution's name
    ("General Electric said", "General Motors") or a name's suffix ("Martin Luther King Jr.")."""
    f = strip_possessive(tok.folded).rstrip(".")
    return f in vocabulary().institution_words or f in NAME_SUFFIXES


_LABEL = re.compile(r"\s*\([^()\n]{1,24}\)")


def _skip_label(text: str, toks: list[Token], j: int) -> tuple[int, int]:
    """(next token, text offset) after a listed name's label: a bracketed party or state
    ("(R-Utah)", "(La.)") or "of <place>"; ``j`` and the name's end when there is none."""
    v = vocabulary()
    m = _LABEL.match(text, toks[j - 1].end)
    if m:
        while j < len(toks) and toks[j].start < m.end():
            j += 1
        return j, m.end()
    if j + 1 < len(toks) and toks[j].folded == "of" and joined(text, toks[j - 1], toks[j]):
        for n in (2, 1):
            words = " ".join(t.folded for t in toks[j + 1:j + 1 + n])
            if j + n < len(toks) and (words in v.place or words in v.regions):
                return j + 1 + n, toks[j + n].end
    return j, toks[j - 1].end


def _ends_clause(text: str, toks: list[Token], j: int) -> bool:
    """After a one-word name: punctuation or a lower-case word (not another capitalised word)."""
    if j >= len(toks):
        return True
    nxt = toks[j]
    return not (joined(text, toks[j - 1], nxt) and nxt.capitalised and nxt.folded not in STOP_CAPS)


def _appositive_after(text: str, toks: list[Token], names: list[FullName]) -> list[Found]:
    """NAME, [the|a] [modifier] [Org's|place] [title words] HEAD [tail], -- the title follows."""
    v = vocabulary()
    out: list[Found] = []
    i = 0
    while i < len(toks):
        if not toks[i].capitalised:  # no name starts here (name_at would say so, slower)
            i += 1
            continue
        j = name_at(text, toks, i)
        if j == i or (i > 0 and joined(text, toks[i - 1], toks[i]) and name_word(toks[i - 1])):
            i = max(j, i + 1)
            continue
        person = _person(text, toks, i, j, names)
        if person is None or j >= len(toks) or not _COMMA.fullmatch(text[toks[j - 1].end:toks[j].start]) \
                or any(strip_possessive(t.folded) in v.place for t in toks[i:j]):
            i = max(j, i + 1)
            continue
        found = _apposition(text, toks, j, person, toks[i].start)
        if found:
            out.append(found)
        i = j
    return out


# A clause ends after a name or a title: punctuation or the end of the text. Matched at the
# word's end, never on a copy of the rest of the text (a copy per apposition was quadratic).
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:and|or)\s", re.I)


def _apposition(text: str, toks: list[Token], k: int, person: str, start: int) -> Found | None:
    v = vocabulary()
    if toks[k].folded in {"the", "a", "an"}:
        k += 1
    modifier = organisation = None
    if k < len(toks) and toks[k].folded in v.modifiers:
        modifier = v.modifiers[toks[k].folded]
        k += 1
    # possessive organisation or place: "the International Organization for Migration's"
    for j in range(k, min(k + 8, len(toks))):
        if j > k and not joined(text, toks[j - 1], toks[j]):
            break
        if possessive(toks[j].text) and toks[j].capitalised:
            organisation = strip_possessive(text[toks[k].start:toks[j].end])
            k = j + 1
            break
        if not (toks[j].capitalised or toks[j].folded in _CONNECTORS):
            break
    if organisation is None and k < len(toks) and strip_possessive(toks[k].folded) in v.place \
            and not (k + 1 < len(toks) and toks[k + 1].capitalised and toks[k + 1].folded in v.organisation_words):
        organisation = toks[k].text
        k += 1
    if organisation is None:  # an organisation compound: "the European Commission president"
        j = k
        while j < len(toks) and toks[j].capitalised and (j == k or joined(text, toks[j - 1], toks[j])) \
                and _head_at(toks, text, j) is None:
            j += 1
        if j > k and toks[j - 1].folded in v.organisation_words:
            organisation = text[toks[k].start:toks[j - 1].end]
            k = j
    title_start = k
    while k < len(toks) and toks[k].folded in v.title_words and _head_at(toks, text, k) is None:
        k += 1
    if k >= len(toks):
        return None
    head = _head_at(toks, text, k)
    if head is None or head[1]:
        return None
    h = head[0]
    loose = " ".join(t.folded for t in toks[k:h]) in v.descriptors
    # free tail up to the clause's end: "director for North and Central America and the Caribbean"
    end = h
    if h < len(toks) and toks[h].folded in {"of", "for", "at", "in", "to"} and joined(text, toks[h - 1], toks[h]):
        e = h
        while e + 1 < len(toks) and e - h < _MAX_FREE_TAIL and joined(text, toks[e], toks[e + 1]):
            e += 1
        end = e + 1
    if not _CLAUSE_ENDS.match(text, toks[end - 1].end):
        return None
    if _LIST_GOES_ON.match(text, toks[end - 1].end):
        return None  # "carrying Raisi, the foreign minister, and other officials": a list, not an apposition
    title_end = end
    tail = [t.folded for t in toks[h + 1:end] if t.folded != "the"]
    if organisation is None and end > h and tail and " ".join(tail) in v.place:
        organisation = text[toks[end - len(tail)].start:toks[end - 1].end]  # "the foreign minister of Peru"
        title_end = h
    title = text[toks[title_start].start:toks[title_end - 1].end]
    return Found(start, toks[end - 1].end, person, title, modifier, organisation, loose)
