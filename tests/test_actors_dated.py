"""Actors coded as of the article's date: the text's roles first ("former", "President-elect",
"nominee"), then our dated lexicon (people.tsv), then PETRARCH2's dictionaries.

Rule tests on the lexicons and on hand-built Docs (no model), then a table of sentences
written for these tests through the model, each under two publication dates where the code
changes with the date.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts import lexicons
from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.actors import OTHER_RULES, PERSON_RULES
from newsfacts.nlp.entities.dated import article_day, dictionary_code, role_before, title_tense
from newsfacts.nlp.entities.titles import find_titles

_NO_SPACE_BEFORE = {".", ",", "'s", "-"}


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, ents=(), pos=None):
    """A Doc of ``words`` (PROPN when capitalised, PUNCT for punctuation, else NOUN; ``pos``
    overrides by index); ``ents`` as ``(start, end, label)``; a sentence after every "."."""
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] != "-" for i in range(len(words))]
    tags = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "NOUN" for w in words]
    for i, p in (pos or {}).items():
        tags[i] = p
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=tags, ents=iob, sent_starts=sent_starts)


def named(doc, name, published=None):
    found = [e for e in extract_entities(doc, published=published).entities if e.name == name]
    assert found, f"no entity {name!r}"
    return found[0]


# --- the dated lexicon -------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,day,expected",
    [
        ("Barack Obama", "2016-03-11", ("people:barack obama", "USA", "GOV", None, "office")),
        ("Barack Obama", "2017-01-20", ("people:barack obama", "USA", None, None, "no office")),  # end excluded
        ("Barack Obama", "2006-05-01", ("people:barack obama", "USA", "LEG", None, "office")),
        ("Donald Trump", "2016-06-01", ("people:donald trump", "USA", None, None, "no office")),
        ("Trump", "2017-01-20", ("people:donald trump", "USA", "GOV", None, "office")),
        ("Clinton", "2010-06-01", ("people:hillary clinton", "USA", "GOV", None, "office")),
        ("Clinton", "2016-06-01", (None, "USA", None, None, "no office")),  # Bill and Hillary: no office
        ("Sergei Shoigu", "2020-01-01", ("people:sergei shoigu", "RUS", "GOV", "MIL", "office")),
        ("Sergey Shoigu", "2025-01-01", ("people:sergei shoigu", "RUS", "GOV", None, "office")),
        ("Donald Tusk", "2016-01-01", ("people:donald tusk", None, "IGO", None, "office")),
        ("Donald Tusk", "2024-06-01", ("people:donald tusk", "POL", "GOV", None, "office")),
        ("Vladimir Putin", None, ("people:vladimir putin", "RUS", "GOV", None, "current")),
    ],
)
def test_lexicons_person_on_the_date(name, day, expected):
    found = lexicons.person_on(name, day)
    assert (found.entry, found.country, found.sector, found.portfolio, found.rule) == expected


@pytest.mark.parametrize("name,day", [("Maya Rios", "2016-01-01"), ("Ban Ki-moon", "2018-01-01"), ("Obama Barack", None)])
def test_lexicons_person_on_unknown_or_ambiguous(name, day):
    # Ban Ki-moon's offices are KOR and none (UN): no one country when no office is held
    assert lexicons.person_on(name, day) is None


def test_lexicons_people_rows_are_dated_and_well_formed():
    known = lexicons.people()
    for person, offices in known["offices"].items():
        for o in offices:
            assert o.start is None or len(o.start) == 10, person
            assert o.end is None or o.start is None or o.start < o.end, person
            assert o.sector in lexicons.actor_sectors("person"), person


@pytest.mark.parametrize("value,day", [("2016-03-11T10:00:00Z", "2016-03-11"), ("yesterday", None), (None, None), ("2016-13-01", None)])
def test_dated_article_day(value, day):
    assert article_day(value) == day


# --- PETRARCH2's dictionaries --------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase,day,expected",
    [
        ("barack obama", "2010-06-01", ("USA", "GOV", None, "dated")),
        # USAELI 1978-2000-01-01 then USAGOV from 2009: the 2000-01-01 end read as a placeholder
        ("barack obama", "2005-06-01", ("USA", None, None, "placeholder end (read as: until the next range)")),
        ("john mccain", "2016-06-01", ("USA", "LEG", None, "dated")),  # USAGOVLEG: a legislator is LEG
        ("hillary clinton", "2016-06-01", ("USA", None, None, "default")),  # USAELI: not in our scheme
        ("john mccain", "2019-06-01", ("USA", None, None, "open range read after the dictionaries' end: country only")),
    ],
)
def test_dated_dictionary_code(phrase, day, expected):
    found = dictionary_code(phrase, day, person=True)
    assert (found.country, found.sector, found.portfolio, found.rule) == expected
    assert found.entry.startswith("petrarch:")


# --- the text's roles on hand-built Docs -----------------------------------------------------


@pytest.mark.parametrize(
    "words,tense",
    [
        (["President", "Maya", "Rios", "spoke", "."], "current"),
        (["former", "President", "Maya", "Rios", "spoke", "."], "former"),
        (["the", "late", "Prime", "Minister", "Maya", "Rios", "spoke", "."], "former"),
        (["ex", "-", "President", "Maya", "Rios", "spoke", "."], "former"),
        (["President", "-", "elect", "Maya", "Rios", "spoke", "."], "future"),
        (["outgoing", "President", "Maya", "Rios", "spoke", "."], "current"),
    ],
)
def test_dated_title_tense(vocab, words, tense):
    doc = make(vocab, words)
    titles = [t for t in find_titles(doc) if t.name]
    assert titles and title_tense(doc, titles[0]) == tense


@pytest.mark.parametrize(
    "words,expected",
    [
        (["The", "nominee", "Maya", "Rios", "spoke", "."], ("nominee", "candidate", "PTY")),
        (["The", "businessman", "Maya", "Rios", "spoke", "."], ("businessman", "current", "BUS")),
        (["A", "former", "businesswoman", "Maya", "Rios", "spoke", "."], ("businesswoman", "former", None)),
        (["The", "lawyer", "Maya", "Rios", "spoke", "."], None),  # JUD: not from a role word
        (["Her", "boss", "Maya", "Rios", "spoke", "."], None),  # a word to ignore
        (["The", "spokesman", "Maya", "Rios", "spoke", "."], None),  # one of our titles: theirs to decide
        (["We", "met", ".", "Maya", "Rios", "spoke", "."], None),  # not across a sentence
    ],
)
def test_dated_role_before_a_name(vocab, words, expected):
    doc = make(vocab, words)
    start = doc[words.index("Maya")].idx
    assert role_before(doc, start) == expected


def test_actors_person_rules_order():
    assert [r.__name__ for r in PERSON_RULES] == [
        "_person_from_titles",
        "_person_from_party_state",
        "_person_from_role_words",
        "_person_from_nationality_before_role",
        "_person_from_people_lexicon",
        "_person_from_dictionaries",
        "_person_from_sentence_countries",
    ]
    names = [r.__name__ for r in OTHER_RULES]
    assert names.index("_known_organisation") + 1 == names.index("_dictionary_organisation")


@pytest.mark.parametrize(
    "day,code,valid",
    [("2016-03-11", "USA GOV", ["2009-01-20", "2017-01-20"]), ("2018-03-11", "USA", None), (None, "USA", None)],
)
def test_actors_surname_coded_on_the_date(vocab, day, code, valid):
    e = named(make(vocab, ["Obama", "spoke", "."], [(0, 1, "PERSON")], pos={1: "VERB"}), "Obama", day)
    assert (e.actor.to_dict()["code"], e.actor.valid, e.actor.entry) == (code, valid, "people:barack obama")
    assert "people.tsv" in e.actor.basis[-1]


@pytest.mark.parametrize("day", ["2016-03-11", "2018-03-11"])
def test_actors_former_title_wins_over_the_lexicon(vocab, day):
    words = ["former", "President", "Barack", "Obama", "spoke", "."]
    e = named(make(vocab, words, [(2, 4, "PERSON")], pos={4: "VERB"}), "Barack Obama", day)
    assert (e.actor.country, e.actor.sector, e.actor.valid) == ("USA", None, None)
    assert e.actor.basis[0] == "no sector from the title 'President': the text says the office is no longer held"


def test_actors_text_country_blocks_the_lexicon_sector(vocab):
    words = ["Kenyan", "leader", "Vladimir", "Putin", "spoke", "."]  # "leader": a title with no sector
    e = named(make(vocab, words, [(0, 1, "NORP"), (2, 4, "PERSON")], pos={0: "ADJ", 4: "VERB"}), "Vladimir Putin", "2016-01-01")
    assert e.actor.country == "KEN" and e.actor.sector is None


@pytest.mark.parametrize(
    "words,ents,country",
    [
        (["George", "Wallace", "spoke", "."], [(0, 2, "PERSON")], None),  # PETRARCH2's is a Liberian
        (["George", "Wallace", "spoke", "in", "Liberia", "."], [(0, 2, "PERSON"), (4, 5, "GPE")], "LBR"),
    ],
)
def test_actors_dictionary_namesake_needs_its_country_in_the_text(vocab, words, ents, country):
    e = named(make(vocab, words, ents, pos={2: "VERB", 3: "ADP"}), "George Wallace", "2016-01-01")
    assert e.actor.country == country
    assert (e.actor.entry is None) == (country is None)


def test_actors_organisation_from_the_dictionaries(vocab):
    e = named(make(vocab, ["Goldman", "Sachs", "paid", "."], [(0, 2, "ORG")], pos={2: "VERB"}), "Goldman Sachs", "2016-01-01")
    assert (e.actor.sector, e.actor.entry) == ("BUS", "petrarch:GOLDMAN_SACHS")


def test_actors_one_word_alias_never_matches_the_dictionaries(vocab):
    # "kissinger" is an alias of HENRY_KISSINGER: a one-word ORG name matches only an entry's own
    # name ("Obama" tagged ORG is a known person of people.tsv now: nlp/entities/relabel.py)
    e = named(make(vocab, ["Kissinger", "paid", "."], [(0, 1, "ORG")], pos={1: "VERB"}), "Kissinger", "2016-01-01")
    assert e.actor.entry is None


# --- sentences through the model, two dates where the code changes -------------------------


@pytest.mark.parametrize(
    "text,name,day,code,portfolio",
    [
        ("Donald Trump spoke to reporters in Ohio on Tuesday.", "Donald Trump", "2016-05-01", "USA", None),
        ("Donald Trump spoke to reporters in Ohio on Tuesday.", "Donald Trump", "2017-05-01", "USA GOV", None),
        ("Ash Carter visited the troops on Friday.", "Ash Carter", "2016-05-01", "USA GOV", "MIL"),
        ("Ash Carter visited the troops on Friday.", "Ash Carter", "2018-05-01", "USA", None),
        ("Sergei Shoigu inspected the new tanks near the border.", "Sergei Shoigu", "2020-05-01", "RUS GOV", "MIL"),
        ("Sergei Shoigu inspected the new tanks near the border.", "Sergei Shoigu", "2025-05-01", "RUS GOV", None),
        ("Boris Johnson gave a speech about trade on Monday.", "Boris Johnson", "2016-06-01", "GBR", None),
        ("Boris Johnson gave a speech about trade on Monday.", "Boris Johnson", "2017-06-01", "GBR GOV", None),
        ("Former President Barack Obama spoke in Chicago on Monday.", "Barack Obama", "2016-05-01", "USA", None),
        ("Former President Barack Obama spoke in Chicago on Monday.", "Barack Obama", "2018-05-01", "USA", None),
        ("President-elect Donald Trump met his advisers on Friday.", "Donald Trump", "2016-12-01", "USA", None),
        ("Republican nominee Donald Trump attacked the press on Sunday.", "Donald Trump", "2016-08-01", "USA PTY", None),
    ],
)
def test_actors_dated_sentences(extract_text, text, name, day, code, portfolio):
    record = extract_text(text, published=day)
    found = [e for e in record["entities"] if e["name"] == name]
    assert found, [e["name"] for e in record["entities"]]
    assert (found[0]["actor"]["code"], found[0]["actor"]["portfolio"]) == (code, portfolio)
