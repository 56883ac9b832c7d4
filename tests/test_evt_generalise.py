"""Events, issue #19 session 7: event types by general rules (talk venues, leaving an agreement,
political donations, poll shares, aims and duties, questions put, stances held).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from tests.evidence import event_by_trigger, event_sides


def _types(extract_text, text: str) -> list[str]:
    return [e["type"] for e in extract_text(text)["events"]]


# (sentence, trigger): an attack made with words is criticism (ACCUSE, CAMEO 111)
VERBAL = [
    ("Governor Tom Ridley attacked Senator Ann Walsh on Twitter on Monday.", "attacked"),
    ("In his Twitter attacks, Governor Tom Ridley mocked Ann Walsh.", "attacks"),
    ("Senator Ann Walsh attacked Governor Tom Ridley in a speech on Tuesday.", "attacked"),
]


@pytest.mark.parametrize("text,trigger", VERBAL)
def test_attack_with_words_is_criticism(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["type"] == "ACCUSE" and ev["cameo"] == "111", ev


def test_armed_attack_stays_an_assault(extract_text):
    ev = event_by_trigger(extract_text, "Russian forces attacked Ukrainian positions overnight.", "attacked")
    assert ev is not None and ev["type"] == "ASSAULT", ev


def test_leaving_a_treaty_is_no_support(extract_text):
    text = "Russia's exit from the treaty alarmed its neighbours."
    assert "SUPPORT" not in _types(extract_text, text)
    ev = event_by_trigger(extract_text, text, "exit")
    assert ev is not None and ev["type"] == "SANCTION" and ev["cameo"] == "160", ev


def test_signed_treaty_is_still_an_agreement(extract_text):
    ev = event_by_trigger(extract_text, "Russia signed a treaty with China on Monday.", "treaty")
    assert ev is not None and ev["type"] == "SUPPORT", ev


def test_backing_won_is_support_by_the_backer(extract_text):
    rows, _ = event_sides(extract_text, "Senator Ann Walsh won the backing of the National Rifle Association.", "backing")
    assert rows and rows[0][0] == "SUPPORT" and rows[0][1] == ["National Rifle Association"], rows


def test_votes_won_are_no_support(extract_text):
    assert "SUPPORT" not in _types(extract_text, "Senator Ann Walsh won the support of 45 percent of Hispanic voters.")
    assert "SUPPORT" not in _types(extract_text, "Walsh garners 41 percent support against Ridley in Kansas.")


def test_talk_with_after_a_place_is_a_meeting(extract_text):
    rows, _ = event_sides(extract_text, "Obama spoke at the White House with Merkel on Friday.", "spoke")
    assert rows and rows[0][0] == "CONSULT", rows


@pytest.mark.parametrize("text", [
    "Koch Industries donated $2 million to a super PAC backing the senator.",
    "Ann Walsh contributed $500 to the Ridley campaign.",
    "The billionaire made a large donation to the Republican Party.",
])
def test_political_donation_is_no_aid(extract_text, text):
    assert "AID" not in _types(extract_text, text)


def test_donation_abroad_is_still_aid(extract_text):
    ev = event_by_trigger(extract_text, "Japan donated $2 million to the Red Cross in Haiti.", "donated")
    assert ev is not None and ev["type"] == "AID", ev


def test_states_voting_for_a_candidate_are_no_support(extract_text):
    r = extract_text("Back in 1988, Indiana, Michigan and Ohio all supported Bush.")
    assert not [e for e in r["events"] if e["type"] == "SUPPORT" and not e["uncoded"]], r["events"]


def test_a_news_outlet_investigating_is_journalism(extract_text):
    text = "The Washington Post has assigned reporters to investigate every part of Donald Trump's life."
    assert "ACCUSE" not in _types(extract_text, text)


@pytest.mark.parametrize("text,trigger", [
    ("Obama's policy has been to allow ISIS to keep its oil fields.", "allow"),
    ("Jane Roe has got to talk with Russia.", "talk"),
])
def test_aims_and_duties_are_hypothetical(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["modality"] == "hypothetical", ev


def test_asking_to_say_something_is_a_question(extract_text):
    assert "REQUEST" not in _types(extract_text, "At the forum, Sean Miles asked Kasich to lay out his path to the nomination.")
    ev = event_by_trigger(extract_text, "The senator urged Pakistan to share intelligence with India.", "urged")
    assert ev is not None and ev["type"] == "REQUEST", ev


def test_a_stance_on_a_thing_in_general_is_no_support(extract_text):
    assert "SUPPORT" not in _types(extract_text, "She said her father supports equal pay for equal work.")
    ev = event_by_trigger(extract_text, "Russia supports the rebels in eastern Ukraine.", "supports")
    assert ev is not None and ev["type"] == "SUPPORT", ev


def test_sharing_a_view_with_a_crowd_is_no_cooperation(extract_text):
    text = "The pastor shared with the Ohio crowd that he believes Trump is a good man."
    assert "COOPERATE" not in _types(extract_text, text)


def test_an_agreement_named_is_no_agreement_made(extract_text):
    text = "He said the American agreement with Iran over nuclear weapons isn't good for the country."
    assert "SUPPORT" not in _types(extract_text, text)
    ev = event_by_trigger(extract_text, "The agreement between Israel and Jordan was signed in Washington.", "agreement")
    assert ev is not None and ev["type"] == "SUPPORT", ev


def test_leaving_or_seeking_a_deal_keeps_its_type(extract_text):
    ev = event_by_trigger(extract_text, "Russia abandoned the treaty last year.", "abandoned")
    assert ev is not None and ev["type"] == "SANCTION" and ev["cameo"] == "160", ev
    ev = event_by_trigger(extract_text, "Iran sought a deal with the European Union.", "sought")
    assert ev is not None and ev["type"] == "REQUEST", ev


@pytest.mark.parametrize("text", [
    "Female officers preferred Walsh, while male officers backed Ridley, 57 percent to 22 percent.",
    "Although he lost Iowa, his Republican support remains steady.",
])
def test_vote_and_poll_shares_are_no_support(extract_text, text):
    assert "SUPPORT" not in _types(extract_text, text)


def test_a_need_for_an_act_is_no_act(extract_text):
    ev = event_by_trigger(extract_text, "Obama spoke about the need for Americans to praise Muslims.", "praise")
    assert ev is None or ev["modality"] != "asserted", ev


def test_questioning_a_quality_named_with_of_is_criticism(extract_text):
    ev = event_by_trigger(extract_text, "Senator Ann Walsh questioned the independence of Judge Tom Ridley.", "questioned")
    assert ev is not None and ev["cameo"] == "111", ev
    probe = event_by_trigger(extract_text, "Police questioned the suspects of the robbery on Monday.", "questioned")
    assert probe is not None and probe["cameo"] == "090", probe


def test_a_call_placed_to_someone_is_a_phone_call(extract_text):
    ev = event_by_trigger(extract_text, "Merkel made a call to Putin on Monday.", "call")
    assert ev is not None and ev["type"] == "CONSULT" and ev["cameo"] == "041", ev
    appeal = event_by_trigger(extract_text, "The president made a call to Iran for restraint.", "call")
    assert appeal is not None and appeal["type"] == "REQUEST", appeal
