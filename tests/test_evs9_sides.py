"""Event sides after the session-8 hand check (PolNeAR train, ``random.Random(92)`` sample of 50
documents): what a request asks for is no side of it, the owner of a stance noun ("Trump's
approach to the shooting") does not do the act it is about, an agent object of a civil sector
does the infinitive's act ("advise other countries to accept"), and "bomb" names no actor.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

import pytest

from newsfacts.nlp.events.lexicon import agent_words
from newsfacts.nlp.events.side_words import side_words
from tests.evidence import events_at, events_named, one_event_at, side_text


def test_evs9_word_classes_are_loaded():
    words = side_words()
    assert {"approach", "handling", "response"} <= words["stance_noun"]
    assert "attack" not in words["stance_noun"]
    assert {"MIL", "COP"} <= words["armed_sector"] and "GOV" not in words["armed_sector"]
    assert "advise" in words["object_control"] and "begin" not in words["object_control"]
    assert "bomb" not in agent_words() and agent_words().get("bomber") == "REB"


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Senator Ann Roe's call for a Muslim ban drew criticism from Senator Bob Smith.", "call"),
    ("Senator Ann Roe called for a ban on Muslims entering the country.", "called"),
    # a public call for sanctions against a state keeps the state: tests/test_tg9_targets.py
])
def test_evs9_what_is_asked_for_is_no_target(extract_text, text, word):
    ev, names = one_event_at(extract_text, text, word)
    assert names(ev["source"]) == ["Ann Roe"]
    assert ev["target"] == []
    assert not any(w in ("Muslim", "Muslims", "Iran") for w in side_text(ev, text))


@pytest.mark.model
@pytest.mark.parametrize("text, word, target", [
    # who is asked stays the target; so does who must act or yield ("of", a possessor)
    ("The senator called on Russia to withdraw from Ukraine.", "called", "Russia"),
    ("Obama asked Congress for help with the budget.", "asked", "Congress"),
    ("The ministers demanded the withdrawal of Russian forces from Syria.", "demanded", "Russian forces"),
    # an organisation named before the act asked for would do it: it is asked
    ("Senator Ann Roe requested a Justice Department investigation of the governor.", "requested", "Justice Department"),
])
def test_evs9_whom_a_request_is_made_of_stays(extract_text, text, word, target):
    ev, names = one_event_at(extract_text, text, word)
    assert target in side_text(ev, text)


@pytest.mark.model
@pytest.mark.parametrize("text, word", [
    ("Senator Ann Roe's approach to the mass shooting in Orlando worried her colleagues.", "shooting"),
    ("Senator Ann Roe's handling of the attack on the embassy was criticized.", "attack"),
])
def test_evs9_a_stance_owner_does_not_do_the_act(extract_text, text, word):
    ev, names = one_event_at(extract_text, text, word)
    assert "Ann Roe" not in names(ev["source"])


@pytest.mark.model
def test_evs9_a_stance_keeps_the_acts_own_doer(extract_text):
    text = "Senator Bob Smith criticized Senator Ann Roe's response to Russia's invasion of Ukraine."
    ev, names = one_event_at(extract_text, text, "invasion")
    assert names(ev["source"]) == ["Russia"] and names(ev["target"]) == ["Ukraine"]


@pytest.mark.model
def test_evs9_civil_agent_object_does_the_infinitive(extract_text):
    text = "Let the UN advise other countries to accept more refugees, Obama said."
    ev, names = one_event_at(extract_text, text, "accept")
    assert "UN" not in names(ev["source"])
    assert side_text(ev, text, "source") == ["other countries"]


@pytest.mark.model
def test_evs9_forces_sent_stay_the_senders(extract_text):
    text = "Russia sent troops to attack Ukraine on Monday."
    ev, names = one_event_at(extract_text, text, "attack")
    assert names(ev["source"]) == ["Russia"] and names(ev["target"]) == ["Ukraine"]


@pytest.mark.model
def test_evs9_a_bomb_is_no_rebel(extract_text):
    text = "A bomb killed three Afghan soldiers in Kabul on Monday."
    ev, names = one_event_at(extract_text, text, "killed")
    assert ev["source"] == [] and ev["uncoded"]


@pytest.mark.model
def test_evs9_a_phrase_with_its_own_not_is_no_target(extract_text):
    text = "Senator Ann Roe protested against Russia, not against Iran."
    ev, names = one_event_at(extract_text, text, "protested")
    assert names(ev["target"]) == ["Russia"]


@pytest.mark.model
def test_evs9_a_negated_phrase_gives_no_pronoun_target(extract_text):
    text = "Obama praised Israel on Monday. Senator Ann Roe blamed the violence on extremists, not on his policies."
    ev, names = one_event_at(extract_text, text, "blamed")
    assert "Obama" not in names(ev["target"]) and "his" not in side_text(ev, text)


@pytest.mark.model
def test_evs9_a_pronoun_in_the_reported_clause_keeps_its_subject(extract_text):
    text = ("Senator Bob Smith said that if Governor Tom Baker took the deal, "
            "he should have urged Senator Ann Roe to resign.")
    evs, names = events_named(extract_text, text)
    hits = events_at(evs, text, "urged")
    assert all("Bob Smith" not in names(ev["source"]) for ev in hits)


@pytest.mark.model
def test_evs9_a_pronoun_that_speaks_follows_the_speaker_back(extract_text):
    # "he urged" speaks on for the one who insisted, not for the man standing behind him
    text = ("Senator Bob Smith insisted on change, with Governor Tom Baker standing behind him as he "
            "urged voters to turn out. Later he criticized Senator Ann Roe.")
    ev, names = one_event_at(extract_text, text, "criticized")
    assert names(ev["source"]) == ["Bob Smith"]
