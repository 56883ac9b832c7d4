"""Actors: linking people by gender, roles written before names, groups affiliated with a
person, and parties.

Rule tests on hand-built Docs (no model) first, then a table of hand-written sentences
through the model. The decisions they pin:

- an honorific ("Mrs.", "Mr.") or a gendered title ("Congresswoman") gives a mention a
  gender; a person cluster's gender is its own evidence (those words, else its first name,
  ``lexicons/entity_gender.tsv``); a lone surname of known gender joins a cluster of that
  gender, else one of unknown gender, else starts its own;
- among several people who share a surname (``nlp/entities/namesakes.py``): a title before
  it ("Senator Cruz", "President Obama") picks the one the article titles so, else the one
  whose ``people.tsv`` office fits; with no title, the one named most often before it, then
  the only office holder, then the one named last before it; every such choice is noted in
  the person's ``actor.basis``;
- "the Trump campaign", "Trump's campaign", "Sanders supporters", "the Clinton Foundation"
  are their own organisation entities, affiliated with the person (the person's country,
  the sector the word gives: ``lexicons/entity_affiliates.tsv``), never mentions of them;
- a party's name, members or adjective ("Republicans", "GOP", "Democratic") is the party
  (country and sector PTY); a party adjective before a title is the role's affiliation,
  not an entity;
- a title marked ``affiliation`` in ``titles.tsv`` takes its holder's sector from the
  organisation named with it ("FBI Director" -> GOV with portfolio COP, "Fox News anchor"
  -> MED, "DNC Chairwoman" -> PTY); a party fills only a title with no sector of its own.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts import lexicons
from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.mentions import Candidate, honorific_gender, is_party_name
from newsfacts.nlp.entities.namesakes import choose_namesake, heads_fit
from newsfacts.nlp.entities.resolution import Cluster, same_gender
from newsfacts.nlp.entities.titles import Affiliation, holder_info

_NO_SPACE_BEFORE = {".", ",", "'s", ")"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, ents=()):
    """A Doc of ``words`` (``ents``: ``(start, end, label)`` token spans); PROPN when
    capitalised, PUNCT for punctuation, else NOUN; a sentence starts after every "." that is
    a word of its own."""
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE for i in range(len(words))]
    tags = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=tags, ents=iob, sent_starts=sent_starts)


def mentions_of(doc):
    """{entity name: [mention texts]}"""
    return {e.name: [m.text for m in e.mentions] for e in extract_entities(doc).entities}


def entity(doc, name):
    found = [e for e in extract_entities(doc).entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in extract_entities(doc).entities]}"
    return found[0]


def code(e):
    return e.actor.to_dict()["code"]


# --- gender and surname linking ----------------------------------------------------------

_CLINTONS = ["Bill", "Clinton", "spoke", ".", "Hillary", "Clinton", "spoke", "."]
_CLINTON_ENTS = [(0, 2, "PERSON"), (4, 6, "PERSON")]


@pytest.mark.parametrize(
    "honorific,joins",
    [("Mrs.", "Hillary Clinton"), ("Ms.", "Hillary Clinton"), ("Mr.", "Bill Clinton")],
)
def test_resolution_honorific_links_surname_by_gender(vocab, honorific, joins):
    words = _CLINTONS + [honorific, "Clinton", "said", "so", "."]
    doc = make(vocab, words, _CLINTON_ENTS + [(9, 10, "PERSON")])
    found = mentions_of(doc)
    assert found[joins] == [joins, "Clinton"]
    other = "Bill Clinton" if joins == "Hillary Clinton" else "Hillary Clinton"
    assert found[other] == [other]


def test_resolution_no_evidence_keeps_last_named_rule(vocab):
    doc = make(vocab, _CLINTONS + ["Clinton", "said", "so", "."], _CLINTON_ENTS + [(8, 9, "PERSON")])
    assert mentions_of(doc)["Hillary Clinton"] == ["Hillary Clinton", "Clinton"]


def test_resolution_honorific_never_joins_other_gender(vocab):
    words = ["Bruce", "Kovner", "gave", "money", ".", "Ms.", "Kovner", "said", "nothing", "."]
    found = mentions_of(make(vocab, words, [(0, 2, "PERSON"), (6, 7, "PERSON")]))
    assert found["Bruce Kovner"] == ["Bruce Kovner"]
    assert found["Kovner"] == ["Kovner"]


def test_resolution_honorific_surname_may_come_first(vocab):
    # a Chinese name puts the surname first: "Mr. Xi" is Xi Jinping
    words = ["Xi", "Jinping", "spoke", ".", "Mr.", "Xi", "replied", "."]
    found = mentions_of(make(vocab, words, [(0, 2, "PERSON"), (5, 6, "PERSON")]))
    assert found["Xi Jinping"] == ["Xi Jinping", "Xi"]


def test_resolution_gendered_title_gives_cluster_gender(vocab):
    # "Jan" is in no first-name list: only the title says who Mrs. Smith is
    words = ["Congresswoman", "Jan", "Smith", "spoke", ".", "Tom", "Smith", "spoke", ".", "Mrs.", "Smith", "left", "."]
    found = mentions_of(make(vocab, words, [(1, 3, "PERSON"), (5, 7, "PERSON"), (10, 11, "PERSON")]))
    assert found["Jan Smith"] == ["Congresswoman Jan Smith", "Smith"]


def test_resolution_honorific_relabels_surname_slip(vocab):
    # the model took "Kovner" for a place: after "Ms." it is a person
    words = ["Bruce", "Kovner", "spoke", ".", "Ms.", "Kovner", "left", "."]
    e = entity(make(vocab, words, [(0, 2, "PERSON"), (5, 6, "GPE")]), "Kovner")
    assert e.type == "PERSON"


# --- namesakes: people who share a surname ----------------------------------------------

_CRUZ = ["Ted", "Cruz", "and", "his", "wife", ",", "Heidi", "Cruz", ",", "campaigned", "."]
_CRUZ_ENTS = [(0, 2, "PERSON"), (6, 8, "PERSON")]


def test_namesakes_title_picks_office_holder_over_most_recent(vocab):
    # Heidi Cruz is named last, but "Senator" fits Ted Cruz's people.tsv office
    words = _CRUZ + ["Senator", "Cruz", "said", "so", ".", "Cruz", "added", "more", "."]
    found = mentions_of(make(vocab, words, _CRUZ_ENTS + [(12, 13, "PERSON"), (16, 17, "PERSON")]))
    assert found["Ted Cruz"] == ["Ted Cruz", "Senator Cruz", "Cruz"]
    assert found["Heidi Cruz"] == ["Heidi Cruz"]


def test_namesakes_title_and_honorific_split_the_obamas(vocab):
    words = ["Barack", "Obama", "and", "Michelle", "Obama", "arrived", ".", "President", "Obama", "spoke", ".",
             "Mrs.", "Obama", "thanked", "guests", ".", "Mr.", "Obama", "left", "."]
    found = mentions_of(make(vocab, words, [(0, 2, "PERSON"), (3, 5, "PERSON"), (8, 9, "PERSON"), (12, 13, "PERSON"), (17, 18, "PERSON")]))
    assert found["Barack Obama"] == ["Barack Obama", "President Obama", "Obama"]
    assert found["Michelle Obama"] == ["Michelle Obama", "Obama"]


def test_namesakes_title_in_the_article_decides(vocab):
    # nobody here is in people.tsv: the article's own "Governor" decides
    words = ["Governor", "Tom", "Vale", "and", "Anna", "Vale", "spoke", ".", "Governor", "Vale", "said", "so", "."]
    found = mentions_of(make(vocab, words, [(1, 3, "PERSON"), (4, 6, "PERSON"), (9, 10, "PERSON")]))
    assert found["Tom Vale"] == ["Governor Tom Vale", "Governor Vale"]
    assert found["Anna Vale"] == ["Anna Vale"]


def test_namesakes_no_title_most_named_wins(vocab):
    # a story about Bill Clinton: "Clinton said" after one mention of Hillary is still Bill
    words = ["Bill", "Clinton", "spoke", ".", "Bill", "Clinton", "praised", "workers", ".", "Hillary", "Clinton", "came", ".",
             "Clinton", "said", "so", "."]
    e = entity(make(vocab, words, [(0, 2, "PERSON"), (4, 6, "PERSON"), (9, 11, "PERSON"), (13, 14, "PERSON")]), "Bill Clinton")
    assert [m.text for m in e.mentions] == ["Bill Clinton", "Bill Clinton", "Clinton"]
    assert any("named most often before it (2 times)" in b for b in e.actor.basis), e.actor.basis


@pytest.mark.parametrize("order", [("Michelle", "Barack"), ("Barack", "Michelle")])
def test_namesakes_no_title_office_holder_breaks_a_tie(vocab, order):
    words = [order[0], "Obama", "spoke", ".", order[1], "Obama", "spoke", ".", "Obama", "said", "so", "."]
    found = mentions_of(make(vocab, words, [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")]))
    assert found["Barack Obama"] == ["Barack Obama", "Obama"]
    assert found["Michelle Obama"] == ["Michelle Obama"]


def test_namesakes_tie_goes_to_last_named_and_is_noted(vocab):
    # nothing separates two men named Vale: the one named last before, said in the basis
    words = ["Tom", "Vale", "spoke", ".", "Sam", "Vale", "spoke", ".", "Vale", "said", "so", "."]
    doc = make(vocab, words, [(0, 2, "PERSON"), (4, 6, "PERSON"), (8, 9, "PERSON")])
    e = entity(doc, "Sam Vale")
    assert [m.text for m in e.mentions] == ["Sam Vale", "Vale"]
    at = doc[8].idx
    notes = [b for b in e.actor.basis if b.startswith("surname linking:")]
    assert notes == [f"surname linking: 'Vale' at {at}: one of Tom Vale, Sam Vale: nothing else separates them, so the one named most recently before it"]
    assert not any(b.startswith("surname linking:") for b in entity(doc, "Tom Vale").actor.basis)


def test_namesakes_surname_slip_uses_same_rules(vocab):
    # the model took the last "Cruz" for an organisation: it still joins Ted Cruz, not Heidi
    words = _CRUZ + ["Cruz", "said", "so", "."]
    found = mentions_of(make(vocab, words, _CRUZ_ENTS + [(11, 12, "ORG")]))
    assert found["Ted Cruz"] == ["Ted Cruz", "Cruz"]


@pytest.mark.parametrize(
    "a,b,expected",
    [
        ("sen.", "senator", True),
        ("governor", "gov.", True),
        ("president", "president", True),
        ("senator", "governor", False),
        ("sen.", "president", False),
        ("s.", "senator", False),  # one letter is no abbreviation of a title
    ],
)
def test_namesakes_heads_fit(a, b, expected):
    assert heads_fit(a, b) is expected


def test_namesakes_one_candidate_no_note():
    c = Cluster("PERSON", key="Ted Cruz", first="Ted", last="Cruz")
    c.mentions = [Candidate(0, 8, "Ted Cruz", "PERSON", name_tokens=("Ted", "Cruz"))]
    assert choose_namesake([c], 20) == (c, "")
    assert choose_namesake([], 20) == (None, "")


def _cluster(first, genders=()):
    c = Cluster("PERSON", key=f"{first} X", first=first, last="X")
    c.mentions = [Candidate(0, 1, "X", "PERSON", gender=g) for g in genders] or [Candidate(0, 1, "X", "PERSON")]
    return c


@pytest.mark.parametrize(
    "first,genders,expected",
    [
        ("Hillary", (), "F"),
        ("Bill", (), "M"),
        ("Jan", (), None),
        ("Jan", ("F",), "F"),
        ("Bill", ("F",), "F"),  # the text's own words beat the first-name list
        ("Jan", ("F", "M"), None),  # conflicting evidence is no evidence
    ],
)
def test_resolution_cluster_gender(first, genders, expected):
    assert _cluster(first, genders).gender == expected


@pytest.mark.parametrize(
    "gender,expected",
    [(None, ["Bill", "Hillary", "Jan"]), ("F", ["Hillary"]), ("M", ["Bill"])],
)
def test_resolution_same_gender(gender, expected):
    cands = [_cluster("Bill"), _cluster("Hillary"), _cluster("Jan")]
    assert [c.first for c in same_gender(cands, gender)] == expected


def test_resolution_same_gender_falls_back_to_unknown():
    assert [c.first for c in same_gender([_cluster("Bill"), _cluster("Jan")], "F")] == ["Jan"]


@pytest.mark.parametrize(
    "words,i,expected",
    [
        (["Mrs.", "Clinton"], 1, "F"),
        (["Mr", "Trump"], 1, "M"),
        (["Mr", ".", "Trump"], 2, "M"),
        (["Miss", "Smith"], 1, "F"),
        (["the", "Clinton"], 1, None),
        (["Clinton"], 0, None),
    ],
)
def test_mentions_honorific_gender(vocab, words, i, expected):
    assert honorific_gender(Doc(vocab, words=words), i) == expected


# --- groups affiliated with a person -----------------------------------------------------


@pytest.mark.parametrize(
    "words,ents,group,country,sector",
    [
        (["Donald", "Trump", "spoke", ".", "The", "Trump", "campaign", "agreed", "."], [(0, 2, "PERSON"), (5, 6, "PERSON")], "Trump campaign", "USA", "PTY"),
        (["Donald", "Trump", "spoke", ".", "Trump", "'s", "campaign", "agreed", "."], [(0, 2, "PERSON"), (4, 5, "PERSON")], "Trump's campaign", "USA", "PTY"),
        (["Bernie", "Sanders", "spoke", ".", "Sanders", "supporters", "marched", "."], [(0, 2, "PERSON"), (4, 5, "PERSON")], "Sanders supporters", "USA", None),
        (["Donald", "Trump", "spoke", ".", "The", "Trump", "presidency", "began", "."], [(0, 2, "PERSON"), (5, 6, "PERSON")], "Trump presidency", "USA", "GOV"),
    ],
)
def test_resolution_affiliated_group_is_own_entity(vocab, words, ents, group, country, sector):
    doc = make(vocab, words, ents)
    e = entity(doc, group)
    assert e.type == "ORG"
    assert (e.actor.country, e.actor.sector) == (country, sector)
    person = [x for x in extract_entities(doc).entities if x.type == "PERSON"]
    assert [[m.text for m in p.mentions] for p in person] == [[" ".join(words[:2])]]


@pytest.mark.parametrize(
    "words,ents,name",
    [
        # a lone name in a group's name stays as the model read it ("Kickstarter" is no person we know)
        (["A", "Kickstarter", "campaign", "paid", "."], [(1, 2, "PERSON")], "Kickstarter"),
        # an organisation the model tagged whole may be named after someone else
        (["Kevin", "Brady", "spoke", ".", "The", "Brady", "Campaign", "sued", "."], [(0, 2, "PERSON"), (5, 7, "ORG")], "Brady Campaign"),
    ],
)
def test_resolution_affiliated_group_left_alone(vocab, words, ents, name):
    e = entity(make(vocab, words, ents), name)
    assert e.actor.sector != "PTY"


def test_resolution_affiliated_group_never_takes_person_sector(vocab):
    words = ["President", "Barack", "Obama", "spoke", ".", "Obama", "supporters", "cheered", "."]
    e = entity(make(vocab, words, [(1, 3, "PERSON"), (5, 6, "PERSON")]), "Obama supporters")
    assert e.actor.country == "USA" and e.actor.sector is None


# --- parties -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "words,ents,name,expected",
    [
        (["Republicans", "voted", "."], [(0, 1, "NORP")], "Republicans", "USA PTY"),
        (["The", "GOP", "met", "."], [(1, 2, "ORG")], "GOP", "USA PTY"),
        (["Labour", "won", "."], [(0, 1, "PERSON")], "Labour", "GBR PTY"),
        (["Likud", "lost", "."], [(0, 1, "ORG")], "Likud", "ISR PTY"),
        (["The", "ANC", "met", "."], [(1, 2, "ORG")], "ANC", "ZAF PTY"),
    ],
)
def test_groups_party_names(vocab, words, ents, name, expected):
    e = entity(make(vocab, words, ents), name)
    assert e.type == "ORG" and code(e) == expected


def test_mentions_party_adjective_before_title_is_role(vocab):
    words = ["Republican", "Sen.", "John", "McCain", "spoke", "."]
    doc = make(vocab, words, [(0, 1, "NORP"), (2, 4, "PERSON")])
    ents = extract_entities(doc).entities
    assert [e.name for e in ents] == ["John McCain"]
    assert code(ents[0]) == "USA LEG"
    assert ents[0].roles[0].affiliation == "Republican"


@pytest.mark.parametrize(
    "words,ents,tags,expected",
    [
        (["Republican", "Christine", "Whitman", "spoke", "."], [(0, 1, "NORP"), (1, 3, "PERSON")], {}, ["Christine Whitman"]),
        (
            ["Democratic", "presidential", "nominee", "Hillary", "Clinton", "spoke", "."],
            [(0, 1, "NORP"), (3, 5, "PERSON")],
            {1: "ADJ"},
            ["Hillary Clinton"],
        ),
        (
            ["Democratic", "front", "-", "runner", "Hillary", "Clinton", "spoke", "."],
            [(0, 1, "NORP"), (4, 6, "PERSON")],
            {},
            ["Hillary Clinton"],
        ),
        (["Republican", "voters", "like", "Donald", "Trump", "."], [(0, 1, "NORP"), (3, 5, "PERSON")], {2: "ADP"}, ["Republican", "Donald Trump"]),
    ],
)
def test_mentions_party_adjective_describing_person(vocab, words, ents, tags, expected):
    doc = make(vocab, words, ents)
    for i, tag in tags.items():
        doc[i].pos_ = tag
    # named entities only: "Republican voters" is also an unnamed actor (nlp/entities/unnamed.py)
    assert [e.name for e in extract_entities(doc).entities if e.named] == expected


@pytest.mark.parametrize("name,expected", [("Republicans", True), ("the GOP", True), ("Hamas", False), ("Trump", False)])
def test_mentions_is_party_name(name, expected):
    assert is_party_name(name) is expected


# --- roles before names --------------------------------------------------------------------


@pytest.mark.parametrize(
    "words,ents,name,expected,portfolio",
    [
        (["FBI", "Director", "James", "Comey", "spoke", "."], [(0, 1, "ORG"), (2, 4, "PERSON")], "James Comey", "USA GOV", "COP"),
        (["Fox", "News", "anchor", "Megyn", "Kelly", "spoke", "."], [(0, 2, "ORG"), (3, 5, "PERSON")], "Megyn Kelly", "USA MED", None),
        (["DNC", "Chairwoman", "Debbie", "Schultz", "quit", "."], [(0, 1, "ORG"), (2, 4, "PERSON")], "Debbie Schultz", "USA PTY", None),
        (["Pentagon", "spokesman", "Jeff", "Davis", "spoke", "."], [(0, 1, "ORG"), (2, 4, "PERSON")], "Jeff Davis", "USA GOV", "MIL"),
    ],
)
def test_titles_holder_sector_from_organisation(vocab, words, ents, name, expected, portfolio):
    e = entity(make(vocab, words, ents), name)
    assert code(e) == expected
    assert e.actor.portfolio == portfolio


@pytest.mark.parametrize(
    "key,sector,adjective,expected",
    [
        ("director", "COP", False, ("GOV", "COP")),
        ("chairman", "PTY", True, ("PTY", None)),
        ("president", "PTY", True, ("GOV", None)),  # "Democratic President": the office's own sector
        ("spokesman", "PTY", False, ("PTY", None)),  # "RNC spokesman": the party's
        ("president", "MED", False, ("MED", None)),
        ("senator", "PTY", True, ("LEG", None)),  # not an affiliation title
        ("director", None, False, (None, None)),
    ],
)
def test_titles_holder_info(key, sector, adjective, expected):
    aff = Affiliation("X", "USA", 0, 1, org="X", sector=sector, adjective=adjective)
    info = holder_info(key, lexicons.titles()[key], aff)
    assert (info["sector"], info["portfolio"]) == expected


@pytest.mark.parametrize("title,sector", [("general counsel", None), ("chairman", None), ("anchor", "MED"), ("campaign manager", "PTY")])
def test_titles_lexicon_rows(title, sector):
    assert lexicons.titles()[title]["sector"] == sector


# --- through the model ---------------------------------------------------------------------

_SENTENCES = [
    # (text, entity name, expected code; None = no code)
    ("Bernie Sanders spoke in Iowa. Sanders supporters marched to the hall.", "Sanders supporters", "USA"),
    ("Republican Sen. John McCain criticized the plan.", "John McCain", "USA LEG"),
    ("RNC Chairman Reince Priebus said the party was united.", "Reince Priebus", "USA PTY"),
    ("The Trump campaign said on Monday that it had raised money. Donald Trump spoke in Ohio.", "Trump campaign", "USA PTY"),
    ("Republicans in Congress opposed the bill, and Democrats supported it.", "Democrats", "USA PTY"),
    ("FBI Director James Comey testified before the committee on Tuesday.", "James Comey", "USA GOV"),
    ("Fox News anchor Megyn Kelly asked the first question.", "Megyn Kelly", "USA MED"),
]


@pytest.mark.parametrize("text,name,expected", _SENTENCES)
def test_actors_linking_through_model(extract_text, text, name, expected):
    record = extract_text(text, published="2016-06-01")
    found = {e["name"]: e for e in record["entities"]}
    assert name in found, list(found)
    assert found[name]["actor"]["code"] == expected


_NAMESAKES = [
    # (text, {mention text at its n-th occurrence: the person it names})
    (
        "Ted Cruz and his wife, Heidi Cruz, campaigned in Iowa on Monday. Senator Cruz said the race was close. "
        "Cruz added that Iowa would decide.",
        {"Senator Cruz": "Ted Cruz", "Cruz added": "Ted Cruz"},
    ),
    (
        "Barack Obama and Michelle Obama hosted a dinner at the White House. President Obama thanked the cooks. "
        "Mrs. Obama spoke about school meals.",
        {"President Obama": "Barack Obama", "Mrs. Obama": "Michelle Obama"},
    ),
    (
        "Bill Clinton toured a factory in Ohio. Bill Clinton praised the workers there. Hillary Clinton stayed in New York. "
        "Clinton said the plant would grow.",
        {"Clinton said": "Bill Clinton"},
    ),
]


@pytest.mark.parametrize("text,expected", _NAMESAKES)
def test_actors_namesakes_through_model(extract_text, text, expected):
    record = extract_text(text, published="2016-06-01")
    for phrase, person in expected.items():
        start = text.index(phrase)
        owners = [e["name"] for e in record["entities"] for m in e["mentions"] if m["start"] <= start + len(phrase) - 1 and start < m["end"]]
        assert owners == [person], (phrase, owners)


def test_actors_mrs_clinton_through_model(extract_text):
    text = "Bill Clinton campaigned in Ohio. Hillary Clinton spoke in Iowa. Mrs. Clinton said she would win. Mr. Clinton agreed."
    record = extract_text(text, published="2016-06-01")
    by_name = {e["name"]: [m["text"] for m in e["mentions"]] for e in record["entities"]}
    assert by_name["Hillary Clinton"] == ["Hillary Clinton", "Clinton"]
    assert by_name["Bill Clinton"] == ["Bill Clinton", "Clinton"]
