"""Sentences, positions and content words on real news text."""

from __future__ import annotations

from hypothesis import given, strategies as st

from claimcheck.text import content_words, locator, split_sentences

from tests.conftest import make_doc


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_keep_abbreviations_and_initials_together():
    text = "The U.S. envoy met Sen. Amy Klobuchar on Jan. 5. Then he left.\nNew paragraph here."
    got = [s.text for s in split_sentences(text)]
    assert got == [
        "The U.S. envoy met Sen. Amy Klobuchar on Jan. 5.",
        "Then he left.",
        "New paragraph here.",
    ]


def test_sentence_offsets_are_exact():
    text = "  First one.  Second one!\n\nThird?"
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_sentence_spans_never_overlap_and_match_text(text):
    sentences = split_sentences(text)
    last = 0
    for s in sentences:
        assert s.start >= last
        assert text[s.start : s.end] == s.text
        last = s.end


def test_positions_are_one_based_and_count_front_matter_lines():
    doc = make_doc("line one\nsecond line here").model_copy(update={"offset": 30, "line_offset": 4})
    loc = locator(doc)
    assert loc.position(0) == (5, 1)
    assert loc.position(doc.text.index("line here")) == (6, 8)
    span = loc.span(9, 15)
    assert span["text"] == "second" and span["start"] == 39 and span["end"] == 45
    assert span["sentence"] == "second line here"


def test_content_words_drop_stopwords_and_fold_plurals_and_possessives():
    assert content_words("Tuesday's talks in Guatemala were about the migrants") == [
        "tuesday", "talk", "guatemala", "migrant",
    ]


def test_text_without_sentence_breaks_is_cut_into_bounded_pieces():
    text = "word " * 1000 + "end"
    sentences = split_sentences(text)
    assert all(len(s.text) <= 600 for s in sentences)
    assert all(text[s.start : s.end] == s.text for s in sentences)
    # nothing is lost: the pieces cover every word
    assert sum(s.text.count("word") for s in sentences) == 1000


def test_a_run_without_spaces_is_still_cut():
    text = "x" * 1500
    assert [len(s.text) for s in split_sentences(text)] == [600, 600, 300]


def test_a_clock_time_before_a_weekday_or_time_zone_ends_no_sentence():
    # the weekday must stay in the clause of its verb ("ended ... Saturday")
    assert texts("The vote ended at 4:30 p.m. Saturday in the capital.") == [
        "The vote ended at 4:30 p.m. Saturday in the capital."]
    assert texts("Polls close at 8 p.m. ET on Tuesday.") == ["Polls close at 8 p.m. ET on Tuesday."]
    assert texts("The meeting ended at 5 p.m. The minister then left.") == [
        "The meeting ended at 5 p.m.", "The minister then left."]
