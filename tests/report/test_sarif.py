"""SARIF 2.1.0 output: valid against the schema, regions, related articles, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from claimcheck import check, check_documents as _check_documents
from claimcheck.config import Config
from claimcheck.packs import load_packs
from claimcheck.report import rule_catalog
from claimcheck.report.sarif import render, to_sarif
from tests.crosskind import changed_corpus, figure_pack  # noqa: F401 - fixture

DATA = Path(__file__).resolve().parents[1] / "data"
# The OASIS SARIF 2.1.0 schema (errata 01, JSON Schema draft-04), as published; see data/NOTICE.md.
OFFICIAL = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
# A stricter hand-written subset: the objects claimcheck writes, with the properties it promises.
SCHEMA = json.loads((DATA / "sarif-2.1.0-subset.schema.json").read_text(encoding="utf-8"))


def check_documents(docs, config=None):
    return _check_documents(docs, config=config or Config(select=["core.weekday-date"]))


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(OFFICIAL, format_checker=jsonschema.FormatChecker()).validate(log)
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(log)


def test_both_schemas_are_valid_json_schemas():
    jsonschema.Draft4Validator.check_schema(OFFICIAL)
    jsonschema.Draft7Validator.check_schema(SCHEMA)


@pytest.fixture
def cross_report(figure_pack, tmp_path, monkeypatch):  # noqa: F811
    corpus, _ = changed_corpus(tmp_path)
    monkeypatch.chdir(tmp_path)
    packs = load_packs([figure_pack])
    return check(["seeds"], packs=packs, config=Config(select=["testfig"])), packs


def test_cross_source_finding_validates_and_carries_the_other_articles(cross_report):
    report, packs = cross_report
    log = json.loads(render(report, rules=rule_catalog(packs)))
    validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["testfig.aid-figure"]
    result = results[0]
    assert result["level"] == "error"
    assert result["message"]["text"] == "$587 million here, $578 million elsewhere"
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "seeds/changed.md"
    # "$587 million" on line 20 of the seed becomes line 24 after four lines of front matter
    assert location["region"] == {
        "startLine": 24, "startColumn": 33, "endLine": 24, "endColumn": 45, "snippet": {"text": "$587 million"}
    }
    related = {r["physicalLocation"]["artifactLocation"]["uri"]: r["physicalLocation"]["region"]["startLine"]
               for r in result["relatedLocations"]}
    assert related == {"seeds/000_3fc728a24d09eceb.txt": 16, "seeds/002_82f39ec3c75956a1.txt": 20}
    assert [r["id"] for r in result["relatedLocations"]] == [1, 2]


def test_rules_carry_descriptions_and_default_levels(cross_report):
    report, packs = cross_report
    rules = {r["id"]: r for r in to_sarif(report, rule_catalog(packs))["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["testfig.aid-figure"]["shortDescription"]["text"] == "The aid package figure differs from other sources."
    assert rules["testfig.aid-figure"]["defaultConfiguration"] == {"level": "error"}
    weekday = next(r for r in packs[0].rules if r.id == "core.weekday-date")
    assert rules["core.weekday-date"]["fullDescription"]["text"] == weekday.description.strip()
    assert "input.unreadable" in rules
    assert "Fires:" in rules["core.weekday-date"]["help"]["text"]  # the kind's documentation
    log = to_sarif(report, rule_catalog(packs))
    for r in log["runs"][0]["results"]:
        assert log["runs"][0]["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == r["ruleId"]


def test_fingerprints_survive_text_moving_down(doc):
    text = "The talks opened on Tuesday, May 8, 2024."
    before = to_sarif(check_documents([doc(text)]))
    after = to_sarif(check_documents([doc("A new first paragraph.\n\n" + text)]))
    fp = lambda log: log["runs"][0]["results"][0]["partialFingerprints"]  # noqa: E731
    region = lambda log: log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]  # noqa: E731
    assert region(before)["startLine"] == 1 and region(after)["startLine"] == 3
    assert fp(before) == fp(after)


def test_two_identical_slips_get_distinct_fingerprints(doc):
    text = "The talks opened on Tuesday, May 8, 2024.\n\nThe talks opened on Tuesday, May 8, 2024.\n"
    results = to_sarif(check_documents([doc(text)]))["runs"][0]["results"]
    assert len(results) == 2
    assert results[0]["partialFingerprints"] != results[1]["partialFingerprints"]


def test_info_maps_to_note_and_an_empty_report_is_valid(doc):
    report = check_documents([doc("The talks opened on Tuesday, May 8, 2024.")],
                             config=Config(select=["core.weekday-date"], severity={"core.weekday-date": "info"}))
    log = to_sarif(report)
    validate(log)
    assert log["runs"][0]["results"][0]["level"] == "note"
    empty = to_sarif(check_documents([doc("Nothing here.")]))
    validate(empty)
    assert empty["runs"][0]["results"] == []


@pytest.mark.parametrize("schema, validator", [(OFFICIAL, jsonschema.Draft4Validator),
                                               (SCHEMA, jsonschema.Draft7Validator)], ids=["official", "subset"])
def test_schemas_reject_what_they_should(schema, validator):
    """Both schemas are real checks: an unknown level and a misspelt property fail."""
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x"}}, "results": [
        {"message": {"text": "m"}, "level": "fatal"}]}]}
    with pytest.raises(jsonschema.ValidationError):
        validator(schema).validate(bad)
    bad = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rulez": []}}}]}
    with pytest.raises(jsonschema.ValidationError):
        validator(schema).validate(bad)
    good = {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "x", "rules": []}}}]}
    validator(schema).validate(good)


def test_paths_with_spaces_are_uri_encoded(doc):
    log = to_sarif(check_documents([doc("The talks opened on Tuesday, May 8, 2024.", path="my story.txt")]))
    validate(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "my%20story.txt"
