"""Whole-pipeline speed and memory: articles per CPU-second, peak RSS, growth per doubling.

For each corpus size (default 1k, 2k, 4k, 8k, 16k articles) and each synthetic variant of
``synthetic.py`` (``copies``: the same stories over and over; ``stories``: many stories sharing
only common names), three runs, each in a fresh process so its peak RSS is its own:

  - read:    reading the files + sentence splitting (the floor any checker pays; the baseline);
  - extract: ``claimcheck extract --format jsonl`` as the command runs it (streamed: one
             document read, extracted and written at a time), output to /dev/null;
  - check:   ``claimcheck check --format jsonl`` as the command runs it (the whole corpus held:
             cross-source rules need it), output to /dev/null.

Prints articles per CPU-second of each, the ratio of extract and check time to the baseline
in the same run, peak RSS, and per doubling of the corpus: the CPU time ratio (2.0 is linear)
and the RSS added per article.

    .venv/bin/python benchmarks/pipeline.py --source /path/to/stories [--sizes 1000 2000 4000 8000 16000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("read", "extract", "check")


def _sink(lines) -> None:
    with open("/dev/null", "w", encoding="utf-8") as out:
        for line in lines:
            out.write(line)


def one(mode: str, folder: Path) -> dict:
    """One measured run in this process (called in a child process by ``main``)."""
    from claimcheck import engine, stream
    from claimcheck.corpus import ReadError, read_paths
    from claimcheck.packs import load_packs
    from claimcheck.report import jsonl
    from claimcheck.text import split_sentences

    packs = load_packs()
    cpu, wall = time.process_time(), time.perf_counter()
    if mode == "read":
        docs, _ = read_paths([folder])
        n = sum(1 for d in docs if split_sentences(d.text) is not None)
    elif mode == "extract":
        items = stream.extract_stream(stream.iter_documents([folder]), engine.plan(packs).data)
        n = 0

        def lines():
            nonlocal n
            for item in items:
                if not isinstance(item, ReadError):
                    n += 1
                    yield jsonl.document_line(item[0], item[1])
        _sink(lines())
    else:
        docs, errors = read_paths([folder])
        report = engine.run(docs, packs, read_errors=errors)
        _sink(jsonl.lines(report))
        n = len(docs)
    return {"docs": n, "cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(mode: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", mode, str(folder)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", type=Path, default=ROOT / "seeds")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 4000, 8000, 16000])
    ap.add_argument("--variants", nargs="+", default=["copies", "stories"], choices=["copies", "stories"])
    ap.add_argument("--work", type=Path, default=Path("/tmp/claimcheck-pipeline-bench"))
    ap.add_argument("--one", nargs=2, metavar=("MODE", "FOLDER"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one[0], Path(args.one[1]))))
        return
    from synthetic import make

    print(f"source: {args.source}")
    header = (f"{'variant':8} {'docs':>6} {'read a/cpu-s':>12} {'extract a/cpu-s':>15} {'check a/cpu-s':>13} "
              f"{'extract/read':>12} {'check/read':>10} {'RSS read':>9} {'RSS extract':>11} {'RSS check':>9}")
    for variant in args.variants:
        print(header)
        previous = None
        for n in args.sizes:
            folder = args.work / f"{variant}-{n}"
            make(args.source, folder, n, variant)
            r = {mode: _child(mode, folder) for mode in MODES}
            docs = r["read"]["docs"]
            rate = {m: docs / max(r[m]["cpu"], 1e-9) for m in MODES}
            print(f"{variant:8} {docs:6d} {rate['read']:12.0f} {rate['extract']:15.1f} {rate['check']:13.1f} "
                  f"{r['extract']['cpu'] / r['read']['cpu']:11.1f}x {r['check']['cpu'] / r['read']['cpu']:9.1f}x "
                  f"{r['read']['rss_mb']:7.0f}MB {r['extract']['rss_mb']:9.0f}MB {r['check']['rss_mb']:7.0f}MB")
            if previous:
                pn, pr = previous
                grow = {m: r[m]["cpu"] / pr[m]["cpu"] for m in ("extract", "check")}
                per = {m: (r[m]["rss_mb"] - pr[m]["rss_mb"]) * 1024 / (docs - pn) for m in ("extract", "check")}
                print(f"{'':8} x{docs / pn:.1f} docs: extract time x{grow['extract']:.2f}, check time "
                      f"x{grow['check']:.2f}; RSS per added article: extract {per['extract']:.1f} KB, "
                      f"check {per['check']:.1f} KB")
            previous = (docs, r)
        print()


if __name__ == "__main__":
    main()
