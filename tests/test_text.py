"""Sentences, positions and content words on real news text."""

from __future__ import annotations

from hypothesis import given, strategies as st

from claimcheck.text import Locator, content_words, locator, split_sentences

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


class CountingText(str):
    """A text that counts the characters copied out of it by slicing."""

    copied = 0

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        CountingText.copied += len(piece)
        return piece


def copied_by_split(text: str) -> int:
    CountingText.copied = 0
    split_sentences(CountingText(text))
    return CountingText.copied


def test_splitting_one_long_run_copies_each_character_a_bounded_number_of_times():
    """8 MB of one character used to copy the rest of the text once per 600-character piece."""
    for text in ("x" * 60_000, ("word " * 12_000)):
        assert copied_by_split(text) <= 3 * len(text)


def test_abbreviation_dense_text_reads_a_bounded_window_before_each_full_stop():
    """Each candidate full stop used to copy the text back to the sentence start."""
    text = "The envoy met Sen. Gov. Dr. Mr. Jan. Corp. Inc. Lt. Col. Gen. " * 400
    assert copied_by_split(text) <= 3 * len(text)
    assert len(split_sentences(text)) >= len(text) // 600


def test_a_word_longer_than_the_look_back_is_no_abbreviation():
    text = "He said " + "x" * 70 + "mr. Then he left."
    assert [s.text for s in split_sentences(text)] == ["He said " + "x" * 70 + "mr.", "Then he left."]


@given(st.text(alphabet="ab\n", max_size=60), st.data())
def test_line_breaks_before_an_offset_are_those_of_the_text(text, data):
    offset = data.draw(st.integers(0, len(text)))
    loc = Locator(make_doc(text))
    assert loc.breaks_before(offset) == text.count("\n", 0, offset)
    assert loc.break_before(offset) == text.rfind("\n", 0, offset)
