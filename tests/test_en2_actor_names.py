"""Actor codes and entity types on real-news shapes (issue #21, round two): a city's local
body takes the city's country, a party's central committee is a party actor, a given name the
model left out of a name tagged a place, pollsters before "poll", appositives that make a name
an organisation's, known organisations after a qualifier, a shared surname ("Khizr and
Ghazala Khan") and outlet verbs after "Bloomberg". Every sentence was written for this file.
Through the model."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _entities(extract_text, text, published="2016-08-01"):
    return {e["name"]: e for e in extract_text(text, published=published)["entities"]}


def test_en2_city_police_department_takes_the_city_country(extract_text):
    ents = _entities(extract_text, "The Chicago Police Department said on Monday that two officers had been suspended.")
    actor = ents["Chicago Police Department"]["actor"]
    assert (actor["country"], actor["sector"]) == ("USA", "COP")
    assert any("local body" in b for b in actor["basis"])


def test_en2_small_city_body_needs_its_country_in_the_story(extract_text):
    ents = _entities(extract_text, "The Ferguson Police Department released the video. Missouri officials said the report was late.")
    assert ents["Ferguson Police Department"]["actor"]["country"] == "USA"


def test_en2_city_of_two_countries_body_stays_uncoded(extract_text):
    ents = _entities(extract_text, "The Birmingham City Council voted on Tuesday to close the library.")
    assert ents["Birmingham City Council"]["actor"]["country"] is None


def test_en2_central_committee_is_a_party_actor(extract_text):
    ents = _entities(extract_text, "The Central Committee of the Communist Party met in Beijing on Tuesday to approve the plan.")
    name = next(n for n in ents if n.startswith("Central Committee"))
    assert ents[name]["actor"]["sector"] == "PTY"


def test_en2_given_name_before_a_place_makes_a_person(extract_text):
    text = "Kenzo Oshima, the UN coordinator for humanitarian affairs, said aid had reached the refugees in Darfur."
    ents = _entities(extract_text, text)
    assert "Oshima" not in ents
    assert ents["Kenzo Oshima"]["type"] == "PERSON"
    assert ents["Kenzo Oshima"]["actor"]["country"] != "JPN"


def test_en2_pollster_before_poll_is_an_organisation(extract_text):
    text = "Clinton led Trump in a Monmouth poll released Tuesday, while a Florida poll showed a closer race."
    ents = _entities(extract_text, text)
    assert ents["Monmouth"]["type"] == "ORG"
    assert ents["Florida"]["type"] == "GPE" and ents["Florida"]["actor"]["country"] == "USA"


def test_en2_appositive_makes_an_organisation(extract_text):
    text = ("Crowdpac, a site that tracks political donations, found that most executives gave to Clinton. "
            "According to Crowdpac, the gap is wide. John Smith, a company spokesman, said no.")
    ents = _entities(extract_text, text)
    assert ents["Crowdpac"]["type"] == "ORG"
    assert ents["John Smith"]["type"] == "PERSON"


def test_en2_known_organisation_after_a_qualifier(extract_text):
    text = "The Shiite Hizbollah movement denied it on Friday. Hizbollah said the attack was a lie."
    ents = _entities(extract_text, text)
    hizb = [e for e in ents.values() if e["actor"] and e["actor"]["sector"] == "REB" and e["type"] == "ORG"]
    assert len(hizb) == 1 and len(hizb[0]["mentions"]) == 2
    assert hizb[0]["actor"]["country"] == "LBN"


def test_en2_qualifier_of_another_country_is_not_the_known_organisation(extract_text):
    ents = _entities(extract_text, "The Pakistani Supreme Court ruled on Monday.")
    assert ents["Pakistani Supreme Court"]["actor"]["country"] == "PAK"


def test_en2_shared_surname_of_a_couple(extract_text):
    text = "Khizr and Ghazala Khan spoke at the convention on Thursday."
    ents = _entities(extract_text, text)
    assert "Khizr Khan" in ents and "Ghazala Khan" in ents
    assert ents["Khizr Khan"]["type"] == "PERSON"


def test_en2_known_person_before_and_keeps_own_name(extract_text):
    ents = _entities(extract_text, "Obama and Hillary Clinton spoke on Monday. Manafort and Rick Gates met donors. Manafort left.")
    assert "Obama" in ents and "Obama Clinton" not in ents
    assert "Manafort" in ents and "Manafort Gates" not in ents


def test_en2_bloomberg_estimates_is_the_outlet(extract_text):
    text = ("Michael Bloomberg, the former mayor, has not endorsed anyone. "
            "Bloomberg estimates that the developer is worth $3 billion.")
    ents = _entities(extract_text, text)
    person = ents["Michael Bloomberg"]
    assert len(person["mentions"]) == 1
    assert ents["Bloomberg"]["actor"]["sector"] == "MED"


def test_en2_post_of_a_known_organisation_is_coded_as_it(extract_text):
    text = "Maria Lopez, the United Nations Special Envoy, urged both sides to stop the shelling."
    ents = _entities(extract_text, text)
    post = next(e for e in ents.values() if e["name"].startswith("United Nations") and e["name"] != "United Nations")
    assert post["actor"]["sector"] == "IGO"


def test_en2_given_name_before_a_place_with_a_titled_description(extract_text):
    text = "Kenzo Oshima, the United Nations Relief Coordinator, asked the parties in Sudan to let aid through."
    ents = _entities(extract_text, text)
    assert "Oshima" not in ents and ents["Kenzo Oshima"]["type"] == "PERSON"


def test_en2_person_takes_the_code_of_the_post_after_the_name(extract_text):
    text = "Kenzo Oshima, the United Nations Relief Coordinator, asked the parties in Sudan to let aid through."
    actor = _entities(extract_text, text)["Kenzo Oshima"]["actor"]
    assert actor["sector"] == "IGO" and actor["country"] is None
    assert any("post in apposition" in b for b in actor["basis"])


def test_en2_party_word_left_out_of_an_organisation_joins_it(extract_text):
    text = "Only one of the 168 Republican National Committee members publicly supports the plan."
    ents = _entities(extract_text, text)
    assert "National Committee" not in ents
    assert ents["Republican National Committee"]["actor"]["sector"] == "PTY"
