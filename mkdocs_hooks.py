"""MkDocs hook: the rule reference page is generated from the code on every build.

``mkdocs build`` (``.ci/run`` runs it with ``--strict``) calls ``on_files``; the page lists
every rule of the core pack and of the packs under ``rules/``, the engine's rules and every
registered kind, with the ``*.test.yaml`` cases that fire and stay silent, so it cannot drift
from the code (``claimcheck/rule_reference.py``).
"""

from __future__ import annotations

from mkdocs.structure.files import File

REFERENCE = "reference/rules.md"


def on_files(files, config):
    from claimcheck.rule_reference import markdown

    files.append(File.generated(config, REFERENCE, content=markdown()))
    return files
