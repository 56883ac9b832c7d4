"""Actors: places inside a country and country words in names.

Rule tests first (the lexicon lookups, then hand-built Docs through the entity stage, no
model), then a table of hand-written sentences through the model. Every sentence here was
written for this file.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.lexicons import countries, subnational
from newsfacts.nlp.entities import extract_entities

# --- country words in an organisation's name -------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Securities and Exchange Commission", None),  # "and" is no Andorra
        ("University and College Union", None),
        ("Office of Management and Budget", None),
        ("Can Do Foundation", None),  # "Can" is no Canada
        ("Per Capita Research Institute", None),  # "Per" is no Peru
        ("Sanders Are Winning Committee", None),  # "Are" is no Emirates
        ("That Got Us Thinking", None),  # "Us" is no US: abbreviations count in capitals only
        ("Russian Foreign Ministry", "RUS"),
        ("U.S. Senate", "USA"),
        ("USA TODAY", "USA"),
        ("Trinidad and Tobago Police Service", "TTO"),
        ("New Jersey Generals", "USA"),  # the US state, not Jersey
        ("New Mexico State Police", "USA"),  # the US state, not Mexico
        ("Calif. Supreme Court", "USA"),
        ("Texas Rangers", "USA"),
        ("North American Free Trade Agreement", None),  # a region, no one country
        ("Oneida Indian Nation", None),  # no India
        ("Georgia Southern University", None),  # the US state or the country: the story decides
        ("Syrian Russian Friendship Society", None),  # two countries
    ],
)
def test_countries_country_in_words(name, expected):
    assert countries.country_in_words(name) == expected


# --- US states and subdivisions ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name,dotless,expected",
    [
        ("Texas", False, "Texas"),
        ("Pa.", False, "Pennsylvania"),
        ("N.Y.", False, "New York"),
        ("W. Va.", False, "West Virginia"),
        ("the State of Ohio", False, "Ohio"),
        ("Pa", False, None),  # without its dot only where the text shows an abbreviation
        ("Pa", True, "Pennsylvania"),
        ("PA", True, None),  # a postal code is read only where the context says so
        ("Ottawa", False, None),
    ],
)
def test_subnational_us_state(name, dotless, expected):
    assert subnational.us_state(name, dotless=dotless) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Sen. Jo Rowe (R-Ala.) said", ("R", "Alabama")),
        ("Rep. Jo Rowe (D-N.Y.) said", ("D", "New York")),
        ("Sen. Jo Rowe, D-Calif., said", ("D", "California")),
        ("Rep. Jo Rowe (R-TX) said", ("R", "Texas")),
        ("Sen. Jo Rowe (I-Vt.) said", ("I", "Vermont")),
        ("Rep. Jo Rowe (R-Texas) said", ("R", "Texas")),
        ("Rep. Jo Rowe (R-Gondor) said", None),
        ("Rep. Jo Rowe (AP) said", None),
    ],
)
def test_subnational_party_state_after(text, expected):
    found = subnational.party_state_after(text, text.index(" (") if " (" in text else text.index(","))
    assert (found[:2] if found else None) == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Texas", ("USA",)),
        ("Calif.", ("USA",)),
        ("Bavaria", ("DEU",)),
        ("Sichuan", ("CHN",)),
        ("Catalonia", ("ESP",)),
        ("Tigray", ("ETH",)),
        ("Punjab", ("IND", "PAK")),  # two countries' provinces: the story decides
        ("Ontario", ("CAN", "USA")),  # the province, or the California city
        ("Batman", None),  # a Turkish province, and a word
        ("Central", None),
    ],
)
def test_countries_subnational_place(name, expected):
    found = countries.subnational_place(name)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    "name,expected",
    [
        ("Vienna, Va.", ("USA",)),  # the qualifier beats the capital of Austria
        ("Burlington, Vt", ("USA",)),
        ("Hempstead, NY", ("USA",)),  # a postal code after a comma
        ("Benghazi, Libya", ("LBY",)),
        ("Florida", ("USA",)),  # not the Cuban town
        ("Colorado", ("USA",)),
        ("Gaza", ("PSE",)),
        ("Paris", ("FRA",)),
    ],
)
def test_countries_place_codes(name, expected):
    assert countries.place_codes(name)[0] == expected


@pytest.mark.parametrize(
    "name,expected",
    [("Texas", ("USA",)), ("Texans", ("USA",)), ("Georgia", ("GEO", "USA")), ("Israel", ("ISR",)), ("Ontario", ("CAN", "USA"))],
)
def test_countries_any_country(name, expected):
    assert countries.any_country(name) == expected


# --- the entity stage on hand-built Docs ------------------------------------------------------


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, ents):
    """A Doc of ``words`` with ``ents`` as (start, end, label) token spans; a sentence starts
    after every "."."""
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ",", "'s"} for i in range(len(words))]
    pos = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "VERB" for w in words]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=pos, ents=iob, sent_starts=starts)


def actors(doc):
    return {e.name: e.actor for e in extract_entities(doc).entities}


def test_groups_georgia_with_other_us_states_is_the_us_state(vocab):
    doc = make(vocab, ["Voters", "in", "Georgia", "and", "Ohio", "chose", "."], [(2, 3, "GPE"), (4, 5, "GPE")])
    found = actors(doc)
    assert found["Georgia"].country == "USA"
    assert "US state" in found["Georgia"].basis[0]


def test_groups_georgia_with_its_capital_is_the_country(vocab):
    doc = make(vocab, ["Tanks", "entered", "Georgia", "near", "Tbilisi", "."], [(2, 3, "GPE"), (4, 5, "GPE")])
    assert actors(doc)["Georgia"].country == "GEO"


def test_groups_georgia_alone_stays_uncoded(vocab):
    doc = make(vocab, ["Rain", "fell", "on", "Georgia", "."], [(3, 4, "GPE")])
    assert actors(doc)["Georgia"].country is None


def test_groups_state_and_state_are_two_places(vocab):
    doc = make(vocab, ["They", "won", "Colorado", ",", "Arizona", "and", "Utah", "."], [(2, 3, "GPE"), (4, 5, "GPE"), (6, 7, "GPE")])
    found = actors(doc)
    assert {found[n].country for n in ("Colorado", "Arizona", "Utah")} == {"USA"}


@pytest.mark.parametrize(
    "words,ents,name,expected",
    [
        (["Floods", "hit", "Punjab", ",", "India", "said", "."], [(2, 3, "GPE"), (4, 5, "GPE")], "Punjab", "IND"),
        (["Floods", "hit", "Punjab", ",", "Pakistan", "said", "."], [(2, 3, "GPE"), (4, 5, "GPE")], "Punjab", "PAK"),
        (["Floods", "hit", "Punjab", "."], [(2, 3, "GPE")], "Punjab", None),
        (["He", "lives", "in", "Pa", ".", "now"], [(3, 4, "GPE")], "Pa", "USA"),  # the dot follows
        (["Texans", "voted", "."], [(0, 1, "NORP")], "Texans", "USA"),
        (["Snow", "fell", "in", "Bavaria", "."], [(3, 4, "GPE")], "Bavaria", "DEU"),
    ],
)
def test_groups_subnational_place_codes(vocab, words, ents, name, expected):
    assert actors(make(vocab, words, ents))[name].country == expected


def test_actors_place_after_comma_is_no_capital(vocab):
    doc = make(vocab, ["Pupils", "in", "Vienna", ",", "Va.", "marched", "."], [(2, 3, "GPE"), (4, 5, "GPE")])
    actor = next(iter(actors(doc).values()))
    assert (actor.country, actor.sector) == ("USA", None)


def test_actors_organisation_with_and_has_no_country(vocab):
    words = ["The", "Bureau", "of", "Trade", "and", "Exports", "met", "."]
    assert actors(make(vocab, words, [(1, 6, "ORG")]))["Bureau of Trade and Exports"].country is None


# --- through the model ------------------------------------------------------------------------


@pytest.mark.model
def test_model_organisation_with_and_is_not_andorra(extract_text):
    record = extract_text("The Securities and Exchange Commission fined the small bank on Monday.")
    found = {e["name"]: e["actor"]["country"] for e in record["entities"]}
    assert found.get("Securities and Exchange Commission") in (None, "USA")


@pytest.mark.model
@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("Voters in Colorado and Arizona went to the polls on Tuesday.", "Colorado", "USA"),
        ("Voters in Colorado and Arizona went to the polls on Tuesday.", "Arizona", "USA"),
        ("Heavy rain flooded Bavaria this week, officials in Munich said.", "Bavaria", "DEU"),
        ("Trump won Georgia, Alabama and Tennessee on Tuesday night.", "Georgia", "USA"),
        ("Texas Rep. Mike McCaul criticised the plan on Friday.", "Mike McCaul", "USA"),
    ],
)
def test_model_place_countries(extract_text, text, name, expected):
    record = extract_text(text)
    found = {e["name"]: e["actor"]["country"] for e in record["entities"]}
    assert name in found, found
    assert found[name] == expected
