"""canonical-name on sentences from held-out news articles, with a pack of the things they name
(written here, as a newsroom would): the name used as such, a title or a plural, another
chamber's body, and a garbled name that must still be caught."""

from __future__ import annotations

import pytest

from claimcheck import api
from claimcheck.packs import load_packs
from tests.conftest import make_doc

PACK = """\
pack: heldout
names:
  - canonical: Ministry of External Affairs
    type: agency
    accepted: [MEA]
  - canonical: House Republican Conference
    type: caucus
  - canonical: House Armed Services Committee
    type: committee
  - canonical: One Big Beautiful Bill Act
    type: law
    accepted: [One Big Beautiful Bill]
"""


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    path = tmp_path_factory.mktemp("pack") / "names.yaml"
    path.write_text(PACK, encoding="utf-8")
    return load_packs([path])  # with the core pack, whose rules these are


def _found(text, packs):
    report = api.check_documents([make_doc(text, published="2023-05-21")], packs)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "core.canonical-name"]


@pytest.mark.parametrize(
    "text",
    [
        # Devdiscourse (ANI), 2023-05-21: a minister, not the ministry
        '"I had a great discussion with Indian Minister of External Affairs @DrSJaishankar on the sidelines of '
        'the G7 in Hiroshima," tweeted Blinken. The Ministry of External Affairs informed through a press statement.',
        # Fox News, 2023-10-25: the plural names the same kind of body
        "Newly-minted Speaker Mike Johnson, R-La., managed to unite one of the most fractured House Republican "
        "Conferences in modern history on Wednesday.",
        # the other chamber's committee is another body
        "The Senate Armed Services Committee held a hearing on the nomination.",
    ],
)
def test_names_used_rightly_are_silent(text, packs):
    assert _found(text, packs) == []


def test_a_garbled_name_is_still_caught(packs):
    # California Insider, 2025-06-28, with the act's name garbled
    text = ("The Senate advanced the latest version of the One Big Beautiful Bills Act in a procedural vote on "
            "June 28, clearing the way for floor debate.")
    assert _found(text, packs) == [("One Big Beautiful Bills Act", "One Big Beautiful Bill Act")]


def test_a_contrasting_word_does_not_hide_a_misspelling(packs):
    text = "The House Armed Servces Committee held a hearing on the nomination."
    assert _found(text, packs) == [("House Armed Servces Committee", "House Armed Services Committee")]
