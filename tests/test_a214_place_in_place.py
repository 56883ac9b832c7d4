"""Actor codes, session 14, second round (issue 21, helper A2): a town named with the place it
is in takes the namesake there ("Bethlehem in the West Bank": nlp/entities/place_in_place.py).
Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import place_in_place


def _country(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    return (found[0]["actor"] or {}).get("country")


@pytest.mark.model
def test_a214_town_in_named_territory(extract_text):
    rec = extract_text("Settlers attacked a farm in Bethlehem in the West Bank on Friday.")
    assert _country(rec, "Bethlehem") == "PSE"


@pytest.mark.model
def test_a214_town_in_named_place_switch_off(extract_text, monkeypatch):
    monkeypatch.setattr(place_in_place, "ENABLED", False)
    rec = extract_text("Settlers attacked a farm in Bethlehem in the West Bank on Friday.")
    assert _country(rec, "Bethlehem") != "PSE"


def test_a214_named_place_codes():
    assert place_in_place._codes("West Bank") == {"PSE"}
    assert place_in_place._codes("Pennsylvania") == {"USA"}
