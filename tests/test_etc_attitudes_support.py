"""Events, issue #19 session 8 (etc): wrong types that carry to unseen text — acts that are only
hoped for or viewed with optimism, pessimism or scepticism (no event PLOVER codes), and support
given in means (aid, not an endorsement).

Every sentence here was written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events import plover_coded_type
from tests.evidence import event_by_trigger


@pytest.mark.parametrize("text,trigger", [
    ("The ministry said it hoped for more talks with the rebels.", "talks"),
    ("Tehran has expressed pessimism over holding negotiations with Washington.", "negotiations"),
    ("Berlin hopes Paris will persuade Moscow to lift the sanctions on Kiev.", "lift"),
    ("Germany said it was hoping that France would send aid to Greece.", "aid"),
    ("The UN said it was waiting for the Pakistani army to investigate the shooting.", "investigate"),
])
def test_an_act_only_hoped_for_is_no_coded_event(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None, text
    assert ev["modality"] == "hypothetical", ev
    assert plover_coded_type(ev) is None, ev


@pytest.mark.parametrize("text,trigger", [
    ("Hollande was optimistic after talks with Merkel in Berlin.", "talks"),
    ("The minister hoped for calm, and the army attacked the rebel camp the next day.", "attacked"),
])
def test_an_act_beside_the_attitude_stays_coded(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and plover_coded_type(ev) is not None, ev


@pytest.mark.parametrize("text,trigger", [
    ("Flights supporting the evacuation of Afghan children to Germany began in February.", "supporting"),
    ("Sweden handed over 30 vehicles to support health services in Somalia.", "support"),
    ("Norwegian aid supported two million girls in Pakistan.", "supported"),
])
def test_support_given_in_means_is_aid(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["type"] == "AID", ev


def test_support_by_a_state_stays_support(extract_text):
    ev = event_by_trigger(extract_text, "The United States supported the Burmese opposition.", "supported")
    assert ev is not None and ev["type"] == "SUPPORT", ev


@pytest.mark.parametrize("text", [
    "The Chinese government defended its policies as meeting global rules.",
    "Senator Dana Whitlock defended her record as governor on Sunday.",
    "As the president lectured the nation and defended his decisions, the governor responded.",
])
def test_defending_ones_own_conduct_is_no_support(extract_text, text):
    ev = event_by_trigger(extract_text, text, "defended")
    assert ev is None or ev["type"] != "SUPPORT", ev


@pytest.mark.parametrize("text,trigger", [
    ("The president left it to others to praise his record and defend his decisions.", "defend"),
    ("Republicans defended his decision to fire the director.", "defended"),
    ("France defended Germany against the criticism.", "defended"),
])
def test_defending_another_actor_or_his_conduct_stays_support(extract_text, text, trigger):
    ev = event_by_trigger(extract_text, text, trigger)
    assert ev is not None and ev["type"] == "SUPPORT", ev


def test_a_that_clause_on_charges_is_their_content_not_an_act(extract_text):
    text = "The Guatemalan government denied charges by Honduran clergymen that it tortured and drugged a priest."
    ev = event_by_trigger(extract_text, text, "tortured")
    assert ev is not None and ev["modality"] == "negated", ev
    assert plover_coded_type(ev) is None, ev


@pytest.mark.parametrize("text", [
    "The senator called the president a coward.",
    "Governor Lena Marsh on Tuesday called Senator Ray Dunn a very stupid guy.",
])
def test_calling_an_actor_an_insult_is_criticism(extract_text, text):
    ev = event_by_trigger(extract_text, text, "called")
    assert ev is not None and (ev["type"], ev["cameo"]) == ("ACCUSE", "111"), ev


@pytest.mark.parametrize("text", [
    "He called the deal a disaster for Ohio.",
    "She called the senator a friend.",
])
def test_calling_a_thing_names_or_an_actor_a_friend_is_no_event(extract_text, text):
    assert event_by_trigger(extract_text, text, "called") is None


def test_calling_on_an_actor_stays_a_request(extract_text):
    ev = event_by_trigger(extract_text, "The United Nations called on Iran to release the sailors.", "called")
    assert ev is not None and ev["type"] == "REQUEST", ev
