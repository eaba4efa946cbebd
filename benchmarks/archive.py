"""Linting one draft against a large archive index: build time, lint time, time per key lookup.

Makes a synthetic archive of N articles from real-looking ones (default: seeds/; any folder of
story folders, e.g. a local corpus): the ``stories`` corpus of ``synthetic.py``, many stories
sharing only the names every story uses. The archive is indexed with
``claimcheck.archive.store.build`` (real extraction, ``--jobs`` processes; incremental, so a
build stopped midway is resumed by running again), then one draft (a copy of a stored article
with one figure changed) is linted against it, and against the draft's own story folder as the
baseline, in this process.

    .venv/bin/python benchmarks/archive.py --source /path/to/stories --size 100000 --jobs 2 --work /tmp/arch

Prints: articles indexed per second, index size, the lint time against the index and against the
story folder, the number of keys looked up and followed, the articles fetched, and the time of one
key lookup (the lookup alone, repeated).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from synthetic import NUMBER, make

from claimcheck import engine
from claimcheck.archive import draft_context
from claimcheck.archive.keys import document_keys
from claimcheck.archive.store import build, lookup
from claimcheck.corpus import read_paths
from claimcheck.extract import extract_document
from claimcheck.packs import load_packs

ROOT = Path(__file__).resolve().parent.parent


def _stored(db: Path) -> int:
    from sqlalchemy import func, select

    from claimcheck.archive.store import connect, documents

    with connect(db, create=False).connect() as conn:
        return conn.execute(select(func.count()).select_from(documents)).scalar() or 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--source", type=Path, default=ROOT / "seeds")
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/claimcheck-archive-bench"))
    ap.add_argument("--build-seconds", type=float, default=None,
                    help="stop building after about this long (the index stays consistent); lint what is there")
    ap.add_argument("--lint-only", action="store_true", help="lint against the index already built in --work")
    args = ap.parse_args()
    corpus, db = args.work / "corpus", args.work / "claims.sqlite"
    data = engine.plan(load_packs()).data
    if args.lint_only:
        total = stored = _stored(db)
        folders = sorted(p for p in corpus.iterdir() if p.is_dir())
        print(f"index: {stored} articles; {db.stat().st_size / 1e6:.0f} MB")
    else:
        t = time.perf_counter()
        total = make(args.source, corpus, args.size)
        print(f"archive: {total} articles under {corpus} ({time.perf_counter() - t:.1f} s to write)")
        folders = sorted(p for p in corpus.iterdir() if p.is_dir())
        t = time.perf_counter()
        indexed = unchanged = 0
        step = max(1, len(folders) // 20)
        for i in range(0, len(folders), step):  # in slices, so a time limit stops between batches
            run = build(folders[i:i + step], db, data, jobs=args.jobs)
            indexed, unchanged = indexed + run.indexed, unchanged + run.unchanged
            if args.build_seconds and time.perf_counter() - t > args.build_seconds:
                break
        took = time.perf_counter() - t
        stored = indexed + unchanged
        rate = f"{indexed / took:.0f} articles/s" if indexed else "nothing new"
        print(f"index: {stored} articles ({indexed} new in {took:.0f} s, {rate}); "
              f"{db.stat().st_size / 1e6:.0f} MB")

    story = folders[0]  # indexed first, so indexed however far a build got
    drafts, _ = read_paths([story])
    source_doc = drafts[0]
    text = NUMBER.sub(lambda m: str(int(m.group(0)) * 3), source_doc.text, count=1)
    draft = source_doc.model_copy(update={"id": "draft", "path": str(args.work / "draft.txt"), "text": text})
    packs = load_packs()

    t = time.perf_counter()
    ctx = draft_context([db], [draft], data)
    against_index = engine.run([draft, *ctx.documents], packs, targets={"draft"}, claims=ctx.claims)
    lint_index = time.perf_counter() - t
    t = time.perf_counter()
    baseline = engine.run([draft, *drafts], packs, targets={"draft"})
    lint_folder = time.perf_counter() - t
    print(f"lint one draft against the index: {lint_index * 1000:.0f} ms "
          f"({ctx.keys_looked_up} keys looked up, {ctx.keys_skipped} too common, {len(ctx.documents)} articles fetched,"
          f" {len(against_index.findings)} findings); against its story folder ({len(drafts)} articles): "
          f"{lint_folder * 1000:.0f} ms, ratio {lint_index / lint_folder:.2f}")

    wanted = sorted(document_keys(draft, extract_document(draft, data)))
    rounds = 20
    t = time.perf_counter()
    for _ in range(rounds):
        lookup(db, wanted, data, exclude={"draft"}, limit=0)  # the keys' postings only, nothing fetched
    keys_only = (time.perf_counter() - t) / rounds
    t = time.perf_counter()
    for _ in range(rounds):
        found = lookup(db, wanted, data, exclude={"draft"})
    per = (time.perf_counter() - t) / rounds
    print(f"lookup alone: {keys_only * 1000:.1f} ms for {len(wanted)} keys ({keys_only / max(1, len(wanted)) * 1e6:.0f}"
          f" us per key); with the {len(found.documents)} articles and their claims read: {per * 1000:.1f} ms")

if __name__ == "__main__":
    main()
