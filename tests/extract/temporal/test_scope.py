"""scope() looks only at the date spans inside the phrase's clause, found by binary search.

It used to filter every date span of the document for each phrase, which made a long
document quadratic; the binary search must pick exactly the spans the filter picked.
"""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.extract.temporal import scope as S
from claimcheck.extract._setting import in_caption
from claimcheck.extract.temporal import _extract
from claimcheck.models import Document


@st.composite
def disjoint_spans(draw):
    cuts = sorted(set(draw(st.lists(st.integers(0, 500), max_size=40))))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2])]


@given(disjoint_spans(), st.integers(0, 500), st.integers(0, 200))
def test_inside_picks_what_a_full_scan_picks(spans, lo, width):
    hi = lo + width
    assert S._inside(spans, lo, hi) == [(s, e) for s, e in spans if lo <= s and e <= hi]


def test_two_dates_in_one_clause_still_cut_in_a_long_document():
    # The quake sentence of a rescue story: Thursday dates the search, "two days earlier" the quake.
    sentence = "Rescuers searched the ruins Thursday for victims of a quake two days earlier. "
    text = "Officials met on Monday. " * 300 + sentence + "The mayor spoke on Friday. " * 300
    doc = Document(id="d", path="d", text=text, published=dt.date(2011, 10, 28))
    claims = _extract(doc)
    spans = sorted(S.local(doc, c) for c in claims)
    thursday = next(c for c in claims if c.text == "Thursday")
    earlier = next(c for c in claims if c.text == "two days earlier")
    assert "searched the ruins" in S.scope(doc, thursday, spans)
    assert "quake" not in S.scope(doc, thursday, spans)
    assert "quake" in S.scope(doc, earlier, spans)
    assert "searched" not in S.scope(doc, earlier, spans)


def _caption_of(text: str, phrase: str) -> bool:
    doc = Document(id="d", path="d", text=text, published=dt.date(2022, 1, 5))
    claim = next(c for c in _extract(doc) if c.text == phrase)
    return in_caption(doc.text, S.local(doc, claim)[0])


def test_a_short_paragraph_with_a_credit_is_a_caption():
    text = "Body text.\nMayor Dana Ortiz is sworn in at City Hall on Jan. 2, 2022. (AP Photo/Lee Chan)\nMore."
    assert _caption_of(text, "Jan. 2, 2022")
    assert _caption_of("Ortiz is sworn in on Jan. 2, 2022.\n(Lee Chan / Metro Wire)\n", "Jan. 2, 2022")


def test_a_paragraph_longer_than_a_caption_is_body_text_even_with_a_credit():
    """Only the paragraph around the date within CAPTION_MAX is read (a whole-paragraph search
    per date made one long line quadratic): a credit 1,200 characters away is another paragraph's."""
    filler = "The council met again to discuss the budget. " * 30  # 1,350 characters
    assert not _caption_of(f"Ortiz was sworn in on Jan. 2, 2022. {filler}(AP Photo/Lee Chan)", "Jan. 2, 2022")
    assert not _caption_of(f"{filler}Ortiz was sworn in on Jan. 2, 2022. (AP Photo/Lee Chan)", "Jan. 2, 2022")


def _trigger(text, phrase, published="2024-05-09"):
    doc = Document(id="d", path="d", text=text, published=dt.date.fromisoformat(published))
    claim = next(c for c in _extract(doc) if c.text == phrase)
    return S.trigger(doc, claim)


def test_the_trigger_is_the_event_word_nearest_the_date():
    assert _trigger("Police arrested the driver Monday after the crash that killed two.", "Monday") == "arrested"


def test_a_subordinate_clause_has_its_own_trigger():
    text = "The mayor resigned after the council voted on Tuesday to cut her pay."
    assert _trigger(text, "Tuesday") == "voted"


def test_an_opening_date_dates_the_clause_after_its_comma():
    assert _trigger("On Tuesday, the council voted to close the harbour.", "Tuesday") == "voted"


def test_the_object_of_a_decision_is_no_trigger():
    assert _trigger("The party decided on Tuesday to recall him from his post.", "Tuesday") is None
    assert _trigger("The board called on Monday for a vote on the merger.", "Monday") is None


def test_the_speaker_is_not_in_the_scope_of_a_reported_date():
    text = "Chief Justice Ana Ruiz said the presidential election held on Aug. 8 was flawed."
    doc = Document(id="d", path="d", text=text, published=dt.date(2017, 9, 2))
    (c,) = _extract(doc)
    words = S.scope(doc, c)
    assert "election held" in words and "Ruiz" not in words


def test_an_abbreviation_or_a_clock_time_does_not_cut_the_clause():
    assert _trigger("The strong quake hit at 4:30 p.m. Sunday near the town.", "Sunday", "2024-05-07") == "quake"


def test_a_capitalised_on_opens_the_sentence_even_after_stray_text():
    # Scraped copy sometimes runs a stamp into the first sentence.
    assert _trigger("date 2024-05-07 On Tuesday, members of the council voted to close the port.",
                    "Tuesday") == "voted"


def test_a_reaction_to_the_event_is_no_trigger():
    assert _trigger("The minister earlier on Saturday objected to the verdict.", "Saturday") is None
    assert _trigger("Rights groups welcomed Saturday's verdict.", "Saturday") == "verdict"


def test_an_ordered_new_election_is_not_the_election():
    assert _trigger("The court on Friday ordered a new presidential election within 60 days.", "Friday") is None
    assert _trigger("The court on Friday annulled the election.", "Friday") == "election"


def test_an_event_word_far_from_the_date_is_not_its_trigger():
    text = ("Fire investigators heard from a neighbour that one of the adults in the house may have had "
            "a birthday party there Friday night.")
    assert _trigger(text, "Friday") is None


def test_a_story_noun_in_the_stretch_names_the_event_before_a_nearer_verb():
    assert _trigger("The worst hit was Dunmore after the quake struck at 1.30am on Wednesday.", "Wednesday") == "quake"
    # a story noun of another class does not replace the verb
    assert _trigger("Election officials in Dunmore arrested two men on Wednesday.", "Wednesday") == "arrested"


def _repeated(text, phrase, published="2024-05-09"):
    doc = Document(id="d", path="d", text=text, published=dt.date.fromisoformat(published))
    claims = _extract(doc)
    return next(c for c in S.facts(doc, claims) if c.text == phrase).repeated


def test_a_repeat_word_counts_only_beside_the_event_word():
    assert _repeated("The leaders clashed again on Tuesday in Dunmore.", "Tuesday")
    assert _repeated("Delegates held a second day of talks on Tuesday in Dunmore.", "Tuesday")
    # "again" belongs to "part of Dunmore", not to the signing
    assert not _repeated("The president signed a treaty on Tuesday making Tarland part of Dunmore again.", "Tuesday")
    # without an event word the whole clause still counts
    assert _repeated("The crowds gathered on Tuesday in the square again.", "Tuesday")


def test_a_participle_after_the_comma_shares_the_day():
    text = "President Ana Ruiz on Tuesday raised the stakes over Tarland, signing a treaty to annex it."
    assert _trigger(text, "Tuesday") == "signing"
    # only when the date's own stretch has no event word
    assert _trigger("Ruiz was arrested on Tuesday in Dunmore, signing nothing.", "Tuesday") == "arrested"


def test_an_earlier_happening_in_the_wake_of_or_ahead_of_is_not_the_days():
    text = "The minister cancelled a rally to be held on Monday in the wake of the bridge collapse in Dunmore."
    assert _trigger(text, "Monday") is None
    assert _trigger("Ruiz met aides on Monday ahead of the summit in Dunmore.", "Monday") is None
    assert _trigger("Hundreds died in the bridge collapse in Dunmore on Sunday evening.", "Sunday") == "collapse"


def test_the_purpose_of_a_journey_is_not_its_event_word():
    assert _trigger("Ruiz arrived in Dunmore on Monday for regional talks.", "Monday") is None


def test_an_opening_date_reaches_past_an_aside_to_its_verb():
    text = "On May 21, the Dunmore police, under Commissioner Ana Ruiz, arrested the driver's father."
    assert _trigger(text, "May 21") == "arrested"
    # a sentence end still stops it
    assert _trigger("On May 21, the police in Dunmore met. They arrested nobody.", "May 21") is None


def test_a_repeat_word_between_the_date_and_a_later_event_word_counts():
    assert _repeated("Delegates on Tuesday held a second round of talks in Dunmore.", "Tuesday")


def test_an_event_noun_in_a_place_phrase_is_not_the_dated_event():
    text = "A vigil at the scene of the shooting in Elm Street yesterday afternoon drew hundreds."
    assert _trigger(text, "yesterday") is None
    assert _trigger("Divers searched near the crash site of the ferry on 3 May 2024.", "3 May 2024") is None
    assert _trigger("The minister visited the town nearest the site of the crash on Wednesday.", "Wednesday") is None
    # the event itself, not its place, is still dated
    assert _trigger("The shooting in Elm Street yesterday afternoon drew hundreds.", "yesterday") == "shooting"


def test_a_harm_named_in_a_charge_is_the_charge():
    assert _trigger("Dale Ortiz was charged with six counts of murder Monday.", "Monday") == "charged"
    assert _trigger("The man accused of murder appeared in court Monday.", "Monday") == "appeared"
    assert _trigger("A teenager was arrested on suspicion of murder on Monday.", "Monday") == "arrested"
    assert _trigger("The gunman killed six people Monday.", "Monday") == "killed"


def test_an_event_reported_after_that_is_not_the_statements_trigger():
    text = "The doctor said in a statement released by the club on Thursday afternoon that Lee had died."
    assert _trigger(text, "Thursday") is None
    # the date inside the reported clause still dates its event
    assert _trigger("The doctor said that Lee had died on Thursday.", "Thursday") == "died"


def test_an_age_or_a_place_between_commas_does_not_cut_the_stretch():
    assert _trigger("Dale Ruiz, 33, killed nurse Ana Ruiz, 36, on 7 May 2024 at their home.", "7 May 2024") == "killed"
    text = "A gunman killed two women at a cinema in Elm Falls, La., on May 7, 2024."
    assert _trigger(text, "May 7, 2024") == "killed"
    text = "Ana Ruiz was killed outside a pub in Elm Village, Wirral, Merseyside, on December 24 last year."
    assert _trigger(text, "December 24", "2024-07-09") == "killed"
    text = "He stabbed his wife at their home in Elm Court, Lower Dunmore on the morning of May 7, 2024."
    assert _trigger(text, "May 7, 2024") == "stabbed"


def test_a_name_between_commas_after_a_common_noun_still_cuts():
    # "the man who was voted out, Dale Ruiz, has played": the aside closes the relative clause
    assert _trigger("The man who was voted out, Dale Ruiz, has played a huge part today.", "today") is None


def test_a_short_aside_in_brackets_does_not_cut_the_stretch():
    assert _trigger("He killed his girlfriend (16) in Dunmore on Sunday.", "Sunday") == "killed"
    # a date that opens its own bracket reaches the clause after it
    assert _trigger("On Friday (3 May) Dale Ruiz, 23, was sentenced to life.", "Friday (3 May") == "sentenced"
    # a long bracket is a sentence of its own
    text = "He killed a man (the police say the victim had been threatening his family for months) on Sunday."
    assert _trigger(text, "Sunday") is None


def test_the_dash_of_a_tally_does_not_cut_the_stretch():
    text = "The Senate voted 50–48 to confirm Ana Ruiz to the court Saturday, the narrowest vote."
    assert _trigger(text, "Saturday", "2024-05-11") == "voted"
    assert _trigger("The Senate voted – after a long night – Saturday.", "Saturday", "2024-05-11") is None


def _phase(text, phrase, published="2024-05-09"):
    doc = Document(id="d", path="d", text=text, published=dt.date.fromisoformat(published))
    return next(c for c in S.facts(doc, _extract(doc)) if c.text == phrase).phase


def test_a_phase_word_counts_only_beside_the_event_word():
    text = "Ruiz's long run as premier ended on Sunday with parliament approving a new government."
    assert _phase(text, "Sunday") is None
    assert _phase("The talks ended on Sunday in Dunmore.", "Sunday") == "end"
    assert _phase("The summit opened on Sunday in Dunmore.", "Sunday") == "start"
    # without an event word the whole scope still says it
    assert _phase("The festival in Dunmore ended on Sunday.", "Sunday") == "end"


def test_the_injured_date_the_harm():
    assert _trigger("Sixty people were injured at the parade in Dunmore on Sunday night.", "Sunday") == "injured"


def test_a_date_that_closes_its_clause_reaches_back_to_the_clauses_verb():
    text = ("Dunmore signed agreements to normalise diplomatic ties with the United Arab Emirates and "
            "Bahrain at the White House on Tuesday.")
    assert _trigger(text, "Tuesday", "2024-05-08") == "signed"
    # a date inside its clause keeps the short reach
    text = ("Dunmore signed agreements to normalise diplomatic ties with the United Arab Emirates and "
            "Bahrain on Tuesday at the White House in a long ceremony.")
    assert _trigger(text, "Tuesday", "2024-05-08") is None


def test_the_long_reach_stops_at_an_embedded_clause():
    text = ("Fire investigators in Dunmore heard from a neighbour that one of the adults in the house "
            "may have had a birthday party there Friday night.")
    assert _trigger(text, "Friday") is None


def test_a_capitalised_word_after_a_comma_that_starts_a_clause_still_cuts():
    text = "The resignation letter of Dale Ruiz was received by Parliament, Speaker Ana Ortiz confirmed on Friday."
    assert _trigger(text, "Friday") is None


def test_a_stretch_never_names_a_word_cut_by_its_reach():
    text = "stake in Reliance Industries"
    assert S._whole_words(text, 0, text.index("Reliance") + 7) == "stake in"
    assert S._whole_words(text, text.index("Reliance") + 2, len(text)) == "Industries"
    assert S._whole_words(text, 0, len(text)) == text


def test_the_participants_of_a_date_with_an_event_word_come_from_its_stretch():
    text = "He stabbed his wife Ana Ruiz at their home in Elm Court, Lower Dunmore on the morning of May 7, 2024."
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 5, 9))
    (c,) = S.facts(doc, _extract(doc))
    assert c.event.trigger == "stabbed" and {"ruiz", "elm", "court", "dunmore"} <= set(c.event.participants)


def test_gunned_down_and_sworn_in_name_their_events():
    assert _trigger("Officer Dale Ruiz was gunned down during a traffic stop on Friday.", "Friday") == "gunned"
    assert _trigger("Ana Ruiz was sworn in on Saturday as the new judge.", "Saturday") == "sworn"
    assert _trigger("Dunmore prepares for Monday's inauguration.", "Monday") == "inauguration"


def test_a_death_when_a_harm_struck_is_the_harms():
    text = "Eight people died early Saturday when a fast-moving fire swept a house in Dunmore."
    assert _trigger(text, "Saturday") == "fire"
    # a "when" clause without a harm, or a death after the blow, stays a death
    assert _trigger("Tom Lee died in hospital on Thursday when his family was at his side.", "Thursday") == "died"
    assert _trigger("Tom Lee died on Thursday after the blow to the head.", "Thursday") == "died"


_TOKENS = ["Dale", "Ruiz", "Elm", "Court", "La.", "36", "50–48", "(UAE)", "(16)", ",", ",", "(", ")", "—", "that",
           "when", "after", "on", "in", "at", "the", "a", "killed", "died", "fire", "voted", "signed", "sentenced",
           "verdict", "said", "met", "Tuesday", "May 7", ".", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=40))
def test_a_trigger_is_an_event_word_of_the_text_and_participants_are_names(tokens):
    text = " ".join(tokens)
    doc = Document(id="d", path="d", text=text, published=dt.date(2024, 5, 9))
    for c in S.facts(doc, _extract(doc)):
        if c.event.trigger is not None:
            assert c.event.trigger in S._EVENT_NOUNS and c.event.trigger in text.lower()
        assert not set(c.event.participants) & set(S._EVENT_NOUNS)


def test_before_or_after_a_time_of_day_does_not_cut_the_clause():
    text = "Officer Ana Ruiz was killed in Dunmore shortly before midnight on Wednesday."
    assert _trigger(text, "Wednesday", "2024-05-09") == "killed"
    assert _trigger("Ruiz was detained before dawn on Monday by soldiers.", "Monday", "2024-05-08") == "detained"
    assert _trigger("The two men were hanged just after 5.30 a.m. on Friday in Dunmore.", "Friday",
                    "2024-05-11") == "hanged"
    # before another happening it still cuts: the meeting is not the vote
    assert _trigger("The council voted before the mayor met aides on Monday.", "Monday", "2024-05-08") is None


def test_a_place_and_its_county_before_late_on_is_an_aside():
    text = "Ruiz was killed in a shooting in Elm Falls, Co Clare late on Wednesday night."
    assert _trigger(text, "Wednesday") == "shooting"


def test_a_when_clause_after_a_date_without_event_word_happened_that_day():
    text = "The officer was on patrol on Wednesday when he was shot and killed."
    assert _trigger(text, "Wednesday") == "shot"
    # an event word in the date's own stretch comes first
    assert _trigger("Ruiz was arrested on Tuesday when police searched his home.", "Tuesday") == "arrested"


def _event(text, phrase, published="2024-05-09"):
    doc = Document(id="d", path="d", text=text, published=dt.date.fromisoformat(published))
    claim = next(c for c in S.facts(doc, _extract(doc)) if c.text == phrase)
    return claim.event.category, claim.event.participants


def test_executions_storms_and_releases_of_results_have_event_classes():
    assert _event("Four men were hanged in Dunmore jail on Friday.", "Friday") == ("execution", ["dunmore"])
    assert _event("Typhoon Ana tore through Elm province on Friday.", "Friday")[0] == "storm"
    assert _event("Acme announced a dividend in its earnings release Thursday.", "Thursday")[0] == "results"
    assert _event("Bloomberg was first to report the news early Monday morning.", "Monday")[0] is None
    # an election's results are the election's
    text = "Observers questioned the results of the 20 October presidential election."
    assert _event(text, "20 October", "2019-11-10")[0] == "vote"


def test_an_opening_early_is_no_participant():
    assert _event("Early Monday, soldiers detained the president in Dunmore.", "Monday", "2024-05-07") \
        == ("arrest", ["dunmore"])


def test_a_possessive_date_dates_the_noun_phrase_after_it():
    assert _trigger("Police said 259 were arrested in Thursday's violence at the mine.", "Thursday") is None
    assert _trigger("Police said 259 were arrested in Thursday's deadly attack.", "Thursday") == "attack"
    text = "Typhoon Ana: thousands dead as storm makes landfall - Monday's developments"
    assert _trigger(text, "Monday", "2024-05-07") is None


def test_an_accident_is_a_harmful_happening():
    assert _event("The accident took place in Elm Nagar on Sunday.", "Sunday", "2024-05-21") \
        == ("harm", ["elm", "nagar"])


def test_the_crash_a_driver_is_jailed_for_causing_is_not_the_days():
    text = "A judge sent the driver to prison on Friday for causing a fatal crash near Elm."
    assert _trigger(text, "Friday", "2024-05-11") is None
    assert _trigger("The driver was jailed on Friday for causing a fatal crash.", "Friday", "2024-05-11") == "jailed"


def test_a_verb_of_happening_dates_its_subject():
    text = "The hangings for which the nation waited finally took place at 5.30 a.m. on Friday, officials said."
    assert _trigger(text, "Friday", "2024-05-11") == "hanging"
    assert _trigger("The summit, delayed twice, was held in Dunmore on Monday.", "Monday") == "summit"
    # no verb of happening: nothing is borrowed from the sentence's start
    assert _trigger("The hangings drew crowds; the nation waited for news on Friday.", "Friday", "2024-05-11") is None


def test_executed_agreements_are_no_execution():
    assert _event("Acme's unit executed agreements with five states on Thursday.", "Thursday")[0] is None


def test_slammed_into_is_an_impact_not_a_reaction():
    text = "One of the strongest typhoons ever recorded slammed into Elm province early Friday, killing hundreds."
    assert _trigger(text, "Friday", "2024-05-11") == "typhoon"
    assert _trigger("Critics on Friday slammed the verdict.", "Friday", "2024-05-11") is None


def _facts(text, phrase, published="2024-05-09"):
    doc = Document(id="d", path="d", text=text, published=dt.date.fromisoformat(published))
    return next(c for c in S.facts(doc, _extract(doc)) if c.text == phrase)


def test_a_date_after_a_bound_weekday_and_its_aside_is_bound_too():
    text = "At least 300 people have died in the cyclone as of Wednesday morning (local time), March 20."
    assert _facts(text, "March 20", "2019-03-20").bound
    text = "The cyclone hit Elm on Wednesday morning (local time), March 20."
    assert not _facts(text, "March 20", "2019-03-20").bound


def test_a_date_before_an_update_number_is_a_stamp():
    text = "Elm: At least 350 dead from Cyclone Ana Mar. 20 /update 7\n\nThe cyclone hit Elm on March 14."
    assert _facts(text, "Mar. 20", "2019-03-20").setting.dateline
    assert not _facts(text, "March 14", "2019-03-20").setting.dateline
