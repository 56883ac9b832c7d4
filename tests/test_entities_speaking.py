"""Names the model missed that speak (``nlp/entities/speaking.py``), bylines, and the first
names that tell a person's gender, on hand-built Docs (no model)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts import lexicons
from newsfacts.nlp.entities import extract_entities
from newsfacts.nlp.entities.mentions import strip_mention


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, rows, ents=(), spaces=None):
    """A Doc from ``rows`` of ``(word, pos, dep, head index, lemma)``; ``ents`` as token spans."""
    words = [r[0] for r in rows]
    if spaces is None:
        spaces = [i + 1 < len(words) and words[i + 1] not in (".", ",", ":") and words[i] != "\n" and words[i + 1] != "\n" for i in range(len(words))]
    iob = ["O"] * len(words)
    for s, e, label in ents:
        iob[s:e] = ["B-" + label] + ["I-" + label] * (e - s - 1)
    return Doc(
        vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows],
        heads=[r[3] for r in rows], lemmas=[r[4] for r in rows], ents=iob,
    )


def said(first, last, verb="asked", lemma="ask"):
    """'<first> <last> <verb> the mayor .' parsed with the name as the verb's subject."""
    return [
        (first, "PROPN", "compound", 1, first), (last, "PROPN", "nsubj", 2, last), (verb, "VERB", "ROOT", 2, lemma),
        ("the", "DET", "det", 4, "the"), ("mayor", "NOUN", "dobj", 2, "mayor"), (".", "PUNCT", "punct", 2, "."),
    ]


def names(doc):
    return {e.name: e for e in extract_entities(doc).entities}


@pytest.mark.parametrize("verb,lemma", [("asked", "ask"), ("said", "say"), ("wrote", "write"), ("told", "tell")])
def test_untagged_name_led_by_a_first_name_that_speaks_is_a_person(vocab, verb, lemma):
    found = names(parsed(vocab, said("Scott", "Vale", verb, lemma)))
    assert "Scott Vale" in found and found["Scott Vale"].type == "PERSON"
    assert [(m.start, m.end) for m in found["Scott Vale"].mentions] == [(0, 10)]


@pytest.mark.parametrize(
    "first,last,verb,lemma",
    [
        ("Bellwether", "Farms", "asked", "ask"),  # no first name: could be anything
        ("Scott", "Vale", "visited", "visit"),  # no saying verb
        ("Scott", "Vale", "Asked", "ask"),  # a Title Case headline's verb
        ("Jamie", "Vale", "asked", "ask"),  # a first name given to both sexes is no evidence
    ],
)
def test_untagged_subject_without_evidence_stays_nothing(vocab, first, last, verb, lemma):
    assert f"{first} {last}" not in names(parsed(vocab, said(first, last, verb, lemma)))


def test_a_name_the_model_tagged_is_not_made_twice(vocab):
    found = names(parsed(vocab, said("Scott", "Vale"), ents=[(0, 2, "PERSON")]))
    assert [n for n in found if "Vale" in n] == ["Scott Vale"]
    assert len(found["Scott Vale"].mentions) == 1


def test_known_organisation_that_speaks_is_an_organisation(vocab):
    rows = [("Pew", "PROPN", "nsubj", 1, "Pew"), ("found", "VERB", "ROOT", 1, "find"), ("that", "SCONJ", "mark", 3, "that"),
            ("support", "NOUN", "ccomp", 1, "support"), (".", "PUNCT", "punct", 1, ".")]
    ent = [e for e in extract_entities(parsed(vocab, rows)).entities if e.mentions[0].text == "Pew"]
    assert ent and ent[0].type == "ORG"
    assert (ent[0].actor.country, ent[0].actor.sector) == ("USA", "NGO")


def _transcript(vocab, label_words, second):
    """'<LABEL>: Hello there .' newline '<SECOND>: Thanks .' as two parsed lines."""
    rows, k = [], 0
    for label in (label_words, [second]):
        n = len(label)
        start = k
        for j, w in enumerate(label):
            rows.append((w, "PROPN", "compound" if j < n - 1 else "nsubj", start + n - 1 if j < n - 1 else start + n + 1, w))
        rows += [(":", "PUNCT", "punct", start + n - 1, ":"), ("Hello", "INTJ", "ROOT", start + n + 1, "hello"),
                 (".", "PUNCT", "punct", start + n + 1, "."), ("\n", "SPACE", "dep", start + n + 1, "\n")]
        k = len(rows)
    return parsed(vocab, rows)


def test_transcript_labels_name_a_person_and_a_later_surname_label_joins(vocab):
    doc = _transcript(vocab, ["JAKE", "VALE"], "VALE")
    assert doc.text.startswith("JAKE VALE: Hello.\nVALE: Hello.")
    found = names(doc)
    assert found["JAKE VALE"].type == "PERSON"
    assert [m.text for m in found["JAKE VALE"].mentions] == ["JAKE VALE", "VALE"]


@pytest.mark.parametrize("label", [["UPDATE"], ["BREAKING", "NEWS"], ["MARCH", "VALE"]])
def test_transcript_label_without_evidence_is_nothing(vocab, label):
    found = names(_transcript(vocab, label, "CORRECTION"))
    assert " ".join(label) not in found and "CORRECTION" not in found


def test_transcript_label_of_a_known_organisation(vocab):
    found = names(_transcript(vocab, ["HUFFPOLLSTER"], "UPDATE"))
    assert found["HUFFPOLLSTER"].type == "ORG" and found["HUFFPOLLSTER"].actor.sector == "MED"


@pytest.mark.parametrize(
    "text,expected",
    [("-Nate Rowe", ("Nate Rowe", 1, 10)), ("\u2014 Ann Roe", ("Ann Roe", 2, 9)), ("Nate Rowe-Smith", ("Nate Rowe-Smith", 0, 15))],
)
def test_byline_dash_is_no_part_of_the_name(text, expected):
    assert strip_mention(text, 0) == expected


@pytest.mark.parametrize("word,gender", [("jake", "M"), ("geoff", "M"), ("glenn", "M"), ("carrie", "F"), ("loretta", "F"), ("kristen", "F")])
def test_common_first_names_tell_the_gender(word, gender):
    assert lexicons.gender_words("first_name")[word] == gender


@pytest.mark.parametrize("word", ["lindsey", "jamie", "leslie", "dana", "tracy", "chris", "georgia", "sofia", "austin", "hope"])
def test_first_names_of_both_sexes_or_places_are_left_out(word):
    assert word not in lexicons.gender_words("first_name")


def test_no_first_name_is_listed_twice():
    rows = [r[0] for r in lexicons.rows("entity_gender.tsv") if len(r) > 2 and r[2] == "first_name"]
    assert len(rows) == len(set(rows)) and len(rows) > 700
