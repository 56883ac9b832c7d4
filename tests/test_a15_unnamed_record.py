"""Actor codes, session 15 (issue 21, helper A): in a short record that names one country, a
state's unnamed body takes that country (nlp/entities/unnamed_record.py). Texts written for
these tests."""

import pytest

from newsfacts.nlp.entities import unnamed_record


def _country(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    return (found[0]["actor"] or {}).get("country")


ARMY = "On Thursday, Israel mobilized the army for a possible assault."


@pytest.mark.model
def test_a15_record_country_for_state_body(extract_text):
    assert _country(extract_text(ARMY), "army") == "ISR"
    rec = extract_text("Egypt says the regime has imprisoned hundreds of journalists.")
    assert _country(rec, "regime") == "EGY"


@pytest.mark.model
def test_a15_record_switch_off(extract_text, monkeypatch):
    monkeypatch.setattr(unnamed_record, "ENABLED", False)
    assert _country(extract_text(ARMY), "army") is None


@pytest.mark.model
def test_a15_record_not_for_articles(extract_text, monkeypatch):
    text = ("Israel closed two crossings on Monday. The closure angered traders. Markets were shut "
            "for hours. Shops ran short of flour. Later the army reopened one crossing.")
    assert _country(extract_text(text), "army") is None
    monkeypatch.setattr(unnamed_record, "MAX_SENTENCES", 9)
    assert _country(extract_text(text), "army") == "ISR"


@pytest.mark.model
def test_a15_record_partner_is_no_owner(extract_text):
    assert _country(extract_text("The government thanked Egypt for its help."), "government") is None


@pytest.mark.model
def test_a15_record_patron_is_no_owner(extract_text, monkeypatch):
    text = "An Iran-backed militia said it had returned the bases it seized from the government."
    assert _country(extract_text(text), "government") is None
    monkeypatch.setattr(unnamed_record, "_PATRON_WORDS", frozenset())
    assert _country(extract_text(text), "government") == "IRN"


@pytest.mark.model
def test_a15_record_source_is_no_actor(extract_text, monkeypatch):
    text = "Russia opened a new front on Monday. Officials said the offensive was stalling."
    assert _country(extract_text(text), "Officials") is None
    monkeypatch.setattr(unnamed_record, "_REPORTING", frozenset())
    assert _country(extract_text(text), "Officials") == "RUS"
