"""One person, one spelling: a surname one source spells differently from the others.

Cross-source, no roster needed. Every mention of a person (a title and name, a full name,
a bare surname linked to the article's full name, "Mr." and a surname) is reduced to its
surname and its other words (given names, and whatever a name run carried before them).
Surnames of different sources are the same person's when they
are one edit apart (a letter changed, added or dropped, or two neighbours swapped; never
the first letter) and a given name of one fits one of the other: equal, an initial of the other, or
variants of one name ("Jim" and "James", "Kate" and "Katherine": the language layer's given
names). Spellings that are known to differ (accents, hyphen or space in a double surname,
the transliterations in the language layer's ``surname_variants``, a roster person's name
and aliases) are one spelling. A surname that ends its line and is a strict prefix of
another's ("Marchett" where a scrape cut the line) is a word cut short, not a spelling.

The sources vote (``claimcheck.voting``): a spelling one source uses against two or more
sources that agree on another is a warning on every mention of that source, with the
agreeing mentions as related places and their spelling as the suggestion; one source
against one is an info naming both, once per article (on its first mention). An article
that writes a name two ways is judged by the other sources, not by its own first mention;
when it writes the one other source's form more often than its odd one (twice at least), it
is a second witness and the odd form is a warning. A quoted nickname in a name ('Dimitrious
"Jimmy" X') counts as a given name. With no other source naming the person, the two forms are
reported once, pointing at both
without a guess at which is right: on the form the article uses less, when it uses one more
often ("Marchetto" once, "Marchetti" three times), else on the second form.

Fires: ``"We are ready," Ellen Marchetto said.`` | ``Ellen Marchetti said the team was ready.``
| ``Coach Ellen Marchetti spoke on Tuesday.``
Silent: ``Volodymyr Zelensky spoke on Tuesday.`` | ``Volodymyr Zelenskyy spoke on Tuesday.``
Silent: ``Mary Smyth spoke on Tuesday.`` | ``John Smith spoke on Tuesday.``
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterator

from ..align import TermIndex, connected_groups
from ..language import LEXICON, for_pack
from ..language.given_names import same_given_name
from ..language.surnames import one_edit_apart, surname_key, variant_key
from ..language.people import quoted_nicknames, roster_index, strip_possessive
from ..language.titles import family_of, fold, singular, vocabulary
from ..voting import Vote, outliers
from .base import CorpusContext, Hit, KindOptions

NAME = "person-name-agreement"
SCOPE = "corpus"
# The values a message template may name ("{name}"), besides "{message}".
FIELDS = ("name", "suggestion", "sources")


class Options(KindOptions):
    min_length: int = 4  # shorter surnames ("Li", "Wu") are often different people one letter apart


_SUFFIXES = frozenset(fold(s) for s in LEXICON.people.name_suffixes)


@dataclass(frozen=True)
class Mention:
    claim: Any
    surname: str  # as written ("Marchetti")
    key: str  # folded, hyphens and spaces dropped ("marchetti")
    givens: tuple[str, ...]  # the other words of the full name, as written ("Ellen"; "District", "Attorney", "Susan")
    family: str | None  # the office family of a title before the name


def check(ctx: CorpusContext, options: Options) -> Iterator[Hit]:
    lexicon = for_pack(ctx.data)
    known = _known_variants(lexicon, ctx)
    v = vocabulary()
    not_surnames = v.heads | v.title_words | v.organisation_words | v.not_people
    found = [m for c in ctx.claims for m in _mentions(c)
             if len(m.key) >= options.min_length and singular(fold(m.surname)) not in not_surnames]  # "Melbourne Magistrate's"
    keys_found = {m.key for m in found}
    found = [m for m in found if not _cut_short(m, keys_found, ctx)]
    forms: dict[str, list[Mention]] = defaultdict(list)
    for m in found:
        forms[m.key].append(m)
    keys = sorted(forms)
    # blocking: two surnames one edit apart share a key with one letter deleted (or the word itself)
    index = TermIndex(keys, _deletions, max_posting=len(keys) + 1)
    pairs = index.pairs(accept=lambda a, b: _same_person(forms[a], forms[b], known))
    for group in connected_groups(keys, pairs):
        if len(group) < 2:
            continue
        for person in _people([m for k in group for m in forms[k]], known):
            votes = [Vote(m.claim.document, known(m.key), m.surname, m) for m in person]
            if len({v.value for v in votes}) < 2:
                continue
            for o in outliers(votes):
                yield from _hits(o, _own_majority(o, votes))
            yield from _alone(votes)


def _cut_short(m: Mention, keys: set[str], ctx: CorpusContext) -> bool:
    """A surname ending its line that is a strict prefix of another source's ("Marchett" at the
    end of a scraped line, "Marchetti" elsewhere): a word the scrape cut short, not a spelling."""
    doc = ctx.documents.get(m.claim.document)
    if doc is None or not m.claim.text.endswith(m.surname):
        return False
    after = doc.text[m.claim.end - doc.offset:m.claim.end - doc.offset + 80]
    if after.strip() and not after.lstrip(" \t").startswith("\n"):
        return False
    return any(k != m.key and k.startswith(m.key) for k in keys)


def _people(mentions: list[Mention], known) -> list[list[Mention]]:
    """The mentions of near surnames split into people: two mentions are one person's when
    their given names fit (or one has none) and their surnames are one spelling or one slip
    apart ("Ellen Marchetti" and "Kate Marchetti" are two people; the family's "Marchetto"
    votes with the one whose given name it shares)."""
    def linked(x: Mention, y: Mention) -> bool:
        same = known(x.key) == known(y.key) or one_edit_apart(x.surname, y.surname, known)
        return same and _compatible(x, y)

    # linked() reads a mention's surname, given names and title family only: mentions alike in
    # those are compared once, as one (every pair of mentions was quadratic in their number;
    # a long document names its people hundreds of times). The groups are the same: alike
    # mentions are chained when one is linked to its like, and two linked kinds are joined
    # by their first mentions.
    alike: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        alike[(m.surname, m.key, m.givens, m.family)].append(m)
    kinds = list(alike.values())
    pairs: list[tuple[Mention, Mention, int]] = []
    for i, xs in enumerate(kinds):
        if linked(xs[0], xs[0]):
            pairs += [(a, b, 1) for a, b in zip(xs, xs[1:])]
        pairs += [(xs[0], ys[0], 1) for ys in kinds[i + 1:] if linked(xs[0], ys[0])]
    return connected_groups(mentions, pairs)


def _alone(votes: list[Vote]) -> Iterator[Hit]:
    """An article that writes one name two ways, with no other source to say which is right:
    reported once, on the first mention of the second form, pointing at the first."""
    sources = {v.source for v in votes}
    if len(sources) != 1:
        return
    first: dict[Any, Vote] = {}
    count: Counter = Counter()
    for v in sorted(votes, key=lambda v: v.place.claim.start):
        first.setdefault(v.value, v)
        count[v.value] += 1
    if len(first) < 2:
        return
    a, b = sorted(first.values(), key=lambda v: v.place.claim.start)[:2]
    if count[b.value] > count[a.value]:  # the article's own majority, not its first mention, is the usual form
        a, b = b, a
    if count[a.value] > count[b.value]:
        where = f"{count[a.value]} times elsewhere in this article"
    else:
        where = "earlier" if a.place.claim.start < b.place.claim.start else "later"
        where += " in this article"
    yield Hit(
        claim=b.place.claim, message=f"'{b.shown}' here, but '{a.shown}' {where}: which is right?",
        related=[a.place.claim], values={"name": b.shown, "suggestion": a.shown, "sources": ""},
    )


def _own_majority(o, votes: list[Vote]) -> int:
    """How often the outlier's own article writes the other sources' form, when it writes it
    more often than its own odd one (at least twice): the article then agrees with the other
    source against one slip of its own ("Gargasoulas" six times, "Gargadoulas" once), a
    second witness beside that source; else 0."""
    mine = Counter(v.value for v in votes if v.source == o.source)
    usual = mine[o.majority]
    return usual if usual >= 2 and usual > mine[o.value] else 0


def _hits(o, own: int = 0) -> Iterator[Hit]:
    related = _first_per_source(o.agreeing)
    sources = ", ".join(o.sources)
    places = o.places
    warning = o.severity == "warning" or bool(own)
    if not warning:  # one against one: a question, asked once per article, where it starts
        places = [min(ms, key=lambda m: m.claim.start) for ms in _by_document(places).values()]
    for m in places:
        if o.severity == "warning":
            message = (f"'{m.surname}' is spelt '{o.majority_shown}' in {len(o.sources)} other sources")
        elif warning:
            message = (f"'{m.surname}' is spelt '{o.majority_shown}' in {sources} and {own} times elsewhere "
                       "in this article")
        else:
            message = f"'{m.surname}' here, but '{o.majority_shown}' in {sources}: which is right?"
        text = m.claim.text
        suggestion = text.replace(m.surname, o.majority_shown) if m.surname in text else o.majority_shown
        if not warning:
            suggestion = None  # one source against one: no telling which is right
        yield Hit(
            claim=m.claim, message=message, related=related, suggestion=suggestion,
            severity="warning" if warning else o.severity,
            values={"name": m.surname, "suggestion": o.majority_shown, "sources": sources},
        )


def _by_document(mentions) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for m in mentions:
        out[m.claim.document].append(m)
    return out


def _first_per_source(mentions) -> list:
    first: dict[str, Any] = {}
    for m in sorted(mentions, key=lambda m: (m.claim.document, m.claim.start)):
        first.setdefault(m.claim.document, m.claim)
    return list(first.values())


def _mentions(claim) -> list[Mention]:
    """The person mention in a role or person-name claim, if it has a surname."""
    if claim.kind == "role":
        written, full, family = claim.person, claim.person, family_of(claim.title)
    elif claim.kind == "name" and claim.entity == "person":
        written, full, family = claim.name, claim.canonical or claim.name, None
        if len(written.split()) > 1:
            full = written  # a roster name's canonical is the roster's spelling, not this article's
    else:
        return []
    words = _name_words(written)
    if not words:
        return []
    surname = words[-1]
    if len(words) == 1:  # a bare surname: the full name the article gave it
        full_words = _name_words(full)
        words = full_words if len(full_words) > 1 and fold(full_words[-1]) == fold(surname) else words
    return [Mention(claim, surname, surname_key(surname), tuple(words[:-1]) + quoted_nicknames(claim.text), family)]


def _name_words(name: str) -> list[str]:
    words = strip_possessive(name).replace(",", " ").split()
    while len(words) > 1 and fold(words[-1]).rstrip(".") in _SUFFIXES:  # "King Jr." is King
        words = words[:-1]
    return words


def _deletions(key: str) -> list[str]:
    if len(key) > 64:  # no surname is this long; its deletions would cost the square of its length
        return [key]
    return [key, *{key[:i] + key[i + 1:] for i in range(1, len(key))}]


def _same_person(a: list[Mention], b: list[Mention], known) -> bool:
    """One person's name, one of them misspelt: one edit apart, never a known variant or a
    changed first letter, and given names (or titles) that fit."""
    return one_edit_apart(a[0].surname, b[0].surname, known) and any(_compatible(x, y) for x in a for y in b)


def _compatible(x: Mention, y: Mention) -> bool:
    if x.givens and y.givens:  # any word of one fits a word of the other: a name run may carry a title
        return any(same_given_name(a, b) for a in x.givens for b in y.givens)
    if x.family and y.family:
        return x.family == y.family
    return True


def _known_variants(lexicon, ctx: CorpusContext):
    """Surname key -> one key for its known variants: the language layer's, and the surnames
    of a roster person's name and aliases."""
    rows = [[_name_words(n)[-1] for n in [p.name, *p.aliases] if _name_words(n)]
            for p in roster_index(ctx.data).people.values()]
    return variant_key(lexicon, rows)
