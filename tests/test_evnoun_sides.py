"""Sides of noun-triggered events (issue #19): "from" on a noun of leaving, the recipient of
support it picked up, the act a verbal act only comes after, a medium modifying an event noun.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from tests.evidence import check_evidence


def _events(extract_text, text):
    r = extract_text(text, published="2019-06-01")
    check_evidence(r, text)
    ents = {e["id"]: e["name"] for e in r["entities"]}
    return r["events"], (lambda ids: [ents[i] for i in ids])


def _at(events, text, word):
    return [ev for ev in events if text[ev["trigger"][0]:ev["trigger"][1]] == word]


@pytest.mark.model
@pytest.mark.parametrize("text, source, left", [
    ("Britain's withdrawal from the European Union will hurt trade with France.", "Britain", "European Union"),
    ("The US withdrawal from Afghanistan worried Pakistan.", "US", "Afghanistan"),
])
def test_evnoun_a_place_left_is_never_the_source(extract_text, text, source, left):
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "withdrawal")
    assert names(ev["source"]) == [source]
    assert left not in names(ev["source"])
    assert names(ev["target"]) in ([left], [])


@pytest.mark.model
def test_evnoun_the_possessor_of_an_expulsion_from_x_is_expelled(extract_text):
    text = "Russia's suspension from the G8 angered Moscow."
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "suspension")
    assert "Russia" not in names(ev["source"])
    assert "Russia" in names(ev["target"])


@pytest.mark.model
def test_evnoun_an_of_phrase_keeps_the_possessor_as_the_expeller(extract_text):
    text = "Russia's expulsion of British diplomats angered London."
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "expulsion")
    assert names(ev["source"]) == ["Russia"]


@pytest.mark.model
@pytest.mark.parametrize("text, giver, receiver", [
    ("Senator Ted Cruz picked up an endorsement from Rick Perry on Monday.", "Rick Perry", "Ted Cruz"),
    ("The senator received the endorsement of Governor Rick Perry.", "Rick Perry", "senator"),
    ("Ted Cruz got an endorsement from Rick Perry.", "Rick Perry", "Ted Cruz"),
])
def test_evnoun_support_picked_up_goes_from_the_giver_to_the_receiver(extract_text, text, giver, receiver):
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "endorsement")
    assert names(ev["source"]) == [giver]
    assert names(ev["target"]) == [receiver]


@pytest.mark.model
@pytest.mark.parametrize("text, act", [
    ("Pakistan's condemnation of India came after the raid on the camp.", "raid"),
    ("Egypt's criticism of Israel followed the attack on Gaza.", "attack"),
    ("Israel's criticism of Iran came before the missile strike on Syria.", "strike"),
])
def test_evnoun_the_owner_of_a_verbal_act_does_not_do_the_act_it_follows(extract_text, text, act):
    events, names = _events(extract_text, text)
    owner = text.split("'s ")[0]
    for ev in _at(events, text, act):
        assert owner not in names(ev["source"])
    [said] = [ev for ev in events if ev["type"] == "ACCUSE"]
    assert names(said["source"]) == [owner]


@pytest.mark.model
def test_evnoun_a_medium_modifying_an_event_noun_is_no_side(extract_text):
    text = "The Twitter attacks by Mr. Trump on Senator Jeff Flake angered Republicans."
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "attacks")
    assert names(ev["source"]) == ["Trump"]
    assert "Twitter" not in names(ev["source"]) + names(ev["target"])


@pytest.mark.model
def test_evnoun_a_medium_meeting_is_no_side(extract_text):
    text = "Cruz said during a taping of a CNN town hall meeting in Buffalo that the law was wrong."
    events, names = _events(extract_text, text)
    for ev in events:
        assert "CNN" not in names(ev["source"]) + names(ev["target"])


@pytest.mark.model
def test_evnoun_an_act_that_follows_keeps_its_of_target(extract_text):
    text = "The protests by students followed the arrest of Ahmed Salem."
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "arrest")
    assert names(ev["source"]) == []
    assert names(ev["target"]) == ["Ahmed Salem"]


@pytest.mark.model
def test_evnoun_an_act_after_an_act_keeps_its_own_modifier_as_source(extract_text):
    text = "Germany's support for Ukraine came after the Russian invasion."
    events, names = _events(extract_text, text)
    [ev] = _at(events, text, "invasion")
    assert "Germany" not in names(ev["source"] + ev["target"])


@pytest.mark.model
def test_evnoun_the_giver_on_the_receiving_verb_stays_the_source(extract_text):
    text = "Obama received a call from Putin on Friday. The rebels suffered an attack from Syrian troops."
    events, names = _events(extract_text, text)
    [call] = _at(events, text, "call")
    assert (names(call["source"]), names(call["target"])) == (["Putin"], ["Obama"])
    [attack] = _at(events, text, "attack")
    assert names(attack["source"]) == ["Syrian troops"]


@pytest.mark.model
def test_evnoun_a_possessor_of_the_phrase_head_is_no_patient(extract_text):
    text = "Liberal groups have pressured Obama on his deportation policies."
    events, names = _events(extract_text, text)
    for ev in _at(events, text, "deportation"):
        assert "Obama" not in names(ev["target"])


@pytest.mark.model
def test_evnoun_a_giver_named_through_the_receiver_is_no_source(extract_text):
    text = "Senator Ted Cruz still has not received any endorsements from his fellow senators."
    events, names = _events(extract_text, text)
    for ev in _at(events, text, "endorsements"):
        assert "Ted Cruz" not in names(ev["source"])
