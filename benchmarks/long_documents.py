"""How the work grows with the length of ONE document.

A wire story is a few kilobytes, but a newsroom also feeds claimcheck live blogs, transcripts
and whole-day dumps pasted into one file. Every stage must stay near-linear in the length of a
document, not just in the number of documents (benchmarks/pipeline.py covers that).

Builds one document of K copies of the five seed articles (about 17 KB each copy, each with a
paragraph of quotes by speakers new to the document), then times,
in this one process:
  - baseline: sentence splitting and line/column lookup of the same text;
  - extract: all claim families;
  - check: extraction + every rule (core pack + the story pack in rules/).
Prints KB/s, the ratio to the baseline, and the time ratio between K and 2K copies for
`check` (about 2.0 means linear; 4.0 means the document is scanned once per claim).

    .venv/bin/python benchmarks/long_documents.py [--copies 4 8 16 32]
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


def speakers(copy: int, n: int = 20) -> str:
    """A paragraph of quotes by one-word speakers never met before: every copy brings new names,
    so no per-name cache can hide work that grows with the text."""
    letters = "bcdfghjklmnprstvwz"
    names = [f"{letters[(copy * n + i) % 18].upper()}{'aeiou'[i % 5]}{letters[(copy + i) // 18 % 18]}"
             f"{letters[copy % 18]}ston" for i in range(n)]
    return " ".join(f'"We are ready," {name} said.' for name in names)


def long_document(k: int, seeds: list[Document]) -> Document:
    body = "\n\n".join(d.text for d in seeds)
    text = "".join(f"{body}\n\n{speakers(i)}\n\n" for i in range(k))
    first = seeds[0]
    return first.model_copy(update={"id": f"long-{k}", "path": f"long-{k}.txt", "text": text})


def baseline(doc: Document) -> None:
    """Split into sentences and place one offset in every 100 characters, as claims do."""
    loc = Locator(doc)
    for offset in range(0, len(doc.text), 100):
        loc.span(offset, offset + 1)


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[4, 8, 16, 32])
    args = ap.parse_args()
    seeds, errors = read_paths([ROOT / "seeds"])
    if errors or not seeds:
        raise SystemExit("benchmarks/long_documents.py: cannot read seeds/")
    packs = load_packs([ROOT / "rules"])
    data = engine.plan(packs).data
    print(f"{'copies':>6} {'KB':>6} {'baseline KB/s':>14} {'extract KB/s':>13} {'check KB/s':>11} "
          f"{'check s':>8} {'check/baseline':>15}")
    previous = None
    for k in args.copies:
        doc = long_document(k, seeds)
        kb = len(doc.text.encode("utf-8")) / 1024
        base = timed(lambda: baseline(doc))
        # check first: extraction caches per text, and check extracts again
        chk = timed(lambda: engine.run([doc], packs))
        ext = timed(lambda: engine.extract_all([doc.model_copy(update={"text": doc.text + " "})], data))
        print(f"{k:6d} {kb:6.0f} {kb / base:14.0f} {kb / ext:13.1f} {kb / chk:11.1f} {chk:8.2f} {chk / base:14.0f}x")
        if previous:
            pk, pt = previous
            print(f"        check time x{chk / pt:.2f} for x{k / pk:.1f} the length")
        previous = (k, chk)


if __name__ == "__main__":
    main()
