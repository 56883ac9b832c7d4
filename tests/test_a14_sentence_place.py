"""Actor codes, session 14 (issue 21, helper A): an unnamed actor with no country of its own
takes the one country its sentence names as the place where things happen
(nlp/entities/unnamed_locative.py), but not a venue's country, not with two countries, not for
rebels, not for a phrase with a named owner, and for a clause's subject not from a place's
owner alone. Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import unnamed_locative, unnamed_record


def _code(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"] or {}
    return a.get("country"), a.get("basis")


@pytest.mark.model
def test_a14_object_takes_the_sentence_place(extract_text):
    rec = extract_text("Gunmen ambushed a convoy in Kenya's Garissa County, wounding four members of the security forces.")
    country, basis = _code(rec, "security forces")
    assert country == "KEN", basis


@pytest.mark.model
def test_a14_subject_takes_the_sentence_place(extract_text):
    rec = extract_text("Bandits were holding dozens of travellers in a forest district in Nigeria until the army attacked.")
    country, basis = _code(rec, "army")
    assert country == "NGA", basis


@pytest.mark.model
def test_a14_switch_off_gives_no_country(extract_text, monkeypatch):
    monkeypatch.setattr(unnamed_locative, "ENABLED", False)
    monkeypatch.setattr(unnamed_record, "ENABLED", False)  # session 15: a record's one country would code them too
    rec = extract_text("Gunmen ambushed a convoy in Kenya's Garissa County, wounding four members of the security forces.")
    country, basis = _code(rec, "security forces")
    assert country is None, basis


@pytest.mark.model
def test_a14_owner_of_a_place_codes_the_victims(extract_text):
    rec = extract_text("Militants stormed a Malian army base near the border, killing at least nine soldiers.")
    country, basis = _code(rec, "at least nine soldiers")
    assert country == "MLI", basis


@pytest.mark.model
def test_a14_owner_of_a_place_does_not_code_the_subject(extract_text):
    rec = extract_text("Troops raided a Palestinian village on Tuesday, killing two men.")
    country, basis = _code(rec, "Troops")
    assert country is None, basis


@pytest.mark.model
def test_a14_two_countries_give_none(extract_text):
    rec = extract_text("Gunmen ambushed a convoy in Kenya's Garissa County near the Somali border, wounding four members of the security forces.")
    country, basis = _code(rec, "security forces")
    assert country is None, basis


@pytest.mark.model
def test_a14_rebels_take_no_sentence_place(extract_text):
    rec = extract_text("Soldiers ambushed a truck in Chad on Friday, wounding three militants.")
    country, basis = _code(rec, "three militants")
    assert country is None, basis


@pytest.mark.model
def test_a14_named_owner_without_country_blocks_the_place(extract_text):
    rec = extract_text("Islamic State forces hold several hundred families as human shields in the Iraqi city of Falluja.")
    country, basis = _code(rec, "Islamic State forces")
    assert country is None, basis


def test_a14_venue_words_are_lexicon_data():
    from newsfacts import lexicons

    words = lexicons.actor_words()
    assert {"meet", "talks", "summit"} <= words["venue_word"]
    assert {"base", "village"} <= words["place_noun"]


@pytest.mark.model
def test_a14_civilians_acted_on_by_a_placed_subject_take_no_place(extract_text):
    rec = extract_text("Authorities in Canada have deported a 95-year-old man Friday who acknowledged working as a guard in a Nazi camp.")
    country, basis = _code(rec, "95-year-old man")
    assert country is None, basis
