"""``claimcheck index``: the archive's command (added to the ``claimcheck`` group in cli.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--db", "target", default="claims.sqlite", show_default=True, metavar="FILE|URL",
              help="SQLite file, or a database URL (postgresql://user@host/db).")
@click.option("--rules", "rules", multiple=True, metavar="PACK", help="Packs whose data (names, roster) guide extraction.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=1, show_default=True,
              help="Processes extracting claims (0: one per CPU).")
@click.option("--batch", type=click.IntRange(min=1), default=200, show_default=True,
              help="Documents written per transaction.")
def index_command(paths, target, rules, jobs, batch):
    """Store the claims of an archive for 'claimcheck lint --against DB' (incremental: unchanged
    articles are skipped; a run stopped midway is completed by the next)."""
    from .. import api, engine
    from ..config import discover_config
    from .store import build

    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise click.UsageError(f"PATHS: no such file or folder: {', '.join(missing)}")
    packs = api.resolve_packs(discover_config(list(paths)), rules)
    run = build(list(paths), target, engine.plan(packs).data, jobs=jobs, batch=batch)
    for e in run.errors:
        click.echo(f"{e.path}:{e.line}:{e.column}: error {engine.READ_ERROR_RULE} {e.message}", err=True)
    if not run.indexed and not run.unchanged and not run.errors:
        raise click.UsageError(f"PATHS: no articles found in {', '.join(paths)}")
    click.echo(f"Indexed {run.indexed} document(s) ({run.claims} claim(s)), {run.unchanged} unchanged, into {target}.")
    sys.exit(1 if run.errors else 0)
