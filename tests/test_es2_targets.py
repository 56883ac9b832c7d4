"""Event targets one phrase further down (session 7, es2): the partner of what is left, whom a
passive subject is aimed at, a light verb's "for" phrase of a compound trigger, the object of
an instrument's purpose, and a noun modifier that gives affiliation, not identity.

Every sentence here was written for these tests (none is taken from the gold data)."""

from __future__ import annotations

from newsfacts.nlp.events.lexicon import type_roles
from newsfacts.nlp.events.side_words import side_words
from tests.evidence import events_named, events_at, side_text


def test_es2_rows_load():
    assert "use" in side_words()["instrument_object"]
    assert {"COERCE", "SANCTION", "AID"} <= type_roles("compound_for")
    assert "CONSULT" not in type_roles("compound_for")


def test_es2_withdrew_from_a_treaty_with_a_partner(extract_text):
    text = "Iran withdrew from the nuclear treaty with the United States on Monday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "withdrew")
    assert ev and names(ev[0]["target"]) == ["United States"]
    assert names(ev[0]["source"]) == ["Iran"]


def test_es2_pulled_out_of_a_deal_with_a_partner(extract_text):
    text = "Venezuela pulled out of the oil deal with Colombia."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "pulled")
    assert ev and names(ev[0]["target"]) == ["Colombia"]


def test_es2_own_allies_left_are_no_target(extract_text):
    text = "Peru withdrew from the fishing pact with its neighbours."
    evs, names = events_named(extract_text, text)
    assert all("Peru" not in names(ev["target"]) for ev in events_at(evs, text, "withdrew"))


def test_es2_passive_subject_aimed_at_someone(extract_text):
    text = "Evidence against Iran was presented by Israel."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "presented")
    assert ev and names(ev[0]["target"]) == ["Iran"] and names(ev[0]["source"]) == ["Israel"]
    assert "Evidence" not in side_text(ev[0], text)


def test_es2_compound_trigger_for_phrase_on_the_verb(extract_text):
    text = "A court in Chile has issued arrest warrants for three Peruvian men."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "arrest")
    assert ev and ev[0]["target"] and "three Peruvian men" in side_text(ev[0], text)


def test_es2_instrument_is_no_target(extract_text):
    text = "Police used batons and tear gas to disperse the crowd in Nairobi."
    evs, _ = events_named(extract_text, text)
    ev = events_at(evs, text, "used")
    assert ev
    got = side_text(ev[0], text)
    assert "batons" not in got and "tear gas" not in got


def test_es2_named_modifier_of_a_lawsuit_is_not_its_doer(extract_text):
    text = "The group filed a FOIA lawsuit against the State Department."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "lawsuit")
    assert ev and "FOIA" not in names(ev[0]["source"]) + names(ev[0]["target"])
    assert names(ev[0]["target"]) == ["State Department"]


def test_es2_national_modifier_gives_unnamed_doers_their_side(extract_text):
    text = "Soldiers carried out an Israeli air strike on Gaza on Friday."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "strike")
    assert ev and "Israeli" in side_text(ev[0], text, "source")
    assert "Israeli" not in side_text(ev[0], text) and "Gaza" in names(ev[0]["target"])


def test_es2_anti_modifier_stays_the_target(extract_text):
    text = "Demonstrators held an anti-Israeli protest in Amman."
    evs, _ = events_named(extract_text, text)
    ev = events_at(evs, text, "protest")
    assert ev and not any("Israeli" in x for x in side_text(ev[0], text, "source"))


def test_es2_coordinated_prepositions_give_every_target(extract_text):
    text = "Japan held talks with China and with South Korea."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "talks")
    assert ev and names(ev[0]["target"]) == ["China", "South Korea"]


def test_es2_deployed_troops_are_the_doers_own(extract_text):
    text = "The army deployed troops along the border with Afghanistan."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "deployed")
    assert ev and "troops" not in side_text(ev[0], text)


def test_es2_act_noun_hitting_its_object(extract_text):
    text = "Syrian air strikes hit the enclave of Eastern Ghouta for a sixth day."
    evs, _ = events_named(extract_text, text)
    ev = events_at(evs, text, "strikes")
    assert ev and "Syrian" in side_text(ev[0], text, "source")
    assert any("Eastern Ghouta" in x for x in side_text(ev[0], text))


def test_es2_accusation_clause_subject(extract_text):
    text = "Russia repeated its accusation that Ukraine had shelled the plant."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "accusation")
    assert ev and names(ev[0]["target"]) == ["Ukraine"] and "Russia" in names(ev[0]["source"])


def test_es2_object_shifted_after_as(extract_text):
    text = "Greece condemned as illegal Turkey's drilling off Cyprus."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "condemned")
    assert ev and names(ev[0]["target"]) == ["Turkey"] and names(ev[0]["source"]) == ["Greece"]


def test_es2_verb_object_before_as_is_unchanged(extract_text):
    text = "Greece condemned Turkey as a bad neighbour."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "condemned")
    assert ev and names(ev[0]["target"]) == ["Turkey"]


def test_es2_officials_take_the_state_they_come_from(extract_text):
    text = "Britain expelled two diplomats from Russia."
    evs, names = events_named(extract_text, text)
    ev = events_at(evs, text, "expelled")
    assert ev and "Russia" in names(ev[0]["target"]) and names(ev[0]["source"]) == ["Britain"]


def test_es2_from_the_source_state_adds_nothing(extract_text):
    text = "Britain recalled two diplomats from Britain's embassy."
    evs, names = events_named(extract_text, text)
    assert all("Britain" not in names(ev["target"]) for ev in evs)
