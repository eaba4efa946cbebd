"""Planted slips in real multi-source news: how many claimcheck catches, and what else it says.

For each family of slip (``planted_families.FAMILIES``) the benchmark finds places in a cluster
of articles about one story with its own simple regular expressions (never claimcheck's
extractors), keeps those that at least one OTHER article of the cluster states the same way (so
that every slip is detectable in principle), picks some deterministically, plants one slip into
one article, and checks the cluster with the core pack through the library API. A slip is caught
when a finding the unedited cluster did not give lies on the planted text, or names it among its
related places; the other new findings are collateral noise.

    .venv/bin/python benchmarks/planted.py /work/corpus/clusters --part dev [--jobs 2] [--json out.json]
    .venv/bin/python benchmarks/planted.py /work/corpus/clusters --part all --list

See docs/evaluation.md for the protocol: the test part is run only to report figures.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    # run as a script: the families are imported as benchmarks.planted_families from the
    # repository root
    sys.path[0] = str(Path(__file__).resolve().parents[1])

import argparse
import datetime as dt
import json
import random
import subprocess
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from typing import Sequence

import yaml

from claimcheck.api import check_documents
from claimcheck.corpus.readers import read_bytes
from claimcheck.errors import InputError
from claimcheck.models import Finding
from claimcheck.packs import load_packs

from benchmarks.planted_families import FAMILIES, Article, Edit

SEED = "claimcheck-planted-1"
CORPUS_RECORD = Path(__file__).with_name("corpus.yaml")
RANK = {"error": 3, "warning": 2, "info": 1, "off": 0}


@dataclass(frozen=True)
class Site:
    family: str
    story: str
    path: str
    edits: tuple[Edit, ...]
    marks: tuple[tuple[int, int], ...]  # file offsets (unedited file) a catch must point at
    old: str
    new: str
    line: int
    column: int
    agreeing: tuple[str, ...]  # the other articles that state the same thing

    @property
    def place(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Outcome:
    site: Site
    caught: str | None  # the highest severity of a new finding on the planted text
    rules: tuple[str, ...]
    noise: tuple[str, ...]  # new findings elsewhere: "path:line:col severity rule: text"


# --- reading -----------------------------------------------------------------------------------


def read_cluster(folder: Path) -> list[Article]:
    """The ``.md`` articles of one story, named ``<story>/<file>`` for the engine; an article that
    cannot be read is left out, with a message."""
    out = []
    for p in sorted(folder.glob("*.md")):
        path = f"{folder.name}/{p.name}"
        try:
            text = p.read_bytes().decode("utf-8-sig")
            out.append(Article(path, text, read_bytes(path, text.encode("utf-8"))[0]))
        except (InputError, UnicodeDecodeError) as e:
            where = f"{e.line}:{e.column}: " if isinstance(e, InputError) else ""
            print(f"planted: {p}:{where}{getattr(e, 'message', e)} (article left out)", file=sys.stderr)
    return out


def commit() -> str:
    """The commit measured, marked ``+changes`` when the working tree differs from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                              cwd=Path(__file__).parent, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                               text=True, cwd=Path(__file__).parent, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+changes" if dirty else "")


def stories(root: Path, part: str, record: Path = CORPUS_RECORD) -> list[Path]:
    """The story folders under ``root`` of a part of the corpus record (``all``: every folder)."""
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    if part == "all":
        return folders
    if not record.exists():
        raise SystemExit(f"planted: no corpus record at {record}; run benchmarks/corpus_record.py or use --part all")
    parts = {s["story"]: s["part"] for s in yaml.safe_load(record.read_text(encoding="utf-8"))["stories"]}
    return [p for p in folders if parts.get(p.name) == part]


# --- sites -------------------------------------------------------------------------------------


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def cluster_sites(articles: Sequence[Article], family: str, seed: str = SEED) -> list[Site]:
    """Every place of one family in a cluster that another article agrees with, with its slip."""
    fam = FAMILIES[family]
    facts = {a.path: fam.facts(a) for a in articles}
    out = []
    for a in articles:
        for c in fam.candidates(a):
            agreeing = tuple(o.path for o in articles
                             if o.path != a.path and any(fam.agree(c.key, k) for k in facts[o.path]))
            if not agreeing:
                continue
            start, end = c.mark[0] + a.offset, c.mark[1] + a.offset
            rng = random.Random(f"{seed}/{family}/{a.path}/{start}")
            edits = fam.slip(a, c, rng)
            if not edits:
                continue
            edits = tuple(sorted(edits, key=lambda e: e.start))
            marks = tuple(sorted({(start, end), *((e.start, e.end) for e in edits)}))
            line, column = _position(a.text, start)
            planted = apply(a.text, edits)
            new = planted[_shift(start, edits):_shift(end, edits)]
            out.append(Site(family, Path(a.path).parent.name, a.path, edits, marks, a.text[start:end], new,
                            line, column, agreeing))
    return out


def select_sites(clusters: dict[str, list[Article]], families: Sequence[str], per_cluster: int,
                 per_family: int, seed: str = SEED) -> list[Site]:
    """At most ``per_cluster`` sites of a family in one story and ``per_family`` in all, drawn
    with a fixed seed, so that the same corpus always gives the same sites."""
    chosen = []
    for family in families:
        pool = []
        for story in sorted(clusters):
            found = cluster_sites(clusters[story], family, seed)
            pool += random.Random(f"{seed}/{family}/{story}").sample(found, min(per_cluster, len(found)))
        pool = random.Random(f"{seed}/{family}").sample(pool, min(per_family, len(pool)))
        chosen += sorted(pool, key=lambda s: (s.story, s.path, s.marks))
    return chosen


def apply(text: str, edits: Sequence[Edit]) -> str:
    for e in sorted(edits, key=lambda e: e.start, reverse=True):
        text = text[:e.start] + e.new + text[e.end:]
    return text


# --- checking ----------------------------------------------------------------------------------


def _shift(offset: int, edits: Sequence[Edit]) -> int:
    """An offset of the unedited file in the planted one."""
    return offset + sum(len(e.new) - (e.end - e.start) for e in edits if e.end <= offset)


def _unshift(offset: int, edits: Sequence[Edit]) -> int:
    """An offset in the planted file as an offset in the unedited one (inside an edit: its start)."""
    shift = 0
    for e in edits:
        new_start = e.start + shift
        if offset < new_start:
            break
        if offset < new_start + len(e.new):
            return e.start
        shift += len(e.new) - (e.end - e.start)
    return offset - shift


def _line_starts(text: str) -> list[int]:
    return [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]


class _Places:
    """Offsets of findings and related places in the unedited files, so that a finding moved only
    by the length of the slip is recognised as the same finding."""

    def __init__(self, texts: dict[str, str], planted: str | None = None, edits: Sequence[Edit] = ()):
        self.lines = {p: _line_starts(t) for p, t in texts.items()}
        self.planted, self.edits = planted, edits

    def original(self, path: str, offset: int) -> int:
        return _unshift(offset, self.edits) if path == self.planted else offset

    def related_offset(self, path: str, line: int, column: int) -> int:
        starts = self.lines.get(path, [0])
        return starts[min(line, len(starts)) - 1] + column - 1

    def place(self, f: Finding) -> tuple:
        """Where a finding is and which rule gave it."""
        return (f.rule, f.path, self.original(f.path, f.start), self.original(f.path, f.end))

    def key(self, f: Finding) -> tuple:
        """The place, the severity and the related places: a finding that the slip made louder, or
        that now names the slip, is a new finding."""
        related = frozenset((r.path, self.original(r.path, self.related_offset(r.path, r.line, r.column)))
                            for r in f.related)
        return (*self.place(f), f.severity, related)


def _on_marks(f: Finding, site: Site, places: _Places) -> bool:
    """The finding's own span, or one of its related places, lies on the planted text."""
    def hits(start: int, end: int) -> bool:
        return any(start < e and s < max(end, start + 1) for s, e in site.marks)

    if f.path == site.path and hits(places.original(f.path, f.start), places.original(f.path, max(f.end - 1, f.start)) + 1):
        return True
    for r in f.related:
        if r.path == site.path:
            start = places.original(r.path, places.related_offset(r.path, r.line, r.column))
            if hits(start, start + max(len(r.text), 1)):
                return True
    return False


def describe(f: Finding) -> str:
    return f"{f.path}:{f.line}:{f.column} {f.severity} {f.rule}: {f.text!r} — {f.message}"


_PACKS: list = []


def _packs() -> list:
    if not _PACKS:
        _PACKS.extend(load_packs())  # the core pack only: no story packs
    return _PACKS


def check(articles: Sequence[Article], texts: dict[str, str] | None = None) -> list[Finding]:
    texts = texts or {}
    docs = [read_bytes(a.path, texts.get(a.path, a.text).encode("utf-8"))[0] for a in articles]
    return list(check_documents(docs, _packs()).findings)


def run_site(articles: Sequence[Article], site: Site, baseline: Sequence[Finding]) -> Outcome:
    """Plant one slip and check the story: a new finding on the slip is a catch; a finding at a
    place where the unedited story had none is noise (one that only lost or changed its related
    places is the same finding, not noise)."""
    by_path = {a.path: a for a in articles}
    before = _Places({a.path: a.text for a in articles})
    seen, seen_places = {before.key(f) for f in baseline}, {before.place(f) for f in baseline}
    planted = apply(by_path[site.path].text, site.edits)
    after = _Places({**{a.path: a.text for a in articles}, site.path: planted}, site.path, site.edits)
    found = check(articles, {site.path: planted})
    on = [f for f in found if after.key(f) not in seen and _on_marks(f, site, after)]
    noise = [f for f in found if f not in on and after.place(f) not in seen_places]
    best = max((f.severity for f in on), key=RANK.__getitem__, default=None)
    return Outcome(site, best, tuple(sorted({f.rule for f in on})), tuple(describe(f) for f in noise))


def run_cluster(task: tuple[Path, list[Site]]) -> tuple[list[Finding], list[Outcome]]:
    """One story: its findings unedited, then one run per planted site."""
    folder, sites = task
    articles = read_cluster(folder)
    baseline = check(articles)
    return baseline, [run_site(articles, s, baseline) for s in sites]


# --- report ------------------------------------------------------------------------------------


def summary(outcomes: Sequence[Outcome], families: Sequence[str]) -> str:
    head = (f"{'family':18} {'sites':>5} {'warn+':>5} {'info':>5} {'noise':>5}   "
            f"{'>=2 agree':>9} {'warn+':>5} {'info':>5}")
    rows = [head, "-" * len(head)]
    for family in families:
        mine = [o for o in outcomes if o.site.family == family]
        strong = [o for o in mine if len(o.site.agreeing) >= 2]

        def count(group: list[Outcome], level: str) -> int:
            return sum(1 for o in group if o.caught and (RANK[o.caught] >= 2 if level == "warn" else o.caught == "info"))
        rows.append(f"{family:18} {len(mine):5} {count(mine, 'warn'):5} {count(mine, 'info'):5} "
                    f"{sum(len(o.noise) for o in mine):5}   {len(strong):9} {count(strong, 'warn'):5} "
                    f"{count(strong, 'info'):5}")
    return "\n".join(rows)


def site_result(o: Outcome) -> dict:
    """One site's result as written to ``--json``."""
    fields = {k: v for k, v in asdict(o.site).items() if k not in ("edits", "marks")}
    return {**fields, "caught": o.caught, "rules": list(o.rules), "noise": list(o.noise)}


def compare(before: dict, after: Sequence[dict]) -> list[str]:
    """The sites whose outcome changed since an earlier ``--json`` run (the same sites, on the
    same corpus, are matched by family, place and slip)."""
    key = lambda s: (s["family"], s["path"], s["line"], s["column"], s["old"], s["new"])  # noqa: E731
    old = {key(s): s for s in before["sites"]}
    lines = []
    for s in after:
        was = old.pop(key(s), None)
        if was is None:
            lines.append(f"new site      {s['family']:18} {s['path']}:{s['line']}:{s['column']}")
        elif (was["caught"], len(was["noise"])) != (s["caught"], len(s["noise"])):
            lines.append(f"{(was['caught'] or 'missed'):>7} -> {(s['caught'] or 'missed'):7} {s['family']:18} "
                         f"{s['path']}:{s['line']}:{s['column']} {s['old']!r} -> {s['new']!r}  "
                         f"noise {len(was['noise'])} -> {len(s['noise'])}")
    lines += [f"site gone     {k[0]:18} {k[1]}:{k[2]}:{k[3]}" for k in old]
    return lines


def site_line(s: Site) -> str:
    return f"{s.family:18} {s.place}  {s.old!r} -> {s.new!r}  (agree: {len(s.agreeing)})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("clusters", type=Path, help="a folder with one sub-folder of .md articles per story")
    parser.add_argument("--part", choices=("dev", "test", "all"), default="dev",
                        help="stories of this part of benchmarks/corpus.yaml (default: dev)")
    parser.add_argument("--record", type=Path, default=CORPUS_RECORD, help=argparse.SUPPRESS)
    parser.add_argument("--families", default=",".join(FAMILIES), help="comma-separated families (default: all)")
    parser.add_argument("--per-cluster", type=int, default=6, help="sites of a family per story (default: 6)")
    parser.add_argument("--per-family", type=int, default=150, help="sites of a family in all (default: 150)")
    parser.add_argument("--list", action="store_true", help="print the sites and stop")
    parser.add_argument("--jobs", type=int, default=1, help="processes, one story per task")
    parser.add_argument("--json", type=Path, help="write the per-site results here")
    parser.add_argument("--compare", type=Path, help="an earlier --json file: print the sites whose outcome changed")
    parser.add_argument("--verbose", action="store_true", help="print every site with its outcome")
    args = parser.parse_args(argv)
    families = [f.strip() for f in args.families.split(",") if f.strip()]
    unknown = [f for f in families if f not in FAMILIES]
    problems = [f"unknown families {unknown} (known: {', '.join(FAMILIES)})"] if unknown else []
    if not args.clusters.is_dir():
        problems.append(f"no folder at {args.clusters}")
    if args.part != "all" and not args.record.is_file():
        problems.append(f"no corpus record at {args.record}: run benchmarks/corpus_record.py, or use --part all")
    if args.compare and not args.compare.is_file():
        problems.append(f"no earlier results at {args.compare}")
    if problems:
        print("\n".join(f"planted: {p}" for p in problems), file=sys.stderr)
        return 2

    started = time.perf_counter()
    folders = {p.name: p for p in stories(args.clusters, args.part, args.record)}
    clusters = {name: read_cluster(p) for name, p in folders.items()}
    sites = select_sites(clusters, families, args.per_cluster, args.per_family)
    if args.list:
        for s in sites:
            print(site_line(s))
        counts = Counter(s.family for s in sites)
        strong = Counter(s.family for s in sites if len(s.agreeing) >= 2)
        print(f"\n{len(folders)} stories, {len(sites)} sites")
        for f in families:
            eligible = sum(len(cluster_sites(articles, f)) for articles in clusters.values())
            print(f"  {f:18} {counts[f]:4} sites ({eligible:4} before the caps), {strong[f]:4} with >=2 agreeing "
                  f"others   {FAMILIES[f].example}")
        return 0

    tasks = [(folders[story], [s for s in sites if s.story == story]) for story in sorted(folders)]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(run_cluster, tasks))
    else:
        results = [run_cluster(task) for task in tasks]
    outcomes = [o for _, group in results for o in group]
    baseline = [f for found, _ in results for f in found]
    elapsed = time.perf_counter() - started

    if args.verbose:
        for o in outcomes:
            print(f"{(o.caught or 'missed'):7} {site_line(o.site)}" + (f"  [{', '.join(o.rules)}]" if o.rules else "")
                  + (f"  (+{len(o.noise)} noise)" if o.noise else ""))
            for line in o.noise:
                print(f"        noise: {line}")
        print()
    measured = {"commit": commit(), "date": dt.datetime.now(dt.timezone.utc).date().isoformat()}
    print(f"{len(folders)} stories ({args.part}), {sum(len(c) for c in clusters.values())} articles, "
          f"{len(outcomes)} planted slips; commit {measured['commit']}, {measured['date']}\n")
    print(summary(outcomes, families))
    loud = [f for f in baseline if RANK[f.severity] >= 2]
    print(f"\nwarnings and errors on the unedited clusters ({len(loud)}), to be judged by hand:")
    for f in loud:
        print("  " + describe(f))
    print(f"\nrun time {elapsed:.1f} s ({args.jobs} job{'s' if args.jobs > 1 else ''})")
    if args.json:
        args.json.write_text(json.dumps({
            **measured, "part": args.part, "families": families, "seconds": round(elapsed, 1),
            "baseline": [describe(f) for f in baseline],
            "sites": [site_result(o) for o in outcomes],
        }, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.compare:
        changes = compare(json.loads(args.compare.read_text(encoding="utf-8")), [site_result(o) for o in outcomes])
        print(f"\nchanged since {args.compare} ({len(changes)}):")
        for line in changes:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
