"""Score claimcheck's date resolution against peer test suites, beside dateparser, in one run.

Cases: ``../shared/bench/temporal_cases.jsonl`` (relative to the repository root), converted
from the test suites of Recognizers-Text, duckling and dateparser. Each case gives the
phrase, its sentence, a reference date (the publication date, in news) and the expected
TIMEX value. Both tools get the phrase and the same reference date:

- claimcheck: ``resolve_phrase(phrase, reference, sentence, tense)``;
- dateparser: ``dateparser.parse(phrase, settings={"RELATIVE_BASE": reference, ...})``.

Both are read at the case's expected granularity when theirs is finer (dateparser always
returns a day; claimcheck says "a week ago" is a day, where one suite expects the week);
a coarser answer than expected is wrong.

Direction. The suites are written for assistants, where a bare "Tuesday" means the next
one; news means the last one unless the clause is future. Each case's ``orientation``
('past', 'future', or 'both') is passed to both tools as the direction (claimcheck's
``tense``, dateparser's ``PREFER_DATES_FROM``); a second claimcheck column reads the
direction from the sentence alone, as it does on news. Where a case is marked
``direction_ambiguous``, its ``expected_future`` is accepted too, for both tools.

Usage: ``python benchmarks/temporal.py [--cases PATH] [--json]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT.parent / "shared" / "bench" / "temporal_cases.jsonl"
DIRECTION = {"past": "past", "future": "future"}


def load_cases(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"benchmarks/temporal.py: no cases at {path} (expected ../shared/bench/temporal_cases.jsonl "
                 f"beside the repository; pass --cases PATH)")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def timex(d: dt.date, granularity: str) -> str:
    if granularity == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return {"day": d.isoformat(), "month": f"{d:%Y-%m}", "year": f"{d:%Y}"}.get(granularity, d.isoformat())


RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4, "range": 5}


def at_granularity(claim, granularity: str) -> str | None:
    """claimcheck's value, read at the expected granularity when its own is finer (as dateparser's is)."""
    if claim is None or claim.value is None:
        return None
    if claim.granularity == granularity or RANK.get(claim.granularity, 9) > RANK.get(granularity, 9):
        return claim.value
    return timex(claim.interval[0], granularity)


def run_claimcheck(cases: list[dict], hinted: bool) -> list[str | None]:
    from claimcheck.extract.temporal import resolve_phrase

    out = []
    for c in cases:
        ref = dt.date.fromisoformat(c["reference_date"])
        tense = DIRECTION.get(c["orientation"]) if hinted else None
        claim = resolve_phrase(c["phrase"], ref, c["text"], tense=tense)
        out.append(at_granularity(claim, c["granularity"]))
    return out


def run_dateparser(cases: list[dict]) -> list[str | None]:
    import dateparser

    out = []
    for c in cases:
        ref = dt.datetime.fromisoformat(c["reference_date"])
        settings = {"RELATIVE_BASE": ref, "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(
            c["orientation"], "current_period")}
        try:
            got = dateparser.parse(c["phrase"], languages=["en"], settings=settings)
        except Exception:  # a crash on a phrase counts as a miss, as it would for a user
            got = None
        out.append(timex(got.date(), c["granularity"]) if got else None)
    return out


def correct(case: dict, value: str | None) -> bool:
    if value is None:
        return False
    if value == case["expected_value"]:
        return True
    return bool(case.get("direction_ambiguous")) and value == case.get("expected_future")


def timed(fn, cases, repeat: int = 3):
    """Values and phrases per second (best of ``repeat`` runs: the machine may be shared)."""
    fn(cases[:20])  # warm-up: imports, dateparser's language data
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        values = fn(cases)
        best = min(best, time.perf_counter() - t0)
    return values, len(cases) / best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=DEFAULT_CASES)
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    cases = load_cases(args.cases)
    sys.path.insert(0, str(ROOT))

    tools = {
        "claimcheck": timed(lambda cs: run_claimcheck(cs, hinted=True), cases),
        "claimcheck (tense from text)": timed(lambda cs: run_claimcheck(cs, hinted=False), cases),
        "dateparser.parse": timed(run_dateparser, cases),
    }
    suites = defaultdict(list)
    for n, c in enumerate(cases):
        suites[c["source"]].append(n)
        suites[f"orientation: {c['orientation']}"].append(n)
        suites["all"].append(n)
    figures = {
        name: {
            "phrases_per_second": round(speed, 1),
            "accuracy": {s: round(100 * sum(correct(cases[i], values[i]) for i in idx) / len(idx), 1)
                         for s, idx in suites.items()},
        }
        for name, (values, speed) in tools.items()
    }
    figures["speed_ratio_claimcheck_over_dateparser"] = round(
        figures["claimcheck"]["phrases_per_second"] / figures["dateparser.parse"]["phrases_per_second"], 1)
    figures["cases"] = {s: len(idx) for s, idx in suites.items()}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    names = list(tools)
    order = sorted(s for s in suites if s != "all" and ":" not in s) + ["all"] + sorted(s for s in suites if ":" in s)
    print(f"{'suite':<22}{'cases':>6}" + "".join(f"{n:>30}" for n in names))
    for s in order:
        print(f"{s:<22}{len(suites[s]):>6}" + "".join(f"{figures[n]['accuracy'][s]:>29.1f}%" for n in names))
    print(f"{'phrases/second':<28}" + "".join(f"{figures[n]['phrases_per_second']:>30.0f}" for n in names))
    print(f"claimcheck is {figures['speed_ratio_claimcheck_over_dateparser']}x the speed of dateparser.parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
