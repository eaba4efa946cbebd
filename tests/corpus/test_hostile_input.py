"""Hostile and merely odd input to the readers: each bad file is an ``input.unreadable`` finding
at its place, read at once, and every other document is still read."""

from __future__ import annotations

import json
import time

import pytest

from claimcheck.corpus import read_paths, read_records
from claimcheck.errors import InputError

GOOD = "---\npublished: 2024-05-08\n---\nThe talks opened on Tuesday.\n"


def errors_of(tmp_path, name: str, content: str):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert "good" in {d.id for d in docs}  # the other document is always read
    return [(e.path.rsplit("/", 1)[-1], e.line, e.message) for e in errors]


@pytest.mark.parametrize("line", ["x: 0000-01-01", "published: 2024-02-30", "when: 2024-13-01"])
def test_an_impossible_date_in_front_matter_is_an_error_at_its_line(tmp_path, line):
    got = errors_of(tmp_path, "bad.md", f"---\ntitle: T\n{line}\n---\nBody.\n")
    assert len(got) == 1
    name, at, message = got[0]
    assert (name, at) == ("bad.md", 3)
    assert "not a valid date" in message


def test_an_alias_bomb_in_front_matter_is_rejected_at_once(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8))
    started = time.perf_counter()
    got = errors_of(tmp_path, "bomb.md", "---\n" + bomb + "published: *i\n---\nBody.\n")
    assert time.perf_counter() - started < 2
    assert len(got) == 1 and got[0][0] == "bomb.md"
    assert "aliases" in got[0][2]
    assert len(got[0][2]) < 300


def test_deeply_nested_json_is_an_error_finding(tmp_path):
    got = errors_of(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert got == [("deep.json", 1, "invalid JSON: nested too deeply")]


def test_deeply_nested_front_matter_is_an_error_finding(tmp_path):
    got = errors_of(tmp_path, "deep.md", "---\nx: " + "[" * 50_000 + "\n---\nBody.\n")
    assert len(got) == 1 and got[0][:2] == ("deep.md", 2)


def test_a_lone_surrogate_in_json_is_an_error_at_its_record(tmp_path):
    record = json.dumps({"id": "ok", "text": "Fine."})
    got = errors_of(tmp_path, "s.jsonl", record + '\n{"id": "bad", "text": "a \\ud800 b"}\n')
    assert got == [("s.jsonl", 2, "text holds a lone surrogate (\\ud800), which no file can carry")]


def test_a_lone_surrogate_in_a_title_is_an_error_too(tmp_path):
    got = errors_of(tmp_path, "t.json", '{"title": "\\udfff", "text": "Fine."}')
    assert got == [("t.json", 1, "title holds a lone surrogate (\\udfff), which no file can carry")]


@pytest.mark.parametrize("value", ["2024-05-07x", '"2024-05-07 garbage"', "2024-05-07T10:00:00garbage"])
def test_a_published_date_with_a_tail_is_an_error(tmp_path, value):
    got = errors_of(tmp_path, "tail.md", f"---\npublished: {value}\n---\nBody.\n")
    assert len(got) == 1 and got[0][:2] == ("tail.md", 2)
    assert "not an ISO date" in got[0][2]


@pytest.mark.parametrize("value", ["2024-05-07T10:00:00+02:00", '"2024-05-07T23:30:00Z"', "2024-05-07 10:00:00"])
def test_a_full_iso_datetime_with_offset_is_still_accepted(tmp_path, value):
    (tmp_path / "ok.md").write_text(f"---\npublished: {value}\n---\nBody.\n")
    docs, errors = read_paths([tmp_path / "ok.md"])
    assert errors == [] and str(docs[0].published) == "2024-05-07"


def test_json_published_with_a_tail_is_an_error(tmp_path):
    got = errors_of(tmp_path, "p.json", json.dumps({"published": "2024-05-07 garbage", "text": "x"}))
    assert len(got) == 1 and "not an ISO date" in got[0][2]


# --------------------------------------------------------------------------- manifests


def manifest_errors(tmp_path, manifest: str):
    (tmp_path / "a.txt").write_text("The talks opened on Tuesday.\n")
    (tmp_path / "b.txt").write_text("The talks closed on Friday.\n")
    (tmp_path / "manifest.yaml").write_text(manifest, encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert {d.id for d in docs} == {"a", "b"}  # both documents are still read
    return docs, [(e.path.rsplit("/", 1)[-1], e.line, e.message) for e in errors]


@pytest.mark.parametrize("value, what", [
    ("2024-05-07 10:00:00", None),  # a datetime is a date with a time: accepted
    ("2024", "an int"), ("true", "a bool"), ("[2024-05-07]", "a list"), ("2024-02-30", "not a valid date"),
])
def test_manifest_published_of_the_wrong_type_is_an_error_at_its_line(tmp_path, value, what):
    docs, got = manifest_errors(
        tmp_path, f"documents:\n  - file: a.txt\n    published: {value}\n  - file: b.txt\n    published: 2024-05-09\n")
    by_id = {d.id: d for d in docs}
    assert str(by_id["b"].published) == "2024-05-09"  # the good entry still applies
    if what is None:
        assert got == [] and str(by_id["a"].published) == "2024-05-07"
    else:
        assert len(got) == 1 and got[0][:2] == ("manifest.yaml", 3) and what in got[0][2]


def test_manifest_entries_report_every_error_in_file_order(tmp_path):
    _, got = manifest_errors(tmp_path, "documents:\n  - file: a.txt\n    title: [x]\n  - nofile: 1\n"
                                       "  - file: b.txt\n    published: 99\n")
    assert [(name, line) for name, line, _ in got] == [("manifest.yaml", 3), ("manifest.yaml", 4),
                                                       ("manifest.yaml", 6)]


def test_a_manifest_that_cannot_be_decoded_is_an_error_and_the_files_are_read(tmp_path):
    (tmp_path / "a.txt").write_text("Fine.\n")
    (tmp_path / "manifest.yaml").write_bytes(b"documents:\n  - file: a.txt\n    title: caf\xe9\n")
    docs, errors = read_paths([tmp_path])
    assert [d.id for d in docs] == ["a"]
    assert [(e.line, e.column) for e in errors] == [(3, 15)] and "UTF-8" in errors[0].message


def test_an_impossible_date_in_a_manifest_is_an_error_at_its_line(tmp_path):
    _, got = manifest_errors(tmp_path, "documents:\n  - file: a.txt\n    published: 2024-13-01\n")
    assert len(got) == 1 and got[0][:2] == ("manifest.yaml", 3)


def test_a_manifest_named_on_the_command_line_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text("Fine.\n")
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: a.txt\n    published: 2024-05-07\n")
    docs, errors = read_paths([tmp_path / "a.txt", tmp_path / "manifest.yaml"])
    assert errors == [] and [d.id for d in docs] == ["a"]
    assert str(docs[0].published) == "2024-05-07"


# --------------------------------------------------------------------------- ids


def test_files_named_alike_with_other_extensions_get_ids_with_the_extension(tmp_path):
    (tmp_path / "story.md").write_text("From markdown.\n")
    (tmp_path / "story.json").write_text(json.dumps({"text": "From JSON."}))
    docs, errors = read_paths([tmp_path])
    assert errors == []
    assert sorted(d.id for d in docs) == ["story.json", "story.md"]


def test_two_records_with_the_same_id_are_a_finding_naming_both_places(tmp_path):
    lines = [json.dumps({"id": "x", "text": "One."}), json.dumps({"id": "y", "text": "Two."}),
             json.dumps({"id": "x", "text": "Three."})]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n")
    docs, errors = read_paths([tmp_path / "wire.jsonl"])
    assert sorted(d.text for d in docs) == ["One.", "Two."]
    path = str(tmp_path / "wire.jsonl")
    assert [(e.path, e.line) for e in errors] == [(path, 3)]
    assert errors[0].message == f"id 'x' is already used at {path}:1; give each document its own id"


def test_read_records_raises_only_input_errors_on_impossible_dates():
    with pytest.raises(InputError):
        read_records("f.md", b"---\nx: 2024-02-30\n---\nBody.\n")
