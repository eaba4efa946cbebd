"""Names and organisations as the language layer finds them in running text."""

from __future__ import annotations

import pytest

from claimcheck.language.people import full_names, organisations, tokens


@pytest.mark.parametrize("text, name", [
    ("said Judge Michael A. Shipp, as he", "Michael A. Shipp"),  # "A." is an initial, not the article
    ("Harry S. Truman spoke.", "Harry S. Truman"),
    ("according to US Attorney David DeVillers, who", "David DeVillers"),  # "Attorney" is a title
])
def test_full_names_with_initials_and_after_titles(text, name):
    assert [n.name for n in full_names(text, tokens(text))] == [name]


@pytest.mark.parametrize("text", [
    'Dimitrious "Jimmy" Gargasoulas, 26, was held. Police met Gargasoulas.',
    "Dimitrious 'Jimmy' Gargasoulas, 26, was held. Police met Gargasoulas.",
    "Dimitrious “Jimmy” Gargasoulas, 26, was held. Police met Gargasoulas.",
])
def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole(text):
    from claimcheck.language.people import resolve_surname
    names = full_names(text, tokens(text))
    assert [(n.name, text[n.start:n.end].split()[-1]) for n in names] == [("Dimitrious Gargasoulas", "Gargasoulas")]
    assert resolve_surname("Gargasoulas", names) == names[0]


def test_a_quoted_word_alone_is_no_nickname():
    text = 'He said "Smith" was there, and the "Jimmy" Smith show ran.'
    assert [n.name for n in full_names(text, tokens(text))] == []


def test_a_letter_ending_a_sentence_starts_no_name():
    text = "It was grade A. Smith said so."
    assert [n.name for n in full_names(text, tokens(text))] == []


@pytest.mark.parametrize("text, word", [
    ("Japanese tech giant Brightwell says it is time.", "brightwell"),
    ("Drugmaker Calloway cut prices.", "calloway"),
    ("Calloway Technologies Inc. cut its forecast.", "calloway"),
    ("Orders at Calloway.com rose.", "calloway"),
    ("Calloway said in a statement that its stores were safe.", "calloway"),
    ("Calloway's chief executive resigned.", "calloway"),
    ("Calloway, the ride-hailing company, said it would appeal.", "calloway"),
    ("Calloway drivers went on strike.", "calloway"),
    ("Calloway founder Lena Ruiz spoke.", "calloway"),
])
def test_organisations_shown_by_the_text(text, word):
    assert word in organisations(text)


@pytest.mark.parametrize("text", [
    "Calloway said it was a hard day.",  # "it" may be anything; only "its" speaks of itself
    "The designer Calloway said the dress was hers.",  # a trade of people, not of companies
    "Lena Calloway, the company founder, spoke.",
    "Calloway, the mayor, said it was over.",
])
def test_people_are_no_organisations(text):
    assert "calloway" not in organisations(text)
