"""Events, issue #19 session 7 (et2): event type and modality precision on political news —
private violence, figurative violence, recognition that is praise, acts owned by a name, shared
opinions, offered dangers, conditions, invitations, acts only entertained, interviews.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger, is_counted


def test_gunman_on_a_crowd_is_an_assault_not_repression(extract_text):
    ev = event_by_trigger(extract_text, "A gunman attacked the crowd outside the arena in Denver.", "attacked")
    assert ev is not None and ev["type"] == "ASSAULT", ev


def test_police_on_protesters_stays_repression(extract_text):
    ev = event_by_trigger(extract_text, "Riot police fired rubber bullets at protesters in Lagos.", "fired")
    assert ev is not None and ev["type"] == "COERCE" and ev["cameo"] == "175", ev


@pytest.mark.parametrize("text,trigger", [
    ("China is killing us on trade, the senator said.", "killing"),
    ("They crushed us in the polls last fall, Mr. Lowe said.", "crushed"),
])
def test_violence_in_a_field_of_competition_is_figurative(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is None or ev["type"] != "ASSAULT", ev


def test_killing_in_a_place_stays_an_assault(extract_text):
    ev = event_by_trigger(extract_text, "Soldiers killed nine villagers in the market on Sunday.", "killed")
    assert ev is not None and ev["type"] == "ASSAULT", ev


def test_recognised_as_heroes_is_no_diplomatic_recognition(extract_text):
    ev = event_by_trigger(extract_text, "Governor Ames recognized the nurses as heroes at the ceremony.", "recognized")
    assert ev is None or ev["cameo"] != "054", ev


@pytest.mark.parametrize("text", [
    "Brazil recognized Palestine as a state in 2010.",
    "Italy recognized the new government in Kabul on Friday.",
])
def test_recognising_a_state_stays_recognition(extract_text, text):
    ev = event_by_trigger(extract_text, text, "recognized")
    assert ev is not None and ev["cameo"] == "054", ev


def test_contributing_to_a_companys_decision_is_no_aid(extract_text):
    ev = event_by_trigger(extract_text, "The lawsuit contributed to Boeing's decision to close the factory.", "contributed")
    assert ev is None or ev["type"] != "AID", ev


def test_money_to_a_countrys_army_stays_aid(extract_text):
    ev = event_by_trigger(extract_text, "Germany gave weapons to Ukraine's army in March.", "gave")
    assert ev is not None and ev["type"] == "AID", ev


def test_a_shared_opinion_is_no_cooperation(extract_text):
    ev = event_by_trigger(extract_text, "His concern is shared by Senator Mark Rowe and other Democrats.", "shared")
    assert ev is None or ev["type"] != "COOPERATE", ev


def test_shared_intelligence_stays_cooperation(extract_text):
    ev = event_by_trigger(extract_text, "Intelligence was shared with Egypt after the bombing.", "shared")
    assert ev is not None and ev["type"] == "COOPERATE", ev


def test_the_danger_someone_offers_is_no_offer(extract_text):
    ev = event_by_trigger(extract_text, "It is the real danger that Senator Kemp offers our state.", "offers")
    assert ev is None or ev["type"] != "AGREE", ev


def test_act_under_a_condition_is_not_counted(extract_text):
    text = "The company would stay on the condition that the city contribute $3 million."
    ev = event_by_trigger(extract_text, text, "contribute")
    assert not is_counted(ev), ev


def test_invited_meeting_is_future(extract_text):
    ev = event_by_trigger(extract_text, "Chancellor Weber invited President Ruiz for a meeting in Berlin.", "meeting")
    assert ev is not None and ev["modality"] == "future", ev


def test_open_to_talks_is_not_counted(extract_text):
    ev = event_by_trigger(extract_text, "Mr. Dale said he is open to negotiating a treaty with Iran.", "negotiating")
    assert ev is not None and ev["modality"] == "hypothetical", ev


def test_contracted_would_with_if_clause_is_hypothetical(extract_text):
    ev = event_by_trigger(extract_text, "Ross and Lee agreed that they\u2019d support a Hale candidacy if it came.", "support")
    assert ev is not None and ev["modality"] == "hypothetical", ev


def test_talk_with_a_named_writer_is_an_interview(extract_text):
    text = "Governor Hart spoke with Atlantic staff writer Paul Reyes on Monday."
    ev = event_by_trigger(extract_text, text, "spoke")
    assert not is_counted(ev) or ev["type"] != "CONSULT", ev


def test_support_a_candidate_gets_is_electoral(extract_text):
    ev = event_by_trigger(extract_text, "We are getting their quiet support, Mr. Bell said.", "support")
    assert not is_counted(ev), ev


def test_attack_on_a_policy_field_stays_criticism(extract_text):
    ev = event_by_trigger(extract_text, "Senator Ann Walsh attacked Governor Tom Ridley on trade.", "attacked")
    assert ev is not None and ev["type"] == "ACCUSE", ev


def test_a_message_sent_to_a_person_is_no_aid(extract_text):
    text = "They fell out after Cole read a letter on his show that Dana Pike had sent him about the storm."
    ev = event_by_trigger(extract_text, text, "sent")
    assert ev is None or ev["type"] != "AID", ev


def test_supplies_sent_to_them_stay_aid(extract_text):
    ev = event_by_trigger(extract_text, "Japan sent them medical supplies after the quake.", "supplies")
    assert ev is not None and ev["type"] == "AID", ev


def test_challenged_claim_of_an_attack_is_not_counted(extract_text):
    text = "Her aide challenged the assertion that Mr. Bain had ever attacked Ms. Ortiz."
    ev = event_by_trigger(extract_text, text, "attacked")
    assert not is_counted(ev), ev


def test_being_able_to_is_an_ability_not_an_act(extract_text):
    text = "She mocked the mayor's boasts about being able to negotiate a better deal with Peru."
    ev = event_by_trigger(extract_text, text, "negotiate")
    assert not is_counted(ev), ev


def test_was_able_to_is_done(extract_text):
    ev = event_by_trigger(extract_text, "Minister Vale was able to negotiate a deal with Peru.", "negotiate")
    assert is_counted(ev), ev


def test_a_warning_with_should_is_advice_not_a_threat(extract_text):
    text = "Mr. Gant warned that Ms. Kerr is still ahead and should avoid overreacting."
    ev = event_by_trigger(extract_text, text, "warned")
    assert ev is None or ev["type"] != "THREATEN", ev


def test_a_warning_of_retaliation_stays_a_threat(extract_text):
    ev = event_by_trigger(extract_text, "Syria warned that it would retaliate against Turkey.", "warned")
    assert ev is not None and ev["type"] == "THREATEN", ev


def test_released_pages_free_no_one(extract_text):
    text = "The ministry released more than 900 pages of his letters on Friday."
    ev = event_by_trigger(extract_text, text, "released")
    assert ev is None or ev["type"] != "RETREAT", ev


def test_when_asked_to_is_a_reporters_question(extract_text):
    text = "Voters noticed his hesitation when asked to condemn the militia."
    ev = event_by_trigger(extract_text, text, "asked")
    assert ev is None or ev["type"] != "REQUEST", ev


def test_when_asked_by_a_state_stays_a_request(extract_text):
    ev = event_by_trigger(extract_text, "When asked by Germany to send troops, France refused.", "asked")
    assert ev is not None and ev["type"] == "REQUEST", ev
