"""A figure that looks like a slip of another (digits swapped, a scale word changed) is strong
evidence: amount-agreement compares such figures even when their clauses share few words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.kinds._amounts import slip_keys, slip_shape
from claimcheck.packs import load_packs
from tests.conftest import make_doc

RULE = "core.amount-agreement"


def findings(docs):
    return [f for f in engine.run(docs, load_packs([])).findings if f.rule == RULE]


@pytest.mark.parametrize("a, b, shape", [
    (578e6, 587e6, "swap"),
    (3.2, 2.3, "swap"),
    (475_000, 745_000, "swap"),
    (18e9, 18e6, "scale"),
    (24.75e7, 24.75e5, "scale"),  # crore and lakh
    (18_000, 18_200, "digit"),
    (3_000, 3_003, "digit"),
    (95e9, 61e9, None),
    (100, 1_000, None),  # a factor of ten is no scale word
    (24.75, 24.75e7, None),  # a scale word missing, not changed
    (578e6, 578e6, None),
])
def test_slip_shapes(a, b, shape):
    assert slip_shape(a, b) == shape
    assert slip_shape(b, a) == shape


@given(st.integers(1, 999_999), st.integers(1, 999_999))
def test_figures_of_one_slip_shape_share_an_index_key(a, b):
    if slip_shape(a, b):
        assert set(slip_keys(a)) & set(slip_keys(b))


AGREEING = [
    make_doc("Harlow Group agreed to pay $66 billion in cash for Pennick, the companies said.", "2025-04-14", id="a"),
    make_doc("The $66 billion takeover of Pennick by Harlow Group was approved by the board.", "2025-04-14", id="b"),
]


def test_a_changed_scale_word_is_caught_though_the_clauses_share_little():
    c = make_doc("Pennick shareholders will receive $66 million, a filing showed.", "2025-04-14", id="c")
    got = findings([*AGREEING, c])
    assert [(f.document, f.severity, f.suggestion) for f in got] == [("c", "warning", "$66 billion")]


def test_a_different_figure_with_the_same_little_overlap_is_not_compared():
    c = make_doc("Pennick shareholders will receive $61 million, a filing showed.", "2025-04-14", id="c")
    assert findings([*AGREEING, c]) == []


def test_an_article_stating_the_right_figure_elsewhere_is_still_caught_on_its_wrong_one():
    c = make_doc("Harlow Group agreed to pay $66 billion in cash for Pennick, the companies said. "
                 "The $66 million takeover of Pennick by Harlow Group was approved by the board.", "2025-04-14", id="c")
    got = findings([*AGREEING, c])
    assert [(f.document, f.text) for f in got] == [("c", "$66 million")]


def test_a_figure_for_one_recipient_is_not_compared_with_the_whole_for_several():
    whole = "Congress passed a $95 billion aid package for Ukraine, Israel and Taiwan on Saturday."
    docs = [make_doc(whole, "2024-04-20", id="a"), make_doc(whole, "2024-04-20", id="b"),
            make_doc("Congress passed the $61 billion aid package for Ukraine on Saturday.", "2024-04-20", id="c")]
    assert findings(docs) == []


def test_a_source_that_states_both_figures_tells_them_apart_for_every_source():
    docs = [
        make_doc("Congress passed a $95 billion aid package on Saturday after months of delay.", "2024-04-20", id="a"),
        make_doc("Congress passed a $95 billion aid package on Saturday after months of delay.", "2024-04-20", id="b"),
        make_doc("Congress passed a $61 billion aid package on Saturday after months of delay.", "2024-04-20", id="c"),
    ]
    assert [f.document for f in findings(docs)] == ["c"]
    knows = make_doc("The $95 billion bill holds $61 billion of military aid, officials said.", "2024-04-20", id="d")
    assert findings([*docs, knows]) == []


def test_the_same_digits_far_apart_are_one_figure_with_its_scale_word_unread():
    from claimcheck.kinds._amounts import scale_unread
    assert scale_unread(24.75, 24.75e7)  # "Rs 24.75 Cr" read without its crore
    assert not scale_unread(18e6, 18e9)  # a scale word changed: a slip
    assert not scale_unread(18e6, 19e13)


def test_a_count_of_the_others_is_not_compared_with_the_whole():
    docs = [
        make_doc("Kobe Bryant and 4 other people were killed in the helicopter crash near Calabasas.", "2020-01-26", id="a"),
        make_doc("The helicopter crash near Calabasas killed five people, including Kobe Bryant.", "2020-01-26", id="b"),
        make_doc("The helicopter crash near Calabasas killed five people, officials said.", "2020-01-26", id="c"),
    ]
    assert findings(docs) == []


@pytest.mark.parametrize("figure, flagged", [("$66 million", True), ("$57 billion", False)])
def test_a_slip_shaped_figure_is_compared_across_measures(figure, flagged):
    lead = "Harlow agreed to buy Pennick for $66 billion including debt, the companies said."
    docs = [make_doc(lead, "2016-09-14", id="a"), make_doc(lead, "2016-09-14", id="b"),
            make_doc(f"Harlow agreed to buy Pennick for {figure}, the companies said.", "2016-09-14", id="c")]
    assert [f.document for f in findings(docs)] == (["c"] if flagged else [])


def test_a_hundredfold_figure_with_the_same_scale_word_is_no_scale_slip():
    # "$2 billion" and "$200 billion" are one scale word apart only for lakh and crore; with the
    # same word written twice they are two figures (new equity and a market forecast)
    agreeing = [
        make_doc("Harlow's $16 billion investment includes $2 billion of new equity funding for Pennick.",
                 "2025-04-14", id="a"),
        make_doc("Harlow said the deal included $2 billion of funding from new equity in Pennick.", "2025-04-14", id="b"),
    ]
    c = make_doc("The deal gives Harlow access to Pennick's market, which analysts say will grow to $200 billion.",
                 "2025-04-14", id="c")
    assert findings([*agreeing, c]) == []


def test_a_scale_word_changed_between_lakh_and_crore_is_still_a_slip():
    agreeing = [
        make_doc("Harlow Group agreed to pay Rs 66 crore in cash for Pennick, the companies said.", "2025-04-14", id="a"),
        make_doc("The Rs 66 crore takeover of Pennick by Harlow Group was approved by the board.", "2025-04-14", id="b"),
    ]
    c = make_doc("Pennick shareholders will receive Rs 66 lakh, a filing showed.", "2025-04-14", id="c")
    got = findings([*agreeing, c])
    assert [(f.document, f.severity) for f in got] == [("c", "warning")]
