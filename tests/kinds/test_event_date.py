"""The event-date and weekday-date rules on the seed corpus, unedited and edited.

The edits are the slips the rules exist for: a source's weekday changed, a source's
publication date moved (a story republished a week later with "Tuesday" left in), a
caption dated a day off. Edits are made on copies in tmp_path.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.kinds import event_date
from claimcheck.models import Document
from claimcheck.packs import load_packs

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
RULES = ROOT / "rules"


DATE_RULES = {"core.event-date", "core.weekday-date", "core.date-resolvable"}


def _copy(tmp_path):
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _findings(folder, story_pack=True):
    packs = [str(RULES)] if story_pack else []
    report = api.check([folder], packs=load_packs(packs))
    return [f for f in report.findings if f.rule in DATE_RULES]


@pytest.mark.parametrize("story_pack", [True, False])
def test_silent_on_the_unedited_seeds(story_pack):
    assert _findings(SEEDS, story_pack) == []


@pytest.mark.parametrize("story_pack", [True, False])
def test_a_changed_weekday_is_the_outlier(tmp_path, story_pack):
    folder = _copy(tmp_path)
    _edit(next(folder.glob("002_*.txt")), "Antony Blinken said Tuesday", "Antony Blinken said Monday")
    (f,) = _findings(folder, story_pack)
    assert f.rule == "core.event-date" and f.document.startswith("002") and f.text == "Monday" and f.line == 6
    assert f.suggestion == "Tuesday"
    assert f.severity == "warning"
    assert {r.document[:3] for r in f.related} >= {"000", "001"}


@pytest.mark.parametrize("story_pack", [True, False])
def test_a_moved_publication_date_lands_the_talks_a_week_late(tmp_path, story_pack):
    folder = _copy(tmp_path)
    manifest = folder / "manifest.yaml"
    _edit(manifest, "003_9264893a1ac32f72.txt\n    published: 2024-05-05", "003_9264893a1ac32f72.txt\n    published: 2024-05-12")
    found = _findings(folder, story_pack)
    assert found and {f.document[:3] for f in found} == {"003"}
    assert ("Tuesday", 5) in {(f.text, f.line) for f in found}
    assert all(f.rule == "core.event-date" for f in found)


def test_a_republished_story_keeps_its_weekday(tmp_path):
    """002 published a week later than it was: its "said Tuesday" now means May 14."""
    folder = _copy(tmp_path)
    _edit(folder / "manifest.yaml", "published: 2024-05-08", "published: 2024-05-15")
    _edit(next(folder.glob("002_*.txt")), "Wed May 08 2024", "Wed May 15 2024")
    found = _findings(folder)
    assert {(f.document[:3], f.line, f.text) for f in found} >= {("002", 6, "Tuesday"), ("002", 30, "Tuesday")}
    assert all(f.document.startswith("002") for f in found)


def test_a_caption_a_day_off_is_caught_in_its_own_document(tmp_path):
    folder = _copy(tmp_path)
    _edit(next(folder.glob("000_*.txt")), "Guatemala City on May 7, 2024", "Guatemala City on May 8, 2024")
    found = _findings(folder)
    weekday = [f for f in found if f.rule == "core.weekday-date"]
    # "said Tuesday at regional talks" (the pack's event) and "Tuesday's talks in Guatemala City".
    assert [(f.document[:3], f.line, f.text) for f in weekday] == [("000", 4, "Tuesday"), ("000", 26, "Tuesday")]
    assert {f.suggestion for f in weekday} == {"Wednesday"}
    assert {(f.document[:3], f.line) for f in found if f.rule == "core.event-date"} == {("000", 2)}


def _doc(id, text, published):
    return Document(id=id, path=f"{id}.txt", text=text, published=dt.date.fromisoformat(published))


def test_different_events_are_never_compared():
    """The same ministers meet twice, months apart: not a disagreement."""
    a = _doc("a", "Foreign ministers met Wednesday in Lima for regional migration talks on border security.", "2024-02-28")
    b = _doc("b", "Foreign ministers met Tuesday in Lima for regional migration talks on border security.", "2024-05-07")
    report = api.check_documents([a, b])
    assert [f for f in report.findings if f.rule in DATE_RULES] == []


def test_automatic_match_needs_shared_words():
    a = _doc("a", "Ministers met Tuesday in Lima to discuss fisheries quotas.", "2024-05-08")
    b = _doc("b", "Rebels attacked a convoy Monday near the northern border town.", "2024-05-08")
    report = api.check_documents([a, b])
    assert [f for f in report.findings if f.rule in DATE_RULES] == []


def test_automatic_match_reports_the_minority():
    text = "Foreign ministers met {} in Lima for regional migration talks on border security."
    docs = [_doc("a", text.format("Tuesday"), "2024-05-08"), _doc("b", text.format("Tuesday"), "2024-05-08"),
            _doc("c", text.format("Monday"), "2024-05-08")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.text, f.suggestion) == ("c", "Monday", "Tuesday")
    assert {r.document for r in f.related} == {"a", "b"}


def test_a_long_range_plan_is_not_held_to_the_final_day():
    """A February story's "will host ... in April" is a plan; the May reports are not contradicted."""
    text_a = "Guatemala will host the next regional migration ministerial in April, officials said."
    text_b = "Ministers said Tuesday at the regional migration ministerial in Guatemala that aid would rise."
    docs = [_doc("a", text_a, "2024-02-28"), _doc("b", text_b, "2024-05-07")]
    packs = load_packs([str(RULES)])
    report = api.check_documents(docs, packs)
    assert [f for f in report.findings if f.rule in DATE_RULES] == []


def test_date_resolvable_reports_missing_publication_date():
    d = Document(id="a", path="a.txt", text="Blinken said Tuesday that the talks went well.")
    (f,) = [f for f in api.check_documents([d]).findings if f.rule == "core.date-resolvable"]
    assert f.severity == "info" and f.text == "Tuesday" and "publication date" in f.message


def test_a_repeated_event_is_not_one_event():
    """Protests on two days of one week: "again" says they are two events."""
    a = _doc("a", "Protesters clashed with riot police on Monday in the capital.", "2024-05-08")
    b = _doc("b", "Protesters clashed again with riot police on Wednesday in the capital.", "2024-05-08")
    assert [f for f in api.check_documents([a, b]).findings if f.rule in DATE_RULES] == []


def test_repeat_within_one_article_is_not_a_weekday_slip():
    text = ("Protesters clashed with riot police in the capital on Saturday, March 9, 2024.\n"
            "On Sunday, protesters clashed again with riot police in the capital.\n")
    d = _doc("a", text, "2024-03-11")
    assert [f for f in api.check_documents([d]).findings if f.rule in DATE_RULES] == []


@pytest.mark.parametrize("story_pack", [True, False])
def test_a_journey_to_the_event_is_not_the_event(story_pack):
    """Monday dates the arrival; the talks (Tuesday) are its purpose."""
    a = _doc("a", "Blinken said Tuesday at regional talks in Guatemala City that aid would rise.", "2024-05-08")
    b = _doc("b", "Blinken said Tuesday at regional talks in Guatemala City that aid would rise.", "2024-05-08")
    c = _doc("c", "Blinken arrived in Guatemala City on Monday for regional talks in Guatemala City.", "2024-05-08")
    d = _doc("d", "Blinken met aides on Monday ahead of regional talks in Guatemala City.", "2024-05-08")
    packs = load_packs([str(RULES)] if story_pack else [])
    report = api.check_documents([a, b, c, d], packs)
    assert [f for f in report.findings if f.rule in DATE_RULES] == []


def test_opening_and_close_of_one_event_are_two_days():
    a = _doc("a", "Regional migration talks opened Monday in Lima with ministers from 20 countries.", "2024-05-08")
    b = _doc("b", "Regional migration talks ended Wednesday in Lima with ministers from 20 countries.", "2024-05-08")
    assert [f for f in api.check_documents([a, b]).findings if f.rule in DATE_RULES] == []


def test_opening_date_and_closing_weekday_in_one_article():
    text = ("Regional migration talks opened in Lima on Monday, May 6, 2024, with ministers from 20 countries.\n"
            "Regional migration talks ended in Lima on Wednesday with ministers from 20 countries.\n")
    d = _doc("a", text, "2024-05-08")
    assert [f for f in api.check_documents([d]).findings if f.rule in DATE_RULES] == []


def _date_findings(docs):
    return [(f.document, f.text) for f in api.check_documents(docs).findings if f.rule in DATE_RULES]


def test_a_dateline_dates_the_filing_not_the_event():
    """ "OSLO, Apr 8 (Agency) -" is the day the copy was filed; the vote was the day before."""
    a = _doc("a", "OSLO, Apr 8 (Nordic Wire) - Lawmakers approved the fishing quota bill on Sunday after a long debate.",
             "2024-04-08")
    b = _doc("b", "Lawmakers approved the fishing quota bill on Sunday after a long debate, officials said.", "2024-04-09")
    assert _date_findings([a, b]) == []


def test_a_dateline_without_agency_still_counts():
    a = _doc("a", "June 3 - Regulators fined the shipping firm over the oil spill on Sunday, the agency said.",
             "2024-06-03")
    b = _doc("b", "Regulators fined the shipping firm over the oil spill on Sunday.", "2024-06-04")
    assert _date_findings([a, b]) == []


def test_two_dates_in_one_clause_date_two_things():
    """ "three days earlier" dates the cyclone, not the search in the words before Thursday."""
    a = _doc("a", "Volunteers searched flooded villages Thursday for people swept away by a cyclone three days earlier.",
             "2023-11-10")
    b = _doc("b", "Volunteers searched flooded villages on Thursday for survivors.", "2023-11-10")
    assert _date_findings([a, b]) == []


def test_a_search_that_kept_going_is_not_one_day():
    a = _doc("a", "Firefighters kept battling the warehouse blaze Wednesday in the harbour district.", "2022-08-11")
    b = _doc("b", "Firefighters were battling the warehouse blaze Thursday in the harbour district.", "2022-08-11")
    assert _date_findings([a, b]) == []


def test_by_a_date_is_a_state_not_an_event():
    """ "By Monday evening crews had restored power" says what was done by then, not when."""
    a = _doc("a", "By Monday evening, crews had restored power to most homes hit by the ice storm.", "2021-02-16")
    b = _doc("b", "Crews restored power to most homes hit by the ice storm on Tuesday, the utility said.", "2021-02-17")
    assert _date_findings([a, b]) == []


def test_a_copied_story_with_a_changed_weekday_still_fires():
    text = "Lawmakers approved the fishing quota bill on {} after a long debate, officials said."
    docs = [_doc("a", text.format("Sunday"), "2024-03-04"), _doc("b", text.format("Sunday"), "2024-03-05"),
            _doc("c", text.format("Saturday"), "2024-03-05")]
    assert _date_findings(docs) == [("c", "Saturday")]


# --- Round 3: automatic matching on mixed coverage of many stories -------------------


def test_successive_days_of_a_search_are_not_one_event():
    a = _doc("a", "Rescue crews and neighbours searched desperately Monday for survivors of the landslide.", "2021-07-13")
    b = _doc("b", "The toll rose to 40 as rescue crews on Tuesday searched for survivors under the mud, police said.",
             "2021-07-14")
    assert _date_findings([a, b]) == []


def test_a_dateline_with_region_and_agency_is_not_an_event():
    """ "LYON, France, May 14 (Agency) --" is the day the copy was filed; the vote was on Friday the 13th."""
    a = _doc("a", "LYON, France, May 14 (MWN) -- The regional assembly approved the new tram line budget "
             "after a long debate.", "2022-05-14")
    b = _doc("b", "The regional assembly approved the new tram line budget on Friday after a long debate.",
             "2022-05-14")
    assert _date_findings([a, b]) == []


def test_a_photo_caption_dates_the_picture_not_the_event():
    a = _doc("a", "Mayor Dana Ortiz is sworn in as mayor at City Hall on Jan. 2, 2022. (AP Photo/Lee Chan)",
             "2022-01-05")
    b = _doc("b", "Dana Ortiz was sworn in as mayor on Monday at City Hall before a crowd of supporters.", "2022-01-04")
    assert _date_findings([a, b]) == []


def test_an_overnight_vote_has_two_days():
    a = _doc("a", "The assembly passed the budget bill in a marathon session late Thursday into Friday.", "2023-06-10")
    b = _doc("b", "The assembly passed the budget bill in a marathon session on June 9, 2023.", "2023-06-10")
    assert _date_findings([a, b]) == []


def test_one_shared_word_is_a_topic_not_an_event():
    """One storm, two briefings: the governor's Tuesday briefing is not his Friday warning."""
    a = _doc("a", "Governor Ana Ruiz gives an update on storm preparations at the state emergency centre on Sept. 3, "
             "2019.", "2019-09-07")
    b = _doc("b", "Governor Ana Ruiz on Friday urged people to leave the coast of the state before the storm.",
             "2019-09-07")
    assert _date_findings([a, b]) == []


def test_two_agreeing_sources_outvote_a_third_on_a_bound_event():
    """"talks" is a meeting word and the three share "Lima": one event, so the outlier is warned."""
    text = "Foreign ministers met {} in Lima for regional migration talks on border security."
    docs = [_doc("a", text.format("Tuesday"), "2024-05-08"), _doc("b", text.format("Tuesday"), "2024-05-08"),
            _doc("c", text.format("Monday"), "2024-05-08")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Tuesday")
    assert {r.document for r in f.related} == {"a", "b"}


def test_one_against_one_on_a_bound_event_is_an_info():
    text = "Foreign ministers met {} in Lima for regional migration talks on border security."
    docs = [_doc("a", text.format("Tuesday"), "2024-05-08"), _doc("b", text.format("Monday"), "2024-05-08")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert f.severity == "info" and {f.document} | {r.document for r in f.related} == {"a", "b"}


def test_without_an_event_word_matches_stay_info_and_pack_events_keep_their_severity():
    """"Storm flooding" names no event class: words alone cannot tell one day of floods from another."""
    text = "Storm flooding swept {} through riverside villages near Lima, destroying bridges and roads."
    docs = [_doc("a", text.format("Tuesday"), "2024-05-08"), _doc("b", text.format("Tuesday"), "2024-05-08"),
            _doc("c", text.format("Monday"), "2024-05-08")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity) for f in found] == [("c", "info")]
    pack = [_doc("a", "Blinken said Monday at regional talks in Guatemala that aid would rise.", "2024-05-08")]
    (g,) = [f for f in api.check_documents(pack, load_packs([str(RULES)])).findings if f.rule == "core.event-date"]
    assert g.severity == "warning"


def test_the_day_of_a_statement_is_not_the_day_of_the_event():
    """Two sources report the vote a day apart ("said in a statement Monday"): never compared."""
    docs = [_doc("a", "Parliament voted Sunday in Lima to approve the budget, the ministry said in a statement Monday.",
                 "2024-05-08"),
            _doc("b", "Parliament voted Sunday in Lima to approve the budget, the ministry told reporters on Tuesday.",
                 "2024-05-08"),
            _doc("c", "Parliament voted Sunday in Lima to approve the budget, the ministry said Monday.", "2024-05-08")]
    assert _date_findings(docs) == []


def test_auto_severity_can_be_raised(tmp_path):
    text = "Foreign ministers met {} in Lima for regional migration talks on border security."
    docs = [_doc("a", text.format("Tuesday"), "2024-05-08"), _doc("b", text.format("Tuesday"), "2024-05-08"),
            _doc("c", text.format("Monday"), "2024-05-08")]
    pack = tmp_path / "strict.yaml"
    pack.write_text("pack: strict\nrules:\n  - id: event-date\n    kind: event-date-agreement\n    severity: warning\n"
                    "    options: {auto_severity: warning}\n", encoding="utf-8")
    found = [f for f in api.check_documents(docs, load_packs([str(pack)])).findings if f.rule == "strict.event-date"]
    assert [(f.document, f.severity) for f in found] == [("c", "warning")]


def test_in_one_article_successive_days_of_a_search_are_not_a_slip():
    text = ("Rescue teams searched the collapsed mine shaft on May 6, 2024, for the missing miners.\n"
            "Rescue teams searched the collapsed mine shaft on Wednesday for the missing miners.")
    assert _date_findings([_doc("a", text, "2024-05-09")]) == []


def test_in_one_article_an_overnight_session_is_not_a_slip():
    text = ("The council approved the harbour plan on June 9, 2023, after a long debate.\n"
            "The council approved the harbour plan late Thursday into Friday after a long debate.")
    assert _date_findings([_doc("a", text, "2023-06-10")]) == []


def test_a_credit_on_the_line_under_a_caption_marks_it():
    a = _doc("a", "Ana Ruiz lifts the cup after the cycling race in Lyon on Saturday.\n(Jo Lee / Metro Wire)\n",
             "2022-05-16")
    b = _doc("b", "Ana Ruiz lifts the cup after the cycling race in Lyon on Sunday, her first win.", "2022-05-16")
    assert _date_findings([a, b]) == []


def test_a_pack_event_term_in_another_year_is_another_event(tmp_path):
    """The story pack's 'ministerial' (2024-05-07) must not judge a 2023 article's ministerial,
    while a wrong day near the event is still caught (2024-05-08 was a Wednesday: 'Monday' is 05-06)."""
    old = tmp_path / "old.md"
    old.write_text("---\npublished: 2023-02-03\n---\nThe ministerial meeting opened on 29 January in Lima.\n",
                   encoding="utf-8")
    near = tmp_path / "near.md"
    near.write_text("---\npublished: 2024-05-08\n---\nThe ministerial meeting opened on Monday in Guatemala City.\n",
                    encoding="utf-8")
    found = [(f.document, f.text) for f in _findings(tmp_path) if f.rule == "core.event-date"]
    assert found == [("near", "Monday")]


def test_an_event_word_past_a_but_does_not_bind_the_date():
    """Monday dates the filing of the motion; the vote Tuesday is another event of the story."""
    vote = "The House voted {} in Washington to remove Speaker Kevin McCarthy from the post."
    docs = [_doc("a", vote.format("Tuesday"), "2024-05-08"), _doc("b", vote.format("Tuesday"), "2024-05-08"),
            _doc("c", "Matt Gaetz filed a motion on Monday in Washington, but allies of Speaker Kevin McCarthy "
                      "forced a vote.", "2024-05-08")]
    assert [f for f in api.check_documents(docs).findings if f.rule == "core.event-date" and f.severity != "info"] == []


def test_sources_that_name_one_attack_with_other_words_vote():
    """"opened fire", "shot dead" and "killed" all name the harm: one event, so the outlier is warned."""
    docs = [_doc("a", "A gunman opened fire Thursday night in a crowded cinema in Dover, wounding nine people.",
                 "2024-05-10"),
            _doc("b", "The gunman shot dead two people Thursday in the Dover cinema and wounded nine.", "2024-05-10"),
            _doc("c", "The gunman killed two people Tuesday at the cinema in Dover and wounded nine others.",
                 "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Thursday")
    assert {r.document for r in f.related} == {"a", "b"}


def test_a_decision_to_recall_is_not_the_resignation():
    """The party decided on Tuesday to recall the president; he resigned on Wednesday."""
    docs = [_doc("a", "The president resigned on Wednesday after the party decided on Tuesday to recall him from office.",
                 "2024-05-09"),
            _doc("b", "The president resigned from office on Wednesday night, the party said.", "2024-05-09"),
            _doc("c", "The president resigned from office late on Wednesday.", "2024-05-09")]
    assert _date_findings(docs) == []


def test_yesterday_in_an_updated_article_starts_no_warning():
    """Posted on the 15th, updated on the 16th: its "yesterday" may be the 15th the others give."""
    updated = _doc("a", "Posted May 15, 2014 at 8:26 PM, updated May 16, 2014 at 7:06 AM\n\n"
                        "Judge Ana Ruiz sentenced the former mayor of Dover yesterday to four years.", "2014-05-15")
    others = [_doc(i, "Judge Ana Ruiz sentenced the former mayor of Dover on Thursday to four years.", "2014-05-16")
              for i in "bc"]
    assert _date_findings([updated, *others]) == []
    not_updated = _doc("a", "Judge Ana Ruiz sentenced the former mayor of Dover yesterday to four years.", "2014-05-15")
    assert _date_findings([not_updated, *others]) == [("a", "yesterday")]


def test_a_name_in_the_sentence_binds_two_short_scopes():
    """"the quake struck" and "people were killed": one class (harm), and the sentences share Amelia Bay."""
    docs = [_doc("a", "In Amelia Bay, the magnitude 6.2 quake struck at 3.36am Wednesday.", "2024-05-10"),
            _doc("b", "In Amelia Bay, at least 73 people were reported killed Wednesday.", "2024-05-10"),
            _doc("c", "In Amelia Bay, the quake struck at 3.36am Tuesday.", "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Wednesday")


def test_identifying_the_shooter_is_not_the_shooting():
    docs = [_doc("a", "A man opened fire Thursday night in a crowded cinema in Dover, wounding nine people.",
                 "2024-05-11"),
            _doc("b", "A man shot dead two people Thursday in the Dover cinema and wounded nine.", "2024-05-11"),
            _doc("c", "Police in Dover identified the shooter Friday as a 59-year-old drifter.", "2024-05-11")]
    assert _date_findings(docs) == []


def test_a_weekday_before_a_bracketed_date_that_disagrees_is_an_error():
    # 7 July 2023 was a Friday.
    doc = _doc("a", "The jury returned on Saturday (7 July) to deliver its verdict.", "2023-07-08")
    (f,) = [f for f in api.check_documents([doc]).findings if f.rule == "core.weekday-date"]
    assert (f.severity, f.text) == ("error", "Saturday (7 July")


def test_the_election_named_in_three_sources_is_one_event():
    """The clauses share no word but "election"; a story has one election within a week."""
    docs = [_doc("a", "Chief Justice Ana Ruiz said the presidential election held on Aug. 8 was flawed.", "2017-09-02"),
            _doc("b", "The opposition argued that the August 8 election was rigged.", "2017-09-02"),
            _doc("c", "Observers praised the calm of the August 5 election in Tarland.", "2017-09-02")]
    found = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("c", "warning", "2017-08-08")]


def test_a_second_term_is_one_election_win():
    """"a second term" does not say the win happened twice: the three sources vote."""
    text = "Prime Minister Ana Ruiz on {} won a landslide victory and a second term in office in Tarland."
    docs = [_doc("a", text.format("Thursday"), "2024-05-10"), _doc("b", text.format("Thursday"), "2024-05-10"),
            _doc("c", text.format("Tuesday"), "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Thursday")


def test_a_hyphenated_name_shares_its_parts():
    """"Dover-based builder" and "the Dover police" are not other actors."""
    a = _doc("a", "The Dover police on Tuesday arrested a real estate developer over the crash.", "2024-05-22")
    b = _doc("b", "The state police on Sunday arrested Dover-based builder Ana Ruiz over the crash.", "2024-05-22")
    (f,) = [f for f in api.check_documents([a, b]).findings if f.rule in DATE_RULES]
    assert f.severity == "info" and {f.document} | {r.document for r in f.related} == {"a", "b"}


def test_the_election_day_is_not_the_ruling_that_annulled_it():
    """Two sources date the election, one the court order for a new one two days later: not bound."""
    docs = [_doc("a", "Observers said the presidential election held on Aug. 8 in Tarland was calm.", "2017-09-02"),
            _doc("b", "The opposition argued that the August 8 election in Tarland was rigged.", "2017-09-02"),
            _doc("c", "The Tarland court on Aug. 10 ordered a new presidential election within 60 days.", "2017-09-02")]
    found = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert [f for f in found if f.severity != "info"] == []  # word matching alone stays at info


def test_sources_that_say_quake_and_temblor_date_one_event():
    """"the quake struck", "the temblor hit", "the earthquake": one story noun written three ways."""
    docs = [_doc("a", "Rescuers reached Dunmore after the quake struck at 3.36am on Wednesday.", "2024-05-10"),
            _doc("b", "The death toll from Wednesday's temblor rose to 250, officials in Carrow said.", "2024-05-10"),
            _doc("c", "Most of Lisdale was flattened when the earthquake hit on Tuesday.", "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Wednesday")



def test_again_far_from_the_event_word_does_not_keep_a_source_out_of_the_vote():
    """"signed a treaty on Tuesday making Tarland part of Dunmore again": the signing happened once."""
    docs = [_doc("a", "President Ana Ruiz signed a treaty on Tuesday making Tarland part of Dunmore again.",
                 "2024-05-10"),
            _doc("b", "President Ana Ruiz signed a treaty Tuesday to annex Tarland.", "2024-05-10"),
            _doc("c", "Ruiz signed the treaty on Wednesday, annexing Tarland to Dunmore.", "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Tuesday")


def test_a_caption_that_tells_the_event_in_the_past_votes():
    """"was fatally shot ... on 24 December (Photo: PA)" tells the event, not the picture's day."""
    caption = _doc("a", "Ana Ruiz was fatally shot at the Anchor pub in Dunmore on 26 December (Photo: PA)\n\n"
                        "The trial continues.", "2024-07-08")
    others = [_doc(i, "Ana Ruiz was fatally shot outside the Anchor pub in Dunmore on 24 December.", "2024-07-08")
              for i in "bc"]
    (f,) = [f for f in api.check_documents([caption, *others]).findings if f.rule in DATE_RULES]
    assert (f.document, f.severity, f.suggestion) == ("a", "warning", "2023-12-24")
    # what the picture shows, in the present, stays out
    shows = _doc("a", "Ana Ruiz speaks at the Anchor pub in Dunmore on 26 December (Photo: PA)\n\nThe trial continues.",
                 "2024-07-08")
    assert _date_findings([shows, *others]) == []


def test_a_body_that_approves_votes_one_event():
    """"approved a new cabinet" and "voted 70-50 for a new cabinet" name one vote of one
    parliament: the source whose words are of the other class is still outvoted."""
    docs = [_doc("a", "Estonia's parliament approved a new cabinet on Sunday, ending Tiit Kask's term.", "2024-05-08"),
            _doc("b", "Estonia's parliament voted 70-50 for a new cabinet on Sunday, ending Tiit Kask's term.",
                 "2024-05-08"),
            _doc("c", "Estonia's parliament approved a new cabinet on Monday, ending Tiit Kask's term.", "2024-05-08")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Sunday")


def test_a_voting_participle_names_the_vote():
    """"entered a new era Monday, voting in a new cabinet": the participle names the day's event."""
    docs = [_doc("a", "Estonia's parliament approved a new cabinet on Sunday, ending Tiit Kask's term.", "2024-05-08"),
            _doc("b", "Estonia's parliament approved a new cabinet on Sunday, ending Tiit Kask's term.", "2024-05-08"),
            _doc("c", "After six years under Tiit Kask, Estonia entered a new era Monday, voting in a new cabinet.",
                 "2024-05-08")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Sunday")


_TOP = "Quota bill passes\n\nBy Ana Ruiz\nLawmakers in the chamber (Photo: Nordic Wire)\n\n"


@pytest.mark.parametrize("dateline, published, warned", [
    ("OSLO, Apr 8 (Nordic Wire) -", "2024-04-08", False),  # the day of publication
    ("OSLO, Apr 7 (Nordic Wire) -", "2024-04-08", False),  # filed the evening before
    ("OSLO, Apr 5 (Nordic Wire) -", "2024-04-08", True),   # three days off: a slip
    ("Apr 5 (Nordic Wire) --", "2024-04-08", True),
    ("OSLO, Apr 5 --", "2024-04-08", True),
    ("OSLO, Mar 8 (Nordic Wire) -", "2024-04-08", False),  # a month off: an older posting
])
def test_a_dateline_days_from_its_publication_is_a_slip(dateline, published, warned):
    """A dateline is the day the copy was filed, below a headline, a byline and a caption too."""
    doc = _doc("a", _TOP + dateline + " Lawmakers approved the fishing quota bill after a long debate.", published)
    found = [f for f in api.check_documents([doc]).findings if f.rule == "core.event-date"]
    assert [(f.text, f.severity) for f in found] == ([(dateline.split(" (")[0].split(", ")[-1].removesuffix(" --"),
                                                       "warning")] if warned else [])


def test_a_date_opening_a_paragraph_below_the_top_is_no_dateline():
    """ "On Apr 5 — ..." in the body dates an event; it is not held to the publication date."""
    doc = _doc("a", _TOP + "On Apr 5 — a Friday — lawmakers approved the fishing quota bill.", "2024-04-08")
    assert [f for f in api.check_documents([doc]).findings if f.rule == "core.event-date"] == []


def test_a_dateline_without_a_year_is_read_near_publication_whatever_the_tense():
    """ "Apr 11" before a past clause in a story of 8 April is three days off, not last year's."""
    doc = _doc("a", _TOP + "OSLO, Apr 11 -- Lawmakers approved the fishing quota bill at the parliament on Tuesday.", "2024-04-08")
    (f,) = [f for f in api.check_documents([doc]).findings if f.rule == "core.event-date"]
    assert f.text == "Apr 11" and "Thursday, April 11, 2024" in f.message


def test_a_death_days_after_the_injury_is_not_the_injury():
    """Struck on Tuesday, died on Thursday: two happenings. "Shot dead" still dates the attack."""
    docs = [_doc("a", "The young batsman Tom Lee was struck on the head by a ball on Tuesday in Dover.", "2024-05-10"),
            _doc("b", "Tom Lee was struck on the head by a fast ball in Dover on Tuesday.", "2024-05-10"),
            _doc("c", "Tom Lee died in hospital in Dover on Thursday after the blow to the head.", "2024-05-10")]
    assert _date_findings(docs) == []
    docs[2] = _doc("c", "Tom Lee was shot dead in Dover on Thursday.", "2024-05-10")
    assert _date_findings(docs) == [("c", "Thursday")]


def test_a_weekday_after_announced_they_would_starts_no_warning():
    """"announced they would vote on Friday": Friday may be the announcement's, not the vote's."""
    docs = [_doc("a", "The Senate voted 50-48 to confirm Judge Ana Ruiz on Saturday.", "2018-10-06"),
            _doc("b", "The Senate voted to confirm Judge Ana Ruiz to the court on Saturday.", "2018-10-06"),
            _doc("c", "Two senators announced they would vote to confirm Judge Ana Ruiz on Friday.", "2018-10-06")]
    assert _date_findings(docs) == []


def test_a_conviction_and_the_sentence_a_day_later_are_two_events():
    """Convicted on Thursday, sentenced on Friday: two court events, not one."""
    docs = [_doc("a", "Dale Ruiz, 23, was convicted on Thursday of the murder of Ana Lee in Dover.", "2024-05-10"),
            _doc("b", "Dale Ruiz was convicted of murdering Ana Lee in Dover on Thursday.", "2024-05-10"),
            _doc("c", "On Friday (10 May) Dale Ruiz, 23, was sentenced to life for the murder of Ana Lee in Dover.",
                 "2024-05-10")]
    assert _date_findings(docs) == []


def test_sources_that_call_one_court_decision_a_verdict_an_acquittal_or_upheld_vote():
    docs = [_doc("a", "A jury in Dover on Friday acquitted officer Dale Ruiz of all charges.", "2024-05-11"),
            _doc("b", "The jury in Dover delivered its verdict on officer Dale Ruiz on Friday.", "2024-05-11"),
            _doc("c", "The court in Dover upheld the acquittal of officer Dale Ruiz on Thursday.", "2024-05-11")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Friday")


def test_a_phase_word_far_from_the_vote_keeps_a_source_in_the_vote():
    docs = [_doc("a", "Parliament in Dunmore voted 60-59 on Sunday for a new government led by Ana Ruiz.", "2024-05-13"),
            _doc("b", "Parliament in Dunmore approved a new government led by Ana Ruiz on Sunday.", "2024-05-13"),
            _doc("c", "Dale Ortiz's long run as premier of Dunmore ended on Tuesday with parliament approving "
                      "a government led by Ana Ruiz.", "2024-05-13")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Sunday")


def test_a_place_and_its_region_keep_the_participants_of_a_stretch():
    """The clause of "October 7" starts at "Lower Dunmore", but the stabbing's stretch names Ruiz
    and Elm Court as the other sources do: one event, so the outlier is warned."""
    docs = [_doc("a", "Dale Ruiz, 33, killed nurse Ana Ruiz, 36, on 7 October 2023 at their home in Elm Court.",
                 "2024-05-10"),
            _doc("b", "He admitted manslaughter after he stabbed his wife Ana Ruiz at their home in Elm Court, "
                      "Lower Dunmore on the morning of October 7, 2023.", "2024-05-10"),
            _doc("c", "He admitted manslaughter after he stabbed his wife Ana Ruiz at their home in Elm Court, "
                      "Lower Dunmore on the morning of October 9, 2023.", "2024-05-10")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "2023-10-07")


def test_a_count_shared_by_two_sentences_binds_two_short_harm_scopes():
    """Three sources tell one attack with no shared name in their clauses; "62" injured in
    two sentences says it is one happening."""
    docs = [_doc("a", "Five people were killed and 62 injured in the Sunday attack, the complaint said.", "2024-05-14"),
            _doc("b", "A criminal complaint also revealed that 62 people had been injured Sunday night.", "2024-05-14"),
            _doc("c", "The driver drove through the parade in Dunmore on Saturday, killing five and injuring 62.",
                 "2024-05-14"),
            _doc("d", "Officials in Dunmore said five were killed in the parade attack on Sunday.", "2024-05-14")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("c", "warning", "Sunday")]


def test_a_shared_price_does_not_bind_the_pricing_to_the_first_trading_day():
    assert event_date._sentence_figures(_Sentence("priced at $38 a share late Thursday")) == frozenset()
    assert event_date._sentence_figures(_Sentence("62 people, 2012, 7, 4:30, 6.5-magnitude, 12%")) \
        == frozenset({"62", "6.5"})


class _Sentence:
    def __init__(self, sentence):
        self.sentence = sentence


def test_deaths_when_a_fire_swept_vote_with_the_fire():
    docs = [_doc("a", "A fire erupted Saturday morning inside a home in Dunmore, killing six children.", "2024-05-12"),
            _doc("b", "Six children perished in a fast-moving fire in Dunmore early Saturday.", "2024-05-12"),
            _doc("c", "Six children died early Friday when a fast-moving fire swept a house in Dunmore.", "2024-05-12")]
    (f,) = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert (f.document, f.severity, f.suggestion) == ("c", "warning", "Saturday")


def test_four_sources_that_date_a_killing_before_midnight_outvote_one():
    """ "shortly before midnight on Wednesday" is a clock time: the killing is the clause's event."""
    docs = [_doc("a", "Officer Ana Ruiz was killed in Dunmore, Co Clare, shortly before midnight on Wednesday.",
                 "2024-05-09"),
            _doc("b", "Officer Ana Ruiz was shot dead in Dunmore on Wednesday night.", "2024-05-09"),
            _doc("c", "Ruiz was killed in a shooting in Dunmore, Co Clare late on Wednesday night.", "2024-05-09"),
            _doc("d", "Ruiz was on patrol in Dunmore shortly before midnight on Tuesday when he was shot.",
                 "2024-05-09")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("d", "warning", "Wednesday")]


def test_three_sources_on_an_execution_outvote_a_fourth():
    docs = [_doc("a", "Four men convicted of the Dunmore murder were hanged in Elm jail on Friday.", "2024-05-11"),
            _doc("b", "The four Dunmore convicts were hanged at 5.30 a.m. on Friday in Elm jail.", "2024-05-11"),
            _doc("c", "Crowds gathered outside Elm jail ahead of the execution of the Dunmore convicts on Friday.",
                 "2024-05-11"),
            _doc("d", "The four men convicted of the Dunmore murder were hanged in Elm jail on Thursday.",
                 "2024-05-11")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("d", "warning", "Friday")]


def test_two_letter_initials_in_the_sentences_bind_an_announcement():
    """ "BP" is a name though content words drop two-letter words; opening the sentence too."""
    docs = [_doc("a", "Officials in Elm and Dunmore announced a settlement with BP on Thursday over the spill.",
                 "2015-07-03"),
            _doc("b", "BP announced July 2, 2015 that its Upstream unit has settled with Gulf states.", "2015-07-03"),
            _doc("c", '"A realistic outcome," BP chief Ana Ruiz said after the deal was announced on July 1.',
                 "2015-07-03")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("c", "warning", "2015-07-02")]
    assert event_date._sentence_names(_Sentence("NEW ORLEANS (AP) — Ana Ruiz met EU envoys IN Elm")) \
        == frozenset({"orlean", "ana", "ruiz", "elm", "eu"})  # "NEW" and "IN" are stopwords, "(AP)" a credit


def test_a_bylines_date_is_the_filing_day():
    """ "By The Associated Press / July 4, 2015" two days from the publication date is a slip;
    the day it names is not the settlement's."""
    text = "By The Associated Press / {}NEW ORLEANS (AP) — Officials announced a settlement with BP on Thursday."
    assert _date_findings([_doc("a", text.format("July 2, 2015"), "2015-07-02")]) == []
    (f,) = [f for f in api.check_documents([_doc("a", text.format("July 4, 2015"), "2015-07-02")]).findings
            if f.rule in DATE_RULES]
    assert (f.text, f.suggestion) == ("July 4", "2015-07-02")


def test_a_place_in_one_source_and_a_name_in_others_vote_as_one_landfall():
    """One source names where the typhoon struck, two name the typhoon: a place on one side and
    another kind of name on the other is one happening, so the two that agree outvote the third."""
    docs = [_doc("a", "The typhoon slammed into Elm province on Friday, flattening coastal villages.", "2024-05-12"),
            _doc("b", "Typhoon Kalo flattened villages across the province on Friday.", "2024-05-12"),
            _doc("c", "Typhoon Kalo flattened villages across the province on Wednesday.", "2024-05-12")]
    found = [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"]
    assert [(f.document, f.severity, f.suggestion) for f in found] == [("c", "warning", "Friday")]


@pytest.mark.parametrize("first, second", [
    ("The bill was passed by the Senate on {}.", "The bill was passed by the House on {}."),
    ("The Senate passed the aid bill on {}.", "The aid bill was passed by the House on {}."),
    ("Ana Ruiz was sentenced to ten years in prison on {}.", "The judge sentenced Tom Vesey to ten years in prison on {}."),
    ("A bomb exploded in a market in Kabul on {}, killing 12 people.",
     "A bomb exploded in a market in Kandahar on {}, killing 12 people."),
])
def test_two_names_of_one_kind_are_other_actors(first, second):
    """Two chambers (as subject or agent), two defendants, two cities: names of one kind that
    differ are other actors, and their days are never compared."""
    docs = [_doc("a", first.format("Tuesday"), "2024-05-12"), _doc("b", first.format("Tuesday"), "2024-05-12"),
            _doc("c", second.format("Saturday"), "2024-05-12")]
    assert [f for f in api.check_documents(docs).findings if f.rule == "core.event-date"] == []


def test_a_names_role_is_the_word_before_it():
    roles = event_date._roles(_Sentence("Typhoon Kalo tore through Elm province, said Ana Guen-hye of the Senate."))
    assert roles["typhoon"] == {""} and roles["kalo"] == {""} and roles["elm"] == {"through"}
    assert roles["guen"] == {"said"} and roles["hye"] == {"said"} and roles["senate"] == {"of"}
