"""Actor codes, session 14, second round (issue 21, helper A2): a name set off by commas after
a title with a country takes the title ("Iran's foreign minister, Kamal Darvish,":
nlp/entities/title_comma.py). Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import title_comma


def _person(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"] or {}
    return a.get("country"), a.get("sector"), a.get("basis")


@pytest.mark.model
def test_a214_title_comma_name(extract_text):
    rec = extract_text("Chile's interior minister, Rosa Albarrán Soto, said on Monday that the curfew would end.")
    country, sector, basis = _person(rec, "Rosa Albarrán Soto")
    assert (country, sector) == ("CHL", "GOV"), basis


@pytest.mark.model
def test_a214_title_comma_name_switch_off(extract_text, monkeypatch):
    monkeypatch.setattr(title_comma, "ENABLED", False)
    rec = extract_text("Chile's interior minister, Rosa Albarrán Soto, said on Monday that the curfew would end.")
    country, sector, basis = _person(rec, "Rosa Albarrán Soto")
    assert country is None, basis


@pytest.mark.model
def test_a214_no_title_for_a_name_that_speaks(extract_text):
    rec = extract_text("Peru's interior minister, Tomas Quispe said, had resigned in March.")
    found = [e for e in rec["entities"] if e["name"] == "Tomas Quispe"]
    assert not found or (found[0]["actor"] or {}).get("sector") != "GOV", found
