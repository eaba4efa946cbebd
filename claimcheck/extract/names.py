"""Name claims: named things from the packs' ``names:`` and people mentioned by name.

Things (declarations, laws, agencies, events): every exact mention of a canonical, accepted
or known wrong form, and every capitalised phrase that nearly matches one (rapidfuzz), with
the canonical form attached, so the ``canonical-name`` rule can flag near misses.

People (``entity: person``): a bare surname ("Scholz said") links to the document's full
name that ends with it (``canonical``) and to the roster (``person_id``); a one-word speaker
("Harmond said") that no full name in the document explains keeps ``canonical`` empty,
which is what the ``unintroduced-speaker`` rule looks for. Full names that match the
roster, exactly or nearly, are name claims too, when no role claim already covers them.
"""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..align import phrase_pattern
from ..language import LEXICON
from ..language.people import (
    PARTICLES,
    WEEKDAYS_MONTHS,
    Token,
    full_names,
    honorific,
    is_organisation,
    joined,
    known_given_name,
    name_at,
    name_word,
    possessive,
    resolve_first_word,
    resolve_surname,
    roster_index,
    strip_possessive,
    title_case_line,
    tokens,
)
from ..language.titles import fold, vocabulary
from ..models import Document, NameClaim
from ..packdata import CanonicalName, PackData
from ..spans import Spans
from ..text import claim_id, locator
from . import roles
from ._pipeline import Earlier

NEAR_MISS = 88  # rapidfuzz ratio (0-100) above which a phrase is taken for a pack name
_PHRASE_CONNECTORS = {"of", "on", "and", "for", "the", "de", "la", "del", "y", "to", "in"}
SPEECH_VERBS = tuple(LEXICON.events.speech_verbs)
_SPEAKER_AFTER = re.compile(r"\s+(?:" + "|".join(SPEECH_VERBS) + r")\b")
# an inverted speech verb follows a quotation or a clause ('"...," said Smith', "..., says Smith"),
# never a subject ("The club said Neymar and his father met ...": Neymar is spoken of)
_SPEAKER_BEFORE = re.compile(r"[,\"”'’:;—–-]\s*(?:said|says|added|asked|wrote)\s+$")
# after an inverted "said Smith": the clause ends, or a preposition follows ("said Smith in a
# statement"); a plain noun means the capitalised word began a headline clause ("says Intel panel")
_SPEAKER_INVERTED_END = re.compile(
    r"(?:[^\w\s]|\s*$|\s+(?:in|on|at|during|after|before|when|while|who|to|from|as|of|via|about|with|and|"
    r"but|late|early|earlier|later|this|last|today|tonight|yesterday)\b)"
)


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[NameClaim]:
    """Name claims of one document; the names inside its role claims (``earlier["role"]``,
    extracted here when not given) are left to them."""
    found = (earlier or {}).get("role")
    roles_found = found if found is not None else roles.extract(doc, data)
    return _things(doc, data) + _people(doc, data, roles_found)


def _forms(n: CanonicalName) -> list[str]:
    return [n.canonical, *n.accepted, *n.wrong]


def _things(doc: Document, data: PackData) -> list[NameClaim]:
    if not data.names:
        return []
    text = doc.text
    loc = locator(doc)
    taken: list[tuple[int, int, str, str]] = []  # start, end, written, canonical
    for n in data.names:
        for m in phrase_pattern(_forms(n)).finditer(text):
            taken.append((m.start(), m.end(), m.group(0), n.canonical))
    toks = tokens(text)
    for run in _capitalised_runs(text, toks):
        best = _best_window(text, run, data.names)
        if best:
            taken.append(best)
    taken = _longest_first(taken)  # a near miss of the full name beats the short form inside it
    return [
        NameClaim(
            id=claim_id(doc, "name", s, e), **loc.span(s, e), name=written, canonical=canonical, entity="thing"
        )
        for s, e, written, canonical in sorted(taken)
    ]


_BUCKET = 256  # characters per bucket of kept spans in ``_longest_first``


def _longest_first(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The longest of the found spans first, then each that overlaps none kept.

    Kept spans are filed by where they start, so a span is tested against the few kept near
    it: testing it against every kept span made a long document quadratic."""
    out: list[tuple[int, int, str, str]] = []
    ordered = sorted(found, key=lambda f: (-(f[1] - f[0]), f[0]))
    longest = ordered[0][1] - ordered[0][0] if ordered else 0
    kept: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for f in ordered:
        start, end = f[0], f[1]
        near = range((start - longest) // _BUCKET, (end - 1) // _BUCKET + 1)
        if not any(s < end and start < e for b in near for s, e in kept.get(b, ())):
            out.append(f)
            kept[start // _BUCKET].append((start, end))
    return out


def _capitalised_runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Phrases of capitalised words, with small connectors or commas between them
    ("... on Migration and ...", "... for Safe, Orderly and ...")."""
    runs: list[list[Token]] = []
    cur: list[Token] = []
    for t in toks:
        comma = cur and cur[-1].capitalised and t.capitalised and re.fullmatch(r", ", text[cur[-1].end:t.start])
        if cur and not joined(text, cur[-1], t) and not comma:
            runs.append(cur)
            cur = []
        if t.capitalised or (cur and t.folded in _PHRASE_CONNECTORS):
            cur.append(t)
        else:
            runs.append(cur)
            cur = []
    runs.append(cur)
    out = []
    for r in runs:
        while r and not r[-1].capitalised:
            r = r[:-1]
        if len(r) >= 2:
            out.append(r)
    return out


def _best_window(text: str, run: list[Token], names: list[CanonicalName]):
    """The window of ``run`` closest to a pack name form, if it is a near miss."""
    run_words = {t.folded for t in run if len(t.folded) >= 4}
    heads = vocabulary().heads
    best = None
    for n in names:
        forms = _forms(n)
        if not run_words & {w for f in forms for w in fold(f).split() if len(w) >= 4}:
            continue  # blocking: no shared distinctive word
        for form in forms:
            size = len(form.split())
            for width in range(max(2, size - 2), size + 3):
                for i in range(0, len(run) - width + 1):
                    window = run[i:i + width]
                    if not (window[0].capitalised and window[-1].capitalised):
                        continue
                    if window[0].folded in heads and window[0].folded != fold(form.split()[0]):
                        continue  # a title, not the body: "Minister of External Affairs" for the Ministry
                    written = text[window[0].start:window[-1].end]
                    score = fuzz.ratio(fold(written), fold(form))
                    # the longest form that nearly matches wins, then the closest window
                    rank = (size, score)
                    if score >= NEAR_MISS and (best is None or rank > best[0]) and not _contrasting(run, form):
                        best = (rank, window[0].start, window[-1].end, written, n.canonical)
    return best[1:] if best else None


def _contrasting(run: list[Token], form: str) -> bool:
    """Whether the capitalised phrase ``run`` names another body than ``form``: the form has a
    word the phrase lacks, and the phrase one the form lacks, from one group of contrasting
    words ("Senate Armed Services Committee" for "House Armed Services Committee", also when
    only "Armed Services Committee" is the window that matched)."""
    contrast = vocabulary().contrast
    a, b = {t.folded for t in run}, set(fold(form).split())
    groups_a = {contrast[w] for w in a - b if w in contrast}
    return any(contrast[w] in groups_a for w in b - a if w in contrast)


def _people(doc: Document, data: PackData, role_claims: list) -> list[NameClaim]:
    text = doc.text
    toks = tokens(text)
    names = full_names(text, toks)
    covered = Spans((c.start - doc.offset, c.end - doc.offset) for c in role_claims)
    index = roster_index(data)
    loc = locator(doc)
    v = vocabulary()
    out: list[NameClaim] = []

    def free(s: int, e: int) -> bool:
        return not covered.overlaps(s, e)

    in_body = {fold(n.name) for n in names if not title_case_line(text, n.start)}
    for n in names:
        if not free(n.start, n.end):
            continue
        if title_case_line(text, n.start) and fold(n.name) not in in_body \
                and not any(known_given_name(w) for w in n.name.split()[:-1]):
            continue  # a headline's capitalised words ("Facebook Ipo Price"), not a person
        person_id, how = index.link(n.name)
        linked = how in {"exact", "misspelling"}
        # every full name is a mention of a person, so that sources can be compared on its
        # spelling; the roster's spelling is its canonical form when the roster knows it
        out.append(NameClaim(
            id=claim_id(doc, "name", n.start, n.end), **loc.span(n.start, n.end), name=n.name,
            canonical=index.people[person_id].name if linked else None, entity="person",
            person_id=person_id if linked else None,
        ))
    for i, tok in enumerate(toks):
        if not tok.capitalised or not _standalone(text, toks, i) or not free(tok.start, tok.end):
            continue
        word = strip_possessive(tok.text)
        if len(word) < 2 or _NOT_A_NAME.search(word) or text[tok.end:tok.end + 1].isdigit():
            continue  # "I've said", the "Q" of "Q4"
        f = fold(word)
        if f in v.not_people or f in v.place or f in v.regions or f in v.parties or f in v.heads \
                or f in v.title_words or f in WEEKDAYS_MONTHS or f in v.organisation_words:
            continue
        if _PLACE_BEFORE.search(text, max(0, tok.start - 10), tok.start) and word == tok.text \
                and not _ATTRIBUTIVE_AFTER.match(text, tok.end) and not _speaker(text, tok):
            continue  # "my family and I in Munich in the last 24 hours": a place; not "in Trump era"
        full = resolve_surname(word, names)
        if full is None and (not _speaker(text, tok) or _OBJECT_BEFORE.search(text, max(0, tok.start - 20), tok.start)
                             or is_organisation(text, word)):
            continue
        if full is None:
            full = resolve_first_word(word, names)
        person_id = index.person_id(full.name if full else word)
        end = tok.start + len(word)
        out.append(NameClaim(
            id=claim_id(doc, "name", tok.start, end), **loc.span(tok.start, end), name=word,
            canonical=full.name if full else None, entity="person", person_id=person_id,
        ))
    return out


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$", re.I)
_ATTRIBUTIVE_AFTER = re.compile(  # a possessive, or a noun the name qualifies ("in Trump era")
    r"['’]|\s+(?!(?:and|or|but|in|on|at|to|for|from|with|by|of|as|than|that|which|who|where|when|while|after|before|"
    r"since|until|last|this|next|the|a|an|is|was|were|are|has|had|have|will|would)\b)[a-z]")
_NOT_A_NAME = re.compile(r"['’](?:ve|m|ll|d|re)$", re.I)
# "officials in the port city of Derna said", "the Duke of Sussex said": the word after a
# preposition is not who speaks.
_OBJECT_BEFORE = re.compile(r"\b(?:of|in|from|at|for|near)\s+(?:the\s+)?$", re.I)


def _standalone(text: str, toks: list[Token], i: int) -> bool:
    """A one-word name: capitalised, and no name word joined on either side."""
    tok = toks[i]
    if not name_word(tok) or name_at(text, toks, i) != i + 1:
        return False
    if i > 0 and joined(text, toks[i - 1], tok) and not honorific(toks[i - 1]) \
            and (name_word(toks[i - 1]) or toks[i - 1].folded in {"the", "a", "an"}):
        return False  # "Mr. Jaishankar" is the bare surname; "Narendra Modi" is a full name
    if i > 1 and toks[i - 1].folded in PARTICLES and joined(text, toks[i - 1], tok) \
            and joined(text, toks[i - 2], toks[i - 1]) and (name_word(toks[i - 2]) or toks[i - 2].folded in PARTICLES):
        return False  # the end of "Ursula von der Leyen", not a bare "Leyen"
    if i + 1 < len(toks) and joined(text, tok, toks[i + 1]) and toks[i + 1].capitalised:
        return False
    return True


def _speaker(text: str, tok: Token) -> bool:
    """Whether the token speaks: "Harmond said", or inverted, "said Harmond." A possessive
    after the verb is whose thing is spoken of, not who speaks ("said Crimea's referendum")."""
    if _SPEAKER_AFTER.match(text, tok.end):
        return True
    if possessive(tok.text):
        return False
    end = tok.start + len(strip_possessive(tok.text))
    return bool(_SPEAKER_BEFORE.search(text[max(0, tok.start - 16):tok.start])
                and _SPEAKER_INVERTED_END.match(text, end))
