"""The date and name rules on long documents: the work per mention stays bounded.

A live blog or a day's wires pasted into one file holds thousands of dated mentions of the
same few days. Comparing every mention with all the others of its day (or of its event
class, only to skip the pairs within one document) made these rules quadratic.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimcheck import api
from claimcheck.kinds import event_date, name_agreement, weekday_date
from claimcheck.models import TemporalClaim
from tests.conftest import make_doc


def _long_story(n: int) -> str:
    dated = "Officials met farmers in the valley on Monday, May 6, 2024, about the river. "
    weekday = "Fishermen repaired their boats at the harbour on Tuesday. "
    return (dated + weekday) * n


def test_a_weekday_is_compared_with_a_bounded_number_of_dated_mentions(monkeypatch):
    calls = []
    gap_days = TemporalClaim.gap_days

    def counted(self, other):
        calls.append(1)
        return gap_days(self, other)

    monkeypatch.setattr(TemporalClaim, "gap_days", counted)
    n = 2 * weekday_date.NEAREST
    report = api.check_documents([make_doc(_long_story(n))])
    assert sum(c.text == "Tuesday" for c in report.claims) == n
    weekday_calls = len(calls)
    assert 0 < weekday_calls <= n * weekday_date.NEAREST  # was n * n: every weekday against every date


def test_a_slip_beside_its_date_is_found_deep_in_a_long_document():
    """400 dated mentions of near days on each side: more than a weekday is compared with,
    and the date of its own event, in the sentence before, is among those it is."""
    filler = "Officials met farmers in the valley on Friday, March 8, 2024, about the river.\n" * 400
    slip = ("Protesters clashed with riot police in the capital on Saturday, March 9, 2024.\n"
            "On Sunday, protesters clashed with riot police in the capital.\n")
    report = api.check_documents([make_doc(filler + slip + filler, published="2024-03-11")])
    found = [f for f in report.findings if f.rule == "core.weekday-date"]
    assert [(f.text, f.line, f.suggestion) for f in found] == [("Sunday", 402, "Saturday")]


class _Mention:
    def __init__(self, n: int, document: str):
        self.n, self.document = n, document


@given(st.lists(st.sampled_from("abc"), max_size=30))
def test_pairs_across_documents_are_the_pairs_of_two_documents_in_list_order(docs):
    group = [_Mention(n, d) for n, d in enumerate(docs)]
    expected = [(a.n, b.n) for i, a in enumerate(group) for b in group[i + 1:] if a.document != b.document]
    assert [(a.n, b.n) for a, b in event_date._across_documents(group)] == expected


def test_one_document_forms_no_pair_however_many_its_mentions():
    group = [_Mention(n, "a") for n in range(100_000)]
    assert next(event_date._across_documents(group), None) is None


def test_a_name_written_hundreds_of_times_is_compared_once_per_spelling(monkeypatch):
    """Every pair of mentions of near surnames was compared (a surname written 200 times in
    each of three sources: 180,000 comparisons); mentions alike are compared once."""
    calls = []
    one_edit_apart = name_agreement.one_edit_apart

    def counted(*args):
        calls.append(args)
        return one_edit_apart(*args)

    monkeypatch.setattr(name_agreement, "one_edit_apart", counted)
    line = "Prosecutor Ellen {} said the trial would resume. "
    docs = [make_doc(line.format("Marchetti") * 200, id="a"), make_doc(line.format("Marchetti") * 200, id="b"),
            make_doc(line.format("Marchetto") * 200, id="c")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.name-agreement"]
    assert {f.document for f in found} == {"c"} and len(found) == 200  # each of its mentions
    assert (found[0].column, found[0].text) == (1, "Prosecutor Ellen Marchetto")
    assert {r.document for r in found[0].related} == {"a", "b"}
    assert len(calls) <= 10
