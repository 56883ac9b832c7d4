"""Title rules on hand-built Docs: no model, fully deterministic."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from newsfacts.nlp.entities.titles import find_titles


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def make(vocab, words, ents=None, pos=None):
    doc = Doc(vocab, words=words, pos=pos or ["PROPN" if w[:1].isupper() else "NOUN" for w in words], ents=ents or ["O"] * len(words))
    return doc


def test_titles_longest_match_and_name_after(vocab):
    doc = make(vocab, ["Secretary", "of", "State", "Maya", "Rios", "spoke", "."], ["O", "O", "B-ORG", "B-PERSON", "I-PERSON", "O", "O"])
    (t,) = find_titles(doc)
    assert t.key == "secretary of state"
    assert doc[t.name[0] : t.name[1]].text == "Maya Rios"
    assert t.country == "USA"  # the office's default country


def test_titles_affiliation_before_title(vocab):
    doc = make(vocab, ["Kenyan", "Foreign", "Minister", "Amos", "Kiptoo", "left", "."], ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    (t,) = find_titles(doc)
    assert t.affiliation.text == "Kenyan" and t.affiliation.country == "KEN"
    assert t.text == "Foreign Minister"


def test_titles_modifier_kept_in_title(vocab):
    doc = make(vocab, ["Caretaker", "Prime", "Minister", "Ruth", "Adler", "said", "."])
    (t,) = find_titles(doc)
    assert t.text == "Caretaker Prime Minister"


def test_titles_description_needs_determiner(vocab):
    doc = make(vocab, ["The", "Kenyan", "minister", "said", "no", "."], ["O", "B-NORP", "O", "O", "O", "O"], pos=["DET", "ADJ", "NOUN", "VERB", "DET", "PUNCT"])
    (t,) = find_titles(doc)
    assert t.determiner and t.name is None and t.affiliation.country == "KEN"


def test_titles_lowercase_word_is_not_an_office_before_a_name(vocab):
    doc = make(vocab, ["in", "general", "Maya", "agreed", "."], pos=["ADP", "ADJ", "PROPN", "VERB", "PUNCT"])
    assert find_titles(doc) == []


def test_titles_general_public_is_not_a_description(vocab):
    doc = make(vocab, ["the", "general", "public", "agreed"], pos=["DET", "ADJ", "NOUN", "VERB"])
    assert find_titles(doc) == []


def test_titles_appositive(vocab):
    words = ["Amos", "Kiptoo", ",", "Kenya", "'s", "foreign", "minister", ",", "left"]
    doc = make(vocab, words, ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O"], pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "ADJ", "NOUN", "PUNCT", "VERB"])
    (t,) = find_titles(doc)
    assert t.appositive_of == (0, 2)
    assert t.affiliation.country == "KEN"


def test_titles_modifier_between_affiliation_and_title(vocab):
    words = ["Kenya", "'s", "new", "President", "Amos", "Kiptoo", "left", "."]
    doc = make(vocab, words, ["B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    (t,) = find_titles(doc)
    assert t.affiliation is not None and t.affiliation.country == "KEN"
    assert doc[t.name[0] : t.name[1]].text == "Amos Kiptoo"


def test_titles_lowercase_title_after_nationality_takes_the_name(vocab):
    words = ["Kenyan", "leader", "Amos", "Kiptoo", "left", "."]
    doc = make(vocab, words, ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O"], pos=["ADJ", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"])
    (t,) = find_titles(doc)
    assert t.affiliation.country == "KEN"
    assert doc[t.name[0] : t.name[1]].text == "Amos Kiptoo"
