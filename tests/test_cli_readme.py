"""The README's table of what fires on the seeds is what `claimcheck check seeds` reports."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\| (\d{3}) line (\d+) \| `([\w.-]+)` \((\w+)\) \|", re.M)


def test_the_readme_lists_every_finding_on_the_seeds(monkeypatch):
    monkeypatch.chdir(ROOT)  # the repository's configuration: core plus rules/
    result = CliRunner().invoke(main, ["check", "seeds", "--format", "json"])
    found = sorted((Path(f["path"]).name[:3], f["line"], f["rule"], f["severity"])
                   for f in json.loads(result.output)["findings"])
    documented = sorted((n, int(line), rule, sev) for n, line, rule, sev in ROW.findall(
        (ROOT / "README.md").read_text(encoding="utf-8")))
    assert documented == found
