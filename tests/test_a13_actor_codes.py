"""Actor codes, session 12 second round (issue 21, helper A2): the object of an act by a
subject with a nationality, heads that are actors only with a nation before them, plural titles
("Reps.", "Sens."), a middle initial and "a pollster" after a person's name, a country that is
also a first name tagged as a person, a foreign nationality said of a person in the sentence
after (no article setting). Texts written for these tests."""

import pytest


def _entity(record, name):
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    return found[0]


def _code(record, name):
    e = _entity(record, name)
    a = e["actor"] or {}
    return a.get("country"), a.get("sector"), a.get("basis")


@pytest.mark.model
def test_a13_object_of_subject_with_nationality_takes_no_country(extract_text):
    rec = extract_text("The Kenyan army said it captured a militia commander on Sunday.", published="2016-03-01")
    country, _, basis = _code(rec, "militia commander")
    assert country is None, basis


@pytest.mark.model
def test_a13_phrase_in_a_noun_of_the_subject_keeps_the_country(extract_text):
    rec = extract_text("Turkish police prevented the march by students on Monday.", published="2016-03-01")
    country, _, basis = _code(rec, "students")
    assert country == "TUR", basis


@pytest.mark.model
def test_a13_nation_before_plural_head_makes_an_actor(extract_text):
    rec = extract_text("Four Ukrainian oligarchs were questioned by prosecutors on Friday.", published="2016-03-01")
    country, sector, basis = _code(rec, "Ukrainian oligarchs")
    assert (country, sector) == ("UKR", "BUS"), basis


@pytest.mark.model
def test_a13_plural_head_without_nation_is_no_actor(extract_text):
    rec = extract_text("The mayor said oligarchs had bought most of the waterfront.", published="2016-03-01")
    assert not any("oligarchs" in e["name"] for e in rec["entities"])


@pytest.mark.model
def test_a13_plural_title_reps(extract_text):
    rec = extract_text("Reps. Walter Pennick and Dora Quale asked for the files on Tuesday.", published="2016-03-01")
    _, sector, basis = _code(rec, "Walter Pennick")
    assert sector == "LEG", basis


@pytest.mark.model
def test_a13_pollster_with_middle_initial_is_a_person(extract_text):
    rec = extract_text("Harold J. Brisket, a Democratic pollster, said the race was tight.", published="2016-03-01")
    assert _entity(rec, "Harold J. Brisket")["type"] == "PERSON"


@pytest.mark.model
def test_a13_country_first_name_with_its_is_the_country(extract_text):
    rec = extract_text("Chad reopened its border with Cameroon on Wednesday.", published="2016-03-01")
    country, _, basis = _code(rec, "Chad")
    assert country == "TCD", basis
    assert _entity(rec, "Chad")["type"] == "GPE"


@pytest.mark.model
def test_a13_first_name_person_stays_a_person(extract_text):
    rec = extract_text("Chad said his team was ready and the school would do its best.", published="2016-03-01")
    e = _entity(rec, "Chad")
    assert e["type"] == "PERSON" and (e["actor"] or {}).get("country") is None


US_STORY = (
    "The festival in Austin, Texas, drew large crowds on Saturday. Fans came from Ohio and Iowa. "
    "The station's evening host Lucia Ferrante spoke to the crowd about the music. "
    "The Peruvian broadcaster said she had waited years for the show. "
    "Organisers in Chicago and Boston said more events were planned."
)


@pytest.mark.model
def test_a13_foreign_nationality_in_the_next_sentence_blocks_the_setting(extract_text):
    country, _, basis = _code(extract_text(US_STORY, published="2016-03-01"), "Lucia Ferrante")
    assert country is None, basis


@pytest.mark.model
def test_a13_setting_still_applies_without_the_description(extract_text):
    text = US_STORY.replace("The Peruvian broadcaster said", "The broadcaster said")
    country, _, basis = _code(extract_text(text, published="2016-03-01"), "Lucia Ferrante")
    assert country == "USA", basis


@pytest.mark.model
def test_a13_according_to_is_no_object_of_the_subject(extract_text):
    rec = extract_text("Kenyan troops attacked the camp on Friday, according to two officers present.", published="2016-03-01")
    country, _, basis = _code(rec, "two officers")
    assert country == "KEN", basis
