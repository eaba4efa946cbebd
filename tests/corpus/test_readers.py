"""Each reader end to end: the document's metadata, and claims placed in the file as given."""

from __future__ import annotations

import json

import pytest

from claimcheck import check as _check
from claimcheck.config import Config
from claimcheck.corpus import read_paths

def check(paths, packs=None):
    """Only the weekday rule runs: these tests are about reading, not about the rules."""
    return _check(paths, packs, config=Config(select=["core.weekday-date"]))


WRONG = "The talks opened on Tuesday, May 8, 2024."  # 8 May 2024 was a Wednesday


def places(report):
    return [(f.rule, f.document, f.line, f.column) for f in report.findings]


def test_markdown_front_matter(tmp_path):
    f = tmp_path / "story.md"
    f.write_text(f"---\nid: talks\ntitle: Talks open\nsource: Wire\npublished: 2024-05-08\n---\nIntro.\n{WRONG}\n")
    report = check([f], packs=[])
    (d,) = report.documents
    assert (d.id, d.title, d.source, str(d.published), d.published_from) == (
        "talks", "Talks open", "Wire", "2024-05-08", "metadata")
    assert places(report) == [("core.weekday-date", "talks", 8, 21)]


def test_json_object_and_array(tmp_path):
    (tmp_path / "one.json").write_text(json.dumps({"id": "j1", "published": "2024-05-08", "text": WRONG}))
    (tmp_path / "many.json").write_text(json.dumps([{"text": "Nothing."}, {"text": WRONG, "title": "T"}]))
    report = check([tmp_path], packs=[])
    assert sorted(d.id for d in report.documents) == ["j1", "many#1", "many#2"]
    assert sorted(places(report)) == [("core.weekday-date", "j1", 1, 21), ("core.weekday-date", "many#2", 1, 21)]


def test_jsonl_lines_are_documents_placed_on_their_line(tmp_path):
    rows = [{"id": "a", "text": "Quiet."}, {"id": "b", "published": "2024-05-08", "text": WRONG}]
    (tmp_path / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    report = check([tmp_path / "feed.jsonl"], packs=[])
    assert [d.id for d in report.documents] == ["a", "b"]
    assert places(report) == [("core.weekday-date", "b", 2, 21)]


def test_an_undecodable_file_is_an_error_finding_and_the_others_are_checked(tmp_path):
    (tmp_path / "a_latin1.txt").write_bytes("Caf\xe9 talks.\n".encode("latin-1"))
    (tmp_path / "b_good.txt").write_text(WRONG)
    report = check([tmp_path], packs=[])
    assert [d.id for d in report.documents] == ["b_good"]
    rules = [(f.rule, f.line, f.column) for f in report.findings]
    assert ("input.unreadable", 1, 4) in rules
    assert ("core.weekday-date", 1, 21) in rules
    bad = next(f for f in report.findings if f.rule == "input.unreadable")
    assert bad.path.endswith("a_latin1.txt") and "0xe9" in bad.message


def test_broken_json_and_front_matter_are_error_findings_with_places(tmp_path):
    (tmp_path / "bad.json").write_text('{"text": "x",\n  oops}')
    (tmp_path / "bad.md").write_text("---\ntitle: [unclosed\n---\nBody.\n")
    _, errors = read_paths([tmp_path])
    found = {e.path.split("/")[-1]: (e.line, e.message.split(":")[0]) for e in errors}
    assert found["bad.json"] == (2, "invalid JSON")
    assert found["bad.md"][1] == "front matter is not valid YAML"


def test_missing_publication_date_is_left_empty_and_checking_goes_on(tmp_path):
    (tmp_path / "undated.txt").write_text("Officials met on Tuesday.\n" + WRONG + "\n")
    report = check([tmp_path], packs=[])
    (d,) = report.documents
    assert d.published is None and d.published_from is None
    assert places(report) == [("core.weekday-date", "undated", 2, 21)]


def test_publication_date_detected_from_a_dateline(tmp_path):
    (tmp_path / "wire.txt").write_text("Talks open\nWed May 08 2024\n\nThe talks opened.\n")
    (d,) = check([tmp_path], packs=[]).documents
    assert (str(d.published), d.published_from) == ("2024-05-08", "text:line 2")


def test_the_seeds_carry_their_manifest_dates(seeds_dir):
    report = check([seeds_dir], packs=[])
    dates = {d.id[:3]: str(d.published) for d in report.documents}
    assert dates == {"000": "2024-05-07", "001": "2024-05-07", "002": "2024-05-08", "003": "2024-05-05",
                     "004": "2024-02-28"}


def test_an_implausible_publication_date_is_an_error_at_its_line(tmp_path):
    from claimcheck.corpus import read_paths

    (tmp_path / "a.md").write_text("---\ntitle: t\npublished: 0001-01-01\n---\nSpoke on Tuesday.\n")
    (tmp_path / "b.md").write_text("---\npublished: 2024-05-07\n---\nSpoke on Tuesday.\n")
    docs, errors = read_paths([tmp_path])
    assert [d.id for d in docs] == ["b"]
    assert [(e.line, "outside 1800-2199" in e.message) for e in errors] == [(3, True)]


def test_a_manifest_with_an_implausible_date_is_reported(tmp_path):
    from claimcheck.corpus import read_paths

    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: a.txt\n    published: 9999-12-31\n")
    (tmp_path / "a.txt").write_text("Spoke on Tuesday.\n")
    docs, errors = read_paths([tmp_path])
    assert len(docs) == 1 and docs[0].published is None
    assert any("9999-12-31" in e.message for e in errors)


def test_bad_jsonl_records_are_reported_in_file_order(tmp_path):
    from claimcheck import check

    (tmp_path / "recs.jsonl").write_text('{"text": "ok"}\n{broken\n{"no": "text"}\n')
    report = check([tmp_path], config=__import__("claimcheck").Config(core=False))
    lines = [f.line for f in report.findings if f.rule == "input.unreadable"]
    assert lines == [2, 3]


def test_same_file_names_under_two_folders_given_are_all_read(tmp_path):
    from claimcheck.corpus import read_paths

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "index.md").write_text(f"Story from {folder}.\n")
    docs, errors = read_paths([tmp_path / "a", tmp_path / "b"])
    assert not errors
    assert len({d.id for d in docs}) == 2
    assert sorted(d.text for d in docs) == ["Story from a.\n", "Story from b.\n"]


@pytest.mark.parametrize("encoding, named", [
    ("utf-16", "UTF-16 (little-endian)"),  # Python writes a byte-order mark, little-endian here
    ("utf-16-le", "UTF-16 (little-endian)"),  # no mark: the zero bytes give it away
    ("utf-16-be", "UTF-16 (big-endian)"),
    ("utf-32", "UTF-32 (little-endian)"),
])
def test_a_utf16_file_is_named_as_such_not_as_a_bad_utf8_byte(tmp_path, encoding, named):
    (tmp_path / "wide.txt").write_bytes("Talks opened on Tuesday, May 7, 2024.\n".encode(encoding))
    (tmp_path / "fine.txt").write_text("Talks opened on Tuesday.\n", encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert [d.path for d in docs] == [str(tmp_path / "fine.txt")]
    (error,) = errors
    assert (error.path, error.line, error.column) == (str(tmp_path / "wide.txt"), 1, 1)
    assert error.message == f"the file is {named}, not UTF-8; convert it to UTF-8"


def test_ascii_text_of_even_length_is_not_mistaken_for_utf16(tmp_path):
    (tmp_path / "a.txt").write_text("Talks opened on Tuesday, May 7.", encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert not errors and docs[0].text == "Talks opened on Tuesday, May 7."
