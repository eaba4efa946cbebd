"""A passive present perfect ("has been declared", "have been charged") tells of something
done: a bare weekday in its clause is the one just past, not the coming one.

Values checked by hand: 2023-03-01 was a Wednesday, so the Saturday before is 02-25 and the
Thursday before 02-23; the coming Friday is 03-03 and the coming Saturday 03-04.
"""

from __future__ import annotations

import pytest

from claimcheck.extract import temporal
from claimcheck.packdata import PackData


@pytest.mark.parametrize("text, value", [
    ("Okafor has been declared winner of the Saturday poll with 8.8 million votes.", "2023-02-25"),
    ("Mbeki has been elected president in a parliamentary vote on Thursday.", "2023-02-23"),
    ("Two men have been charged over the attack on Saturday.", "2023-02-25"),
    # controls: a plan or a schedule stays ahead, whatever the perfect before it
    ("It has emerged that the minister will resign on Friday.", "2023-03-03"),
    ("The final has been scheduled for Saturday.", "2023-03-04"),
    ("The hearing has been postponed until Friday.", "2023-03-03"),
])
def test_a_weekday_in_a_present_perfect_clause_is_the_one_past(doc, text, value):
    (c,) = [c for c in temporal.extract(doc(text, "2023-03-01"), PackData()) if c.granularity == "day"]
    assert c.value == value
