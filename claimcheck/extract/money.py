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

from ..language import LEXICON, currencies
from ..language.numbers import Number, hedge_before, interval, scan
from ..language.quantities import period_year
from ..models import Document, MoneyClaim
from ..packdata import PackData
from ..text import STOPWORDS, claim_id, locator
from . import figures
from ._figure_facts import facts, with_declared
from ._pipeline import Earlier

# Currency symbols, codes and words: every currency of CLDR (through Babel) and the hand-kept
# forms of ``claimcheck/language/data/money.yaml`` (``claimcheck/language/currencies.py``).
_M = LEXICON.money
_T = currencies.table()
# Symbols and codes written before the amount. "$" alone is resolved by context (None here).
PREFIXES: dict[str, str | None] = {**_T.codes, **_T.symbols}
# Currency names (lower case), codes and symbols written after the amount.
SUFFIXES: dict[str, str | None] = {**_T.names, **{k.lower() if k[:1].isalpha() else k: v for k, v in _M.suffixes.items()}}
_SUFFIX_CODES: dict[str, str] = _T.codes
_SUFFIX_SYMBOLS: dict[str, str | None] = {k: v for k, v in _M.suffixes.items() if not re.fullmatch(r"[A-Za-z. ]+", k)}
# Names a capitalised or upper-case single word may stand for ("5 million Euros"); other
# single words count only in lower case ("Blackburn 2 Rand" is no money).
_CAPITALISED_OK = frozenset(k.lower() for k in _M.suffixes if k[:1].isalpha())
_SUBUNITS = _T.subunits
_SCALED_ONLY: dict[str, str] = {k.lower(): v for k, v in _M.units_when_scaled.items()}
# The singular of a unit after a plain number is an adjective ("19 euro zone states").
_SINGULAR = frozenset(u for u in SUFFIXES if u.endswith(("pound", "euro", "dollar", "franc", "peso", "rupee")))
_WEIGHTS = frozenset({"pound", "pounds"})  # "80 pounds of rice": weight, not money
# A bare "$" takes the one other dollar an article names, if it names exactly one.
DOLLAR_CONTEXT: dict[str, str] = {pattern: iso for iso, pattern in _M.dollar_context.items()}

# Words of a currency left out of a figure's subject: the hand-kept forms and CLDR's unit words
# ("francs"), not CLDR's adjectives ("Russian" may be what the sum is about).
_NAMES = frozenset(w.lower().rstrip("s.") for k in [*_M.prefixes, *_M.suffixes, *_T.unit_codes, *_SUBUNITS]
                   for w in k.split() if k not in _M.units_not_alone) | {"dollar", "pound"}
_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_SIGN_RE = re.compile(r"(?<![\w.])[-−]$")
_RANGE_RE = re.compile(r"\s*(-|–|—|to|and)\s*")
_DOLLAR_CONTEXT = [(re.compile(p), iso) for p, iso in DOLLAR_CONTEXT.items()]
_LEAD_RE = re.compile(r"(?<![A-Za-z.])([A-Z](?:\.?[A-Z]){1,2}\.?)\s?$")
_WORD = re.compile(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?")
_BARE_SCALE = re.compile(rf"(?i:{'|'.join(LEXICON.numbers.word_scales)})")
_DECIMAL_COMMA = re.compile(r",(\d\d)(?![\d,])")
_NOUN_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_A_SCALE = re.compile(r"an?\s", re.I)  # "a billion-dollar bailout" sizes a thing, it states no sum
_PLUS_RE = re.compile(r"[-\s]plus\b", re.I)
_ACCOUNTING_RE = re.compile(r"(?:\b(?:is|was|are|were|be|been)|:)\s*\($", re.I)
_AND_SUBUNIT = re.compile(r"\s+and\s+$")
_VAGUE_RE = re.compile(
    rf"\b(?P<many>{'|'.join(_M.vague_multiples)})\s+of\s+(?P<scale>{'|'.join(LEXICON.numbers.word_scales)})s"
    r"\s+of\s+", re.I)


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
    per_unit: int = 1  # 100 for a figure in cents or pence
    plus: bool = False  # "€5 billion-plus"
    cents: float = 0.0  # "3 dollars and 50 cents": the 0.50


def _before(text: str, start: int) -> tuple[int, str | None, bool] | None:
    """The symbol or code written just before a number: (where it starts, ISO code, minus sign).

    "US$364", "$ 40", "RMB 5 million", "CHF 47", "MXN$ 90", "$-99.99", "US$:12.99".
    """
    i = start
    if i > 0 and text[i - 1] in " \u00a0\t":
        i -= 1
    chunk_start = i
    while chunk_start > 0 and i - chunk_start < 12 and not text[chunk_start - 1].isspace():
        chunk_start -= 1
    chunk = text[chunk_start:i]
    sign = chunk.endswith(("-", "−"))
    chunk = chunk.rstrip("-−").rstrip(":").rstrip()
    for k in range(len(chunk)):
        key = chunk[k:]
        if key in PREFIXES and not (k and chunk[k - 1].isalpha()):
            at = chunk_start + k
            if key == "$":  # "US $", "N.Z. $", "N.Z.$": a territory or code, written apart from the "$"
                lead = _LEAD_RE.search(text, max(0, at - 8), at)
                if lead and (mark := lead.group(1).replace(".", "") + "$") in PREFIXES:
                    return lead.start(1), PREFIXES[mark], sign
            return at, PREFIXES[key], sign
    return None


def _after(text: str, end: int, scaled: bool = False) -> tuple[int, str | None, str, int] | None:
    """The currency written just after a number: (where it ends, ISO code, as written, per unit).

    "50 million euros", "5 million Swiss francs", "40 CHF", "34.99€", "34 cents", "50p",
    "a 12-cent dividend"; ``per_unit`` is 100 for cents and pence.
    """
    i, hyphen = end, False
    if text[i:i + 1] in (" ", "\u00a0"):
        i += 1
    elif text[i:i + 1] == "-" and end > 0:
        i, hyphen = i + 1, True
    for size in (3, 2, 1):  # symbols: "US$", "€", "¢"
        mark = text[i:i + size]
        if mark in _SUFFIX_SYMBOLS and not hyphen:
            return i + size, _SUFFIX_SYMBOLS[mark], mark, 1
        if mark in _SUBUNITS and not mark.isalpha() and not hyphen:
            return i + size, _SUBUNITS[mark][0], mark, _SUBUNITS[mark][1]
    code = text[i:i + 3]
    if code in _SUFFIX_CODES and not text[i + 3:i + 4].isalpha() and not hyphen:
        return i + 3, _SUFFIX_CODES[code], code, 1
    words = []
    pos = i
    while len(words) < 4:
        w = _WORD.match(text, pos)
        if not w:
            break
        words.append(w)
        if text[w.end():w.end() + 1] != " ":
            break
        pos = w.end() + 1
    if len(words) >= 2 and words[0].group(0)[:1].isupper():  # "Russian roubles": adjective and unit apart
        unit = words[1].group(0).rstrip(".")
        code = _T.adjective_and_unit(words[0].group(0).lower(), unit.lower())
        if code and text[i:words[0].end() + 1 + len(unit)].lower() not in SUFFIXES:
            return words[0].end() + 1 + len(unit), code, text[i:words[0].end() + 1 + len(unit)], 1
    for k in range(len(words), 0, -1):
        written = text[i:words[k - 1].end()]
        for form in (written, written.rstrip(".")):
            key = form.lower()
            if key in _SCALED_ONLY and scaled:  # "1.5 billion marks"; "95 marks" is an exam's
                return i + len(form), _SCALED_ONLY[key], form, 1
            if key in SUFFIXES or key in _SUBUNITS:
                if k == 1 and not (form.islower() or key in _CAPITALISED_OK or key in _SUBUNITS):
                    continue
                if key == "p" and (i != end or text[i + 1:i + 3].lower() in {"m", "m."} or text[i + 1:i + 2] == "."
                                   and text[i + 2:i + 3].isalpha()):
                    continue  # "50p" only glued, and "7p.m." is a time
                if key in _SUBUNITS:
                    return i + len(form), _SUBUNITS[key][0], form, _SUBUNITS[key][1]
                return i + len(form), SUFFIXES[key], form, 1
    return None


def _after_dot(text: str, n: Number) -> Number:
    """The number after a symbol's closing dot ("Rs.500" is 500, not 0.5), where one is written."""
    again = scan(text[n.start + 1:n.start + 40])
    if again and again[0].start == 0 and any(text[max(0, n.start - k):n.start + 1] in PREFIXES for k in (1, 2, 3, 4)):
        m = again[0]
        return Number(n.start + 1, n.start + 1 + m.end, m.value, m.place, m.form, m.scale, m.exact)
    return n


def _read(text: str, n: Number) -> _Figure | None:
    if n.form == "fraction" or (n.form == "words" and _BARE_SCALE.fullmatch(text, n.start, n.end)):
        return None  # "two-thirds of", "multi-million dollar deal": a bare scale word is never money
    if text[n.start:n.start + 1] == "." and n.start and text[n.start - 1].isalpha():
        n = _after_dot(text, n)  # "Rs.500": the dot ends the symbol, it starts no decimals
    if (comma := _DECIMAL_COMMA.match(text, n.end)) and n.form == "digits" and n.exact and n.value < 1000:
        cents = comma.group(1)
        if _before(text, n.start) or _after(text, comma.end()):  # "5,99 €", "€ 5,00": a decimal comma
            n = Number(n.start, comma.end(), n.value + int(cents) / 10 ** len(cents), 10.0 ** -len(cents), "digits")
    before = _before(text, n.start) if n.form == "digits" else None  # "ARM two weeks ago" names a company
    after = _after(text, n.end, n.scale > 1.0)
    if after:
        written = after[2].lower()
        hyphen = text[n.end:n.end + 1] == "-"
        # a singular after a plain number describes the noun after it ("19 euro zone states"),
        # and names money where no noun follows ("It costs 5 euro.", "5 euro a month")
        singular = written in _SINGULAR and n.value != 1
        noun = _NOUN_AFTER.match(text, after[0])
        if ((singular and ((written.endswith("pound") and n.scale == 1.0) or (n.scale == 1.0 and not hyphen
                                                         and noun and noun.group(1).lower() not in STOPWORDS)))
                or (hyphen and ((written in _WEIGHTS and n.scale == 1.0) or _A_SCALE.match(text, n.start, n.end)))
                or (written == "won" and n.value < 1000)
                or (written in _WEIGHTS and re.match(r"\s+of\b", text[after[0]:after[0] + 4]))):
            after = None  # "5 pound bag" and "80 pounds of rice" weigh; "19 euro zone states" count; "11 won" wins
    # (a scaled figure takes the singular as an adjective: "a 2.4 billion euro fine")
    if not before and not after:
        return None
    fig = _Figure(n, n.start, n.end, None)
    if before:
        fig.start, fig.currency = before[0], before[1]
        fig.sign = -1.0 if before[2] else 1.0
    if after and (not before or (fig.currency is None and after[1]) or after[3] > 1):
        fig.end = after[0]
        fig.per_unit = after[3]
        if after[1] or after[3] == 1:
            fig.currency = after[1] or fig.currency
        elif after[3] > 1 and before:
            fig.per_unit = 1  # "$5 cents"? keep the symbol's reading
    if (plus := _PLUS_RE.match(text, fig.end)) and n.scale > 1:
        fig.end, fig.plus = plus.end(), True
    if _SIGN_RE.search(text, max(0, fig.start - 2), fig.start):
        fig.start, fig.sign = fig.start - 1, -1.0
    elif _ACCOUNTING_RE.search(text, max(0, fig.start - 8), fig.start) and text[fig.end:fig.end + 1] == ")":
        fig.sign = -1.0  # "revenue was ($99.99)": an accountant's loss; "50 euros ($54)" converts
    return fig


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
        low, high = numbers[i], numbers[i + 1]
        shared = low.scale == 1.0 and high.scale > 1.0 and low.value * high.scale <= high.value
        if gap.group(1) == "to" and high.value > 10 * (low.value * high.scale if shared else low.value):
            continue  # "fell 0.5 yen to 140.20 yen": a change and a level; a range's ends are alike
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
    numbers = list(scan(text))
    figs = {i: f for i, n in enumerate(numbers) if (f := _read(text, n))}
    _join_subunits(text, figs)
    ranges = _ranges(text, numbers, figs)
    dollar: str | None = None
    main = _main_currency(figs)
    found: list[tuple] = []
    for i, n in enumerate(numbers):
        if i - 1 in ranges or (i not in figs and i not in ranges):
            continue
        first = figs.get(i)
        second = None
        if i in ranges:
            j = ranges[i]
            lead = first or figs[j]
            first = first or _Figure(n, n.start, n.end, lead.currency, lead.sign, lead.per_unit)
            second = figs.get(j) or _Figure(numbers[j], numbers[j].start, numbers[j].end, lead.currency, lead.sign,
                                            lead.per_unit)
        n = first.n  # as read: "Rs.500" is 500, not the ".500" the scan saw
        currency, assumed = first.currency, False
        if currency is None:
            dollar = dollar or _dollar(text)
            currency, assumed = (main or dollar, True) if first.per_unit > 1 else (dollar, True)
        value = first.sign * (n.value / first.per_unit + first.cents)
        place, exact = (0.01, True) if first.cents else (n.place / first.per_unit, n.exact)
        if second and n.scale == 1.0 and second.n.scale > 1.0 and n.value * second.n.scale <= second.n.value:
            value, place, exact = value * second.n.scale, place * second.n.scale, False  # "$10 to $12 million"
        start, end = first.start, (second or first).end
        hedged = hedge_before(text, start)
        if second:
            between = _BETWEEN_RE.search(text, max(0, start - 12), start)
            hedge = "between" if between else "range"
            start = between.start() if between else start
            low = interval(value, place, None, exact)[0]
            high = interval(second.sign * second.n.value / second.per_unit, second.n.place / second.per_unit, None,
                            second.n.exact)[1]
        elif first.plus:
            hedge = "plus"
            low, high = interval(value, place, "more than", exact)
        else:
            hedge = hedged[0] if hedged else None
            start = hedged[1] if hedged else start
            low, high = interval(value, place, hedge, exact)
        found.append((start, end, value, currency, assumed, low, high, hedge))
    for m in _VAGUE_RE.finditer(text):
        after = _after(text, m.end() - 1, scaled=True)
        if (after and after[3] == 1 and after[2][:1].isalpha()
                and not (after[2].lower() in _WEIGHTS and re.match(r"\s+of\b", text[after[0]:after[0] + 4]))):
            # "tens of millions of dollars": from ten million up to a hundred million
            low = _M.vague_multiples[m.group("many").lower()] * LEXICON.numbers.word_scales[m.group("scale").lower()]
            currency, assumed = after[1], False
            if currency is None:
                dollar = dollar or _dollar(text)
                currency, assumed = dollar, True
            found.append((m.start(), after[0], float(low), currency, assumed, float(low),
                          float(low) * 10 if m.group("many").lower() != "dozens" else float(low) / 12 * 100,
                          m.group("many").lower()))
    found.sort()
    loc = locator(doc)
    captions: dict[int, bool] = {}
    out: list[MoneyClaim] = []
    for start, end, value, currency, assumed, low, high, hedge in found:
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


def _join_subunits(text: str, figs: dict[int, _Figure]) -> None:
    """"3 dollars and 50 cents" is one amount, 3.50: the cents join the figure before them."""
    for i in sorted(figs):
        first, cents = figs.get(i), figs.get(i + 1)
        if (first and cents and first.per_unit == 1 and cents.per_unit > 1 and not first.cents
                and cents.currency in {None, first.currency} and first.n.scale == 1.0
                and _AND_SUBUNIT.fullmatch(text, first.end, cents.start)):
            first.cents, first.end = cents.n.value / cents.per_unit, cents.end
            del figs[i + 1]


def _main_currency(figs: dict[int, _Figure]) -> str | None:
    """The one currency an article's whole amounts name, which its cents are hundredths of."""
    named = {f.currency for f in figs.values() if f.per_unit == 1 and f.currency}
    return named.pop() if len(named) == 1 else None
