"""The lexicon: one validated set of word lists, extended by packs."""

from __future__ import annotations

import pytest

from claimcheck import engine, language
from claimcheck.errors import ConfigError
from claimcheck.language import calendar
from claimcheck.language.lexicon import LEXICON, Lexicon, extend, parse
from claimcheck.packs import core_pack, parse_pack
from tests.conftest import make_doc


def test_the_core_lexicon_holds_every_month_and_weekday_once():
    assert calendar.MONTHS[0] == "january" and calendar.MONTHS[-1] == "december"
    assert calendar.WEEKDAYS == ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    assert calendar.month_index("Sept.") == 9 and calendar.weekday_index("Thurs") == 3


def test_ordinals_read_compounds_with_a_hyphen_or_a_space():
    assert calendar.ORDINALS["twenty-second"] == 22 and calendar.ORDINALS["thirty first"] == 31
    assert calendar.QUARTER_ORDINALS == {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                                         "fourth": 4, "4th": 4, "last": 4, "final": 4}
    assert [calendar.numeric_ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]


@pytest.mark.parametrize(
    "text, where, message",
    [
        ("months: [[january]]\n", "calendar.yaml:1:9", "12 months expected, 1 given"),
        ("quarter_cues:\n  - revenue\n  - (profit\n", "calendar.yaml:3:5", "invalid regular expression"),
        ("monthz: []\n", "calendar.yaml:1:9", "unknown key"),
        ("ordinals: {first: one}\n", "calendar.yaml:1:19", "valid integer"),
        ("months: [[a]\n", "calendar.yaml:2:1", "invalid YAML"),
    ],
)
def test_a_bad_data_file_is_an_error_at_its_line_and_column(text, where, message):
    with pytest.raises(ConfigError) as e:
        parse({"calendar": ("calendar.yaml", text)})
    assert str(e.value).startswith(where + ":"), str(e.value)
    assert message in str(e.value)


def test_a_data_file_missing_a_list_is_an_error():
    with pytest.raises(ConfigError, match="people.yaml:1:1: people: missing stop_caps, name_suffixes"):
        parse({"people": ("people.yaml", "particles: [de]\n")})


def test_extending_adds_to_lists_and_mappings_without_repeats():
    more = Lexicon.model_validate({"figures": {"synonyms": [["sack", "cut"]], "running_words": ["toll"]},
                                   "money": {"suffixes": {"zorkmids": "GBP"}}})
    grown = extend(LEXICON, more)
    assert grown.figures.synonyms[-1] == ["sack", "cut"]
    assert grown.figures.running_words.count("toll") == 1
    assert grown.money.suffixes["zorkmids"] == "GBP" and grown.money.suffixes["euros"] == "EUR"
    assert LEXICON.money.suffixes.get("zorkmids") is None  # the core lexicon is left as it was


def test_a_pack_language_section_is_validated_at_its_place():
    with pytest.raises(ConfigError) as e:
        parse_pack("pack: story\nlanguage:\n  figures:\n    synonym: [[sack, cut]]\n", "story.yaml")
    assert str(e.value).startswith("story.yaml:4:14: language.figures.synonym: unknown key")


def test_packs_language_sections_merge_into_one_extension():
    a = parse_pack("pack: a\nlanguage:\n  figures:\n    synonyms: [[sack, cut]]\n", "a.yaml")
    b = parse_pack("pack: b\nlanguage:\n  figures:\n    synonyms: [[fire, dismiss]]\n", "b.yaml")
    merged = engine.plan([core_pack(), a, b]).data
    assert language.for_pack(merged).figures.synonyms[-2:] == [["sack", "cut"], ["fire", "dismiss"]]


def test_a_pack_synonym_lets_two_wordings_of_one_layoff_be_compared():
    docs = [make_doc("Ford will sack 1,700 workers.", id="a"), make_doc("Ford will cut 2,900 workers.", id="b")]
    words = parse_pack("pack: words\nlanguage:\n  figures:\n    synonyms: [[sack, cut]]\n", "words.yaml")

    def figures_flagged(packs):
        return [f.text for f in engine.run(docs, packs).findings if f.rule == "core.amount-agreement"]

    assert figures_flagged([core_pack()]) == []
    assert figures_flagged([core_pack(), words]) == ["2,900 workers"]  # one against one: once, on the second
