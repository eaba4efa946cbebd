"""``claimcheck roster import``: turn public officeholder data into a roster pack (to be written)."""

from __future__ import annotations

import click


@click.group("roster")
def roster_group() -> None:
    """Roster tools."""
