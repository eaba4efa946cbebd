"""How many planted figure slips ``core.amount-agreement`` catches, and what else it says.

A corpus of clusters (one folder per story, each article a ``.txt`` with a ``date`` line)
is read; for every money or count figure that another article of its cluster also states
(only those can be caught by comparison), one copy of the cluster is checked with that
figure changed the way copy goes wrong: a digit changed ("$61 billion" → "$71 billion")
or a scale word swapped ("million" ↔ "billion", "thousand" ↔ "million"). A plant is
caught when a finding of the rule lies on the changed figure; any other finding of the
rule in that run that the unchanged cluster did not give is counted as a false alarm.

    .venv/bin/python benchmarks/numbers_inject.py /work/heldout/numbers [--verbose]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from claimcheck import engine
from claimcheck.config import Config
from claimcheck.corpus.readers import read_text
from claimcheck.extract import counts, money
from claimcheck.models import Document
from claimcheck.packdata import PackData
from claimcheck.packs import load_packs

RULE = "core.amount-agreement"
SCALE_SWAP = {"million": "billion", "billion": "million", "thousand": "million", "bn": "m", "m": "bn"}


def _cluster(folder: Path) -> list[tuple[str, str]]:
    return [(str(p), p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def _docs(files: list[tuple[str, str]]) -> list[Document]:
    return [d for path, text in files for d in read_text(path, text)]


def _findings(files: list[tuple[str, str]], packs) -> list:
    config = Config(select=[RULE])
    return [f for f in engine.run(_docs(files), packs, config=config).findings if f.rule == RULE]


def _mutations(written: str) -> list[tuple[str, str]]:
    """("digit", new text) and ("scale", new text) for a figure as written."""
    out = []
    digit = re.search(r"[1-9]", written)
    if digit:
        new = str(int(digit.group(0)) % 9 + 1)
        out.append(("digit", written[:digit.start()] + new + written[digit.end():]))
    scale = re.search(r"(?<=\d)\s?(million|billion|thousand|bn|m)\b", written, re.I)
    if scale:
        word = scale.group(1)
        out.append(("scale", written[:scale.start(1)] + SCALE_SWAP[word.lower()] + written[scale.end(1):]))
    return out


def run(root: Path, verbose: bool) -> dict[str, int]:
    packs = load_packs([])
    data = PackData()
    tally = {"planted": 0, "caught": 0, "false_alarms": 0, "baseline_findings": 0}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files = _cluster(folder)
        if len(files) < 2:
            continue
        base = {(f.path, f.start, f.end, f.message) for f in _findings(files, packs)}
        tally["baseline_findings"] += len(base)
        docs = _docs(files)
        stated = {d.path: {round(c.amount if c.kind == "money" else c.value, 6)
                           for c in [*money.extract(d, data), *counts.extract(d, data)]} for d in docs}
        for i, doc in enumerate(docs):
            figures = [*money.extract(doc, data), *counts.extract(doc, data)]
            seen: set[str] = set()
            for c in figures:
                value = round(c.amount if c.kind == "money" else c.value, 6)
                if not any(value in stated[o.path] for o in docs if o.path != doc.path):
                    continue  # nothing to compare it with
                start, end = c.start - doc.offset, c.end - doc.offset
                if doc.text[start:end] in seen:
                    continue  # every place that gives it as written is changed at once
                seen.add(doc.text[start:end])
                for kind, new in _mutations(doc.text[start:end]):
                    text = files[i][1]
                    planted = [*files]
                    # the slip is made wherever the article gives this figure as written: an
                    # article that also gives it right elsewhere contradicts itself, another matter
                    planted[i] = (files[i][0], text[:start] + new + text[end:].replace(text[start:end], new))
                    found = _findings(planted, packs)
                    on = [f for f in found if f.path == doc.path and f.text == new]
                    line = doc.text.count("\n", 0, start) + 1  # findings that name the plant are its echo
                    other = [f for f in found if f not in on and (f.path, f.start, f.end, f.message) not in base
                             and f.path != doc.path and not any(r.path == doc.path and r.line == line for r in f.related)]
                    tally["planted"] += 1
                    tally["caught"] += bool(on)
                    tally["false_alarms"] += len(other)
                    if verbose:
                        mark = "CAUGHT" if on else "missed"
                        print(f"{mark:6} {kind:5} {Path(doc.path).parent.name}/{Path(doc.path).name}: "
                              f"{doc.text[start:end]!r} -> {new!r}" + (f"  (+{len(other)} other)" if other else ""))
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    tally = run(args.root, args.verbose)
    rate = tally["caught"] / tally["planted"] if tally["planted"] else 0.0
    print(f"planted {tally['planted']}, caught {tally['caught']} ({rate:.0%}), "
          f"false alarms beside them {tally['false_alarms']}, findings before planting {tally['baseline_findings']}")


if __name__ == "__main__":
    main()
