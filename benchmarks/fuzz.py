"""Push N generated hostile documents through claimcheck and count what went wrong.

Not run in CI. Each document (Markdown with odd front matter, text with control characters
and long runs, JSON and JSON Lines with deep nesting, surrogates and records cut short) is
read, checked with the core pack and the story pack in rules/, and rendered in every format,
in a worker process, as the command does. Counted:
  - crashes: any exception out of reading, checking or rendering (a bad file must become an
    ``input.unreadable`` finding instead), or a worker that died;
  - hangs: a document that took longer than ``--limit`` seconds (the worker is replaced);
  - peak memory of the workers, and documents per second.
Every ``--cli-every`` documents, the last 50 are also checked by the real command in a
subprocess (exit code 0 or 1, no 'internal error').

    .venv/bin/python benchmarks/fuzz.py -n 2000 [--seed 1] [--limit 10] [--jobs 1]

The crashing and hanging inputs are written to ``--keep`` (default fuzz-failures/) to replay.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script: the pieces are tests.fuzzing's

from tests.fuzzing import RUN_PIECES, TEXT_PIECES, YAML_KEY_NAMES, YAML_VALUE_TEXTS  # noqa: E402

# The pieces of the fuzz tests (tests/fuzzing.py), and a few more that only a long hunt affords.
PIECES = [*TEXT_PIECES, " the minister", " Foreign Minister", " President Joe Biden", " 3.5%", " €12bn",
          " between 10 and 20"]
YAML_VALUES = [*YAML_VALUE_TEXTS, "*nope"]
YAML_KEYS = YAML_KEY_NAMES
RUNS = [*RUN_PIECES, "[", "é"]


def article(r: random.Random) -> str:
    parts = []
    for _ in range(r.randint(0, 60)):
        roll = r.random()
        if roll < 0.78:
            parts.append(r.choice(PIECES))
        elif roll < 0.98:
            parts.append("".join(chr(r.choice([r.randint(0, 0x7f), r.randint(0x80, 0x2fff), r.randint(0x1f300, 0x1f6ff)]))
                                 for _ in range(r.randint(1, 12))))
        else:
            parts.append(r.choice(RUNS) * r.randint(100, 5_000))
    return "".join(parts)


def bomb() -> str:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return "\n".join(lines) + "\ntitle: *a8\n"


def document(r: random.Random) -> tuple[str, str]:
    """(suffix, content) of one generated file."""
    kind = r.choice([".md", ".md", ".txt", ".json", ".jsonl"])
    if kind == ".txt":
        return kind, article(r)
    if kind == ".md":
        head = "".join(f"{r.choice(YAML_KEYS)}: {r.choice(YAML_VALUES)}\n" for _ in range(r.randint(0, 5)))
        if r.random() < 0.03:
            head += bomb()
        if r.random() < 0.03:
            head += "deep: " + "[" * r.randint(100, 50_000) + "\n"
        return kind, f"---\n{head}---\n{article(r)}"
    records = []
    for _ in range(1 if kind == ".json" else r.randint(1, 5)):
        record: dict = {"text": article(r)}
        for key in r.sample(["id", "published", "title", "source", "extra"], r.randint(0, 3)):
            record[key] = r.choice(["x", "2024-05-08", "2024-02-30", 42, None, [1], {"a": 1}, "2024-05-07x", True])
        raw = json.dumps(record)
        roll = r.random()
        if roll < 0.05:
            raw = raw.replace('"text": "', '"text": "\\ud800', 1)
        elif roll < 0.08:
            raw = "[" * r.randint(1_000, 200_000)
        elif roll < 0.12:
            raw = raw[: r.randint(0, len(raw))]
        records.append(raw)
    return kind, "\n".join(records)


# --------------------------------------------------------------------------- the worker


def worker(conn) -> None:
    from claimcheck import engine
    from claimcheck.corpus import ReadError, read_records
    from claimcheck.errors import InputError
    from claimcheck.output import printable_report
    from claimcheck.packs import load_packs
    from claimcheck.report import FORMATS, render, rule_catalog

    packs = load_packs([ROOT / "rules"])
    catalog = rule_catalog(packs)
    conn.send("ready")
    while True:
        job = conn.recv()
        if job is None:
            return
        name, data = job
        try:
            try:
                docs, bad = read_records(name, data)
            except InputError as e:
                docs, bad = [], [e]
            errors = [ReadError(e.path or name, e.line, e.column, e.message) for e in bad]
            report = engine.run(docs, packs, read_errors=errors)
            for fmt in FORMATS:
                shown = report if fmt in ("json", "sarif") else printable_report(report)
                render(shown, fmt, rules=catalog, fail_on="error").encode("utf-8")
            conn.send(("ok", len(report.findings), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
        except Exception:  # noqa: BLE001 - counting crashes is the point
            conn.send(("crash", traceback.format_exc(limit=6), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


class Worker:
    def __init__(self) -> None:
        self.conn, child = mp.Pipe()
        self.proc = mp.get_context("fork").Process(target=worker, args=(child,), daemon=True)
        self.proc.start()
        if not self.conn.poll(120):
            raise SystemExit("worker did not start")
        self.conn.recv()

    def stop(self) -> None:
        self.proc.kill()
        self.proc.join()


def run_cli(batch: list[tuple[str, str]]) -> str | None:
    """The real command on a folder of files: a problem, or None."""
    with tempfile.TemporaryDirectory() as tmp:
        for i, (suffix, content) in enumerate(batch):
            Path(tmp, f"d{i:03d}{suffix}").write_text(content, encoding="utf-8", errors="surrogatepass")
        got = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", "--isolated", "--format", "json", tmp],
                             capture_output=True, text=True, timeout=600, cwd=ROOT)
    if got.returncode not in (0, 1) or "internal error" in got.stderr or "Traceback" in got.stderr:
        return f"exit {got.returncode}: {got.stderr[-500:]}"
    return None


@dataclass
class Tally:
    done: int = 0
    crashes: int = 0
    hangs: int = 0
    cli_problems: int = 0
    findings: int = 0
    peak_kb: int = 0
    slowest: tuple[float, str] = (0.0, "")


def _keep(keep: Path, name: str, data: bytes, detail: str | None = None) -> None:
    keep.mkdir(exist_ok=True)
    (keep / name).write_bytes(data)
    if detail:
        (keep / f"{name}.txt").write_text(detail)


def fuzz(args: argparse.Namespace, tally: Tally) -> None:
    r = random.Random(args.seed)
    keep = Path(args.keep)
    recent: list[tuple[str, str]] = []
    w = Worker()
    start = time.perf_counter()
    try:
        for i in range(args.n):
            suffix, content = document(r)
            name = f"doc{i:06d}{suffix}"
            data = content.encode("utf-8", errors="surrogatepass")
            recent = (recent + [(suffix, content)])[-50:]
            t = time.perf_counter()
            w.conn.send((name, data))
            if not w.conn.poll(args.limit):
                tally.hangs += 1
                _keep(keep, f"hang-{name}", data)
                w.stop()
                w = Worker()
            else:
                try:
                    status, detail, rss = w.conn.recv()
                except EOFError:  # the worker died (out of memory, a signal)
                    status, detail, rss = "died", "", 0
                    w.stop()
                    w = Worker()
                tally.slowest = max(tally.slowest, (time.perf_counter() - t, name))
                tally.peak_kb = max(tally.peak_kb, rss)
                if status == "ok":
                    tally.findings += detail
                else:
                    tally.crashes += 1
                    _keep(keep, f"{status}-{name}", data, detail)
            tally.done = i + 1
            if args.cli_every and tally.done % args.cli_every == 0:
                problem = run_cli(recent)
                if problem:
                    tally.cli_problems += 1
                    print(f"command problem after document {tally.done}: {problem}", flush=True)
            if args.progress and tally.done % args.progress == 0:
                el = time.perf_counter() - start
                print(f"{tally.done:7d} documents  {el:7.0f} s  {tally.done / el:6.1f} doc/s  crashes {tally.crashes}  "
                      f"hangs {tally.hangs}  command problems {tally.cli_problems}  peak {tally.peak_kb / 1024:.0f} MB",
                      flush=True)
    finally:
        w.stop()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=1000, help="documents to generate")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--limit", type=float, default=30.0, help="seconds one document may take")
    ap.add_argument("--cli-every", type=int, default=2000, help="run the real command every N documents (0: never)")
    ap.add_argument("--keep", default="fuzz-failures", help="folder for crashing and hanging inputs")
    ap.add_argument("--progress", type=int, default=1000, help="print a line every N documents")
    args = ap.parse_args()
    tally = Tally()
    # SIGTERM, like Ctrl-C, ends the run early with the summary of the documents done so far
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    start = time.perf_counter()
    try:
        fuzz(args, tally)
    except KeyboardInterrupt:
        print("stopped early", flush=True)
    el = time.perf_counter() - start
    print(f"\n{tally.done} of {args.n} documents in {el:.0f} s ({tally.done / max(el, 1e-9):.1f} doc/s), "
          f"seed {args.seed}: {tally.crashes} crashes, {tally.hangs} hangs (limit {args.limit:g} s), "
          f"{tally.cli_problems} command problems, {tally.findings} findings; slowest {tally.slowest[0]:.2f} s "
          f"({tally.slowest[1]}); worker peak memory {tally.peak_kb / 1024:.0f} MB", flush=True)
    if tally.crashes or tally.hangs or tally.cli_problems:
        print(f"failing inputs kept in {args.keep}/")
        sys.exit(1)


if __name__ == "__main__":
    main()
