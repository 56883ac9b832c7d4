"""Actor codes, session 15 (issue 21, helper A): towns and regions the model missed or
mislabelled are read as places by the gazetteer (nlp/entities/gazetteer_places.py).
Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import gazetteer_places


def _country(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    return (found[0]["actor"] or {}).get("country")


def _names(record, kind):
    return [e["name"] for e in record["entities"] if e["type"] == kind]


def test_a15_gazetteer_country_one_country():
    assert gazetteer_places.gazetteer_country("Kharkiv") == "UKR"
    assert gazetteer_places.gazetteer_country("Abyei") == "SDN"
    assert gazetteer_places.gazetteer_country("Blue Nile") == "SDN"  # a region


def test_a15_gazetteer_country_refuses():
    assert gazetteer_places.gazetteer_country("Homs") is None  # a big namesake in Libya too
    assert gazetteer_places.gazetteer_country("March") is None  # a month
    assert gazetteer_places.gazetteer_country("Georgia") is None  # a country's name: other rules
    assert gazetteer_places.gazetteer_country("Texas") is None  # a US state: other rules


@pytest.mark.model
def test_a15_town_tagged_person_after_town_of(extract_text):
    rec = extract_text("Militants fired rockets at the town of Gjilan on Sunday, police said.")
    assert _country(rec, "Gjilan") == "XKX"


@pytest.mark.model
def test_a15_switch_off(extract_text, monkeypatch):
    monkeypatch.setattr(gazetteer_places, "ENABLED", False)
    rec = extract_text("Militants fired rockets at the town of Gjilan on Sunday, police said.")
    assert _country(rec, "Gjilan") is None


@pytest.mark.model
def test_a15_town_tagged_facility_after_from(extract_text):
    rec = extract_text("Soldiers withdrew from Abyei after talks collapsed.")
    assert _country(rec, "Abyei") == "SDN"


@pytest.mark.model
def test_a15_conjoined_towns(extract_text):
    rec = extract_text("Drones struck the airport of Abha and Jizan overnight.")
    assert _country(rec, "Abha") == "SAU"
    assert _country(rec, "Jizan") == "SAU"
    rec = extract_text("Workers at depots in Rheinberg, Werne and Koblenz walked out on Monday.")
    assert _country(rec, "Koblenz") == "DEU"


@pytest.mark.model
def test_a15_town_tagged_product_gives_the_phrase_its_country(extract_text):
    rec = extract_text("Fighters near Kramatorsk shelled a school.")
    assert _country(rec, "Kramatorsk") == "UKR"
    assert _country(rec, "Fighters") == "UKR"


@pytest.mark.model
def test_a15_town_before_battle_noun(extract_text):
    rec = extract_text("The Ghazni attacks killed dozens of policemen.")
    assert _country(rec, "Ghazni") == "AFG"


@pytest.mark.model
def test_a15_names_of_people_stay_people(extract_text):
    rec = extract_text("Jordan Davis said Davis would never vote for the bill.")
    assert "Davis" not in _names(rec, "GPE")
    rec = extract_text("Senator Elizabeth Warren toured a factory in Warren on Monday.")
    assert "Warren" not in _names(rec, "GPE")


@pytest.mark.model
def test_a15_capitalised_of_is_no_place_cue(extract_text):
    rec = extract_text("Obama gave his last State Of The Union address on Tuesday.")
    assert "Union" not in _names(rec, "GPE")
