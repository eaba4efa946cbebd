"""`claimcheck schema`: each rule's options are typed by its kind, so an editor flags a bad option."""

from __future__ import annotations

import jsonschema
import pytest

from claimcheck.kinds import KINDS
from claimcheck.packs import pack_json_schema

SCHEMA = pack_json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def pack(kind: str, options: dict) -> dict:
    return {"pack": "p", "rules": [{"id": "x", "kind": kind, "options": options}]}


def errors(doc: dict) -> list[str]:
    return [e.message for e in VALIDATOR.iter_errors(doc)]


def test_the_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_good_options_pass():
    assert errors(pack("weekday-date-agreement", {"max_gap_days": 3})) == []
    assert errors(pack("amount-agreement", {"min_overlap": 0.5})) == []
    assert errors(pack("weekday-date-agreement", {})) == []


def test_an_option_of_another_kind_is_flagged():
    # max_gap_days belongs to weekday-date-agreement, not amount-agreement
    assert any("max_gap_days" in m for m in errors(pack("amount-agreement", {"max_gap_days": 3})))


def test_a_mistyped_or_out_of_range_option_is_flagged():
    assert errors(pack("weekday-date-agreement", {"max_gap_days": "six"}))
    assert errors(pack("amount-agreement", {"min_overlap": 2}))  # a share: 0 to 1


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_kind_has_its_options_typed(kind):
    assert errors(pack(kind, {"no_such_option_anywhere": 1})), kind


def test_the_shipped_packs_validate():
    import glob
    import json
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[2]
    files = [f for f in glob.glob(str(root / "claimcheck/data/core/*.yaml")) + glob.glob(str(root / "rules/**/*.yaml"),
             recursive=True) if ".test." not in f]
    assert files
    for f in files:  # YAML dates become strings, as an editor's language server sees them
        doc = json.loads(json.dumps(yaml.safe_load(Path(f).read_text(encoding="utf-8")), default=str))
        assert errors(doc) == [], f
