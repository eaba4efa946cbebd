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
from pathlib import Path
from typing import Iterator

import click

from . import api, engine, fix, packtests, stream
from .config import Config, discover_config, load_config
from .corpus import SUFFIXES, ReadError, iter_files, read_paths, read_records
from .errors import ClaimcheckError, ConfigError, InputError
from .models import Document, Report
from .kinds import KINDS
from .output import (
    PRINTABLE_FORMATS, is_own_report, printable_name, printable_report, refuse_to_overwrite_input, stdout_errors,
    write_atomic,
)
from .packs import pack_json_schema
from .progress import progress_bar
from .report import FORMATS, jsonl, render, rule_catalog
from .report.text import counted
from .archive.target import is_index
from .selection import FAIL_ON_LEVELS, failing

FAIL_ON = click.Choice(list(FAIL_ON_LEVELS))


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


def _exit_code(report: Report, fail_on: str, exit_zero: bool = False) -> int:
    """1 when a finding is at or above ``fail_on``; 0 with ``--exit-zero`` (as ruff and flake8)."""
    if exit_zero:
        return 0
    return 1 if failing(report.findings, fail_on) else 0


def _use_color(choice: str) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return sys.stdout.isatty()


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


def _write_lines(lines: Iterator[str], output: str | None) -> None:
    """JSON Lines written one at a time (never the whole report as one string); a file is
    replaced whole or not at all, as every report is."""
    if not output:
        with stdout_errors():
            for line in lines:
                click.echo(line, nl=False)
        return
    try:
        write_atomic(output, lines)
    except OSError as e:
        raise ConfigError(f"cannot write the report: {e.strerror or e}", output) from None


def _emit(report: Report, fmt: str, cfg: Config, packs, statistics: bool, color: str, output: str | None,
          drafts: int | None = None, targets: set[str] | None = None, quiet: bool = False,
          sentences: bool = True) -> None:
    options = dict(rules=rule_catalog(packs), fail_on=cfg.fail_on, statistics=statistics and fmt == "text",
                   drafts=drafts, targets=targets, quiet=quiet, sentences=sentences)
    if fmt in PRINTABLE_FORMATS:  # read by people and terminals: no control characters
        report, targets = printable_report(report), targets and {printable_name(t) for t in targets}
        options["targets"] = targets
    if fmt == "jsonl":
        _write_lines(jsonl.lines(report, sentences), output)
    elif output:
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


def _fixed(report: Report, packs, show_diff: bool, skip: set[str]) -> int:
    """Apply (or, with ``show_diff``, print) the safe fixes; the number of files they touch."""
    kinds = {i.id: i.kind for i in rule_catalog(packs).values()}
    texts = fix.fixed_texts(fix.plan(report, kinds, skip))
    if show_diff:
        click.echo(fix.diff(texts), nl=False)
    else:
        fix.write(texts)
        if texts:
            click.echo(f"claimcheck: fixed {counted(len(texts), 'file')}: {', '.join(sorted(texts))}", err=True)
    return len(texts)


_NO_SENTENCES = click.option("--no-sentences", is_flag=True,
                             help="Leave each claim's sentence out of json and jsonl output.")


def _common(f):
    options = [
        click.option("--rules", "rules", multiple=True, metavar="PACK", help="Rule pack file or folder (repeatable)."),
        click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True),
        click.option("-o", "--output", "--output-file", "output", type=click.Path(dir_okay=False),
                     help="Write the report to this file."),
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
        click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings fail the run (usage errors still exit 2)."),
        click.option("-q", "--quiet", is_flag=True, help="Print the findings only: no summary, note or progress bar."),
        click.option("--fix", "apply_fixes", is_flag=True,
                     help="Apply the findings that carry one safe suggestion (a weekday, a canonical name, a roster title)."),
        click.option("--diff", "show_diff", is_flag=True, help="Print the fixes --fix would make as a diff; change nothing."),
        _NO_SENTENCES,
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "-V", "--version", package_name="claimcheck")
def main() -> None:
    """Catch factual slips in news copy: dates, figures, titles."""


# --------------------------------------------------------------------------- check


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_common
@click.option("--each", is_flag=True,
              help="Check each sub-folder of PATHS as its own corpus (one story per folder), in one process.")
@click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="dask: extraction as a map over documents and the cross-source rules per group of documents "
                   "sharing keys, on a Dask cluster (pip install 'claimcheck[dask]'); the report is the same.")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler to use [default: a local cluster].")
def check(paths, rules, fmt, output, fail_on, select, ignore, no_core, config_file, isolated, statistics,
          show_config, color, jobs, exit_zero, quiet, apply_fixes, show_diff, no_sentences, each, engine_name,
          scheduler):
    """Check articles (files or folders; default: the configured corpus, else the current
    folder, as ruff does; '-' reads one article from standard input) with the core pack and
    the configured packs."""
    files = [p for p in paths if p != "-"]
    cfg = _override(_config(files or ["."], config_file, isolated), select, ignore, no_core, fail_on)
    if show_config:
        _show_config(cfg)
        return
    packs = api.resolve_packs(cfg, rules)
    if each:
        sys.exit(_check_each(files, packs, cfg, fmt, output, color, jobs, not no_sentences))
    if scheduler and engine_name != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    stdin_docs, stdin_errors = _read_stdin("stdin.txt") if "-" in paths else ([], [])

    def run_check() -> Report:
        if files or "-" not in paths:
            fallback = "the current folder (no PATHS given, no corpus set in [tool.claimcheck])"
            docs, errors = _read_some(files or cfg.corpus or ["."], "PATHS" if files or cfg.corpus else fallback)
        else:
            docs, errors = [], []
        docs, errors = stdin_docs + docs, stdin_errors + errors
        refuse_to_overwrite_input(output, [d.path for d in docs])
        if engine_name == "dask":
            return _dask_run(docs, packs, cfg, errors, scheduler)
        with progress_bar(len(docs), quiet=quiet) as bar:
            return engine.run(docs, packs, config=cfg, read_errors=errors, progress=bar.progress,
                              rule_progress=bar.rule_progress, jobs=jobs)

    report = run_check()
    if show_diff:
        sys.exit(1 if _fixed(report, packs, True, {d.id for d in stdin_docs}) and not exit_zero else 0)
    if apply_fixes and _fixed(report, packs, False, {d.id for d in stdin_docs}):
        report = run_check()  # the report tells what is left, at the places the files now have
    _emit(report, fmt, cfg, packs, statistics, color, output, quiet=quiet, sentences=not no_sentences)
    sys.exit(_exit_code(report, cfg.fail_on, exit_zero))


def _dask_run(docs, packs, cfg: Config, errors, scheduler: str | None) -> Report:
    try:
        from . import dask_engine
    except ImportError as e:
        raise ConfigError(f"--engine dask needs Dask: pip install 'claimcheck[dask]' ({e})") from None
    if scheduler is None:  # a small cluster in this process: no ports, no worker processes to leave behind
        from distributed import Client

        with Client(processes=False, dashboard_address=":0") as client:
            return dask_engine.run(docs, packs, config=cfg, read_errors=errors, client=client)
    return dask_engine.run(docs, packs, config=cfg, read_errors=errors, scheduler=scheduler)


def _articles_named(output: str | None, folders: list[str]) -> list[str]:
    """The files under ``folders`` that are ``output`` and would be read as articles (our own
    earlier report there is not): ``--each`` reads them in its workers, after this check."""
    if not output:
        return []
    target = Path(output).resolve()
    named = [f for f in iter_files(folders) if f.resolve() == target]
    try:
        return [str(f) for f in named if not is_own_report(f.read_bytes())]
    except OSError:
        return [str(f) for f in named]


def _check_each(paths: list[str], packs, cfg: Config, fmt: str, output: str | None, color: str, jobs: int,
                sentences: bool) -> int:
    """``check --each``: every sub-folder its own corpus; exit 1 when any corpus fails."""
    from .each import check_each, corpora
    from .report import each as each_report

    if fmt not in each_report.FORMATS:
        raise click.UsageError(f"--each writes {', '.join(each_report.FORMATS)}, not {fmt}")
    folders = _existing(paths, "PATHS")
    not_folders = [p for p in folders if not Path(p).is_dir()]
    if not_folders:
        raise click.UsageError(f"--each takes folders of story folders, not {', '.join(not_folders)}")
    refuse_to_overwrite_input(output, _articles_named(output, folders))
    if not any(corpora(p) for p in folders):
        raise click.UsageError(f"PATHS: no sub-folders to check in {', '.join(folders)}")
    failed = False

    def reports():
        nonlocal failed
        for folder, report in check_each(folders, packs, cfg, jobs):
            failed = failed or bool(failing(report.findings, cfg.fail_on))
            yield folder, report

    pieces = each_report.render(reports(), fmt, color=fmt == "text" and not output and _use_color(color),
                                sentences=sentences)
    _write_lines(pieces, output)
    return 1 if failed else 0


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
              help="Earlier coverage (files, folders, or an index from 'claimcheck index': a SQLite file or a "
                   "database URL) giving context [default: the configured corpus].")
@click.option("--stdin", "use_stdin", is_flag=True, help="Read one draft from standard input.")
@click.option("--stdin-filename", metavar="NAME", help="Name (and format, by suffix) of the draft on stdin.")
@click.option("--published", metavar="DATE", help="Publication date for drafts that carry none (YYYY-MM-DD or 'today').")
@_common
def lint(drafts, against, use_stdin, stdin_filename, published, rules, fmt, output, fail_on, select, ignore,
         no_core, config_file, isolated, statistics, show_config, color, jobs, exit_zero, quiet, apply_fixes,
         show_diff, no_sentences):
    """Check drafts before publication against earlier coverage.

    The corpus gives the cross-source rules their context; findings are reported on the
    drafts only, with the corpus articles as related places. A draft named '-' is read from
    standard input, as with --stdin.
    """
    if drafts == ("-",):
        drafts, use_stdin = (), True
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
    stdin_read = _read_stdin(stdin_filename or "stdin.txt") if use_stdin else None
    indexes = [a for a in against if is_index(a)]
    folders = [a for a in against if a not in indexes]

    def run_lint() -> tuple[Report, int, set[str]]:
        docs, errors = stdin_read or _read_some(list(drafts), "DRAFTS")
        if date:
            docs = [d if d.published else d.model_copy(update={"published": date, "published_from": "option"})
                    for d in docs]
        context, context_errors = read_paths(_existing(folders, "--against") or ([] if indexes else cfg.corpus))
        ids, paths = {d.id for d in docs}, {str(Path(d.path).resolve()) for d in docs}
        context = [c for c in context if c.id not in ids and str(Path(c.path).resolve()) not in paths]
        known = None
        if indexes:  # the archive's articles that share the drafts' keys, with their stored claims
            from .archive import draft_context

            found = draft_context(indexes, docs, engine.plan(packs, cfg).data)
            have = {c.id for c in context}
            context += [c for c in found.documents if c.id not in have]
            known = found.claims
        refuse_to_overwrite_input(output, [d.path for d in docs + context])
        with progress_bar(len(docs) + len(context), quiet=quiet) as bar:
            return engine.run(docs + context, packs, config=cfg, read_errors=errors + context_errors,
                              targets=ids, progress=bar.progress, rule_progress=bar.rule_progress,
                              jobs=jobs, claims=known), len(docs), ids

    report, n_drafts, ids = run_lint()
    unfixable = ids if use_stdin else set()
    if show_diff:
        sys.exit(1 if _fixed(report, packs, True, unfixable) and not exit_zero else 0)
    if apply_fixes and _fixed(report, packs, False, unfixable):
        report, n_drafts, ids = run_lint()
    _emit(report, fmt, cfg, packs, statistics, color, output, drafts=n_drafts, targets=ids, quiet=quiet,
          sentences=not no_sentences)
    sys.exit(_exit_code(report, cfg.fail_on, exit_zero))


# --------------------------------------------------------------------------- extract


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json", "jsonl"]), default="text", show_default=True,
              help="jsonl: one line per document, written as it is extracted (memory flat in corpus size).")
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="Packs whose data (names, roster) guide extraction.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes extracting claims (0: one per CPU); the output is the same.")
@_NO_SENTENCES
def extract(paths, fmt, rules, jobs, no_sentences):
    """Print the claims found in articles (no rules run)."""
    with stdout_errors():
        _extract(paths, fmt, rules, jobs, no_sentences)


def _extract(paths, fmt, rules, jobs, no_sentences) -> None:
    cfg = discover_config(list(paths))
    packs = api.resolve_packs(cfg, rules)
    _existing(list(paths), "PATHS")
    if fmt == "json":
        report = api.extract(list(paths), packs, jobs=jobs)
        if not report.documents and not report.findings:
            raise click.UsageError(f"PATHS: no articles found in {', '.join(paths)}")
        click.echo(render(report, "json", sentences=not no_sentences), nl=False)
        return
    items = stream.extract_stream(stream.iter_documents(list(paths)), engine.plan(packs).data, jobs)
    write = _extract_jsonl if fmt == "jsonl" else _extract_text
    if not write(items, not no_sentences):
        raise click.UsageError(f"PATHS: no articles found in {', '.join(paths)}")


def _extract_jsonl(items, sentences: bool) -> bool:
    """Each document's line as soon as it is extracted; the summary last. False: nothing read."""
    tally = jsonl.Tally()
    for item in items:
        if isinstance(item, ReadError):
            finding = engine.read_error_finding(item)
            tally.add(findings=[finding], document=False)
            click.echo(jsonl.finding_line(finding), nl=False)
        else:
            doc, claims = item
            tally.add(claims)
            click.echo(jsonl.document_line(doc, claims, sentences=sentences), nl=False)
    if not tally.documents and not tally.by_rule:
        return False
    click.echo(jsonl.summary_line(tally.summary()), nl=False)
    return True


def _extract_text(items, _sentences: bool) -> bool:
    """Claims as they are extracted; unreadable files after them, then the count."""
    documents = claims = 0
    errors = []
    for item in items:
        if isinstance(item, ReadError):
            errors.append(engine.read_error_finding(item))
            continue
        documents += 1
        for c in item[1]:
            claims += 1
            click.echo(f"{printable_name(c.path)}:{c.line}:{c.column}: {c.kind} {c.text!r} {_describe(c)}")
    if not documents and not errors:
        return False
    for f in errors:
        click.echo(f"{printable_name(f.path)}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
    click.echo(f"{claims} claim(s) in {documents} document(s).")
    return True


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
    with stdout_errors():
        _list_rules(rules, fmt)


def _list_rules(rules, fmt) -> None:
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
    with stdout_errors():
        _explain_rule(rule_id, rules)


def _explain_rule(rule_id, rules) -> None:
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
    with stdout_errors():
        click.echo(json.dumps(pack_json_schema(), indent=2))


from .archive.command import index_command  # noqa: E402
from .roster_import import roster_group  # noqa: E402

main.add_command(roster_group)
main.add_command(index_command)


if __name__ == "__main__":  # pragma: no cover
    main()
