"""Events, issue #19 session 7 (et3): event type and modality precision on political news —
donations to a named person, policies backed, political struggles, speeches delivered, visits
paid, evasions allowed, acts asked for or talked about.

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger, is_counted


def _not_typed(ev, kind: str) -> bool:
    return ev is None or ev["type"] != kind


@pytest.mark.parametrize("text,trigger", [
    ("Marta Lindqvist donated $2,700 to Kelly Ayotte on the same afternoon.", "donated"),
    ("The lawyer, Tom Jennings, gave $5,000 to Senator Marco Rubio in March.", "gave"),
])
def test_money_to_a_named_person_is_a_donation_not_aid(extract_text, text, trigger):
    assert _not_typed(event_by_trigger(extract_text, text, trigger), "AID")


def test_a_state_giving_money_to_a_leader_stays_aid(extract_text):
    ev = event_by_trigger(extract_text, "Qatar gave $2 billion to Mohamed Morsi in 2013.", "gave")
    assert ev is not None and ev["type"] == "AID", ev


def test_a_policy_backed_is_no_act(extract_text):
    ev = event_by_trigger(extract_text, "Older voters are united in supporting Planned Parenthood funding.", "funding")
    assert _not_typed(ev, "AID"), ev


def test_fighting_a_legislature_is_no_assault(extract_text):
    ev = event_by_trigger(extract_text, "Powell has been fighting a rear-guard action all year against the Republican-led Congress.", "fighting")
    assert _not_typed(ev, "ASSAULT"), ev


def test_fighting_rebels_stays_an_assault(extract_text):
    ev = event_by_trigger(extract_text, "The army fought the rebels near Homs on Sunday.", "fought")
    assert ev is not None and ev["type"] == "ASSAULT", ev


def test_building_a_political_machine_is_no_mobilisation(extract_text):
    ev = event_by_trigger(extract_text, "The gun lobby built up an enormous political machine over the decades.", "built")
    assert _not_typed(ev, "MOBILIZE"), ev


def test_building_up_troops_stays_a_mobilisation(extract_text):
    ev = event_by_trigger(extract_text, "Russia built up troops along the Ukrainian border.", "built")
    assert ev is not None and ev["type"] == "MOBILIZE", ev


def test_delivering_a_critique_is_no_aid(extract_text):
    text = "Warren spoke in the city on Monday, delivering a blistering critique of Donald Trump's failed hotels."
    assert _not_typed(event_by_trigger(extract_text, text, "delivering"), "AID")


def test_a_social_call_on_a_person_is_no_request(extract_text):
    text = "Bill Clinton caused a stir with an impromptu social call on Attorney General Loretta Lynch."
    assert _not_typed(event_by_trigger(extract_text, text, "call"), "REQUEST")


def test_a_call_on_congress_to_act_stays_a_request(extract_text):
    ev = event_by_trigger(extract_text, "The governor renewed his call on Congress to pass the bill.", "call")
    assert ev is not None and ev["type"] == "REQUEST", ev


def test_a_fight_called_for_is_not_counted(extract_text):
    text = "Several senators have called for the United States and its allies to organize ground forces to fight the Islamic State."
    assert not is_counted(event_by_trigger(extract_text, text, "fight"))


def test_allowing_an_evasion_is_no_concession(extract_text):
    ev = event_by_trigger(extract_text, "By putting the burden on Trump, Ryan allows Republicans to dodge Trump.", "allows")
    assert _not_typed(ev, "CONCEDE"), ev


def test_allowing_convoys_in_stays_a_concession_kind(extract_text):
    ev = event_by_trigger(extract_text, "Israel allowed aid convoys to enter Gaza on Friday.", "allowed")
    assert ev is not None and ev["type"] in ("CONCEDE", "RETREAT"), ev


def test_support_talked_about_is_not_counted(extract_text):
    ev = event_by_trigger(extract_text, "Ryan told CNN's Jake Tapper about extending his support to Trump.", "support")
    assert not is_counted(ev), ev


def test_an_infinitive_coordinated_with_requests_is_not_counted(extract_text):
    text = "Party officials have made numerous requests to withdraw the motion, and even to agree to cancel the meeting."
    assert not is_counted(event_by_trigger(extract_text, text, "agree"))


def test_guaranteed_a_slot_is_no_agreement(extract_text):
    ev = event_by_trigger(extract_text, "Dunn is already guaranteed a slot in Cleveland.", "guaranteed")
    assert _not_typed(ev, "AGREE") or not is_counted(ev), ev


def test_as_opposed_to_is_no_rejection(extract_text):
    text = "The super PAC spent $1.5 million on radio ads to lift the governor, as opposed to attacking his rivals."
    assert _not_typed(event_by_trigger(extract_text, text, "opposed"), "REJECT")


def test_an_assurance_that_describes_is_no_pledge(extract_text):
    text = "Mr. Biden assured his hometown's voters that Mrs. Clinton was made of the same stuff."
    assert _not_typed(event_by_trigger(extract_text, text, "assured"), "AGREE")


def test_an_assurance_of_what_will_be_done_stays_a_pledge(extract_text):
    ev = event_by_trigger(extract_text, "The United States assured Georgia that it would not abandon it.", "assured")
    assert ev is not None and ev["type"] == "AGREE", ev


def test_contributing_to_a_named_win_is_no_aid(extract_text):
    text = "The late Mayor Tom Menino contributed to Clinton's New Hampshire primary win against Barack Obama."
    assert _not_typed(event_by_trigger(extract_text, text, "contributed"), "AID")


def test_rebels_marching_into_a_capital_is_no_protest(extract_text):
    text = "In 1991, three rebel groups defeated the regime and marched into the capital."
    assert _not_typed(event_by_trigger(extract_text, text, "marched"), "PROTEST")


def test_students_marching_stays_a_protest(extract_text):
    ev = event_by_trigger(extract_text, "Thousands of students marched on the capital to demand reforms.", "marched")
    assert ev is not None and ev["type"] == "PROTEST", ev


def test_aid_a_senator_supports_giving_is_not_counted(extract_text):
    ev = event_by_trigger(extract_text, "The senator supports giving military aid to Ukraine.", "aid")
    assert not is_counted(ev), ev


def test_denying_a_rival_a_prize_is_no_rejection(extract_text):
    ev = event_by_trigger(extract_text, "Voters denied Clinton a victory in Iowa last winter.", "denied")
    assert _not_typed(ev, "REJECT"), ev


def test_denying_a_request_stays_a_rejection(extract_text):
    ev = event_by_trigger(extract_text, "The minister denied the request from Hungary.", "denied")
    assert ev is not None and ev["type"] == "REJECT", ev


def test_a_government_denying_a_party_its_victory_stays_a_rejection(extract_text):
    text = "The government denied the opposition party the victory and jailed its leader."
    ev = event_by_trigger(extract_text, text, "denied")
    assert ev is not None and ev["type"] == "REJECT", ev


def test_a_boycott_suggested_is_not_counted(extract_text):
    ev = event_by_trigger(extract_text, "Last spring, Mr. Trump suggested boycotting Apple over the phone dispute.", "boycotting")
    assert not is_counted(ev), ev


def test_rallies_listed_with_campaign_ads_are_no_protest(extract_text):
    text = "The nurses' union has reported spending more than $1 million on ads, rallies and other voter outreach."
    assert _not_typed(event_by_trigger(extract_text, text, "rallies"), "PROTEST")
