"""Actor codes, session 14, second round (issue 21, helper A2): a country near an unnamed actor
that is only related to it is not its country (nlp/entities/unnamed_related.py): a doer, an
opponent or a destination inside the phrase, a nationality of an act after "in", a gathering's
venue; and a missing demonym ("Malayan"). Texts written for these tests."""

import pytest

from newsfacts.nlp.entities import unnamed_related


def _code(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"] or {}
    return a.get("country"), a.get("basis")


@pytest.mark.model
def test_a214_nationality_of_a_strike_is_not_the_victims(extract_text):
    rec = extract_text("Seven farmers were killed in Turkish strikes on the border, a local official said.")
    country, basis = _code(rec, "Seven farmers")
    assert country != "TUR", basis


@pytest.mark.model
def test_a214_switch_off_gives_the_strike_nationality(extract_text, monkeypatch):
    monkeypatch.setattr(unnamed_related, "ENABLED", False)
    rec = extract_text("Seven farmers were killed in Turkish strikes on the border, a local official said.")
    country, basis = _code(rec, "Seven farmers")
    assert country == "TUR", basis


@pytest.mark.model
def test_a214_a_place_after_in_still_counts(extract_text):
    rec = extract_text("Gunmen stormed a school in the Nigerian town of Kankara and seized dozens of students.")
    country, basis = _code(rec, "students")
    assert country == "NGA", basis


@pytest.mark.model
def test_a214_venue_gives_no_country(extract_text):
    rec = extract_text("Negotiators met in Oslo on Thursday to discuss a truce.")
    country, basis = _code(rec, "Negotiators")
    assert country is None, basis


@pytest.mark.model
def test_a214_doer_and_destination_in_the_phrase(extract_text):
    rec = extract_text("Migrants deported by Italy to Tunisia staged a hunger strike on Monday.")
    country, basis = _code(rec, "Migrants")
    assert country not in ("ITA", "TUN"), basis


@pytest.mark.model
def test_a214_opponent_takes_no_subject_nationality(extract_text):
    rec = extract_text("French soldiers led an operation against jihadist fighters on Sunday.")
    country, basis = _code(rec, "jihadist fighters")
    assert country != "FRA", basis


def test_a214_malayan_is_a_demonym():
    from newsfacts.lexicons import countries
    assert countries.demonym_country("Malayan") == "MYS"

