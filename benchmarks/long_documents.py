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
Prints KB/s, the ratio to the baseline, the time ratio between K and 2K copies for `check`
(about 2.0 means linear; 4.0 means the document is scanned once per claim), and the growth
per doubling fitted over the whole range (one step is noisy on a shared machine).

Three shapes of the same length: the articles as written (``articles``), the same words with
every line break gone (``one-line``: a scraped page pasted as one paragraph, where anything
that searches "the rest of the line" sees the whole document), one character repeated
(``one-char``: no sentence, word or line breaks at all), one line with runs of 500 spaces
between its sentences (``spaced``: a pattern that tries every space of a run and scans the
rest of it is quadratic in the run), and one line where every 200th word runs on for 1,000
letters (``long-words``: work per word that grows with its square, such as building every
one-letter deletion of a surname). The largest fitted growth per doubling is printed last
and must stay at or below 2.2.

``--megabytes 1 2 4 8`` instead times one check of a single-line article of each size (seed
sentences repeated), smallest first, and prints its time, peak memory, and the growth of
both per doubling (fitted over the sizes given; the peak is the process's, so each size's
is at least the one before). ``--megabytes 50`` alone is the issue's 50 MB article.

    .venv/bin/python benchmarks/long_documents.py [--copies 4 8 16 32] [--shapes articles one-line]
    .venv/bin/python benchmarks/long_documents.py --megabytes 1 2 4 8
"""

from __future__ import annotations

import argparse
import math
import re
import resource
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


def _spaced(text: str) -> str:
    """One line whose sentences are set apart by runs of 500 spaces."""
    return re.sub(r"(?<=[.!?]) ", " " * 500, " ".join(text.split()))


def _long_words(text: str) -> str:
    """One line where every 200th word runs on for 1,000 more letters ("Bidenxxxx...")."""
    words = " ".join(text.split()).split(" ")
    return " ".join(w + "x" * 1_000 if i % 200 == 0 else w for i, w in enumerate(words))


SHAPES = {
    "articles": lambda text: text,
    "one-line": lambda text: " ".join(text.split()),
    "one-char": lambda text: "x" * len(text),
    "spaced": _spaced,
    "long-words": _long_words,
}
LIMIT = 2.2  # growth per doubling of the length; 2.0 is linear


def shaped(doc: Document, shape: str) -> Document:
    return doc.model_copy(update={"id": f"{doc.id}-{shape}", "text": SHAPES[shape](doc.text)})


def baseline(doc: Document) -> None:
    """Split into sentences and place one offset in every 100 characters, as claims do."""
    loc = Locator(doc)
    for offset in range(0, len(doc.text), 100):
        loc.span(offset, offset + 1)


def timed(fn) -> float:
    """CPU seconds of this process: on a shared machine, wall time counts the other work too."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def one_big_line(megabytes: float, seeds: list[Document], packs) -> tuple[float, float]:
    """Time one check of a single-line article of ``megabytes``; print and return its CPU
    seconds and the peak memory of the process (MB)."""
    body = " ".join(" ".join(d.text.split()) for d in seeds) + " "
    size = int(megabytes * 1_000_000)
    text = (body * (size // len(body) + 1))[:size]
    doc = seeds[0].model_copy(update={"id": "one-line", "path": "one-line.txt", "text": text})
    start = time.process_time()
    report = engine.run([doc], packs)
    took = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"one line of {len(text) / 1e6:.1f} MB: check {took:.1f} CPU-s ({len(text) / 1e3 / took:.0f} KB/s), "
          f"{len(report.claims)} claims, {len(report.findings)} findings, peak memory {peak:.0f} MB", flush=True)
    return took, peak


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--copies", type=int, nargs="+", default=[4, 8, 16, 32])
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    ap.add_argument("--megabytes", type=float, nargs="+",
                    help="time one single-line article of each of these sizes instead")
    args = ap.parse_args()
    seeds, errors = read_paths([ROOT / "seeds"])
    if errors or not seeds:
        raise SystemExit("benchmarks/long_documents.py: cannot read seeds/")
    packs = load_packs([ROOT / "rules"])
    if args.megabytes:
        sizes = sorted(args.megabytes)
        figures = [one_big_line(mb, seeds, packs) for mb in sizes]
        if len(sizes) > 1:
            time_growth = 2 ** _slope([(math.log2(mb), math.log2(t)) for mb, (t, _) in zip(sizes, figures)])
            memory_growth = 2 ** _slope([(math.log2(mb), math.log2(p)) for mb, (_, p) in zip(sizes, figures)])
            print(f"growth per doubling (fitted): time x{time_growth:.2f}, peak memory x{memory_growth:.2f}")
        return
    data = engine.plan(packs).data
    fitted: dict[str, float] = {}
    for shape in args.shapes:
        print(f"\n{shape}")
        print(f"{'copies':>6} {'KB':>6} {'baseline KB/s':>14} {'extract KB/s':>13} {'check KB/s':>11} "
              f"{'check s':>8} {'check/baseline':>15}")
        previous = None
        points: list[tuple[float, float]] = []
        for k in args.copies:
            doc = shaped(long_document(k, seeds), shape)
            kb = len(doc.text.encode("utf-8")) / 1024
            base = timed(lambda: baseline(doc))
            # check first: extraction caches per text, and check extracts again
            chk = timed(lambda: engine.run([doc], packs))
            ext = timed(lambda: engine.extract_all([doc.model_copy(update={"text": doc.text + " "})], data))
            print(f"{k:6d} {kb:6.0f} {kb / base:14.0f} {kb / ext:13.1f} {kb / chk:11.1f} {chk:8.2f} "
                  f"{chk / base:14.0f}x")
            points.append((math.log2(k), math.log2(chk)))
            if previous:
                pk, pt = previous
                print(f"        check time x{chk / pt:.2f} for x{k / pk:.1f} the length")
            previous = (k, chk)
        fitted[shape] = 2 ** _slope(points)
        print(f"        growth per doubling over the whole range: x{fitted[shape]:.2f}")
    # one step is noisy on a shared machine; the slope of log(time) on log(length) is not
    worst = max(fitted.values())
    verdict = "ok" if worst <= LIMIT else "TOO STEEP"
    print(f"\nlargest growth per doubling (fitted): x{worst:.2f} (limit x{LIMIT}): {verdict}")


def _slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of y on x."""
    n = len(points)
    mx, my = sum(x for x, _ in points) / n, sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx if sxx else 0.0


if __name__ == "__main__":
    main()
