"""amount-agreement: figures about one subject and period must agree across sources."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck import engine
from claimcheck.corpus import read_paths
from claimcheck.packs import load_packs
from claimcheck.extract import counts, money
from claimcheck.packdata import PackData
from tests.conftest import RULES, SEEDS, make_doc

RULE = "core.amount-agreement"


def findings(docs, rules: bool = False):
    report = engine.run(docs, load_packs([RULES] if rules else []))
    return [f for f in report.findings if f.rule == RULE]


def edited_seeds(tmp_path: Path, edits: dict[str, tuple[str, str]]):
    """The seed corpus copied into ``tmp_path`` with ``old`` → ``new`` replaced once per seed."""
    for f in SEEDS.iterdir():
        shutil.copy(f, tmp_path / f.name)
    for key, (old, new) in edits.items():
        (path,) = tmp_path.glob(f"{key}_*.txt")
        text = path.read_text(encoding="utf-8")
        assert old in text, (key, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    docs, errors = read_paths([tmp_path])
    assert not errors
    return docs


@pytest.mark.parametrize("rules", [False, True])
def test_silent_on_the_unedited_seeds(rules):
    docs, _ = read_paths([SEEDS])
    assert findings(docs, rules) == []


@pytest.mark.parametrize("rules", [False, True])
@pytest.mark.parametrize(
    "key, old, new, flagged, other",
    [
        ("002", "$578 million", "$587 million", "$587 million", "$578 million"),
        ("002", "$578 million", "$578 billion", "$578 billion", "$578 million"),
        ("003", "130,000", "230,000", "Nearly 230,000 Guatemalans", "Nearly 130,000 Guatemalans"),
        ("002", "around 20 countries", "around 30 countries", "around 30 countries", "around 20 countries"),
        ("002", "Nearly 2.5 million people", "Nearly 3.5 million people", "Nearly 3.5 million people",
         "Nearly 2.5 million people"),
        ("002", "Nearly 2.5 million people", "Nearly 2.6 million people", "Nearly 2.6 million people",
         "Nearly 2.5 million people"),
    ],
)
def test_fires_when_one_source_changes_a_figure(tmp_path, rules, key, old, new, flagged, other):
    found = findings(edited_seeds(tmp_path, {key: (old, new)}), rules)
    # Two sources only: one against one is a single info on the second source, naming both.
    assert len(found) == 1
    (f,) = found
    assert f.severity == "info"
    assert f.document.startswith(key) and f.text == flagged  # the edited seed is the later source
    assert [r.text for r in f.related] == [other] and f.related[0].document < f.document
    assert repr(other) in f.message and repr(flagged) in f.message
    assert f.suggestion is None  # one source against one: either may be wrong


def test_the_outlier_against_the_majority_is_the_one_reported(tmp_path):
    found = findings(edited_seeds(tmp_path, {"003": ("$170 million", "$710 million")}))
    assert [(f.document[:3], f.text, f.line) for f in found] == [("003", "$710 million", 3)]
    assert sorted(r.document[:3] for r in found[0].related) == ["000", "001", "002"]
    assert "'$170 million'" in found[0].message
    assert found[0].suggestion == "$170 million"


@pytest.mark.parametrize("rules", [False, True])
@pytest.mark.parametrize(
    "key, old, new",
    [
        ("002", "$578 million", "US$578 million"),
        ("002", "$578 million", "$578m"),
        ("002", "$578 million", "578 million dollars"),
        ("002", "$578 million", "five hundred seventy-eight million dollars"),
        ("002", "$170 million", "$170mn"),
        ("002", "around 20 countries", "around twenty countries"),
        ("002", "around 20 countries", "some 20 countries"),
        ("002", "around 20 countries", "around 21 countries"),
        ("002", "around 20 countries", "more than 20 countries"),
        ("002", "Nearly 2.5 million people", "More than 2.4 million people"),
        ("002", "Nearly 2.5 million", "Almost 2.5 million"),
        ("002", "Nearly 2.5 million", "Nearly 2,500,000"),
        ("003", "Nearly 130,000", "Almost 130,000"),
        ("003", "Nearly 130,000", "Nearly one hundred thirty thousand"),
    ],
)
def test_silent_when_only_the_form_changes(tmp_path, rules, key, old, new):
    assert findings(edited_seeds(tmp_path, {key: (old, new)}), rules) == []


def test_round_figure_agrees_with_the_exact_one():
    a = make_doc("The agency said it spent $43 million on shelters in 2023.", id="a")
    b = make_doc("The agency said it spent $43,885,310 on shelters in 2023.", id="b")
    c = make_doc("The agency said it spent $48 million on shelters in 2023.", id="c")
    assert findings([a, b]) == []
    assert {f.document for f in findings([a, b, c])} == {"c"}


def test_different_things_and_periods_are_never_compared():
    a = make_doc("Nearly 2.5 million people were intercepted at the US-Mexico border in fiscal year 2023.", id="a")
    b = make_doc("Some 1.15 million migrants were intercepted at the US-Mexico border from October to February.", id="b")
    c = make_doc("Nearly 130,000 Guatemalans were intercepted at the US-Mexico border from October to February.", id="c")
    d = make_doc("Nearly 3 million people were intercepted at the US-Mexico border in fiscal year 2022.", id="d")
    e = make_doc("The fund spent 578 million euros on shelters for migrants in 2023.", id="e")
    f = make_doc("The fund spent $587 million on shelters for migrants in 2023.", id="f")
    assert findings([a, b, c, d, e, f]) == []


def test_figures_in_one_document_are_not_compared():
    doc = make_doc("Officials from 20 countries met. Later, officials from 30 countries met.")
    assert findings([doc]) == []


def _subject_pack(tmp_path: Path, value: float | None = None) -> Path:
    subject = {"id": "aid", "name": "the aid package", "terms": ["aid package", "assistance plan"], "currency": "USD"}
    if value is not None:
        subject["value"] = value
    path = tmp_path / "pack.yaml"
    path.write_text(yaml.safe_dump({"pack": "story", "subjects": [subject]}), encoding="utf-8")
    return path


def test_declared_subject_links_figures_that_share_few_words(tmp_path):
    a = make_doc("The aid package totals $578 million.", id="a")
    b = make_doc("Washington's new assistance plan is worth $612 million.", id="b")
    assert findings([a, b]) == []  # too few shared words to compare without the pack
    # ($587 million would be compared without it: two swapped digits are evidence enough, test_amount_slips)
    report = engine.run([a, b], load_packs([_subject_pack(tmp_path)]))
    assert {f.document for f in report.findings if f.rule == RULE} == {"b"}


def test_declared_subject_with_a_known_value(tmp_path):
    a = make_doc("The aid package totals $587 million.", id="a")
    report = engine.run([a], load_packs([_subject_pack(tmp_path, 578_000_000)]))
    (f,) = [f for f in report.findings if f.rule == RULE]
    assert "fact sheet" in f.message and f.suggestion == "578,000,000"
    b = make_doc("The aid package totals $578 million.", id="b")
    report = engine.run([b], load_packs([_subject_pack(tmp_path, 578_000_000)]))
    assert [f for f in report.findings if f.rule == RULE] == []


def _pack_cases():
    root = Path(__file__).resolve().parents[2]
    for path in [root / "claimcheck/data/core/numbers.test.yaml", RULES / "la-declaration-2024/subjects.test.yaml"]:
        for case in yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]:
            yield pytest.param(path, case, id=f"{path.name}: {case['name']}")


@pytest.mark.parametrize("path, case", list(_pack_cases()))
def test_pack_test_cases(path, case):
    """The YAML cases beside the pack files (also run by ``claimcheck test``)."""
    docs = [make_doc(d["text"], str(d.get("published") or "") or None, id=d["id"]) for d in case["documents"]]
    packs = load_packs([] if "claimcheck/data" in str(path) else [path.parent])
    got = [f for f in engine.run(docs, packs).findings if f.rule.endswith("amount-agreement")]
    expected = case["expect"]
    ok = len(got) == len(expected) and all(
        any(f.rule == e["rule"] and f.document == e["document"] and f.line == e.get("line", f.line)
            and e.get("message", "") in f.message for f in got)
        for e in expected
    )
    if case.get("todo"):
        pytest.xfail("todo case")
    assert ok, [(f.document, f.line, f.message) for f in got]


_PARTS = ["nearly", "about", "$", "€", "US$", "5", "578", "587", " million", "m", "130,000", "people", "migrants",
          "crossed", "the", "border", "in 2023", "from October to February", ".", ",", "aid", "announced", "twenty"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PARTS), max_size=25), min_size=1, max_size=4))
def test_never_raises_and_never_reports_within_one_document(texts):
    docs = [make_doc(" ".join(parts), id=f"d{i}") for i, parts in enumerate(texts)]
    for f in findings(docs):
        assert all(r.document != f.document for r in f.related)


def test_exact_counts_are_points():
    a = make_doc("Rescuers freed 6 miners from the flooded shaft on Monday.", "2025-02-03", id="a")
    b = make_doc("Rescuers freed about 6 miners from the flooded shaft on Monday.", "2025-02-03", id="b")
    c = make_doc("Rescuers freed 7 miners from the flooded shaft on Monday.", "2025-02-03", id="c")
    assert findings([a, b]) == []
    assert {f.text for f in findings([a, c])} == {"7 miners"}  # were 5.5-7 and 6.5-8: agreed


def test_a_running_tally_is_compared_only_within_the_same_day():
    monday = make_doc("The floods have killed 12 people in the valley, officials said.", "2025-03-10", id="mon")
    wednesday = make_doc("The floods have killed 40 people in the valley, officials said.", "2025-03-12", id="wed")
    same_day = make_doc("The floods have killed 19 people in the valley, officials said.", "2025-03-10", id="same")
    undated = make_doc("The floods have killed 19 people in the valley, officials said.", None, id="undated")
    assert findings([monday, wednesday]) == []  # an update, not a slip
    assert findings([monday, undated]) == []  # no date: cannot tell an update from a slip
    assert {f.document for f in findings([monday, same_day])} == {"same"}


def test_successive_lower_bounds_do_not_contradict():
    a = make_doc("At least 14 people were killed when the ferry capsized, police said.", "2025-03-10", id="a")
    b = make_doc("At least 15 people were killed when the ferry capsized, police said.", "2025-03-10", id="b")
    assert findings([a, b]) == []


def test_sources_far_apart_are_compared_only_on_a_stated_period():
    a = make_doc("The council approved a $48 million budget for the new library.", "2025-01-06", id="a")
    b = make_doc("The council approved a $84 million budget for the new library.", "2025-01-08", id="b")
    c = make_doc("The council approved a $84 million budget for the new library.", "2025-02-20", id="c")
    assert {f.document for f in findings([a, b])} == {"b"}
    assert findings([a, c]) == []  # six weeks on: the plan may have changed
    d = make_doc("The council spent $48 million on the new library in 2024.", "2025-01-06", id="d")
    e = make_doc("The council spent $84 million on the new library in 2024.", "2025-03-20", id="e")
    assert {f.document for f in findings([d, e])} == {"e"}  # same stated period: still comparable


def test_a_historical_figure_is_not_compared_with_the_present():
    a = make_doc("The 1999 storm destroyed 3,100 homes along the coast, the mayor recalled.", "2025-08-01", id="a")
    b = make_doc("The storm destroyed 410 homes along the coast, the mayor said.", "2025-08-01", id="b")
    assert findings([a, b]) == []


def test_unrelated_stories_are_not_compared():
    a = make_doc("Officials in Korvia said Tuesday that Lake Amsel and the town of Petrin had recovered. "
                 "Rescuers pulled 31 people from the rubble, said Mayor Ilse Varn.", "2025-05-06", id="a")
    b = make_doc("Firefighters in Dunmore said Tuesday that Brackley Road and Hollin Park were reopened. "
                 "Rescuers pulled 4 people from the rubble, said chief Tom Avery.", "2025-05-06", id="b")
    assert findings([a, b]) == []
    c = make_doc("Officials in Korvia said Tuesday that Lake Amsel and the town of Petrin had recovered. "
                 "Rescuers pulled 13 people from the rubble, said Mayor Ilse Varn.", "2025-05-06", id="c")
    assert {f.document for f in findings([a, c])} == {"c"}


def test_parts_and_totals_in_one_sentence_are_not_disagreements():
    part = make_doc("The storm killed 12 people in the northern province, raising the national toll to 40.",
                    "2025-06-02", id="part")
    total = make_doc("The storm has killed 40 people nationwide, including 12 in the northern province.",
                     "2025-06-02", id="total")
    assert findings([part, total]) == []
    new = make_doc("Police arrested 35 protesters on Saturday, adding to 120 detained earlier in the week.",
                   "2025-06-02", id="new")
    cumulative = make_doc("Police have arrested 155 protesters this week, 35 of them on Saturday.", "2025-06-02", id="cum")
    assert findings([new, cumulative]) == []


def test_a_source_giving_two_different_figures_stands_on_neither_side():
    a = make_doc("The carmaker reported revenue of $6.3 billion for the quarter, up from $5.8 billion.", "2025-07-30", id="a")
    b = make_doc("The carmaker reported revenue of $12.1 billion for the half year.", "2025-07-30", id="b")
    assert findings([a, b]) == []


def test_different_measures_of_one_deal_are_not_compared():
    a = make_doc("Valmont will buy Corrigan for $14.2 billion, the companies said.", "2025-04-14", id="a")
    b = make_doc("The offer gives Corrigan an enterprise value of $15.9 billion, the companies said.", "2025-04-14", id="b")
    c = make_doc("Valmont will buy Corrigan for $15.9 billion including debt, the companies said.", "2025-04-14", id="c")
    d = make_doc("Valmont will buy Corrigan for $14.9 billion, the companies said.", "2025-04-14", id="d")
    assert findings([a, b]) == [] and findings([a, c]) == []
    assert {f.document for f in findings([a, d])} == {"d"}


def test_a_source_that_states_both_figures_knows_they_differ():
    a = make_doc("Harlow shares traded at $48.20 on Friday after the bid of $61.75 a share for Pennick.", "2025-04-14", id="a")
    b = make_doc("Harlow offered $61.75 a share for Pennick on Friday.", "2025-04-14", id="b")
    assert findings([a, b]) == []


def test_a_source_stating_the_figure_elsewhere_backs_it():
    a = make_doc("The ferry operator will pay $3.4 million to settle the claims, a lawyer said.", "2025-09-01", id="a")
    b = make_doc("The ferry operator will pay $4.3 million to settle the claims, a lawyer said.", "2025-09-01", id="b")
    c = make_doc("A lawyer said the claims were settled. The sum was $3.4 million.", "2025-09-01", id="c")
    assert {f.document for f in findings([a, b])} == {"b"}
    assert [f.document for f in findings([a, b, c])] == ["b"]  # c backs a: two against one


def test_a_speed_is_not_a_distance():
    a = make_doc("Hurricane Tamsin had top sustained winds of 85 miles per hour late Monday.", "2025-09-08", id="a")
    b = make_doc("Hurricane Tamsin was 30 miles east of Port Allard late Monday.", "2025-09-08", id="b")
    c = make_doc("Hurricane Tamsin had top sustained winds of 140 km/h and gusts of 95 mph late Monday.", "2025-09-08", id="c")
    assert findings([a, b]) == [] and findings([a, c]) == [] and findings([b, c]) == []


def test_results_figures_of_different_periods_are_not_compared():
    quarter = make_doc("For the second quarter ended Nov. 30, net income rose to $2.45 billion, or 81 cents a share, "
                       "from $2.10 billion, or 70 cents a share, a year earlier.", "2025-12-18", id="q")
    year = make_doc("The fiscal year ended with sales of $48.6 billion. Net income was $6.2 billion, "
                    "and earnings per share were $2.04.", "2025-12-18", id="y")
    other = make_doc("Second-quarter net income climbed to $1.12 billion or $0.64 per share from $0.98 billion "
                     "or $0.55 per share in the same period of last year.", "2025-12-18", id="o")
    assert findings([quarter, year]) == [] and findings([quarter, other]) == [] and findings([year, other]) == []


def test_the_same_quarter_in_two_outlets_is_compared():
    a = make_doc("For the second quarter ended Nov. 30, net income rose to $2.45 billion, the company said.",
                 "2025-12-18", id="a")
    b = make_doc("For the second quarter ended Nov. 30, net income rose to $2.54 billion, the company said.",
                 "2025-12-18", id="b")
    assert {f.document for f in findings([a, b])} == {"b"}


def test_two_results_briefs_naming_different_companies_are_different_stories():
    a = make_doc("Shares of Velloran fell after the results. Net income rose to $3.1 billion, the company said.",
                 "2025-12-18", id="a")
    b = make_doc("Shares of Quintor rose after the results. Net income rose to $1.3 billion, the company said.",
                 "2025-12-18", id="b")
    assert findings([a, b]) == []


def test_a_quarter_and_an_unstated_period_are_not_compared_in_results():
    quarter = make_doc("For the second quarter ended Nov. 30, Velloran said its net income fell to $2.45 billion.",
                       "2025-12-18", id="q")
    unstated = make_doc("Velloran said its net income fell to $6.2 billion.", "2025-12-18", id="u")
    same = make_doc("For the second quarter ended Nov. 30, Velloran said its net income fell to $6.2 billion.",
                    "2025-12-18", id="s")
    assert findings([quarter, unstated]) == []
    assert {f.document for f in findings([quarter, same])} == {"s"}
    gifts = make_doc("Velloran said its foundation gave $6.2 million to schools.", "2025-12-18", id="g1")
    other = make_doc("Velloran said its foundation gave $2.6 million to schools in 2025.", "2025-12-18", id="g2")
    assert {f.document for f in findings([gifts, other])} == {"g2"}  # not results: unstated still matches


def test_what_analysts_expected_is_not_what_was_reported():
    a = make_doc("Korvex reported quarterly revenue of $18.4 billion on Tuesday.", "2025-10-21", id="a")
    b = make_doc("Korvex missed the $19.6 billion in quarterly revenue that analysts expected on Tuesday.",
                 "2025-10-21", id="b")
    assert findings([a, b]) == []


def test_a_figure_placed_in_a_city_is_not_the_regions_figure():
    region = make_doc("Nearly 9,000 people are still buried in rubble after the quake that struck Varnia province, "
                      "rescue chief Omar Tell said.", "2025-03-04", id="r")
    city = make_doc("Some 4,120 people are still buried in rubble in and around Dallow after the quake, "
                    "rescue chief Omar Tell said.", "2025-03-04", id="c")
    assert findings([region, city]) == []
    other = make_doc("Nearly 6,000 people are still buried in rubble after the quake that struck Varnia province, "
                     "rescue chief Omar Tell said.", "2025-03-04", id="o")
    assert {f.document for f in findings([region, other])} == {"r"}


def test_a_count_of_people_buried_is_a_running_tally():
    a = make_doc("Nearly 9,000 people are still buried in rubble after the quake, officials said.", "2025-03-04", id="a")
    b = make_doc("Nearly 6,000 people are still buried in rubble after the quake, officials said.", "2025-03-05", id="b")
    assert findings([a, b]) == []


def test_names_every_story_of_a_kind_uses_do_not_make_one_story():
    a = make_doc("The House passed the farm bill on Thursday. Speaker Ada Morrow said the Senate would follow, "
                 "and President Lin Hale thanked Democrats and Republicans. Thirty-one Democrats voted against the bill.",
                 "2025-06-12", id="a")
    b = make_doc("The House passed the rail bill on Thursday. Speaker Tom Vesey said the Senate would follow, "
                 "and President Ruth Ocampo thanked Democrats and Republicans. Twelve Democrats voted against the bill.",
                 "2025-06-12", id="b")
    assert findings([a, b]) == []


def test_a_party_named_before_the_noun_counts_a_different_thing():
    a = make_doc("Speaker Ada Morrow won with 14 Republican votes against her, clerk Ian Pell said.", "2025-01-05", id="a")
    b = make_doc("Speaker Ada Morrow won with 41 votes against her, clerk Ian Pell said.", "2025-01-05", id="b")
    c = make_doc("Speaker Ada Morrow won with 41 Republican votes against her, clerk Ian Pell said.", "2025-01-05", id="c")
    assert findings([a, b]) == []
    assert {f.document for f in findings([a, c])} == {"c"}


# Held-out coverage of Boeing's job cuts (11 October 2024), sentences as published.
NEWSER = "Boeing announced Friday that it will eliminate 17,000 jobs—10% of its workforce—as it deals with deepening losses."
STAR = ("U.S. planemaker Boeing will cut 17,000 jobs, or 10% of its global workforce, delay the first delivery of "
        "its 777X jet by a year and expects substantial new losses in its defense business as a month-long strike "
        "batters company finances, CEO Kelly Ortberg said today.")
JAPAN = ("Boeing will cut 17,000 jobs — 10% of its global workforce — delay first deliveries of its 777X jet by a "
         "year and record $5 billion in losses in the third quarter, as the U.S. planemaker continues to spiral "
         "during a monthlong strike.")


def test_outlets_that_cut_or_eliminate_jobs_speak_of_one_figure():
    docs = [make_doc(NEWSER, "2024-10-11", id="newser"), make_doc(STAR, "2024-10-11", id="star")]
    assert findings(docs) == []
    docs[0] = make_doc(NEWSER.replace("17,000", "27,000"), "2024-10-11", id="newser")
    (f,) = findings(docs)  # one against one: a single info on the second source, naming both
    assert "'27,000 jobs'" in f.message and "'17,000 jobs'" in f.message


def test_a_delay_by_a_year_and_a_month_long_strike_are_not_rates():
    star = next(c for c in counts.extract(make_doc(STAR, "2024-10-11"), PackData()) if c.unit == "jobs")
    assert "rate" not in star.measures
    earns = make_doc("The unit earns $5 billion a year.", "2024-10-11")
    assert "rate" in money.extract(earns, PackData())[0].measures


def test_a_quarter_named_in_another_figures_clause_is_that_figures_period():
    # the third quarter is the losses', not the job cuts'
    doc = make_doc(JAPAN, "2024-10-12")
    periods = {c.text: c.period for c in [*counts.extract(doc, PackData()), *money.extract(doc, PackData())]}
    assert periods["17,000 jobs"] is None and periods["10%"] is None
    assert periods["$5 billion"] == "Q3"
    # a quarter in a clause of its own is the whole sentence's
    doc = make_doc("Net income was $1.9 billion, or 68 cents a share, in the third quarter.", "2024-10-12")
    assert [(c.text, c.period) for c in money.extract(doc, PackData())] == [("$1.9 billion", "Q3"), ("68 cents", "Q3")]
    # the Japan Times sentence names a quarter, so it is read as results, where only figures
    # of one stated period are compared; the other two outlets still catch a slip, which is reported alone
    docs = [make_doc(JAPAN, "2024-10-12", id="japan"), make_doc(STAR, "2024-10-11", id="star"),
            make_doc(NEWSER.replace("17,000", "27,000"), "2024-10-11", id="newser")]
    assert {f.text for f in findings(docs)} == {"27,000 jobs"}  # the Japan Times states 17,000: it backs the rest


def test_results_figures_of_unstated_period_are_not_compared():
    # Tesla, late January 2025: one outlet's summary gives the year's GAAP net income, another
    # the quarter's, neither saying which period in its sentence
    a = make_doc("Tesla reported its results on Wednesday.\nGAAP Net Income : $7.09 billion", "2025-01-29", id="a")
    b = make_doc("Tesla reported its results on Wednesday. Net income reached $2.5 billion, a modest 3% increase "
                 "from the previous year but still lower than projections.", "2025-02-01", id="b")
    assert findings([a, b]) == []


def test_shares_of_different_wholes_are_not_compared():
    # Taiwan's election, 13 January 2024: the share of polling stations counted is not Lai's vote share
    a = make_doc("Lai, from the governing Democratic Progressive Party (DPP), took 40.2 percent of votes cast on "
                 "Saturday, according to partial results from the Central Election Commission after 98 percent of "
                 "polling stations closed.", "2024-01-13", id="a")
    b = make_doc("Lai Ching-te, pro-independence candidate from Taiwan's ruling Democratic Progressive Party, has "
                 "officially won the election of the regional leader, securing 40.05% of the vote, the Taiwanese "
                 "Central Election Commission said on Saturday after counting ballots from all polling stations.",
                 "2024-01-13", id="b")
    assert findings([a, b]) == []
    # a share of the same whole, one outlet slipping a digit, is still compared
    c = make_doc(b.text.replace("40.05%", "48.05%"), "2024-01-13", id="c")
    assert {f.text for f in findings([b, c])} == {"48.05%"}


def test_non_gaap_earnings_are_an_adjusted_measure():
    doc = make_doc("This resulted in non-GAAP earnings per share (EPS) of $2.70, which soared 429%.", "2023-08-24")
    assert "adjusted" in money.extract(doc, PackData())[0].measures


# Morocco's earthquake, two outlets on Monday 11 September 2023, as published: the ministry's
# Monday update and state TV's Sunday figure. The toll moved between them.
MOROCCO_MINISTRY = ("The Moroccan Ministry of the Interior announced today, Monday, a new rise in the death toll from "
                    "the earthquake that shook Morocco on Friday night.\n\nThe ministry said the death toll rose to "
                    "2,681 dead and 2,501 injured.\n\nThe toll reported by the ministry earlier today, Monday, stated "
                    "that 2,497 people were killed and 2,476 others were injured.")
MOROCCO_TV = ("Survivors of Morocco's deadliest earthquake in more than six decades struggled to find food, water and "
              "shelter on Sunday as the search for the missing continued in remote villages, Reuters reported.\n"
              "The death toll climbed to 2,122 with 2,421 people injured, state TV reported.")


def test_the_dead_and_the_injured_are_different_tallies():
    doc = make_doc("The death toll climbed to 2,122 with 2,421 people injured, state TV reported.", "2023-09-11")
    assert {c.text: c.tally for c in counts.extract(doc, PackData())} == {"2,122": "dead", "2,421 people": "injured"}


def test_a_source_that_reports_its_tally_rising_through_the_day_is_not_held_against_another_hour():
    docs = [make_doc(MOROCCO_MINISTRY, "2023-09-11", id="ministry"), make_doc(MOROCCO_TV, "2023-09-11", id="tv")]
    assert findings(docs) == []


def test_a_rising_toll_is_still_compared_with_the_same_announcement():
    # Maui, 13 August 2023: both quote Gov. Green's Saturday news conference; one slips a digit
    ap = make_doc("Hawaii Governor Josh Green said on Saturday the death toll from devastating wildfires on the "
                  "island of Maui had risen to 99, making it the deadliest in the U.S. in the past century.",
                  "2023-08-13", id="ap")
    hnn = make_doc("LAHAINA (HawaiiNewsNow) - Gov. Josh Green said on Saturday that the death toll from the Lahaina "
                   "wildfire now stands at 89, but he warned the number of fatalities \"will continue to rise\".",
                   "2023-08-13", id="hnn")
    (f,) = findings([ap, hnn])
    assert f.text == "89" and "'99'" in f.message


def test_a_year_after_a_name_in_another_clause_dates_the_name():
    # Newsmax, 4 October 2024: the toll is today's, 2005 is Katrina's
    text = ("Hurricane Helene's official death toll rose to at least 215 people Thursday, making it the deadliest "
            "storm to hit the U.S. mainland since Hurricane Katrina in 2005, Axios reported.")
    assert [c.period for c in counts.extract(make_doc(text, "2024-10-04"), PackData())] == [None]


def test_a_tally_at_two_hours_of_the_day_is_not_a_disagreement():
    early = make_doc("Until 7.30 p.m., the Green Party had 11 confirmed victories in the Westland count.",
                     "2025-05-02", id="a")
    late = make_doc("Until 9 p.m., the Green Party had 27 confirmed victories in the Westland count.", "2025-05-02", id="b")
    assert findings([early, late]) == []
    # the hour given in the sentence before qualifies the tally too
    late = make_doc("The count went on until 9 p.m. on Friday. The Green Party had 27 confirmed victories in the "
                    "Westland count.", "2025-05-02", id="b")
    assert findings([early, late]) == []
    # the same hour in both: a slip is still a slip
    same = make_doc("Until 7.30 p.m., the Green Party had 17 confirmed victories in the Westland count.",
                    "2025-05-02", id="c")
    assert [f.text for f in findings([early, same])] == ["17 confirmed victories"]


def test_a_figure_in_parentheses_after_another_name_is_that_names():
    a = make_doc("Halvorsen's transfer fee broke the club's record, held by Dumont (€ 94mil).", "2025-07-01", id="a")
    b = make_doc("Halvorsen's transfer fee of 101 million euros broke the club's record.", "2025-07-01", id="b")
    c = make_doc("Halvorsen's transfer fee of 101 million euros made him the club's costliest player.",
                 "2025-07-01", id="c")
    assert findings([a, b, c]) == []
    # a figure in parentheses after the compared thing's own name is still its figure
    d = make_doc("The transfer fee for Halvorsen (€ 94mil) broke the club's record.", "2025-07-01", id="d")
    (f,) = findings([b, c, d])
    assert f.text == "€ 94mil" and f.severity == "warning" and f.suggestion == "101 million euros"


def test_a_sum_named_beside_an_arrest_is_no_running_tally():
    # "arrested" names the event the sum belongs to: the sum does not grow with the arrests
    mon = make_doc("The mayor was arrested over a $60 million bribery scheme, prosecutors said.", "2025-03-10", id="mon")
    tue = make_doc("The mayor was arrested over a $60 million bribery scheme, prosecutors said.", "2025-03-11", id="tue")
    slip = make_doc("The mayor was arrested over a $90 million bribery scheme, prosecutors said.", "2025-03-11", id="slip")
    (f,) = findings([mon, tue, slip])
    assert (f.document, f.severity) == ("slip", "warning")
    assert {r.document for r in f.related} == {"mon", "tue"}


def test_a_damage_estimate_is_a_running_tally():
    mon = make_doc("The storm caused $60 million in damage along the coast, officials said.", "2025-03-10", id="mon")
    tue = make_doc("The storm caused $90 million in damage along the coast, officials said.", "2025-03-11", id="tue")
    assert findings([mon, tue]) == []  # an estimate revised a day later


def test_a_source_opposes_through_its_slip_shaped_figure_whatever_else_it_counts():
    # each source also gives a share price, a figure no slip makes of "$16 million": "$16
    # billion" is the one it can be a slip of; the slipping source gives the right sum in its
    # headline, so only its slip's side of the vote can find the slip
    a = make_doc("Acme is set to raise $16 billion in its share offering, up from a target of $35.", id="a")
    b = make_doc("Acme will raise $16 billion in its share offering after setting a target of $35.", id="b")
    slip = make_doc("Acme raises $16 billion in share offering\n\nAcme is set to raise $16 million in its share "
                    "offering.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "$16 million", "warning")


ONE_DIGIT_A = "Facing weak demand and rising costs, the carmaker will cut 18,000 jobs."
ONE_DIGIT_B = "The troubled carmaker is to shed 18,000 jobs after a costly recall and fierce competition."
ONE_DIGIT_SLIP = "The carmaker's supervisory board backed a restructuring that would eliminate 13,000 jobs."


def test_one_digit_off_a_figure_two_sources_agree_on_is_a_slip_even_in_other_words():
    # two words shared (carmaker; cut, shed and eliminate are one word) of seven: too few to compare
    # alone, enough when every other source gives 18,000 and none 13,000
    a, b = make_doc(ONE_DIGIT_A, id="a"), make_doc(ONE_DIGIT_B, id="b")
    slip = make_doc(ONE_DIGIT_SLIP, id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "13,000 jobs", "warning")
    assert {r.document for r in f.related} == {"a", "b"}
    assert f.suggestion == "18,000 jobs"


def test_one_digit_off_a_single_source_in_other_words_is_silent():
    assert findings([make_doc(ONE_DIGIT_A, id="a"), make_doc(ONE_DIGIT_SLIP, id="slip")]) == []


def test_one_digit_off_is_silent_when_another_source_states_the_figure_too():
    a, b = make_doc(ONE_DIGIT_A, id="a"), make_doc(ONE_DIGIT_B, id="b")
    c = make_doc("Unions fear the plan puts 13,000 jobs at risk in the carmaker's plants.", id="c")
    assert findings([a, b, c, make_doc(ONE_DIGIT_SLIP, id="slip")]) == []


def test_one_digit_off_is_silent_when_its_source_gives_the_agreed_figure_for_the_same_thing():
    # the article knows both: the board's 13,000 is something else than the 18,000 cut
    a, b = make_doc(ONE_DIGIT_A, id="a"), make_doc(ONE_DIGIT_B, id="b")
    both = make_doc(ONE_DIGIT_SLIP + "\n\nFacing weak demand, the carmaker will also cut 18,000 jobs.", id="both")
    assert findings([a, b, both]) == []


def test_one_digit_off_is_a_slip_when_its_source_gives_the_agreed_value_for_something_else():
    a, b = make_doc(ONE_DIGIT_A, id="a"), make_doc(ONE_DIGIT_B, id="b")
    other = make_doc(ONE_DIGIT_SLIP + "\n\nSome 18,000 workers marched through the capital last spring.", id="other")
    (f,) = findings([a, b, other])
    assert (f.document, f.text) == ("other", "13,000 jobs")


def test_a_scale_word_slip_is_compared_across_more_days_than_other_figures():
    a = make_doc("The chemicals group agreed to buy the seed maker for $66 billion in cash.", "2025-09-14", id="a")
    b = make_doc("The chemicals group will buy the seed maker for $66 billion, ending months of talks.", "2025-09-14",
                 id="b")
    slip = make_doc("The chemicals group has bought the seed maker in a $66 million deal.", "2025-09-19", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "$66 million", "warning")
    late = make_doc("The chemicals group has bought the seed maker in a $66 million deal.", "2025-10-20", id="late")
    assert findings([a, b, late]) == []  # five weeks on: beyond max_scale_days_apart
    other = make_doc("The chemicals group has bought the seed maker in a $68 billion deal.", "2025-09-19", id="other")
    assert findings([a, b, other]) == []  # five days on, a different figure may be an update


TERM_A = "A judge sentenced Dana Holt to 10 years' probation for the crash that killed four people."
TERM_B = "Holt was sentenced to 10 years' probation for driving drunk and killing four people."


@pytest.mark.parametrize("later", [
    "Dana Holt, sentenced last week to 11 years' probation for the crash that killed four people, may yet serve time.",
    # unnamed: any named person's term
    "SPRINGFIELD, Ohio — A 17-year-old sentenced last week to 11 years’ probation after a crash that killed four "
    "people may yet serve time.",
])
def test_a_term_handed_down_is_compared_a_week_later_and_is_no_running_tally(later):
    # "killed" does not make the term grow, and a week on the term is what the judge gave
    a, b = make_doc(TERM_A, "2025-12-12", id="a"), make_doc(TERM_B, "2025-12-12", id="b")
    (f,) = findings([a, b, make_doc(later, "2025-12-19", id="later")])
    assert (f.document, f.text, f.severity) == ("later", "11 years", "warning")


def test_a_term_slip_is_found_though_its_article_gives_the_right_term_too():
    # one named person has one term: the article's own "10 years" does not excuse its "70
    # years"; the sources against it are one comparable in the usual way and one in few words
    a = make_doc(TERM_A, "2025-12-12", id="a")
    b = make_doc("Holt, a teenager from the suburbs, must now serve 10 years' probation.", "2025-12-12", id="b")
    slip = make_doc("A television report said Dana Holt gets 70 years' probation for driving drunk.\n\n"
                    "The judge sentenced Holt to 10 years' probation.", "2025-12-13", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "70 years", "warning")
    assert {r.document for r in f.related} == {"a", "b"}


def test_a_vote_score_with_swapped_digits_is_caught():
    a = make_doc("The motion to remove the speaker was adopted 218 to 209, with eight rebels joining.", id="a")
    b = make_doc("By a vote of 218 to 209, the motion to remove the speaker prevailed.", id="b")
    slip = make_doc("The speaker was removed by a motion adopted 218 to 290 after a day of drama.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity, f.suggestion) == ("slip", "290", "warning", "209")
    assert findings([a, b]) == []


def test_a_name_beginning_like_a_running_money_word_makes_no_running_tally():
    # "Costello" begins like "cost": the words of running_money_words are whole words
    mon = make_doc("Commissioner Costello set bail at $5 million for the driver, prosecutors said.", "2025-03-10",
                   id="mon")
    tue = make_doc("Commissioner Costello set bail at $5 million for the driver, prosecutors said.", "2025-03-11",
                   id="tue")
    slip = make_doc("Commissioner Costello set bail at $9 million for the driver, prosecutors said.", "2025-03-11",
                    id="slip")
    (f,) = findings([mon, tue, slip])
    assert (f.document, f.severity) == ("slip", "warning")


def test_two_figures_rounded_alike_agree_only_when_equal():
    # "$5 million" and "$6 million" are rounded to the same place: two figures, not one
    # rounded two ways (their bands, 4.5-6 and 5.5-7 million, overlap)
    a = make_doc("The judge set bail at $5 million for the driver, prosecutors said.", id="a")
    b = make_doc("The judge set bail at $5 million for the driver, court records show.", id="b")
    slip = make_doc("The judge set bail at $6 million for the driver, prosecutors said.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "$6 million", "warning")
    rounder = make_doc("The judge set bail at $5.6 million for the driver, prosecutors said.", id="rounder")
    assert findings([a, rounder]) == []  # a finer figure still agrees with a rounded one that holds it


_ORDERED = [
    ("a", ONE_DIGIT_A), ("b", ONE_DIGIT_B), ("slip", ONE_DIGIT_SLIP),
    ("c", "Unions fear the carmaker's plan puts 18,000 jobs at risk, and $5 million in bonuses."),
    ("d", "The carmaker set aside $6 million in bonuses as it cuts 18,000 jobs."),
]


@settings(max_examples=20, deadline=None)
@given(st.permutations(_ORDERED))
def test_findings_do_not_depend_on_the_order_of_the_documents(order):
    def key(fs):
        return sorted((f.document, f.start, f.severity, tuple(sorted(r.document for r in f.related))) for f in fs)
    expected = key(findings([make_doc(t, id=i) for i, t in _ORDERED]))
    assert key(findings([make_doc(t, id=i) for i, t in order])) == expected


def test_conversions_rounded_alike_may_still_differ_by_a_digit():
    # converted at different rates: "$5.7 billion" and "$5.8 billion" may both be right
    a = make_doc("The fund will invest 43,574 crore rupees ($5.7 billion) in the telecom unit, it said.", id="a")
    b = make_doc("The fund will invest 43,574 crore rupees ($5.7 billion) in the telecom unit, officials said.", id="b")
    c = make_doc("The fund will invest 43,574 crore rupees ($5.8 billion) in the telecom unit, it said.", id="c")
    assert findings([a, b, c]) == []


def test_shares_rounded_alike_may_still_differ_by_a_digit():
    # a share is rounded from a division, each outlet its own way (41.6%: 41% or 42%)
    a = make_doc("Turnout in the referendum reached 42 percent, the election commission said.", id="a")
    b = make_doc("Turnout in the referendum reached 42 percent, officials said on Monday.", id="b")
    c = make_doc("Turnout in the referendum reached 41 percent, the election commission said.", id="c")
    assert findings([a, b, c]) == []


def test_one_digit_off_is_a_slip_when_the_sentences_share_a_name_and_one_word():
    # the clauses share one word ("raised"); the company named in every sentence is the second
    a = make_doc("Investors rushed in as Brightwave raised $16 billion on Thursday in its offering.", id="a")
    b = make_doc("The listing means Brightwave raised $16 billion, bankers said.", id="b")
    slip = make_doc("The chipmaker has raised $46 billion for itself in a keenly awaited debut, Brightwave said.",
                    id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "$46 billion", "warning")


def test_one_digit_off_with_only_a_name_in_common_is_silent():
    # a name alone is not enough: every figure of the story's sentences shares it
    a = make_doc("Investors rushed in as Brightwave raised $16 billion on Thursday in its offering.", id="a")
    b = make_doc("The listing means Brightwave raised $16 billion, bankers said.", id="b")
    other = make_doc("The company's founder, a Brightwave shareholder, holds $46 billion in stock.", id="other")
    assert findings([a, b, other]) == []


def test_shares_one_digit_apart_under_the_same_names_are_not_a_slip():
    # vote shares from counts at two hours: the same names in every sentence do not bind them
    a = make_doc("Early returns showed the incumbent on 65.1 percent, Delmas aides said.", id="a")
    b = make_doc("Early returns put the incumbent at 65.1 percent of ballots, said Delmas.", id="b")
    c = make_doc("The incumbent took 65.9 percent once the count ended, Delmas said in Lyon.", id="c")
    assert findings([a, b, c]) == []


def test_swapped_digits_are_compared_when_the_sentences_share_another_figure():
    # no clause word in common; the bowling average of 20.38 in both sentences ties them
    a = make_doc("Over two seasons he took 34 wickets at an average of 20.38 for the franchise.", id="a")
    b = make_doc("He ended those campaigns with 34 wickets at 20.38 apiece.", id="b")
    slip = make_doc("Economical throughout, the left-armer claimed 43 wickets at 20.38.", id="slip")
    found = [f for f in findings([a, b, slip]) if f.document == "slip"]
    assert [(f.text, f.severity) for f in found] == [("43 wickets", "warning")]


def test_a_name_opening_the_sentence_counts_when_the_article_writes_it_as_a_name_elsewhere():
    a = make_doc("Investors rushed in as Brightwave raised $16 billion on Thursday in its offering.", id="a")
    b = make_doc("The listing means Brightwave raised $16 billion, bankers said.", id="b")
    slip = make_doc("Brightwave, the chipmaker, has raised $46 billion for itself in a keenly awaited debut.\n\n"
                    "Shares of Brightwave opened higher.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text) == ("slip", "$46 billion")
    alone = make_doc("Brightwave, the chipmaker, has raised $46 billion for itself in a keenly awaited debut.", id="alone")
    assert findings([a, b, alone]) == []  # a capital opening a sentence is no name by itself


def test_shots_bullets_and_rounds_count_one_thing():
    a = make_doc("The gunman fired 12 shots from a stolen rifle outside the bar, police said.", id="a")
    b = make_doc("Witnesses heard 12 shots from the rifle before the car sped off.", id="b")
    slip = make_doc("The gunman sprayed 21 bullets from the rifle outside the bar.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "21 bullets", "warning")


def test_vehicles_and_cars_count_one_thing():
    a = make_doc("The carmaker will recall 475,000 vehicles over faulty brakes, regulators said.", id="a")
    b = make_doc("The recall of 475,000 vehicles is the carmaker's largest over brakes.", id="b")
    slip = make_doc("The carmaker is to recall 745,000 cars over faulty brakes.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "745,000 cars", "warning")


def test_people_counted_as_dead_are_deaths():
    # "the toll reached 10,000" counts deaths; "10,000 people were killed" counts people, the same dead
    a = make_doc("Officials said 4,200 people were killed in the coastal province after the cyclone.", id="a")
    b = make_doc("In the coastal province 4,200 people died when the cyclone made landfall, officials said.", id="b")
    slip = make_doc("Officials said the death toll in the coastal province from the cyclone reached 4,700.", id="slip")
    (f,) = findings([a, b, slip])
    assert (f.document, f.text, f.severity) == ("slip", "4,700", "warning")
    injured = make_doc("Officials said 4,700 people were injured in the coastal province after the cyclone.", id="hurt")
    assert findings([a, b, injured]) == []  # the injured are not the dead


def test_one_digit_off_is_a_slip_when_its_source_says_the_same_thing_twice():
    # the article gives the agreed value too, in the same words: it told one thing twice, slipping once
    a = make_doc("At his first appearance on Tuesday, a $5 million bail was set for Marcus Trell, 39.", id="a")
    b = make_doc("A county commissioner, Pryce, ordered the amount for Trell to be $5 million late on Tuesday.", id="b")
    twice = make_doc("A county court commissioner set bail at $5 million for Marcus Trell late on Tuesday.\n\n"
                     "Commissioner Ann Pryce (left) set $6 million bail for Marcus Trell, shown far right in court "
                     "with his lawyers.", id="twice")
    (f,) = findings([a, b, twice])
    assert (f.document, f.text, f.severity) == ("twice", "$6 million", "warning")


def test_a_name_of_two_capitals_ties_a_scale_word_slip():
    # no clause word in common; "BP" in both sentences is too short for a subject word but is a name
    a = make_doc("Officials announced an $18.7 billion settlement with BP on Thursday.", id="a")
    b = make_doc("BP will pay $18.7 billion over 18 years, lawyers said.", id="b")
    slip = make_doc("The $18.7 million agreement between BP and five governments is called the largest of its kind.",
                    id="slip")
    found = [(f.document, f.text, f.severity) for f in findings([a, b, slip])]
    assert ("slip", "$18.7 million", "warning") in found


def test_the_rounding_of_a_figure_is_read_once_not_once_per_pair(monkeypatch):
    # a source dense with figures: ``clear`` asks every pair of its comparable figures, and the
    # conversion pattern read per pair made a fuzzed 38 KB document take 41 CPU-seconds
    from claimcheck.kinds import amount_agreement as aa

    calls = []
    real = aa._CONVERTED

    class Counting:
        def search(self, *args):
            calls.append(1)
            return real.search(*args)

    sentences = " ".join(f"The fund paid ${n} million to the city in {2000 + n}." for n in range(1, 41))
    docs = [make_doc(sentences, id=i) for i in "abc"]
    cache = getattr(aa, "_plain_step", None)
    if cache is not None:
        cache.cache_clear()
    monkeypatch.setattr(aa, "_CONVERTED", Counting())
    findings(docs)
    assert len(calls) <= 3 * 40
