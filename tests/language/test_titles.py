"""The title vocabulary: normal forms, families, generic titles, office fit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.language.titles import compatible, country_of, fits_office, normalise_title
from claimcheck.packdata import Office


@pytest.mark.parametrize(
    "written, normal",
    [
        ("US Secretary of State", "secretary of state"),
        ("U.S. Secretary of State", "secretary of state"),
        ("Sen.", "senator"),
        ("Rep.", "representative"),
        ("Guatemala's President", "president"),
        ("presidents", "president"),
        ("Prime ministers", "prime minister"),
        ("Minister of Foreign Affairs", "minister of foreign affairs"),
        ("the foreign minister", "foreign minister"),
    ],
)
def test_normal_forms(written, normal):
    assert normalise_title(written) == normal


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Secretary of State", "US Secretary of State", True),
        ("Secretary of State", "Secretary", True),
        ("Secretary of State", "top diplomat", True),
        ("Foreign Minister", "Minister of Foreign Affairs", True),
        ("Foreign Minister", "Foreign Secretary", True),
        ("Vice Foreign Minister", "Undersecretary of Foreign Affairs", True),
        ("Sen.", "Senator", True),
        ("Rep.", "Congresswoman", True),
        ("Foreign Minister", "Secretary of State", False),
        ("President", "Vice President", False),
        ("Sen.", "Rep.", False),
        ("Interior Minister", "Foreign Minister", False),
        ("top diplomat", "Interior Minister", False),
        ("director for the region", "Foreign Minister", None),
        ("Republican challenger", "President", None),
    ],
)
def test_compatible(a, b, expected):
    assert compatible(a, b) is expected
    assert compatible(b, a) is expected


@pytest.mark.parametrize(
    "title, qualifier, titles, country, fits",
    [
        ("Chair", None, ["Chair of the Federal Reserve"], None, True),
        ("Majority Leader", None, ["Senate Majority Leader"], None, True),
        ("Speaker", "House", ["Speaker of the House", "House Speaker"], None, True),
        ("spokesperson", "State Department", ["State Department spokesperson"], None, True),
        ("President", None, ["Vice President"], None, False),
        ("Minority Leader", None, ["Senate Majority Leader"], None, False),
        ("Foreign Minister", "Mexican", ["Foreign Minister"], "Guatemala", False),
        ("Foreign Minister", "Guatemala", ["Foreign Minister"], "Guatemala", True),
    ],
)
def test_fits_office(title, qualifier, titles, country, fits):
    office = Office(id="o", titles=titles, country=country)
    assert fits_office(title, qualifier, office) is fits


def test_wrong_titles_never_fit():
    office = Office(id="o", titles=["Foreign Secretary"], wrong_titles=["Foreign Minister"])
    assert not fits_office("Foreign Minister", None, office)


def test_countries_and_demonyms():
    assert country_of("U.S.") == country_of("American") == country_of("United States") == "United States"
    assert country_of("Guatemala's") == country_of("Guatemalan")
    assert country_of("State Department") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_title_functions_never_raise(a, b):
    normalise_title(a)
    assert compatible(a, b) in (True, False, None)
    assert compatible(a, a) is True


def test_commander_in_chief_is_a_generic_title_of_the_president():
    # modelled on Washington Times / Hill copy of 2017-02-06; the findings case is in tests/data/news/findings.yaml
    assert compatible(normalise_title("Commander-in-Chief"), normalise_title("President")) is not False
