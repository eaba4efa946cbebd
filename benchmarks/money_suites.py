"""Money and count extraction against price-parser and quantulum3, in one run.

Cases come from the peers' own test suites (``../shared/bench/money_cases.jsonl`` and
``count_cases.jsonl`` beside the repository; see the README there), and, for money, from
``benchmarks/money_classes.yaml``: invented news sentences for the forms the peers barely
test (subunits, currencies by name, fractions of a scale word, Indian units), reported as
their own suite. Each suite is scored on its own (``by suite``). A case is right when
a tool finds a figure with the expected value (money: and the expected ISO currency)
anywhere in the text. Speed is cases per second over the same cases, plus articles per
second on the seed corpus (news length text), for the tools that read whole articles.

    .venv/bin/python benchmarks/money_suites.py [--bench DIR] [--json]

Needs the ``[bench]`` extra (quantulum3); price-parser is a claimcheck dependency.
"""

from __future__ import annotations

import sys

import argparse
import json
import time
import warnings
from collections import defaultdict
from pathlib import Path
from typing import Callable

from claimcheck.corpus import read_paths
from claimcheck.extract import counts, money
from claimcheck.language import numbers as number_parsing
from claimcheck.models import Document
from claimcheck.packdata import PackData

ROOT = Path(__file__).resolve().parent.parent
DATA = PackData()
# The symbols price-parser returns, named as ISO codes so that currencies can be scored.
SYMBOLS = {**{k: v for k, v in money.PREFIXES.items() if v}, **{k: v for k, v in money.SUFFIXES.items() if v},
           "$": "USD", "US $": "USD", "U.S.": "USD", "AU$": "AUD", "SGD$": "SGD", "NZD $": "NZD"}


# Case tags reported separately: amounts with scale words, whole sentences, shop price strings.
GROUPS = {"scaled", "sentence", "product_price_string", "word_number", "percent"}


def load(bench: Path, name: str) -> list[dict]:
    path = bench / name
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def invented_classes(path: Path = ROOT / "benchmarks" / "money_classes.yaml") -> list[dict]:
    """The invented money cases, shaped like the peer cases (suite "invented classes")."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        {"source": "invented classes", "text": text, "expected_amount": float(amount), "expected_iso": iso,
         "tags": [f"class: {name}"]}
        for name, rows in data.items()
        for text, amount, iso in rows
    ]


def suite(case: dict) -> str:
    """The suite a case comes from: the peer project (price-parser, quantulum3) or "invented classes"."""
    return case["source"].split("/")[0]


def close(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 1e-6 * max(abs(b), 1.0)


_serial = iter(range(10**12))


def document(text: str) -> Document:
    # Extraction caches per document and per text (money and counts share one scan); a
    # benchmark that repeats its cases must not time those caches, so each call starts cold.
    number_parsing._scan.cache_clear()
    return Document(id=f"case{next(_serial)}", path="case.txt", text=text)


# Each tool: text -> list of (value, currency ISO or None).
def claimcheck_money(text: str) -> list[tuple[float, str | None]]:
    return [(c.amount, c.currency) for c in money.extract(document(text), DATA)]


def claimcheck_counts(text: str) -> list[tuple[float, str | None]]:
    return [(c.value, c.unit) for c in counts.extract(document(text), DATA)]


def claimcheck_numbers(text: str) -> list[tuple[float, str | None]]:
    number_parsing._scan.cache_clear()
    return [(n.value, None) for n in number_parsing.scan(text)]


def claimcheck_figures(text: str) -> list[tuple[float, str | None]]:
    """Money and counts of one article, as the pipeline runs them (one shared scan)."""
    doc = document(text)
    return [(c.amount, c.currency) for c in money.extract(doc, DATA)] + [
        (c.value, c.unit) for c in counts.extract(doc, DATA)
    ]


def price_parser(text: str) -> list[tuple[float, str | None]]:
    from price_parser import Price

    p = Price.fromstring(text)
    if p.amount is None:
        return []
    cur = (p.currency or "").strip()
    return [(float(p.amount), SYMBOLS.get(cur) or SYMBOLS.get(cur.replace(" ", "")) or cur or None)]


def quantulum(text: str) -> list[tuple[float, str | None]]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unit = q.unit
        iso = getattr(unit, "currency_code", None) if unit.entity.name == "currency" else None
        out.append((float(q.value), iso))
    return out


def quantulum_money(text: str) -> list[tuple[float, str | None]]:
    return [(v, c) for v, c in quantulum(text) if c]


def score(tool: Callable, cases: list[dict], value_key: str, iso_key: str | None) -> dict:
    right = right_value = 0
    by_tag: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_suite: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        got = tool(case["text"])
        value_ok = any(close(v, case[value_key]) for v, _ in got)
        ok = value_ok if iso_key is None else any(close(v, case[value_key]) and c == case[iso_key] for v, c in got)
        right += ok
        right_value += value_ok
        for tag in set(case.get("tags", [])) & GROUPS | {t for t in case.get("tags", []) if t.startswith("class:")}:
            by_tag[tag][0] += ok
            by_tag[tag][1] += 1
        by_suite[suite(case)][0] += ok
        by_suite[suite(case)][1] += 1
    texts = [case["text"] for case in cases]
    per_second = best_rate(tool, texts)
    return {
        "accuracy": right / len(cases),
        "value_accuracy": right_value / len(cases),
        "by_group": {k: f"{a}/{n}" for k, (a, n) in sorted(by_tag.items())},
        "by_suite": {k: {"right": a, "cases": n, "accuracy": a / n} for k, (a, n) in sorted(by_suite.items())},
        "items_per_s": per_second,
    }


def best_rate(tool: Callable, texts: list[str], rounds: int = 3, seconds: float = 0.4) -> float:
    """Texts per second: the best of a few timed rounds (other load on the machine only slows)."""
    best = 0.0
    for _ in range(rounds):
        start, done = time.perf_counter(), 0
        while time.perf_counter() - start < seconds or not done:
            for t in texts:
                tool(t)
            done += len(texts)
        best = max(best, done / (time.perf_counter() - start))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bench", type=Path, default=ROOT.parent / "shared" / "bench")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    if not (args.bench / "money_cases.jsonl").is_file() or not (args.bench / "count_cases.jsonl").is_file():
        sys.exit(f"benchmarks/money_suites.py: no money_cases.jsonl / count_cases.jsonl in {args.bench}; "
                 "the peer cases live in ../shared/bench beside the repository (or pass --bench DIR)")
    try:
        import quantulum3  # noqa: F401
    except ImportError:
        sys.exit("benchmarks/money_suites.py: quantulum3 is missing; install the extra: pip install -e '.[bench]'")
    warnings.filterwarnings("ignore")
    money_cases, count_cases = load(args.bench, "money_cases.jsonl"), load(args.bench, "count_cases.jsonl")
    money_cases += invented_classes()
    results = {
        "money": {
            "claimcheck": score(claimcheck_money, money_cases, "expected_amount", "expected_iso"),
            "price-parser": score(price_parser, money_cases, "expected_amount", "expected_iso"),
            "quantulum3": score(quantulum_money, money_cases, "expected_amount", "expected_iso"),
        },
        "count": {
            "claimcheck counts": score(claimcheck_counts, count_cases, "expected_value", None),
            "claimcheck numbers": score(claimcheck_numbers, count_cases, "expected_value", None),
            "quantulum3": score(quantulum, count_cases, "expected_value", None),
        },
    }
    seeds, _ = read_paths([ROOT / "seeds"])
    texts = [d.text for d in seeds]
    results["seed articles per second"] = {
        "claimcheck money+counts": best_rate(claimcheck_figures, texts),
        "quantulum3": best_rate(quantulum, texts),
        "price-parser": best_rate(price_parser, texts),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for family, n in (("money", len(money_cases)), ("count", len(count_cases))):
        rows = results[family]
        ours = next(iter(rows.values()))["items_per_s"]
        print(f"\n{family} cases: {n}")
        print(f"  {'tool':<20} {'right':>7} {'value':>7} {'items/s':>10} {'claimcheck is':>14}  by group")
        for name, r in rows.items():
            print(f"  {name:<20} {r['accuracy']:7.1%} {r['value_accuracy']:7.1%} {r['items_per_s']:10.0f} "
                  f"{ours / r['items_per_s']:13.1f}x  {r['by_group']}")
        print(f"  by suite (right / cases):")
        for name, r in rows.items():
            print(f"  {name:<20} " + "  ".join(f"{k} {v['right']}/{v['cases']} ({v['accuracy']:.1%})"
                                               for k, v in r["by_suite"].items()))
    aps = results["seed articles per second"]
    print(f"\nseed articles per second ({len(texts)} articles):")
    for name, v in aps.items():
        print(f"  {name:<26} {v:8.1f}")


if __name__ == "__main__":
    main()
