"""Whether a name sits on a Title Case headline line is decided from a bounded stretch.

``title_case_line`` used to look for its line's ends over the whole text, so every name of a
document pasted as one line cost that line's length: quadratic.
"""

from claimcheck.language.people import title_case_line


class CountingText(str):
    """A text that counts the characters its searches and slices go over."""

    read = 0

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        CountingText.read += max(0, end - start)
        return str.rfind(self, sub, start, end)

    def find(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        CountingText.read += max(0, end - start)
        return str.find(self, sub, start, end)

    def __getitem__(self, key):
        piece = str.__getitem__(self, key)
        CountingText.read += len(piece)
        return piece


def test_the_line_of_a_name_in_a_one_line_document_is_read_from_a_bounded_stretch():
    text = CountingText("Foreign Minister Ana Ruiz met Joe Biden in Lima on Monday. " * 2_000)
    positions = range(0, len(text), 997)
    CountingText.read = 0
    assert not any(title_case_line(text, pos) for pos in positions)
    assert CountingText.read <= 4_100 * len(positions)


def test_a_title_case_line_is_still_a_headline_and_a_body_line_is_not():
    text = "Facebook Prices Its Shares at a Record High\nAna Ruiz said the price was fair. She left."
    assert title_case_line(text, text.index("Prices"))
    assert not title_case_line(text, text.index("Ana"))


def test_a_line_longer_than_any_headline_is_none():
    # twenty capitalised words among hundreds of small ones: Title Case by the word count,
    # but no headline runs to thousands of characters
    text = "Intro.\n" + " ".join(["Word"] * 20 + ["of the"] * 400) + "\nBody."
    assert not title_case_line(text, text.index("Word"))
