"""Actor codes, session 14 (issue 21, helper A): a place by a big city's other name ("Raqqa",
"Falluja") codes its country when a place's preposition stands before it
(nlp/entities/alt_places.py); a phrase owned by an armed group of no one country ("Islamic
State forces") takes no country from the sentence or the article (unnamed_country.ARMED_OWNER).
Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import alt_places, unnamed_country


def _code(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"] or {}
    return a.get("country"), a.get("basis")


def test_a14_other_name_needs_a_preposition():
    text = "Militias shelled homes in Raqqa. Raqqa Smith spoke."
    assert other(text, "Raqqa", text.index("Raqqa")) == ("SYR",)
    assert other(text, "Raqqa", text.index("Raqqa Smith")) is None


def test_a14_other_name_switch_off():
    text = "Militias shelled homes in Raqqa."
    alt_places.ENABLED = False
    try:
        assert other(text, "Raqqa", text.index("Raqqa")) is None
    finally:
        alt_places.ENABLED = True


def other(text, name, start):
    found = alt_places.other_name_place(name, text, start)
    return found[0] if found else None


@pytest.mark.model
def test_a14_city_by_other_name_codes_its_country(extract_text):
    rec = extract_text("Warplanes struck a market near Falluja on Tuesday, the ministry said.")
    country, basis = _code(rec, "Falluja")
    assert country == "IRQ", basis


@pytest.mark.model
def test_a14_armed_group_owner_gives_no_country(extract_text):
    rec = extract_text("Islamic State forces held dozens of families in the Iraqi city of Tikrit.")
    country, basis = _code(rec, "Islamic State forces")
    assert country is None, basis


@pytest.mark.model
def test_a14_armed_group_owner_switch_off(extract_text, monkeypatch):
    monkeypatch.setattr(unnamed_country, "ARMED_OWNER", False)
    rec = extract_text("Islamic State forces held dozens of families in the Iraqi city of Tikrit.")
    country, basis = _code(rec, "Islamic State forces")
    assert country == "IRQ", basis
