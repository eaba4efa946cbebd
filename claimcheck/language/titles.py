"""Title vocabulary (``claimcheck/language/data/titles.yaml``) and how titles compare.

Which words are office titles, which are loose descriptors, which titles name the same
office ("Foreign Minister" and "Minister of Foreign Affairs") is general news knowledge, so
it lives in a data file; this module only loads it and answers questions about titles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import LEXICON
from .words import fold


@dataclass(frozen=True)
class Vocabulary:
    heads: frozenset[str]
    head_starts: frozenset[str]  # first words of heads, to skip most tokens at once
    descriptors: frozenset[str]
    abbreviations: dict[str, str]
    modifiers: dict[str, str]
    title_words: frozenset[str]
    title_tails: frozenset[str]
    family: dict[str, str]  # normalised title -> family id
    generic: dict[str, frozenset[str]]  # generic title -> families it is compatible with
    place: dict[str, str]  # folded country or demonym -> the country's first name
    regions: frozenset[str]  # folded sub-national regions: qualifiers, not countries
    organisation_words: frozenset[str]
    portfolio_words: frozenset[str]  # a ministry's remit ("affairs", "governance"): never in a personal name
    not_people: frozenset[str]
    not_first_names: frozenset[str]  # capitalised words that never start a personal name
    honorifics: frozenset[str]  # "Mr", "Dr": before a name, never in it (folded, no full stop)
    contrast: dict[str, int]  # folded word -> its group of words that tell bodies apart ("house", "senate")
    company_suffixes: frozenset[str]
    legal_suffix_forms: dict[str, str]  # short legal suffix -> long ("ltd" -> "limited")
    organisation_nouns: frozenset[str]  # nouns after a word that make it an organisation ("Apple shares")
    organisation_nouns_before: frozenset[str]  # nouns before a word that make it one ("tech giant Softbank")
    parties: frozenset[str]
    concurrent_posts: frozenset[str]  # posts held alongside a seat ("Chairman", "Majority Leader")
    institution_words: frozenset[str]  # words after a title head that make an institution ("General Electric")
    seats: dict[str, frozenset[str]]  # post family -> the seat families it is held alongside
    chamber_seats: dict[str, str]  # chamber word ("senate") -> its seat family ("senator")
    ranks: frozenset[str]  # families of police and military ranks, held alongside an office
    single_name_titles: frozenset[str]  # titles before one name that is the whole style ("Pope Francis")
    max_head_words: int
    max_tail_words: int
    max_place_words: int


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    raw = LEXICON.titles.model_dump()
    heads = frozenset(fold(h) for h in raw["heads"]) | frozenset(fold(d) for d in raw["descriptors"])
    family = {fold(t): fam for fam, titles in raw["families"].items() for t in titles}
    place = {fold(p): row[0] for row in raw["places"] for p in row}
    tails = frozenset(fold(t) for t in raw["title_tails"])
    generic = {fold(k): set(v or []) for k, v in raw["generic"].items()}
    for g, covered in generic.items():  # "secretary" also covers every family with a "... secretary" title
        covered.update(fam for t, fam in family.items() if re.search(rf"\b{re.escape(g)}\b", t))
    return Vocabulary(
        heads=heads,
        head_starts=frozenset(h.split()[0] for h in heads),
        descriptors=frozenset(fold(d) for d in raw["descriptors"]),
        abbreviations={fold(k): fold(v) for k, v in raw["abbreviations"].items()},
        modifiers={fold(k): v for k, v in raw["modifiers"].items()},
        title_words=frozenset(fold(w) for w in raw["title_words"]),
        title_tails=tails,
        family=family,
        generic={g: frozenset(v) for g, v in generic.items()},
        place=place,
        regions=frozenset(fold(r) for r in raw.get("regions", [])),
        organisation_words=frozenset(fold(w) for w in raw["organisation_words"]),
        portfolio_words=frozenset(fold(w) for w in raw.get("portfolio_words", [])),
        not_people=frozenset(fold(w) for w in raw["not_people"]),
        not_first_names=frozenset(fold(w) for w in raw.get("not_first_names", [])),
        honorifics=frozenset(fold(w).rstrip(".") for w in raw.get("honorifics", [])),
        contrast={fold(w): n for n, group in enumerate(raw.get("contrasting_words", [])) for w in group},
        company_suffixes=frozenset(fold(w) for w in raw.get("company_suffixes", [])),
        legal_suffix_forms={fold(k): fold(v) for k, v in raw.get("legal_suffix_forms", {}).items()},
        organisation_nouns=frozenset(fold(w) for w in raw.get("organisation_nouns", [])),
        organisation_nouns_before=frozenset(fold(w) for w in raw.get("organisation_nouns_before", [])),
        parties=frozenset(fold(w) for w in raw["parties"]),
        concurrent_posts=frozenset(fold(w) for w in raw.get("concurrent_posts", [])),
        institution_words=frozenset(fold(w) for w in raw.get("institution_words", [])),
        seats={post: frozenset(seats) for post, seats in raw.get("seats", {}).items()},
        chamber_seats={fold(k): v for k, v in raw.get("chamber_seats", {}).items()},
        ranks=frozenset(raw.get("ranks", [])),
        single_name_titles=frozenset(fold(t) for t in raw.get("single_name_titles", [])),
        max_head_words=max(len(h.split()) for h in heads),
        max_tail_words=max(len(t.split()) for t in tails),
        max_place_words=max(len(p.split()) for p in [*place, *raw.get("regions", [])]),
    )


@lru_cache(maxsize=1 << 14)  # asked of every token that might head a title
def singular(word: str) -> str:
    """Fold a plural head noun ("presidents", "ministers", "secretaries")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("men"):
        return word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def normalise_title(title: str) -> str:
    """The comparable form of a title: folded, abbreviations expanded, places dropped.

    ``"US Secretary of State"`` → ``"secretary of state"``; ``"Sen."`` → ``"senator"``;
    ``"France's President"`` → ``"president"``.
    """
    v = vocabulary()
    t = fold(title)
    words = t.replace("-", " ").split()
    # drop a leading article, possessive or place ("the", "france's", "us")
    changed = True
    while words and changed:
        changed = False
        if words[0] in {"the", "a", "an"} or words[0].endswith("'s"):
            words, changed = words[1:], True
            continue
        for n in range(min(v.max_place_words, len(words) - 1), 0, -1):
            if " ".join(words[:n]) in v.place or " ".join(words[:n]) in v.regions:
                words, changed = words[n:], True
                break
    # drop a trailing place: "president of france", "foreign minister of the united states"
    for n in range(len(words) - 1, 0, -1):
        if words[n] in {"of", "for", "from"}:
            rest = words[n + 1:]
            rest = rest[1:] if rest[:1] == ["the"] else rest
            if rest and (" ".join(rest) in v.place or (words[n] == "from" and " ".join(rest) in v.regions)):
                words = words[:n]  # "senator from ohio" is a senator
            break
    t = " ".join(words)
    if t in v.abbreviations:
        return _singular_phrase(v.abbreviations[t])  # "Sens." → "senator"
    if t.rstrip(".") + "." in v.abbreviations:
        return _singular_phrase(v.abbreviations[t.rstrip(".") + "."])
    if words:
        words[-1] = singular(words[-1]) if t not in v.family else words[-1]
    return " ".join(words)


def _singular_phrase(phrase: str) -> str:
    words = phrase.split()
    return " ".join(words[:-1] + [singular(words[-1])]) if words else phrase


def family_of(title: str) -> str | None:
    """The office family a title belongs to, or None when the vocabulary does not know it."""
    return vocabulary().family.get(normalise_title(title))


def compatible(a: str, b: str) -> bool | None:
    """Whether two titles can name the same office: True, False, or None (cannot tell).

    Titles of one family agree; a generic title ("Secretary", "top diplomat") agrees with
    the families it covers; titles of two different known families disagree.
    """
    v = vocabulary()
    na, nb = normalise_title(a), normalise_title(b)
    if na == nb:
        return True
    fa, fb = v.family.get(na), v.family.get(nb)
    ga, gb = v.generic.get(na), v.generic.get(nb)
    if ga is not None and gb is not None:
        return True if ga & gb else None
    if ga is not None:
        return None if fb is None else fb in ga
    if gb is not None:
        return None if fa is None else fa in gb
    if fa is not None and fb is not None:
        return fa == fb
    return None


def is_concurrent_post(title: str) -> bool:
    """Whether a title names a post held alongside a seat: a committee chair, a party or floor
    leader, a whip, the Speaker ("Senate Budget Committee Chairman", "Speaker of the House")."""
    posts = vocabulary().concurrent_posts
    t = normalise_title(title)
    t = t.split(" of ")[0].split(" for ")[0]
    words = t.split()
    return any(" ".join(words[i:]) in posts for i in range(len(words)))


def chamber_seat(title: str, qualifier: str | None = None) -> str | None:
    """The seat family of the chamber a leadership title names ("Senate Majority Leader" →
    "senator", "House Minority Whip" → "representative"); None when it names none or both."""
    v = vocabulary()
    words = set(fold(f"{qualifier or ''} {title}").replace("-", " ").split())
    seats = {seat for word, seat in v.chamber_seats.items() if word in words}
    return next(iter(seats)) if len(seats) == 1 else None


def country_of(qualifier: str | None) -> str | None:
    """The country a qualifier names ("French", "France's", "U.S."), if any."""
    if not qualifier:
        return None
    q = fold(qualifier)
    q = q[:-2] if q.endswith("'s") else q
    return vocabulary().place.get(q)


def fits_office(title: str, qualifier: str | None, office) -> bool:
    """Whether a written title (and its qualifier) can name ``office`` (a roster Office).

    A title listed among the office's ``wrong_titles`` never fits; otherwise it fits when it
    equals or is compatible with one of the office's titles, alone or with its qualifier
    ("State Department spokesperson", "House Speaker"). A qualifier naming a country other
    than the office's ("French" for a German office) does not fit.
    """
    t = normalise_title(title)
    forms = {normalise_title(x) for x in office.titles}
    if t in {normalise_title(x) for x in office.wrong_titles}:
        return False
    claimed = country_of(qualifier)
    if claimed and office.country and claimed != (country_of(office.country) or office.country):
        return False
    if t in forms or (qualifier and normalise_title(f"{qualifier} {title}") in forms):
        return True
    return any(compatible(t, f) or (compatible(t, f) is None and _short_form(t, f)) for f in forms)


_SUBORDINATE = {"vice", "deputy", "assistant", "associate", "under", "lieutenant", "sub", "acting"}


def _short_form(short: str, full: str) -> bool:
    """"Chair" for "Chair of the Federal Reserve", "Majority Leader" for "Senate Majority Leader";
    never "President" for "Vice President"."""
    if full.startswith(short + " of ") or full.startswith(short + " for "):
        return True
    if full.endswith(" " + short):
        rest = full[: -len(short)].split()
        return not (set(rest) & _SUBORDINATE)
    return False


def fits_descriptor(title: str, office) -> bool:
    t = normalise_title(title)
    return t in {normalise_title(d) for d in office.descriptors}
