"""The ``claimcheck`` command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage
or configuration errors (printed as ``file:line:column: message``, never a traceback).

click gives us option parsing, exit code 2 on usage errors and sub-commands for free; the
group below turns every ``ClaimcheckError`` (and any unexpected error) into one line on
stderr and exit code 2.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

import click

from . import api, engine, packtests
from .config import Config, discover_config, load_config
from .corpus import SUFFIXES, ReadError, read_paths, read_records
from .errors import ClaimcheckError, ConfigError, InputError
from .models import SEVERITY_RANK, Document, Report
from .kinds import KINDS
from .output import printable_name, printable_report, refuse_to_overwrite_input, stdout_errors, write_atomic
from .packs import pack_json_schema
from .report import FORMATS, render, rule_catalog

FAIL_ON = click.Choice(["error", "warning", "info"])
PROGRESS_MIN_DOCUMENTS = 20  # below this a run is too short for a bar to help


def _fail(message: str) -> None:
    for line in message.splitlines() or [""]:  # several errors: one line each
        click.echo(f"claimcheck: {line}", err=True)
    sys.exit(2)


class _Main(click.Group):
    """Never a traceback: user errors and bugs alike end as one line and exit code 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except ClaimcheckError as e:
            _fail(str(e))
        except KeyboardInterrupt:
            click.echo("claimcheck: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # The reader went away (`claimcheck extract seeds | head`): not an error of ours.
            # Point stdout at devnull so the interpreter's final flush cannot fail again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except Exception as e:  # noqa: BLE001 - the last line of defence against tracebacks
            if os.environ.get("CLAIMCHECK_DEBUG"):
                raise
            _fail(f"internal error: {type(e).__name__}: {e} (set CLAIMCHECK_DEBUG=1 to see the traceback)")


# --------------------------------------------------------------------------- shared pieces


def _config(paths: list[str], config_file: str | None, isolated: bool) -> Config:
    if isolated:
        return Config()
    if config_file:
        return load_config(Path(config_file))
    return discover_config(paths)


def _override(cfg: Config, select: tuple[str, ...], ignore: tuple[str, ...], no_core: bool, fail_on: str | None) -> Config:
    update: dict = {}
    if select:
        update["select"] = list(select)
    if ignore:
        update["ignore"] = [*cfg.ignore, *ignore]
    if no_core:
        update["core"] = False
    if fail_on:
        update["fail_on"] = fail_on
    return cfg.model_copy(update=update)


def _exit_code(report: Report, fail_on: str) -> int:
    threshold = SEVERITY_RANK[fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in report.findings) else 0


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Document], None] | None]:
    """A progress bar on stderr for long runs on a terminal; nothing otherwise."""
    if total < PROGRESS_MIN_DOCUMENTS or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("checking"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), transient=True,
    ) as bar:
        task = bar.add_task("documents", total=total)
        yield lambda _doc: bar.advance(task)


def _existing(paths: list[str], what: str) -> list[str]:
    """A path that does not exist is a typo on the command line: exit 2 naming it (as ruff does)."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise click.UsageError(f"{what}: no such file or folder: {', '.join(missing)}")
    return paths


def _read_some(paths: list[str], what: str) -> tuple[list[Document], list[ReadError]]:
    """Read ``paths``; a run with nothing to check is a usage error, so it never looks green."""
    docs, errors = read_paths(_existing(paths, what))
    if not docs and not errors:
        kinds = ", ".join(f"*{s}" for s in SUFFIXES)
        raise click.UsageError(f"{what}: no articles found in {', '.join(paths)} (looked for {kinds})")
    return docs, errors


def _show_config(cfg: Config) -> None:
    data = cfg.model_dump(mode="json", by_alias=True)
    data["source"] = cfg.source
    click.echo(json.dumps(data, indent=2))


def _emit(report: Report, fmt: str, cfg: Config, packs, statistics: bool, color: str, output: str | None,
          drafts: int | None = None, targets: set[str] | None = None) -> None:
    options = dict(rules=rule_catalog(packs), fail_on=cfg.fail_on, statistics=statistics and fmt == "text",
                   drafts=drafts, targets=targets)
    if fmt not in ("json", "sarif"):  # read by people and terminals: no control characters
        report, targets = printable_report(report), targets and {printable_name(t) for t in targets}
        options["targets"] = targets
    if output:
        try:
            write_atomic(output, render(report, fmt, **options))
        except OSError as e:
            raise ConfigError(f"cannot write the report: {e.strerror or e}", output) from None
    else:
        options["color"] = fmt == "text" and _use_color(color)
        # click strips escapes when stdout is not a terminal; --color always must keep them
        with stdout_errors():
            click.echo(render(report, fmt, **options), nl=False, color=True if options["color"] else None)
    if statistics and (fmt != "text" or output):
        for rule, n in sorted(report.summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
            click.echo(f"{n:6d}  {rule}", err=True)


def _common(f):
    options = [
        click.option("--rules", "rules", multiple=True, metavar="PACK", help="Rule pack file or folder (repeatable)."),
        click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True),
        click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to this file."),
        click.option("--fail-on", type=FAIL_ON, default=None, help="Lowest severity that fails the run [default: error]."),
        click.option("--select", multiple=True, metavar="RULE", help="Run only these rule ids or prefixes."),
        click.option("--ignore", multiple=True, metavar="RULE", help="Do not run these rule ids or prefixes."),
        click.option("--no-core", is_flag=True, help="Leave out the built-in core pack."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file to use."),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
        click.option("--statistics", is_flag=True, help="Print the number of findings per rule."),
        click.option("--show-config", is_flag=True, help="Print the resolved configuration and exit."),
        click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                     help="Colour the text output (auto: on a terminal, unless NO_COLOR is set)."),
        click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Processes extracting claims (0: one per CPU); the report is the same."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
def main() -> None:
    """Catch factual slips in news copy: dates, figures, titles."""


# --------------------------------------------------------------------------- check


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_common
def check(paths, rules, fmt, output, fail_on, select, ignore, no_core, config_file, isolated, statistics,
          show_config, color, jobs):
    """Check articles (files or folders; default: the configured corpus) with the core pack
    and the configured packs."""
    cfg = _override(_config(list(paths) or ["."], config_file, isolated), select, ignore, no_core, fail_on)
    if show_config:
        _show_config(cfg)
        return
    paths = list(paths) or cfg.corpus
    if not paths:
        raise click.UsageError("give the articles to check, or set corpus in [tool.claimcheck]")
    packs = api.resolve_packs(cfg, rules)
    docs, errors = _read_some(paths, "PATHS")
    refuse_to_overwrite_input(output, [d.path for d in docs])
    with _progress(len(docs)) as progress:
        report = engine.run(docs, packs, config=cfg, read_errors=errors, progress=progress, jobs=jobs)
    _emit(report, fmt, cfg, packs, statistics, color, output)
    sys.exit(_exit_code(report, cfg.fail_on))


# --------------------------------------------------------------------------- lint


def _read_stdin(filename: str) -> tuple[list[Document], list[ReadError]]:
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode("utf-8")
    try:
        docs, bad = read_records(filename, data)
    except InputError as e:
        docs, bad = [], [e]
    return docs, [ReadError(e.path or filename, e.line, e.column, e.message) for e in bad]


def _date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    if value == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD or 'today'", param_hint="--published") from None


@main.command()
@click.argument("drafts", nargs=-1, type=click.Path())
@click.option("--against", multiple=True, metavar="CORPUS",
              help="Earlier coverage (files or folders) giving context [default: the configured corpus].")
@click.option("--stdin", "use_stdin", is_flag=True, help="Read one draft from standard input.")
@click.option("--stdin-filename", metavar="NAME", help="Name (and format, by suffix) of the draft on stdin.")
@click.option("--published", metavar="DATE", help="Publication date for drafts that carry none (YYYY-MM-DD or 'today').")
@_common
def lint(drafts, against, use_stdin, stdin_filename, published, rules, fmt, output, fail_on, select, ignore,
         no_core, config_file, isolated, statistics, show_config, color, jobs):
    """Check drafts before publication against earlier coverage.

    The corpus gives the cross-source rules their context; findings are reported on the
    drafts only, with the corpus articles as related places.
    """
    if use_stdin and drafts:
        raise click.UsageError("give draft files or --stdin, not both")
    if stdin_filename and not use_stdin:
        raise click.UsageError("--stdin-filename needs --stdin")
    anchor = list(drafts) or [stdin_filename or "."]
    cfg = _override(_config(anchor, config_file, isolated), select, ignore, no_core, fail_on)
    if show_config:
        _show_config(cfg)
        return
    if not drafts and not use_stdin:
        raise click.UsageError("give the drafts to check, or --stdin")
    date = _date_option(published)
    packs = api.resolve_packs(cfg, rules)
    docs, errors = _read_stdin(stdin_filename or "stdin.txt") if use_stdin else _read_some(list(drafts), "DRAFTS")
    if date:
        docs = [d if d.published else d.model_copy(update={"published": date, "published_from": "option"})
                for d in docs]
    context, context_errors = read_paths(_existing(list(against), "--against") or cfg.corpus)
    ids, paths = {d.id for d in docs}, {str(Path(d.path).resolve()) for d in docs}
    context = [c for c in context if c.id not in ids and str(Path(c.path).resolve()) not in paths]
    refuse_to_overwrite_input(output, [d.path for d in docs + context])
    with _progress(len(docs) + len(context)) as progress:
        report = engine.run(docs + context, packs, config=cfg, read_errors=errors + context_errors,
                            targets=ids, progress=progress, jobs=jobs)
    _emit(report, fmt, cfg, packs, statistics, color, output, drafts=len(docs), targets=ids)
    sys.exit(_exit_code(report, cfg.fail_on))


# --------------------------------------------------------------------------- extract


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="Packs whose data (names, roster) guide extraction.")
def extract(paths, fmt, rules):
    """Print the claims found in articles (no rules run)."""
    cfg = discover_config(list(paths))
    report = api.extract(_existing(list(paths), "PATHS"), api.resolve_packs(cfg, rules))
    if not report.documents and not report.findings:
        raise click.UsageError(f"PATHS: no articles found in {', '.join(paths)}")
    if fmt == "json":
        click.echo(render(report, "json"), nl=False)
        return
    for c in report.claims:
        click.echo(f"{printable_name(c.path)}:{c.line}:{c.column}: {c.kind} {c.text!r} {_describe(c)}")
    for f in report.findings:
        click.echo(f"{printable_name(f.path)}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
    click.echo(f"{len(report.claims)} claim(s) in {len(report.documents)} document(s).")


def _describe(c) -> str:
    skip = {"id", "kind", "document", "path", "line", "column", "start", "end", "text", "sentence"}
    parts = [f"{k}={v}" for k, v in c.model_dump(mode="json").items() if k not in skip and v not in (None, [], False)]
    return " ".join(parts)


# --------------------------------------------------------------------------- test


@main.command("test")
@click.argument("packs", nargs=-1, type=click.Path())
@click.option("--strict", is_flag=True, help="Also fail when a rule lacks a firing or a silent case.")
def test_command(packs, strict):
    """Run the rule-pack tests (*.test.yaml beside packs; default: the core pack's and rules/)."""
    outcome = packtests.run_tests(_existing(list(packs), "PACKS") or None)
    for line in packtests.format_outcome(outcome):
        click.echo(line)
    if not outcome.files:
        sys.exit(2)  # no test files: a run that tested nothing must not pass
    sys.exit(0 if outcome.ok and not (strict and outcome.uncovered) else 1)


# --------------------------------------------------------------------------- discoverability


def _catalog(rules: tuple[str, ...]):
    cfg = discover_config(["."])
    return rule_catalog(api.resolve_packs(cfg, rules))


@main.command("rules")
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="More packs to list.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def rules_command(rules, fmt):
    """List every rule (core, configured packs, --rules) with its description."""
    catalog = _catalog(rules)
    if fmt == "json":
        click.echo(json.dumps([vars(i) for i in catalog.values()], indent=2))
        return
    width = max(len(r) for r in catalog)
    for rule_id, info in sorted(catalog.items()):
        first = (info.description or "").strip().split("\n")[0]
        click.echo(f"{rule_id.ljust(width)}  {info.severity:7}  {first}")


@main.command("rule")
@click.argument("rule_id")
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="More packs to search.")
def rule_command(rule_id, rules):
    """Explain one rule: what it checks, its kind's documentation and examples."""
    catalog = _catalog(rules)
    info = catalog.get(rule_id)
    if info is None:
        close = difflib.get_close_matches(rule_id, list(catalog), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see: claimcheck rules)"
        raise ConfigError(f"unknown rule id {rule_id!r}{hint}")
    click.echo(f"{info.id} ({info.severity})")
    click.echo(f"  {info.description}")
    if info.kind:
        click.echo(f"  kind: {info.kind}   pack: {info.pack}")
        for pack in api.resolve_packs(discover_config(["."]), rules):
            for r in pack.rules:
                if r.id == rule_id:
                    click.echo(f"  defined at: {r.path}:{r.line}")
                    options = r.options.model_dump(mode="json")
                    if options:
                        click.echo(f"  options: {json.dumps(options)}")
                    if KINDS[r.kind].fields is not None:
                        click.echo(f"  message fields: {KINDS[r.kind].template_fields()}")
    if info.help:
        click.echo("")
        click.echo(info.help)


@main.command("schema")
def schema_command():
    """Print the JSON Schema of rule pack files (for editor completion)."""
    click.echo(json.dumps(pack_json_schema(), indent=2))


from .roster_import import roster_group  # noqa: E402

main.add_command(roster_group)


if __name__ == "__main__":  # pragma: no cover
    main()
