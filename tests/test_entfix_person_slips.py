"""Issues #18/#21: a first name and a surname the model tagged an organisation or a work of art
is a person when the text treats it as one (``relabel.first_name_person``, ``mentions.person_cue``),
never a firm named after people; organisations and outlets added to the lexicons. Hand-built
Docs and Candidates, no model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts import lexicons
from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.mentions import Candidate
from newsfacts.nlp.entities.names import known_person_name, place_or_organisation
from newsfacts.nlp.entities.relabel import first_name_person, relabel_slips


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, heads, deps, ents, lemmas=None):
    """A Doc of ``words`` with a parse (``heads``: absolute indices), ``ents`` as
    ``(start, end, label)``; a sentence after every "."."""
    spaces = [i + 1 < len(words) and words[i + 1] not in {".", ","} for i in range(len(words))]
    pos = ["PUNCT" if not w[0].isalnum() else "PROPN" if w[0].isupper() else "VERB" if d == "ROOT" else "NOUN" for w, d in zip(words, deps)]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    sent_starts = [i == 0 or words[i - 1] == "." for i in range(len(words))]
    return Doc(vocab, words=words, spaces=spaces, pos=pos, heads=heads, deps=deps, ents=iob,
               lemmas=lemmas or [w.lower() for w in words], sent_starts=sent_starts)


def types(doc):
    return {e.name: e.type for e in extract_entities(doc).entities if e.named}


def org(text, cue=False, label="ORG", start=0):
    return Candidate(start, start + len(text), text, label, "name", (), None, 0, person_cue=cue)


@pytest.mark.parametrize(
    "text, label, cue, surnames, expected",
    [
        ("Carly Vance", "ORG", True, set(), True),            # spoke, or "she" after it
        ("Carly Vance", "ORG", False, {"Vance"}, True),       # "Ms. Vance" elsewhere
        ("Billie Jean Holt", "WORK_OF_ART", True, set(), True),
        ("Carly Vance", "ORG", False, set(), False),          # no sign it is a person
        ("Carly Vance", "NORP", True, set(), False),          # not a label re-read
        ("Vance Carly", "ORG", True, set(), False),           # no first name first
        ("Carly Vance Foundation", "ORG", True, set(), False),  # an organisation's word
        ("Lockheed Martin", "ORG", True, set(), False),
        ("Goldman Sachs", "ORG", True, set(), False),
        ("Johnson & Johnson", "ORG", True, set(), False),
        ("Ben & Jerry's", "ORG", True, set(), False),
        ("Ben Jerry’s", "ORG", True, set(), False),           # a possessive
        ("John Deere", "ORG", True, set(), False),            # a firm named after its founder
        ("Carly NATO", "ORG", True, set(), False),            # an acronym is no surname
        ("Carly Vance Jr Smith Holt", "ORG", True, set(), False),  # too long
    ],
)
def test_first_name_person(text, label, cue, surnames, expected):
    assert first_name_person(org(text, cue, label), surnames) is expected


def test_relabel_moves_a_mistyped_person_to_persons():
    persons = [Candidate(40, 45, "Vance", "PERSON", "name", ("Vance",), None, 1)]
    others = [org("Carly Vance"), org("Morgan Stanley", start=20)]
    persons, others = relabel_slips(persons, others)
    assert [(p.text, p.label, p.name_tokens) for p in persons] == [("Carly Vance", "PERSON", ("Carly", "Vance")), ("Vance", "PERSON", ("Vance",))]
    assert [(o.text, o.label) for o in others] == [("Morgan Stanley", "ORG")]


def test_saying_verb_subject_tagged_org_is_a_person(vocab):
    words = ["Carly", "Vance", "said", "taxes", "rose", "."]
    doc = make(vocab, words, [1, 2, 2, 4, 2, 2], ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
               [(0, 2, "ORG")], lemmas=["carly", "vance", "say", "tax", "rise", "."])
    assert types(doc) == {"Carly Vance": "PERSON"}


@pytest.mark.parametrize("pronoun, expected", [("She", "PERSON"), ("He", "ORG")])
def test_pronoun_of_the_first_names_gender(vocab, pronoun, expected):
    words = ["Carly", "Vance", "visited", "Ohio", ".", pronoun, "spoke", "briefly", "."]
    doc = make(vocab, words, [1, 2, 2, 2, 2, 6, 6, 6, 6],
               ["compound", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "advmod", "punct"],
               [(0, 2, "ORG")])
    assert types(doc)["Carly Vance"] == expected


def test_pronoun_after_another_person_is_no_cue(vocab):
    words = ["Carly", "Vance", "hired", "Mary", "Holt", ".", "She", "spoke", "."]
    doc = make(vocab, words, [1, 2, 2, 4, 2, 2, 7, 7, 7],
               ["compound", "nsubj", "ROOT", "compound", "dobj", "punct", "nsubj", "ROOT", "punct"],
               [(0, 2, "ORG"), (3, 5, "PERSON")])
    assert types(doc)["Carly Vance"] == "ORG"


def test_firm_named_after_people_stays_an_organisation(vocab):
    words = ["Calvin", "Klein", "said", "sales", "fell", "."]
    doc = make(vocab, words, [1, 2, 2, 4, 2, 2], ["compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
               [(0, 2, "ORG")], lemmas=["calvin", "klein", "say", "sale", "fall", "."])
    assert types(doc) == {"Calvin Klein": "ORG"}


def test_pollster_tagged_person_is_an_organisation():
    assert place_or_organisation("Rasmussen") == "ORG"
    persons = [Candidate(2, 11, "Rasmussen", "PERSON", "name", ("Rasmussen",), None, 0)]
    persons, others = relabel_slips(persons, [])
    assert persons == [] and [(o.text, o.label) for o in others] == [("Rasmussen", "ORG")]


@pytest.mark.parametrize(
    "names, canonical, sector",
    [
        (("NY Daily News", "New York Daily News", "the New York Daily News"), "New York Daily News", "MED"),
        (("Daily Beast", "The Daily Beast"), "The Daily Beast", "MED"),
        (("Zero Hedge", "ZeroHedge"), "Zero Hedge", "MED"),
        (("Wealth-X",), "Wealth-X", "BUS"),
        (("Hurun", "Hurun Report"), "Hurun Report", "BUS"),
        (("Rasmussen", "Rasmussen Reports"), "Rasmussen Reports", "BUS"),
    ],
)
def test_outlets_and_research_firms(names, canonical, sector):
    for name in names:
        row = lexicons.organisations()[lexicons.name_key(name)]
        assert (row["canonical"], row["sector"]) == (canonical, sector)


def test_uribe_is_a_known_person():
    assert known_person_name("Uribe") and known_person_name("Álvaro Uribe")
    assert lexicons.person_on("Álvaro Uribe", "2005-03-01").country == "COL"


def test_a_name_after_the_is_no_person(vocab):
    words = ["the", "Carly", "Vance", "said", "taxes", "rose", "."]
    doc = make(vocab, words, [2, 2, 3, 3, 5, 3, 3], ["det", "compound", "nsubj", "ROOT", "nsubj", "ccomp", "punct"],
               [(1, 3, "ORG")], lemmas=["the", "carly", "vance", "say", "tax", "rise", "."])
    assert types(doc) == {"Carly Vance": "ORG"}
