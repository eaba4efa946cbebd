"""The record of the real news corpus: which stories, which articles, which part each story is in.

The article texts are never committed (copyright); ``benchmarks/corpus.yaml`` holds only their
metadata (outlet, address, publication date) and the sha256 of each file's bytes, so that a copy
gathered again from the addresses can be verified. Each story is in one part: ``test`` (at least
a third of the stories of each beat, run only to report figures) or ``dev`` (looked at and fixed
from). See docs/evaluation.md.

    .venv/bin/python benchmarks/corpus_record.py /work/corpus            # write benchmarks/corpus.yaml
    .venv/bin/python benchmarks/corpus_record.py /work/corpus --index index-crime.yaml --index index-fresh.yaml
    .venv/bin/python benchmarks/corpus_record.py /work/corpus --verify    # check the files against it
    .venv/bin/python benchmarks/corpus_record.py /work/corpus --move STORY --why "what it taught"

A story already recorded keeps its part, so new stories never reshuffle the old ones; a story
moved from test to dev carries ``moved: "<date>: <why>"`` and never goes back.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import Sequence

import yaml

RECORD = Path(__file__).with_name("corpus.yaml")
# the gatherers' index files: one per beat, the fresh batch gathered after the first fixes and the
# second and third fresh batches gathered in the third and fourth rounds (all in the test part); other batches join
# only when named
INDEXES = ("index-crime.yaml", "index-politics.yaml", "index-business.yaml", "index-fresh.yaml",
           "index-fresh2.yaml", "index-fresh3.yaml")
HEADER = """\
# The real news corpus of the planted-slip benchmark: metadata only, never the texts.
# Written by benchmarks/corpus_record.py from the gatherers' index files; see docs/evaluation.md.
# part: test stories are run only to report figures, never to fix from; dev stories are for work.
"""


def sha256(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def read_indexes(corpus: Path, names: Sequence[str] = INDEXES) -> list[dict]:
    """The stories of the index files ``names`` under ``corpus``, in file order, each once."""
    stories: dict[str, dict] = {}
    for index in (corpus / n for n in names):
        if not index.is_file():
            continue
        for entry in yaml.safe_load(index.read_text(encoding="utf-8")) or []:
            if entry["story"] in stories:
                print(f"corpus_record: {index.name}: {entry['story']} is listed twice; the first is kept",
                      file=sys.stderr)
                continue
            stories[entry["story"]] = entry
    return list(stories.values())


def _slug_hash(story: str) -> str:
    return hashlib.sha1(story.encode("utf-8")).hexdigest()


def assign_parts(stories: Sequence[dict], previous: dict[str, dict]) -> dict[str, dict]:
    """story -> {"part": ..., "moved": ...}: recorded stories keep their part; new ones, taken per
    beat in the order of the sha1 of their slug, go to test while the beat's test part would
    otherwise be under a third (from scratch: the first of every three)."""
    out = {s["story"]: {k: v for k, v in previous[s["story"]].items() if k in ("part", "moved", "added")}
           for s in stories if s["story"] in previous}
    by_beat: dict[str, list[str]] = defaultdict(list)
    for s in stories:
        by_beat[s.get("beat", "")].append(s["story"])
    for beat, names in by_beat.items():
        assigned = [n for n in names if n in out]
        tests = sum(1 for n in assigned if out[n]["part"] == "test")
        for name in sorted((n for n in names if n not in out), key=_slug_hash):
            assigned.append(name)
            part = "test" if tests < math.ceil(len(assigned) / 3) else "dev"
            tests += part == "test"
            out[name] = {"part": part}
    return out


def record(corpus: Path, previous: dict[str, dict], indexes: Sequence[str] = INDEXES) -> list[dict]:
    stories = read_indexes(corpus, indexes)
    parts = assign_parts(stories, previous)
    out = []
    for s in stories:
        folder = corpus / "clusters" / s["story"]
        articles = []
        for a in s.get("articles", []):
            digest = sha256(folder / a["file"])
            if digest is None:
                print(f"corpus_record: {s['story']}/{a['file']} is listed but missing", file=sys.stderr)
            articles.append({"file": a["file"], "source": a.get("source"), "url": a.get("url"),
                             "published": str(a["published"]) if a.get("published") else None, "sha256": digest})
        out.append({"story": s["story"], "beat": s.get("beat"), "country": s.get("country"),
                    **parts[s["story"]], "summary": s.get("summary"), "articles": articles})
    return sorted(out, key=lambda s: s["story"])  # a stable order, whatever the order of the index files


def load(path: Path = RECORD) -> list[dict]:
    if not path.exists():
        return []
    return (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("stories", [])


def write(stories: list[dict], path: Path = RECORD) -> None:
    body = yaml.safe_dump({"stories": stories}, sort_keys=False, allow_unicode=True, width=120)
    path.write_text(HEADER + body, encoding="utf-8")


def move(stories: list[dict], story: str, why: str, today: dt.date) -> None:
    """A test story to dev, for good: a failure on it taught something that was then fixed."""
    entry = next((s for s in stories if s["story"] == story), None)
    if entry is None:
        raise SystemExit(f"corpus_record: no story {story!r} in the record")
    if entry["part"] != "test":
        raise SystemExit(f"corpus_record: {story} is already in the {entry['part']} part")
    entry["part"], entry["moved"] = "dev", f"{today.isoformat()}: {why}"


def verify(corpus: Path, stories: Sequence[dict]) -> list[str]:
    """Files missing or changed since the record was written."""
    problems = []
    for s in stories:
        for a in s["articles"]:
            got = sha256(corpus / "clusters" / s["story"] / a["file"])
            if got != a["sha256"]:
                problems.append(f"{s['story']}/{a['file']}: " + ("missing" if got is None else "differs from the record"))
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="the folder with index-*.yaml and clusters/")
    parser.add_argument("--record", type=Path, default=RECORD, help="the record to write (default: %(default)s)")
    parser.add_argument("--index", action="append", metavar="NAME",
                        help=f"an index file under CORPUS to read (repeatable; default: {', '.join(INDEXES)})")
    parser.add_argument("--verify", action="store_true", help="check the files against the record; write nothing")
    parser.add_argument("--move", metavar="STORY", help="move a test story to dev (with --why)")
    parser.add_argument("--why", help="what the story taught, for --move")
    args = parser.parse_args(argv)
    previous = load(args.record)
    if args.verify:
        problems = verify(args.corpus, previous)
        print("\n".join(problems) or f"all {sum(len(s['articles']) for s in previous)} files match the record")
        return 1 if problems else 0
    if args.move:
        if not args.why:
            parser.error("--move needs --why")
        move(previous, args.move, args.why, dt.datetime.now(dt.timezone.utc).date())
        write(previous, args.record)
        return 0
    indexes = args.index or INDEXES
    if not any((args.corpus / n).is_file() for n in indexes):
        print(f"corpus_record: none of {', '.join(indexes)} in {args.corpus}", file=sys.stderr)
        return 2
    stories = record(args.corpus, {s["story"]: s for s in previous}, indexes)
    write(stories, args.record)
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for s in stories:
        tally[s["beat"]][s["part"] == "test"] += 1
    for beat, (dev, test) in sorted(tally.items()):
        print(f"{beat:10} {dev + test:3} stories: {test} test, {dev} dev")
    return 0


if __name__ == "__main__":
    sys.exit(main())
