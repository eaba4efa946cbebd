"""Every currency's English names, plurals, symbols and ISO code, from CLDR through Babel.

Why Babel at run time and not a generated YAML file: CLDR is the maintained source of
currency names ("Swiss francs", "Turkish lira", "Spanish pesetas") and Babel ships it inside
its wheel, so reading it costs one English locale (about 40 ms, once, offline) and can never
drift from a checked-in copy. What CLDR lacks for news copy (``C$``, ``Rs``, ``RMB``,
"sterling", subunits such as "pence", which bare unit a news reader takes for which currency)
stays hand-kept in ``data/money.yaml`` and is validated there; entries there win.

``table()`` gives three lookups, each written form to its ISO 4217 code:

- ``names``: lower-case names read after a number: "swiss francs", "swiss franc", and a bare
  unit ("francs") where one current currency has it or ``money.yaml`` says which one news
  means ("pounds": GBP);
- ``codes``: the ISO codes of current currencies, upper case, before or after a number ("CHF 40", "40 CHF"), less
  those that spell an English word (``money.yaml`` ``codes_not_alone``);
- ``symbols``: CLDR's English symbols ("CA$", "NZ$", "₹") with the hand-kept ones, and every
  dollar written as a code or a territory with "$" ("MXN$", "NZ$", "AU$").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import LEXICON

_YEARS = re.compile(r"\s*\([^)]*\d{4}[^)]*\)$")  # "Turkish Lira (1922–2005)"


@dataclass(frozen=True)
class Table:
    """Written form -> ISO code, by how the form is matched (see the module docstring)."""

    names: dict[str, str]
    codes: dict[str, str]
    symbols: dict[str, str | None]
    # Subunit words and symbols -> (ISO code or None for the article's main currency, units per main unit).
    subunits: dict[str, tuple[str | None, int]]
    # CLDR's adjective of each currency ("russian": RUB, RUR) and each unit word's currencies
    # ("roubles": RUB): together they read a name CLDR spells otherwise ("Russian roubles").
    adjectives: dict[str, frozenset[str]]
    unit_codes: dict[str, frozenset[str]]

    def adjective_and_unit(self, adjective: str, unit: str) -> str | None:
        """The one currency an adjective and a unit word name together, if exactly one."""
        both = self.adjectives.get(adjective, frozenset()) & self.unit_codes.get(unit, frozenset())
        return next(iter(both)) if len(both) == 1 else None


def _status() -> tuple[set[str], set[str]]:
    """ISO codes tender somewhere today, and codes tender once (CLDR supplemental data)."""
    from babel.core import get_global

    current, former = set(), set()
    for spans in get_global("territory_currencies").values():
        for code, _start, end, tender in spans:
            if tender:
                (current if end is None else former).add(code)
    return current, former - current


def _dollar_marks(dollars: set[str]) -> dict[str, str]:
    """"NZ$" -> NZD, "MXN$" -> MXN: a territory's letters or an ISO code before "$" name the
    one dollar or peso it stands for (CLDR lists only one such symbol per currency)."""
    from babel.core import get_global

    out = {f"{code}$": code for code in dollars}
    for territory, spans in get_global("territory_currencies").items():
        now = [code for code, _s, end, tender in spans if tender and end is None and code in dollars]
        if len(territory) == 2 and len(now) == 1:
            out[f"{territory}$"] = now[0]
    return out


@lru_cache(maxsize=1)
def table() -> Table:
    """The currency lookups, built once from Babel's English locale and ``money.yaml``."""
    from babel import Locale

    m = LEXICON.money
    en = Locale.parse("en")
    current, historical = _status()
    known = current | historical
    plurals = en._data["currency_names_plural"]  # Babel has no public getter for every plural form
    names: dict[str, str] = {}
    adjectives: dict[str, set[str]] = {}
    units: dict[str, set[str]] = {}
    unit_status: dict[str, set[str]] = {}
    dollars: set[str] = set()
    for code, name in sorted(en.currencies.items(), key=lambda item: item[0] not in current):
        if code in current and name.lower().endswith(("dollar", "peso")):
            dollars.add(code)
        if code not in known:
            continue  # funds, metals, test codes (XAU, XDR, XTS)
        forms = {name, *dict(plurals.get(code, {})).values()}
        for form in forms:
            form = _YEARS.sub("", form).lower()
            if "(" in form or not form:
                continue
            names.setdefault(form, code)
            adjective, _, unit = form.rpartition(" ")
            if adjective and " of " not in form:
                units.setdefault(unit, set()).add(code)
                adjectives.setdefault(adjective, set()).add(code)
                if code in current:
                    unit_status.setdefault(unit, set()).add(code)
    for unit, codes in units.items():
        now = unit_status.get(unit, set())
        # One current currency with this unit, or (historical only) one currency at all.
        pick = next(iter(now)) if len(now) == 1 else next(iter(codes)) if len(codes) == 1 and not now else None
        if pick and unit not in m.units_not_alone:
            names.setdefault(unit, pick)
    for unit, code in m.units.items():
        names[unit.lower()] = code
    # Historical units that several old currencies share: the one news names most ("pesetas": Spain's).
    for code, unit_names in m.historical_units.items():
        for unit in unit_names:
            names.setdefault(unit.lower(), code)
    codes = {code: code for code in current if code not in m.codes_not_alone}
    symbols: dict[str, str | None] = {}
    symbols.update(_dollar_marks(dollars))
    for code, symbol in en.currency_symbols.items():
        if code in current and symbol != code and symbol != "$":
            symbols[symbol] = code  # "CA$", "MX$", "€", "₹"; a bare "$" is the article's dollar
    symbols.update(m.prefixes)
    subunits: dict[str, tuple[str | None, int]] = {}
    for entry in m.subunits:
        for word in entry.names:
            subunits[word] = (entry.currency, entry.per_unit)
    unit_codes = {unit: frozenset(codes) for unit, codes in units.items()}
    for word, code in [*m.units.items(), *((w, c) for c, ws in m.historical_units.items() for w in ws)]:
        unit_codes[word.lower()] = unit_codes.get(word.lower(), frozenset()) | {code}
    return Table(names, codes, symbols, subunits, {a: frozenset(c) for a, c in adjectives.items()}, unit_codes)
