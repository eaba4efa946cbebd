"""canonical-name, person-name-spelling and unintroduced-speaker on real and small texts."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import RULES, make_doc


@pytest.fixture(scope="module")
def story_packs():
    return load_packs([RULES])


@pytest.fixture(scope="module")
def core_packs():
    return load_packs()


def _found(report, rule):
    return [(f.line, f.text, f.suggestion, f.severity) for f in report.findings if f.rule == rule]


def test_004_wrong_declaration_name_is_flagged_with_the_canonical_name(seed_docs, story_packs):
    report = api.check_documents([seed_docs["004"]], story_packs)
    assert _found(report, "core.canonical-name") == [
        (11, "Los Angeles Declaration on Immigration and Protection",
         "Los Angeles Declaration on Migration and Protection", "warning")
    ]


def test_seed_mentions_of_the_declaration_in_canonical_form_are_silent(seed_docs, story_packs):
    for key in ("000", "001", "003"):
        assert _found(api.check_documents([seed_docs[key]], story_packs), "core.canonical-name") == []


@pytest.mark.parametrize("text", ["the L.A. Declaration", "the Los Angeles Declaration", "the LA Declaration",
                                  "the los angeles declaration on migration and protection"])
def test_accepted_forms_are_silent(story_packs, text):
    assert _found(api.check_documents([make_doc(f"They signed {text} in 2022.")], story_packs), "core.canonical-name") == []


def test_004_roster_misspelling_of_irungaray(seed_docs, story_packs):
    found = _found(api.check_documents([seed_docs["004"]], story_packs), "core.person-name")
    assert (5, "Guatemalan Interior Minister Francisco José Jiménez Ilungare", "Francisco José Jiménez Irungaray",
            "warning") in found


def test_004_barcelona_said_is_a_slip_for_barcena_even_without_a_roster(seed_docs, core_packs):
    report = api.check_documents([seed_docs["004"]], core_packs)
    assert _found(report, "core.person-name") == [(27, "Barcelona", "Bárcena", "warning")]
    assert _found(report, "core.unintroduced-speaker") == [(27, "Barcelona", None, "info")]


def test_name_spelled_two_ways_in_one_article(core_packs):
    doc = make_doc("Ukraine's President Volodymyr Zelensky spoke. Later President Volodymyr Zelenskyy left.")
    found = _found(api.check_documents([doc], core_packs), "core.person-name")
    assert [(t, s) for _, t, s, _ in found] == [("President Volodymyr Zelenskyy", "Volodymyr Zelensky")]


@pytest.mark.parametrize(
    "text",
    [
        "Guatemalan President Bernardo Arevalo spoke. Arevalo said more.",  # roster: Arévalo, accents aside
        "Foreign Minister Carlos Martinez spoke. Martinez said more.",  # a short form of the roster name
        "President Joe Biden met Jill Biden. Biden said they were glad.",
        "Sen. Mark Kelly and Rep. Mike Kelly spoke.",
    ],
)
def test_person_name_silent(story_packs, text):
    assert _found(api.check_documents([make_doc(text)], story_packs), "core.person-name") == []


def test_unintroduced_speaker_fires_and_introduced_is_silent(core_packs):
    report = api.check_documents([make_doc('Maria Lopez arrived. "We are ready," Lopez said. "Fine," Gomez said.')],
                                 core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == ["Gomez"]


def test_blinken_said_after_his_full_name_is_silent(seed_docs, core_packs):
    report = api.check_documents([seed_docs[k] for k in ("000", "001", "002", "003")], core_packs)
    assert _found(report, "core.unintroduced-speaker") == []
    assert _found(report, "core.person-name") == []


def test_a_near_miss_with_a_title_of_another_office_is_someone_else():
    from claimcheck.packs import parse_pack

    pack = parse_pack(
        """
pack: mini
roster:
  people: [{id: mj, name: Mike Johnson}]
  offices: [{id: speaker, titles: [Speaker of the House, House Speaker, Speaker]}]
  tenures: [{person: mj, office: speaker, start: 2023-10-25}]
""",
        "mini.yaml",
    )
    packs = [*load_packs(), pack]
    mayor = api.check_documents([make_doc("Denver Mayor Mike Johnston spoke.", published="2024-05-01")], packs)
    assert _found(mayor, "core.person-name") == [] and _found(mayor, "core.title-role") == []
    slip = api.check_documents([make_doc("House Speaker Mike Johnston spoke.", published="2024-05-01")], packs)
    assert [s for _, _, s, _ in _found(slip, "core.person-name")] == ["Mike Johnson"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # a headline "X says <Name> <noun>": the capitalised word starts a clause, nobody speaks
        ("Lena Harmon says Treasury panel will keep digging", []),
        ("Lena Harmon says Ohio plan is dead", []),
        # an inverted speech verb with the clause ending or a preposition after the name
        ('"We are done," said Okafor.', ["Okafor"]),
        ('"We are done," said Okafor in a statement.', ["Okafor"]),
        ('"We are done," said Okafor during a briefing.', ["Okafor"]),
    ],
)
def test_inverted_speech_verbs(core_packs, text, speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        # the article shows the speaker to be an organisation
        ('Brightwell Inc. cut its forecast. "We remain confident," Brightwell said.', []),
        ('Shares of Calloway fell 6 percent. "Demand is soft," Calloway said.', []),
        ('Calloway (NYSE: CLW) fell. "Demand is soft," Calloway said.', []),
        ('Calloway shares fell. "Demand is soft," Calloway said.', []),
        # an organisation noun before the word, a web address, "its" after its speech verb
        ('"Now is the time," Japanese tech giant Brightwell says of the deal.', []),
        ('Ride-hailing company Calloway said it would appeal.', []),
        ('Chipmaker Calloway said demand was soft.', []),
        ('Calloway.com said demand was soft. "We are ready," Calloway said.', []),
        ('Calloway said in a statement that its stores were safe.', []),
        ('Calloway Technologies Inc. cut its forecast. "Demand is soft," Calloway said.', []),
        # a person with a party label in brackets is still a person
        ('"Demand is soft," Calloway said. Calloway (R) voted no.', ["Calloway"]),
        ('"Demand is soft," Calloway said.', ["Calloway"]),
    ],
)
def test_organisations_that_speak_are_not_unintroduced_people(core_packs, text, speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


@pytest.mark.parametrize(
    "text, speakers",
    [
        # held-out Libya flood coverage (2023-09-14): the speaker is "officials", Derna the place
        ("Health officials in the port city of Derna said about 9,000 others are still missing.", []),
        ('"It was a long night," the Duke of Sussex said.', []),
        # held-out Microsoft results story: a common noun at the head of a sentence
        ("Management said it expects double-digit growth in revenue.", []),
        # control: the same shapes with a real one-word speaker still fire
        ('"It was a long night," Harmond said in the city of Derna.', ["Harmond"]),
    ],
)
def test_places_after_a_preposition_and_common_nouns_do_not_speak(core_packs, text, speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


def test_an_organisation_in_any_source_of_the_story_speaks_as_one_in_every_source(core_packs):
    said = make_doc('"Demand is soft," Calloway said.', id="a")
    shown = make_doc("Calloway's chief executive said demand was soft.", id="b")
    assert _found(api.check_documents([said, shown], core_packs), "core.unintroduced-speaker") == []
    other = make_doc("Demand was soft, the chief executive said.", id="b")
    assert [t for _, t, _, _ in _found(api.check_documents([said, other], core_packs),
                                       "core.unintroduced-speaker")] == ["Calloway"]


@pytest.mark.parametrize(
    "text, speakers",
    [
        # whose thing is spoken of, after an inverted verb, is not who speaks
        ("He said Ruthenia's referendum on March 16 was fair.", []),
        ("The club says Okafor's release clause must be paid in full.", []),
        # after a subject, the word after "said" begins what was said, and speaks not
        ("The club said Okafor and his father met officials.", []),
        # a place the article also writes as a demonym
        ("Ruthenian leaders met. Ruthenia said the vote was fair.", []),
        ("Ruthenia said the vote was fair.", ["Ruthenia"]),
        # someone named in full with a middle initial, or after a title the name run would swallow
        ('"It is wrong," said Judge Michael A. Shipp. "Deplorable," Shipp said.', []),
        ("US Attorney David DeVillers spoke. Devillers said the money moved.", []),
    ],
)
def test_possessives_demonym_places_and_full_names_with_initials_are_no_unintroduced_speakers(core_packs, text,
                                                                                             speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


def test_a_word_other_sources_write_and_none_names_in_full_is_no_unintroduced_person(core_packs):
    # a company, a club or a person known by one name: every source writes it alone
    said = make_doc('"We will appeal," Calloway said.', id="a")
    also = make_doc("The ruling went against Calloway on Monday.", id="b")
    assert _found(api.check_documents([said, also], core_packs), "core.unintroduced-speaker") == []
    # a suffix is no first name: "Okafor Jr" elsewhere still leaves "Okafor" known by one name
    said = make_doc('"I am leaving," Okafor said.', id="a")
    also = make_doc("Okafor Jr trained on Tuesday.", id="b")
    assert _found(api.check_documents([said, also], core_packs), "core.unintroduced-speaker") == []
    # a first name in any source makes it a person that this article failed to introduce
    named = make_doc("The ruling went against Lena Calloway on Monday.", id="b")
    assert [t for _, t, _, _ in _found(api.check_documents([make_doc('"We will appeal," Calloway said.', id="a"),
                                                            named], core_packs),
                                       "core.unintroduced-speaker")] == ["Calloway"]


@pytest.mark.parametrize("text, speakers", [
    ('Pope Leo arrived in Lisbon. "Peace," Leo said.', []),
    ('Prince Edwin opened the hall. "It is an honour," Edwin said.', []),
    # any other title wants a full name
    ('President Harmond arrived. "We will win," Harmond said.', ["Harmond"]),
])
def test_a_royal_or_papal_title_and_one_name_introduce_the_person(core_packs, text, speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


def test_an_unintroduced_speaker_is_reported_once_where_first_quoted(core_packs):
    # held-out sentencing story (2024-03-28): "Judge Kaplan" never gets a first name, and speaks twice
    text = ('Judge Kaplan found the loss was $550 million, Kaplan said. "He knew it was wrong," Kaplan said later.')
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == ["Kaplan"]
    (f,) = [f for f in report.findings if f.rule == "core.unintroduced-speaker"]
    assert f.column == text.index("Kaplan said") + 1


@pytest.mark.parametrize("text", [
    '"It was awful," Survivors said. Many survivors fled the town.',  # written in lower case elsewhere
    '"We heard shots," Co-workers said.',  # a role noun
    '"Nobody warned us," Residents said.',
    '"We saw flames," Onlookers said.',
    '"Prices will rise," Economists said.',
    '"The water came fast," Motorists told reporters.',
    "Visuals tweeted by a news agency showed rescuers at the bridge.",
    "Footage shared online showed the crowd. Records said the ship was old.",
])
def test_plural_and_role_nouns_are_no_unintroduced_speakers(core_packs, text):
    assert _found(api.check_documents([make_doc(text)], core_packs), "core.unintroduced-speaker") == []


@pytest.mark.parametrize("text", [
    "Roxie Means and her 14-year-old daughter, Cassie, said they came. Cassie said she knew the family.",
    "After the verdicts, Ms Edwards' father Tim said: \"Those two will never be free.\"",
    "Troops were seen in Crimea on Monday. Crimea said it would hold a vote.",
])
def test_people_introduced_by_relation_and_places_are_no_unintroduced_speakers(core_packs, text):
    assert _found(api.check_documents([make_doc(text)], core_packs), "core.unintroduced-speaker") == []


def test_a_word_after_in_that_qualifies_a_noun_is_no_place(core_packs):
    text = 'Life in Harmond country was hard. "We will not back down," Harmond said.'
    assert [t for _, t, _, _ in _found(api.check_documents([make_doc(text)], core_packs),
                                       "core.unintroduced-speaker")] == ["Harmond"]


def test_a_person_named_in_full_in_the_headline_is_introduced(core_packs):
    from claimcheck.models import Document
    said = '"We will not back down," Harmond said.'
    named = Document(id="a", path="a.txt", title="Ellen Harmond wins the vote", text=said)
    unnamed = Document(id="b", path="b.txt", title="The vote is held", text=said)
    assert _found(api.check_documents([named], core_packs), "core.unintroduced-speaker") == []
    assert [t for _, t, _, _ in _found(api.check_documents([unnamed], core_packs),
                                       "core.unintroduced-speaker")] == ["Harmond"]


def test_an_unintroduced_speaker_names_who_the_other_sources_say_it_is(core_packs):
    a = make_doc('"We will not back down," Harmond said.', id="a")
    b = make_doc("Mayor Lena Harmond spoke on Monday.", id="b")
    [f] = [f for f in api.check_documents([a, b], core_packs).findings if f.rule == "core.unintroduced-speaker"]
    assert (f.document, f.text, [r.document for r in f.related]) == ("a", "Harmond", ["b"])
    assert f.message.endswith("other sources name Lena Harmond")


def _person_name(core_packs, text):
    return [(t, s) for _, t, s, _ in _found(api.check_documents([make_doc(text)], core_packs), "core.person-name")]


def test_a_place_and_its_adjective_are_no_misspelt_name(core_packs):
    text = ("Leaders spoke of a new Middle East on Monday.\n\n"
            "The deal reshapes Middle Eastern politics, officials said.")
    assert _person_name(core_packs, text) == []


def test_a_name_cut_short_at_the_end_of_a_scraped_line_is_no_misspelling(core_packs):
    text = ("Voters in Andhra Pradesh turned out early.\n\n"
            "The party also lost in its bastion in Andhra Prade\n\nCounting went on.")
    assert _person_name(core_packs, text) == []


def test_a_name_cut_short_inside_a_sentence_is_still_reported(core_packs):
    text = "Mayor Lena Harmonia spoke first. Later Lena Harmon spoke about the flood."
    assert _person_name(core_packs, text) == [("Lena Harmon", "Lena Harmonia")]


def test_a_word_glued_to_a_name_is_a_missing_space_not_a_misspelling(core_packs):
    text = ("Speaker Dana Whitlock met reporters on Friday.\n\n"
            "The bill passed after Speaker Dana Whitlockput her career on the line.")
    report = api.check_documents([make_doc(text)], core_packs)
    found = [f for f in report.findings if f.rule == "core.person-name"]
    assert [(f.text, f.suggestion) for f in found] == [("Speaker Dana Whitlockput", "Dana Whitlock put")]
    assert "missing space" in found[0].message and "misspelling" not in found[0].message


def test_a_company_with_its_legal_suffix_short_and_long_is_no_misspelt_person(core_packs):
    text = ("Facebook bought a stake in Halvorsen Digital Limited, part of Halvorsen Industries Limited.\n\n"
            "Ravi Menon, Managing Director, Halvorsen Industries Ltd, said the deal was good.\n\n"
            "The parent Halvorsen Industries Ltd owns Halvorsen Digital Ltd.")
    assert _person_name(core_packs, text) == []


def test_same_company_reads_short_and_long_legal_suffixes_as_one_spelling():
    from claimcheck.language.people import same_company
    assert same_company("Halvorsen Industries Ltd", "Halvorsen Industries Limited")
    assert same_company("Procter & Gamble Co.", "Procter and Gamble Company")
    assert not same_company("Halvorsen Industries Ltd", "Halvorson Industries Limited")


@pytest.mark.parametrize("text, speakers", [
    # a given name joined to a full name shares its surname: both people are introduced
    # (a given name: one the language layer's given-name variants know)
    ('Susan and Olek Brzeski told reporters they had waited all night. "We lost everything," Susan said.', []),
    ("Susan & Olek Brzeski were next door. Susan said she heard shouting.", []),
    # a surname joined to someone else's full name introduces nobody
    ('Harmond and Lena Calloway met on Monday. "We will win," Harmond said.', ["Harmond"]),
    # nor does a given name joined to a lone surname
    ('Susan and Brzeski arrived. "We lost everything," Susan said.', ["Susan"]),
])
def test_a_given_name_joined_to_a_full_name_is_introduced_with_its_surname(core_packs, text, speakers):
    report = api.check_documents([make_doc(text)], core_packs)
    assert [t for _, t, _, _ in _found(report, "core.unintroduced-speaker")] == speakers


@pytest.mark.parametrize("text", [
    ("The provincial Department of Co-operation Governance and Traditional Affairs said the toll rose.\n\n"
     "Later Cooperative Governance and Traditional Affairs Minister Ruth Okafor visited the area."),
    ("The Ministry of Home Afairs issued a notice.\n\n"
     "Home Affairs Minister Dan Pieterse said the border would stay open."),
])
def test_a_ministry_s_portfolio_spelt_two_ways_is_no_misspelt_person(core_packs, text):
    assert _person_name(core_packs, text) == []
