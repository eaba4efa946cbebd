"""The ``claimcheck`` command. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage
or configuration errors (printed as ``file:line:column: message``, never a traceback).

click gives us option parsing, exit code 2 on usage errors and sub-commands for free.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import api
from .config import Config, discover_config, load_config
from .errors import ClaimcheckError
from .models import SEVERITY_RANK, Report
from .report import FORMATS, render

FAIL_ON = click.Choice(["error", "warning", "info"])


def _fail(message: str) -> None:
    click.echo(f"claimcheck: {message}", err=True)
    sys.exit(2)


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


def _common(f):
    options = [
        click.option("--rules", "rules", multiple=True, metavar="PACK", help="Rule pack file or folder (repeatable)."),
        click.option("--format", "fmt", type=click.Choice(sorted(FORMATS)), default="text", show_default=True),
        click.option("--fail-on", type=FAIL_ON, default=None, help="Lowest severity that fails the run [default: error]."),
        click.option("--select", multiple=True, metavar="RULE", help="Run only these rule ids or prefixes."),
        click.option("--ignore", multiple=True, metavar="RULE", help="Do not run these rule ids or prefixes."),
        click.option("--no-core", is_flag=True, help="Leave out the built-in core pack."),
        click.option("--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file to use."),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
        click.option("--statistics", is_flag=True, help="Print the number of findings per rule."),
        click.option("--show-config", is_flag=True, help="Print the resolved configuration and exit."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claimcheck")
def main() -> None:
    """Catch factual slips in news copy: dates, figures, titles."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@_common
def check(paths, rules, fmt, fail_on, select, ignore, no_core, config_file, isolated, statistics, show_config):
    """Check articles (files or folders) with the core pack and the configured packs."""
    try:
        cfg = _override(_config(list(paths), config_file, isolated), select, ignore, no_core, fail_on)
        if show_config:
            click.echo(cfg.model_dump_json(indent=2, by_alias=True))
            return
        packs = api.resolve_packs(cfg, rules)
        report = api.check(list(paths), packs, config=cfg)
        click.echo(render(report, fmt, statistics=statistics), nl=False)
    except ClaimcheckError as e:
        _fail(str(e))
    sys.exit(_exit_code(report, cfg.fail_on))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="Packs whose data (names, roster) guide extraction.")
def extract(paths, fmt, rules):
    """Print the claims found in articles (no rules run)."""
    try:
        cfg = discover_config(list(paths))
        report = api.extract(list(paths), api.resolve_packs(cfg, rules))
    except ClaimcheckError as e:
        _fail(str(e))
    if fmt == "json":
        click.echo(render(report, "json"), nl=False)
        return
    for c in report.claims:
        click.echo(f"{c.path}:{c.line}:{c.column}: {c.kind} {c.text!r} {_describe(c)}")
    for f in report.findings:
        click.echo(f"{f.path}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}")
    click.echo(f"{len(report.claims)} claim(s) in {len(report.documents)} document(s).")


def _describe(c) -> str:
    skip = {"id", "kind", "document", "path", "line", "column", "start", "end", "text", "sentence"}
    parts = [f"{k}={v}" for k, v in c.model_dump(mode="json").items() if k not in skip and v not in (None, [], False)]
    return " ".join(parts)


from .roster_import import roster_group  # noqa: E402

main.add_command(roster_group)


if __name__ == "__main__":  # pragma: no cover
    main()
