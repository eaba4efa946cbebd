"""Streaming extraction: the same documents, ids and claims as the whole-corpus path, one at a time."""

from __future__ import annotations

import itertools
import json
import shutil

from click.testing import CliRunner

from claimcheck import engine, stream
from claimcheck.cli import main
from claimcheck.corpus import ReadError, read_paths
from claimcheck.packs import load_packs


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_documents_stream_with_the_ids_and_order_of_read_paths(tmp_path, seeds_dir):
    # the same file name in two folders: read_paths names both by their path under the folder
    for folder in ("2024/05", "2024/06"):
        (tmp_path / folder).mkdir(parents=True)
        shutil.copy(seeds_dir / "000_3fc728a24d09eceb.txt", tmp_path / folder / "index.txt")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    docs, errors = read_paths([tmp_path])
    streamed = list(stream.iter_documents([tmp_path]))
    assert [d.id for d in streamed if not isinstance(d, ReadError)] == ["2024/05/index", "2024/06/index"]
    assert [d for d in streamed if not isinstance(d, ReadError)] == sorted(docs, key=lambda d: (d.path, d.id))
    assert [e for e in streamed if isinstance(e, ReadError)] == errors


def test_extraction_asks_for_the_next_document_only_when_it_has_given_out_the_last():
    seen = []
    docs = iter(read_paths([__import__("tests.conftest").conftest.SEEDS])[0])
    out = stream.extract_stream((seen.append(d.id) or d for d in docs), engine.plan(load_packs()).data)
    first = next(out)
    assert seen == [first[0].id]


def test_extract_jsonl_holds_the_json_reports_documents_and_claims(seeds_dir):
    whole = json.loads(run("extract", "--format", "json", seeds_dir).output)
    lines = _lines(run("extract", "--format", "jsonl", seeds_dir).output)
    assert [line["type"] for line in lines] == ["document"] * 5 + ["summary"]
    assert [{k: v for k, v in line.items() if k not in ("type", "claims", "findings")} for line in lines[:5]] \
        == whole["documents"]
    assert [c for line in lines[:5] for c in line["claims"]] == whole["claims"]
    assert lines[-1]["summary"] == whole["summary"] and lines[-1]["schema"] == "claimcheck.report/v1"


def test_no_sentences_leaves_out_the_sentence_and_nothing_else(seeds_dir):
    full = json.loads(run("extract", "--format", "json", seeds_dir).output)["claims"]
    bare = json.loads(run("extract", "--format", "json", "--no-sentences", seeds_dir).output)["claims"]
    assert all("sentence" not in c for c in bare)
    assert bare == [{k: v for k, v in c.items() if k != "sentence"} for c in full]
    lines = _lines(run("extract", "--format", "jsonl", "--no-sentences", seeds_dir).output)
    assert all("sentence" not in c for line in lines[:-1] for c in line["claims"])


def test_extract_in_worker_processes_prints_the_same(tmp_path, seeds_dir):
    for i in range(4):  # 20 documents: several chunks in flight
        shutil.copytree(seeds_dir, tmp_path / f"copy{i}")
    (tmp_path / "copy0" / "bad.txt").write_bytes(b"caf\xe9\n")
    for fmt in ("text", "json", "jsonl"):
        serial = run("extract", "--format", fmt, tmp_path)
        parallel = run("extract", "--format", fmt, "-j", "2", tmp_path)
        assert serial.exit_code == 0
        assert parallel.output == serial.output, fmt
    assert "input.unreadable" in serial.output


def test_check_jsonl_places_each_finding_on_its_document(seeds_dir, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    whole = json.loads(run("check", "--isolated", "--format", "json", seeds_dir, tmp_path).output)
    result = run("check", "--isolated", "--format", "jsonl", seeds_dir, tmp_path)
    assert result.exit_code == 1  # the unreadable file is an error
    lines = _lines(result.output)
    docs = [line for line in lines if line["type"] == "document"]
    loose = [line for line in lines if line["type"] == "finding"]
    assert all(f["document"] == d["id"] for d in docs for f in d["findings"])
    assert sorted(map(json.dumps, [*itertools.chain.from_iterable(d["findings"] for d in docs),
                                   *({k: v for k, v in f.items() if k != "type"} for f in loose)])) \
        == sorted(map(json.dumps, whole["findings"]))
    assert [f["rule"] for f in loose] == ["input.unreadable"]
    assert sum(len(d["findings"]) for d in docs) > 0
    assert lines[-1]["summary"] == whole["summary"]


def test_streamed_documents_follow_read_paths_on_hostile_folders(tmp_path):
    # a record repeating an id, story.md beside story.json, a manifest and a report of ours
    lines = [json.dumps({"id": "x", "text": "One."}), json.dumps({"id": "y", "text": "Two."}),
             json.dumps({"id": "x", "text": "Three."})]
    (tmp_path / "wire.jsonl").write_text("\n".join(lines) + "\n")
    (tmp_path / "story.md").write_text("From markdown.\n")
    (tmp_path / "story.json").write_text(json.dumps({"text": "From JSON."}))
    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: story.md\n    published: 2024-02-30\n")
    (tmp_path / "report.txt").write_text("Checked 3 documents, 0 claims: no findings.\n")
    docs, errors = read_paths([tmp_path])
    streamed = list(stream.iter_documents([tmp_path]))
    assert sorted(d.text.strip() for d in docs) == ["From JSON.", "From markdown.", "One.", "Two."]
    assert [d for d in streamed if not isinstance(d, ReadError)] == sorted(docs, key=lambda d: (d.path, d.id))
    place = lambda e: (e.path, e.line, e.message)  # noqa: E731
    assert sorted((e for e in streamed if isinstance(e, ReadError)), key=place) == sorted(errors, key=place)
    assert [e.message.split(";")[0] for e in errors if "already used" in e.message] \
        == [f"id 'x' is already used at {tmp_path / 'wire.jsonl'}:1"]


def test_extract_jsonl_reports_a_repeated_id_and_goes_on(tmp_path, seeds_dir):
    shutil.copy(seeds_dir / "000_3fc728a24d09eceb.txt", tmp_path)
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "x", "text": "One."}) + "\n"
                                         + json.dumps({"id": "x", "text": "Two."}) + "\n")
    result = run("extract", "--format", "jsonl", tmp_path)
    lines = _lines(result.output)
    assert result.exit_code == 0, result.output
    assert [line["id"] for line in lines if line["type"] == "document"] == [d.id for d in read_paths([tmp_path])[0]]
    assert len(read_paths([tmp_path])[0]) == 2
    assert [(line["rule"], line["line"]) for line in lines if line["type"] == "finding"] == [("input.unreadable", 2)]


def _counting_reads(monkeypatch) -> list[str]:
    reads: list[str] = []
    read_file = stream.read_file

    def counted(f, manifests, errors):
        reads.append(f.name)
        return read_file(f, manifests, errors)

    monkeypatch.setattr(stream, "read_file", counted)
    return reads


def _clashing_corpus(tmp_path, seeds_dir):
    """Three folders, the same file name in two (ids renamed), a file that cannot be read,
    and a manifest with an error."""
    for folder in ("2024/05", "2024/06", "2024/07"):
        (tmp_path / folder).mkdir(parents=True)
    shutil.copy(seeds_dir / "000_3fc728a24d09eceb.txt", tmp_path / "2024/05/index.txt")
    shutil.copy(seeds_dir / "000_3fc728a24d09eceb.txt", tmp_path / "2024/06/index.txt")
    shutil.copy(seeds_dir / "001_a3cafb5fea57f7c3.txt", tmp_path / "2024/07/other.txt")
    (tmp_path / "2024/07/manifest.yaml").write_text("documents:\n  - file: other.txt\n    published: 2024-02-30\n")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9\n")
    return tmp_path


def test_a_corpus_of_ordinary_size_is_read_once(tmp_path, seeds_dir, monkeypatch):
    """The ids of the whole corpus come before the first document; the documents were read
    again for their text, each file twice, even when the whole corpus could be held."""
    corpus = _clashing_corpus(tmp_path, seeds_dir)
    docs, errors = read_paths([corpus])
    reads = _counting_reads(monkeypatch)
    streamed = list(stream.iter_documents([corpus]))
    assert sorted(reads) == ["bad.txt", "index.txt", "index.txt", "other.txt"]
    assert [d for d in streamed if not isinstance(d, ReadError)] == sorted(docs, key=lambda d: (d.path, d.id))
    assert sorted(map(str, (e for e in streamed if isinstance(e, ReadError)))) == sorted(map(str, errors))


def test_past_the_kept_text_only_the_later_files_are_read_again(tmp_path, seeds_dir, monkeypatch):
    corpus = _clashing_corpus(tmp_path, seeds_dir)
    docs, errors = read_paths([corpus])
    once = list(stream.iter_documents([corpus]))
    first = len(read_paths([corpus / "2024/05"])[0][0].text)
    monkeypatch.setattr(stream, "KEEP", first)  # only the first file's text is kept
    reads = _counting_reads(monkeypatch)
    assert list(stream.iter_documents([corpus])) == once
    assert sorted(reads) == ["bad.txt", "bad.txt", "index.txt", "index.txt", "index.txt", "other.txt", "other.txt"]
