"""Whole-pipeline speed: articles per second, and how the work grows with the corpus.

Builds corpora of N copies of the seed articles (each copy its own document), then times,
in this one process:
  - baseline: reading + sentence splitting only (the floor any checker pays);
  - extract: all claim families;
  - check: extraction + every rule (core pack + the story pack in rules/).
Prints articles/s and the ratio to the baseline, and the time ratio between N and 2N
documents for `check` (about 2.0 means linear; 4.0 would mean all-pairs comparisons).

    .venv/bin/python benchmarks/pipeline.py [--sizes 50 100 200]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from claimcheck import engine
from claimcheck.corpus import read_paths
from claimcheck.models import Document
from claimcheck.packs import load_packs
from claimcheck.text import Locator

ROOT = Path(__file__).resolve().parent.parent


def corpus(n: int, seeds: list[Document]) -> list[Document]:
    return [
        d.model_copy(update={"id": f"{d.id}-{i}", "path": f"copy{i}/{Path(d.path).name}"})
        for i in range(n // len(seeds) + 1)
        for d in seeds
    ][:n]


def timed(fn, *args) -> float:
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    args = ap.parse_args()
    seeds, errors = read_paths([ROOT / "seeds"])
    if errors or not seeds:
        raise SystemExit("benchmarks/pipeline.py: cannot read seeds/")
    packs = load_packs([ROOT / "rules"])
    data = engine.plan(packs).data
    print(f"{'docs':>6} {'baseline a/s':>13} {'extract a/s':>12} {'check a/s':>10} {'check/baseline':>15}")
    previous = None
    for n in args.sizes:
        docs = corpus(n, seeds)
        base = timed(lambda: [Locator(d).sentences for d in docs])
        ext = timed(lambda: engine.extract_all(docs, data))
        chk = timed(lambda: engine.run(docs, packs))
        print(f"{n:6d} {n / base:13.0f} {n / ext:12.1f} {n / chk:10.1f} {chk / base:14.1f}x")
        if previous:
            pn, pt = previous
            print(f"        check time x{chk / pt:.2f} for x{n / pn:.1f} documents")
        previous = (n, chk)


if __name__ == "__main__":
    main()
