"""The library's front door: clear errors for values that are not paths, a text entry point,
and caches that hold a bounded amount of text however long the documents were."""

from __future__ import annotations

import datetime as dt

import pytest

import claimcheck
from claimcheck import cache
from claimcheck.config import Config
from claimcheck.engine import extract_all
from claimcheck.packdata import PackData

from tests.conftest import make_doc

WRONG = "The talks opened on Tuesday, May 8, 2024."  # 8 May 2024 was a Wednesday
ONLY_WEEKDAY = Config(select=["core.weekday-date"])


def test_text_given_where_paths_are_expected_is_a_clear_error():
    with pytest.raises(ValueError, match="check_text"):
        claimcheck.check("On Tuesday, the minister said the talks would resume.")
    with pytest.raises(ValueError, match="no such file or folder"):
        claimcheck.extract(["nope/missing.md"])


@pytest.mark.parametrize("value", [b"seeds", 42, None])
def test_a_value_that_is_no_path_is_a_type_error(value):
    with pytest.raises(TypeError, match="paths"):
        claimcheck.check(value)


def test_a_document_given_to_check_points_to_check_documents():
    with pytest.raises(TypeError, match="check_documents"):
        claimcheck.check([make_doc(WRONG)])
    with pytest.raises(TypeError, match="Document"):
        claimcheck.check_documents([WRONG])


def test_check_text_checks_text_held_in_memory():
    report = claimcheck.check_text(WRONG, published=dt.date(2024, 5, 8), config=ONLY_WEEKDAY)
    assert [(f.rule, f.line, f.column, f.text) for f in report.findings] == [
        ("core.weekday-date", 1, 21, "Tuesday, May 8, 2024")]
    assert report.documents[0].path == "text.txt"


def test_a_text_cache_holds_at_most_its_budget_of_text_and_always_the_last_entry():
    calls = []

    @cache.text_cache(budget=100)
    def length(text: str) -> int:
        calls.append(text)
        return len(text)

    for text in ("a" * 40, "b" * 40, "c" * 40, "d" * 250):
        assert length(text) == len(text)
    assert length.held == 251  # only the last one, longer than the budget, is kept
    assert length("d" * 250) == 250 and len(calls) == 4  # ... and served from the cache
    assert length("a" * 40) == 40 and len(calls) == 5  # the others were let go
    assert length.held == 41


def test_the_caches_keyed_on_documents_are_bounded_by_size():
    """A cache counted in entries kept 64 documents of any length: one 1 MB document held
    about 83 MB after its report was dropped, and 64 of them would hold gigabytes."""
    cache.clear_caches()
    doc = make_doc(WRONG + " Officials said 42 people and $3 million were involved. Sen. Ana Ruiz said so.")
    extract_all([doc], PackData())
    held = {name for name, n in cache.held().items() if n > 0}
    for name in ("claimcheck.text._locator_cached", "claimcheck.language.people.tokens",
                 "claimcheck.language.people._full_names"):
        assert name in held
    cache.clear_caches()
    assert set(cache.held().values()) == {0}


def test_the_work_kept_for_a_long_text_is_let_go_when_its_run_ends():
    """One 1 MB document then the report dropped held 38 MB in the caches (83 MB before they
    were bounded by size); a text longer than cache.LONG is let go at the end of its run."""
    cache.clear_caches()
    long_doc = make_doc(WRONG + " " + "x" * (cache.LONG + 10), id="long")
    short = make_doc(WRONG, id="short")
    report = claimcheck.check_documents([long_doc, short], config=ONLY_WEEKDAY)
    assert {f.document for f in report.findings} == {"long", "short"}
    assert 0 < max(cache.held().values()) <= cache.LONG  # the short text's work stays for the next run


def test_the_numbers_and_name_ends_of_a_long_text_are_let_go_with_its_other_work():
    """Two caches keyed on whole texts were lru_caches counted in entries (32 texts' numbers,
    2 texts' name ends): after a long document's run they kept the text and its derived work."""
    cache.clear_caches()
    long_doc = make_doc(WRONG + " Sen. Ana Ruiz said 42 people came. " * (cache.LONG // 30), id="long")
    claimcheck.check_documents([long_doc], config=ONLY_WEEKDAY)
    held = cache.held()
    for name in ("claimcheck.language.numbers._scan", "claimcheck.language.people._names_at"):
        assert held[name] <= cache.LONG
