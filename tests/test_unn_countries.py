"""Unnamed actors' countries and sectors, precision first: a country from the sentence only
where the text makes it the phrase's place or nationality, the article's country not where the
sentence places the phrase elsewhere, none for vague speakers, shares and findings; the sector
of a spokesman of a person or of "his"; no military in "an army of volunteers". Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _unnamed(record: dict, last_word: str) -> dict:
    for e in record["entities"]:
        if e["named"] is False and any(m["text"].lower().split()[-1:] == [last_word] for m in e["mentions"]):
            return e
    raise AssertionError(f"no unnamed actor ending in {last_word!r}: {[e['name'] for e in record['entities']]}")


@pytest.mark.parametrize(
    "text, word, country",
    [
        # the sentence's one country where it is the phrase's place or nationality
        ("Police arrested twenty protesters in Cairo on Monday.", "protesters", "EGY"),
        ("Turkish police blocked a march staged by students near the campus.", "students", "TUR"),
        ("The agency will send food to refugees fleeing the fighting in Liberia.", "refugees", "LBR"),
        # another country of the sentence that is the nationality of the subject, not of the object
        ("Israeli soldiers beat Palestinian prisoners with the knowledge of senior officers.", "officers", "ISR"),
        # not a destination, a partner or the object of another verb
        ("Officials said the company would move the plant to Mexico.", "officials", None),
        ("Protesters gathered after the talks with China had failed.", "protesters", None),
        ("Workers lost their jobs -- the second wave of layoffs -- as the firm moved work to Mexico.", "workers", None),
        ("Nationalists rule in Hungary, where they vow to stem the flood of migrants into Europe.", "migrants", None),
    ],
)
def test_unn_sentence_country_only_as_the_phrase_place(extract_text, text, word, country):
    ent = _unnamed(extract_text(text), word)
    assert ent["actor"]["country"] == country, ent["actor"]["basis"]


_US = "The United States and America's allies met in Washington on Monday. "


def test_unn_article_country_not_where_the_sentence_places_the_phrase_abroad(extract_text):
    # USA is the article's main country (3 mentions), but these police are Cairo's
    rec = extract_text(_US + "Police detained two reporters in Cairo on Tuesday.")
    assert _unnamed(rec, "police")["actor"]["country"] == "EGY"
    # a country the sentence names elsewhere does not block the article's ("a trip to Mexico")
    rec = extract_text(_US + "Officials said the trip to Mexico was put off.")
    assert _unnamed(rec, "officials")["actor"]["country"] == "USA"


@pytest.mark.parametrize(
    "sentence, word",
    [
        ("Forty percent said the economy was getting worse.", "percent"),
        ("Someone said the plan would fail.", "someone"),
        ("A new poll shows the race is tied.", "poll"),
    ],
)
def test_unn_vague_speakers_take_no_country(extract_text, sentence, word):
    ent = _unnamed(extract_text(_US + sentence), word)
    assert ent["actor"]["country"] is None and ent["actor"]["sector"] is None, ent["actor"]["basis"]


@pytest.mark.parametrize(
    "text, word, sector",
    [
        ("His spokesman said the senator would not attend the dinner.", "spokesman", None),
        ("A spokesman said the talks would resume on Friday.", "spokesman", "GOV"),
        ("A campaign spokesman said the rally was canceled.", "spokesman", "PTY"),
    ],
)
def test_unn_spokesman_sector_from_whom_he_speaks_for(extract_text, text, word, sector):
    ent = _unnamed(extract_text(text), word)
    assert ent["actor"]["sector"] == sector, ent["actor"]["basis"]


def test_unn_spokesman_of_a_person_without_sector_has_none(extract_text):
    rec = extract_text("Sheldon Adelson's spokesman said he would not attend the dinner.")
    ent = _unnamed(rec, "spokesman")
    assert ent["actor"]["sector"] is None and "Adelson" in ent["actor"]["basis"][1], ent["actor"]["basis"]


@pytest.mark.parametrize(
    "text, made",
    [
        ("The mayor led an army of volunteers through the town.", False),
        ("The forces of bigotry will not win, the governor said.", False),
        ("The forces of the regime shelled the town on Sunday.", True),
        ("The army shelled the town on Sunday.", True),
    ],
)
def test_unn_military_words_counting_people_are_no_military(extract_text, text, made):
    rec = extract_text(text)
    mil = [e for e in rec["entities"] if e["named"] is False and e["actor"]["sector"] == "MIL"]
    assert bool(mil) == made, [e["name"] for e in rec["entities"]]


def test_unn_advisers_to_a_campaign_are_its_party(extract_text):
    rec = extract_text("Advisers to a rival campaign said the senator would quit.")
    assert _unnamed(rec, "advisers")["actor"]["sector"] == "PTY"
    rec = extract_text("Advisers to the president said the plan was dead.")
    assert _unnamed(rec, "advisers")["actor"]["sector"] == "GOV"
