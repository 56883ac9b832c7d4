"""Actor codes, session 12 (issue 21, helper A): the article's setting for a person the text
gives no country, known organisations' dotted acronyms ("A.F.L.-C.I.O.", "F.B.I." tagged as a
place), a US state's postal code tagged as a place ("NY"), two names joined across a spaced
dash, a nationality in the appositive, an organisation before a role and a name. Texts written
for these tests."""

import pytest

#: A story set in the United States: five US places, no other country.
US_STORY = (
    "The rally in Des Moines, Iowa, drew a large crowd on Saturday. Voters came from Ohio and Texas. "
    "Dana Pirelli, 41, said she had driven four hours to hear the candidate. "
    "The campaign will move on to Boston next week. Organisers in Chicago said more events were planned."
)


def _code(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    a = found[0]["actor"]
    return a["country"], a["sector"], a["basis"]


@pytest.mark.model
def test_a12_private_person_takes_the_setting(extract_text):
    country, sector, basis = _code(extract_text(US_STORY, published="2016-01-30"), "Dana Pirelli")
    assert (country, sector) == ("USA", None), basis
    assert any("article's setting" in b for b in basis)


@pytest.mark.model
def test_a12_setting_not_for_a_person_whose_sentence_names_another_country(extract_text):
    text = US_STORY.replace("Dana Pirelli, 41, said", "Dana Pirelli, 41, who grew up in Mexico, said")
    country, _, basis = _code(extract_text(text, published="2016-01-30"), "Dana Pirelli")
    assert country is None, basis


@pytest.mark.model
def test_a12_setting_not_without_a_dominant_country(extract_text):
    text = ("Delegates from France, Germany and Italy met in Brussels on Monday. Spain sent a minister. "
            "Dana Pirelli said the talks had gone well. The next round is in Vienna. Poland and Greece agreed.")
    country, _, basis = _code(extract_text(text, published="2016-01-30"), "Dana Pirelli")
    assert country is None, basis


@pytest.mark.model
def test_a12_setting_not_for_one_sentence(extract_text):
    country, _, basis = _code(extract_text("Dana Pirelli said the rally in Des Moines, Iowa, and Boston went well.",
                                           published="2016-01-30"), "Dana Pirelli")
    assert country is None, basis


@pytest.mark.model
def test_a12_setting_switch(extract_text):
    from newsfacts.nlp.entities import setting

    setting.ENABLED = False
    try:
        country, _, _ = _code(extract_text(US_STORY, published="2016-01-30"), "Dana Pirelli")
    finally:
        setting.ENABLED = True
    assert country is None


@pytest.mark.model
def test_a12_dotted_acronyms(extract_text):
    record = extract_text("The A.F.L.-C.I.O. endorsed the senator on Tuesday. The F.B.I. opened an inquiry.",
                          published="2016-06-01")
    got = {e["name"]: (e["type"], e["actor"]["country"], e["actor"]["sector"]) for e in record["entities"]}
    assert got.get("A.F.L.-C.I.O.") == ("ORG", "USA", "LAB"), got
    assert got.get("F.B.I.") == ("ORG", "USA", "COP"), got


@pytest.mark.model
def test_a12_postal_code_tagged_as_place(extract_text):
    record = extract_text("Sen. Carla Munoz (D-NY) joined the group. She studied at City College, NY, in 1990.",
                          published="2016-06-01")
    places = {e["name"]: e["actor"]["country"] for e in record["entities"] if e["type"] == "GPE"}
    assert places.get("NY") == "USA", places


@pytest.mark.model
def test_a12_two_names_across_a_spaced_dash(extract_text):
    record = extract_text("Protests followed the shooting of Keith Scott - Brentley Vinson was not charged, "
                          "prosecutors said on Wednesday in Charlotte.", published="2016-11-30")
    names = [e["name"] for e in record["entities"] if e["type"] == "PERSON"]
    assert "Keith Scott - Brentley Vinson" not in names, names
    assert "Brentley Vinson" in names, names


@pytest.mark.model
def test_a12_hyphenated_name_is_no_spaced_dash(extract_text):
    record = extract_text("President Doris Crouse-Mays said the union would fight the plan.", published="2016-06-01")
    names = [e["name"] for e in record["entities"] if e["type"] == "PERSON"]
    assert "Doris Crouse-Mays" in names, names


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    ("Cuba released Alan Grosz, an American contractor accused of spying, on Monday.", "Alan Grosz", "USA"),
    ("Saeed Abadi, an Iranian-American pastor, was freed on Saturday.", "Saeed Abadi", "USA"),
    ("Ana Vogel, a 29-year-old German student, said she was glad.", "Ana Vogel", "DEU"),
    ("Tom Reed, an American Airlines pilot, said nothing.", "Tom Reed", None),  # the nationality is the company's
    # a person since round 2 ("pollster" after a first name no longer makes an ORG): the party
    # gives USA by the role rule, not by the appositive nationality rule
    ("Tom Reed, a Democratic pollster, said nothing.", "Tom Reed", "USA"),
])
def test_a12_nationality_in_the_appositive(extract_text, text, name, country):
    got, _, basis = _code(extract_text(text, published="2016-01-20"), name)
    assert got == country, basis


@pytest.mark.model
@pytest.mark.parametrize("text, name, code", [
    ("The Microsoft chief executive, Sam Delacroix, agreed to the deal on Monday.", "Sam Delacroix", ("USA", "BUS")),
    ("CNBC moderator Carla Quintero asked the candidate about it.", "Carla Quintero", ("USA", "MED")),
    ("CNBC viewers like Carla Quintero complained about it.", "Carla Quintero", (None, None)),
])
def test_a12_organisation_before_a_role_and_name(extract_text, text, name, code):
    country, sector, basis = _code(extract_text(text, published="2016-06-01"), name)
    assert (country, sector) == code, basis
