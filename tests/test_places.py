"""Places: GPE/LOC/FAC entities (and known buildings) resolved to gazetteer entries."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.nlp.places import candidates, resolve
from tests.evidence import check_evidence


def test_places_facility_lexicon_resolves_to_city():
    (c,) = candidates("the Willard Intercontinental Hotel")
    assert c.kind == "facility" and c.country == "USA" and c.located_in == "Washington, D.C."
    assert c.latitude == pytest.approx(38.90, abs=0.05)
    (p,) = candidates("Pentagon")
    assert p.country == "USA" and "Arlington" in p.located_in


def test_places_territory_lexicon_before_geonames_city():
    (c,) = candidates("Gaza")
    assert (c.name, c.kind, c.country) == ("Gaza Strip", "territory", "PSE")


def test_places_unknown_name_has_no_candidate():
    cand, reason = resolve("Xqzville")
    assert cand is None and "not in the gazetteers" in reason


def test_places_paris_default_is_france_with_reason():
    cand, reason = resolve("Paris")
    assert cand.country == "FRA" and cand.gazetteer_id.startswith("geonames:")
    assert "most prominent" in reason


def test_places_paris_qualifier_picks_texas():
    cand, reason = resolve("Paris", qualifier="Texas")
    assert cand.country == "USA" and cand.admin1 == "TX" and "'Texas'" in reason


def test_places_small_town_needs_its_own_state():
    # places elsewhere in the US do not make "Vienna" the Virginia town...
    ctx = [("White House", "USA", "facility", None), ("Pentagon", "USA", "facility", None)]
    assert resolve("Vienna", context=ctx)[0].country == "AUT"
    # ...but another place in Virginia does
    ctx.append(("Virginia", "USA", "state", "VA"))
    assert resolve("Vienna", context=ctx)[0].admin1 == "VA"


def test_places_georgia_from_context():
    assert resolve("Georgia")[0].kind == "country"
    us = resolve("Georgia", context=[("Atlanta", "USA", "city", "GA")])
    assert us[0].kind == "state" and us[0].country == "USA" and "Atlanta" in us[1]
    ge = resolve("Georgia", context=[("Tbilisi", "GEO", "capital", None)])
    assert ge[0].country == "GEO"
    by_actor = resolve("Georgia", context_countries=Counter({"USA": 3}))
    assert by_actor[0].country == "USA" and "point to USA" in by_actor[1]


@pytest.mark.model
def test_places_own_article(extract_text):
    text = (
        "The storm hit Paris, Texas, on Monday before moving toward Dallas. Officials in Texas said damage was light. "
        "In Georgia, voters in Atlanta waited for hours. Later the governor flew to Washington for talks at the White House."
    )
    record = extract_text(text, published="2024-05-01")
    check_evidence(record, text)
    places = {p["name"]: p for p in record["places"]}
    assert places["Paris"]["country"] == "USA" and "Texas" in places["Paris"]["located_in"]
    assert places["Georgia"]["kind"] == "region" and places["Georgia"]["country"] == "USA"
    assert places["White House"]["kind"] == "facility" and places["White House"]["located_in"] == "Washington, D.C."
    assert places["Washington"]["gazetteer_id"] == "geonames:4140963"
    for p in record["places"]:
        for s, e in p["evidence"]:
            assert text[s:e].strip()


@pytest.mark.model
def test_places_seed_article(seed_record, seed_text):
    check_evidence(seed_record, seed_text)
    places = {p["name"]: p for p in seed_record["places"]}
    for name in ("Washington", "White House", "State Department", "Pentagon", "Willard InterContinental Hotel",
                 "Jerusalem", "Gaza Strip", "West Bank", "Vienna", "Iran"):
        assert name in places, (name, sorted(places))
    assert places["Vienna"]["country"] == "AUT"
    assert places["Washington"]["country"] == "USA" and places["Washington"]["latitude"] == pytest.approx(38.9, abs=0.1)
    for name in ("White House", "State Department", "Willard InterContinental Hotel"):
        assert places[name]["located_in"] == "Washington, D.C." and places[name]["country"] == "USA"
    assert places["Iran"]["kind"] == "country" and places["Iran"]["country"] == "IRN"
    assert places["West Bank"]["kind"] == "territory"
    ents = {e["id"] for e in seed_record["entities"]}
    assert all(p["entity"] in ents for p in seed_record["places"] if p["entity"])


@pytest.mark.model
def test_places_unknown_facility_located_by_the_story(extract_text):
    text = "Gunmen attacked the Serena Hotel in Kabul on Monday. Later the police sealed the Serena Hotel."
    record = extract_text(text, published="2024-01-01")
    check_evidence(record, text)
    hotel = next(p for p in record["places"] if p["name"] == "Serena Hotel")
    assert hotel["kind"] == "facility" and hotel["located_in"] == "Kabul" and hotel["country"] == "AFG"
    assert hotel["gazetteer_id"] is None and hotel["latitude"] is None and "Kabul" in hotel["reason"]


@given(st.text(max_size=40), st.one_of(st.none(), st.text(max_size=20)))
@settings(max_examples=200, deadline=None)
def test_places_resolve_never_raises(name, qualifier):
    cand, reason = resolve(name, qualifier=qualifier)
    assert reason and (cand is None or cand.kind in ("country", "city", "capital", "facility", "region", "territory", "state"))
