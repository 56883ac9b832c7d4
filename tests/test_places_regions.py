"""Provinces and states of other countries in the places stage, ``Place.admin1``, the
``region:`` actor ids of subnational places, and the actor ids a migrated 1.0.0 store gets.

The decisions they pin:

- a first-level subdivision outside the US (ISO 3166-2 through pycountry, as the actor coding
  reads it) is a place of kind ``region`` with its country and its ISO code as ``admin1``; a
  country or US state of the same name wins ("Luxembourg"), and so does a city of the same
  country ("Idlib", "Quebec": the province named after its capital stays the city);
- provinces of two countries with the same name and nothing in the story to tell them apart
  are left unresolved ("Punjab"), not guessed;
- ``admin1`` is ISO 3166-2 for regions, US states and cities whose GeoNames code is the ISO
  one ("US-TX", "GB-ENG", "CH-ZH"), else GeoNames' own key with a dot ("CA.08");
- a GPE coded from a US state or a province gets ``region:<ISO 3166-2>`` as actor id; a
  capital or a name that is also a city of that country does not ("Washington", "Quebec");
- a store of schema 1.0.0 (name, type, country only) gets the PETRARCH2 entry id a fresh run
  gives, where the one entry of the name gives the stored country.
"""

from __future__ import annotations

import pytest

from newsfacts.lexicons.gazetteer import city_admin1
from newsfacts.nlp import places
from newsfacts.nlp.entities.identity import actor_id_of, region_id, stored_actor_id, stored_entry


@pytest.mark.parametrize(
    "name, kind, country, admin1",
    [
        ("Ontario", "region", "CAN", "CA-ON"),  # over Ontario, California (a city of 171,000)
        ("Bavaria", "region", "DEU", "DE-BY"),  # subnational_names.tsv: ISO writes "Bayern"
        ("Sichuan", "region", "CHN", "CN-SC"),  # "Sichuan Sheng" in ISO 3166-2
        ("Tuscany", "region", "ITA", "IT-52"),  # over a Canadian place called Tuscany
        ("Scotland", "region", "GBR", "GB-SCT"),
        ("Chechnya", "region", "RUS", "RU-CE"),
        ("Texas", "region", "USA", "US-TX"),  # a US state is a region too, ISO code
        ("Houston", "city", "USA", "US-TX"),  # a US city: its state's ISO code
        ("Zurich", "city", "CHE", "CH-ZH"),  # GeoNames' code is the ISO one
        ("Toronto", "city", "CAN", "CA.08"),  # GeoNames' own code: a dot, not ISO
        ("Idlib", "city", "SYR", "SY.12"),  # the province's namesake city wins
        ("Quebec", "city", "CAN", "CA.10"),
        ("Luxembourg", "country", "LUX", None),  # a country beats Belgium's province
        ("Darfur", "region", "SDN", None),  # a region spanning subdivisions: no code
    ],
)
def test_places_regions_resolve_with_admin1(name, kind, country, admin1):
    cand, _reason = places.resolve(name)
    assert (cand.record_kind, cand.country, cand.admin1_code) == (kind, country, admin1)


def test_places_region_reason_and_id():
    cand, reason = places.resolve("Bavaria")
    assert cand.gazetteer_id == "iso3166-2:DE-BY" and cand.latitude is None
    assert reason == "only one ISO 3166-2 entry has this name"


def test_places_provinces_of_two_countries_left_unresolved():
    cand, reason = places.resolve("Punjab")
    assert cand is None and reason.startswith("not resolved") and "IN-PB" in reason and "PK-PB" in reason


def test_places_province_from_story_context():
    ctx = [("Lahore", "PAK", "city", None)]
    cand, reason = places.resolve("Punjab", context=ctx)
    assert (cand.country, cand.admin1_code) == ("PAK", "PK-PB") and "Lahore" in reason


def test_places_ontario_california_from_qualifier():
    cand, _ = places.resolve("Ontario", qualifier="California")
    assert (cand.kind, cand.country, cand.admin1_code) == ("city", "USA", "US-CA")


@pytest.mark.parametrize(
    "city, expected",
    [
        ({"countrycode": "US", "admin1code": "TX"}, "US-TX"),
        ({"countrycode": "GB", "admin1code": "ENG"}, "GB-ENG"),
        ({"countrycode": "CA", "admin1code": "08"}, "CA.08"),
        ({"countrycode": "JP", "admin1code": "40"}, "JP.40"),  # never "JP-40" (ISO's Fukuoka)
        ({"countrycode": "XX", "admin1code": "ZZ"}, "XX.ZZ"),  # letters that are no ISO code
        ({"countrycode": "FR", "admin1code": "00"}, None),
        ({"countrycode": "FR", "admin1code": ""}, None),
    ],
)
def test_places_city_admin1(city, expected):
    assert city_admin1(city) == expected


@pytest.mark.model
def test_places_regions_in_a_story(extract_text):
    text = (
        "Floods closed roads across Ontario on Tuesday, and farmers in Bavaria counted their losses. "
        "In Sichuan, rescuers reached three villages. Officials in Houston said the storm had passed."
    )
    record = extract_text(text, published="2024-05-01")
    got = {p["name"]: (p["kind"], p["country"], p["admin1"]) for p in record["places"]}
    assert got["Ontario"] == ("region", "CAN", "CA-ON")
    assert got["Bavaria"] == ("region", "DEU", "DE-BY")
    assert got["Sichuan"] == ("region", "CHN", "CN-SC")
    assert got["Houston"] == ("city", "USA", "US-TX")


# --- region actor ids --------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, country, expected",
    [
        ("Texas", "USA", "region:US-TX"),
        ("Tex.", "USA", "region:US-TX"),  # AP abbreviation: one id with the name
        ("the State of Texas", "USA", "region:US-TX"),
        ("Calif.", "USA", "region:US-CA"),
        ("Georgia", "USA", "region:US-GA"),  # the state
        ("Georgia", "GEO", "country:GEO"),  # the country
        ("Ontario", "CAN", "region:CA-ON"),
        ("Ontario", "USA", "name:ontario|USA"),  # the Californian city
        ("Bavaria", "DEU", "region:DE-BY"),
        ("Punjab", "PAK", "region:PK-PB"),  # the country says which Punjab
        ("Washington", "USA", "name:washington|USA"),  # the capital, not the state
        ("New York", "USA", "name:new york|USA"),  # also the city
        ("Quebec", "CAN", "name:quebec|CAN"),  # also the city
        ("Florida", "CUB", "name:florida|CUB"),  # a Cuban town, not the state
        ("Texas", None, "name:texas|-"),
    ],
)
def test_identity_region_ids(name, country, expected):
    assert actor_id_of(name, "GPE", country) == expected


def test_identity_region_id_only_for_places():
    assert region_id("Texas", "USA") == "region:US-TX"
    assert actor_id_of("Texas", "ORG", "USA") == "name:texas|USA"  # "Texas" the team is no place


# --- migrated 1.0.0 stores ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, type, country, expected",
    [
        ("Janet Napolitano", "PERSON", "USA", "petrarch:JANET_NAPOLITANO"),  # PETRARCH2's entry, as a fresh run
        ("Janet Napolitano", "PERSON", "GBR", None),  # the entry's codes never give GBR
        ("Environmental Protection Agency", "ORG", "USA", "petrarch:ENVIRONMENTAL_PROTECTION_AGENCY"),
        ("Obama administration", "ORG", "USA", None),  # a government named after a person, never the person
        ("Vladimir Putin", "PERSON", "RUS", None),  # our own list: its id comes from people.tsv
        ("Putin", "PERSON", "RUS", None),  # a surname alone is never looked up
        ("Pentagon", "ORG", "USA", None),  # our own list of organisations
        ("Texas", "GPE", "USA", None),  # places are not dictionary-coded
    ],
)
def test_identity_stored_entry(name, type, country, expected):
    assert stored_entry(name, type, country) == expected


def test_identity_stored_actor_id_matches_a_fresh_run():
    assert stored_actor_id("Jeh Johnson", "PERSON", "USA") == actor_id_of("Jeh Johnson", "PERSON", "USA", "petrarch:JEH_JOHNSON")
    assert stored_actor_id("Obama administration", "ORG", "USA") == "name:obama administration|USA"
    assert stored_actor_id("International Monetary Fund", "ORG", None) == "org:International Monetary Fund"
