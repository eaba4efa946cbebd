"""amount-agreement never compares counts of different things: people to whom different
things happened (the dead, the missing, the searchers), two different votes, a margin and
a total. Invented sentences, shaped like the dev coverage that raised false alarms."""

from __future__ import annotations

from claimcheck import engine
from claimcheck.extract import counts
from claimcheck.extract._figure_facts import difference
from claimcheck.packdata import PackData
from claimcheck.packs import load_packs
from tests.conftest import make_doc

RULE = "core.amount-agreement"
DAY = "2022-10-31"


def findings(docs):
    return [f for f in engine.run(docs, load_packs([])).findings if f.rule == RULE]


def tallies(text: str) -> dict[str, str | None]:
    return {c.text: c.tally for c in counts.extract(make_doc(text, DAY), PackData())}


DEAD_A = "The collapse of the footbridge over the Kalna river killed 132 people, the state home minister said."
DEAD_B = "The state home minister said 132 people died in the collapse of the footbridge over the Kalna river."
MISSING = ("The state home minister said the search of the Kalna river will end when the two missing persons "
           "are found after the footbridge collapse.")
WORKING = ("More than 200 persons have worked the entire night in the Kalna river search after the footbridge "
           "collapse, the state home minister said.")


def test_what_happened_to_the_people_counted_is_read_from_the_nearest_word():
    assert tallies(MISSING) == {"two missing persons": "missing"}
    assert tallies(WORKING) == {"More than 200 persons": "working"}
    assert tallies(DEAD_B) == {"132 people": "dead"}


def test_the_missing_and_the_searchers_are_not_held_against_the_dead():
    docs = [make_doc(t, DAY, id=str(i)) for i, t in enumerate([DEAD_A, DEAD_B, MISSING, WORKING], 1)]
    assert findings(docs) == []


def test_a_slip_in_the_toll_of_the_dead_is_still_caught_beside_them():
    slip = DEAD_A.replace("132", "123")
    docs = [make_doc(t, DAY, id=str(i)) for i, t in enumerate([slip, DEAD_B, DEAD_B.replace("state", "Gujarat state"),
                                                               MISSING, WORKING], 1)]
    assert [f.text for f in findings(docs)] == ["123 people"]


ADOPTED = "The motion to remove the speaker was adopted 216 to 210, with eight Republicans joining Democrats."
ADOPTED_2 = "The motion was adopted 216-210, with eight Republicans joining all Democrats to remove the speaker."
FAILED = ("An earlier move to table the motion to remove the speaker failed, with nearly a dozen Republicans "
          "joining all Democrats to keep it alive.")


def test_two_votes_one_carried_one_failed_are_different_counts():
    assert tallies(ADOPTED)["eight Republicans"] == "carried"
    assert tallies(FAILED)["nearly a dozen Republicans"] == "failed"
    docs = [make_doc(t, "2023-10-03", id=str(i)) for i, t in enumerate([ADOPTED, ADOPTED_2, FAILED], 1)]
    assert findings(docs) == []


def test_a_changed_count_in_the_same_vote_is_still_caught():
    docs = [make_doc(t, "2023-10-03", id=str(i))
            for i, t in enumerate([ADOPTED, ADOPTED_2, ADOPTED_2.replace("eight", "three")], 1)]
    assert [f.text for f in findings(docs)] == ["three Republicans"]


def test_a_winning_margin_is_a_difference_not_a_total():
    for sentence, figure in [("Okafor won by 2.1 million votes, with 15.4 million votes", "2.1 million votes"),
                             ("He beat Bello by nearly 2.1 million votes in the count", "nearly 2.1 million votes"),
                             ("a margin of 2.1 million votes over Bello", "2.1 million votes"),
                             ("Okafor took a lead of 500 votes in Kano", "500 votes"),
                             ("Okafor got 2.1 million more votes than Bello", "2.1 million more votes"),
                             ("Okafor got 2.1 million votes more than Bello did", "2.1 million votes")]:
        at = sentence.index(figure)
        assert difference(sentence, at, at + len(figure)), sentence
    for sentence, figure in [("Okafor won 15.4 million votes, more than Bello", "15.4 million votes"),
                             ("Okafor won by a landslide with 15.4 million votes", "15.4 million votes"),
                             ("The bill passed by 216 votes to 210", "216 votes")]:
        at = sentence.index(figure)
        assert not difference(sentence, at, at + len(figure)), sentence


def test_a_margin_is_not_held_against_the_winners_total():
    margin = make_doc("According to the results released by the commission chairman, Okafor's APC won by 2.1 million "
                      "votes, with 15.4 million votes versus 13.3 for Bello and his party.", "2015-04-01", id="a")
    total_b = make_doc("Okafor of the APC polled a total of 15,424,921 votes to defeat all other candidates, with Bello "
                       "of the PDP polling a total of 12,853,162 votes to place second.", "2015-04-01", id="b")
    total_c = make_doc("Okafor of the APC polled 15.4 million votes to defeat Bello, the commission chairman said.",
                       "2015-04-01", id="c")
    assert findings([margin, total_b, total_c]) == []


def test_margins_are_still_compared_with_margins():
    docs = [make_doc(f"Okafor won the election by {n} votes over Bello, the electoral commission said on Tuesday.",
                     "2015-04-01", id=i) for i, n in [("a", "2,571,759"), ("b", "2,571,759"), ("c", "2,517,759")]]
    assert [f.text for f in findings(docs)] == ["2,517,759 votes"]


def test_figures_ten_thousand_times_apart_are_not_one_figure_typed_wrong():
    from claimcheck.kinds._amounts import far_apart
    assert far_apart(38.23, 100e9)  # a share price and a company's value
    assert not far_apart(66e6, 66e9)  # the scale word changed: a slip
    assert not far_apart(66e6, 66e12)  # million and trillion
    assert not far_apart(18, 81)


def test_a_share_price_is_not_held_against_the_companys_value():
    price = make_doc("Lumio shares end their first day of trading at $38.23, just above the offer price.", "2012-05-18",
                     id="a")
    value = [make_doc("Lumio is likely to have a market value of over $100 billion when its shares begin trading.",
                      "2012-05-18", id=i) for i in ("b", "c")]
    assert findings([price, *value]) == []


def test_a_part_is_not_made_an_outlier_by_the_vote_on_another_figure():
    # one source states the part ($61 billion for Ukraine) and the whole ($95 billion): the
    # vote on a third figure ($16 billion, a slip) must not set the part against the whole
    day = "2024-04-21"
    part = make_doc("The House passed a $95 billion package for Ukraine, Israel and Taiwan on Saturday.\n\nThe most "
                    "contentious bill, a $61 billion military aid package for Ukraine, passed in a 311-112 vote.",
                    day, id="u")
    whole = make_doc("The House passed a $95 billion package of bills Saturday that would fund aid and weapons for "
                     "Ukraine, after Speaker Johnson put his career on the line.", day, id="w")
    slip = make_doc("Johnson finally threw his support behind the $16 billion package for Ukraine that includes "
                    "economic assistance and weapons.", day, id="r")
    other = make_doc("The House on Saturday passed a $95 billion package with aid for Ukraine, Israel and Taiwan.", day,
                     id="n")
    warned = [(f.path, f.text) for f in findings([part, whole, slip, other]) if f.severity == "warning"]
    assert warned == [("r.txt", "$16 billion")]


TERM_A = "Ravi Kumar will serve a minimum of 48 years in prison for the murder of a shop owner, the judge said."
TERM_B = "Ravi Kumar was told he would spend 48 years behind bars before he could be considered for release."
TERM_C = "Kumar, who shot the shop owner, was jailed for life with a minimum term of 48 years in prison."


def test_a_changed_prison_term_of_one_person_is_caught():
    docs = [make_doc(t, "2023-04-01", id=i) for i, t in (("a", TERM_A), ("b", TERM_B), ("c", TERM_C.replace("48", "44")))]
    assert [(f.path, f.text) for f in findings(docs)] == [("c.txt", "44 years")]


def test_prison_terms_of_different_people_are_not_compared():
    docs = [make_doc(t, "2023-04-01", id=i) for i, t in (
        ("a", TERM_A), ("b", TERM_B),
        ("c", "Sam Waring, who hid the gun, was jailed for nine years in prison for assisting an offender."))]
    assert findings(docs) == []


def test_an_article_giving_the_right_term_elsewhere_does_not_excuse_a_changed_one():
    slip = make_doc(TERM_A + "\n\n" + TERM_C.replace("48", "44"), "2023-04-01", id="c")
    docs = [make_doc(TERM_A, "2023-04-01", id="a"), make_doc(TERM_B, "2023-04-01", id="b"), slip]
    assert [(f.path, f.text) for f in findings(docs)] == [("c.txt", "44 years")]


def test_a_changed_deadline_is_caught_and_a_prison_term_is_not_a_deadline():
    said = ["The Supreme Court ordered the electoral commission to hold a fresh presidential election within "
            "{} days.", "Judges ordered the electoral commission to organise a fresh presidential election within {} days."]
    docs = [make_doc(said[0].format(60), "2017-09-01", id="a"), make_doc(said[1].format(60), "2017-09-01", id="b"),
            make_doc(said[1].replace("Judges", "The judges").format(10), "2017-09-01", id="c")]
    assert [(f.path, f.text) for f in findings(docs)] == [("c.txt", "10 days")]
    term = make_doc("The commission chairman was jailed for 10 days in prison for contempt of the fresh presidential "
                    "election order.", "2017-09-01", id="c")
    assert findings(docs[:2] + [term]) == []
