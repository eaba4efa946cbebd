"""The roster imported from congress-legislators on held-out US politics sentences (2019-2025):
true titles stay silent, and the same sentences with one title swapped are caught."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from claimcheck import api
from claimcheck.cli import main
from claimcheck.packs import load_packs
from tests.conftest import make_doc
from tests.test_roster_import import EXECUTIVE, LEGISLATORS


@pytest.fixture(scope="module")
def packs(tmp_path_factory):
    if not (EXECUTIVE.is_file() and LEGISLATORS.is_file()):
        pytest.skip("congress-legislators data not found (../shared/data relative to the repo root)")
    out = tmp_path_factory.mktemp("roster") / "us.yaml"
    result = CliRunner().invoke(main, ["roster", "import", str(EXECUTIVE), str(LEGISLATORS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return load_packs([out])


def _errors(packs, published, text):
    report = api.check_documents([make_doc(text, published=published)], packs)
    return [(f.text, f.suggestion) for f in report.findings if f.rule == "core.title-role"]


REAL = [
    # CBS via OneNewsPage, 2019-12-20
    ("2019-12-20", "As Democrats consider withholding the materials the Senate would need for an impeachment trial, "
                   "Senate Majority Leader Mitch McConnell is accusing House Speaker Nancy Pelosi of being \"too "
                   "afraid\" to present the case."),
    # Daily Beast, 2019-10-05
    ("2019-10-05", "The McConnell campaign started running the ad a few days after House Speaker Nancy Pelosi "
                   "announced an impeachment inquiry over whether Trump pressured the Ukrainian president to "
                   "investigate former Vice President Joe Biden. McConnell said the Senate would have \"no choice\" "
                   "to hold a trial on whether to remove President Trump from office."),
    # Los Angeles Times, 2020-10-07
    ("2020-10-07", "Vice President Mike Pence struggled to get the Trump campaign back on track Wednesday in a heated "
                   "but disciplined debate with Sen. Kamala Harris."),
    # UPI photo caption, 2020-01-15
    ("2020-01-15", "U.S. Sen. Majority Leader Mitch McConnell (R-KY) joined by fellow republican leaders talk to the "
                   "press on Capitol Hill in Washington, DC on Tuesday, January 14, 2020."),
    # The Hill, 2025-06-29
    ("2025-06-29", "Thune was surrounded by members of his leadership team, including Senate GOP Whip John Barrasso "
                   "(R-Wyo.), Sen. Markwayne Mullin (R-Okla.), the deputy whip, and Senate Budget Committee Chairman "
                   "Lindsey Graham (R-S.C.)."),
    # Punch (AFP), 2025-03-14
    ("2025-03-14", "The talks on Tuesday come as the Europeans scramble to come up with a united position after a US "
                   "policy shift on the three-year conflict under President Donald Trump."),
]


# The Hill's sentence above with the chair's title written after the name of the committee, as
# other outlets write it: a committee chair is a post held alongside the seat.
REWRITTEN = [("2025-06-29", "Thune was surrounded by members of his leadership team, including Chairman of the "
                            "Senate Budget Committee Lindsey Graham (R-S.C.).")]


@pytest.mark.parametrize("published, text", REAL + REWRITTEN)
def test_true_titles_are_silent(packs, published, text):
    assert _errors(packs, published, text) == []


@pytest.mark.parametrize(
    "index, old, new, expected",
    [
        (0, "Senate Majority Leader Mitch", "Senate Minority Leader Mitch",
         [("Senate Minority Leader Mitch McConnell", "Senate Majority Leader")]),
        (1, "former Vice President Joe Biden", "Vice President Joe Biden",
         [("Vice President Joe Biden", "former Vice President")]),
        (1, "remove President Trump", "remove former President Trump",
         [("former President Trump", "President")]),
        (2, "Vice President Mike Pence", "Sen. Mike Pence", [("Sen. Mike Pence", "Vice President")]),
        (3, "Sen. Majority Leader Mitch McConnell", "Rep. Mitch McConnell", [("U.S. Rep. Mitch McConnell", "Senator")]),
    ],
)
def test_a_swapped_title_is_caught(packs, index, old, new, expected):
    published, text = REAL[index]
    assert old in text
    assert _errors(packs, published, text.replace(old, new)) == expected
