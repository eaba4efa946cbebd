"""The families of planted slips: where each can be planted, what another article must say for
the slip to be detectable, and the slip itself.

A family is a row of ``FAMILIES``: ``candidates(article)`` lists the places (with a key saying
what is stated there), ``facts(article)`` what an article states in the same terms, ``agree``
whether two keys state the same thing, and ``slip(article, candidate, rng)`` the edits that
make the slip (None where none is realistic). A new family is a new row.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Callable, Hashable

from claimcheck.models import Document

from benchmarks import planted_text as t


@dataclass(frozen=True)
class Article:
    path: str  # "<story>/<file>.md", as given to the engine
    text: str  # the whole file, front matter included: offsets below are into it
    document: Document

    @property
    def body(self) -> str:
        return self.document.text

    @property
    def offset(self) -> int:
        return self.document.offset


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` of the file with ``new``."""

    start: int
    end: int
    new: str


@dataclass(frozen=True)
class Candidate:
    mark: tuple[int, int]  # body offsets of the statement a catch must point at
    key: Hashable
    data: object = None  # what the slip needs (the match, the figure, ...)


@dataclass(frozen=True)
class Family:
    name: str
    example: str
    candidates: Callable[[Article], list[Candidate]]
    facts: Callable[[Article], list[Hashable]]
    agree: Callable[[Hashable, Hashable], bool]
    slip: Callable[[Article, Candidate, random.Random], list[Edit] | None]


def _same(a: Hashable, b: Hashable) -> bool:
    return a == b


def _same_day_and_subject(a: Hashable, b: Hashable) -> bool:
    """One event day: the same calendar day and at least one content word shared nearby."""
    (day_a, words_a), (day_b, words_b) = a, b
    return day_a == day_b and bool(words_a & words_b)


def _edit(article: Article, start: int, end: int, new: str) -> Edit:
    return Edit(start + article.offset, end + article.offset, new)


# --- dates -------------------------------------------------------------------------------------


def _date_facts(article: Article) -> list[Hashable]:
    return [(d.day, d.words) for d in t.dates_in(article.body, article.document.published)]


def _weekday_date_candidates(article: Article) -> list[Candidate]:
    """A weekday beside a date that it fits ("Friday, Nov. 30")."""
    out = []
    for d in t.dates_in(article.body, article.document.published):
        wd = d.match.group("wd") if not d.bare else None
        if wd and t.weekday_index(wd) == d.day.weekday():
            out.append(Candidate((d.start, d.end), (d.day, d.words), d))
    return out


def _weekday_word(original: str, index: int) -> str:
    if original in t.WEEKDAYS:
        return t.WEEKDAYS[index]
    style = 1 if original in ("Tues.", "Thurs.") else 0
    return t.WEEKDAY_SHORT[style][index]


def _weekday_date_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit]:
    m = c.data.match
    new = (t.weekday_index(m.group("wd")) + rng.choice((-1, 1))) % 7
    return [_edit(article, m.start("wd"), m.end("wd"), _weekday_word(m.group("wd"), new))]


def _bare_weekday_candidates(article: Article) -> list[Candidate]:
    """A weekday alone that dates a past event ("shot Saturday night")."""
    return [Candidate((d.start, d.end), (d.day, d.words), d)
            for d in t.dates_in(article.body, article.document.published) if d.bare]


def _bare_weekday_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit]:
    new = (t.weekday_index(c.data.match.group(0)) + rng.choice((-2, -1, 1, 2))) % 7
    return [_edit(article, c.data.start, c.data.end, t.WEEKDAYS[new])]


def _explicit_date_candidates(article: Article) -> list[Candidate]:
    """A date without a weekday ("on Feb. 10", "10 February 2024")."""
    return [Candidate((d.start, d.end), (d.day, d.words), d)
            for d in t.dates_in(article.body, article.document.published)
            if not d.bare and not d.match.group("wd")]


def _explicit_date_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    """The day moved by one to four days, staying inside the month; the written form kept."""
    m = c.data.match
    group = "d1" if m.group("d1") else "d2"
    written = m.group(group)
    day = int(re.match(r"\d+", written).group(0))
    last = ((c.data.day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)).day
    choices = [day + k for k in (-4, -3, -2, -1, 1, 2, 3, 4) if 1 <= day + k <= last]
    new = rng.choice(choices)
    digits = f"{new:02d}" if written.startswith("0") else str(new)
    suffix = re.sub(r"^\d+", "", written)
    if suffix:
        suffix = "th" if 11 <= new % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(new % 10, "th")
    return [_edit(article, m.start(group), m.end(group), digits + suffix)]


# --- figures -----------------------------------------------------------------------------------


def _figure_facts(article: Article) -> list[Hashable]:
    return [(f.value, f.words) for f in t.figures_in(article.body)]


def _same_value_and_subject(a: Hashable, b: Hashable) -> bool:
    (value_a, words_a), (value_b, words_b) = a, b
    return value_a == value_b and bool(words_a & words_b)


def _figure_candidates(article: Article) -> list[Candidate]:
    return [Candidate((f.start, f.end), (f.value, f.words), f) for f in t.figures_in(article.body)]


def _digits_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    """One digit changed, or two adjacent digits swapped; never a leading zero."""
    f = c.data
    num = article.body[f.num_start:f.num_end]
    digits = [i for i, ch in enumerate(num) if ch.isdigit()]
    swaps = [i for i in digits if i + 1 < len(num) and num[i + 1].isdigit() and num[i] != num[i + 1]
             and not (i == 0 and num[1] == "0")]
    if swaps and rng.random() < 0.5:
        i = rng.choice(swaps)
        new = num[:i] + num[i + 1] + num[i] + num[i + 2:]
    else:
        i = rng.choice(digits)
        pool = [d for d in "0123456789" if d != num[i] and not (i == 0 and d == "0" and len(num) > 1)]
        new = num[:i] + rng.choice(pool) + num[i + 1:]
    return [_edit(article, f.num_start, f.num_end, new)]


SCALE_SWAP = {"million": "billion", "billion": "million", "thousand": "million", "trillion": "billion",
              "m": "bn", "mn": "bn", "bn": "m", "tn": "bn", "crore": "lakh", "lakh": "crore",
              "bln": "mln", "mln": "bln"}


def _scale_candidates(article: Article) -> list[Candidate]:
    return [c for c in _figure_candidates(article) if c.data.scale]


def _scale_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    f = c.data
    new = SCALE_SWAP[f.scale.lower()]
    new = new.capitalize() if f.scale[0].isupper() else new
    return [_edit(article, f.scale_start, f.scale_start + len(f.scale), new)]


# --- people ------------------------------------------------------------------------------------

# The titles a title is swapped for (ids of ``families`` in claimcheck/language/data/titles.yaml): one
# cabinet post for another, president for vice president or prime minister, senator for
# representative, the way copy confuses offices of the same broad family.
_CABINET = ("foreign-minister", "secretary-of-state", "interior-minister", "defense-minister",
            "finance-minister", "attorney-general")
TITLE_SWAPS: dict[str, tuple[str, ...]] = {
    **{f: tuple(o for o in _CABINET if o != f) for f in _CABINET},
    "president": ("vice-president", "prime-minister"),
    "vice-president": ("president",),
    "prime-minister": ("president", "vice-president"),
    "chancellor": ("president", "prime-minister"),
    "senator": ("representative",),
    "representative": ("senator",),
    "speaker": ("senator",),
    "governor": ("mayor", "senator"),
    "mayor": ("governor",),
}


def _title_candidates(article: Article) -> list[Candidate]:
    return [Candidate((x.start, x.end), (x.family, x.surname), x)
            for x in t.titles_in(article.body) if x.family in TITLE_SWAPS]


def _title_facts(article: Article) -> list[Hashable]:
    return [(x.family, x.surname) for x in t.titles_in(article.body)]


def _style(title: str) -> str:
    words = t.fold(title).split()
    return next((w for w in ("minister", "secretary") if w in words), "")


def _title_case(title: str) -> str:
    small = {"of", "the", "and", "for"}
    return " ".join(w if w in small and i else w[:1].upper() + w[1:] for i, w in enumerate(title.split()))


def _title_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    """A title of another office from ``TITLE_SWAPS``, in the same style where there is one
    ("... Secretary" for "... Secretary", "... Minister" for "... Minister")."""
    x = c.data
    families = t.language()["families"]
    others = sorted({title for f in TITLE_SWAPS[x.family] for title in families.get(f, [])})
    pool = [o for o in others if _style(o) == _style(x.title)] if _style(x.title) else others
    if not pool:
        return None
    new = _title_case(rng.choice(pool))
    return [_edit(article, x.start, x.title_end, new if x.title[:1].isupper() else new.lower())]


def _surname_candidates(article: Article) -> list[Candidate]:
    return [Candidate((start, start + len(sur)), sur, sur) for sur, start in t.surnames_in(article.body).items()]


def _surname_facts(article: Article) -> list[Hashable]:
    return re.findall(r"\b[A-Z][\w'’-]*[a-z]\b", article.body)


_VOWELS = "aeiou"
_CONSONANTS = "bcdfghjklmnprstvwz"


def _spelling_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    """One letter of the surname substituted (a vowel for a vowel) or two adjacent letters swapped,
    never the first; every mention in this one article changed alike."""
    sur = c.data
    inner = [i for i in range(1, len(sur)) if sur[i].islower()]
    swaps = [i for i in inner if i + 1 < len(sur) and sur[i + 1].islower() and sur[i] != sur[i + 1]]
    if swaps and rng.random() < 0.5:
        i = rng.choice(swaps)
        new = sur[:i] + sur[i + 1] + sur[i] + sur[i + 2:]
    else:
        i = rng.choice(inner)
        pool = _VOWELS if sur[i] in _VOWELS else _CONSONANTS
        new = sur[:i] + rng.choice([ch for ch in pool if ch != sur[i]]) + sur[i + 1:]
    return [_edit(article, m.start(), m.end(), new) for m in re.finditer(rf"\b{re.escape(sur)}\b", article.body)]


def _age_candidates(article: Article) -> list[Candidate]:
    return [Candidate((a.start, a.end), (a.surname, a.age), a) for a in t.ages_in(article.body)]


def _age_facts(article: Article) -> list[Hashable]:
    return sorted(t.age_facts(article.body))


def _age_slip(article: Article, c: Candidate, rng: random.Random) -> list[Edit] | None:
    a = c.data
    choices = [a.age + k for k in (-9, -8, -7, -6, -5, -4, -3, -2, 2, 3, 4, 5, 6, 7, 8, 9) if 1 <= a.age + k <= 110]
    return [_edit(article, a.age_start, a.age_start + len(str(a.age)), str(rng.choice(choices)))]


FAMILIES: dict[str, Family] = {f.name: f for f in (
    Family("weekday-with-date", '"Friday, Nov. 30" -> "Thursday, Nov. 30"',
           _weekday_date_candidates, _date_facts, _same_day_and_subject, _weekday_date_slip),
    Family("bare-weekday", '"shot Saturday night" -> "shot Monday night"',
           _bare_weekday_candidates, _date_facts, _same_day_and_subject, _bare_weekday_slip),
    Family("explicit-date", '"on Feb. 10" -> "on Feb. 13"',
           _explicit_date_candidates, _date_facts, _same_day_and_subject, _explicit_date_slip),
    Family("figure-digits", '"$66 billion" -> "$68 billion", "1,250" -> "1,520"',
           _figure_candidates, _figure_facts, _same_value_and_subject, _digits_slip),
    Family("scale-word", '"$66 million" -> "$66 billion"',
           _scale_candidates, _figure_facts, _same_value_and_subject, _scale_slip),
    Family("title-swap", '"Defense Secretary Jim Mattis" -> "Secretary of State Jim Mattis"',
           _title_candidates, _title_facts, _same, _title_slip),
    Family("name-spelling", '"Patterson" -> "Pattreson" in every mention of one article',
           _surname_candidates, _surname_facts, _same, _spelling_slip),
    Family("age", '"Patterson, 33," -> "Patterson, 38,"',
           _age_candidates, _age_facts, _same, _age_slip),
)}
