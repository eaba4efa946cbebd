"""People in running text: word tokens, personal names, and links to a pack's roster.

Shared by the role and name extractors. A personal name is a run of capitalised words
("Olaf Scholz", "Ursula von der Leyen"); a later bare surname ("Scholz said") refers to
the first full name in the document that ends with it (or contains it, for Spanish double
surnames). Roster people are matched on their name and aliases with accents folded, then
by fuzzy matching (rapidfuzz) for near misses, which the spelling rule reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable, NamedTuple, Sequence

from rapidfuzz import fuzz, process

from ..cache import text_cache
from ..packdata import PackData, Person
from .given_names import given_name_groups
from .lexicon import LEXICON
from .titles import fold, vocabulary

# then-/ex- prefixes, initialisms (U.S.), words with inner apostrophes or hyphens (O'Brien, al-Assad)
_TOKEN = re.compile(r"(?i:then|ex)-(?=[^\W\d_])|(?:[A-Za-z]\.){2,}|[^\W\d_]+(?:['’-][^\W\d_]+)*(?:['’]s)?")
_P = LEXICON.people
PARTICLES = frozenset(_P.particles)
# Weekdays by their full names, months by any form ("Sun" and "Wed" may be names; "Sept" is not).
WEEKDAYS_MONTHS = frozenset([f for row in LEXICON.calendar.months for f in row] + [row[0] for row in LEXICON.calendar.weekdays])
STOP_CAPS = _STOP_CAPS = frozenset(_P.stop_caps)


class Token(NamedTuple):
    """A word with its folded form (a named tuple: tokens are made by the thousand)."""

    start: int
    end: int
    text: str
    folded: str = ""
    capitalised: bool = False


@text_cache()
def tokens(text: str) -> tuple[Token, ...]:
    """Word tokens; an abbreviation's, honorific's or initial's full stop is kept ("Sen.", "Dr.", "R.").

    Cached by text: the role and name extractors tokenise the same article several times."""
    return tuple(_tokens(text))


def _tokens(text: str) -> list[Token]:
    abbreviations = vocabulary().abbreviations
    honorifics = vocabulary().honorifics
    out: list[Token] = []
    n = len(text)
    make = tuple.__new__  # Token's own __new__ is a Python function: a few hundred calls per article
    # one string per distinct word and folded form: a long document repeats its words, and
    # a fresh pair of strings per token was a third of the memory its extraction held
    same: dict[str, str] = {}
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group(0)
        folded = fold(word)
        if end < n and text[end] == "." and (folded + "." in abbreviations or folded in honorifics
                                             or (len(word) == 1 and word.isupper())):
            end += 1
            word = text[start:end]
            folded = fold(word)
        word, folded = same.setdefault(word, word), same.setdefault(folded, folded)
        out.append(make(Token, (start, end, word, folded, word[:1].isupper())))
    return out


_GAP = re.compile(r"[ \t]+|[ \t]*\n[ \t]*")


def joined(text: str, a: Token, b: Token) -> bool:
    """True when two tokens are neighbours in one phrase (only spaces between them)."""
    gap = text[a.end:b.start]
    if not gap:
        return a.text.endswith("-")  # "then-Secretary"
    return bool(_GAP.fullmatch(gap))


def possessive(word: str) -> bool:
    return word.endswith(("'s", "’s"))


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Regnal and generational suffixes: "Charles III" is "Charles" later, "Martin Luther King Jr" is "King".
NAME_SUFFIXES = _SUFFIXES = frozenset(_P.name_suffixes)


def name_word(tok: Token) -> bool:
    """Could this token be part of a personal name?"""
    f = tok.folded.rstrip(".")
    if not tok.capitalised or f in _STOP_CAPS or f in WEEKDAYS_MONTHS:
        return False
    if tok.text.isupper() and len(tok.text.rstrip(".")) > 2 and "." not in tok.text[:-1] and f not in _SUFFIXES:
        return False  # acronyms (AFP, NATO); initials ("R.", "JD") and regnal numbers ("III") are fine
    return True


def name_at(text: str, toks: Sequence[Token], i: int, max_words: int = 5) -> int:
    """End index (exclusive) of the personal name starting at token ``i``; ``i`` if none.

    A name is capitalised words, with particles between them ("Ursula von der Leyen"). A
    title head, a place or an organisation word inside ends it. Kept per text for the
    text's own tokens: the role and the name extractors ask about the same words.
    """
    if toks is not tokens(text):
        return _name_at(text, toks, i, max_words)
    known = _names_at(text)
    if (i, max_words) not in known:
        known[i, max_words] = _name_at(text, toks, i, max_words)
    return known[i, max_words]


@text_cache()  # the document being extracted (roles, then names); let go after a long one
def _names_at(text: str) -> dict[tuple[int, int], int]:
    return {}


def _name_at(text: str, toks: Sequence[Token], i: int, max_words: int) -> int:
    v = vocabulary()
    j = i
    words = 0
    while j < len(toks) and words < max_words:
        tok = toks[j]
        if j > i and _nickname(text, toks, j):
            j += 1  # 'Dimitrious "Jimmy" Gargasoulas': a quoted nickname inside the name
            continue
        if j > i and not joined(text, toks[j - 1], tok) and not (j - 1 > i and _nickname(text, toks, j - 1)):
            break
        if j > i and "\n" in text[toks[j - 1].end:tok.start] and _not_name(tok, v):
            break  # a line ends the name when the next line starts with a place or a title ("... Steinmeier\nIran")
        if honorific(tok):
            break  # "Mr", "Dr": before a name, never part of it
        if j == i and i > 0 and _ends_place(text, toks, i, v):
            break  # the end of a place's name: "New Zealand Chris Hipkins" is Chris Hipkins
        if j == i and _country_first_name(text, toks, i, v):
            j += 1  # "Chad Wolf", "Israel Katz": a country's name as a given name
            words += 1
            continue
        if j > i and _middle_initial(text, toks, j):
            j += 1  # "Michael A. Shipp": an initial, not the article "A"
            words += 1
            continue
        if name_word(tok) and not _not_name(tok, v, first=j == i):
            if j > i and strip_possessive(tok.folded) in v.heads and j + 1 < len(toks) \
                    and joined(text, tok, toks[j + 1]) and name_word(toks[j + 1]) \
                    and toks[j + 1].folded.rstrip(".") not in _SUFFIXES:  # "Martin Luther King Jr." is one name
                break  # a title inside the run starts a new phrase: "Federal Reserve | Chair Jerome Powell"
            j += 1
            words += 1
            if possessive(tok.text):
                break
            continue
        if j > i and tok.folded in PARTICLES:
            k = j  # one or more particles, then a name word: "von der Leyen"
            while k + 1 < len(toks) and toks[k].folded in PARTICLES and joined(text, toks[k], toks[k + 1]):
                k += 1
            if k > j and name_word(toks[k]) and not _not_name(toks[k], v, first=False):
                j = k
                continue
        break
    # a name never ends with a particle
    while j > i and toks[j - 1].folded in PARTICLES:
        j -= 1
    return j


_NICK_OPEN = re.compile(r"[ \t]+[\"“'‘]")
_NICK_CLOSE = re.compile(r"[\"”'’][ \t]+")
_NICK_IN_NAME = re.compile(r"[ \t]+[\"“'‘][^\W\d_]+(?:[-'’][^\W\d_]+)*[\"”'’](?=[ \t])")


def quoted_nicknames(text: str) -> tuple[str, ...]:
    """The quoted nicknames inside a name as written ('Dimitrious "Jimmy" Gargasoulas' →
    ("Jimmy",)): a given name the person goes by, that two sources may share when their
    formal given names differ ("James 'Jimmy' Gargasoulas")."""
    return tuple(m.group(0).strip(" \t\"“”'‘’") for m in _NICK_IN_NAME.finditer(text))


def _nickname(text: str, toks: Sequence[Token], j: int) -> bool:
    """A one-word nickname in quotation marks between a given name and a surname
    ('Dimitrious "Jimmy" Gargasoulas', "James 'Jimmy' Gargasoulas")."""
    if j + 1 >= len(toks) or not toks[j].capitalised or not name_word(toks[j - 1]):
        return False
    return bool(_NICK_OPEN.fullmatch(text, toks[j - 1].end, toks[j].start)
                and _NICK_CLOSE.fullmatch(text, toks[j].end, toks[j + 1].start)) and name_word(toks[j + 1])


def _middle_initial(text: str, toks: Sequence[Token], j: int) -> bool:
    """A one-letter initial with its full stop between two name words ("Michael A. Shipp",
    "Harry S. Truman"), even a letter that is also a word ("A.", "I.")."""
    tok = toks[j]
    return len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and j + 1 < len(toks) \
        and joined(text, tok, toks[j + 1]) and name_word(toks[j + 1])


def _ends_place(text: str, toks: Sequence[Token], i: int, v) -> bool:
    """Whether token ``i`` ends a two-word place with the token before it ("New Zealand")."""
    if not joined(text, toks[i - 1], toks[i]):
        return False
    pair = f"{toks[i - 1].folded} {toks[i].folded}"
    return pair in v.place or pair in v.regions


def honorific(tok: Token) -> bool:
    """"Mr", "Mrs.", "Dr", "Sir": a courtesy word written before a name."""
    return tok.capitalised and tok.folded.rstrip(".") in vocabulary().honorifics


def _country_first_name(text: str, toks: list[Token], i: int, v) -> bool:
    """A country noun (not a demonym) followed by a plain name word."""
    f = toks[i].folded
    if f not in v.place or fold(v.place[f]) != f or not name_word(toks[i]) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return joined(text, toks[i], nxt) and name_word(nxt) and not _not_name(nxt, v) and not possessive(toks[i].text)


def _not_name(tok: Token, v, first: bool = True) -> bool:
    """Words that cannot start a name; title heads may end one ("Angus King", "Jim Justice")."""
    f = strip_possessive(tok.folded)
    if f in v.organisation_words or f in v.portfolio_words or f in v.abbreviations:
        return True
    return first and (f in v.place or f in v.parties or f in v.heads or f.rstrip(".") in v.abbreviations
                      or f in v.modifiers or f in v.title_words or f in v.not_first_names)


@dataclass
class RosterIndex:
    """Lookups from folded names to roster people."""

    people: dict[str, Person] = field(default_factory=dict)
    by_name: dict[str, str] = field(default_factory=dict)  # folded full name or alias -> id
    wrong: dict[str, str] = field(default_factory=dict)  # folded known misspelling -> id
    by_surname: dict[str, set[str]] = field(default_factory=dict)
    choices: list[str] = field(default_factory=list)
    surnames: dict[str, str] = field(default_factory=dict)  # folded surname -> as written

    def link(self, name: str) -> tuple[str | None, str | None]:
        """(person id, how) for a written name: how is 'exact' (name or alias, accents aside),
        'misspelling' (listed as such), 'near' (a fuzzy near miss: maybe someone else) or None."""
        f = fold(strip_possessive(name))
        if f in self.by_name:
            return self.by_name[f], "exact"
        if f in self.wrong:
            return self.wrong[f], "misspelling"
        words = f.split()
        if len(words) == 1:
            ids = self.by_surname.get(f, set())
            return (next(iter(ids)), "exact") if len(ids) == 1 else (None, None)
        if self.choices:
            best = process.extractOne(f, self.choices, scorer=fuzz.ratio, score_cutoff=85)
            if best and _same_first(words, best[0].split()):
                return self.by_name[best[0]], "near"
        return None, None

    def person_id(self, name: str) -> str | None:
        """The roster id when the name surely means that person (not a fuzzy near miss)."""
        pid, how = self.link(name)
        return pid if how in {"exact", "misspelling"} else None


def _same_first(a: list[str], b: list[str]) -> bool:
    """Near-miss names must agree on the given name (rules out 'Mark Kelly' for 'Mike Kelly')."""
    return a[0] == b[0] or fuzz.ratio(a[0], b[0]) >= 80


def roster_index(data: PackData) -> RosterIndex:
    """The index of ``data.roster``, built once and kept with the data (a copy with another
    roster builds its own)."""
    cached = data._roster_index
    if cached is not None and cached[0] is data.roster:
        return cached[1]
    index = RosterIndex()
    for p in data.roster.people:
        index.people[p.id] = p
        for n in [p.name, *p.aliases]:
            f = fold(n)
            if not f:
                continue
            index.by_name.setdefault(f, p.id)
            index.by_surname.setdefault(f.split()[-1], set()).add(p.id)
        for n in p.misspellings:
            index.wrong.setdefault(fold(n), p.id)
        for key, word in zip(surname_keys(p.name), surname_words(p.name)):
            index.surnames.setdefault(key, word)
    index.choices = sorted(index.by_name)
    data._roster_index = (data.roster, index)
    return index


@lru_cache(maxsize=1 << 14)
def surname_keys(name: str) -> tuple[str, ...]:
    """Folded words of a full name that may stand alone later: every word but the first, and
    of four words or more only the last two (two given names, two surnames: "Francisco José
    Jiménez Irungaray"; a longer run is more often a headline: "Embattled Boeing Shakes Up")."""
    words = [w for w in fold(strip_possessive(name)).split() if w not in PARTICLES and not w.endswith(".")]
    return tuple(_surname_part(words))


def surname_words(name: str) -> list[str]:
    """The words of ``surname_keys`` as written (accents kept), for suggestions."""
    words = [w for w in strip_possessive(name).split() if fold(w) not in PARTICLES and not w.endswith(".")]
    return _surname_part(words)


def _surname_part(words: list[str]) -> list[str]:
    while len(words) > 1 and fold(words[-1]) in _SUFFIXES:
        words = words[:-1]
    return words[-2:] if len(words) >= 4 else words[1:] if len(words) > 1 else words


@dataclass(frozen=True)
class FullName:
    start: int
    end: int
    name: str


class FullNames(list[FullName]):
    """The full names of a text in text order, with an index by surname key, so that
    resolving a bare surname is a dictionary look-up rather than a scan of every name
    (a long document has thousands of both)."""

    @cached_property
    def by_surname(self) -> dict[str, FullName]:
        """Folded surname key -> the first full name (in text order) that has it."""
        index: dict[str, FullName] = {}
        for n in self:
            for key in surname_keys(n.name):
                index.setdefault(key, n)
        return index

    @cached_property
    def by_first_word(self) -> dict[str, FullName]:
        """Folded first word -> the first full name (in text order) that starts with it."""
        index: dict[str, FullName] = {}
        for n in self:
            words = fold(strip_possessive(n.name)).split()
            if len(words) > 1:
                index.setdefault(words[0], n)
        return index


def full_names(text: str, toks: Sequence[Token]) -> FullNames:
    """Runs of two to five name words that are not places or organisations: candidate people."""
    if toks is tokens(text):
        return _full_names(text)
    return FullNames(_find_full_names(text, toks))


@text_cache()
def _full_names(text: str) -> FullNames:
    """Cached with its surname index; callers only read it."""
    return FullNames(_find_full_names(text, tokens(text)))


def _find_full_names(text: str, toks: Sequence[Token]) -> list[FullName]:
    v = vocabulary()
    out: list[FullName] = []
    i = 0
    while i < len(toks):
        if not toks[i].capitalised:  # a name starts with a capital (name_at would say so, slower)
            i += 1
            continue
        j = name_at(text, toks, i)
        if j - i >= 2 and not _place_or_org(toks[i:j], v) and not _suffix_after(text, toks, j) and not (
            i > 0 and joined(text, toks[i - 1], toks[i]) and name_word(toks[i - 1]) and toks[i - 1].folded in v.place
        ):
            name = _NICK_IN_NAME.sub("", text[toks[i].start:toks[j - 1].end])  # the name, not the nickname
            out.append(FullName(toks[i].start, toks[j - 1].end, strip_possessive(name)))
        i = max(j, i + 1)
    return out


def _suffix_after(text: str, toks: Sequence[Token], j: int) -> bool:
    """A legal suffix right after a run that does not take it in ("Orrin Foods Inc.")."""
    return j < len(toks) and joined(text, toks[j - 1], toks[j]) and legal_suffix(toks[j])


def legal_suffix(tok: Token) -> bool:
    """A company's legal suffix ("Ltd", "Limited", "Inc.", "PLC", "GmbH"; ``company_suffixes``
    of ``titles.yaml``). Two-letter ones count only in capitals ("AG", "SA"), "Co" aside, as
    "Se" or "Sa" may be part of a personal name."""
    f = strip_possessive(tok.folded).rstrip(".")
    if not tok.capitalised or f not in vocabulary().company_suffixes:
        return False
    return len(f) > 2 or f == "co" or tok.text[:2].isupper()


def _run_key(run: Sequence[Token]) -> tuple[str, ...]:
    return tuple(strip_possessive(t.folded).rstrip(".") for t in run)


def company_run(run: Sequence[Token], text: str | None = None) -> bool:
    """Whether a capitalised run of two words or more names a company, not a person: it ends
    with a legal suffix ("Reliance Industries Ltd", "Jio Platforms Limited"), or ``text``
    writes it elsewhere with one ("Jio Platforms" beside "Jio Platforms Ltd")."""
    if len(run) < 2:
        return False  # "Chairman Adani" beside "Adani Group": a family firm's name is its founder's
    if legal_suffix(run[-1]):
        return True
    return text is not None and _run_key(run) in company_names(text, tokens(text))


def company_names(text: str, toks: Sequence[Token]) -> frozenset[tuple[str, ...]]:
    """The folded words of every run the text writes with a legal suffix, with and without
    it: ("reliance", "industries") and ("reliance", "industries", "ltd"). Only a title's
    holder is tested against the bare form; a bare "Jio Platforms" stays a name mention, so
    a misspelt company name can still be compared across sources."""
    if toks is tokens(text):
        return _company_names(text)
    return _find_company_names(text, toks)


@text_cache()
def _company_names(text: str) -> frozenset[tuple[str, ...]]:
    return _find_company_names(text, tokens(text))


def _find_company_names(text: str, toks: Sequence[Token]) -> frozenset[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for k, tok in enumerate(toks):
        if k == 0 or not legal_suffix(tok) or not joined(text, toks[k - 1], tok):
            continue
        i = k
        while i > 0 and k - i < 5 and toks[i - 1].capitalised and joined(text, toks[i - 1], toks[i]) \
                and not possessive(toks[i - 1].text) and toks[i - 1].folded not in _STOP_CAPS:
            i -= 1
        if i < k:
            found.add(_run_key(toks[i:k + 1]))
            found.add(_run_key(toks[i:k]))
    return frozenset(found)


def same_company(a: str, b: str) -> bool:
    """Two spellings of one company's name that differ only in the form of a legal suffix
    or "&" ("Reliance Industries Ltd", "Reliance Industries Limited"): one spelling."""
    forms = vocabulary().legal_suffix_forms

    def key(name: str) -> list[str]:
        return [forms.get(w.rstrip("."), w.rstrip(".")) for w in fold(strip_possessive(name)).split()]
    return key(a) == key(b)


def _place_or_org(run: list[Token], v) -> bool:
    """"Kansas City", "Central Asia", "State Department"; not "Jim Jordan"."""
    words = [strip_possessive(t.folded) for t in run]
    phrase = " ".join(words)
    demonym = words[0] in v.place and fold(v.place[words[0]]) != words[0]
    return phrase in v.place or demonym or any(w in v.organisation_words for w in words) or legal_suffix(run[-1])


_LINE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# Small words that Title Case leaves in lower case ("Facebook Prices IPO at $38 per Share")
_SMALL = frozenset("a an and as at but by for from in into of off on or over per the to up via vs with".split())


def title_case_line(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a headline in Title Case: three to twenty words,
    nearly every word but the small ones capitalised, and no full stop ending a sentence.
    Its capitalised runs are a headline's words ("Facebook Ipo Price"), not people, unless a
    title or a known given name marks them."""
    # a headline line is short: looking further for its ends cost every name on a one-line
    # document its whole length
    reach = 1000
    start = text.rfind("\n", max(0, pos - reach), pos) + 1
    end = text.find("\n", pos, pos + reach)
    end = end if end >= 0 else len(text)
    if (start == 0 and pos > reach) or end - pos > reach:
        return False
    return _title_case(text[start:end])


@lru_cache(maxsize=1 << 12)
def _title_case(line: str) -> bool:
    words = [w for w in _LINE_WORD.findall(line) if fold(w) not in _SMALL]
    if not 3 <= len(words) <= 20 or re.search(r"[a-z]{2}[.!?][\"'”’)]*\s+[A-Z]", line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised >= 0.85 * len(words)


def known_given_name(word: str) -> bool:
    """A given name the language layer knows (the nicknames package and claimcheck's pairs)."""
    return fold(strip_possessive(word)).rstrip(".") in given_name_groups()


def resolve_surname(word: str, names: Iterable[FullName], before: int | None = None) -> FullName | None:
    """The first full name (before ``before``, if given) that the bare ``word`` can stand for.

    ``names`` are in text order; a ``FullNames`` is answered from its surname index."""
    f = fold(strip_possessive(word))
    if isinstance(names, FullNames):
        first = names.by_surname.get(f)
        return first if first is not None and (before is None or first.start < before) else None
    for n in names:
        if before is not None and n.start >= before:
            break
        if f in surname_keys(n.name):
            return n
    return None


def resolve_first_word(word: str, names: FullNames) -> FullName | None:
    """The first full name that begins with the bare ``word``: a surname written first
    ("Yoon Suk Yeol" ... "Yoon said", "Kishida Fumio" ... "Kishida said"). Only for a speaker
    that no surname explains, so that such a person counts as introduced; titles are not
    resolved this way, as a given name alone ("Scott") may be someone else's surname."""
    return names.by_first_word.get(fold(strip_possessive(word)))


_TICKER_AFTER = re.compile(r"\b([A-Z][\w.&-]*)\s*\((?:[A-Za-z]+:\s*)?[A-Z][A-Z.]{1,6}\)")
_SHARES_OF = re.compile(r"\b(?i:shares|stock) (?i:of|in) ([A-Z][\w-]*)\b")
_WORDS_AFTER = re.compile(r"\b([A-Z][\w-]*)(?=(?:['’]s)?,? +([A-Za-z]+)\.?(?: +([A-Za-z]+))?)")
# "Amazon.com", "Booking.com": a web address for a name
_DOT_COM = re.compile(r"\b([A-Z][\w-]*)\.(?:com|net|org)\b")
# a capitalised run ending with a company suffix: "Uber Technologies Inc.", "SoftBank Group Corp"
_RUN_SUFFIX = re.compile(r"\b([A-Z][\w&-]*)(?=((?:,? +[A-Z][\w&.-]*){1,3}))")
# a speaker that speaks of itself as "its": "Amazon said its warehouses were safe"
_SAID_ITS = re.compile(r"\b([A-Z][\w-]*) +(?:" + "|".join(LEXICON.events.speech_verbs)
                       + r")(?: +(?:in +a +statement|on +\w+))?,? +(?:that +)?its\b")
# an apposition that says what it is: "Calloway, the ride-hailing company, said"
_APPOSITION = re.compile(r"\b([A-Z][\w-]*), (?:the|a|an) (?:[\w-]+ ){0,3}?([a-z][a-z-]*)(?=[,;:)]| (?:said|says)\b)")
# a lower-case noun right before one capitalised word: "tech giant Softbank", "chipmaker Intel"
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][a-z-]*) +([A-Z][\w-]*)\b(?!['’]?\s*[A-Z])")


def is_organisation(text: str, word: str) -> bool:
    """Whether ``text`` shows the capitalised ``word`` to be an organisation (see ``organisations``)."""
    return fold(word) in organisations(text)


@text_cache()
def organisations(text: str) -> frozenset[str]:
    """Every capitalised word the text shows to be an organisation (folded): a company suffix
    ("Apple Inc.", "SoftBank Group Corp."), a ticker ("Boeing (NYSE: BA)"), a web address
    ("Amazon.com"), "its" after its speech verb ("Amazon said its ..."), an organisation noun after it ("Apple shares", "Boeing's chief executive"),
    before it ("tech giant Softbank", "chipmaker Intel") or in an apposition ("Uber, the
    ride-hailing company,"), or "shares of Boeing". One pass over
    the text: a speaker is tested against the whole text, and an article has many."""
    v = vocabulary()
    found = {fold(m.group(1)) for m in _TICKER_AFTER.finditer(text)}
    found |= {fold(m.group(1)) for m in _SHARES_OF.finditer(text)}
    found |= {fold(m.group(1)) for m in _DOT_COM.finditer(text)}
    found |= {fold(m.group(1)) for m in _SAID_ITS.finditer(text)}
    for m in _WORDS_AFTER.finditer(text):
        first = fold(m.group(2))
        two = f"{first} {fold(m.group(3))}" if m.group(3) else first
        if first in v.company_suffixes or first in v.organisation_nouns or two in v.organisation_nouns:
            found.add(fold(m.group(1)))
    for m in _RUN_SUFFIX.finditer(text):
        words = [fold(w).strip(",.") for w in m.group(2).split()]
        if any(w in v.company_suffixes for w in words):
            found.add(fold(m.group(1)))
    for m in _APPOSITION.finditer(text):
        if m.group(2) in v.organisation_nouns_before or m.group(2).endswith("maker"):
            found.add(fold(m.group(1)))
    for m in _NOUN_BEFORE.finditer(text):
        noun = m.group(1).lower()
        if noun in v.organisation_nouns_before or (noun.endswith("maker") and len(noun) > 5):
            found.add(fold(m.group(2)))
    return frozenset(found)
