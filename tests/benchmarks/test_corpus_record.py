"""The corpus record: metadata and checksums from the gatherers' index files, and parts that are
stratified by beat, stable as stories are added, and moved from test to dev only with a reason."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from benchmarks import corpus_record


def make_corpus(root: Path, stories: dict[str, str]) -> Path:
    """An index per beat and one small article per story (story -> beat)."""
    by_beat: dict[str, list] = {}
    for story, beat in stories.items():
        folder = root / "clusters" / story
        folder.mkdir(parents=True)
        (folder / "outlet.md").write_text(f"---\ntitle: {story}\n---\nText of {story}.\n", encoding="utf-8")
        by_beat.setdefault(beat, []).append({
            "story": story, "beat": beat, "country": "UK", "summary": f"about {story}",
            "articles": [{"file": "outlet.md", "source": "Outlet", "url": f"https://example.com/{story}",
                          "published": dt.date(2024, 1, 2)}]})
    for beat, entries in by_beat.items():
        (root / f"index-{beat}.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    return root


def parts(record: Path) -> dict[str, str]:
    return {s["story"]: s["part"] for s in yaml.safe_load(record.read_text(encoding="utf-8"))["stories"]}


def test_record_holds_metadata_and_checksums_not_texts(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", {"crime-a": "crime"})
    record = tmp_path / "corpus.yaml"
    assert corpus_record.main([str(corpus), "--record", str(record)]) == 0
    [story] = yaml.safe_load(record.read_text(encoding="utf-8"))["stories"]
    [article] = story["articles"]
    data = (corpus / "clusters" / "crime-a" / "outlet.md").read_bytes()
    assert article == {"file": "outlet.md", "source": "Outlet", "url": "https://example.com/crime-a",
                       "published": "2024-01-02", "sha256": hashlib.sha256(data).hexdigest()}
    assert (story["beat"], story["country"], story["summary"]) == ("crime", "UK", "about crime-a")
    assert "Text of" not in record.read_text(encoding="utf-8")


def test_at_least_a_third_of_each_beat_is_test(tmp_path):
    stories = {f"crime-{i}": "crime" for i in range(7)} | {f"pol-{i}": "politics" for i in range(3)}
    record = tmp_path / "corpus.yaml"
    corpus_record.main([str(make_corpus(tmp_path / "corpus", stories)), "--record", str(record)])
    got = parts(record)
    assert sum(got[s] == "test" for s in stories if s.startswith("crime")) == 3  # 7 stories: ceil(7 / 3)
    assert sum(got[s] == "test" for s in stories if s.startswith("pol")) == 1
    first_crime = min((s for s in stories if s.startswith("crime")),
                      key=lambda s: hashlib.sha1(s.encode()).hexdigest())
    assert got[first_crime] == "test"  # every third in the order of the sha1 of the slug, from the first


def test_recorded_stories_keep_their_part_when_stories_are_added(tmp_path):
    record = tmp_path / "corpus.yaml"
    first = {f"crime-{i}": "crime" for i in range(4)}
    corpus_record.main([str(make_corpus(tmp_path / "one", first)), "--record", str(record)])
    before = parts(record)
    more = first | {f"crime-new-{i}": "crime" for i in range(5)}
    corpus_record.main([str(make_corpus(tmp_path / "two", more)), "--record", str(record)])
    after = parts(record)
    assert {s: after[s] for s in first} == before
    assert sum(p == "test" for p in after.values()) >= 3  # 9 stories


def test_a_moved_story_says_when_and_why_and_never_goes_back(tmp_path):
    record = tmp_path / "corpus.yaml"
    corpus = make_corpus(tmp_path / "corpus", {f"crime-{i}": "crime" for i in range(3)})
    corpus_record.main([str(corpus), "--record", str(record)])
    [test_story] = [s for s, p in parts(record).items() if p == "test"]
    corpus_record.main([str(corpus), "--record", str(record), "--move", test_story, "--why", "dates in captions"])
    [entry] = [s for s in yaml.safe_load(record.read_text(encoding="utf-8"))["stories"] if s["story"] == test_story]
    assert entry["part"] == "dev" and entry["moved"].endswith(": dates in captions")
    dt.date.fromisoformat(entry["moved"].split(":")[0])
    corpus_record.main([str(corpus), "--record", str(record)])  # written again: stays moved
    assert parts(record)[test_story] == "dev"
    with pytest.raises(SystemExit, match="already in the dev part"):
        corpus_record.main([str(corpus), "--record", str(record), "--move", test_story, "--why", "again"])


def test_verify_names_a_changed_file(tmp_path, capsys):
    record = tmp_path / "corpus.yaml"
    corpus = make_corpus(tmp_path / "corpus", {"crime-a": "crime", "crime-b": "crime"})
    corpus_record.main([str(corpus), "--record", str(record)])
    assert corpus_record.main([str(corpus), "--record", str(record), "--verify"]) == 0
    (corpus / "clusters" / "crime-b" / "outlet.md").write_text("regathered, different\n", encoding="utf-8")
    capsys.readouterr()
    assert corpus_record.main([str(corpus), "--record", str(record), "--verify"]) == 1
    assert capsys.readouterr().out.strip() == "crime-b/outlet.md: differs from the record"


def test_only_the_beat_indexes_are_read_unless_others_are_named(tmp_path):
    corpus = make_corpus(tmp_path / "corpus", {"crime-a": "crime", "later-b": "later"})
    record = tmp_path / "corpus.yaml"
    corpus_record.main([str(corpus), "--record", str(record)])
    assert set(parts(record)) == {"crime-a"}  # index-later.yaml is another batch
    corpus_record.main([str(corpus), "--record", str(record), "--index", "index-crime.yaml",
                        "--index", "index-later.yaml"])
    assert set(parts(record)) == {"crime-a", "later-b"}


def test_no_index_file_is_a_usage_error(tmp_path, capsys):
    assert corpus_record.main([str(tmp_path), "--record", str(tmp_path / "corpus.yaml")]) == 2
    assert "index-crime.yaml" in capsys.readouterr().err
