"""Money: a number with a currency before or after it, as an amount in ISO 4217 units.

``$412 million``, ``US$1.2 billion``, ``€40,000``, ``£3bn``, ``50 million euros``,
``1.5 trillion yen``, ``CHF 47``, ``between $10 million and $12 million``. A bare ``$``
or "dollars" is read as US dollars unless the article names exactly one other dollar
("Canadian dollars", "C$"); either way ``currency_assumed`` says the reader guessed.
Numbers inside money are not counts: the count extractor skips these spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import LEXICON
from ..language.numbers import Number, hedge_before, interval, scan
from ..language.quantities import period_year
from ..models import Document, MoneyClaim
from ..packdata import PackData
from ..text import claim_id, locator
from . import figures
from ._figure_facts import facts, with_declared
from ._pipeline import Earlier

# Currency symbols, codes and words: ``claimcheck/language/data/money.yaml``.
_M = LEXICON.money
# Symbols and codes written before the amount. "$" alone is resolved by context (None here).
PREFIXES: dict[str, str | None] = dict(_M.prefixes)
# Currency words and codes written after the amount.
SUFFIXES: dict[str, str | None] = dict(_M.suffixes)
# A bare "$" takes the one other dollar an article names, if it names exactly one.
DOLLAR_CONTEXT: dict[str, str] = {pattern: iso for iso, pattern in _M.dollar_context.items()}


def _alternation(keys) -> str:
    return "|".join(re.escape(k).replace(r"\ ", r"\s?") for k in sorted(keys, key=len, reverse=True))


_PREFIX_RE = re.compile(rf"(?<![A-Za-z])(?P<cur>{_alternation(PREFIXES)})\s?(?P<sign>[-−])?$")
_SUFFIX_RE = re.compile(rf"\s?(?P<cur>{_alternation(SUFFIXES)})(?![A-Za-z])(?!\s+of\b)")
_NAMES = frozenset(w.lower().rstrip("s.") for k in [*PREFIXES, *SUFFIXES] for w in k.split()) | {"dollar", "pound"}
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_SIGN_RE = re.compile(r"(?<![\w.])[-−]$")
_RANGE_RE = re.compile(r"\s*(-|–|—|to|and)\s*")
_DOLLAR_CONTEXT = [(re.compile(p), iso) for p, iso in DOLLAR_CONTEXT.items()]


def _dollar(text: str) -> str:
    """The dollar a bare "$" means in this article: USD unless exactly one other dollar is named."""
    named = {iso for pattern, iso in _DOLLAR_CONTEXT if pattern.search(text)}
    others = named - {"USD"}
    return others.pop() if len(others) == 1 and "USD" not in named else "USD"


@dataclass
class _Figure:
    """One amount while it is being read: its edges once currency and sign are attached."""

    n: Number
    start: int
    end: int
    currency: str | None
    sign: float = 1.0


def _read(text: str, n: Number) -> _Figure | None:
    if n.form == "fraction":
        return None
    before = _PREFIX_RE.search(text, max(0, n.start - 8), n.start)
    after = _SUFFIX_RE.match(text, n.end)
    singular = after and after.group("cur") in {"pound", "euro", "dollar"} and n.value != 1
    if after and ((singular and (after.group("cur") == "pound" or n.scale == 1.0))
                  or (after.group("cur") == "won" and n.value < 1000)):
        after = None  # "5 pound bag" is a weight, "19 euro zone states" a count; "11 won" is the verb
    # (a scaled figure takes the singular as an adjective: "a 2.4 billion euro fine")
    if not before and not after:
        return None
    fig = _Figure(n, n.start, n.end, None)
    if before:
        fig.start = before.start()
        fig.currency = PREFIXES[_squash(before.group("cur"), PREFIXES)]
        fig.sign = -1.0 if before.group("sign") else 1.0
    if after and (not before or (fig.currency is None and SUFFIXES[_squash(after.group("cur"), SUFFIXES)])):
        fig.end = after.end()
        fig.currency = SUFFIXES[_squash(after.group("cur"), SUFFIXES)] or fig.currency
    if _SIGN_RE.search(text, max(0, fig.start - 2), fig.start):
        fig.start, fig.sign = fig.start - 1, -1.0
    return fig


def _squash(written: str, table: dict) -> str:
    """The table key for a currency as written (spacing varies: "US $", "US$")."""
    one = re.sub(r"\s+", " ", written)
    return one if one in table else next(k for k in table if k.replace(" ", "") == one.replace(" ", ""))


def _ranges(text: str, numbers: list[Number], figs: dict[int, _Figure]) -> dict[int, int]:
    """Pairs of neighbouring numbers that form a range with at least one currency.

    The end without a currency takes the other's ("26 to 50 €"); "from $10 million to
    $12 million" is a change, not a range, so both ends stay figures of their own.
    """
    pairs: dict[int, int] = {}
    for i in range(len(numbers) - 1):
        if i in pairs.values() or (i not in figs and i + 1 not in figs):
            continue
        left = figs[i].end if i in figs else numbers[i].end
        right = figs[i + 1].start if i + 1 in figs else numbers[i + 1].start
        gap = _RANGE_RE.fullmatch(text, left, right)
        before = text[max(0, (figs[i].start if i in figs else numbers[i].start) - 9):numbers[i].start].lower()
        if not gap or (gap.group(1) == "and" and "between" not in before) or numbers[i].value > numbers[i + 1].value:
            continue
        if i not in figs and period_year(text, numbers[i]):
            continue  # "from $1.4 billion in Q4 2023 to $3.1 billion": 2023 is the quarter's year
        if "from" in before and gap.group(1) == "to":  # "from $10m to $12m" changes; "from $1.5bn-$2bn" ranges
            lead = figs.get(i) or figs[i + 1]
            for k in (i, i + 1):
                figs.setdefault(k, _Figure(numbers[k], numbers[k].start, numbers[k].end, lead.currency, lead.sign))
            continue
        pairs[i] = i + 1
    return pairs


def extract(doc: Document, data: PackData, earlier: Earlier | None = None) -> list[MoneyClaim]:
    return with_declared(_extract(doc), data)


def _extract(doc: Document) -> list[MoneyClaim]:
    """Money depends on the text alone; cached because counts ask for the same spans."""
    text = doc.text
    loc = locator(doc)
    numbers = list(scan(text))
    figs = {i: f for i, n in enumerate(numbers) if (f := _read(text, n))}
    ranges = _ranges(text, numbers, figs)
    dollar: str | None = None
    out: list[MoneyClaim] = []
    captions: dict[int, bool] = {}
    for i, n in enumerate(numbers):
        if i - 1 in ranges or (i not in figs and i not in ranges):
            continue
        first = figs.get(i)
        second = None
        if i in ranges:
            j = ranges[i]
            lead = first or figs[j]
            first = first or _Figure(n, n.start, n.end, lead.currency, lead.sign)
            second = figs.get(j) or _Figure(numbers[j], numbers[j].start, numbers[j].end, lead.currency, lead.sign)
        currency, assumed = first.currency, False
        if currency is None:
            dollar = dollar or _dollar(text)
            currency, assumed = dollar, True
        value, place, exact = first.sign * n.value, n.place, n.exact
        if second and n.scale == 1.0 and second.n.scale > 1.0 and n.value * second.n.scale <= second.n.value:
            value, place, exact = value * second.n.scale, place * second.n.scale, False  # "$10 to $12 million"
        start, end = first.start, (second or first).end
        hedged = hedge_before(text, start)
        if second:
            between = _BETWEEN_RE.search(text, max(0, start - 12), start)
            hedge = "between" if between else "range"
            start = between.start() if between else start
            low = interval(value, place, None, exact)[0]
            high = interval(second.sign * second.n.value, second.n.place, None, second.n.exact)[1]
        else:
            hedge = hedged[0] if hedged else None
            start = hedged[1] if hedged else start
            low, high = interval(value, place, hedge, exact)
        sentence = loc.sentence_at(start)
        rel = start - sentence.start
        claim = MoneyClaim(
            id=claim_id(doc, "money", start, end),
            **loc.span(start, end),
            amount=value,
            value=value,
            unit=currency,
            currency=currency,
            low=low,
            high=high,
            hedge=hedge,
            currency_assumed=assumed,
            subject=[w for w in figures.subject(sentence.text, rel, end - sentence.start) if w not in _NAMES],
            period=figures.period(sentence.text, rel, doc.published, end - sentence.start),
        )
        out.append(claim.model_copy(update=facts(claim, text, start, end, captions)))
    return out
