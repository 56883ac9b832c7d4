"""Actor codes, session 14, second round (issue 21, helper A2): a state body's name many
countries share keeps no dictionary country the story never names
(nlp/entities/dictionary_guard.py). Texts written for these tests."""

from collections import Counter
from types import SimpleNamespace

import pytest

from newsfacts.nlp.entities import dictionary_guard
from newsfacts.schema import Actor


def _ctx(**counts):
    return SimpleNamespace(doc_countries=Counter(counts), doc=None)


def test_a214_state_body_in_a_foreign_story_loses_the_entry_country():
    actor = dictionary_guard.foreign_story_body(Actor(country="USA", sector="GOV"), "National Security Council", _ctx(AFG=2))
    assert actor.country is None and actor.sector == "GOV"


def test_a214_state_body_keeps_a_named_country():
    actor = dictionary_guard.foreign_story_body(Actor(country="USA", sector="GOV"), "National Security Council", _ctx(USA=1, AFG=2))
    assert actor.country == "USA"


def test_a214_business_keeps_its_home():
    actor = dictionary_guard.foreign_story_body(Actor(country="USA", sector="BUS"), "Microsoft", _ctx(FIN=1))
    assert actor.country == "USA"


def test_a214_guard_switch_off(monkeypatch):
    monkeypatch.setattr(dictionary_guard, "ENABLED", False)
    actor = dictionary_guard.foreign_story_body(Actor(country="USA", sector="GOV"), "National Security Council", _ctx(AFG=2))
    assert actor.country == "USA"


@pytest.mark.model
def test_a214_shared_names_in_an_afghan_story(extract_text):
    # (the lead, after review: the sentence must be one the dictionary codes USA GOV without the guard)
    rec = extract_text("The National Security Council (NSC) has rejected the Jamiat-i-Islami Afghanistan (JIA) "
                       "demand for new talks.")
    actor = next(e["actor"] for e in rec["entities"] if e["name"] == "National Security Council")
    assert actor["country"] is None and actor["sector"] == "GOV", actor
